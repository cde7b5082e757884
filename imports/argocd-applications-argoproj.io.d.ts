import { ApiObject, ApiObjectMetadata, GroupVersionKind } from 'cdk8s';
import { Construct } from 'constructs';
export declare class Application extends ApiObject {
    static readonly GVK: GroupVersionKind;
    static manifest(props: ApplicationProps): any;
    constructor(scope: Construct, id: string, props: ApplicationProps);
    toJson(): any;
}
export interface ApplicationProps {
    readonly metadata: ApiObjectMetadata;
    readonly operation?: ApplicationOperation;
    readonly spec: ApplicationSpec;
}
export declare function toJson_ApplicationProps(obj: ApplicationProps | undefined): Record<string, any> | undefined;
export interface ApplicationOperation {
    readonly info?: ApplicationOperationInfo[];
    readonly initiatedBy?: ApplicationOperationInitiatedBy;
    readonly retry?: ApplicationOperationRetry;
    readonly sync?: ApplicationOperationSync;
}
export declare function toJson_ApplicationOperation(obj: ApplicationOperation | undefined): Record<string, any> | undefined;
export interface ApplicationSpec {
    readonly destination: ApplicationSpecDestination;
    readonly ignoreDifferences?: ApplicationSpecIgnoreDifferences[];
    readonly info?: ApplicationSpecInfo[];
    readonly project: string;
    readonly revisionHistoryLimit?: number;
    readonly source?: ApplicationSpecSource;
    readonly sourceHydrator?: ApplicationSpecSourceHydrator;
    readonly sources?: ApplicationSpecSources[];
    readonly syncPolicy?: ApplicationSpecSyncPolicy;
}
export declare function toJson_ApplicationSpec(obj: ApplicationSpec | undefined): Record<string, any> | undefined;
export interface ApplicationOperationInfo {
    readonly name: string;
    readonly value: string;
}
export declare function toJson_ApplicationOperationInfo(obj: ApplicationOperationInfo | undefined): Record<string, any> | undefined;
export interface ApplicationOperationInitiatedBy {
    readonly automated?: boolean;
    readonly username?: string;
}
export declare function toJson_ApplicationOperationInitiatedBy(obj: ApplicationOperationInitiatedBy | undefined): Record<string, any> | undefined;
export interface ApplicationOperationRetry {
    readonly backoff?: ApplicationOperationRetryBackoff;
    readonly limit?: number;
    readonly refresh?: boolean;
}
export declare function toJson_ApplicationOperationRetry(obj: ApplicationOperationRetry | undefined): Record<string, any> | undefined;
export interface ApplicationOperationSync {
    readonly autoHealAttemptsCount?: number;
    readonly dryRun?: boolean;
    readonly manifests?: string[];
    readonly prune?: boolean;
    readonly resources?: ApplicationOperationSyncResources[];
    readonly revision?: string;
    readonly revisions?: string[];
    readonly source?: ApplicationOperationSyncSource;
    readonly sources?: ApplicationOperationSyncSources[];
    readonly syncOptions?: string[];
    readonly syncStrategy?: ApplicationOperationSyncSyncStrategy;
}
export declare function toJson_ApplicationOperationSync(obj: ApplicationOperationSync | undefined): Record<string, any> | undefined;
export interface ApplicationSpecDestination {
    readonly name?: string;
    readonly namespace?: string;
    readonly server?: string;
}
export declare function toJson_ApplicationSpecDestination(obj: ApplicationSpecDestination | undefined): Record<string, any> | undefined;
export interface ApplicationSpecIgnoreDifferences {
    readonly group?: string;
    readonly jqPathExpressions?: string[];
    readonly jsonPointers?: string[];
    readonly kind: string;
    readonly managedFieldsManagers?: string[];
    readonly name?: string;
    readonly namespace?: string;
}
export declare function toJson_ApplicationSpecIgnoreDifferences(obj: ApplicationSpecIgnoreDifferences | undefined): Record<string, any> | undefined;
export interface ApplicationSpecInfo {
    readonly name: string;
    readonly value: string;
}
export declare function toJson_ApplicationSpecInfo(obj: ApplicationSpecInfo | undefined): Record<string, any> | undefined;
export interface ApplicationSpecSource {
    readonly chart?: string;
    readonly directory?: ApplicationSpecSourceDirectory;
    readonly helm?: ApplicationSpecSourceHelm;
    readonly kustomize?: ApplicationSpecSourceKustomize;
    readonly name?: string;
    readonly path?: string;
    readonly plugin?: ApplicationSpecSourcePlugin;
    readonly ref?: string;
    readonly repoUrl: string;
    readonly tagPrefix?: string;
    readonly targetRevision?: string;
}
export declare function toJson_ApplicationSpecSource(obj: ApplicationSpecSource | undefined): Record<string, any> | undefined;
export interface ApplicationSpecSourceHydrator {
    readonly drySource: ApplicationSpecSourceHydratorDrySource;
    readonly hydrateTo?: ApplicationSpecSourceHydratorHydrateTo;
    readonly syncSource: ApplicationSpecSourceHydratorSyncSource;
}
export declare function toJson_ApplicationSpecSourceHydrator(obj: ApplicationSpecSourceHydrator | undefined): Record<string, any> | undefined;
export interface ApplicationSpecSources {
    readonly chart?: string;
    readonly directory?: ApplicationSpecSourcesDirectory;
    readonly helm?: ApplicationSpecSourcesHelm;
    readonly kustomize?: ApplicationSpecSourcesKustomize;
    readonly name?: string;
    readonly path?: string;
    readonly plugin?: ApplicationSpecSourcesPlugin;
    readonly ref?: string;
    readonly repoUrl: string;
    readonly tagPrefix?: string;
    readonly targetRevision?: string;
}
export declare function toJson_ApplicationSpecSources(obj: ApplicationSpecSources | undefined): Record<string, any> | undefined;
export interface ApplicationSpecSyncPolicy {
    readonly automated?: ApplicationSpecSyncPolicyAutomated;
    readonly managedNamespaceMetadata?: ApplicationSpecSyncPolicyManagedNamespaceMetadata;
    readonly retry?: ApplicationSpecSyncPolicyRetry;
    readonly syncOptions?: string[];
}
export declare function toJson_ApplicationSpecSyncPolicy(obj: ApplicationSpecSyncPolicy | undefined): Record<string, any> | undefined;
export interface ApplicationOperationRetryBackoff {
    readonly duration?: string;
    readonly factor?: number;
    readonly maxDuration?: string;
}
export declare function toJson_ApplicationOperationRetryBackoff(obj: ApplicationOperationRetryBackoff | undefined): Record<string, any> | undefined;
export interface ApplicationOperationSyncResources {
    readonly group?: string;
    readonly kind: string;
    readonly name: string;
    readonly namespace?: string;
}
export declare function toJson_ApplicationOperationSyncResources(obj: ApplicationOperationSyncResources | undefined): Record<string, any> | undefined;
export interface ApplicationOperationSyncSource {
    readonly chart?: string;
    readonly directory?: ApplicationOperationSyncSourceDirectory;
    readonly helm?: ApplicationOperationSyncSourceHelm;
    readonly kustomize?: ApplicationOperationSyncSourceKustomize;
    readonly name?: string;
    readonly path?: string;
    readonly plugin?: ApplicationOperationSyncSourcePlugin;
    readonly ref?: string;
    readonly repoUrl: string;
    readonly tagPrefix?: string;
    readonly targetRevision?: string;
}
export declare function toJson_ApplicationOperationSyncSource(obj: ApplicationOperationSyncSource | undefined): Record<string, any> | undefined;
export interface ApplicationOperationSyncSources {
    readonly chart?: string;
    readonly directory?: ApplicationOperationSyncSourcesDirectory;
    readonly helm?: ApplicationOperationSyncSourcesHelm;
    readonly kustomize?: ApplicationOperationSyncSourcesKustomize;
    readonly name?: string;
    readonly path?: string;
    readonly plugin?: ApplicationOperationSyncSourcesPlugin;
    readonly ref?: string;
    readonly repoUrl: string;
    readonly tagPrefix?: string;
    readonly targetRevision?: string;
}
export declare function toJson_ApplicationOperationSyncSources(obj: ApplicationOperationSyncSources | undefined): Record<string, any> | undefined;
export interface ApplicationOperationSyncSyncStrategy {
    readonly apply?: ApplicationOperationSyncSyncStrategyApply;
    readonly hook?: ApplicationOperationSyncSyncStrategyHook;
}
export declare function toJson_ApplicationOperationSyncSyncStrategy(obj: ApplicationOperationSyncSyncStrategy | undefined): Record<string, any> | undefined;
export interface ApplicationSpecSourceDirectory {
    readonly exclude?: string;
    readonly include?: string;
    readonly jsonnet?: ApplicationSpecSourceDirectoryJsonnet;
    readonly recurse?: boolean;
}
export declare function toJson_ApplicationSpecSourceDirectory(obj: ApplicationSpecSourceDirectory | undefined): Record<string, any> | undefined;
export interface ApplicationSpecSourceHelm {
    readonly apiVersions?: string[];
    readonly fileParameters?: ApplicationSpecSourceHelmFileParameters[];
    readonly ignoreMissingValueFiles?: boolean;
    readonly kubeVersion?: string;
    readonly namespace?: string;
    readonly parameters?: ApplicationSpecSourceHelmParameters[];
    readonly passCredentials?: boolean;
    readonly releaseName?: string;
    readonly skipCrds?: boolean;
    readonly skipSchemaValidation?: boolean;
    readonly skipTests?: boolean;
    readonly valueFiles?: string[];
    readonly values?: string;
    readonly valuesObject?: any;
    readonly version?: string;
}
export declare function toJson_ApplicationSpecSourceHelm(obj: ApplicationSpecSourceHelm | undefined): Record<string, any> | undefined;
export interface ApplicationSpecSourceKustomize {
    readonly apiVersions?: string[];
    readonly commonAnnotations?: {
        [key: string]: string;
    };
    readonly commonAnnotationsEnvsubst?: boolean;
    readonly commonLabels?: {
        [key: string]: string;
    };
    readonly components?: string[];
    readonly forceCommonAnnotations?: boolean;
    readonly forceCommonLabels?: boolean;
    readonly ignoreMissingComponents?: boolean;
    readonly images?: string[];
    readonly kubeVersion?: string;
    readonly labelIncludeTemplates?: boolean;
    readonly labelWithoutSelector?: boolean;
    readonly namePrefix?: string;
    readonly nameSuffix?: string;
    readonly namespace?: string;
    readonly patches?: ApplicationSpecSourceKustomizePatches[];
    readonly replicas?: ApplicationSpecSourceKustomizeReplicas[];
    readonly version?: string;
}
export declare function toJson_ApplicationSpecSourceKustomize(obj: ApplicationSpecSourceKustomize | undefined): Record<string, any> | undefined;
export interface ApplicationSpecSourcePlugin {
    readonly env?: ApplicationSpecSourcePluginEnv[];
    readonly name?: string;
    readonly parameters?: ApplicationSpecSourcePluginParameters[];
}
export declare function toJson_ApplicationSpecSourcePlugin(obj: ApplicationSpecSourcePlugin | undefined): Record<string, any> | undefined;
export interface ApplicationSpecSourceHydratorDrySource {
    readonly directory?: ApplicationSpecSourceHydratorDrySourceDirectory;
    readonly helm?: ApplicationSpecSourceHydratorDrySourceHelm;
    readonly kustomize?: ApplicationSpecSourceHydratorDrySourceKustomize;
    readonly path: string;
    readonly plugin?: ApplicationSpecSourceHydratorDrySourcePlugin;
    readonly repoUrl: string;
    readonly targetRevision: string;
}
export declare function toJson_ApplicationSpecSourceHydratorDrySource(obj: ApplicationSpecSourceHydratorDrySource | undefined): Record<string, any> | undefined;
export interface ApplicationSpecSourceHydratorHydrateTo {
    readonly targetBranch: string;
}
export declare function toJson_ApplicationSpecSourceHydratorHydrateTo(obj: ApplicationSpecSourceHydratorHydrateTo | undefined): Record<string, any> | undefined;
export interface ApplicationSpecSourceHydratorSyncSource {
    readonly path: string;
    readonly repoUrl?: string;
    readonly targetBranch: string;
}
export declare function toJson_ApplicationSpecSourceHydratorSyncSource(obj: ApplicationSpecSourceHydratorSyncSource | undefined): Record<string, any> | undefined;
export interface ApplicationSpecSourcesDirectory {
    readonly exclude?: string;
    readonly include?: string;
    readonly jsonnet?: ApplicationSpecSourcesDirectoryJsonnet;
    readonly recurse?: boolean;
}
export declare function toJson_ApplicationSpecSourcesDirectory(obj: ApplicationSpecSourcesDirectory | undefined): Record<string, any> | undefined;
export interface ApplicationSpecSourcesHelm {
    readonly apiVersions?: string[];
    readonly fileParameters?: ApplicationSpecSourcesHelmFileParameters[];
    readonly ignoreMissingValueFiles?: boolean;
    readonly kubeVersion?: string;
    readonly namespace?: string;
    readonly parameters?: ApplicationSpecSourcesHelmParameters[];
    readonly passCredentials?: boolean;
    readonly releaseName?: string;
    readonly skipCrds?: boolean;
    readonly skipSchemaValidation?: boolean;
    readonly skipTests?: boolean;
    readonly valueFiles?: string[];
    readonly values?: string;
    readonly valuesObject?: any;
    readonly version?: string;
}
export declare function toJson_ApplicationSpecSourcesHelm(obj: ApplicationSpecSourcesHelm | undefined): Record<string, any> | undefined;
export interface ApplicationSpecSourcesKustomize {
    readonly apiVersions?: string[];
    readonly commonAnnotations?: {
        [key: string]: string;
    };
    readonly commonAnnotationsEnvsubst?: boolean;
    readonly commonLabels?: {
        [key: string]: string;
    };
    readonly components?: string[];
    readonly forceCommonAnnotations?: boolean;
    readonly forceCommonLabels?: boolean;
    readonly ignoreMissingComponents?: boolean;
    readonly images?: string[];
    readonly kubeVersion?: string;
    readonly labelIncludeTemplates?: boolean;
    readonly labelWithoutSelector?: boolean;
    readonly namePrefix?: string;
    readonly nameSuffix?: string;
    readonly namespace?: string;
    readonly patches?: ApplicationSpecSourcesKustomizePatches[];
    readonly replicas?: ApplicationSpecSourcesKustomizeReplicas[];
    readonly version?: string;
}
export declare function toJson_ApplicationSpecSourcesKustomize(obj: ApplicationSpecSourcesKustomize | undefined): Record<string, any> | undefined;
export interface ApplicationSpecSourcesPlugin {
    readonly env?: ApplicationSpecSourcesPluginEnv[];
    readonly name?: string;
    readonly parameters?: ApplicationSpecSourcesPluginParameters[];
}
export declare function toJson_ApplicationSpecSourcesPlugin(obj: ApplicationSpecSourcesPlugin | undefined): Record<string, any> | undefined;
export interface ApplicationSpecSyncPolicyAutomated {
    readonly allowEmpty?: boolean;
    readonly enabled?: boolean;
    readonly prune?: boolean;
    readonly selfHeal?: boolean;
}
export declare function toJson_ApplicationSpecSyncPolicyAutomated(obj: ApplicationSpecSyncPolicyAutomated | undefined): Record<string, any> | undefined;
export interface ApplicationSpecSyncPolicyManagedNamespaceMetadata {
    readonly annotations?: {
        [key: string]: string;
    };
    readonly labels?: {
        [key: string]: string;
    };
}
export declare function toJson_ApplicationSpecSyncPolicyManagedNamespaceMetadata(obj: ApplicationSpecSyncPolicyManagedNamespaceMetadata | undefined): Record<string, any> | undefined;
export interface ApplicationSpecSyncPolicyRetry {
    readonly backoff?: ApplicationSpecSyncPolicyRetryBackoff;
    readonly limit?: number;
    readonly refresh?: boolean;
}
export declare function toJson_ApplicationSpecSyncPolicyRetry(obj: ApplicationSpecSyncPolicyRetry | undefined): Record<string, any> | undefined;
export interface ApplicationOperationSyncSourceDirectory {
    readonly exclude?: string;
    readonly include?: string;
    readonly jsonnet?: ApplicationOperationSyncSourceDirectoryJsonnet;
    readonly recurse?: boolean;
}
export declare function toJson_ApplicationOperationSyncSourceDirectory(obj: ApplicationOperationSyncSourceDirectory | undefined): Record<string, any> | undefined;
export interface ApplicationOperationSyncSourceHelm {
    readonly apiVersions?: string[];
    readonly fileParameters?: ApplicationOperationSyncSourceHelmFileParameters[];
    readonly ignoreMissingValueFiles?: boolean;
    readonly kubeVersion?: string;
    readonly namespace?: string;
    readonly parameters?: ApplicationOperationSyncSourceHelmParameters[];
    readonly passCredentials?: boolean;
    readonly releaseName?: string;
    readonly skipCrds?: boolean;
    readonly skipSchemaValidation?: boolean;
    readonly skipTests?: boolean;
    readonly valueFiles?: string[];
    readonly values?: string;
    readonly valuesObject?: any;
    readonly version?: string;
}
export declare function toJson_ApplicationOperationSyncSourceHelm(obj: ApplicationOperationSyncSourceHelm | undefined): Record<string, any> | undefined;
export interface ApplicationOperationSyncSourceKustomize {
    readonly apiVersions?: string[];
    readonly commonAnnotations?: {
        [key: string]: string;
    };
    readonly commonAnnotationsEnvsubst?: boolean;
    readonly commonLabels?: {
        [key: string]: string;
    };
    readonly components?: string[];
    readonly forceCommonAnnotations?: boolean;
    readonly forceCommonLabels?: boolean;
    readonly ignoreMissingComponents?: boolean;
    readonly images?: string[];
    readonly kubeVersion?: string;
    readonly labelIncludeTemplates?: boolean;
    readonly labelWithoutSelector?: boolean;
    readonly namePrefix?: string;
    readonly nameSuffix?: string;
    readonly namespace?: string;
    readonly patches?: ApplicationOperationSyncSourceKustomizePatches[];
    readonly replicas?: ApplicationOperationSyncSourceKustomizeReplicas[];
    readonly version?: string;
}
export declare function toJson_ApplicationOperationSyncSourceKustomize(obj: ApplicationOperationSyncSourceKustomize | undefined): Record<string, any> | undefined;
export interface ApplicationOperationSyncSourcePlugin {
    readonly env?: ApplicationOperationSyncSourcePluginEnv[];
    readonly name?: string;
    readonly parameters?: ApplicationOperationSyncSourcePluginParameters[];
}
export declare function toJson_ApplicationOperationSyncSourcePlugin(obj: ApplicationOperationSyncSourcePlugin | undefined): Record<string, any> | undefined;
export interface ApplicationOperationSyncSourcesDirectory {
    readonly exclude?: string;
    readonly include?: string;
    readonly jsonnet?: ApplicationOperationSyncSourcesDirectoryJsonnet;
    readonly recurse?: boolean;
}
export declare function toJson_ApplicationOperationSyncSourcesDirectory(obj: ApplicationOperationSyncSourcesDirectory | undefined): Record<string, any> | undefined;
export interface ApplicationOperationSyncSourcesHelm {
    readonly apiVersions?: string[];
    readonly fileParameters?: ApplicationOperationSyncSourcesHelmFileParameters[];
    readonly ignoreMissingValueFiles?: boolean;
    readonly kubeVersion?: string;
    readonly namespace?: string;
    readonly parameters?: ApplicationOperationSyncSourcesHelmParameters[];
    readonly passCredentials?: boolean;
    readonly releaseName?: string;
    readonly skipCrds?: boolean;
    readonly skipSchemaValidation?: boolean;
    readonly skipTests?: boolean;
    readonly valueFiles?: string[];
    readonly values?: string;
    readonly valuesObject?: any;
    readonly version?: string;
}
export declare function toJson_ApplicationOperationSyncSourcesHelm(obj: ApplicationOperationSyncSourcesHelm | undefined): Record<string, any> | undefined;
export interface ApplicationOperationSyncSourcesKustomize {
    readonly apiVersions?: string[];
    readonly commonAnnotations?: {
        [key: string]: string;
    };
    readonly commonAnnotationsEnvsubst?: boolean;
    readonly commonLabels?: {
        [key: string]: string;
    };
    readonly components?: string[];
    readonly forceCommonAnnotations?: boolean;
    readonly forceCommonLabels?: boolean;
    readonly ignoreMissingComponents?: boolean;
    readonly images?: string[];
    readonly kubeVersion?: string;
    readonly labelIncludeTemplates?: boolean;
    readonly labelWithoutSelector?: boolean;
    readonly namePrefix?: string;
    readonly nameSuffix?: string;
    readonly namespace?: string;
    readonly patches?: ApplicationOperationSyncSourcesKustomizePatches[];
    readonly replicas?: ApplicationOperationSyncSourcesKustomizeReplicas[];
    readonly version?: string;
}
export declare function toJson_ApplicationOperationSyncSourcesKustomize(obj: ApplicationOperationSyncSourcesKustomize | undefined): Record<string, any> | undefined;
export interface ApplicationOperationSyncSourcesPlugin {
    readonly env?: ApplicationOperationSyncSourcesPluginEnv[];
    readonly name?: string;
    readonly parameters?: ApplicationOperationSyncSourcesPluginParameters[];
}
export declare function toJson_ApplicationOperationSyncSourcesPlugin(obj: ApplicationOperationSyncSourcesPlugin | undefined): Record<string, any> | undefined;
export interface ApplicationOperationSyncSyncStrategyApply {
    readonly force?: boolean;
}
export declare function toJson_ApplicationOperationSyncSyncStrategyApply(obj: ApplicationOperationSyncSyncStrategyApply | undefined): Record<string, any> | undefined;
export interface ApplicationOperationSyncSyncStrategyHook {
    readonly force?: boolean;
}
export declare function toJson_ApplicationOperationSyncSyncStrategyHook(obj: ApplicationOperationSyncSyncStrategyHook | undefined): Record<string, any> | undefined;
export interface ApplicationSpecSourceDirectoryJsonnet {
    readonly extVars?: ApplicationSpecSourceDirectoryJsonnetExtVars[];
    readonly libs?: string[];
    readonly tlas?: ApplicationSpecSourceDirectoryJsonnetTlas[];
}
export declare function toJson_ApplicationSpecSourceDirectoryJsonnet(obj: ApplicationSpecSourceDirectoryJsonnet | undefined): Record<string, any> | undefined;
export interface ApplicationSpecSourceHelmFileParameters {
    readonly name?: string;
    readonly path?: string;
}
export declare function toJson_ApplicationSpecSourceHelmFileParameters(obj: ApplicationSpecSourceHelmFileParameters | undefined): Record<string, any> | undefined;
export interface ApplicationSpecSourceHelmParameters {
    readonly forceString?: boolean;
    readonly name?: string;
    readonly value?: string;
}
export declare function toJson_ApplicationSpecSourceHelmParameters(obj: ApplicationSpecSourceHelmParameters | undefined): Record<string, any> | undefined;
export interface ApplicationSpecSourceKustomizePatches {
    readonly options?: {
        [key: string]: boolean;
    };
    readonly patch?: string;
    readonly path?: string;
    readonly target?: ApplicationSpecSourceKustomizePatchesTarget;
}
export declare function toJson_ApplicationSpecSourceKustomizePatches(obj: ApplicationSpecSourceKustomizePatches | undefined): Record<string, any> | undefined;
export interface ApplicationSpecSourceKustomizeReplicas {
    readonly count: ApplicationSpecSourceKustomizeReplicasCount;
    readonly name: string;
}
export declare function toJson_ApplicationSpecSourceKustomizeReplicas(obj: ApplicationSpecSourceKustomizeReplicas | undefined): Record<string, any> | undefined;
export interface ApplicationSpecSourcePluginEnv {
    readonly name: string;
    readonly value: string;
}
export declare function toJson_ApplicationSpecSourcePluginEnv(obj: ApplicationSpecSourcePluginEnv | undefined): Record<string, any> | undefined;
export interface ApplicationSpecSourcePluginParameters {
    readonly array?: string[];
    readonly map?: {
        [key: string]: string;
    };
    readonly name?: string;
    readonly string?: string;
}
export declare function toJson_ApplicationSpecSourcePluginParameters(obj: ApplicationSpecSourcePluginParameters | undefined): Record<string, any> | undefined;
export interface ApplicationSpecSourceHydratorDrySourceDirectory {
    readonly exclude?: string;
    readonly include?: string;
    readonly jsonnet?: ApplicationSpecSourceHydratorDrySourceDirectoryJsonnet;
    readonly recurse?: boolean;
}
export declare function toJson_ApplicationSpecSourceHydratorDrySourceDirectory(obj: ApplicationSpecSourceHydratorDrySourceDirectory | undefined): Record<string, any> | undefined;
export interface ApplicationSpecSourceHydratorDrySourceHelm {
    readonly apiVersions?: string[];
    readonly fileParameters?: ApplicationSpecSourceHydratorDrySourceHelmFileParameters[];
    readonly ignoreMissingValueFiles?: boolean;
    readonly kubeVersion?: string;
    readonly namespace?: string;
    readonly parameters?: ApplicationSpecSourceHydratorDrySourceHelmParameters[];
    readonly passCredentials?: boolean;
    readonly releaseName?: string;
    readonly skipCrds?: boolean;
    readonly skipSchemaValidation?: boolean;
    readonly skipTests?: boolean;
    readonly valueFiles?: string[];
    readonly values?: string;
    readonly valuesObject?: any;
    readonly version?: string;
}
export declare function toJson_ApplicationSpecSourceHydratorDrySourceHelm(obj: ApplicationSpecSourceHydratorDrySourceHelm | undefined): Record<string, any> | undefined;
export interface ApplicationSpecSourceHydratorDrySourceKustomize {
    readonly apiVersions?: string[];
    readonly commonAnnotations?: {
        [key: string]: string;
    };
    readonly commonAnnotationsEnvsubst?: boolean;
    readonly commonLabels?: {
        [key: string]: string;
    };
    readonly components?: string[];
    readonly forceCommonAnnotations?: boolean;
    readonly forceCommonLabels?: boolean;
    readonly ignoreMissingComponents?: boolean;
    readonly images?: string[];
    readonly kubeVersion?: string;
    readonly labelIncludeTemplates?: boolean;
    readonly labelWithoutSelector?: boolean;
    readonly namePrefix?: string;
    readonly nameSuffix?: string;
    readonly namespace?: string;
    readonly patches?: ApplicationSpecSourceHydratorDrySourceKustomizePatches[];
    readonly replicas?: ApplicationSpecSourceHydratorDrySourceKustomizeReplicas[];
    readonly version?: string;
}
export declare function toJson_ApplicationSpecSourceHydratorDrySourceKustomize(obj: ApplicationSpecSourceHydratorDrySourceKustomize | undefined): Record<string, any> | undefined;
export interface ApplicationSpecSourceHydratorDrySourcePlugin {
    readonly env?: ApplicationSpecSourceHydratorDrySourcePluginEnv[];
    readonly name?: string;
    readonly parameters?: ApplicationSpecSourceHydratorDrySourcePluginParameters[];
}
export declare function toJson_ApplicationSpecSourceHydratorDrySourcePlugin(obj: ApplicationSpecSourceHydratorDrySourcePlugin | undefined): Record<string, any> | undefined;
export interface ApplicationSpecSourcesDirectoryJsonnet {
    readonly extVars?: ApplicationSpecSourcesDirectoryJsonnetExtVars[];
    readonly libs?: string[];
    readonly tlas?: ApplicationSpecSourcesDirectoryJsonnetTlas[];
}
export declare function toJson_ApplicationSpecSourcesDirectoryJsonnet(obj: ApplicationSpecSourcesDirectoryJsonnet | undefined): Record<string, any> | undefined;
export interface ApplicationSpecSourcesHelmFileParameters {
    readonly name?: string;
    readonly path?: string;
}
export declare function toJson_ApplicationSpecSourcesHelmFileParameters(obj: ApplicationSpecSourcesHelmFileParameters | undefined): Record<string, any> | undefined;
export interface ApplicationSpecSourcesHelmParameters {
    readonly forceString?: boolean;
    readonly name?: string;
    readonly value?: string;
}
export declare function toJson_ApplicationSpecSourcesHelmParameters(obj: ApplicationSpecSourcesHelmParameters | undefined): Record<string, any> | undefined;
export interface ApplicationSpecSourcesKustomizePatches {
    readonly options?: {
        [key: string]: boolean;
    };
    readonly patch?: string;
    readonly path?: string;
    readonly target?: ApplicationSpecSourcesKustomizePatchesTarget;
}
export declare function toJson_ApplicationSpecSourcesKustomizePatches(obj: ApplicationSpecSourcesKustomizePatches | undefined): Record<string, any> | undefined;
export interface ApplicationSpecSourcesKustomizeReplicas {
    readonly count: ApplicationSpecSourcesKustomizeReplicasCount;
    readonly name: string;
}
export declare function toJson_ApplicationSpecSourcesKustomizeReplicas(obj: ApplicationSpecSourcesKustomizeReplicas | undefined): Record<string, any> | undefined;
export interface ApplicationSpecSourcesPluginEnv {
    readonly name: string;
    readonly value: string;
}
export declare function toJson_ApplicationSpecSourcesPluginEnv(obj: ApplicationSpecSourcesPluginEnv | undefined): Record<string, any> | undefined;
export interface ApplicationSpecSourcesPluginParameters {
    readonly array?: string[];
    readonly map?: {
        [key: string]: string;
    };
    readonly name?: string;
    readonly string?: string;
}
export declare function toJson_ApplicationSpecSourcesPluginParameters(obj: ApplicationSpecSourcesPluginParameters | undefined): Record<string, any> | undefined;
export interface ApplicationSpecSyncPolicyRetryBackoff {
    readonly duration?: string;
    readonly factor?: number;
    readonly maxDuration?: string;
}
export declare function toJson_ApplicationSpecSyncPolicyRetryBackoff(obj: ApplicationSpecSyncPolicyRetryBackoff | undefined): Record<string, any> | undefined;
export interface ApplicationOperationSyncSourceDirectoryJsonnet {
    readonly extVars?: ApplicationOperationSyncSourceDirectoryJsonnetExtVars[];
    readonly libs?: string[];
    readonly tlas?: ApplicationOperationSyncSourceDirectoryJsonnetTlas[];
}
export declare function toJson_ApplicationOperationSyncSourceDirectoryJsonnet(obj: ApplicationOperationSyncSourceDirectoryJsonnet | undefined): Record<string, any> | undefined;
export interface ApplicationOperationSyncSourceHelmFileParameters {
    readonly name?: string;
    readonly path?: string;
}
export declare function toJson_ApplicationOperationSyncSourceHelmFileParameters(obj: ApplicationOperationSyncSourceHelmFileParameters | undefined): Record<string, any> | undefined;
export interface ApplicationOperationSyncSourceHelmParameters {
    readonly forceString?: boolean;
    readonly name?: string;
    readonly value?: string;
}
export declare function toJson_ApplicationOperationSyncSourceHelmParameters(obj: ApplicationOperationSyncSourceHelmParameters | undefined): Record<string, any> | undefined;
export interface ApplicationOperationSyncSourceKustomizePatches {
    readonly options?: {
        [key: string]: boolean;
    };
    readonly patch?: string;
    readonly path?: string;
    readonly target?: ApplicationOperationSyncSourceKustomizePatchesTarget;
}
export declare function toJson_ApplicationOperationSyncSourceKustomizePatches(obj: ApplicationOperationSyncSourceKustomizePatches | undefined): Record<string, any> | undefined;
export interface ApplicationOperationSyncSourceKustomizeReplicas {
    readonly count: ApplicationOperationSyncSourceKustomizeReplicasCount;
    readonly name: string;
}
export declare function toJson_ApplicationOperationSyncSourceKustomizeReplicas(obj: ApplicationOperationSyncSourceKustomizeReplicas | undefined): Record<string, any> | undefined;
export interface ApplicationOperationSyncSourcePluginEnv {
    readonly name: string;
    readonly value: string;
}
export declare function toJson_ApplicationOperationSyncSourcePluginEnv(obj: ApplicationOperationSyncSourcePluginEnv | undefined): Record<string, any> | undefined;
export interface ApplicationOperationSyncSourcePluginParameters {
    readonly array?: string[];
    readonly map?: {
        [key: string]: string;
    };
    readonly name?: string;
    readonly string?: string;
}
export declare function toJson_ApplicationOperationSyncSourcePluginParameters(obj: ApplicationOperationSyncSourcePluginParameters | undefined): Record<string, any> | undefined;
export interface ApplicationOperationSyncSourcesDirectoryJsonnet {
    readonly extVars?: ApplicationOperationSyncSourcesDirectoryJsonnetExtVars[];
    readonly libs?: string[];
    readonly tlas?: ApplicationOperationSyncSourcesDirectoryJsonnetTlas[];
}
export declare function toJson_ApplicationOperationSyncSourcesDirectoryJsonnet(obj: ApplicationOperationSyncSourcesDirectoryJsonnet | undefined): Record<string, any> | undefined;
export interface ApplicationOperationSyncSourcesHelmFileParameters {
    readonly name?: string;
    readonly path?: string;
}
export declare function toJson_ApplicationOperationSyncSourcesHelmFileParameters(obj: ApplicationOperationSyncSourcesHelmFileParameters | undefined): Record<string, any> | undefined;
export interface ApplicationOperationSyncSourcesHelmParameters {
    readonly forceString?: boolean;
    readonly name?: string;
    readonly value?: string;
}
export declare function toJson_ApplicationOperationSyncSourcesHelmParameters(obj: ApplicationOperationSyncSourcesHelmParameters | undefined): Record<string, any> | undefined;
export interface ApplicationOperationSyncSourcesKustomizePatches {
    readonly options?: {
        [key: string]: boolean;
    };
    readonly patch?: string;
    readonly path?: string;
    readonly target?: ApplicationOperationSyncSourcesKustomizePatchesTarget;
}
export declare function toJson_ApplicationOperationSyncSourcesKustomizePatches(obj: ApplicationOperationSyncSourcesKustomizePatches | undefined): Record<string, any> | undefined;
export interface ApplicationOperationSyncSourcesKustomizeReplicas {
    readonly count: ApplicationOperationSyncSourcesKustomizeReplicasCount;
    readonly name: string;
}
export declare function toJson_ApplicationOperationSyncSourcesKustomizeReplicas(obj: ApplicationOperationSyncSourcesKustomizeReplicas | undefined): Record<string, any> | undefined;
export interface ApplicationOperationSyncSourcesPluginEnv {
    readonly name: string;
    readonly value: string;
}
export declare function toJson_ApplicationOperationSyncSourcesPluginEnv(obj: ApplicationOperationSyncSourcesPluginEnv | undefined): Record<string, any> | undefined;
export interface ApplicationOperationSyncSourcesPluginParameters {
    readonly array?: string[];
    readonly map?: {
        [key: string]: string;
    };
    readonly name?: string;
    readonly string?: string;
}
export declare function toJson_ApplicationOperationSyncSourcesPluginParameters(obj: ApplicationOperationSyncSourcesPluginParameters | undefined): Record<string, any> | undefined;
export interface ApplicationSpecSourceDirectoryJsonnetExtVars {
    readonly code?: boolean;
    readonly name: string;
    readonly value: string;
}
export declare function toJson_ApplicationSpecSourceDirectoryJsonnetExtVars(obj: ApplicationSpecSourceDirectoryJsonnetExtVars | undefined): Record<string, any> | undefined;
export interface ApplicationSpecSourceDirectoryJsonnetTlas {
    readonly code?: boolean;
    readonly name: string;
    readonly value: string;
}
export declare function toJson_ApplicationSpecSourceDirectoryJsonnetTlas(obj: ApplicationSpecSourceDirectoryJsonnetTlas | undefined): Record<string, any> | undefined;
export interface ApplicationSpecSourceKustomizePatchesTarget {
    readonly annotationSelector?: string;
    readonly group?: string;
    readonly kind?: string;
    readonly labelSelector?: string;
    readonly name?: string;
    readonly namespace?: string;
    readonly version?: string;
}
export declare function toJson_ApplicationSpecSourceKustomizePatchesTarget(obj: ApplicationSpecSourceKustomizePatchesTarget | undefined): Record<string, any> | undefined;
export declare class ApplicationSpecSourceKustomizeReplicasCount {
    readonly value: number | string;
    static fromNumber(value: number): ApplicationSpecSourceKustomizeReplicasCount;
    static fromString(value: string): ApplicationSpecSourceKustomizeReplicasCount;
    private constructor();
}
export interface ApplicationSpecSourceHydratorDrySourceDirectoryJsonnet {
    readonly extVars?: ApplicationSpecSourceHydratorDrySourceDirectoryJsonnetExtVars[];
    readonly libs?: string[];
    readonly tlas?: ApplicationSpecSourceHydratorDrySourceDirectoryJsonnetTlas[];
}
export declare function toJson_ApplicationSpecSourceHydratorDrySourceDirectoryJsonnet(obj: ApplicationSpecSourceHydratorDrySourceDirectoryJsonnet | undefined): Record<string, any> | undefined;
export interface ApplicationSpecSourceHydratorDrySourceHelmFileParameters {
    readonly name?: string;
    readonly path?: string;
}
export declare function toJson_ApplicationSpecSourceHydratorDrySourceHelmFileParameters(obj: ApplicationSpecSourceHydratorDrySourceHelmFileParameters | undefined): Record<string, any> | undefined;
export interface ApplicationSpecSourceHydratorDrySourceHelmParameters {
    readonly forceString?: boolean;
    readonly name?: string;
    readonly value?: string;
}
export declare function toJson_ApplicationSpecSourceHydratorDrySourceHelmParameters(obj: ApplicationSpecSourceHydratorDrySourceHelmParameters | undefined): Record<string, any> | undefined;
export interface ApplicationSpecSourceHydratorDrySourceKustomizePatches {
    readonly options?: {
        [key: string]: boolean;
    };
    readonly patch?: string;
    readonly path?: string;
    readonly target?: ApplicationSpecSourceHydratorDrySourceKustomizePatchesTarget;
}
export declare function toJson_ApplicationSpecSourceHydratorDrySourceKustomizePatches(obj: ApplicationSpecSourceHydratorDrySourceKustomizePatches | undefined): Record<string, any> | undefined;
export interface ApplicationSpecSourceHydratorDrySourceKustomizeReplicas {
    readonly count: ApplicationSpecSourceHydratorDrySourceKustomizeReplicasCount;
    readonly name: string;
}
export declare function toJson_ApplicationSpecSourceHydratorDrySourceKustomizeReplicas(obj: ApplicationSpecSourceHydratorDrySourceKustomizeReplicas | undefined): Record<string, any> | undefined;
export interface ApplicationSpecSourceHydratorDrySourcePluginEnv {
    readonly name: string;
    readonly value: string;
}
export declare function toJson_ApplicationSpecSourceHydratorDrySourcePluginEnv(obj: ApplicationSpecSourceHydratorDrySourcePluginEnv | undefined): Record<string, any> | undefined;
export interface ApplicationSpecSourceHydratorDrySourcePluginParameters {
    readonly array?: string[];
    readonly map?: {
        [key: string]: string;
    };
    readonly name?: string;
    readonly string?: string;
}
export declare function toJson_ApplicationSpecSourceHydratorDrySourcePluginParameters(obj: ApplicationSpecSourceHydratorDrySourcePluginParameters | undefined): Record<string, any> | undefined;
export interface ApplicationSpecSourcesDirectoryJsonnetExtVars {
    readonly code?: boolean;
    readonly name: string;
    readonly value: string;
}
export declare function toJson_ApplicationSpecSourcesDirectoryJsonnetExtVars(obj: ApplicationSpecSourcesDirectoryJsonnetExtVars | undefined): Record<string, any> | undefined;
export interface ApplicationSpecSourcesDirectoryJsonnetTlas {
    readonly code?: boolean;
    readonly name: string;
    readonly value: string;
}
export declare function toJson_ApplicationSpecSourcesDirectoryJsonnetTlas(obj: ApplicationSpecSourcesDirectoryJsonnetTlas | undefined): Record<string, any> | undefined;
export interface ApplicationSpecSourcesKustomizePatchesTarget {
    readonly annotationSelector?: string;
    readonly group?: string;
    readonly kind?: string;
    readonly labelSelector?: string;
    readonly name?: string;
    readonly namespace?: string;
    readonly version?: string;
}
export declare function toJson_ApplicationSpecSourcesKustomizePatchesTarget(obj: ApplicationSpecSourcesKustomizePatchesTarget | undefined): Record<string, any> | undefined;
export declare class ApplicationSpecSourcesKustomizeReplicasCount {
    readonly value: number | string;
    static fromNumber(value: number): ApplicationSpecSourcesKustomizeReplicasCount;
    static fromString(value: string): ApplicationSpecSourcesKustomizeReplicasCount;
    private constructor();
}
export interface ApplicationOperationSyncSourceDirectoryJsonnetExtVars {
    readonly code?: boolean;
    readonly name: string;
    readonly value: string;
}
export declare function toJson_ApplicationOperationSyncSourceDirectoryJsonnetExtVars(obj: ApplicationOperationSyncSourceDirectoryJsonnetExtVars | undefined): Record<string, any> | undefined;
export interface ApplicationOperationSyncSourceDirectoryJsonnetTlas {
    readonly code?: boolean;
    readonly name: string;
    readonly value: string;
}
export declare function toJson_ApplicationOperationSyncSourceDirectoryJsonnetTlas(obj: ApplicationOperationSyncSourceDirectoryJsonnetTlas | undefined): Record<string, any> | undefined;
export interface ApplicationOperationSyncSourceKustomizePatchesTarget {
    readonly annotationSelector?: string;
    readonly group?: string;
    readonly kind?: string;
    readonly labelSelector?: string;
    readonly name?: string;
    readonly namespace?: string;
    readonly version?: string;
}
export declare function toJson_ApplicationOperationSyncSourceKustomizePatchesTarget(obj: ApplicationOperationSyncSourceKustomizePatchesTarget | undefined): Record<string, any> | undefined;
export declare class ApplicationOperationSyncSourceKustomizeReplicasCount {
    readonly value: number | string;
    static fromNumber(value: number): ApplicationOperationSyncSourceKustomizeReplicasCount;
    static fromString(value: string): ApplicationOperationSyncSourceKustomizeReplicasCount;
    private constructor();
}
export interface ApplicationOperationSyncSourcesDirectoryJsonnetExtVars {
    readonly code?: boolean;
    readonly name: string;
    readonly value: string;
}
export declare function toJson_ApplicationOperationSyncSourcesDirectoryJsonnetExtVars(obj: ApplicationOperationSyncSourcesDirectoryJsonnetExtVars | undefined): Record<string, any> | undefined;
export interface ApplicationOperationSyncSourcesDirectoryJsonnetTlas {
    readonly code?: boolean;
    readonly name: string;
    readonly value: string;
}
export declare function toJson_ApplicationOperationSyncSourcesDirectoryJsonnetTlas(obj: ApplicationOperationSyncSourcesDirectoryJsonnetTlas | undefined): Record<string, any> | undefined;
export interface ApplicationOperationSyncSourcesKustomizePatchesTarget {
    readonly annotationSelector?: string;
    readonly group?: string;
    readonly kind?: string;
    readonly labelSelector?: string;
    readonly name?: string;
    readonly namespace?: string;
    readonly version?: string;
}
export declare function toJson_ApplicationOperationSyncSourcesKustomizePatchesTarget(obj: ApplicationOperationSyncSourcesKustomizePatchesTarget | undefined): Record<string, any> | undefined;
export declare class ApplicationOperationSyncSourcesKustomizeReplicasCount {
    readonly value: number | string;
    static fromNumber(value: number): ApplicationOperationSyncSourcesKustomizeReplicasCount;
    static fromString(value: string): ApplicationOperationSyncSourcesKustomizeReplicasCount;
    private constructor();
}
export interface ApplicationSpecSourceHydratorDrySourceDirectoryJsonnetExtVars {
    readonly code?: boolean;
    readonly name: string;
    readonly value: string;
}
export declare function toJson_ApplicationSpecSourceHydratorDrySourceDirectoryJsonnetExtVars(obj: ApplicationSpecSourceHydratorDrySourceDirectoryJsonnetExtVars | undefined): Record<string, any> | undefined;
export interface ApplicationSpecSourceHydratorDrySourceDirectoryJsonnetTlas {
    readonly code?: boolean;
    readonly name: string;
    readonly value: string;
}
export declare function toJson_ApplicationSpecSourceHydratorDrySourceDirectoryJsonnetTlas(obj: ApplicationSpecSourceHydratorDrySourceDirectoryJsonnetTlas | undefined): Record<string, any> | undefined;
export interface ApplicationSpecSourceHydratorDrySourceKustomizePatchesTarget {
    readonly annotationSelector?: string;
    readonly group?: string;
    readonly kind?: string;
    readonly labelSelector?: string;
    readonly name?: string;
    readonly namespace?: string;
    readonly version?: string;
}
export declare function toJson_ApplicationSpecSourceHydratorDrySourceKustomizePatchesTarget(obj: ApplicationSpecSourceHydratorDrySourceKustomizePatchesTarget | undefined): Record<string, any> | undefined;
export declare class ApplicationSpecSourceHydratorDrySourceKustomizeReplicasCount {
    readonly value: number | string;
    static fromNumber(value: number): ApplicationSpecSourceHydratorDrySourceKustomizeReplicasCount;
    static fromString(value: string): ApplicationSpecSourceHydratorDrySourceKustomizeReplicasCount;
    private constructor();
}
