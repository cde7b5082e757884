import { ApiObject, ApiObjectMetadata, GroupVersionKind } from 'cdk8s';
import { Construct } from 'constructs';
export declare class CronWorkflow extends ApiObject {
    static readonly GVK: GroupVersionKind;
    static manifest(props: CronWorkflowProps): any;
    constructor(scope: Construct, id: string, props: CronWorkflowProps);
    toJson(): any;
}
export interface CronWorkflowProps {
    readonly metadata: ApiObjectMetadata;
    readonly spec: CronWorkflowSpec;
}
export interface CronWorkflowSpec {
    readonly concurrencyPolicy?: CronWorkflowSpecConcurrencyPolicy;
    readonly failedJobsHistoryLimit?: number;
    readonly schedules: string[];
    readonly startingDeadlineSeconds?: number;
    readonly stopStrategy?: CronWorkflowSpecStopStrategy;
    readonly successfulJobsHistoryLimit?: number;
    readonly suspend?: boolean;
    readonly timezone?: string;
    readonly when?: string;
    readonly workflowMetadata?: CronWorkflowSpecWorkflowMetadata;
    readonly workflowSpec: CronWorkflowSpecWorkflowSpec;
}
export declare enum CronWorkflowSpecConcurrencyPolicy {
    ALLOW = "Allow",
    FORBID = "Forbid",
    REPLACE = "Replace"
}
export interface CronWorkflowSpecStopStrategy {
    readonly expression: string;
}
export interface CronWorkflowSpecWorkflowMetadata {
    readonly annotations?: {
        [key: string]: string;
    };
    readonly finalizers?: string[];
    readonly generateName?: string;
    readonly labels?: {
        [key: string]: string;
    };
    readonly name?: string;
    readonly namespace?: string;
}
export interface CronWorkflowSpecWorkflowSpec {
    readonly activeDeadlineSeconds?: number;
    readonly affinity?: CronWorkflowSpecWorkflowSpecAffinity;
    readonly archiveLogs?: boolean;
    readonly arguments?: CronWorkflowSpecWorkflowSpecArguments;
    readonly artifactGc?: CronWorkflowSpecWorkflowSpecArtifactGc;
    readonly artifactRepositoryRef?: CronWorkflowSpecWorkflowSpecArtifactRepositoryRef;
    readonly automountServiceAccountToken?: boolean;
    readonly dnsConfig?: CronWorkflowSpecWorkflowSpecDnsConfig;
    readonly dnsPolicy?: string;
    readonly entrypoint?: string;
    readonly executor?: CronWorkflowSpecWorkflowSpecExecutor;
    readonly executorPlugins?: CronWorkflowSpecWorkflowSpecExecutorPlugins[];
    readonly hooks?: {
        [key: string]: CronWorkflowSpecWorkflowSpecHooks;
    };
    readonly hostAliases?: CronWorkflowSpecWorkflowSpecHostAliases[];
    readonly hostNetwork?: boolean;
    readonly imagePullSecrets?: CronWorkflowSpecWorkflowSpecImagePullSecrets[];
    readonly metrics?: CronWorkflowSpecWorkflowSpecMetrics;
    readonly nodeSelector?: {
        [key: string]: string;
    };
    readonly onExit?: string;
    readonly parallelism?: number;
    readonly podDisruptionBudget?: CronWorkflowSpecWorkflowSpecPodDisruptionBudget;
    readonly podGc?: CronWorkflowSpecWorkflowSpecPodGc;
    readonly podMetadata?: CronWorkflowSpecWorkflowSpecPodMetadata;
    readonly podPriorityClassName?: string;
    readonly podResources?: CronWorkflowSpecWorkflowSpecPodResources;
    readonly podSpecPatch?: string;
    readonly priority?: number;
    readonly resourceClaims?: CronWorkflowSpecWorkflowSpecResourceClaims[];
    readonly retryStrategy?: CronWorkflowSpecWorkflowSpecRetryStrategy;
    readonly schedulerName?: string;
    readonly securityContext?: CronWorkflowSpecWorkflowSpecSecurityContext;
    readonly serviceAccountName?: string;
    readonly shutdown?: string;
    readonly suspend?: boolean;
    readonly synchronization?: CronWorkflowSpecWorkflowSpecSynchronization;
    readonly templateDefaults?: CronWorkflowSpecWorkflowSpecTemplateDefaults;
    readonly templates?: CronWorkflowSpecWorkflowSpecTemplates[];
    readonly tolerations?: CronWorkflowSpecWorkflowSpecTolerations[];
    readonly ttlStrategy?: CronWorkflowSpecWorkflowSpecTtlStrategy;
    readonly volumeClaimGc?: CronWorkflowSpecWorkflowSpecVolumeClaimGc;
    readonly volumeClaimTemplates?: CronWorkflowSpecWorkflowSpecVolumeClaimTemplates[];
    readonly volumes?: CronWorkflowSpecWorkflowSpecVolumes[];
    readonly workflowMetadata?: CronWorkflowSpecWorkflowSpecWorkflowMetadata;
    readonly workflowTemplateRef?: CronWorkflowSpecWorkflowSpecWorkflowTemplateRef;
}
export interface CronWorkflowSpecWorkflowSpecAffinity {
    readonly nodeAffinity?: CronWorkflowSpecWorkflowSpecAffinityNodeAffinity;
    readonly podAffinity?: CronWorkflowSpecWorkflowSpecAffinityPodAffinity;
    readonly podAntiAffinity?: CronWorkflowSpecWorkflowSpecAffinityPodAntiAffinity;
}
export interface CronWorkflowSpecWorkflowSpecArguments {
    readonly artifacts?: CronWorkflowSpecWorkflowSpecArgumentsArtifacts[];
    readonly parameters?: CronWorkflowSpecWorkflowSpecArgumentsParameters[];
}
export interface CronWorkflowSpecWorkflowSpecArtifactGc {
    readonly forceFinalizerRemoval?: boolean;
    readonly podMetadata?: CronWorkflowSpecWorkflowSpecArtifactGcPodMetadata;
    readonly podSpecPatch?: string;
    readonly serviceAccountName?: string;
    readonly strategy?: CronWorkflowSpecWorkflowSpecArtifactGcStrategy;
}
export interface CronWorkflowSpecWorkflowSpecArtifactRepositoryRef {
    readonly configMap?: string;
    readonly key?: string;
}
export interface CronWorkflowSpecWorkflowSpecDnsConfig {
    readonly nameservers?: string[];
    readonly options?: CronWorkflowSpecWorkflowSpecDnsConfigOptions[];
    readonly searches?: string[];
}
export interface CronWorkflowSpecWorkflowSpecExecutor {
    readonly serviceAccountName?: string;
}
export interface CronWorkflowSpecWorkflowSpecExecutorPlugins {
    readonly metadata: CronWorkflowSpecWorkflowSpecExecutorPluginsMetadata;
    readonly spec: CronWorkflowSpecWorkflowSpecExecutorPluginsSpec;
}
export interface CronWorkflowSpecWorkflowSpecHooks {
    readonly arguments?: CronWorkflowSpecWorkflowSpecHooksArguments;
    readonly expression?: string;
    readonly template?: string;
    readonly templateRef?: CronWorkflowSpecWorkflowSpecHooksTemplateRef;
}
export interface CronWorkflowSpecWorkflowSpecHostAliases {
    readonly hostnames?: string[];
    readonly ip: string;
}
export interface CronWorkflowSpecWorkflowSpecImagePullSecrets {
    readonly name?: string;
}
export interface CronWorkflowSpecWorkflowSpecMetrics {
    readonly prometheus: CronWorkflowSpecWorkflowSpecMetricsPrometheus[];
}
export interface CronWorkflowSpecWorkflowSpecPodDisruptionBudget {
    readonly maxUnavailable?: CronWorkflowSpecWorkflowSpecPodDisruptionBudgetMaxUnavailable;
    readonly minAvailable?: CronWorkflowSpecWorkflowSpecPodDisruptionBudgetMinAvailable;
    readonly selector?: CronWorkflowSpecWorkflowSpecPodDisruptionBudgetSelector;
    readonly unhealthyPodEvictionPolicy?: string;
}
export interface CronWorkflowSpecWorkflowSpecPodGc {
    readonly deleteDelayDuration?: string;
    readonly labelSelector?: CronWorkflowSpecWorkflowSpecPodGcLabelSelector;
    readonly strategy?: CronWorkflowSpecWorkflowSpecPodGcStrategy;
}
export interface CronWorkflowSpecWorkflowSpecPodMetadata {
    readonly annotations?: {
        [key: string]: string;
    };
    readonly labels?: {
        [key: string]: string;
    };
}
export interface CronWorkflowSpecWorkflowSpecPodResources {
    readonly claims?: CronWorkflowSpecWorkflowSpecPodResourcesClaims[];
    readonly limits?: {
        [key: string]: CronWorkflowSpecWorkflowSpecPodResourcesLimits;
    };
    readonly requests?: {
        [key: string]: CronWorkflowSpecWorkflowSpecPodResourcesRequests;
    };
}
export interface CronWorkflowSpecWorkflowSpecResourceClaims {
    readonly name: string;
    readonly resourceClaimName?: string;
    readonly resourceClaimTemplateName?: string;
}
export interface CronWorkflowSpecWorkflowSpecRetryStrategy {
    readonly affinity?: CronWorkflowSpecWorkflowSpecRetryStrategyAffinity;
    readonly backoff?: CronWorkflowSpecWorkflowSpecRetryStrategyBackoff;
    readonly expression?: string;
    readonly limit?: CronWorkflowSpecWorkflowSpecRetryStrategyLimit;
    readonly retryPolicy?: CronWorkflowSpecWorkflowSpecRetryStrategyRetryPolicy;
}
export interface CronWorkflowSpecWorkflowSpecSecurityContext {
    readonly appArmorProfile?: CronWorkflowSpecWorkflowSpecSecurityContextAppArmorProfile;
    readonly fsGroup?: number;
    readonly fsGroupChangePolicy?: string;
    readonly runAsGroup?: number;
    readonly runAsNonRoot?: boolean;
    readonly runAsUser?: number;
    readonly seLinuxChangePolicy?: string;
    readonly seLinuxOptions?: CronWorkflowSpecWorkflowSpecSecurityContextSeLinuxOptions;
    readonly seccompProfile?: CronWorkflowSpecWorkflowSpecSecurityContextSeccompProfile;
    readonly supplementalGroups?: number[];
    readonly supplementalGroupsPolicy?: string;
    readonly sysctls?: CronWorkflowSpecWorkflowSpecSecurityContextSysctls[];
    readonly windowsOptions?: CronWorkflowSpecWorkflowSpecSecurityContextWindowsOptions;
}
export interface CronWorkflowSpecWorkflowSpecSynchronization {
    readonly mutexes?: CronWorkflowSpecWorkflowSpecSynchronizationMutexes[];
    readonly semaphores?: CronWorkflowSpecWorkflowSpecSynchronizationSemaphores[];
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaults {
    readonly activeDeadlineSeconds?: CronWorkflowSpecWorkflowSpecTemplateDefaultsActiveDeadlineSeconds;
    readonly affinity?: CronWorkflowSpecWorkflowSpecTemplateDefaultsAffinity;
    readonly annotations?: {
        [key: string]: string;
    };
    readonly archiveLocation?: CronWorkflowSpecWorkflowSpecTemplateDefaultsArchiveLocation;
    readonly automountServiceAccountToken?: boolean;
    readonly container?: CronWorkflowSpecWorkflowSpecTemplateDefaultsContainer;
    readonly containerSet?: CronWorkflowSpecWorkflowSpecTemplateDefaultsContainerSet;
    readonly daemon?: boolean;
    readonly dag?: CronWorkflowSpecWorkflowSpecTemplateDefaultsDag;
    readonly data?: CronWorkflowSpecWorkflowSpecTemplateDefaultsData;
    readonly executor?: CronWorkflowSpecWorkflowSpecTemplateDefaultsExecutor;
    readonly failFast?: boolean;
    readonly hostAliases?: CronWorkflowSpecWorkflowSpecTemplateDefaultsHostAliases[];
    readonly http?: CronWorkflowSpecWorkflowSpecTemplateDefaultsHttp;
    readonly initContainers?: CronWorkflowSpecWorkflowSpecTemplateDefaultsInitContainers[];
    readonly inputs?: CronWorkflowSpecWorkflowSpecTemplateDefaultsInputs;
    readonly memoize?: CronWorkflowSpecWorkflowSpecTemplateDefaultsMemoize;
    readonly metadata?: CronWorkflowSpecWorkflowSpecTemplateDefaultsMetadata;
    readonly metrics?: CronWorkflowSpecWorkflowSpecTemplateDefaultsMetrics;
    readonly name?: string;
    readonly nodeSelector?: {
        [key: string]: string;
    };
    readonly outputs?: CronWorkflowSpecWorkflowSpecTemplateDefaultsOutputs;
    readonly parallelism?: number;
    readonly pendingTimeout?: string;
    readonly plugin?: any;
    readonly podResources?: CronWorkflowSpecWorkflowSpecTemplateDefaultsPodResources;
    readonly podSpecPatch?: string;
    readonly priorityClassName?: string;
    readonly resource?: CronWorkflowSpecWorkflowSpecTemplateDefaultsResource;
    readonly resourceClaims?: CronWorkflowSpecWorkflowSpecTemplateDefaultsResourceClaims[];
    readonly retryStrategy?: CronWorkflowSpecWorkflowSpecTemplateDefaultsRetryStrategy;
    readonly schedulerName?: string;
    readonly script?: CronWorkflowSpecWorkflowSpecTemplateDefaultsScript;
    readonly securityContext?: CronWorkflowSpecWorkflowSpecTemplateDefaultsSecurityContext;
    readonly serviceAccountName?: string;
    readonly sidecars?: CronWorkflowSpecWorkflowSpecTemplateDefaultsSidecars[];
    readonly steps?: CronWorkflowSpecWorkflowSpecTemplateDefaultsSteps[][];
    readonly suspend?: CronWorkflowSpecWorkflowSpecTemplateDefaultsSuspend;
    readonly synchronization?: CronWorkflowSpecWorkflowSpecTemplateDefaultsSynchronization;
    readonly timeout?: string;
    readonly tolerations?: CronWorkflowSpecWorkflowSpecTemplateDefaultsTolerations[];
    readonly volumes?: CronWorkflowSpecWorkflowSpecTemplateDefaultsVolumes[];
}
export interface CronWorkflowSpecWorkflowSpecTemplates {
    readonly activeDeadlineSeconds?: CronWorkflowSpecWorkflowSpecTemplatesActiveDeadlineSeconds;
    readonly affinity?: CronWorkflowSpecWorkflowSpecTemplatesAffinity;
    readonly annotations?: {
        [key: string]: string;
    };
    readonly archiveLocation?: CronWorkflowSpecWorkflowSpecTemplatesArchiveLocation;
    readonly automountServiceAccountToken?: boolean;
    readonly container?: CronWorkflowSpecWorkflowSpecTemplatesContainer;
    readonly containerSet?: CronWorkflowSpecWorkflowSpecTemplatesContainerSet;
    readonly daemon?: boolean;
    readonly dag?: CronWorkflowSpecWorkflowSpecTemplatesDag;
    readonly data?: CronWorkflowSpecWorkflowSpecTemplatesData;
    readonly executor?: CronWorkflowSpecWorkflowSpecTemplatesExecutor;
    readonly failFast?: boolean;
    readonly hostAliases?: CronWorkflowSpecWorkflowSpecTemplatesHostAliases[];
    readonly http?: CronWorkflowSpecWorkflowSpecTemplatesHttp;
    readonly initContainers?: CronWorkflowSpecWorkflowSpecTemplatesInitContainers[];
    readonly inputs?: CronWorkflowSpecWorkflowSpecTemplatesInputs;
    readonly memoize?: CronWorkflowSpecWorkflowSpecTemplatesMemoize;
    readonly metadata?: CronWorkflowSpecWorkflowSpecTemplatesMetadata;
    readonly metrics?: CronWorkflowSpecWorkflowSpecTemplatesMetrics;
    readonly name?: string;
    readonly nodeSelector?: {
        [key: string]: string;
    };
    readonly outputs?: CronWorkflowSpecWorkflowSpecTemplatesOutputs;
    readonly parallelism?: number;
    readonly pendingTimeout?: string;
    readonly plugin?: any;
    readonly podResources?: CronWorkflowSpecWorkflowSpecTemplatesPodResources;
    readonly podSpecPatch?: string;
    readonly priorityClassName?: string;
    readonly resource?: CronWorkflowSpecWorkflowSpecTemplatesResource;
    readonly resourceClaims?: CronWorkflowSpecWorkflowSpecTemplatesResourceClaims[];
    readonly retryStrategy?: CronWorkflowSpecWorkflowSpecTemplatesRetryStrategy;
    readonly schedulerName?: string;
    readonly script?: CronWorkflowSpecWorkflowSpecTemplatesScript;
    readonly securityContext?: CronWorkflowSpecWorkflowSpecTemplatesSecurityContext;
    readonly serviceAccountName?: string;
    readonly sidecars?: CronWorkflowSpecWorkflowSpecTemplatesSidecars[];
    readonly steps?: CronWorkflowSpecWorkflowSpecTemplatesSteps[][];
    readonly suspend?: CronWorkflowSpecWorkflowSpecTemplatesSuspend;
    readonly synchronization?: CronWorkflowSpecWorkflowSpecTemplatesSynchronization;
    readonly timeout?: string;
    readonly tolerations?: CronWorkflowSpecWorkflowSpecTemplatesTolerations[];
    readonly volumes?: CronWorkflowSpecWorkflowSpecTemplatesVolumes[];
}
export interface CronWorkflowSpecWorkflowSpecTolerations {
    readonly effect?: string;
    readonly key?: string;
    readonly operator?: string;
    readonly tolerationSeconds?: number;
    readonly value?: string;
}
export interface CronWorkflowSpecWorkflowSpecTtlStrategy {
    readonly secondsAfterCompletion?: number;
    readonly secondsAfterFailure?: number;
    readonly secondsAfterSuccess?: number;
}
export interface CronWorkflowSpecWorkflowSpecVolumeClaimGc {
    readonly strategy?: string;
}
export interface CronWorkflowSpecWorkflowSpecVolumeClaimTemplates {
    readonly apiVersion?: string;
    readonly kind?: string;
    readonly metadata?: CronWorkflowSpecWorkflowSpecVolumeClaimTemplatesMetadata;
    readonly spec?: CronWorkflowSpecWorkflowSpecVolumeClaimTemplatesSpec;
    readonly status?: CronWorkflowSpecWorkflowSpecVolumeClaimTemplatesStatus;
}
export interface CronWorkflowSpecWorkflowSpecVolumes {
    readonly awsElasticBlockStore?: CronWorkflowSpecWorkflowSpecVolumesAwsElasticBlockStore;
    readonly azureDisk?: CronWorkflowSpecWorkflowSpecVolumesAzureDisk;
    readonly azureFile?: CronWorkflowSpecWorkflowSpecVolumesAzureFile;
    readonly cephfs?: CronWorkflowSpecWorkflowSpecVolumesCephfs;
    readonly cinder?: CronWorkflowSpecWorkflowSpecVolumesCinder;
    readonly configMap?: CronWorkflowSpecWorkflowSpecVolumesConfigMap;
    readonly csi?: CronWorkflowSpecWorkflowSpecVolumesCsi;
    readonly downwardApi?: CronWorkflowSpecWorkflowSpecVolumesDownwardApi;
    readonly emptyDir?: CronWorkflowSpecWorkflowSpecVolumesEmptyDir;
    readonly ephemeral?: CronWorkflowSpecWorkflowSpecVolumesEphemeral;
    readonly fc?: CronWorkflowSpecWorkflowSpecVolumesFc;
    readonly flexVolume?: CronWorkflowSpecWorkflowSpecVolumesFlexVolume;
    readonly flocker?: CronWorkflowSpecWorkflowSpecVolumesFlocker;
    readonly gcePersistentDisk?: CronWorkflowSpecWorkflowSpecVolumesGcePersistentDisk;
    readonly gitRepo?: CronWorkflowSpecWorkflowSpecVolumesGitRepo;
    readonly glusterfs?: CronWorkflowSpecWorkflowSpecVolumesGlusterfs;
    readonly hostPath?: CronWorkflowSpecWorkflowSpecVolumesHostPath;
    readonly image?: CronWorkflowSpecWorkflowSpecVolumesImage;
    readonly iscsi?: CronWorkflowSpecWorkflowSpecVolumesIscsi;
    readonly name: string;
    readonly nfs?: CronWorkflowSpecWorkflowSpecVolumesNfs;
    readonly persistentVolumeClaim?: CronWorkflowSpecWorkflowSpecVolumesPersistentVolumeClaim;
    readonly photonPersistentDisk?: CronWorkflowSpecWorkflowSpecVolumesPhotonPersistentDisk;
    readonly portworxVolume?: CronWorkflowSpecWorkflowSpecVolumesPortworxVolume;
    readonly projected?: CronWorkflowSpecWorkflowSpecVolumesProjected;
    readonly quobyte?: CronWorkflowSpecWorkflowSpecVolumesQuobyte;
    readonly rbd?: CronWorkflowSpecWorkflowSpecVolumesRbd;
    readonly scaleIo?: CronWorkflowSpecWorkflowSpecVolumesScaleIo;
    readonly secret?: CronWorkflowSpecWorkflowSpecVolumesSecret;
    readonly storageos?: CronWorkflowSpecWorkflowSpecVolumesStorageos;
    readonly vsphereVolume?: CronWorkflowSpecWorkflowSpecVolumesVsphereVolume;
}
export interface CronWorkflowSpecWorkflowSpecWorkflowMetadata {
    readonly annotations?: {
        [key: string]: string;
    };
    readonly labels?: {
        [key: string]: string;
    };
    readonly labelsFrom?: {
        [key: string]: CronWorkflowSpecWorkflowSpecWorkflowMetadataLabelsFrom;
    };
}
export interface CronWorkflowSpecWorkflowSpecWorkflowTemplateRef {
    readonly clusterScope?: boolean;
    readonly name?: string;
}
export interface CronWorkflowSpecWorkflowSpecAffinityNodeAffinity {
    readonly preferredDuringSchedulingIgnoredDuringExecution?: CronWorkflowSpecWorkflowSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution[];
    readonly requiredDuringSchedulingIgnoredDuringExecution?: CronWorkflowSpecWorkflowSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution;
}
export interface CronWorkflowSpecWorkflowSpecAffinityPodAffinity {
    readonly preferredDuringSchedulingIgnoredDuringExecution?: CronWorkflowSpecWorkflowSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution[];
    readonly requiredDuringSchedulingIgnoredDuringExecution?: CronWorkflowSpecWorkflowSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution[];
}
export interface CronWorkflowSpecWorkflowSpecAffinityPodAntiAffinity {
    readonly preferredDuringSchedulingIgnoredDuringExecution?: CronWorkflowSpecWorkflowSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution[];
    readonly requiredDuringSchedulingIgnoredDuringExecution?: CronWorkflowSpecWorkflowSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution[];
}
export interface CronWorkflowSpecWorkflowSpecArgumentsArtifacts {
    readonly archive?: CronWorkflowSpecWorkflowSpecArgumentsArtifactsArchive;
    readonly archiveLogs?: boolean;
    readonly artifactGc?: CronWorkflowSpecWorkflowSpecArgumentsArtifactsArtifactGc;
    readonly artifactory?: CronWorkflowSpecWorkflowSpecArgumentsArtifactsArtifactory;
    readonly azure?: CronWorkflowSpecWorkflowSpecArgumentsArtifactsAzure;
    readonly deleted?: boolean;
    readonly from?: string;
    readonly fromExpression?: string;
    readonly gcs?: CronWorkflowSpecWorkflowSpecArgumentsArtifactsGcs;
    readonly git?: CronWorkflowSpecWorkflowSpecArgumentsArtifactsGit;
    readonly globalName?: string;
    readonly hdfs?: CronWorkflowSpecWorkflowSpecArgumentsArtifactsHdfs;
    readonly http?: CronWorkflowSpecWorkflowSpecArgumentsArtifactsHttp;
    readonly mode?: number;
    readonly name: string;
    readonly optional?: boolean;
    readonly oss?: CronWorkflowSpecWorkflowSpecArgumentsArtifactsOss;
    readonly path?: string;
    readonly plugin?: CronWorkflowSpecWorkflowSpecArgumentsArtifactsPlugin;
    readonly raw?: CronWorkflowSpecWorkflowSpecArgumentsArtifactsRaw;
    readonly recurseMode?: boolean;
    readonly s3?: CronWorkflowSpecWorkflowSpecArgumentsArtifactsS3;
    readonly subPath?: string;
}
export interface CronWorkflowSpecWorkflowSpecArgumentsParameters {
    readonly default?: string;
    readonly description?: string;
    readonly enum?: string[];
    readonly globalName?: string;
    readonly name: string;
    readonly value?: string;
    readonly valueFrom?: CronWorkflowSpecWorkflowSpecArgumentsParametersValueFrom;
}
export interface CronWorkflowSpecWorkflowSpecArtifactGcPodMetadata {
    readonly annotations?: {
        [key: string]: string;
    };
    readonly labels?: {
        [key: string]: string;
    };
}
export declare enum CronWorkflowSpecWorkflowSpecArtifactGcStrategy {
    ON_WORKFLOW_COMPLETION = "OnWorkflowCompletion",
    ON_WORKFLOW_DELETION = "OnWorkflowDeletion",
    NEVER = "Never"
}
export interface CronWorkflowSpecWorkflowSpecDnsConfigOptions {
    readonly name?: string;
    readonly value?: string;
}
export interface CronWorkflowSpecWorkflowSpecExecutorPluginsMetadata {
    readonly annotations?: {
        [key: string]: string;
    };
    readonly finalizers?: string[];
    readonly labels?: {
        [key: string]: string;
    };
    readonly name?: string;
    readonly namespace?: string;
}
export interface CronWorkflowSpecWorkflowSpecExecutorPluginsSpec {
    readonly sidecar: CronWorkflowSpecWorkflowSpecExecutorPluginsSpecSidecar;
}
export interface CronWorkflowSpecWorkflowSpecHooksArguments {
    readonly artifacts?: CronWorkflowSpecWorkflowSpecHooksArgumentsArtifacts[];
    readonly parameters?: CronWorkflowSpecWorkflowSpecHooksArgumentsParameters[];
}
export interface CronWorkflowSpecWorkflowSpecHooksTemplateRef {
    readonly clusterScope?: boolean;
    readonly name?: string;
    readonly template?: string;
}
export interface CronWorkflowSpecWorkflowSpecMetricsPrometheus {
    readonly counter?: CronWorkflowSpecWorkflowSpecMetricsPrometheusCounter;
    readonly gauge?: CronWorkflowSpecWorkflowSpecMetricsPrometheusGauge;
    readonly help: string;
    readonly histogram?: CronWorkflowSpecWorkflowSpecMetricsPrometheusHistogram;
    readonly labels?: CronWorkflowSpecWorkflowSpecMetricsPrometheusLabels[];
    readonly name: string;
    readonly when?: string;
}
export declare class CronWorkflowSpecWorkflowSpecPodDisruptionBudgetMaxUnavailable {
    readonly value: number | string;
    static fromNumber(value: number): CronWorkflowSpecWorkflowSpecPodDisruptionBudgetMaxUnavailable;
    static fromString(value: string): CronWorkflowSpecWorkflowSpecPodDisruptionBudgetMaxUnavailable;
    private constructor();
}
export declare class CronWorkflowSpecWorkflowSpecPodDisruptionBudgetMinAvailable {
    readonly value: number | string;
    static fromNumber(value: number): CronWorkflowSpecWorkflowSpecPodDisruptionBudgetMinAvailable;
    static fromString(value: string): CronWorkflowSpecWorkflowSpecPodDisruptionBudgetMinAvailable;
    private constructor();
}
export interface CronWorkflowSpecWorkflowSpecPodDisruptionBudgetSelector {
    readonly matchExpressions?: CronWorkflowSpecWorkflowSpecPodDisruptionBudgetSelectorMatchExpressions[];
    readonly matchLabels?: {
        [key: string]: string;
    };
}
export interface CronWorkflowSpecWorkflowSpecPodGcLabelSelector {
    readonly matchExpressions?: CronWorkflowSpecWorkflowSpecPodGcLabelSelectorMatchExpressions[];
    readonly matchLabels?: {
        [key: string]: string;
    };
}
export declare enum CronWorkflowSpecWorkflowSpecPodGcStrategy {
    ON_POD_COMPLETION = "OnPodCompletion",
    ON_POD_SUCCESS = "OnPodSuccess",
    ON_WORKFLOW_COMPLETION = "OnWorkflowCompletion",
    ON_WORKFLOW_SUCCESS = "OnWorkflowSuccess"
}
export interface CronWorkflowSpecWorkflowSpecPodResourcesClaims {
    readonly name: string;
    readonly request?: string;
}
export declare class CronWorkflowSpecWorkflowSpecPodResourcesLimits {
    readonly value: number | string;
    static fromNumber(value: number): CronWorkflowSpecWorkflowSpecPodResourcesLimits;
    static fromString(value: string): CronWorkflowSpecWorkflowSpecPodResourcesLimits;
    private constructor();
}
export declare class CronWorkflowSpecWorkflowSpecPodResourcesRequests {
    readonly value: number | string;
    static fromNumber(value: number): CronWorkflowSpecWorkflowSpecPodResourcesRequests;
    static fromString(value: string): CronWorkflowSpecWorkflowSpecPodResourcesRequests;
    private constructor();
}
export interface CronWorkflowSpecWorkflowSpecRetryStrategyAffinity {
    readonly nodeAntiAffinity?: any;
}
export interface CronWorkflowSpecWorkflowSpecRetryStrategyBackoff {
    readonly cap?: string;
    readonly duration?: string;
    readonly factor?: CronWorkflowSpecWorkflowSpecRetryStrategyBackoffFactor;
    readonly maxDuration?: string;
}
export declare class CronWorkflowSpecWorkflowSpecRetryStrategyLimit {
    readonly value: number | string;
    static fromNumber(value: number): CronWorkflowSpecWorkflowSpecRetryStrategyLimit;
    static fromString(value: string): CronWorkflowSpecWorkflowSpecRetryStrategyLimit;
    private constructor();
}
export declare enum CronWorkflowSpecWorkflowSpecRetryStrategyRetryPolicy {
    ALWAYS = "Always",
    ON_FAILURE = "OnFailure",
    ON_ERROR = "OnError",
    ON_TRANSIENT_ERROR = "OnTransientError"
}
export interface CronWorkflowSpecWorkflowSpecSecurityContextAppArmorProfile {
    readonly localhostProfile?: string;
    readonly type: string;
}
export interface CronWorkflowSpecWorkflowSpecSecurityContextSeLinuxOptions {
    readonly level?: string;
    readonly role?: string;
    readonly type?: string;
    readonly user?: string;
}
export interface CronWorkflowSpecWorkflowSpecSecurityContextSeccompProfile {
    readonly localhostProfile?: string;
    readonly type: string;
}
export interface CronWorkflowSpecWorkflowSpecSecurityContextSysctls {
    readonly name: string;
    readonly value: string;
}
export interface CronWorkflowSpecWorkflowSpecSecurityContextWindowsOptions {
    readonly gmsaCredentialSpec?: string;
    readonly gmsaCredentialSpecName?: string;
    readonly hostProcess?: boolean;
    readonly runAsUserName?: string;
}
export interface CronWorkflowSpecWorkflowSpecSynchronizationMutexes {
    readonly database?: boolean;
    readonly name?: string;
    readonly namespace?: string;
}
export interface CronWorkflowSpecWorkflowSpecSynchronizationSemaphores {
    readonly configMapKeyRef?: CronWorkflowSpecWorkflowSpecSynchronizationSemaphoresConfigMapKeyRef;
    readonly database?: CronWorkflowSpecWorkflowSpecSynchronizationSemaphoresDatabase;
    readonly namespace?: string;
}
export declare class CronWorkflowSpecWorkflowSpecTemplateDefaultsActiveDeadlineSeconds {
    readonly value: number | string;
    static fromNumber(value: number): CronWorkflowSpecWorkflowSpecTemplateDefaultsActiveDeadlineSeconds;
    static fromString(value: string): CronWorkflowSpecWorkflowSpecTemplateDefaultsActiveDeadlineSeconds;
    private constructor();
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsAffinity {
    readonly nodeAffinity?: CronWorkflowSpecWorkflowSpecTemplateDefaultsAffinityNodeAffinity;
    readonly podAffinity?: CronWorkflowSpecWorkflowSpecTemplateDefaultsAffinityPodAffinity;
    readonly podAntiAffinity?: CronWorkflowSpecWorkflowSpecTemplateDefaultsAffinityPodAntiAffinity;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsArchiveLocation {
    readonly archiveLogs?: boolean;
    readonly artifactory?: CronWorkflowSpecWorkflowSpecTemplateDefaultsArchiveLocationArtifactory;
    readonly azure?: CronWorkflowSpecWorkflowSpecTemplateDefaultsArchiveLocationAzure;
    readonly gcs?: CronWorkflowSpecWorkflowSpecTemplateDefaultsArchiveLocationGcs;
    readonly git?: CronWorkflowSpecWorkflowSpecTemplateDefaultsArchiveLocationGit;
    readonly hdfs?: CronWorkflowSpecWorkflowSpecTemplateDefaultsArchiveLocationHdfs;
    readonly http?: CronWorkflowSpecWorkflowSpecTemplateDefaultsArchiveLocationHttp;
    readonly oss?: CronWorkflowSpecWorkflowSpecTemplateDefaultsArchiveLocationOss;
    readonly plugin?: CronWorkflowSpecWorkflowSpecTemplateDefaultsArchiveLocationPlugin;
    readonly raw?: CronWorkflowSpecWorkflowSpecTemplateDefaultsArchiveLocationRaw;
    readonly s3?: CronWorkflowSpecWorkflowSpecTemplateDefaultsArchiveLocationS3;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsContainer {
    readonly args?: string[];
    readonly command?: string[];
    readonly env?: CronWorkflowSpecWorkflowSpecTemplateDefaultsContainerEnv[];
    readonly envFrom?: CronWorkflowSpecWorkflowSpecTemplateDefaultsContainerEnvFrom[];
    readonly image?: string;
    readonly imagePullPolicy?: string;
    readonly lifecycle?: CronWorkflowSpecWorkflowSpecTemplateDefaultsContainerLifecycle;
    readonly livenessProbe?: CronWorkflowSpecWorkflowSpecTemplateDefaultsContainerLivenessProbe;
    readonly name?: string;
    readonly ports?: CronWorkflowSpecWorkflowSpecTemplateDefaultsContainerPorts[];
    readonly readinessProbe?: CronWorkflowSpecWorkflowSpecTemplateDefaultsContainerReadinessProbe;
    readonly resizePolicy?: CronWorkflowSpecWorkflowSpecTemplateDefaultsContainerResizePolicy[];
    readonly resources?: CronWorkflowSpecWorkflowSpecTemplateDefaultsContainerResources;
    readonly restartPolicy?: string;
    readonly restartPolicyRules?: CronWorkflowSpecWorkflowSpecTemplateDefaultsContainerRestartPolicyRules[];
    readonly securityContext?: CronWorkflowSpecWorkflowSpecTemplateDefaultsContainerSecurityContext;
    readonly startupProbe?: CronWorkflowSpecWorkflowSpecTemplateDefaultsContainerStartupProbe;
    readonly stdin?: boolean;
    readonly stdinOnce?: boolean;
    readonly terminationMessagePath?: string;
    readonly terminationMessagePolicy?: string;
    readonly tty?: boolean;
    readonly volumeDevices?: CronWorkflowSpecWorkflowSpecTemplateDefaultsContainerVolumeDevices[];
    readonly volumeMounts?: CronWorkflowSpecWorkflowSpecTemplateDefaultsContainerVolumeMounts[];
    readonly workingDir?: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsContainerSet {
    readonly containers: CronWorkflowSpecWorkflowSpecTemplateDefaultsContainerSetContainers[];
    readonly retryStrategy?: CronWorkflowSpecWorkflowSpecTemplateDefaultsContainerSetRetryStrategy;
    readonly volumeMounts?: CronWorkflowSpecWorkflowSpecTemplateDefaultsContainerSetVolumeMounts[];
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsDag {
    readonly failFast?: boolean;
    readonly target?: string;
    readonly tasks: CronWorkflowSpecWorkflowSpecTemplateDefaultsDagTasks[];
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsData {
    readonly source: CronWorkflowSpecWorkflowSpecTemplateDefaultsDataSource;
    readonly transformation: CronWorkflowSpecWorkflowSpecTemplateDefaultsDataTransformation[];
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsExecutor {
    readonly serviceAccountName?: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsHostAliases {
    readonly hostnames?: string[];
    readonly ip: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsHttp {
    readonly body?: string;
    readonly bodyFrom?: CronWorkflowSpecWorkflowSpecTemplateDefaultsHttpBodyFrom;
    readonly headers?: CronWorkflowSpecWorkflowSpecTemplateDefaultsHttpHeaders[];
    readonly insecureSkipVerify?: boolean;
    readonly method?: string;
    readonly successCondition?: string;
    readonly timeoutSeconds?: number;
    readonly url: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsInitContainers {
    readonly args?: string[];
    readonly command?: string[];
    readonly env?: CronWorkflowSpecWorkflowSpecTemplateDefaultsInitContainersEnv[];
    readonly envFrom?: CronWorkflowSpecWorkflowSpecTemplateDefaultsInitContainersEnvFrom[];
    readonly image?: string;
    readonly imagePullPolicy?: string;
    readonly lifecycle?: CronWorkflowSpecWorkflowSpecTemplateDefaultsInitContainersLifecycle;
    readonly livenessProbe?: CronWorkflowSpecWorkflowSpecTemplateDefaultsInitContainersLivenessProbe;
    readonly mirrorVolumeMounts?: boolean;
    readonly name: string;
    readonly ports?: CronWorkflowSpecWorkflowSpecTemplateDefaultsInitContainersPorts[];
    readonly readinessProbe?: CronWorkflowSpecWorkflowSpecTemplateDefaultsInitContainersReadinessProbe;
    readonly resizePolicy?: CronWorkflowSpecWorkflowSpecTemplateDefaultsInitContainersResizePolicy[];
    readonly resources?: CronWorkflowSpecWorkflowSpecTemplateDefaultsInitContainersResources;
    readonly restartPolicy?: string;
    readonly restartPolicyRules?: CronWorkflowSpecWorkflowSpecTemplateDefaultsInitContainersRestartPolicyRules[];
    readonly securityContext?: CronWorkflowSpecWorkflowSpecTemplateDefaultsInitContainersSecurityContext;
    readonly startupProbe?: CronWorkflowSpecWorkflowSpecTemplateDefaultsInitContainersStartupProbe;
    readonly stdin?: boolean;
    readonly stdinOnce?: boolean;
    readonly terminationMessagePath?: string;
    readonly terminationMessagePolicy?: string;
    readonly tty?: boolean;
    readonly volumeDevices?: CronWorkflowSpecWorkflowSpecTemplateDefaultsInitContainersVolumeDevices[];
    readonly volumeMounts?: CronWorkflowSpecWorkflowSpecTemplateDefaultsInitContainersVolumeMounts[];
    readonly workingDir?: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsInputs {
    readonly artifacts?: CronWorkflowSpecWorkflowSpecTemplateDefaultsInputsArtifacts[];
    readonly parameters?: CronWorkflowSpecWorkflowSpecTemplateDefaultsInputsParameters[];
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsMemoize {
    readonly cache: CronWorkflowSpecWorkflowSpecTemplateDefaultsMemoizeCache;
    readonly key: string;
    readonly maxAge: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsMetadata {
    readonly annotations?: {
        [key: string]: string;
    };
    readonly labels?: {
        [key: string]: string;
    };
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsMetrics {
    readonly prometheus: CronWorkflowSpecWorkflowSpecTemplateDefaultsMetricsPrometheus[];
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsOutputs {
    readonly artifacts?: CronWorkflowSpecWorkflowSpecTemplateDefaultsOutputsArtifacts[];
    readonly exitCode?: string;
    readonly parameters?: CronWorkflowSpecWorkflowSpecTemplateDefaultsOutputsParameters[];
    readonly result?: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsPodResources {
    readonly claims?: CronWorkflowSpecWorkflowSpecTemplateDefaultsPodResourcesClaims[];
    readonly limits?: {
        [key: string]: CronWorkflowSpecWorkflowSpecTemplateDefaultsPodResourcesLimits;
    };
    readonly requests?: {
        [key: string]: CronWorkflowSpecWorkflowSpecTemplateDefaultsPodResourcesRequests;
    };
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsResource {
    readonly action: CronWorkflowSpecWorkflowSpecTemplateDefaultsResourceAction;
    readonly failureCondition?: string;
    readonly flags?: string[];
    readonly manifest?: string;
    readonly manifestFrom?: CronWorkflowSpecWorkflowSpecTemplateDefaultsResourceManifestFrom;
    readonly mergeStrategy?: CronWorkflowSpecWorkflowSpecTemplateDefaultsResourceMergeStrategy;
    readonly setOwnerReference?: boolean;
    readonly successCondition?: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsResourceClaims {
    readonly name: string;
    readonly resourceClaimName?: string;
    readonly resourceClaimTemplateName?: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsRetryStrategy {
    readonly affinity?: CronWorkflowSpecWorkflowSpecTemplateDefaultsRetryStrategyAffinity;
    readonly backoff?: CronWorkflowSpecWorkflowSpecTemplateDefaultsRetryStrategyBackoff;
    readonly expression?: string;
    readonly limit?: CronWorkflowSpecWorkflowSpecTemplateDefaultsRetryStrategyLimit;
    readonly retryPolicy?: CronWorkflowSpecWorkflowSpecTemplateDefaultsRetryStrategyRetryPolicy;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsScript {
    readonly args?: string[];
    readonly command?: string[];
    readonly env?: CronWorkflowSpecWorkflowSpecTemplateDefaultsScriptEnv[];
    readonly envFrom?: CronWorkflowSpecWorkflowSpecTemplateDefaultsScriptEnvFrom[];
    readonly image?: string;
    readonly imagePullPolicy?: string;
    readonly lifecycle?: CronWorkflowSpecWorkflowSpecTemplateDefaultsScriptLifecycle;
    readonly livenessProbe?: CronWorkflowSpecWorkflowSpecTemplateDefaultsScriptLivenessProbe;
    readonly name?: string;
    readonly ports?: CronWorkflowSpecWorkflowSpecTemplateDefaultsScriptPorts[];
    readonly readinessProbe?: CronWorkflowSpecWorkflowSpecTemplateDefaultsScriptReadinessProbe;
    readonly resizePolicy?: CronWorkflowSpecWorkflowSpecTemplateDefaultsScriptResizePolicy[];
    readonly resources?: CronWorkflowSpecWorkflowSpecTemplateDefaultsScriptResources;
    readonly restartPolicy?: string;
    readonly restartPolicyRules?: CronWorkflowSpecWorkflowSpecTemplateDefaultsScriptRestartPolicyRules[];
    readonly securityContext?: CronWorkflowSpecWorkflowSpecTemplateDefaultsScriptSecurityContext;
    readonly source?: string;
    readonly startupProbe?: CronWorkflowSpecWorkflowSpecTemplateDefaultsScriptStartupProbe;
    readonly stdin?: boolean;
    readonly stdinOnce?: boolean;
    readonly terminationMessagePath?: string;
    readonly terminationMessagePolicy?: string;
    readonly tty?: boolean;
    readonly volumeDevices?: CronWorkflowSpecWorkflowSpecTemplateDefaultsScriptVolumeDevices[];
    readonly volumeMounts?: CronWorkflowSpecWorkflowSpecTemplateDefaultsScriptVolumeMounts[];
    readonly workingDir?: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsSecurityContext {
    readonly appArmorProfile?: CronWorkflowSpecWorkflowSpecTemplateDefaultsSecurityContextAppArmorProfile;
    readonly fsGroup?: number;
    readonly fsGroupChangePolicy?: string;
    readonly runAsGroup?: number;
    readonly runAsNonRoot?: boolean;
    readonly runAsUser?: number;
    readonly seLinuxChangePolicy?: string;
    readonly seLinuxOptions?: CronWorkflowSpecWorkflowSpecTemplateDefaultsSecurityContextSeLinuxOptions;
    readonly seccompProfile?: CronWorkflowSpecWorkflowSpecTemplateDefaultsSecurityContextSeccompProfile;
    readonly supplementalGroups?: number[];
    readonly supplementalGroupsPolicy?: string;
    readonly sysctls?: CronWorkflowSpecWorkflowSpecTemplateDefaultsSecurityContextSysctls[];
    readonly windowsOptions?: CronWorkflowSpecWorkflowSpecTemplateDefaultsSecurityContextWindowsOptions;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsSidecars {
    readonly args?: string[];
    readonly command?: string[];
    readonly env?: CronWorkflowSpecWorkflowSpecTemplateDefaultsSidecarsEnv[];
    readonly envFrom?: CronWorkflowSpecWorkflowSpecTemplateDefaultsSidecarsEnvFrom[];
    readonly image?: string;
    readonly imagePullPolicy?: string;
    readonly lifecycle?: CronWorkflowSpecWorkflowSpecTemplateDefaultsSidecarsLifecycle;
    readonly livenessProbe?: CronWorkflowSpecWorkflowSpecTemplateDefaultsSidecarsLivenessProbe;
    readonly mirrorVolumeMounts?: boolean;
    readonly name: string;
    readonly ports?: CronWorkflowSpecWorkflowSpecTemplateDefaultsSidecarsPorts[];
    readonly readinessProbe?: CronWorkflowSpecWorkflowSpecTemplateDefaultsSidecarsReadinessProbe;
    readonly resizePolicy?: CronWorkflowSpecWorkflowSpecTemplateDefaultsSidecarsResizePolicy[];
    readonly resources?: CronWorkflowSpecWorkflowSpecTemplateDefaultsSidecarsResources;
    readonly restartPolicy?: string;
    readonly restartPolicyRules?: CronWorkflowSpecWorkflowSpecTemplateDefaultsSidecarsRestartPolicyRules[];
    readonly securityContext?: CronWorkflowSpecWorkflowSpecTemplateDefaultsSidecarsSecurityContext;
    readonly startupProbe?: CronWorkflowSpecWorkflowSpecTemplateDefaultsSidecarsStartupProbe;
    readonly stdin?: boolean;
    readonly stdinOnce?: boolean;
    readonly terminationMessagePath?: string;
    readonly terminationMessagePolicy?: string;
    readonly tty?: boolean;
    readonly volumeDevices?: CronWorkflowSpecWorkflowSpecTemplateDefaultsSidecarsVolumeDevices[];
    readonly volumeMounts?: CronWorkflowSpecWorkflowSpecTemplateDefaultsSidecarsVolumeMounts[];
    readonly workingDir?: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsSteps {
    readonly arguments?: CronWorkflowSpecWorkflowSpecTemplateDefaultsStepsArguments;
    readonly continueOn?: CronWorkflowSpecWorkflowSpecTemplateDefaultsStepsContinueOn;
    readonly hooks?: {
        [key: string]: CronWorkflowSpecWorkflowSpecTemplateDefaultsStepsHooks;
    };
    readonly inline?: any;
    readonly name?: string;
    readonly onExit?: string;
    readonly template?: string;
    readonly templateRef?: CronWorkflowSpecWorkflowSpecTemplateDefaultsStepsTemplateRef;
    readonly when?: string;
    readonly withItems?: any;
    readonly withParam?: string;
    readonly withSequence?: CronWorkflowSpecWorkflowSpecTemplateDefaultsStepsWithSequence;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsSuspend {
    readonly duration?: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsSynchronization {
    readonly mutexes?: CronWorkflowSpecWorkflowSpecTemplateDefaultsSynchronizationMutexes[];
    readonly semaphores?: CronWorkflowSpecWorkflowSpecTemplateDefaultsSynchronizationSemaphores[];
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsTolerations {
    readonly effect?: string;
    readonly key?: string;
    readonly operator?: string;
    readonly tolerationSeconds?: number;
    readonly value?: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsVolumes {
    readonly awsElasticBlockStore?: CronWorkflowSpecWorkflowSpecTemplateDefaultsVolumesAwsElasticBlockStore;
    readonly azureDisk?: CronWorkflowSpecWorkflowSpecTemplateDefaultsVolumesAzureDisk;
    readonly azureFile?: CronWorkflowSpecWorkflowSpecTemplateDefaultsVolumesAzureFile;
    readonly cephfs?: CronWorkflowSpecWorkflowSpecTemplateDefaultsVolumesCephfs;
    readonly cinder?: CronWorkflowSpecWorkflowSpecTemplateDefaultsVolumesCinder;
    readonly configMap?: CronWorkflowSpecWorkflowSpecTemplateDefaultsVolumesConfigMap;
    readonly csi?: CronWorkflowSpecWorkflowSpecTemplateDefaultsVolumesCsi;
    readonly downwardApi?: CronWorkflowSpecWorkflowSpecTemplateDefaultsVolumesDownwardApi;
    readonly emptyDir?: CronWorkflowSpecWorkflowSpecTemplateDefaultsVolumesEmptyDir;
    readonly ephemeral?: CronWorkflowSpecWorkflowSpecTemplateDefaultsVolumesEphemeral;
    readonly fc?: CronWorkflowSpecWorkflowSpecTemplateDefaultsVolumesFc;
    readonly flexVolume?: CronWorkflowSpecWorkflowSpecTemplateDefaultsVolumesFlexVolume;
    readonly flocker?: CronWorkflowSpecWorkflowSpecTemplateDefaultsVolumesFlocker;
    readonly gcePersistentDisk?: CronWorkflowSpecWorkflowSpecTemplateDefaultsVolumesGcePersistentDisk;
    readonly gitRepo?: CronWorkflowSpecWorkflowSpecTemplateDefaultsVolumesGitRepo;
    readonly glusterfs?: CronWorkflowSpecWorkflowSpecTemplateDefaultsVolumesGlusterfs;
    readonly hostPath?: CronWorkflowSpecWorkflowSpecTemplateDefaultsVolumesHostPath;
    readonly image?: CronWorkflowSpecWorkflowSpecTemplateDefaultsVolumesImage;
    readonly iscsi?: CronWorkflowSpecWorkflowSpecTemplateDefaultsVolumesIscsi;
    readonly name: string;
    readonly nfs?: CronWorkflowSpecWorkflowSpecTemplateDefaultsVolumesNfs;
    readonly persistentVolumeClaim?: CronWorkflowSpecWorkflowSpecTemplateDefaultsVolumesPersistentVolumeClaim;
    readonly photonPersistentDisk?: CronWorkflowSpecWorkflowSpecTemplateDefaultsVolumesPhotonPersistentDisk;
    readonly portworxVolume?: CronWorkflowSpecWorkflowSpecTemplateDefaultsVolumesPortworxVolume;
    readonly projected?: CronWorkflowSpecWorkflowSpecTemplateDefaultsVolumesProjected;
    readonly quobyte?: CronWorkflowSpecWorkflowSpecTemplateDefaultsVolumesQuobyte;
    readonly rbd?: CronWorkflowSpecWorkflowSpecTemplateDefaultsVolumesRbd;
    readonly scaleIo?: CronWorkflowSpecWorkflowSpecTemplateDefaultsVolumesScaleIo;
    readonly secret?: CronWorkflowSpecWorkflowSpecTemplateDefaultsVolumesSecret;
    readonly storageos?: CronWorkflowSpecWorkflowSpecTemplateDefaultsVolumesStorageos;
    readonly vsphereVolume?: CronWorkflowSpecWorkflowSpecTemplateDefaultsVolumesVsphereVolume;
}
export declare class CronWorkflowSpecWorkflowSpecTemplatesActiveDeadlineSeconds {
    readonly value: number | string;
    static fromNumber(value: number): CronWorkflowSpecWorkflowSpecTemplatesActiveDeadlineSeconds;
    static fromString(value: string): CronWorkflowSpecWorkflowSpecTemplatesActiveDeadlineSeconds;
    private constructor();
}
export interface CronWorkflowSpecWorkflowSpecTemplatesAffinity {
    readonly nodeAffinity?: CronWorkflowSpecWorkflowSpecTemplatesAffinityNodeAffinity;
    readonly podAffinity?: CronWorkflowSpecWorkflowSpecTemplatesAffinityPodAffinity;
    readonly podAntiAffinity?: CronWorkflowSpecWorkflowSpecTemplatesAffinityPodAntiAffinity;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesArchiveLocation {
    readonly archiveLogs?: boolean;
    readonly artifactory?: CronWorkflowSpecWorkflowSpecTemplatesArchiveLocationArtifactory;
    readonly azure?: CronWorkflowSpecWorkflowSpecTemplatesArchiveLocationAzure;
    readonly gcs?: CronWorkflowSpecWorkflowSpecTemplatesArchiveLocationGcs;
    readonly git?: CronWorkflowSpecWorkflowSpecTemplatesArchiveLocationGit;
    readonly hdfs?: CronWorkflowSpecWorkflowSpecTemplatesArchiveLocationHdfs;
    readonly http?: CronWorkflowSpecWorkflowSpecTemplatesArchiveLocationHttp;
    readonly oss?: CronWorkflowSpecWorkflowSpecTemplatesArchiveLocationOss;
    readonly plugin?: CronWorkflowSpecWorkflowSpecTemplatesArchiveLocationPlugin;
    readonly raw?: CronWorkflowSpecWorkflowSpecTemplatesArchiveLocationRaw;
    readonly s3?: CronWorkflowSpecWorkflowSpecTemplatesArchiveLocationS3;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesContainer {
    readonly args?: string[];
    readonly command?: string[];
    readonly env?: CronWorkflowSpecWorkflowSpecTemplatesContainerEnv[];
    readonly envFrom?: CronWorkflowSpecWorkflowSpecTemplatesContainerEnvFrom[];
    readonly image?: string;
    readonly imagePullPolicy?: string;
    readonly lifecycle?: CronWorkflowSpecWorkflowSpecTemplatesContainerLifecycle;
    readonly livenessProbe?: CronWorkflowSpecWorkflowSpecTemplatesContainerLivenessProbe;
    readonly name?: string;
    readonly ports?: CronWorkflowSpecWorkflowSpecTemplatesContainerPorts[];
    readonly readinessProbe?: CronWorkflowSpecWorkflowSpecTemplatesContainerReadinessProbe;
    readonly resizePolicy?: CronWorkflowSpecWorkflowSpecTemplatesContainerResizePolicy[];
    readonly resources?: CronWorkflowSpecWorkflowSpecTemplatesContainerResources;
    readonly restartPolicy?: string;
    readonly restartPolicyRules?: CronWorkflowSpecWorkflowSpecTemplatesContainerRestartPolicyRules[];
    readonly securityContext?: CronWorkflowSpecWorkflowSpecTemplatesContainerSecurityContext;
    readonly startupProbe?: CronWorkflowSpecWorkflowSpecTemplatesContainerStartupProbe;
    readonly stdin?: boolean;
    readonly stdinOnce?: boolean;
    readonly terminationMessagePath?: string;
    readonly terminationMessagePolicy?: string;
    readonly tty?: boolean;
    readonly volumeDevices?: CronWorkflowSpecWorkflowSpecTemplatesContainerVolumeDevices[];
    readonly volumeMounts?: CronWorkflowSpecWorkflowSpecTemplatesContainerVolumeMounts[];
    readonly workingDir?: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesContainerSet {
    readonly containers: CronWorkflowSpecWorkflowSpecTemplatesContainerSetContainers[];
    readonly retryStrategy?: CronWorkflowSpecWorkflowSpecTemplatesContainerSetRetryStrategy;
    readonly volumeMounts?: CronWorkflowSpecWorkflowSpecTemplatesContainerSetVolumeMounts[];
}
export interface CronWorkflowSpecWorkflowSpecTemplatesDag {
    readonly failFast?: boolean;
    readonly target?: string;
    readonly tasks: CronWorkflowSpecWorkflowSpecTemplatesDagTasks[];
}
export interface CronWorkflowSpecWorkflowSpecTemplatesData {
    readonly source: CronWorkflowSpecWorkflowSpecTemplatesDataSource;
    readonly transformation: CronWorkflowSpecWorkflowSpecTemplatesDataTransformation[];
}
export interface CronWorkflowSpecWorkflowSpecTemplatesExecutor {
    readonly serviceAccountName?: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesHostAliases {
    readonly hostnames?: string[];
    readonly ip: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesHttp {
    readonly body?: string;
    readonly bodyFrom?: CronWorkflowSpecWorkflowSpecTemplatesHttpBodyFrom;
    readonly headers?: CronWorkflowSpecWorkflowSpecTemplatesHttpHeaders[];
    readonly insecureSkipVerify?: boolean;
    readonly method?: string;
    readonly successCondition?: string;
    readonly timeoutSeconds?: number;
    readonly url: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesInitContainers {
    readonly args?: string[];
    readonly command?: string[];
    readonly env?: CronWorkflowSpecWorkflowSpecTemplatesInitContainersEnv[];
    readonly envFrom?: CronWorkflowSpecWorkflowSpecTemplatesInitContainersEnvFrom[];
    readonly image?: string;
    readonly imagePullPolicy?: string;
    readonly lifecycle?: CronWorkflowSpecWorkflowSpecTemplatesInitContainersLifecycle;
    readonly livenessProbe?: CronWorkflowSpecWorkflowSpecTemplatesInitContainersLivenessProbe;
    readonly mirrorVolumeMounts?: boolean;
    readonly name: string;
    readonly ports?: CronWorkflowSpecWorkflowSpecTemplatesInitContainersPorts[];
    readonly readinessProbe?: CronWorkflowSpecWorkflowSpecTemplatesInitContainersReadinessProbe;
    readonly resizePolicy?: CronWorkflowSpecWorkflowSpecTemplatesInitContainersResizePolicy[];
    readonly resources?: CronWorkflowSpecWorkflowSpecTemplatesInitContainersResources;
    readonly restartPolicy?: string;
    readonly restartPolicyRules?: CronWorkflowSpecWorkflowSpecTemplatesInitContainersRestartPolicyRules[];
    readonly securityContext?: CronWorkflowSpecWorkflowSpecTemplatesInitContainersSecurityContext;
    readonly startupProbe?: CronWorkflowSpecWorkflowSpecTemplatesInitContainersStartupProbe;
    readonly stdin?: boolean;
    readonly stdinOnce?: boolean;
    readonly terminationMessagePath?: string;
    readonly terminationMessagePolicy?: string;
    readonly tty?: boolean;
    readonly volumeDevices?: CronWorkflowSpecWorkflowSpecTemplatesInitContainersVolumeDevices[];
    readonly volumeMounts?: CronWorkflowSpecWorkflowSpecTemplatesInitContainersVolumeMounts[];
    readonly workingDir?: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesInputs {
    readonly artifacts?: CronWorkflowSpecWorkflowSpecTemplatesInputsArtifacts[];
    readonly parameters?: CronWorkflowSpecWorkflowSpecTemplatesInputsParameters[];
}
export interface CronWorkflowSpecWorkflowSpecTemplatesMemoize {
    readonly cache: CronWorkflowSpecWorkflowSpecTemplatesMemoizeCache;
    readonly key: string;
    readonly maxAge: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesMetadata {
    readonly annotations?: {
        [key: string]: string;
    };
    readonly labels?: {
        [key: string]: string;
    };
}
export interface CronWorkflowSpecWorkflowSpecTemplatesMetrics {
    readonly prometheus: CronWorkflowSpecWorkflowSpecTemplatesMetricsPrometheus[];
}
export interface CronWorkflowSpecWorkflowSpecTemplatesOutputs {
    readonly artifacts?: CronWorkflowSpecWorkflowSpecTemplatesOutputsArtifacts[];
    readonly exitCode?: string;
    readonly parameters?: CronWorkflowSpecWorkflowSpecTemplatesOutputsParameters[];
    readonly result?: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesPodResources {
    readonly claims?: CronWorkflowSpecWorkflowSpecTemplatesPodResourcesClaims[];
    readonly limits?: {
        [key: string]: CronWorkflowSpecWorkflowSpecTemplatesPodResourcesLimits;
    };
    readonly requests?: {
        [key: string]: CronWorkflowSpecWorkflowSpecTemplatesPodResourcesRequests;
    };
}
export interface CronWorkflowSpecWorkflowSpecTemplatesResource {
    readonly action: CronWorkflowSpecWorkflowSpecTemplatesResourceAction;
    readonly failureCondition?: string;
    readonly flags?: string[];
    readonly manifest?: string;
    readonly manifestFrom?: CronWorkflowSpecWorkflowSpecTemplatesResourceManifestFrom;
    readonly mergeStrategy?: CronWorkflowSpecWorkflowSpecTemplatesResourceMergeStrategy;
    readonly setOwnerReference?: boolean;
    readonly successCondition?: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesResourceClaims {
    readonly name: string;
    readonly resourceClaimName?: string;
    readonly resourceClaimTemplateName?: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesRetryStrategy {
    readonly affinity?: CronWorkflowSpecWorkflowSpecTemplatesRetryStrategyAffinity;
    readonly backoff?: CronWorkflowSpecWorkflowSpecTemplatesRetryStrategyBackoff;
    readonly expression?: string;
    readonly limit?: CronWorkflowSpecWorkflowSpecTemplatesRetryStrategyLimit;
    readonly retryPolicy?: CronWorkflowSpecWorkflowSpecTemplatesRetryStrategyRetryPolicy;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesScript {
    readonly args?: string[];
    readonly command?: string[];
    readonly env?: CronWorkflowSpecWorkflowSpecTemplatesScriptEnv[];
    readonly envFrom?: CronWorkflowSpecWorkflowSpecTemplatesScriptEnvFrom[];
    readonly image?: string;
    readonly imagePullPolicy?: string;
    readonly lifecycle?: CronWorkflowSpecWorkflowSpecTemplatesScriptLifecycle;
    readonly livenessProbe?: CronWorkflowSpecWorkflowSpecTemplatesScriptLivenessProbe;
    readonly name?: string;
    readonly ports?: CronWorkflowSpecWorkflowSpecTemplatesScriptPorts[];
    readonly readinessProbe?: CronWorkflowSpecWorkflowSpecTemplatesScriptReadinessProbe;
    readonly resizePolicy?: CronWorkflowSpecWorkflowSpecTemplatesScriptResizePolicy[];
    readonly resources?: CronWorkflowSpecWorkflowSpecTemplatesScriptResources;
    readonly restartPolicy?: string;
    readonly restartPolicyRules?: CronWorkflowSpecWorkflowSpecTemplatesScriptRestartPolicyRules[];
    readonly securityContext?: CronWorkflowSpecWorkflowSpecTemplatesScriptSecurityContext;
    readonly source?: string;
    readonly startupProbe?: CronWorkflowSpecWorkflowSpecTemplatesScriptStartupProbe;
    readonly stdin?: boolean;
    readonly stdinOnce?: boolean;
    readonly terminationMessagePath?: string;
    readonly terminationMessagePolicy?: string;
    readonly tty?: boolean;
    readonly volumeDevices?: CronWorkflowSpecWorkflowSpecTemplatesScriptVolumeDevices[];
    readonly volumeMounts?: CronWorkflowSpecWorkflowSpecTemplatesScriptVolumeMounts[];
    readonly workingDir?: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesSecurityContext {
    readonly appArmorProfile?: CronWorkflowSpecWorkflowSpecTemplatesSecurityContextAppArmorProfile;
    readonly fsGroup?: number;
    readonly fsGroupChangePolicy?: string;
    readonly runAsGroup?: number;
    readonly runAsNonRoot?: boolean;
    readonly runAsUser?: number;
    readonly seLinuxChangePolicy?: string;
    readonly seLinuxOptions?: CronWorkflowSpecWorkflowSpecTemplatesSecurityContextSeLinuxOptions;
    readonly seccompProfile?: CronWorkflowSpecWorkflowSpecTemplatesSecurityContextSeccompProfile;
    readonly supplementalGroups?: number[];
    readonly supplementalGroupsPolicy?: string;
    readonly sysctls?: CronWorkflowSpecWorkflowSpecTemplatesSecurityContextSysctls[];
    readonly windowsOptions?: CronWorkflowSpecWorkflowSpecTemplatesSecurityContextWindowsOptions;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesSidecars {
    readonly args?: string[];
    readonly command?: string[];
    readonly env?: CronWorkflowSpecWorkflowSpecTemplatesSidecarsEnv[];
    readonly envFrom?: CronWorkflowSpecWorkflowSpecTemplatesSidecarsEnvFrom[];
    readonly image?: string;
    readonly imagePullPolicy?: string;
    readonly lifecycle?: CronWorkflowSpecWorkflowSpecTemplatesSidecarsLifecycle;
    readonly livenessProbe?: CronWorkflowSpecWorkflowSpecTemplatesSidecarsLivenessProbe;
    readonly mirrorVolumeMounts?: boolean;
    readonly name: string;
    readonly ports?: CronWorkflowSpecWorkflowSpecTemplatesSidecarsPorts[];
    readonly readinessProbe?: CronWorkflowSpecWorkflowSpecTemplatesSidecarsReadinessProbe;
    readonly resizePolicy?: CronWorkflowSpecWorkflowSpecTemplatesSidecarsResizePolicy[];
    readonly resources?: CronWorkflowSpecWorkflowSpecTemplatesSidecarsResources;
    readonly restartPolicy?: string;
    readonly restartPolicyRules?: CronWorkflowSpecWorkflowSpecTemplatesSidecarsRestartPolicyRules[];
    readonly securityContext?: CronWorkflowSpecWorkflowSpecTemplatesSidecarsSecurityContext;
    readonly startupProbe?: CronWorkflowSpecWorkflowSpecTemplatesSidecarsStartupProbe;
    readonly stdin?: boolean;
    readonly stdinOnce?: boolean;
    readonly terminationMessagePath?: string;
    readonly terminationMessagePolicy?: string;
    readonly tty?: boolean;
    readonly volumeDevices?: CronWorkflowSpecWorkflowSpecTemplatesSidecarsVolumeDevices[];
    readonly volumeMounts?: CronWorkflowSpecWorkflowSpecTemplatesSidecarsVolumeMounts[];
    readonly workingDir?: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesSteps {
    readonly arguments?: CronWorkflowSpecWorkflowSpecTemplatesStepsArguments;
    readonly continueOn?: CronWorkflowSpecWorkflowSpecTemplatesStepsContinueOn;
    readonly hooks?: {
        [key: string]: CronWorkflowSpecWorkflowSpecTemplatesStepsHooks;
    };
    readonly inline?: any;
    readonly name?: string;
    readonly onExit?: string;
    readonly template?: string;
    readonly templateRef?: CronWorkflowSpecWorkflowSpecTemplatesStepsTemplateRef;
    readonly when?: string;
    readonly withItems?: any;
    readonly withParam?: string;
    readonly withSequence?: CronWorkflowSpecWorkflowSpecTemplatesStepsWithSequence;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesSuspend {
    readonly duration?: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesSynchronization {
    readonly mutexes?: CronWorkflowSpecWorkflowSpecTemplatesSynchronizationMutexes[];
    readonly semaphores?: CronWorkflowSpecWorkflowSpecTemplatesSynchronizationSemaphores[];
}
export interface CronWorkflowSpecWorkflowSpecTemplatesTolerations {
    readonly effect?: string;
    readonly key?: string;
    readonly operator?: string;
    readonly tolerationSeconds?: number;
    readonly value?: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesVolumes {
    readonly awsElasticBlockStore?: CronWorkflowSpecWorkflowSpecTemplatesVolumesAwsElasticBlockStore;
    readonly azureDisk?: CronWorkflowSpecWorkflowSpecTemplatesVolumesAzureDisk;
    readonly azureFile?: CronWorkflowSpecWorkflowSpecTemplatesVolumesAzureFile;
    readonly cephfs?: CronWorkflowSpecWorkflowSpecTemplatesVolumesCephfs;
    readonly cinder?: CronWorkflowSpecWorkflowSpecTemplatesVolumesCinder;
    readonly configMap?: CronWorkflowSpecWorkflowSpecTemplatesVolumesConfigMap;
    readonly csi?: CronWorkflowSpecWorkflowSpecTemplatesVolumesCsi;
    readonly downwardApi?: CronWorkflowSpecWorkflowSpecTemplatesVolumesDownwardApi;
    readonly emptyDir?: CronWorkflowSpecWorkflowSpecTemplatesVolumesEmptyDir;
    readonly ephemeral?: CronWorkflowSpecWorkflowSpecTemplatesVolumesEphemeral;
    readonly fc?: CronWorkflowSpecWorkflowSpecTemplatesVolumesFc;
    readonly flexVolume?: CronWorkflowSpecWorkflowSpecTemplatesVolumesFlexVolume;
    readonly flocker?: CronWorkflowSpecWorkflowSpecTemplatesVolumesFlocker;
    readonly gcePersistentDisk?: CronWorkflowSpecWorkflowSpecTemplatesVolumesGcePersistentDisk;
    readonly gitRepo?: CronWorkflowSpecWorkflowSpecTemplatesVolumesGitRepo;
    readonly glusterfs?: CronWorkflowSpecWorkflowSpecTemplatesVolumesGlusterfs;
    readonly hostPath?: CronWorkflowSpecWorkflowSpecTemplatesVolumesHostPath;
    readonly image?: CronWorkflowSpecWorkflowSpecTemplatesVolumesImage;
    readonly iscsi?: CronWorkflowSpecWorkflowSpecTemplatesVolumesIscsi;
    readonly name: string;
    readonly nfs?: CronWorkflowSpecWorkflowSpecTemplatesVolumesNfs;
    readonly persistentVolumeClaim?: CronWorkflowSpecWorkflowSpecTemplatesVolumesPersistentVolumeClaim;
    readonly photonPersistentDisk?: CronWorkflowSpecWorkflowSpecTemplatesVolumesPhotonPersistentDisk;
    readonly portworxVolume?: CronWorkflowSpecWorkflowSpecTemplatesVolumesPortworxVolume;
    readonly projected?: CronWorkflowSpecWorkflowSpecTemplatesVolumesProjected;
    readonly quobyte?: CronWorkflowSpecWorkflowSpecTemplatesVolumesQuobyte;
    readonly rbd?: CronWorkflowSpecWorkflowSpecTemplatesVolumesRbd;
    readonly scaleIo?: CronWorkflowSpecWorkflowSpecTemplatesVolumesScaleIo;
    readonly secret?: CronWorkflowSpecWorkflowSpecTemplatesVolumesSecret;
    readonly storageos?: CronWorkflowSpecWorkflowSpecTemplatesVolumesStorageos;
    readonly vsphereVolume?: CronWorkflowSpecWorkflowSpecTemplatesVolumesVsphereVolume;
}
export interface CronWorkflowSpecWorkflowSpecVolumeClaimTemplatesMetadata {
    readonly annotations?: {
        [key: string]: string;
    };
    readonly finalizers?: string[];
    readonly generateName?: string;
    readonly labels?: {
        [key: string]: string;
    };
    readonly name?: string;
    readonly namespace?: string;
}
export interface CronWorkflowSpecWorkflowSpecVolumeClaimTemplatesSpec {
    readonly accessModes?: string[];
    readonly dataSource?: CronWorkflowSpecWorkflowSpecVolumeClaimTemplatesSpecDataSource;
    readonly dataSourceRef?: CronWorkflowSpecWorkflowSpecVolumeClaimTemplatesSpecDataSourceRef;
    readonly resources?: CronWorkflowSpecWorkflowSpecVolumeClaimTemplatesSpecResources;
    readonly selector?: CronWorkflowSpecWorkflowSpecVolumeClaimTemplatesSpecSelector;
    readonly storageClassName?: string;
    readonly volumeAttributesClassName?: string;
    readonly volumeMode?: string;
    readonly volumeName?: string;
}
export interface CronWorkflowSpecWorkflowSpecVolumeClaimTemplatesStatus {
    readonly accessModes?: string[];
    readonly allocatedResourceStatuses?: {
        [key: string]: string;
    };
    readonly allocatedResources?: {
        [key: string]: CronWorkflowSpecWorkflowSpecVolumeClaimTemplatesStatusAllocatedResources;
    };
    readonly capacity?: {
        [key: string]: CronWorkflowSpecWorkflowSpecVolumeClaimTemplatesStatusCapacity;
    };
    readonly conditions?: CronWorkflowSpecWorkflowSpecVolumeClaimTemplatesStatusConditions[];
    readonly currentVolumeAttributesClassName?: string;
    readonly modifyVolumeStatus?: CronWorkflowSpecWorkflowSpecVolumeClaimTemplatesStatusModifyVolumeStatus;
    readonly phase?: string;
}
export interface CronWorkflowSpecWorkflowSpecVolumesAwsElasticBlockStore {
    readonly fsType?: string;
    readonly partition?: number;
    readonly readOnly?: boolean;
    readonly volumeId: string;
}
export interface CronWorkflowSpecWorkflowSpecVolumesAzureDisk {
    readonly cachingMode?: string;
    readonly diskName: string;
    readonly diskUri: string;
    readonly fsType?: string;
    readonly kind?: string;
    readonly readOnly?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecVolumesAzureFile {
    readonly readOnly?: boolean;
    readonly secretName: string;
    readonly shareName: string;
}
export interface CronWorkflowSpecWorkflowSpecVolumesCephfs {
    readonly monitors: string[];
    readonly path?: string;
    readonly readOnly?: boolean;
    readonly secretFile?: string;
    readonly secretRef?: CronWorkflowSpecWorkflowSpecVolumesCephfsSecretRef;
    readonly user?: string;
}
export interface CronWorkflowSpecWorkflowSpecVolumesCinder {
    readonly fsType?: string;
    readonly readOnly?: boolean;
    readonly secretRef?: CronWorkflowSpecWorkflowSpecVolumesCinderSecretRef;
    readonly volumeId: string;
}
export interface CronWorkflowSpecWorkflowSpecVolumesConfigMap {
    readonly defaultMode?: number;
    readonly items?: CronWorkflowSpecWorkflowSpecVolumesConfigMapItems[];
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecVolumesCsi {
    readonly driver: string;
    readonly fsType?: string;
    readonly nodePublishSecretRef?: CronWorkflowSpecWorkflowSpecVolumesCsiNodePublishSecretRef;
    readonly readOnly?: boolean;
    readonly volumeAttributes?: {
        [key: string]: string;
    };
}
export interface CronWorkflowSpecWorkflowSpecVolumesDownwardApi {
    readonly defaultMode?: number;
    readonly items?: CronWorkflowSpecWorkflowSpecVolumesDownwardApiItems[];
}
export interface CronWorkflowSpecWorkflowSpecVolumesEmptyDir {
    readonly medium?: string;
    readonly sizeLimit?: CronWorkflowSpecWorkflowSpecVolumesEmptyDirSizeLimit;
}
export interface CronWorkflowSpecWorkflowSpecVolumesEphemeral {
    readonly volumeClaimTemplate?: CronWorkflowSpecWorkflowSpecVolumesEphemeralVolumeClaimTemplate;
}
export interface CronWorkflowSpecWorkflowSpecVolumesFc {
    readonly fsType?: string;
    readonly lun?: number;
    readonly readOnly?: boolean;
    readonly targetWwNs?: string[];
    readonly wwids?: string[];
}
export interface CronWorkflowSpecWorkflowSpecVolumesFlexVolume {
    readonly driver: string;
    readonly fsType?: string;
    readonly options?: {
        [key: string]: string;
    };
    readonly readOnly?: boolean;
    readonly secretRef?: CronWorkflowSpecWorkflowSpecVolumesFlexVolumeSecretRef;
}
export interface CronWorkflowSpecWorkflowSpecVolumesFlocker {
    readonly datasetName?: string;
    readonly datasetUuid?: string;
}
export interface CronWorkflowSpecWorkflowSpecVolumesGcePersistentDisk {
    readonly fsType?: string;
    readonly partition?: number;
    readonly pdName: string;
    readonly readOnly?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecVolumesGitRepo {
    readonly directory?: string;
    readonly repository: string;
    readonly revision?: string;
}
export interface CronWorkflowSpecWorkflowSpecVolumesGlusterfs {
    readonly endpoints: string;
    readonly path: string;
    readonly readOnly?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecVolumesHostPath {
    readonly path: string;
    readonly type?: string;
}
export interface CronWorkflowSpecWorkflowSpecVolumesImage {
    readonly pullPolicy?: string;
    readonly reference?: string;
}
export interface CronWorkflowSpecWorkflowSpecVolumesIscsi {
    readonly chapAuthDiscovery?: boolean;
    readonly chapAuthSession?: boolean;
    readonly fsType?: string;
    readonly initiatorName?: string;
    readonly iqn: string;
    readonly iscsiInterface?: string;
    readonly lun: number;
    readonly portals?: string[];
    readonly readOnly?: boolean;
    readonly secretRef?: CronWorkflowSpecWorkflowSpecVolumesIscsiSecretRef;
    readonly targetPortal: string;
}
export interface CronWorkflowSpecWorkflowSpecVolumesNfs {
    readonly path: string;
    readonly readOnly?: boolean;
    readonly server: string;
}
export interface CronWorkflowSpecWorkflowSpecVolumesPersistentVolumeClaim {
    readonly claimName: string;
    readonly readOnly?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecVolumesPhotonPersistentDisk {
    readonly fsType?: string;
    readonly pdId: string;
}
export interface CronWorkflowSpecWorkflowSpecVolumesPortworxVolume {
    readonly fsType?: string;
    readonly readOnly?: boolean;
    readonly volumeId: string;
}
export interface CronWorkflowSpecWorkflowSpecVolumesProjected {
    readonly defaultMode?: number;
    readonly sources?: CronWorkflowSpecWorkflowSpecVolumesProjectedSources[];
}
export interface CronWorkflowSpecWorkflowSpecVolumesQuobyte {
    readonly group?: string;
    readonly readOnly?: boolean;
    readonly registry: string;
    readonly tenant?: string;
    readonly user?: string;
    readonly volume: string;
}
export interface CronWorkflowSpecWorkflowSpecVolumesRbd {
    readonly fsType?: string;
    readonly image: string;
    readonly keyring?: string;
    readonly monitors: string[];
    readonly pool?: string;
    readonly readOnly?: boolean;
    readonly secretRef?: CronWorkflowSpecWorkflowSpecVolumesRbdSecretRef;
    readonly user?: string;
}
export interface CronWorkflowSpecWorkflowSpecVolumesScaleIo {
    readonly fsType?: string;
    readonly gateway: string;
    readonly protectionDomain?: string;
    readonly readOnly?: boolean;
    readonly secretRef: CronWorkflowSpecWorkflowSpecVolumesScaleIoSecretRef;
    readonly sslEnabled?: boolean;
    readonly storageMode?: string;
    readonly storagePool?: string;
    readonly system: string;
    readonly volumeName?: string;
}
export interface CronWorkflowSpecWorkflowSpecVolumesSecret {
    readonly defaultMode?: number;
    readonly items?: CronWorkflowSpecWorkflowSpecVolumesSecretItems[];
    readonly optional?: boolean;
    readonly secretName?: string;
}
export interface CronWorkflowSpecWorkflowSpecVolumesStorageos {
    readonly fsType?: string;
    readonly readOnly?: boolean;
    readonly secretRef?: CronWorkflowSpecWorkflowSpecVolumesStorageosSecretRef;
    readonly volumeName?: string;
    readonly volumeNamespace?: string;
}
export interface CronWorkflowSpecWorkflowSpecVolumesVsphereVolume {
    readonly fsType?: string;
    readonly storagePolicyId?: string;
    readonly storagePolicyName?: string;
    readonly volumePath: string;
}
export interface CronWorkflowSpecWorkflowSpecWorkflowMetadataLabelsFrom {
    readonly expression: string;
}
export interface CronWorkflowSpecWorkflowSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution {
    readonly preference: CronWorkflowSpecWorkflowSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference;
    readonly weight: number;
}
export interface CronWorkflowSpecWorkflowSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution {
    readonly nodeSelectorTerms: CronWorkflowSpecWorkflowSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms[];
}
export interface CronWorkflowSpecWorkflowSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution {
    readonly podAffinityTerm: CronWorkflowSpecWorkflowSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm;
    readonly weight: number;
}
export interface CronWorkflowSpecWorkflowSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution {
    readonly labelSelector?: CronWorkflowSpecWorkflowSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector;
    readonly matchLabelKeys?: string[];
    readonly mismatchLabelKeys?: string[];
    readonly namespaceSelector?: CronWorkflowSpecWorkflowSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector;
    readonly namespaces?: string[];
    readonly topologyKey: string;
}
export interface CronWorkflowSpecWorkflowSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution {
    readonly podAffinityTerm: CronWorkflowSpecWorkflowSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm;
    readonly weight: number;
}
export interface CronWorkflowSpecWorkflowSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution {
    readonly labelSelector?: CronWorkflowSpecWorkflowSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector;
    readonly matchLabelKeys?: string[];
    readonly mismatchLabelKeys?: string[];
    readonly namespaceSelector?: CronWorkflowSpecWorkflowSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector;
    readonly namespaces?: string[];
    readonly topologyKey: string;
}
export interface CronWorkflowSpecWorkflowSpecArgumentsArtifactsArchive {
    readonly none?: any;
    readonly tar?: CronWorkflowSpecWorkflowSpecArgumentsArtifactsArchiveTar;
    readonly zip?: any;
}
export interface CronWorkflowSpecWorkflowSpecArgumentsArtifactsArtifactGc {
    readonly podMetadata?: CronWorkflowSpecWorkflowSpecArgumentsArtifactsArtifactGcPodMetadata;
    readonly serviceAccountName?: string;
    readonly strategy?: CronWorkflowSpecWorkflowSpecArgumentsArtifactsArtifactGcStrategy;
}
export interface CronWorkflowSpecWorkflowSpecArgumentsArtifactsArtifactory {
    readonly passwordSecret?: CronWorkflowSpecWorkflowSpecArgumentsArtifactsArtifactoryPasswordSecret;
    readonly url: string;
    readonly usernameSecret?: CronWorkflowSpecWorkflowSpecArgumentsArtifactsArtifactoryUsernameSecret;
}
export interface CronWorkflowSpecWorkflowSpecArgumentsArtifactsAzure {
    readonly accountKeySecret?: CronWorkflowSpecWorkflowSpecArgumentsArtifactsAzureAccountKeySecret;
    readonly blob: string;
    readonly container: string;
    readonly endpoint: string;
    readonly useSdkCreds?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecArgumentsArtifactsGcs {
    readonly bucket?: string;
    readonly key: string;
    readonly serviceAccountKeySecret?: CronWorkflowSpecWorkflowSpecArgumentsArtifactsGcsServiceAccountKeySecret;
}
export interface CronWorkflowSpecWorkflowSpecArgumentsArtifactsGit {
    readonly branch?: string;
    readonly depth?: number;
    readonly disableSubmodules?: boolean;
    readonly fetch?: string[];
    readonly insecureIgnoreHostKey?: boolean;
    readonly insecureSkipTls?: boolean;
    readonly passwordSecret?: CronWorkflowSpecWorkflowSpecArgumentsArtifactsGitPasswordSecret;
    readonly repo: string;
    readonly revision?: string;
    readonly singleBranch?: boolean;
    readonly sshPrivateKeySecret?: CronWorkflowSpecWorkflowSpecArgumentsArtifactsGitSshPrivateKeySecret;
    readonly usernameSecret?: CronWorkflowSpecWorkflowSpecArgumentsArtifactsGitUsernameSecret;
}
export interface CronWorkflowSpecWorkflowSpecArgumentsArtifactsHdfs {
    readonly addresses?: string[];
    readonly dataTransferProtection?: string;
    readonly force?: boolean;
    readonly hdfsUser?: string;
    readonly krbCCacheSecret?: CronWorkflowSpecWorkflowSpecArgumentsArtifactsHdfsKrbCCacheSecret;
    readonly krbConfigConfigMap?: CronWorkflowSpecWorkflowSpecArgumentsArtifactsHdfsKrbConfigConfigMap;
    readonly krbKeytabSecret?: CronWorkflowSpecWorkflowSpecArgumentsArtifactsHdfsKrbKeytabSecret;
    readonly krbRealm?: string;
    readonly krbServicePrincipalName?: string;
    readonly krbUsername?: string;
    readonly path: string;
}
export interface CronWorkflowSpecWorkflowSpecArgumentsArtifactsHttp {
    readonly auth?: CronWorkflowSpecWorkflowSpecArgumentsArtifactsHttpAuth;
    readonly headers?: CronWorkflowSpecWorkflowSpecArgumentsArtifactsHttpHeaders[];
    readonly saveStreamViaFile?: boolean;
    readonly url: string;
}
export interface CronWorkflowSpecWorkflowSpecArgumentsArtifactsOss {
    readonly accessKeySecret?: CronWorkflowSpecWorkflowSpecArgumentsArtifactsOssAccessKeySecret;
    readonly bucket?: string;
    readonly createBucketIfNotPresent?: boolean;
    readonly endpoint?: string;
    readonly key: string;
    readonly lifecycleRule?: CronWorkflowSpecWorkflowSpecArgumentsArtifactsOssLifecycleRule;
    readonly secretKeySecret?: CronWorkflowSpecWorkflowSpecArgumentsArtifactsOssSecretKeySecret;
    readonly securityToken?: string;
    readonly useSdkCreds?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecArgumentsArtifactsPlugin {
    readonly configuration?: string;
    readonly connectionTimeoutSeconds?: number;
    readonly key: string;
    readonly name?: string;
}
export interface CronWorkflowSpecWorkflowSpecArgumentsArtifactsRaw {
    readonly data: string;
}
export interface CronWorkflowSpecWorkflowSpecArgumentsArtifactsS3 {
    readonly accessKeySecret?: CronWorkflowSpecWorkflowSpecArgumentsArtifactsS3AccessKeySecret;
    readonly addressingStyle?: CronWorkflowSpecWorkflowSpecArgumentsArtifactsS3AddressingStyle;
    readonly bucket?: string;
    readonly caSecret?: CronWorkflowSpecWorkflowSpecArgumentsArtifactsS3CaSecret;
    readonly createBucketIfNotPresent?: CronWorkflowSpecWorkflowSpecArgumentsArtifactsS3CreateBucketIfNotPresent;
    readonly encryptionOptions?: CronWorkflowSpecWorkflowSpecArgumentsArtifactsS3EncryptionOptions;
    readonly endpoint?: string;
    readonly insecure?: boolean;
    readonly key?: string;
    readonly region?: string;
    readonly roleArn?: string;
    readonly secretKeySecret?: CronWorkflowSpecWorkflowSpecArgumentsArtifactsS3SecretKeySecret;
    readonly sessionTokenSecret?: CronWorkflowSpecWorkflowSpecArgumentsArtifactsS3SessionTokenSecret;
    readonly useSdkCreds?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecArgumentsParametersValueFrom {
    readonly configMapKeyRef?: CronWorkflowSpecWorkflowSpecArgumentsParametersValueFromConfigMapKeyRef;
    readonly default?: string;
    readonly event?: string;
    readonly expression?: string;
    readonly jqFilter?: string;
    readonly jsonPath?: string;
    readonly parameter?: string;
    readonly path?: string;
    readonly supplied?: any;
}
export interface CronWorkflowSpecWorkflowSpecExecutorPluginsSpecSidecar {
    readonly automountServiceAccountToken?: boolean;
    readonly container: CronWorkflowSpecWorkflowSpecExecutorPluginsSpecSidecarContainer;
}
export interface CronWorkflowSpecWorkflowSpecHooksArgumentsArtifacts {
    readonly archive?: CronWorkflowSpecWorkflowSpecHooksArgumentsArtifactsArchive;
    readonly archiveLogs?: boolean;
    readonly artifactGc?: CronWorkflowSpecWorkflowSpecHooksArgumentsArtifactsArtifactGc;
    readonly artifactory?: CronWorkflowSpecWorkflowSpecHooksArgumentsArtifactsArtifactory;
    readonly azure?: CronWorkflowSpecWorkflowSpecHooksArgumentsArtifactsAzure;
    readonly deleted?: boolean;
    readonly from?: string;
    readonly fromExpression?: string;
    readonly gcs?: CronWorkflowSpecWorkflowSpecHooksArgumentsArtifactsGcs;
    readonly git?: CronWorkflowSpecWorkflowSpecHooksArgumentsArtifactsGit;
    readonly globalName?: string;
    readonly hdfs?: CronWorkflowSpecWorkflowSpecHooksArgumentsArtifactsHdfs;
    readonly http?: CronWorkflowSpecWorkflowSpecHooksArgumentsArtifactsHttp;
    readonly mode?: number;
    readonly name: string;
    readonly optional?: boolean;
    readonly oss?: CronWorkflowSpecWorkflowSpecHooksArgumentsArtifactsOss;
    readonly path?: string;
    readonly plugin?: CronWorkflowSpecWorkflowSpecHooksArgumentsArtifactsPlugin;
    readonly raw?: CronWorkflowSpecWorkflowSpecHooksArgumentsArtifactsRaw;
    readonly recurseMode?: boolean;
    readonly s3?: CronWorkflowSpecWorkflowSpecHooksArgumentsArtifactsS3;
    readonly subPath?: string;
}
export interface CronWorkflowSpecWorkflowSpecHooksArgumentsParameters {
    readonly default?: string;
    readonly description?: string;
    readonly enum?: string[];
    readonly globalName?: string;
    readonly name: string;
    readonly value?: string;
    readonly valueFrom?: CronWorkflowSpecWorkflowSpecHooksArgumentsParametersValueFrom;
}
export interface CronWorkflowSpecWorkflowSpecMetricsPrometheusCounter {
    readonly value: string;
}
export interface CronWorkflowSpecWorkflowSpecMetricsPrometheusGauge {
    readonly operation?: CronWorkflowSpecWorkflowSpecMetricsPrometheusGaugeOperation;
    readonly realtime: boolean;
    readonly value: string;
}
export interface CronWorkflowSpecWorkflowSpecMetricsPrometheusHistogram {
    readonly buckets: number[];
    readonly value: string;
}
export interface CronWorkflowSpecWorkflowSpecMetricsPrometheusLabels {
    readonly key: string;
    readonly value: string;
}
export interface CronWorkflowSpecWorkflowSpecPodDisruptionBudgetSelectorMatchExpressions {
    readonly key: string;
    readonly operator: string;
    readonly values?: string[];
}
export interface CronWorkflowSpecWorkflowSpecPodGcLabelSelectorMatchExpressions {
    readonly key: string;
    readonly operator: string;
    readonly values?: string[];
}
export declare class CronWorkflowSpecWorkflowSpecRetryStrategyBackoffFactor {
    readonly value: number | string;
    static fromNumber(value: number): CronWorkflowSpecWorkflowSpecRetryStrategyBackoffFactor;
    static fromString(value: string): CronWorkflowSpecWorkflowSpecRetryStrategyBackoffFactor;
    private constructor();
}
export interface CronWorkflowSpecWorkflowSpecSynchronizationSemaphoresConfigMapKeyRef {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecSynchronizationSemaphoresDatabase {
    readonly key: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsAffinityNodeAffinity {
    readonly preferredDuringSchedulingIgnoredDuringExecution?: CronWorkflowSpecWorkflowSpecTemplateDefaultsAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution[];
    readonly requiredDuringSchedulingIgnoredDuringExecution?: CronWorkflowSpecWorkflowSpecTemplateDefaultsAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsAffinityPodAffinity {
    readonly preferredDuringSchedulingIgnoredDuringExecution?: CronWorkflowSpecWorkflowSpecTemplateDefaultsAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution[];
    readonly requiredDuringSchedulingIgnoredDuringExecution?: CronWorkflowSpecWorkflowSpecTemplateDefaultsAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution[];
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsAffinityPodAntiAffinity {
    readonly preferredDuringSchedulingIgnoredDuringExecution?: CronWorkflowSpecWorkflowSpecTemplateDefaultsAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution[];
    readonly requiredDuringSchedulingIgnoredDuringExecution?: CronWorkflowSpecWorkflowSpecTemplateDefaultsAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution[];
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsArchiveLocationArtifactory {
    readonly passwordSecret?: CronWorkflowSpecWorkflowSpecTemplateDefaultsArchiveLocationArtifactoryPasswordSecret;
    readonly url: string;
    readonly usernameSecret?: CronWorkflowSpecWorkflowSpecTemplateDefaultsArchiveLocationArtifactoryUsernameSecret;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsArchiveLocationAzure {
    readonly accountKeySecret?: CronWorkflowSpecWorkflowSpecTemplateDefaultsArchiveLocationAzureAccountKeySecret;
    readonly blob: string;
    readonly container: string;
    readonly endpoint: string;
    readonly useSdkCreds?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsArchiveLocationGcs {
    readonly bucket?: string;
    readonly key: string;
    readonly serviceAccountKeySecret?: CronWorkflowSpecWorkflowSpecTemplateDefaultsArchiveLocationGcsServiceAccountKeySecret;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsArchiveLocationGit {
    readonly branch?: string;
    readonly depth?: number;
    readonly disableSubmodules?: boolean;
    readonly fetch?: string[];
    readonly insecureIgnoreHostKey?: boolean;
    readonly insecureSkipTls?: boolean;
    readonly passwordSecret?: CronWorkflowSpecWorkflowSpecTemplateDefaultsArchiveLocationGitPasswordSecret;
    readonly repo: string;
    readonly revision?: string;
    readonly singleBranch?: boolean;
    readonly sshPrivateKeySecret?: CronWorkflowSpecWorkflowSpecTemplateDefaultsArchiveLocationGitSshPrivateKeySecret;
    readonly usernameSecret?: CronWorkflowSpecWorkflowSpecTemplateDefaultsArchiveLocationGitUsernameSecret;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsArchiveLocationHdfs {
    readonly addresses?: string[];
    readonly dataTransferProtection?: string;
    readonly force?: boolean;
    readonly hdfsUser?: string;
    readonly krbCCacheSecret?: CronWorkflowSpecWorkflowSpecTemplateDefaultsArchiveLocationHdfsKrbCCacheSecret;
    readonly krbConfigConfigMap?: CronWorkflowSpecWorkflowSpecTemplateDefaultsArchiveLocationHdfsKrbConfigConfigMap;
    readonly krbKeytabSecret?: CronWorkflowSpecWorkflowSpecTemplateDefaultsArchiveLocationHdfsKrbKeytabSecret;
    readonly krbRealm?: string;
    readonly krbServicePrincipalName?: string;
    readonly krbUsername?: string;
    readonly path: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsArchiveLocationHttp {
    readonly auth?: CronWorkflowSpecWorkflowSpecTemplateDefaultsArchiveLocationHttpAuth;
    readonly headers?: CronWorkflowSpecWorkflowSpecTemplateDefaultsArchiveLocationHttpHeaders[];
    readonly saveStreamViaFile?: boolean;
    readonly url: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsArchiveLocationOss {
    readonly accessKeySecret?: CronWorkflowSpecWorkflowSpecTemplateDefaultsArchiveLocationOssAccessKeySecret;
    readonly bucket?: string;
    readonly createBucketIfNotPresent?: boolean;
    readonly endpoint?: string;
    readonly key: string;
    readonly lifecycleRule?: CronWorkflowSpecWorkflowSpecTemplateDefaultsArchiveLocationOssLifecycleRule;
    readonly secretKeySecret?: CronWorkflowSpecWorkflowSpecTemplateDefaultsArchiveLocationOssSecretKeySecret;
    readonly securityToken?: string;
    readonly useSdkCreds?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsArchiveLocationPlugin {
    readonly configuration?: string;
    readonly connectionTimeoutSeconds?: number;
    readonly key: string;
    readonly name?: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsArchiveLocationRaw {
    readonly data: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsArchiveLocationS3 {
    readonly accessKeySecret?: CronWorkflowSpecWorkflowSpecTemplateDefaultsArchiveLocationS3AccessKeySecret;
    readonly addressingStyle?: CronWorkflowSpecWorkflowSpecTemplateDefaultsArchiveLocationS3AddressingStyle;
    readonly bucket?: string;
    readonly caSecret?: CronWorkflowSpecWorkflowSpecTemplateDefaultsArchiveLocationS3CaSecret;
    readonly createBucketIfNotPresent?: CronWorkflowSpecWorkflowSpecTemplateDefaultsArchiveLocationS3CreateBucketIfNotPresent;
    readonly encryptionOptions?: CronWorkflowSpecWorkflowSpecTemplateDefaultsArchiveLocationS3EncryptionOptions;
    readonly endpoint?: string;
    readonly insecure?: boolean;
    readonly key?: string;
    readonly region?: string;
    readonly roleArn?: string;
    readonly secretKeySecret?: CronWorkflowSpecWorkflowSpecTemplateDefaultsArchiveLocationS3SecretKeySecret;
    readonly sessionTokenSecret?: CronWorkflowSpecWorkflowSpecTemplateDefaultsArchiveLocationS3SessionTokenSecret;
    readonly useSdkCreds?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsContainerEnv {
    readonly name: string;
    readonly value?: string;
    readonly valueFrom?: CronWorkflowSpecWorkflowSpecTemplateDefaultsContainerEnvValueFrom;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsContainerEnvFrom {
    readonly configMapRef?: CronWorkflowSpecWorkflowSpecTemplateDefaultsContainerEnvFromConfigMapRef;
    readonly prefix?: string;
    readonly secretRef?: CronWorkflowSpecWorkflowSpecTemplateDefaultsContainerEnvFromSecretRef;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsContainerLifecycle {
    readonly postStart?: CronWorkflowSpecWorkflowSpecTemplateDefaultsContainerLifecyclePostStart;
    readonly preStop?: CronWorkflowSpecWorkflowSpecTemplateDefaultsContainerLifecyclePreStop;
    readonly stopSignal?: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsContainerLivenessProbe {
    readonly exec?: CronWorkflowSpecWorkflowSpecTemplateDefaultsContainerLivenessProbeExec;
    readonly failureThreshold?: number;
    readonly grpc?: CronWorkflowSpecWorkflowSpecTemplateDefaultsContainerLivenessProbeGrpc;
    readonly httpGet?: CronWorkflowSpecWorkflowSpecTemplateDefaultsContainerLivenessProbeHttpGet;
    readonly initialDelaySeconds?: number;
    readonly periodSeconds?: number;
    readonly successThreshold?: number;
    readonly tcpSocket?: CronWorkflowSpecWorkflowSpecTemplateDefaultsContainerLivenessProbeTcpSocket;
    readonly terminationGracePeriodSeconds?: number;
    readonly timeoutSeconds?: number;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsContainerPorts {
    readonly containerPort: number;
    readonly hostIp?: string;
    readonly hostPort?: number;
    readonly name?: string;
    readonly protocol?: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsContainerReadinessProbe {
    readonly exec?: CronWorkflowSpecWorkflowSpecTemplateDefaultsContainerReadinessProbeExec;
    readonly failureThreshold?: number;
    readonly grpc?: CronWorkflowSpecWorkflowSpecTemplateDefaultsContainerReadinessProbeGrpc;
    readonly httpGet?: CronWorkflowSpecWorkflowSpecTemplateDefaultsContainerReadinessProbeHttpGet;
    readonly initialDelaySeconds?: number;
    readonly periodSeconds?: number;
    readonly successThreshold?: number;
    readonly tcpSocket?: CronWorkflowSpecWorkflowSpecTemplateDefaultsContainerReadinessProbeTcpSocket;
    readonly terminationGracePeriodSeconds?: number;
    readonly timeoutSeconds?: number;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsContainerResizePolicy {
    readonly resourceName: string;
    readonly restartPolicy: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsContainerResources {
    readonly claims?: CronWorkflowSpecWorkflowSpecTemplateDefaultsContainerResourcesClaims[];
    readonly limits?: {
        [key: string]: CronWorkflowSpecWorkflowSpecTemplateDefaultsContainerResourcesLimits;
    };
    readonly requests?: {
        [key: string]: CronWorkflowSpecWorkflowSpecTemplateDefaultsContainerResourcesRequests;
    };
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsContainerRestartPolicyRules {
    readonly action: string;
    readonly exitCodes?: CronWorkflowSpecWorkflowSpecTemplateDefaultsContainerRestartPolicyRulesExitCodes;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsContainerSecurityContext {
    readonly allowPrivilegeEscalation?: boolean;
    readonly appArmorProfile?: CronWorkflowSpecWorkflowSpecTemplateDefaultsContainerSecurityContextAppArmorProfile;
    readonly capabilities?: CronWorkflowSpecWorkflowSpecTemplateDefaultsContainerSecurityContextCapabilities;
    readonly privileged?: boolean;
    readonly procMount?: string;
    readonly readOnlyRootFilesystem?: boolean;
    readonly runAsGroup?: number;
    readonly runAsNonRoot?: boolean;
    readonly runAsUser?: number;
    readonly seLinuxOptions?: CronWorkflowSpecWorkflowSpecTemplateDefaultsContainerSecurityContextSeLinuxOptions;
    readonly seccompProfile?: CronWorkflowSpecWorkflowSpecTemplateDefaultsContainerSecurityContextSeccompProfile;
    readonly windowsOptions?: CronWorkflowSpecWorkflowSpecTemplateDefaultsContainerSecurityContextWindowsOptions;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsContainerStartupProbe {
    readonly exec?: CronWorkflowSpecWorkflowSpecTemplateDefaultsContainerStartupProbeExec;
    readonly failureThreshold?: number;
    readonly grpc?: CronWorkflowSpecWorkflowSpecTemplateDefaultsContainerStartupProbeGrpc;
    readonly httpGet?: CronWorkflowSpecWorkflowSpecTemplateDefaultsContainerStartupProbeHttpGet;
    readonly initialDelaySeconds?: number;
    readonly periodSeconds?: number;
    readonly successThreshold?: number;
    readonly tcpSocket?: CronWorkflowSpecWorkflowSpecTemplateDefaultsContainerStartupProbeTcpSocket;
    readonly terminationGracePeriodSeconds?: number;
    readonly timeoutSeconds?: number;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsContainerVolumeDevices {
    readonly devicePath: string;
    readonly name: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsContainerVolumeMounts {
    readonly mountPath: string;
    readonly mountPropagation?: string;
    readonly name: string;
    readonly readOnly?: boolean;
    readonly recursiveReadOnly?: string;
    readonly subPath?: string;
    readonly subPathExpr?: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsContainerSetContainers {
    readonly args?: string[];
    readonly command?: string[];
    readonly dependencies?: string[];
    readonly env?: CronWorkflowSpecWorkflowSpecTemplateDefaultsContainerSetContainersEnv[];
    readonly envFrom?: CronWorkflowSpecWorkflowSpecTemplateDefaultsContainerSetContainersEnvFrom[];
    readonly image?: string;
    readonly imagePullPolicy?: string;
    readonly lifecycle?: CronWorkflowSpecWorkflowSpecTemplateDefaultsContainerSetContainersLifecycle;
    readonly livenessProbe?: CronWorkflowSpecWorkflowSpecTemplateDefaultsContainerSetContainersLivenessProbe;
    readonly name: string;
    readonly ports?: CronWorkflowSpecWorkflowSpecTemplateDefaultsContainerSetContainersPorts[];
    readonly readinessProbe?: CronWorkflowSpecWorkflowSpecTemplateDefaultsContainerSetContainersReadinessProbe;
    readonly resizePolicy?: CronWorkflowSpecWorkflowSpecTemplateDefaultsContainerSetContainersResizePolicy[];
    readonly resources?: CronWorkflowSpecWorkflowSpecTemplateDefaultsContainerSetContainersResources;
    readonly restartPolicy?: string;
    readonly restartPolicyRules?: CronWorkflowSpecWorkflowSpecTemplateDefaultsContainerSetContainersRestartPolicyRules[];
    readonly securityContext?: CronWorkflowSpecWorkflowSpecTemplateDefaultsContainerSetContainersSecurityContext;
    readonly startupProbe?: CronWorkflowSpecWorkflowSpecTemplateDefaultsContainerSetContainersStartupProbe;
    readonly stdin?: boolean;
    readonly stdinOnce?: boolean;
    readonly terminationMessagePath?: string;
    readonly terminationMessagePolicy?: string;
    readonly tty?: boolean;
    readonly volumeDevices?: CronWorkflowSpecWorkflowSpecTemplateDefaultsContainerSetContainersVolumeDevices[];
    readonly volumeMounts?: CronWorkflowSpecWorkflowSpecTemplateDefaultsContainerSetContainersVolumeMounts[];
    readonly workingDir?: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsContainerSetRetryStrategy {
    readonly duration?: string;
    readonly retries: CronWorkflowSpecWorkflowSpecTemplateDefaultsContainerSetRetryStrategyRetries;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsContainerSetVolumeMounts {
    readonly mountPath: string;
    readonly mountPropagation?: string;
    readonly name: string;
    readonly readOnly?: boolean;
    readonly recursiveReadOnly?: string;
    readonly subPath?: string;
    readonly subPathExpr?: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsDagTasks {
    readonly arguments?: CronWorkflowSpecWorkflowSpecTemplateDefaultsDagTasksArguments;
    readonly continueOn?: CronWorkflowSpecWorkflowSpecTemplateDefaultsDagTasksContinueOn;
    readonly dependencies?: string[];
    readonly depends?: string;
    readonly hooks?: {
        [key: string]: CronWorkflowSpecWorkflowSpecTemplateDefaultsDagTasksHooks;
    };
    readonly inline?: any;
    readonly name: string;
    readonly onExit?: string;
    readonly template?: string;
    readonly templateRef?: CronWorkflowSpecWorkflowSpecTemplateDefaultsDagTasksTemplateRef;
    readonly when?: string;
    readonly withItems?: any;
    readonly withParam?: string;
    readonly withSequence?: CronWorkflowSpecWorkflowSpecTemplateDefaultsDagTasksWithSequence;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsDataSource {
    readonly artifactPaths?: CronWorkflowSpecWorkflowSpecTemplateDefaultsDataSourceArtifactPaths;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsDataTransformation {
    readonly expression: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsHttpBodyFrom {
    readonly bytes?: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsHttpHeaders {
    readonly name: string;
    readonly value?: string;
    readonly valueFrom?: CronWorkflowSpecWorkflowSpecTemplateDefaultsHttpHeadersValueFrom;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsInitContainersEnv {
    readonly name: string;
    readonly value?: string;
    readonly valueFrom?: CronWorkflowSpecWorkflowSpecTemplateDefaultsInitContainersEnvValueFrom;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsInitContainersEnvFrom {
    readonly configMapRef?: CronWorkflowSpecWorkflowSpecTemplateDefaultsInitContainersEnvFromConfigMapRef;
    readonly prefix?: string;
    readonly secretRef?: CronWorkflowSpecWorkflowSpecTemplateDefaultsInitContainersEnvFromSecretRef;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsInitContainersLifecycle {
    readonly postStart?: CronWorkflowSpecWorkflowSpecTemplateDefaultsInitContainersLifecyclePostStart;
    readonly preStop?: CronWorkflowSpecWorkflowSpecTemplateDefaultsInitContainersLifecyclePreStop;
    readonly stopSignal?: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsInitContainersLivenessProbe {
    readonly exec?: CronWorkflowSpecWorkflowSpecTemplateDefaultsInitContainersLivenessProbeExec;
    readonly failureThreshold?: number;
    readonly grpc?: CronWorkflowSpecWorkflowSpecTemplateDefaultsInitContainersLivenessProbeGrpc;
    readonly httpGet?: CronWorkflowSpecWorkflowSpecTemplateDefaultsInitContainersLivenessProbeHttpGet;
    readonly initialDelaySeconds?: number;
    readonly periodSeconds?: number;
    readonly successThreshold?: number;
    readonly tcpSocket?: CronWorkflowSpecWorkflowSpecTemplateDefaultsInitContainersLivenessProbeTcpSocket;
    readonly terminationGracePeriodSeconds?: number;
    readonly timeoutSeconds?: number;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsInitContainersPorts {
    readonly containerPort: number;
    readonly hostIp?: string;
    readonly hostPort?: number;
    readonly name?: string;
    readonly protocol?: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsInitContainersReadinessProbe {
    readonly exec?: CronWorkflowSpecWorkflowSpecTemplateDefaultsInitContainersReadinessProbeExec;
    readonly failureThreshold?: number;
    readonly grpc?: CronWorkflowSpecWorkflowSpecTemplateDefaultsInitContainersReadinessProbeGrpc;
    readonly httpGet?: CronWorkflowSpecWorkflowSpecTemplateDefaultsInitContainersReadinessProbeHttpGet;
    readonly initialDelaySeconds?: number;
    readonly periodSeconds?: number;
    readonly successThreshold?: number;
    readonly tcpSocket?: CronWorkflowSpecWorkflowSpecTemplateDefaultsInitContainersReadinessProbeTcpSocket;
    readonly terminationGracePeriodSeconds?: number;
    readonly timeoutSeconds?: number;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsInitContainersResizePolicy {
    readonly resourceName: string;
    readonly restartPolicy: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsInitContainersResources {
    readonly claims?: CronWorkflowSpecWorkflowSpecTemplateDefaultsInitContainersResourcesClaims[];
    readonly limits?: {
        [key: string]: CronWorkflowSpecWorkflowSpecTemplateDefaultsInitContainersResourcesLimits;
    };
    readonly requests?: {
        [key: string]: CronWorkflowSpecWorkflowSpecTemplateDefaultsInitContainersResourcesRequests;
    };
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsInitContainersRestartPolicyRules {
    readonly action: string;
    readonly exitCodes?: CronWorkflowSpecWorkflowSpecTemplateDefaultsInitContainersRestartPolicyRulesExitCodes;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsInitContainersSecurityContext {
    readonly allowPrivilegeEscalation?: boolean;
    readonly appArmorProfile?: CronWorkflowSpecWorkflowSpecTemplateDefaultsInitContainersSecurityContextAppArmorProfile;
    readonly capabilities?: CronWorkflowSpecWorkflowSpecTemplateDefaultsInitContainersSecurityContextCapabilities;
    readonly privileged?: boolean;
    readonly procMount?: string;
    readonly readOnlyRootFilesystem?: boolean;
    readonly runAsGroup?: number;
    readonly runAsNonRoot?: boolean;
    readonly runAsUser?: number;
    readonly seLinuxOptions?: CronWorkflowSpecWorkflowSpecTemplateDefaultsInitContainersSecurityContextSeLinuxOptions;
    readonly seccompProfile?: CronWorkflowSpecWorkflowSpecTemplateDefaultsInitContainersSecurityContextSeccompProfile;
    readonly windowsOptions?: CronWorkflowSpecWorkflowSpecTemplateDefaultsInitContainersSecurityContextWindowsOptions;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsInitContainersStartupProbe {
    readonly exec?: CronWorkflowSpecWorkflowSpecTemplateDefaultsInitContainersStartupProbeExec;
    readonly failureThreshold?: number;
    readonly grpc?: CronWorkflowSpecWorkflowSpecTemplateDefaultsInitContainersStartupProbeGrpc;
    readonly httpGet?: CronWorkflowSpecWorkflowSpecTemplateDefaultsInitContainersStartupProbeHttpGet;
    readonly initialDelaySeconds?: number;
    readonly periodSeconds?: number;
    readonly successThreshold?: number;
    readonly tcpSocket?: CronWorkflowSpecWorkflowSpecTemplateDefaultsInitContainersStartupProbeTcpSocket;
    readonly terminationGracePeriodSeconds?: number;
    readonly timeoutSeconds?: number;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsInitContainersVolumeDevices {
    readonly devicePath: string;
    readonly name: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsInitContainersVolumeMounts {
    readonly mountPath: string;
    readonly mountPropagation?: string;
    readonly name: string;
    readonly readOnly?: boolean;
    readonly recursiveReadOnly?: string;
    readonly subPath?: string;
    readonly subPathExpr?: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsInputsArtifacts {
    readonly archive?: CronWorkflowSpecWorkflowSpecTemplateDefaultsInputsArtifactsArchive;
    readonly archiveLogs?: boolean;
    readonly artifactGc?: CronWorkflowSpecWorkflowSpecTemplateDefaultsInputsArtifactsArtifactGc;
    readonly artifactory?: CronWorkflowSpecWorkflowSpecTemplateDefaultsInputsArtifactsArtifactory;
    readonly azure?: CronWorkflowSpecWorkflowSpecTemplateDefaultsInputsArtifactsAzure;
    readonly deleted?: boolean;
    readonly from?: string;
    readonly fromExpression?: string;
    readonly gcs?: CronWorkflowSpecWorkflowSpecTemplateDefaultsInputsArtifactsGcs;
    readonly git?: CronWorkflowSpecWorkflowSpecTemplateDefaultsInputsArtifactsGit;
    readonly globalName?: string;
    readonly hdfs?: CronWorkflowSpecWorkflowSpecTemplateDefaultsInputsArtifactsHdfs;
    readonly http?: CronWorkflowSpecWorkflowSpecTemplateDefaultsInputsArtifactsHttp;
    readonly mode?: number;
    readonly name: string;
    readonly optional?: boolean;
    readonly oss?: CronWorkflowSpecWorkflowSpecTemplateDefaultsInputsArtifactsOss;
    readonly path?: string;
    readonly plugin?: CronWorkflowSpecWorkflowSpecTemplateDefaultsInputsArtifactsPlugin;
    readonly raw?: CronWorkflowSpecWorkflowSpecTemplateDefaultsInputsArtifactsRaw;
    readonly recurseMode?: boolean;
    readonly s3?: CronWorkflowSpecWorkflowSpecTemplateDefaultsInputsArtifactsS3;
    readonly subPath?: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsInputsParameters {
    readonly default?: string;
    readonly description?: string;
    readonly enum?: string[];
    readonly globalName?: string;
    readonly name: string;
    readonly value?: string;
    readonly valueFrom?: CronWorkflowSpecWorkflowSpecTemplateDefaultsInputsParametersValueFrom;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsMemoizeCache {
    readonly configMap: CronWorkflowSpecWorkflowSpecTemplateDefaultsMemoizeCacheConfigMap;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsMetricsPrometheus {
    readonly counter?: CronWorkflowSpecWorkflowSpecTemplateDefaultsMetricsPrometheusCounter;
    readonly gauge?: CronWorkflowSpecWorkflowSpecTemplateDefaultsMetricsPrometheusGauge;
    readonly help: string;
    readonly histogram?: CronWorkflowSpecWorkflowSpecTemplateDefaultsMetricsPrometheusHistogram;
    readonly labels?: CronWorkflowSpecWorkflowSpecTemplateDefaultsMetricsPrometheusLabels[];
    readonly name: string;
    readonly when?: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsOutputsArtifacts {
    readonly archive?: CronWorkflowSpecWorkflowSpecTemplateDefaultsOutputsArtifactsArchive;
    readonly archiveLogs?: boolean;
    readonly artifactGc?: CronWorkflowSpecWorkflowSpecTemplateDefaultsOutputsArtifactsArtifactGc;
    readonly artifactory?: CronWorkflowSpecWorkflowSpecTemplateDefaultsOutputsArtifactsArtifactory;
    readonly azure?: CronWorkflowSpecWorkflowSpecTemplateDefaultsOutputsArtifactsAzure;
    readonly deleted?: boolean;
    readonly from?: string;
    readonly fromExpression?: string;
    readonly gcs?: CronWorkflowSpecWorkflowSpecTemplateDefaultsOutputsArtifactsGcs;
    readonly git?: CronWorkflowSpecWorkflowSpecTemplateDefaultsOutputsArtifactsGit;
    readonly globalName?: string;
    readonly hdfs?: CronWorkflowSpecWorkflowSpecTemplateDefaultsOutputsArtifactsHdfs;
    readonly http?: CronWorkflowSpecWorkflowSpecTemplateDefaultsOutputsArtifactsHttp;
    readonly mode?: number;
    readonly name: string;
    readonly optional?: boolean;
    readonly oss?: CronWorkflowSpecWorkflowSpecTemplateDefaultsOutputsArtifactsOss;
    readonly path?: string;
    readonly plugin?: CronWorkflowSpecWorkflowSpecTemplateDefaultsOutputsArtifactsPlugin;
    readonly raw?: CronWorkflowSpecWorkflowSpecTemplateDefaultsOutputsArtifactsRaw;
    readonly recurseMode?: boolean;
    readonly s3?: CronWorkflowSpecWorkflowSpecTemplateDefaultsOutputsArtifactsS3;
    readonly subPath?: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsOutputsParameters {
    readonly default?: string;
    readonly description?: string;
    readonly enum?: string[];
    readonly globalName?: string;
    readonly name: string;
    readonly value?: string;
    readonly valueFrom?: CronWorkflowSpecWorkflowSpecTemplateDefaultsOutputsParametersValueFrom;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsPodResourcesClaims {
    readonly name: string;
    readonly request?: string;
}
export declare class CronWorkflowSpecWorkflowSpecTemplateDefaultsPodResourcesLimits {
    readonly value: number | string;
    static fromNumber(value: number): CronWorkflowSpecWorkflowSpecTemplateDefaultsPodResourcesLimits;
    static fromString(value: string): CronWorkflowSpecWorkflowSpecTemplateDefaultsPodResourcesLimits;
    private constructor();
}
export declare class CronWorkflowSpecWorkflowSpecTemplateDefaultsPodResourcesRequests {
    readonly value: number | string;
    static fromNumber(value: number): CronWorkflowSpecWorkflowSpecTemplateDefaultsPodResourcesRequests;
    static fromString(value: string): CronWorkflowSpecWorkflowSpecTemplateDefaultsPodResourcesRequests;
    private constructor();
}
export declare enum CronWorkflowSpecWorkflowSpecTemplateDefaultsResourceAction {
    GET = "get",
    CREATE = "create",
    APPLY = "apply",
    DELETE = "delete",
    REPLACE = "replace",
    PATCH = "patch"
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsResourceManifestFrom {
    readonly artifact: CronWorkflowSpecWorkflowSpecTemplateDefaultsResourceManifestFromArtifact;
}
export declare enum CronWorkflowSpecWorkflowSpecTemplateDefaultsResourceMergeStrategy {
    STRATEGIC = "strategic",
    MERGE = "merge",
    JSON = "json"
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsRetryStrategyAffinity {
    readonly nodeAntiAffinity?: any;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsRetryStrategyBackoff {
    readonly cap?: string;
    readonly duration?: string;
    readonly factor?: CronWorkflowSpecWorkflowSpecTemplateDefaultsRetryStrategyBackoffFactor;
    readonly maxDuration?: string;
}
export declare class CronWorkflowSpecWorkflowSpecTemplateDefaultsRetryStrategyLimit {
    readonly value: number | string;
    static fromNumber(value: number): CronWorkflowSpecWorkflowSpecTemplateDefaultsRetryStrategyLimit;
    static fromString(value: string): CronWorkflowSpecWorkflowSpecTemplateDefaultsRetryStrategyLimit;
    private constructor();
}
export declare enum CronWorkflowSpecWorkflowSpecTemplateDefaultsRetryStrategyRetryPolicy {
    ALWAYS = "Always",
    ON_FAILURE = "OnFailure",
    ON_ERROR = "OnError",
    ON_TRANSIENT_ERROR = "OnTransientError"
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsScriptEnv {
    readonly name: string;
    readonly value?: string;
    readonly valueFrom?: CronWorkflowSpecWorkflowSpecTemplateDefaultsScriptEnvValueFrom;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsScriptEnvFrom {
    readonly configMapRef?: CronWorkflowSpecWorkflowSpecTemplateDefaultsScriptEnvFromConfigMapRef;
    readonly prefix?: string;
    readonly secretRef?: CronWorkflowSpecWorkflowSpecTemplateDefaultsScriptEnvFromSecretRef;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsScriptLifecycle {
    readonly postStart?: CronWorkflowSpecWorkflowSpecTemplateDefaultsScriptLifecyclePostStart;
    readonly preStop?: CronWorkflowSpecWorkflowSpecTemplateDefaultsScriptLifecyclePreStop;
    readonly stopSignal?: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsScriptLivenessProbe {
    readonly exec?: CronWorkflowSpecWorkflowSpecTemplateDefaultsScriptLivenessProbeExec;
    readonly failureThreshold?: number;
    readonly grpc?: CronWorkflowSpecWorkflowSpecTemplateDefaultsScriptLivenessProbeGrpc;
    readonly httpGet?: CronWorkflowSpecWorkflowSpecTemplateDefaultsScriptLivenessProbeHttpGet;
    readonly initialDelaySeconds?: number;
    readonly periodSeconds?: number;
    readonly successThreshold?: number;
    readonly tcpSocket?: CronWorkflowSpecWorkflowSpecTemplateDefaultsScriptLivenessProbeTcpSocket;
    readonly terminationGracePeriodSeconds?: number;
    readonly timeoutSeconds?: number;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsScriptPorts {
    readonly containerPort: number;
    readonly hostIp?: string;
    readonly hostPort?: number;
    readonly name?: string;
    readonly protocol?: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsScriptReadinessProbe {
    readonly exec?: CronWorkflowSpecWorkflowSpecTemplateDefaultsScriptReadinessProbeExec;
    readonly failureThreshold?: number;
    readonly grpc?: CronWorkflowSpecWorkflowSpecTemplateDefaultsScriptReadinessProbeGrpc;
    readonly httpGet?: CronWorkflowSpecWorkflowSpecTemplateDefaultsScriptReadinessProbeHttpGet;
    readonly initialDelaySeconds?: number;
    readonly periodSeconds?: number;
    readonly successThreshold?: number;
    readonly tcpSocket?: CronWorkflowSpecWorkflowSpecTemplateDefaultsScriptReadinessProbeTcpSocket;
    readonly terminationGracePeriodSeconds?: number;
    readonly timeoutSeconds?: number;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsScriptResizePolicy {
    readonly resourceName: string;
    readonly restartPolicy: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsScriptResources {
    readonly claims?: CronWorkflowSpecWorkflowSpecTemplateDefaultsScriptResourcesClaims[];
    readonly limits?: {
        [key: string]: CronWorkflowSpecWorkflowSpecTemplateDefaultsScriptResourcesLimits;
    };
    readonly requests?: {
        [key: string]: CronWorkflowSpecWorkflowSpecTemplateDefaultsScriptResourcesRequests;
    };
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsScriptRestartPolicyRules {
    readonly action: string;
    readonly exitCodes?: CronWorkflowSpecWorkflowSpecTemplateDefaultsScriptRestartPolicyRulesExitCodes;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsScriptSecurityContext {
    readonly allowPrivilegeEscalation?: boolean;
    readonly appArmorProfile?: CronWorkflowSpecWorkflowSpecTemplateDefaultsScriptSecurityContextAppArmorProfile;
    readonly capabilities?: CronWorkflowSpecWorkflowSpecTemplateDefaultsScriptSecurityContextCapabilities;
    readonly privileged?: boolean;
    readonly procMount?: string;
    readonly readOnlyRootFilesystem?: boolean;
    readonly runAsGroup?: number;
    readonly runAsNonRoot?: boolean;
    readonly runAsUser?: number;
    readonly seLinuxOptions?: CronWorkflowSpecWorkflowSpecTemplateDefaultsScriptSecurityContextSeLinuxOptions;
    readonly seccompProfile?: CronWorkflowSpecWorkflowSpecTemplateDefaultsScriptSecurityContextSeccompProfile;
    readonly windowsOptions?: CronWorkflowSpecWorkflowSpecTemplateDefaultsScriptSecurityContextWindowsOptions;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsScriptStartupProbe {
    readonly exec?: CronWorkflowSpecWorkflowSpecTemplateDefaultsScriptStartupProbeExec;
    readonly failureThreshold?: number;
    readonly grpc?: CronWorkflowSpecWorkflowSpecTemplateDefaultsScriptStartupProbeGrpc;
    readonly httpGet?: CronWorkflowSpecWorkflowSpecTemplateDefaultsScriptStartupProbeHttpGet;
    readonly initialDelaySeconds?: number;
    readonly periodSeconds?: number;
    readonly successThreshold?: number;
    readonly tcpSocket?: CronWorkflowSpecWorkflowSpecTemplateDefaultsScriptStartupProbeTcpSocket;
    readonly terminationGracePeriodSeconds?: number;
    readonly timeoutSeconds?: number;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsScriptVolumeDevices {
    readonly devicePath: string;
    readonly name: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsScriptVolumeMounts {
    readonly mountPath: string;
    readonly mountPropagation?: string;
    readonly name: string;
    readonly readOnly?: boolean;
    readonly recursiveReadOnly?: string;
    readonly subPath?: string;
    readonly subPathExpr?: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsSecurityContextAppArmorProfile {
    readonly localhostProfile?: string;
    readonly type: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsSecurityContextSeLinuxOptions {
    readonly level?: string;
    readonly role?: string;
    readonly type?: string;
    readonly user?: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsSecurityContextSeccompProfile {
    readonly localhostProfile?: string;
    readonly type: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsSecurityContextSysctls {
    readonly name: string;
    readonly value: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsSecurityContextWindowsOptions {
    readonly gmsaCredentialSpec?: string;
    readonly gmsaCredentialSpecName?: string;
    readonly hostProcess?: boolean;
    readonly runAsUserName?: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsSidecarsEnv {
    readonly name: string;
    readonly value?: string;
    readonly valueFrom?: CronWorkflowSpecWorkflowSpecTemplateDefaultsSidecarsEnvValueFrom;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsSidecarsEnvFrom {
    readonly configMapRef?: CronWorkflowSpecWorkflowSpecTemplateDefaultsSidecarsEnvFromConfigMapRef;
    readonly prefix?: string;
    readonly secretRef?: CronWorkflowSpecWorkflowSpecTemplateDefaultsSidecarsEnvFromSecretRef;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsSidecarsLifecycle {
    readonly postStart?: CronWorkflowSpecWorkflowSpecTemplateDefaultsSidecarsLifecyclePostStart;
    readonly preStop?: CronWorkflowSpecWorkflowSpecTemplateDefaultsSidecarsLifecyclePreStop;
    readonly stopSignal?: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsSidecarsLivenessProbe {
    readonly exec?: CronWorkflowSpecWorkflowSpecTemplateDefaultsSidecarsLivenessProbeExec;
    readonly failureThreshold?: number;
    readonly grpc?: CronWorkflowSpecWorkflowSpecTemplateDefaultsSidecarsLivenessProbeGrpc;
    readonly httpGet?: CronWorkflowSpecWorkflowSpecTemplateDefaultsSidecarsLivenessProbeHttpGet;
    readonly initialDelaySeconds?: number;
    readonly periodSeconds?: number;
    readonly successThreshold?: number;
    readonly tcpSocket?: CronWorkflowSpecWorkflowSpecTemplateDefaultsSidecarsLivenessProbeTcpSocket;
    readonly terminationGracePeriodSeconds?: number;
    readonly timeoutSeconds?: number;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsSidecarsPorts {
    readonly containerPort: number;
    readonly hostIp?: string;
    readonly hostPort?: number;
    readonly name?: string;
    readonly protocol?: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsSidecarsReadinessProbe {
    readonly exec?: CronWorkflowSpecWorkflowSpecTemplateDefaultsSidecarsReadinessProbeExec;
    readonly failureThreshold?: number;
    readonly grpc?: CronWorkflowSpecWorkflowSpecTemplateDefaultsSidecarsReadinessProbeGrpc;
    readonly httpGet?: CronWorkflowSpecWorkflowSpecTemplateDefaultsSidecarsReadinessProbeHttpGet;
    readonly initialDelaySeconds?: number;
    readonly periodSeconds?: number;
    readonly successThreshold?: number;
    readonly tcpSocket?: CronWorkflowSpecWorkflowSpecTemplateDefaultsSidecarsReadinessProbeTcpSocket;
    readonly terminationGracePeriodSeconds?: number;
    readonly timeoutSeconds?: number;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsSidecarsResizePolicy {
    readonly resourceName: string;
    readonly restartPolicy: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsSidecarsResources {
    readonly claims?: CronWorkflowSpecWorkflowSpecTemplateDefaultsSidecarsResourcesClaims[];
    readonly limits?: {
        [key: string]: CronWorkflowSpecWorkflowSpecTemplateDefaultsSidecarsResourcesLimits;
    };
    readonly requests?: {
        [key: string]: CronWorkflowSpecWorkflowSpecTemplateDefaultsSidecarsResourcesRequests;
    };
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsSidecarsRestartPolicyRules {
    readonly action: string;
    readonly exitCodes?: CronWorkflowSpecWorkflowSpecTemplateDefaultsSidecarsRestartPolicyRulesExitCodes;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsSidecarsSecurityContext {
    readonly allowPrivilegeEscalation?: boolean;
    readonly appArmorProfile?: CronWorkflowSpecWorkflowSpecTemplateDefaultsSidecarsSecurityContextAppArmorProfile;
    readonly capabilities?: CronWorkflowSpecWorkflowSpecTemplateDefaultsSidecarsSecurityContextCapabilities;
    readonly privileged?: boolean;
    readonly procMount?: string;
    readonly readOnlyRootFilesystem?: boolean;
    readonly runAsGroup?: number;
    readonly runAsNonRoot?: boolean;
    readonly runAsUser?: number;
    readonly seLinuxOptions?: CronWorkflowSpecWorkflowSpecTemplateDefaultsSidecarsSecurityContextSeLinuxOptions;
    readonly seccompProfile?: CronWorkflowSpecWorkflowSpecTemplateDefaultsSidecarsSecurityContextSeccompProfile;
    readonly windowsOptions?: CronWorkflowSpecWorkflowSpecTemplateDefaultsSidecarsSecurityContextWindowsOptions;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsSidecarsStartupProbe {
    readonly exec?: CronWorkflowSpecWorkflowSpecTemplateDefaultsSidecarsStartupProbeExec;
    readonly failureThreshold?: number;
    readonly grpc?: CronWorkflowSpecWorkflowSpecTemplateDefaultsSidecarsStartupProbeGrpc;
    readonly httpGet?: CronWorkflowSpecWorkflowSpecTemplateDefaultsSidecarsStartupProbeHttpGet;
    readonly initialDelaySeconds?: number;
    readonly periodSeconds?: number;
    readonly successThreshold?: number;
    readonly tcpSocket?: CronWorkflowSpecWorkflowSpecTemplateDefaultsSidecarsStartupProbeTcpSocket;
    readonly terminationGracePeriodSeconds?: number;
    readonly timeoutSeconds?: number;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsSidecarsVolumeDevices {
    readonly devicePath: string;
    readonly name: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsSidecarsVolumeMounts {
    readonly mountPath: string;
    readonly mountPropagation?: string;
    readonly name: string;
    readonly readOnly?: boolean;
    readonly recursiveReadOnly?: string;
    readonly subPath?: string;
    readonly subPathExpr?: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsStepsArguments {
    readonly artifacts?: CronWorkflowSpecWorkflowSpecTemplateDefaultsStepsArgumentsArtifacts[];
    readonly parameters?: CronWorkflowSpecWorkflowSpecTemplateDefaultsStepsArgumentsParameters[];
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsStepsContinueOn {
    readonly error?: boolean;
    readonly failed?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsStepsHooks {
    readonly arguments?: CronWorkflowSpecWorkflowSpecTemplateDefaultsStepsHooksArguments;
    readonly expression?: string;
    readonly template?: string;
    readonly templateRef?: CronWorkflowSpecWorkflowSpecTemplateDefaultsStepsHooksTemplateRef;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsStepsTemplateRef {
    readonly clusterScope?: boolean;
    readonly name?: string;
    readonly template?: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsStepsWithSequence {
    readonly count?: CronWorkflowSpecWorkflowSpecTemplateDefaultsStepsWithSequenceCount;
    readonly end?: CronWorkflowSpecWorkflowSpecTemplateDefaultsStepsWithSequenceEnd;
    readonly format?: string;
    readonly start?: CronWorkflowSpecWorkflowSpecTemplateDefaultsStepsWithSequenceStart;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsSynchronizationMutexes {
    readonly database?: boolean;
    readonly name?: string;
    readonly namespace?: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsSynchronizationSemaphores {
    readonly configMapKeyRef?: CronWorkflowSpecWorkflowSpecTemplateDefaultsSynchronizationSemaphoresConfigMapKeyRef;
    readonly database?: CronWorkflowSpecWorkflowSpecTemplateDefaultsSynchronizationSemaphoresDatabase;
    readonly namespace?: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsVolumesAwsElasticBlockStore {
    readonly fsType?: string;
    readonly partition?: number;
    readonly readOnly?: boolean;
    readonly volumeId: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsVolumesAzureDisk {
    readonly cachingMode?: string;
    readonly diskName: string;
    readonly diskUri: string;
    readonly fsType?: string;
    readonly kind?: string;
    readonly readOnly?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsVolumesAzureFile {
    readonly readOnly?: boolean;
    readonly secretName: string;
    readonly shareName: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsVolumesCephfs {
    readonly monitors: string[];
    readonly path?: string;
    readonly readOnly?: boolean;
    readonly secretFile?: string;
    readonly secretRef?: CronWorkflowSpecWorkflowSpecTemplateDefaultsVolumesCephfsSecretRef;
    readonly user?: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsVolumesCinder {
    readonly fsType?: string;
    readonly readOnly?: boolean;
    readonly secretRef?: CronWorkflowSpecWorkflowSpecTemplateDefaultsVolumesCinderSecretRef;
    readonly volumeId: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsVolumesConfigMap {
    readonly defaultMode?: number;
    readonly items?: CronWorkflowSpecWorkflowSpecTemplateDefaultsVolumesConfigMapItems[];
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsVolumesCsi {
    readonly driver: string;
    readonly fsType?: string;
    readonly nodePublishSecretRef?: CronWorkflowSpecWorkflowSpecTemplateDefaultsVolumesCsiNodePublishSecretRef;
    readonly readOnly?: boolean;
    readonly volumeAttributes?: {
        [key: string]: string;
    };
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsVolumesDownwardApi {
    readonly defaultMode?: number;
    readonly items?: CronWorkflowSpecWorkflowSpecTemplateDefaultsVolumesDownwardApiItems[];
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsVolumesEmptyDir {
    readonly medium?: string;
    readonly sizeLimit?: CronWorkflowSpecWorkflowSpecTemplateDefaultsVolumesEmptyDirSizeLimit;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsVolumesEphemeral {
    readonly volumeClaimTemplate?: CronWorkflowSpecWorkflowSpecTemplateDefaultsVolumesEphemeralVolumeClaimTemplate;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsVolumesFc {
    readonly fsType?: string;
    readonly lun?: number;
    readonly readOnly?: boolean;
    readonly targetWwNs?: string[];
    readonly wwids?: string[];
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsVolumesFlexVolume {
    readonly driver: string;
    readonly fsType?: string;
    readonly options?: {
        [key: string]: string;
    };
    readonly readOnly?: boolean;
    readonly secretRef?: CronWorkflowSpecWorkflowSpecTemplateDefaultsVolumesFlexVolumeSecretRef;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsVolumesFlocker {
    readonly datasetName?: string;
    readonly datasetUuid?: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsVolumesGcePersistentDisk {
    readonly fsType?: string;
    readonly partition?: number;
    readonly pdName: string;
    readonly readOnly?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsVolumesGitRepo {
    readonly directory?: string;
    readonly repository: string;
    readonly revision?: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsVolumesGlusterfs {
    readonly endpoints: string;
    readonly path: string;
    readonly readOnly?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsVolumesHostPath {
    readonly path: string;
    readonly type?: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsVolumesImage {
    readonly pullPolicy?: string;
    readonly reference?: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsVolumesIscsi {
    readonly chapAuthDiscovery?: boolean;
    readonly chapAuthSession?: boolean;
    readonly fsType?: string;
    readonly initiatorName?: string;
    readonly iqn: string;
    readonly iscsiInterface?: string;
    readonly lun: number;
    readonly portals?: string[];
    readonly readOnly?: boolean;
    readonly secretRef?: CronWorkflowSpecWorkflowSpecTemplateDefaultsVolumesIscsiSecretRef;
    readonly targetPortal: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsVolumesNfs {
    readonly path: string;
    readonly readOnly?: boolean;
    readonly server: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsVolumesPersistentVolumeClaim {
    readonly claimName: string;
    readonly readOnly?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsVolumesPhotonPersistentDisk {
    readonly fsType?: string;
    readonly pdId: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsVolumesPortworxVolume {
    readonly fsType?: string;
    readonly readOnly?: boolean;
    readonly volumeId: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsVolumesProjected {
    readonly defaultMode?: number;
    readonly sources?: CronWorkflowSpecWorkflowSpecTemplateDefaultsVolumesProjectedSources[];
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsVolumesQuobyte {
    readonly group?: string;
    readonly readOnly?: boolean;
    readonly registry: string;
    readonly tenant?: string;
    readonly user?: string;
    readonly volume: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsVolumesRbd {
    readonly fsType?: string;
    readonly image: string;
    readonly keyring?: string;
    readonly monitors: string[];
    readonly pool?: string;
    readonly readOnly?: boolean;
    readonly secretRef?: CronWorkflowSpecWorkflowSpecTemplateDefaultsVolumesRbdSecretRef;
    readonly user?: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsVolumesScaleIo {
    readonly fsType?: string;
    readonly gateway: string;
    readonly protectionDomain?: string;
    readonly readOnly?: boolean;
    readonly secretRef: CronWorkflowSpecWorkflowSpecTemplateDefaultsVolumesScaleIoSecretRef;
    readonly sslEnabled?: boolean;
    readonly storageMode?: string;
    readonly storagePool?: string;
    readonly system: string;
    readonly volumeName?: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsVolumesSecret {
    readonly defaultMode?: number;
    readonly items?: CronWorkflowSpecWorkflowSpecTemplateDefaultsVolumesSecretItems[];
    readonly optional?: boolean;
    readonly secretName?: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsVolumesStorageos {
    readonly fsType?: string;
    readonly readOnly?: boolean;
    readonly secretRef?: CronWorkflowSpecWorkflowSpecTemplateDefaultsVolumesStorageosSecretRef;
    readonly volumeName?: string;
    readonly volumeNamespace?: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsVolumesVsphereVolume {
    readonly fsType?: string;
    readonly storagePolicyId?: string;
    readonly storagePolicyName?: string;
    readonly volumePath: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesAffinityNodeAffinity {
    readonly preferredDuringSchedulingIgnoredDuringExecution?: CronWorkflowSpecWorkflowSpecTemplatesAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution[];
    readonly requiredDuringSchedulingIgnoredDuringExecution?: CronWorkflowSpecWorkflowSpecTemplatesAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesAffinityPodAffinity {
    readonly preferredDuringSchedulingIgnoredDuringExecution?: CronWorkflowSpecWorkflowSpecTemplatesAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution[];
    readonly requiredDuringSchedulingIgnoredDuringExecution?: CronWorkflowSpecWorkflowSpecTemplatesAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution[];
}
export interface CronWorkflowSpecWorkflowSpecTemplatesAffinityPodAntiAffinity {
    readonly preferredDuringSchedulingIgnoredDuringExecution?: CronWorkflowSpecWorkflowSpecTemplatesAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution[];
    readonly requiredDuringSchedulingIgnoredDuringExecution?: CronWorkflowSpecWorkflowSpecTemplatesAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution[];
}
export interface CronWorkflowSpecWorkflowSpecTemplatesArchiveLocationArtifactory {
    readonly passwordSecret?: CronWorkflowSpecWorkflowSpecTemplatesArchiveLocationArtifactoryPasswordSecret;
    readonly url: string;
    readonly usernameSecret?: CronWorkflowSpecWorkflowSpecTemplatesArchiveLocationArtifactoryUsernameSecret;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesArchiveLocationAzure {
    readonly accountKeySecret?: CronWorkflowSpecWorkflowSpecTemplatesArchiveLocationAzureAccountKeySecret;
    readonly blob: string;
    readonly container: string;
    readonly endpoint: string;
    readonly useSdkCreds?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesArchiveLocationGcs {
    readonly bucket?: string;
    readonly key: string;
    readonly serviceAccountKeySecret?: CronWorkflowSpecWorkflowSpecTemplatesArchiveLocationGcsServiceAccountKeySecret;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesArchiveLocationGit {
    readonly branch?: string;
    readonly depth?: number;
    readonly disableSubmodules?: boolean;
    readonly fetch?: string[];
    readonly insecureIgnoreHostKey?: boolean;
    readonly insecureSkipTls?: boolean;
    readonly passwordSecret?: CronWorkflowSpecWorkflowSpecTemplatesArchiveLocationGitPasswordSecret;
    readonly repo: string;
    readonly revision?: string;
    readonly singleBranch?: boolean;
    readonly sshPrivateKeySecret?: CronWorkflowSpecWorkflowSpecTemplatesArchiveLocationGitSshPrivateKeySecret;
    readonly usernameSecret?: CronWorkflowSpecWorkflowSpecTemplatesArchiveLocationGitUsernameSecret;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesArchiveLocationHdfs {
    readonly addresses?: string[];
    readonly dataTransferProtection?: string;
    readonly force?: boolean;
    readonly hdfsUser?: string;
    readonly krbCCacheSecret?: CronWorkflowSpecWorkflowSpecTemplatesArchiveLocationHdfsKrbCCacheSecret;
    readonly krbConfigConfigMap?: CronWorkflowSpecWorkflowSpecTemplatesArchiveLocationHdfsKrbConfigConfigMap;
    readonly krbKeytabSecret?: CronWorkflowSpecWorkflowSpecTemplatesArchiveLocationHdfsKrbKeytabSecret;
    readonly krbRealm?: string;
    readonly krbServicePrincipalName?: string;
    readonly krbUsername?: string;
    readonly path: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesArchiveLocationHttp {
    readonly auth?: CronWorkflowSpecWorkflowSpecTemplatesArchiveLocationHttpAuth;
    readonly headers?: CronWorkflowSpecWorkflowSpecTemplatesArchiveLocationHttpHeaders[];
    readonly saveStreamViaFile?: boolean;
    readonly url: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesArchiveLocationOss {
    readonly accessKeySecret?: CronWorkflowSpecWorkflowSpecTemplatesArchiveLocationOssAccessKeySecret;
    readonly bucket?: string;
    readonly createBucketIfNotPresent?: boolean;
    readonly endpoint?: string;
    readonly key: string;
    readonly lifecycleRule?: CronWorkflowSpecWorkflowSpecTemplatesArchiveLocationOssLifecycleRule;
    readonly secretKeySecret?: CronWorkflowSpecWorkflowSpecTemplatesArchiveLocationOssSecretKeySecret;
    readonly securityToken?: string;
    readonly useSdkCreds?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesArchiveLocationPlugin {
    readonly configuration?: string;
    readonly connectionTimeoutSeconds?: number;
    readonly key: string;
    readonly name?: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesArchiveLocationRaw {
    readonly data: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesArchiveLocationS3 {
    readonly accessKeySecret?: CronWorkflowSpecWorkflowSpecTemplatesArchiveLocationS3AccessKeySecret;
    readonly addressingStyle?: CronWorkflowSpecWorkflowSpecTemplatesArchiveLocationS3AddressingStyle;
    readonly bucket?: string;
    readonly caSecret?: CronWorkflowSpecWorkflowSpecTemplatesArchiveLocationS3CaSecret;
    readonly createBucketIfNotPresent?: CronWorkflowSpecWorkflowSpecTemplatesArchiveLocationS3CreateBucketIfNotPresent;
    readonly encryptionOptions?: CronWorkflowSpecWorkflowSpecTemplatesArchiveLocationS3EncryptionOptions;
    readonly endpoint?: string;
    readonly insecure?: boolean;
    readonly key?: string;
    readonly region?: string;
    readonly roleArn?: string;
    readonly secretKeySecret?: CronWorkflowSpecWorkflowSpecTemplatesArchiveLocationS3SecretKeySecret;
    readonly sessionTokenSecret?: CronWorkflowSpecWorkflowSpecTemplatesArchiveLocationS3SessionTokenSecret;
    readonly useSdkCreds?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesContainerEnv {
    readonly name: string;
    readonly value?: string;
    readonly valueFrom?: CronWorkflowSpecWorkflowSpecTemplatesContainerEnvValueFrom;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesContainerEnvFrom {
    readonly configMapRef?: CronWorkflowSpecWorkflowSpecTemplatesContainerEnvFromConfigMapRef;
    readonly prefix?: string;
    readonly secretRef?: CronWorkflowSpecWorkflowSpecTemplatesContainerEnvFromSecretRef;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesContainerLifecycle {
    readonly postStart?: CronWorkflowSpecWorkflowSpecTemplatesContainerLifecyclePostStart;
    readonly preStop?: CronWorkflowSpecWorkflowSpecTemplatesContainerLifecyclePreStop;
    readonly stopSignal?: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesContainerLivenessProbe {
    readonly exec?: CronWorkflowSpecWorkflowSpecTemplatesContainerLivenessProbeExec;
    readonly failureThreshold?: number;
    readonly grpc?: CronWorkflowSpecWorkflowSpecTemplatesContainerLivenessProbeGrpc;
    readonly httpGet?: CronWorkflowSpecWorkflowSpecTemplatesContainerLivenessProbeHttpGet;
    readonly initialDelaySeconds?: number;
    readonly periodSeconds?: number;
    readonly successThreshold?: number;
    readonly tcpSocket?: CronWorkflowSpecWorkflowSpecTemplatesContainerLivenessProbeTcpSocket;
    readonly terminationGracePeriodSeconds?: number;
    readonly timeoutSeconds?: number;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesContainerPorts {
    readonly containerPort: number;
    readonly hostIp?: string;
    readonly hostPort?: number;
    readonly name?: string;
    readonly protocol?: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesContainerReadinessProbe {
    readonly exec?: CronWorkflowSpecWorkflowSpecTemplatesContainerReadinessProbeExec;
    readonly failureThreshold?: number;
    readonly grpc?: CronWorkflowSpecWorkflowSpecTemplatesContainerReadinessProbeGrpc;
    readonly httpGet?: CronWorkflowSpecWorkflowSpecTemplatesContainerReadinessProbeHttpGet;
    readonly initialDelaySeconds?: number;
    readonly periodSeconds?: number;
    readonly successThreshold?: number;
    readonly tcpSocket?: CronWorkflowSpecWorkflowSpecTemplatesContainerReadinessProbeTcpSocket;
    readonly terminationGracePeriodSeconds?: number;
    readonly timeoutSeconds?: number;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesContainerResizePolicy {
    readonly resourceName: string;
    readonly restartPolicy: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesContainerResources {
    readonly claims?: CronWorkflowSpecWorkflowSpecTemplatesContainerResourcesClaims[];
    readonly limits?: {
        [key: string]: CronWorkflowSpecWorkflowSpecTemplatesContainerResourcesLimits;
    };
    readonly requests?: {
        [key: string]: CronWorkflowSpecWorkflowSpecTemplatesContainerResourcesRequests;
    };
}
export interface CronWorkflowSpecWorkflowSpecTemplatesContainerRestartPolicyRules {
    readonly action: string;
    readonly exitCodes?: CronWorkflowSpecWorkflowSpecTemplatesContainerRestartPolicyRulesExitCodes;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesContainerSecurityContext {
    readonly allowPrivilegeEscalation?: boolean;
    readonly appArmorProfile?: CronWorkflowSpecWorkflowSpecTemplatesContainerSecurityContextAppArmorProfile;
    readonly capabilities?: CronWorkflowSpecWorkflowSpecTemplatesContainerSecurityContextCapabilities;
    readonly privileged?: boolean;
    readonly procMount?: string;
    readonly readOnlyRootFilesystem?: boolean;
    readonly runAsGroup?: number;
    readonly runAsNonRoot?: boolean;
    readonly runAsUser?: number;
    readonly seLinuxOptions?: CronWorkflowSpecWorkflowSpecTemplatesContainerSecurityContextSeLinuxOptions;
    readonly seccompProfile?: CronWorkflowSpecWorkflowSpecTemplatesContainerSecurityContextSeccompProfile;
    readonly windowsOptions?: CronWorkflowSpecWorkflowSpecTemplatesContainerSecurityContextWindowsOptions;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesContainerStartupProbe {
    readonly exec?: CronWorkflowSpecWorkflowSpecTemplatesContainerStartupProbeExec;
    readonly failureThreshold?: number;
    readonly grpc?: CronWorkflowSpecWorkflowSpecTemplatesContainerStartupProbeGrpc;
    readonly httpGet?: CronWorkflowSpecWorkflowSpecTemplatesContainerStartupProbeHttpGet;
    readonly initialDelaySeconds?: number;
    readonly periodSeconds?: number;
    readonly successThreshold?: number;
    readonly tcpSocket?: CronWorkflowSpecWorkflowSpecTemplatesContainerStartupProbeTcpSocket;
    readonly terminationGracePeriodSeconds?: number;
    readonly timeoutSeconds?: number;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesContainerVolumeDevices {
    readonly devicePath: string;
    readonly name: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesContainerVolumeMounts {
    readonly mountPath: string;
    readonly mountPropagation?: string;
    readonly name: string;
    readonly readOnly?: boolean;
    readonly recursiveReadOnly?: string;
    readonly subPath?: string;
    readonly subPathExpr?: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesContainerSetContainers {
    readonly args?: string[];
    readonly command?: string[];
    readonly dependencies?: string[];
    readonly env?: CronWorkflowSpecWorkflowSpecTemplatesContainerSetContainersEnv[];
    readonly envFrom?: CronWorkflowSpecWorkflowSpecTemplatesContainerSetContainersEnvFrom[];
    readonly image?: string;
    readonly imagePullPolicy?: string;
    readonly lifecycle?: CronWorkflowSpecWorkflowSpecTemplatesContainerSetContainersLifecycle;
    readonly livenessProbe?: CronWorkflowSpecWorkflowSpecTemplatesContainerSetContainersLivenessProbe;
    readonly name: string;
    readonly ports?: CronWorkflowSpecWorkflowSpecTemplatesContainerSetContainersPorts[];
    readonly readinessProbe?: CronWorkflowSpecWorkflowSpecTemplatesContainerSetContainersReadinessProbe;
    readonly resizePolicy?: CronWorkflowSpecWorkflowSpecTemplatesContainerSetContainersResizePolicy[];
    readonly resources?: CronWorkflowSpecWorkflowSpecTemplatesContainerSetContainersResources;
    readonly restartPolicy?: string;
    readonly restartPolicyRules?: CronWorkflowSpecWorkflowSpecTemplatesContainerSetContainersRestartPolicyRules[];
    readonly securityContext?: CronWorkflowSpecWorkflowSpecTemplatesContainerSetContainersSecurityContext;
    readonly startupProbe?: CronWorkflowSpecWorkflowSpecTemplatesContainerSetContainersStartupProbe;
    readonly stdin?: boolean;
    readonly stdinOnce?: boolean;
    readonly terminationMessagePath?: string;
    readonly terminationMessagePolicy?: string;
    readonly tty?: boolean;
    readonly volumeDevices?: CronWorkflowSpecWorkflowSpecTemplatesContainerSetContainersVolumeDevices[];
    readonly volumeMounts?: CronWorkflowSpecWorkflowSpecTemplatesContainerSetContainersVolumeMounts[];
    readonly workingDir?: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesContainerSetRetryStrategy {
    readonly duration?: string;
    readonly retries: CronWorkflowSpecWorkflowSpecTemplatesContainerSetRetryStrategyRetries;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesContainerSetVolumeMounts {
    readonly mountPath: string;
    readonly mountPropagation?: string;
    readonly name: string;
    readonly readOnly?: boolean;
    readonly recursiveReadOnly?: string;
    readonly subPath?: string;
    readonly subPathExpr?: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesDagTasks {
    readonly arguments?: CronWorkflowSpecWorkflowSpecTemplatesDagTasksArguments;
    readonly continueOn?: CronWorkflowSpecWorkflowSpecTemplatesDagTasksContinueOn;
    readonly dependencies?: string[];
    readonly depends?: string;
    readonly hooks?: {
        [key: string]: CronWorkflowSpecWorkflowSpecTemplatesDagTasksHooks;
    };
    readonly inline?: any;
    readonly name: string;
    readonly onExit?: string;
    readonly template?: string;
    readonly templateRef?: CronWorkflowSpecWorkflowSpecTemplatesDagTasksTemplateRef;
    readonly when?: string;
    readonly withItems?: any;
    readonly withParam?: string;
    readonly withSequence?: CronWorkflowSpecWorkflowSpecTemplatesDagTasksWithSequence;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesDataSource {
    readonly artifactPaths?: CronWorkflowSpecWorkflowSpecTemplatesDataSourceArtifactPaths;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesDataTransformation {
    readonly expression: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesHttpBodyFrom {
    readonly bytes?: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesHttpHeaders {
    readonly name: string;
    readonly value?: string;
    readonly valueFrom?: CronWorkflowSpecWorkflowSpecTemplatesHttpHeadersValueFrom;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesInitContainersEnv {
    readonly name: string;
    readonly value?: string;
    readonly valueFrom?: CronWorkflowSpecWorkflowSpecTemplatesInitContainersEnvValueFrom;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesInitContainersEnvFrom {
    readonly configMapRef?: CronWorkflowSpecWorkflowSpecTemplatesInitContainersEnvFromConfigMapRef;
    readonly prefix?: string;
    readonly secretRef?: CronWorkflowSpecWorkflowSpecTemplatesInitContainersEnvFromSecretRef;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesInitContainersLifecycle {
    readonly postStart?: CronWorkflowSpecWorkflowSpecTemplatesInitContainersLifecyclePostStart;
    readonly preStop?: CronWorkflowSpecWorkflowSpecTemplatesInitContainersLifecyclePreStop;
    readonly stopSignal?: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesInitContainersLivenessProbe {
    readonly exec?: CronWorkflowSpecWorkflowSpecTemplatesInitContainersLivenessProbeExec;
    readonly failureThreshold?: number;
    readonly grpc?: CronWorkflowSpecWorkflowSpecTemplatesInitContainersLivenessProbeGrpc;
    readonly httpGet?: CronWorkflowSpecWorkflowSpecTemplatesInitContainersLivenessProbeHttpGet;
    readonly initialDelaySeconds?: number;
    readonly periodSeconds?: number;
    readonly successThreshold?: number;
    readonly tcpSocket?: CronWorkflowSpecWorkflowSpecTemplatesInitContainersLivenessProbeTcpSocket;
    readonly terminationGracePeriodSeconds?: number;
    readonly timeoutSeconds?: number;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesInitContainersPorts {
    readonly containerPort: number;
    readonly hostIp?: string;
    readonly hostPort?: number;
    readonly name?: string;
    readonly protocol?: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesInitContainersReadinessProbe {
    readonly exec?: CronWorkflowSpecWorkflowSpecTemplatesInitContainersReadinessProbeExec;
    readonly failureThreshold?: number;
    readonly grpc?: CronWorkflowSpecWorkflowSpecTemplatesInitContainersReadinessProbeGrpc;
    readonly httpGet?: CronWorkflowSpecWorkflowSpecTemplatesInitContainersReadinessProbeHttpGet;
    readonly initialDelaySeconds?: number;
    readonly periodSeconds?: number;
    readonly successThreshold?: number;
    readonly tcpSocket?: CronWorkflowSpecWorkflowSpecTemplatesInitContainersReadinessProbeTcpSocket;
    readonly terminationGracePeriodSeconds?: number;
    readonly timeoutSeconds?: number;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesInitContainersResizePolicy {
    readonly resourceName: string;
    readonly restartPolicy: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesInitContainersResources {
    readonly claims?: CronWorkflowSpecWorkflowSpecTemplatesInitContainersResourcesClaims[];
    readonly limits?: {
        [key: string]: CronWorkflowSpecWorkflowSpecTemplatesInitContainersResourcesLimits;
    };
    readonly requests?: {
        [key: string]: CronWorkflowSpecWorkflowSpecTemplatesInitContainersResourcesRequests;
    };
}
export interface CronWorkflowSpecWorkflowSpecTemplatesInitContainersRestartPolicyRules {
    readonly action: string;
    readonly exitCodes?: CronWorkflowSpecWorkflowSpecTemplatesInitContainersRestartPolicyRulesExitCodes;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesInitContainersSecurityContext {
    readonly allowPrivilegeEscalation?: boolean;
    readonly appArmorProfile?: CronWorkflowSpecWorkflowSpecTemplatesInitContainersSecurityContextAppArmorProfile;
    readonly capabilities?: CronWorkflowSpecWorkflowSpecTemplatesInitContainersSecurityContextCapabilities;
    readonly privileged?: boolean;
    readonly procMount?: string;
    readonly readOnlyRootFilesystem?: boolean;
    readonly runAsGroup?: number;
    readonly runAsNonRoot?: boolean;
    readonly runAsUser?: number;
    readonly seLinuxOptions?: CronWorkflowSpecWorkflowSpecTemplatesInitContainersSecurityContextSeLinuxOptions;
    readonly seccompProfile?: CronWorkflowSpecWorkflowSpecTemplatesInitContainersSecurityContextSeccompProfile;
    readonly windowsOptions?: CronWorkflowSpecWorkflowSpecTemplatesInitContainersSecurityContextWindowsOptions;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesInitContainersStartupProbe {
    readonly exec?: CronWorkflowSpecWorkflowSpecTemplatesInitContainersStartupProbeExec;
    readonly failureThreshold?: number;
    readonly grpc?: CronWorkflowSpecWorkflowSpecTemplatesInitContainersStartupProbeGrpc;
    readonly httpGet?: CronWorkflowSpecWorkflowSpecTemplatesInitContainersStartupProbeHttpGet;
    readonly initialDelaySeconds?: number;
    readonly periodSeconds?: number;
    readonly successThreshold?: number;
    readonly tcpSocket?: CronWorkflowSpecWorkflowSpecTemplatesInitContainersStartupProbeTcpSocket;
    readonly terminationGracePeriodSeconds?: number;
    readonly timeoutSeconds?: number;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesInitContainersVolumeDevices {
    readonly devicePath: string;
    readonly name: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesInitContainersVolumeMounts {
    readonly mountPath: string;
    readonly mountPropagation?: string;
    readonly name: string;
    readonly readOnly?: boolean;
    readonly recursiveReadOnly?: string;
    readonly subPath?: string;
    readonly subPathExpr?: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesInputsArtifacts {
    readonly archive?: CronWorkflowSpecWorkflowSpecTemplatesInputsArtifactsArchive;
    readonly archiveLogs?: boolean;
    readonly artifactGc?: CronWorkflowSpecWorkflowSpecTemplatesInputsArtifactsArtifactGc;
    readonly artifactory?: CronWorkflowSpecWorkflowSpecTemplatesInputsArtifactsArtifactory;
    readonly azure?: CronWorkflowSpecWorkflowSpecTemplatesInputsArtifactsAzure;
    readonly deleted?: boolean;
    readonly from?: string;
    readonly fromExpression?: string;
    readonly gcs?: CronWorkflowSpecWorkflowSpecTemplatesInputsArtifactsGcs;
    readonly git?: CronWorkflowSpecWorkflowSpecTemplatesInputsArtifactsGit;
    readonly globalName?: string;
    readonly hdfs?: CronWorkflowSpecWorkflowSpecTemplatesInputsArtifactsHdfs;
    readonly http?: CronWorkflowSpecWorkflowSpecTemplatesInputsArtifactsHttp;
    readonly mode?: number;
    readonly name: string;
    readonly optional?: boolean;
    readonly oss?: CronWorkflowSpecWorkflowSpecTemplatesInputsArtifactsOss;
    readonly path?: string;
    readonly plugin?: CronWorkflowSpecWorkflowSpecTemplatesInputsArtifactsPlugin;
    readonly raw?: CronWorkflowSpecWorkflowSpecTemplatesInputsArtifactsRaw;
    readonly recurseMode?: boolean;
    readonly s3?: CronWorkflowSpecWorkflowSpecTemplatesInputsArtifactsS3;
    readonly subPath?: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesInputsParameters {
    readonly default?: string;
    readonly description?: string;
    readonly enum?: string[];
    readonly globalName?: string;
    readonly name: string;
    readonly value?: string;
    readonly valueFrom?: CronWorkflowSpecWorkflowSpecTemplatesInputsParametersValueFrom;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesMemoizeCache {
    readonly configMap: CronWorkflowSpecWorkflowSpecTemplatesMemoizeCacheConfigMap;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesMetricsPrometheus {
    readonly counter?: CronWorkflowSpecWorkflowSpecTemplatesMetricsPrometheusCounter;
    readonly gauge?: CronWorkflowSpecWorkflowSpecTemplatesMetricsPrometheusGauge;
    readonly help: string;
    readonly histogram?: CronWorkflowSpecWorkflowSpecTemplatesMetricsPrometheusHistogram;
    readonly labels?: CronWorkflowSpecWorkflowSpecTemplatesMetricsPrometheusLabels[];
    readonly name: string;
    readonly when?: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesOutputsArtifacts {
    readonly archive?: CronWorkflowSpecWorkflowSpecTemplatesOutputsArtifactsArchive;
    readonly archiveLogs?: boolean;
    readonly artifactGc?: CronWorkflowSpecWorkflowSpecTemplatesOutputsArtifactsArtifactGc;
    readonly artifactory?: CronWorkflowSpecWorkflowSpecTemplatesOutputsArtifactsArtifactory;
    readonly azure?: CronWorkflowSpecWorkflowSpecTemplatesOutputsArtifactsAzure;
    readonly deleted?: boolean;
    readonly from?: string;
    readonly fromExpression?: string;
    readonly gcs?: CronWorkflowSpecWorkflowSpecTemplatesOutputsArtifactsGcs;
    readonly git?: CronWorkflowSpecWorkflowSpecTemplatesOutputsArtifactsGit;
    readonly globalName?: string;
    readonly hdfs?: CronWorkflowSpecWorkflowSpecTemplatesOutputsArtifactsHdfs;
    readonly http?: CronWorkflowSpecWorkflowSpecTemplatesOutputsArtifactsHttp;
    readonly mode?: number;
    readonly name: string;
    readonly optional?: boolean;
    readonly oss?: CronWorkflowSpecWorkflowSpecTemplatesOutputsArtifactsOss;
    readonly path?: string;
    readonly plugin?: CronWorkflowSpecWorkflowSpecTemplatesOutputsArtifactsPlugin;
    readonly raw?: CronWorkflowSpecWorkflowSpecTemplatesOutputsArtifactsRaw;
    readonly recurseMode?: boolean;
    readonly s3?: CronWorkflowSpecWorkflowSpecTemplatesOutputsArtifactsS3;
    readonly subPath?: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesOutputsParameters {
    readonly default?: string;
    readonly description?: string;
    readonly enum?: string[];
    readonly globalName?: string;
    readonly name: string;
    readonly value?: string;
    readonly valueFrom?: CronWorkflowSpecWorkflowSpecTemplatesOutputsParametersValueFrom;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesPodResourcesClaims {
    readonly name: string;
    readonly request?: string;
}
export declare class CronWorkflowSpecWorkflowSpecTemplatesPodResourcesLimits {
    readonly value: number | string;
    static fromNumber(value: number): CronWorkflowSpecWorkflowSpecTemplatesPodResourcesLimits;
    static fromString(value: string): CronWorkflowSpecWorkflowSpecTemplatesPodResourcesLimits;
    private constructor();
}
export declare class CronWorkflowSpecWorkflowSpecTemplatesPodResourcesRequests {
    readonly value: number | string;
    static fromNumber(value: number): CronWorkflowSpecWorkflowSpecTemplatesPodResourcesRequests;
    static fromString(value: string): CronWorkflowSpecWorkflowSpecTemplatesPodResourcesRequests;
    private constructor();
}
export declare enum CronWorkflowSpecWorkflowSpecTemplatesResourceAction {
    GET = "get",
    CREATE = "create",
    APPLY = "apply",
    DELETE = "delete",
    REPLACE = "replace",
    PATCH = "patch"
}
export interface CronWorkflowSpecWorkflowSpecTemplatesResourceManifestFrom {
    readonly artifact: CronWorkflowSpecWorkflowSpecTemplatesResourceManifestFromArtifact;
}
export declare enum CronWorkflowSpecWorkflowSpecTemplatesResourceMergeStrategy {
    STRATEGIC = "strategic",
    MERGE = "merge",
    JSON = "json"
}
export interface CronWorkflowSpecWorkflowSpecTemplatesRetryStrategyAffinity {
    readonly nodeAntiAffinity?: any;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesRetryStrategyBackoff {
    readonly cap?: string;
    readonly duration?: string;
    readonly factor?: CronWorkflowSpecWorkflowSpecTemplatesRetryStrategyBackoffFactor;
    readonly maxDuration?: string;
}
export declare class CronWorkflowSpecWorkflowSpecTemplatesRetryStrategyLimit {
    readonly value: number | string;
    static fromNumber(value: number): CronWorkflowSpecWorkflowSpecTemplatesRetryStrategyLimit;
    static fromString(value: string): CronWorkflowSpecWorkflowSpecTemplatesRetryStrategyLimit;
    private constructor();
}
export declare enum CronWorkflowSpecWorkflowSpecTemplatesRetryStrategyRetryPolicy {
    ALWAYS = "Always",
    ON_FAILURE = "OnFailure",
    ON_ERROR = "OnError",
    ON_TRANSIENT_ERROR = "OnTransientError"
}
export interface CronWorkflowSpecWorkflowSpecTemplatesScriptEnv {
    readonly name: string;
    readonly value?: string;
    readonly valueFrom?: CronWorkflowSpecWorkflowSpecTemplatesScriptEnvValueFrom;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesScriptEnvFrom {
    readonly configMapRef?: CronWorkflowSpecWorkflowSpecTemplatesScriptEnvFromConfigMapRef;
    readonly prefix?: string;
    readonly secretRef?: CronWorkflowSpecWorkflowSpecTemplatesScriptEnvFromSecretRef;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesScriptLifecycle {
    readonly postStart?: CronWorkflowSpecWorkflowSpecTemplatesScriptLifecyclePostStart;
    readonly preStop?: CronWorkflowSpecWorkflowSpecTemplatesScriptLifecyclePreStop;
    readonly stopSignal?: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesScriptLivenessProbe {
    readonly exec?: CronWorkflowSpecWorkflowSpecTemplatesScriptLivenessProbeExec;
    readonly failureThreshold?: number;
    readonly grpc?: CronWorkflowSpecWorkflowSpecTemplatesScriptLivenessProbeGrpc;
    readonly httpGet?: CronWorkflowSpecWorkflowSpecTemplatesScriptLivenessProbeHttpGet;
    readonly initialDelaySeconds?: number;
    readonly periodSeconds?: number;
    readonly successThreshold?: number;
    readonly tcpSocket?: CronWorkflowSpecWorkflowSpecTemplatesScriptLivenessProbeTcpSocket;
    readonly terminationGracePeriodSeconds?: number;
    readonly timeoutSeconds?: number;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesScriptPorts {
    readonly containerPort: number;
    readonly hostIp?: string;
    readonly hostPort?: number;
    readonly name?: string;
    readonly protocol?: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesScriptReadinessProbe {
    readonly exec?: CronWorkflowSpecWorkflowSpecTemplatesScriptReadinessProbeExec;
    readonly failureThreshold?: number;
    readonly grpc?: CronWorkflowSpecWorkflowSpecTemplatesScriptReadinessProbeGrpc;
    readonly httpGet?: CronWorkflowSpecWorkflowSpecTemplatesScriptReadinessProbeHttpGet;
    readonly initialDelaySeconds?: number;
    readonly periodSeconds?: number;
    readonly successThreshold?: number;
    readonly tcpSocket?: CronWorkflowSpecWorkflowSpecTemplatesScriptReadinessProbeTcpSocket;
    readonly terminationGracePeriodSeconds?: number;
    readonly timeoutSeconds?: number;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesScriptResizePolicy {
    readonly resourceName: string;
    readonly restartPolicy: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesScriptResources {
    readonly claims?: CronWorkflowSpecWorkflowSpecTemplatesScriptResourcesClaims[];
    readonly limits?: {
        [key: string]: CronWorkflowSpecWorkflowSpecTemplatesScriptResourcesLimits;
    };
    readonly requests?: {
        [key: string]: CronWorkflowSpecWorkflowSpecTemplatesScriptResourcesRequests;
    };
}
export interface CronWorkflowSpecWorkflowSpecTemplatesScriptRestartPolicyRules {
    readonly action: string;
    readonly exitCodes?: CronWorkflowSpecWorkflowSpecTemplatesScriptRestartPolicyRulesExitCodes;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesScriptSecurityContext {
    readonly allowPrivilegeEscalation?: boolean;
    readonly appArmorProfile?: CronWorkflowSpecWorkflowSpecTemplatesScriptSecurityContextAppArmorProfile;
    readonly capabilities?: CronWorkflowSpecWorkflowSpecTemplatesScriptSecurityContextCapabilities;
    readonly privileged?: boolean;
    readonly procMount?: string;
    readonly readOnlyRootFilesystem?: boolean;
    readonly runAsGroup?: number;
    readonly runAsNonRoot?: boolean;
    readonly runAsUser?: number;
    readonly seLinuxOptions?: CronWorkflowSpecWorkflowSpecTemplatesScriptSecurityContextSeLinuxOptions;
    readonly seccompProfile?: CronWorkflowSpecWorkflowSpecTemplatesScriptSecurityContextSeccompProfile;
    readonly windowsOptions?: CronWorkflowSpecWorkflowSpecTemplatesScriptSecurityContextWindowsOptions;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesScriptStartupProbe {
    readonly exec?: CronWorkflowSpecWorkflowSpecTemplatesScriptStartupProbeExec;
    readonly failureThreshold?: number;
    readonly grpc?: CronWorkflowSpecWorkflowSpecTemplatesScriptStartupProbeGrpc;
    readonly httpGet?: CronWorkflowSpecWorkflowSpecTemplatesScriptStartupProbeHttpGet;
    readonly initialDelaySeconds?: number;
    readonly periodSeconds?: number;
    readonly successThreshold?: number;
    readonly tcpSocket?: CronWorkflowSpecWorkflowSpecTemplatesScriptStartupProbeTcpSocket;
    readonly terminationGracePeriodSeconds?: number;
    readonly timeoutSeconds?: number;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesScriptVolumeDevices {
    readonly devicePath: string;
    readonly name: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesScriptVolumeMounts {
    readonly mountPath: string;
    readonly mountPropagation?: string;
    readonly name: string;
    readonly readOnly?: boolean;
    readonly recursiveReadOnly?: string;
    readonly subPath?: string;
    readonly subPathExpr?: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesSecurityContextAppArmorProfile {
    readonly localhostProfile?: string;
    readonly type: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesSecurityContextSeLinuxOptions {
    readonly level?: string;
    readonly role?: string;
    readonly type?: string;
    readonly user?: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesSecurityContextSeccompProfile {
    readonly localhostProfile?: string;
    readonly type: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesSecurityContextSysctls {
    readonly name: string;
    readonly value: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesSecurityContextWindowsOptions {
    readonly gmsaCredentialSpec?: string;
    readonly gmsaCredentialSpecName?: string;
    readonly hostProcess?: boolean;
    readonly runAsUserName?: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesSidecarsEnv {
    readonly name: string;
    readonly value?: string;
    readonly valueFrom?: CronWorkflowSpecWorkflowSpecTemplatesSidecarsEnvValueFrom;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesSidecarsEnvFrom {
    readonly configMapRef?: CronWorkflowSpecWorkflowSpecTemplatesSidecarsEnvFromConfigMapRef;
    readonly prefix?: string;
    readonly secretRef?: CronWorkflowSpecWorkflowSpecTemplatesSidecarsEnvFromSecretRef;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesSidecarsLifecycle {
    readonly postStart?: CronWorkflowSpecWorkflowSpecTemplatesSidecarsLifecyclePostStart;
    readonly preStop?: CronWorkflowSpecWorkflowSpecTemplatesSidecarsLifecyclePreStop;
    readonly stopSignal?: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesSidecarsLivenessProbe {
    readonly exec?: CronWorkflowSpecWorkflowSpecTemplatesSidecarsLivenessProbeExec;
    readonly failureThreshold?: number;
    readonly grpc?: CronWorkflowSpecWorkflowSpecTemplatesSidecarsLivenessProbeGrpc;
    readonly httpGet?: CronWorkflowSpecWorkflowSpecTemplatesSidecarsLivenessProbeHttpGet;
    readonly initialDelaySeconds?: number;
    readonly periodSeconds?: number;
    readonly successThreshold?: number;
    readonly tcpSocket?: CronWorkflowSpecWorkflowSpecTemplatesSidecarsLivenessProbeTcpSocket;
    readonly terminationGracePeriodSeconds?: number;
    readonly timeoutSeconds?: number;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesSidecarsPorts {
    readonly containerPort: number;
    readonly hostIp?: string;
    readonly hostPort?: number;
    readonly name?: string;
    readonly protocol?: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesSidecarsReadinessProbe {
    readonly exec?: CronWorkflowSpecWorkflowSpecTemplatesSidecarsReadinessProbeExec;
    readonly failureThreshold?: number;
    readonly grpc?: CronWorkflowSpecWorkflowSpecTemplatesSidecarsReadinessProbeGrpc;
    readonly httpGet?: CronWorkflowSpecWorkflowSpecTemplatesSidecarsReadinessProbeHttpGet;
    readonly initialDelaySeconds?: number;
    readonly periodSeconds?: number;
    readonly successThreshold?: number;
    readonly tcpSocket?: CronWorkflowSpecWorkflowSpecTemplatesSidecarsReadinessProbeTcpSocket;
    readonly terminationGracePeriodSeconds?: number;
    readonly timeoutSeconds?: number;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesSidecarsResizePolicy {
    readonly resourceName: string;
    readonly restartPolicy: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesSidecarsResources {
    readonly claims?: CronWorkflowSpecWorkflowSpecTemplatesSidecarsResourcesClaims[];
    readonly limits?: {
        [key: string]: CronWorkflowSpecWorkflowSpecTemplatesSidecarsResourcesLimits;
    };
    readonly requests?: {
        [key: string]: CronWorkflowSpecWorkflowSpecTemplatesSidecarsResourcesRequests;
    };
}
export interface CronWorkflowSpecWorkflowSpecTemplatesSidecarsRestartPolicyRules {
    readonly action: string;
    readonly exitCodes?: CronWorkflowSpecWorkflowSpecTemplatesSidecarsRestartPolicyRulesExitCodes;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesSidecarsSecurityContext {
    readonly allowPrivilegeEscalation?: boolean;
    readonly appArmorProfile?: CronWorkflowSpecWorkflowSpecTemplatesSidecarsSecurityContextAppArmorProfile;
    readonly capabilities?: CronWorkflowSpecWorkflowSpecTemplatesSidecarsSecurityContextCapabilities;
    readonly privileged?: boolean;
    readonly procMount?: string;
    readonly readOnlyRootFilesystem?: boolean;
    readonly runAsGroup?: number;
    readonly runAsNonRoot?: boolean;
    readonly runAsUser?: number;
    readonly seLinuxOptions?: CronWorkflowSpecWorkflowSpecTemplatesSidecarsSecurityContextSeLinuxOptions;
    readonly seccompProfile?: CronWorkflowSpecWorkflowSpecTemplatesSidecarsSecurityContextSeccompProfile;
    readonly windowsOptions?: CronWorkflowSpecWorkflowSpecTemplatesSidecarsSecurityContextWindowsOptions;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesSidecarsStartupProbe {
    readonly exec?: CronWorkflowSpecWorkflowSpecTemplatesSidecarsStartupProbeExec;
    readonly failureThreshold?: number;
    readonly grpc?: CronWorkflowSpecWorkflowSpecTemplatesSidecarsStartupProbeGrpc;
    readonly httpGet?: CronWorkflowSpecWorkflowSpecTemplatesSidecarsStartupProbeHttpGet;
    readonly initialDelaySeconds?: number;
    readonly periodSeconds?: number;
    readonly successThreshold?: number;
    readonly tcpSocket?: CronWorkflowSpecWorkflowSpecTemplatesSidecarsStartupProbeTcpSocket;
    readonly terminationGracePeriodSeconds?: number;
    readonly timeoutSeconds?: number;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesSidecarsVolumeDevices {
    readonly devicePath: string;
    readonly name: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesSidecarsVolumeMounts {
    readonly mountPath: string;
    readonly mountPropagation?: string;
    readonly name: string;
    readonly readOnly?: boolean;
    readonly recursiveReadOnly?: string;
    readonly subPath?: string;
    readonly subPathExpr?: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesStepsArguments {
    readonly artifacts?: CronWorkflowSpecWorkflowSpecTemplatesStepsArgumentsArtifacts[];
    readonly parameters?: CronWorkflowSpecWorkflowSpecTemplatesStepsArgumentsParameters[];
}
export interface CronWorkflowSpecWorkflowSpecTemplatesStepsContinueOn {
    readonly error?: boolean;
    readonly failed?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesStepsHooks {
    readonly arguments?: CronWorkflowSpecWorkflowSpecTemplatesStepsHooksArguments;
    readonly expression?: string;
    readonly template?: string;
    readonly templateRef?: CronWorkflowSpecWorkflowSpecTemplatesStepsHooksTemplateRef;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesStepsTemplateRef {
    readonly clusterScope?: boolean;
    readonly name?: string;
    readonly template?: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesStepsWithSequence {
    readonly count?: CronWorkflowSpecWorkflowSpecTemplatesStepsWithSequenceCount;
    readonly end?: CronWorkflowSpecWorkflowSpecTemplatesStepsWithSequenceEnd;
    readonly format?: string;
    readonly start?: CronWorkflowSpecWorkflowSpecTemplatesStepsWithSequenceStart;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesSynchronizationMutexes {
    readonly database?: boolean;
    readonly name?: string;
    readonly namespace?: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesSynchronizationSemaphores {
    readonly configMapKeyRef?: CronWorkflowSpecWorkflowSpecTemplatesSynchronizationSemaphoresConfigMapKeyRef;
    readonly database?: CronWorkflowSpecWorkflowSpecTemplatesSynchronizationSemaphoresDatabase;
    readonly namespace?: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesVolumesAwsElasticBlockStore {
    readonly fsType?: string;
    readonly partition?: number;
    readonly readOnly?: boolean;
    readonly volumeId: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesVolumesAzureDisk {
    readonly cachingMode?: string;
    readonly diskName: string;
    readonly diskUri: string;
    readonly fsType?: string;
    readonly kind?: string;
    readonly readOnly?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesVolumesAzureFile {
    readonly readOnly?: boolean;
    readonly secretName: string;
    readonly shareName: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesVolumesCephfs {
    readonly monitors: string[];
    readonly path?: string;
    readonly readOnly?: boolean;
    readonly secretFile?: string;
    readonly secretRef?: CronWorkflowSpecWorkflowSpecTemplatesVolumesCephfsSecretRef;
    readonly user?: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesVolumesCinder {
    readonly fsType?: string;
    readonly readOnly?: boolean;
    readonly secretRef?: CronWorkflowSpecWorkflowSpecTemplatesVolumesCinderSecretRef;
    readonly volumeId: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesVolumesConfigMap {
    readonly defaultMode?: number;
    readonly items?: CronWorkflowSpecWorkflowSpecTemplatesVolumesConfigMapItems[];
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesVolumesCsi {
    readonly driver: string;
    readonly fsType?: string;
    readonly nodePublishSecretRef?: CronWorkflowSpecWorkflowSpecTemplatesVolumesCsiNodePublishSecretRef;
    readonly readOnly?: boolean;
    readonly volumeAttributes?: {
        [key: string]: string;
    };
}
export interface CronWorkflowSpecWorkflowSpecTemplatesVolumesDownwardApi {
    readonly defaultMode?: number;
    readonly items?: CronWorkflowSpecWorkflowSpecTemplatesVolumesDownwardApiItems[];
}
export interface CronWorkflowSpecWorkflowSpecTemplatesVolumesEmptyDir {
    readonly medium?: string;
    readonly sizeLimit?: CronWorkflowSpecWorkflowSpecTemplatesVolumesEmptyDirSizeLimit;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesVolumesEphemeral {
    readonly volumeClaimTemplate?: CronWorkflowSpecWorkflowSpecTemplatesVolumesEphemeralVolumeClaimTemplate;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesVolumesFc {
    readonly fsType?: string;
    readonly lun?: number;
    readonly readOnly?: boolean;
    readonly targetWwNs?: string[];
    readonly wwids?: string[];
}
export interface CronWorkflowSpecWorkflowSpecTemplatesVolumesFlexVolume {
    readonly driver: string;
    readonly fsType?: string;
    readonly options?: {
        [key: string]: string;
    };
    readonly readOnly?: boolean;
    readonly secretRef?: CronWorkflowSpecWorkflowSpecTemplatesVolumesFlexVolumeSecretRef;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesVolumesFlocker {
    readonly datasetName?: string;
    readonly datasetUuid?: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesVolumesGcePersistentDisk {
    readonly fsType?: string;
    readonly partition?: number;
    readonly pdName: string;
    readonly readOnly?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesVolumesGitRepo {
    readonly directory?: string;
    readonly repository: string;
    readonly revision?: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesVolumesGlusterfs {
    readonly endpoints: string;
    readonly path: string;
    readonly readOnly?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesVolumesHostPath {
    readonly path: string;
    readonly type?: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesVolumesImage {
    readonly pullPolicy?: string;
    readonly reference?: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesVolumesIscsi {
    readonly chapAuthDiscovery?: boolean;
    readonly chapAuthSession?: boolean;
    readonly fsType?: string;
    readonly initiatorName?: string;
    readonly iqn: string;
    readonly iscsiInterface?: string;
    readonly lun: number;
    readonly portals?: string[];
    readonly readOnly?: boolean;
    readonly secretRef?: CronWorkflowSpecWorkflowSpecTemplatesVolumesIscsiSecretRef;
    readonly targetPortal: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesVolumesNfs {
    readonly path: string;
    readonly readOnly?: boolean;
    readonly server: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesVolumesPersistentVolumeClaim {
    readonly claimName: string;
    readonly readOnly?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesVolumesPhotonPersistentDisk {
    readonly fsType?: string;
    readonly pdId: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesVolumesPortworxVolume {
    readonly fsType?: string;
    readonly readOnly?: boolean;
    readonly volumeId: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesVolumesProjected {
    readonly defaultMode?: number;
    readonly sources?: CronWorkflowSpecWorkflowSpecTemplatesVolumesProjectedSources[];
}
export interface CronWorkflowSpecWorkflowSpecTemplatesVolumesQuobyte {
    readonly group?: string;
    readonly readOnly?: boolean;
    readonly registry: string;
    readonly tenant?: string;
    readonly user?: string;
    readonly volume: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesVolumesRbd {
    readonly fsType?: string;
    readonly image: string;
    readonly keyring?: string;
    readonly monitors: string[];
    readonly pool?: string;
    readonly readOnly?: boolean;
    readonly secretRef?: CronWorkflowSpecWorkflowSpecTemplatesVolumesRbdSecretRef;
    readonly user?: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesVolumesScaleIo {
    readonly fsType?: string;
    readonly gateway: string;
    readonly protectionDomain?: string;
    readonly readOnly?: boolean;
    readonly secretRef: CronWorkflowSpecWorkflowSpecTemplatesVolumesScaleIoSecretRef;
    readonly sslEnabled?: boolean;
    readonly storageMode?: string;
    readonly storagePool?: string;
    readonly system: string;
    readonly volumeName?: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesVolumesSecret {
    readonly defaultMode?: number;
    readonly items?: CronWorkflowSpecWorkflowSpecTemplatesVolumesSecretItems[];
    readonly optional?: boolean;
    readonly secretName?: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesVolumesStorageos {
    readonly fsType?: string;
    readonly readOnly?: boolean;
    readonly secretRef?: CronWorkflowSpecWorkflowSpecTemplatesVolumesStorageosSecretRef;
    readonly volumeName?: string;
    readonly volumeNamespace?: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesVolumesVsphereVolume {
    readonly fsType?: string;
    readonly storagePolicyId?: string;
    readonly storagePolicyName?: string;
    readonly volumePath: string;
}
export interface CronWorkflowSpecWorkflowSpecVolumeClaimTemplatesSpecDataSource {
    readonly apiGroup?: string;
    readonly kind: string;
    readonly name: string;
}
export interface CronWorkflowSpecWorkflowSpecVolumeClaimTemplatesSpecDataSourceRef {
    readonly apiGroup?: string;
    readonly kind: string;
    readonly name: string;
    readonly namespace?: string;
}
export interface CronWorkflowSpecWorkflowSpecVolumeClaimTemplatesSpecResources {
    readonly limits?: {
        [key: string]: CronWorkflowSpecWorkflowSpecVolumeClaimTemplatesSpecResourcesLimits;
    };
    readonly requests?: {
        [key: string]: CronWorkflowSpecWorkflowSpecVolumeClaimTemplatesSpecResourcesRequests;
    };
}
export interface CronWorkflowSpecWorkflowSpecVolumeClaimTemplatesSpecSelector {
    readonly matchExpressions?: CronWorkflowSpecWorkflowSpecVolumeClaimTemplatesSpecSelectorMatchExpressions[];
    readonly matchLabels?: {
        [key: string]: string;
    };
}
export declare class CronWorkflowSpecWorkflowSpecVolumeClaimTemplatesStatusAllocatedResources {
    readonly value: number | string;
    static fromNumber(value: number): CronWorkflowSpecWorkflowSpecVolumeClaimTemplatesStatusAllocatedResources;
    static fromString(value: string): CronWorkflowSpecWorkflowSpecVolumeClaimTemplatesStatusAllocatedResources;
    private constructor();
}
export declare class CronWorkflowSpecWorkflowSpecVolumeClaimTemplatesStatusCapacity {
    readonly value: number | string;
    static fromNumber(value: number): CronWorkflowSpecWorkflowSpecVolumeClaimTemplatesStatusCapacity;
    static fromString(value: string): CronWorkflowSpecWorkflowSpecVolumeClaimTemplatesStatusCapacity;
    private constructor();
}
export interface CronWorkflowSpecWorkflowSpecVolumeClaimTemplatesStatusConditions {
    readonly lastProbeTime?: Date;
    readonly lastTransitionTime?: Date;
    readonly message?: string;
    readonly reason?: string;
    readonly status: string;
    readonly type: string;
}
export interface CronWorkflowSpecWorkflowSpecVolumeClaimTemplatesStatusModifyVolumeStatus {
    readonly status: string;
    readonly targetVolumeAttributesClassName?: string;
}
export interface CronWorkflowSpecWorkflowSpecVolumesCephfsSecretRef {
    readonly name?: string;
}
export interface CronWorkflowSpecWorkflowSpecVolumesCinderSecretRef {
    readonly name?: string;
}
export interface CronWorkflowSpecWorkflowSpecVolumesConfigMapItems {
    readonly key: string;
    readonly mode?: number;
    readonly path: string;
}
export interface CronWorkflowSpecWorkflowSpecVolumesCsiNodePublishSecretRef {
    readonly name?: string;
}
export interface CronWorkflowSpecWorkflowSpecVolumesDownwardApiItems {
    readonly fieldRef?: CronWorkflowSpecWorkflowSpecVolumesDownwardApiItemsFieldRef;
    readonly mode?: number;
    readonly path: string;
    readonly resourceFieldRef?: CronWorkflowSpecWorkflowSpecVolumesDownwardApiItemsResourceFieldRef;
}
export declare class CronWorkflowSpecWorkflowSpecVolumesEmptyDirSizeLimit {
    readonly value: number | string;
    static fromNumber(value: number): CronWorkflowSpecWorkflowSpecVolumesEmptyDirSizeLimit;
    static fromString(value: string): CronWorkflowSpecWorkflowSpecVolumesEmptyDirSizeLimit;
    private constructor();
}
export interface CronWorkflowSpecWorkflowSpecVolumesEphemeralVolumeClaimTemplate {
    readonly metadata?: CronWorkflowSpecWorkflowSpecVolumesEphemeralVolumeClaimTemplateMetadata;
    readonly spec: CronWorkflowSpecWorkflowSpecVolumesEphemeralVolumeClaimTemplateSpec;
}
export interface CronWorkflowSpecWorkflowSpecVolumesFlexVolumeSecretRef {
    readonly name?: string;
}
export interface CronWorkflowSpecWorkflowSpecVolumesIscsiSecretRef {
    readonly name?: string;
}
export interface CronWorkflowSpecWorkflowSpecVolumesProjectedSources {
    readonly clusterTrustBundle?: CronWorkflowSpecWorkflowSpecVolumesProjectedSourcesClusterTrustBundle;
    readonly configMap?: CronWorkflowSpecWorkflowSpecVolumesProjectedSourcesConfigMap;
    readonly downwardApi?: CronWorkflowSpecWorkflowSpecVolumesProjectedSourcesDownwardApi;
    readonly podCertificate?: CronWorkflowSpecWorkflowSpecVolumesProjectedSourcesPodCertificate;
    readonly secret?: CronWorkflowSpecWorkflowSpecVolumesProjectedSourcesSecret;
    readonly serviceAccountToken?: CronWorkflowSpecWorkflowSpecVolumesProjectedSourcesServiceAccountToken;
}
export interface CronWorkflowSpecWorkflowSpecVolumesRbdSecretRef {
    readonly name?: string;
}
export interface CronWorkflowSpecWorkflowSpecVolumesScaleIoSecretRef {
    readonly name?: string;
}
export interface CronWorkflowSpecWorkflowSpecVolumesSecretItems {
    readonly key: string;
    readonly mode?: number;
    readonly path: string;
}
export interface CronWorkflowSpecWorkflowSpecVolumesStorageosSecretRef {
    readonly name?: string;
}
export interface CronWorkflowSpecWorkflowSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference {
    readonly matchExpressions?: CronWorkflowSpecWorkflowSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions[];
    readonly matchFields?: CronWorkflowSpecWorkflowSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields[];
}
export interface CronWorkflowSpecWorkflowSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms {
    readonly matchExpressions?: CronWorkflowSpecWorkflowSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions[];
    readonly matchFields?: CronWorkflowSpecWorkflowSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields[];
}
export interface CronWorkflowSpecWorkflowSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm {
    readonly labelSelector?: CronWorkflowSpecWorkflowSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector;
    readonly matchLabelKeys?: string[];
    readonly mismatchLabelKeys?: string[];
    readonly namespaceSelector?: CronWorkflowSpecWorkflowSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector;
    readonly namespaces?: string[];
    readonly topologyKey: string;
}
export interface CronWorkflowSpecWorkflowSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector {
    readonly matchExpressions?: CronWorkflowSpecWorkflowSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions[];
    readonly matchLabels?: {
        [key: string]: string;
    };
}
export interface CronWorkflowSpecWorkflowSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector {
    readonly matchExpressions?: CronWorkflowSpecWorkflowSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions[];
    readonly matchLabels?: {
        [key: string]: string;
    };
}
export interface CronWorkflowSpecWorkflowSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm {
    readonly labelSelector?: CronWorkflowSpecWorkflowSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector;
    readonly matchLabelKeys?: string[];
    readonly mismatchLabelKeys?: string[];
    readonly namespaceSelector?: CronWorkflowSpecWorkflowSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector;
    readonly namespaces?: string[];
    readonly topologyKey: string;
}
export interface CronWorkflowSpecWorkflowSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector {
    readonly matchExpressions?: CronWorkflowSpecWorkflowSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions[];
    readonly matchLabels?: {
        [key: string]: string;
    };
}
export interface CronWorkflowSpecWorkflowSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector {
    readonly matchExpressions?: CronWorkflowSpecWorkflowSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions[];
    readonly matchLabels?: {
        [key: string]: string;
    };
}
export interface CronWorkflowSpecWorkflowSpecArgumentsArtifactsArchiveTar {
    readonly compressionLevel?: number;
}
export interface CronWorkflowSpecWorkflowSpecArgumentsArtifactsArtifactGcPodMetadata {
    readonly annotations?: {
        [key: string]: string;
    };
    readonly labels?: {
        [key: string]: string;
    };
}
export declare enum CronWorkflowSpecWorkflowSpecArgumentsArtifactsArtifactGcStrategy {
    ON_WORKFLOW_COMPLETION = "OnWorkflowCompletion",
    ON_WORKFLOW_DELETION = "OnWorkflowDeletion",
    NEVER = "Never"
}
export interface CronWorkflowSpecWorkflowSpecArgumentsArtifactsArtifactoryPasswordSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecArgumentsArtifactsArtifactoryUsernameSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecArgumentsArtifactsAzureAccountKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecArgumentsArtifactsGcsServiceAccountKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecArgumentsArtifactsGitPasswordSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecArgumentsArtifactsGitSshPrivateKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecArgumentsArtifactsGitUsernameSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecArgumentsArtifactsHdfsKrbCCacheSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecArgumentsArtifactsHdfsKrbConfigConfigMap {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecArgumentsArtifactsHdfsKrbKeytabSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecArgumentsArtifactsHttpAuth {
    readonly basicAuth?: CronWorkflowSpecWorkflowSpecArgumentsArtifactsHttpAuthBasicAuth;
    readonly clientCert?: CronWorkflowSpecWorkflowSpecArgumentsArtifactsHttpAuthClientCert;
    readonly oauth2?: CronWorkflowSpecWorkflowSpecArgumentsArtifactsHttpAuthOauth2;
}
export interface CronWorkflowSpecWorkflowSpecArgumentsArtifactsHttpHeaders {
    readonly name: string;
    readonly value: string;
}
export interface CronWorkflowSpecWorkflowSpecArgumentsArtifactsOssAccessKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecArgumentsArtifactsOssLifecycleRule {
    readonly markDeletionAfterDays?: number;
    readonly markInfrequentAccessAfterDays?: number;
}
export interface CronWorkflowSpecWorkflowSpecArgumentsArtifactsOssSecretKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecArgumentsArtifactsS3AccessKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export declare enum CronWorkflowSpecWorkflowSpecArgumentsArtifactsS3AddressingStyle {
    PATH = "path",
    VIRTUAL_HYPHEN_HOSTED = "virtual-hosted"
}
export interface CronWorkflowSpecWorkflowSpecArgumentsArtifactsS3CaSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecArgumentsArtifactsS3CreateBucketIfNotPresent {
    readonly objectLocking?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecArgumentsArtifactsS3EncryptionOptions {
    readonly enableEncryption?: boolean;
    readonly kmsEncryptionContext?: string;
    readonly kmsKeyId?: string;
    readonly serverSideCustomerKeySecret?: CronWorkflowSpecWorkflowSpecArgumentsArtifactsS3EncryptionOptionsServerSideCustomerKeySecret;
}
export interface CronWorkflowSpecWorkflowSpecArgumentsArtifactsS3SecretKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecArgumentsArtifactsS3SessionTokenSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecArgumentsParametersValueFromConfigMapKeyRef {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecExecutorPluginsSpecSidecarContainer {
    readonly args?: string[];
    readonly command?: string[];
    readonly env?: CronWorkflowSpecWorkflowSpecExecutorPluginsSpecSidecarContainerEnv[];
    readonly envFrom?: CronWorkflowSpecWorkflowSpecExecutorPluginsSpecSidecarContainerEnvFrom[];
    readonly image?: string;
    readonly imagePullPolicy?: string;
    readonly lifecycle?: CronWorkflowSpecWorkflowSpecExecutorPluginsSpecSidecarContainerLifecycle;
    readonly livenessProbe?: CronWorkflowSpecWorkflowSpecExecutorPluginsSpecSidecarContainerLivenessProbe;
    readonly name: string;
    readonly ports?: CronWorkflowSpecWorkflowSpecExecutorPluginsSpecSidecarContainerPorts[];
    readonly readinessProbe?: CronWorkflowSpecWorkflowSpecExecutorPluginsSpecSidecarContainerReadinessProbe;
    readonly resizePolicy?: CronWorkflowSpecWorkflowSpecExecutorPluginsSpecSidecarContainerResizePolicy[];
    readonly resources?: CronWorkflowSpecWorkflowSpecExecutorPluginsSpecSidecarContainerResources;
    readonly restartPolicy?: string;
    readonly restartPolicyRules?: CronWorkflowSpecWorkflowSpecExecutorPluginsSpecSidecarContainerRestartPolicyRules[];
    readonly securityContext?: CronWorkflowSpecWorkflowSpecExecutorPluginsSpecSidecarContainerSecurityContext;
    readonly startupProbe?: CronWorkflowSpecWorkflowSpecExecutorPluginsSpecSidecarContainerStartupProbe;
    readonly stdin?: boolean;
    readonly stdinOnce?: boolean;
    readonly terminationMessagePath?: string;
    readonly terminationMessagePolicy?: string;
    readonly tty?: boolean;
    readonly volumeDevices?: CronWorkflowSpecWorkflowSpecExecutorPluginsSpecSidecarContainerVolumeDevices[];
    readonly volumeMounts?: CronWorkflowSpecWorkflowSpecExecutorPluginsSpecSidecarContainerVolumeMounts[];
    readonly workingDir?: string;
}
export interface CronWorkflowSpecWorkflowSpecHooksArgumentsArtifactsArchive {
    readonly none?: any;
    readonly tar?: CronWorkflowSpecWorkflowSpecHooksArgumentsArtifactsArchiveTar;
    readonly zip?: any;
}
export interface CronWorkflowSpecWorkflowSpecHooksArgumentsArtifactsArtifactGc {
    readonly podMetadata?: CronWorkflowSpecWorkflowSpecHooksArgumentsArtifactsArtifactGcPodMetadata;
    readonly serviceAccountName?: string;
    readonly strategy?: CronWorkflowSpecWorkflowSpecHooksArgumentsArtifactsArtifactGcStrategy;
}
export interface CronWorkflowSpecWorkflowSpecHooksArgumentsArtifactsArtifactory {
    readonly passwordSecret?: CronWorkflowSpecWorkflowSpecHooksArgumentsArtifactsArtifactoryPasswordSecret;
    readonly url: string;
    readonly usernameSecret?: CronWorkflowSpecWorkflowSpecHooksArgumentsArtifactsArtifactoryUsernameSecret;
}
export interface CronWorkflowSpecWorkflowSpecHooksArgumentsArtifactsAzure {
    readonly accountKeySecret?: CronWorkflowSpecWorkflowSpecHooksArgumentsArtifactsAzureAccountKeySecret;
    readonly blob: string;
    readonly container: string;
    readonly endpoint: string;
    readonly useSdkCreds?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecHooksArgumentsArtifactsGcs {
    readonly bucket?: string;
    readonly key: string;
    readonly serviceAccountKeySecret?: CronWorkflowSpecWorkflowSpecHooksArgumentsArtifactsGcsServiceAccountKeySecret;
}
export interface CronWorkflowSpecWorkflowSpecHooksArgumentsArtifactsGit {
    readonly branch?: string;
    readonly depth?: number;
    readonly disableSubmodules?: boolean;
    readonly fetch?: string[];
    readonly insecureIgnoreHostKey?: boolean;
    readonly insecureSkipTls?: boolean;
    readonly passwordSecret?: CronWorkflowSpecWorkflowSpecHooksArgumentsArtifactsGitPasswordSecret;
    readonly repo: string;
    readonly revision?: string;
    readonly singleBranch?: boolean;
    readonly sshPrivateKeySecret?: CronWorkflowSpecWorkflowSpecHooksArgumentsArtifactsGitSshPrivateKeySecret;
    readonly usernameSecret?: CronWorkflowSpecWorkflowSpecHooksArgumentsArtifactsGitUsernameSecret;
}
export interface CronWorkflowSpecWorkflowSpecHooksArgumentsArtifactsHdfs {
    readonly addresses?: string[];
    readonly dataTransferProtection?: string;
    readonly force?: boolean;
    readonly hdfsUser?: string;
    readonly krbCCacheSecret?: CronWorkflowSpecWorkflowSpecHooksArgumentsArtifactsHdfsKrbCCacheSecret;
    readonly krbConfigConfigMap?: CronWorkflowSpecWorkflowSpecHooksArgumentsArtifactsHdfsKrbConfigConfigMap;
    readonly krbKeytabSecret?: CronWorkflowSpecWorkflowSpecHooksArgumentsArtifactsHdfsKrbKeytabSecret;
    readonly krbRealm?: string;
    readonly krbServicePrincipalName?: string;
    readonly krbUsername?: string;
    readonly path: string;
}
export interface CronWorkflowSpecWorkflowSpecHooksArgumentsArtifactsHttp {
    readonly auth?: CronWorkflowSpecWorkflowSpecHooksArgumentsArtifactsHttpAuth;
    readonly headers?: CronWorkflowSpecWorkflowSpecHooksArgumentsArtifactsHttpHeaders[];
    readonly saveStreamViaFile?: boolean;
    readonly url: string;
}
export interface CronWorkflowSpecWorkflowSpecHooksArgumentsArtifactsOss {
    readonly accessKeySecret?: CronWorkflowSpecWorkflowSpecHooksArgumentsArtifactsOssAccessKeySecret;
    readonly bucket?: string;
    readonly createBucketIfNotPresent?: boolean;
    readonly endpoint?: string;
    readonly key: string;
    readonly lifecycleRule?: CronWorkflowSpecWorkflowSpecHooksArgumentsArtifactsOssLifecycleRule;
    readonly secretKeySecret?: CronWorkflowSpecWorkflowSpecHooksArgumentsArtifactsOssSecretKeySecret;
    readonly securityToken?: string;
    readonly useSdkCreds?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecHooksArgumentsArtifactsPlugin {
    readonly configuration?: string;
    readonly connectionTimeoutSeconds?: number;
    readonly key: string;
    readonly name?: string;
}
export interface CronWorkflowSpecWorkflowSpecHooksArgumentsArtifactsRaw {
    readonly data: string;
}
export interface CronWorkflowSpecWorkflowSpecHooksArgumentsArtifactsS3 {
    readonly accessKeySecret?: CronWorkflowSpecWorkflowSpecHooksArgumentsArtifactsS3AccessKeySecret;
    readonly addressingStyle?: CronWorkflowSpecWorkflowSpecHooksArgumentsArtifactsS3AddressingStyle;
    readonly bucket?: string;
    readonly caSecret?: CronWorkflowSpecWorkflowSpecHooksArgumentsArtifactsS3CaSecret;
    readonly createBucketIfNotPresent?: CronWorkflowSpecWorkflowSpecHooksArgumentsArtifactsS3CreateBucketIfNotPresent;
    readonly encryptionOptions?: CronWorkflowSpecWorkflowSpecHooksArgumentsArtifactsS3EncryptionOptions;
    readonly endpoint?: string;
    readonly insecure?: boolean;
    readonly key?: string;
    readonly region?: string;
    readonly roleArn?: string;
    readonly secretKeySecret?: CronWorkflowSpecWorkflowSpecHooksArgumentsArtifactsS3SecretKeySecret;
    readonly sessionTokenSecret?: CronWorkflowSpecWorkflowSpecHooksArgumentsArtifactsS3SessionTokenSecret;
    readonly useSdkCreds?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecHooksArgumentsParametersValueFrom {
    readonly configMapKeyRef?: CronWorkflowSpecWorkflowSpecHooksArgumentsParametersValueFromConfigMapKeyRef;
    readonly default?: string;
    readonly event?: string;
    readonly expression?: string;
    readonly jqFilter?: string;
    readonly jsonPath?: string;
    readonly parameter?: string;
    readonly path?: string;
    readonly supplied?: any;
}
export declare enum CronWorkflowSpecWorkflowSpecMetricsPrometheusGaugeOperation {
    SET = "Set",
    ADD = "Add",
    SUB = "Sub"
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution {
    readonly preference: CronWorkflowSpecWorkflowSpecTemplateDefaultsAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference;
    readonly weight: number;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution {
    readonly nodeSelectorTerms: CronWorkflowSpecWorkflowSpecTemplateDefaultsAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms[];
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution {
    readonly podAffinityTerm: CronWorkflowSpecWorkflowSpecTemplateDefaultsAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm;
    readonly weight: number;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution {
    readonly labelSelector?: CronWorkflowSpecWorkflowSpecTemplateDefaultsAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector;
    readonly matchLabelKeys?: string[];
    readonly mismatchLabelKeys?: string[];
    readonly namespaceSelector?: CronWorkflowSpecWorkflowSpecTemplateDefaultsAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector;
    readonly namespaces?: string[];
    readonly topologyKey: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution {
    readonly podAffinityTerm: CronWorkflowSpecWorkflowSpecTemplateDefaultsAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm;
    readonly weight: number;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution {
    readonly labelSelector?: CronWorkflowSpecWorkflowSpecTemplateDefaultsAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector;
    readonly matchLabelKeys?: string[];
    readonly mismatchLabelKeys?: string[];
    readonly namespaceSelector?: CronWorkflowSpecWorkflowSpecTemplateDefaultsAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector;
    readonly namespaces?: string[];
    readonly topologyKey: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsArchiveLocationArtifactoryPasswordSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsArchiveLocationArtifactoryUsernameSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsArchiveLocationAzureAccountKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsArchiveLocationGcsServiceAccountKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsArchiveLocationGitPasswordSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsArchiveLocationGitSshPrivateKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsArchiveLocationGitUsernameSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsArchiveLocationHdfsKrbCCacheSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsArchiveLocationHdfsKrbConfigConfigMap {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsArchiveLocationHdfsKrbKeytabSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsArchiveLocationHttpAuth {
    readonly basicAuth?: CronWorkflowSpecWorkflowSpecTemplateDefaultsArchiveLocationHttpAuthBasicAuth;
    readonly clientCert?: CronWorkflowSpecWorkflowSpecTemplateDefaultsArchiveLocationHttpAuthClientCert;
    readonly oauth2?: CronWorkflowSpecWorkflowSpecTemplateDefaultsArchiveLocationHttpAuthOauth2;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsArchiveLocationHttpHeaders {
    readonly name: string;
    readonly value: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsArchiveLocationOssAccessKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsArchiveLocationOssLifecycleRule {
    readonly markDeletionAfterDays?: number;
    readonly markInfrequentAccessAfterDays?: number;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsArchiveLocationOssSecretKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsArchiveLocationS3AccessKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export declare enum CronWorkflowSpecWorkflowSpecTemplateDefaultsArchiveLocationS3AddressingStyle {
    PATH = "path",
    VIRTUAL_HYPHEN_HOSTED = "virtual-hosted"
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsArchiveLocationS3CaSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsArchiveLocationS3CreateBucketIfNotPresent {
    readonly objectLocking?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsArchiveLocationS3EncryptionOptions {
    readonly enableEncryption?: boolean;
    readonly kmsEncryptionContext?: string;
    readonly kmsKeyId?: string;
    readonly serverSideCustomerKeySecret?: CronWorkflowSpecWorkflowSpecTemplateDefaultsArchiveLocationS3EncryptionOptionsServerSideCustomerKeySecret;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsArchiveLocationS3SecretKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsArchiveLocationS3SessionTokenSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsContainerEnvValueFrom {
    readonly configMapKeyRef?: CronWorkflowSpecWorkflowSpecTemplateDefaultsContainerEnvValueFromConfigMapKeyRef;
    readonly fieldRef?: CronWorkflowSpecWorkflowSpecTemplateDefaultsContainerEnvValueFromFieldRef;
    readonly fileKeyRef?: CronWorkflowSpecWorkflowSpecTemplateDefaultsContainerEnvValueFromFileKeyRef;
    readonly resourceFieldRef?: CronWorkflowSpecWorkflowSpecTemplateDefaultsContainerEnvValueFromResourceFieldRef;
    readonly secretKeyRef?: CronWorkflowSpecWorkflowSpecTemplateDefaultsContainerEnvValueFromSecretKeyRef;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsContainerEnvFromConfigMapRef {
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsContainerEnvFromSecretRef {
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsContainerLifecyclePostStart {
    readonly exec?: CronWorkflowSpecWorkflowSpecTemplateDefaultsContainerLifecyclePostStartExec;
    readonly httpGet?: CronWorkflowSpecWorkflowSpecTemplateDefaultsContainerLifecyclePostStartHttpGet;
    readonly sleep?: CronWorkflowSpecWorkflowSpecTemplateDefaultsContainerLifecyclePostStartSleep;
    readonly tcpSocket?: CronWorkflowSpecWorkflowSpecTemplateDefaultsContainerLifecyclePostStartTcpSocket;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsContainerLifecyclePreStop {
    readonly exec?: CronWorkflowSpecWorkflowSpecTemplateDefaultsContainerLifecyclePreStopExec;
    readonly httpGet?: CronWorkflowSpecWorkflowSpecTemplateDefaultsContainerLifecyclePreStopHttpGet;
    readonly sleep?: CronWorkflowSpecWorkflowSpecTemplateDefaultsContainerLifecyclePreStopSleep;
    readonly tcpSocket?: CronWorkflowSpecWorkflowSpecTemplateDefaultsContainerLifecyclePreStopTcpSocket;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsContainerLivenessProbeExec {
    readonly command?: string[];
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsContainerLivenessProbeGrpc {
    readonly port: number;
    readonly service?: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsContainerLivenessProbeHttpGet {
    readonly host?: string;
    readonly httpHeaders?: CronWorkflowSpecWorkflowSpecTemplateDefaultsContainerLivenessProbeHttpGetHttpHeaders[];
    readonly path?: string;
    readonly port: CronWorkflowSpecWorkflowSpecTemplateDefaultsContainerLivenessProbeHttpGetPort;
    readonly scheme?: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsContainerLivenessProbeTcpSocket {
    readonly host?: string;
    readonly port: CronWorkflowSpecWorkflowSpecTemplateDefaultsContainerLivenessProbeTcpSocketPort;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsContainerReadinessProbeExec {
    readonly command?: string[];
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsContainerReadinessProbeGrpc {
    readonly port: number;
    readonly service?: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsContainerReadinessProbeHttpGet {
    readonly host?: string;
    readonly httpHeaders?: CronWorkflowSpecWorkflowSpecTemplateDefaultsContainerReadinessProbeHttpGetHttpHeaders[];
    readonly path?: string;
    readonly port: CronWorkflowSpecWorkflowSpecTemplateDefaultsContainerReadinessProbeHttpGetPort;
    readonly scheme?: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsContainerReadinessProbeTcpSocket {
    readonly host?: string;
    readonly port: CronWorkflowSpecWorkflowSpecTemplateDefaultsContainerReadinessProbeTcpSocketPort;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsContainerResourcesClaims {
    readonly name: string;
    readonly request?: string;
}
export declare class CronWorkflowSpecWorkflowSpecTemplateDefaultsContainerResourcesLimits {
    readonly value: number | string;
    static fromNumber(value: number): CronWorkflowSpecWorkflowSpecTemplateDefaultsContainerResourcesLimits;
    static fromString(value: string): CronWorkflowSpecWorkflowSpecTemplateDefaultsContainerResourcesLimits;
    private constructor();
}
export declare class CronWorkflowSpecWorkflowSpecTemplateDefaultsContainerResourcesRequests {
    readonly value: number | string;
    static fromNumber(value: number): CronWorkflowSpecWorkflowSpecTemplateDefaultsContainerResourcesRequests;
    static fromString(value: string): CronWorkflowSpecWorkflowSpecTemplateDefaultsContainerResourcesRequests;
    private constructor();
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsContainerRestartPolicyRulesExitCodes {
    readonly operator: string;
    readonly values?: number[];
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsContainerSecurityContextAppArmorProfile {
    readonly localhostProfile?: string;
    readonly type: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsContainerSecurityContextCapabilities {
    readonly add?: string[];
    readonly drop?: string[];
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsContainerSecurityContextSeLinuxOptions {
    readonly level?: string;
    readonly role?: string;
    readonly type?: string;
    readonly user?: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsContainerSecurityContextSeccompProfile {
    readonly localhostProfile?: string;
    readonly type: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsContainerSecurityContextWindowsOptions {
    readonly gmsaCredentialSpec?: string;
    readonly gmsaCredentialSpecName?: string;
    readonly hostProcess?: boolean;
    readonly runAsUserName?: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsContainerStartupProbeExec {
    readonly command?: string[];
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsContainerStartupProbeGrpc {
    readonly port: number;
    readonly service?: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsContainerStartupProbeHttpGet {
    readonly host?: string;
    readonly httpHeaders?: CronWorkflowSpecWorkflowSpecTemplateDefaultsContainerStartupProbeHttpGetHttpHeaders[];
    readonly path?: string;
    readonly port: CronWorkflowSpecWorkflowSpecTemplateDefaultsContainerStartupProbeHttpGetPort;
    readonly scheme?: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsContainerStartupProbeTcpSocket {
    readonly host?: string;
    readonly port: CronWorkflowSpecWorkflowSpecTemplateDefaultsContainerStartupProbeTcpSocketPort;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsContainerSetContainersEnv {
    readonly name: string;
    readonly value?: string;
    readonly valueFrom?: CronWorkflowSpecWorkflowSpecTemplateDefaultsContainerSetContainersEnvValueFrom;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsContainerSetContainersEnvFrom {
    readonly configMapRef?: CronWorkflowSpecWorkflowSpecTemplateDefaultsContainerSetContainersEnvFromConfigMapRef;
    readonly prefix?: string;
    readonly secretRef?: CronWorkflowSpecWorkflowSpecTemplateDefaultsContainerSetContainersEnvFromSecretRef;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsContainerSetContainersLifecycle {
    readonly postStart?: CronWorkflowSpecWorkflowSpecTemplateDefaultsContainerSetContainersLifecyclePostStart;
    readonly preStop?: CronWorkflowSpecWorkflowSpecTemplateDefaultsContainerSetContainersLifecyclePreStop;
    readonly stopSignal?: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsContainerSetContainersLivenessProbe {
    readonly exec?: CronWorkflowSpecWorkflowSpecTemplateDefaultsContainerSetContainersLivenessProbeExec;
    readonly failureThreshold?: number;
    readonly grpc?: CronWorkflowSpecWorkflowSpecTemplateDefaultsContainerSetContainersLivenessProbeGrpc;
    readonly httpGet?: CronWorkflowSpecWorkflowSpecTemplateDefaultsContainerSetContainersLivenessProbeHttpGet;
    readonly initialDelaySeconds?: number;
    readonly periodSeconds?: number;
    readonly successThreshold?: number;
    readonly tcpSocket?: CronWorkflowSpecWorkflowSpecTemplateDefaultsContainerSetContainersLivenessProbeTcpSocket;
    readonly terminationGracePeriodSeconds?: number;
    readonly timeoutSeconds?: number;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsContainerSetContainersPorts {
    readonly containerPort: number;
    readonly hostIp?: string;
    readonly hostPort?: number;
    readonly name?: string;
    readonly protocol?: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsContainerSetContainersReadinessProbe {
    readonly exec?: CronWorkflowSpecWorkflowSpecTemplateDefaultsContainerSetContainersReadinessProbeExec;
    readonly failureThreshold?: number;
    readonly grpc?: CronWorkflowSpecWorkflowSpecTemplateDefaultsContainerSetContainersReadinessProbeGrpc;
    readonly httpGet?: CronWorkflowSpecWorkflowSpecTemplateDefaultsContainerSetContainersReadinessProbeHttpGet;
    readonly initialDelaySeconds?: number;
    readonly periodSeconds?: number;
    readonly successThreshold?: number;
    readonly tcpSocket?: CronWorkflowSpecWorkflowSpecTemplateDefaultsContainerSetContainersReadinessProbeTcpSocket;
    readonly terminationGracePeriodSeconds?: number;
    readonly timeoutSeconds?: number;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsContainerSetContainersResizePolicy {
    readonly resourceName: string;
    readonly restartPolicy: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsContainerSetContainersResources {
    readonly claims?: CronWorkflowSpecWorkflowSpecTemplateDefaultsContainerSetContainersResourcesClaims[];
    readonly limits?: {
        [key: string]: CronWorkflowSpecWorkflowSpecTemplateDefaultsContainerSetContainersResourcesLimits;
    };
    readonly requests?: {
        [key: string]: CronWorkflowSpecWorkflowSpecTemplateDefaultsContainerSetContainersResourcesRequests;
    };
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsContainerSetContainersRestartPolicyRules {
    readonly action: string;
    readonly exitCodes?: CronWorkflowSpecWorkflowSpecTemplateDefaultsContainerSetContainersRestartPolicyRulesExitCodes;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsContainerSetContainersSecurityContext {
    readonly allowPrivilegeEscalation?: boolean;
    readonly appArmorProfile?: CronWorkflowSpecWorkflowSpecTemplateDefaultsContainerSetContainersSecurityContextAppArmorProfile;
    readonly capabilities?: CronWorkflowSpecWorkflowSpecTemplateDefaultsContainerSetContainersSecurityContextCapabilities;
    readonly privileged?: boolean;
    readonly procMount?: string;
    readonly readOnlyRootFilesystem?: boolean;
    readonly runAsGroup?: number;
    readonly runAsNonRoot?: boolean;
    readonly runAsUser?: number;
    readonly seLinuxOptions?: CronWorkflowSpecWorkflowSpecTemplateDefaultsContainerSetContainersSecurityContextSeLinuxOptions;
    readonly seccompProfile?: CronWorkflowSpecWorkflowSpecTemplateDefaultsContainerSetContainersSecurityContextSeccompProfile;
    readonly windowsOptions?: CronWorkflowSpecWorkflowSpecTemplateDefaultsContainerSetContainersSecurityContextWindowsOptions;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsContainerSetContainersStartupProbe {
    readonly exec?: CronWorkflowSpecWorkflowSpecTemplateDefaultsContainerSetContainersStartupProbeExec;
    readonly failureThreshold?: number;
    readonly grpc?: CronWorkflowSpecWorkflowSpecTemplateDefaultsContainerSetContainersStartupProbeGrpc;
    readonly httpGet?: CronWorkflowSpecWorkflowSpecTemplateDefaultsContainerSetContainersStartupProbeHttpGet;
    readonly initialDelaySeconds?: number;
    readonly periodSeconds?: number;
    readonly successThreshold?: number;
    readonly tcpSocket?: CronWorkflowSpecWorkflowSpecTemplateDefaultsContainerSetContainersStartupProbeTcpSocket;
    readonly terminationGracePeriodSeconds?: number;
    readonly timeoutSeconds?: number;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsContainerSetContainersVolumeDevices {
    readonly devicePath: string;
    readonly name: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsContainerSetContainersVolumeMounts {
    readonly mountPath: string;
    readonly mountPropagation?: string;
    readonly name: string;
    readonly readOnly?: boolean;
    readonly recursiveReadOnly?: string;
    readonly subPath?: string;
    readonly subPathExpr?: string;
}
export declare class CronWorkflowSpecWorkflowSpecTemplateDefaultsContainerSetRetryStrategyRetries {
    readonly value: number | string;
    static fromNumber(value: number): CronWorkflowSpecWorkflowSpecTemplateDefaultsContainerSetRetryStrategyRetries;
    static fromString(value: string): CronWorkflowSpecWorkflowSpecTemplateDefaultsContainerSetRetryStrategyRetries;
    private constructor();
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsDagTasksArguments {
    readonly artifacts?: CronWorkflowSpecWorkflowSpecTemplateDefaultsDagTasksArgumentsArtifacts[];
    readonly parameters?: CronWorkflowSpecWorkflowSpecTemplateDefaultsDagTasksArgumentsParameters[];
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsDagTasksContinueOn {
    readonly error?: boolean;
    readonly failed?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsDagTasksHooks {
    readonly arguments?: CronWorkflowSpecWorkflowSpecTemplateDefaultsDagTasksHooksArguments;
    readonly expression?: string;
    readonly template?: string;
    readonly templateRef?: CronWorkflowSpecWorkflowSpecTemplateDefaultsDagTasksHooksTemplateRef;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsDagTasksTemplateRef {
    readonly clusterScope?: boolean;
    readonly name?: string;
    readonly template?: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsDagTasksWithSequence {
    readonly count?: CronWorkflowSpecWorkflowSpecTemplateDefaultsDagTasksWithSequenceCount;
    readonly end?: CronWorkflowSpecWorkflowSpecTemplateDefaultsDagTasksWithSequenceEnd;
    readonly format?: string;
    readonly start?: CronWorkflowSpecWorkflowSpecTemplateDefaultsDagTasksWithSequenceStart;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsDataSourceArtifactPaths {
    readonly archive?: CronWorkflowSpecWorkflowSpecTemplateDefaultsDataSourceArtifactPathsArchive;
    readonly archiveLogs?: boolean;
    readonly artifactGc?: CronWorkflowSpecWorkflowSpecTemplateDefaultsDataSourceArtifactPathsArtifactGc;
    readonly artifactory?: CronWorkflowSpecWorkflowSpecTemplateDefaultsDataSourceArtifactPathsArtifactory;
    readonly azure?: CronWorkflowSpecWorkflowSpecTemplateDefaultsDataSourceArtifactPathsAzure;
    readonly deleted?: boolean;
    readonly from?: string;
    readonly fromExpression?: string;
    readonly gcs?: CronWorkflowSpecWorkflowSpecTemplateDefaultsDataSourceArtifactPathsGcs;
    readonly git?: CronWorkflowSpecWorkflowSpecTemplateDefaultsDataSourceArtifactPathsGit;
    readonly globalName?: string;
    readonly hdfs?: CronWorkflowSpecWorkflowSpecTemplateDefaultsDataSourceArtifactPathsHdfs;
    readonly http?: CronWorkflowSpecWorkflowSpecTemplateDefaultsDataSourceArtifactPathsHttp;
    readonly mode?: number;
    readonly name: string;
    readonly optional?: boolean;
    readonly oss?: CronWorkflowSpecWorkflowSpecTemplateDefaultsDataSourceArtifactPathsOss;
    readonly path?: string;
    readonly plugin?: CronWorkflowSpecWorkflowSpecTemplateDefaultsDataSourceArtifactPathsPlugin;
    readonly raw?: CronWorkflowSpecWorkflowSpecTemplateDefaultsDataSourceArtifactPathsRaw;
    readonly recurseMode?: boolean;
    readonly s3?: CronWorkflowSpecWorkflowSpecTemplateDefaultsDataSourceArtifactPathsS3;
    readonly subPath?: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsHttpHeadersValueFrom {
    readonly secretKeyRef?: CronWorkflowSpecWorkflowSpecTemplateDefaultsHttpHeadersValueFromSecretKeyRef;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsInitContainersEnvValueFrom {
    readonly configMapKeyRef?: CronWorkflowSpecWorkflowSpecTemplateDefaultsInitContainersEnvValueFromConfigMapKeyRef;
    readonly fieldRef?: CronWorkflowSpecWorkflowSpecTemplateDefaultsInitContainersEnvValueFromFieldRef;
    readonly fileKeyRef?: CronWorkflowSpecWorkflowSpecTemplateDefaultsInitContainersEnvValueFromFileKeyRef;
    readonly resourceFieldRef?: CronWorkflowSpecWorkflowSpecTemplateDefaultsInitContainersEnvValueFromResourceFieldRef;
    readonly secretKeyRef?: CronWorkflowSpecWorkflowSpecTemplateDefaultsInitContainersEnvValueFromSecretKeyRef;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsInitContainersEnvFromConfigMapRef {
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsInitContainersEnvFromSecretRef {
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsInitContainersLifecyclePostStart {
    readonly exec?: CronWorkflowSpecWorkflowSpecTemplateDefaultsInitContainersLifecyclePostStartExec;
    readonly httpGet?: CronWorkflowSpecWorkflowSpecTemplateDefaultsInitContainersLifecyclePostStartHttpGet;
    readonly sleep?: CronWorkflowSpecWorkflowSpecTemplateDefaultsInitContainersLifecyclePostStartSleep;
    readonly tcpSocket?: CronWorkflowSpecWorkflowSpecTemplateDefaultsInitContainersLifecyclePostStartTcpSocket;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsInitContainersLifecyclePreStop {
    readonly exec?: CronWorkflowSpecWorkflowSpecTemplateDefaultsInitContainersLifecyclePreStopExec;
    readonly httpGet?: CronWorkflowSpecWorkflowSpecTemplateDefaultsInitContainersLifecyclePreStopHttpGet;
    readonly sleep?: CronWorkflowSpecWorkflowSpecTemplateDefaultsInitContainersLifecyclePreStopSleep;
    readonly tcpSocket?: CronWorkflowSpecWorkflowSpecTemplateDefaultsInitContainersLifecyclePreStopTcpSocket;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsInitContainersLivenessProbeExec {
    readonly command?: string[];
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsInitContainersLivenessProbeGrpc {
    readonly port: number;
    readonly service?: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsInitContainersLivenessProbeHttpGet {
    readonly host?: string;
    readonly httpHeaders?: CronWorkflowSpecWorkflowSpecTemplateDefaultsInitContainersLivenessProbeHttpGetHttpHeaders[];
    readonly path?: string;
    readonly port: CronWorkflowSpecWorkflowSpecTemplateDefaultsInitContainersLivenessProbeHttpGetPort;
    readonly scheme?: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsInitContainersLivenessProbeTcpSocket {
    readonly host?: string;
    readonly port: CronWorkflowSpecWorkflowSpecTemplateDefaultsInitContainersLivenessProbeTcpSocketPort;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsInitContainersReadinessProbeExec {
    readonly command?: string[];
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsInitContainersReadinessProbeGrpc {
    readonly port: number;
    readonly service?: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsInitContainersReadinessProbeHttpGet {
    readonly host?: string;
    readonly httpHeaders?: CronWorkflowSpecWorkflowSpecTemplateDefaultsInitContainersReadinessProbeHttpGetHttpHeaders[];
    readonly path?: string;
    readonly port: CronWorkflowSpecWorkflowSpecTemplateDefaultsInitContainersReadinessProbeHttpGetPort;
    readonly scheme?: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsInitContainersReadinessProbeTcpSocket {
    readonly host?: string;
    readonly port: CronWorkflowSpecWorkflowSpecTemplateDefaultsInitContainersReadinessProbeTcpSocketPort;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsInitContainersResourcesClaims {
    readonly name: string;
    readonly request?: string;
}
export declare class CronWorkflowSpecWorkflowSpecTemplateDefaultsInitContainersResourcesLimits {
    readonly value: number | string;
    static fromNumber(value: number): CronWorkflowSpecWorkflowSpecTemplateDefaultsInitContainersResourcesLimits;
    static fromString(value: string): CronWorkflowSpecWorkflowSpecTemplateDefaultsInitContainersResourcesLimits;
    private constructor();
}
export declare class CronWorkflowSpecWorkflowSpecTemplateDefaultsInitContainersResourcesRequests {
    readonly value: number | string;
    static fromNumber(value: number): CronWorkflowSpecWorkflowSpecTemplateDefaultsInitContainersResourcesRequests;
    static fromString(value: string): CronWorkflowSpecWorkflowSpecTemplateDefaultsInitContainersResourcesRequests;
    private constructor();
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsInitContainersRestartPolicyRulesExitCodes {
    readonly operator: string;
    readonly values?: number[];
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsInitContainersSecurityContextAppArmorProfile {
    readonly localhostProfile?: string;
    readonly type: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsInitContainersSecurityContextCapabilities {
    readonly add?: string[];
    readonly drop?: string[];
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsInitContainersSecurityContextSeLinuxOptions {
    readonly level?: string;
    readonly role?: string;
    readonly type?: string;
    readonly user?: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsInitContainersSecurityContextSeccompProfile {
    readonly localhostProfile?: string;
    readonly type: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsInitContainersSecurityContextWindowsOptions {
    readonly gmsaCredentialSpec?: string;
    readonly gmsaCredentialSpecName?: string;
    readonly hostProcess?: boolean;
    readonly runAsUserName?: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsInitContainersStartupProbeExec {
    readonly command?: string[];
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsInitContainersStartupProbeGrpc {
    readonly port: number;
    readonly service?: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsInitContainersStartupProbeHttpGet {
    readonly host?: string;
    readonly httpHeaders?: CronWorkflowSpecWorkflowSpecTemplateDefaultsInitContainersStartupProbeHttpGetHttpHeaders[];
    readonly path?: string;
    readonly port: CronWorkflowSpecWorkflowSpecTemplateDefaultsInitContainersStartupProbeHttpGetPort;
    readonly scheme?: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsInitContainersStartupProbeTcpSocket {
    readonly host?: string;
    readonly port: CronWorkflowSpecWorkflowSpecTemplateDefaultsInitContainersStartupProbeTcpSocketPort;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsInputsArtifactsArchive {
    readonly none?: any;
    readonly tar?: CronWorkflowSpecWorkflowSpecTemplateDefaultsInputsArtifactsArchiveTar;
    readonly zip?: any;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsInputsArtifactsArtifactGc {
    readonly podMetadata?: CronWorkflowSpecWorkflowSpecTemplateDefaultsInputsArtifactsArtifactGcPodMetadata;
    readonly serviceAccountName?: string;
    readonly strategy?: CronWorkflowSpecWorkflowSpecTemplateDefaultsInputsArtifactsArtifactGcStrategy;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsInputsArtifactsArtifactory {
    readonly passwordSecret?: CronWorkflowSpecWorkflowSpecTemplateDefaultsInputsArtifactsArtifactoryPasswordSecret;
    readonly url: string;
    readonly usernameSecret?: CronWorkflowSpecWorkflowSpecTemplateDefaultsInputsArtifactsArtifactoryUsernameSecret;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsInputsArtifactsAzure {
    readonly accountKeySecret?: CronWorkflowSpecWorkflowSpecTemplateDefaultsInputsArtifactsAzureAccountKeySecret;
    readonly blob: string;
    readonly container: string;
    readonly endpoint: string;
    readonly useSdkCreds?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsInputsArtifactsGcs {
    readonly bucket?: string;
    readonly key: string;
    readonly serviceAccountKeySecret?: CronWorkflowSpecWorkflowSpecTemplateDefaultsInputsArtifactsGcsServiceAccountKeySecret;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsInputsArtifactsGit {
    readonly branch?: string;
    readonly depth?: number;
    readonly disableSubmodules?: boolean;
    readonly fetch?: string[];
    readonly insecureIgnoreHostKey?: boolean;
    readonly insecureSkipTls?: boolean;
    readonly passwordSecret?: CronWorkflowSpecWorkflowSpecTemplateDefaultsInputsArtifactsGitPasswordSecret;
    readonly repo: string;
    readonly revision?: string;
    readonly singleBranch?: boolean;
    readonly sshPrivateKeySecret?: CronWorkflowSpecWorkflowSpecTemplateDefaultsInputsArtifactsGitSshPrivateKeySecret;
    readonly usernameSecret?: CronWorkflowSpecWorkflowSpecTemplateDefaultsInputsArtifactsGitUsernameSecret;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsInputsArtifactsHdfs {
    readonly addresses?: string[];
    readonly dataTransferProtection?: string;
    readonly force?: boolean;
    readonly hdfsUser?: string;
    readonly krbCCacheSecret?: CronWorkflowSpecWorkflowSpecTemplateDefaultsInputsArtifactsHdfsKrbCCacheSecret;
    readonly krbConfigConfigMap?: CronWorkflowSpecWorkflowSpecTemplateDefaultsInputsArtifactsHdfsKrbConfigConfigMap;
    readonly krbKeytabSecret?: CronWorkflowSpecWorkflowSpecTemplateDefaultsInputsArtifactsHdfsKrbKeytabSecret;
    readonly krbRealm?: string;
    readonly krbServicePrincipalName?: string;
    readonly krbUsername?: string;
    readonly path: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsInputsArtifactsHttp {
    readonly auth?: CronWorkflowSpecWorkflowSpecTemplateDefaultsInputsArtifactsHttpAuth;
    readonly headers?: CronWorkflowSpecWorkflowSpecTemplateDefaultsInputsArtifactsHttpHeaders[];
    readonly saveStreamViaFile?: boolean;
    readonly url: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsInputsArtifactsOss {
    readonly accessKeySecret?: CronWorkflowSpecWorkflowSpecTemplateDefaultsInputsArtifactsOssAccessKeySecret;
    readonly bucket?: string;
    readonly createBucketIfNotPresent?: boolean;
    readonly endpoint?: string;
    readonly key: string;
    readonly lifecycleRule?: CronWorkflowSpecWorkflowSpecTemplateDefaultsInputsArtifactsOssLifecycleRule;
    readonly secretKeySecret?: CronWorkflowSpecWorkflowSpecTemplateDefaultsInputsArtifactsOssSecretKeySecret;
    readonly securityToken?: string;
    readonly useSdkCreds?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsInputsArtifactsPlugin {
    readonly configuration?: string;
    readonly connectionTimeoutSeconds?: number;
    readonly key: string;
    readonly name?: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsInputsArtifactsRaw {
    readonly data: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsInputsArtifactsS3 {
    readonly accessKeySecret?: CronWorkflowSpecWorkflowSpecTemplateDefaultsInputsArtifactsS3AccessKeySecret;
    readonly addressingStyle?: CronWorkflowSpecWorkflowSpecTemplateDefaultsInputsArtifactsS3AddressingStyle;
    readonly bucket?: string;
    readonly caSecret?: CronWorkflowSpecWorkflowSpecTemplateDefaultsInputsArtifactsS3CaSecret;
    readonly createBucketIfNotPresent?: CronWorkflowSpecWorkflowSpecTemplateDefaultsInputsArtifactsS3CreateBucketIfNotPresent;
    readonly encryptionOptions?: CronWorkflowSpecWorkflowSpecTemplateDefaultsInputsArtifactsS3EncryptionOptions;
    readonly endpoint?: string;
    readonly insecure?: boolean;
    readonly key?: string;
    readonly region?: string;
    readonly roleArn?: string;
    readonly secretKeySecret?: CronWorkflowSpecWorkflowSpecTemplateDefaultsInputsArtifactsS3SecretKeySecret;
    readonly sessionTokenSecret?: CronWorkflowSpecWorkflowSpecTemplateDefaultsInputsArtifactsS3SessionTokenSecret;
    readonly useSdkCreds?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsInputsParametersValueFrom {
    readonly configMapKeyRef?: CronWorkflowSpecWorkflowSpecTemplateDefaultsInputsParametersValueFromConfigMapKeyRef;
    readonly default?: string;
    readonly event?: string;
    readonly expression?: string;
    readonly jqFilter?: string;
    readonly jsonPath?: string;
    readonly parameter?: string;
    readonly path?: string;
    readonly supplied?: any;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsMemoizeCacheConfigMap {
    readonly name?: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsMetricsPrometheusCounter {
    readonly value: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsMetricsPrometheusGauge {
    readonly operation?: CronWorkflowSpecWorkflowSpecTemplateDefaultsMetricsPrometheusGaugeOperation;
    readonly realtime: boolean;
    readonly value: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsMetricsPrometheusHistogram {
    readonly buckets: number[];
    readonly value: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsMetricsPrometheusLabels {
    readonly key: string;
    readonly value: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsOutputsArtifactsArchive {
    readonly none?: any;
    readonly tar?: CronWorkflowSpecWorkflowSpecTemplateDefaultsOutputsArtifactsArchiveTar;
    readonly zip?: any;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsOutputsArtifactsArtifactGc {
    readonly podMetadata?: CronWorkflowSpecWorkflowSpecTemplateDefaultsOutputsArtifactsArtifactGcPodMetadata;
    readonly serviceAccountName?: string;
    readonly strategy?: CronWorkflowSpecWorkflowSpecTemplateDefaultsOutputsArtifactsArtifactGcStrategy;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsOutputsArtifactsArtifactory {
    readonly passwordSecret?: CronWorkflowSpecWorkflowSpecTemplateDefaultsOutputsArtifactsArtifactoryPasswordSecret;
    readonly url: string;
    readonly usernameSecret?: CronWorkflowSpecWorkflowSpecTemplateDefaultsOutputsArtifactsArtifactoryUsernameSecret;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsOutputsArtifactsAzure {
    readonly accountKeySecret?: CronWorkflowSpecWorkflowSpecTemplateDefaultsOutputsArtifactsAzureAccountKeySecret;
    readonly blob: string;
    readonly container: string;
    readonly endpoint: string;
    readonly useSdkCreds?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsOutputsArtifactsGcs {
    readonly bucket?: string;
    readonly key: string;
    readonly serviceAccountKeySecret?: CronWorkflowSpecWorkflowSpecTemplateDefaultsOutputsArtifactsGcsServiceAccountKeySecret;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsOutputsArtifactsGit {
    readonly branch?: string;
    readonly depth?: number;
    readonly disableSubmodules?: boolean;
    readonly fetch?: string[];
    readonly insecureIgnoreHostKey?: boolean;
    readonly insecureSkipTls?: boolean;
    readonly passwordSecret?: CronWorkflowSpecWorkflowSpecTemplateDefaultsOutputsArtifactsGitPasswordSecret;
    readonly repo: string;
    readonly revision?: string;
    readonly singleBranch?: boolean;
    readonly sshPrivateKeySecret?: CronWorkflowSpecWorkflowSpecTemplateDefaultsOutputsArtifactsGitSshPrivateKeySecret;
    readonly usernameSecret?: CronWorkflowSpecWorkflowSpecTemplateDefaultsOutputsArtifactsGitUsernameSecret;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsOutputsArtifactsHdfs {
    readonly addresses?: string[];
    readonly dataTransferProtection?: string;
    readonly force?: boolean;
    readonly hdfsUser?: string;
    readonly krbCCacheSecret?: CronWorkflowSpecWorkflowSpecTemplateDefaultsOutputsArtifactsHdfsKrbCCacheSecret;
    readonly krbConfigConfigMap?: CronWorkflowSpecWorkflowSpecTemplateDefaultsOutputsArtifactsHdfsKrbConfigConfigMap;
    readonly krbKeytabSecret?: CronWorkflowSpecWorkflowSpecTemplateDefaultsOutputsArtifactsHdfsKrbKeytabSecret;
    readonly krbRealm?: string;
    readonly krbServicePrincipalName?: string;
    readonly krbUsername?: string;
    readonly path: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsOutputsArtifactsHttp {
    readonly auth?: CronWorkflowSpecWorkflowSpecTemplateDefaultsOutputsArtifactsHttpAuth;
    readonly headers?: CronWorkflowSpecWorkflowSpecTemplateDefaultsOutputsArtifactsHttpHeaders[];
    readonly saveStreamViaFile?: boolean;
    readonly url: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsOutputsArtifactsOss {
    readonly accessKeySecret?: CronWorkflowSpecWorkflowSpecTemplateDefaultsOutputsArtifactsOssAccessKeySecret;
    readonly bucket?: string;
    readonly createBucketIfNotPresent?: boolean;
    readonly endpoint?: string;
    readonly key: string;
    readonly lifecycleRule?: CronWorkflowSpecWorkflowSpecTemplateDefaultsOutputsArtifactsOssLifecycleRule;
    readonly secretKeySecret?: CronWorkflowSpecWorkflowSpecTemplateDefaultsOutputsArtifactsOssSecretKeySecret;
    readonly securityToken?: string;
    readonly useSdkCreds?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsOutputsArtifactsPlugin {
    readonly configuration?: string;
    readonly connectionTimeoutSeconds?: number;
    readonly key: string;
    readonly name?: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsOutputsArtifactsRaw {
    readonly data: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsOutputsArtifactsS3 {
    readonly accessKeySecret?: CronWorkflowSpecWorkflowSpecTemplateDefaultsOutputsArtifactsS3AccessKeySecret;
    readonly addressingStyle?: CronWorkflowSpecWorkflowSpecTemplateDefaultsOutputsArtifactsS3AddressingStyle;
    readonly bucket?: string;
    readonly caSecret?: CronWorkflowSpecWorkflowSpecTemplateDefaultsOutputsArtifactsS3CaSecret;
    readonly createBucketIfNotPresent?: CronWorkflowSpecWorkflowSpecTemplateDefaultsOutputsArtifactsS3CreateBucketIfNotPresent;
    readonly encryptionOptions?: CronWorkflowSpecWorkflowSpecTemplateDefaultsOutputsArtifactsS3EncryptionOptions;
    readonly endpoint?: string;
    readonly insecure?: boolean;
    readonly key?: string;
    readonly region?: string;
    readonly roleArn?: string;
    readonly secretKeySecret?: CronWorkflowSpecWorkflowSpecTemplateDefaultsOutputsArtifactsS3SecretKeySecret;
    readonly sessionTokenSecret?: CronWorkflowSpecWorkflowSpecTemplateDefaultsOutputsArtifactsS3SessionTokenSecret;
    readonly useSdkCreds?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsOutputsParametersValueFrom {
    readonly configMapKeyRef?: CronWorkflowSpecWorkflowSpecTemplateDefaultsOutputsParametersValueFromConfigMapKeyRef;
    readonly default?: string;
    readonly event?: string;
    readonly expression?: string;
    readonly jqFilter?: string;
    readonly jsonPath?: string;
    readonly parameter?: string;
    readonly path?: string;
    readonly supplied?: any;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsResourceManifestFromArtifact {
    readonly archive?: CronWorkflowSpecWorkflowSpecTemplateDefaultsResourceManifestFromArtifactArchive;
    readonly archiveLogs?: boolean;
    readonly artifactGc?: CronWorkflowSpecWorkflowSpecTemplateDefaultsResourceManifestFromArtifactArtifactGc;
    readonly artifactory?: CronWorkflowSpecWorkflowSpecTemplateDefaultsResourceManifestFromArtifactArtifactory;
    readonly azure?: CronWorkflowSpecWorkflowSpecTemplateDefaultsResourceManifestFromArtifactAzure;
    readonly deleted?: boolean;
    readonly from?: string;
    readonly fromExpression?: string;
    readonly gcs?: CronWorkflowSpecWorkflowSpecTemplateDefaultsResourceManifestFromArtifactGcs;
    readonly git?: CronWorkflowSpecWorkflowSpecTemplateDefaultsResourceManifestFromArtifactGit;
    readonly globalName?: string;
    readonly hdfs?: CronWorkflowSpecWorkflowSpecTemplateDefaultsResourceManifestFromArtifactHdfs;
    readonly http?: CronWorkflowSpecWorkflowSpecTemplateDefaultsResourceManifestFromArtifactHttp;
    readonly mode?: number;
    readonly name: string;
    readonly optional?: boolean;
    readonly oss?: CronWorkflowSpecWorkflowSpecTemplateDefaultsResourceManifestFromArtifactOss;
    readonly path?: string;
    readonly plugin?: CronWorkflowSpecWorkflowSpecTemplateDefaultsResourceManifestFromArtifactPlugin;
    readonly raw?: CronWorkflowSpecWorkflowSpecTemplateDefaultsResourceManifestFromArtifactRaw;
    readonly recurseMode?: boolean;
    readonly s3?: CronWorkflowSpecWorkflowSpecTemplateDefaultsResourceManifestFromArtifactS3;
    readonly subPath?: string;
}
export declare class CronWorkflowSpecWorkflowSpecTemplateDefaultsRetryStrategyBackoffFactor {
    readonly value: number | string;
    static fromNumber(value: number): CronWorkflowSpecWorkflowSpecTemplateDefaultsRetryStrategyBackoffFactor;
    static fromString(value: string): CronWorkflowSpecWorkflowSpecTemplateDefaultsRetryStrategyBackoffFactor;
    private constructor();
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsScriptEnvValueFrom {
    readonly configMapKeyRef?: CronWorkflowSpecWorkflowSpecTemplateDefaultsScriptEnvValueFromConfigMapKeyRef;
    readonly fieldRef?: CronWorkflowSpecWorkflowSpecTemplateDefaultsScriptEnvValueFromFieldRef;
    readonly fileKeyRef?: CronWorkflowSpecWorkflowSpecTemplateDefaultsScriptEnvValueFromFileKeyRef;
    readonly resourceFieldRef?: CronWorkflowSpecWorkflowSpecTemplateDefaultsScriptEnvValueFromResourceFieldRef;
    readonly secretKeyRef?: CronWorkflowSpecWorkflowSpecTemplateDefaultsScriptEnvValueFromSecretKeyRef;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsScriptEnvFromConfigMapRef {
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsScriptEnvFromSecretRef {
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsScriptLifecyclePostStart {
    readonly exec?: CronWorkflowSpecWorkflowSpecTemplateDefaultsScriptLifecyclePostStartExec;
    readonly httpGet?: CronWorkflowSpecWorkflowSpecTemplateDefaultsScriptLifecyclePostStartHttpGet;
    readonly sleep?: CronWorkflowSpecWorkflowSpecTemplateDefaultsScriptLifecyclePostStartSleep;
    readonly tcpSocket?: CronWorkflowSpecWorkflowSpecTemplateDefaultsScriptLifecyclePostStartTcpSocket;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsScriptLifecyclePreStop {
    readonly exec?: CronWorkflowSpecWorkflowSpecTemplateDefaultsScriptLifecyclePreStopExec;
    readonly httpGet?: CronWorkflowSpecWorkflowSpecTemplateDefaultsScriptLifecyclePreStopHttpGet;
    readonly sleep?: CronWorkflowSpecWorkflowSpecTemplateDefaultsScriptLifecyclePreStopSleep;
    readonly tcpSocket?: CronWorkflowSpecWorkflowSpecTemplateDefaultsScriptLifecyclePreStopTcpSocket;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsScriptLivenessProbeExec {
    readonly command?: string[];
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsScriptLivenessProbeGrpc {
    readonly port: number;
    readonly service?: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsScriptLivenessProbeHttpGet {
    readonly host?: string;
    readonly httpHeaders?: CronWorkflowSpecWorkflowSpecTemplateDefaultsScriptLivenessProbeHttpGetHttpHeaders[];
    readonly path?: string;
    readonly port: CronWorkflowSpecWorkflowSpecTemplateDefaultsScriptLivenessProbeHttpGetPort;
    readonly scheme?: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsScriptLivenessProbeTcpSocket {
    readonly host?: string;
    readonly port: CronWorkflowSpecWorkflowSpecTemplateDefaultsScriptLivenessProbeTcpSocketPort;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsScriptReadinessProbeExec {
    readonly command?: string[];
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsScriptReadinessProbeGrpc {
    readonly port: number;
    readonly service?: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsScriptReadinessProbeHttpGet {
    readonly host?: string;
    readonly httpHeaders?: CronWorkflowSpecWorkflowSpecTemplateDefaultsScriptReadinessProbeHttpGetHttpHeaders[];
    readonly path?: string;
    readonly port: CronWorkflowSpecWorkflowSpecTemplateDefaultsScriptReadinessProbeHttpGetPort;
    readonly scheme?: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsScriptReadinessProbeTcpSocket {
    readonly host?: string;
    readonly port: CronWorkflowSpecWorkflowSpecTemplateDefaultsScriptReadinessProbeTcpSocketPort;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsScriptResourcesClaims {
    readonly name: string;
    readonly request?: string;
}
export declare class CronWorkflowSpecWorkflowSpecTemplateDefaultsScriptResourcesLimits {
    readonly value: number | string;
    static fromNumber(value: number): CronWorkflowSpecWorkflowSpecTemplateDefaultsScriptResourcesLimits;
    static fromString(value: string): CronWorkflowSpecWorkflowSpecTemplateDefaultsScriptResourcesLimits;
    private constructor();
}
export declare class CronWorkflowSpecWorkflowSpecTemplateDefaultsScriptResourcesRequests {
    readonly value: number | string;
    static fromNumber(value: number): CronWorkflowSpecWorkflowSpecTemplateDefaultsScriptResourcesRequests;
    static fromString(value: string): CronWorkflowSpecWorkflowSpecTemplateDefaultsScriptResourcesRequests;
    private constructor();
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsScriptRestartPolicyRulesExitCodes {
    readonly operator: string;
    readonly values?: number[];
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsScriptSecurityContextAppArmorProfile {
    readonly localhostProfile?: string;
    readonly type: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsScriptSecurityContextCapabilities {
    readonly add?: string[];
    readonly drop?: string[];
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsScriptSecurityContextSeLinuxOptions {
    readonly level?: string;
    readonly role?: string;
    readonly type?: string;
    readonly user?: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsScriptSecurityContextSeccompProfile {
    readonly localhostProfile?: string;
    readonly type: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsScriptSecurityContextWindowsOptions {
    readonly gmsaCredentialSpec?: string;
    readonly gmsaCredentialSpecName?: string;
    readonly hostProcess?: boolean;
    readonly runAsUserName?: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsScriptStartupProbeExec {
    readonly command?: string[];
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsScriptStartupProbeGrpc {
    readonly port: number;
    readonly service?: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsScriptStartupProbeHttpGet {
    readonly host?: string;
    readonly httpHeaders?: CronWorkflowSpecWorkflowSpecTemplateDefaultsScriptStartupProbeHttpGetHttpHeaders[];
    readonly path?: string;
    readonly port: CronWorkflowSpecWorkflowSpecTemplateDefaultsScriptStartupProbeHttpGetPort;
    readonly scheme?: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsScriptStartupProbeTcpSocket {
    readonly host?: string;
    readonly port: CronWorkflowSpecWorkflowSpecTemplateDefaultsScriptStartupProbeTcpSocketPort;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsSidecarsEnvValueFrom {
    readonly configMapKeyRef?: CronWorkflowSpecWorkflowSpecTemplateDefaultsSidecarsEnvValueFromConfigMapKeyRef;
    readonly fieldRef?: CronWorkflowSpecWorkflowSpecTemplateDefaultsSidecarsEnvValueFromFieldRef;
    readonly fileKeyRef?: CronWorkflowSpecWorkflowSpecTemplateDefaultsSidecarsEnvValueFromFileKeyRef;
    readonly resourceFieldRef?: CronWorkflowSpecWorkflowSpecTemplateDefaultsSidecarsEnvValueFromResourceFieldRef;
    readonly secretKeyRef?: CronWorkflowSpecWorkflowSpecTemplateDefaultsSidecarsEnvValueFromSecretKeyRef;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsSidecarsEnvFromConfigMapRef {
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsSidecarsEnvFromSecretRef {
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsSidecarsLifecyclePostStart {
    readonly exec?: CronWorkflowSpecWorkflowSpecTemplateDefaultsSidecarsLifecyclePostStartExec;
    readonly httpGet?: CronWorkflowSpecWorkflowSpecTemplateDefaultsSidecarsLifecyclePostStartHttpGet;
    readonly sleep?: CronWorkflowSpecWorkflowSpecTemplateDefaultsSidecarsLifecyclePostStartSleep;
    readonly tcpSocket?: CronWorkflowSpecWorkflowSpecTemplateDefaultsSidecarsLifecyclePostStartTcpSocket;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsSidecarsLifecyclePreStop {
    readonly exec?: CronWorkflowSpecWorkflowSpecTemplateDefaultsSidecarsLifecyclePreStopExec;
    readonly httpGet?: CronWorkflowSpecWorkflowSpecTemplateDefaultsSidecarsLifecyclePreStopHttpGet;
    readonly sleep?: CronWorkflowSpecWorkflowSpecTemplateDefaultsSidecarsLifecyclePreStopSleep;
    readonly tcpSocket?: CronWorkflowSpecWorkflowSpecTemplateDefaultsSidecarsLifecyclePreStopTcpSocket;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsSidecarsLivenessProbeExec {
    readonly command?: string[];
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsSidecarsLivenessProbeGrpc {
    readonly port: number;
    readonly service?: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsSidecarsLivenessProbeHttpGet {
    readonly host?: string;
    readonly httpHeaders?: CronWorkflowSpecWorkflowSpecTemplateDefaultsSidecarsLivenessProbeHttpGetHttpHeaders[];
    readonly path?: string;
    readonly port: CronWorkflowSpecWorkflowSpecTemplateDefaultsSidecarsLivenessProbeHttpGetPort;
    readonly scheme?: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsSidecarsLivenessProbeTcpSocket {
    readonly host?: string;
    readonly port: CronWorkflowSpecWorkflowSpecTemplateDefaultsSidecarsLivenessProbeTcpSocketPort;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsSidecarsReadinessProbeExec {
    readonly command?: string[];
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsSidecarsReadinessProbeGrpc {
    readonly port: number;
    readonly service?: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsSidecarsReadinessProbeHttpGet {
    readonly host?: string;
    readonly httpHeaders?: CronWorkflowSpecWorkflowSpecTemplateDefaultsSidecarsReadinessProbeHttpGetHttpHeaders[];
    readonly path?: string;
    readonly port: CronWorkflowSpecWorkflowSpecTemplateDefaultsSidecarsReadinessProbeHttpGetPort;
    readonly scheme?: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsSidecarsReadinessProbeTcpSocket {
    readonly host?: string;
    readonly port: CronWorkflowSpecWorkflowSpecTemplateDefaultsSidecarsReadinessProbeTcpSocketPort;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsSidecarsResourcesClaims {
    readonly name: string;
    readonly request?: string;
}
export declare class CronWorkflowSpecWorkflowSpecTemplateDefaultsSidecarsResourcesLimits {
    readonly value: number | string;
    static fromNumber(value: number): CronWorkflowSpecWorkflowSpecTemplateDefaultsSidecarsResourcesLimits;
    static fromString(value: string): CronWorkflowSpecWorkflowSpecTemplateDefaultsSidecarsResourcesLimits;
    private constructor();
}
export declare class CronWorkflowSpecWorkflowSpecTemplateDefaultsSidecarsResourcesRequests {
    readonly value: number | string;
    static fromNumber(value: number): CronWorkflowSpecWorkflowSpecTemplateDefaultsSidecarsResourcesRequests;
    static fromString(value: string): CronWorkflowSpecWorkflowSpecTemplateDefaultsSidecarsResourcesRequests;
    private constructor();
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsSidecarsRestartPolicyRulesExitCodes {
    readonly operator: string;
    readonly values?: number[];
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsSidecarsSecurityContextAppArmorProfile {
    readonly localhostProfile?: string;
    readonly type: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsSidecarsSecurityContextCapabilities {
    readonly add?: string[];
    readonly drop?: string[];
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsSidecarsSecurityContextSeLinuxOptions {
    readonly level?: string;
    readonly role?: string;
    readonly type?: string;
    readonly user?: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsSidecarsSecurityContextSeccompProfile {
    readonly localhostProfile?: string;
    readonly type: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsSidecarsSecurityContextWindowsOptions {
    readonly gmsaCredentialSpec?: string;
    readonly gmsaCredentialSpecName?: string;
    readonly hostProcess?: boolean;
    readonly runAsUserName?: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsSidecarsStartupProbeExec {
    readonly command?: string[];
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsSidecarsStartupProbeGrpc {
    readonly port: number;
    readonly service?: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsSidecarsStartupProbeHttpGet {
    readonly host?: string;
    readonly httpHeaders?: CronWorkflowSpecWorkflowSpecTemplateDefaultsSidecarsStartupProbeHttpGetHttpHeaders[];
    readonly path?: string;
    readonly port: CronWorkflowSpecWorkflowSpecTemplateDefaultsSidecarsStartupProbeHttpGetPort;
    readonly scheme?: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsSidecarsStartupProbeTcpSocket {
    readonly host?: string;
    readonly port: CronWorkflowSpecWorkflowSpecTemplateDefaultsSidecarsStartupProbeTcpSocketPort;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsStepsArgumentsArtifacts {
    readonly archive?: CronWorkflowSpecWorkflowSpecTemplateDefaultsStepsArgumentsArtifactsArchive;
    readonly archiveLogs?: boolean;
    readonly artifactGc?: CronWorkflowSpecWorkflowSpecTemplateDefaultsStepsArgumentsArtifactsArtifactGc;
    readonly artifactory?: CronWorkflowSpecWorkflowSpecTemplateDefaultsStepsArgumentsArtifactsArtifactory;
    readonly azure?: CronWorkflowSpecWorkflowSpecTemplateDefaultsStepsArgumentsArtifactsAzure;
    readonly deleted?: boolean;
    readonly from?: string;
    readonly fromExpression?: string;
    readonly gcs?: CronWorkflowSpecWorkflowSpecTemplateDefaultsStepsArgumentsArtifactsGcs;
    readonly git?: CronWorkflowSpecWorkflowSpecTemplateDefaultsStepsArgumentsArtifactsGit;
    readonly globalName?: string;
    readonly hdfs?: CronWorkflowSpecWorkflowSpecTemplateDefaultsStepsArgumentsArtifactsHdfs;
    readonly http?: CronWorkflowSpecWorkflowSpecTemplateDefaultsStepsArgumentsArtifactsHttp;
    readonly mode?: number;
    readonly name: string;
    readonly optional?: boolean;
    readonly oss?: CronWorkflowSpecWorkflowSpecTemplateDefaultsStepsArgumentsArtifactsOss;
    readonly path?: string;
    readonly plugin?: CronWorkflowSpecWorkflowSpecTemplateDefaultsStepsArgumentsArtifactsPlugin;
    readonly raw?: CronWorkflowSpecWorkflowSpecTemplateDefaultsStepsArgumentsArtifactsRaw;
    readonly recurseMode?: boolean;
    readonly s3?: CronWorkflowSpecWorkflowSpecTemplateDefaultsStepsArgumentsArtifactsS3;
    readonly subPath?: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsStepsArgumentsParameters {
    readonly default?: string;
    readonly description?: string;
    readonly enum?: string[];
    readonly globalName?: string;
    readonly name: string;
    readonly value?: string;
    readonly valueFrom?: CronWorkflowSpecWorkflowSpecTemplateDefaultsStepsArgumentsParametersValueFrom;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsStepsHooksArguments {
    readonly artifacts?: CronWorkflowSpecWorkflowSpecTemplateDefaultsStepsHooksArgumentsArtifacts[];
    readonly parameters?: CronWorkflowSpecWorkflowSpecTemplateDefaultsStepsHooksArgumentsParameters[];
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsStepsHooksTemplateRef {
    readonly clusterScope?: boolean;
    readonly name?: string;
    readonly template?: string;
}
export declare class CronWorkflowSpecWorkflowSpecTemplateDefaultsStepsWithSequenceCount {
    readonly value: number | string;
    static fromNumber(value: number): CronWorkflowSpecWorkflowSpecTemplateDefaultsStepsWithSequenceCount;
    static fromString(value: string): CronWorkflowSpecWorkflowSpecTemplateDefaultsStepsWithSequenceCount;
    private constructor();
}
export declare class CronWorkflowSpecWorkflowSpecTemplateDefaultsStepsWithSequenceEnd {
    readonly value: number | string;
    static fromNumber(value: number): CronWorkflowSpecWorkflowSpecTemplateDefaultsStepsWithSequenceEnd;
    static fromString(value: string): CronWorkflowSpecWorkflowSpecTemplateDefaultsStepsWithSequenceEnd;
    private constructor();
}
export declare class CronWorkflowSpecWorkflowSpecTemplateDefaultsStepsWithSequenceStart {
    readonly value: number | string;
    static fromNumber(value: number): CronWorkflowSpecWorkflowSpecTemplateDefaultsStepsWithSequenceStart;
    static fromString(value: string): CronWorkflowSpecWorkflowSpecTemplateDefaultsStepsWithSequenceStart;
    private constructor();
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsSynchronizationSemaphoresConfigMapKeyRef {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsSynchronizationSemaphoresDatabase {
    readonly key: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsVolumesCephfsSecretRef {
    readonly name?: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsVolumesCinderSecretRef {
    readonly name?: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsVolumesConfigMapItems {
    readonly key: string;
    readonly mode?: number;
    readonly path: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsVolumesCsiNodePublishSecretRef {
    readonly name?: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsVolumesDownwardApiItems {
    readonly fieldRef?: CronWorkflowSpecWorkflowSpecTemplateDefaultsVolumesDownwardApiItemsFieldRef;
    readonly mode?: number;
    readonly path: string;
    readonly resourceFieldRef?: CronWorkflowSpecWorkflowSpecTemplateDefaultsVolumesDownwardApiItemsResourceFieldRef;
}
export declare class CronWorkflowSpecWorkflowSpecTemplateDefaultsVolumesEmptyDirSizeLimit {
    readonly value: number | string;
    static fromNumber(value: number): CronWorkflowSpecWorkflowSpecTemplateDefaultsVolumesEmptyDirSizeLimit;
    static fromString(value: string): CronWorkflowSpecWorkflowSpecTemplateDefaultsVolumesEmptyDirSizeLimit;
    private constructor();
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsVolumesEphemeralVolumeClaimTemplate {
    readonly metadata?: CronWorkflowSpecWorkflowSpecTemplateDefaultsVolumesEphemeralVolumeClaimTemplateMetadata;
    readonly spec: CronWorkflowSpecWorkflowSpecTemplateDefaultsVolumesEphemeralVolumeClaimTemplateSpec;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsVolumesFlexVolumeSecretRef {
    readonly name?: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsVolumesIscsiSecretRef {
    readonly name?: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsVolumesProjectedSources {
    readonly clusterTrustBundle?: CronWorkflowSpecWorkflowSpecTemplateDefaultsVolumesProjectedSourcesClusterTrustBundle;
    readonly configMap?: CronWorkflowSpecWorkflowSpecTemplateDefaultsVolumesProjectedSourcesConfigMap;
    readonly downwardApi?: CronWorkflowSpecWorkflowSpecTemplateDefaultsVolumesProjectedSourcesDownwardApi;
    readonly podCertificate?: CronWorkflowSpecWorkflowSpecTemplateDefaultsVolumesProjectedSourcesPodCertificate;
    readonly secret?: CronWorkflowSpecWorkflowSpecTemplateDefaultsVolumesProjectedSourcesSecret;
    readonly serviceAccountToken?: CronWorkflowSpecWorkflowSpecTemplateDefaultsVolumesProjectedSourcesServiceAccountToken;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsVolumesRbdSecretRef {
    readonly name?: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsVolumesScaleIoSecretRef {
    readonly name?: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsVolumesSecretItems {
    readonly key: string;
    readonly mode?: number;
    readonly path: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsVolumesStorageosSecretRef {
    readonly name?: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution {
    readonly preference: CronWorkflowSpecWorkflowSpecTemplatesAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference;
    readonly weight: number;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution {
    readonly nodeSelectorTerms: CronWorkflowSpecWorkflowSpecTemplatesAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms[];
}
export interface CronWorkflowSpecWorkflowSpecTemplatesAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution {
    readonly podAffinityTerm: CronWorkflowSpecWorkflowSpecTemplatesAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm;
    readonly weight: number;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution {
    readonly labelSelector?: CronWorkflowSpecWorkflowSpecTemplatesAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector;
    readonly matchLabelKeys?: string[];
    readonly mismatchLabelKeys?: string[];
    readonly namespaceSelector?: CronWorkflowSpecWorkflowSpecTemplatesAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector;
    readonly namespaces?: string[];
    readonly topologyKey: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution {
    readonly podAffinityTerm: CronWorkflowSpecWorkflowSpecTemplatesAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm;
    readonly weight: number;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution {
    readonly labelSelector?: CronWorkflowSpecWorkflowSpecTemplatesAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector;
    readonly matchLabelKeys?: string[];
    readonly mismatchLabelKeys?: string[];
    readonly namespaceSelector?: CronWorkflowSpecWorkflowSpecTemplatesAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector;
    readonly namespaces?: string[];
    readonly topologyKey: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesArchiveLocationArtifactoryPasswordSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesArchiveLocationArtifactoryUsernameSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesArchiveLocationAzureAccountKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesArchiveLocationGcsServiceAccountKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesArchiveLocationGitPasswordSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesArchiveLocationGitSshPrivateKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesArchiveLocationGitUsernameSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesArchiveLocationHdfsKrbCCacheSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesArchiveLocationHdfsKrbConfigConfigMap {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesArchiveLocationHdfsKrbKeytabSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesArchiveLocationHttpAuth {
    readonly basicAuth?: CronWorkflowSpecWorkflowSpecTemplatesArchiveLocationHttpAuthBasicAuth;
    readonly clientCert?: CronWorkflowSpecWorkflowSpecTemplatesArchiveLocationHttpAuthClientCert;
    readonly oauth2?: CronWorkflowSpecWorkflowSpecTemplatesArchiveLocationHttpAuthOauth2;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesArchiveLocationHttpHeaders {
    readonly name: string;
    readonly value: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesArchiveLocationOssAccessKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesArchiveLocationOssLifecycleRule {
    readonly markDeletionAfterDays?: number;
    readonly markInfrequentAccessAfterDays?: number;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesArchiveLocationOssSecretKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesArchiveLocationS3AccessKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export declare enum CronWorkflowSpecWorkflowSpecTemplatesArchiveLocationS3AddressingStyle {
    PATH = "path",
    VIRTUAL_HYPHEN_HOSTED = "virtual-hosted"
}
export interface CronWorkflowSpecWorkflowSpecTemplatesArchiveLocationS3CaSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesArchiveLocationS3CreateBucketIfNotPresent {
    readonly objectLocking?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesArchiveLocationS3EncryptionOptions {
    readonly enableEncryption?: boolean;
    readonly kmsEncryptionContext?: string;
    readonly kmsKeyId?: string;
    readonly serverSideCustomerKeySecret?: CronWorkflowSpecWorkflowSpecTemplatesArchiveLocationS3EncryptionOptionsServerSideCustomerKeySecret;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesArchiveLocationS3SecretKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesArchiveLocationS3SessionTokenSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesContainerEnvValueFrom {
    readonly configMapKeyRef?: CronWorkflowSpecWorkflowSpecTemplatesContainerEnvValueFromConfigMapKeyRef;
    readonly fieldRef?: CronWorkflowSpecWorkflowSpecTemplatesContainerEnvValueFromFieldRef;
    readonly fileKeyRef?: CronWorkflowSpecWorkflowSpecTemplatesContainerEnvValueFromFileKeyRef;
    readonly resourceFieldRef?: CronWorkflowSpecWorkflowSpecTemplatesContainerEnvValueFromResourceFieldRef;
    readonly secretKeyRef?: CronWorkflowSpecWorkflowSpecTemplatesContainerEnvValueFromSecretKeyRef;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesContainerEnvFromConfigMapRef {
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesContainerEnvFromSecretRef {
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesContainerLifecyclePostStart {
    readonly exec?: CronWorkflowSpecWorkflowSpecTemplatesContainerLifecyclePostStartExec;
    readonly httpGet?: CronWorkflowSpecWorkflowSpecTemplatesContainerLifecyclePostStartHttpGet;
    readonly sleep?: CronWorkflowSpecWorkflowSpecTemplatesContainerLifecyclePostStartSleep;
    readonly tcpSocket?: CronWorkflowSpecWorkflowSpecTemplatesContainerLifecyclePostStartTcpSocket;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesContainerLifecyclePreStop {
    readonly exec?: CronWorkflowSpecWorkflowSpecTemplatesContainerLifecyclePreStopExec;
    readonly httpGet?: CronWorkflowSpecWorkflowSpecTemplatesContainerLifecyclePreStopHttpGet;
    readonly sleep?: CronWorkflowSpecWorkflowSpecTemplatesContainerLifecyclePreStopSleep;
    readonly tcpSocket?: CronWorkflowSpecWorkflowSpecTemplatesContainerLifecyclePreStopTcpSocket;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesContainerLivenessProbeExec {
    readonly command?: string[];
}
export interface CronWorkflowSpecWorkflowSpecTemplatesContainerLivenessProbeGrpc {
    readonly port: number;
    readonly service?: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesContainerLivenessProbeHttpGet {
    readonly host?: string;
    readonly httpHeaders?: CronWorkflowSpecWorkflowSpecTemplatesContainerLivenessProbeHttpGetHttpHeaders[];
    readonly path?: string;
    readonly port: CronWorkflowSpecWorkflowSpecTemplatesContainerLivenessProbeHttpGetPort;
    readonly scheme?: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesContainerLivenessProbeTcpSocket {
    readonly host?: string;
    readonly port: CronWorkflowSpecWorkflowSpecTemplatesContainerLivenessProbeTcpSocketPort;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesContainerReadinessProbeExec {
    readonly command?: string[];
}
export interface CronWorkflowSpecWorkflowSpecTemplatesContainerReadinessProbeGrpc {
    readonly port: number;
    readonly service?: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesContainerReadinessProbeHttpGet {
    readonly host?: string;
    readonly httpHeaders?: CronWorkflowSpecWorkflowSpecTemplatesContainerReadinessProbeHttpGetHttpHeaders[];
    readonly path?: string;
    readonly port: CronWorkflowSpecWorkflowSpecTemplatesContainerReadinessProbeHttpGetPort;
    readonly scheme?: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesContainerReadinessProbeTcpSocket {
    readonly host?: string;
    readonly port: CronWorkflowSpecWorkflowSpecTemplatesContainerReadinessProbeTcpSocketPort;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesContainerResourcesClaims {
    readonly name: string;
    readonly request?: string;
}
export declare class CronWorkflowSpecWorkflowSpecTemplatesContainerResourcesLimits {
    readonly value: number | string;
    static fromNumber(value: number): CronWorkflowSpecWorkflowSpecTemplatesContainerResourcesLimits;
    static fromString(value: string): CronWorkflowSpecWorkflowSpecTemplatesContainerResourcesLimits;
    private constructor();
}
export declare class CronWorkflowSpecWorkflowSpecTemplatesContainerResourcesRequests {
    readonly value: number | string;
    static fromNumber(value: number): CronWorkflowSpecWorkflowSpecTemplatesContainerResourcesRequests;
    static fromString(value: string): CronWorkflowSpecWorkflowSpecTemplatesContainerResourcesRequests;
    private constructor();
}
export interface CronWorkflowSpecWorkflowSpecTemplatesContainerRestartPolicyRulesExitCodes {
    readonly operator: string;
    readonly values?: number[];
}
export interface CronWorkflowSpecWorkflowSpecTemplatesContainerSecurityContextAppArmorProfile {
    readonly localhostProfile?: string;
    readonly type: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesContainerSecurityContextCapabilities {
    readonly add?: string[];
    readonly drop?: string[];
}
export interface CronWorkflowSpecWorkflowSpecTemplatesContainerSecurityContextSeLinuxOptions {
    readonly level?: string;
    readonly role?: string;
    readonly type?: string;
    readonly user?: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesContainerSecurityContextSeccompProfile {
    readonly localhostProfile?: string;
    readonly type: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesContainerSecurityContextWindowsOptions {
    readonly gmsaCredentialSpec?: string;
    readonly gmsaCredentialSpecName?: string;
    readonly hostProcess?: boolean;
    readonly runAsUserName?: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesContainerStartupProbeExec {
    readonly command?: string[];
}
export interface CronWorkflowSpecWorkflowSpecTemplatesContainerStartupProbeGrpc {
    readonly port: number;
    readonly service?: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesContainerStartupProbeHttpGet {
    readonly host?: string;
    readonly httpHeaders?: CronWorkflowSpecWorkflowSpecTemplatesContainerStartupProbeHttpGetHttpHeaders[];
    readonly path?: string;
    readonly port: CronWorkflowSpecWorkflowSpecTemplatesContainerStartupProbeHttpGetPort;
    readonly scheme?: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesContainerStartupProbeTcpSocket {
    readonly host?: string;
    readonly port: CronWorkflowSpecWorkflowSpecTemplatesContainerStartupProbeTcpSocketPort;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesContainerSetContainersEnv {
    readonly name: string;
    readonly value?: string;
    readonly valueFrom?: CronWorkflowSpecWorkflowSpecTemplatesContainerSetContainersEnvValueFrom;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesContainerSetContainersEnvFrom {
    readonly configMapRef?: CronWorkflowSpecWorkflowSpecTemplatesContainerSetContainersEnvFromConfigMapRef;
    readonly prefix?: string;
    readonly secretRef?: CronWorkflowSpecWorkflowSpecTemplatesContainerSetContainersEnvFromSecretRef;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesContainerSetContainersLifecycle {
    readonly postStart?: CronWorkflowSpecWorkflowSpecTemplatesContainerSetContainersLifecyclePostStart;
    readonly preStop?: CronWorkflowSpecWorkflowSpecTemplatesContainerSetContainersLifecyclePreStop;
    readonly stopSignal?: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesContainerSetContainersLivenessProbe {
    readonly exec?: CronWorkflowSpecWorkflowSpecTemplatesContainerSetContainersLivenessProbeExec;
    readonly failureThreshold?: number;
    readonly grpc?: CronWorkflowSpecWorkflowSpecTemplatesContainerSetContainersLivenessProbeGrpc;
    readonly httpGet?: CronWorkflowSpecWorkflowSpecTemplatesContainerSetContainersLivenessProbeHttpGet;
    readonly initialDelaySeconds?: number;
    readonly periodSeconds?: number;
    readonly successThreshold?: number;
    readonly tcpSocket?: CronWorkflowSpecWorkflowSpecTemplatesContainerSetContainersLivenessProbeTcpSocket;
    readonly terminationGracePeriodSeconds?: number;
    readonly timeoutSeconds?: number;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesContainerSetContainersPorts {
    readonly containerPort: number;
    readonly hostIp?: string;
    readonly hostPort?: number;
    readonly name?: string;
    readonly protocol?: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesContainerSetContainersReadinessProbe {
    readonly exec?: CronWorkflowSpecWorkflowSpecTemplatesContainerSetContainersReadinessProbeExec;
    readonly failureThreshold?: number;
    readonly grpc?: CronWorkflowSpecWorkflowSpecTemplatesContainerSetContainersReadinessProbeGrpc;
    readonly httpGet?: CronWorkflowSpecWorkflowSpecTemplatesContainerSetContainersReadinessProbeHttpGet;
    readonly initialDelaySeconds?: number;
    readonly periodSeconds?: number;
    readonly successThreshold?: number;
    readonly tcpSocket?: CronWorkflowSpecWorkflowSpecTemplatesContainerSetContainersReadinessProbeTcpSocket;
    readonly terminationGracePeriodSeconds?: number;
    readonly timeoutSeconds?: number;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesContainerSetContainersResizePolicy {
    readonly resourceName: string;
    readonly restartPolicy: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesContainerSetContainersResources {
    readonly claims?: CronWorkflowSpecWorkflowSpecTemplatesContainerSetContainersResourcesClaims[];
    readonly limits?: {
        [key: string]: CronWorkflowSpecWorkflowSpecTemplatesContainerSetContainersResourcesLimits;
    };
    readonly requests?: {
        [key: string]: CronWorkflowSpecWorkflowSpecTemplatesContainerSetContainersResourcesRequests;
    };
}
export interface CronWorkflowSpecWorkflowSpecTemplatesContainerSetContainersRestartPolicyRules {
    readonly action: string;
    readonly exitCodes?: CronWorkflowSpecWorkflowSpecTemplatesContainerSetContainersRestartPolicyRulesExitCodes;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesContainerSetContainersSecurityContext {
    readonly allowPrivilegeEscalation?: boolean;
    readonly appArmorProfile?: CronWorkflowSpecWorkflowSpecTemplatesContainerSetContainersSecurityContextAppArmorProfile;
    readonly capabilities?: CronWorkflowSpecWorkflowSpecTemplatesContainerSetContainersSecurityContextCapabilities;
    readonly privileged?: boolean;
    readonly procMount?: string;
    readonly readOnlyRootFilesystem?: boolean;
    readonly runAsGroup?: number;
    readonly runAsNonRoot?: boolean;
    readonly runAsUser?: number;
    readonly seLinuxOptions?: CronWorkflowSpecWorkflowSpecTemplatesContainerSetContainersSecurityContextSeLinuxOptions;
    readonly seccompProfile?: CronWorkflowSpecWorkflowSpecTemplatesContainerSetContainersSecurityContextSeccompProfile;
    readonly windowsOptions?: CronWorkflowSpecWorkflowSpecTemplatesContainerSetContainersSecurityContextWindowsOptions;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesContainerSetContainersStartupProbe {
    readonly exec?: CronWorkflowSpecWorkflowSpecTemplatesContainerSetContainersStartupProbeExec;
    readonly failureThreshold?: number;
    readonly grpc?: CronWorkflowSpecWorkflowSpecTemplatesContainerSetContainersStartupProbeGrpc;
    readonly httpGet?: CronWorkflowSpecWorkflowSpecTemplatesContainerSetContainersStartupProbeHttpGet;
    readonly initialDelaySeconds?: number;
    readonly periodSeconds?: number;
    readonly successThreshold?: number;
    readonly tcpSocket?: CronWorkflowSpecWorkflowSpecTemplatesContainerSetContainersStartupProbeTcpSocket;
    readonly terminationGracePeriodSeconds?: number;
    readonly timeoutSeconds?: number;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesContainerSetContainersVolumeDevices {
    readonly devicePath: string;
    readonly name: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesContainerSetContainersVolumeMounts {
    readonly mountPath: string;
    readonly mountPropagation?: string;
    readonly name: string;
    readonly readOnly?: boolean;
    readonly recursiveReadOnly?: string;
    readonly subPath?: string;
    readonly subPathExpr?: string;
}
export declare class CronWorkflowSpecWorkflowSpecTemplatesContainerSetRetryStrategyRetries {
    readonly value: number | string;
    static fromNumber(value: number): CronWorkflowSpecWorkflowSpecTemplatesContainerSetRetryStrategyRetries;
    static fromString(value: string): CronWorkflowSpecWorkflowSpecTemplatesContainerSetRetryStrategyRetries;
    private constructor();
}
export interface CronWorkflowSpecWorkflowSpecTemplatesDagTasksArguments {
    readonly artifacts?: CronWorkflowSpecWorkflowSpecTemplatesDagTasksArgumentsArtifacts[];
    readonly parameters?: CronWorkflowSpecWorkflowSpecTemplatesDagTasksArgumentsParameters[];
}
export interface CronWorkflowSpecWorkflowSpecTemplatesDagTasksContinueOn {
    readonly error?: boolean;
    readonly failed?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesDagTasksHooks {
    readonly arguments?: CronWorkflowSpecWorkflowSpecTemplatesDagTasksHooksArguments;
    readonly expression?: string;
    readonly template?: string;
    readonly templateRef?: CronWorkflowSpecWorkflowSpecTemplatesDagTasksHooksTemplateRef;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesDagTasksTemplateRef {
    readonly clusterScope?: boolean;
    readonly name?: string;
    readonly template?: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesDagTasksWithSequence {
    readonly count?: CronWorkflowSpecWorkflowSpecTemplatesDagTasksWithSequenceCount;
    readonly end?: CronWorkflowSpecWorkflowSpecTemplatesDagTasksWithSequenceEnd;
    readonly format?: string;
    readonly start?: CronWorkflowSpecWorkflowSpecTemplatesDagTasksWithSequenceStart;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesDataSourceArtifactPaths {
    readonly archive?: CronWorkflowSpecWorkflowSpecTemplatesDataSourceArtifactPathsArchive;
    readonly archiveLogs?: boolean;
    readonly artifactGc?: CronWorkflowSpecWorkflowSpecTemplatesDataSourceArtifactPathsArtifactGc;
    readonly artifactory?: CronWorkflowSpecWorkflowSpecTemplatesDataSourceArtifactPathsArtifactory;
    readonly azure?: CronWorkflowSpecWorkflowSpecTemplatesDataSourceArtifactPathsAzure;
    readonly deleted?: boolean;
    readonly from?: string;
    readonly fromExpression?: string;
    readonly gcs?: CronWorkflowSpecWorkflowSpecTemplatesDataSourceArtifactPathsGcs;
    readonly git?: CronWorkflowSpecWorkflowSpecTemplatesDataSourceArtifactPathsGit;
    readonly globalName?: string;
    readonly hdfs?: CronWorkflowSpecWorkflowSpecTemplatesDataSourceArtifactPathsHdfs;
    readonly http?: CronWorkflowSpecWorkflowSpecTemplatesDataSourceArtifactPathsHttp;
    readonly mode?: number;
    readonly name: string;
    readonly optional?: boolean;
    readonly oss?: CronWorkflowSpecWorkflowSpecTemplatesDataSourceArtifactPathsOss;
    readonly path?: string;
    readonly plugin?: CronWorkflowSpecWorkflowSpecTemplatesDataSourceArtifactPathsPlugin;
    readonly raw?: CronWorkflowSpecWorkflowSpecTemplatesDataSourceArtifactPathsRaw;
    readonly recurseMode?: boolean;
    readonly s3?: CronWorkflowSpecWorkflowSpecTemplatesDataSourceArtifactPathsS3;
    readonly subPath?: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesHttpHeadersValueFrom {
    readonly secretKeyRef?: CronWorkflowSpecWorkflowSpecTemplatesHttpHeadersValueFromSecretKeyRef;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesInitContainersEnvValueFrom {
    readonly configMapKeyRef?: CronWorkflowSpecWorkflowSpecTemplatesInitContainersEnvValueFromConfigMapKeyRef;
    readonly fieldRef?: CronWorkflowSpecWorkflowSpecTemplatesInitContainersEnvValueFromFieldRef;
    readonly fileKeyRef?: CronWorkflowSpecWorkflowSpecTemplatesInitContainersEnvValueFromFileKeyRef;
    readonly resourceFieldRef?: CronWorkflowSpecWorkflowSpecTemplatesInitContainersEnvValueFromResourceFieldRef;
    readonly secretKeyRef?: CronWorkflowSpecWorkflowSpecTemplatesInitContainersEnvValueFromSecretKeyRef;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesInitContainersEnvFromConfigMapRef {
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesInitContainersEnvFromSecretRef {
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesInitContainersLifecyclePostStart {
    readonly exec?: CronWorkflowSpecWorkflowSpecTemplatesInitContainersLifecyclePostStartExec;
    readonly httpGet?: CronWorkflowSpecWorkflowSpecTemplatesInitContainersLifecyclePostStartHttpGet;
    readonly sleep?: CronWorkflowSpecWorkflowSpecTemplatesInitContainersLifecyclePostStartSleep;
    readonly tcpSocket?: CronWorkflowSpecWorkflowSpecTemplatesInitContainersLifecyclePostStartTcpSocket;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesInitContainersLifecyclePreStop {
    readonly exec?: CronWorkflowSpecWorkflowSpecTemplatesInitContainersLifecyclePreStopExec;
    readonly httpGet?: CronWorkflowSpecWorkflowSpecTemplatesInitContainersLifecyclePreStopHttpGet;
    readonly sleep?: CronWorkflowSpecWorkflowSpecTemplatesInitContainersLifecyclePreStopSleep;
    readonly tcpSocket?: CronWorkflowSpecWorkflowSpecTemplatesInitContainersLifecyclePreStopTcpSocket;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesInitContainersLivenessProbeExec {
    readonly command?: string[];
}
export interface CronWorkflowSpecWorkflowSpecTemplatesInitContainersLivenessProbeGrpc {
    readonly port: number;
    readonly service?: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesInitContainersLivenessProbeHttpGet {
    readonly host?: string;
    readonly httpHeaders?: CronWorkflowSpecWorkflowSpecTemplatesInitContainersLivenessProbeHttpGetHttpHeaders[];
    readonly path?: string;
    readonly port: CronWorkflowSpecWorkflowSpecTemplatesInitContainersLivenessProbeHttpGetPort;
    readonly scheme?: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesInitContainersLivenessProbeTcpSocket {
    readonly host?: string;
    readonly port: CronWorkflowSpecWorkflowSpecTemplatesInitContainersLivenessProbeTcpSocketPort;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesInitContainersReadinessProbeExec {
    readonly command?: string[];
}
export interface CronWorkflowSpecWorkflowSpecTemplatesInitContainersReadinessProbeGrpc {
    readonly port: number;
    readonly service?: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesInitContainersReadinessProbeHttpGet {
    readonly host?: string;
    readonly httpHeaders?: CronWorkflowSpecWorkflowSpecTemplatesInitContainersReadinessProbeHttpGetHttpHeaders[];
    readonly path?: string;
    readonly port: CronWorkflowSpecWorkflowSpecTemplatesInitContainersReadinessProbeHttpGetPort;
    readonly scheme?: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesInitContainersReadinessProbeTcpSocket {
    readonly host?: string;
    readonly port: CronWorkflowSpecWorkflowSpecTemplatesInitContainersReadinessProbeTcpSocketPort;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesInitContainersResourcesClaims {
    readonly name: string;
    readonly request?: string;
}
export declare class CronWorkflowSpecWorkflowSpecTemplatesInitContainersResourcesLimits {
    readonly value: number | string;
    static fromNumber(value: number): CronWorkflowSpecWorkflowSpecTemplatesInitContainersResourcesLimits;
    static fromString(value: string): CronWorkflowSpecWorkflowSpecTemplatesInitContainersResourcesLimits;
    private constructor();
}
export declare class CronWorkflowSpecWorkflowSpecTemplatesInitContainersResourcesRequests {
    readonly value: number | string;
    static fromNumber(value: number): CronWorkflowSpecWorkflowSpecTemplatesInitContainersResourcesRequests;
    static fromString(value: string): CronWorkflowSpecWorkflowSpecTemplatesInitContainersResourcesRequests;
    private constructor();
}
export interface CronWorkflowSpecWorkflowSpecTemplatesInitContainersRestartPolicyRulesExitCodes {
    readonly operator: string;
    readonly values?: number[];
}
export interface CronWorkflowSpecWorkflowSpecTemplatesInitContainersSecurityContextAppArmorProfile {
    readonly localhostProfile?: string;
    readonly type: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesInitContainersSecurityContextCapabilities {
    readonly add?: string[];
    readonly drop?: string[];
}
export interface CronWorkflowSpecWorkflowSpecTemplatesInitContainersSecurityContextSeLinuxOptions {
    readonly level?: string;
    readonly role?: string;
    readonly type?: string;
    readonly user?: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesInitContainersSecurityContextSeccompProfile {
    readonly localhostProfile?: string;
    readonly type: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesInitContainersSecurityContextWindowsOptions {
    readonly gmsaCredentialSpec?: string;
    readonly gmsaCredentialSpecName?: string;
    readonly hostProcess?: boolean;
    readonly runAsUserName?: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesInitContainersStartupProbeExec {
    readonly command?: string[];
}
export interface CronWorkflowSpecWorkflowSpecTemplatesInitContainersStartupProbeGrpc {
    readonly port: number;
    readonly service?: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesInitContainersStartupProbeHttpGet {
    readonly host?: string;
    readonly httpHeaders?: CronWorkflowSpecWorkflowSpecTemplatesInitContainersStartupProbeHttpGetHttpHeaders[];
    readonly path?: string;
    readonly port: CronWorkflowSpecWorkflowSpecTemplatesInitContainersStartupProbeHttpGetPort;
    readonly scheme?: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesInitContainersStartupProbeTcpSocket {
    readonly host?: string;
    readonly port: CronWorkflowSpecWorkflowSpecTemplatesInitContainersStartupProbeTcpSocketPort;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesInputsArtifactsArchive {
    readonly none?: any;
    readonly tar?: CronWorkflowSpecWorkflowSpecTemplatesInputsArtifactsArchiveTar;
    readonly zip?: any;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesInputsArtifactsArtifactGc {
    readonly podMetadata?: CronWorkflowSpecWorkflowSpecTemplatesInputsArtifactsArtifactGcPodMetadata;
    readonly serviceAccountName?: string;
    readonly strategy?: CronWorkflowSpecWorkflowSpecTemplatesInputsArtifactsArtifactGcStrategy;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesInputsArtifactsArtifactory {
    readonly passwordSecret?: CronWorkflowSpecWorkflowSpecTemplatesInputsArtifactsArtifactoryPasswordSecret;
    readonly url: string;
    readonly usernameSecret?: CronWorkflowSpecWorkflowSpecTemplatesInputsArtifactsArtifactoryUsernameSecret;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesInputsArtifactsAzure {
    readonly accountKeySecret?: CronWorkflowSpecWorkflowSpecTemplatesInputsArtifactsAzureAccountKeySecret;
    readonly blob: string;
    readonly container: string;
    readonly endpoint: string;
    readonly useSdkCreds?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesInputsArtifactsGcs {
    readonly bucket?: string;
    readonly key: string;
    readonly serviceAccountKeySecret?: CronWorkflowSpecWorkflowSpecTemplatesInputsArtifactsGcsServiceAccountKeySecret;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesInputsArtifactsGit {
    readonly branch?: string;
    readonly depth?: number;
    readonly disableSubmodules?: boolean;
    readonly fetch?: string[];
    readonly insecureIgnoreHostKey?: boolean;
    readonly insecureSkipTls?: boolean;
    readonly passwordSecret?: CronWorkflowSpecWorkflowSpecTemplatesInputsArtifactsGitPasswordSecret;
    readonly repo: string;
    readonly revision?: string;
    readonly singleBranch?: boolean;
    readonly sshPrivateKeySecret?: CronWorkflowSpecWorkflowSpecTemplatesInputsArtifactsGitSshPrivateKeySecret;
    readonly usernameSecret?: CronWorkflowSpecWorkflowSpecTemplatesInputsArtifactsGitUsernameSecret;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesInputsArtifactsHdfs {
    readonly addresses?: string[];
    readonly dataTransferProtection?: string;
    readonly force?: boolean;
    readonly hdfsUser?: string;
    readonly krbCCacheSecret?: CronWorkflowSpecWorkflowSpecTemplatesInputsArtifactsHdfsKrbCCacheSecret;
    readonly krbConfigConfigMap?: CronWorkflowSpecWorkflowSpecTemplatesInputsArtifactsHdfsKrbConfigConfigMap;
    readonly krbKeytabSecret?: CronWorkflowSpecWorkflowSpecTemplatesInputsArtifactsHdfsKrbKeytabSecret;
    readonly krbRealm?: string;
    readonly krbServicePrincipalName?: string;
    readonly krbUsername?: string;
    readonly path: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesInputsArtifactsHttp {
    readonly auth?: CronWorkflowSpecWorkflowSpecTemplatesInputsArtifactsHttpAuth;
    readonly headers?: CronWorkflowSpecWorkflowSpecTemplatesInputsArtifactsHttpHeaders[];
    readonly saveStreamViaFile?: boolean;
    readonly url: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesInputsArtifactsOss {
    readonly accessKeySecret?: CronWorkflowSpecWorkflowSpecTemplatesInputsArtifactsOssAccessKeySecret;
    readonly bucket?: string;
    readonly createBucketIfNotPresent?: boolean;
    readonly endpoint?: string;
    readonly key: string;
    readonly lifecycleRule?: CronWorkflowSpecWorkflowSpecTemplatesInputsArtifactsOssLifecycleRule;
    readonly secretKeySecret?: CronWorkflowSpecWorkflowSpecTemplatesInputsArtifactsOssSecretKeySecret;
    readonly securityToken?: string;
    readonly useSdkCreds?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesInputsArtifactsPlugin {
    readonly configuration?: string;
    readonly connectionTimeoutSeconds?: number;
    readonly key: string;
    readonly name?: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesInputsArtifactsRaw {
    readonly data: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesInputsArtifactsS3 {
    readonly accessKeySecret?: CronWorkflowSpecWorkflowSpecTemplatesInputsArtifactsS3AccessKeySecret;
    readonly addressingStyle?: CronWorkflowSpecWorkflowSpecTemplatesInputsArtifactsS3AddressingStyle;
    readonly bucket?: string;
    readonly caSecret?: CronWorkflowSpecWorkflowSpecTemplatesInputsArtifactsS3CaSecret;
    readonly createBucketIfNotPresent?: CronWorkflowSpecWorkflowSpecTemplatesInputsArtifactsS3CreateBucketIfNotPresent;
    readonly encryptionOptions?: CronWorkflowSpecWorkflowSpecTemplatesInputsArtifactsS3EncryptionOptions;
    readonly endpoint?: string;
    readonly insecure?: boolean;
    readonly key?: string;
    readonly region?: string;
    readonly roleArn?: string;
    readonly secretKeySecret?: CronWorkflowSpecWorkflowSpecTemplatesInputsArtifactsS3SecretKeySecret;
    readonly sessionTokenSecret?: CronWorkflowSpecWorkflowSpecTemplatesInputsArtifactsS3SessionTokenSecret;
    readonly useSdkCreds?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesInputsParametersValueFrom {
    readonly configMapKeyRef?: CronWorkflowSpecWorkflowSpecTemplatesInputsParametersValueFromConfigMapKeyRef;
    readonly default?: string;
    readonly event?: string;
    readonly expression?: string;
    readonly jqFilter?: string;
    readonly jsonPath?: string;
    readonly parameter?: string;
    readonly path?: string;
    readonly supplied?: any;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesMemoizeCacheConfigMap {
    readonly name?: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesMetricsPrometheusCounter {
    readonly value: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesMetricsPrometheusGauge {
    readonly operation?: CronWorkflowSpecWorkflowSpecTemplatesMetricsPrometheusGaugeOperation;
    readonly realtime: boolean;
    readonly value: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesMetricsPrometheusHistogram {
    readonly buckets: number[];
    readonly value: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesMetricsPrometheusLabels {
    readonly key: string;
    readonly value: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesOutputsArtifactsArchive {
    readonly none?: any;
    readonly tar?: CronWorkflowSpecWorkflowSpecTemplatesOutputsArtifactsArchiveTar;
    readonly zip?: any;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesOutputsArtifactsArtifactGc {
    readonly podMetadata?: CronWorkflowSpecWorkflowSpecTemplatesOutputsArtifactsArtifactGcPodMetadata;
    readonly serviceAccountName?: string;
    readonly strategy?: CronWorkflowSpecWorkflowSpecTemplatesOutputsArtifactsArtifactGcStrategy;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesOutputsArtifactsArtifactory {
    readonly passwordSecret?: CronWorkflowSpecWorkflowSpecTemplatesOutputsArtifactsArtifactoryPasswordSecret;
    readonly url: string;
    readonly usernameSecret?: CronWorkflowSpecWorkflowSpecTemplatesOutputsArtifactsArtifactoryUsernameSecret;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesOutputsArtifactsAzure {
    readonly accountKeySecret?: CronWorkflowSpecWorkflowSpecTemplatesOutputsArtifactsAzureAccountKeySecret;
    readonly blob: string;
    readonly container: string;
    readonly endpoint: string;
    readonly useSdkCreds?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesOutputsArtifactsGcs {
    readonly bucket?: string;
    readonly key: string;
    readonly serviceAccountKeySecret?: CronWorkflowSpecWorkflowSpecTemplatesOutputsArtifactsGcsServiceAccountKeySecret;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesOutputsArtifactsGit {
    readonly branch?: string;
    readonly depth?: number;
    readonly disableSubmodules?: boolean;
    readonly fetch?: string[];
    readonly insecureIgnoreHostKey?: boolean;
    readonly insecureSkipTls?: boolean;
    readonly passwordSecret?: CronWorkflowSpecWorkflowSpecTemplatesOutputsArtifactsGitPasswordSecret;
    readonly repo: string;
    readonly revision?: string;
    readonly singleBranch?: boolean;
    readonly sshPrivateKeySecret?: CronWorkflowSpecWorkflowSpecTemplatesOutputsArtifactsGitSshPrivateKeySecret;
    readonly usernameSecret?: CronWorkflowSpecWorkflowSpecTemplatesOutputsArtifactsGitUsernameSecret;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesOutputsArtifactsHdfs {
    readonly addresses?: string[];
    readonly dataTransferProtection?: string;
    readonly force?: boolean;
    readonly hdfsUser?: string;
    readonly krbCCacheSecret?: CronWorkflowSpecWorkflowSpecTemplatesOutputsArtifactsHdfsKrbCCacheSecret;
    readonly krbConfigConfigMap?: CronWorkflowSpecWorkflowSpecTemplatesOutputsArtifactsHdfsKrbConfigConfigMap;
    readonly krbKeytabSecret?: CronWorkflowSpecWorkflowSpecTemplatesOutputsArtifactsHdfsKrbKeytabSecret;
    readonly krbRealm?: string;
    readonly krbServicePrincipalName?: string;
    readonly krbUsername?: string;
    readonly path: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesOutputsArtifactsHttp {
    readonly auth?: CronWorkflowSpecWorkflowSpecTemplatesOutputsArtifactsHttpAuth;
    readonly headers?: CronWorkflowSpecWorkflowSpecTemplatesOutputsArtifactsHttpHeaders[];
    readonly saveStreamViaFile?: boolean;
    readonly url: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesOutputsArtifactsOss {
    readonly accessKeySecret?: CronWorkflowSpecWorkflowSpecTemplatesOutputsArtifactsOssAccessKeySecret;
    readonly bucket?: string;
    readonly createBucketIfNotPresent?: boolean;
    readonly endpoint?: string;
    readonly key: string;
    readonly lifecycleRule?: CronWorkflowSpecWorkflowSpecTemplatesOutputsArtifactsOssLifecycleRule;
    readonly secretKeySecret?: CronWorkflowSpecWorkflowSpecTemplatesOutputsArtifactsOssSecretKeySecret;
    readonly securityToken?: string;
    readonly useSdkCreds?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesOutputsArtifactsPlugin {
    readonly configuration?: string;
    readonly connectionTimeoutSeconds?: number;
    readonly key: string;
    readonly name?: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesOutputsArtifactsRaw {
    readonly data: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesOutputsArtifactsS3 {
    readonly accessKeySecret?: CronWorkflowSpecWorkflowSpecTemplatesOutputsArtifactsS3AccessKeySecret;
    readonly addressingStyle?: CronWorkflowSpecWorkflowSpecTemplatesOutputsArtifactsS3AddressingStyle;
    readonly bucket?: string;
    readonly caSecret?: CronWorkflowSpecWorkflowSpecTemplatesOutputsArtifactsS3CaSecret;
    readonly createBucketIfNotPresent?: CronWorkflowSpecWorkflowSpecTemplatesOutputsArtifactsS3CreateBucketIfNotPresent;
    readonly encryptionOptions?: CronWorkflowSpecWorkflowSpecTemplatesOutputsArtifactsS3EncryptionOptions;
    readonly endpoint?: string;
    readonly insecure?: boolean;
    readonly key?: string;
    readonly region?: string;
    readonly roleArn?: string;
    readonly secretKeySecret?: CronWorkflowSpecWorkflowSpecTemplatesOutputsArtifactsS3SecretKeySecret;
    readonly sessionTokenSecret?: CronWorkflowSpecWorkflowSpecTemplatesOutputsArtifactsS3SessionTokenSecret;
    readonly useSdkCreds?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesOutputsParametersValueFrom {
    readonly configMapKeyRef?: CronWorkflowSpecWorkflowSpecTemplatesOutputsParametersValueFromConfigMapKeyRef;
    readonly default?: string;
    readonly event?: string;
    readonly expression?: string;
    readonly jqFilter?: string;
    readonly jsonPath?: string;
    readonly parameter?: string;
    readonly path?: string;
    readonly supplied?: any;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesResourceManifestFromArtifact {
    readonly archive?: CronWorkflowSpecWorkflowSpecTemplatesResourceManifestFromArtifactArchive;
    readonly archiveLogs?: boolean;
    readonly artifactGc?: CronWorkflowSpecWorkflowSpecTemplatesResourceManifestFromArtifactArtifactGc;
    readonly artifactory?: CronWorkflowSpecWorkflowSpecTemplatesResourceManifestFromArtifactArtifactory;
    readonly azure?: CronWorkflowSpecWorkflowSpecTemplatesResourceManifestFromArtifactAzure;
    readonly deleted?: boolean;
    readonly from?: string;
    readonly fromExpression?: string;
    readonly gcs?: CronWorkflowSpecWorkflowSpecTemplatesResourceManifestFromArtifactGcs;
    readonly git?: CronWorkflowSpecWorkflowSpecTemplatesResourceManifestFromArtifactGit;
    readonly globalName?: string;
    readonly hdfs?: CronWorkflowSpecWorkflowSpecTemplatesResourceManifestFromArtifactHdfs;
    readonly http?: CronWorkflowSpecWorkflowSpecTemplatesResourceManifestFromArtifactHttp;
    readonly mode?: number;
    readonly name: string;
    readonly optional?: boolean;
    readonly oss?: CronWorkflowSpecWorkflowSpecTemplatesResourceManifestFromArtifactOss;
    readonly path?: string;
    readonly plugin?: CronWorkflowSpecWorkflowSpecTemplatesResourceManifestFromArtifactPlugin;
    readonly raw?: CronWorkflowSpecWorkflowSpecTemplatesResourceManifestFromArtifactRaw;
    readonly recurseMode?: boolean;
    readonly s3?: CronWorkflowSpecWorkflowSpecTemplatesResourceManifestFromArtifactS3;
    readonly subPath?: string;
}
export declare class CronWorkflowSpecWorkflowSpecTemplatesRetryStrategyBackoffFactor {
    readonly value: number | string;
    static fromNumber(value: number): CronWorkflowSpecWorkflowSpecTemplatesRetryStrategyBackoffFactor;
    static fromString(value: string): CronWorkflowSpecWorkflowSpecTemplatesRetryStrategyBackoffFactor;
    private constructor();
}
export interface CronWorkflowSpecWorkflowSpecTemplatesScriptEnvValueFrom {
    readonly configMapKeyRef?: CronWorkflowSpecWorkflowSpecTemplatesScriptEnvValueFromConfigMapKeyRef;
    readonly fieldRef?: CronWorkflowSpecWorkflowSpecTemplatesScriptEnvValueFromFieldRef;
    readonly fileKeyRef?: CronWorkflowSpecWorkflowSpecTemplatesScriptEnvValueFromFileKeyRef;
    readonly resourceFieldRef?: CronWorkflowSpecWorkflowSpecTemplatesScriptEnvValueFromResourceFieldRef;
    readonly secretKeyRef?: CronWorkflowSpecWorkflowSpecTemplatesScriptEnvValueFromSecretKeyRef;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesScriptEnvFromConfigMapRef {
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesScriptEnvFromSecretRef {
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesScriptLifecyclePostStart {
    readonly exec?: CronWorkflowSpecWorkflowSpecTemplatesScriptLifecyclePostStartExec;
    readonly httpGet?: CronWorkflowSpecWorkflowSpecTemplatesScriptLifecyclePostStartHttpGet;
    readonly sleep?: CronWorkflowSpecWorkflowSpecTemplatesScriptLifecyclePostStartSleep;
    readonly tcpSocket?: CronWorkflowSpecWorkflowSpecTemplatesScriptLifecyclePostStartTcpSocket;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesScriptLifecyclePreStop {
    readonly exec?: CronWorkflowSpecWorkflowSpecTemplatesScriptLifecyclePreStopExec;
    readonly httpGet?: CronWorkflowSpecWorkflowSpecTemplatesScriptLifecyclePreStopHttpGet;
    readonly sleep?: CronWorkflowSpecWorkflowSpecTemplatesScriptLifecyclePreStopSleep;
    readonly tcpSocket?: CronWorkflowSpecWorkflowSpecTemplatesScriptLifecyclePreStopTcpSocket;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesScriptLivenessProbeExec {
    readonly command?: string[];
}
export interface CronWorkflowSpecWorkflowSpecTemplatesScriptLivenessProbeGrpc {
    readonly port: number;
    readonly service?: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesScriptLivenessProbeHttpGet {
    readonly host?: string;
    readonly httpHeaders?: CronWorkflowSpecWorkflowSpecTemplatesScriptLivenessProbeHttpGetHttpHeaders[];
    readonly path?: string;
    readonly port: CronWorkflowSpecWorkflowSpecTemplatesScriptLivenessProbeHttpGetPort;
    readonly scheme?: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesScriptLivenessProbeTcpSocket {
    readonly host?: string;
    readonly port: CronWorkflowSpecWorkflowSpecTemplatesScriptLivenessProbeTcpSocketPort;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesScriptReadinessProbeExec {
    readonly command?: string[];
}
export interface CronWorkflowSpecWorkflowSpecTemplatesScriptReadinessProbeGrpc {
    readonly port: number;
    readonly service?: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesScriptReadinessProbeHttpGet {
    readonly host?: string;
    readonly httpHeaders?: CronWorkflowSpecWorkflowSpecTemplatesScriptReadinessProbeHttpGetHttpHeaders[];
    readonly path?: string;
    readonly port: CronWorkflowSpecWorkflowSpecTemplatesScriptReadinessProbeHttpGetPort;
    readonly scheme?: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesScriptReadinessProbeTcpSocket {
    readonly host?: string;
    readonly port: CronWorkflowSpecWorkflowSpecTemplatesScriptReadinessProbeTcpSocketPort;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesScriptResourcesClaims {
    readonly name: string;
    readonly request?: string;
}
export declare class CronWorkflowSpecWorkflowSpecTemplatesScriptResourcesLimits {
    readonly value: number | string;
    static fromNumber(value: number): CronWorkflowSpecWorkflowSpecTemplatesScriptResourcesLimits;
    static fromString(value: string): CronWorkflowSpecWorkflowSpecTemplatesScriptResourcesLimits;
    private constructor();
}
export declare class CronWorkflowSpecWorkflowSpecTemplatesScriptResourcesRequests {
    readonly value: number | string;
    static fromNumber(value: number): CronWorkflowSpecWorkflowSpecTemplatesScriptResourcesRequests;
    static fromString(value: string): CronWorkflowSpecWorkflowSpecTemplatesScriptResourcesRequests;
    private constructor();
}
export interface CronWorkflowSpecWorkflowSpecTemplatesScriptRestartPolicyRulesExitCodes {
    readonly operator: string;
    readonly values?: number[];
}
export interface CronWorkflowSpecWorkflowSpecTemplatesScriptSecurityContextAppArmorProfile {
    readonly localhostProfile?: string;
    readonly type: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesScriptSecurityContextCapabilities {
    readonly add?: string[];
    readonly drop?: string[];
}
export interface CronWorkflowSpecWorkflowSpecTemplatesScriptSecurityContextSeLinuxOptions {
    readonly level?: string;
    readonly role?: string;
    readonly type?: string;
    readonly user?: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesScriptSecurityContextSeccompProfile {
    readonly localhostProfile?: string;
    readonly type: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesScriptSecurityContextWindowsOptions {
    readonly gmsaCredentialSpec?: string;
    readonly gmsaCredentialSpecName?: string;
    readonly hostProcess?: boolean;
    readonly runAsUserName?: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesScriptStartupProbeExec {
    readonly command?: string[];
}
export interface CronWorkflowSpecWorkflowSpecTemplatesScriptStartupProbeGrpc {
    readonly port: number;
    readonly service?: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesScriptStartupProbeHttpGet {
    readonly host?: string;
    readonly httpHeaders?: CronWorkflowSpecWorkflowSpecTemplatesScriptStartupProbeHttpGetHttpHeaders[];
    readonly path?: string;
    readonly port: CronWorkflowSpecWorkflowSpecTemplatesScriptStartupProbeHttpGetPort;
    readonly scheme?: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesScriptStartupProbeTcpSocket {
    readonly host?: string;
    readonly port: CronWorkflowSpecWorkflowSpecTemplatesScriptStartupProbeTcpSocketPort;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesSidecarsEnvValueFrom {
    readonly configMapKeyRef?: CronWorkflowSpecWorkflowSpecTemplatesSidecarsEnvValueFromConfigMapKeyRef;
    readonly fieldRef?: CronWorkflowSpecWorkflowSpecTemplatesSidecarsEnvValueFromFieldRef;
    readonly fileKeyRef?: CronWorkflowSpecWorkflowSpecTemplatesSidecarsEnvValueFromFileKeyRef;
    readonly resourceFieldRef?: CronWorkflowSpecWorkflowSpecTemplatesSidecarsEnvValueFromResourceFieldRef;
    readonly secretKeyRef?: CronWorkflowSpecWorkflowSpecTemplatesSidecarsEnvValueFromSecretKeyRef;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesSidecarsEnvFromConfigMapRef {
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesSidecarsEnvFromSecretRef {
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesSidecarsLifecyclePostStart {
    readonly exec?: CronWorkflowSpecWorkflowSpecTemplatesSidecarsLifecyclePostStartExec;
    readonly httpGet?: CronWorkflowSpecWorkflowSpecTemplatesSidecarsLifecyclePostStartHttpGet;
    readonly sleep?: CronWorkflowSpecWorkflowSpecTemplatesSidecarsLifecyclePostStartSleep;
    readonly tcpSocket?: CronWorkflowSpecWorkflowSpecTemplatesSidecarsLifecyclePostStartTcpSocket;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesSidecarsLifecyclePreStop {
    readonly exec?: CronWorkflowSpecWorkflowSpecTemplatesSidecarsLifecyclePreStopExec;
    readonly httpGet?: CronWorkflowSpecWorkflowSpecTemplatesSidecarsLifecyclePreStopHttpGet;
    readonly sleep?: CronWorkflowSpecWorkflowSpecTemplatesSidecarsLifecyclePreStopSleep;
    readonly tcpSocket?: CronWorkflowSpecWorkflowSpecTemplatesSidecarsLifecyclePreStopTcpSocket;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesSidecarsLivenessProbeExec {
    readonly command?: string[];
}
export interface CronWorkflowSpecWorkflowSpecTemplatesSidecarsLivenessProbeGrpc {
    readonly port: number;
    readonly service?: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesSidecarsLivenessProbeHttpGet {
    readonly host?: string;
    readonly httpHeaders?: CronWorkflowSpecWorkflowSpecTemplatesSidecarsLivenessProbeHttpGetHttpHeaders[];
    readonly path?: string;
    readonly port: CronWorkflowSpecWorkflowSpecTemplatesSidecarsLivenessProbeHttpGetPort;
    readonly scheme?: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesSidecarsLivenessProbeTcpSocket {
    readonly host?: string;
    readonly port: CronWorkflowSpecWorkflowSpecTemplatesSidecarsLivenessProbeTcpSocketPort;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesSidecarsReadinessProbeExec {
    readonly command?: string[];
}
export interface CronWorkflowSpecWorkflowSpecTemplatesSidecarsReadinessProbeGrpc {
    readonly port: number;
    readonly service?: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesSidecarsReadinessProbeHttpGet {
    readonly host?: string;
    readonly httpHeaders?: CronWorkflowSpecWorkflowSpecTemplatesSidecarsReadinessProbeHttpGetHttpHeaders[];
    readonly path?: string;
    readonly port: CronWorkflowSpecWorkflowSpecTemplatesSidecarsReadinessProbeHttpGetPort;
    readonly scheme?: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesSidecarsReadinessProbeTcpSocket {
    readonly host?: string;
    readonly port: CronWorkflowSpecWorkflowSpecTemplatesSidecarsReadinessProbeTcpSocketPort;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesSidecarsResourcesClaims {
    readonly name: string;
    readonly request?: string;
}
export declare class CronWorkflowSpecWorkflowSpecTemplatesSidecarsResourcesLimits {
    readonly value: number | string;
    static fromNumber(value: number): CronWorkflowSpecWorkflowSpecTemplatesSidecarsResourcesLimits;
    static fromString(value: string): CronWorkflowSpecWorkflowSpecTemplatesSidecarsResourcesLimits;
    private constructor();
}
export declare class CronWorkflowSpecWorkflowSpecTemplatesSidecarsResourcesRequests {
    readonly value: number | string;
    static fromNumber(value: number): CronWorkflowSpecWorkflowSpecTemplatesSidecarsResourcesRequests;
    static fromString(value: string): CronWorkflowSpecWorkflowSpecTemplatesSidecarsResourcesRequests;
    private constructor();
}
export interface CronWorkflowSpecWorkflowSpecTemplatesSidecarsRestartPolicyRulesExitCodes {
    readonly operator: string;
    readonly values?: number[];
}
export interface CronWorkflowSpecWorkflowSpecTemplatesSidecarsSecurityContextAppArmorProfile {
    readonly localhostProfile?: string;
    readonly type: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesSidecarsSecurityContextCapabilities {
    readonly add?: string[];
    readonly drop?: string[];
}
export interface CronWorkflowSpecWorkflowSpecTemplatesSidecarsSecurityContextSeLinuxOptions {
    readonly level?: string;
    readonly role?: string;
    readonly type?: string;
    readonly user?: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesSidecarsSecurityContextSeccompProfile {
    readonly localhostProfile?: string;
    readonly type: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesSidecarsSecurityContextWindowsOptions {
    readonly gmsaCredentialSpec?: string;
    readonly gmsaCredentialSpecName?: string;
    readonly hostProcess?: boolean;
    readonly runAsUserName?: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesSidecarsStartupProbeExec {
    readonly command?: string[];
}
export interface CronWorkflowSpecWorkflowSpecTemplatesSidecarsStartupProbeGrpc {
    readonly port: number;
    readonly service?: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesSidecarsStartupProbeHttpGet {
    readonly host?: string;
    readonly httpHeaders?: CronWorkflowSpecWorkflowSpecTemplatesSidecarsStartupProbeHttpGetHttpHeaders[];
    readonly path?: string;
    readonly port: CronWorkflowSpecWorkflowSpecTemplatesSidecarsStartupProbeHttpGetPort;
    readonly scheme?: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesSidecarsStartupProbeTcpSocket {
    readonly host?: string;
    readonly port: CronWorkflowSpecWorkflowSpecTemplatesSidecarsStartupProbeTcpSocketPort;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesStepsArgumentsArtifacts {
    readonly archive?: CronWorkflowSpecWorkflowSpecTemplatesStepsArgumentsArtifactsArchive;
    readonly archiveLogs?: boolean;
    readonly artifactGc?: CronWorkflowSpecWorkflowSpecTemplatesStepsArgumentsArtifactsArtifactGc;
    readonly artifactory?: CronWorkflowSpecWorkflowSpecTemplatesStepsArgumentsArtifactsArtifactory;
    readonly azure?: CronWorkflowSpecWorkflowSpecTemplatesStepsArgumentsArtifactsAzure;
    readonly deleted?: boolean;
    readonly from?: string;
    readonly fromExpression?: string;
    readonly gcs?: CronWorkflowSpecWorkflowSpecTemplatesStepsArgumentsArtifactsGcs;
    readonly git?: CronWorkflowSpecWorkflowSpecTemplatesStepsArgumentsArtifactsGit;
    readonly globalName?: string;
    readonly hdfs?: CronWorkflowSpecWorkflowSpecTemplatesStepsArgumentsArtifactsHdfs;
    readonly http?: CronWorkflowSpecWorkflowSpecTemplatesStepsArgumentsArtifactsHttp;
    readonly mode?: number;
    readonly name: string;
    readonly optional?: boolean;
    readonly oss?: CronWorkflowSpecWorkflowSpecTemplatesStepsArgumentsArtifactsOss;
    readonly path?: string;
    readonly plugin?: CronWorkflowSpecWorkflowSpecTemplatesStepsArgumentsArtifactsPlugin;
    readonly raw?: CronWorkflowSpecWorkflowSpecTemplatesStepsArgumentsArtifactsRaw;
    readonly recurseMode?: boolean;
    readonly s3?: CronWorkflowSpecWorkflowSpecTemplatesStepsArgumentsArtifactsS3;
    readonly subPath?: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesStepsArgumentsParameters {
    readonly default?: string;
    readonly description?: string;
    readonly enum?: string[];
    readonly globalName?: string;
    readonly name: string;
    readonly value?: string;
    readonly valueFrom?: CronWorkflowSpecWorkflowSpecTemplatesStepsArgumentsParametersValueFrom;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesStepsHooksArguments {
    readonly artifacts?: CronWorkflowSpecWorkflowSpecTemplatesStepsHooksArgumentsArtifacts[];
    readonly parameters?: CronWorkflowSpecWorkflowSpecTemplatesStepsHooksArgumentsParameters[];
}
export interface CronWorkflowSpecWorkflowSpecTemplatesStepsHooksTemplateRef {
    readonly clusterScope?: boolean;
    readonly name?: string;
    readonly template?: string;
}
export declare class CronWorkflowSpecWorkflowSpecTemplatesStepsWithSequenceCount {
    readonly value: number | string;
    static fromNumber(value: number): CronWorkflowSpecWorkflowSpecTemplatesStepsWithSequenceCount;
    static fromString(value: string): CronWorkflowSpecWorkflowSpecTemplatesStepsWithSequenceCount;
    private constructor();
}
export declare class CronWorkflowSpecWorkflowSpecTemplatesStepsWithSequenceEnd {
    readonly value: number | string;
    static fromNumber(value: number): CronWorkflowSpecWorkflowSpecTemplatesStepsWithSequenceEnd;
    static fromString(value: string): CronWorkflowSpecWorkflowSpecTemplatesStepsWithSequenceEnd;
    private constructor();
}
export declare class CronWorkflowSpecWorkflowSpecTemplatesStepsWithSequenceStart {
    readonly value: number | string;
    static fromNumber(value: number): CronWorkflowSpecWorkflowSpecTemplatesStepsWithSequenceStart;
    static fromString(value: string): CronWorkflowSpecWorkflowSpecTemplatesStepsWithSequenceStart;
    private constructor();
}
export interface CronWorkflowSpecWorkflowSpecTemplatesSynchronizationSemaphoresConfigMapKeyRef {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesSynchronizationSemaphoresDatabase {
    readonly key: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesVolumesCephfsSecretRef {
    readonly name?: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesVolumesCinderSecretRef {
    readonly name?: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesVolumesConfigMapItems {
    readonly key: string;
    readonly mode?: number;
    readonly path: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesVolumesCsiNodePublishSecretRef {
    readonly name?: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesVolumesDownwardApiItems {
    readonly fieldRef?: CronWorkflowSpecWorkflowSpecTemplatesVolumesDownwardApiItemsFieldRef;
    readonly mode?: number;
    readonly path: string;
    readonly resourceFieldRef?: CronWorkflowSpecWorkflowSpecTemplatesVolumesDownwardApiItemsResourceFieldRef;
}
export declare class CronWorkflowSpecWorkflowSpecTemplatesVolumesEmptyDirSizeLimit {
    readonly value: number | string;
    static fromNumber(value: number): CronWorkflowSpecWorkflowSpecTemplatesVolumesEmptyDirSizeLimit;
    static fromString(value: string): CronWorkflowSpecWorkflowSpecTemplatesVolumesEmptyDirSizeLimit;
    private constructor();
}
export interface CronWorkflowSpecWorkflowSpecTemplatesVolumesEphemeralVolumeClaimTemplate {
    readonly metadata?: CronWorkflowSpecWorkflowSpecTemplatesVolumesEphemeralVolumeClaimTemplateMetadata;
    readonly spec: CronWorkflowSpecWorkflowSpecTemplatesVolumesEphemeralVolumeClaimTemplateSpec;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesVolumesFlexVolumeSecretRef {
    readonly name?: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesVolumesIscsiSecretRef {
    readonly name?: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesVolumesProjectedSources {
    readonly clusterTrustBundle?: CronWorkflowSpecWorkflowSpecTemplatesVolumesProjectedSourcesClusterTrustBundle;
    readonly configMap?: CronWorkflowSpecWorkflowSpecTemplatesVolumesProjectedSourcesConfigMap;
    readonly downwardApi?: CronWorkflowSpecWorkflowSpecTemplatesVolumesProjectedSourcesDownwardApi;
    readonly podCertificate?: CronWorkflowSpecWorkflowSpecTemplatesVolumesProjectedSourcesPodCertificate;
    readonly secret?: CronWorkflowSpecWorkflowSpecTemplatesVolumesProjectedSourcesSecret;
    readonly serviceAccountToken?: CronWorkflowSpecWorkflowSpecTemplatesVolumesProjectedSourcesServiceAccountToken;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesVolumesRbdSecretRef {
    readonly name?: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesVolumesScaleIoSecretRef {
    readonly name?: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesVolumesSecretItems {
    readonly key: string;
    readonly mode?: number;
    readonly path: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesVolumesStorageosSecretRef {
    readonly name?: string;
}
export declare class CronWorkflowSpecWorkflowSpecVolumeClaimTemplatesSpecResourcesLimits {
    readonly value: number | string;
    static fromNumber(value: number): CronWorkflowSpecWorkflowSpecVolumeClaimTemplatesSpecResourcesLimits;
    static fromString(value: string): CronWorkflowSpecWorkflowSpecVolumeClaimTemplatesSpecResourcesLimits;
    private constructor();
}
export declare class CronWorkflowSpecWorkflowSpecVolumeClaimTemplatesSpecResourcesRequests {
    readonly value: number | string;
    static fromNumber(value: number): CronWorkflowSpecWorkflowSpecVolumeClaimTemplatesSpecResourcesRequests;
    static fromString(value: string): CronWorkflowSpecWorkflowSpecVolumeClaimTemplatesSpecResourcesRequests;
    private constructor();
}
export interface CronWorkflowSpecWorkflowSpecVolumeClaimTemplatesSpecSelectorMatchExpressions {
    readonly key: string;
    readonly operator: string;
    readonly values?: string[];
}
export interface CronWorkflowSpecWorkflowSpecVolumesDownwardApiItemsFieldRef {
    readonly apiVersion?: string;
    readonly fieldPath: string;
}
export interface CronWorkflowSpecWorkflowSpecVolumesDownwardApiItemsResourceFieldRef {
    readonly containerName?: string;
    readonly divisor?: CronWorkflowSpecWorkflowSpecVolumesDownwardApiItemsResourceFieldRefDivisor;
    readonly resource: string;
}
export interface CronWorkflowSpecWorkflowSpecVolumesEphemeralVolumeClaimTemplateMetadata {
    readonly annotations?: {
        [key: string]: string;
    };
    readonly finalizers?: string[];
    readonly generateName?: string;
    readonly labels?: {
        [key: string]: string;
    };
    readonly name?: string;
    readonly namespace?: string;
}
export interface CronWorkflowSpecWorkflowSpecVolumesEphemeralVolumeClaimTemplateSpec {
    readonly accessModes?: string[];
    readonly dataSource?: CronWorkflowSpecWorkflowSpecVolumesEphemeralVolumeClaimTemplateSpecDataSource;
    readonly dataSourceRef?: CronWorkflowSpecWorkflowSpecVolumesEphemeralVolumeClaimTemplateSpecDataSourceRef;
    readonly resources?: CronWorkflowSpecWorkflowSpecVolumesEphemeralVolumeClaimTemplateSpecResources;
    readonly selector?: CronWorkflowSpecWorkflowSpecVolumesEphemeralVolumeClaimTemplateSpecSelector;
    readonly storageClassName?: string;
    readonly volumeAttributesClassName?: string;
    readonly volumeMode?: string;
    readonly volumeName?: string;
}
export interface CronWorkflowSpecWorkflowSpecVolumesProjectedSourcesClusterTrustBundle {
    readonly labelSelector?: CronWorkflowSpecWorkflowSpecVolumesProjectedSourcesClusterTrustBundleLabelSelector;
    readonly name?: string;
    readonly optional?: boolean;
    readonly path: string;
    readonly signerName?: string;
}
export interface CronWorkflowSpecWorkflowSpecVolumesProjectedSourcesConfigMap {
    readonly items?: CronWorkflowSpecWorkflowSpecVolumesProjectedSourcesConfigMapItems[];
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecVolumesProjectedSourcesDownwardApi {
    readonly items?: CronWorkflowSpecWorkflowSpecVolumesProjectedSourcesDownwardApiItems[];
}
export interface CronWorkflowSpecWorkflowSpecVolumesProjectedSourcesPodCertificate {
    readonly certificateChainPath?: string;
    readonly credentialBundlePath?: string;
    readonly keyPath?: string;
    readonly keyType: string;
    readonly maxExpirationSeconds?: number;
    readonly signerName: string;
    readonly userAnnotations?: {
        [key: string]: string;
    };
}
export interface CronWorkflowSpecWorkflowSpecVolumesProjectedSourcesSecret {
    readonly items?: CronWorkflowSpecWorkflowSpecVolumesProjectedSourcesSecretItems[];
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecVolumesProjectedSourcesServiceAccountToken {
    readonly audience?: string;
    readonly expirationSeconds?: number;
    readonly path: string;
}
export interface CronWorkflowSpecWorkflowSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions {
    readonly key: string;
    readonly operator: string;
    readonly values?: string[];
}
export interface CronWorkflowSpecWorkflowSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields {
    readonly key: string;
    readonly operator: string;
    readonly values?: string[];
}
export interface CronWorkflowSpecWorkflowSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions {
    readonly key: string;
    readonly operator: string;
    readonly values?: string[];
}
export interface CronWorkflowSpecWorkflowSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields {
    readonly key: string;
    readonly operator: string;
    readonly values?: string[];
}
export interface CronWorkflowSpecWorkflowSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector {
    readonly matchExpressions?: CronWorkflowSpecWorkflowSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions[];
    readonly matchLabels?: {
        [key: string]: string;
    };
}
export interface CronWorkflowSpecWorkflowSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector {
    readonly matchExpressions?: CronWorkflowSpecWorkflowSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions[];
    readonly matchLabels?: {
        [key: string]: string;
    };
}
export interface CronWorkflowSpecWorkflowSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions {
    readonly key: string;
    readonly operator: string;
    readonly values?: string[];
}
export interface CronWorkflowSpecWorkflowSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions {
    readonly key: string;
    readonly operator: string;
    readonly values?: string[];
}
export interface CronWorkflowSpecWorkflowSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector {
    readonly matchExpressions?: CronWorkflowSpecWorkflowSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions[];
    readonly matchLabels?: {
        [key: string]: string;
    };
}
export interface CronWorkflowSpecWorkflowSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector {
    readonly matchExpressions?: CronWorkflowSpecWorkflowSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions[];
    readonly matchLabels?: {
        [key: string]: string;
    };
}
export interface CronWorkflowSpecWorkflowSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions {
    readonly key: string;
    readonly operator: string;
    readonly values?: string[];
}
export interface CronWorkflowSpecWorkflowSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions {
    readonly key: string;
    readonly operator: string;
    readonly values?: string[];
}
export interface CronWorkflowSpecWorkflowSpecArgumentsArtifactsHttpAuthBasicAuth {
    readonly passwordSecret?: CronWorkflowSpecWorkflowSpecArgumentsArtifactsHttpAuthBasicAuthPasswordSecret;
    readonly usernameSecret?: CronWorkflowSpecWorkflowSpecArgumentsArtifactsHttpAuthBasicAuthUsernameSecret;
}
export interface CronWorkflowSpecWorkflowSpecArgumentsArtifactsHttpAuthClientCert {
    readonly clientCertSecret?: CronWorkflowSpecWorkflowSpecArgumentsArtifactsHttpAuthClientCertClientCertSecret;
    readonly clientKeySecret?: CronWorkflowSpecWorkflowSpecArgumentsArtifactsHttpAuthClientCertClientKeySecret;
}
export interface CronWorkflowSpecWorkflowSpecArgumentsArtifactsHttpAuthOauth2 {
    readonly clientIdSecret?: CronWorkflowSpecWorkflowSpecArgumentsArtifactsHttpAuthOauth2ClientIdSecret;
    readonly clientSecretSecret?: CronWorkflowSpecWorkflowSpecArgumentsArtifactsHttpAuthOauth2ClientSecretSecret;
    readonly endpointParams?: CronWorkflowSpecWorkflowSpecArgumentsArtifactsHttpAuthOauth2EndpointParams[];
    readonly scopes?: string[];
    readonly tokenUrlSecret?: CronWorkflowSpecWorkflowSpecArgumentsArtifactsHttpAuthOauth2TokenUrlSecret;
}
export interface CronWorkflowSpecWorkflowSpecArgumentsArtifactsS3EncryptionOptionsServerSideCustomerKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecExecutorPluginsSpecSidecarContainerEnv {
    readonly name: string;
    readonly value?: string;
    readonly valueFrom?: CronWorkflowSpecWorkflowSpecExecutorPluginsSpecSidecarContainerEnvValueFrom;
}
export interface CronWorkflowSpecWorkflowSpecExecutorPluginsSpecSidecarContainerEnvFrom {
    readonly configMapRef?: CronWorkflowSpecWorkflowSpecExecutorPluginsSpecSidecarContainerEnvFromConfigMapRef;
    readonly prefix?: string;
    readonly secretRef?: CronWorkflowSpecWorkflowSpecExecutorPluginsSpecSidecarContainerEnvFromSecretRef;
}
export interface CronWorkflowSpecWorkflowSpecExecutorPluginsSpecSidecarContainerLifecycle {
    readonly postStart?: CronWorkflowSpecWorkflowSpecExecutorPluginsSpecSidecarContainerLifecyclePostStart;
    readonly preStop?: CronWorkflowSpecWorkflowSpecExecutorPluginsSpecSidecarContainerLifecyclePreStop;
    readonly stopSignal?: string;
}
export interface CronWorkflowSpecWorkflowSpecExecutorPluginsSpecSidecarContainerLivenessProbe {
    readonly exec?: CronWorkflowSpecWorkflowSpecExecutorPluginsSpecSidecarContainerLivenessProbeExec;
    readonly failureThreshold?: number;
    readonly grpc?: CronWorkflowSpecWorkflowSpecExecutorPluginsSpecSidecarContainerLivenessProbeGrpc;
    readonly httpGet?: CronWorkflowSpecWorkflowSpecExecutorPluginsSpecSidecarContainerLivenessProbeHttpGet;
    readonly initialDelaySeconds?: number;
    readonly periodSeconds?: number;
    readonly successThreshold?: number;
    readonly tcpSocket?: CronWorkflowSpecWorkflowSpecExecutorPluginsSpecSidecarContainerLivenessProbeTcpSocket;
    readonly terminationGracePeriodSeconds?: number;
    readonly timeoutSeconds?: number;
}
export interface CronWorkflowSpecWorkflowSpecExecutorPluginsSpecSidecarContainerPorts {
    readonly containerPort: number;
    readonly hostIp?: string;
    readonly hostPort?: number;
    readonly name?: string;
    readonly protocol?: string;
}
export interface CronWorkflowSpecWorkflowSpecExecutorPluginsSpecSidecarContainerReadinessProbe {
    readonly exec?: CronWorkflowSpecWorkflowSpecExecutorPluginsSpecSidecarContainerReadinessProbeExec;
    readonly failureThreshold?: number;
    readonly grpc?: CronWorkflowSpecWorkflowSpecExecutorPluginsSpecSidecarContainerReadinessProbeGrpc;
    readonly httpGet?: CronWorkflowSpecWorkflowSpecExecutorPluginsSpecSidecarContainerReadinessProbeHttpGet;
    readonly initialDelaySeconds?: number;
    readonly periodSeconds?: number;
    readonly successThreshold?: number;
    readonly tcpSocket?: CronWorkflowSpecWorkflowSpecExecutorPluginsSpecSidecarContainerReadinessProbeTcpSocket;
    readonly terminationGracePeriodSeconds?: number;
    readonly timeoutSeconds?: number;
}
export interface CronWorkflowSpecWorkflowSpecExecutorPluginsSpecSidecarContainerResizePolicy {
    readonly resourceName: string;
    readonly restartPolicy: string;
}
export interface CronWorkflowSpecWorkflowSpecExecutorPluginsSpecSidecarContainerResources {
    readonly claims?: CronWorkflowSpecWorkflowSpecExecutorPluginsSpecSidecarContainerResourcesClaims[];
    readonly limits?: {
        [key: string]: CronWorkflowSpecWorkflowSpecExecutorPluginsSpecSidecarContainerResourcesLimits;
    };
    readonly requests?: {
        [key: string]: CronWorkflowSpecWorkflowSpecExecutorPluginsSpecSidecarContainerResourcesRequests;
    };
}
export interface CronWorkflowSpecWorkflowSpecExecutorPluginsSpecSidecarContainerRestartPolicyRules {
    readonly action: string;
    readonly exitCodes?: CronWorkflowSpecWorkflowSpecExecutorPluginsSpecSidecarContainerRestartPolicyRulesExitCodes;
}
export interface CronWorkflowSpecWorkflowSpecExecutorPluginsSpecSidecarContainerSecurityContext {
    readonly allowPrivilegeEscalation?: boolean;
    readonly appArmorProfile?: CronWorkflowSpecWorkflowSpecExecutorPluginsSpecSidecarContainerSecurityContextAppArmorProfile;
    readonly capabilities?: CronWorkflowSpecWorkflowSpecExecutorPluginsSpecSidecarContainerSecurityContextCapabilities;
    readonly privileged?: boolean;
    readonly procMount?: string;
    readonly readOnlyRootFilesystem?: boolean;
    readonly runAsGroup?: number;
    readonly runAsNonRoot?: boolean;
    readonly runAsUser?: number;
    readonly seLinuxOptions?: CronWorkflowSpecWorkflowSpecExecutorPluginsSpecSidecarContainerSecurityContextSeLinuxOptions;
    readonly seccompProfile?: CronWorkflowSpecWorkflowSpecExecutorPluginsSpecSidecarContainerSecurityContextSeccompProfile;
    readonly windowsOptions?: CronWorkflowSpecWorkflowSpecExecutorPluginsSpecSidecarContainerSecurityContextWindowsOptions;
}
export interface CronWorkflowSpecWorkflowSpecExecutorPluginsSpecSidecarContainerStartupProbe {
    readonly exec?: CronWorkflowSpecWorkflowSpecExecutorPluginsSpecSidecarContainerStartupProbeExec;
    readonly failureThreshold?: number;
    readonly grpc?: CronWorkflowSpecWorkflowSpecExecutorPluginsSpecSidecarContainerStartupProbeGrpc;
    readonly httpGet?: CronWorkflowSpecWorkflowSpecExecutorPluginsSpecSidecarContainerStartupProbeHttpGet;
    readonly initialDelaySeconds?: number;
    readonly periodSeconds?: number;
    readonly successThreshold?: number;
    readonly tcpSocket?: CronWorkflowSpecWorkflowSpecExecutorPluginsSpecSidecarContainerStartupProbeTcpSocket;
    readonly terminationGracePeriodSeconds?: number;
    readonly timeoutSeconds?: number;
}
export interface CronWorkflowSpecWorkflowSpecExecutorPluginsSpecSidecarContainerVolumeDevices {
    readonly devicePath: string;
    readonly name: string;
}
export interface CronWorkflowSpecWorkflowSpecExecutorPluginsSpecSidecarContainerVolumeMounts {
    readonly mountPath: string;
    readonly mountPropagation?: string;
    readonly name: string;
    readonly readOnly?: boolean;
    readonly recursiveReadOnly?: string;
    readonly subPath?: string;
    readonly subPathExpr?: string;
}
export interface CronWorkflowSpecWorkflowSpecHooksArgumentsArtifactsArchiveTar {
    readonly compressionLevel?: number;
}
export interface CronWorkflowSpecWorkflowSpecHooksArgumentsArtifactsArtifactGcPodMetadata {
    readonly annotations?: {
        [key: string]: string;
    };
    readonly labels?: {
        [key: string]: string;
    };
}
export declare enum CronWorkflowSpecWorkflowSpecHooksArgumentsArtifactsArtifactGcStrategy {
    ON_WORKFLOW_COMPLETION = "OnWorkflowCompletion",
    ON_WORKFLOW_DELETION = "OnWorkflowDeletion",
    NEVER = "Never"
}
export interface CronWorkflowSpecWorkflowSpecHooksArgumentsArtifactsArtifactoryPasswordSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecHooksArgumentsArtifactsArtifactoryUsernameSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecHooksArgumentsArtifactsAzureAccountKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecHooksArgumentsArtifactsGcsServiceAccountKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecHooksArgumentsArtifactsGitPasswordSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecHooksArgumentsArtifactsGitSshPrivateKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecHooksArgumentsArtifactsGitUsernameSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecHooksArgumentsArtifactsHdfsKrbCCacheSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecHooksArgumentsArtifactsHdfsKrbConfigConfigMap {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecHooksArgumentsArtifactsHdfsKrbKeytabSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecHooksArgumentsArtifactsHttpAuth {
    readonly basicAuth?: CronWorkflowSpecWorkflowSpecHooksArgumentsArtifactsHttpAuthBasicAuth;
    readonly clientCert?: CronWorkflowSpecWorkflowSpecHooksArgumentsArtifactsHttpAuthClientCert;
    readonly oauth2?: CronWorkflowSpecWorkflowSpecHooksArgumentsArtifactsHttpAuthOauth2;
}
export interface CronWorkflowSpecWorkflowSpecHooksArgumentsArtifactsHttpHeaders {
    readonly name: string;
    readonly value: string;
}
export interface CronWorkflowSpecWorkflowSpecHooksArgumentsArtifactsOssAccessKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecHooksArgumentsArtifactsOssLifecycleRule {
    readonly markDeletionAfterDays?: number;
    readonly markInfrequentAccessAfterDays?: number;
}
export interface CronWorkflowSpecWorkflowSpecHooksArgumentsArtifactsOssSecretKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecHooksArgumentsArtifactsS3AccessKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export declare enum CronWorkflowSpecWorkflowSpecHooksArgumentsArtifactsS3AddressingStyle {
    PATH = "path",
    VIRTUAL_HYPHEN_HOSTED = "virtual-hosted"
}
export interface CronWorkflowSpecWorkflowSpecHooksArgumentsArtifactsS3CaSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecHooksArgumentsArtifactsS3CreateBucketIfNotPresent {
    readonly objectLocking?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecHooksArgumentsArtifactsS3EncryptionOptions {
    readonly enableEncryption?: boolean;
    readonly kmsEncryptionContext?: string;
    readonly kmsKeyId?: string;
    readonly serverSideCustomerKeySecret?: CronWorkflowSpecWorkflowSpecHooksArgumentsArtifactsS3EncryptionOptionsServerSideCustomerKeySecret;
}
export interface CronWorkflowSpecWorkflowSpecHooksArgumentsArtifactsS3SecretKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecHooksArgumentsArtifactsS3SessionTokenSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecHooksArgumentsParametersValueFromConfigMapKeyRef {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference {
    readonly matchExpressions?: CronWorkflowSpecWorkflowSpecTemplateDefaultsAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions[];
    readonly matchFields?: CronWorkflowSpecWorkflowSpecTemplateDefaultsAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields[];
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms {
    readonly matchExpressions?: CronWorkflowSpecWorkflowSpecTemplateDefaultsAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions[];
    readonly matchFields?: CronWorkflowSpecWorkflowSpecTemplateDefaultsAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields[];
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm {
    readonly labelSelector?: CronWorkflowSpecWorkflowSpecTemplateDefaultsAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector;
    readonly matchLabelKeys?: string[];
    readonly mismatchLabelKeys?: string[];
    readonly namespaceSelector?: CronWorkflowSpecWorkflowSpecTemplateDefaultsAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector;
    readonly namespaces?: string[];
    readonly topologyKey: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector {
    readonly matchExpressions?: CronWorkflowSpecWorkflowSpecTemplateDefaultsAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions[];
    readonly matchLabels?: {
        [key: string]: string;
    };
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector {
    readonly matchExpressions?: CronWorkflowSpecWorkflowSpecTemplateDefaultsAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions[];
    readonly matchLabels?: {
        [key: string]: string;
    };
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm {
    readonly labelSelector?: CronWorkflowSpecWorkflowSpecTemplateDefaultsAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector;
    readonly matchLabelKeys?: string[];
    readonly mismatchLabelKeys?: string[];
    readonly namespaceSelector?: CronWorkflowSpecWorkflowSpecTemplateDefaultsAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector;
    readonly namespaces?: string[];
    readonly topologyKey: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector {
    readonly matchExpressions?: CronWorkflowSpecWorkflowSpecTemplateDefaultsAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions[];
    readonly matchLabels?: {
        [key: string]: string;
    };
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector {
    readonly matchExpressions?: CronWorkflowSpecWorkflowSpecTemplateDefaultsAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions[];
    readonly matchLabels?: {
        [key: string]: string;
    };
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsArchiveLocationHttpAuthBasicAuth {
    readonly passwordSecret?: CronWorkflowSpecWorkflowSpecTemplateDefaultsArchiveLocationHttpAuthBasicAuthPasswordSecret;
    readonly usernameSecret?: CronWorkflowSpecWorkflowSpecTemplateDefaultsArchiveLocationHttpAuthBasicAuthUsernameSecret;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsArchiveLocationHttpAuthClientCert {
    readonly clientCertSecret?: CronWorkflowSpecWorkflowSpecTemplateDefaultsArchiveLocationHttpAuthClientCertClientCertSecret;
    readonly clientKeySecret?: CronWorkflowSpecWorkflowSpecTemplateDefaultsArchiveLocationHttpAuthClientCertClientKeySecret;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsArchiveLocationHttpAuthOauth2 {
    readonly clientIdSecret?: CronWorkflowSpecWorkflowSpecTemplateDefaultsArchiveLocationHttpAuthOauth2ClientIdSecret;
    readonly clientSecretSecret?: CronWorkflowSpecWorkflowSpecTemplateDefaultsArchiveLocationHttpAuthOauth2ClientSecretSecret;
    readonly endpointParams?: CronWorkflowSpecWorkflowSpecTemplateDefaultsArchiveLocationHttpAuthOauth2EndpointParams[];
    readonly scopes?: string[];
    readonly tokenUrlSecret?: CronWorkflowSpecWorkflowSpecTemplateDefaultsArchiveLocationHttpAuthOauth2TokenUrlSecret;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsArchiveLocationS3EncryptionOptionsServerSideCustomerKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsContainerEnvValueFromConfigMapKeyRef {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsContainerEnvValueFromFieldRef {
    readonly apiVersion?: string;
    readonly fieldPath: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsContainerEnvValueFromFileKeyRef {
    readonly key: string;
    readonly optional?: boolean;
    readonly path: string;
    readonly volumeName: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsContainerEnvValueFromResourceFieldRef {
    readonly containerName?: string;
    readonly divisor?: CronWorkflowSpecWorkflowSpecTemplateDefaultsContainerEnvValueFromResourceFieldRefDivisor;
    readonly resource: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsContainerEnvValueFromSecretKeyRef {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsContainerLifecyclePostStartExec {
    readonly command?: string[];
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsContainerLifecyclePostStartHttpGet {
    readonly host?: string;
    readonly httpHeaders?: CronWorkflowSpecWorkflowSpecTemplateDefaultsContainerLifecyclePostStartHttpGetHttpHeaders[];
    readonly path?: string;
    readonly port: CronWorkflowSpecWorkflowSpecTemplateDefaultsContainerLifecyclePostStartHttpGetPort;
    readonly scheme?: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsContainerLifecyclePostStartSleep {
    readonly seconds: number;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsContainerLifecyclePostStartTcpSocket {
    readonly host?: string;
    readonly port: CronWorkflowSpecWorkflowSpecTemplateDefaultsContainerLifecyclePostStartTcpSocketPort;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsContainerLifecyclePreStopExec {
    readonly command?: string[];
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsContainerLifecyclePreStopHttpGet {
    readonly host?: string;
    readonly httpHeaders?: CronWorkflowSpecWorkflowSpecTemplateDefaultsContainerLifecyclePreStopHttpGetHttpHeaders[];
    readonly path?: string;
    readonly port: CronWorkflowSpecWorkflowSpecTemplateDefaultsContainerLifecyclePreStopHttpGetPort;
    readonly scheme?: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsContainerLifecyclePreStopSleep {
    readonly seconds: number;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsContainerLifecyclePreStopTcpSocket {
    readonly host?: string;
    readonly port: CronWorkflowSpecWorkflowSpecTemplateDefaultsContainerLifecyclePreStopTcpSocketPort;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsContainerLivenessProbeHttpGetHttpHeaders {
    readonly name: string;
    readonly value: string;
}
export declare class CronWorkflowSpecWorkflowSpecTemplateDefaultsContainerLivenessProbeHttpGetPort {
    readonly value: number | string;
    static fromNumber(value: number): CronWorkflowSpecWorkflowSpecTemplateDefaultsContainerLivenessProbeHttpGetPort;
    static fromString(value: string): CronWorkflowSpecWorkflowSpecTemplateDefaultsContainerLivenessProbeHttpGetPort;
    private constructor();
}
export declare class CronWorkflowSpecWorkflowSpecTemplateDefaultsContainerLivenessProbeTcpSocketPort {
    readonly value: number | string;
    static fromNumber(value: number): CronWorkflowSpecWorkflowSpecTemplateDefaultsContainerLivenessProbeTcpSocketPort;
    static fromString(value: string): CronWorkflowSpecWorkflowSpecTemplateDefaultsContainerLivenessProbeTcpSocketPort;
    private constructor();
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsContainerReadinessProbeHttpGetHttpHeaders {
    readonly name: string;
    readonly value: string;
}
export declare class CronWorkflowSpecWorkflowSpecTemplateDefaultsContainerReadinessProbeHttpGetPort {
    readonly value: number | string;
    static fromNumber(value: number): CronWorkflowSpecWorkflowSpecTemplateDefaultsContainerReadinessProbeHttpGetPort;
    static fromString(value: string): CronWorkflowSpecWorkflowSpecTemplateDefaultsContainerReadinessProbeHttpGetPort;
    private constructor();
}
export declare class CronWorkflowSpecWorkflowSpecTemplateDefaultsContainerReadinessProbeTcpSocketPort {
    readonly value: number | string;
    static fromNumber(value: number): CronWorkflowSpecWorkflowSpecTemplateDefaultsContainerReadinessProbeTcpSocketPort;
    static fromString(value: string): CronWorkflowSpecWorkflowSpecTemplateDefaultsContainerReadinessProbeTcpSocketPort;
    private constructor();
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsContainerStartupProbeHttpGetHttpHeaders {
    readonly name: string;
    readonly value: string;
}
export declare class CronWorkflowSpecWorkflowSpecTemplateDefaultsContainerStartupProbeHttpGetPort {
    readonly value: number | string;
    static fromNumber(value: number): CronWorkflowSpecWorkflowSpecTemplateDefaultsContainerStartupProbeHttpGetPort;
    static fromString(value: string): CronWorkflowSpecWorkflowSpecTemplateDefaultsContainerStartupProbeHttpGetPort;
    private constructor();
}
export declare class CronWorkflowSpecWorkflowSpecTemplateDefaultsContainerStartupProbeTcpSocketPort {
    readonly value: number | string;
    static fromNumber(value: number): CronWorkflowSpecWorkflowSpecTemplateDefaultsContainerStartupProbeTcpSocketPort;
    static fromString(value: string): CronWorkflowSpecWorkflowSpecTemplateDefaultsContainerStartupProbeTcpSocketPort;
    private constructor();
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsContainerSetContainersEnvValueFrom {
    readonly configMapKeyRef?: CronWorkflowSpecWorkflowSpecTemplateDefaultsContainerSetContainersEnvValueFromConfigMapKeyRef;
    readonly fieldRef?: CronWorkflowSpecWorkflowSpecTemplateDefaultsContainerSetContainersEnvValueFromFieldRef;
    readonly fileKeyRef?: CronWorkflowSpecWorkflowSpecTemplateDefaultsContainerSetContainersEnvValueFromFileKeyRef;
    readonly resourceFieldRef?: CronWorkflowSpecWorkflowSpecTemplateDefaultsContainerSetContainersEnvValueFromResourceFieldRef;
    readonly secretKeyRef?: CronWorkflowSpecWorkflowSpecTemplateDefaultsContainerSetContainersEnvValueFromSecretKeyRef;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsContainerSetContainersEnvFromConfigMapRef {
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsContainerSetContainersEnvFromSecretRef {
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsContainerSetContainersLifecyclePostStart {
    readonly exec?: CronWorkflowSpecWorkflowSpecTemplateDefaultsContainerSetContainersLifecyclePostStartExec;
    readonly httpGet?: CronWorkflowSpecWorkflowSpecTemplateDefaultsContainerSetContainersLifecyclePostStartHttpGet;
    readonly sleep?: CronWorkflowSpecWorkflowSpecTemplateDefaultsContainerSetContainersLifecyclePostStartSleep;
    readonly tcpSocket?: CronWorkflowSpecWorkflowSpecTemplateDefaultsContainerSetContainersLifecyclePostStartTcpSocket;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsContainerSetContainersLifecyclePreStop {
    readonly exec?: CronWorkflowSpecWorkflowSpecTemplateDefaultsContainerSetContainersLifecyclePreStopExec;
    readonly httpGet?: CronWorkflowSpecWorkflowSpecTemplateDefaultsContainerSetContainersLifecyclePreStopHttpGet;
    readonly sleep?: CronWorkflowSpecWorkflowSpecTemplateDefaultsContainerSetContainersLifecyclePreStopSleep;
    readonly tcpSocket?: CronWorkflowSpecWorkflowSpecTemplateDefaultsContainerSetContainersLifecyclePreStopTcpSocket;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsContainerSetContainersLivenessProbeExec {
    readonly command?: string[];
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsContainerSetContainersLivenessProbeGrpc {
    readonly port: number;
    readonly service?: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsContainerSetContainersLivenessProbeHttpGet {
    readonly host?: string;
    readonly httpHeaders?: CronWorkflowSpecWorkflowSpecTemplateDefaultsContainerSetContainersLivenessProbeHttpGetHttpHeaders[];
    readonly path?: string;
    readonly port: CronWorkflowSpecWorkflowSpecTemplateDefaultsContainerSetContainersLivenessProbeHttpGetPort;
    readonly scheme?: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsContainerSetContainersLivenessProbeTcpSocket {
    readonly host?: string;
    readonly port: CronWorkflowSpecWorkflowSpecTemplateDefaultsContainerSetContainersLivenessProbeTcpSocketPort;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsContainerSetContainersReadinessProbeExec {
    readonly command?: string[];
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsContainerSetContainersReadinessProbeGrpc {
    readonly port: number;
    readonly service?: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsContainerSetContainersReadinessProbeHttpGet {
    readonly host?: string;
    readonly httpHeaders?: CronWorkflowSpecWorkflowSpecTemplateDefaultsContainerSetContainersReadinessProbeHttpGetHttpHeaders[];
    readonly path?: string;
    readonly port: CronWorkflowSpecWorkflowSpecTemplateDefaultsContainerSetContainersReadinessProbeHttpGetPort;
    readonly scheme?: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsContainerSetContainersReadinessProbeTcpSocket {
    readonly host?: string;
    readonly port: CronWorkflowSpecWorkflowSpecTemplateDefaultsContainerSetContainersReadinessProbeTcpSocketPort;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsContainerSetContainersResourcesClaims {
    readonly name: string;
    readonly request?: string;
}
export declare class CronWorkflowSpecWorkflowSpecTemplateDefaultsContainerSetContainersResourcesLimits {
    readonly value: number | string;
    static fromNumber(value: number): CronWorkflowSpecWorkflowSpecTemplateDefaultsContainerSetContainersResourcesLimits;
    static fromString(value: string): CronWorkflowSpecWorkflowSpecTemplateDefaultsContainerSetContainersResourcesLimits;
    private constructor();
}
export declare class CronWorkflowSpecWorkflowSpecTemplateDefaultsContainerSetContainersResourcesRequests {
    readonly value: number | string;
    static fromNumber(value: number): CronWorkflowSpecWorkflowSpecTemplateDefaultsContainerSetContainersResourcesRequests;
    static fromString(value: string): CronWorkflowSpecWorkflowSpecTemplateDefaultsContainerSetContainersResourcesRequests;
    private constructor();
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsContainerSetContainersRestartPolicyRulesExitCodes {
    readonly operator: string;
    readonly values?: number[];
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsContainerSetContainersSecurityContextAppArmorProfile {
    readonly localhostProfile?: string;
    readonly type: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsContainerSetContainersSecurityContextCapabilities {
    readonly add?: string[];
    readonly drop?: string[];
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsContainerSetContainersSecurityContextSeLinuxOptions {
    readonly level?: string;
    readonly role?: string;
    readonly type?: string;
    readonly user?: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsContainerSetContainersSecurityContextSeccompProfile {
    readonly localhostProfile?: string;
    readonly type: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsContainerSetContainersSecurityContextWindowsOptions {
    readonly gmsaCredentialSpec?: string;
    readonly gmsaCredentialSpecName?: string;
    readonly hostProcess?: boolean;
    readonly runAsUserName?: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsContainerSetContainersStartupProbeExec {
    readonly command?: string[];
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsContainerSetContainersStartupProbeGrpc {
    readonly port: number;
    readonly service?: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsContainerSetContainersStartupProbeHttpGet {
    readonly host?: string;
    readonly httpHeaders?: CronWorkflowSpecWorkflowSpecTemplateDefaultsContainerSetContainersStartupProbeHttpGetHttpHeaders[];
    readonly path?: string;
    readonly port: CronWorkflowSpecWorkflowSpecTemplateDefaultsContainerSetContainersStartupProbeHttpGetPort;
    readonly scheme?: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsContainerSetContainersStartupProbeTcpSocket {
    readonly host?: string;
    readonly port: CronWorkflowSpecWorkflowSpecTemplateDefaultsContainerSetContainersStartupProbeTcpSocketPort;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsDagTasksArgumentsArtifacts {
    readonly archive?: CronWorkflowSpecWorkflowSpecTemplateDefaultsDagTasksArgumentsArtifactsArchive;
    readonly archiveLogs?: boolean;
    readonly artifactGc?: CronWorkflowSpecWorkflowSpecTemplateDefaultsDagTasksArgumentsArtifactsArtifactGc;
    readonly artifactory?: CronWorkflowSpecWorkflowSpecTemplateDefaultsDagTasksArgumentsArtifactsArtifactory;
    readonly azure?: CronWorkflowSpecWorkflowSpecTemplateDefaultsDagTasksArgumentsArtifactsAzure;
    readonly deleted?: boolean;
    readonly from?: string;
    readonly fromExpression?: string;
    readonly gcs?: CronWorkflowSpecWorkflowSpecTemplateDefaultsDagTasksArgumentsArtifactsGcs;
    readonly git?: CronWorkflowSpecWorkflowSpecTemplateDefaultsDagTasksArgumentsArtifactsGit;
    readonly globalName?: string;
    readonly hdfs?: CronWorkflowSpecWorkflowSpecTemplateDefaultsDagTasksArgumentsArtifactsHdfs;
    readonly http?: CronWorkflowSpecWorkflowSpecTemplateDefaultsDagTasksArgumentsArtifactsHttp;
    readonly mode?: number;
    readonly name: string;
    readonly optional?: boolean;
    readonly oss?: CronWorkflowSpecWorkflowSpecTemplateDefaultsDagTasksArgumentsArtifactsOss;
    readonly path?: string;
    readonly plugin?: CronWorkflowSpecWorkflowSpecTemplateDefaultsDagTasksArgumentsArtifactsPlugin;
    readonly raw?: CronWorkflowSpecWorkflowSpecTemplateDefaultsDagTasksArgumentsArtifactsRaw;
    readonly recurseMode?: boolean;
    readonly s3?: CronWorkflowSpecWorkflowSpecTemplateDefaultsDagTasksArgumentsArtifactsS3;
    readonly subPath?: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsDagTasksArgumentsParameters {
    readonly default?: string;
    readonly description?: string;
    readonly enum?: string[];
    readonly globalName?: string;
    readonly name: string;
    readonly value?: string;
    readonly valueFrom?: CronWorkflowSpecWorkflowSpecTemplateDefaultsDagTasksArgumentsParametersValueFrom;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsDagTasksHooksArguments {
    readonly artifacts?: CronWorkflowSpecWorkflowSpecTemplateDefaultsDagTasksHooksArgumentsArtifacts[];
    readonly parameters?: CronWorkflowSpecWorkflowSpecTemplateDefaultsDagTasksHooksArgumentsParameters[];
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsDagTasksHooksTemplateRef {
    readonly clusterScope?: boolean;
    readonly name?: string;
    readonly template?: string;
}
export declare class CronWorkflowSpecWorkflowSpecTemplateDefaultsDagTasksWithSequenceCount {
    readonly value: number | string;
    static fromNumber(value: number): CronWorkflowSpecWorkflowSpecTemplateDefaultsDagTasksWithSequenceCount;
    static fromString(value: string): CronWorkflowSpecWorkflowSpecTemplateDefaultsDagTasksWithSequenceCount;
    private constructor();
}
export declare class CronWorkflowSpecWorkflowSpecTemplateDefaultsDagTasksWithSequenceEnd {
    readonly value: number | string;
    static fromNumber(value: number): CronWorkflowSpecWorkflowSpecTemplateDefaultsDagTasksWithSequenceEnd;
    static fromString(value: string): CronWorkflowSpecWorkflowSpecTemplateDefaultsDagTasksWithSequenceEnd;
    private constructor();
}
export declare class CronWorkflowSpecWorkflowSpecTemplateDefaultsDagTasksWithSequenceStart {
    readonly value: number | string;
    static fromNumber(value: number): CronWorkflowSpecWorkflowSpecTemplateDefaultsDagTasksWithSequenceStart;
    static fromString(value: string): CronWorkflowSpecWorkflowSpecTemplateDefaultsDagTasksWithSequenceStart;
    private constructor();
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsDataSourceArtifactPathsArchive {
    readonly none?: any;
    readonly tar?: CronWorkflowSpecWorkflowSpecTemplateDefaultsDataSourceArtifactPathsArchiveTar;
    readonly zip?: any;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsDataSourceArtifactPathsArtifactGc {
    readonly podMetadata?: CronWorkflowSpecWorkflowSpecTemplateDefaultsDataSourceArtifactPathsArtifactGcPodMetadata;
    readonly serviceAccountName?: string;
    readonly strategy?: CronWorkflowSpecWorkflowSpecTemplateDefaultsDataSourceArtifactPathsArtifactGcStrategy;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsDataSourceArtifactPathsArtifactory {
    readonly passwordSecret?: CronWorkflowSpecWorkflowSpecTemplateDefaultsDataSourceArtifactPathsArtifactoryPasswordSecret;
    readonly url: string;
    readonly usernameSecret?: CronWorkflowSpecWorkflowSpecTemplateDefaultsDataSourceArtifactPathsArtifactoryUsernameSecret;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsDataSourceArtifactPathsAzure {
    readonly accountKeySecret?: CronWorkflowSpecWorkflowSpecTemplateDefaultsDataSourceArtifactPathsAzureAccountKeySecret;
    readonly blob: string;
    readonly container: string;
    readonly endpoint: string;
    readonly useSdkCreds?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsDataSourceArtifactPathsGcs {
    readonly bucket?: string;
    readonly key: string;
    readonly serviceAccountKeySecret?: CronWorkflowSpecWorkflowSpecTemplateDefaultsDataSourceArtifactPathsGcsServiceAccountKeySecret;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsDataSourceArtifactPathsGit {
    readonly branch?: string;
    readonly depth?: number;
    readonly disableSubmodules?: boolean;
    readonly fetch?: string[];
    readonly insecureIgnoreHostKey?: boolean;
    readonly insecureSkipTls?: boolean;
    readonly passwordSecret?: CronWorkflowSpecWorkflowSpecTemplateDefaultsDataSourceArtifactPathsGitPasswordSecret;
    readonly repo: string;
    readonly revision?: string;
    readonly singleBranch?: boolean;
    readonly sshPrivateKeySecret?: CronWorkflowSpecWorkflowSpecTemplateDefaultsDataSourceArtifactPathsGitSshPrivateKeySecret;
    readonly usernameSecret?: CronWorkflowSpecWorkflowSpecTemplateDefaultsDataSourceArtifactPathsGitUsernameSecret;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsDataSourceArtifactPathsHdfs {
    readonly addresses?: string[];
    readonly dataTransferProtection?: string;
    readonly force?: boolean;
    readonly hdfsUser?: string;
    readonly krbCCacheSecret?: CronWorkflowSpecWorkflowSpecTemplateDefaultsDataSourceArtifactPathsHdfsKrbCCacheSecret;
    readonly krbConfigConfigMap?: CronWorkflowSpecWorkflowSpecTemplateDefaultsDataSourceArtifactPathsHdfsKrbConfigConfigMap;
    readonly krbKeytabSecret?: CronWorkflowSpecWorkflowSpecTemplateDefaultsDataSourceArtifactPathsHdfsKrbKeytabSecret;
    readonly krbRealm?: string;
    readonly krbServicePrincipalName?: string;
    readonly krbUsername?: string;
    readonly path: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsDataSourceArtifactPathsHttp {
    readonly auth?: CronWorkflowSpecWorkflowSpecTemplateDefaultsDataSourceArtifactPathsHttpAuth;
    readonly headers?: CronWorkflowSpecWorkflowSpecTemplateDefaultsDataSourceArtifactPathsHttpHeaders[];
    readonly saveStreamViaFile?: boolean;
    readonly url: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsDataSourceArtifactPathsOss {
    readonly accessKeySecret?: CronWorkflowSpecWorkflowSpecTemplateDefaultsDataSourceArtifactPathsOssAccessKeySecret;
    readonly bucket?: string;
    readonly createBucketIfNotPresent?: boolean;
    readonly endpoint?: string;
    readonly key: string;
    readonly lifecycleRule?: CronWorkflowSpecWorkflowSpecTemplateDefaultsDataSourceArtifactPathsOssLifecycleRule;
    readonly secretKeySecret?: CronWorkflowSpecWorkflowSpecTemplateDefaultsDataSourceArtifactPathsOssSecretKeySecret;
    readonly securityToken?: string;
    readonly useSdkCreds?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsDataSourceArtifactPathsPlugin {
    readonly configuration?: string;
    readonly connectionTimeoutSeconds?: number;
    readonly key: string;
    readonly name?: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsDataSourceArtifactPathsRaw {
    readonly data: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsDataSourceArtifactPathsS3 {
    readonly accessKeySecret?: CronWorkflowSpecWorkflowSpecTemplateDefaultsDataSourceArtifactPathsS3AccessKeySecret;
    readonly addressingStyle?: CronWorkflowSpecWorkflowSpecTemplateDefaultsDataSourceArtifactPathsS3AddressingStyle;
    readonly bucket?: string;
    readonly caSecret?: CronWorkflowSpecWorkflowSpecTemplateDefaultsDataSourceArtifactPathsS3CaSecret;
    readonly createBucketIfNotPresent?: CronWorkflowSpecWorkflowSpecTemplateDefaultsDataSourceArtifactPathsS3CreateBucketIfNotPresent;
    readonly encryptionOptions?: CronWorkflowSpecWorkflowSpecTemplateDefaultsDataSourceArtifactPathsS3EncryptionOptions;
    readonly endpoint?: string;
    readonly insecure?: boolean;
    readonly key?: string;
    readonly region?: string;
    readonly roleArn?: string;
    readonly secretKeySecret?: CronWorkflowSpecWorkflowSpecTemplateDefaultsDataSourceArtifactPathsS3SecretKeySecret;
    readonly sessionTokenSecret?: CronWorkflowSpecWorkflowSpecTemplateDefaultsDataSourceArtifactPathsS3SessionTokenSecret;
    readonly useSdkCreds?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsHttpHeadersValueFromSecretKeyRef {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsInitContainersEnvValueFromConfigMapKeyRef {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsInitContainersEnvValueFromFieldRef {
    readonly apiVersion?: string;
    readonly fieldPath: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsInitContainersEnvValueFromFileKeyRef {
    readonly key: string;
    readonly optional?: boolean;
    readonly path: string;
    readonly volumeName: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsInitContainersEnvValueFromResourceFieldRef {
    readonly containerName?: string;
    readonly divisor?: CronWorkflowSpecWorkflowSpecTemplateDefaultsInitContainersEnvValueFromResourceFieldRefDivisor;
    readonly resource: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsInitContainersEnvValueFromSecretKeyRef {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsInitContainersLifecyclePostStartExec {
    readonly command?: string[];
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsInitContainersLifecyclePostStartHttpGet {
    readonly host?: string;
    readonly httpHeaders?: CronWorkflowSpecWorkflowSpecTemplateDefaultsInitContainersLifecyclePostStartHttpGetHttpHeaders[];
    readonly path?: string;
    readonly port: CronWorkflowSpecWorkflowSpecTemplateDefaultsInitContainersLifecyclePostStartHttpGetPort;
    readonly scheme?: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsInitContainersLifecyclePostStartSleep {
    readonly seconds: number;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsInitContainersLifecyclePostStartTcpSocket {
    readonly host?: string;
    readonly port: CronWorkflowSpecWorkflowSpecTemplateDefaultsInitContainersLifecyclePostStartTcpSocketPort;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsInitContainersLifecyclePreStopExec {
    readonly command?: string[];
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsInitContainersLifecyclePreStopHttpGet {
    readonly host?: string;
    readonly httpHeaders?: CronWorkflowSpecWorkflowSpecTemplateDefaultsInitContainersLifecyclePreStopHttpGetHttpHeaders[];
    readonly path?: string;
    readonly port: CronWorkflowSpecWorkflowSpecTemplateDefaultsInitContainersLifecyclePreStopHttpGetPort;
    readonly scheme?: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsInitContainersLifecyclePreStopSleep {
    readonly seconds: number;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsInitContainersLifecyclePreStopTcpSocket {
    readonly host?: string;
    readonly port: CronWorkflowSpecWorkflowSpecTemplateDefaultsInitContainersLifecyclePreStopTcpSocketPort;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsInitContainersLivenessProbeHttpGetHttpHeaders {
    readonly name: string;
    readonly value: string;
}
export declare class CronWorkflowSpecWorkflowSpecTemplateDefaultsInitContainersLivenessProbeHttpGetPort {
    readonly value: number | string;
    static fromNumber(value: number): CronWorkflowSpecWorkflowSpecTemplateDefaultsInitContainersLivenessProbeHttpGetPort;
    static fromString(value: string): CronWorkflowSpecWorkflowSpecTemplateDefaultsInitContainersLivenessProbeHttpGetPort;
    private constructor();
}
export declare class CronWorkflowSpecWorkflowSpecTemplateDefaultsInitContainersLivenessProbeTcpSocketPort {
    readonly value: number | string;
    static fromNumber(value: number): CronWorkflowSpecWorkflowSpecTemplateDefaultsInitContainersLivenessProbeTcpSocketPort;
    static fromString(value: string): CronWorkflowSpecWorkflowSpecTemplateDefaultsInitContainersLivenessProbeTcpSocketPort;
    private constructor();
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsInitContainersReadinessProbeHttpGetHttpHeaders {
    readonly name: string;
    readonly value: string;
}
export declare class CronWorkflowSpecWorkflowSpecTemplateDefaultsInitContainersReadinessProbeHttpGetPort {
    readonly value: number | string;
    static fromNumber(value: number): CronWorkflowSpecWorkflowSpecTemplateDefaultsInitContainersReadinessProbeHttpGetPort;
    static fromString(value: string): CronWorkflowSpecWorkflowSpecTemplateDefaultsInitContainersReadinessProbeHttpGetPort;
    private constructor();
}
export declare class CronWorkflowSpecWorkflowSpecTemplateDefaultsInitContainersReadinessProbeTcpSocketPort {
    readonly value: number | string;
    static fromNumber(value: number): CronWorkflowSpecWorkflowSpecTemplateDefaultsInitContainersReadinessProbeTcpSocketPort;
    static fromString(value: string): CronWorkflowSpecWorkflowSpecTemplateDefaultsInitContainersReadinessProbeTcpSocketPort;
    private constructor();
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsInitContainersStartupProbeHttpGetHttpHeaders {
    readonly name: string;
    readonly value: string;
}
export declare class CronWorkflowSpecWorkflowSpecTemplateDefaultsInitContainersStartupProbeHttpGetPort {
    readonly value: number | string;
    static fromNumber(value: number): CronWorkflowSpecWorkflowSpecTemplateDefaultsInitContainersStartupProbeHttpGetPort;
    static fromString(value: string): CronWorkflowSpecWorkflowSpecTemplateDefaultsInitContainersStartupProbeHttpGetPort;
    private constructor();
}
export declare class CronWorkflowSpecWorkflowSpecTemplateDefaultsInitContainersStartupProbeTcpSocketPort {
    readonly value: number | string;
    static fromNumber(value: number): CronWorkflowSpecWorkflowSpecTemplateDefaultsInitContainersStartupProbeTcpSocketPort;
    static fromString(value: string): CronWorkflowSpecWorkflowSpecTemplateDefaultsInitContainersStartupProbeTcpSocketPort;
    private constructor();
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsInputsArtifactsArchiveTar {
    readonly compressionLevel?: number;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsInputsArtifactsArtifactGcPodMetadata {
    readonly annotations?: {
        [key: string]: string;
    };
    readonly labels?: {
        [key: string]: string;
    };
}
export declare enum CronWorkflowSpecWorkflowSpecTemplateDefaultsInputsArtifactsArtifactGcStrategy {
    ON_WORKFLOW_COMPLETION = "OnWorkflowCompletion",
    ON_WORKFLOW_DELETION = "OnWorkflowDeletion",
    NEVER = "Never"
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsInputsArtifactsArtifactoryPasswordSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsInputsArtifactsArtifactoryUsernameSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsInputsArtifactsAzureAccountKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsInputsArtifactsGcsServiceAccountKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsInputsArtifactsGitPasswordSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsInputsArtifactsGitSshPrivateKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsInputsArtifactsGitUsernameSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsInputsArtifactsHdfsKrbCCacheSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsInputsArtifactsHdfsKrbConfigConfigMap {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsInputsArtifactsHdfsKrbKeytabSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsInputsArtifactsHttpAuth {
    readonly basicAuth?: CronWorkflowSpecWorkflowSpecTemplateDefaultsInputsArtifactsHttpAuthBasicAuth;
    readonly clientCert?: CronWorkflowSpecWorkflowSpecTemplateDefaultsInputsArtifactsHttpAuthClientCert;
    readonly oauth2?: CronWorkflowSpecWorkflowSpecTemplateDefaultsInputsArtifactsHttpAuthOauth2;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsInputsArtifactsHttpHeaders {
    readonly name: string;
    readonly value: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsInputsArtifactsOssAccessKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsInputsArtifactsOssLifecycleRule {
    readonly markDeletionAfterDays?: number;
    readonly markInfrequentAccessAfterDays?: number;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsInputsArtifactsOssSecretKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsInputsArtifactsS3AccessKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export declare enum CronWorkflowSpecWorkflowSpecTemplateDefaultsInputsArtifactsS3AddressingStyle {
    PATH = "path",
    VIRTUAL_HYPHEN_HOSTED = "virtual-hosted"
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsInputsArtifactsS3CaSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsInputsArtifactsS3CreateBucketIfNotPresent {
    readonly objectLocking?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsInputsArtifactsS3EncryptionOptions {
    readonly enableEncryption?: boolean;
    readonly kmsEncryptionContext?: string;
    readonly kmsKeyId?: string;
    readonly serverSideCustomerKeySecret?: CronWorkflowSpecWorkflowSpecTemplateDefaultsInputsArtifactsS3EncryptionOptionsServerSideCustomerKeySecret;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsInputsArtifactsS3SecretKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsInputsArtifactsS3SessionTokenSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsInputsParametersValueFromConfigMapKeyRef {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export declare enum CronWorkflowSpecWorkflowSpecTemplateDefaultsMetricsPrometheusGaugeOperation {
    SET = "Set",
    ADD = "Add",
    SUB = "Sub"
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsOutputsArtifactsArchiveTar {
    readonly compressionLevel?: number;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsOutputsArtifactsArtifactGcPodMetadata {
    readonly annotations?: {
        [key: string]: string;
    };
    readonly labels?: {
        [key: string]: string;
    };
}
export declare enum CronWorkflowSpecWorkflowSpecTemplateDefaultsOutputsArtifactsArtifactGcStrategy {
    ON_WORKFLOW_COMPLETION = "OnWorkflowCompletion",
    ON_WORKFLOW_DELETION = "OnWorkflowDeletion",
    NEVER = "Never"
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsOutputsArtifactsArtifactoryPasswordSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsOutputsArtifactsArtifactoryUsernameSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsOutputsArtifactsAzureAccountKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsOutputsArtifactsGcsServiceAccountKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsOutputsArtifactsGitPasswordSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsOutputsArtifactsGitSshPrivateKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsOutputsArtifactsGitUsernameSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsOutputsArtifactsHdfsKrbCCacheSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsOutputsArtifactsHdfsKrbConfigConfigMap {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsOutputsArtifactsHdfsKrbKeytabSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsOutputsArtifactsHttpAuth {
    readonly basicAuth?: CronWorkflowSpecWorkflowSpecTemplateDefaultsOutputsArtifactsHttpAuthBasicAuth;
    readonly clientCert?: CronWorkflowSpecWorkflowSpecTemplateDefaultsOutputsArtifactsHttpAuthClientCert;
    readonly oauth2?: CronWorkflowSpecWorkflowSpecTemplateDefaultsOutputsArtifactsHttpAuthOauth2;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsOutputsArtifactsHttpHeaders {
    readonly name: string;
    readonly value: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsOutputsArtifactsOssAccessKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsOutputsArtifactsOssLifecycleRule {
    readonly markDeletionAfterDays?: number;
    readonly markInfrequentAccessAfterDays?: number;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsOutputsArtifactsOssSecretKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsOutputsArtifactsS3AccessKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export declare enum CronWorkflowSpecWorkflowSpecTemplateDefaultsOutputsArtifactsS3AddressingStyle {
    PATH = "path",
    VIRTUAL_HYPHEN_HOSTED = "virtual-hosted"
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsOutputsArtifactsS3CaSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsOutputsArtifactsS3CreateBucketIfNotPresent {
    readonly objectLocking?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsOutputsArtifactsS3EncryptionOptions {
    readonly enableEncryption?: boolean;
    readonly kmsEncryptionContext?: string;
    readonly kmsKeyId?: string;
    readonly serverSideCustomerKeySecret?: CronWorkflowSpecWorkflowSpecTemplateDefaultsOutputsArtifactsS3EncryptionOptionsServerSideCustomerKeySecret;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsOutputsArtifactsS3SecretKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsOutputsArtifactsS3SessionTokenSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsOutputsParametersValueFromConfigMapKeyRef {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsResourceManifestFromArtifactArchive {
    readonly none?: any;
    readonly tar?: CronWorkflowSpecWorkflowSpecTemplateDefaultsResourceManifestFromArtifactArchiveTar;
    readonly zip?: any;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsResourceManifestFromArtifactArtifactGc {
    readonly podMetadata?: CronWorkflowSpecWorkflowSpecTemplateDefaultsResourceManifestFromArtifactArtifactGcPodMetadata;
    readonly serviceAccountName?: string;
    readonly strategy?: CronWorkflowSpecWorkflowSpecTemplateDefaultsResourceManifestFromArtifactArtifactGcStrategy;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsResourceManifestFromArtifactArtifactory {
    readonly passwordSecret?: CronWorkflowSpecWorkflowSpecTemplateDefaultsResourceManifestFromArtifactArtifactoryPasswordSecret;
    readonly url: string;
    readonly usernameSecret?: CronWorkflowSpecWorkflowSpecTemplateDefaultsResourceManifestFromArtifactArtifactoryUsernameSecret;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsResourceManifestFromArtifactAzure {
    readonly accountKeySecret?: CronWorkflowSpecWorkflowSpecTemplateDefaultsResourceManifestFromArtifactAzureAccountKeySecret;
    readonly blob: string;
    readonly container: string;
    readonly endpoint: string;
    readonly useSdkCreds?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsResourceManifestFromArtifactGcs {
    readonly bucket?: string;
    readonly key: string;
    readonly serviceAccountKeySecret?: CronWorkflowSpecWorkflowSpecTemplateDefaultsResourceManifestFromArtifactGcsServiceAccountKeySecret;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsResourceManifestFromArtifactGit {
    readonly branch?: string;
    readonly depth?: number;
    readonly disableSubmodules?: boolean;
    readonly fetch?: string[];
    readonly insecureIgnoreHostKey?: boolean;
    readonly insecureSkipTls?: boolean;
    readonly passwordSecret?: CronWorkflowSpecWorkflowSpecTemplateDefaultsResourceManifestFromArtifactGitPasswordSecret;
    readonly repo: string;
    readonly revision?: string;
    readonly singleBranch?: boolean;
    readonly sshPrivateKeySecret?: CronWorkflowSpecWorkflowSpecTemplateDefaultsResourceManifestFromArtifactGitSshPrivateKeySecret;
    readonly usernameSecret?: CronWorkflowSpecWorkflowSpecTemplateDefaultsResourceManifestFromArtifactGitUsernameSecret;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsResourceManifestFromArtifactHdfs {
    readonly addresses?: string[];
    readonly dataTransferProtection?: string;
    readonly force?: boolean;
    readonly hdfsUser?: string;
    readonly krbCCacheSecret?: CronWorkflowSpecWorkflowSpecTemplateDefaultsResourceManifestFromArtifactHdfsKrbCCacheSecret;
    readonly krbConfigConfigMap?: CronWorkflowSpecWorkflowSpecTemplateDefaultsResourceManifestFromArtifactHdfsKrbConfigConfigMap;
    readonly krbKeytabSecret?: CronWorkflowSpecWorkflowSpecTemplateDefaultsResourceManifestFromArtifactHdfsKrbKeytabSecret;
    readonly krbRealm?: string;
    readonly krbServicePrincipalName?: string;
    readonly krbUsername?: string;
    readonly path: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsResourceManifestFromArtifactHttp {
    readonly auth?: CronWorkflowSpecWorkflowSpecTemplateDefaultsResourceManifestFromArtifactHttpAuth;
    readonly headers?: CronWorkflowSpecWorkflowSpecTemplateDefaultsResourceManifestFromArtifactHttpHeaders[];
    readonly saveStreamViaFile?: boolean;
    readonly url: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsResourceManifestFromArtifactOss {
    readonly accessKeySecret?: CronWorkflowSpecWorkflowSpecTemplateDefaultsResourceManifestFromArtifactOssAccessKeySecret;
    readonly bucket?: string;
    readonly createBucketIfNotPresent?: boolean;
    readonly endpoint?: string;
    readonly key: string;
    readonly lifecycleRule?: CronWorkflowSpecWorkflowSpecTemplateDefaultsResourceManifestFromArtifactOssLifecycleRule;
    readonly secretKeySecret?: CronWorkflowSpecWorkflowSpecTemplateDefaultsResourceManifestFromArtifactOssSecretKeySecret;
    readonly securityToken?: string;
    readonly useSdkCreds?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsResourceManifestFromArtifactPlugin {
    readonly configuration?: string;
    readonly connectionTimeoutSeconds?: number;
    readonly key: string;
    readonly name?: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsResourceManifestFromArtifactRaw {
    readonly data: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsResourceManifestFromArtifactS3 {
    readonly accessKeySecret?: CronWorkflowSpecWorkflowSpecTemplateDefaultsResourceManifestFromArtifactS3AccessKeySecret;
    readonly addressingStyle?: CronWorkflowSpecWorkflowSpecTemplateDefaultsResourceManifestFromArtifactS3AddressingStyle;
    readonly bucket?: string;
    readonly caSecret?: CronWorkflowSpecWorkflowSpecTemplateDefaultsResourceManifestFromArtifactS3CaSecret;
    readonly createBucketIfNotPresent?: CronWorkflowSpecWorkflowSpecTemplateDefaultsResourceManifestFromArtifactS3CreateBucketIfNotPresent;
    readonly encryptionOptions?: CronWorkflowSpecWorkflowSpecTemplateDefaultsResourceManifestFromArtifactS3EncryptionOptions;
    readonly endpoint?: string;
    readonly insecure?: boolean;
    readonly key?: string;
    readonly region?: string;
    readonly roleArn?: string;
    readonly secretKeySecret?: CronWorkflowSpecWorkflowSpecTemplateDefaultsResourceManifestFromArtifactS3SecretKeySecret;
    readonly sessionTokenSecret?: CronWorkflowSpecWorkflowSpecTemplateDefaultsResourceManifestFromArtifactS3SessionTokenSecret;
    readonly useSdkCreds?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsScriptEnvValueFromConfigMapKeyRef {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsScriptEnvValueFromFieldRef {
    readonly apiVersion?: string;
    readonly fieldPath: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsScriptEnvValueFromFileKeyRef {
    readonly key: string;
    readonly optional?: boolean;
    readonly path: string;
    readonly volumeName: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsScriptEnvValueFromResourceFieldRef {
    readonly containerName?: string;
    readonly divisor?: CronWorkflowSpecWorkflowSpecTemplateDefaultsScriptEnvValueFromResourceFieldRefDivisor;
    readonly resource: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsScriptEnvValueFromSecretKeyRef {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsScriptLifecyclePostStartExec {
    readonly command?: string[];
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsScriptLifecyclePostStartHttpGet {
    readonly host?: string;
    readonly httpHeaders?: CronWorkflowSpecWorkflowSpecTemplateDefaultsScriptLifecyclePostStartHttpGetHttpHeaders[];
    readonly path?: string;
    readonly port: CronWorkflowSpecWorkflowSpecTemplateDefaultsScriptLifecyclePostStartHttpGetPort;
    readonly scheme?: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsScriptLifecyclePostStartSleep {
    readonly seconds: number;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsScriptLifecyclePostStartTcpSocket {
    readonly host?: string;
    readonly port: CronWorkflowSpecWorkflowSpecTemplateDefaultsScriptLifecyclePostStartTcpSocketPort;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsScriptLifecyclePreStopExec {
    readonly command?: string[];
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsScriptLifecyclePreStopHttpGet {
    readonly host?: string;
    readonly httpHeaders?: CronWorkflowSpecWorkflowSpecTemplateDefaultsScriptLifecyclePreStopHttpGetHttpHeaders[];
    readonly path?: string;
    readonly port: CronWorkflowSpecWorkflowSpecTemplateDefaultsScriptLifecyclePreStopHttpGetPort;
    readonly scheme?: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsScriptLifecyclePreStopSleep {
    readonly seconds: number;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsScriptLifecyclePreStopTcpSocket {
    readonly host?: string;
    readonly port: CronWorkflowSpecWorkflowSpecTemplateDefaultsScriptLifecyclePreStopTcpSocketPort;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsScriptLivenessProbeHttpGetHttpHeaders {
    readonly name: string;
    readonly value: string;
}
export declare class CronWorkflowSpecWorkflowSpecTemplateDefaultsScriptLivenessProbeHttpGetPort {
    readonly value: number | string;
    static fromNumber(value: number): CronWorkflowSpecWorkflowSpecTemplateDefaultsScriptLivenessProbeHttpGetPort;
    static fromString(value: string): CronWorkflowSpecWorkflowSpecTemplateDefaultsScriptLivenessProbeHttpGetPort;
    private constructor();
}
export declare class CronWorkflowSpecWorkflowSpecTemplateDefaultsScriptLivenessProbeTcpSocketPort {
    readonly value: number | string;
    static fromNumber(value: number): CronWorkflowSpecWorkflowSpecTemplateDefaultsScriptLivenessProbeTcpSocketPort;
    static fromString(value: string): CronWorkflowSpecWorkflowSpecTemplateDefaultsScriptLivenessProbeTcpSocketPort;
    private constructor();
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsScriptReadinessProbeHttpGetHttpHeaders {
    readonly name: string;
    readonly value: string;
}
export declare class CronWorkflowSpecWorkflowSpecTemplateDefaultsScriptReadinessProbeHttpGetPort {
    readonly value: number | string;
    static fromNumber(value: number): CronWorkflowSpecWorkflowSpecTemplateDefaultsScriptReadinessProbeHttpGetPort;
    static fromString(value: string): CronWorkflowSpecWorkflowSpecTemplateDefaultsScriptReadinessProbeHttpGetPort;
    private constructor();
}
export declare class CronWorkflowSpecWorkflowSpecTemplateDefaultsScriptReadinessProbeTcpSocketPort {
    readonly value: number | string;
    static fromNumber(value: number): CronWorkflowSpecWorkflowSpecTemplateDefaultsScriptReadinessProbeTcpSocketPort;
    static fromString(value: string): CronWorkflowSpecWorkflowSpecTemplateDefaultsScriptReadinessProbeTcpSocketPort;
    private constructor();
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsScriptStartupProbeHttpGetHttpHeaders {
    readonly name: string;
    readonly value: string;
}
export declare class CronWorkflowSpecWorkflowSpecTemplateDefaultsScriptStartupProbeHttpGetPort {
    readonly value: number | string;
    static fromNumber(value: number): CronWorkflowSpecWorkflowSpecTemplateDefaultsScriptStartupProbeHttpGetPort;
    static fromString(value: string): CronWorkflowSpecWorkflowSpecTemplateDefaultsScriptStartupProbeHttpGetPort;
    private constructor();
}
export declare class CronWorkflowSpecWorkflowSpecTemplateDefaultsScriptStartupProbeTcpSocketPort {
    readonly value: number | string;
    static fromNumber(value: number): CronWorkflowSpecWorkflowSpecTemplateDefaultsScriptStartupProbeTcpSocketPort;
    static fromString(value: string): CronWorkflowSpecWorkflowSpecTemplateDefaultsScriptStartupProbeTcpSocketPort;
    private constructor();
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsSidecarsEnvValueFromConfigMapKeyRef {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsSidecarsEnvValueFromFieldRef {
    readonly apiVersion?: string;
    readonly fieldPath: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsSidecarsEnvValueFromFileKeyRef {
    readonly key: string;
    readonly optional?: boolean;
    readonly path: string;
    readonly volumeName: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsSidecarsEnvValueFromResourceFieldRef {
    readonly containerName?: string;
    readonly divisor?: CronWorkflowSpecWorkflowSpecTemplateDefaultsSidecarsEnvValueFromResourceFieldRefDivisor;
    readonly resource: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsSidecarsEnvValueFromSecretKeyRef {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsSidecarsLifecyclePostStartExec {
    readonly command?: string[];
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsSidecarsLifecyclePostStartHttpGet {
    readonly host?: string;
    readonly httpHeaders?: CronWorkflowSpecWorkflowSpecTemplateDefaultsSidecarsLifecyclePostStartHttpGetHttpHeaders[];
    readonly path?: string;
    readonly port: CronWorkflowSpecWorkflowSpecTemplateDefaultsSidecarsLifecyclePostStartHttpGetPort;
    readonly scheme?: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsSidecarsLifecyclePostStartSleep {
    readonly seconds: number;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsSidecarsLifecyclePostStartTcpSocket {
    readonly host?: string;
    readonly port: CronWorkflowSpecWorkflowSpecTemplateDefaultsSidecarsLifecyclePostStartTcpSocketPort;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsSidecarsLifecyclePreStopExec {
    readonly command?: string[];
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsSidecarsLifecyclePreStopHttpGet {
    readonly host?: string;
    readonly httpHeaders?: CronWorkflowSpecWorkflowSpecTemplateDefaultsSidecarsLifecyclePreStopHttpGetHttpHeaders[];
    readonly path?: string;
    readonly port: CronWorkflowSpecWorkflowSpecTemplateDefaultsSidecarsLifecyclePreStopHttpGetPort;
    readonly scheme?: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsSidecarsLifecyclePreStopSleep {
    readonly seconds: number;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsSidecarsLifecyclePreStopTcpSocket {
    readonly host?: string;
    readonly port: CronWorkflowSpecWorkflowSpecTemplateDefaultsSidecarsLifecyclePreStopTcpSocketPort;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsSidecarsLivenessProbeHttpGetHttpHeaders {
    readonly name: string;
    readonly value: string;
}
export declare class CronWorkflowSpecWorkflowSpecTemplateDefaultsSidecarsLivenessProbeHttpGetPort {
    readonly value: number | string;
    static fromNumber(value: number): CronWorkflowSpecWorkflowSpecTemplateDefaultsSidecarsLivenessProbeHttpGetPort;
    static fromString(value: string): CronWorkflowSpecWorkflowSpecTemplateDefaultsSidecarsLivenessProbeHttpGetPort;
    private constructor();
}
export declare class CronWorkflowSpecWorkflowSpecTemplateDefaultsSidecarsLivenessProbeTcpSocketPort {
    readonly value: number | string;
    static fromNumber(value: number): CronWorkflowSpecWorkflowSpecTemplateDefaultsSidecarsLivenessProbeTcpSocketPort;
    static fromString(value: string): CronWorkflowSpecWorkflowSpecTemplateDefaultsSidecarsLivenessProbeTcpSocketPort;
    private constructor();
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsSidecarsReadinessProbeHttpGetHttpHeaders {
    readonly name: string;
    readonly value: string;
}
export declare class CronWorkflowSpecWorkflowSpecTemplateDefaultsSidecarsReadinessProbeHttpGetPort {
    readonly value: number | string;
    static fromNumber(value: number): CronWorkflowSpecWorkflowSpecTemplateDefaultsSidecarsReadinessProbeHttpGetPort;
    static fromString(value: string): CronWorkflowSpecWorkflowSpecTemplateDefaultsSidecarsReadinessProbeHttpGetPort;
    private constructor();
}
export declare class CronWorkflowSpecWorkflowSpecTemplateDefaultsSidecarsReadinessProbeTcpSocketPort {
    readonly value: number | string;
    static fromNumber(value: number): CronWorkflowSpecWorkflowSpecTemplateDefaultsSidecarsReadinessProbeTcpSocketPort;
    static fromString(value: string): CronWorkflowSpecWorkflowSpecTemplateDefaultsSidecarsReadinessProbeTcpSocketPort;
    private constructor();
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsSidecarsStartupProbeHttpGetHttpHeaders {
    readonly name: string;
    readonly value: string;
}
export declare class CronWorkflowSpecWorkflowSpecTemplateDefaultsSidecarsStartupProbeHttpGetPort {
    readonly value: number | string;
    static fromNumber(value: number): CronWorkflowSpecWorkflowSpecTemplateDefaultsSidecarsStartupProbeHttpGetPort;
    static fromString(value: string): CronWorkflowSpecWorkflowSpecTemplateDefaultsSidecarsStartupProbeHttpGetPort;
    private constructor();
}
export declare class CronWorkflowSpecWorkflowSpecTemplateDefaultsSidecarsStartupProbeTcpSocketPort {
    readonly value: number | string;
    static fromNumber(value: number): CronWorkflowSpecWorkflowSpecTemplateDefaultsSidecarsStartupProbeTcpSocketPort;
    static fromString(value: string): CronWorkflowSpecWorkflowSpecTemplateDefaultsSidecarsStartupProbeTcpSocketPort;
    private constructor();
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsStepsArgumentsArtifactsArchive {
    readonly none?: any;
    readonly tar?: CronWorkflowSpecWorkflowSpecTemplateDefaultsStepsArgumentsArtifactsArchiveTar;
    readonly zip?: any;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsStepsArgumentsArtifactsArtifactGc {
    readonly podMetadata?: CronWorkflowSpecWorkflowSpecTemplateDefaultsStepsArgumentsArtifactsArtifactGcPodMetadata;
    readonly serviceAccountName?: string;
    readonly strategy?: CronWorkflowSpecWorkflowSpecTemplateDefaultsStepsArgumentsArtifactsArtifactGcStrategy;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsStepsArgumentsArtifactsArtifactory {
    readonly passwordSecret?: CronWorkflowSpecWorkflowSpecTemplateDefaultsStepsArgumentsArtifactsArtifactoryPasswordSecret;
    readonly url: string;
    readonly usernameSecret?: CronWorkflowSpecWorkflowSpecTemplateDefaultsStepsArgumentsArtifactsArtifactoryUsernameSecret;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsStepsArgumentsArtifactsAzure {
    readonly accountKeySecret?: CronWorkflowSpecWorkflowSpecTemplateDefaultsStepsArgumentsArtifactsAzureAccountKeySecret;
    readonly blob: string;
    readonly container: string;
    readonly endpoint: string;
    readonly useSdkCreds?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsStepsArgumentsArtifactsGcs {
    readonly bucket?: string;
    readonly key: string;
    readonly serviceAccountKeySecret?: CronWorkflowSpecWorkflowSpecTemplateDefaultsStepsArgumentsArtifactsGcsServiceAccountKeySecret;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsStepsArgumentsArtifactsGit {
    readonly branch?: string;
    readonly depth?: number;
    readonly disableSubmodules?: boolean;
    readonly fetch?: string[];
    readonly insecureIgnoreHostKey?: boolean;
    readonly insecureSkipTls?: boolean;
    readonly passwordSecret?: CronWorkflowSpecWorkflowSpecTemplateDefaultsStepsArgumentsArtifactsGitPasswordSecret;
    readonly repo: string;
    readonly revision?: string;
    readonly singleBranch?: boolean;
    readonly sshPrivateKeySecret?: CronWorkflowSpecWorkflowSpecTemplateDefaultsStepsArgumentsArtifactsGitSshPrivateKeySecret;
    readonly usernameSecret?: CronWorkflowSpecWorkflowSpecTemplateDefaultsStepsArgumentsArtifactsGitUsernameSecret;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsStepsArgumentsArtifactsHdfs {
    readonly addresses?: string[];
    readonly dataTransferProtection?: string;
    readonly force?: boolean;
    readonly hdfsUser?: string;
    readonly krbCCacheSecret?: CronWorkflowSpecWorkflowSpecTemplateDefaultsStepsArgumentsArtifactsHdfsKrbCCacheSecret;
    readonly krbConfigConfigMap?: CronWorkflowSpecWorkflowSpecTemplateDefaultsStepsArgumentsArtifactsHdfsKrbConfigConfigMap;
    readonly krbKeytabSecret?: CronWorkflowSpecWorkflowSpecTemplateDefaultsStepsArgumentsArtifactsHdfsKrbKeytabSecret;
    readonly krbRealm?: string;
    readonly krbServicePrincipalName?: string;
    readonly krbUsername?: string;
    readonly path: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsStepsArgumentsArtifactsHttp {
    readonly auth?: CronWorkflowSpecWorkflowSpecTemplateDefaultsStepsArgumentsArtifactsHttpAuth;
    readonly headers?: CronWorkflowSpecWorkflowSpecTemplateDefaultsStepsArgumentsArtifactsHttpHeaders[];
    readonly saveStreamViaFile?: boolean;
    readonly url: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsStepsArgumentsArtifactsOss {
    readonly accessKeySecret?: CronWorkflowSpecWorkflowSpecTemplateDefaultsStepsArgumentsArtifactsOssAccessKeySecret;
    readonly bucket?: string;
    readonly createBucketIfNotPresent?: boolean;
    readonly endpoint?: string;
    readonly key: string;
    readonly lifecycleRule?: CronWorkflowSpecWorkflowSpecTemplateDefaultsStepsArgumentsArtifactsOssLifecycleRule;
    readonly secretKeySecret?: CronWorkflowSpecWorkflowSpecTemplateDefaultsStepsArgumentsArtifactsOssSecretKeySecret;
    readonly securityToken?: string;
    readonly useSdkCreds?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsStepsArgumentsArtifactsPlugin {
    readonly configuration?: string;
    readonly connectionTimeoutSeconds?: number;
    readonly key: string;
    readonly name?: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsStepsArgumentsArtifactsRaw {
    readonly data: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsStepsArgumentsArtifactsS3 {
    readonly accessKeySecret?: CronWorkflowSpecWorkflowSpecTemplateDefaultsStepsArgumentsArtifactsS3AccessKeySecret;
    readonly addressingStyle?: CronWorkflowSpecWorkflowSpecTemplateDefaultsStepsArgumentsArtifactsS3AddressingStyle;
    readonly bucket?: string;
    readonly caSecret?: CronWorkflowSpecWorkflowSpecTemplateDefaultsStepsArgumentsArtifactsS3CaSecret;
    readonly createBucketIfNotPresent?: CronWorkflowSpecWorkflowSpecTemplateDefaultsStepsArgumentsArtifactsS3CreateBucketIfNotPresent;
    readonly encryptionOptions?: CronWorkflowSpecWorkflowSpecTemplateDefaultsStepsArgumentsArtifactsS3EncryptionOptions;
    readonly endpoint?: string;
    readonly insecure?: boolean;
    readonly key?: string;
    readonly region?: string;
    readonly roleArn?: string;
    readonly secretKeySecret?: CronWorkflowSpecWorkflowSpecTemplateDefaultsStepsArgumentsArtifactsS3SecretKeySecret;
    readonly sessionTokenSecret?: CronWorkflowSpecWorkflowSpecTemplateDefaultsStepsArgumentsArtifactsS3SessionTokenSecret;
    readonly useSdkCreds?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsStepsArgumentsParametersValueFrom {
    readonly configMapKeyRef?: CronWorkflowSpecWorkflowSpecTemplateDefaultsStepsArgumentsParametersValueFromConfigMapKeyRef;
    readonly default?: string;
    readonly event?: string;
    readonly expression?: string;
    readonly jqFilter?: string;
    readonly jsonPath?: string;
    readonly parameter?: string;
    readonly path?: string;
    readonly supplied?: any;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsStepsHooksArgumentsArtifacts {
    readonly archive?: CronWorkflowSpecWorkflowSpecTemplateDefaultsStepsHooksArgumentsArtifactsArchive;
    readonly archiveLogs?: boolean;
    readonly artifactGc?: CronWorkflowSpecWorkflowSpecTemplateDefaultsStepsHooksArgumentsArtifactsArtifactGc;
    readonly artifactory?: CronWorkflowSpecWorkflowSpecTemplateDefaultsStepsHooksArgumentsArtifactsArtifactory;
    readonly azure?: CronWorkflowSpecWorkflowSpecTemplateDefaultsStepsHooksArgumentsArtifactsAzure;
    readonly deleted?: boolean;
    readonly from?: string;
    readonly fromExpression?: string;
    readonly gcs?: CronWorkflowSpecWorkflowSpecTemplateDefaultsStepsHooksArgumentsArtifactsGcs;
    readonly git?: CronWorkflowSpecWorkflowSpecTemplateDefaultsStepsHooksArgumentsArtifactsGit;
    readonly globalName?: string;
    readonly hdfs?: CronWorkflowSpecWorkflowSpecTemplateDefaultsStepsHooksArgumentsArtifactsHdfs;
    readonly http?: CronWorkflowSpecWorkflowSpecTemplateDefaultsStepsHooksArgumentsArtifactsHttp;
    readonly mode?: number;
    readonly name: string;
    readonly optional?: boolean;
    readonly oss?: CronWorkflowSpecWorkflowSpecTemplateDefaultsStepsHooksArgumentsArtifactsOss;
    readonly path?: string;
    readonly plugin?: CronWorkflowSpecWorkflowSpecTemplateDefaultsStepsHooksArgumentsArtifactsPlugin;
    readonly raw?: CronWorkflowSpecWorkflowSpecTemplateDefaultsStepsHooksArgumentsArtifactsRaw;
    readonly recurseMode?: boolean;
    readonly s3?: CronWorkflowSpecWorkflowSpecTemplateDefaultsStepsHooksArgumentsArtifactsS3;
    readonly subPath?: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsStepsHooksArgumentsParameters {
    readonly default?: string;
    readonly description?: string;
    readonly enum?: string[];
    readonly globalName?: string;
    readonly name: string;
    readonly value?: string;
    readonly valueFrom?: CronWorkflowSpecWorkflowSpecTemplateDefaultsStepsHooksArgumentsParametersValueFrom;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsVolumesDownwardApiItemsFieldRef {
    readonly apiVersion?: string;
    readonly fieldPath: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsVolumesDownwardApiItemsResourceFieldRef {
    readonly containerName?: string;
    readonly divisor?: CronWorkflowSpecWorkflowSpecTemplateDefaultsVolumesDownwardApiItemsResourceFieldRefDivisor;
    readonly resource: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsVolumesEphemeralVolumeClaimTemplateMetadata {
    readonly annotations?: {
        [key: string]: string;
    };
    readonly finalizers?: string[];
    readonly generateName?: string;
    readonly labels?: {
        [key: string]: string;
    };
    readonly name?: string;
    readonly namespace?: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsVolumesEphemeralVolumeClaimTemplateSpec {
    readonly accessModes?: string[];
    readonly dataSource?: CronWorkflowSpecWorkflowSpecTemplateDefaultsVolumesEphemeralVolumeClaimTemplateSpecDataSource;
    readonly dataSourceRef?: CronWorkflowSpecWorkflowSpecTemplateDefaultsVolumesEphemeralVolumeClaimTemplateSpecDataSourceRef;
    readonly resources?: CronWorkflowSpecWorkflowSpecTemplateDefaultsVolumesEphemeralVolumeClaimTemplateSpecResources;
    readonly selector?: CronWorkflowSpecWorkflowSpecTemplateDefaultsVolumesEphemeralVolumeClaimTemplateSpecSelector;
    readonly storageClassName?: string;
    readonly volumeAttributesClassName?: string;
    readonly volumeMode?: string;
    readonly volumeName?: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsVolumesProjectedSourcesClusterTrustBundle {
    readonly labelSelector?: CronWorkflowSpecWorkflowSpecTemplateDefaultsVolumesProjectedSourcesClusterTrustBundleLabelSelector;
    readonly name?: string;
    readonly optional?: boolean;
    readonly path: string;
    readonly signerName?: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsVolumesProjectedSourcesConfigMap {
    readonly items?: CronWorkflowSpecWorkflowSpecTemplateDefaultsVolumesProjectedSourcesConfigMapItems[];
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsVolumesProjectedSourcesDownwardApi {
    readonly items?: CronWorkflowSpecWorkflowSpecTemplateDefaultsVolumesProjectedSourcesDownwardApiItems[];
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsVolumesProjectedSourcesPodCertificate {
    readonly certificateChainPath?: string;
    readonly credentialBundlePath?: string;
    readonly keyPath?: string;
    readonly keyType: string;
    readonly maxExpirationSeconds?: number;
    readonly signerName: string;
    readonly userAnnotations?: {
        [key: string]: string;
    };
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsVolumesProjectedSourcesSecret {
    readonly items?: CronWorkflowSpecWorkflowSpecTemplateDefaultsVolumesProjectedSourcesSecretItems[];
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsVolumesProjectedSourcesServiceAccountToken {
    readonly audience?: string;
    readonly expirationSeconds?: number;
    readonly path: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference {
    readonly matchExpressions?: CronWorkflowSpecWorkflowSpecTemplatesAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions[];
    readonly matchFields?: CronWorkflowSpecWorkflowSpecTemplatesAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields[];
}
export interface CronWorkflowSpecWorkflowSpecTemplatesAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms {
    readonly matchExpressions?: CronWorkflowSpecWorkflowSpecTemplatesAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions[];
    readonly matchFields?: CronWorkflowSpecWorkflowSpecTemplatesAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields[];
}
export interface CronWorkflowSpecWorkflowSpecTemplatesAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm {
    readonly labelSelector?: CronWorkflowSpecWorkflowSpecTemplatesAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector;
    readonly matchLabelKeys?: string[];
    readonly mismatchLabelKeys?: string[];
    readonly namespaceSelector?: CronWorkflowSpecWorkflowSpecTemplatesAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector;
    readonly namespaces?: string[];
    readonly topologyKey: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector {
    readonly matchExpressions?: CronWorkflowSpecWorkflowSpecTemplatesAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions[];
    readonly matchLabels?: {
        [key: string]: string;
    };
}
export interface CronWorkflowSpecWorkflowSpecTemplatesAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector {
    readonly matchExpressions?: CronWorkflowSpecWorkflowSpecTemplatesAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions[];
    readonly matchLabels?: {
        [key: string]: string;
    };
}
export interface CronWorkflowSpecWorkflowSpecTemplatesAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm {
    readonly labelSelector?: CronWorkflowSpecWorkflowSpecTemplatesAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector;
    readonly matchLabelKeys?: string[];
    readonly mismatchLabelKeys?: string[];
    readonly namespaceSelector?: CronWorkflowSpecWorkflowSpecTemplatesAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector;
    readonly namespaces?: string[];
    readonly topologyKey: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector {
    readonly matchExpressions?: CronWorkflowSpecWorkflowSpecTemplatesAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions[];
    readonly matchLabels?: {
        [key: string]: string;
    };
}
export interface CronWorkflowSpecWorkflowSpecTemplatesAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector {
    readonly matchExpressions?: CronWorkflowSpecWorkflowSpecTemplatesAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions[];
    readonly matchLabels?: {
        [key: string]: string;
    };
}
export interface CronWorkflowSpecWorkflowSpecTemplatesArchiveLocationHttpAuthBasicAuth {
    readonly passwordSecret?: CronWorkflowSpecWorkflowSpecTemplatesArchiveLocationHttpAuthBasicAuthPasswordSecret;
    readonly usernameSecret?: CronWorkflowSpecWorkflowSpecTemplatesArchiveLocationHttpAuthBasicAuthUsernameSecret;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesArchiveLocationHttpAuthClientCert {
    readonly clientCertSecret?: CronWorkflowSpecWorkflowSpecTemplatesArchiveLocationHttpAuthClientCertClientCertSecret;
    readonly clientKeySecret?: CronWorkflowSpecWorkflowSpecTemplatesArchiveLocationHttpAuthClientCertClientKeySecret;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesArchiveLocationHttpAuthOauth2 {
    readonly clientIdSecret?: CronWorkflowSpecWorkflowSpecTemplatesArchiveLocationHttpAuthOauth2ClientIdSecret;
    readonly clientSecretSecret?: CronWorkflowSpecWorkflowSpecTemplatesArchiveLocationHttpAuthOauth2ClientSecretSecret;
    readonly endpointParams?: CronWorkflowSpecWorkflowSpecTemplatesArchiveLocationHttpAuthOauth2EndpointParams[];
    readonly scopes?: string[];
    readonly tokenUrlSecret?: CronWorkflowSpecWorkflowSpecTemplatesArchiveLocationHttpAuthOauth2TokenUrlSecret;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesArchiveLocationS3EncryptionOptionsServerSideCustomerKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesContainerEnvValueFromConfigMapKeyRef {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesContainerEnvValueFromFieldRef {
    readonly apiVersion?: string;
    readonly fieldPath: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesContainerEnvValueFromFileKeyRef {
    readonly key: string;
    readonly optional?: boolean;
    readonly path: string;
    readonly volumeName: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesContainerEnvValueFromResourceFieldRef {
    readonly containerName?: string;
    readonly divisor?: CronWorkflowSpecWorkflowSpecTemplatesContainerEnvValueFromResourceFieldRefDivisor;
    readonly resource: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesContainerEnvValueFromSecretKeyRef {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesContainerLifecyclePostStartExec {
    readonly command?: string[];
}
export interface CronWorkflowSpecWorkflowSpecTemplatesContainerLifecyclePostStartHttpGet {
    readonly host?: string;
    readonly httpHeaders?: CronWorkflowSpecWorkflowSpecTemplatesContainerLifecyclePostStartHttpGetHttpHeaders[];
    readonly path?: string;
    readonly port: CronWorkflowSpecWorkflowSpecTemplatesContainerLifecyclePostStartHttpGetPort;
    readonly scheme?: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesContainerLifecyclePostStartSleep {
    readonly seconds: number;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesContainerLifecyclePostStartTcpSocket {
    readonly host?: string;
    readonly port: CronWorkflowSpecWorkflowSpecTemplatesContainerLifecyclePostStartTcpSocketPort;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesContainerLifecyclePreStopExec {
    readonly command?: string[];
}
export interface CronWorkflowSpecWorkflowSpecTemplatesContainerLifecyclePreStopHttpGet {
    readonly host?: string;
    readonly httpHeaders?: CronWorkflowSpecWorkflowSpecTemplatesContainerLifecyclePreStopHttpGetHttpHeaders[];
    readonly path?: string;
    readonly port: CronWorkflowSpecWorkflowSpecTemplatesContainerLifecyclePreStopHttpGetPort;
    readonly scheme?: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesContainerLifecyclePreStopSleep {
    readonly seconds: number;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesContainerLifecyclePreStopTcpSocket {
    readonly host?: string;
    readonly port: CronWorkflowSpecWorkflowSpecTemplatesContainerLifecyclePreStopTcpSocketPort;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesContainerLivenessProbeHttpGetHttpHeaders {
    readonly name: string;
    readonly value: string;
}
export declare class CronWorkflowSpecWorkflowSpecTemplatesContainerLivenessProbeHttpGetPort {
    readonly value: number | string;
    static fromNumber(value: number): CronWorkflowSpecWorkflowSpecTemplatesContainerLivenessProbeHttpGetPort;
    static fromString(value: string): CronWorkflowSpecWorkflowSpecTemplatesContainerLivenessProbeHttpGetPort;
    private constructor();
}
export declare class CronWorkflowSpecWorkflowSpecTemplatesContainerLivenessProbeTcpSocketPort {
    readonly value: number | string;
    static fromNumber(value: number): CronWorkflowSpecWorkflowSpecTemplatesContainerLivenessProbeTcpSocketPort;
    static fromString(value: string): CronWorkflowSpecWorkflowSpecTemplatesContainerLivenessProbeTcpSocketPort;
    private constructor();
}
export interface CronWorkflowSpecWorkflowSpecTemplatesContainerReadinessProbeHttpGetHttpHeaders {
    readonly name: string;
    readonly value: string;
}
export declare class CronWorkflowSpecWorkflowSpecTemplatesContainerReadinessProbeHttpGetPort {
    readonly value: number | string;
    static fromNumber(value: number): CronWorkflowSpecWorkflowSpecTemplatesContainerReadinessProbeHttpGetPort;
    static fromString(value: string): CronWorkflowSpecWorkflowSpecTemplatesContainerReadinessProbeHttpGetPort;
    private constructor();
}
export declare class CronWorkflowSpecWorkflowSpecTemplatesContainerReadinessProbeTcpSocketPort {
    readonly value: number | string;
    static fromNumber(value: number): CronWorkflowSpecWorkflowSpecTemplatesContainerReadinessProbeTcpSocketPort;
    static fromString(value: string): CronWorkflowSpecWorkflowSpecTemplatesContainerReadinessProbeTcpSocketPort;
    private constructor();
}
export interface CronWorkflowSpecWorkflowSpecTemplatesContainerStartupProbeHttpGetHttpHeaders {
    readonly name: string;
    readonly value: string;
}
export declare class CronWorkflowSpecWorkflowSpecTemplatesContainerStartupProbeHttpGetPort {
    readonly value: number | string;
    static fromNumber(value: number): CronWorkflowSpecWorkflowSpecTemplatesContainerStartupProbeHttpGetPort;
    static fromString(value: string): CronWorkflowSpecWorkflowSpecTemplatesContainerStartupProbeHttpGetPort;
    private constructor();
}
export declare class CronWorkflowSpecWorkflowSpecTemplatesContainerStartupProbeTcpSocketPort {
    readonly value: number | string;
    static fromNumber(value: number): CronWorkflowSpecWorkflowSpecTemplatesContainerStartupProbeTcpSocketPort;
    static fromString(value: string): CronWorkflowSpecWorkflowSpecTemplatesContainerStartupProbeTcpSocketPort;
    private constructor();
}
export interface CronWorkflowSpecWorkflowSpecTemplatesContainerSetContainersEnvValueFrom {
    readonly configMapKeyRef?: CronWorkflowSpecWorkflowSpecTemplatesContainerSetContainersEnvValueFromConfigMapKeyRef;
    readonly fieldRef?: CronWorkflowSpecWorkflowSpecTemplatesContainerSetContainersEnvValueFromFieldRef;
    readonly fileKeyRef?: CronWorkflowSpecWorkflowSpecTemplatesContainerSetContainersEnvValueFromFileKeyRef;
    readonly resourceFieldRef?: CronWorkflowSpecWorkflowSpecTemplatesContainerSetContainersEnvValueFromResourceFieldRef;
    readonly secretKeyRef?: CronWorkflowSpecWorkflowSpecTemplatesContainerSetContainersEnvValueFromSecretKeyRef;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesContainerSetContainersEnvFromConfigMapRef {
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesContainerSetContainersEnvFromSecretRef {
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesContainerSetContainersLifecyclePostStart {
    readonly exec?: CronWorkflowSpecWorkflowSpecTemplatesContainerSetContainersLifecyclePostStartExec;
    readonly httpGet?: CronWorkflowSpecWorkflowSpecTemplatesContainerSetContainersLifecyclePostStartHttpGet;
    readonly sleep?: CronWorkflowSpecWorkflowSpecTemplatesContainerSetContainersLifecyclePostStartSleep;
    readonly tcpSocket?: CronWorkflowSpecWorkflowSpecTemplatesContainerSetContainersLifecyclePostStartTcpSocket;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesContainerSetContainersLifecyclePreStop {
    readonly exec?: CronWorkflowSpecWorkflowSpecTemplatesContainerSetContainersLifecyclePreStopExec;
    readonly httpGet?: CronWorkflowSpecWorkflowSpecTemplatesContainerSetContainersLifecyclePreStopHttpGet;
    readonly sleep?: CronWorkflowSpecWorkflowSpecTemplatesContainerSetContainersLifecyclePreStopSleep;
    readonly tcpSocket?: CronWorkflowSpecWorkflowSpecTemplatesContainerSetContainersLifecyclePreStopTcpSocket;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesContainerSetContainersLivenessProbeExec {
    readonly command?: string[];
}
export interface CronWorkflowSpecWorkflowSpecTemplatesContainerSetContainersLivenessProbeGrpc {
    readonly port: number;
    readonly service?: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesContainerSetContainersLivenessProbeHttpGet {
    readonly host?: string;
    readonly httpHeaders?: CronWorkflowSpecWorkflowSpecTemplatesContainerSetContainersLivenessProbeHttpGetHttpHeaders[];
    readonly path?: string;
    readonly port: CronWorkflowSpecWorkflowSpecTemplatesContainerSetContainersLivenessProbeHttpGetPort;
    readonly scheme?: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesContainerSetContainersLivenessProbeTcpSocket {
    readonly host?: string;
    readonly port: CronWorkflowSpecWorkflowSpecTemplatesContainerSetContainersLivenessProbeTcpSocketPort;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesContainerSetContainersReadinessProbeExec {
    readonly command?: string[];
}
export interface CronWorkflowSpecWorkflowSpecTemplatesContainerSetContainersReadinessProbeGrpc {
    readonly port: number;
    readonly service?: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesContainerSetContainersReadinessProbeHttpGet {
    readonly host?: string;
    readonly httpHeaders?: CronWorkflowSpecWorkflowSpecTemplatesContainerSetContainersReadinessProbeHttpGetHttpHeaders[];
    readonly path?: string;
    readonly port: CronWorkflowSpecWorkflowSpecTemplatesContainerSetContainersReadinessProbeHttpGetPort;
    readonly scheme?: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesContainerSetContainersReadinessProbeTcpSocket {
    readonly host?: string;
    readonly port: CronWorkflowSpecWorkflowSpecTemplatesContainerSetContainersReadinessProbeTcpSocketPort;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesContainerSetContainersResourcesClaims {
    readonly name: string;
    readonly request?: string;
}
export declare class CronWorkflowSpecWorkflowSpecTemplatesContainerSetContainersResourcesLimits {
    readonly value: number | string;
    static fromNumber(value: number): CronWorkflowSpecWorkflowSpecTemplatesContainerSetContainersResourcesLimits;
    static fromString(value: string): CronWorkflowSpecWorkflowSpecTemplatesContainerSetContainersResourcesLimits;
    private constructor();
}
export declare class CronWorkflowSpecWorkflowSpecTemplatesContainerSetContainersResourcesRequests {
    readonly value: number | string;
    static fromNumber(value: number): CronWorkflowSpecWorkflowSpecTemplatesContainerSetContainersResourcesRequests;
    static fromString(value: string): CronWorkflowSpecWorkflowSpecTemplatesContainerSetContainersResourcesRequests;
    private constructor();
}
export interface CronWorkflowSpecWorkflowSpecTemplatesContainerSetContainersRestartPolicyRulesExitCodes {
    readonly operator: string;
    readonly values?: number[];
}
export interface CronWorkflowSpecWorkflowSpecTemplatesContainerSetContainersSecurityContextAppArmorProfile {
    readonly localhostProfile?: string;
    readonly type: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesContainerSetContainersSecurityContextCapabilities {
    readonly add?: string[];
    readonly drop?: string[];
}
export interface CronWorkflowSpecWorkflowSpecTemplatesContainerSetContainersSecurityContextSeLinuxOptions {
    readonly level?: string;
    readonly role?: string;
    readonly type?: string;
    readonly user?: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesContainerSetContainersSecurityContextSeccompProfile {
    readonly localhostProfile?: string;
    readonly type: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesContainerSetContainersSecurityContextWindowsOptions {
    readonly gmsaCredentialSpec?: string;
    readonly gmsaCredentialSpecName?: string;
    readonly hostProcess?: boolean;
    readonly runAsUserName?: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesContainerSetContainersStartupProbeExec {
    readonly command?: string[];
}
export interface CronWorkflowSpecWorkflowSpecTemplatesContainerSetContainersStartupProbeGrpc {
    readonly port: number;
    readonly service?: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesContainerSetContainersStartupProbeHttpGet {
    readonly host?: string;
    readonly httpHeaders?: CronWorkflowSpecWorkflowSpecTemplatesContainerSetContainersStartupProbeHttpGetHttpHeaders[];
    readonly path?: string;
    readonly port: CronWorkflowSpecWorkflowSpecTemplatesContainerSetContainersStartupProbeHttpGetPort;
    readonly scheme?: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesContainerSetContainersStartupProbeTcpSocket {
    readonly host?: string;
    readonly port: CronWorkflowSpecWorkflowSpecTemplatesContainerSetContainersStartupProbeTcpSocketPort;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesDagTasksArgumentsArtifacts {
    readonly archive?: CronWorkflowSpecWorkflowSpecTemplatesDagTasksArgumentsArtifactsArchive;
    readonly archiveLogs?: boolean;
    readonly artifactGc?: CronWorkflowSpecWorkflowSpecTemplatesDagTasksArgumentsArtifactsArtifactGc;
    readonly artifactory?: CronWorkflowSpecWorkflowSpecTemplatesDagTasksArgumentsArtifactsArtifactory;
    readonly azure?: CronWorkflowSpecWorkflowSpecTemplatesDagTasksArgumentsArtifactsAzure;
    readonly deleted?: boolean;
    readonly from?: string;
    readonly fromExpression?: string;
    readonly gcs?: CronWorkflowSpecWorkflowSpecTemplatesDagTasksArgumentsArtifactsGcs;
    readonly git?: CronWorkflowSpecWorkflowSpecTemplatesDagTasksArgumentsArtifactsGit;
    readonly globalName?: string;
    readonly hdfs?: CronWorkflowSpecWorkflowSpecTemplatesDagTasksArgumentsArtifactsHdfs;
    readonly http?: CronWorkflowSpecWorkflowSpecTemplatesDagTasksArgumentsArtifactsHttp;
    readonly mode?: number;
    readonly name: string;
    readonly optional?: boolean;
    readonly oss?: CronWorkflowSpecWorkflowSpecTemplatesDagTasksArgumentsArtifactsOss;
    readonly path?: string;
    readonly plugin?: CronWorkflowSpecWorkflowSpecTemplatesDagTasksArgumentsArtifactsPlugin;
    readonly raw?: CronWorkflowSpecWorkflowSpecTemplatesDagTasksArgumentsArtifactsRaw;
    readonly recurseMode?: boolean;
    readonly s3?: CronWorkflowSpecWorkflowSpecTemplatesDagTasksArgumentsArtifactsS3;
    readonly subPath?: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesDagTasksArgumentsParameters {
    readonly default?: string;
    readonly description?: string;
    readonly enum?: string[];
    readonly globalName?: string;
    readonly name: string;
    readonly value?: string;
    readonly valueFrom?: CronWorkflowSpecWorkflowSpecTemplatesDagTasksArgumentsParametersValueFrom;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesDagTasksHooksArguments {
    readonly artifacts?: CronWorkflowSpecWorkflowSpecTemplatesDagTasksHooksArgumentsArtifacts[];
    readonly parameters?: CronWorkflowSpecWorkflowSpecTemplatesDagTasksHooksArgumentsParameters[];
}
export interface CronWorkflowSpecWorkflowSpecTemplatesDagTasksHooksTemplateRef {
    readonly clusterScope?: boolean;
    readonly name?: string;
    readonly template?: string;
}
export declare class CronWorkflowSpecWorkflowSpecTemplatesDagTasksWithSequenceCount {
    readonly value: number | string;
    static fromNumber(value: number): CronWorkflowSpecWorkflowSpecTemplatesDagTasksWithSequenceCount;
    static fromString(value: string): CronWorkflowSpecWorkflowSpecTemplatesDagTasksWithSequenceCount;
    private constructor();
}
export declare class CronWorkflowSpecWorkflowSpecTemplatesDagTasksWithSequenceEnd {
    readonly value: number | string;
    static fromNumber(value: number): CronWorkflowSpecWorkflowSpecTemplatesDagTasksWithSequenceEnd;
    static fromString(value: string): CronWorkflowSpecWorkflowSpecTemplatesDagTasksWithSequenceEnd;
    private constructor();
}
export declare class CronWorkflowSpecWorkflowSpecTemplatesDagTasksWithSequenceStart {
    readonly value: number | string;
    static fromNumber(value: number): CronWorkflowSpecWorkflowSpecTemplatesDagTasksWithSequenceStart;
    static fromString(value: string): CronWorkflowSpecWorkflowSpecTemplatesDagTasksWithSequenceStart;
    private constructor();
}
export interface CronWorkflowSpecWorkflowSpecTemplatesDataSourceArtifactPathsArchive {
    readonly none?: any;
    readonly tar?: CronWorkflowSpecWorkflowSpecTemplatesDataSourceArtifactPathsArchiveTar;
    readonly zip?: any;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesDataSourceArtifactPathsArtifactGc {
    readonly podMetadata?: CronWorkflowSpecWorkflowSpecTemplatesDataSourceArtifactPathsArtifactGcPodMetadata;
    readonly serviceAccountName?: string;
    readonly strategy?: CronWorkflowSpecWorkflowSpecTemplatesDataSourceArtifactPathsArtifactGcStrategy;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesDataSourceArtifactPathsArtifactory {
    readonly passwordSecret?: CronWorkflowSpecWorkflowSpecTemplatesDataSourceArtifactPathsArtifactoryPasswordSecret;
    readonly url: string;
    readonly usernameSecret?: CronWorkflowSpecWorkflowSpecTemplatesDataSourceArtifactPathsArtifactoryUsernameSecret;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesDataSourceArtifactPathsAzure {
    readonly accountKeySecret?: CronWorkflowSpecWorkflowSpecTemplatesDataSourceArtifactPathsAzureAccountKeySecret;
    readonly blob: string;
    readonly container: string;
    readonly endpoint: string;
    readonly useSdkCreds?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesDataSourceArtifactPathsGcs {
    readonly bucket?: string;
    readonly key: string;
    readonly serviceAccountKeySecret?: CronWorkflowSpecWorkflowSpecTemplatesDataSourceArtifactPathsGcsServiceAccountKeySecret;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesDataSourceArtifactPathsGit {
    readonly branch?: string;
    readonly depth?: number;
    readonly disableSubmodules?: boolean;
    readonly fetch?: string[];
    readonly insecureIgnoreHostKey?: boolean;
    readonly insecureSkipTls?: boolean;
    readonly passwordSecret?: CronWorkflowSpecWorkflowSpecTemplatesDataSourceArtifactPathsGitPasswordSecret;
    readonly repo: string;
    readonly revision?: string;
    readonly singleBranch?: boolean;
    readonly sshPrivateKeySecret?: CronWorkflowSpecWorkflowSpecTemplatesDataSourceArtifactPathsGitSshPrivateKeySecret;
    readonly usernameSecret?: CronWorkflowSpecWorkflowSpecTemplatesDataSourceArtifactPathsGitUsernameSecret;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesDataSourceArtifactPathsHdfs {
    readonly addresses?: string[];
    readonly dataTransferProtection?: string;
    readonly force?: boolean;
    readonly hdfsUser?: string;
    readonly krbCCacheSecret?: CronWorkflowSpecWorkflowSpecTemplatesDataSourceArtifactPathsHdfsKrbCCacheSecret;
    readonly krbConfigConfigMap?: CronWorkflowSpecWorkflowSpecTemplatesDataSourceArtifactPathsHdfsKrbConfigConfigMap;
    readonly krbKeytabSecret?: CronWorkflowSpecWorkflowSpecTemplatesDataSourceArtifactPathsHdfsKrbKeytabSecret;
    readonly krbRealm?: string;
    readonly krbServicePrincipalName?: string;
    readonly krbUsername?: string;
    readonly path: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesDataSourceArtifactPathsHttp {
    readonly auth?: CronWorkflowSpecWorkflowSpecTemplatesDataSourceArtifactPathsHttpAuth;
    readonly headers?: CronWorkflowSpecWorkflowSpecTemplatesDataSourceArtifactPathsHttpHeaders[];
    readonly saveStreamViaFile?: boolean;
    readonly url: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesDataSourceArtifactPathsOss {
    readonly accessKeySecret?: CronWorkflowSpecWorkflowSpecTemplatesDataSourceArtifactPathsOssAccessKeySecret;
    readonly bucket?: string;
    readonly createBucketIfNotPresent?: boolean;
    readonly endpoint?: string;
    readonly key: string;
    readonly lifecycleRule?: CronWorkflowSpecWorkflowSpecTemplatesDataSourceArtifactPathsOssLifecycleRule;
    readonly secretKeySecret?: CronWorkflowSpecWorkflowSpecTemplatesDataSourceArtifactPathsOssSecretKeySecret;
    readonly securityToken?: string;
    readonly useSdkCreds?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesDataSourceArtifactPathsPlugin {
    readonly configuration?: string;
    readonly connectionTimeoutSeconds?: number;
    readonly key: string;
    readonly name?: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesDataSourceArtifactPathsRaw {
    readonly data: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesDataSourceArtifactPathsS3 {
    readonly accessKeySecret?: CronWorkflowSpecWorkflowSpecTemplatesDataSourceArtifactPathsS3AccessKeySecret;
    readonly addressingStyle?: CronWorkflowSpecWorkflowSpecTemplatesDataSourceArtifactPathsS3AddressingStyle;
    readonly bucket?: string;
    readonly caSecret?: CronWorkflowSpecWorkflowSpecTemplatesDataSourceArtifactPathsS3CaSecret;
    readonly createBucketIfNotPresent?: CronWorkflowSpecWorkflowSpecTemplatesDataSourceArtifactPathsS3CreateBucketIfNotPresent;
    readonly encryptionOptions?: CronWorkflowSpecWorkflowSpecTemplatesDataSourceArtifactPathsS3EncryptionOptions;
    readonly endpoint?: string;
    readonly insecure?: boolean;
    readonly key?: string;
    readonly region?: string;
    readonly roleArn?: string;
    readonly secretKeySecret?: CronWorkflowSpecWorkflowSpecTemplatesDataSourceArtifactPathsS3SecretKeySecret;
    readonly sessionTokenSecret?: CronWorkflowSpecWorkflowSpecTemplatesDataSourceArtifactPathsS3SessionTokenSecret;
    readonly useSdkCreds?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesHttpHeadersValueFromSecretKeyRef {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesInitContainersEnvValueFromConfigMapKeyRef {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesInitContainersEnvValueFromFieldRef {
    readonly apiVersion?: string;
    readonly fieldPath: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesInitContainersEnvValueFromFileKeyRef {
    readonly key: string;
    readonly optional?: boolean;
    readonly path: string;
    readonly volumeName: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesInitContainersEnvValueFromResourceFieldRef {
    readonly containerName?: string;
    readonly divisor?: CronWorkflowSpecWorkflowSpecTemplatesInitContainersEnvValueFromResourceFieldRefDivisor;
    readonly resource: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesInitContainersEnvValueFromSecretKeyRef {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesInitContainersLifecyclePostStartExec {
    readonly command?: string[];
}
export interface CronWorkflowSpecWorkflowSpecTemplatesInitContainersLifecyclePostStartHttpGet {
    readonly host?: string;
    readonly httpHeaders?: CronWorkflowSpecWorkflowSpecTemplatesInitContainersLifecyclePostStartHttpGetHttpHeaders[];
    readonly path?: string;
    readonly port: CronWorkflowSpecWorkflowSpecTemplatesInitContainersLifecyclePostStartHttpGetPort;
    readonly scheme?: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesInitContainersLifecyclePostStartSleep {
    readonly seconds: number;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesInitContainersLifecyclePostStartTcpSocket {
    readonly host?: string;
    readonly port: CronWorkflowSpecWorkflowSpecTemplatesInitContainersLifecyclePostStartTcpSocketPort;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesInitContainersLifecyclePreStopExec {
    readonly command?: string[];
}
export interface CronWorkflowSpecWorkflowSpecTemplatesInitContainersLifecyclePreStopHttpGet {
    readonly host?: string;
    readonly httpHeaders?: CronWorkflowSpecWorkflowSpecTemplatesInitContainersLifecyclePreStopHttpGetHttpHeaders[];
    readonly path?: string;
    readonly port: CronWorkflowSpecWorkflowSpecTemplatesInitContainersLifecyclePreStopHttpGetPort;
    readonly scheme?: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesInitContainersLifecyclePreStopSleep {
    readonly seconds: number;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesInitContainersLifecyclePreStopTcpSocket {
    readonly host?: string;
    readonly port: CronWorkflowSpecWorkflowSpecTemplatesInitContainersLifecyclePreStopTcpSocketPort;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesInitContainersLivenessProbeHttpGetHttpHeaders {
    readonly name: string;
    readonly value: string;
}
export declare class CronWorkflowSpecWorkflowSpecTemplatesInitContainersLivenessProbeHttpGetPort {
    readonly value: number | string;
    static fromNumber(value: number): CronWorkflowSpecWorkflowSpecTemplatesInitContainersLivenessProbeHttpGetPort;
    static fromString(value: string): CronWorkflowSpecWorkflowSpecTemplatesInitContainersLivenessProbeHttpGetPort;
    private constructor();
}
export declare class CronWorkflowSpecWorkflowSpecTemplatesInitContainersLivenessProbeTcpSocketPort {
    readonly value: number | string;
    static fromNumber(value: number): CronWorkflowSpecWorkflowSpecTemplatesInitContainersLivenessProbeTcpSocketPort;
    static fromString(value: string): CronWorkflowSpecWorkflowSpecTemplatesInitContainersLivenessProbeTcpSocketPort;
    private constructor();
}
export interface CronWorkflowSpecWorkflowSpecTemplatesInitContainersReadinessProbeHttpGetHttpHeaders {
    readonly name: string;
    readonly value: string;
}
export declare class CronWorkflowSpecWorkflowSpecTemplatesInitContainersReadinessProbeHttpGetPort {
    readonly value: number | string;
    static fromNumber(value: number): CronWorkflowSpecWorkflowSpecTemplatesInitContainersReadinessProbeHttpGetPort;
    static fromString(value: string): CronWorkflowSpecWorkflowSpecTemplatesInitContainersReadinessProbeHttpGetPort;
    private constructor();
}
export declare class CronWorkflowSpecWorkflowSpecTemplatesInitContainersReadinessProbeTcpSocketPort {
    readonly value: number | string;
    static fromNumber(value: number): CronWorkflowSpecWorkflowSpecTemplatesInitContainersReadinessProbeTcpSocketPort;
    static fromString(value: string): CronWorkflowSpecWorkflowSpecTemplatesInitContainersReadinessProbeTcpSocketPort;
    private constructor();
}
export interface CronWorkflowSpecWorkflowSpecTemplatesInitContainersStartupProbeHttpGetHttpHeaders {
    readonly name: string;
    readonly value: string;
}
export declare class CronWorkflowSpecWorkflowSpecTemplatesInitContainersStartupProbeHttpGetPort {
    readonly value: number | string;
    static fromNumber(value: number): CronWorkflowSpecWorkflowSpecTemplatesInitContainersStartupProbeHttpGetPort;
    static fromString(value: string): CronWorkflowSpecWorkflowSpecTemplatesInitContainersStartupProbeHttpGetPort;
    private constructor();
}
export declare class CronWorkflowSpecWorkflowSpecTemplatesInitContainersStartupProbeTcpSocketPort {
    readonly value: number | string;
    static fromNumber(value: number): CronWorkflowSpecWorkflowSpecTemplatesInitContainersStartupProbeTcpSocketPort;
    static fromString(value: string): CronWorkflowSpecWorkflowSpecTemplatesInitContainersStartupProbeTcpSocketPort;
    private constructor();
}
export interface CronWorkflowSpecWorkflowSpecTemplatesInputsArtifactsArchiveTar {
    readonly compressionLevel?: number;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesInputsArtifactsArtifactGcPodMetadata {
    readonly annotations?: {
        [key: string]: string;
    };
    readonly labels?: {
        [key: string]: string;
    };
}
export declare enum CronWorkflowSpecWorkflowSpecTemplatesInputsArtifactsArtifactGcStrategy {
    ON_WORKFLOW_COMPLETION = "OnWorkflowCompletion",
    ON_WORKFLOW_DELETION = "OnWorkflowDeletion",
    NEVER = "Never"
}
export interface CronWorkflowSpecWorkflowSpecTemplatesInputsArtifactsArtifactoryPasswordSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesInputsArtifactsArtifactoryUsernameSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesInputsArtifactsAzureAccountKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesInputsArtifactsGcsServiceAccountKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesInputsArtifactsGitPasswordSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesInputsArtifactsGitSshPrivateKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesInputsArtifactsGitUsernameSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesInputsArtifactsHdfsKrbCCacheSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesInputsArtifactsHdfsKrbConfigConfigMap {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesInputsArtifactsHdfsKrbKeytabSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesInputsArtifactsHttpAuth {
    readonly basicAuth?: CronWorkflowSpecWorkflowSpecTemplatesInputsArtifactsHttpAuthBasicAuth;
    readonly clientCert?: CronWorkflowSpecWorkflowSpecTemplatesInputsArtifactsHttpAuthClientCert;
    readonly oauth2?: CronWorkflowSpecWorkflowSpecTemplatesInputsArtifactsHttpAuthOauth2;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesInputsArtifactsHttpHeaders {
    readonly name: string;
    readonly value: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesInputsArtifactsOssAccessKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesInputsArtifactsOssLifecycleRule {
    readonly markDeletionAfterDays?: number;
    readonly markInfrequentAccessAfterDays?: number;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesInputsArtifactsOssSecretKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesInputsArtifactsS3AccessKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export declare enum CronWorkflowSpecWorkflowSpecTemplatesInputsArtifactsS3AddressingStyle {
    PATH = "path",
    VIRTUAL_HYPHEN_HOSTED = "virtual-hosted"
}
export interface CronWorkflowSpecWorkflowSpecTemplatesInputsArtifactsS3CaSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesInputsArtifactsS3CreateBucketIfNotPresent {
    readonly objectLocking?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesInputsArtifactsS3EncryptionOptions {
    readonly enableEncryption?: boolean;
    readonly kmsEncryptionContext?: string;
    readonly kmsKeyId?: string;
    readonly serverSideCustomerKeySecret?: CronWorkflowSpecWorkflowSpecTemplatesInputsArtifactsS3EncryptionOptionsServerSideCustomerKeySecret;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesInputsArtifactsS3SecretKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesInputsArtifactsS3SessionTokenSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesInputsParametersValueFromConfigMapKeyRef {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export declare enum CronWorkflowSpecWorkflowSpecTemplatesMetricsPrometheusGaugeOperation {
    SET = "Set",
    ADD = "Add",
    SUB = "Sub"
}
export interface CronWorkflowSpecWorkflowSpecTemplatesOutputsArtifactsArchiveTar {
    readonly compressionLevel?: number;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesOutputsArtifactsArtifactGcPodMetadata {
    readonly annotations?: {
        [key: string]: string;
    };
    readonly labels?: {
        [key: string]: string;
    };
}
export declare enum CronWorkflowSpecWorkflowSpecTemplatesOutputsArtifactsArtifactGcStrategy {
    ON_WORKFLOW_COMPLETION = "OnWorkflowCompletion",
    ON_WORKFLOW_DELETION = "OnWorkflowDeletion",
    NEVER = "Never"
}
export interface CronWorkflowSpecWorkflowSpecTemplatesOutputsArtifactsArtifactoryPasswordSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesOutputsArtifactsArtifactoryUsernameSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesOutputsArtifactsAzureAccountKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesOutputsArtifactsGcsServiceAccountKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesOutputsArtifactsGitPasswordSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesOutputsArtifactsGitSshPrivateKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesOutputsArtifactsGitUsernameSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesOutputsArtifactsHdfsKrbCCacheSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesOutputsArtifactsHdfsKrbConfigConfigMap {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesOutputsArtifactsHdfsKrbKeytabSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesOutputsArtifactsHttpAuth {
    readonly basicAuth?: CronWorkflowSpecWorkflowSpecTemplatesOutputsArtifactsHttpAuthBasicAuth;
    readonly clientCert?: CronWorkflowSpecWorkflowSpecTemplatesOutputsArtifactsHttpAuthClientCert;
    readonly oauth2?: CronWorkflowSpecWorkflowSpecTemplatesOutputsArtifactsHttpAuthOauth2;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesOutputsArtifactsHttpHeaders {
    readonly name: string;
    readonly value: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesOutputsArtifactsOssAccessKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesOutputsArtifactsOssLifecycleRule {
    readonly markDeletionAfterDays?: number;
    readonly markInfrequentAccessAfterDays?: number;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesOutputsArtifactsOssSecretKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesOutputsArtifactsS3AccessKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export declare enum CronWorkflowSpecWorkflowSpecTemplatesOutputsArtifactsS3AddressingStyle {
    PATH = "path",
    VIRTUAL_HYPHEN_HOSTED = "virtual-hosted"
}
export interface CronWorkflowSpecWorkflowSpecTemplatesOutputsArtifactsS3CaSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesOutputsArtifactsS3CreateBucketIfNotPresent {
    readonly objectLocking?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesOutputsArtifactsS3EncryptionOptions {
    readonly enableEncryption?: boolean;
    readonly kmsEncryptionContext?: string;
    readonly kmsKeyId?: string;
    readonly serverSideCustomerKeySecret?: CronWorkflowSpecWorkflowSpecTemplatesOutputsArtifactsS3EncryptionOptionsServerSideCustomerKeySecret;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesOutputsArtifactsS3SecretKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesOutputsArtifactsS3SessionTokenSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesOutputsParametersValueFromConfigMapKeyRef {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesResourceManifestFromArtifactArchive {
    readonly none?: any;
    readonly tar?: CronWorkflowSpecWorkflowSpecTemplatesResourceManifestFromArtifactArchiveTar;
    readonly zip?: any;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesResourceManifestFromArtifactArtifactGc {
    readonly podMetadata?: CronWorkflowSpecWorkflowSpecTemplatesResourceManifestFromArtifactArtifactGcPodMetadata;
    readonly serviceAccountName?: string;
    readonly strategy?: CronWorkflowSpecWorkflowSpecTemplatesResourceManifestFromArtifactArtifactGcStrategy;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesResourceManifestFromArtifactArtifactory {
    readonly passwordSecret?: CronWorkflowSpecWorkflowSpecTemplatesResourceManifestFromArtifactArtifactoryPasswordSecret;
    readonly url: string;
    readonly usernameSecret?: CronWorkflowSpecWorkflowSpecTemplatesResourceManifestFromArtifactArtifactoryUsernameSecret;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesResourceManifestFromArtifactAzure {
    readonly accountKeySecret?: CronWorkflowSpecWorkflowSpecTemplatesResourceManifestFromArtifactAzureAccountKeySecret;
    readonly blob: string;
    readonly container: string;
    readonly endpoint: string;
    readonly useSdkCreds?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesResourceManifestFromArtifactGcs {
    readonly bucket?: string;
    readonly key: string;
    readonly serviceAccountKeySecret?: CronWorkflowSpecWorkflowSpecTemplatesResourceManifestFromArtifactGcsServiceAccountKeySecret;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesResourceManifestFromArtifactGit {
    readonly branch?: string;
    readonly depth?: number;
    readonly disableSubmodules?: boolean;
    readonly fetch?: string[];
    readonly insecureIgnoreHostKey?: boolean;
    readonly insecureSkipTls?: boolean;
    readonly passwordSecret?: CronWorkflowSpecWorkflowSpecTemplatesResourceManifestFromArtifactGitPasswordSecret;
    readonly repo: string;
    readonly revision?: string;
    readonly singleBranch?: boolean;
    readonly sshPrivateKeySecret?: CronWorkflowSpecWorkflowSpecTemplatesResourceManifestFromArtifactGitSshPrivateKeySecret;
    readonly usernameSecret?: CronWorkflowSpecWorkflowSpecTemplatesResourceManifestFromArtifactGitUsernameSecret;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesResourceManifestFromArtifactHdfs {
    readonly addresses?: string[];
    readonly dataTransferProtection?: string;
    readonly force?: boolean;
    readonly hdfsUser?: string;
    readonly krbCCacheSecret?: CronWorkflowSpecWorkflowSpecTemplatesResourceManifestFromArtifactHdfsKrbCCacheSecret;
    readonly krbConfigConfigMap?: CronWorkflowSpecWorkflowSpecTemplatesResourceManifestFromArtifactHdfsKrbConfigConfigMap;
    readonly krbKeytabSecret?: CronWorkflowSpecWorkflowSpecTemplatesResourceManifestFromArtifactHdfsKrbKeytabSecret;
    readonly krbRealm?: string;
    readonly krbServicePrincipalName?: string;
    readonly krbUsername?: string;
    readonly path: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesResourceManifestFromArtifactHttp {
    readonly auth?: CronWorkflowSpecWorkflowSpecTemplatesResourceManifestFromArtifactHttpAuth;
    readonly headers?: CronWorkflowSpecWorkflowSpecTemplatesResourceManifestFromArtifactHttpHeaders[];
    readonly saveStreamViaFile?: boolean;
    readonly url: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesResourceManifestFromArtifactOss {
    readonly accessKeySecret?: CronWorkflowSpecWorkflowSpecTemplatesResourceManifestFromArtifactOssAccessKeySecret;
    readonly bucket?: string;
    readonly createBucketIfNotPresent?: boolean;
    readonly endpoint?: string;
    readonly key: string;
    readonly lifecycleRule?: CronWorkflowSpecWorkflowSpecTemplatesResourceManifestFromArtifactOssLifecycleRule;
    readonly secretKeySecret?: CronWorkflowSpecWorkflowSpecTemplatesResourceManifestFromArtifactOssSecretKeySecret;
    readonly securityToken?: string;
    readonly useSdkCreds?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesResourceManifestFromArtifactPlugin {
    readonly configuration?: string;
    readonly connectionTimeoutSeconds?: number;
    readonly key: string;
    readonly name?: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesResourceManifestFromArtifactRaw {
    readonly data: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesResourceManifestFromArtifactS3 {
    readonly accessKeySecret?: CronWorkflowSpecWorkflowSpecTemplatesResourceManifestFromArtifactS3AccessKeySecret;
    readonly addressingStyle?: CronWorkflowSpecWorkflowSpecTemplatesResourceManifestFromArtifactS3AddressingStyle;
    readonly bucket?: string;
    readonly caSecret?: CronWorkflowSpecWorkflowSpecTemplatesResourceManifestFromArtifactS3CaSecret;
    readonly createBucketIfNotPresent?: CronWorkflowSpecWorkflowSpecTemplatesResourceManifestFromArtifactS3CreateBucketIfNotPresent;
    readonly encryptionOptions?: CronWorkflowSpecWorkflowSpecTemplatesResourceManifestFromArtifactS3EncryptionOptions;
    readonly endpoint?: string;
    readonly insecure?: boolean;
    readonly key?: string;
    readonly region?: string;
    readonly roleArn?: string;
    readonly secretKeySecret?: CronWorkflowSpecWorkflowSpecTemplatesResourceManifestFromArtifactS3SecretKeySecret;
    readonly sessionTokenSecret?: CronWorkflowSpecWorkflowSpecTemplatesResourceManifestFromArtifactS3SessionTokenSecret;
    readonly useSdkCreds?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesScriptEnvValueFromConfigMapKeyRef {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesScriptEnvValueFromFieldRef {
    readonly apiVersion?: string;
    readonly fieldPath: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesScriptEnvValueFromFileKeyRef {
    readonly key: string;
    readonly optional?: boolean;
    readonly path: string;
    readonly volumeName: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesScriptEnvValueFromResourceFieldRef {
    readonly containerName?: string;
    readonly divisor?: CronWorkflowSpecWorkflowSpecTemplatesScriptEnvValueFromResourceFieldRefDivisor;
    readonly resource: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesScriptEnvValueFromSecretKeyRef {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesScriptLifecyclePostStartExec {
    readonly command?: string[];
}
export interface CronWorkflowSpecWorkflowSpecTemplatesScriptLifecyclePostStartHttpGet {
    readonly host?: string;
    readonly httpHeaders?: CronWorkflowSpecWorkflowSpecTemplatesScriptLifecyclePostStartHttpGetHttpHeaders[];
    readonly path?: string;
    readonly port: CronWorkflowSpecWorkflowSpecTemplatesScriptLifecyclePostStartHttpGetPort;
    readonly scheme?: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesScriptLifecyclePostStartSleep {
    readonly seconds: number;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesScriptLifecyclePostStartTcpSocket {
    readonly host?: string;
    readonly port: CronWorkflowSpecWorkflowSpecTemplatesScriptLifecyclePostStartTcpSocketPort;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesScriptLifecyclePreStopExec {
    readonly command?: string[];
}
export interface CronWorkflowSpecWorkflowSpecTemplatesScriptLifecyclePreStopHttpGet {
    readonly host?: string;
    readonly httpHeaders?: CronWorkflowSpecWorkflowSpecTemplatesScriptLifecyclePreStopHttpGetHttpHeaders[];
    readonly path?: string;
    readonly port: CronWorkflowSpecWorkflowSpecTemplatesScriptLifecyclePreStopHttpGetPort;
    readonly scheme?: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesScriptLifecyclePreStopSleep {
    readonly seconds: number;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesScriptLifecyclePreStopTcpSocket {
    readonly host?: string;
    readonly port: CronWorkflowSpecWorkflowSpecTemplatesScriptLifecyclePreStopTcpSocketPort;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesScriptLivenessProbeHttpGetHttpHeaders {
    readonly name: string;
    readonly value: string;
}
export declare class CronWorkflowSpecWorkflowSpecTemplatesScriptLivenessProbeHttpGetPort {
    readonly value: number | string;
    static fromNumber(value: number): CronWorkflowSpecWorkflowSpecTemplatesScriptLivenessProbeHttpGetPort;
    static fromString(value: string): CronWorkflowSpecWorkflowSpecTemplatesScriptLivenessProbeHttpGetPort;
    private constructor();
}
export declare class CronWorkflowSpecWorkflowSpecTemplatesScriptLivenessProbeTcpSocketPort {
    readonly value: number | string;
    static fromNumber(value: number): CronWorkflowSpecWorkflowSpecTemplatesScriptLivenessProbeTcpSocketPort;
    static fromString(value: string): CronWorkflowSpecWorkflowSpecTemplatesScriptLivenessProbeTcpSocketPort;
    private constructor();
}
export interface CronWorkflowSpecWorkflowSpecTemplatesScriptReadinessProbeHttpGetHttpHeaders {
    readonly name: string;
    readonly value: string;
}
export declare class CronWorkflowSpecWorkflowSpecTemplatesScriptReadinessProbeHttpGetPort {
    readonly value: number | string;
    static fromNumber(value: number): CronWorkflowSpecWorkflowSpecTemplatesScriptReadinessProbeHttpGetPort;
    static fromString(value: string): CronWorkflowSpecWorkflowSpecTemplatesScriptReadinessProbeHttpGetPort;
    private constructor();
}
export declare class CronWorkflowSpecWorkflowSpecTemplatesScriptReadinessProbeTcpSocketPort {
    readonly value: number | string;
    static fromNumber(value: number): CronWorkflowSpecWorkflowSpecTemplatesScriptReadinessProbeTcpSocketPort;
    static fromString(value: string): CronWorkflowSpecWorkflowSpecTemplatesScriptReadinessProbeTcpSocketPort;
    private constructor();
}
export interface CronWorkflowSpecWorkflowSpecTemplatesScriptStartupProbeHttpGetHttpHeaders {
    readonly name: string;
    readonly value: string;
}
export declare class CronWorkflowSpecWorkflowSpecTemplatesScriptStartupProbeHttpGetPort {
    readonly value: number | string;
    static fromNumber(value: number): CronWorkflowSpecWorkflowSpecTemplatesScriptStartupProbeHttpGetPort;
    static fromString(value: string): CronWorkflowSpecWorkflowSpecTemplatesScriptStartupProbeHttpGetPort;
    private constructor();
}
export declare class CronWorkflowSpecWorkflowSpecTemplatesScriptStartupProbeTcpSocketPort {
    readonly value: number | string;
    static fromNumber(value: number): CronWorkflowSpecWorkflowSpecTemplatesScriptStartupProbeTcpSocketPort;
    static fromString(value: string): CronWorkflowSpecWorkflowSpecTemplatesScriptStartupProbeTcpSocketPort;
    private constructor();
}
export interface CronWorkflowSpecWorkflowSpecTemplatesSidecarsEnvValueFromConfigMapKeyRef {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesSidecarsEnvValueFromFieldRef {
    readonly apiVersion?: string;
    readonly fieldPath: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesSidecarsEnvValueFromFileKeyRef {
    readonly key: string;
    readonly optional?: boolean;
    readonly path: string;
    readonly volumeName: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesSidecarsEnvValueFromResourceFieldRef {
    readonly containerName?: string;
    readonly divisor?: CronWorkflowSpecWorkflowSpecTemplatesSidecarsEnvValueFromResourceFieldRefDivisor;
    readonly resource: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesSidecarsEnvValueFromSecretKeyRef {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesSidecarsLifecyclePostStartExec {
    readonly command?: string[];
}
export interface CronWorkflowSpecWorkflowSpecTemplatesSidecarsLifecyclePostStartHttpGet {
    readonly host?: string;
    readonly httpHeaders?: CronWorkflowSpecWorkflowSpecTemplatesSidecarsLifecyclePostStartHttpGetHttpHeaders[];
    readonly path?: string;
    readonly port: CronWorkflowSpecWorkflowSpecTemplatesSidecarsLifecyclePostStartHttpGetPort;
    readonly scheme?: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesSidecarsLifecyclePostStartSleep {
    readonly seconds: number;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesSidecarsLifecyclePostStartTcpSocket {
    readonly host?: string;
    readonly port: CronWorkflowSpecWorkflowSpecTemplatesSidecarsLifecyclePostStartTcpSocketPort;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesSidecarsLifecyclePreStopExec {
    readonly command?: string[];
}
export interface CronWorkflowSpecWorkflowSpecTemplatesSidecarsLifecyclePreStopHttpGet {
    readonly host?: string;
    readonly httpHeaders?: CronWorkflowSpecWorkflowSpecTemplatesSidecarsLifecyclePreStopHttpGetHttpHeaders[];
    readonly path?: string;
    readonly port: CronWorkflowSpecWorkflowSpecTemplatesSidecarsLifecyclePreStopHttpGetPort;
    readonly scheme?: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesSidecarsLifecyclePreStopSleep {
    readonly seconds: number;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesSidecarsLifecyclePreStopTcpSocket {
    readonly host?: string;
    readonly port: CronWorkflowSpecWorkflowSpecTemplatesSidecarsLifecyclePreStopTcpSocketPort;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesSidecarsLivenessProbeHttpGetHttpHeaders {
    readonly name: string;
    readonly value: string;
}
export declare class CronWorkflowSpecWorkflowSpecTemplatesSidecarsLivenessProbeHttpGetPort {
    readonly value: number | string;
    static fromNumber(value: number): CronWorkflowSpecWorkflowSpecTemplatesSidecarsLivenessProbeHttpGetPort;
    static fromString(value: string): CronWorkflowSpecWorkflowSpecTemplatesSidecarsLivenessProbeHttpGetPort;
    private constructor();
}
export declare class CronWorkflowSpecWorkflowSpecTemplatesSidecarsLivenessProbeTcpSocketPort {
    readonly value: number | string;
    static fromNumber(value: number): CronWorkflowSpecWorkflowSpecTemplatesSidecarsLivenessProbeTcpSocketPort;
    static fromString(value: string): CronWorkflowSpecWorkflowSpecTemplatesSidecarsLivenessProbeTcpSocketPort;
    private constructor();
}
export interface CronWorkflowSpecWorkflowSpecTemplatesSidecarsReadinessProbeHttpGetHttpHeaders {
    readonly name: string;
    readonly value: string;
}
export declare class CronWorkflowSpecWorkflowSpecTemplatesSidecarsReadinessProbeHttpGetPort {
    readonly value: number | string;
    static fromNumber(value: number): CronWorkflowSpecWorkflowSpecTemplatesSidecarsReadinessProbeHttpGetPort;
    static fromString(value: string): CronWorkflowSpecWorkflowSpecTemplatesSidecarsReadinessProbeHttpGetPort;
    private constructor();
}
export declare class CronWorkflowSpecWorkflowSpecTemplatesSidecarsReadinessProbeTcpSocketPort {
    readonly value: number | string;
    static fromNumber(value: number): CronWorkflowSpecWorkflowSpecTemplatesSidecarsReadinessProbeTcpSocketPort;
    static fromString(value: string): CronWorkflowSpecWorkflowSpecTemplatesSidecarsReadinessProbeTcpSocketPort;
    private constructor();
}
export interface CronWorkflowSpecWorkflowSpecTemplatesSidecarsStartupProbeHttpGetHttpHeaders {
    readonly name: string;
    readonly value: string;
}
export declare class CronWorkflowSpecWorkflowSpecTemplatesSidecarsStartupProbeHttpGetPort {
    readonly value: number | string;
    static fromNumber(value: number): CronWorkflowSpecWorkflowSpecTemplatesSidecarsStartupProbeHttpGetPort;
    static fromString(value: string): CronWorkflowSpecWorkflowSpecTemplatesSidecarsStartupProbeHttpGetPort;
    private constructor();
}
export declare class CronWorkflowSpecWorkflowSpecTemplatesSidecarsStartupProbeTcpSocketPort {
    readonly value: number | string;
    static fromNumber(value: number): CronWorkflowSpecWorkflowSpecTemplatesSidecarsStartupProbeTcpSocketPort;
    static fromString(value: string): CronWorkflowSpecWorkflowSpecTemplatesSidecarsStartupProbeTcpSocketPort;
    private constructor();
}
export interface CronWorkflowSpecWorkflowSpecTemplatesStepsArgumentsArtifactsArchive {
    readonly none?: any;
    readonly tar?: CronWorkflowSpecWorkflowSpecTemplatesStepsArgumentsArtifactsArchiveTar;
    readonly zip?: any;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesStepsArgumentsArtifactsArtifactGc {
    readonly podMetadata?: CronWorkflowSpecWorkflowSpecTemplatesStepsArgumentsArtifactsArtifactGcPodMetadata;
    readonly serviceAccountName?: string;
    readonly strategy?: CronWorkflowSpecWorkflowSpecTemplatesStepsArgumentsArtifactsArtifactGcStrategy;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesStepsArgumentsArtifactsArtifactory {
    readonly passwordSecret?: CronWorkflowSpecWorkflowSpecTemplatesStepsArgumentsArtifactsArtifactoryPasswordSecret;
    readonly url: string;
    readonly usernameSecret?: CronWorkflowSpecWorkflowSpecTemplatesStepsArgumentsArtifactsArtifactoryUsernameSecret;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesStepsArgumentsArtifactsAzure {
    readonly accountKeySecret?: CronWorkflowSpecWorkflowSpecTemplatesStepsArgumentsArtifactsAzureAccountKeySecret;
    readonly blob: string;
    readonly container: string;
    readonly endpoint: string;
    readonly useSdkCreds?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesStepsArgumentsArtifactsGcs {
    readonly bucket?: string;
    readonly key: string;
    readonly serviceAccountKeySecret?: CronWorkflowSpecWorkflowSpecTemplatesStepsArgumentsArtifactsGcsServiceAccountKeySecret;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesStepsArgumentsArtifactsGit {
    readonly branch?: string;
    readonly depth?: number;
    readonly disableSubmodules?: boolean;
    readonly fetch?: string[];
    readonly insecureIgnoreHostKey?: boolean;
    readonly insecureSkipTls?: boolean;
    readonly passwordSecret?: CronWorkflowSpecWorkflowSpecTemplatesStepsArgumentsArtifactsGitPasswordSecret;
    readonly repo: string;
    readonly revision?: string;
    readonly singleBranch?: boolean;
    readonly sshPrivateKeySecret?: CronWorkflowSpecWorkflowSpecTemplatesStepsArgumentsArtifactsGitSshPrivateKeySecret;
    readonly usernameSecret?: CronWorkflowSpecWorkflowSpecTemplatesStepsArgumentsArtifactsGitUsernameSecret;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesStepsArgumentsArtifactsHdfs {
    readonly addresses?: string[];
    readonly dataTransferProtection?: string;
    readonly force?: boolean;
    readonly hdfsUser?: string;
    readonly krbCCacheSecret?: CronWorkflowSpecWorkflowSpecTemplatesStepsArgumentsArtifactsHdfsKrbCCacheSecret;
    readonly krbConfigConfigMap?: CronWorkflowSpecWorkflowSpecTemplatesStepsArgumentsArtifactsHdfsKrbConfigConfigMap;
    readonly krbKeytabSecret?: CronWorkflowSpecWorkflowSpecTemplatesStepsArgumentsArtifactsHdfsKrbKeytabSecret;
    readonly krbRealm?: string;
    readonly krbServicePrincipalName?: string;
    readonly krbUsername?: string;
    readonly path: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesStepsArgumentsArtifactsHttp {
    readonly auth?: CronWorkflowSpecWorkflowSpecTemplatesStepsArgumentsArtifactsHttpAuth;
    readonly headers?: CronWorkflowSpecWorkflowSpecTemplatesStepsArgumentsArtifactsHttpHeaders[];
    readonly saveStreamViaFile?: boolean;
    readonly url: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesStepsArgumentsArtifactsOss {
    readonly accessKeySecret?: CronWorkflowSpecWorkflowSpecTemplatesStepsArgumentsArtifactsOssAccessKeySecret;
    readonly bucket?: string;
    readonly createBucketIfNotPresent?: boolean;
    readonly endpoint?: string;
    readonly key: string;
    readonly lifecycleRule?: CronWorkflowSpecWorkflowSpecTemplatesStepsArgumentsArtifactsOssLifecycleRule;
    readonly secretKeySecret?: CronWorkflowSpecWorkflowSpecTemplatesStepsArgumentsArtifactsOssSecretKeySecret;
    readonly securityToken?: string;
    readonly useSdkCreds?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesStepsArgumentsArtifactsPlugin {
    readonly configuration?: string;
    readonly connectionTimeoutSeconds?: number;
    readonly key: string;
    readonly name?: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesStepsArgumentsArtifactsRaw {
    readonly data: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesStepsArgumentsArtifactsS3 {
    readonly accessKeySecret?: CronWorkflowSpecWorkflowSpecTemplatesStepsArgumentsArtifactsS3AccessKeySecret;
    readonly addressingStyle?: CronWorkflowSpecWorkflowSpecTemplatesStepsArgumentsArtifactsS3AddressingStyle;
    readonly bucket?: string;
    readonly caSecret?: CronWorkflowSpecWorkflowSpecTemplatesStepsArgumentsArtifactsS3CaSecret;
    readonly createBucketIfNotPresent?: CronWorkflowSpecWorkflowSpecTemplatesStepsArgumentsArtifactsS3CreateBucketIfNotPresent;
    readonly encryptionOptions?: CronWorkflowSpecWorkflowSpecTemplatesStepsArgumentsArtifactsS3EncryptionOptions;
    readonly endpoint?: string;
    readonly insecure?: boolean;
    readonly key?: string;
    readonly region?: string;
    readonly roleArn?: string;
    readonly secretKeySecret?: CronWorkflowSpecWorkflowSpecTemplatesStepsArgumentsArtifactsS3SecretKeySecret;
    readonly sessionTokenSecret?: CronWorkflowSpecWorkflowSpecTemplatesStepsArgumentsArtifactsS3SessionTokenSecret;
    readonly useSdkCreds?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesStepsArgumentsParametersValueFrom {
    readonly configMapKeyRef?: CronWorkflowSpecWorkflowSpecTemplatesStepsArgumentsParametersValueFromConfigMapKeyRef;
    readonly default?: string;
    readonly event?: string;
    readonly expression?: string;
    readonly jqFilter?: string;
    readonly jsonPath?: string;
    readonly parameter?: string;
    readonly path?: string;
    readonly supplied?: any;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesStepsHooksArgumentsArtifacts {
    readonly archive?: CronWorkflowSpecWorkflowSpecTemplatesStepsHooksArgumentsArtifactsArchive;
    readonly archiveLogs?: boolean;
    readonly artifactGc?: CronWorkflowSpecWorkflowSpecTemplatesStepsHooksArgumentsArtifactsArtifactGc;
    readonly artifactory?: CronWorkflowSpecWorkflowSpecTemplatesStepsHooksArgumentsArtifactsArtifactory;
    readonly azure?: CronWorkflowSpecWorkflowSpecTemplatesStepsHooksArgumentsArtifactsAzure;
    readonly deleted?: boolean;
    readonly from?: string;
    readonly fromExpression?: string;
    readonly gcs?: CronWorkflowSpecWorkflowSpecTemplatesStepsHooksArgumentsArtifactsGcs;
    readonly git?: CronWorkflowSpecWorkflowSpecTemplatesStepsHooksArgumentsArtifactsGit;
    readonly globalName?: string;
    readonly hdfs?: CronWorkflowSpecWorkflowSpecTemplatesStepsHooksArgumentsArtifactsHdfs;
    readonly http?: CronWorkflowSpecWorkflowSpecTemplatesStepsHooksArgumentsArtifactsHttp;
    readonly mode?: number;
    readonly name: string;
    readonly optional?: boolean;
    readonly oss?: CronWorkflowSpecWorkflowSpecTemplatesStepsHooksArgumentsArtifactsOss;
    readonly path?: string;
    readonly plugin?: CronWorkflowSpecWorkflowSpecTemplatesStepsHooksArgumentsArtifactsPlugin;
    readonly raw?: CronWorkflowSpecWorkflowSpecTemplatesStepsHooksArgumentsArtifactsRaw;
    readonly recurseMode?: boolean;
    readonly s3?: CronWorkflowSpecWorkflowSpecTemplatesStepsHooksArgumentsArtifactsS3;
    readonly subPath?: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesStepsHooksArgumentsParameters {
    readonly default?: string;
    readonly description?: string;
    readonly enum?: string[];
    readonly globalName?: string;
    readonly name: string;
    readonly value?: string;
    readonly valueFrom?: CronWorkflowSpecWorkflowSpecTemplatesStepsHooksArgumentsParametersValueFrom;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesVolumesDownwardApiItemsFieldRef {
    readonly apiVersion?: string;
    readonly fieldPath: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesVolumesDownwardApiItemsResourceFieldRef {
    readonly containerName?: string;
    readonly divisor?: CronWorkflowSpecWorkflowSpecTemplatesVolumesDownwardApiItemsResourceFieldRefDivisor;
    readonly resource: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesVolumesEphemeralVolumeClaimTemplateMetadata {
    readonly annotations?: {
        [key: string]: string;
    };
    readonly finalizers?: string[];
    readonly generateName?: string;
    readonly labels?: {
        [key: string]: string;
    };
    readonly name?: string;
    readonly namespace?: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesVolumesEphemeralVolumeClaimTemplateSpec {
    readonly accessModes?: string[];
    readonly dataSource?: CronWorkflowSpecWorkflowSpecTemplatesVolumesEphemeralVolumeClaimTemplateSpecDataSource;
    readonly dataSourceRef?: CronWorkflowSpecWorkflowSpecTemplatesVolumesEphemeralVolumeClaimTemplateSpecDataSourceRef;
    readonly resources?: CronWorkflowSpecWorkflowSpecTemplatesVolumesEphemeralVolumeClaimTemplateSpecResources;
    readonly selector?: CronWorkflowSpecWorkflowSpecTemplatesVolumesEphemeralVolumeClaimTemplateSpecSelector;
    readonly storageClassName?: string;
    readonly volumeAttributesClassName?: string;
    readonly volumeMode?: string;
    readonly volumeName?: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesVolumesProjectedSourcesClusterTrustBundle {
    readonly labelSelector?: CronWorkflowSpecWorkflowSpecTemplatesVolumesProjectedSourcesClusterTrustBundleLabelSelector;
    readonly name?: string;
    readonly optional?: boolean;
    readonly path: string;
    readonly signerName?: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesVolumesProjectedSourcesConfigMap {
    readonly items?: CronWorkflowSpecWorkflowSpecTemplatesVolumesProjectedSourcesConfigMapItems[];
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesVolumesProjectedSourcesDownwardApi {
    readonly items?: CronWorkflowSpecWorkflowSpecTemplatesVolumesProjectedSourcesDownwardApiItems[];
}
export interface CronWorkflowSpecWorkflowSpecTemplatesVolumesProjectedSourcesPodCertificate {
    readonly certificateChainPath?: string;
    readonly credentialBundlePath?: string;
    readonly keyPath?: string;
    readonly keyType: string;
    readonly maxExpirationSeconds?: number;
    readonly signerName: string;
    readonly userAnnotations?: {
        [key: string]: string;
    };
}
export interface CronWorkflowSpecWorkflowSpecTemplatesVolumesProjectedSourcesSecret {
    readonly items?: CronWorkflowSpecWorkflowSpecTemplatesVolumesProjectedSourcesSecretItems[];
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesVolumesProjectedSourcesServiceAccountToken {
    readonly audience?: string;
    readonly expirationSeconds?: number;
    readonly path: string;
}
export declare class CronWorkflowSpecWorkflowSpecVolumesDownwardApiItemsResourceFieldRefDivisor {
    readonly value: number | string;
    static fromNumber(value: number): CronWorkflowSpecWorkflowSpecVolumesDownwardApiItemsResourceFieldRefDivisor;
    static fromString(value: string): CronWorkflowSpecWorkflowSpecVolumesDownwardApiItemsResourceFieldRefDivisor;
    private constructor();
}
export interface CronWorkflowSpecWorkflowSpecVolumesEphemeralVolumeClaimTemplateSpecDataSource {
    readonly apiGroup?: string;
    readonly kind: string;
    readonly name: string;
}
export interface CronWorkflowSpecWorkflowSpecVolumesEphemeralVolumeClaimTemplateSpecDataSourceRef {
    readonly apiGroup?: string;
    readonly kind: string;
    readonly name: string;
    readonly namespace?: string;
}
export interface CronWorkflowSpecWorkflowSpecVolumesEphemeralVolumeClaimTemplateSpecResources {
    readonly limits?: {
        [key: string]: CronWorkflowSpecWorkflowSpecVolumesEphemeralVolumeClaimTemplateSpecResourcesLimits;
    };
    readonly requests?: {
        [key: string]: CronWorkflowSpecWorkflowSpecVolumesEphemeralVolumeClaimTemplateSpecResourcesRequests;
    };
}
export interface CronWorkflowSpecWorkflowSpecVolumesEphemeralVolumeClaimTemplateSpecSelector {
    readonly matchExpressions?: CronWorkflowSpecWorkflowSpecVolumesEphemeralVolumeClaimTemplateSpecSelectorMatchExpressions[];
    readonly matchLabels?: {
        [key: string]: string;
    };
}
export interface CronWorkflowSpecWorkflowSpecVolumesProjectedSourcesClusterTrustBundleLabelSelector {
    readonly matchExpressions?: CronWorkflowSpecWorkflowSpecVolumesProjectedSourcesClusterTrustBundleLabelSelectorMatchExpressions[];
    readonly matchLabels?: {
        [key: string]: string;
    };
}
export interface CronWorkflowSpecWorkflowSpecVolumesProjectedSourcesConfigMapItems {
    readonly key: string;
    readonly mode?: number;
    readonly path: string;
}
export interface CronWorkflowSpecWorkflowSpecVolumesProjectedSourcesDownwardApiItems {
    readonly fieldRef?: CronWorkflowSpecWorkflowSpecVolumesProjectedSourcesDownwardApiItemsFieldRef;
    readonly mode?: number;
    readonly path: string;
    readonly resourceFieldRef?: CronWorkflowSpecWorkflowSpecVolumesProjectedSourcesDownwardApiItemsResourceFieldRef;
}
export interface CronWorkflowSpecWorkflowSpecVolumesProjectedSourcesSecretItems {
    readonly key: string;
    readonly mode?: number;
    readonly path: string;
}
export interface CronWorkflowSpecWorkflowSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions {
    readonly key: string;
    readonly operator: string;
    readonly values?: string[];
}
export interface CronWorkflowSpecWorkflowSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions {
    readonly key: string;
    readonly operator: string;
    readonly values?: string[];
}
export interface CronWorkflowSpecWorkflowSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions {
    readonly key: string;
    readonly operator: string;
    readonly values?: string[];
}
export interface CronWorkflowSpecWorkflowSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions {
    readonly key: string;
    readonly operator: string;
    readonly values?: string[];
}
export interface CronWorkflowSpecWorkflowSpecArgumentsArtifactsHttpAuthBasicAuthPasswordSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecArgumentsArtifactsHttpAuthBasicAuthUsernameSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecArgumentsArtifactsHttpAuthClientCertClientCertSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecArgumentsArtifactsHttpAuthClientCertClientKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecArgumentsArtifactsHttpAuthOauth2ClientIdSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecArgumentsArtifactsHttpAuthOauth2ClientSecretSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecArgumentsArtifactsHttpAuthOauth2EndpointParams {
    readonly key: string;
    readonly value?: string;
}
export interface CronWorkflowSpecWorkflowSpecArgumentsArtifactsHttpAuthOauth2TokenUrlSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecExecutorPluginsSpecSidecarContainerEnvValueFrom {
    readonly configMapKeyRef?: CronWorkflowSpecWorkflowSpecExecutorPluginsSpecSidecarContainerEnvValueFromConfigMapKeyRef;
    readonly fieldRef?: CronWorkflowSpecWorkflowSpecExecutorPluginsSpecSidecarContainerEnvValueFromFieldRef;
    readonly fileKeyRef?: CronWorkflowSpecWorkflowSpecExecutorPluginsSpecSidecarContainerEnvValueFromFileKeyRef;
    readonly resourceFieldRef?: CronWorkflowSpecWorkflowSpecExecutorPluginsSpecSidecarContainerEnvValueFromResourceFieldRef;
    readonly secretKeyRef?: CronWorkflowSpecWorkflowSpecExecutorPluginsSpecSidecarContainerEnvValueFromSecretKeyRef;
}
export interface CronWorkflowSpecWorkflowSpecExecutorPluginsSpecSidecarContainerEnvFromConfigMapRef {
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecExecutorPluginsSpecSidecarContainerEnvFromSecretRef {
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecExecutorPluginsSpecSidecarContainerLifecyclePostStart {
    readonly exec?: CronWorkflowSpecWorkflowSpecExecutorPluginsSpecSidecarContainerLifecyclePostStartExec;
    readonly httpGet?: CronWorkflowSpecWorkflowSpecExecutorPluginsSpecSidecarContainerLifecyclePostStartHttpGet;
    readonly sleep?: CronWorkflowSpecWorkflowSpecExecutorPluginsSpecSidecarContainerLifecyclePostStartSleep;
    readonly tcpSocket?: CronWorkflowSpecWorkflowSpecExecutorPluginsSpecSidecarContainerLifecyclePostStartTcpSocket;
}
export interface CronWorkflowSpecWorkflowSpecExecutorPluginsSpecSidecarContainerLifecyclePreStop {
    readonly exec?: CronWorkflowSpecWorkflowSpecExecutorPluginsSpecSidecarContainerLifecyclePreStopExec;
    readonly httpGet?: CronWorkflowSpecWorkflowSpecExecutorPluginsSpecSidecarContainerLifecyclePreStopHttpGet;
    readonly sleep?: CronWorkflowSpecWorkflowSpecExecutorPluginsSpecSidecarContainerLifecyclePreStopSleep;
    readonly tcpSocket?: CronWorkflowSpecWorkflowSpecExecutorPluginsSpecSidecarContainerLifecyclePreStopTcpSocket;
}
export interface CronWorkflowSpecWorkflowSpecExecutorPluginsSpecSidecarContainerLivenessProbeExec {
    readonly command?: string[];
}
export interface CronWorkflowSpecWorkflowSpecExecutorPluginsSpecSidecarContainerLivenessProbeGrpc {
    readonly port: number;
    readonly service?: string;
}
export interface CronWorkflowSpecWorkflowSpecExecutorPluginsSpecSidecarContainerLivenessProbeHttpGet {
    readonly host?: string;
    readonly httpHeaders?: CronWorkflowSpecWorkflowSpecExecutorPluginsSpecSidecarContainerLivenessProbeHttpGetHttpHeaders[];
    readonly path?: string;
    readonly port: CronWorkflowSpecWorkflowSpecExecutorPluginsSpecSidecarContainerLivenessProbeHttpGetPort;
    readonly scheme?: string;
}
export interface CronWorkflowSpecWorkflowSpecExecutorPluginsSpecSidecarContainerLivenessProbeTcpSocket {
    readonly host?: string;
    readonly port: CronWorkflowSpecWorkflowSpecExecutorPluginsSpecSidecarContainerLivenessProbeTcpSocketPort;
}
export interface CronWorkflowSpecWorkflowSpecExecutorPluginsSpecSidecarContainerReadinessProbeExec {
    readonly command?: string[];
}
export interface CronWorkflowSpecWorkflowSpecExecutorPluginsSpecSidecarContainerReadinessProbeGrpc {
    readonly port: number;
    readonly service?: string;
}
export interface CronWorkflowSpecWorkflowSpecExecutorPluginsSpecSidecarContainerReadinessProbeHttpGet {
    readonly host?: string;
    readonly httpHeaders?: CronWorkflowSpecWorkflowSpecExecutorPluginsSpecSidecarContainerReadinessProbeHttpGetHttpHeaders[];
    readonly path?: string;
    readonly port: CronWorkflowSpecWorkflowSpecExecutorPluginsSpecSidecarContainerReadinessProbeHttpGetPort;
    readonly scheme?: string;
}
export interface CronWorkflowSpecWorkflowSpecExecutorPluginsSpecSidecarContainerReadinessProbeTcpSocket {
    readonly host?: string;
    readonly port: CronWorkflowSpecWorkflowSpecExecutorPluginsSpecSidecarContainerReadinessProbeTcpSocketPort;
}
export interface CronWorkflowSpecWorkflowSpecExecutorPluginsSpecSidecarContainerResourcesClaims {
    readonly name: string;
    readonly request?: string;
}
export declare class CronWorkflowSpecWorkflowSpecExecutorPluginsSpecSidecarContainerResourcesLimits {
    readonly value: number | string;
    static fromNumber(value: number): CronWorkflowSpecWorkflowSpecExecutorPluginsSpecSidecarContainerResourcesLimits;
    static fromString(value: string): CronWorkflowSpecWorkflowSpecExecutorPluginsSpecSidecarContainerResourcesLimits;
    private constructor();
}
export declare class CronWorkflowSpecWorkflowSpecExecutorPluginsSpecSidecarContainerResourcesRequests {
    readonly value: number | string;
    static fromNumber(value: number): CronWorkflowSpecWorkflowSpecExecutorPluginsSpecSidecarContainerResourcesRequests;
    static fromString(value: string): CronWorkflowSpecWorkflowSpecExecutorPluginsSpecSidecarContainerResourcesRequests;
    private constructor();
}
export interface CronWorkflowSpecWorkflowSpecExecutorPluginsSpecSidecarContainerRestartPolicyRulesExitCodes {
    readonly operator: string;
    readonly values?: number[];
}
export interface CronWorkflowSpecWorkflowSpecExecutorPluginsSpecSidecarContainerSecurityContextAppArmorProfile {
    readonly localhostProfile?: string;
    readonly type: string;
}
export interface CronWorkflowSpecWorkflowSpecExecutorPluginsSpecSidecarContainerSecurityContextCapabilities {
    readonly add?: string[];
    readonly drop?: string[];
}
export interface CronWorkflowSpecWorkflowSpecExecutorPluginsSpecSidecarContainerSecurityContextSeLinuxOptions {
    readonly level?: string;
    readonly role?: string;
    readonly type?: string;
    readonly user?: string;
}
export interface CronWorkflowSpecWorkflowSpecExecutorPluginsSpecSidecarContainerSecurityContextSeccompProfile {
    readonly localhostProfile?: string;
    readonly type: string;
}
export interface CronWorkflowSpecWorkflowSpecExecutorPluginsSpecSidecarContainerSecurityContextWindowsOptions {
    readonly gmsaCredentialSpec?: string;
    readonly gmsaCredentialSpecName?: string;
    readonly hostProcess?: boolean;
    readonly runAsUserName?: string;
}
export interface CronWorkflowSpecWorkflowSpecExecutorPluginsSpecSidecarContainerStartupProbeExec {
    readonly command?: string[];
}
export interface CronWorkflowSpecWorkflowSpecExecutorPluginsSpecSidecarContainerStartupProbeGrpc {
    readonly port: number;
    readonly service?: string;
}
export interface CronWorkflowSpecWorkflowSpecExecutorPluginsSpecSidecarContainerStartupProbeHttpGet {
    readonly host?: string;
    readonly httpHeaders?: CronWorkflowSpecWorkflowSpecExecutorPluginsSpecSidecarContainerStartupProbeHttpGetHttpHeaders[];
    readonly path?: string;
    readonly port: CronWorkflowSpecWorkflowSpecExecutorPluginsSpecSidecarContainerStartupProbeHttpGetPort;
    readonly scheme?: string;
}
export interface CronWorkflowSpecWorkflowSpecExecutorPluginsSpecSidecarContainerStartupProbeTcpSocket {
    readonly host?: string;
    readonly port: CronWorkflowSpecWorkflowSpecExecutorPluginsSpecSidecarContainerStartupProbeTcpSocketPort;
}
export interface CronWorkflowSpecWorkflowSpecHooksArgumentsArtifactsHttpAuthBasicAuth {
    readonly passwordSecret?: CronWorkflowSpecWorkflowSpecHooksArgumentsArtifactsHttpAuthBasicAuthPasswordSecret;
    readonly usernameSecret?: CronWorkflowSpecWorkflowSpecHooksArgumentsArtifactsHttpAuthBasicAuthUsernameSecret;
}
export interface CronWorkflowSpecWorkflowSpecHooksArgumentsArtifactsHttpAuthClientCert {
    readonly clientCertSecret?: CronWorkflowSpecWorkflowSpecHooksArgumentsArtifactsHttpAuthClientCertClientCertSecret;
    readonly clientKeySecret?: CronWorkflowSpecWorkflowSpecHooksArgumentsArtifactsHttpAuthClientCertClientKeySecret;
}
export interface CronWorkflowSpecWorkflowSpecHooksArgumentsArtifactsHttpAuthOauth2 {
    readonly clientIdSecret?: CronWorkflowSpecWorkflowSpecHooksArgumentsArtifactsHttpAuthOauth2ClientIdSecret;
    readonly clientSecretSecret?: CronWorkflowSpecWorkflowSpecHooksArgumentsArtifactsHttpAuthOauth2ClientSecretSecret;
    readonly endpointParams?: CronWorkflowSpecWorkflowSpecHooksArgumentsArtifactsHttpAuthOauth2EndpointParams[];
    readonly scopes?: string[];
    readonly tokenUrlSecret?: CronWorkflowSpecWorkflowSpecHooksArgumentsArtifactsHttpAuthOauth2TokenUrlSecret;
}
export interface CronWorkflowSpecWorkflowSpecHooksArgumentsArtifactsS3EncryptionOptionsServerSideCustomerKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions {
    readonly key: string;
    readonly operator: string;
    readonly values?: string[];
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields {
    readonly key: string;
    readonly operator: string;
    readonly values?: string[];
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions {
    readonly key: string;
    readonly operator: string;
    readonly values?: string[];
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields {
    readonly key: string;
    readonly operator: string;
    readonly values?: string[];
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector {
    readonly matchExpressions?: CronWorkflowSpecWorkflowSpecTemplateDefaultsAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions[];
    readonly matchLabels?: {
        [key: string]: string;
    };
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector {
    readonly matchExpressions?: CronWorkflowSpecWorkflowSpecTemplateDefaultsAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions[];
    readonly matchLabels?: {
        [key: string]: string;
    };
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions {
    readonly key: string;
    readonly operator: string;
    readonly values?: string[];
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions {
    readonly key: string;
    readonly operator: string;
    readonly values?: string[];
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector {
    readonly matchExpressions?: CronWorkflowSpecWorkflowSpecTemplateDefaultsAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions[];
    readonly matchLabels?: {
        [key: string]: string;
    };
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector {
    readonly matchExpressions?: CronWorkflowSpecWorkflowSpecTemplateDefaultsAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions[];
    readonly matchLabels?: {
        [key: string]: string;
    };
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions {
    readonly key: string;
    readonly operator: string;
    readonly values?: string[];
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions {
    readonly key: string;
    readonly operator: string;
    readonly values?: string[];
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsArchiveLocationHttpAuthBasicAuthPasswordSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsArchiveLocationHttpAuthBasicAuthUsernameSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsArchiveLocationHttpAuthClientCertClientCertSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsArchiveLocationHttpAuthClientCertClientKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsArchiveLocationHttpAuthOauth2ClientIdSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsArchiveLocationHttpAuthOauth2ClientSecretSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsArchiveLocationHttpAuthOauth2EndpointParams {
    readonly key: string;
    readonly value?: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsArchiveLocationHttpAuthOauth2TokenUrlSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export declare class CronWorkflowSpecWorkflowSpecTemplateDefaultsContainerEnvValueFromResourceFieldRefDivisor {
    readonly value: number | string;
    static fromNumber(value: number): CronWorkflowSpecWorkflowSpecTemplateDefaultsContainerEnvValueFromResourceFieldRefDivisor;
    static fromString(value: string): CronWorkflowSpecWorkflowSpecTemplateDefaultsContainerEnvValueFromResourceFieldRefDivisor;
    private constructor();
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsContainerLifecyclePostStartHttpGetHttpHeaders {
    readonly name: string;
    readonly value: string;
}
export declare class CronWorkflowSpecWorkflowSpecTemplateDefaultsContainerLifecyclePostStartHttpGetPort {
    readonly value: number | string;
    static fromNumber(value: number): CronWorkflowSpecWorkflowSpecTemplateDefaultsContainerLifecyclePostStartHttpGetPort;
    static fromString(value: string): CronWorkflowSpecWorkflowSpecTemplateDefaultsContainerLifecyclePostStartHttpGetPort;
    private constructor();
}
export declare class CronWorkflowSpecWorkflowSpecTemplateDefaultsContainerLifecyclePostStartTcpSocketPort {
    readonly value: number | string;
    static fromNumber(value: number): CronWorkflowSpecWorkflowSpecTemplateDefaultsContainerLifecyclePostStartTcpSocketPort;
    static fromString(value: string): CronWorkflowSpecWorkflowSpecTemplateDefaultsContainerLifecyclePostStartTcpSocketPort;
    private constructor();
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsContainerLifecyclePreStopHttpGetHttpHeaders {
    readonly name: string;
    readonly value: string;
}
export declare class CronWorkflowSpecWorkflowSpecTemplateDefaultsContainerLifecyclePreStopHttpGetPort {
    readonly value: number | string;
    static fromNumber(value: number): CronWorkflowSpecWorkflowSpecTemplateDefaultsContainerLifecyclePreStopHttpGetPort;
    static fromString(value: string): CronWorkflowSpecWorkflowSpecTemplateDefaultsContainerLifecyclePreStopHttpGetPort;
    private constructor();
}
export declare class CronWorkflowSpecWorkflowSpecTemplateDefaultsContainerLifecyclePreStopTcpSocketPort {
    readonly value: number | string;
    static fromNumber(value: number): CronWorkflowSpecWorkflowSpecTemplateDefaultsContainerLifecyclePreStopTcpSocketPort;
    static fromString(value: string): CronWorkflowSpecWorkflowSpecTemplateDefaultsContainerLifecyclePreStopTcpSocketPort;
    private constructor();
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsContainerSetContainersEnvValueFromConfigMapKeyRef {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsContainerSetContainersEnvValueFromFieldRef {
    readonly apiVersion?: string;
    readonly fieldPath: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsContainerSetContainersEnvValueFromFileKeyRef {
    readonly key: string;
    readonly optional?: boolean;
    readonly path: string;
    readonly volumeName: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsContainerSetContainersEnvValueFromResourceFieldRef {
    readonly containerName?: string;
    readonly divisor?: CronWorkflowSpecWorkflowSpecTemplateDefaultsContainerSetContainersEnvValueFromResourceFieldRefDivisor;
    readonly resource: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsContainerSetContainersEnvValueFromSecretKeyRef {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsContainerSetContainersLifecyclePostStartExec {
    readonly command?: string[];
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsContainerSetContainersLifecyclePostStartHttpGet {
    readonly host?: string;
    readonly httpHeaders?: CronWorkflowSpecWorkflowSpecTemplateDefaultsContainerSetContainersLifecyclePostStartHttpGetHttpHeaders[];
    readonly path?: string;
    readonly port: CronWorkflowSpecWorkflowSpecTemplateDefaultsContainerSetContainersLifecyclePostStartHttpGetPort;
    readonly scheme?: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsContainerSetContainersLifecyclePostStartSleep {
    readonly seconds: number;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsContainerSetContainersLifecyclePostStartTcpSocket {
    readonly host?: string;
    readonly port: CronWorkflowSpecWorkflowSpecTemplateDefaultsContainerSetContainersLifecyclePostStartTcpSocketPort;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsContainerSetContainersLifecyclePreStopExec {
    readonly command?: string[];
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsContainerSetContainersLifecyclePreStopHttpGet {
    readonly host?: string;
    readonly httpHeaders?: CronWorkflowSpecWorkflowSpecTemplateDefaultsContainerSetContainersLifecyclePreStopHttpGetHttpHeaders[];
    readonly path?: string;
    readonly port: CronWorkflowSpecWorkflowSpecTemplateDefaultsContainerSetContainersLifecyclePreStopHttpGetPort;
    readonly scheme?: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsContainerSetContainersLifecyclePreStopSleep {
    readonly seconds: number;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsContainerSetContainersLifecyclePreStopTcpSocket {
    readonly host?: string;
    readonly port: CronWorkflowSpecWorkflowSpecTemplateDefaultsContainerSetContainersLifecyclePreStopTcpSocketPort;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsContainerSetContainersLivenessProbeHttpGetHttpHeaders {
    readonly name: string;
    readonly value: string;
}
export declare class CronWorkflowSpecWorkflowSpecTemplateDefaultsContainerSetContainersLivenessProbeHttpGetPort {
    readonly value: number | string;
    static fromNumber(value: number): CronWorkflowSpecWorkflowSpecTemplateDefaultsContainerSetContainersLivenessProbeHttpGetPort;
    static fromString(value: string): CronWorkflowSpecWorkflowSpecTemplateDefaultsContainerSetContainersLivenessProbeHttpGetPort;
    private constructor();
}
export declare class CronWorkflowSpecWorkflowSpecTemplateDefaultsContainerSetContainersLivenessProbeTcpSocketPort {
    readonly value: number | string;
    static fromNumber(value: number): CronWorkflowSpecWorkflowSpecTemplateDefaultsContainerSetContainersLivenessProbeTcpSocketPort;
    static fromString(value: string): CronWorkflowSpecWorkflowSpecTemplateDefaultsContainerSetContainersLivenessProbeTcpSocketPort;
    private constructor();
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsContainerSetContainersReadinessProbeHttpGetHttpHeaders {
    readonly name: string;
    readonly value: string;
}
export declare class CronWorkflowSpecWorkflowSpecTemplateDefaultsContainerSetContainersReadinessProbeHttpGetPort {
    readonly value: number | string;
    static fromNumber(value: number): CronWorkflowSpecWorkflowSpecTemplateDefaultsContainerSetContainersReadinessProbeHttpGetPort;
    static fromString(value: string): CronWorkflowSpecWorkflowSpecTemplateDefaultsContainerSetContainersReadinessProbeHttpGetPort;
    private constructor();
}
export declare class CronWorkflowSpecWorkflowSpecTemplateDefaultsContainerSetContainersReadinessProbeTcpSocketPort {
    readonly value: number | string;
    static fromNumber(value: number): CronWorkflowSpecWorkflowSpecTemplateDefaultsContainerSetContainersReadinessProbeTcpSocketPort;
    static fromString(value: string): CronWorkflowSpecWorkflowSpecTemplateDefaultsContainerSetContainersReadinessProbeTcpSocketPort;
    private constructor();
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsContainerSetContainersStartupProbeHttpGetHttpHeaders {
    readonly name: string;
    readonly value: string;
}
export declare class CronWorkflowSpecWorkflowSpecTemplateDefaultsContainerSetContainersStartupProbeHttpGetPort {
    readonly value: number | string;
    static fromNumber(value: number): CronWorkflowSpecWorkflowSpecTemplateDefaultsContainerSetContainersStartupProbeHttpGetPort;
    static fromString(value: string): CronWorkflowSpecWorkflowSpecTemplateDefaultsContainerSetContainersStartupProbeHttpGetPort;
    private constructor();
}
export declare class CronWorkflowSpecWorkflowSpecTemplateDefaultsContainerSetContainersStartupProbeTcpSocketPort {
    readonly value: number | string;
    static fromNumber(value: number): CronWorkflowSpecWorkflowSpecTemplateDefaultsContainerSetContainersStartupProbeTcpSocketPort;
    static fromString(value: string): CronWorkflowSpecWorkflowSpecTemplateDefaultsContainerSetContainersStartupProbeTcpSocketPort;
    private constructor();
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsDagTasksArgumentsArtifactsArchive {
    readonly none?: any;
    readonly tar?: CronWorkflowSpecWorkflowSpecTemplateDefaultsDagTasksArgumentsArtifactsArchiveTar;
    readonly zip?: any;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsDagTasksArgumentsArtifactsArtifactGc {
    readonly podMetadata?: CronWorkflowSpecWorkflowSpecTemplateDefaultsDagTasksArgumentsArtifactsArtifactGcPodMetadata;
    readonly serviceAccountName?: string;
    readonly strategy?: CronWorkflowSpecWorkflowSpecTemplateDefaultsDagTasksArgumentsArtifactsArtifactGcStrategy;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsDagTasksArgumentsArtifactsArtifactory {
    readonly passwordSecret?: CronWorkflowSpecWorkflowSpecTemplateDefaultsDagTasksArgumentsArtifactsArtifactoryPasswordSecret;
    readonly url: string;
    readonly usernameSecret?: CronWorkflowSpecWorkflowSpecTemplateDefaultsDagTasksArgumentsArtifactsArtifactoryUsernameSecret;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsDagTasksArgumentsArtifactsAzure {
    readonly accountKeySecret?: CronWorkflowSpecWorkflowSpecTemplateDefaultsDagTasksArgumentsArtifactsAzureAccountKeySecret;
    readonly blob: string;
    readonly container: string;
    readonly endpoint: string;
    readonly useSdkCreds?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsDagTasksArgumentsArtifactsGcs {
    readonly bucket?: string;
    readonly key: string;
    readonly serviceAccountKeySecret?: CronWorkflowSpecWorkflowSpecTemplateDefaultsDagTasksArgumentsArtifactsGcsServiceAccountKeySecret;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsDagTasksArgumentsArtifactsGit {
    readonly branch?: string;
    readonly depth?: number;
    readonly disableSubmodules?: boolean;
    readonly fetch?: string[];
    readonly insecureIgnoreHostKey?: boolean;
    readonly insecureSkipTls?: boolean;
    readonly passwordSecret?: CronWorkflowSpecWorkflowSpecTemplateDefaultsDagTasksArgumentsArtifactsGitPasswordSecret;
    readonly repo: string;
    readonly revision?: string;
    readonly singleBranch?: boolean;
    readonly sshPrivateKeySecret?: CronWorkflowSpecWorkflowSpecTemplateDefaultsDagTasksArgumentsArtifactsGitSshPrivateKeySecret;
    readonly usernameSecret?: CronWorkflowSpecWorkflowSpecTemplateDefaultsDagTasksArgumentsArtifactsGitUsernameSecret;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsDagTasksArgumentsArtifactsHdfs {
    readonly addresses?: string[];
    readonly dataTransferProtection?: string;
    readonly force?: boolean;
    readonly hdfsUser?: string;
    readonly krbCCacheSecret?: CronWorkflowSpecWorkflowSpecTemplateDefaultsDagTasksArgumentsArtifactsHdfsKrbCCacheSecret;
    readonly krbConfigConfigMap?: CronWorkflowSpecWorkflowSpecTemplateDefaultsDagTasksArgumentsArtifactsHdfsKrbConfigConfigMap;
    readonly krbKeytabSecret?: CronWorkflowSpecWorkflowSpecTemplateDefaultsDagTasksArgumentsArtifactsHdfsKrbKeytabSecret;
    readonly krbRealm?: string;
    readonly krbServicePrincipalName?: string;
    readonly krbUsername?: string;
    readonly path: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsDagTasksArgumentsArtifactsHttp {
    readonly auth?: CronWorkflowSpecWorkflowSpecTemplateDefaultsDagTasksArgumentsArtifactsHttpAuth;
    readonly headers?: CronWorkflowSpecWorkflowSpecTemplateDefaultsDagTasksArgumentsArtifactsHttpHeaders[];
    readonly saveStreamViaFile?: boolean;
    readonly url: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsDagTasksArgumentsArtifactsOss {
    readonly accessKeySecret?: CronWorkflowSpecWorkflowSpecTemplateDefaultsDagTasksArgumentsArtifactsOssAccessKeySecret;
    readonly bucket?: string;
    readonly createBucketIfNotPresent?: boolean;
    readonly endpoint?: string;
    readonly key: string;
    readonly lifecycleRule?: CronWorkflowSpecWorkflowSpecTemplateDefaultsDagTasksArgumentsArtifactsOssLifecycleRule;
    readonly secretKeySecret?: CronWorkflowSpecWorkflowSpecTemplateDefaultsDagTasksArgumentsArtifactsOssSecretKeySecret;
    readonly securityToken?: string;
    readonly useSdkCreds?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsDagTasksArgumentsArtifactsPlugin {
    readonly configuration?: string;
    readonly connectionTimeoutSeconds?: number;
    readonly key: string;
    readonly name?: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsDagTasksArgumentsArtifactsRaw {
    readonly data: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsDagTasksArgumentsArtifactsS3 {
    readonly accessKeySecret?: CronWorkflowSpecWorkflowSpecTemplateDefaultsDagTasksArgumentsArtifactsS3AccessKeySecret;
    readonly addressingStyle?: CronWorkflowSpecWorkflowSpecTemplateDefaultsDagTasksArgumentsArtifactsS3AddressingStyle;
    readonly bucket?: string;
    readonly caSecret?: CronWorkflowSpecWorkflowSpecTemplateDefaultsDagTasksArgumentsArtifactsS3CaSecret;
    readonly createBucketIfNotPresent?: CronWorkflowSpecWorkflowSpecTemplateDefaultsDagTasksArgumentsArtifactsS3CreateBucketIfNotPresent;
    readonly encryptionOptions?: CronWorkflowSpecWorkflowSpecTemplateDefaultsDagTasksArgumentsArtifactsS3EncryptionOptions;
    readonly endpoint?: string;
    readonly insecure?: boolean;
    readonly key?: string;
    readonly region?: string;
    readonly roleArn?: string;
    readonly secretKeySecret?: CronWorkflowSpecWorkflowSpecTemplateDefaultsDagTasksArgumentsArtifactsS3SecretKeySecret;
    readonly sessionTokenSecret?: CronWorkflowSpecWorkflowSpecTemplateDefaultsDagTasksArgumentsArtifactsS3SessionTokenSecret;
    readonly useSdkCreds?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsDagTasksArgumentsParametersValueFrom {
    readonly configMapKeyRef?: CronWorkflowSpecWorkflowSpecTemplateDefaultsDagTasksArgumentsParametersValueFromConfigMapKeyRef;
    readonly default?: string;
    readonly event?: string;
    readonly expression?: string;
    readonly jqFilter?: string;
    readonly jsonPath?: string;
    readonly parameter?: string;
    readonly path?: string;
    readonly supplied?: any;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsDagTasksHooksArgumentsArtifacts {
    readonly archive?: CronWorkflowSpecWorkflowSpecTemplateDefaultsDagTasksHooksArgumentsArtifactsArchive;
    readonly archiveLogs?: boolean;
    readonly artifactGc?: CronWorkflowSpecWorkflowSpecTemplateDefaultsDagTasksHooksArgumentsArtifactsArtifactGc;
    readonly artifactory?: CronWorkflowSpecWorkflowSpecTemplateDefaultsDagTasksHooksArgumentsArtifactsArtifactory;
    readonly azure?: CronWorkflowSpecWorkflowSpecTemplateDefaultsDagTasksHooksArgumentsArtifactsAzure;
    readonly deleted?: boolean;
    readonly from?: string;
    readonly fromExpression?: string;
    readonly gcs?: CronWorkflowSpecWorkflowSpecTemplateDefaultsDagTasksHooksArgumentsArtifactsGcs;
    readonly git?: CronWorkflowSpecWorkflowSpecTemplateDefaultsDagTasksHooksArgumentsArtifactsGit;
    readonly globalName?: string;
    readonly hdfs?: CronWorkflowSpecWorkflowSpecTemplateDefaultsDagTasksHooksArgumentsArtifactsHdfs;
    readonly http?: CronWorkflowSpecWorkflowSpecTemplateDefaultsDagTasksHooksArgumentsArtifactsHttp;
    readonly mode?: number;
    readonly name: string;
    readonly optional?: boolean;
    readonly oss?: CronWorkflowSpecWorkflowSpecTemplateDefaultsDagTasksHooksArgumentsArtifactsOss;
    readonly path?: string;
    readonly plugin?: CronWorkflowSpecWorkflowSpecTemplateDefaultsDagTasksHooksArgumentsArtifactsPlugin;
    readonly raw?: CronWorkflowSpecWorkflowSpecTemplateDefaultsDagTasksHooksArgumentsArtifactsRaw;
    readonly recurseMode?: boolean;
    readonly s3?: CronWorkflowSpecWorkflowSpecTemplateDefaultsDagTasksHooksArgumentsArtifactsS3;
    readonly subPath?: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsDagTasksHooksArgumentsParameters {
    readonly default?: string;
    readonly description?: string;
    readonly enum?: string[];
    readonly globalName?: string;
    readonly name: string;
    readonly value?: string;
    readonly valueFrom?: CronWorkflowSpecWorkflowSpecTemplateDefaultsDagTasksHooksArgumentsParametersValueFrom;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsDataSourceArtifactPathsArchiveTar {
    readonly compressionLevel?: number;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsDataSourceArtifactPathsArtifactGcPodMetadata {
    readonly annotations?: {
        [key: string]: string;
    };
    readonly labels?: {
        [key: string]: string;
    };
}
export declare enum CronWorkflowSpecWorkflowSpecTemplateDefaultsDataSourceArtifactPathsArtifactGcStrategy {
    ON_WORKFLOW_COMPLETION = "OnWorkflowCompletion",
    ON_WORKFLOW_DELETION = "OnWorkflowDeletion",
    NEVER = "Never"
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsDataSourceArtifactPathsArtifactoryPasswordSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsDataSourceArtifactPathsArtifactoryUsernameSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsDataSourceArtifactPathsAzureAccountKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsDataSourceArtifactPathsGcsServiceAccountKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsDataSourceArtifactPathsGitPasswordSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsDataSourceArtifactPathsGitSshPrivateKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsDataSourceArtifactPathsGitUsernameSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsDataSourceArtifactPathsHdfsKrbCCacheSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsDataSourceArtifactPathsHdfsKrbConfigConfigMap {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsDataSourceArtifactPathsHdfsKrbKeytabSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsDataSourceArtifactPathsHttpAuth {
    readonly basicAuth?: CronWorkflowSpecWorkflowSpecTemplateDefaultsDataSourceArtifactPathsHttpAuthBasicAuth;
    readonly clientCert?: CronWorkflowSpecWorkflowSpecTemplateDefaultsDataSourceArtifactPathsHttpAuthClientCert;
    readonly oauth2?: CronWorkflowSpecWorkflowSpecTemplateDefaultsDataSourceArtifactPathsHttpAuthOauth2;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsDataSourceArtifactPathsHttpHeaders {
    readonly name: string;
    readonly value: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsDataSourceArtifactPathsOssAccessKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsDataSourceArtifactPathsOssLifecycleRule {
    readonly markDeletionAfterDays?: number;
    readonly markInfrequentAccessAfterDays?: number;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsDataSourceArtifactPathsOssSecretKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsDataSourceArtifactPathsS3AccessKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export declare enum CronWorkflowSpecWorkflowSpecTemplateDefaultsDataSourceArtifactPathsS3AddressingStyle {
    PATH = "path",
    VIRTUAL_HYPHEN_HOSTED = "virtual-hosted"
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsDataSourceArtifactPathsS3CaSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsDataSourceArtifactPathsS3CreateBucketIfNotPresent {
    readonly objectLocking?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsDataSourceArtifactPathsS3EncryptionOptions {
    readonly enableEncryption?: boolean;
    readonly kmsEncryptionContext?: string;
    readonly kmsKeyId?: string;
    readonly serverSideCustomerKeySecret?: CronWorkflowSpecWorkflowSpecTemplateDefaultsDataSourceArtifactPathsS3EncryptionOptionsServerSideCustomerKeySecret;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsDataSourceArtifactPathsS3SecretKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsDataSourceArtifactPathsS3SessionTokenSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export declare class CronWorkflowSpecWorkflowSpecTemplateDefaultsInitContainersEnvValueFromResourceFieldRefDivisor {
    readonly value: number | string;
    static fromNumber(value: number): CronWorkflowSpecWorkflowSpecTemplateDefaultsInitContainersEnvValueFromResourceFieldRefDivisor;
    static fromString(value: string): CronWorkflowSpecWorkflowSpecTemplateDefaultsInitContainersEnvValueFromResourceFieldRefDivisor;
    private constructor();
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsInitContainersLifecyclePostStartHttpGetHttpHeaders {
    readonly name: string;
    readonly value: string;
}
export declare class CronWorkflowSpecWorkflowSpecTemplateDefaultsInitContainersLifecyclePostStartHttpGetPort {
    readonly value: number | string;
    static fromNumber(value: number): CronWorkflowSpecWorkflowSpecTemplateDefaultsInitContainersLifecyclePostStartHttpGetPort;
    static fromString(value: string): CronWorkflowSpecWorkflowSpecTemplateDefaultsInitContainersLifecyclePostStartHttpGetPort;
    private constructor();
}
export declare class CronWorkflowSpecWorkflowSpecTemplateDefaultsInitContainersLifecyclePostStartTcpSocketPort {
    readonly value: number | string;
    static fromNumber(value: number): CronWorkflowSpecWorkflowSpecTemplateDefaultsInitContainersLifecyclePostStartTcpSocketPort;
    static fromString(value: string): CronWorkflowSpecWorkflowSpecTemplateDefaultsInitContainersLifecyclePostStartTcpSocketPort;
    private constructor();
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsInitContainersLifecyclePreStopHttpGetHttpHeaders {
    readonly name: string;
    readonly value: string;
}
export declare class CronWorkflowSpecWorkflowSpecTemplateDefaultsInitContainersLifecyclePreStopHttpGetPort {
    readonly value: number | string;
    static fromNumber(value: number): CronWorkflowSpecWorkflowSpecTemplateDefaultsInitContainersLifecyclePreStopHttpGetPort;
    static fromString(value: string): CronWorkflowSpecWorkflowSpecTemplateDefaultsInitContainersLifecyclePreStopHttpGetPort;
    private constructor();
}
export declare class CronWorkflowSpecWorkflowSpecTemplateDefaultsInitContainersLifecyclePreStopTcpSocketPort {
    readonly value: number | string;
    static fromNumber(value: number): CronWorkflowSpecWorkflowSpecTemplateDefaultsInitContainersLifecyclePreStopTcpSocketPort;
    static fromString(value: string): CronWorkflowSpecWorkflowSpecTemplateDefaultsInitContainersLifecyclePreStopTcpSocketPort;
    private constructor();
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsInputsArtifactsHttpAuthBasicAuth {
    readonly passwordSecret?: CronWorkflowSpecWorkflowSpecTemplateDefaultsInputsArtifactsHttpAuthBasicAuthPasswordSecret;
    readonly usernameSecret?: CronWorkflowSpecWorkflowSpecTemplateDefaultsInputsArtifactsHttpAuthBasicAuthUsernameSecret;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsInputsArtifactsHttpAuthClientCert {
    readonly clientCertSecret?: CronWorkflowSpecWorkflowSpecTemplateDefaultsInputsArtifactsHttpAuthClientCertClientCertSecret;
    readonly clientKeySecret?: CronWorkflowSpecWorkflowSpecTemplateDefaultsInputsArtifactsHttpAuthClientCertClientKeySecret;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsInputsArtifactsHttpAuthOauth2 {
    readonly clientIdSecret?: CronWorkflowSpecWorkflowSpecTemplateDefaultsInputsArtifactsHttpAuthOauth2ClientIdSecret;
    readonly clientSecretSecret?: CronWorkflowSpecWorkflowSpecTemplateDefaultsInputsArtifactsHttpAuthOauth2ClientSecretSecret;
    readonly endpointParams?: CronWorkflowSpecWorkflowSpecTemplateDefaultsInputsArtifactsHttpAuthOauth2EndpointParams[];
    readonly scopes?: string[];
    readonly tokenUrlSecret?: CronWorkflowSpecWorkflowSpecTemplateDefaultsInputsArtifactsHttpAuthOauth2TokenUrlSecret;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsInputsArtifactsS3EncryptionOptionsServerSideCustomerKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsOutputsArtifactsHttpAuthBasicAuth {
    readonly passwordSecret?: CronWorkflowSpecWorkflowSpecTemplateDefaultsOutputsArtifactsHttpAuthBasicAuthPasswordSecret;
    readonly usernameSecret?: CronWorkflowSpecWorkflowSpecTemplateDefaultsOutputsArtifactsHttpAuthBasicAuthUsernameSecret;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsOutputsArtifactsHttpAuthClientCert {
    readonly clientCertSecret?: CronWorkflowSpecWorkflowSpecTemplateDefaultsOutputsArtifactsHttpAuthClientCertClientCertSecret;
    readonly clientKeySecret?: CronWorkflowSpecWorkflowSpecTemplateDefaultsOutputsArtifactsHttpAuthClientCertClientKeySecret;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsOutputsArtifactsHttpAuthOauth2 {
    readonly clientIdSecret?: CronWorkflowSpecWorkflowSpecTemplateDefaultsOutputsArtifactsHttpAuthOauth2ClientIdSecret;
    readonly clientSecretSecret?: CronWorkflowSpecWorkflowSpecTemplateDefaultsOutputsArtifactsHttpAuthOauth2ClientSecretSecret;
    readonly endpointParams?: CronWorkflowSpecWorkflowSpecTemplateDefaultsOutputsArtifactsHttpAuthOauth2EndpointParams[];
    readonly scopes?: string[];
    readonly tokenUrlSecret?: CronWorkflowSpecWorkflowSpecTemplateDefaultsOutputsArtifactsHttpAuthOauth2TokenUrlSecret;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsOutputsArtifactsS3EncryptionOptionsServerSideCustomerKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsResourceManifestFromArtifactArchiveTar {
    readonly compressionLevel?: number;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsResourceManifestFromArtifactArtifactGcPodMetadata {
    readonly annotations?: {
        [key: string]: string;
    };
    readonly labels?: {
        [key: string]: string;
    };
}
export declare enum CronWorkflowSpecWorkflowSpecTemplateDefaultsResourceManifestFromArtifactArtifactGcStrategy {
    ON_WORKFLOW_COMPLETION = "OnWorkflowCompletion",
    ON_WORKFLOW_DELETION = "OnWorkflowDeletion",
    NEVER = "Never"
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsResourceManifestFromArtifactArtifactoryPasswordSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsResourceManifestFromArtifactArtifactoryUsernameSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsResourceManifestFromArtifactAzureAccountKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsResourceManifestFromArtifactGcsServiceAccountKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsResourceManifestFromArtifactGitPasswordSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsResourceManifestFromArtifactGitSshPrivateKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsResourceManifestFromArtifactGitUsernameSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsResourceManifestFromArtifactHdfsKrbCCacheSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsResourceManifestFromArtifactHdfsKrbConfigConfigMap {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsResourceManifestFromArtifactHdfsKrbKeytabSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsResourceManifestFromArtifactHttpAuth {
    readonly basicAuth?: CronWorkflowSpecWorkflowSpecTemplateDefaultsResourceManifestFromArtifactHttpAuthBasicAuth;
    readonly clientCert?: CronWorkflowSpecWorkflowSpecTemplateDefaultsResourceManifestFromArtifactHttpAuthClientCert;
    readonly oauth2?: CronWorkflowSpecWorkflowSpecTemplateDefaultsResourceManifestFromArtifactHttpAuthOauth2;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsResourceManifestFromArtifactHttpHeaders {
    readonly name: string;
    readonly value: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsResourceManifestFromArtifactOssAccessKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsResourceManifestFromArtifactOssLifecycleRule {
    readonly markDeletionAfterDays?: number;
    readonly markInfrequentAccessAfterDays?: number;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsResourceManifestFromArtifactOssSecretKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsResourceManifestFromArtifactS3AccessKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export declare enum CronWorkflowSpecWorkflowSpecTemplateDefaultsResourceManifestFromArtifactS3AddressingStyle {
    PATH = "path",
    VIRTUAL_HYPHEN_HOSTED = "virtual-hosted"
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsResourceManifestFromArtifactS3CaSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsResourceManifestFromArtifactS3CreateBucketIfNotPresent {
    readonly objectLocking?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsResourceManifestFromArtifactS3EncryptionOptions {
    readonly enableEncryption?: boolean;
    readonly kmsEncryptionContext?: string;
    readonly kmsKeyId?: string;
    readonly serverSideCustomerKeySecret?: CronWorkflowSpecWorkflowSpecTemplateDefaultsResourceManifestFromArtifactS3EncryptionOptionsServerSideCustomerKeySecret;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsResourceManifestFromArtifactS3SecretKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsResourceManifestFromArtifactS3SessionTokenSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export declare class CronWorkflowSpecWorkflowSpecTemplateDefaultsScriptEnvValueFromResourceFieldRefDivisor {
    readonly value: number | string;
    static fromNumber(value: number): CronWorkflowSpecWorkflowSpecTemplateDefaultsScriptEnvValueFromResourceFieldRefDivisor;
    static fromString(value: string): CronWorkflowSpecWorkflowSpecTemplateDefaultsScriptEnvValueFromResourceFieldRefDivisor;
    private constructor();
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsScriptLifecyclePostStartHttpGetHttpHeaders {
    readonly name: string;
    readonly value: string;
}
export declare class CronWorkflowSpecWorkflowSpecTemplateDefaultsScriptLifecyclePostStartHttpGetPort {
    readonly value: number | string;
    static fromNumber(value: number): CronWorkflowSpecWorkflowSpecTemplateDefaultsScriptLifecyclePostStartHttpGetPort;
    static fromString(value: string): CronWorkflowSpecWorkflowSpecTemplateDefaultsScriptLifecyclePostStartHttpGetPort;
    private constructor();
}
export declare class CronWorkflowSpecWorkflowSpecTemplateDefaultsScriptLifecyclePostStartTcpSocketPort {
    readonly value: number | string;
    static fromNumber(value: number): CronWorkflowSpecWorkflowSpecTemplateDefaultsScriptLifecyclePostStartTcpSocketPort;
    static fromString(value: string): CronWorkflowSpecWorkflowSpecTemplateDefaultsScriptLifecyclePostStartTcpSocketPort;
    private constructor();
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsScriptLifecyclePreStopHttpGetHttpHeaders {
    readonly name: string;
    readonly value: string;
}
export declare class CronWorkflowSpecWorkflowSpecTemplateDefaultsScriptLifecyclePreStopHttpGetPort {
    readonly value: number | string;
    static fromNumber(value: number): CronWorkflowSpecWorkflowSpecTemplateDefaultsScriptLifecyclePreStopHttpGetPort;
    static fromString(value: string): CronWorkflowSpecWorkflowSpecTemplateDefaultsScriptLifecyclePreStopHttpGetPort;
    private constructor();
}
export declare class CronWorkflowSpecWorkflowSpecTemplateDefaultsScriptLifecyclePreStopTcpSocketPort {
    readonly value: number | string;
    static fromNumber(value: number): CronWorkflowSpecWorkflowSpecTemplateDefaultsScriptLifecyclePreStopTcpSocketPort;
    static fromString(value: string): CronWorkflowSpecWorkflowSpecTemplateDefaultsScriptLifecyclePreStopTcpSocketPort;
    private constructor();
}
export declare class CronWorkflowSpecWorkflowSpecTemplateDefaultsSidecarsEnvValueFromResourceFieldRefDivisor {
    readonly value: number | string;
    static fromNumber(value: number): CronWorkflowSpecWorkflowSpecTemplateDefaultsSidecarsEnvValueFromResourceFieldRefDivisor;
    static fromString(value: string): CronWorkflowSpecWorkflowSpecTemplateDefaultsSidecarsEnvValueFromResourceFieldRefDivisor;
    private constructor();
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsSidecarsLifecyclePostStartHttpGetHttpHeaders {
    readonly name: string;
    readonly value: string;
}
export declare class CronWorkflowSpecWorkflowSpecTemplateDefaultsSidecarsLifecyclePostStartHttpGetPort {
    readonly value: number | string;
    static fromNumber(value: number): CronWorkflowSpecWorkflowSpecTemplateDefaultsSidecarsLifecyclePostStartHttpGetPort;
    static fromString(value: string): CronWorkflowSpecWorkflowSpecTemplateDefaultsSidecarsLifecyclePostStartHttpGetPort;
    private constructor();
}
export declare class CronWorkflowSpecWorkflowSpecTemplateDefaultsSidecarsLifecyclePostStartTcpSocketPort {
    readonly value: number | string;
    static fromNumber(value: number): CronWorkflowSpecWorkflowSpecTemplateDefaultsSidecarsLifecyclePostStartTcpSocketPort;
    static fromString(value: string): CronWorkflowSpecWorkflowSpecTemplateDefaultsSidecarsLifecyclePostStartTcpSocketPort;
    private constructor();
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsSidecarsLifecyclePreStopHttpGetHttpHeaders {
    readonly name: string;
    readonly value: string;
}
export declare class CronWorkflowSpecWorkflowSpecTemplateDefaultsSidecarsLifecyclePreStopHttpGetPort {
    readonly value: number | string;
    static fromNumber(value: number): CronWorkflowSpecWorkflowSpecTemplateDefaultsSidecarsLifecyclePreStopHttpGetPort;
    static fromString(value: string): CronWorkflowSpecWorkflowSpecTemplateDefaultsSidecarsLifecyclePreStopHttpGetPort;
    private constructor();
}
export declare class CronWorkflowSpecWorkflowSpecTemplateDefaultsSidecarsLifecyclePreStopTcpSocketPort {
    readonly value: number | string;
    static fromNumber(value: number): CronWorkflowSpecWorkflowSpecTemplateDefaultsSidecarsLifecyclePreStopTcpSocketPort;
    static fromString(value: string): CronWorkflowSpecWorkflowSpecTemplateDefaultsSidecarsLifecyclePreStopTcpSocketPort;
    private constructor();
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsStepsArgumentsArtifactsArchiveTar {
    readonly compressionLevel?: number;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsStepsArgumentsArtifactsArtifactGcPodMetadata {
    readonly annotations?: {
        [key: string]: string;
    };
    readonly labels?: {
        [key: string]: string;
    };
}
export declare enum CronWorkflowSpecWorkflowSpecTemplateDefaultsStepsArgumentsArtifactsArtifactGcStrategy {
    ON_WORKFLOW_COMPLETION = "OnWorkflowCompletion",
    ON_WORKFLOW_DELETION = "OnWorkflowDeletion",
    NEVER = "Never"
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsStepsArgumentsArtifactsArtifactoryPasswordSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsStepsArgumentsArtifactsArtifactoryUsernameSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsStepsArgumentsArtifactsAzureAccountKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsStepsArgumentsArtifactsGcsServiceAccountKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsStepsArgumentsArtifactsGitPasswordSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsStepsArgumentsArtifactsGitSshPrivateKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsStepsArgumentsArtifactsGitUsernameSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsStepsArgumentsArtifactsHdfsKrbCCacheSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsStepsArgumentsArtifactsHdfsKrbConfigConfigMap {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsStepsArgumentsArtifactsHdfsKrbKeytabSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsStepsArgumentsArtifactsHttpAuth {
    readonly basicAuth?: CronWorkflowSpecWorkflowSpecTemplateDefaultsStepsArgumentsArtifactsHttpAuthBasicAuth;
    readonly clientCert?: CronWorkflowSpecWorkflowSpecTemplateDefaultsStepsArgumentsArtifactsHttpAuthClientCert;
    readonly oauth2?: CronWorkflowSpecWorkflowSpecTemplateDefaultsStepsArgumentsArtifactsHttpAuthOauth2;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsStepsArgumentsArtifactsHttpHeaders {
    readonly name: string;
    readonly value: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsStepsArgumentsArtifactsOssAccessKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsStepsArgumentsArtifactsOssLifecycleRule {
    readonly markDeletionAfterDays?: number;
    readonly markInfrequentAccessAfterDays?: number;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsStepsArgumentsArtifactsOssSecretKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsStepsArgumentsArtifactsS3AccessKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export declare enum CronWorkflowSpecWorkflowSpecTemplateDefaultsStepsArgumentsArtifactsS3AddressingStyle {
    PATH = "path",
    VIRTUAL_HYPHEN_HOSTED = "virtual-hosted"
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsStepsArgumentsArtifactsS3CaSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsStepsArgumentsArtifactsS3CreateBucketIfNotPresent {
    readonly objectLocking?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsStepsArgumentsArtifactsS3EncryptionOptions {
    readonly enableEncryption?: boolean;
    readonly kmsEncryptionContext?: string;
    readonly kmsKeyId?: string;
    readonly serverSideCustomerKeySecret?: CronWorkflowSpecWorkflowSpecTemplateDefaultsStepsArgumentsArtifactsS3EncryptionOptionsServerSideCustomerKeySecret;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsStepsArgumentsArtifactsS3SecretKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsStepsArgumentsArtifactsS3SessionTokenSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsStepsArgumentsParametersValueFromConfigMapKeyRef {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsStepsHooksArgumentsArtifactsArchive {
    readonly none?: any;
    readonly tar?: CronWorkflowSpecWorkflowSpecTemplateDefaultsStepsHooksArgumentsArtifactsArchiveTar;
    readonly zip?: any;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsStepsHooksArgumentsArtifactsArtifactGc {
    readonly podMetadata?: CronWorkflowSpecWorkflowSpecTemplateDefaultsStepsHooksArgumentsArtifactsArtifactGcPodMetadata;
    readonly serviceAccountName?: string;
    readonly strategy?: CronWorkflowSpecWorkflowSpecTemplateDefaultsStepsHooksArgumentsArtifactsArtifactGcStrategy;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsStepsHooksArgumentsArtifactsArtifactory {
    readonly passwordSecret?: CronWorkflowSpecWorkflowSpecTemplateDefaultsStepsHooksArgumentsArtifactsArtifactoryPasswordSecret;
    readonly url: string;
    readonly usernameSecret?: CronWorkflowSpecWorkflowSpecTemplateDefaultsStepsHooksArgumentsArtifactsArtifactoryUsernameSecret;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsStepsHooksArgumentsArtifactsAzure {
    readonly accountKeySecret?: CronWorkflowSpecWorkflowSpecTemplateDefaultsStepsHooksArgumentsArtifactsAzureAccountKeySecret;
    readonly blob: string;
    readonly container: string;
    readonly endpoint: string;
    readonly useSdkCreds?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsStepsHooksArgumentsArtifactsGcs {
    readonly bucket?: string;
    readonly key: string;
    readonly serviceAccountKeySecret?: CronWorkflowSpecWorkflowSpecTemplateDefaultsStepsHooksArgumentsArtifactsGcsServiceAccountKeySecret;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsStepsHooksArgumentsArtifactsGit {
    readonly branch?: string;
    readonly depth?: number;
    readonly disableSubmodules?: boolean;
    readonly fetch?: string[];
    readonly insecureIgnoreHostKey?: boolean;
    readonly insecureSkipTls?: boolean;
    readonly passwordSecret?: CronWorkflowSpecWorkflowSpecTemplateDefaultsStepsHooksArgumentsArtifactsGitPasswordSecret;
    readonly repo: string;
    readonly revision?: string;
    readonly singleBranch?: boolean;
    readonly sshPrivateKeySecret?: CronWorkflowSpecWorkflowSpecTemplateDefaultsStepsHooksArgumentsArtifactsGitSshPrivateKeySecret;
    readonly usernameSecret?: CronWorkflowSpecWorkflowSpecTemplateDefaultsStepsHooksArgumentsArtifactsGitUsernameSecret;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsStepsHooksArgumentsArtifactsHdfs {
    readonly addresses?: string[];
    readonly dataTransferProtection?: string;
    readonly force?: boolean;
    readonly hdfsUser?: string;
    readonly krbCCacheSecret?: CronWorkflowSpecWorkflowSpecTemplateDefaultsStepsHooksArgumentsArtifactsHdfsKrbCCacheSecret;
    readonly krbConfigConfigMap?: CronWorkflowSpecWorkflowSpecTemplateDefaultsStepsHooksArgumentsArtifactsHdfsKrbConfigConfigMap;
    readonly krbKeytabSecret?: CronWorkflowSpecWorkflowSpecTemplateDefaultsStepsHooksArgumentsArtifactsHdfsKrbKeytabSecret;
    readonly krbRealm?: string;
    readonly krbServicePrincipalName?: string;
    readonly krbUsername?: string;
    readonly path: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsStepsHooksArgumentsArtifactsHttp {
    readonly auth?: CronWorkflowSpecWorkflowSpecTemplateDefaultsStepsHooksArgumentsArtifactsHttpAuth;
    readonly headers?: CronWorkflowSpecWorkflowSpecTemplateDefaultsStepsHooksArgumentsArtifactsHttpHeaders[];
    readonly saveStreamViaFile?: boolean;
    readonly url: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsStepsHooksArgumentsArtifactsOss {
    readonly accessKeySecret?: CronWorkflowSpecWorkflowSpecTemplateDefaultsStepsHooksArgumentsArtifactsOssAccessKeySecret;
    readonly bucket?: string;
    readonly createBucketIfNotPresent?: boolean;
    readonly endpoint?: string;
    readonly key: string;
    readonly lifecycleRule?: CronWorkflowSpecWorkflowSpecTemplateDefaultsStepsHooksArgumentsArtifactsOssLifecycleRule;
    readonly secretKeySecret?: CronWorkflowSpecWorkflowSpecTemplateDefaultsStepsHooksArgumentsArtifactsOssSecretKeySecret;
    readonly securityToken?: string;
    readonly useSdkCreds?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsStepsHooksArgumentsArtifactsPlugin {
    readonly configuration?: string;
    readonly connectionTimeoutSeconds?: number;
    readonly key: string;
    readonly name?: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsStepsHooksArgumentsArtifactsRaw {
    readonly data: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsStepsHooksArgumentsArtifactsS3 {
    readonly accessKeySecret?: CronWorkflowSpecWorkflowSpecTemplateDefaultsStepsHooksArgumentsArtifactsS3AccessKeySecret;
    readonly addressingStyle?: CronWorkflowSpecWorkflowSpecTemplateDefaultsStepsHooksArgumentsArtifactsS3AddressingStyle;
    readonly bucket?: string;
    readonly caSecret?: CronWorkflowSpecWorkflowSpecTemplateDefaultsStepsHooksArgumentsArtifactsS3CaSecret;
    readonly createBucketIfNotPresent?: CronWorkflowSpecWorkflowSpecTemplateDefaultsStepsHooksArgumentsArtifactsS3CreateBucketIfNotPresent;
    readonly encryptionOptions?: CronWorkflowSpecWorkflowSpecTemplateDefaultsStepsHooksArgumentsArtifactsS3EncryptionOptions;
    readonly endpoint?: string;
    readonly insecure?: boolean;
    readonly key?: string;
    readonly region?: string;
    readonly roleArn?: string;
    readonly secretKeySecret?: CronWorkflowSpecWorkflowSpecTemplateDefaultsStepsHooksArgumentsArtifactsS3SecretKeySecret;
    readonly sessionTokenSecret?: CronWorkflowSpecWorkflowSpecTemplateDefaultsStepsHooksArgumentsArtifactsS3SessionTokenSecret;
    readonly useSdkCreds?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsStepsHooksArgumentsParametersValueFrom {
    readonly configMapKeyRef?: CronWorkflowSpecWorkflowSpecTemplateDefaultsStepsHooksArgumentsParametersValueFromConfigMapKeyRef;
    readonly default?: string;
    readonly event?: string;
    readonly expression?: string;
    readonly jqFilter?: string;
    readonly jsonPath?: string;
    readonly parameter?: string;
    readonly path?: string;
    readonly supplied?: any;
}
export declare class CronWorkflowSpecWorkflowSpecTemplateDefaultsVolumesDownwardApiItemsResourceFieldRefDivisor {
    readonly value: number | string;
    static fromNumber(value: number): CronWorkflowSpecWorkflowSpecTemplateDefaultsVolumesDownwardApiItemsResourceFieldRefDivisor;
    static fromString(value: string): CronWorkflowSpecWorkflowSpecTemplateDefaultsVolumesDownwardApiItemsResourceFieldRefDivisor;
    private constructor();
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsVolumesEphemeralVolumeClaimTemplateSpecDataSource {
    readonly apiGroup?: string;
    readonly kind: string;
    readonly name: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsVolumesEphemeralVolumeClaimTemplateSpecDataSourceRef {
    readonly apiGroup?: string;
    readonly kind: string;
    readonly name: string;
    readonly namespace?: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsVolumesEphemeralVolumeClaimTemplateSpecResources {
    readonly limits?: {
        [key: string]: CronWorkflowSpecWorkflowSpecTemplateDefaultsVolumesEphemeralVolumeClaimTemplateSpecResourcesLimits;
    };
    readonly requests?: {
        [key: string]: CronWorkflowSpecWorkflowSpecTemplateDefaultsVolumesEphemeralVolumeClaimTemplateSpecResourcesRequests;
    };
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsVolumesEphemeralVolumeClaimTemplateSpecSelector {
    readonly matchExpressions?: CronWorkflowSpecWorkflowSpecTemplateDefaultsVolumesEphemeralVolumeClaimTemplateSpecSelectorMatchExpressions[];
    readonly matchLabels?: {
        [key: string]: string;
    };
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsVolumesProjectedSourcesClusterTrustBundleLabelSelector {
    readonly matchExpressions?: CronWorkflowSpecWorkflowSpecTemplateDefaultsVolumesProjectedSourcesClusterTrustBundleLabelSelectorMatchExpressions[];
    readonly matchLabels?: {
        [key: string]: string;
    };
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsVolumesProjectedSourcesConfigMapItems {
    readonly key: string;
    readonly mode?: number;
    readonly path: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsVolumesProjectedSourcesDownwardApiItems {
    readonly fieldRef?: CronWorkflowSpecWorkflowSpecTemplateDefaultsVolumesProjectedSourcesDownwardApiItemsFieldRef;
    readonly mode?: number;
    readonly path: string;
    readonly resourceFieldRef?: CronWorkflowSpecWorkflowSpecTemplateDefaultsVolumesProjectedSourcesDownwardApiItemsResourceFieldRef;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsVolumesProjectedSourcesSecretItems {
    readonly key: string;
    readonly mode?: number;
    readonly path: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions {
    readonly key: string;
    readonly operator: string;
    readonly values?: string[];
}
export interface CronWorkflowSpecWorkflowSpecTemplatesAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields {
    readonly key: string;
    readonly operator: string;
    readonly values?: string[];
}
export interface CronWorkflowSpecWorkflowSpecTemplatesAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions {
    readonly key: string;
    readonly operator: string;
    readonly values?: string[];
}
export interface CronWorkflowSpecWorkflowSpecTemplatesAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields {
    readonly key: string;
    readonly operator: string;
    readonly values?: string[];
}
export interface CronWorkflowSpecWorkflowSpecTemplatesAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector {
    readonly matchExpressions?: CronWorkflowSpecWorkflowSpecTemplatesAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions[];
    readonly matchLabels?: {
        [key: string]: string;
    };
}
export interface CronWorkflowSpecWorkflowSpecTemplatesAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector {
    readonly matchExpressions?: CronWorkflowSpecWorkflowSpecTemplatesAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions[];
    readonly matchLabels?: {
        [key: string]: string;
    };
}
export interface CronWorkflowSpecWorkflowSpecTemplatesAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions {
    readonly key: string;
    readonly operator: string;
    readonly values?: string[];
}
export interface CronWorkflowSpecWorkflowSpecTemplatesAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions {
    readonly key: string;
    readonly operator: string;
    readonly values?: string[];
}
export interface CronWorkflowSpecWorkflowSpecTemplatesAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector {
    readonly matchExpressions?: CronWorkflowSpecWorkflowSpecTemplatesAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions[];
    readonly matchLabels?: {
        [key: string]: string;
    };
}
export interface CronWorkflowSpecWorkflowSpecTemplatesAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector {
    readonly matchExpressions?: CronWorkflowSpecWorkflowSpecTemplatesAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions[];
    readonly matchLabels?: {
        [key: string]: string;
    };
}
export interface CronWorkflowSpecWorkflowSpecTemplatesAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions {
    readonly key: string;
    readonly operator: string;
    readonly values?: string[];
}
export interface CronWorkflowSpecWorkflowSpecTemplatesAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions {
    readonly key: string;
    readonly operator: string;
    readonly values?: string[];
}
export interface CronWorkflowSpecWorkflowSpecTemplatesArchiveLocationHttpAuthBasicAuthPasswordSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesArchiveLocationHttpAuthBasicAuthUsernameSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesArchiveLocationHttpAuthClientCertClientCertSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesArchiveLocationHttpAuthClientCertClientKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesArchiveLocationHttpAuthOauth2ClientIdSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesArchiveLocationHttpAuthOauth2ClientSecretSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesArchiveLocationHttpAuthOauth2EndpointParams {
    readonly key: string;
    readonly value?: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesArchiveLocationHttpAuthOauth2TokenUrlSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export declare class CronWorkflowSpecWorkflowSpecTemplatesContainerEnvValueFromResourceFieldRefDivisor {
    readonly value: number | string;
    static fromNumber(value: number): CronWorkflowSpecWorkflowSpecTemplatesContainerEnvValueFromResourceFieldRefDivisor;
    static fromString(value: string): CronWorkflowSpecWorkflowSpecTemplatesContainerEnvValueFromResourceFieldRefDivisor;
    private constructor();
}
export interface CronWorkflowSpecWorkflowSpecTemplatesContainerLifecyclePostStartHttpGetHttpHeaders {
    readonly name: string;
    readonly value: string;
}
export declare class CronWorkflowSpecWorkflowSpecTemplatesContainerLifecyclePostStartHttpGetPort {
    readonly value: number | string;
    static fromNumber(value: number): CronWorkflowSpecWorkflowSpecTemplatesContainerLifecyclePostStartHttpGetPort;
    static fromString(value: string): CronWorkflowSpecWorkflowSpecTemplatesContainerLifecyclePostStartHttpGetPort;
    private constructor();
}
export declare class CronWorkflowSpecWorkflowSpecTemplatesContainerLifecyclePostStartTcpSocketPort {
    readonly value: number | string;
    static fromNumber(value: number): CronWorkflowSpecWorkflowSpecTemplatesContainerLifecyclePostStartTcpSocketPort;
    static fromString(value: string): CronWorkflowSpecWorkflowSpecTemplatesContainerLifecyclePostStartTcpSocketPort;
    private constructor();
}
export interface CronWorkflowSpecWorkflowSpecTemplatesContainerLifecyclePreStopHttpGetHttpHeaders {
    readonly name: string;
    readonly value: string;
}
export declare class CronWorkflowSpecWorkflowSpecTemplatesContainerLifecyclePreStopHttpGetPort {
    readonly value: number | string;
    static fromNumber(value: number): CronWorkflowSpecWorkflowSpecTemplatesContainerLifecyclePreStopHttpGetPort;
    static fromString(value: string): CronWorkflowSpecWorkflowSpecTemplatesContainerLifecyclePreStopHttpGetPort;
    private constructor();
}
export declare class CronWorkflowSpecWorkflowSpecTemplatesContainerLifecyclePreStopTcpSocketPort {
    readonly value: number | string;
    static fromNumber(value: number): CronWorkflowSpecWorkflowSpecTemplatesContainerLifecyclePreStopTcpSocketPort;
    static fromString(value: string): CronWorkflowSpecWorkflowSpecTemplatesContainerLifecyclePreStopTcpSocketPort;
    private constructor();
}
export interface CronWorkflowSpecWorkflowSpecTemplatesContainerSetContainersEnvValueFromConfigMapKeyRef {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesContainerSetContainersEnvValueFromFieldRef {
    readonly apiVersion?: string;
    readonly fieldPath: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesContainerSetContainersEnvValueFromFileKeyRef {
    readonly key: string;
    readonly optional?: boolean;
    readonly path: string;
    readonly volumeName: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesContainerSetContainersEnvValueFromResourceFieldRef {
    readonly containerName?: string;
    readonly divisor?: CronWorkflowSpecWorkflowSpecTemplatesContainerSetContainersEnvValueFromResourceFieldRefDivisor;
    readonly resource: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesContainerSetContainersEnvValueFromSecretKeyRef {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesContainerSetContainersLifecyclePostStartExec {
    readonly command?: string[];
}
export interface CronWorkflowSpecWorkflowSpecTemplatesContainerSetContainersLifecyclePostStartHttpGet {
    readonly host?: string;
    readonly httpHeaders?: CronWorkflowSpecWorkflowSpecTemplatesContainerSetContainersLifecyclePostStartHttpGetHttpHeaders[];
    readonly path?: string;
    readonly port: CronWorkflowSpecWorkflowSpecTemplatesContainerSetContainersLifecyclePostStartHttpGetPort;
    readonly scheme?: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesContainerSetContainersLifecyclePostStartSleep {
    readonly seconds: number;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesContainerSetContainersLifecyclePostStartTcpSocket {
    readonly host?: string;
    readonly port: CronWorkflowSpecWorkflowSpecTemplatesContainerSetContainersLifecyclePostStartTcpSocketPort;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesContainerSetContainersLifecyclePreStopExec {
    readonly command?: string[];
}
export interface CronWorkflowSpecWorkflowSpecTemplatesContainerSetContainersLifecyclePreStopHttpGet {
    readonly host?: string;
    readonly httpHeaders?: CronWorkflowSpecWorkflowSpecTemplatesContainerSetContainersLifecyclePreStopHttpGetHttpHeaders[];
    readonly path?: string;
    readonly port: CronWorkflowSpecWorkflowSpecTemplatesContainerSetContainersLifecyclePreStopHttpGetPort;
    readonly scheme?: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesContainerSetContainersLifecyclePreStopSleep {
    readonly seconds: number;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesContainerSetContainersLifecyclePreStopTcpSocket {
    readonly host?: string;
    readonly port: CronWorkflowSpecWorkflowSpecTemplatesContainerSetContainersLifecyclePreStopTcpSocketPort;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesContainerSetContainersLivenessProbeHttpGetHttpHeaders {
    readonly name: string;
    readonly value: string;
}
export declare class CronWorkflowSpecWorkflowSpecTemplatesContainerSetContainersLivenessProbeHttpGetPort {
    readonly value: number | string;
    static fromNumber(value: number): CronWorkflowSpecWorkflowSpecTemplatesContainerSetContainersLivenessProbeHttpGetPort;
    static fromString(value: string): CronWorkflowSpecWorkflowSpecTemplatesContainerSetContainersLivenessProbeHttpGetPort;
    private constructor();
}
export declare class CronWorkflowSpecWorkflowSpecTemplatesContainerSetContainersLivenessProbeTcpSocketPort {
    readonly value: number | string;
    static fromNumber(value: number): CronWorkflowSpecWorkflowSpecTemplatesContainerSetContainersLivenessProbeTcpSocketPort;
    static fromString(value: string): CronWorkflowSpecWorkflowSpecTemplatesContainerSetContainersLivenessProbeTcpSocketPort;
    private constructor();
}
export interface CronWorkflowSpecWorkflowSpecTemplatesContainerSetContainersReadinessProbeHttpGetHttpHeaders {
    readonly name: string;
    readonly value: string;
}
export declare class CronWorkflowSpecWorkflowSpecTemplatesContainerSetContainersReadinessProbeHttpGetPort {
    readonly value: number | string;
    static fromNumber(value: number): CronWorkflowSpecWorkflowSpecTemplatesContainerSetContainersReadinessProbeHttpGetPort;
    static fromString(value: string): CronWorkflowSpecWorkflowSpecTemplatesContainerSetContainersReadinessProbeHttpGetPort;
    private constructor();
}
export declare class CronWorkflowSpecWorkflowSpecTemplatesContainerSetContainersReadinessProbeTcpSocketPort {
    readonly value: number | string;
    static fromNumber(value: number): CronWorkflowSpecWorkflowSpecTemplatesContainerSetContainersReadinessProbeTcpSocketPort;
    static fromString(value: string): CronWorkflowSpecWorkflowSpecTemplatesContainerSetContainersReadinessProbeTcpSocketPort;
    private constructor();
}
export interface CronWorkflowSpecWorkflowSpecTemplatesContainerSetContainersStartupProbeHttpGetHttpHeaders {
    readonly name: string;
    readonly value: string;
}
export declare class CronWorkflowSpecWorkflowSpecTemplatesContainerSetContainersStartupProbeHttpGetPort {
    readonly value: number | string;
    static fromNumber(value: number): CronWorkflowSpecWorkflowSpecTemplatesContainerSetContainersStartupProbeHttpGetPort;
    static fromString(value: string): CronWorkflowSpecWorkflowSpecTemplatesContainerSetContainersStartupProbeHttpGetPort;
    private constructor();
}
export declare class CronWorkflowSpecWorkflowSpecTemplatesContainerSetContainersStartupProbeTcpSocketPort {
    readonly value: number | string;
    static fromNumber(value: number): CronWorkflowSpecWorkflowSpecTemplatesContainerSetContainersStartupProbeTcpSocketPort;
    static fromString(value: string): CronWorkflowSpecWorkflowSpecTemplatesContainerSetContainersStartupProbeTcpSocketPort;
    private constructor();
}
export interface CronWorkflowSpecWorkflowSpecTemplatesDagTasksArgumentsArtifactsArchive {
    readonly none?: any;
    readonly tar?: CronWorkflowSpecWorkflowSpecTemplatesDagTasksArgumentsArtifactsArchiveTar;
    readonly zip?: any;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesDagTasksArgumentsArtifactsArtifactGc {
    readonly podMetadata?: CronWorkflowSpecWorkflowSpecTemplatesDagTasksArgumentsArtifactsArtifactGcPodMetadata;
    readonly serviceAccountName?: string;
    readonly strategy?: CronWorkflowSpecWorkflowSpecTemplatesDagTasksArgumentsArtifactsArtifactGcStrategy;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesDagTasksArgumentsArtifactsArtifactory {
    readonly passwordSecret?: CronWorkflowSpecWorkflowSpecTemplatesDagTasksArgumentsArtifactsArtifactoryPasswordSecret;
    readonly url: string;
    readonly usernameSecret?: CronWorkflowSpecWorkflowSpecTemplatesDagTasksArgumentsArtifactsArtifactoryUsernameSecret;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesDagTasksArgumentsArtifactsAzure {
    readonly accountKeySecret?: CronWorkflowSpecWorkflowSpecTemplatesDagTasksArgumentsArtifactsAzureAccountKeySecret;
    readonly blob: string;
    readonly container: string;
    readonly endpoint: string;
    readonly useSdkCreds?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesDagTasksArgumentsArtifactsGcs {
    readonly bucket?: string;
    readonly key: string;
    readonly serviceAccountKeySecret?: CronWorkflowSpecWorkflowSpecTemplatesDagTasksArgumentsArtifactsGcsServiceAccountKeySecret;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesDagTasksArgumentsArtifactsGit {
    readonly branch?: string;
    readonly depth?: number;
    readonly disableSubmodules?: boolean;
    readonly fetch?: string[];
    readonly insecureIgnoreHostKey?: boolean;
    readonly insecureSkipTls?: boolean;
    readonly passwordSecret?: CronWorkflowSpecWorkflowSpecTemplatesDagTasksArgumentsArtifactsGitPasswordSecret;
    readonly repo: string;
    readonly revision?: string;
    readonly singleBranch?: boolean;
    readonly sshPrivateKeySecret?: CronWorkflowSpecWorkflowSpecTemplatesDagTasksArgumentsArtifactsGitSshPrivateKeySecret;
    readonly usernameSecret?: CronWorkflowSpecWorkflowSpecTemplatesDagTasksArgumentsArtifactsGitUsernameSecret;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesDagTasksArgumentsArtifactsHdfs {
    readonly addresses?: string[];
    readonly dataTransferProtection?: string;
    readonly force?: boolean;
    readonly hdfsUser?: string;
    readonly krbCCacheSecret?: CronWorkflowSpecWorkflowSpecTemplatesDagTasksArgumentsArtifactsHdfsKrbCCacheSecret;
    readonly krbConfigConfigMap?: CronWorkflowSpecWorkflowSpecTemplatesDagTasksArgumentsArtifactsHdfsKrbConfigConfigMap;
    readonly krbKeytabSecret?: CronWorkflowSpecWorkflowSpecTemplatesDagTasksArgumentsArtifactsHdfsKrbKeytabSecret;
    readonly krbRealm?: string;
    readonly krbServicePrincipalName?: string;
    readonly krbUsername?: string;
    readonly path: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesDagTasksArgumentsArtifactsHttp {
    readonly auth?: CronWorkflowSpecWorkflowSpecTemplatesDagTasksArgumentsArtifactsHttpAuth;
    readonly headers?: CronWorkflowSpecWorkflowSpecTemplatesDagTasksArgumentsArtifactsHttpHeaders[];
    readonly saveStreamViaFile?: boolean;
    readonly url: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesDagTasksArgumentsArtifactsOss {
    readonly accessKeySecret?: CronWorkflowSpecWorkflowSpecTemplatesDagTasksArgumentsArtifactsOssAccessKeySecret;
    readonly bucket?: string;
    readonly createBucketIfNotPresent?: boolean;
    readonly endpoint?: string;
    readonly key: string;
    readonly lifecycleRule?: CronWorkflowSpecWorkflowSpecTemplatesDagTasksArgumentsArtifactsOssLifecycleRule;
    readonly secretKeySecret?: CronWorkflowSpecWorkflowSpecTemplatesDagTasksArgumentsArtifactsOssSecretKeySecret;
    readonly securityToken?: string;
    readonly useSdkCreds?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesDagTasksArgumentsArtifactsPlugin {
    readonly configuration?: string;
    readonly connectionTimeoutSeconds?: number;
    readonly key: string;
    readonly name?: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesDagTasksArgumentsArtifactsRaw {
    readonly data: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesDagTasksArgumentsArtifactsS3 {
    readonly accessKeySecret?: CronWorkflowSpecWorkflowSpecTemplatesDagTasksArgumentsArtifactsS3AccessKeySecret;
    readonly addressingStyle?: CronWorkflowSpecWorkflowSpecTemplatesDagTasksArgumentsArtifactsS3AddressingStyle;
    readonly bucket?: string;
    readonly caSecret?: CronWorkflowSpecWorkflowSpecTemplatesDagTasksArgumentsArtifactsS3CaSecret;
    readonly createBucketIfNotPresent?: CronWorkflowSpecWorkflowSpecTemplatesDagTasksArgumentsArtifactsS3CreateBucketIfNotPresent;
    readonly encryptionOptions?: CronWorkflowSpecWorkflowSpecTemplatesDagTasksArgumentsArtifactsS3EncryptionOptions;
    readonly endpoint?: string;
    readonly insecure?: boolean;
    readonly key?: string;
    readonly region?: string;
    readonly roleArn?: string;
    readonly secretKeySecret?: CronWorkflowSpecWorkflowSpecTemplatesDagTasksArgumentsArtifactsS3SecretKeySecret;
    readonly sessionTokenSecret?: CronWorkflowSpecWorkflowSpecTemplatesDagTasksArgumentsArtifactsS3SessionTokenSecret;
    readonly useSdkCreds?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesDagTasksArgumentsParametersValueFrom {
    readonly configMapKeyRef?: CronWorkflowSpecWorkflowSpecTemplatesDagTasksArgumentsParametersValueFromConfigMapKeyRef;
    readonly default?: string;
    readonly event?: string;
    readonly expression?: string;
    readonly jqFilter?: string;
    readonly jsonPath?: string;
    readonly parameter?: string;
    readonly path?: string;
    readonly supplied?: any;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesDagTasksHooksArgumentsArtifacts {
    readonly archive?: CronWorkflowSpecWorkflowSpecTemplatesDagTasksHooksArgumentsArtifactsArchive;
    readonly archiveLogs?: boolean;
    readonly artifactGc?: CronWorkflowSpecWorkflowSpecTemplatesDagTasksHooksArgumentsArtifactsArtifactGc;
    readonly artifactory?: CronWorkflowSpecWorkflowSpecTemplatesDagTasksHooksArgumentsArtifactsArtifactory;
    readonly azure?: CronWorkflowSpecWorkflowSpecTemplatesDagTasksHooksArgumentsArtifactsAzure;
    readonly deleted?: boolean;
    readonly from?: string;
    readonly fromExpression?: string;
    readonly gcs?: CronWorkflowSpecWorkflowSpecTemplatesDagTasksHooksArgumentsArtifactsGcs;
    readonly git?: CronWorkflowSpecWorkflowSpecTemplatesDagTasksHooksArgumentsArtifactsGit;
    readonly globalName?: string;
    readonly hdfs?: CronWorkflowSpecWorkflowSpecTemplatesDagTasksHooksArgumentsArtifactsHdfs;
    readonly http?: CronWorkflowSpecWorkflowSpecTemplatesDagTasksHooksArgumentsArtifactsHttp;
    readonly mode?: number;
    readonly name: string;
    readonly optional?: boolean;
    readonly oss?: CronWorkflowSpecWorkflowSpecTemplatesDagTasksHooksArgumentsArtifactsOss;
    readonly path?: string;
    readonly plugin?: CronWorkflowSpecWorkflowSpecTemplatesDagTasksHooksArgumentsArtifactsPlugin;
    readonly raw?: CronWorkflowSpecWorkflowSpecTemplatesDagTasksHooksArgumentsArtifactsRaw;
    readonly recurseMode?: boolean;
    readonly s3?: CronWorkflowSpecWorkflowSpecTemplatesDagTasksHooksArgumentsArtifactsS3;
    readonly subPath?: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesDagTasksHooksArgumentsParameters {
    readonly default?: string;
    readonly description?: string;
    readonly enum?: string[];
    readonly globalName?: string;
    readonly name: string;
    readonly value?: string;
    readonly valueFrom?: CronWorkflowSpecWorkflowSpecTemplatesDagTasksHooksArgumentsParametersValueFrom;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesDataSourceArtifactPathsArchiveTar {
    readonly compressionLevel?: number;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesDataSourceArtifactPathsArtifactGcPodMetadata {
    readonly annotations?: {
        [key: string]: string;
    };
    readonly labels?: {
        [key: string]: string;
    };
}
export declare enum CronWorkflowSpecWorkflowSpecTemplatesDataSourceArtifactPathsArtifactGcStrategy {
    ON_WORKFLOW_COMPLETION = "OnWorkflowCompletion",
    ON_WORKFLOW_DELETION = "OnWorkflowDeletion",
    NEVER = "Never"
}
export interface CronWorkflowSpecWorkflowSpecTemplatesDataSourceArtifactPathsArtifactoryPasswordSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesDataSourceArtifactPathsArtifactoryUsernameSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesDataSourceArtifactPathsAzureAccountKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesDataSourceArtifactPathsGcsServiceAccountKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesDataSourceArtifactPathsGitPasswordSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesDataSourceArtifactPathsGitSshPrivateKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesDataSourceArtifactPathsGitUsernameSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesDataSourceArtifactPathsHdfsKrbCCacheSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesDataSourceArtifactPathsHdfsKrbConfigConfigMap {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesDataSourceArtifactPathsHdfsKrbKeytabSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesDataSourceArtifactPathsHttpAuth {
    readonly basicAuth?: CronWorkflowSpecWorkflowSpecTemplatesDataSourceArtifactPathsHttpAuthBasicAuth;
    readonly clientCert?: CronWorkflowSpecWorkflowSpecTemplatesDataSourceArtifactPathsHttpAuthClientCert;
    readonly oauth2?: CronWorkflowSpecWorkflowSpecTemplatesDataSourceArtifactPathsHttpAuthOauth2;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesDataSourceArtifactPathsHttpHeaders {
    readonly name: string;
    readonly value: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesDataSourceArtifactPathsOssAccessKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesDataSourceArtifactPathsOssLifecycleRule {
    readonly markDeletionAfterDays?: number;
    readonly markInfrequentAccessAfterDays?: number;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesDataSourceArtifactPathsOssSecretKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesDataSourceArtifactPathsS3AccessKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export declare enum CronWorkflowSpecWorkflowSpecTemplatesDataSourceArtifactPathsS3AddressingStyle {
    PATH = "path",
    VIRTUAL_HYPHEN_HOSTED = "virtual-hosted"
}
export interface CronWorkflowSpecWorkflowSpecTemplatesDataSourceArtifactPathsS3CaSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesDataSourceArtifactPathsS3CreateBucketIfNotPresent {
    readonly objectLocking?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesDataSourceArtifactPathsS3EncryptionOptions {
    readonly enableEncryption?: boolean;
    readonly kmsEncryptionContext?: string;
    readonly kmsKeyId?: string;
    readonly serverSideCustomerKeySecret?: CronWorkflowSpecWorkflowSpecTemplatesDataSourceArtifactPathsS3EncryptionOptionsServerSideCustomerKeySecret;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesDataSourceArtifactPathsS3SecretKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesDataSourceArtifactPathsS3SessionTokenSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export declare class CronWorkflowSpecWorkflowSpecTemplatesInitContainersEnvValueFromResourceFieldRefDivisor {
    readonly value: number | string;
    static fromNumber(value: number): CronWorkflowSpecWorkflowSpecTemplatesInitContainersEnvValueFromResourceFieldRefDivisor;
    static fromString(value: string): CronWorkflowSpecWorkflowSpecTemplatesInitContainersEnvValueFromResourceFieldRefDivisor;
    private constructor();
}
export interface CronWorkflowSpecWorkflowSpecTemplatesInitContainersLifecyclePostStartHttpGetHttpHeaders {
    readonly name: string;
    readonly value: string;
}
export declare class CronWorkflowSpecWorkflowSpecTemplatesInitContainersLifecyclePostStartHttpGetPort {
    readonly value: number | string;
    static fromNumber(value: number): CronWorkflowSpecWorkflowSpecTemplatesInitContainersLifecyclePostStartHttpGetPort;
    static fromString(value: string): CronWorkflowSpecWorkflowSpecTemplatesInitContainersLifecyclePostStartHttpGetPort;
    private constructor();
}
export declare class CronWorkflowSpecWorkflowSpecTemplatesInitContainersLifecyclePostStartTcpSocketPort {
    readonly value: number | string;
    static fromNumber(value: number): CronWorkflowSpecWorkflowSpecTemplatesInitContainersLifecyclePostStartTcpSocketPort;
    static fromString(value: string): CronWorkflowSpecWorkflowSpecTemplatesInitContainersLifecyclePostStartTcpSocketPort;
    private constructor();
}
export interface CronWorkflowSpecWorkflowSpecTemplatesInitContainersLifecyclePreStopHttpGetHttpHeaders {
    readonly name: string;
    readonly value: string;
}
export declare class CronWorkflowSpecWorkflowSpecTemplatesInitContainersLifecyclePreStopHttpGetPort {
    readonly value: number | string;
    static fromNumber(value: number): CronWorkflowSpecWorkflowSpecTemplatesInitContainersLifecyclePreStopHttpGetPort;
    static fromString(value: string): CronWorkflowSpecWorkflowSpecTemplatesInitContainersLifecyclePreStopHttpGetPort;
    private constructor();
}
export declare class CronWorkflowSpecWorkflowSpecTemplatesInitContainersLifecyclePreStopTcpSocketPort {
    readonly value: number | string;
    static fromNumber(value: number): CronWorkflowSpecWorkflowSpecTemplatesInitContainersLifecyclePreStopTcpSocketPort;
    static fromString(value: string): CronWorkflowSpecWorkflowSpecTemplatesInitContainersLifecyclePreStopTcpSocketPort;
    private constructor();
}
export interface CronWorkflowSpecWorkflowSpecTemplatesInputsArtifactsHttpAuthBasicAuth {
    readonly passwordSecret?: CronWorkflowSpecWorkflowSpecTemplatesInputsArtifactsHttpAuthBasicAuthPasswordSecret;
    readonly usernameSecret?: CronWorkflowSpecWorkflowSpecTemplatesInputsArtifactsHttpAuthBasicAuthUsernameSecret;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesInputsArtifactsHttpAuthClientCert {
    readonly clientCertSecret?: CronWorkflowSpecWorkflowSpecTemplatesInputsArtifactsHttpAuthClientCertClientCertSecret;
    readonly clientKeySecret?: CronWorkflowSpecWorkflowSpecTemplatesInputsArtifactsHttpAuthClientCertClientKeySecret;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesInputsArtifactsHttpAuthOauth2 {
    readonly clientIdSecret?: CronWorkflowSpecWorkflowSpecTemplatesInputsArtifactsHttpAuthOauth2ClientIdSecret;
    readonly clientSecretSecret?: CronWorkflowSpecWorkflowSpecTemplatesInputsArtifactsHttpAuthOauth2ClientSecretSecret;
    readonly endpointParams?: CronWorkflowSpecWorkflowSpecTemplatesInputsArtifactsHttpAuthOauth2EndpointParams[];
    readonly scopes?: string[];
    readonly tokenUrlSecret?: CronWorkflowSpecWorkflowSpecTemplatesInputsArtifactsHttpAuthOauth2TokenUrlSecret;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesInputsArtifactsS3EncryptionOptionsServerSideCustomerKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesOutputsArtifactsHttpAuthBasicAuth {
    readonly passwordSecret?: CronWorkflowSpecWorkflowSpecTemplatesOutputsArtifactsHttpAuthBasicAuthPasswordSecret;
    readonly usernameSecret?: CronWorkflowSpecWorkflowSpecTemplatesOutputsArtifactsHttpAuthBasicAuthUsernameSecret;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesOutputsArtifactsHttpAuthClientCert {
    readonly clientCertSecret?: CronWorkflowSpecWorkflowSpecTemplatesOutputsArtifactsHttpAuthClientCertClientCertSecret;
    readonly clientKeySecret?: CronWorkflowSpecWorkflowSpecTemplatesOutputsArtifactsHttpAuthClientCertClientKeySecret;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesOutputsArtifactsHttpAuthOauth2 {
    readonly clientIdSecret?: CronWorkflowSpecWorkflowSpecTemplatesOutputsArtifactsHttpAuthOauth2ClientIdSecret;
    readonly clientSecretSecret?: CronWorkflowSpecWorkflowSpecTemplatesOutputsArtifactsHttpAuthOauth2ClientSecretSecret;
    readonly endpointParams?: CronWorkflowSpecWorkflowSpecTemplatesOutputsArtifactsHttpAuthOauth2EndpointParams[];
    readonly scopes?: string[];
    readonly tokenUrlSecret?: CronWorkflowSpecWorkflowSpecTemplatesOutputsArtifactsHttpAuthOauth2TokenUrlSecret;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesOutputsArtifactsS3EncryptionOptionsServerSideCustomerKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesResourceManifestFromArtifactArchiveTar {
    readonly compressionLevel?: number;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesResourceManifestFromArtifactArtifactGcPodMetadata {
    readonly annotations?: {
        [key: string]: string;
    };
    readonly labels?: {
        [key: string]: string;
    };
}
export declare enum CronWorkflowSpecWorkflowSpecTemplatesResourceManifestFromArtifactArtifactGcStrategy {
    ON_WORKFLOW_COMPLETION = "OnWorkflowCompletion",
    ON_WORKFLOW_DELETION = "OnWorkflowDeletion",
    NEVER = "Never"
}
export interface CronWorkflowSpecWorkflowSpecTemplatesResourceManifestFromArtifactArtifactoryPasswordSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesResourceManifestFromArtifactArtifactoryUsernameSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesResourceManifestFromArtifactAzureAccountKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesResourceManifestFromArtifactGcsServiceAccountKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesResourceManifestFromArtifactGitPasswordSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesResourceManifestFromArtifactGitSshPrivateKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesResourceManifestFromArtifactGitUsernameSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesResourceManifestFromArtifactHdfsKrbCCacheSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesResourceManifestFromArtifactHdfsKrbConfigConfigMap {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesResourceManifestFromArtifactHdfsKrbKeytabSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesResourceManifestFromArtifactHttpAuth {
    readonly basicAuth?: CronWorkflowSpecWorkflowSpecTemplatesResourceManifestFromArtifactHttpAuthBasicAuth;
    readonly clientCert?: CronWorkflowSpecWorkflowSpecTemplatesResourceManifestFromArtifactHttpAuthClientCert;
    readonly oauth2?: CronWorkflowSpecWorkflowSpecTemplatesResourceManifestFromArtifactHttpAuthOauth2;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesResourceManifestFromArtifactHttpHeaders {
    readonly name: string;
    readonly value: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesResourceManifestFromArtifactOssAccessKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesResourceManifestFromArtifactOssLifecycleRule {
    readonly markDeletionAfterDays?: number;
    readonly markInfrequentAccessAfterDays?: number;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesResourceManifestFromArtifactOssSecretKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesResourceManifestFromArtifactS3AccessKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export declare enum CronWorkflowSpecWorkflowSpecTemplatesResourceManifestFromArtifactS3AddressingStyle {
    PATH = "path",
    VIRTUAL_HYPHEN_HOSTED = "virtual-hosted"
}
export interface CronWorkflowSpecWorkflowSpecTemplatesResourceManifestFromArtifactS3CaSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesResourceManifestFromArtifactS3CreateBucketIfNotPresent {
    readonly objectLocking?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesResourceManifestFromArtifactS3EncryptionOptions {
    readonly enableEncryption?: boolean;
    readonly kmsEncryptionContext?: string;
    readonly kmsKeyId?: string;
    readonly serverSideCustomerKeySecret?: CronWorkflowSpecWorkflowSpecTemplatesResourceManifestFromArtifactS3EncryptionOptionsServerSideCustomerKeySecret;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesResourceManifestFromArtifactS3SecretKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesResourceManifestFromArtifactS3SessionTokenSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export declare class CronWorkflowSpecWorkflowSpecTemplatesScriptEnvValueFromResourceFieldRefDivisor {
    readonly value: number | string;
    static fromNumber(value: number): CronWorkflowSpecWorkflowSpecTemplatesScriptEnvValueFromResourceFieldRefDivisor;
    static fromString(value: string): CronWorkflowSpecWorkflowSpecTemplatesScriptEnvValueFromResourceFieldRefDivisor;
    private constructor();
}
export interface CronWorkflowSpecWorkflowSpecTemplatesScriptLifecyclePostStartHttpGetHttpHeaders {
    readonly name: string;
    readonly value: string;
}
export declare class CronWorkflowSpecWorkflowSpecTemplatesScriptLifecyclePostStartHttpGetPort {
    readonly value: number | string;
    static fromNumber(value: number): CronWorkflowSpecWorkflowSpecTemplatesScriptLifecyclePostStartHttpGetPort;
    static fromString(value: string): CronWorkflowSpecWorkflowSpecTemplatesScriptLifecyclePostStartHttpGetPort;
    private constructor();
}
export declare class CronWorkflowSpecWorkflowSpecTemplatesScriptLifecyclePostStartTcpSocketPort {
    readonly value: number | string;
    static fromNumber(value: number): CronWorkflowSpecWorkflowSpecTemplatesScriptLifecyclePostStartTcpSocketPort;
    static fromString(value: string): CronWorkflowSpecWorkflowSpecTemplatesScriptLifecyclePostStartTcpSocketPort;
    private constructor();
}
export interface CronWorkflowSpecWorkflowSpecTemplatesScriptLifecyclePreStopHttpGetHttpHeaders {
    readonly name: string;
    readonly value: string;
}
export declare class CronWorkflowSpecWorkflowSpecTemplatesScriptLifecyclePreStopHttpGetPort {
    readonly value: number | string;
    static fromNumber(value: number): CronWorkflowSpecWorkflowSpecTemplatesScriptLifecyclePreStopHttpGetPort;
    static fromString(value: string): CronWorkflowSpecWorkflowSpecTemplatesScriptLifecyclePreStopHttpGetPort;
    private constructor();
}
export declare class CronWorkflowSpecWorkflowSpecTemplatesScriptLifecyclePreStopTcpSocketPort {
    readonly value: number | string;
    static fromNumber(value: number): CronWorkflowSpecWorkflowSpecTemplatesScriptLifecyclePreStopTcpSocketPort;
    static fromString(value: string): CronWorkflowSpecWorkflowSpecTemplatesScriptLifecyclePreStopTcpSocketPort;
    private constructor();
}
export declare class CronWorkflowSpecWorkflowSpecTemplatesSidecarsEnvValueFromResourceFieldRefDivisor {
    readonly value: number | string;
    static fromNumber(value: number): CronWorkflowSpecWorkflowSpecTemplatesSidecarsEnvValueFromResourceFieldRefDivisor;
    static fromString(value: string): CronWorkflowSpecWorkflowSpecTemplatesSidecarsEnvValueFromResourceFieldRefDivisor;
    private constructor();
}
export interface CronWorkflowSpecWorkflowSpecTemplatesSidecarsLifecyclePostStartHttpGetHttpHeaders {
    readonly name: string;
    readonly value: string;
}
export declare class CronWorkflowSpecWorkflowSpecTemplatesSidecarsLifecyclePostStartHttpGetPort {
    readonly value: number | string;
    static fromNumber(value: number): CronWorkflowSpecWorkflowSpecTemplatesSidecarsLifecyclePostStartHttpGetPort;
    static fromString(value: string): CronWorkflowSpecWorkflowSpecTemplatesSidecarsLifecyclePostStartHttpGetPort;
    private constructor();
}
export declare class CronWorkflowSpecWorkflowSpecTemplatesSidecarsLifecyclePostStartTcpSocketPort {
    readonly value: number | string;
    static fromNumber(value: number): CronWorkflowSpecWorkflowSpecTemplatesSidecarsLifecyclePostStartTcpSocketPort;
    static fromString(value: string): CronWorkflowSpecWorkflowSpecTemplatesSidecarsLifecyclePostStartTcpSocketPort;
    private constructor();
}
export interface CronWorkflowSpecWorkflowSpecTemplatesSidecarsLifecyclePreStopHttpGetHttpHeaders {
    readonly name: string;
    readonly value: string;
}
export declare class CronWorkflowSpecWorkflowSpecTemplatesSidecarsLifecyclePreStopHttpGetPort {
    readonly value: number | string;
    static fromNumber(value: number): CronWorkflowSpecWorkflowSpecTemplatesSidecarsLifecyclePreStopHttpGetPort;
    static fromString(value: string): CronWorkflowSpecWorkflowSpecTemplatesSidecarsLifecyclePreStopHttpGetPort;
    private constructor();
}
export declare class CronWorkflowSpecWorkflowSpecTemplatesSidecarsLifecyclePreStopTcpSocketPort {
    readonly value: number | string;
    static fromNumber(value: number): CronWorkflowSpecWorkflowSpecTemplatesSidecarsLifecyclePreStopTcpSocketPort;
    static fromString(value: string): CronWorkflowSpecWorkflowSpecTemplatesSidecarsLifecyclePreStopTcpSocketPort;
    private constructor();
}
export interface CronWorkflowSpecWorkflowSpecTemplatesStepsArgumentsArtifactsArchiveTar {
    readonly compressionLevel?: number;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesStepsArgumentsArtifactsArtifactGcPodMetadata {
    readonly annotations?: {
        [key: string]: string;
    };
    readonly labels?: {
        [key: string]: string;
    };
}
export declare enum CronWorkflowSpecWorkflowSpecTemplatesStepsArgumentsArtifactsArtifactGcStrategy {
    ON_WORKFLOW_COMPLETION = "OnWorkflowCompletion",
    ON_WORKFLOW_DELETION = "OnWorkflowDeletion",
    NEVER = "Never"
}
export interface CronWorkflowSpecWorkflowSpecTemplatesStepsArgumentsArtifactsArtifactoryPasswordSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesStepsArgumentsArtifactsArtifactoryUsernameSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesStepsArgumentsArtifactsAzureAccountKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesStepsArgumentsArtifactsGcsServiceAccountKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesStepsArgumentsArtifactsGitPasswordSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesStepsArgumentsArtifactsGitSshPrivateKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesStepsArgumentsArtifactsGitUsernameSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesStepsArgumentsArtifactsHdfsKrbCCacheSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesStepsArgumentsArtifactsHdfsKrbConfigConfigMap {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesStepsArgumentsArtifactsHdfsKrbKeytabSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesStepsArgumentsArtifactsHttpAuth {
    readonly basicAuth?: CronWorkflowSpecWorkflowSpecTemplatesStepsArgumentsArtifactsHttpAuthBasicAuth;
    readonly clientCert?: CronWorkflowSpecWorkflowSpecTemplatesStepsArgumentsArtifactsHttpAuthClientCert;
    readonly oauth2?: CronWorkflowSpecWorkflowSpecTemplatesStepsArgumentsArtifactsHttpAuthOauth2;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesStepsArgumentsArtifactsHttpHeaders {
    readonly name: string;
    readonly value: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesStepsArgumentsArtifactsOssAccessKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesStepsArgumentsArtifactsOssLifecycleRule {
    readonly markDeletionAfterDays?: number;
    readonly markInfrequentAccessAfterDays?: number;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesStepsArgumentsArtifactsOssSecretKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesStepsArgumentsArtifactsS3AccessKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export declare enum CronWorkflowSpecWorkflowSpecTemplatesStepsArgumentsArtifactsS3AddressingStyle {
    PATH = "path",
    VIRTUAL_HYPHEN_HOSTED = "virtual-hosted"
}
export interface CronWorkflowSpecWorkflowSpecTemplatesStepsArgumentsArtifactsS3CaSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesStepsArgumentsArtifactsS3CreateBucketIfNotPresent {
    readonly objectLocking?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesStepsArgumentsArtifactsS3EncryptionOptions {
    readonly enableEncryption?: boolean;
    readonly kmsEncryptionContext?: string;
    readonly kmsKeyId?: string;
    readonly serverSideCustomerKeySecret?: CronWorkflowSpecWorkflowSpecTemplatesStepsArgumentsArtifactsS3EncryptionOptionsServerSideCustomerKeySecret;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesStepsArgumentsArtifactsS3SecretKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesStepsArgumentsArtifactsS3SessionTokenSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesStepsArgumentsParametersValueFromConfigMapKeyRef {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesStepsHooksArgumentsArtifactsArchive {
    readonly none?: any;
    readonly tar?: CronWorkflowSpecWorkflowSpecTemplatesStepsHooksArgumentsArtifactsArchiveTar;
    readonly zip?: any;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesStepsHooksArgumentsArtifactsArtifactGc {
    readonly podMetadata?: CronWorkflowSpecWorkflowSpecTemplatesStepsHooksArgumentsArtifactsArtifactGcPodMetadata;
    readonly serviceAccountName?: string;
    readonly strategy?: CronWorkflowSpecWorkflowSpecTemplatesStepsHooksArgumentsArtifactsArtifactGcStrategy;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesStepsHooksArgumentsArtifactsArtifactory {
    readonly passwordSecret?: CronWorkflowSpecWorkflowSpecTemplatesStepsHooksArgumentsArtifactsArtifactoryPasswordSecret;
    readonly url: string;
    readonly usernameSecret?: CronWorkflowSpecWorkflowSpecTemplatesStepsHooksArgumentsArtifactsArtifactoryUsernameSecret;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesStepsHooksArgumentsArtifactsAzure {
    readonly accountKeySecret?: CronWorkflowSpecWorkflowSpecTemplatesStepsHooksArgumentsArtifactsAzureAccountKeySecret;
    readonly blob: string;
    readonly container: string;
    readonly endpoint: string;
    readonly useSdkCreds?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesStepsHooksArgumentsArtifactsGcs {
    readonly bucket?: string;
    readonly key: string;
    readonly serviceAccountKeySecret?: CronWorkflowSpecWorkflowSpecTemplatesStepsHooksArgumentsArtifactsGcsServiceAccountKeySecret;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesStepsHooksArgumentsArtifactsGit {
    readonly branch?: string;
    readonly depth?: number;
    readonly disableSubmodules?: boolean;
    readonly fetch?: string[];
    readonly insecureIgnoreHostKey?: boolean;
    readonly insecureSkipTls?: boolean;
    readonly passwordSecret?: CronWorkflowSpecWorkflowSpecTemplatesStepsHooksArgumentsArtifactsGitPasswordSecret;
    readonly repo: string;
    readonly revision?: string;
    readonly singleBranch?: boolean;
    readonly sshPrivateKeySecret?: CronWorkflowSpecWorkflowSpecTemplatesStepsHooksArgumentsArtifactsGitSshPrivateKeySecret;
    readonly usernameSecret?: CronWorkflowSpecWorkflowSpecTemplatesStepsHooksArgumentsArtifactsGitUsernameSecret;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesStepsHooksArgumentsArtifactsHdfs {
    readonly addresses?: string[];
    readonly dataTransferProtection?: string;
    readonly force?: boolean;
    readonly hdfsUser?: string;
    readonly krbCCacheSecret?: CronWorkflowSpecWorkflowSpecTemplatesStepsHooksArgumentsArtifactsHdfsKrbCCacheSecret;
    readonly krbConfigConfigMap?: CronWorkflowSpecWorkflowSpecTemplatesStepsHooksArgumentsArtifactsHdfsKrbConfigConfigMap;
    readonly krbKeytabSecret?: CronWorkflowSpecWorkflowSpecTemplatesStepsHooksArgumentsArtifactsHdfsKrbKeytabSecret;
    readonly krbRealm?: string;
    readonly krbServicePrincipalName?: string;
    readonly krbUsername?: string;
    readonly path: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesStepsHooksArgumentsArtifactsHttp {
    readonly auth?: CronWorkflowSpecWorkflowSpecTemplatesStepsHooksArgumentsArtifactsHttpAuth;
    readonly headers?: CronWorkflowSpecWorkflowSpecTemplatesStepsHooksArgumentsArtifactsHttpHeaders[];
    readonly saveStreamViaFile?: boolean;
    readonly url: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesStepsHooksArgumentsArtifactsOss {
    readonly accessKeySecret?: CronWorkflowSpecWorkflowSpecTemplatesStepsHooksArgumentsArtifactsOssAccessKeySecret;
    readonly bucket?: string;
    readonly createBucketIfNotPresent?: boolean;
    readonly endpoint?: string;
    readonly key: string;
    readonly lifecycleRule?: CronWorkflowSpecWorkflowSpecTemplatesStepsHooksArgumentsArtifactsOssLifecycleRule;
    readonly secretKeySecret?: CronWorkflowSpecWorkflowSpecTemplatesStepsHooksArgumentsArtifactsOssSecretKeySecret;
    readonly securityToken?: string;
    readonly useSdkCreds?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesStepsHooksArgumentsArtifactsPlugin {
    readonly configuration?: string;
    readonly connectionTimeoutSeconds?: number;
    readonly key: string;
    readonly name?: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesStepsHooksArgumentsArtifactsRaw {
    readonly data: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesStepsHooksArgumentsArtifactsS3 {
    readonly accessKeySecret?: CronWorkflowSpecWorkflowSpecTemplatesStepsHooksArgumentsArtifactsS3AccessKeySecret;
    readonly addressingStyle?: CronWorkflowSpecWorkflowSpecTemplatesStepsHooksArgumentsArtifactsS3AddressingStyle;
    readonly bucket?: string;
    readonly caSecret?: CronWorkflowSpecWorkflowSpecTemplatesStepsHooksArgumentsArtifactsS3CaSecret;
    readonly createBucketIfNotPresent?: CronWorkflowSpecWorkflowSpecTemplatesStepsHooksArgumentsArtifactsS3CreateBucketIfNotPresent;
    readonly encryptionOptions?: CronWorkflowSpecWorkflowSpecTemplatesStepsHooksArgumentsArtifactsS3EncryptionOptions;
    readonly endpoint?: string;
    readonly insecure?: boolean;
    readonly key?: string;
    readonly region?: string;
    readonly roleArn?: string;
    readonly secretKeySecret?: CronWorkflowSpecWorkflowSpecTemplatesStepsHooksArgumentsArtifactsS3SecretKeySecret;
    readonly sessionTokenSecret?: CronWorkflowSpecWorkflowSpecTemplatesStepsHooksArgumentsArtifactsS3SessionTokenSecret;
    readonly useSdkCreds?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesStepsHooksArgumentsParametersValueFrom {
    readonly configMapKeyRef?: CronWorkflowSpecWorkflowSpecTemplatesStepsHooksArgumentsParametersValueFromConfigMapKeyRef;
    readonly default?: string;
    readonly event?: string;
    readonly expression?: string;
    readonly jqFilter?: string;
    readonly jsonPath?: string;
    readonly parameter?: string;
    readonly path?: string;
    readonly supplied?: any;
}
export declare class CronWorkflowSpecWorkflowSpecTemplatesVolumesDownwardApiItemsResourceFieldRefDivisor {
    readonly value: number | string;
    static fromNumber(value: number): CronWorkflowSpecWorkflowSpecTemplatesVolumesDownwardApiItemsResourceFieldRefDivisor;
    static fromString(value: string): CronWorkflowSpecWorkflowSpecTemplatesVolumesDownwardApiItemsResourceFieldRefDivisor;
    private constructor();
}
export interface CronWorkflowSpecWorkflowSpecTemplatesVolumesEphemeralVolumeClaimTemplateSpecDataSource {
    readonly apiGroup?: string;
    readonly kind: string;
    readonly name: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesVolumesEphemeralVolumeClaimTemplateSpecDataSourceRef {
    readonly apiGroup?: string;
    readonly kind: string;
    readonly name: string;
    readonly namespace?: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesVolumesEphemeralVolumeClaimTemplateSpecResources {
    readonly limits?: {
        [key: string]: CronWorkflowSpecWorkflowSpecTemplatesVolumesEphemeralVolumeClaimTemplateSpecResourcesLimits;
    };
    readonly requests?: {
        [key: string]: CronWorkflowSpecWorkflowSpecTemplatesVolumesEphemeralVolumeClaimTemplateSpecResourcesRequests;
    };
}
export interface CronWorkflowSpecWorkflowSpecTemplatesVolumesEphemeralVolumeClaimTemplateSpecSelector {
    readonly matchExpressions?: CronWorkflowSpecWorkflowSpecTemplatesVolumesEphemeralVolumeClaimTemplateSpecSelectorMatchExpressions[];
    readonly matchLabels?: {
        [key: string]: string;
    };
}
export interface CronWorkflowSpecWorkflowSpecTemplatesVolumesProjectedSourcesClusterTrustBundleLabelSelector {
    readonly matchExpressions?: CronWorkflowSpecWorkflowSpecTemplatesVolumesProjectedSourcesClusterTrustBundleLabelSelectorMatchExpressions[];
    readonly matchLabels?: {
        [key: string]: string;
    };
}
export interface CronWorkflowSpecWorkflowSpecTemplatesVolumesProjectedSourcesConfigMapItems {
    readonly key: string;
    readonly mode?: number;
    readonly path: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesVolumesProjectedSourcesDownwardApiItems {
    readonly fieldRef?: CronWorkflowSpecWorkflowSpecTemplatesVolumesProjectedSourcesDownwardApiItemsFieldRef;
    readonly mode?: number;
    readonly path: string;
    readonly resourceFieldRef?: CronWorkflowSpecWorkflowSpecTemplatesVolumesProjectedSourcesDownwardApiItemsResourceFieldRef;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesVolumesProjectedSourcesSecretItems {
    readonly key: string;
    readonly mode?: number;
    readonly path: string;
}
export declare class CronWorkflowSpecWorkflowSpecVolumesEphemeralVolumeClaimTemplateSpecResourcesLimits {
    readonly value: number | string;
    static fromNumber(value: number): CronWorkflowSpecWorkflowSpecVolumesEphemeralVolumeClaimTemplateSpecResourcesLimits;
    static fromString(value: string): CronWorkflowSpecWorkflowSpecVolumesEphemeralVolumeClaimTemplateSpecResourcesLimits;
    private constructor();
}
export declare class CronWorkflowSpecWorkflowSpecVolumesEphemeralVolumeClaimTemplateSpecResourcesRequests {
    readonly value: number | string;
    static fromNumber(value: number): CronWorkflowSpecWorkflowSpecVolumesEphemeralVolumeClaimTemplateSpecResourcesRequests;
    static fromString(value: string): CronWorkflowSpecWorkflowSpecVolumesEphemeralVolumeClaimTemplateSpecResourcesRequests;
    private constructor();
}
export interface CronWorkflowSpecWorkflowSpecVolumesEphemeralVolumeClaimTemplateSpecSelectorMatchExpressions {
    readonly key: string;
    readonly operator: string;
    readonly values?: string[];
}
export interface CronWorkflowSpecWorkflowSpecVolumesProjectedSourcesClusterTrustBundleLabelSelectorMatchExpressions {
    readonly key: string;
    readonly operator: string;
    readonly values?: string[];
}
export interface CronWorkflowSpecWorkflowSpecVolumesProjectedSourcesDownwardApiItemsFieldRef {
    readonly apiVersion?: string;
    readonly fieldPath: string;
}
export interface CronWorkflowSpecWorkflowSpecVolumesProjectedSourcesDownwardApiItemsResourceFieldRef {
    readonly containerName?: string;
    readonly divisor?: CronWorkflowSpecWorkflowSpecVolumesProjectedSourcesDownwardApiItemsResourceFieldRefDivisor;
    readonly resource: string;
}
export interface CronWorkflowSpecWorkflowSpecExecutorPluginsSpecSidecarContainerEnvValueFromConfigMapKeyRef {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecExecutorPluginsSpecSidecarContainerEnvValueFromFieldRef {
    readonly apiVersion?: string;
    readonly fieldPath: string;
}
export interface CronWorkflowSpecWorkflowSpecExecutorPluginsSpecSidecarContainerEnvValueFromFileKeyRef {
    readonly key: string;
    readonly optional?: boolean;
    readonly path: string;
    readonly volumeName: string;
}
export interface CronWorkflowSpecWorkflowSpecExecutorPluginsSpecSidecarContainerEnvValueFromResourceFieldRef {
    readonly containerName?: string;
    readonly divisor?: CronWorkflowSpecWorkflowSpecExecutorPluginsSpecSidecarContainerEnvValueFromResourceFieldRefDivisor;
    readonly resource: string;
}
export interface CronWorkflowSpecWorkflowSpecExecutorPluginsSpecSidecarContainerEnvValueFromSecretKeyRef {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecExecutorPluginsSpecSidecarContainerLifecyclePostStartExec {
    readonly command?: string[];
}
export interface CronWorkflowSpecWorkflowSpecExecutorPluginsSpecSidecarContainerLifecyclePostStartHttpGet {
    readonly host?: string;
    readonly httpHeaders?: CronWorkflowSpecWorkflowSpecExecutorPluginsSpecSidecarContainerLifecyclePostStartHttpGetHttpHeaders[];
    readonly path?: string;
    readonly port: CronWorkflowSpecWorkflowSpecExecutorPluginsSpecSidecarContainerLifecyclePostStartHttpGetPort;
    readonly scheme?: string;
}
export interface CronWorkflowSpecWorkflowSpecExecutorPluginsSpecSidecarContainerLifecyclePostStartSleep {
    readonly seconds: number;
}
export interface CronWorkflowSpecWorkflowSpecExecutorPluginsSpecSidecarContainerLifecyclePostStartTcpSocket {
    readonly host?: string;
    readonly port: CronWorkflowSpecWorkflowSpecExecutorPluginsSpecSidecarContainerLifecyclePostStartTcpSocketPort;
}
export interface CronWorkflowSpecWorkflowSpecExecutorPluginsSpecSidecarContainerLifecyclePreStopExec {
    readonly command?: string[];
}
export interface CronWorkflowSpecWorkflowSpecExecutorPluginsSpecSidecarContainerLifecyclePreStopHttpGet {
    readonly host?: string;
    readonly httpHeaders?: CronWorkflowSpecWorkflowSpecExecutorPluginsSpecSidecarContainerLifecyclePreStopHttpGetHttpHeaders[];
    readonly path?: string;
    readonly port: CronWorkflowSpecWorkflowSpecExecutorPluginsSpecSidecarContainerLifecyclePreStopHttpGetPort;
    readonly scheme?: string;
}
export interface CronWorkflowSpecWorkflowSpecExecutorPluginsSpecSidecarContainerLifecyclePreStopSleep {
    readonly seconds: number;
}
export interface CronWorkflowSpecWorkflowSpecExecutorPluginsSpecSidecarContainerLifecyclePreStopTcpSocket {
    readonly host?: string;
    readonly port: CronWorkflowSpecWorkflowSpecExecutorPluginsSpecSidecarContainerLifecyclePreStopTcpSocketPort;
}
export interface CronWorkflowSpecWorkflowSpecExecutorPluginsSpecSidecarContainerLivenessProbeHttpGetHttpHeaders {
    readonly name: string;
    readonly value: string;
}
export declare class CronWorkflowSpecWorkflowSpecExecutorPluginsSpecSidecarContainerLivenessProbeHttpGetPort {
    readonly value: number | string;
    static fromNumber(value: number): CronWorkflowSpecWorkflowSpecExecutorPluginsSpecSidecarContainerLivenessProbeHttpGetPort;
    static fromString(value: string): CronWorkflowSpecWorkflowSpecExecutorPluginsSpecSidecarContainerLivenessProbeHttpGetPort;
    private constructor();
}
export declare class CronWorkflowSpecWorkflowSpecExecutorPluginsSpecSidecarContainerLivenessProbeTcpSocketPort {
    readonly value: number | string;
    static fromNumber(value: number): CronWorkflowSpecWorkflowSpecExecutorPluginsSpecSidecarContainerLivenessProbeTcpSocketPort;
    static fromString(value: string): CronWorkflowSpecWorkflowSpecExecutorPluginsSpecSidecarContainerLivenessProbeTcpSocketPort;
    private constructor();
}
export interface CronWorkflowSpecWorkflowSpecExecutorPluginsSpecSidecarContainerReadinessProbeHttpGetHttpHeaders {
    readonly name: string;
    readonly value: string;
}
export declare class CronWorkflowSpecWorkflowSpecExecutorPluginsSpecSidecarContainerReadinessProbeHttpGetPort {
    readonly value: number | string;
    static fromNumber(value: number): CronWorkflowSpecWorkflowSpecExecutorPluginsSpecSidecarContainerReadinessProbeHttpGetPort;
    static fromString(value: string): CronWorkflowSpecWorkflowSpecExecutorPluginsSpecSidecarContainerReadinessProbeHttpGetPort;
    private constructor();
}
export declare class CronWorkflowSpecWorkflowSpecExecutorPluginsSpecSidecarContainerReadinessProbeTcpSocketPort {
    readonly value: number | string;
    static fromNumber(value: number): CronWorkflowSpecWorkflowSpecExecutorPluginsSpecSidecarContainerReadinessProbeTcpSocketPort;
    static fromString(value: string): CronWorkflowSpecWorkflowSpecExecutorPluginsSpecSidecarContainerReadinessProbeTcpSocketPort;
    private constructor();
}
export interface CronWorkflowSpecWorkflowSpecExecutorPluginsSpecSidecarContainerStartupProbeHttpGetHttpHeaders {
    readonly name: string;
    readonly value: string;
}
export declare class CronWorkflowSpecWorkflowSpecExecutorPluginsSpecSidecarContainerStartupProbeHttpGetPort {
    readonly value: number | string;
    static fromNumber(value: number): CronWorkflowSpecWorkflowSpecExecutorPluginsSpecSidecarContainerStartupProbeHttpGetPort;
    static fromString(value: string): CronWorkflowSpecWorkflowSpecExecutorPluginsSpecSidecarContainerStartupProbeHttpGetPort;
    private constructor();
}
export declare class CronWorkflowSpecWorkflowSpecExecutorPluginsSpecSidecarContainerStartupProbeTcpSocketPort {
    readonly value: number | string;
    static fromNumber(value: number): CronWorkflowSpecWorkflowSpecExecutorPluginsSpecSidecarContainerStartupProbeTcpSocketPort;
    static fromString(value: string): CronWorkflowSpecWorkflowSpecExecutorPluginsSpecSidecarContainerStartupProbeTcpSocketPort;
    private constructor();
}
export interface CronWorkflowSpecWorkflowSpecHooksArgumentsArtifactsHttpAuthBasicAuthPasswordSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecHooksArgumentsArtifactsHttpAuthBasicAuthUsernameSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecHooksArgumentsArtifactsHttpAuthClientCertClientCertSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecHooksArgumentsArtifactsHttpAuthClientCertClientKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecHooksArgumentsArtifactsHttpAuthOauth2ClientIdSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecHooksArgumentsArtifactsHttpAuthOauth2ClientSecretSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecHooksArgumentsArtifactsHttpAuthOauth2EndpointParams {
    readonly key: string;
    readonly value?: string;
}
export interface CronWorkflowSpecWorkflowSpecHooksArgumentsArtifactsHttpAuthOauth2TokenUrlSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions {
    readonly key: string;
    readonly operator: string;
    readonly values?: string[];
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions {
    readonly key: string;
    readonly operator: string;
    readonly values?: string[];
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions {
    readonly key: string;
    readonly operator: string;
    readonly values?: string[];
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions {
    readonly key: string;
    readonly operator: string;
    readonly values?: string[];
}
export declare class CronWorkflowSpecWorkflowSpecTemplateDefaultsContainerSetContainersEnvValueFromResourceFieldRefDivisor {
    readonly value: number | string;
    static fromNumber(value: number): CronWorkflowSpecWorkflowSpecTemplateDefaultsContainerSetContainersEnvValueFromResourceFieldRefDivisor;
    static fromString(value: string): CronWorkflowSpecWorkflowSpecTemplateDefaultsContainerSetContainersEnvValueFromResourceFieldRefDivisor;
    private constructor();
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsContainerSetContainersLifecyclePostStartHttpGetHttpHeaders {
    readonly name: string;
    readonly value: string;
}
export declare class CronWorkflowSpecWorkflowSpecTemplateDefaultsContainerSetContainersLifecyclePostStartHttpGetPort {
    readonly value: number | string;
    static fromNumber(value: number): CronWorkflowSpecWorkflowSpecTemplateDefaultsContainerSetContainersLifecyclePostStartHttpGetPort;
    static fromString(value: string): CronWorkflowSpecWorkflowSpecTemplateDefaultsContainerSetContainersLifecyclePostStartHttpGetPort;
    private constructor();
}
export declare class CronWorkflowSpecWorkflowSpecTemplateDefaultsContainerSetContainersLifecyclePostStartTcpSocketPort {
    readonly value: number | string;
    static fromNumber(value: number): CronWorkflowSpecWorkflowSpecTemplateDefaultsContainerSetContainersLifecyclePostStartTcpSocketPort;
    static fromString(value: string): CronWorkflowSpecWorkflowSpecTemplateDefaultsContainerSetContainersLifecyclePostStartTcpSocketPort;
    private constructor();
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsContainerSetContainersLifecyclePreStopHttpGetHttpHeaders {
    readonly name: string;
    readonly value: string;
}
export declare class CronWorkflowSpecWorkflowSpecTemplateDefaultsContainerSetContainersLifecyclePreStopHttpGetPort {
    readonly value: number | string;
    static fromNumber(value: number): CronWorkflowSpecWorkflowSpecTemplateDefaultsContainerSetContainersLifecyclePreStopHttpGetPort;
    static fromString(value: string): CronWorkflowSpecWorkflowSpecTemplateDefaultsContainerSetContainersLifecyclePreStopHttpGetPort;
    private constructor();
}
export declare class CronWorkflowSpecWorkflowSpecTemplateDefaultsContainerSetContainersLifecyclePreStopTcpSocketPort {
    readonly value: number | string;
    static fromNumber(value: number): CronWorkflowSpecWorkflowSpecTemplateDefaultsContainerSetContainersLifecyclePreStopTcpSocketPort;
    static fromString(value: string): CronWorkflowSpecWorkflowSpecTemplateDefaultsContainerSetContainersLifecyclePreStopTcpSocketPort;
    private constructor();
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsDagTasksArgumentsArtifactsArchiveTar {
    readonly compressionLevel?: number;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsDagTasksArgumentsArtifactsArtifactGcPodMetadata {
    readonly annotations?: {
        [key: string]: string;
    };
    readonly labels?: {
        [key: string]: string;
    };
}
export declare enum CronWorkflowSpecWorkflowSpecTemplateDefaultsDagTasksArgumentsArtifactsArtifactGcStrategy {
    ON_WORKFLOW_COMPLETION = "OnWorkflowCompletion",
    ON_WORKFLOW_DELETION = "OnWorkflowDeletion",
    NEVER = "Never"
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsDagTasksArgumentsArtifactsArtifactoryPasswordSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsDagTasksArgumentsArtifactsArtifactoryUsernameSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsDagTasksArgumentsArtifactsAzureAccountKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsDagTasksArgumentsArtifactsGcsServiceAccountKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsDagTasksArgumentsArtifactsGitPasswordSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsDagTasksArgumentsArtifactsGitSshPrivateKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsDagTasksArgumentsArtifactsGitUsernameSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsDagTasksArgumentsArtifactsHdfsKrbCCacheSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsDagTasksArgumentsArtifactsHdfsKrbConfigConfigMap {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsDagTasksArgumentsArtifactsHdfsKrbKeytabSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsDagTasksArgumentsArtifactsHttpAuth {
    readonly basicAuth?: CronWorkflowSpecWorkflowSpecTemplateDefaultsDagTasksArgumentsArtifactsHttpAuthBasicAuth;
    readonly clientCert?: CronWorkflowSpecWorkflowSpecTemplateDefaultsDagTasksArgumentsArtifactsHttpAuthClientCert;
    readonly oauth2?: CronWorkflowSpecWorkflowSpecTemplateDefaultsDagTasksArgumentsArtifactsHttpAuthOauth2;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsDagTasksArgumentsArtifactsHttpHeaders {
    readonly name: string;
    readonly value: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsDagTasksArgumentsArtifactsOssAccessKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsDagTasksArgumentsArtifactsOssLifecycleRule {
    readonly markDeletionAfterDays?: number;
    readonly markInfrequentAccessAfterDays?: number;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsDagTasksArgumentsArtifactsOssSecretKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsDagTasksArgumentsArtifactsS3AccessKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export declare enum CronWorkflowSpecWorkflowSpecTemplateDefaultsDagTasksArgumentsArtifactsS3AddressingStyle {
    PATH = "path",
    VIRTUAL_HYPHEN_HOSTED = "virtual-hosted"
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsDagTasksArgumentsArtifactsS3CaSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsDagTasksArgumentsArtifactsS3CreateBucketIfNotPresent {
    readonly objectLocking?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsDagTasksArgumentsArtifactsS3EncryptionOptions {
    readonly enableEncryption?: boolean;
    readonly kmsEncryptionContext?: string;
    readonly kmsKeyId?: string;
    readonly serverSideCustomerKeySecret?: CronWorkflowSpecWorkflowSpecTemplateDefaultsDagTasksArgumentsArtifactsS3EncryptionOptionsServerSideCustomerKeySecret;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsDagTasksArgumentsArtifactsS3SecretKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsDagTasksArgumentsArtifactsS3SessionTokenSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsDagTasksArgumentsParametersValueFromConfigMapKeyRef {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsDagTasksHooksArgumentsArtifactsArchive {
    readonly none?: any;
    readonly tar?: CronWorkflowSpecWorkflowSpecTemplateDefaultsDagTasksHooksArgumentsArtifactsArchiveTar;
    readonly zip?: any;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsDagTasksHooksArgumentsArtifactsArtifactGc {
    readonly podMetadata?: CronWorkflowSpecWorkflowSpecTemplateDefaultsDagTasksHooksArgumentsArtifactsArtifactGcPodMetadata;
    readonly serviceAccountName?: string;
    readonly strategy?: CronWorkflowSpecWorkflowSpecTemplateDefaultsDagTasksHooksArgumentsArtifactsArtifactGcStrategy;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsDagTasksHooksArgumentsArtifactsArtifactory {
    readonly passwordSecret?: CronWorkflowSpecWorkflowSpecTemplateDefaultsDagTasksHooksArgumentsArtifactsArtifactoryPasswordSecret;
    readonly url: string;
    readonly usernameSecret?: CronWorkflowSpecWorkflowSpecTemplateDefaultsDagTasksHooksArgumentsArtifactsArtifactoryUsernameSecret;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsDagTasksHooksArgumentsArtifactsAzure {
    readonly accountKeySecret?: CronWorkflowSpecWorkflowSpecTemplateDefaultsDagTasksHooksArgumentsArtifactsAzureAccountKeySecret;
    readonly blob: string;
    readonly container: string;
    readonly endpoint: string;
    readonly useSdkCreds?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsDagTasksHooksArgumentsArtifactsGcs {
    readonly bucket?: string;
    readonly key: string;
    readonly serviceAccountKeySecret?: CronWorkflowSpecWorkflowSpecTemplateDefaultsDagTasksHooksArgumentsArtifactsGcsServiceAccountKeySecret;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsDagTasksHooksArgumentsArtifactsGit {
    readonly branch?: string;
    readonly depth?: number;
    readonly disableSubmodules?: boolean;
    readonly fetch?: string[];
    readonly insecureIgnoreHostKey?: boolean;
    readonly insecureSkipTls?: boolean;
    readonly passwordSecret?: CronWorkflowSpecWorkflowSpecTemplateDefaultsDagTasksHooksArgumentsArtifactsGitPasswordSecret;
    readonly repo: string;
    readonly revision?: string;
    readonly singleBranch?: boolean;
    readonly sshPrivateKeySecret?: CronWorkflowSpecWorkflowSpecTemplateDefaultsDagTasksHooksArgumentsArtifactsGitSshPrivateKeySecret;
    readonly usernameSecret?: CronWorkflowSpecWorkflowSpecTemplateDefaultsDagTasksHooksArgumentsArtifactsGitUsernameSecret;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsDagTasksHooksArgumentsArtifactsHdfs {
    readonly addresses?: string[];
    readonly dataTransferProtection?: string;
    readonly force?: boolean;
    readonly hdfsUser?: string;
    readonly krbCCacheSecret?: CronWorkflowSpecWorkflowSpecTemplateDefaultsDagTasksHooksArgumentsArtifactsHdfsKrbCCacheSecret;
    readonly krbConfigConfigMap?: CronWorkflowSpecWorkflowSpecTemplateDefaultsDagTasksHooksArgumentsArtifactsHdfsKrbConfigConfigMap;
    readonly krbKeytabSecret?: CronWorkflowSpecWorkflowSpecTemplateDefaultsDagTasksHooksArgumentsArtifactsHdfsKrbKeytabSecret;
    readonly krbRealm?: string;
    readonly krbServicePrincipalName?: string;
    readonly krbUsername?: string;
    readonly path: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsDagTasksHooksArgumentsArtifactsHttp {
    readonly auth?: CronWorkflowSpecWorkflowSpecTemplateDefaultsDagTasksHooksArgumentsArtifactsHttpAuth;
    readonly headers?: CronWorkflowSpecWorkflowSpecTemplateDefaultsDagTasksHooksArgumentsArtifactsHttpHeaders[];
    readonly saveStreamViaFile?: boolean;
    readonly url: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsDagTasksHooksArgumentsArtifactsOss {
    readonly accessKeySecret?: CronWorkflowSpecWorkflowSpecTemplateDefaultsDagTasksHooksArgumentsArtifactsOssAccessKeySecret;
    readonly bucket?: string;
    readonly createBucketIfNotPresent?: boolean;
    readonly endpoint?: string;
    readonly key: string;
    readonly lifecycleRule?: CronWorkflowSpecWorkflowSpecTemplateDefaultsDagTasksHooksArgumentsArtifactsOssLifecycleRule;
    readonly secretKeySecret?: CronWorkflowSpecWorkflowSpecTemplateDefaultsDagTasksHooksArgumentsArtifactsOssSecretKeySecret;
    readonly securityToken?: string;
    readonly useSdkCreds?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsDagTasksHooksArgumentsArtifactsPlugin {
    readonly configuration?: string;
    readonly connectionTimeoutSeconds?: number;
    readonly key: string;
    readonly name?: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsDagTasksHooksArgumentsArtifactsRaw {
    readonly data: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsDagTasksHooksArgumentsArtifactsS3 {
    readonly accessKeySecret?: CronWorkflowSpecWorkflowSpecTemplateDefaultsDagTasksHooksArgumentsArtifactsS3AccessKeySecret;
    readonly addressingStyle?: CronWorkflowSpecWorkflowSpecTemplateDefaultsDagTasksHooksArgumentsArtifactsS3AddressingStyle;
    readonly bucket?: string;
    readonly caSecret?: CronWorkflowSpecWorkflowSpecTemplateDefaultsDagTasksHooksArgumentsArtifactsS3CaSecret;
    readonly createBucketIfNotPresent?: CronWorkflowSpecWorkflowSpecTemplateDefaultsDagTasksHooksArgumentsArtifactsS3CreateBucketIfNotPresent;
    readonly encryptionOptions?: CronWorkflowSpecWorkflowSpecTemplateDefaultsDagTasksHooksArgumentsArtifactsS3EncryptionOptions;
    readonly endpoint?: string;
    readonly insecure?: boolean;
    readonly key?: string;
    readonly region?: string;
    readonly roleArn?: string;
    readonly secretKeySecret?: CronWorkflowSpecWorkflowSpecTemplateDefaultsDagTasksHooksArgumentsArtifactsS3SecretKeySecret;
    readonly sessionTokenSecret?: CronWorkflowSpecWorkflowSpecTemplateDefaultsDagTasksHooksArgumentsArtifactsS3SessionTokenSecret;
    readonly useSdkCreds?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsDagTasksHooksArgumentsParametersValueFrom {
    readonly configMapKeyRef?: CronWorkflowSpecWorkflowSpecTemplateDefaultsDagTasksHooksArgumentsParametersValueFromConfigMapKeyRef;
    readonly default?: string;
    readonly event?: string;
    readonly expression?: string;
    readonly jqFilter?: string;
    readonly jsonPath?: string;
    readonly parameter?: string;
    readonly path?: string;
    readonly supplied?: any;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsDataSourceArtifactPathsHttpAuthBasicAuth {
    readonly passwordSecret?: CronWorkflowSpecWorkflowSpecTemplateDefaultsDataSourceArtifactPathsHttpAuthBasicAuthPasswordSecret;
    readonly usernameSecret?: CronWorkflowSpecWorkflowSpecTemplateDefaultsDataSourceArtifactPathsHttpAuthBasicAuthUsernameSecret;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsDataSourceArtifactPathsHttpAuthClientCert {
    readonly clientCertSecret?: CronWorkflowSpecWorkflowSpecTemplateDefaultsDataSourceArtifactPathsHttpAuthClientCertClientCertSecret;
    readonly clientKeySecret?: CronWorkflowSpecWorkflowSpecTemplateDefaultsDataSourceArtifactPathsHttpAuthClientCertClientKeySecret;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsDataSourceArtifactPathsHttpAuthOauth2 {
    readonly clientIdSecret?: CronWorkflowSpecWorkflowSpecTemplateDefaultsDataSourceArtifactPathsHttpAuthOauth2ClientIdSecret;
    readonly clientSecretSecret?: CronWorkflowSpecWorkflowSpecTemplateDefaultsDataSourceArtifactPathsHttpAuthOauth2ClientSecretSecret;
    readonly endpointParams?: CronWorkflowSpecWorkflowSpecTemplateDefaultsDataSourceArtifactPathsHttpAuthOauth2EndpointParams[];
    readonly scopes?: string[];
    readonly tokenUrlSecret?: CronWorkflowSpecWorkflowSpecTemplateDefaultsDataSourceArtifactPathsHttpAuthOauth2TokenUrlSecret;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsDataSourceArtifactPathsS3EncryptionOptionsServerSideCustomerKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsInputsArtifactsHttpAuthBasicAuthPasswordSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsInputsArtifactsHttpAuthBasicAuthUsernameSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsInputsArtifactsHttpAuthClientCertClientCertSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsInputsArtifactsHttpAuthClientCertClientKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsInputsArtifactsHttpAuthOauth2ClientIdSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsInputsArtifactsHttpAuthOauth2ClientSecretSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsInputsArtifactsHttpAuthOauth2EndpointParams {
    readonly key: string;
    readonly value?: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsInputsArtifactsHttpAuthOauth2TokenUrlSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsOutputsArtifactsHttpAuthBasicAuthPasswordSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsOutputsArtifactsHttpAuthBasicAuthUsernameSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsOutputsArtifactsHttpAuthClientCertClientCertSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsOutputsArtifactsHttpAuthClientCertClientKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsOutputsArtifactsHttpAuthOauth2ClientIdSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsOutputsArtifactsHttpAuthOauth2ClientSecretSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsOutputsArtifactsHttpAuthOauth2EndpointParams {
    readonly key: string;
    readonly value?: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsOutputsArtifactsHttpAuthOauth2TokenUrlSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsResourceManifestFromArtifactHttpAuthBasicAuth {
    readonly passwordSecret?: CronWorkflowSpecWorkflowSpecTemplateDefaultsResourceManifestFromArtifactHttpAuthBasicAuthPasswordSecret;
    readonly usernameSecret?: CronWorkflowSpecWorkflowSpecTemplateDefaultsResourceManifestFromArtifactHttpAuthBasicAuthUsernameSecret;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsResourceManifestFromArtifactHttpAuthClientCert {
    readonly clientCertSecret?: CronWorkflowSpecWorkflowSpecTemplateDefaultsResourceManifestFromArtifactHttpAuthClientCertClientCertSecret;
    readonly clientKeySecret?: CronWorkflowSpecWorkflowSpecTemplateDefaultsResourceManifestFromArtifactHttpAuthClientCertClientKeySecret;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsResourceManifestFromArtifactHttpAuthOauth2 {
    readonly clientIdSecret?: CronWorkflowSpecWorkflowSpecTemplateDefaultsResourceManifestFromArtifactHttpAuthOauth2ClientIdSecret;
    readonly clientSecretSecret?: CronWorkflowSpecWorkflowSpecTemplateDefaultsResourceManifestFromArtifactHttpAuthOauth2ClientSecretSecret;
    readonly endpointParams?: CronWorkflowSpecWorkflowSpecTemplateDefaultsResourceManifestFromArtifactHttpAuthOauth2EndpointParams[];
    readonly scopes?: string[];
    readonly tokenUrlSecret?: CronWorkflowSpecWorkflowSpecTemplateDefaultsResourceManifestFromArtifactHttpAuthOauth2TokenUrlSecret;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsResourceManifestFromArtifactS3EncryptionOptionsServerSideCustomerKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsStepsArgumentsArtifactsHttpAuthBasicAuth {
    readonly passwordSecret?: CronWorkflowSpecWorkflowSpecTemplateDefaultsStepsArgumentsArtifactsHttpAuthBasicAuthPasswordSecret;
    readonly usernameSecret?: CronWorkflowSpecWorkflowSpecTemplateDefaultsStepsArgumentsArtifactsHttpAuthBasicAuthUsernameSecret;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsStepsArgumentsArtifactsHttpAuthClientCert {
    readonly clientCertSecret?: CronWorkflowSpecWorkflowSpecTemplateDefaultsStepsArgumentsArtifactsHttpAuthClientCertClientCertSecret;
    readonly clientKeySecret?: CronWorkflowSpecWorkflowSpecTemplateDefaultsStepsArgumentsArtifactsHttpAuthClientCertClientKeySecret;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsStepsArgumentsArtifactsHttpAuthOauth2 {
    readonly clientIdSecret?: CronWorkflowSpecWorkflowSpecTemplateDefaultsStepsArgumentsArtifactsHttpAuthOauth2ClientIdSecret;
    readonly clientSecretSecret?: CronWorkflowSpecWorkflowSpecTemplateDefaultsStepsArgumentsArtifactsHttpAuthOauth2ClientSecretSecret;
    readonly endpointParams?: CronWorkflowSpecWorkflowSpecTemplateDefaultsStepsArgumentsArtifactsHttpAuthOauth2EndpointParams[];
    readonly scopes?: string[];
    readonly tokenUrlSecret?: CronWorkflowSpecWorkflowSpecTemplateDefaultsStepsArgumentsArtifactsHttpAuthOauth2TokenUrlSecret;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsStepsArgumentsArtifactsS3EncryptionOptionsServerSideCustomerKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsStepsHooksArgumentsArtifactsArchiveTar {
    readonly compressionLevel?: number;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsStepsHooksArgumentsArtifactsArtifactGcPodMetadata {
    readonly annotations?: {
        [key: string]: string;
    };
    readonly labels?: {
        [key: string]: string;
    };
}
export declare enum CronWorkflowSpecWorkflowSpecTemplateDefaultsStepsHooksArgumentsArtifactsArtifactGcStrategy {
    ON_WORKFLOW_COMPLETION = "OnWorkflowCompletion",
    ON_WORKFLOW_DELETION = "OnWorkflowDeletion",
    NEVER = "Never"
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsStepsHooksArgumentsArtifactsArtifactoryPasswordSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsStepsHooksArgumentsArtifactsArtifactoryUsernameSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsStepsHooksArgumentsArtifactsAzureAccountKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsStepsHooksArgumentsArtifactsGcsServiceAccountKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsStepsHooksArgumentsArtifactsGitPasswordSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsStepsHooksArgumentsArtifactsGitSshPrivateKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsStepsHooksArgumentsArtifactsGitUsernameSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsStepsHooksArgumentsArtifactsHdfsKrbCCacheSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsStepsHooksArgumentsArtifactsHdfsKrbConfigConfigMap {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsStepsHooksArgumentsArtifactsHdfsKrbKeytabSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsStepsHooksArgumentsArtifactsHttpAuth {
    readonly basicAuth?: CronWorkflowSpecWorkflowSpecTemplateDefaultsStepsHooksArgumentsArtifactsHttpAuthBasicAuth;
    readonly clientCert?: CronWorkflowSpecWorkflowSpecTemplateDefaultsStepsHooksArgumentsArtifactsHttpAuthClientCert;
    readonly oauth2?: CronWorkflowSpecWorkflowSpecTemplateDefaultsStepsHooksArgumentsArtifactsHttpAuthOauth2;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsStepsHooksArgumentsArtifactsHttpHeaders {
    readonly name: string;
    readonly value: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsStepsHooksArgumentsArtifactsOssAccessKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsStepsHooksArgumentsArtifactsOssLifecycleRule {
    readonly markDeletionAfterDays?: number;
    readonly markInfrequentAccessAfterDays?: number;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsStepsHooksArgumentsArtifactsOssSecretKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsStepsHooksArgumentsArtifactsS3AccessKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export declare enum CronWorkflowSpecWorkflowSpecTemplateDefaultsStepsHooksArgumentsArtifactsS3AddressingStyle {
    PATH = "path",
    VIRTUAL_HYPHEN_HOSTED = "virtual-hosted"
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsStepsHooksArgumentsArtifactsS3CaSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsStepsHooksArgumentsArtifactsS3CreateBucketIfNotPresent {
    readonly objectLocking?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsStepsHooksArgumentsArtifactsS3EncryptionOptions {
    readonly enableEncryption?: boolean;
    readonly kmsEncryptionContext?: string;
    readonly kmsKeyId?: string;
    readonly serverSideCustomerKeySecret?: CronWorkflowSpecWorkflowSpecTemplateDefaultsStepsHooksArgumentsArtifactsS3EncryptionOptionsServerSideCustomerKeySecret;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsStepsHooksArgumentsArtifactsS3SecretKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsStepsHooksArgumentsArtifactsS3SessionTokenSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsStepsHooksArgumentsParametersValueFromConfigMapKeyRef {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export declare class CronWorkflowSpecWorkflowSpecTemplateDefaultsVolumesEphemeralVolumeClaimTemplateSpecResourcesLimits {
    readonly value: number | string;
    static fromNumber(value: number): CronWorkflowSpecWorkflowSpecTemplateDefaultsVolumesEphemeralVolumeClaimTemplateSpecResourcesLimits;
    static fromString(value: string): CronWorkflowSpecWorkflowSpecTemplateDefaultsVolumesEphemeralVolumeClaimTemplateSpecResourcesLimits;
    private constructor();
}
export declare class CronWorkflowSpecWorkflowSpecTemplateDefaultsVolumesEphemeralVolumeClaimTemplateSpecResourcesRequests {
    readonly value: number | string;
    static fromNumber(value: number): CronWorkflowSpecWorkflowSpecTemplateDefaultsVolumesEphemeralVolumeClaimTemplateSpecResourcesRequests;
    static fromString(value: string): CronWorkflowSpecWorkflowSpecTemplateDefaultsVolumesEphemeralVolumeClaimTemplateSpecResourcesRequests;
    private constructor();
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsVolumesEphemeralVolumeClaimTemplateSpecSelectorMatchExpressions {
    readonly key: string;
    readonly operator: string;
    readonly values?: string[];
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsVolumesProjectedSourcesClusterTrustBundleLabelSelectorMatchExpressions {
    readonly key: string;
    readonly operator: string;
    readonly values?: string[];
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsVolumesProjectedSourcesDownwardApiItemsFieldRef {
    readonly apiVersion?: string;
    readonly fieldPath: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsVolumesProjectedSourcesDownwardApiItemsResourceFieldRef {
    readonly containerName?: string;
    readonly divisor?: CronWorkflowSpecWorkflowSpecTemplateDefaultsVolumesProjectedSourcesDownwardApiItemsResourceFieldRefDivisor;
    readonly resource: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions {
    readonly key: string;
    readonly operator: string;
    readonly values?: string[];
}
export interface CronWorkflowSpecWorkflowSpecTemplatesAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions {
    readonly key: string;
    readonly operator: string;
    readonly values?: string[];
}
export interface CronWorkflowSpecWorkflowSpecTemplatesAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions {
    readonly key: string;
    readonly operator: string;
    readonly values?: string[];
}
export interface CronWorkflowSpecWorkflowSpecTemplatesAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions {
    readonly key: string;
    readonly operator: string;
    readonly values?: string[];
}
export declare class CronWorkflowSpecWorkflowSpecTemplatesContainerSetContainersEnvValueFromResourceFieldRefDivisor {
    readonly value: number | string;
    static fromNumber(value: number): CronWorkflowSpecWorkflowSpecTemplatesContainerSetContainersEnvValueFromResourceFieldRefDivisor;
    static fromString(value: string): CronWorkflowSpecWorkflowSpecTemplatesContainerSetContainersEnvValueFromResourceFieldRefDivisor;
    private constructor();
}
export interface CronWorkflowSpecWorkflowSpecTemplatesContainerSetContainersLifecyclePostStartHttpGetHttpHeaders {
    readonly name: string;
    readonly value: string;
}
export declare class CronWorkflowSpecWorkflowSpecTemplatesContainerSetContainersLifecyclePostStartHttpGetPort {
    readonly value: number | string;
    static fromNumber(value: number): CronWorkflowSpecWorkflowSpecTemplatesContainerSetContainersLifecyclePostStartHttpGetPort;
    static fromString(value: string): CronWorkflowSpecWorkflowSpecTemplatesContainerSetContainersLifecyclePostStartHttpGetPort;
    private constructor();
}
export declare class CronWorkflowSpecWorkflowSpecTemplatesContainerSetContainersLifecyclePostStartTcpSocketPort {
    readonly value: number | string;
    static fromNumber(value: number): CronWorkflowSpecWorkflowSpecTemplatesContainerSetContainersLifecyclePostStartTcpSocketPort;
    static fromString(value: string): CronWorkflowSpecWorkflowSpecTemplatesContainerSetContainersLifecyclePostStartTcpSocketPort;
    private constructor();
}
export interface CronWorkflowSpecWorkflowSpecTemplatesContainerSetContainersLifecyclePreStopHttpGetHttpHeaders {
    readonly name: string;
    readonly value: string;
}
export declare class CronWorkflowSpecWorkflowSpecTemplatesContainerSetContainersLifecyclePreStopHttpGetPort {
    readonly value: number | string;
    static fromNumber(value: number): CronWorkflowSpecWorkflowSpecTemplatesContainerSetContainersLifecyclePreStopHttpGetPort;
    static fromString(value: string): CronWorkflowSpecWorkflowSpecTemplatesContainerSetContainersLifecyclePreStopHttpGetPort;
    private constructor();
}
export declare class CronWorkflowSpecWorkflowSpecTemplatesContainerSetContainersLifecyclePreStopTcpSocketPort {
    readonly value: number | string;
    static fromNumber(value: number): CronWorkflowSpecWorkflowSpecTemplatesContainerSetContainersLifecyclePreStopTcpSocketPort;
    static fromString(value: string): CronWorkflowSpecWorkflowSpecTemplatesContainerSetContainersLifecyclePreStopTcpSocketPort;
    private constructor();
}
export interface CronWorkflowSpecWorkflowSpecTemplatesDagTasksArgumentsArtifactsArchiveTar {
    readonly compressionLevel?: number;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesDagTasksArgumentsArtifactsArtifactGcPodMetadata {
    readonly annotations?: {
        [key: string]: string;
    };
    readonly labels?: {
        [key: string]: string;
    };
}
export declare enum CronWorkflowSpecWorkflowSpecTemplatesDagTasksArgumentsArtifactsArtifactGcStrategy {
    ON_WORKFLOW_COMPLETION = "OnWorkflowCompletion",
    ON_WORKFLOW_DELETION = "OnWorkflowDeletion",
    NEVER = "Never"
}
export interface CronWorkflowSpecWorkflowSpecTemplatesDagTasksArgumentsArtifactsArtifactoryPasswordSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesDagTasksArgumentsArtifactsArtifactoryUsernameSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesDagTasksArgumentsArtifactsAzureAccountKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesDagTasksArgumentsArtifactsGcsServiceAccountKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesDagTasksArgumentsArtifactsGitPasswordSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesDagTasksArgumentsArtifactsGitSshPrivateKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesDagTasksArgumentsArtifactsGitUsernameSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesDagTasksArgumentsArtifactsHdfsKrbCCacheSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesDagTasksArgumentsArtifactsHdfsKrbConfigConfigMap {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesDagTasksArgumentsArtifactsHdfsKrbKeytabSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesDagTasksArgumentsArtifactsHttpAuth {
    readonly basicAuth?: CronWorkflowSpecWorkflowSpecTemplatesDagTasksArgumentsArtifactsHttpAuthBasicAuth;
    readonly clientCert?: CronWorkflowSpecWorkflowSpecTemplatesDagTasksArgumentsArtifactsHttpAuthClientCert;
    readonly oauth2?: CronWorkflowSpecWorkflowSpecTemplatesDagTasksArgumentsArtifactsHttpAuthOauth2;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesDagTasksArgumentsArtifactsHttpHeaders {
    readonly name: string;
    readonly value: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesDagTasksArgumentsArtifactsOssAccessKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesDagTasksArgumentsArtifactsOssLifecycleRule {
    readonly markDeletionAfterDays?: number;
    readonly markInfrequentAccessAfterDays?: number;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesDagTasksArgumentsArtifactsOssSecretKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesDagTasksArgumentsArtifactsS3AccessKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export declare enum CronWorkflowSpecWorkflowSpecTemplatesDagTasksArgumentsArtifactsS3AddressingStyle {
    PATH = "path",
    VIRTUAL_HYPHEN_HOSTED = "virtual-hosted"
}
export interface CronWorkflowSpecWorkflowSpecTemplatesDagTasksArgumentsArtifactsS3CaSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesDagTasksArgumentsArtifactsS3CreateBucketIfNotPresent {
    readonly objectLocking?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesDagTasksArgumentsArtifactsS3EncryptionOptions {
    readonly enableEncryption?: boolean;
    readonly kmsEncryptionContext?: string;
    readonly kmsKeyId?: string;
    readonly serverSideCustomerKeySecret?: CronWorkflowSpecWorkflowSpecTemplatesDagTasksArgumentsArtifactsS3EncryptionOptionsServerSideCustomerKeySecret;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesDagTasksArgumentsArtifactsS3SecretKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesDagTasksArgumentsArtifactsS3SessionTokenSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesDagTasksArgumentsParametersValueFromConfigMapKeyRef {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesDagTasksHooksArgumentsArtifactsArchive {
    readonly none?: any;
    readonly tar?: CronWorkflowSpecWorkflowSpecTemplatesDagTasksHooksArgumentsArtifactsArchiveTar;
    readonly zip?: any;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesDagTasksHooksArgumentsArtifactsArtifactGc {
    readonly podMetadata?: CronWorkflowSpecWorkflowSpecTemplatesDagTasksHooksArgumentsArtifactsArtifactGcPodMetadata;
    readonly serviceAccountName?: string;
    readonly strategy?: CronWorkflowSpecWorkflowSpecTemplatesDagTasksHooksArgumentsArtifactsArtifactGcStrategy;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesDagTasksHooksArgumentsArtifactsArtifactory {
    readonly passwordSecret?: CronWorkflowSpecWorkflowSpecTemplatesDagTasksHooksArgumentsArtifactsArtifactoryPasswordSecret;
    readonly url: string;
    readonly usernameSecret?: CronWorkflowSpecWorkflowSpecTemplatesDagTasksHooksArgumentsArtifactsArtifactoryUsernameSecret;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesDagTasksHooksArgumentsArtifactsAzure {
    readonly accountKeySecret?: CronWorkflowSpecWorkflowSpecTemplatesDagTasksHooksArgumentsArtifactsAzureAccountKeySecret;
    readonly blob: string;
    readonly container: string;
    readonly endpoint: string;
    readonly useSdkCreds?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesDagTasksHooksArgumentsArtifactsGcs {
    readonly bucket?: string;
    readonly key: string;
    readonly serviceAccountKeySecret?: CronWorkflowSpecWorkflowSpecTemplatesDagTasksHooksArgumentsArtifactsGcsServiceAccountKeySecret;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesDagTasksHooksArgumentsArtifactsGit {
    readonly branch?: string;
    readonly depth?: number;
    readonly disableSubmodules?: boolean;
    readonly fetch?: string[];
    readonly insecureIgnoreHostKey?: boolean;
    readonly insecureSkipTls?: boolean;
    readonly passwordSecret?: CronWorkflowSpecWorkflowSpecTemplatesDagTasksHooksArgumentsArtifactsGitPasswordSecret;
    readonly repo: string;
    readonly revision?: string;
    readonly singleBranch?: boolean;
    readonly sshPrivateKeySecret?: CronWorkflowSpecWorkflowSpecTemplatesDagTasksHooksArgumentsArtifactsGitSshPrivateKeySecret;
    readonly usernameSecret?: CronWorkflowSpecWorkflowSpecTemplatesDagTasksHooksArgumentsArtifactsGitUsernameSecret;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesDagTasksHooksArgumentsArtifactsHdfs {
    readonly addresses?: string[];
    readonly dataTransferProtection?: string;
    readonly force?: boolean;
    readonly hdfsUser?: string;
    readonly krbCCacheSecret?: CronWorkflowSpecWorkflowSpecTemplatesDagTasksHooksArgumentsArtifactsHdfsKrbCCacheSecret;
    readonly krbConfigConfigMap?: CronWorkflowSpecWorkflowSpecTemplatesDagTasksHooksArgumentsArtifactsHdfsKrbConfigConfigMap;
    readonly krbKeytabSecret?: CronWorkflowSpecWorkflowSpecTemplatesDagTasksHooksArgumentsArtifactsHdfsKrbKeytabSecret;
    readonly krbRealm?: string;
    readonly krbServicePrincipalName?: string;
    readonly krbUsername?: string;
    readonly path: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesDagTasksHooksArgumentsArtifactsHttp {
    readonly auth?: CronWorkflowSpecWorkflowSpecTemplatesDagTasksHooksArgumentsArtifactsHttpAuth;
    readonly headers?: CronWorkflowSpecWorkflowSpecTemplatesDagTasksHooksArgumentsArtifactsHttpHeaders[];
    readonly saveStreamViaFile?: boolean;
    readonly url: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesDagTasksHooksArgumentsArtifactsOss {
    readonly accessKeySecret?: CronWorkflowSpecWorkflowSpecTemplatesDagTasksHooksArgumentsArtifactsOssAccessKeySecret;
    readonly bucket?: string;
    readonly createBucketIfNotPresent?: boolean;
    readonly endpoint?: string;
    readonly key: string;
    readonly lifecycleRule?: CronWorkflowSpecWorkflowSpecTemplatesDagTasksHooksArgumentsArtifactsOssLifecycleRule;
    readonly secretKeySecret?: CronWorkflowSpecWorkflowSpecTemplatesDagTasksHooksArgumentsArtifactsOssSecretKeySecret;
    readonly securityToken?: string;
    readonly useSdkCreds?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesDagTasksHooksArgumentsArtifactsPlugin {
    readonly configuration?: string;
    readonly connectionTimeoutSeconds?: number;
    readonly key: string;
    readonly name?: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesDagTasksHooksArgumentsArtifactsRaw {
    readonly data: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesDagTasksHooksArgumentsArtifactsS3 {
    readonly accessKeySecret?: CronWorkflowSpecWorkflowSpecTemplatesDagTasksHooksArgumentsArtifactsS3AccessKeySecret;
    readonly addressingStyle?: CronWorkflowSpecWorkflowSpecTemplatesDagTasksHooksArgumentsArtifactsS3AddressingStyle;
    readonly bucket?: string;
    readonly caSecret?: CronWorkflowSpecWorkflowSpecTemplatesDagTasksHooksArgumentsArtifactsS3CaSecret;
    readonly createBucketIfNotPresent?: CronWorkflowSpecWorkflowSpecTemplatesDagTasksHooksArgumentsArtifactsS3CreateBucketIfNotPresent;
    readonly encryptionOptions?: CronWorkflowSpecWorkflowSpecTemplatesDagTasksHooksArgumentsArtifactsS3EncryptionOptions;
    readonly endpoint?: string;
    readonly insecure?: boolean;
    readonly key?: string;
    readonly region?: string;
    readonly roleArn?: string;
    readonly secretKeySecret?: CronWorkflowSpecWorkflowSpecTemplatesDagTasksHooksArgumentsArtifactsS3SecretKeySecret;
    readonly sessionTokenSecret?: CronWorkflowSpecWorkflowSpecTemplatesDagTasksHooksArgumentsArtifactsS3SessionTokenSecret;
    readonly useSdkCreds?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesDagTasksHooksArgumentsParametersValueFrom {
    readonly configMapKeyRef?: CronWorkflowSpecWorkflowSpecTemplatesDagTasksHooksArgumentsParametersValueFromConfigMapKeyRef;
    readonly default?: string;
    readonly event?: string;
    readonly expression?: string;
    readonly jqFilter?: string;
    readonly jsonPath?: string;
    readonly parameter?: string;
    readonly path?: string;
    readonly supplied?: any;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesDataSourceArtifactPathsHttpAuthBasicAuth {
    readonly passwordSecret?: CronWorkflowSpecWorkflowSpecTemplatesDataSourceArtifactPathsHttpAuthBasicAuthPasswordSecret;
    readonly usernameSecret?: CronWorkflowSpecWorkflowSpecTemplatesDataSourceArtifactPathsHttpAuthBasicAuthUsernameSecret;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesDataSourceArtifactPathsHttpAuthClientCert {
    readonly clientCertSecret?: CronWorkflowSpecWorkflowSpecTemplatesDataSourceArtifactPathsHttpAuthClientCertClientCertSecret;
    readonly clientKeySecret?: CronWorkflowSpecWorkflowSpecTemplatesDataSourceArtifactPathsHttpAuthClientCertClientKeySecret;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesDataSourceArtifactPathsHttpAuthOauth2 {
    readonly clientIdSecret?: CronWorkflowSpecWorkflowSpecTemplatesDataSourceArtifactPathsHttpAuthOauth2ClientIdSecret;
    readonly clientSecretSecret?: CronWorkflowSpecWorkflowSpecTemplatesDataSourceArtifactPathsHttpAuthOauth2ClientSecretSecret;
    readonly endpointParams?: CronWorkflowSpecWorkflowSpecTemplatesDataSourceArtifactPathsHttpAuthOauth2EndpointParams[];
    readonly scopes?: string[];
    readonly tokenUrlSecret?: CronWorkflowSpecWorkflowSpecTemplatesDataSourceArtifactPathsHttpAuthOauth2TokenUrlSecret;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesDataSourceArtifactPathsS3EncryptionOptionsServerSideCustomerKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesInputsArtifactsHttpAuthBasicAuthPasswordSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesInputsArtifactsHttpAuthBasicAuthUsernameSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesInputsArtifactsHttpAuthClientCertClientCertSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesInputsArtifactsHttpAuthClientCertClientKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesInputsArtifactsHttpAuthOauth2ClientIdSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesInputsArtifactsHttpAuthOauth2ClientSecretSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesInputsArtifactsHttpAuthOauth2EndpointParams {
    readonly key: string;
    readonly value?: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesInputsArtifactsHttpAuthOauth2TokenUrlSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesOutputsArtifactsHttpAuthBasicAuthPasswordSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesOutputsArtifactsHttpAuthBasicAuthUsernameSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesOutputsArtifactsHttpAuthClientCertClientCertSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesOutputsArtifactsHttpAuthClientCertClientKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesOutputsArtifactsHttpAuthOauth2ClientIdSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesOutputsArtifactsHttpAuthOauth2ClientSecretSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesOutputsArtifactsHttpAuthOauth2EndpointParams {
    readonly key: string;
    readonly value?: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesOutputsArtifactsHttpAuthOauth2TokenUrlSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesResourceManifestFromArtifactHttpAuthBasicAuth {
    readonly passwordSecret?: CronWorkflowSpecWorkflowSpecTemplatesResourceManifestFromArtifactHttpAuthBasicAuthPasswordSecret;
    readonly usernameSecret?: CronWorkflowSpecWorkflowSpecTemplatesResourceManifestFromArtifactHttpAuthBasicAuthUsernameSecret;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesResourceManifestFromArtifactHttpAuthClientCert {
    readonly clientCertSecret?: CronWorkflowSpecWorkflowSpecTemplatesResourceManifestFromArtifactHttpAuthClientCertClientCertSecret;
    readonly clientKeySecret?: CronWorkflowSpecWorkflowSpecTemplatesResourceManifestFromArtifactHttpAuthClientCertClientKeySecret;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesResourceManifestFromArtifactHttpAuthOauth2 {
    readonly clientIdSecret?: CronWorkflowSpecWorkflowSpecTemplatesResourceManifestFromArtifactHttpAuthOauth2ClientIdSecret;
    readonly clientSecretSecret?: CronWorkflowSpecWorkflowSpecTemplatesResourceManifestFromArtifactHttpAuthOauth2ClientSecretSecret;
    readonly endpointParams?: CronWorkflowSpecWorkflowSpecTemplatesResourceManifestFromArtifactHttpAuthOauth2EndpointParams[];
    readonly scopes?: string[];
    readonly tokenUrlSecret?: CronWorkflowSpecWorkflowSpecTemplatesResourceManifestFromArtifactHttpAuthOauth2TokenUrlSecret;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesResourceManifestFromArtifactS3EncryptionOptionsServerSideCustomerKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesStepsArgumentsArtifactsHttpAuthBasicAuth {
    readonly passwordSecret?: CronWorkflowSpecWorkflowSpecTemplatesStepsArgumentsArtifactsHttpAuthBasicAuthPasswordSecret;
    readonly usernameSecret?: CronWorkflowSpecWorkflowSpecTemplatesStepsArgumentsArtifactsHttpAuthBasicAuthUsernameSecret;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesStepsArgumentsArtifactsHttpAuthClientCert {
    readonly clientCertSecret?: CronWorkflowSpecWorkflowSpecTemplatesStepsArgumentsArtifactsHttpAuthClientCertClientCertSecret;
    readonly clientKeySecret?: CronWorkflowSpecWorkflowSpecTemplatesStepsArgumentsArtifactsHttpAuthClientCertClientKeySecret;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesStepsArgumentsArtifactsHttpAuthOauth2 {
    readonly clientIdSecret?: CronWorkflowSpecWorkflowSpecTemplatesStepsArgumentsArtifactsHttpAuthOauth2ClientIdSecret;
    readonly clientSecretSecret?: CronWorkflowSpecWorkflowSpecTemplatesStepsArgumentsArtifactsHttpAuthOauth2ClientSecretSecret;
    readonly endpointParams?: CronWorkflowSpecWorkflowSpecTemplatesStepsArgumentsArtifactsHttpAuthOauth2EndpointParams[];
    readonly scopes?: string[];
    readonly tokenUrlSecret?: CronWorkflowSpecWorkflowSpecTemplatesStepsArgumentsArtifactsHttpAuthOauth2TokenUrlSecret;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesStepsArgumentsArtifactsS3EncryptionOptionsServerSideCustomerKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesStepsHooksArgumentsArtifactsArchiveTar {
    readonly compressionLevel?: number;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesStepsHooksArgumentsArtifactsArtifactGcPodMetadata {
    readonly annotations?: {
        [key: string]: string;
    };
    readonly labels?: {
        [key: string]: string;
    };
}
export declare enum CronWorkflowSpecWorkflowSpecTemplatesStepsHooksArgumentsArtifactsArtifactGcStrategy {
    ON_WORKFLOW_COMPLETION = "OnWorkflowCompletion",
    ON_WORKFLOW_DELETION = "OnWorkflowDeletion",
    NEVER = "Never"
}
export interface CronWorkflowSpecWorkflowSpecTemplatesStepsHooksArgumentsArtifactsArtifactoryPasswordSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesStepsHooksArgumentsArtifactsArtifactoryUsernameSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesStepsHooksArgumentsArtifactsAzureAccountKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesStepsHooksArgumentsArtifactsGcsServiceAccountKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesStepsHooksArgumentsArtifactsGitPasswordSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesStepsHooksArgumentsArtifactsGitSshPrivateKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesStepsHooksArgumentsArtifactsGitUsernameSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesStepsHooksArgumentsArtifactsHdfsKrbCCacheSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesStepsHooksArgumentsArtifactsHdfsKrbConfigConfigMap {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesStepsHooksArgumentsArtifactsHdfsKrbKeytabSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesStepsHooksArgumentsArtifactsHttpAuth {
    readonly basicAuth?: CronWorkflowSpecWorkflowSpecTemplatesStepsHooksArgumentsArtifactsHttpAuthBasicAuth;
    readonly clientCert?: CronWorkflowSpecWorkflowSpecTemplatesStepsHooksArgumentsArtifactsHttpAuthClientCert;
    readonly oauth2?: CronWorkflowSpecWorkflowSpecTemplatesStepsHooksArgumentsArtifactsHttpAuthOauth2;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesStepsHooksArgumentsArtifactsHttpHeaders {
    readonly name: string;
    readonly value: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesStepsHooksArgumentsArtifactsOssAccessKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesStepsHooksArgumentsArtifactsOssLifecycleRule {
    readonly markDeletionAfterDays?: number;
    readonly markInfrequentAccessAfterDays?: number;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesStepsHooksArgumentsArtifactsOssSecretKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesStepsHooksArgumentsArtifactsS3AccessKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export declare enum CronWorkflowSpecWorkflowSpecTemplatesStepsHooksArgumentsArtifactsS3AddressingStyle {
    PATH = "path",
    VIRTUAL_HYPHEN_HOSTED = "virtual-hosted"
}
export interface CronWorkflowSpecWorkflowSpecTemplatesStepsHooksArgumentsArtifactsS3CaSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesStepsHooksArgumentsArtifactsS3CreateBucketIfNotPresent {
    readonly objectLocking?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesStepsHooksArgumentsArtifactsS3EncryptionOptions {
    readonly enableEncryption?: boolean;
    readonly kmsEncryptionContext?: string;
    readonly kmsKeyId?: string;
    readonly serverSideCustomerKeySecret?: CronWorkflowSpecWorkflowSpecTemplatesStepsHooksArgumentsArtifactsS3EncryptionOptionsServerSideCustomerKeySecret;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesStepsHooksArgumentsArtifactsS3SecretKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesStepsHooksArgumentsArtifactsS3SessionTokenSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesStepsHooksArgumentsParametersValueFromConfigMapKeyRef {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export declare class CronWorkflowSpecWorkflowSpecTemplatesVolumesEphemeralVolumeClaimTemplateSpecResourcesLimits {
    readonly value: number | string;
    static fromNumber(value: number): CronWorkflowSpecWorkflowSpecTemplatesVolumesEphemeralVolumeClaimTemplateSpecResourcesLimits;
    static fromString(value: string): CronWorkflowSpecWorkflowSpecTemplatesVolumesEphemeralVolumeClaimTemplateSpecResourcesLimits;
    private constructor();
}
export declare class CronWorkflowSpecWorkflowSpecTemplatesVolumesEphemeralVolumeClaimTemplateSpecResourcesRequests {
    readonly value: number | string;
    static fromNumber(value: number): CronWorkflowSpecWorkflowSpecTemplatesVolumesEphemeralVolumeClaimTemplateSpecResourcesRequests;
    static fromString(value: string): CronWorkflowSpecWorkflowSpecTemplatesVolumesEphemeralVolumeClaimTemplateSpecResourcesRequests;
    private constructor();
}
export interface CronWorkflowSpecWorkflowSpecTemplatesVolumesEphemeralVolumeClaimTemplateSpecSelectorMatchExpressions {
    readonly key: string;
    readonly operator: string;
    readonly values?: string[];
}
export interface CronWorkflowSpecWorkflowSpecTemplatesVolumesProjectedSourcesClusterTrustBundleLabelSelectorMatchExpressions {
    readonly key: string;
    readonly operator: string;
    readonly values?: string[];
}
export interface CronWorkflowSpecWorkflowSpecTemplatesVolumesProjectedSourcesDownwardApiItemsFieldRef {
    readonly apiVersion?: string;
    readonly fieldPath: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesVolumesProjectedSourcesDownwardApiItemsResourceFieldRef {
    readonly containerName?: string;
    readonly divisor?: CronWorkflowSpecWorkflowSpecTemplatesVolumesProjectedSourcesDownwardApiItemsResourceFieldRefDivisor;
    readonly resource: string;
}
export declare class CronWorkflowSpecWorkflowSpecVolumesProjectedSourcesDownwardApiItemsResourceFieldRefDivisor {
    readonly value: number | string;
    static fromNumber(value: number): CronWorkflowSpecWorkflowSpecVolumesProjectedSourcesDownwardApiItemsResourceFieldRefDivisor;
    static fromString(value: string): CronWorkflowSpecWorkflowSpecVolumesProjectedSourcesDownwardApiItemsResourceFieldRefDivisor;
    private constructor();
}
export declare class CronWorkflowSpecWorkflowSpecExecutorPluginsSpecSidecarContainerEnvValueFromResourceFieldRefDivisor {
    readonly value: number | string;
    static fromNumber(value: number): CronWorkflowSpecWorkflowSpecExecutorPluginsSpecSidecarContainerEnvValueFromResourceFieldRefDivisor;
    static fromString(value: string): CronWorkflowSpecWorkflowSpecExecutorPluginsSpecSidecarContainerEnvValueFromResourceFieldRefDivisor;
    private constructor();
}
export interface CronWorkflowSpecWorkflowSpecExecutorPluginsSpecSidecarContainerLifecyclePostStartHttpGetHttpHeaders {
    readonly name: string;
    readonly value: string;
}
export declare class CronWorkflowSpecWorkflowSpecExecutorPluginsSpecSidecarContainerLifecyclePostStartHttpGetPort {
    readonly value: number | string;
    static fromNumber(value: number): CronWorkflowSpecWorkflowSpecExecutorPluginsSpecSidecarContainerLifecyclePostStartHttpGetPort;
    static fromString(value: string): CronWorkflowSpecWorkflowSpecExecutorPluginsSpecSidecarContainerLifecyclePostStartHttpGetPort;
    private constructor();
}
export declare class CronWorkflowSpecWorkflowSpecExecutorPluginsSpecSidecarContainerLifecyclePostStartTcpSocketPort {
    readonly value: number | string;
    static fromNumber(value: number): CronWorkflowSpecWorkflowSpecExecutorPluginsSpecSidecarContainerLifecyclePostStartTcpSocketPort;
    static fromString(value: string): CronWorkflowSpecWorkflowSpecExecutorPluginsSpecSidecarContainerLifecyclePostStartTcpSocketPort;
    private constructor();
}
export interface CronWorkflowSpecWorkflowSpecExecutorPluginsSpecSidecarContainerLifecyclePreStopHttpGetHttpHeaders {
    readonly name: string;
    readonly value: string;
}
export declare class CronWorkflowSpecWorkflowSpecExecutorPluginsSpecSidecarContainerLifecyclePreStopHttpGetPort {
    readonly value: number | string;
    static fromNumber(value: number): CronWorkflowSpecWorkflowSpecExecutorPluginsSpecSidecarContainerLifecyclePreStopHttpGetPort;
    static fromString(value: string): CronWorkflowSpecWorkflowSpecExecutorPluginsSpecSidecarContainerLifecyclePreStopHttpGetPort;
    private constructor();
}
export declare class CronWorkflowSpecWorkflowSpecExecutorPluginsSpecSidecarContainerLifecyclePreStopTcpSocketPort {
    readonly value: number | string;
    static fromNumber(value: number): CronWorkflowSpecWorkflowSpecExecutorPluginsSpecSidecarContainerLifecyclePreStopTcpSocketPort;
    static fromString(value: string): CronWorkflowSpecWorkflowSpecExecutorPluginsSpecSidecarContainerLifecyclePreStopTcpSocketPort;
    private constructor();
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsDagTasksArgumentsArtifactsHttpAuthBasicAuth {
    readonly passwordSecret?: CronWorkflowSpecWorkflowSpecTemplateDefaultsDagTasksArgumentsArtifactsHttpAuthBasicAuthPasswordSecret;
    readonly usernameSecret?: CronWorkflowSpecWorkflowSpecTemplateDefaultsDagTasksArgumentsArtifactsHttpAuthBasicAuthUsernameSecret;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsDagTasksArgumentsArtifactsHttpAuthClientCert {
    readonly clientCertSecret?: CronWorkflowSpecWorkflowSpecTemplateDefaultsDagTasksArgumentsArtifactsHttpAuthClientCertClientCertSecret;
    readonly clientKeySecret?: CronWorkflowSpecWorkflowSpecTemplateDefaultsDagTasksArgumentsArtifactsHttpAuthClientCertClientKeySecret;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsDagTasksArgumentsArtifactsHttpAuthOauth2 {
    readonly clientIdSecret?: CronWorkflowSpecWorkflowSpecTemplateDefaultsDagTasksArgumentsArtifactsHttpAuthOauth2ClientIdSecret;
    readonly clientSecretSecret?: CronWorkflowSpecWorkflowSpecTemplateDefaultsDagTasksArgumentsArtifactsHttpAuthOauth2ClientSecretSecret;
    readonly endpointParams?: CronWorkflowSpecWorkflowSpecTemplateDefaultsDagTasksArgumentsArtifactsHttpAuthOauth2EndpointParams[];
    readonly scopes?: string[];
    readonly tokenUrlSecret?: CronWorkflowSpecWorkflowSpecTemplateDefaultsDagTasksArgumentsArtifactsHttpAuthOauth2TokenUrlSecret;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsDagTasksArgumentsArtifactsS3EncryptionOptionsServerSideCustomerKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsDagTasksHooksArgumentsArtifactsArchiveTar {
    readonly compressionLevel?: number;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsDagTasksHooksArgumentsArtifactsArtifactGcPodMetadata {
    readonly annotations?: {
        [key: string]: string;
    };
    readonly labels?: {
        [key: string]: string;
    };
}
export declare enum CronWorkflowSpecWorkflowSpecTemplateDefaultsDagTasksHooksArgumentsArtifactsArtifactGcStrategy {
    ON_WORKFLOW_COMPLETION = "OnWorkflowCompletion",
    ON_WORKFLOW_DELETION = "OnWorkflowDeletion",
    NEVER = "Never"
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsDagTasksHooksArgumentsArtifactsArtifactoryPasswordSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsDagTasksHooksArgumentsArtifactsArtifactoryUsernameSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsDagTasksHooksArgumentsArtifactsAzureAccountKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsDagTasksHooksArgumentsArtifactsGcsServiceAccountKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsDagTasksHooksArgumentsArtifactsGitPasswordSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsDagTasksHooksArgumentsArtifactsGitSshPrivateKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsDagTasksHooksArgumentsArtifactsGitUsernameSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsDagTasksHooksArgumentsArtifactsHdfsKrbCCacheSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsDagTasksHooksArgumentsArtifactsHdfsKrbConfigConfigMap {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsDagTasksHooksArgumentsArtifactsHdfsKrbKeytabSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsDagTasksHooksArgumentsArtifactsHttpAuth {
    readonly basicAuth?: CronWorkflowSpecWorkflowSpecTemplateDefaultsDagTasksHooksArgumentsArtifactsHttpAuthBasicAuth;
    readonly clientCert?: CronWorkflowSpecWorkflowSpecTemplateDefaultsDagTasksHooksArgumentsArtifactsHttpAuthClientCert;
    readonly oauth2?: CronWorkflowSpecWorkflowSpecTemplateDefaultsDagTasksHooksArgumentsArtifactsHttpAuthOauth2;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsDagTasksHooksArgumentsArtifactsHttpHeaders {
    readonly name: string;
    readonly value: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsDagTasksHooksArgumentsArtifactsOssAccessKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsDagTasksHooksArgumentsArtifactsOssLifecycleRule {
    readonly markDeletionAfterDays?: number;
    readonly markInfrequentAccessAfterDays?: number;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsDagTasksHooksArgumentsArtifactsOssSecretKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsDagTasksHooksArgumentsArtifactsS3AccessKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export declare enum CronWorkflowSpecWorkflowSpecTemplateDefaultsDagTasksHooksArgumentsArtifactsS3AddressingStyle {
    PATH = "path",
    VIRTUAL_HYPHEN_HOSTED = "virtual-hosted"
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsDagTasksHooksArgumentsArtifactsS3CaSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsDagTasksHooksArgumentsArtifactsS3CreateBucketIfNotPresent {
    readonly objectLocking?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsDagTasksHooksArgumentsArtifactsS3EncryptionOptions {
    readonly enableEncryption?: boolean;
    readonly kmsEncryptionContext?: string;
    readonly kmsKeyId?: string;
    readonly serverSideCustomerKeySecret?: CronWorkflowSpecWorkflowSpecTemplateDefaultsDagTasksHooksArgumentsArtifactsS3EncryptionOptionsServerSideCustomerKeySecret;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsDagTasksHooksArgumentsArtifactsS3SecretKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsDagTasksHooksArgumentsArtifactsS3SessionTokenSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsDagTasksHooksArgumentsParametersValueFromConfigMapKeyRef {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsDataSourceArtifactPathsHttpAuthBasicAuthPasswordSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsDataSourceArtifactPathsHttpAuthBasicAuthUsernameSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsDataSourceArtifactPathsHttpAuthClientCertClientCertSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsDataSourceArtifactPathsHttpAuthClientCertClientKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsDataSourceArtifactPathsHttpAuthOauth2ClientIdSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsDataSourceArtifactPathsHttpAuthOauth2ClientSecretSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsDataSourceArtifactPathsHttpAuthOauth2EndpointParams {
    readonly key: string;
    readonly value?: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsDataSourceArtifactPathsHttpAuthOauth2TokenUrlSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsResourceManifestFromArtifactHttpAuthBasicAuthPasswordSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsResourceManifestFromArtifactHttpAuthBasicAuthUsernameSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsResourceManifestFromArtifactHttpAuthClientCertClientCertSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsResourceManifestFromArtifactHttpAuthClientCertClientKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsResourceManifestFromArtifactHttpAuthOauth2ClientIdSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsResourceManifestFromArtifactHttpAuthOauth2ClientSecretSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsResourceManifestFromArtifactHttpAuthOauth2EndpointParams {
    readonly key: string;
    readonly value?: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsResourceManifestFromArtifactHttpAuthOauth2TokenUrlSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsStepsArgumentsArtifactsHttpAuthBasicAuthPasswordSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsStepsArgumentsArtifactsHttpAuthBasicAuthUsernameSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsStepsArgumentsArtifactsHttpAuthClientCertClientCertSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsStepsArgumentsArtifactsHttpAuthClientCertClientKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsStepsArgumentsArtifactsHttpAuthOauth2ClientIdSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsStepsArgumentsArtifactsHttpAuthOauth2ClientSecretSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsStepsArgumentsArtifactsHttpAuthOauth2EndpointParams {
    readonly key: string;
    readonly value?: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsStepsArgumentsArtifactsHttpAuthOauth2TokenUrlSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsStepsHooksArgumentsArtifactsHttpAuthBasicAuth {
    readonly passwordSecret?: CronWorkflowSpecWorkflowSpecTemplateDefaultsStepsHooksArgumentsArtifactsHttpAuthBasicAuthPasswordSecret;
    readonly usernameSecret?: CronWorkflowSpecWorkflowSpecTemplateDefaultsStepsHooksArgumentsArtifactsHttpAuthBasicAuthUsernameSecret;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsStepsHooksArgumentsArtifactsHttpAuthClientCert {
    readonly clientCertSecret?: CronWorkflowSpecWorkflowSpecTemplateDefaultsStepsHooksArgumentsArtifactsHttpAuthClientCertClientCertSecret;
    readonly clientKeySecret?: CronWorkflowSpecWorkflowSpecTemplateDefaultsStepsHooksArgumentsArtifactsHttpAuthClientCertClientKeySecret;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsStepsHooksArgumentsArtifactsHttpAuthOauth2 {
    readonly clientIdSecret?: CronWorkflowSpecWorkflowSpecTemplateDefaultsStepsHooksArgumentsArtifactsHttpAuthOauth2ClientIdSecret;
    readonly clientSecretSecret?: CronWorkflowSpecWorkflowSpecTemplateDefaultsStepsHooksArgumentsArtifactsHttpAuthOauth2ClientSecretSecret;
    readonly endpointParams?: CronWorkflowSpecWorkflowSpecTemplateDefaultsStepsHooksArgumentsArtifactsHttpAuthOauth2EndpointParams[];
    readonly scopes?: string[];
    readonly tokenUrlSecret?: CronWorkflowSpecWorkflowSpecTemplateDefaultsStepsHooksArgumentsArtifactsHttpAuthOauth2TokenUrlSecret;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsStepsHooksArgumentsArtifactsS3EncryptionOptionsServerSideCustomerKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export declare class CronWorkflowSpecWorkflowSpecTemplateDefaultsVolumesProjectedSourcesDownwardApiItemsResourceFieldRefDivisor {
    readonly value: number | string;
    static fromNumber(value: number): CronWorkflowSpecWorkflowSpecTemplateDefaultsVolumesProjectedSourcesDownwardApiItemsResourceFieldRefDivisor;
    static fromString(value: string): CronWorkflowSpecWorkflowSpecTemplateDefaultsVolumesProjectedSourcesDownwardApiItemsResourceFieldRefDivisor;
    private constructor();
}
export interface CronWorkflowSpecWorkflowSpecTemplatesDagTasksArgumentsArtifactsHttpAuthBasicAuth {
    readonly passwordSecret?: CronWorkflowSpecWorkflowSpecTemplatesDagTasksArgumentsArtifactsHttpAuthBasicAuthPasswordSecret;
    readonly usernameSecret?: CronWorkflowSpecWorkflowSpecTemplatesDagTasksArgumentsArtifactsHttpAuthBasicAuthUsernameSecret;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesDagTasksArgumentsArtifactsHttpAuthClientCert {
    readonly clientCertSecret?: CronWorkflowSpecWorkflowSpecTemplatesDagTasksArgumentsArtifactsHttpAuthClientCertClientCertSecret;
    readonly clientKeySecret?: CronWorkflowSpecWorkflowSpecTemplatesDagTasksArgumentsArtifactsHttpAuthClientCertClientKeySecret;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesDagTasksArgumentsArtifactsHttpAuthOauth2 {
    readonly clientIdSecret?: CronWorkflowSpecWorkflowSpecTemplatesDagTasksArgumentsArtifactsHttpAuthOauth2ClientIdSecret;
    readonly clientSecretSecret?: CronWorkflowSpecWorkflowSpecTemplatesDagTasksArgumentsArtifactsHttpAuthOauth2ClientSecretSecret;
    readonly endpointParams?: CronWorkflowSpecWorkflowSpecTemplatesDagTasksArgumentsArtifactsHttpAuthOauth2EndpointParams[];
    readonly scopes?: string[];
    readonly tokenUrlSecret?: CronWorkflowSpecWorkflowSpecTemplatesDagTasksArgumentsArtifactsHttpAuthOauth2TokenUrlSecret;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesDagTasksArgumentsArtifactsS3EncryptionOptionsServerSideCustomerKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesDagTasksHooksArgumentsArtifactsArchiveTar {
    readonly compressionLevel?: number;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesDagTasksHooksArgumentsArtifactsArtifactGcPodMetadata {
    readonly annotations?: {
        [key: string]: string;
    };
    readonly labels?: {
        [key: string]: string;
    };
}
export declare enum CronWorkflowSpecWorkflowSpecTemplatesDagTasksHooksArgumentsArtifactsArtifactGcStrategy {
    ON_WORKFLOW_COMPLETION = "OnWorkflowCompletion",
    ON_WORKFLOW_DELETION = "OnWorkflowDeletion",
    NEVER = "Never"
}
export interface CronWorkflowSpecWorkflowSpecTemplatesDagTasksHooksArgumentsArtifactsArtifactoryPasswordSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesDagTasksHooksArgumentsArtifactsArtifactoryUsernameSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesDagTasksHooksArgumentsArtifactsAzureAccountKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesDagTasksHooksArgumentsArtifactsGcsServiceAccountKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesDagTasksHooksArgumentsArtifactsGitPasswordSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesDagTasksHooksArgumentsArtifactsGitSshPrivateKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesDagTasksHooksArgumentsArtifactsGitUsernameSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesDagTasksHooksArgumentsArtifactsHdfsKrbCCacheSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesDagTasksHooksArgumentsArtifactsHdfsKrbConfigConfigMap {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesDagTasksHooksArgumentsArtifactsHdfsKrbKeytabSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesDagTasksHooksArgumentsArtifactsHttpAuth {
    readonly basicAuth?: CronWorkflowSpecWorkflowSpecTemplatesDagTasksHooksArgumentsArtifactsHttpAuthBasicAuth;
    readonly clientCert?: CronWorkflowSpecWorkflowSpecTemplatesDagTasksHooksArgumentsArtifactsHttpAuthClientCert;
    readonly oauth2?: CronWorkflowSpecWorkflowSpecTemplatesDagTasksHooksArgumentsArtifactsHttpAuthOauth2;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesDagTasksHooksArgumentsArtifactsHttpHeaders {
    readonly name: string;
    readonly value: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesDagTasksHooksArgumentsArtifactsOssAccessKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesDagTasksHooksArgumentsArtifactsOssLifecycleRule {
    readonly markDeletionAfterDays?: number;
    readonly markInfrequentAccessAfterDays?: number;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesDagTasksHooksArgumentsArtifactsOssSecretKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesDagTasksHooksArgumentsArtifactsS3AccessKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export declare enum CronWorkflowSpecWorkflowSpecTemplatesDagTasksHooksArgumentsArtifactsS3AddressingStyle {
    PATH = "path",
    VIRTUAL_HYPHEN_HOSTED = "virtual-hosted"
}
export interface CronWorkflowSpecWorkflowSpecTemplatesDagTasksHooksArgumentsArtifactsS3CaSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesDagTasksHooksArgumentsArtifactsS3CreateBucketIfNotPresent {
    readonly objectLocking?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesDagTasksHooksArgumentsArtifactsS3EncryptionOptions {
    readonly enableEncryption?: boolean;
    readonly kmsEncryptionContext?: string;
    readonly kmsKeyId?: string;
    readonly serverSideCustomerKeySecret?: CronWorkflowSpecWorkflowSpecTemplatesDagTasksHooksArgumentsArtifactsS3EncryptionOptionsServerSideCustomerKeySecret;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesDagTasksHooksArgumentsArtifactsS3SecretKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesDagTasksHooksArgumentsArtifactsS3SessionTokenSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesDagTasksHooksArgumentsParametersValueFromConfigMapKeyRef {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesDataSourceArtifactPathsHttpAuthBasicAuthPasswordSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesDataSourceArtifactPathsHttpAuthBasicAuthUsernameSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesDataSourceArtifactPathsHttpAuthClientCertClientCertSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesDataSourceArtifactPathsHttpAuthClientCertClientKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesDataSourceArtifactPathsHttpAuthOauth2ClientIdSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesDataSourceArtifactPathsHttpAuthOauth2ClientSecretSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesDataSourceArtifactPathsHttpAuthOauth2EndpointParams {
    readonly key: string;
    readonly value?: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesDataSourceArtifactPathsHttpAuthOauth2TokenUrlSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesResourceManifestFromArtifactHttpAuthBasicAuthPasswordSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesResourceManifestFromArtifactHttpAuthBasicAuthUsernameSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesResourceManifestFromArtifactHttpAuthClientCertClientCertSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesResourceManifestFromArtifactHttpAuthClientCertClientKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesResourceManifestFromArtifactHttpAuthOauth2ClientIdSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesResourceManifestFromArtifactHttpAuthOauth2ClientSecretSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesResourceManifestFromArtifactHttpAuthOauth2EndpointParams {
    readonly key: string;
    readonly value?: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesResourceManifestFromArtifactHttpAuthOauth2TokenUrlSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesStepsArgumentsArtifactsHttpAuthBasicAuthPasswordSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesStepsArgumentsArtifactsHttpAuthBasicAuthUsernameSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesStepsArgumentsArtifactsHttpAuthClientCertClientCertSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesStepsArgumentsArtifactsHttpAuthClientCertClientKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesStepsArgumentsArtifactsHttpAuthOauth2ClientIdSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesStepsArgumentsArtifactsHttpAuthOauth2ClientSecretSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesStepsArgumentsArtifactsHttpAuthOauth2EndpointParams {
    readonly key: string;
    readonly value?: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesStepsArgumentsArtifactsHttpAuthOauth2TokenUrlSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesStepsHooksArgumentsArtifactsHttpAuthBasicAuth {
    readonly passwordSecret?: CronWorkflowSpecWorkflowSpecTemplatesStepsHooksArgumentsArtifactsHttpAuthBasicAuthPasswordSecret;
    readonly usernameSecret?: CronWorkflowSpecWorkflowSpecTemplatesStepsHooksArgumentsArtifactsHttpAuthBasicAuthUsernameSecret;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesStepsHooksArgumentsArtifactsHttpAuthClientCert {
    readonly clientCertSecret?: CronWorkflowSpecWorkflowSpecTemplatesStepsHooksArgumentsArtifactsHttpAuthClientCertClientCertSecret;
    readonly clientKeySecret?: CronWorkflowSpecWorkflowSpecTemplatesStepsHooksArgumentsArtifactsHttpAuthClientCertClientKeySecret;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesStepsHooksArgumentsArtifactsHttpAuthOauth2 {
    readonly clientIdSecret?: CronWorkflowSpecWorkflowSpecTemplatesStepsHooksArgumentsArtifactsHttpAuthOauth2ClientIdSecret;
    readonly clientSecretSecret?: CronWorkflowSpecWorkflowSpecTemplatesStepsHooksArgumentsArtifactsHttpAuthOauth2ClientSecretSecret;
    readonly endpointParams?: CronWorkflowSpecWorkflowSpecTemplatesStepsHooksArgumentsArtifactsHttpAuthOauth2EndpointParams[];
    readonly scopes?: string[];
    readonly tokenUrlSecret?: CronWorkflowSpecWorkflowSpecTemplatesStepsHooksArgumentsArtifactsHttpAuthOauth2TokenUrlSecret;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesStepsHooksArgumentsArtifactsS3EncryptionOptionsServerSideCustomerKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export declare class CronWorkflowSpecWorkflowSpecTemplatesVolumesProjectedSourcesDownwardApiItemsResourceFieldRefDivisor {
    readonly value: number | string;
    static fromNumber(value: number): CronWorkflowSpecWorkflowSpecTemplatesVolumesProjectedSourcesDownwardApiItemsResourceFieldRefDivisor;
    static fromString(value: string): CronWorkflowSpecWorkflowSpecTemplatesVolumesProjectedSourcesDownwardApiItemsResourceFieldRefDivisor;
    private constructor();
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsDagTasksArgumentsArtifactsHttpAuthBasicAuthPasswordSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsDagTasksArgumentsArtifactsHttpAuthBasicAuthUsernameSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsDagTasksArgumentsArtifactsHttpAuthClientCertClientCertSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsDagTasksArgumentsArtifactsHttpAuthClientCertClientKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsDagTasksArgumentsArtifactsHttpAuthOauth2ClientIdSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsDagTasksArgumentsArtifactsHttpAuthOauth2ClientSecretSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsDagTasksArgumentsArtifactsHttpAuthOauth2EndpointParams {
    readonly key: string;
    readonly value?: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsDagTasksArgumentsArtifactsHttpAuthOauth2TokenUrlSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsDagTasksHooksArgumentsArtifactsHttpAuthBasicAuth {
    readonly passwordSecret?: CronWorkflowSpecWorkflowSpecTemplateDefaultsDagTasksHooksArgumentsArtifactsHttpAuthBasicAuthPasswordSecret;
    readonly usernameSecret?: CronWorkflowSpecWorkflowSpecTemplateDefaultsDagTasksHooksArgumentsArtifactsHttpAuthBasicAuthUsernameSecret;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsDagTasksHooksArgumentsArtifactsHttpAuthClientCert {
    readonly clientCertSecret?: CronWorkflowSpecWorkflowSpecTemplateDefaultsDagTasksHooksArgumentsArtifactsHttpAuthClientCertClientCertSecret;
    readonly clientKeySecret?: CronWorkflowSpecWorkflowSpecTemplateDefaultsDagTasksHooksArgumentsArtifactsHttpAuthClientCertClientKeySecret;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsDagTasksHooksArgumentsArtifactsHttpAuthOauth2 {
    readonly clientIdSecret?: CronWorkflowSpecWorkflowSpecTemplateDefaultsDagTasksHooksArgumentsArtifactsHttpAuthOauth2ClientIdSecret;
    readonly clientSecretSecret?: CronWorkflowSpecWorkflowSpecTemplateDefaultsDagTasksHooksArgumentsArtifactsHttpAuthOauth2ClientSecretSecret;
    readonly endpointParams?: CronWorkflowSpecWorkflowSpecTemplateDefaultsDagTasksHooksArgumentsArtifactsHttpAuthOauth2EndpointParams[];
    readonly scopes?: string[];
    readonly tokenUrlSecret?: CronWorkflowSpecWorkflowSpecTemplateDefaultsDagTasksHooksArgumentsArtifactsHttpAuthOauth2TokenUrlSecret;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsDagTasksHooksArgumentsArtifactsS3EncryptionOptionsServerSideCustomerKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsStepsHooksArgumentsArtifactsHttpAuthBasicAuthPasswordSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsStepsHooksArgumentsArtifactsHttpAuthBasicAuthUsernameSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsStepsHooksArgumentsArtifactsHttpAuthClientCertClientCertSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsStepsHooksArgumentsArtifactsHttpAuthClientCertClientKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsStepsHooksArgumentsArtifactsHttpAuthOauth2ClientIdSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsStepsHooksArgumentsArtifactsHttpAuthOauth2ClientSecretSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsStepsHooksArgumentsArtifactsHttpAuthOauth2EndpointParams {
    readonly key: string;
    readonly value?: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsStepsHooksArgumentsArtifactsHttpAuthOauth2TokenUrlSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesDagTasksArgumentsArtifactsHttpAuthBasicAuthPasswordSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesDagTasksArgumentsArtifactsHttpAuthBasicAuthUsernameSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesDagTasksArgumentsArtifactsHttpAuthClientCertClientCertSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesDagTasksArgumentsArtifactsHttpAuthClientCertClientKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesDagTasksArgumentsArtifactsHttpAuthOauth2ClientIdSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesDagTasksArgumentsArtifactsHttpAuthOauth2ClientSecretSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesDagTasksArgumentsArtifactsHttpAuthOauth2EndpointParams {
    readonly key: string;
    readonly value?: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesDagTasksArgumentsArtifactsHttpAuthOauth2TokenUrlSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesDagTasksHooksArgumentsArtifactsHttpAuthBasicAuth {
    readonly passwordSecret?: CronWorkflowSpecWorkflowSpecTemplatesDagTasksHooksArgumentsArtifactsHttpAuthBasicAuthPasswordSecret;
    readonly usernameSecret?: CronWorkflowSpecWorkflowSpecTemplatesDagTasksHooksArgumentsArtifactsHttpAuthBasicAuthUsernameSecret;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesDagTasksHooksArgumentsArtifactsHttpAuthClientCert {
    readonly clientCertSecret?: CronWorkflowSpecWorkflowSpecTemplatesDagTasksHooksArgumentsArtifactsHttpAuthClientCertClientCertSecret;
    readonly clientKeySecret?: CronWorkflowSpecWorkflowSpecTemplatesDagTasksHooksArgumentsArtifactsHttpAuthClientCertClientKeySecret;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesDagTasksHooksArgumentsArtifactsHttpAuthOauth2 {
    readonly clientIdSecret?: CronWorkflowSpecWorkflowSpecTemplatesDagTasksHooksArgumentsArtifactsHttpAuthOauth2ClientIdSecret;
    readonly clientSecretSecret?: CronWorkflowSpecWorkflowSpecTemplatesDagTasksHooksArgumentsArtifactsHttpAuthOauth2ClientSecretSecret;
    readonly endpointParams?: CronWorkflowSpecWorkflowSpecTemplatesDagTasksHooksArgumentsArtifactsHttpAuthOauth2EndpointParams[];
    readonly scopes?: string[];
    readonly tokenUrlSecret?: CronWorkflowSpecWorkflowSpecTemplatesDagTasksHooksArgumentsArtifactsHttpAuthOauth2TokenUrlSecret;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesDagTasksHooksArgumentsArtifactsS3EncryptionOptionsServerSideCustomerKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesStepsHooksArgumentsArtifactsHttpAuthBasicAuthPasswordSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesStepsHooksArgumentsArtifactsHttpAuthBasicAuthUsernameSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesStepsHooksArgumentsArtifactsHttpAuthClientCertClientCertSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesStepsHooksArgumentsArtifactsHttpAuthClientCertClientKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesStepsHooksArgumentsArtifactsHttpAuthOauth2ClientIdSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesStepsHooksArgumentsArtifactsHttpAuthOauth2ClientSecretSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesStepsHooksArgumentsArtifactsHttpAuthOauth2EndpointParams {
    readonly key: string;
    readonly value?: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesStepsHooksArgumentsArtifactsHttpAuthOauth2TokenUrlSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsDagTasksHooksArgumentsArtifactsHttpAuthBasicAuthPasswordSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsDagTasksHooksArgumentsArtifactsHttpAuthBasicAuthUsernameSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsDagTasksHooksArgumentsArtifactsHttpAuthClientCertClientCertSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsDagTasksHooksArgumentsArtifactsHttpAuthClientCertClientKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsDagTasksHooksArgumentsArtifactsHttpAuthOauth2ClientIdSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsDagTasksHooksArgumentsArtifactsHttpAuthOauth2ClientSecretSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsDagTasksHooksArgumentsArtifactsHttpAuthOauth2EndpointParams {
    readonly key: string;
    readonly value?: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplateDefaultsDagTasksHooksArgumentsArtifactsHttpAuthOauth2TokenUrlSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesDagTasksHooksArgumentsArtifactsHttpAuthBasicAuthPasswordSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesDagTasksHooksArgumentsArtifactsHttpAuthBasicAuthUsernameSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesDagTasksHooksArgumentsArtifactsHttpAuthClientCertClientCertSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesDagTasksHooksArgumentsArtifactsHttpAuthClientCertClientKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesDagTasksHooksArgumentsArtifactsHttpAuthOauth2ClientIdSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesDagTasksHooksArgumentsArtifactsHttpAuthOauth2ClientSecretSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesDagTasksHooksArgumentsArtifactsHttpAuthOauth2EndpointParams {
    readonly key: string;
    readonly value?: string;
}
export interface CronWorkflowSpecWorkflowSpecTemplatesDagTasksHooksArgumentsArtifactsHttpAuthOauth2TokenUrlSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
