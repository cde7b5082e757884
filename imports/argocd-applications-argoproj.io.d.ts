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
export interface ApplicationOperation {
    readonly info?: ApplicationOperationInfo[];
    readonly initiatedBy?: ApplicationOperationInitiatedBy;
    readonly retry?: ApplicationOperationRetry;
    readonly sync?: ApplicationOperationSync;
}
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
export interface ApplicationOperationInfo {
    readonly name: string;
    readonly value: string;
}
export interface ApplicationOperationInitiatedBy {
    readonly automated?: boolean;
    readonly username?: string;
}
export interface ApplicationOperationRetry {
    readonly backoff?: ApplicationOperationRetryBackoff;
    readonly limit?: number;
    readonly refresh?: boolean;
}
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
export interface ApplicationSpecDestination {
    readonly name?: string;
    readonly namespace?: string;
    readonly server?: string;
}
export interface ApplicationSpecIgnoreDifferences {
    readonly group?: string;
    readonly jqPathExpressions?: string[];
    readonly jsonPointers?: string[];
    readonly kind: string;
    readonly managedFieldsManagers?: string[];
    readonly name?: string;
    readonly namespace?: string;
}
export interface ApplicationSpecInfo {
    readonly name: string;
    readonly value: string;
}
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
export interface ApplicationSpecSourceHydrator {
    readonly drySource: ApplicationSpecSourceHydratorDrySource;
    readonly hydrateTo?: ApplicationSpecSourceHydratorHydrateTo;
    readonly syncSource: ApplicationSpecSourceHydratorSyncSource;
}
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
export interface ApplicationSpecSyncPolicy {
    readonly automated?: ApplicationSpecSyncPolicyAutomated;
    readonly managedNamespaceMetadata?: ApplicationSpecSyncPolicyManagedNamespaceMetadata;
    readonly retry?: ApplicationSpecSyncPolicyRetry;
    readonly syncOptions?: string[];
}
export interface ApplicationOperationRetryBackoff {
    readonly duration?: string;
    readonly factor?: number;
    readonly maxDuration?: string;
}
export interface ApplicationOperationSyncResources {
    readonly group?: string;
    readonly kind: string;
    readonly name: string;
    readonly namespace?: string;
}
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
export interface ApplicationOperationSyncSyncStrategy {
    readonly apply?: ApplicationOperationSyncSyncStrategyApply;
    readonly hook?: ApplicationOperationSyncSyncStrategyHook;
}
export interface ApplicationSpecSourceDirectory {
    readonly exclude?: string;
    readonly include?: string;
    readonly jsonnet?: ApplicationSpecSourceDirectoryJsonnet;
    readonly recurse?: boolean;
}
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
export interface ApplicationSpecSourcePlugin {
    readonly env?: ApplicationSpecSourcePluginEnv[];
    readonly name?: string;
    readonly parameters?: ApplicationSpecSourcePluginParameters[];
}
export interface ApplicationSpecSourceHydratorDrySource {
    readonly directory?: ApplicationSpecSourceHydratorDrySourceDirectory;
    readonly helm?: ApplicationSpecSourceHydratorDrySourceHelm;
    readonly kustomize?: ApplicationSpecSourceHydratorDrySourceKustomize;
    readonly path: string;
    readonly plugin?: ApplicationSpecSourceHydratorDrySourcePlugin;
    readonly repoUrl: string;
    readonly targetRevision: string;
}
export interface ApplicationSpecSourceHydratorHydrateTo {
    readonly targetBranch: string;
}
export interface ApplicationSpecSourceHydratorSyncSource {
    readonly path: string;
    readonly repoUrl?: string;
    readonly targetBranch: string;
}
export interface ApplicationSpecSourcesDirectory {
    readonly exclude?: string;
    readonly include?: string;
    readonly jsonnet?: ApplicationSpecSourcesDirectoryJsonnet;
    readonly recurse?: boolean;
}
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
export interface ApplicationSpecSourcesPlugin {
    readonly env?: ApplicationSpecSourcesPluginEnv[];
    readonly name?: string;
    readonly parameters?: ApplicationSpecSourcesPluginParameters[];
}
export interface ApplicationSpecSyncPolicyAutomated {
    readonly allowEmpty?: boolean;
    readonly enabled?: boolean;
    readonly prune?: boolean;
    readonly selfHeal?: boolean;
}
export interface ApplicationSpecSyncPolicyManagedNamespaceMetadata {
    readonly annotations?: {
        [key: string]: string;
    };
    readonly labels?: {
        [key: string]: string;
    };
}
export interface ApplicationSpecSyncPolicyRetry {
    readonly backoff?: ApplicationSpecSyncPolicyRetryBackoff;
    readonly limit?: number;
    readonly refresh?: boolean;
}
export interface ApplicationOperationSyncSourceDirectory {
    readonly exclude?: string;
    readonly include?: string;
    readonly jsonnet?: ApplicationOperationSyncSourceDirectoryJsonnet;
    readonly recurse?: boolean;
}
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
export interface ApplicationOperationSyncSourcePlugin {
    readonly env?: ApplicationOperationSyncSourcePluginEnv[];
    readonly name?: string;
    readonly parameters?: ApplicationOperationSyncSourcePluginParameters[];
}
export interface ApplicationOperationSyncSourcesDirectory {
    readonly exclude?: string;
    readonly include?: string;
    readonly jsonnet?: ApplicationOperationSyncSourcesDirectoryJsonnet;
    readonly recurse?: boolean;
}
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
export interface ApplicationOperationSyncSourcesPlugin {
    readonly env?: ApplicationOperationSyncSourcesPluginEnv[];
    readonly name?: string;
    readonly parameters?: ApplicationOperationSyncSourcesPluginParameters[];
}
export interface ApplicationOperationSyncSyncStrategyApply {
    readonly force?: boolean;
}
export interface ApplicationOperationSyncSyncStrategyHook {
    readonly force?: boolean;
}
export interface ApplicationSpecSourceDirectoryJsonnet {
    readonly extVars?: ApplicationSpecSourceDirectoryJsonnetExtVars[];
    readonly libs?: string[];
    readonly tlas?: ApplicationSpecSourceDirectoryJsonnetTlas[];
}
export interface ApplicationSpecSourceHelmFileParameters {
    readonly name?: string;
    readonly path?: string;
}
export interface ApplicationSpecSourceHelmParameters {
    readonly forceString?: boolean;
    readonly name?: string;
    readonly value?: string;
}
export interface ApplicationSpecSourceKustomizePatches {
    readonly options?: {
        [key: string]: boolean;
    };
    readonly patch?: string;
    readonly path?: string;
    readonly target?: ApplicationSpecSourceKustomizePatchesTarget;
}
export interface ApplicationSpecSourceKustomizeReplicas {
    readonly count: ApplicationSpecSourceKustomizeReplicasCount;
    readonly name: string;
}
export interface ApplicationSpecSourcePluginEnv {
    readonly name: string;
    readonly value: string;
}
export interface ApplicationSpecSourcePluginParameters {
    readonly array?: string[];
    readonly map?: {
        [key: string]: string;
    };
    readonly name?: string;
    readonly string?: string;
}
export interface ApplicationSpecSourceHydratorDrySourceDirectory {
    readonly exclude?: string;
    readonly include?: string;
    readonly jsonnet?: ApplicationSpecSourceHydratorDrySourceDirectoryJsonnet;
    readonly recurse?: boolean;
}
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
export interface ApplicationSpecSourceHydratorDrySourcePlugin {
    readonly env?: ApplicationSpecSourceHydratorDrySourcePluginEnv[];
    readonly name?: string;
    readonly parameters?: ApplicationSpecSourceHydratorDrySourcePluginParameters[];
}
export interface ApplicationSpecSourcesDirectoryJsonnet {
    readonly extVars?: ApplicationSpecSourcesDirectoryJsonnetExtVars[];
    readonly libs?: string[];
    readonly tlas?: ApplicationSpecSourcesDirectoryJsonnetTlas[];
}
export interface ApplicationSpecSourcesHelmFileParameters {
    readonly name?: string;
    readonly path?: string;
}
export interface ApplicationSpecSourcesHelmParameters {
    readonly forceString?: boolean;
    readonly name?: string;
    readonly value?: string;
}
export interface ApplicationSpecSourcesKustomizePatches {
    readonly options?: {
        [key: string]: boolean;
    };
    readonly patch?: string;
    readonly path?: string;
    readonly target?: ApplicationSpecSourcesKustomizePatchesTarget;
}
export interface ApplicationSpecSourcesKustomizeReplicas {
    readonly count: ApplicationSpecSourcesKustomizeReplicasCount;
    readonly name: string;
}
export interface ApplicationSpecSourcesPluginEnv {
    readonly name: string;
    readonly value: string;
}
export interface ApplicationSpecSourcesPluginParameters {
    readonly array?: string[];
    readonly map?: {
        [key: string]: string;
    };
    readonly name?: string;
    readonly string?: string;
}
export interface ApplicationSpecSyncPolicyRetryBackoff {
    readonly duration?: string;
    readonly factor?: number;
    readonly maxDuration?: string;
}
export interface ApplicationOperationSyncSourceDirectoryJsonnet {
    readonly extVars?: ApplicationOperationSyncSourceDirectoryJsonnetExtVars[];
    readonly libs?: string[];
    readonly tlas?: ApplicationOperationSyncSourceDirectoryJsonnetTlas[];
}
export interface ApplicationOperationSyncSourceHelmFileParameters {
    readonly name?: string;
    readonly path?: string;
}
export interface ApplicationOperationSyncSourceHelmParameters {
    readonly forceString?: boolean;
    readonly name?: string;
    readonly value?: string;
}
export interface ApplicationOperationSyncSourceKustomizePatches {
    readonly options?: {
        [key: string]: boolean;
    };
    readonly patch?: string;
    readonly path?: string;
    readonly target?: ApplicationOperationSyncSourceKustomizePatchesTarget;
}
export interface ApplicationOperationSyncSourceKustomizeReplicas {
    readonly count: ApplicationOperationSyncSourceKustomizeReplicasCount;
    readonly name: string;
}
export interface ApplicationOperationSyncSourcePluginEnv {
    readonly name: string;
    readonly value: string;
}
export interface ApplicationOperationSyncSourcePluginParameters {
    readonly array?: string[];
    readonly map?: {
        [key: string]: string;
    };
    readonly name?: string;
    readonly string?: string;
}
export interface ApplicationOperationSyncSourcesDirectoryJsonnet {
    readonly extVars?: ApplicationOperationSyncSourcesDirectoryJsonnetExtVars[];
    readonly libs?: string[];
    readonly tlas?: ApplicationOperationSyncSourcesDirectoryJsonnetTlas[];
}
export interface ApplicationOperationSyncSourcesHelmFileParameters {
    readonly name?: string;
    readonly path?: string;
}
export interface ApplicationOperationSyncSourcesHelmParameters {
    readonly forceString?: boolean;
    readonly name?: string;
    readonly value?: string;
}
export interface ApplicationOperationSyncSourcesKustomizePatches {
    readonly options?: {
        [key: string]: boolean;
    };
    readonly patch?: string;
    readonly path?: string;
    readonly target?: ApplicationOperationSyncSourcesKustomizePatchesTarget;
}
export interface ApplicationOperationSyncSourcesKustomizeReplicas {
    readonly count: ApplicationOperationSyncSourcesKustomizeReplicasCount;
    readonly name: string;
}
export interface ApplicationOperationSyncSourcesPluginEnv {
    readonly name: string;
    readonly value: string;
}
export interface ApplicationOperationSyncSourcesPluginParameters {
    readonly array?: string[];
    readonly map?: {
        [key: string]: string;
    };
    readonly name?: string;
    readonly string?: string;
}
export interface ApplicationSpecSourceDirectoryJsonnetExtVars {
    readonly code?: boolean;
    readonly name: string;
    readonly value: string;
}
export interface ApplicationSpecSourceDirectoryJsonnetTlas {
    readonly code?: boolean;
    readonly name: string;
    readonly value: string;
}
export interface ApplicationSpecSourceKustomizePatchesTarget {
    readonly annotationSelector?: string;
    readonly group?: string;
    readonly kind?: string;
    readonly labelSelector?: string;
    readonly name?: string;
    readonly namespace?: string;
    readonly version?: string;
}
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
export interface ApplicationSpecSourceHydratorDrySourceHelmFileParameters {
    readonly name?: string;
    readonly path?: string;
}
export interface ApplicationSpecSourceHydratorDrySourceHelmParameters {
    readonly forceString?: boolean;
    readonly name?: string;
    readonly value?: string;
}
export interface ApplicationSpecSourceHydratorDrySourceKustomizePatches {
    readonly options?: {
        [key: string]: boolean;
    };
    readonly patch?: string;
    readonly path?: string;
    readonly target?: ApplicationSpecSourceHydratorDrySourceKustomizePatchesTarget;
}
export interface ApplicationSpecSourceHydratorDrySourceKustomizeReplicas {
    readonly count: ApplicationSpecSourceHydratorDrySourceKustomizeReplicasCount;
    readonly name: string;
}
export interface ApplicationSpecSourceHydratorDrySourcePluginEnv {
    readonly name: string;
    readonly value: string;
}
export interface ApplicationSpecSourceHydratorDrySourcePluginParameters {
    readonly array?: string[];
    readonly map?: {
        [key: string]: string;
    };
    readonly name?: string;
    readonly string?: string;
}
export interface ApplicationSpecSourcesDirectoryJsonnetExtVars {
    readonly code?: boolean;
    readonly name: string;
    readonly value: string;
}
export interface ApplicationSpecSourcesDirectoryJsonnetTlas {
    readonly code?: boolean;
    readonly name: string;
    readonly value: string;
}
export interface ApplicationSpecSourcesKustomizePatchesTarget {
    readonly annotationSelector?: string;
    readonly group?: string;
    readonly kind?: string;
    readonly labelSelector?: string;
    readonly name?: string;
    readonly namespace?: string;
    readonly version?: string;
}
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
export interface ApplicationOperationSyncSourceDirectoryJsonnetTlas {
    readonly code?: boolean;
    readonly name: string;
    readonly value: string;
}
export interface ApplicationOperationSyncSourceKustomizePatchesTarget {
    readonly annotationSelector?: string;
    readonly group?: string;
    readonly kind?: string;
    readonly labelSelector?: string;
    readonly name?: string;
    readonly namespace?: string;
    readonly version?: string;
}
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
export interface ApplicationOperationSyncSourcesDirectoryJsonnetTlas {
    readonly code?: boolean;
    readonly name: string;
    readonly value: string;
}
export interface ApplicationOperationSyncSourcesKustomizePatchesTarget {
    readonly annotationSelector?: string;
    readonly group?: string;
    readonly kind?: string;
    readonly labelSelector?: string;
    readonly name?: string;
    readonly namespace?: string;
    readonly version?: string;
}
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
export interface ApplicationSpecSourceHydratorDrySourceDirectoryJsonnetTlas {
    readonly code?: boolean;
    readonly name: string;
    readonly value: string;
}
export interface ApplicationSpecSourceHydratorDrySourceKustomizePatchesTarget {
    readonly annotationSelector?: string;
    readonly group?: string;
    readonly kind?: string;
    readonly labelSelector?: string;
    readonly name?: string;
    readonly namespace?: string;
    readonly version?: string;
}
export declare class ApplicationSpecSourceHydratorDrySourceKustomizeReplicasCount {
    readonly value: number | string;
    static fromNumber(value: number): ApplicationSpecSourceHydratorDrySourceKustomizeReplicasCount;
    static fromString(value: string): ApplicationSpecSourceHydratorDrySourceKustomizeReplicasCount;
    private constructor();
}
