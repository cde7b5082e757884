import { ApiObject, ApiObjectMetadata, GroupVersionKind } from 'cdk8s';
import { Construct } from 'constructs';
export declare class WorkflowTemplate extends ApiObject {
    static readonly GVK: GroupVersionKind;
    static manifest(props: WorkflowTemplateProps): any;
    constructor(scope: Construct, id: string, props: WorkflowTemplateProps);
    toJson(): any;
}
export interface WorkflowTemplateProps {
    readonly metadata: ApiObjectMetadata;
    readonly spec: WorkflowTemplateSpec;
}
export interface WorkflowTemplateSpec {
    readonly activeDeadlineSeconds?: number;
    readonly affinity?: WorkflowTemplateSpecAffinity;
    readonly archiveLogs?: boolean;
    readonly arguments?: WorkflowTemplateSpecArguments;
    readonly artifactGc?: WorkflowTemplateSpecArtifactGc;
    readonly artifactRepositoryRef?: WorkflowTemplateSpecArtifactRepositoryRef;
    readonly automountServiceAccountToken?: boolean;
    readonly dnsConfig?: WorkflowTemplateSpecDnsConfig;
    readonly dnsPolicy?: string;
    readonly entrypoint?: string;
    readonly executor?: WorkflowTemplateSpecExecutor;
    readonly executorPlugins?: WorkflowTemplateSpecExecutorPlugins[];
    readonly hooks?: {
        [key: string]: WorkflowTemplateSpecHooks;
    };
    readonly hostAliases?: WorkflowTemplateSpecHostAliases[];
    readonly hostNetwork?: boolean;
    readonly imagePullSecrets?: WorkflowTemplateSpecImagePullSecrets[];
    readonly metrics?: WorkflowTemplateSpecMetrics;
    readonly nodeSelector?: {
        [key: string]: string;
    };
    readonly onExit?: string;
    readonly parallelism?: number;
    readonly podDisruptionBudget?: WorkflowTemplateSpecPodDisruptionBudget;
    readonly podGc?: WorkflowTemplateSpecPodGc;
    readonly podMetadata?: WorkflowTemplateSpecPodMetadata;
    readonly podPriorityClassName?: string;
    readonly podResources?: WorkflowTemplateSpecPodResources;
    readonly podSpecPatch?: string;
    readonly priority?: number;
    readonly resourceClaims?: WorkflowTemplateSpecResourceClaims[];
    readonly retryStrategy?: WorkflowTemplateSpecRetryStrategy;
    readonly schedulerName?: string;
    readonly securityContext?: WorkflowTemplateSpecSecurityContext;
    readonly serviceAccountName?: string;
    readonly shutdown?: string;
    readonly suspend?: boolean;
    readonly synchronization?: WorkflowTemplateSpecSynchronization;
    readonly templateDefaults?: WorkflowTemplateSpecTemplateDefaults;
    readonly templates?: WorkflowTemplateSpecTemplates[];
    readonly tolerations?: WorkflowTemplateSpecTolerations[];
    readonly ttlStrategy?: WorkflowTemplateSpecTtlStrategy;
    readonly volumeClaimGc?: WorkflowTemplateSpecVolumeClaimGc;
    readonly volumeClaimTemplates?: WorkflowTemplateSpecVolumeClaimTemplates[];
    readonly volumes?: WorkflowTemplateSpecVolumes[];
    readonly workflowMetadata?: WorkflowTemplateSpecWorkflowMetadata;
    readonly workflowTemplateRef?: WorkflowTemplateSpecWorkflowTemplateRef;
}
export interface WorkflowTemplateSpecAffinity {
    readonly nodeAffinity?: WorkflowTemplateSpecAffinityNodeAffinity;
    readonly podAffinity?: WorkflowTemplateSpecAffinityPodAffinity;
    readonly podAntiAffinity?: WorkflowTemplateSpecAffinityPodAntiAffinity;
}
export interface WorkflowTemplateSpecArguments {
    readonly artifacts?: WorkflowTemplateSpecArgumentsArtifacts[];
    readonly parameters?: WorkflowTemplateSpecArgumentsParameters[];
}
export interface WorkflowTemplateSpecArtifactGc {
    readonly forceFinalizerRemoval?: boolean;
    readonly podMetadata?: WorkflowTemplateSpecArtifactGcPodMetadata;
    readonly podSpecPatch?: string;
    readonly serviceAccountName?: string;
    readonly strategy?: WorkflowTemplateSpecArtifactGcStrategy;
}
export interface WorkflowTemplateSpecArtifactRepositoryRef {
    readonly configMap?: string;
    readonly key?: string;
}
export interface WorkflowTemplateSpecDnsConfig {
    readonly nameservers?: string[];
    readonly options?: WorkflowTemplateSpecDnsConfigOptions[];
    readonly searches?: string[];
}
export interface WorkflowTemplateSpecExecutor {
    readonly serviceAccountName?: string;
}
export interface WorkflowTemplateSpecExecutorPlugins {
    readonly metadata: WorkflowTemplateSpecExecutorPluginsMetadata;
    readonly spec: WorkflowTemplateSpecExecutorPluginsSpec;
}
export interface WorkflowTemplateSpecHooks {
    readonly arguments?: WorkflowTemplateSpecHooksArguments;
    readonly expression?: string;
    readonly template?: string;
    readonly templateRef?: WorkflowTemplateSpecHooksTemplateRef;
}
export interface WorkflowTemplateSpecHostAliases {
    readonly hostnames?: string[];
    readonly ip: string;
}
export interface WorkflowTemplateSpecImagePullSecrets {
    readonly name?: string;
}
export interface WorkflowTemplateSpecMetrics {
    readonly prometheus: WorkflowTemplateSpecMetricsPrometheus[];
}
export interface WorkflowTemplateSpecPodDisruptionBudget {
    readonly maxUnavailable?: WorkflowTemplateSpecPodDisruptionBudgetMaxUnavailable;
    readonly minAvailable?: WorkflowTemplateSpecPodDisruptionBudgetMinAvailable;
    readonly selector?: WorkflowTemplateSpecPodDisruptionBudgetSelector;
    readonly unhealthyPodEvictionPolicy?: string;
}
export interface WorkflowTemplateSpecPodGc {
    readonly deleteDelayDuration?: string;
    readonly labelSelector?: WorkflowTemplateSpecPodGcLabelSelector;
    readonly strategy?: WorkflowTemplateSpecPodGcStrategy;
}
export interface WorkflowTemplateSpecPodMetadata {
    readonly annotations?: {
        [key: string]: string;
    };
    readonly labels?: {
        [key: string]: string;
    };
}
export interface WorkflowTemplateSpecPodResources {
    readonly claims?: WorkflowTemplateSpecPodResourcesClaims[];
    readonly limits?: {
        [key: string]: WorkflowTemplateSpecPodResourcesLimits;
    };
    readonly requests?: {
        [key: string]: WorkflowTemplateSpecPodResourcesRequests;
    };
}
export interface WorkflowTemplateSpecResourceClaims {
    readonly name: string;
    readonly resourceClaimName?: string;
    readonly resourceClaimTemplateName?: string;
}
export interface WorkflowTemplateSpecRetryStrategy {
    readonly affinity?: WorkflowTemplateSpecRetryStrategyAffinity;
    readonly backoff?: WorkflowTemplateSpecRetryStrategyBackoff;
    readonly expression?: string;
    readonly limit?: WorkflowTemplateSpecRetryStrategyLimit;
    readonly retryPolicy?: WorkflowTemplateSpecRetryStrategyRetryPolicy;
}
export interface WorkflowTemplateSpecSecurityContext {
    readonly appArmorProfile?: WorkflowTemplateSpecSecurityContextAppArmorProfile;
    readonly fsGroup?: number;
    readonly fsGroupChangePolicy?: string;
    readonly runAsGroup?: number;
    readonly runAsNonRoot?: boolean;
    readonly runAsUser?: number;
    readonly seLinuxChangePolicy?: string;
    readonly seLinuxOptions?: WorkflowTemplateSpecSecurityContextSeLinuxOptions;
    readonly seccompProfile?: WorkflowTemplateSpecSecurityContextSeccompProfile;
    readonly supplementalGroups?: number[];
    readonly supplementalGroupsPolicy?: string;
    readonly sysctls?: WorkflowTemplateSpecSecurityContextSysctls[];
    readonly windowsOptions?: WorkflowTemplateSpecSecurityContextWindowsOptions;
}
export interface WorkflowTemplateSpecSynchronization {
    readonly mutexes?: WorkflowTemplateSpecSynchronizationMutexes[];
    readonly semaphores?: WorkflowTemplateSpecSynchronizationSemaphores[];
}
export interface WorkflowTemplateSpecTemplateDefaults {
    readonly activeDeadlineSeconds?: WorkflowTemplateSpecTemplateDefaultsActiveDeadlineSeconds;
    readonly affinity?: WorkflowTemplateSpecTemplateDefaultsAffinity;
    readonly annotations?: {
        [key: string]: string;
    };
    readonly archiveLocation?: WorkflowTemplateSpecTemplateDefaultsArchiveLocation;
    readonly automountServiceAccountToken?: boolean;
    readonly container?: WorkflowTemplateSpecTemplateDefaultsContainer;
    readonly containerSet?: WorkflowTemplateSpecTemplateDefaultsContainerSet;
    readonly daemon?: boolean;
    readonly dag?: WorkflowTemplateSpecTemplateDefaultsDag;
    readonly data?: WorkflowTemplateSpecTemplateDefaultsData;
    readonly executor?: WorkflowTemplateSpecTemplateDefaultsExecutor;
    readonly failFast?: boolean;
    readonly hostAliases?: WorkflowTemplateSpecTemplateDefaultsHostAliases[];
    readonly http?: WorkflowTemplateSpecTemplateDefaultsHttp;
    readonly initContainers?: WorkflowTemplateSpecTemplateDefaultsInitContainers[];
    readonly inputs?: WorkflowTemplateSpecTemplateDefaultsInputs;
    readonly memoize?: WorkflowTemplateSpecTemplateDefaultsMemoize;
    readonly metadata?: WorkflowTemplateSpecTemplateDefaultsMetadata;
    readonly metrics?: WorkflowTemplateSpecTemplateDefaultsMetrics;
    readonly name?: string;
    readonly nodeSelector?: {
        [key: string]: string;
    };
    readonly outputs?: WorkflowTemplateSpecTemplateDefaultsOutputs;
    readonly parallelism?: number;
    readonly pendingTimeout?: string;
    readonly plugin?: any;
    readonly podResources?: WorkflowTemplateSpecTemplateDefaultsPodResources;
    readonly podSpecPatch?: string;
    readonly priorityClassName?: string;
    readonly resource?: WorkflowTemplateSpecTemplateDefaultsResource;
    readonly resourceClaims?: WorkflowTemplateSpecTemplateDefaultsResourceClaims[];
    readonly retryStrategy?: WorkflowTemplateSpecTemplateDefaultsRetryStrategy;
    readonly schedulerName?: string;
    readonly script?: WorkflowTemplateSpecTemplateDefaultsScript;
    readonly securityContext?: WorkflowTemplateSpecTemplateDefaultsSecurityContext;
    readonly serviceAccountName?: string;
    readonly sidecars?: WorkflowTemplateSpecTemplateDefaultsSidecars[];
    readonly steps?: WorkflowTemplateSpecTemplateDefaultsSteps[][];
    readonly suspend?: WorkflowTemplateSpecTemplateDefaultsSuspend;
    readonly synchronization?: WorkflowTemplateSpecTemplateDefaultsSynchronization;
    readonly timeout?: string;
    readonly tolerations?: WorkflowTemplateSpecTemplateDefaultsTolerations[];
    readonly volumes?: WorkflowTemplateSpecTemplateDefaultsVolumes[];
}
export interface WorkflowTemplateSpecTemplates {
    readonly activeDeadlineSeconds?: WorkflowTemplateSpecTemplatesActiveDeadlineSeconds;
    readonly affinity?: WorkflowTemplateSpecTemplatesAffinity;
    readonly annotations?: {
        [key: string]: string;
    };
    readonly archiveLocation?: WorkflowTemplateSpecTemplatesArchiveLocation;
    readonly automountServiceAccountToken?: boolean;
    readonly container?: WorkflowTemplateSpecTemplatesContainer;
    readonly containerSet?: WorkflowTemplateSpecTemplatesContainerSet;
    readonly daemon?: boolean;
    readonly dag?: WorkflowTemplateSpecTemplatesDag;
    readonly data?: WorkflowTemplateSpecTemplatesData;
    readonly executor?: WorkflowTemplateSpecTemplatesExecutor;
    readonly failFast?: boolean;
    readonly hostAliases?: WorkflowTemplateSpecTemplatesHostAliases[];
    readonly http?: WorkflowTemplateSpecTemplatesHttp;
    readonly initContainers?: WorkflowTemplateSpecTemplatesInitContainers[];
    readonly inputs?: WorkflowTemplateSpecTemplatesInputs;
    readonly memoize?: WorkflowTemplateSpecTemplatesMemoize;
    readonly metadata?: WorkflowTemplateSpecTemplatesMetadata;
    readonly metrics?: WorkflowTemplateSpecTemplatesMetrics;
    readonly name?: string;
    readonly nodeSelector?: {
        [key: string]: string;
    };
    readonly outputs?: WorkflowTemplateSpecTemplatesOutputs;
    readonly parallelism?: number;
    readonly pendingTimeout?: string;
    readonly plugin?: any;
    readonly podResources?: WorkflowTemplateSpecTemplatesPodResources;
    readonly podSpecPatch?: string;
    readonly priorityClassName?: string;
    readonly resource?: WorkflowTemplateSpecTemplatesResource;
    readonly resourceClaims?: WorkflowTemplateSpecTemplatesResourceClaims[];
    readonly retryStrategy?: WorkflowTemplateSpecTemplatesRetryStrategy;
    readonly schedulerName?: string;
    readonly script?: WorkflowTemplateSpecTemplatesScript;
    readonly securityContext?: WorkflowTemplateSpecTemplatesSecurityContext;
    readonly serviceAccountName?: string;
    readonly sidecars?: WorkflowTemplateSpecTemplatesSidecars[];
    readonly steps?: WorkflowTemplateSpecTemplatesSteps[][];
    readonly suspend?: WorkflowTemplateSpecTemplatesSuspend;
    readonly synchronization?: WorkflowTemplateSpecTemplatesSynchronization;
    readonly timeout?: string;
    readonly tolerations?: WorkflowTemplateSpecTemplatesTolerations[];
    readonly volumes?: WorkflowTemplateSpecTemplatesVolumes[];
}
export interface WorkflowTemplateSpecTolerations {
    readonly effect?: string;
    readonly key?: string;
    readonly operator?: string;
    readonly tolerationSeconds?: number;
    readonly value?: string;
}
export interface WorkflowTemplateSpecTtlStrategy {
    readonly secondsAfterCompletion?: number;
    readonly secondsAfterFailure?: number;
    readonly secondsAfterSuccess?: number;
}
export interface WorkflowTemplateSpecVolumeClaimGc {
    readonly strategy?: string;
}
export interface WorkflowTemplateSpecVolumeClaimTemplates {
    readonly apiVersion?: string;
    readonly kind?: string;
    readonly metadata?: WorkflowTemplateSpecVolumeClaimTemplatesMetadata;
    readonly spec?: WorkflowTemplateSpecVolumeClaimTemplatesSpec;
    readonly status?: WorkflowTemplateSpecVolumeClaimTemplatesStatus;
}
export interface WorkflowTemplateSpecVolumes {
    readonly awsElasticBlockStore?: WorkflowTemplateSpecVolumesAwsElasticBlockStore;
    readonly azureDisk?: WorkflowTemplateSpecVolumesAzureDisk;
    readonly azureFile?: WorkflowTemplateSpecVolumesAzureFile;
    readonly cephfs?: WorkflowTemplateSpecVolumesCephfs;
    readonly cinder?: WorkflowTemplateSpecVolumesCinder;
    readonly configMap?: WorkflowTemplateSpecVolumesConfigMap;
    readonly csi?: WorkflowTemplateSpecVolumesCsi;
    readonly downwardApi?: WorkflowTemplateSpecVolumesDownwardApi;
    readonly emptyDir?: WorkflowTemplateSpecVolumesEmptyDir;
    readonly ephemeral?: WorkflowTemplateSpecVolumesEphemeral;
    readonly fc?: WorkflowTemplateSpecVolumesFc;
    readonly flexVolume?: WorkflowTemplateSpecVolumesFlexVolume;
    readonly flocker?: WorkflowTemplateSpecVolumesFlocker;
    readonly gcePersistentDisk?: WorkflowTemplateSpecVolumesGcePersistentDisk;
    readonly gitRepo?: WorkflowTemplateSpecVolumesGitRepo;
    readonly glusterfs?: WorkflowTemplateSpecVolumesGlusterfs;
    readonly hostPath?: WorkflowTemplateSpecVolumesHostPath;
    readonly image?: WorkflowTemplateSpecVolumesImage;
    readonly iscsi?: WorkflowTemplateSpecVolumesIscsi;
    readonly name: string;
    readonly nfs?: WorkflowTemplateSpecVolumesNfs;
    readonly persistentVolumeClaim?: WorkflowTemplateSpecVolumesPersistentVolumeClaim;
    readonly photonPersistentDisk?: WorkflowTemplateSpecVolumesPhotonPersistentDisk;
    readonly portworxVolume?: WorkflowTemplateSpecVolumesPortworxVolume;
    readonly projected?: WorkflowTemplateSpecVolumesProjected;
    readonly quobyte?: WorkflowTemplateSpecVolumesQuobyte;
    readonly rbd?: WorkflowTemplateSpecVolumesRbd;
    readonly scaleIo?: WorkflowTemplateSpecVolumesScaleIo;
    readonly secret?: WorkflowTemplateSpecVolumesSecret;
    readonly storageos?: WorkflowTemplateSpecVolumesStorageos;
    readonly vsphereVolume?: WorkflowTemplateSpecVolumesVsphereVolume;
}
export interface WorkflowTemplateSpecWorkflowMetadata {
    readonly annotations?: {
        [key: string]: string;
    };
    readonly labels?: {
        [key: string]: string;
    };
    readonly labelsFrom?: {
        [key: string]: WorkflowTemplateSpecWorkflowMetadataLabelsFrom;
    };
}
export interface WorkflowTemplateSpecWorkflowTemplateRef {
    readonly clusterScope?: boolean;
    readonly name?: string;
}
export interface WorkflowTemplateSpecAffinityNodeAffinity {
    readonly preferredDuringSchedulingIgnoredDuringExecution?: WorkflowTemplateSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution[];
    readonly requiredDuringSchedulingIgnoredDuringExecution?: WorkflowTemplateSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution;
}
export interface WorkflowTemplateSpecAffinityPodAffinity {
    readonly preferredDuringSchedulingIgnoredDuringExecution?: WorkflowTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution[];
    readonly requiredDuringSchedulingIgnoredDuringExecution?: WorkflowTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution[];
}
export interface WorkflowTemplateSpecAffinityPodAntiAffinity {
    readonly preferredDuringSchedulingIgnoredDuringExecution?: WorkflowTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution[];
    readonly requiredDuringSchedulingIgnoredDuringExecution?: WorkflowTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution[];
}
export interface WorkflowTemplateSpecArgumentsArtifacts {
    readonly archive?: WorkflowTemplateSpecArgumentsArtifactsArchive;
    readonly archiveLogs?: boolean;
    readonly artifactGc?: WorkflowTemplateSpecArgumentsArtifactsArtifactGc;
    readonly artifactory?: WorkflowTemplateSpecArgumentsArtifactsArtifactory;
    readonly azure?: WorkflowTemplateSpecArgumentsArtifactsAzure;
    readonly deleted?: boolean;
    readonly from?: string;
    readonly fromExpression?: string;
    readonly gcs?: WorkflowTemplateSpecArgumentsArtifactsGcs;
    readonly git?: WorkflowTemplateSpecArgumentsArtifactsGit;
    readonly globalName?: string;
    readonly hdfs?: WorkflowTemplateSpecArgumentsArtifactsHdfs;
    readonly http?: WorkflowTemplateSpecArgumentsArtifactsHttp;
    readonly mode?: number;
    readonly name: string;
    readonly optional?: boolean;
    readonly oss?: WorkflowTemplateSpecArgumentsArtifactsOss;
    readonly path?: string;
    readonly plugin?: WorkflowTemplateSpecArgumentsArtifactsPlugin;
    readonly raw?: WorkflowTemplateSpecArgumentsArtifactsRaw;
    readonly recurseMode?: boolean;
    readonly s3?: WorkflowTemplateSpecArgumentsArtifactsS3;
    readonly subPath?: string;
}
export interface WorkflowTemplateSpecArgumentsParameters {
    readonly default?: string;
    readonly description?: string;
    readonly enum?: string[];
    readonly globalName?: string;
    readonly name: string;
    readonly value?: string;
    readonly valueFrom?: WorkflowTemplateSpecArgumentsParametersValueFrom;
}
export interface WorkflowTemplateSpecArtifactGcPodMetadata {
    readonly annotations?: {
        [key: string]: string;
    };
    readonly labels?: {
        [key: string]: string;
    };
}
export declare enum WorkflowTemplateSpecArtifactGcStrategy {
    ON_WORKFLOW_COMPLETION = "OnWorkflowCompletion",
    ON_WORKFLOW_DELETION = "OnWorkflowDeletion",
    NEVER = "Never"
}
export interface WorkflowTemplateSpecDnsConfigOptions {
    readonly name?: string;
    readonly value?: string;
}
export interface WorkflowTemplateSpecExecutorPluginsMetadata {
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
export interface WorkflowTemplateSpecExecutorPluginsSpec {
    readonly sidecar: WorkflowTemplateSpecExecutorPluginsSpecSidecar;
}
export interface WorkflowTemplateSpecHooksArguments {
    readonly artifacts?: WorkflowTemplateSpecHooksArgumentsArtifacts[];
    readonly parameters?: WorkflowTemplateSpecHooksArgumentsParameters[];
}
export interface WorkflowTemplateSpecHooksTemplateRef {
    readonly clusterScope?: boolean;
    readonly name?: string;
    readonly template?: string;
}
export interface WorkflowTemplateSpecMetricsPrometheus {
    readonly counter?: WorkflowTemplateSpecMetricsPrometheusCounter;
    readonly gauge?: WorkflowTemplateSpecMetricsPrometheusGauge;
    readonly help: string;
    readonly histogram?: WorkflowTemplateSpecMetricsPrometheusHistogram;
    readonly labels?: WorkflowTemplateSpecMetricsPrometheusLabels[];
    readonly name: string;
    readonly when?: string;
}
export declare class WorkflowTemplateSpecPodDisruptionBudgetMaxUnavailable {
    readonly value: number | string;
    static fromNumber(value: number): WorkflowTemplateSpecPodDisruptionBudgetMaxUnavailable;
    static fromString(value: string): WorkflowTemplateSpecPodDisruptionBudgetMaxUnavailable;
    private constructor();
}
export declare class WorkflowTemplateSpecPodDisruptionBudgetMinAvailable {
    readonly value: number | string;
    static fromNumber(value: number): WorkflowTemplateSpecPodDisruptionBudgetMinAvailable;
    static fromString(value: string): WorkflowTemplateSpecPodDisruptionBudgetMinAvailable;
    private constructor();
}
export interface WorkflowTemplateSpecPodDisruptionBudgetSelector {
    readonly matchExpressions?: WorkflowTemplateSpecPodDisruptionBudgetSelectorMatchExpressions[];
    readonly matchLabels?: {
        [key: string]: string;
    };
}
export interface WorkflowTemplateSpecPodGcLabelSelector {
    readonly matchExpressions?: WorkflowTemplateSpecPodGcLabelSelectorMatchExpressions[];
    readonly matchLabels?: {
        [key: string]: string;
    };
}
export declare enum WorkflowTemplateSpecPodGcStrategy {
    ON_POD_COMPLETION = "OnPodCompletion",
    ON_POD_SUCCESS = "OnPodSuccess",
    ON_WORKFLOW_COMPLETION = "OnWorkflowCompletion",
    ON_WORKFLOW_SUCCESS = "OnWorkflowSuccess"
}
export interface WorkflowTemplateSpecPodResourcesClaims {
    readonly name: string;
    readonly request?: string;
}
export declare class WorkflowTemplateSpecPodResourcesLimits {
    readonly value: number | string;
    static fromNumber(value: number): WorkflowTemplateSpecPodResourcesLimits;
    static fromString(value: string): WorkflowTemplateSpecPodResourcesLimits;
    private constructor();
}
export declare class WorkflowTemplateSpecPodResourcesRequests {
    readonly value: number | string;
    static fromNumber(value: number): WorkflowTemplateSpecPodResourcesRequests;
    static fromString(value: string): WorkflowTemplateSpecPodResourcesRequests;
    private constructor();
}
export interface WorkflowTemplateSpecRetryStrategyAffinity {
    readonly nodeAntiAffinity?: any;
}
export interface WorkflowTemplateSpecRetryStrategyBackoff {
    readonly cap?: string;
    readonly duration?: string;
    readonly factor?: WorkflowTemplateSpecRetryStrategyBackoffFactor;
    readonly maxDuration?: string;
}
export declare class WorkflowTemplateSpecRetryStrategyLimit {
    readonly value: number | string;
    static fromNumber(value: number): WorkflowTemplateSpecRetryStrategyLimit;
    static fromString(value: string): WorkflowTemplateSpecRetryStrategyLimit;
    private constructor();
}
export declare enum WorkflowTemplateSpecRetryStrategyRetryPolicy {
    ALWAYS = "Always",
    ON_FAILURE = "OnFailure",
    ON_ERROR = "OnError",
    ON_TRANSIENT_ERROR = "OnTransientError"
}
export interface WorkflowTemplateSpecSecurityContextAppArmorProfile {
    readonly localhostProfile?: string;
    readonly type: string;
}
export interface WorkflowTemplateSpecSecurityContextSeLinuxOptions {
    readonly level?: string;
    readonly role?: string;
    readonly type?: string;
    readonly user?: string;
}
export interface WorkflowTemplateSpecSecurityContextSeccompProfile {
    readonly localhostProfile?: string;
    readonly type: string;
}
export interface WorkflowTemplateSpecSecurityContextSysctls {
    readonly name: string;
    readonly value: string;
}
export interface WorkflowTemplateSpecSecurityContextWindowsOptions {
    readonly gmsaCredentialSpec?: string;
    readonly gmsaCredentialSpecName?: string;
    readonly hostProcess?: boolean;
    readonly runAsUserName?: string;
}
export interface WorkflowTemplateSpecSynchronizationMutexes {
    readonly database?: boolean;
    readonly name?: string;
    readonly namespace?: string;
}
export interface WorkflowTemplateSpecSynchronizationSemaphores {
    readonly configMapKeyRef?: WorkflowTemplateSpecSynchronizationSemaphoresConfigMapKeyRef;
    readonly database?: WorkflowTemplateSpecSynchronizationSemaphoresDatabase;
    readonly namespace?: string;
}
export declare class WorkflowTemplateSpecTemplateDefaultsActiveDeadlineSeconds {
    readonly value: number | string;
    static fromNumber(value: number): WorkflowTemplateSpecTemplateDefaultsActiveDeadlineSeconds;
    static fromString(value: string): WorkflowTemplateSpecTemplateDefaultsActiveDeadlineSeconds;
    private constructor();
}
export interface WorkflowTemplateSpecTemplateDefaultsAffinity {
    readonly nodeAffinity?: WorkflowTemplateSpecTemplateDefaultsAffinityNodeAffinity;
    readonly podAffinity?: WorkflowTemplateSpecTemplateDefaultsAffinityPodAffinity;
    readonly podAntiAffinity?: WorkflowTemplateSpecTemplateDefaultsAffinityPodAntiAffinity;
}
export interface WorkflowTemplateSpecTemplateDefaultsArchiveLocation {
    readonly archiveLogs?: boolean;
    readonly artifactory?: WorkflowTemplateSpecTemplateDefaultsArchiveLocationArtifactory;
    readonly azure?: WorkflowTemplateSpecTemplateDefaultsArchiveLocationAzure;
    readonly gcs?: WorkflowTemplateSpecTemplateDefaultsArchiveLocationGcs;
    readonly git?: WorkflowTemplateSpecTemplateDefaultsArchiveLocationGit;
    readonly hdfs?: WorkflowTemplateSpecTemplateDefaultsArchiveLocationHdfs;
    readonly http?: WorkflowTemplateSpecTemplateDefaultsArchiveLocationHttp;
    readonly oss?: WorkflowTemplateSpecTemplateDefaultsArchiveLocationOss;
    readonly plugin?: WorkflowTemplateSpecTemplateDefaultsArchiveLocationPlugin;
    readonly raw?: WorkflowTemplateSpecTemplateDefaultsArchiveLocationRaw;
    readonly s3?: WorkflowTemplateSpecTemplateDefaultsArchiveLocationS3;
}
export interface WorkflowTemplateSpecTemplateDefaultsContainer {
    readonly args?: string[];
    readonly command?: string[];
    readonly env?: WorkflowTemplateSpecTemplateDefaultsContainerEnv[];
    readonly envFrom?: WorkflowTemplateSpecTemplateDefaultsContainerEnvFrom[];
    readonly image?: string;
    readonly imagePullPolicy?: string;
    readonly lifecycle?: WorkflowTemplateSpecTemplateDefaultsContainerLifecycle;
    readonly livenessProbe?: WorkflowTemplateSpecTemplateDefaultsContainerLivenessProbe;
    readonly name?: string;
    readonly ports?: WorkflowTemplateSpecTemplateDefaultsContainerPorts[];
    readonly readinessProbe?: WorkflowTemplateSpecTemplateDefaultsContainerReadinessProbe;
    readonly resizePolicy?: WorkflowTemplateSpecTemplateDefaultsContainerResizePolicy[];
    readonly resources?: WorkflowTemplateSpecTemplateDefaultsContainerResources;
    readonly restartPolicy?: string;
    readonly restartPolicyRules?: WorkflowTemplateSpecTemplateDefaultsContainerRestartPolicyRules[];
    readonly securityContext?: WorkflowTemplateSpecTemplateDefaultsContainerSecurityContext;
    readonly startupProbe?: WorkflowTemplateSpecTemplateDefaultsContainerStartupProbe;
    readonly stdin?: boolean;
    readonly stdinOnce?: boolean;
    readonly terminationMessagePath?: string;
    readonly terminationMessagePolicy?: string;
    readonly tty?: boolean;
    readonly volumeDevices?: WorkflowTemplateSpecTemplateDefaultsContainerVolumeDevices[];
    readonly volumeMounts?: WorkflowTemplateSpecTemplateDefaultsContainerVolumeMounts[];
    readonly workingDir?: string;
}
export interface WorkflowTemplateSpecTemplateDefaultsContainerSet {
    readonly containers: WorkflowTemplateSpecTemplateDefaultsContainerSetContainers[];
    readonly retryStrategy?: WorkflowTemplateSpecTemplateDefaultsContainerSetRetryStrategy;
    readonly volumeMounts?: WorkflowTemplateSpecTemplateDefaultsContainerSetVolumeMounts[];
}
export interface WorkflowTemplateSpecTemplateDefaultsDag {
    readonly failFast?: boolean;
    readonly target?: string;
    readonly tasks: WorkflowTemplateSpecTemplateDefaultsDagTasks[];
}
export interface WorkflowTemplateSpecTemplateDefaultsData {
    readonly source: WorkflowTemplateSpecTemplateDefaultsDataSource;
    readonly transformation: WorkflowTemplateSpecTemplateDefaultsDataTransformation[];
}
export interface WorkflowTemplateSpecTemplateDefaultsExecutor {
    readonly serviceAccountName?: string;
}
export interface WorkflowTemplateSpecTemplateDefaultsHostAliases {
    readonly hostnames?: string[];
    readonly ip: string;
}
export interface WorkflowTemplateSpecTemplateDefaultsHttp {
    readonly body?: string;
    readonly bodyFrom?: WorkflowTemplateSpecTemplateDefaultsHttpBodyFrom;
    readonly headers?: WorkflowTemplateSpecTemplateDefaultsHttpHeaders[];
    readonly insecureSkipVerify?: boolean;
    readonly method?: string;
    readonly successCondition?: string;
    readonly timeoutSeconds?: number;
    readonly url: string;
}
export interface WorkflowTemplateSpecTemplateDefaultsInitContainers {
    readonly args?: string[];
    readonly command?: string[];
    readonly env?: WorkflowTemplateSpecTemplateDefaultsInitContainersEnv[];
    readonly envFrom?: WorkflowTemplateSpecTemplateDefaultsInitContainersEnvFrom[];
    readonly image?: string;
    readonly imagePullPolicy?: string;
    readonly lifecycle?: WorkflowTemplateSpecTemplateDefaultsInitContainersLifecycle;
    readonly livenessProbe?: WorkflowTemplateSpecTemplateDefaultsInitContainersLivenessProbe;
    readonly mirrorVolumeMounts?: boolean;
    readonly name: string;
    readonly ports?: WorkflowTemplateSpecTemplateDefaultsInitContainersPorts[];
    readonly readinessProbe?: WorkflowTemplateSpecTemplateDefaultsInitContainersReadinessProbe;
    readonly resizePolicy?: WorkflowTemplateSpecTemplateDefaultsInitContainersResizePolicy[];
    readonly resources?: WorkflowTemplateSpecTemplateDefaultsInitContainersResources;
    readonly restartPolicy?: string;
    readonly restartPolicyRules?: WorkflowTemplateSpecTemplateDefaultsInitContainersRestartPolicyRules[];
    readonly securityContext?: WorkflowTemplateSpecTemplateDefaultsInitContainersSecurityContext;
    readonly startupProbe?: WorkflowTemplateSpecTemplateDefaultsInitContainersStartupProbe;
    readonly stdin?: boolean;
    readonly stdinOnce?: boolean;
    readonly terminationMessagePath?: string;
    readonly terminationMessagePolicy?: string;
    readonly tty?: boolean;
    readonly volumeDevices?: WorkflowTemplateSpecTemplateDefaultsInitContainersVolumeDevices[];
    readonly volumeMounts?: WorkflowTemplateSpecTemplateDefaultsInitContainersVolumeMounts[];
    readonly workingDir?: string;
}
export interface WorkflowTemplateSpecTemplateDefaultsInputs {
    readonly artifacts?: WorkflowTemplateSpecTemplateDefaultsInputsArtifacts[];
    readonly parameters?: WorkflowTemplateSpecTemplateDefaultsInputsParameters[];
}
export interface WorkflowTemplateSpecTemplateDefaultsMemoize {
    readonly cache: WorkflowTemplateSpecTemplateDefaultsMemoizeCache;
    readonly key: string;
    readonly maxAge: string;
}
export interface WorkflowTemplateSpecTemplateDefaultsMetadata {
    readonly annotations?: {
        [key: string]: string;
    };
    readonly labels?: {
        [key: string]: string;
    };
}
export interface WorkflowTemplateSpecTemplateDefaultsMetrics {
    readonly prometheus: WorkflowTemplateSpecTemplateDefaultsMetricsPrometheus[];
}
export interface WorkflowTemplateSpecTemplateDefaultsOutputs {
    readonly artifacts?: WorkflowTemplateSpecTemplateDefaultsOutputsArtifacts[];
    readonly exitCode?: string;
    readonly parameters?: WorkflowTemplateSpecTemplateDefaultsOutputsParameters[];
    readonly result?: string;
}
export interface WorkflowTemplateSpecTemplateDefaultsPodResources {
    readonly claims?: WorkflowTemplateSpecTemplateDefaultsPodResourcesClaims[];
    readonly limits?: {
        [key: string]: WorkflowTemplateSpecTemplateDefaultsPodResourcesLimits;
    };
    readonly requests?: {
        [key: string]: WorkflowTemplateSpecTemplateDefaultsPodResourcesRequests;
    };
}
export interface WorkflowTemplateSpecTemplateDefaultsResource {
    readonly action: WorkflowTemplateSpecTemplateDefaultsResourceAction;
    readonly failureCondition?: string;
    readonly flags?: string[];
    readonly manifest?: string;
    readonly manifestFrom?: WorkflowTemplateSpecTemplateDefaultsResourceManifestFrom;
    readonly mergeStrategy?: WorkflowTemplateSpecTemplateDefaultsResourceMergeStrategy;
    readonly setOwnerReference?: boolean;
    readonly successCondition?: string;
}
export interface WorkflowTemplateSpecTemplateDefaultsResourceClaims {
    readonly name: string;
    readonly resourceClaimName?: string;
    readonly resourceClaimTemplateName?: string;
}
export interface WorkflowTemplateSpecTemplateDefaultsRetryStrategy {
    readonly affinity?: WorkflowTemplateSpecTemplateDefaultsRetryStrategyAffinity;
    readonly backoff?: WorkflowTemplateSpecTemplateDefaultsRetryStrategyBackoff;
    readonly expression?: string;
    readonly limit?: WorkflowTemplateSpecTemplateDefaultsRetryStrategyLimit;
    readonly retryPolicy?: WorkflowTemplateSpecTemplateDefaultsRetryStrategyRetryPolicy;
}
export interface WorkflowTemplateSpecTemplateDefaultsScript {
    readonly args?: string[];
    readonly command?: string[];
    readonly env?: WorkflowTemplateSpecTemplateDefaultsScriptEnv[];
    readonly envFrom?: WorkflowTemplateSpecTemplateDefaultsScriptEnvFrom[];
    readonly image?: string;
    readonly imagePullPolicy?: string;
    readonly lifecycle?: WorkflowTemplateSpecTemplateDefaultsScriptLifecycle;
    readonly livenessProbe?: WorkflowTemplateSpecTemplateDefaultsScriptLivenessProbe;
    readonly name?: string;
    readonly ports?: WorkflowTemplateSpecTemplateDefaultsScriptPorts[];
    readonly readinessProbe?: WorkflowTemplateSpecTemplateDefaultsScriptReadinessProbe;
    readonly resizePolicy?: WorkflowTemplateSpecTemplateDefaultsScriptResizePolicy[];
    readonly resources?: WorkflowTemplateSpecTemplateDefaultsScriptResources;
    readonly restartPolicy?: string;
    readonly restartPolicyRules?: WorkflowTemplateSpecTemplateDefaultsScriptRestartPolicyRules[];
    readonly securityContext?: WorkflowTemplateSpecTemplateDefaultsScriptSecurityContext;
    readonly source?: string;
    readonly startupProbe?: WorkflowTemplateSpecTemplateDefaultsScriptStartupProbe;
    readonly stdin?: boolean;
    readonly stdinOnce?: boolean;
    readonly terminationMessagePath?: string;
    readonly terminationMessagePolicy?: string;
    readonly tty?: boolean;
    readonly volumeDevices?: WorkflowTemplateSpecTemplateDefaultsScriptVolumeDevices[];
    readonly volumeMounts?: WorkflowTemplateSpecTemplateDefaultsScriptVolumeMounts[];
    readonly workingDir?: string;
}
export interface WorkflowTemplateSpecTemplateDefaultsSecurityContext {
    readonly appArmorProfile?: WorkflowTemplateSpecTemplateDefaultsSecurityContextAppArmorProfile;
    readonly fsGroup?: number;
    readonly fsGroupChangePolicy?: string;
    readonly runAsGroup?: number;
    readonly runAsNonRoot?: boolean;
    readonly runAsUser?: number;
    readonly seLinuxChangePolicy?: string;
    readonly seLinuxOptions?: WorkflowTemplateSpecTemplateDefaultsSecurityContextSeLinuxOptions;
    readonly seccompProfile?: WorkflowTemplateSpecTemplateDefaultsSecurityContextSeccompProfile;
    readonly supplementalGroups?: number[];
    readonly supplementalGroupsPolicy?: string;
    readonly sysctls?: WorkflowTemplateSpecTemplateDefaultsSecurityContextSysctls[];
    readonly windowsOptions?: WorkflowTemplateSpecTemplateDefaultsSecurityContextWindowsOptions;
}
export interface WorkflowTemplateSpecTemplateDefaultsSidecars {
    readonly args?: string[];
    readonly command?: string[];
    readonly env?: WorkflowTemplateSpecTemplateDefaultsSidecarsEnv[];
    readonly envFrom?: WorkflowTemplateSpecTemplateDefaultsSidecarsEnvFrom[];
    readonly image?: string;
    readonly imagePullPolicy?: string;
    readonly lifecycle?: WorkflowTemplateSpecTemplateDefaultsSidecarsLifecycle;
    readonly livenessProbe?: WorkflowTemplateSpecTemplateDefaultsSidecarsLivenessProbe;
    readonly mirrorVolumeMounts?: boolean;
    readonly name: string;
    readonly ports?: WorkflowTemplateSpecTemplateDefaultsSidecarsPorts[];
    readonly readinessProbe?: WorkflowTemplateSpecTemplateDefaultsSidecarsReadinessProbe;
    readonly resizePolicy?: WorkflowTemplateSpecTemplateDefaultsSidecarsResizePolicy[];
    readonly resources?: WorkflowTemplateSpecTemplateDefaultsSidecarsResources;
    readonly restartPolicy?: string;
    readonly restartPolicyRules?: WorkflowTemplateSpecTemplateDefaultsSidecarsRestartPolicyRules[];
    readonly securityContext?: WorkflowTemplateSpecTemplateDefaultsSidecarsSecurityContext;
    readonly startupProbe?: WorkflowTemplateSpecTemplateDefaultsSidecarsStartupProbe;
    readonly stdin?: boolean;
    readonly stdinOnce?: boolean;
    readonly terminationMessagePath?: string;
    readonly terminationMessagePolicy?: string;
    readonly tty?: boolean;
    readonly volumeDevices?: WorkflowTemplateSpecTemplateDefaultsSidecarsVolumeDevices[];
    readonly volumeMounts?: WorkflowTemplateSpecTemplateDefaultsSidecarsVolumeMounts[];
    readonly workingDir?: string;
}
export interface WorkflowTemplateSpecTemplateDefaultsSteps {
    readonly arguments?: WorkflowTemplateSpecTemplateDefaultsStepsArguments;
    readonly continueOn?: WorkflowTemplateSpecTemplateDefaultsStepsContinueOn;
    readonly hooks?: {
        [key: string]: WorkflowTemplateSpecTemplateDefaultsStepsHooks;
    };
    readonly inline?: any;
    readonly name?: string;
    readonly onExit?: string;
    readonly template?: string;
    readonly templateRef?: WorkflowTemplateSpecTemplateDefaultsStepsTemplateRef;
    readonly when?: string;
    readonly withItems?: any;
    readonly withParam?: string;
    readonly withSequence?: WorkflowTemplateSpecTemplateDefaultsStepsWithSequence;
}
export interface WorkflowTemplateSpecTemplateDefaultsSuspend {
    readonly duration?: string;
}
export interface WorkflowTemplateSpecTemplateDefaultsSynchronization {
    readonly mutexes?: WorkflowTemplateSpecTemplateDefaultsSynchronizationMutexes[];
    readonly semaphores?: WorkflowTemplateSpecTemplateDefaultsSynchronizationSemaphores[];
}
export interface WorkflowTemplateSpecTemplateDefaultsTolerations {
    readonly effect?: string;
    readonly key?: string;
    readonly operator?: string;
    readonly tolerationSeconds?: number;
    readonly value?: string;
}
export interface WorkflowTemplateSpecTemplateDefaultsVolumes {
    readonly awsElasticBlockStore?: WorkflowTemplateSpecTemplateDefaultsVolumesAwsElasticBlockStore;
    readonly azureDisk?: WorkflowTemplateSpecTemplateDefaultsVolumesAzureDisk;
    readonly azureFile?: WorkflowTemplateSpecTemplateDefaultsVolumesAzureFile;
    readonly cephfs?: WorkflowTemplateSpecTemplateDefaultsVolumesCephfs;
    readonly cinder?: WorkflowTemplateSpecTemplateDefaultsVolumesCinder;
    readonly configMap?: WorkflowTemplateSpecTemplateDefaultsVolumesConfigMap;
    readonly csi?: WorkflowTemplateSpecTemplateDefaultsVolumesCsi;
    readonly downwardApi?: WorkflowTemplateSpecTemplateDefaultsVolumesDownwardApi;
    readonly emptyDir?: WorkflowTemplateSpecTemplateDefaultsVolumesEmptyDir;
    readonly ephemeral?: WorkflowTemplateSpecTemplateDefaultsVolumesEphemeral;
    readonly fc?: WorkflowTemplateSpecTemplateDefaultsVolumesFc;
    readonly flexVolume?: WorkflowTemplateSpecTemplateDefaultsVolumesFlexVolume;
    readonly flocker?: WorkflowTemplateSpecTemplateDefaultsVolumesFlocker;
    readonly gcePersistentDisk?: WorkflowTemplateSpecTemplateDefaultsVolumesGcePersistentDisk;
    readonly gitRepo?: WorkflowTemplateSpecTemplateDefaultsVolumesGitRepo;
    readonly glusterfs?: WorkflowTemplateSpecTemplateDefaultsVolumesGlusterfs;
    readonly hostPath?: WorkflowTemplateSpecTemplateDefaultsVolumesHostPath;
    readonly image?: WorkflowTemplateSpecTemplateDefaultsVolumesImage;
    readonly iscsi?: WorkflowTemplateSpecTemplateDefaultsVolumesIscsi;
    readonly name: string;
    readonly nfs?: WorkflowTemplateSpecTemplateDefaultsVolumesNfs;
    readonly persistentVolumeClaim?: WorkflowTemplateSpecTemplateDefaultsVolumesPersistentVolumeClaim;
    readonly photonPersistentDisk?: WorkflowTemplateSpecTemplateDefaultsVolumesPhotonPersistentDisk;
    readonly portworxVolume?: WorkflowTemplateSpecTemplateDefaultsVolumesPortworxVolume;
    readonly projected?: WorkflowTemplateSpecTemplateDefaultsVolumesProjected;
    readonly quobyte?: WorkflowTemplateSpecTemplateDefaultsVolumesQuobyte;
    readonly rbd?: WorkflowTemplateSpecTemplateDefaultsVolumesRbd;
    readonly scaleIo?: WorkflowTemplateSpecTemplateDefaultsVolumesScaleIo;
    readonly secret?: WorkflowTemplateSpecTemplateDefaultsVolumesSecret;
    readonly storageos?: WorkflowTemplateSpecTemplateDefaultsVolumesStorageos;
    readonly vsphereVolume?: WorkflowTemplateSpecTemplateDefaultsVolumesVsphereVolume;
}
export declare class WorkflowTemplateSpecTemplatesActiveDeadlineSeconds {
    readonly value: number | string;
    static fromNumber(value: number): WorkflowTemplateSpecTemplatesActiveDeadlineSeconds;
    static fromString(value: string): WorkflowTemplateSpecTemplatesActiveDeadlineSeconds;
    private constructor();
}
export interface WorkflowTemplateSpecTemplatesAffinity {
    readonly nodeAffinity?: WorkflowTemplateSpecTemplatesAffinityNodeAffinity;
    readonly podAffinity?: WorkflowTemplateSpecTemplatesAffinityPodAffinity;
    readonly podAntiAffinity?: WorkflowTemplateSpecTemplatesAffinityPodAntiAffinity;
}
export interface WorkflowTemplateSpecTemplatesArchiveLocation {
    readonly archiveLogs?: boolean;
    readonly artifactory?: WorkflowTemplateSpecTemplatesArchiveLocationArtifactory;
    readonly azure?: WorkflowTemplateSpecTemplatesArchiveLocationAzure;
    readonly gcs?: WorkflowTemplateSpecTemplatesArchiveLocationGcs;
    readonly git?: WorkflowTemplateSpecTemplatesArchiveLocationGit;
    readonly hdfs?: WorkflowTemplateSpecTemplatesArchiveLocationHdfs;
    readonly http?: WorkflowTemplateSpecTemplatesArchiveLocationHttp;
    readonly oss?: WorkflowTemplateSpecTemplatesArchiveLocationOss;
    readonly plugin?: WorkflowTemplateSpecTemplatesArchiveLocationPlugin;
    readonly raw?: WorkflowTemplateSpecTemplatesArchiveLocationRaw;
    readonly s3?: WorkflowTemplateSpecTemplatesArchiveLocationS3;
}
export interface WorkflowTemplateSpecTemplatesContainer {
    readonly args?: string[];
    readonly command?: string[];
    readonly env?: WorkflowTemplateSpecTemplatesContainerEnv[];
    readonly envFrom?: WorkflowTemplateSpecTemplatesContainerEnvFrom[];
    readonly image?: string;
    readonly imagePullPolicy?: string;
    readonly lifecycle?: WorkflowTemplateSpecTemplatesContainerLifecycle;
    readonly livenessProbe?: WorkflowTemplateSpecTemplatesContainerLivenessProbe;
    readonly name?: string;
    readonly ports?: WorkflowTemplateSpecTemplatesContainerPorts[];
    readonly readinessProbe?: WorkflowTemplateSpecTemplatesContainerReadinessProbe;
    readonly resizePolicy?: WorkflowTemplateSpecTemplatesContainerResizePolicy[];
    readonly resources?: WorkflowTemplateSpecTemplatesContainerResources;
    readonly restartPolicy?: string;
    readonly restartPolicyRules?: WorkflowTemplateSpecTemplatesContainerRestartPolicyRules[];
    readonly securityContext?: WorkflowTemplateSpecTemplatesContainerSecurityContext;
    readonly startupProbe?: WorkflowTemplateSpecTemplatesContainerStartupProbe;
    readonly stdin?: boolean;
    readonly stdinOnce?: boolean;
    readonly terminationMessagePath?: string;
    readonly terminationMessagePolicy?: string;
    readonly tty?: boolean;
    readonly volumeDevices?: WorkflowTemplateSpecTemplatesContainerVolumeDevices[];
    readonly volumeMounts?: WorkflowTemplateSpecTemplatesContainerVolumeMounts[];
    readonly workingDir?: string;
}
export interface WorkflowTemplateSpecTemplatesContainerSet {
    readonly containers: WorkflowTemplateSpecTemplatesContainerSetContainers[];
    readonly retryStrategy?: WorkflowTemplateSpecTemplatesContainerSetRetryStrategy;
    readonly volumeMounts?: WorkflowTemplateSpecTemplatesContainerSetVolumeMounts[];
}
export interface WorkflowTemplateSpecTemplatesDag {
    readonly failFast?: boolean;
    readonly target?: string;
    readonly tasks: WorkflowTemplateSpecTemplatesDagTasks[];
}
export interface WorkflowTemplateSpecTemplatesData {
    readonly source: WorkflowTemplateSpecTemplatesDataSource;
    readonly transformation: WorkflowTemplateSpecTemplatesDataTransformation[];
}
export interface WorkflowTemplateSpecTemplatesExecutor {
    readonly serviceAccountName?: string;
}
export interface WorkflowTemplateSpecTemplatesHostAliases {
    readonly hostnames?: string[];
    readonly ip: string;
}
export interface WorkflowTemplateSpecTemplatesHttp {
    readonly body?: string;
    readonly bodyFrom?: WorkflowTemplateSpecTemplatesHttpBodyFrom;
    readonly headers?: WorkflowTemplateSpecTemplatesHttpHeaders[];
    readonly insecureSkipVerify?: boolean;
    readonly method?: string;
    readonly successCondition?: string;
    readonly timeoutSeconds?: number;
    readonly url: string;
}
export interface WorkflowTemplateSpecTemplatesInitContainers {
    readonly args?: string[];
    readonly command?: string[];
    readonly env?: WorkflowTemplateSpecTemplatesInitContainersEnv[];
    readonly envFrom?: WorkflowTemplateSpecTemplatesInitContainersEnvFrom[];
    readonly image?: string;
    readonly imagePullPolicy?: string;
    readonly lifecycle?: WorkflowTemplateSpecTemplatesInitContainersLifecycle;
    readonly livenessProbe?: WorkflowTemplateSpecTemplatesInitContainersLivenessProbe;
    readonly mirrorVolumeMounts?: boolean;
    readonly name: string;
    readonly ports?: WorkflowTemplateSpecTemplatesInitContainersPorts[];
    readonly readinessProbe?: WorkflowTemplateSpecTemplatesInitContainersReadinessProbe;
    readonly resizePolicy?: WorkflowTemplateSpecTemplatesInitContainersResizePolicy[];
    readonly resources?: WorkflowTemplateSpecTemplatesInitContainersResources;
    readonly restartPolicy?: string;
    readonly restartPolicyRules?: WorkflowTemplateSpecTemplatesInitContainersRestartPolicyRules[];
    readonly securityContext?: WorkflowTemplateSpecTemplatesInitContainersSecurityContext;
    readonly startupProbe?: WorkflowTemplateSpecTemplatesInitContainersStartupProbe;
    readonly stdin?: boolean;
    readonly stdinOnce?: boolean;
    readonly terminationMessagePath?: string;
    readonly terminationMessagePolicy?: string;
    readonly tty?: boolean;
    readonly volumeDevices?: WorkflowTemplateSpecTemplatesInitContainersVolumeDevices[];
    readonly volumeMounts?: WorkflowTemplateSpecTemplatesInitContainersVolumeMounts[];
    readonly workingDir?: string;
}
export interface WorkflowTemplateSpecTemplatesInputs {
    readonly artifacts?: WorkflowTemplateSpecTemplatesInputsArtifacts[];
    readonly parameters?: WorkflowTemplateSpecTemplatesInputsParameters[];
}
export interface WorkflowTemplateSpecTemplatesMemoize {
    readonly cache: WorkflowTemplateSpecTemplatesMemoizeCache;
    readonly key: string;
    readonly maxAge: string;
}
export interface WorkflowTemplateSpecTemplatesMetadata {
    readonly annotations?: {
        [key: string]: string;
    };
    readonly labels?: {
        [key: string]: string;
    };
}
export interface WorkflowTemplateSpecTemplatesMetrics {
    readonly prometheus: WorkflowTemplateSpecTemplatesMetricsPrometheus[];
}
export interface WorkflowTemplateSpecTemplatesOutputs {
    readonly artifacts?: WorkflowTemplateSpecTemplatesOutputsArtifacts[];
    readonly exitCode?: string;
    readonly parameters?: WorkflowTemplateSpecTemplatesOutputsParameters[];
    readonly result?: string;
}
export interface WorkflowTemplateSpecTemplatesPodResources {
    readonly claims?: WorkflowTemplateSpecTemplatesPodResourcesClaims[];
    readonly limits?: {
        [key: string]: WorkflowTemplateSpecTemplatesPodResourcesLimits;
    };
    readonly requests?: {
        [key: string]: WorkflowTemplateSpecTemplatesPodResourcesRequests;
    };
}
export interface WorkflowTemplateSpecTemplatesResource {
    readonly action: WorkflowTemplateSpecTemplatesResourceAction;
    readonly failureCondition?: string;
    readonly flags?: string[];
    readonly manifest?: string;
    readonly manifestFrom?: WorkflowTemplateSpecTemplatesResourceManifestFrom;
    readonly mergeStrategy?: WorkflowTemplateSpecTemplatesResourceMergeStrategy;
    readonly setOwnerReference?: boolean;
    readonly successCondition?: string;
}
export interface WorkflowTemplateSpecTemplatesResourceClaims {
    readonly name: string;
    readonly resourceClaimName?: string;
    readonly resourceClaimTemplateName?: string;
}
export interface WorkflowTemplateSpecTemplatesRetryStrategy {
    readonly affinity?: WorkflowTemplateSpecTemplatesRetryStrategyAffinity;
    readonly backoff?: WorkflowTemplateSpecTemplatesRetryStrategyBackoff;
    readonly expression?: string;
    readonly limit?: WorkflowTemplateSpecTemplatesRetryStrategyLimit;
    readonly retryPolicy?: WorkflowTemplateSpecTemplatesRetryStrategyRetryPolicy;
}
export interface WorkflowTemplateSpecTemplatesScript {
    readonly args?: string[];
    readonly command?: string[];
    readonly env?: WorkflowTemplateSpecTemplatesScriptEnv[];
    readonly envFrom?: WorkflowTemplateSpecTemplatesScriptEnvFrom[];
    readonly image?: string;
    readonly imagePullPolicy?: string;
    readonly lifecycle?: WorkflowTemplateSpecTemplatesScriptLifecycle;
    readonly livenessProbe?: WorkflowTemplateSpecTemplatesScriptLivenessProbe;
    readonly name?: string;
    readonly ports?: WorkflowTemplateSpecTemplatesScriptPorts[];
    readonly readinessProbe?: WorkflowTemplateSpecTemplatesScriptReadinessProbe;
    readonly resizePolicy?: WorkflowTemplateSpecTemplatesScriptResizePolicy[];
    readonly resources?: WorkflowTemplateSpecTemplatesScriptResources;
    readonly restartPolicy?: string;
    readonly restartPolicyRules?: WorkflowTemplateSpecTemplatesScriptRestartPolicyRules[];
    readonly securityContext?: WorkflowTemplateSpecTemplatesScriptSecurityContext;
    readonly source?: string;
    readonly startupProbe?: WorkflowTemplateSpecTemplatesScriptStartupProbe;
    readonly stdin?: boolean;
    readonly stdinOnce?: boolean;
    readonly terminationMessagePath?: string;
    readonly terminationMessagePolicy?: string;
    readonly tty?: boolean;
    readonly volumeDevices?: WorkflowTemplateSpecTemplatesScriptVolumeDevices[];
    readonly volumeMounts?: WorkflowTemplateSpecTemplatesScriptVolumeMounts[];
    readonly workingDir?: string;
}
export interface WorkflowTemplateSpecTemplatesSecurityContext {
    readonly appArmorProfile?: WorkflowTemplateSpecTemplatesSecurityContextAppArmorProfile;
    readonly fsGroup?: number;
    readonly fsGroupChangePolicy?: string;
    readonly runAsGroup?: number;
    readonly runAsNonRoot?: boolean;
    readonly runAsUser?: number;
    readonly seLinuxChangePolicy?: string;
    readonly seLinuxOptions?: WorkflowTemplateSpecTemplatesSecurityContextSeLinuxOptions;
    readonly seccompProfile?: WorkflowTemplateSpecTemplatesSecurityContextSeccompProfile;
    readonly supplementalGroups?: number[];
    readonly supplementalGroupsPolicy?: string;
    readonly sysctls?: WorkflowTemplateSpecTemplatesSecurityContextSysctls[];
    readonly windowsOptions?: WorkflowTemplateSpecTemplatesSecurityContextWindowsOptions;
}
export interface WorkflowTemplateSpecTemplatesSidecars {
    readonly args?: string[];
    readonly command?: string[];
    readonly env?: WorkflowTemplateSpecTemplatesSidecarsEnv[];
    readonly envFrom?: WorkflowTemplateSpecTemplatesSidecarsEnvFrom[];
    readonly image?: string;
    readonly imagePullPolicy?: string;
    readonly lifecycle?: WorkflowTemplateSpecTemplatesSidecarsLifecycle;
    readonly livenessProbe?: WorkflowTemplateSpecTemplatesSidecarsLivenessProbe;
    readonly mirrorVolumeMounts?: boolean;
    readonly name: string;
    readonly ports?: WorkflowTemplateSpecTemplatesSidecarsPorts[];
    readonly readinessProbe?: WorkflowTemplateSpecTemplatesSidecarsReadinessProbe;
    readonly resizePolicy?: WorkflowTemplateSpecTemplatesSidecarsResizePolicy[];
    readonly resources?: WorkflowTemplateSpecTemplatesSidecarsResources;
    readonly restartPolicy?: string;
    readonly restartPolicyRules?: WorkflowTemplateSpecTemplatesSidecarsRestartPolicyRules[];
    readonly securityContext?: WorkflowTemplateSpecTemplatesSidecarsSecurityContext;
    readonly startupProbe?: WorkflowTemplateSpecTemplatesSidecarsStartupProbe;
    readonly stdin?: boolean;
    readonly stdinOnce?: boolean;
    readonly terminationMessagePath?: string;
    readonly terminationMessagePolicy?: string;
    readonly tty?: boolean;
    readonly volumeDevices?: WorkflowTemplateSpecTemplatesSidecarsVolumeDevices[];
    readonly volumeMounts?: WorkflowTemplateSpecTemplatesSidecarsVolumeMounts[];
    readonly workingDir?: string;
}
export interface WorkflowTemplateSpecTemplatesSteps {
    readonly arguments?: WorkflowTemplateSpecTemplatesStepsArguments;
    readonly continueOn?: WorkflowTemplateSpecTemplatesStepsContinueOn;
    readonly hooks?: {
        [key: string]: WorkflowTemplateSpecTemplatesStepsHooks;
    };
    readonly inline?: any;
    readonly name?: string;
    readonly onExit?: string;
    readonly template?: string;
    readonly templateRef?: WorkflowTemplateSpecTemplatesStepsTemplateRef;
    readonly when?: string;
    readonly withItems?: any;
    readonly withParam?: string;
    readonly withSequence?: WorkflowTemplateSpecTemplatesStepsWithSequence;
}
export interface WorkflowTemplateSpecTemplatesSuspend {
    readonly duration?: string;
}
export interface WorkflowTemplateSpecTemplatesSynchronization {
    readonly mutexes?: WorkflowTemplateSpecTemplatesSynchronizationMutexes[];
    readonly semaphores?: WorkflowTemplateSpecTemplatesSynchronizationSemaphores[];
}
export interface WorkflowTemplateSpecTemplatesTolerations {
    readonly effect?: string;
    readonly key?: string;
    readonly operator?: string;
    readonly tolerationSeconds?: number;
    readonly value?: string;
}
export interface WorkflowTemplateSpecTemplatesVolumes {
    readonly awsElasticBlockStore?: WorkflowTemplateSpecTemplatesVolumesAwsElasticBlockStore;
    readonly azureDisk?: WorkflowTemplateSpecTemplatesVolumesAzureDisk;
    readonly azureFile?: WorkflowTemplateSpecTemplatesVolumesAzureFile;
    readonly cephfs?: WorkflowTemplateSpecTemplatesVolumesCephfs;
    readonly cinder?: WorkflowTemplateSpecTemplatesVolumesCinder;
    readonly configMap?: WorkflowTemplateSpecTemplatesVolumesConfigMap;
    readonly csi?: WorkflowTemplateSpecTemplatesVolumesCsi;
    readonly downwardApi?: WorkflowTemplateSpecTemplatesVolumesDownwardApi;
    readonly emptyDir?: WorkflowTemplateSpecTemplatesVolumesEmptyDir;
    readonly ephemeral?: WorkflowTemplateSpecTemplatesVolumesEphemeral;
    readonly fc?: WorkflowTemplateSpecTemplatesVolumesFc;
    readonly flexVolume?: WorkflowTemplateSpecTemplatesVolumesFlexVolume;
    readonly flocker?: WorkflowTemplateSpecTemplatesVolumesFlocker;
    readonly gcePersistentDisk?: WorkflowTemplateSpecTemplatesVolumesGcePersistentDisk;
    readonly gitRepo?: WorkflowTemplateSpecTemplatesVolumesGitRepo;
    readonly glusterfs?: WorkflowTemplateSpecTemplatesVolumesGlusterfs;
    readonly hostPath?: WorkflowTemplateSpecTemplatesVolumesHostPath;
    readonly image?: WorkflowTemplateSpecTemplatesVolumesImage;
    readonly iscsi?: WorkflowTemplateSpecTemplatesVolumesIscsi;
    readonly name: string;
    readonly nfs?: WorkflowTemplateSpecTemplatesVolumesNfs;
    readonly persistentVolumeClaim?: WorkflowTemplateSpecTemplatesVolumesPersistentVolumeClaim;
    readonly photonPersistentDisk?: WorkflowTemplateSpecTemplatesVolumesPhotonPersistentDisk;
    readonly portworxVolume?: WorkflowTemplateSpecTemplatesVolumesPortworxVolume;
    readonly projected?: WorkflowTemplateSpecTemplatesVolumesProjected;
    readonly quobyte?: WorkflowTemplateSpecTemplatesVolumesQuobyte;
    readonly rbd?: WorkflowTemplateSpecTemplatesVolumesRbd;
    readonly scaleIo?: WorkflowTemplateSpecTemplatesVolumesScaleIo;
    readonly secret?: WorkflowTemplateSpecTemplatesVolumesSecret;
    readonly storageos?: WorkflowTemplateSpecTemplatesVolumesStorageos;
    readonly vsphereVolume?: WorkflowTemplateSpecTemplatesVolumesVsphereVolume;
}
export interface WorkflowTemplateSpecVolumeClaimTemplatesMetadata {
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
export interface WorkflowTemplateSpecVolumeClaimTemplatesSpec {
    readonly accessModes?: string[];
    readonly dataSource?: WorkflowTemplateSpecVolumeClaimTemplatesSpecDataSource;
    readonly dataSourceRef?: WorkflowTemplateSpecVolumeClaimTemplatesSpecDataSourceRef;
    readonly resources?: WorkflowTemplateSpecVolumeClaimTemplatesSpecResources;
    readonly selector?: WorkflowTemplateSpecVolumeClaimTemplatesSpecSelector;
    readonly storageClassName?: string;
    readonly volumeAttributesClassName?: string;
    readonly volumeMode?: string;
    readonly volumeName?: string;
}
export interface WorkflowTemplateSpecVolumeClaimTemplatesStatus {
    readonly accessModes?: string[];
    readonly allocatedResourceStatuses?: {
        [key: string]: string;
    };
    readonly allocatedResources?: {
        [key: string]: WorkflowTemplateSpecVolumeClaimTemplatesStatusAllocatedResources;
    };
    readonly capacity?: {
        [key: string]: WorkflowTemplateSpecVolumeClaimTemplatesStatusCapacity;
    };
    readonly conditions?: WorkflowTemplateSpecVolumeClaimTemplatesStatusConditions[];
    readonly currentVolumeAttributesClassName?: string;
    readonly modifyVolumeStatus?: WorkflowTemplateSpecVolumeClaimTemplatesStatusModifyVolumeStatus;
    readonly phase?: string;
}
export interface WorkflowTemplateSpecVolumesAwsElasticBlockStore {
    readonly fsType?: string;
    readonly partition?: number;
    readonly readOnly?: boolean;
    readonly volumeId: string;
}
export interface WorkflowTemplateSpecVolumesAzureDisk {
    readonly cachingMode?: string;
    readonly diskName: string;
    readonly diskUri: string;
    readonly fsType?: string;
    readonly kind?: string;
    readonly readOnly?: boolean;
}
export interface WorkflowTemplateSpecVolumesAzureFile {
    readonly readOnly?: boolean;
    readonly secretName: string;
    readonly shareName: string;
}
export interface WorkflowTemplateSpecVolumesCephfs {
    readonly monitors: string[];
    readonly path?: string;
    readonly readOnly?: boolean;
    readonly secretFile?: string;
    readonly secretRef?: WorkflowTemplateSpecVolumesCephfsSecretRef;
    readonly user?: string;
}
export interface WorkflowTemplateSpecVolumesCinder {
    readonly fsType?: string;
    readonly readOnly?: boolean;
    readonly secretRef?: WorkflowTemplateSpecVolumesCinderSecretRef;
    readonly volumeId: string;
}
export interface WorkflowTemplateSpecVolumesConfigMap {
    readonly defaultMode?: number;
    readonly items?: WorkflowTemplateSpecVolumesConfigMapItems[];
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecVolumesCsi {
    readonly driver: string;
    readonly fsType?: string;
    readonly nodePublishSecretRef?: WorkflowTemplateSpecVolumesCsiNodePublishSecretRef;
    readonly readOnly?: boolean;
    readonly volumeAttributes?: {
        [key: string]: string;
    };
}
export interface WorkflowTemplateSpecVolumesDownwardApi {
    readonly defaultMode?: number;
    readonly items?: WorkflowTemplateSpecVolumesDownwardApiItems[];
}
export interface WorkflowTemplateSpecVolumesEmptyDir {
    readonly medium?: string;
    readonly sizeLimit?: WorkflowTemplateSpecVolumesEmptyDirSizeLimit;
}
export interface WorkflowTemplateSpecVolumesEphemeral {
    readonly volumeClaimTemplate?: WorkflowTemplateSpecVolumesEphemeralVolumeClaimTemplate;
}
export interface WorkflowTemplateSpecVolumesFc {
    readonly fsType?: string;
    readonly lun?: number;
    readonly readOnly?: boolean;
    readonly targetWwNs?: string[];
    readonly wwids?: string[];
}
export interface WorkflowTemplateSpecVolumesFlexVolume {
    readonly driver: string;
    readonly fsType?: string;
    readonly options?: {
        [key: string]: string;
    };
    readonly readOnly?: boolean;
    readonly secretRef?: WorkflowTemplateSpecVolumesFlexVolumeSecretRef;
}
export interface WorkflowTemplateSpecVolumesFlocker {
    readonly datasetName?: string;
    readonly datasetUuid?: string;
}
export interface WorkflowTemplateSpecVolumesGcePersistentDisk {
    readonly fsType?: string;
    readonly partition?: number;
    readonly pdName: string;
    readonly readOnly?: boolean;
}
export interface WorkflowTemplateSpecVolumesGitRepo {
    readonly directory?: string;
    readonly repository: string;
    readonly revision?: string;
}
export interface WorkflowTemplateSpecVolumesGlusterfs {
    readonly endpoints: string;
    readonly path: string;
    readonly readOnly?: boolean;
}
export interface WorkflowTemplateSpecVolumesHostPath {
    readonly path: string;
    readonly type?: string;
}
export interface WorkflowTemplateSpecVolumesImage {
    readonly pullPolicy?: string;
    readonly reference?: string;
}
export interface WorkflowTemplateSpecVolumesIscsi {
    readonly chapAuthDiscovery?: boolean;
    readonly chapAuthSession?: boolean;
    readonly fsType?: string;
    readonly initiatorName?: string;
    readonly iqn: string;
    readonly iscsiInterface?: string;
    readonly lun: number;
    readonly portals?: string[];
    readonly readOnly?: boolean;
    readonly secretRef?: WorkflowTemplateSpecVolumesIscsiSecretRef;
    readonly targetPortal: string;
}
export interface WorkflowTemplateSpecVolumesNfs {
    readonly path: string;
    readonly readOnly?: boolean;
    readonly server: string;
}
export interface WorkflowTemplateSpecVolumesPersistentVolumeClaim {
    readonly claimName: string;
    readonly readOnly?: boolean;
}
export interface WorkflowTemplateSpecVolumesPhotonPersistentDisk {
    readonly fsType?: string;
    readonly pdId: string;
}
export interface WorkflowTemplateSpecVolumesPortworxVolume {
    readonly fsType?: string;
    readonly readOnly?: boolean;
    readonly volumeId: string;
}
export interface WorkflowTemplateSpecVolumesProjected {
    readonly defaultMode?: number;
    readonly sources?: WorkflowTemplateSpecVolumesProjectedSources[];
}
export interface WorkflowTemplateSpecVolumesQuobyte {
    readonly group?: string;
    readonly readOnly?: boolean;
    readonly registry: string;
    readonly tenant?: string;
    readonly user?: string;
    readonly volume: string;
}
export interface WorkflowTemplateSpecVolumesRbd {
    readonly fsType?: string;
    readonly image: string;
    readonly keyring?: string;
    readonly monitors: string[];
    readonly pool?: string;
    readonly readOnly?: boolean;
    readonly secretRef?: WorkflowTemplateSpecVolumesRbdSecretRef;
    readonly user?: string;
}
export interface WorkflowTemplateSpecVolumesScaleIo {
    readonly fsType?: string;
    readonly gateway: string;
    readonly protectionDomain?: string;
    readonly readOnly?: boolean;
    readonly secretRef: WorkflowTemplateSpecVolumesScaleIoSecretRef;
    readonly sslEnabled?: boolean;
    readonly storageMode?: string;
    readonly storagePool?: string;
    readonly system: string;
    readonly volumeName?: string;
}
export interface WorkflowTemplateSpecVolumesSecret {
    readonly defaultMode?: number;
    readonly items?: WorkflowTemplateSpecVolumesSecretItems[];
    readonly optional?: boolean;
    readonly secretName?: string;
}
export interface WorkflowTemplateSpecVolumesStorageos {
    readonly fsType?: string;
    readonly readOnly?: boolean;
    readonly secretRef?: WorkflowTemplateSpecVolumesStorageosSecretRef;
    readonly volumeName?: string;
    readonly volumeNamespace?: string;
}
export interface WorkflowTemplateSpecVolumesVsphereVolume {
    readonly fsType?: string;
    readonly storagePolicyId?: string;
    readonly storagePolicyName?: string;
    readonly volumePath: string;
}
export interface WorkflowTemplateSpecWorkflowMetadataLabelsFrom {
    readonly expression: string;
}
export interface WorkflowTemplateSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution {
    readonly preference: WorkflowTemplateSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference;
    readonly weight: number;
}
export interface WorkflowTemplateSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution {
    readonly nodeSelectorTerms: WorkflowTemplateSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms[];
}
export interface WorkflowTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution {
    readonly podAffinityTerm: WorkflowTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm;
    readonly weight: number;
}
export interface WorkflowTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution {
    readonly labelSelector?: WorkflowTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector;
    readonly matchLabelKeys?: string[];
    readonly mismatchLabelKeys?: string[];
    readonly namespaceSelector?: WorkflowTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector;
    readonly namespaces?: string[];
    readonly topologyKey: string;
}
export interface WorkflowTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution {
    readonly podAffinityTerm: WorkflowTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm;
    readonly weight: number;
}
export interface WorkflowTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution {
    readonly labelSelector?: WorkflowTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector;
    readonly matchLabelKeys?: string[];
    readonly mismatchLabelKeys?: string[];
    readonly namespaceSelector?: WorkflowTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector;
    readonly namespaces?: string[];
    readonly topologyKey: string;
}
export interface WorkflowTemplateSpecArgumentsArtifactsArchive {
    readonly none?: any;
    readonly tar?: WorkflowTemplateSpecArgumentsArtifactsArchiveTar;
    readonly zip?: any;
}
export interface WorkflowTemplateSpecArgumentsArtifactsArtifactGc {
    readonly podMetadata?: WorkflowTemplateSpecArgumentsArtifactsArtifactGcPodMetadata;
    readonly serviceAccountName?: string;
    readonly strategy?: WorkflowTemplateSpecArgumentsArtifactsArtifactGcStrategy;
}
export interface WorkflowTemplateSpecArgumentsArtifactsArtifactory {
    readonly passwordSecret?: WorkflowTemplateSpecArgumentsArtifactsArtifactoryPasswordSecret;
    readonly url: string;
    readonly usernameSecret?: WorkflowTemplateSpecArgumentsArtifactsArtifactoryUsernameSecret;
}
export interface WorkflowTemplateSpecArgumentsArtifactsAzure {
    readonly accountKeySecret?: WorkflowTemplateSpecArgumentsArtifactsAzureAccountKeySecret;
    readonly blob: string;
    readonly container: string;
    readonly endpoint: string;
    readonly useSdkCreds?: boolean;
}
export interface WorkflowTemplateSpecArgumentsArtifactsGcs {
    readonly bucket?: string;
    readonly key: string;
    readonly serviceAccountKeySecret?: WorkflowTemplateSpecArgumentsArtifactsGcsServiceAccountKeySecret;
}
export interface WorkflowTemplateSpecArgumentsArtifactsGit {
    readonly branch?: string;
    readonly depth?: number;
    readonly disableSubmodules?: boolean;
    readonly fetch?: string[];
    readonly insecureIgnoreHostKey?: boolean;
    readonly insecureSkipTls?: boolean;
    readonly passwordSecret?: WorkflowTemplateSpecArgumentsArtifactsGitPasswordSecret;
    readonly repo: string;
    readonly revision?: string;
    readonly singleBranch?: boolean;
    readonly sshPrivateKeySecret?: WorkflowTemplateSpecArgumentsArtifactsGitSshPrivateKeySecret;
    readonly usernameSecret?: WorkflowTemplateSpecArgumentsArtifactsGitUsernameSecret;
}
export interface WorkflowTemplateSpecArgumentsArtifactsHdfs {
    readonly addresses?: string[];
    readonly dataTransferProtection?: string;
    readonly force?: boolean;
    readonly hdfsUser?: string;
    readonly krbCCacheSecret?: WorkflowTemplateSpecArgumentsArtifactsHdfsKrbCCacheSecret;
    readonly krbConfigConfigMap?: WorkflowTemplateSpecArgumentsArtifactsHdfsKrbConfigConfigMap;
    readonly krbKeytabSecret?: WorkflowTemplateSpecArgumentsArtifactsHdfsKrbKeytabSecret;
    readonly krbRealm?: string;
    readonly krbServicePrincipalName?: string;
    readonly krbUsername?: string;
    readonly path: string;
}
export interface WorkflowTemplateSpecArgumentsArtifactsHttp {
    readonly auth?: WorkflowTemplateSpecArgumentsArtifactsHttpAuth;
    readonly headers?: WorkflowTemplateSpecArgumentsArtifactsHttpHeaders[];
    readonly saveStreamViaFile?: boolean;
    readonly url: string;
}
export interface WorkflowTemplateSpecArgumentsArtifactsOss {
    readonly accessKeySecret?: WorkflowTemplateSpecArgumentsArtifactsOssAccessKeySecret;
    readonly bucket?: string;
    readonly createBucketIfNotPresent?: boolean;
    readonly endpoint?: string;
    readonly key: string;
    readonly lifecycleRule?: WorkflowTemplateSpecArgumentsArtifactsOssLifecycleRule;
    readonly secretKeySecret?: WorkflowTemplateSpecArgumentsArtifactsOssSecretKeySecret;
    readonly securityToken?: string;
    readonly useSdkCreds?: boolean;
}
export interface WorkflowTemplateSpecArgumentsArtifactsPlugin {
    readonly configuration?: string;
    readonly connectionTimeoutSeconds?: number;
    readonly key: string;
    readonly name?: string;
}
export interface WorkflowTemplateSpecArgumentsArtifactsRaw {
    readonly data: string;
}
export interface WorkflowTemplateSpecArgumentsArtifactsS3 {
    readonly accessKeySecret?: WorkflowTemplateSpecArgumentsArtifactsS3AccessKeySecret;
    readonly addressingStyle?: WorkflowTemplateSpecArgumentsArtifactsS3AddressingStyle;
    readonly bucket?: string;
    readonly caSecret?: WorkflowTemplateSpecArgumentsArtifactsS3CaSecret;
    readonly createBucketIfNotPresent?: WorkflowTemplateSpecArgumentsArtifactsS3CreateBucketIfNotPresent;
    readonly encryptionOptions?: WorkflowTemplateSpecArgumentsArtifactsS3EncryptionOptions;
    readonly endpoint?: string;
    readonly insecure?: boolean;
    readonly key?: string;
    readonly region?: string;
    readonly roleArn?: string;
    readonly secretKeySecret?: WorkflowTemplateSpecArgumentsArtifactsS3SecretKeySecret;
    readonly sessionTokenSecret?: WorkflowTemplateSpecArgumentsArtifactsS3SessionTokenSecret;
    readonly useSdkCreds?: boolean;
}
export interface WorkflowTemplateSpecArgumentsParametersValueFrom {
    readonly configMapKeyRef?: WorkflowTemplateSpecArgumentsParametersValueFromConfigMapKeyRef;
    readonly default?: string;
    readonly event?: string;
    readonly expression?: string;
    readonly jqFilter?: string;
    readonly jsonPath?: string;
    readonly parameter?: string;
    readonly path?: string;
    readonly supplied?: any;
}
export interface WorkflowTemplateSpecExecutorPluginsSpecSidecar {
    readonly automountServiceAccountToken?: boolean;
    readonly container: WorkflowTemplateSpecExecutorPluginsSpecSidecarContainer;
}
export interface WorkflowTemplateSpecHooksArgumentsArtifacts {
    readonly archive?: WorkflowTemplateSpecHooksArgumentsArtifactsArchive;
    readonly archiveLogs?: boolean;
    readonly artifactGc?: WorkflowTemplateSpecHooksArgumentsArtifactsArtifactGc;
    readonly artifactory?: WorkflowTemplateSpecHooksArgumentsArtifactsArtifactory;
    readonly azure?: WorkflowTemplateSpecHooksArgumentsArtifactsAzure;
    readonly deleted?: boolean;
    readonly from?: string;
    readonly fromExpression?: string;
    readonly gcs?: WorkflowTemplateSpecHooksArgumentsArtifactsGcs;
    readonly git?: WorkflowTemplateSpecHooksArgumentsArtifactsGit;
    readonly globalName?: string;
    readonly hdfs?: WorkflowTemplateSpecHooksArgumentsArtifactsHdfs;
    readonly http?: WorkflowTemplateSpecHooksArgumentsArtifactsHttp;
    readonly mode?: number;
    readonly name: string;
    readonly optional?: boolean;
    readonly oss?: WorkflowTemplateSpecHooksArgumentsArtifactsOss;
    readonly path?: string;
    readonly plugin?: WorkflowTemplateSpecHooksArgumentsArtifactsPlugin;
    readonly raw?: WorkflowTemplateSpecHooksArgumentsArtifactsRaw;
    readonly recurseMode?: boolean;
    readonly s3?: WorkflowTemplateSpecHooksArgumentsArtifactsS3;
    readonly subPath?: string;
}
export interface WorkflowTemplateSpecHooksArgumentsParameters {
    readonly default?: string;
    readonly description?: string;
    readonly enum?: string[];
    readonly globalName?: string;
    readonly name: string;
    readonly value?: string;
    readonly valueFrom?: WorkflowTemplateSpecHooksArgumentsParametersValueFrom;
}
export interface WorkflowTemplateSpecMetricsPrometheusCounter {
    readonly value: string;
}
export interface WorkflowTemplateSpecMetricsPrometheusGauge {
    readonly operation?: WorkflowTemplateSpecMetricsPrometheusGaugeOperation;
    readonly realtime: boolean;
    readonly value: string;
}
export interface WorkflowTemplateSpecMetricsPrometheusHistogram {
    readonly buckets: number[];
    readonly value: string;
}
export interface WorkflowTemplateSpecMetricsPrometheusLabels {
    readonly key: string;
    readonly value: string;
}
export interface WorkflowTemplateSpecPodDisruptionBudgetSelectorMatchExpressions {
    readonly key: string;
    readonly operator: string;
    readonly values?: string[];
}
export interface WorkflowTemplateSpecPodGcLabelSelectorMatchExpressions {
    readonly key: string;
    readonly operator: string;
    readonly values?: string[];
}
export declare class WorkflowTemplateSpecRetryStrategyBackoffFactor {
    readonly value: number | string;
    static fromNumber(value: number): WorkflowTemplateSpecRetryStrategyBackoffFactor;
    static fromString(value: string): WorkflowTemplateSpecRetryStrategyBackoffFactor;
    private constructor();
}
export interface WorkflowTemplateSpecSynchronizationSemaphoresConfigMapKeyRef {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecSynchronizationSemaphoresDatabase {
    readonly key: string;
}
export interface WorkflowTemplateSpecTemplateDefaultsAffinityNodeAffinity {
    readonly preferredDuringSchedulingIgnoredDuringExecution?: WorkflowTemplateSpecTemplateDefaultsAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution[];
    readonly requiredDuringSchedulingIgnoredDuringExecution?: WorkflowTemplateSpecTemplateDefaultsAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution;
}
export interface WorkflowTemplateSpecTemplateDefaultsAffinityPodAffinity {
    readonly preferredDuringSchedulingIgnoredDuringExecution?: WorkflowTemplateSpecTemplateDefaultsAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution[];
    readonly requiredDuringSchedulingIgnoredDuringExecution?: WorkflowTemplateSpecTemplateDefaultsAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution[];
}
export interface WorkflowTemplateSpecTemplateDefaultsAffinityPodAntiAffinity {
    readonly preferredDuringSchedulingIgnoredDuringExecution?: WorkflowTemplateSpecTemplateDefaultsAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution[];
    readonly requiredDuringSchedulingIgnoredDuringExecution?: WorkflowTemplateSpecTemplateDefaultsAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution[];
}
export interface WorkflowTemplateSpecTemplateDefaultsArchiveLocationArtifactory {
    readonly passwordSecret?: WorkflowTemplateSpecTemplateDefaultsArchiveLocationArtifactoryPasswordSecret;
    readonly url: string;
    readonly usernameSecret?: WorkflowTemplateSpecTemplateDefaultsArchiveLocationArtifactoryUsernameSecret;
}
export interface WorkflowTemplateSpecTemplateDefaultsArchiveLocationAzure {
    readonly accountKeySecret?: WorkflowTemplateSpecTemplateDefaultsArchiveLocationAzureAccountKeySecret;
    readonly blob: string;
    readonly container: string;
    readonly endpoint: string;
    readonly useSdkCreds?: boolean;
}
export interface WorkflowTemplateSpecTemplateDefaultsArchiveLocationGcs {
    readonly bucket?: string;
    readonly key: string;
    readonly serviceAccountKeySecret?: WorkflowTemplateSpecTemplateDefaultsArchiveLocationGcsServiceAccountKeySecret;
}
export interface WorkflowTemplateSpecTemplateDefaultsArchiveLocationGit {
    readonly branch?: string;
    readonly depth?: number;
    readonly disableSubmodules?: boolean;
    readonly fetch?: string[];
    readonly insecureIgnoreHostKey?: boolean;
    readonly insecureSkipTls?: boolean;
    readonly passwordSecret?: WorkflowTemplateSpecTemplateDefaultsArchiveLocationGitPasswordSecret;
    readonly repo: string;
    readonly revision?: string;
    readonly singleBranch?: boolean;
    readonly sshPrivateKeySecret?: WorkflowTemplateSpecTemplateDefaultsArchiveLocationGitSshPrivateKeySecret;
    readonly usernameSecret?: WorkflowTemplateSpecTemplateDefaultsArchiveLocationGitUsernameSecret;
}
export interface WorkflowTemplateSpecTemplateDefaultsArchiveLocationHdfs {
    readonly addresses?: string[];
    readonly dataTransferProtection?: string;
    readonly force?: boolean;
    readonly hdfsUser?: string;
    readonly krbCCacheSecret?: WorkflowTemplateSpecTemplateDefaultsArchiveLocationHdfsKrbCCacheSecret;
    readonly krbConfigConfigMap?: WorkflowTemplateSpecTemplateDefaultsArchiveLocationHdfsKrbConfigConfigMap;
    readonly krbKeytabSecret?: WorkflowTemplateSpecTemplateDefaultsArchiveLocationHdfsKrbKeytabSecret;
    readonly krbRealm?: string;
    readonly krbServicePrincipalName?: string;
    readonly krbUsername?: string;
    readonly path: string;
}
export interface WorkflowTemplateSpecTemplateDefaultsArchiveLocationHttp {
    readonly auth?: WorkflowTemplateSpecTemplateDefaultsArchiveLocationHttpAuth;
    readonly headers?: WorkflowTemplateSpecTemplateDefaultsArchiveLocationHttpHeaders[];
    readonly saveStreamViaFile?: boolean;
    readonly url: string;
}
export interface WorkflowTemplateSpecTemplateDefaultsArchiveLocationOss {
    readonly accessKeySecret?: WorkflowTemplateSpecTemplateDefaultsArchiveLocationOssAccessKeySecret;
    readonly bucket?: string;
    readonly createBucketIfNotPresent?: boolean;
    readonly endpoint?: string;
    readonly key: string;
    readonly lifecycleRule?: WorkflowTemplateSpecTemplateDefaultsArchiveLocationOssLifecycleRule;
    readonly secretKeySecret?: WorkflowTemplateSpecTemplateDefaultsArchiveLocationOssSecretKeySecret;
    readonly securityToken?: string;
    readonly useSdkCreds?: boolean;
}
export interface WorkflowTemplateSpecTemplateDefaultsArchiveLocationPlugin {
    readonly configuration?: string;
    readonly connectionTimeoutSeconds?: number;
    readonly key: string;
    readonly name?: string;
}
export interface WorkflowTemplateSpecTemplateDefaultsArchiveLocationRaw {
    readonly data: string;
}
export interface WorkflowTemplateSpecTemplateDefaultsArchiveLocationS3 {
    readonly accessKeySecret?: WorkflowTemplateSpecTemplateDefaultsArchiveLocationS3AccessKeySecret;
    readonly addressingStyle?: WorkflowTemplateSpecTemplateDefaultsArchiveLocationS3AddressingStyle;
    readonly bucket?: string;
    readonly caSecret?: WorkflowTemplateSpecTemplateDefaultsArchiveLocationS3CaSecret;
    readonly createBucketIfNotPresent?: WorkflowTemplateSpecTemplateDefaultsArchiveLocationS3CreateBucketIfNotPresent;
    readonly encryptionOptions?: WorkflowTemplateSpecTemplateDefaultsArchiveLocationS3EncryptionOptions;
    readonly endpoint?: string;
    readonly insecure?: boolean;
    readonly key?: string;
    readonly region?: string;
    readonly roleArn?: string;
    readonly secretKeySecret?: WorkflowTemplateSpecTemplateDefaultsArchiveLocationS3SecretKeySecret;
    readonly sessionTokenSecret?: WorkflowTemplateSpecTemplateDefaultsArchiveLocationS3SessionTokenSecret;
    readonly useSdkCreds?: boolean;
}
export interface WorkflowTemplateSpecTemplateDefaultsContainerEnv {
    readonly name: string;
    readonly value?: string;
    readonly valueFrom?: WorkflowTemplateSpecTemplateDefaultsContainerEnvValueFrom;
}
export interface WorkflowTemplateSpecTemplateDefaultsContainerEnvFrom {
    readonly configMapRef?: WorkflowTemplateSpecTemplateDefaultsContainerEnvFromConfigMapRef;
    readonly prefix?: string;
    readonly secretRef?: WorkflowTemplateSpecTemplateDefaultsContainerEnvFromSecretRef;
}
export interface WorkflowTemplateSpecTemplateDefaultsContainerLifecycle {
    readonly postStart?: WorkflowTemplateSpecTemplateDefaultsContainerLifecyclePostStart;
    readonly preStop?: WorkflowTemplateSpecTemplateDefaultsContainerLifecyclePreStop;
    readonly stopSignal?: string;
}
export interface WorkflowTemplateSpecTemplateDefaultsContainerLivenessProbe {
    readonly exec?: WorkflowTemplateSpecTemplateDefaultsContainerLivenessProbeExec;
    readonly failureThreshold?: number;
    readonly grpc?: WorkflowTemplateSpecTemplateDefaultsContainerLivenessProbeGrpc;
    readonly httpGet?: WorkflowTemplateSpecTemplateDefaultsContainerLivenessProbeHttpGet;
    readonly initialDelaySeconds?: number;
    readonly periodSeconds?: number;
    readonly successThreshold?: number;
    readonly tcpSocket?: WorkflowTemplateSpecTemplateDefaultsContainerLivenessProbeTcpSocket;
    readonly terminationGracePeriodSeconds?: number;
    readonly timeoutSeconds?: number;
}
export interface WorkflowTemplateSpecTemplateDefaultsContainerPorts {
    readonly containerPort: number;
    readonly hostIp?: string;
    readonly hostPort?: number;
    readonly name?: string;
    readonly protocol?: string;
}
export interface WorkflowTemplateSpecTemplateDefaultsContainerReadinessProbe {
    readonly exec?: WorkflowTemplateSpecTemplateDefaultsContainerReadinessProbeExec;
    readonly failureThreshold?: number;
    readonly grpc?: WorkflowTemplateSpecTemplateDefaultsContainerReadinessProbeGrpc;
    readonly httpGet?: WorkflowTemplateSpecTemplateDefaultsContainerReadinessProbeHttpGet;
    readonly initialDelaySeconds?: number;
    readonly periodSeconds?: number;
    readonly successThreshold?: number;
    readonly tcpSocket?: WorkflowTemplateSpecTemplateDefaultsContainerReadinessProbeTcpSocket;
    readonly terminationGracePeriodSeconds?: number;
    readonly timeoutSeconds?: number;
}
export interface WorkflowTemplateSpecTemplateDefaultsContainerResizePolicy {
    readonly resourceName: string;
    readonly restartPolicy: string;
}
export interface WorkflowTemplateSpecTemplateDefaultsContainerResources {
    readonly claims?: WorkflowTemplateSpecTemplateDefaultsContainerResourcesClaims[];
    readonly limits?: {
        [key: string]: WorkflowTemplateSpecTemplateDefaultsContainerResourcesLimits;
    };
    readonly requests?: {
        [key: string]: WorkflowTemplateSpecTemplateDefaultsContainerResourcesRequests;
    };
}
export interface WorkflowTemplateSpecTemplateDefaultsContainerRestartPolicyRules {
    readonly action: string;
    readonly exitCodes?: WorkflowTemplateSpecTemplateDefaultsContainerRestartPolicyRulesExitCodes;
}
export interface WorkflowTemplateSpecTemplateDefaultsContainerSecurityContext {
    readonly allowPrivilegeEscalation?: boolean;
    readonly appArmorProfile?: WorkflowTemplateSpecTemplateDefaultsContainerSecurityContextAppArmorProfile;
    readonly capabilities?: WorkflowTemplateSpecTemplateDefaultsContainerSecurityContextCapabilities;
    readonly privileged?: boolean;
    readonly procMount?: string;
    readonly readOnlyRootFilesystem?: boolean;
    readonly runAsGroup?: number;
    readonly runAsNonRoot?: boolean;
    readonly runAsUser?: number;
    readonly seLinuxOptions?: WorkflowTemplateSpecTemplateDefaultsContainerSecurityContextSeLinuxOptions;
    readonly seccompProfile?: WorkflowTemplateSpecTemplateDefaultsContainerSecurityContextSeccompProfile;
    readonly windowsOptions?: WorkflowTemplateSpecTemplateDefaultsContainerSecurityContextWindowsOptions;
}
export interface WorkflowTemplateSpecTemplateDefaultsContainerStartupProbe {
    readonly exec?: WorkflowTemplateSpecTemplateDefaultsContainerStartupProbeExec;
    readonly failureThreshold?: number;
    readonly grpc?: WorkflowTemplateSpecTemplateDefaultsContainerStartupProbeGrpc;
    readonly httpGet?: WorkflowTemplateSpecTemplateDefaultsContainerStartupProbeHttpGet;
    readonly initialDelaySeconds?: number;
    readonly periodSeconds?: number;
    readonly successThreshold?: number;
    readonly tcpSocket?: WorkflowTemplateSpecTemplateDefaultsContainerStartupProbeTcpSocket;
    readonly terminationGracePeriodSeconds?: number;
    readonly timeoutSeconds?: number;
}
export interface WorkflowTemplateSpecTemplateDefaultsContainerVolumeDevices {
    readonly devicePath: string;
    readonly name: string;
}
export interface WorkflowTemplateSpecTemplateDefaultsContainerVolumeMounts {
    readonly mountPath: string;
    readonly mountPropagation?: string;
    readonly name: string;
    readonly readOnly?: boolean;
    readonly recursiveReadOnly?: string;
    readonly subPath?: string;
    readonly subPathExpr?: string;
}
export interface WorkflowTemplateSpecTemplateDefaultsContainerSetContainers {
    readonly args?: string[];
    readonly command?: string[];
    readonly dependencies?: string[];
    readonly env?: WorkflowTemplateSpecTemplateDefaultsContainerSetContainersEnv[];
    readonly envFrom?: WorkflowTemplateSpecTemplateDefaultsContainerSetContainersEnvFrom[];
    readonly image?: string;
    readonly imagePullPolicy?: string;
    readonly lifecycle?: WorkflowTemplateSpecTemplateDefaultsContainerSetContainersLifecycle;
    readonly livenessProbe?: WorkflowTemplateSpecTemplateDefaultsContainerSetContainersLivenessProbe;
    readonly name: string;
    readonly ports?: WorkflowTemplateSpecTemplateDefaultsContainerSetContainersPorts[];
    readonly readinessProbe?: WorkflowTemplateSpecTemplateDefaultsContainerSetContainersReadinessProbe;
    readonly resizePolicy?: WorkflowTemplateSpecTemplateDefaultsContainerSetContainersResizePolicy[];
    readonly resources?: WorkflowTemplateSpecTemplateDefaultsContainerSetContainersResources;
    readonly restartPolicy?: string;
    readonly restartPolicyRules?: WorkflowTemplateSpecTemplateDefaultsContainerSetContainersRestartPolicyRules[];
    readonly securityContext?: WorkflowTemplateSpecTemplateDefaultsContainerSetContainersSecurityContext;
    readonly startupProbe?: WorkflowTemplateSpecTemplateDefaultsContainerSetContainersStartupProbe;
    readonly stdin?: boolean;
    readonly stdinOnce?: boolean;
    readonly terminationMessagePath?: string;
    readonly terminationMessagePolicy?: string;
    readonly tty?: boolean;
    readonly volumeDevices?: WorkflowTemplateSpecTemplateDefaultsContainerSetContainersVolumeDevices[];
    readonly volumeMounts?: WorkflowTemplateSpecTemplateDefaultsContainerSetContainersVolumeMounts[];
    readonly workingDir?: string;
}
export interface WorkflowTemplateSpecTemplateDefaultsContainerSetRetryStrategy {
    readonly duration?: string;
    readonly retries: WorkflowTemplateSpecTemplateDefaultsContainerSetRetryStrategyRetries;
}
export interface WorkflowTemplateSpecTemplateDefaultsContainerSetVolumeMounts {
    readonly mountPath: string;
    readonly mountPropagation?: string;
    readonly name: string;
    readonly readOnly?: boolean;
    readonly recursiveReadOnly?: string;
    readonly subPath?: string;
    readonly subPathExpr?: string;
}
export interface WorkflowTemplateSpecTemplateDefaultsDagTasks {
    readonly arguments?: WorkflowTemplateSpecTemplateDefaultsDagTasksArguments;
    readonly continueOn?: WorkflowTemplateSpecTemplateDefaultsDagTasksContinueOn;
    readonly dependencies?: string[];
    readonly depends?: string;
    readonly hooks?: {
        [key: string]: WorkflowTemplateSpecTemplateDefaultsDagTasksHooks;
    };
    readonly inline?: any;
    readonly name: string;
    readonly onExit?: string;
    readonly template?: string;
    readonly templateRef?: WorkflowTemplateSpecTemplateDefaultsDagTasksTemplateRef;
    readonly when?: string;
    readonly withItems?: any;
    readonly withParam?: string;
    readonly withSequence?: WorkflowTemplateSpecTemplateDefaultsDagTasksWithSequence;
}
export interface WorkflowTemplateSpecTemplateDefaultsDataSource {
    readonly artifactPaths?: WorkflowTemplateSpecTemplateDefaultsDataSourceArtifactPaths;
}
export interface WorkflowTemplateSpecTemplateDefaultsDataTransformation {
    readonly expression: string;
}
export interface WorkflowTemplateSpecTemplateDefaultsHttpBodyFrom {
    readonly bytes?: string;
}
export interface WorkflowTemplateSpecTemplateDefaultsHttpHeaders {
    readonly name: string;
    readonly value?: string;
    readonly valueFrom?: WorkflowTemplateSpecTemplateDefaultsHttpHeadersValueFrom;
}
export interface WorkflowTemplateSpecTemplateDefaultsInitContainersEnv {
    readonly name: string;
    readonly value?: string;
    readonly valueFrom?: WorkflowTemplateSpecTemplateDefaultsInitContainersEnvValueFrom;
}
export interface WorkflowTemplateSpecTemplateDefaultsInitContainersEnvFrom {
    readonly configMapRef?: WorkflowTemplateSpecTemplateDefaultsInitContainersEnvFromConfigMapRef;
    readonly prefix?: string;
    readonly secretRef?: WorkflowTemplateSpecTemplateDefaultsInitContainersEnvFromSecretRef;
}
export interface WorkflowTemplateSpecTemplateDefaultsInitContainersLifecycle {
    readonly postStart?: WorkflowTemplateSpecTemplateDefaultsInitContainersLifecyclePostStart;
    readonly preStop?: WorkflowTemplateSpecTemplateDefaultsInitContainersLifecyclePreStop;
    readonly stopSignal?: string;
}
export interface WorkflowTemplateSpecTemplateDefaultsInitContainersLivenessProbe {
    readonly exec?: WorkflowTemplateSpecTemplateDefaultsInitContainersLivenessProbeExec;
    readonly failureThreshold?: number;
    readonly grpc?: WorkflowTemplateSpecTemplateDefaultsInitContainersLivenessProbeGrpc;
    readonly httpGet?: WorkflowTemplateSpecTemplateDefaultsInitContainersLivenessProbeHttpGet;
    readonly initialDelaySeconds?: number;
    readonly periodSeconds?: number;
    readonly successThreshold?: number;
    readonly tcpSocket?: WorkflowTemplateSpecTemplateDefaultsInitContainersLivenessProbeTcpSocket;
    readonly terminationGracePeriodSeconds?: number;
    readonly timeoutSeconds?: number;
}
export interface WorkflowTemplateSpecTemplateDefaultsInitContainersPorts {
    readonly containerPort: number;
    readonly hostIp?: string;
    readonly hostPort?: number;
    readonly name?: string;
    readonly protocol?: string;
}
export interface WorkflowTemplateSpecTemplateDefaultsInitContainersReadinessProbe {
    readonly exec?: WorkflowTemplateSpecTemplateDefaultsInitContainersReadinessProbeExec;
    readonly failureThreshold?: number;
    readonly grpc?: WorkflowTemplateSpecTemplateDefaultsInitContainersReadinessProbeGrpc;
    readonly httpGet?: WorkflowTemplateSpecTemplateDefaultsInitContainersReadinessProbeHttpGet;
    readonly initialDelaySeconds?: number;
    readonly periodSeconds?: number;
    readonly successThreshold?: number;
    readonly tcpSocket?: WorkflowTemplateSpecTemplateDefaultsInitContainersReadinessProbeTcpSocket;
    readonly terminationGracePeriodSeconds?: number;
    readonly timeoutSeconds?: number;
}
export interface WorkflowTemplateSpecTemplateDefaultsInitContainersResizePolicy {
    readonly resourceName: string;
    readonly restartPolicy: string;
}
export interface WorkflowTemplateSpecTemplateDefaultsInitContainersResources {
    readonly claims?: WorkflowTemplateSpecTemplateDefaultsInitContainersResourcesClaims[];
    readonly limits?: {
        [key: string]: WorkflowTemplateSpecTemplateDefaultsInitContainersResourcesLimits;
    };
    readonly requests?: {
        [key: string]: WorkflowTemplateSpecTemplateDefaultsInitContainersResourcesRequests;
    };
}
export interface WorkflowTemplateSpecTemplateDefaultsInitContainersRestartPolicyRules {
    readonly action: string;
    readonly exitCodes?: WorkflowTemplateSpecTemplateDefaultsInitContainersRestartPolicyRulesExitCodes;
}
export interface WorkflowTemplateSpecTemplateDefaultsInitContainersSecurityContext {
    readonly allowPrivilegeEscalation?: boolean;
    readonly appArmorProfile?: WorkflowTemplateSpecTemplateDefaultsInitContainersSecurityContextAppArmorProfile;
    readonly capabilities?: WorkflowTemplateSpecTemplateDefaultsInitContainersSecurityContextCapabilities;
    readonly privileged?: boolean;
    readonly procMount?: string;
    readonly readOnlyRootFilesystem?: boolean;
    readonly runAsGroup?: number;
    readonly runAsNonRoot?: boolean;
    readonly runAsUser?: number;
    readonly seLinuxOptions?: WorkflowTemplateSpecTemplateDefaultsInitContainersSecurityContextSeLinuxOptions;
    readonly seccompProfile?: WorkflowTemplateSpecTemplateDefaultsInitContainersSecurityContextSeccompProfile;
    readonly windowsOptions?: WorkflowTemplateSpecTemplateDefaultsInitContainersSecurityContextWindowsOptions;
}
export interface WorkflowTemplateSpecTemplateDefaultsInitContainersStartupProbe {
    readonly exec?: WorkflowTemplateSpecTemplateDefaultsInitContainersStartupProbeExec;
    readonly failureThreshold?: number;
    readonly grpc?: WorkflowTemplateSpecTemplateDefaultsInitContainersStartupProbeGrpc;
    readonly httpGet?: WorkflowTemplateSpecTemplateDefaultsInitContainersStartupProbeHttpGet;
    readonly initialDelaySeconds?: number;
    readonly periodSeconds?: number;
    readonly successThreshold?: number;
    readonly tcpSocket?: WorkflowTemplateSpecTemplateDefaultsInitContainersStartupProbeTcpSocket;
    readonly terminationGracePeriodSeconds?: number;
    readonly timeoutSeconds?: number;
}
export interface WorkflowTemplateSpecTemplateDefaultsInitContainersVolumeDevices {
    readonly devicePath: string;
    readonly name: string;
}
export interface WorkflowTemplateSpecTemplateDefaultsInitContainersVolumeMounts {
    readonly mountPath: string;
    readonly mountPropagation?: string;
    readonly name: string;
    readonly readOnly?: boolean;
    readonly recursiveReadOnly?: string;
    readonly subPath?: string;
    readonly subPathExpr?: string;
}
export interface WorkflowTemplateSpecTemplateDefaultsInputsArtifacts {
    readonly archive?: WorkflowTemplateSpecTemplateDefaultsInputsArtifactsArchive;
    readonly archiveLogs?: boolean;
    readonly artifactGc?: WorkflowTemplateSpecTemplateDefaultsInputsArtifactsArtifactGc;
    readonly artifactory?: WorkflowTemplateSpecTemplateDefaultsInputsArtifactsArtifactory;
    readonly azure?: WorkflowTemplateSpecTemplateDefaultsInputsArtifactsAzure;
    readonly deleted?: boolean;
    readonly from?: string;
    readonly fromExpression?: string;
    readonly gcs?: WorkflowTemplateSpecTemplateDefaultsInputsArtifactsGcs;
    readonly git?: WorkflowTemplateSpecTemplateDefaultsInputsArtifactsGit;
    readonly globalName?: string;
    readonly hdfs?: WorkflowTemplateSpecTemplateDefaultsInputsArtifactsHdfs;
    readonly http?: WorkflowTemplateSpecTemplateDefaultsInputsArtifactsHttp;
    readonly mode?: number;
    readonly name: string;
    readonly optional?: boolean;
    readonly oss?: WorkflowTemplateSpecTemplateDefaultsInputsArtifactsOss;
    readonly path?: string;
    readonly plugin?: WorkflowTemplateSpecTemplateDefaultsInputsArtifactsPlugin;
    readonly raw?: WorkflowTemplateSpecTemplateDefaultsInputsArtifactsRaw;
    readonly recurseMode?: boolean;
    readonly s3?: WorkflowTemplateSpecTemplateDefaultsInputsArtifactsS3;
    readonly subPath?: string;
}
export interface WorkflowTemplateSpecTemplateDefaultsInputsParameters {
    readonly default?: string;
    readonly description?: string;
    readonly enum?: string[];
    readonly globalName?: string;
    readonly name: string;
    readonly value?: string;
    readonly valueFrom?: WorkflowTemplateSpecTemplateDefaultsInputsParametersValueFrom;
}
export interface WorkflowTemplateSpecTemplateDefaultsMemoizeCache {
    readonly configMap: WorkflowTemplateSpecTemplateDefaultsMemoizeCacheConfigMap;
}
export interface WorkflowTemplateSpecTemplateDefaultsMetricsPrometheus {
    readonly counter?: WorkflowTemplateSpecTemplateDefaultsMetricsPrometheusCounter;
    readonly gauge?: WorkflowTemplateSpecTemplateDefaultsMetricsPrometheusGauge;
    readonly help: string;
    readonly histogram?: WorkflowTemplateSpecTemplateDefaultsMetricsPrometheusHistogram;
    readonly labels?: WorkflowTemplateSpecTemplateDefaultsMetricsPrometheusLabels[];
    readonly name: string;
    readonly when?: string;
}
export interface WorkflowTemplateSpecTemplateDefaultsOutputsArtifacts {
    readonly archive?: WorkflowTemplateSpecTemplateDefaultsOutputsArtifactsArchive;
    readonly archiveLogs?: boolean;
    readonly artifactGc?: WorkflowTemplateSpecTemplateDefaultsOutputsArtifactsArtifactGc;
    readonly artifactory?: WorkflowTemplateSpecTemplateDefaultsOutputsArtifactsArtifactory;
    readonly azure?: WorkflowTemplateSpecTemplateDefaultsOutputsArtifactsAzure;
    readonly deleted?: boolean;
    readonly from?: string;
    readonly fromExpression?: string;
    readonly gcs?: WorkflowTemplateSpecTemplateDefaultsOutputsArtifactsGcs;
    readonly git?: WorkflowTemplateSpecTemplateDefaultsOutputsArtifactsGit;
    readonly globalName?: string;
    readonly hdfs?: WorkflowTemplateSpecTemplateDefaultsOutputsArtifactsHdfs;
    readonly http?: WorkflowTemplateSpecTemplateDefaultsOutputsArtifactsHttp;
    readonly mode?: number;
    readonly name: string;
    readonly optional?: boolean;
    readonly oss?: WorkflowTemplateSpecTemplateDefaultsOutputsArtifactsOss;
    readonly path?: string;
    readonly plugin?: WorkflowTemplateSpecTemplateDefaultsOutputsArtifactsPlugin;
    readonly raw?: WorkflowTemplateSpecTemplateDefaultsOutputsArtifactsRaw;
    readonly recurseMode?: boolean;
    readonly s3?: WorkflowTemplateSpecTemplateDefaultsOutputsArtifactsS3;
    readonly subPath?: string;
}
export interface WorkflowTemplateSpecTemplateDefaultsOutputsParameters {
    readonly default?: string;
    readonly description?: string;
    readonly enum?: string[];
    readonly globalName?: string;
    readonly name: string;
    readonly value?: string;
    readonly valueFrom?: WorkflowTemplateSpecTemplateDefaultsOutputsParametersValueFrom;
}
export interface WorkflowTemplateSpecTemplateDefaultsPodResourcesClaims {
    readonly name: string;
    readonly request?: string;
}
export declare class WorkflowTemplateSpecTemplateDefaultsPodResourcesLimits {
    readonly value: number | string;
    static fromNumber(value: number): WorkflowTemplateSpecTemplateDefaultsPodResourcesLimits;
    static fromString(value: string): WorkflowTemplateSpecTemplateDefaultsPodResourcesLimits;
    private constructor();
}
export declare class WorkflowTemplateSpecTemplateDefaultsPodResourcesRequests {
    readonly value: number | string;
    static fromNumber(value: number): WorkflowTemplateSpecTemplateDefaultsPodResourcesRequests;
    static fromString(value: string): WorkflowTemplateSpecTemplateDefaultsPodResourcesRequests;
    private constructor();
}
export declare enum WorkflowTemplateSpecTemplateDefaultsResourceAction {
    GET = "get",
    CREATE = "create",
    APPLY = "apply",
    DELETE = "delete",
    REPLACE = "replace",
    PATCH = "patch"
}
export interface WorkflowTemplateSpecTemplateDefaultsResourceManifestFrom {
    readonly artifact: WorkflowTemplateSpecTemplateDefaultsResourceManifestFromArtifact;
}
export declare enum WorkflowTemplateSpecTemplateDefaultsResourceMergeStrategy {
    STRATEGIC = "strategic",
    MERGE = "merge",
    JSON = "json"
}
export interface WorkflowTemplateSpecTemplateDefaultsRetryStrategyAffinity {
    readonly nodeAntiAffinity?: any;
}
export interface WorkflowTemplateSpecTemplateDefaultsRetryStrategyBackoff {
    readonly cap?: string;
    readonly duration?: string;
    readonly factor?: WorkflowTemplateSpecTemplateDefaultsRetryStrategyBackoffFactor;
    readonly maxDuration?: string;
}
export declare class WorkflowTemplateSpecTemplateDefaultsRetryStrategyLimit {
    readonly value: number | string;
    static fromNumber(value: number): WorkflowTemplateSpecTemplateDefaultsRetryStrategyLimit;
    static fromString(value: string): WorkflowTemplateSpecTemplateDefaultsRetryStrategyLimit;
    private constructor();
}
export declare enum WorkflowTemplateSpecTemplateDefaultsRetryStrategyRetryPolicy {
    ALWAYS = "Always",
    ON_FAILURE = "OnFailure",
    ON_ERROR = "OnError",
    ON_TRANSIENT_ERROR = "OnTransientError"
}
export interface WorkflowTemplateSpecTemplateDefaultsScriptEnv {
    readonly name: string;
    readonly value?: string;
    readonly valueFrom?: WorkflowTemplateSpecTemplateDefaultsScriptEnvValueFrom;
}
export interface WorkflowTemplateSpecTemplateDefaultsScriptEnvFrom {
    readonly configMapRef?: WorkflowTemplateSpecTemplateDefaultsScriptEnvFromConfigMapRef;
    readonly prefix?: string;
    readonly secretRef?: WorkflowTemplateSpecTemplateDefaultsScriptEnvFromSecretRef;
}
export interface WorkflowTemplateSpecTemplateDefaultsScriptLifecycle {
    readonly postStart?: WorkflowTemplateSpecTemplateDefaultsScriptLifecyclePostStart;
    readonly preStop?: WorkflowTemplateSpecTemplateDefaultsScriptLifecyclePreStop;
    readonly stopSignal?: string;
}
export interface WorkflowTemplateSpecTemplateDefaultsScriptLivenessProbe {
    readonly exec?: WorkflowTemplateSpecTemplateDefaultsScriptLivenessProbeExec;
    readonly failureThreshold?: number;
    readonly grpc?: WorkflowTemplateSpecTemplateDefaultsScriptLivenessProbeGrpc;
    readonly httpGet?: WorkflowTemplateSpecTemplateDefaultsScriptLivenessProbeHttpGet;
    readonly initialDelaySeconds?: number;
    readonly periodSeconds?: number;
    readonly successThreshold?: number;
    readonly tcpSocket?: WorkflowTemplateSpecTemplateDefaultsScriptLivenessProbeTcpSocket;
    readonly terminationGracePeriodSeconds?: number;
    readonly timeoutSeconds?: number;
}
export interface WorkflowTemplateSpecTemplateDefaultsScriptPorts {
    readonly containerPort: number;
    readonly hostIp?: string;
    readonly hostPort?: number;
    readonly name?: string;
    readonly protocol?: string;
}
export interface WorkflowTemplateSpecTemplateDefaultsScriptReadinessProbe {
    readonly exec?: WorkflowTemplateSpecTemplateDefaultsScriptReadinessProbeExec;
    readonly failureThreshold?: number;
    readonly grpc?: WorkflowTemplateSpecTemplateDefaultsScriptReadinessProbeGrpc;
    readonly httpGet?: WorkflowTemplateSpecTemplateDefaultsScriptReadinessProbeHttpGet;
    readonly initialDelaySeconds?: number;
    readonly periodSeconds?: number;
    readonly successThreshold?: number;
    readonly tcpSocket?: WorkflowTemplateSpecTemplateDefaultsScriptReadinessProbeTcpSocket;
    readonly terminationGracePeriodSeconds?: number;
    readonly timeoutSeconds?: number;
}
export interface WorkflowTemplateSpecTemplateDefaultsScriptResizePolicy {
    readonly resourceName: string;
    readonly restartPolicy: string;
}
export interface WorkflowTemplateSpecTemplateDefaultsScriptResources {
    readonly claims?: WorkflowTemplateSpecTemplateDefaultsScriptResourcesClaims[];
    readonly limits?: {
        [key: string]: WorkflowTemplateSpecTemplateDefaultsScriptResourcesLimits;
    };
    readonly requests?: {
        [key: string]: WorkflowTemplateSpecTemplateDefaultsScriptResourcesRequests;
    };
}
export interface WorkflowTemplateSpecTemplateDefaultsScriptRestartPolicyRules {
    readonly action: string;
    readonly exitCodes?: WorkflowTemplateSpecTemplateDefaultsScriptRestartPolicyRulesExitCodes;
}
export interface WorkflowTemplateSpecTemplateDefaultsScriptSecurityContext {
    readonly allowPrivilegeEscalation?: boolean;
    readonly appArmorProfile?: WorkflowTemplateSpecTemplateDefaultsScriptSecurityContextAppArmorProfile;
    readonly capabilities?: WorkflowTemplateSpecTemplateDefaultsScriptSecurityContextCapabilities;
    readonly privileged?: boolean;
    readonly procMount?: string;
    readonly readOnlyRootFilesystem?: boolean;
    readonly runAsGroup?: number;
    readonly runAsNonRoot?: boolean;
    readonly runAsUser?: number;
    readonly seLinuxOptions?: WorkflowTemplateSpecTemplateDefaultsScriptSecurityContextSeLinuxOptions;
    readonly seccompProfile?: WorkflowTemplateSpecTemplateDefaultsScriptSecurityContextSeccompProfile;
    readonly windowsOptions?: WorkflowTemplateSpecTemplateDefaultsScriptSecurityContextWindowsOptions;
}
export interface WorkflowTemplateSpecTemplateDefaultsScriptStartupProbe {
    readonly exec?: WorkflowTemplateSpecTemplateDefaultsScriptStartupProbeExec;
    readonly failureThreshold?: number;
    readonly grpc?: WorkflowTemplateSpecTemplateDefaultsScriptStartupProbeGrpc;
    readonly httpGet?: WorkflowTemplateSpecTemplateDefaultsScriptStartupProbeHttpGet;
    readonly initialDelaySeconds?: number;
    readonly periodSeconds?: number;
    readonly successThreshold?: number;
    readonly tcpSocket?: WorkflowTemplateSpecTemplateDefaultsScriptStartupProbeTcpSocket;
    readonly terminationGracePeriodSeconds?: number;
    readonly timeoutSeconds?: number;
}
export interface WorkflowTemplateSpecTemplateDefaultsScriptVolumeDevices {
    readonly devicePath: string;
    readonly name: string;
}
export interface WorkflowTemplateSpecTemplateDefaultsScriptVolumeMounts {
    readonly mountPath: string;
    readonly mountPropagation?: string;
    readonly name: string;
    readonly readOnly?: boolean;
    readonly recursiveReadOnly?: string;
    readonly subPath?: string;
    readonly subPathExpr?: string;
}
export interface WorkflowTemplateSpecTemplateDefaultsSecurityContextAppArmorProfile {
    readonly localhostProfile?: string;
    readonly type: string;
}
export interface WorkflowTemplateSpecTemplateDefaultsSecurityContextSeLinuxOptions {
    readonly level?: string;
    readonly role?: string;
    readonly type?: string;
    readonly user?: string;
}
export interface WorkflowTemplateSpecTemplateDefaultsSecurityContextSeccompProfile {
    readonly localhostProfile?: string;
    readonly type: string;
}
export interface WorkflowTemplateSpecTemplateDefaultsSecurityContextSysctls {
    readonly name: string;
    readonly value: string;
}
export interface WorkflowTemplateSpecTemplateDefaultsSecurityContextWindowsOptions {
    readonly gmsaCredentialSpec?: string;
    readonly gmsaCredentialSpecName?: string;
    readonly hostProcess?: boolean;
    readonly runAsUserName?: string;
}
export interface WorkflowTemplateSpecTemplateDefaultsSidecarsEnv {
    readonly name: string;
    readonly value?: string;
    readonly valueFrom?: WorkflowTemplateSpecTemplateDefaultsSidecarsEnvValueFrom;
}
export interface WorkflowTemplateSpecTemplateDefaultsSidecarsEnvFrom {
    readonly configMapRef?: WorkflowTemplateSpecTemplateDefaultsSidecarsEnvFromConfigMapRef;
    readonly prefix?: string;
    readonly secretRef?: WorkflowTemplateSpecTemplateDefaultsSidecarsEnvFromSecretRef;
}
export interface WorkflowTemplateSpecTemplateDefaultsSidecarsLifecycle {
    readonly postStart?: WorkflowTemplateSpecTemplateDefaultsSidecarsLifecyclePostStart;
    readonly preStop?: WorkflowTemplateSpecTemplateDefaultsSidecarsLifecyclePreStop;
    readonly stopSignal?: string;
}
export interface WorkflowTemplateSpecTemplateDefaultsSidecarsLivenessProbe {
    readonly exec?: WorkflowTemplateSpecTemplateDefaultsSidecarsLivenessProbeExec;
    readonly failureThreshold?: number;
    readonly grpc?: WorkflowTemplateSpecTemplateDefaultsSidecarsLivenessProbeGrpc;
    readonly httpGet?: WorkflowTemplateSpecTemplateDefaultsSidecarsLivenessProbeHttpGet;
    readonly initialDelaySeconds?: number;
    readonly periodSeconds?: number;
    readonly successThreshold?: number;
    readonly tcpSocket?: WorkflowTemplateSpecTemplateDefaultsSidecarsLivenessProbeTcpSocket;
    readonly terminationGracePeriodSeconds?: number;
    readonly timeoutSeconds?: number;
}
export interface WorkflowTemplateSpecTemplateDefaultsSidecarsPorts {
    readonly containerPort: number;
    readonly hostIp?: string;
    readonly hostPort?: number;
    readonly name?: string;
    readonly protocol?: string;
}
export interface WorkflowTemplateSpecTemplateDefaultsSidecarsReadinessProbe {
    readonly exec?: WorkflowTemplateSpecTemplateDefaultsSidecarsReadinessProbeExec;
    readonly failureThreshold?: number;
    readonly grpc?: WorkflowTemplateSpecTemplateDefaultsSidecarsReadinessProbeGrpc;
    readonly httpGet?: WorkflowTemplateSpecTemplateDefaultsSidecarsReadinessProbeHttpGet;
    readonly initialDelaySeconds?: number;
    readonly periodSeconds?: number;
    readonly successThreshold?: number;
    readonly tcpSocket?: WorkflowTemplateSpecTemplateDefaultsSidecarsReadinessProbeTcpSocket;
    readonly terminationGracePeriodSeconds?: number;
    readonly timeoutSeconds?: number;
}
export interface WorkflowTemplateSpecTemplateDefaultsSidecarsResizePolicy {
    readonly resourceName: string;
    readonly restartPolicy: string;
}
export interface WorkflowTemplateSpecTemplateDefaultsSidecarsResources {
    readonly claims?: WorkflowTemplateSpecTemplateDefaultsSidecarsResourcesClaims[];
    readonly limits?: {
        [key: string]: WorkflowTemplateSpecTemplateDefaultsSidecarsResourcesLimits;
    };
    readonly requests?: {
        [key: string]: WorkflowTemplateSpecTemplateDefaultsSidecarsResourcesRequests;
    };
}
export interface WorkflowTemplateSpecTemplateDefaultsSidecarsRestartPolicyRules {
    readonly action: string;
    readonly exitCodes?: WorkflowTemplateSpecTemplateDefaultsSidecarsRestartPolicyRulesExitCodes;
}
export interface WorkflowTemplateSpecTemplateDefaultsSidecarsSecurityContext {
    readonly allowPrivilegeEscalation?: boolean;
    readonly appArmorProfile?: WorkflowTemplateSpecTemplateDefaultsSidecarsSecurityContextAppArmorProfile;
    readonly capabilities?: WorkflowTemplateSpecTemplateDefaultsSidecarsSecurityContextCapabilities;
    readonly privileged?: boolean;
    readonly procMount?: string;
    readonly readOnlyRootFilesystem?: boolean;
    readonly runAsGroup?: number;
    readonly runAsNonRoot?: boolean;
    readonly runAsUser?: number;
    readonly seLinuxOptions?: WorkflowTemplateSpecTemplateDefaultsSidecarsSecurityContextSeLinuxOptions;
    readonly seccompProfile?: WorkflowTemplateSpecTemplateDefaultsSidecarsSecurityContextSeccompProfile;
    readonly windowsOptions?: WorkflowTemplateSpecTemplateDefaultsSidecarsSecurityContextWindowsOptions;
}
export interface WorkflowTemplateSpecTemplateDefaultsSidecarsStartupProbe {
    readonly exec?: WorkflowTemplateSpecTemplateDefaultsSidecarsStartupProbeExec;
    readonly failureThreshold?: number;
    readonly grpc?: WorkflowTemplateSpecTemplateDefaultsSidecarsStartupProbeGrpc;
    readonly httpGet?: WorkflowTemplateSpecTemplateDefaultsSidecarsStartupProbeHttpGet;
    readonly initialDelaySeconds?: number;
    readonly periodSeconds?: number;
    readonly successThreshold?: number;
    readonly tcpSocket?: WorkflowTemplateSpecTemplateDefaultsSidecarsStartupProbeTcpSocket;
    readonly terminationGracePeriodSeconds?: number;
    readonly timeoutSeconds?: number;
}
export interface WorkflowTemplateSpecTemplateDefaultsSidecarsVolumeDevices {
    readonly devicePath: string;
    readonly name: string;
}
export interface WorkflowTemplateSpecTemplateDefaultsSidecarsVolumeMounts {
    readonly mountPath: string;
    readonly mountPropagation?: string;
    readonly name: string;
    readonly readOnly?: boolean;
    readonly recursiveReadOnly?: string;
    readonly subPath?: string;
    readonly subPathExpr?: string;
}
export interface WorkflowTemplateSpecTemplateDefaultsStepsArguments {
    readonly artifacts?: WorkflowTemplateSpecTemplateDefaultsStepsArgumentsArtifacts[];
    readonly parameters?: WorkflowTemplateSpecTemplateDefaultsStepsArgumentsParameters[];
}
export interface WorkflowTemplateSpecTemplateDefaultsStepsContinueOn {
    readonly error?: boolean;
    readonly failed?: boolean;
}
export interface WorkflowTemplateSpecTemplateDefaultsStepsHooks {
    readonly arguments?: WorkflowTemplateSpecTemplateDefaultsStepsHooksArguments;
    readonly expression?: string;
    readonly template?: string;
    readonly templateRef?: WorkflowTemplateSpecTemplateDefaultsStepsHooksTemplateRef;
}
export interface WorkflowTemplateSpecTemplateDefaultsStepsTemplateRef {
    readonly clusterScope?: boolean;
    readonly name?: string;
    readonly template?: string;
}
export interface WorkflowTemplateSpecTemplateDefaultsStepsWithSequence {
    readonly count?: WorkflowTemplateSpecTemplateDefaultsStepsWithSequenceCount;
    readonly end?: WorkflowTemplateSpecTemplateDefaultsStepsWithSequenceEnd;
    readonly format?: string;
    readonly start?: WorkflowTemplateSpecTemplateDefaultsStepsWithSequenceStart;
}
export interface WorkflowTemplateSpecTemplateDefaultsSynchronizationMutexes {
    readonly database?: boolean;
    readonly name?: string;
    readonly namespace?: string;
}
export interface WorkflowTemplateSpecTemplateDefaultsSynchronizationSemaphores {
    readonly configMapKeyRef?: WorkflowTemplateSpecTemplateDefaultsSynchronizationSemaphoresConfigMapKeyRef;
    readonly database?: WorkflowTemplateSpecTemplateDefaultsSynchronizationSemaphoresDatabase;
    readonly namespace?: string;
}
export interface WorkflowTemplateSpecTemplateDefaultsVolumesAwsElasticBlockStore {
    readonly fsType?: string;
    readonly partition?: number;
    readonly readOnly?: boolean;
    readonly volumeId: string;
}
export interface WorkflowTemplateSpecTemplateDefaultsVolumesAzureDisk {
    readonly cachingMode?: string;
    readonly diskName: string;
    readonly diskUri: string;
    readonly fsType?: string;
    readonly kind?: string;
    readonly readOnly?: boolean;
}
export interface WorkflowTemplateSpecTemplateDefaultsVolumesAzureFile {
    readonly readOnly?: boolean;
    readonly secretName: string;
    readonly shareName: string;
}
export interface WorkflowTemplateSpecTemplateDefaultsVolumesCephfs {
    readonly monitors: string[];
    readonly path?: string;
    readonly readOnly?: boolean;
    readonly secretFile?: string;
    readonly secretRef?: WorkflowTemplateSpecTemplateDefaultsVolumesCephfsSecretRef;
    readonly user?: string;
}
export interface WorkflowTemplateSpecTemplateDefaultsVolumesCinder {
    readonly fsType?: string;
    readonly readOnly?: boolean;
    readonly secretRef?: WorkflowTemplateSpecTemplateDefaultsVolumesCinderSecretRef;
    readonly volumeId: string;
}
export interface WorkflowTemplateSpecTemplateDefaultsVolumesConfigMap {
    readonly defaultMode?: number;
    readonly items?: WorkflowTemplateSpecTemplateDefaultsVolumesConfigMapItems[];
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplateDefaultsVolumesCsi {
    readonly driver: string;
    readonly fsType?: string;
    readonly nodePublishSecretRef?: WorkflowTemplateSpecTemplateDefaultsVolumesCsiNodePublishSecretRef;
    readonly readOnly?: boolean;
    readonly volumeAttributes?: {
        [key: string]: string;
    };
}
export interface WorkflowTemplateSpecTemplateDefaultsVolumesDownwardApi {
    readonly defaultMode?: number;
    readonly items?: WorkflowTemplateSpecTemplateDefaultsVolumesDownwardApiItems[];
}
export interface WorkflowTemplateSpecTemplateDefaultsVolumesEmptyDir {
    readonly medium?: string;
    readonly sizeLimit?: WorkflowTemplateSpecTemplateDefaultsVolumesEmptyDirSizeLimit;
}
export interface WorkflowTemplateSpecTemplateDefaultsVolumesEphemeral {
    readonly volumeClaimTemplate?: WorkflowTemplateSpecTemplateDefaultsVolumesEphemeralVolumeClaimTemplate;
}
export interface WorkflowTemplateSpecTemplateDefaultsVolumesFc {
    readonly fsType?: string;
    readonly lun?: number;
    readonly readOnly?: boolean;
    readonly targetWwNs?: string[];
    readonly wwids?: string[];
}
export interface WorkflowTemplateSpecTemplateDefaultsVolumesFlexVolume {
    readonly driver: string;
    readonly fsType?: string;
    readonly options?: {
        [key: string]: string;
    };
    readonly readOnly?: boolean;
    readonly secretRef?: WorkflowTemplateSpecTemplateDefaultsVolumesFlexVolumeSecretRef;
}
export interface WorkflowTemplateSpecTemplateDefaultsVolumesFlocker {
    readonly datasetName?: string;
    readonly datasetUuid?: string;
}
export interface WorkflowTemplateSpecTemplateDefaultsVolumesGcePersistentDisk {
    readonly fsType?: string;
    readonly partition?: number;
    readonly pdName: string;
    readonly readOnly?: boolean;
}
export interface WorkflowTemplateSpecTemplateDefaultsVolumesGitRepo {
    readonly directory?: string;
    readonly repository: string;
    readonly revision?: string;
}
export interface WorkflowTemplateSpecTemplateDefaultsVolumesGlusterfs {
    readonly endpoints: string;
    readonly path: string;
    readonly readOnly?: boolean;
}
export interface WorkflowTemplateSpecTemplateDefaultsVolumesHostPath {
    readonly path: string;
    readonly type?: string;
}
export interface WorkflowTemplateSpecTemplateDefaultsVolumesImage {
    readonly pullPolicy?: string;
    readonly reference?: string;
}
export interface WorkflowTemplateSpecTemplateDefaultsVolumesIscsi {
    readonly chapAuthDiscovery?: boolean;
    readonly chapAuthSession?: boolean;
    readonly fsType?: string;
    readonly initiatorName?: string;
    readonly iqn: string;
    readonly iscsiInterface?: string;
    readonly lun: number;
    readonly portals?: string[];
    readonly readOnly?: boolean;
    readonly secretRef?: WorkflowTemplateSpecTemplateDefaultsVolumesIscsiSecretRef;
    readonly targetPortal: string;
}
export interface WorkflowTemplateSpecTemplateDefaultsVolumesNfs {
    readonly path: string;
    readonly readOnly?: boolean;
    readonly server: string;
}
export interface WorkflowTemplateSpecTemplateDefaultsVolumesPersistentVolumeClaim {
    readonly claimName: string;
    readonly readOnly?: boolean;
}
export interface WorkflowTemplateSpecTemplateDefaultsVolumesPhotonPersistentDisk {
    readonly fsType?: string;
    readonly pdId: string;
}
export interface WorkflowTemplateSpecTemplateDefaultsVolumesPortworxVolume {
    readonly fsType?: string;
    readonly readOnly?: boolean;
    readonly volumeId: string;
}
export interface WorkflowTemplateSpecTemplateDefaultsVolumesProjected {
    readonly defaultMode?: number;
    readonly sources?: WorkflowTemplateSpecTemplateDefaultsVolumesProjectedSources[];
}
export interface WorkflowTemplateSpecTemplateDefaultsVolumesQuobyte {
    readonly group?: string;
    readonly readOnly?: boolean;
    readonly registry: string;
    readonly tenant?: string;
    readonly user?: string;
    readonly volume: string;
}
export interface WorkflowTemplateSpecTemplateDefaultsVolumesRbd {
    readonly fsType?: string;
    readonly image: string;
    readonly keyring?: string;
    readonly monitors: string[];
    readonly pool?: string;
    readonly readOnly?: boolean;
    readonly secretRef?: WorkflowTemplateSpecTemplateDefaultsVolumesRbdSecretRef;
    readonly user?: string;
}
export interface WorkflowTemplateSpecTemplateDefaultsVolumesScaleIo {
    readonly fsType?: string;
    readonly gateway: string;
    readonly protectionDomain?: string;
    readonly readOnly?: boolean;
    readonly secretRef: WorkflowTemplateSpecTemplateDefaultsVolumesScaleIoSecretRef;
    readonly sslEnabled?: boolean;
    readonly storageMode?: string;
    readonly storagePool?: string;
    readonly system: string;
    readonly volumeName?: string;
}
export interface WorkflowTemplateSpecTemplateDefaultsVolumesSecret {
    readonly defaultMode?: number;
    readonly items?: WorkflowTemplateSpecTemplateDefaultsVolumesSecretItems[];
    readonly optional?: boolean;
    readonly secretName?: string;
}
export interface WorkflowTemplateSpecTemplateDefaultsVolumesStorageos {
    readonly fsType?: string;
    readonly readOnly?: boolean;
    readonly secretRef?: WorkflowTemplateSpecTemplateDefaultsVolumesStorageosSecretRef;
    readonly volumeName?: string;
    readonly volumeNamespace?: string;
}
export interface WorkflowTemplateSpecTemplateDefaultsVolumesVsphereVolume {
    readonly fsType?: string;
    readonly storagePolicyId?: string;
    readonly storagePolicyName?: string;
    readonly volumePath: string;
}
export interface WorkflowTemplateSpecTemplatesAffinityNodeAffinity {
    readonly preferredDuringSchedulingIgnoredDuringExecution?: WorkflowTemplateSpecTemplatesAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution[];
    readonly requiredDuringSchedulingIgnoredDuringExecution?: WorkflowTemplateSpecTemplatesAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution;
}
export interface WorkflowTemplateSpecTemplatesAffinityPodAffinity {
    readonly preferredDuringSchedulingIgnoredDuringExecution?: WorkflowTemplateSpecTemplatesAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution[];
    readonly requiredDuringSchedulingIgnoredDuringExecution?: WorkflowTemplateSpecTemplatesAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution[];
}
export interface WorkflowTemplateSpecTemplatesAffinityPodAntiAffinity {
    readonly preferredDuringSchedulingIgnoredDuringExecution?: WorkflowTemplateSpecTemplatesAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution[];
    readonly requiredDuringSchedulingIgnoredDuringExecution?: WorkflowTemplateSpecTemplatesAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution[];
}
export interface WorkflowTemplateSpecTemplatesArchiveLocationArtifactory {
    readonly passwordSecret?: WorkflowTemplateSpecTemplatesArchiveLocationArtifactoryPasswordSecret;
    readonly url: string;
    readonly usernameSecret?: WorkflowTemplateSpecTemplatesArchiveLocationArtifactoryUsernameSecret;
}
export interface WorkflowTemplateSpecTemplatesArchiveLocationAzure {
    readonly accountKeySecret?: WorkflowTemplateSpecTemplatesArchiveLocationAzureAccountKeySecret;
    readonly blob: string;
    readonly container: string;
    readonly endpoint: string;
    readonly useSdkCreds?: boolean;
}
export interface WorkflowTemplateSpecTemplatesArchiveLocationGcs {
    readonly bucket?: string;
    readonly key: string;
    readonly serviceAccountKeySecret?: WorkflowTemplateSpecTemplatesArchiveLocationGcsServiceAccountKeySecret;
}
export interface WorkflowTemplateSpecTemplatesArchiveLocationGit {
    readonly branch?: string;
    readonly depth?: number;
    readonly disableSubmodules?: boolean;
    readonly fetch?: string[];
    readonly insecureIgnoreHostKey?: boolean;
    readonly insecureSkipTls?: boolean;
    readonly passwordSecret?: WorkflowTemplateSpecTemplatesArchiveLocationGitPasswordSecret;
    readonly repo: string;
    readonly revision?: string;
    readonly singleBranch?: boolean;
    readonly sshPrivateKeySecret?: WorkflowTemplateSpecTemplatesArchiveLocationGitSshPrivateKeySecret;
    readonly usernameSecret?: WorkflowTemplateSpecTemplatesArchiveLocationGitUsernameSecret;
}
export interface WorkflowTemplateSpecTemplatesArchiveLocationHdfs {
    readonly addresses?: string[];
    readonly dataTransferProtection?: string;
    readonly force?: boolean;
    readonly hdfsUser?: string;
    readonly krbCCacheSecret?: WorkflowTemplateSpecTemplatesArchiveLocationHdfsKrbCCacheSecret;
    readonly krbConfigConfigMap?: WorkflowTemplateSpecTemplatesArchiveLocationHdfsKrbConfigConfigMap;
    readonly krbKeytabSecret?: WorkflowTemplateSpecTemplatesArchiveLocationHdfsKrbKeytabSecret;
    readonly krbRealm?: string;
    readonly krbServicePrincipalName?: string;
    readonly krbUsername?: string;
    readonly path: string;
}
export interface WorkflowTemplateSpecTemplatesArchiveLocationHttp {
    readonly auth?: WorkflowTemplateSpecTemplatesArchiveLocationHttpAuth;
    readonly headers?: WorkflowTemplateSpecTemplatesArchiveLocationHttpHeaders[];
    readonly saveStreamViaFile?: boolean;
    readonly url: string;
}
export interface WorkflowTemplateSpecTemplatesArchiveLocationOss {
    readonly accessKeySecret?: WorkflowTemplateSpecTemplatesArchiveLocationOssAccessKeySecret;
    readonly bucket?: string;
    readonly createBucketIfNotPresent?: boolean;
    readonly endpoint?: string;
    readonly key: string;
    readonly lifecycleRule?: WorkflowTemplateSpecTemplatesArchiveLocationOssLifecycleRule;
    readonly secretKeySecret?: WorkflowTemplateSpecTemplatesArchiveLocationOssSecretKeySecret;
    readonly securityToken?: string;
    readonly useSdkCreds?: boolean;
}
export interface WorkflowTemplateSpecTemplatesArchiveLocationPlugin {
    readonly configuration?: string;
    readonly connectionTimeoutSeconds?: number;
    readonly key: string;
    readonly name?: string;
}
export interface WorkflowTemplateSpecTemplatesArchiveLocationRaw {
    readonly data: string;
}
export interface WorkflowTemplateSpecTemplatesArchiveLocationS3 {
    readonly accessKeySecret?: WorkflowTemplateSpecTemplatesArchiveLocationS3AccessKeySecret;
    readonly addressingStyle?: WorkflowTemplateSpecTemplatesArchiveLocationS3AddressingStyle;
    readonly bucket?: string;
    readonly caSecret?: WorkflowTemplateSpecTemplatesArchiveLocationS3CaSecret;
    readonly createBucketIfNotPresent?: WorkflowTemplateSpecTemplatesArchiveLocationS3CreateBucketIfNotPresent;
    readonly encryptionOptions?: WorkflowTemplateSpecTemplatesArchiveLocationS3EncryptionOptions;
    readonly endpoint?: string;
    readonly insecure?: boolean;
    readonly key?: string;
    readonly region?: string;
    readonly roleArn?: string;
    readonly secretKeySecret?: WorkflowTemplateSpecTemplatesArchiveLocationS3SecretKeySecret;
    readonly sessionTokenSecret?: WorkflowTemplateSpecTemplatesArchiveLocationS3SessionTokenSecret;
    readonly useSdkCreds?: boolean;
}
export interface WorkflowTemplateSpecTemplatesContainerEnv {
    readonly name: string;
    readonly value?: string;
    readonly valueFrom?: WorkflowTemplateSpecTemplatesContainerEnvValueFrom;
}
export interface WorkflowTemplateSpecTemplatesContainerEnvFrom {
    readonly configMapRef?: WorkflowTemplateSpecTemplatesContainerEnvFromConfigMapRef;
    readonly prefix?: string;
    readonly secretRef?: WorkflowTemplateSpecTemplatesContainerEnvFromSecretRef;
}
export interface WorkflowTemplateSpecTemplatesContainerLifecycle {
    readonly postStart?: WorkflowTemplateSpecTemplatesContainerLifecyclePostStart;
    readonly preStop?: WorkflowTemplateSpecTemplatesContainerLifecyclePreStop;
    readonly stopSignal?: string;
}
export interface WorkflowTemplateSpecTemplatesContainerLivenessProbe {
    readonly exec?: WorkflowTemplateSpecTemplatesContainerLivenessProbeExec;
    readonly failureThreshold?: number;
    readonly grpc?: WorkflowTemplateSpecTemplatesContainerLivenessProbeGrpc;
    readonly httpGet?: WorkflowTemplateSpecTemplatesContainerLivenessProbeHttpGet;
    readonly initialDelaySeconds?: number;
    readonly periodSeconds?: number;
    readonly successThreshold?: number;
    readonly tcpSocket?: WorkflowTemplateSpecTemplatesContainerLivenessProbeTcpSocket;
    readonly terminationGracePeriodSeconds?: number;
    readonly timeoutSeconds?: number;
}
export interface WorkflowTemplateSpecTemplatesContainerPorts {
    readonly containerPort: number;
    readonly hostIp?: string;
    readonly hostPort?: number;
    readonly name?: string;
    readonly protocol?: string;
}
export interface WorkflowTemplateSpecTemplatesContainerReadinessProbe {
    readonly exec?: WorkflowTemplateSpecTemplatesContainerReadinessProbeExec;
    readonly failureThreshold?: number;
    readonly grpc?: WorkflowTemplateSpecTemplatesContainerReadinessProbeGrpc;
    readonly httpGet?: WorkflowTemplateSpecTemplatesContainerReadinessProbeHttpGet;
    readonly initialDelaySeconds?: number;
    readonly periodSeconds?: number;
    readonly successThreshold?: number;
    readonly tcpSocket?: WorkflowTemplateSpecTemplatesContainerReadinessProbeTcpSocket;
    readonly terminationGracePeriodSeconds?: number;
    readonly timeoutSeconds?: number;
}
export interface WorkflowTemplateSpecTemplatesContainerResizePolicy {
    readonly resourceName: string;
    readonly restartPolicy: string;
}
export interface WorkflowTemplateSpecTemplatesContainerResources {
    readonly claims?: WorkflowTemplateSpecTemplatesContainerResourcesClaims[];
    readonly limits?: {
        [key: string]: WorkflowTemplateSpecTemplatesContainerResourcesLimits;
    };
    readonly requests?: {
        [key: string]: WorkflowTemplateSpecTemplatesContainerResourcesRequests;
    };
}
export interface WorkflowTemplateSpecTemplatesContainerRestartPolicyRules {
    readonly action: string;
    readonly exitCodes?: WorkflowTemplateSpecTemplatesContainerRestartPolicyRulesExitCodes;
}
export interface WorkflowTemplateSpecTemplatesContainerSecurityContext {
    readonly allowPrivilegeEscalation?: boolean;
    readonly appArmorProfile?: WorkflowTemplateSpecTemplatesContainerSecurityContextAppArmorProfile;
    readonly capabilities?: WorkflowTemplateSpecTemplatesContainerSecurityContextCapabilities;
    readonly privileged?: boolean;
    readonly procMount?: string;
    readonly readOnlyRootFilesystem?: boolean;
    readonly runAsGroup?: number;
    readonly runAsNonRoot?: boolean;
    readonly runAsUser?: number;
    readonly seLinuxOptions?: WorkflowTemplateSpecTemplatesContainerSecurityContextSeLinuxOptions;
    readonly seccompProfile?: WorkflowTemplateSpecTemplatesContainerSecurityContextSeccompProfile;
    readonly windowsOptions?: WorkflowTemplateSpecTemplatesContainerSecurityContextWindowsOptions;
}
export interface WorkflowTemplateSpecTemplatesContainerStartupProbe {
    readonly exec?: WorkflowTemplateSpecTemplatesContainerStartupProbeExec;
    readonly failureThreshold?: number;
    readonly grpc?: WorkflowTemplateSpecTemplatesContainerStartupProbeGrpc;
    readonly httpGet?: WorkflowTemplateSpecTemplatesContainerStartupProbeHttpGet;
    readonly initialDelaySeconds?: number;
    readonly periodSeconds?: number;
    readonly successThreshold?: number;
    readonly tcpSocket?: WorkflowTemplateSpecTemplatesContainerStartupProbeTcpSocket;
    readonly terminationGracePeriodSeconds?: number;
    readonly timeoutSeconds?: number;
}
export interface WorkflowTemplateSpecTemplatesContainerVolumeDevices {
    readonly devicePath: string;
    readonly name: string;
}
export interface WorkflowTemplateSpecTemplatesContainerVolumeMounts {
    readonly mountPath: string;
    readonly mountPropagation?: string;
    readonly name: string;
    readonly readOnly?: boolean;
    readonly recursiveReadOnly?: string;
    readonly subPath?: string;
    readonly subPathExpr?: string;
}
export interface WorkflowTemplateSpecTemplatesContainerSetContainers {
    readonly args?: string[];
    readonly command?: string[];
    readonly dependencies?: string[];
    readonly env?: WorkflowTemplateSpecTemplatesContainerSetContainersEnv[];
    readonly envFrom?: WorkflowTemplateSpecTemplatesContainerSetContainersEnvFrom[];
    readonly image?: string;
    readonly imagePullPolicy?: string;
    readonly lifecycle?: WorkflowTemplateSpecTemplatesContainerSetContainersLifecycle;
    readonly livenessProbe?: WorkflowTemplateSpecTemplatesContainerSetContainersLivenessProbe;
    readonly name: string;
    readonly ports?: WorkflowTemplateSpecTemplatesContainerSetContainersPorts[];
    readonly readinessProbe?: WorkflowTemplateSpecTemplatesContainerSetContainersReadinessProbe;
    readonly resizePolicy?: WorkflowTemplateSpecTemplatesContainerSetContainersResizePolicy[];
    readonly resources?: WorkflowTemplateSpecTemplatesContainerSetContainersResources;
    readonly restartPolicy?: string;
    readonly restartPolicyRules?: WorkflowTemplateSpecTemplatesContainerSetContainersRestartPolicyRules[];
    readonly securityContext?: WorkflowTemplateSpecTemplatesContainerSetContainersSecurityContext;
    readonly startupProbe?: WorkflowTemplateSpecTemplatesContainerSetContainersStartupProbe;
    readonly stdin?: boolean;
    readonly stdinOnce?: boolean;
    readonly terminationMessagePath?: string;
    readonly terminationMessagePolicy?: string;
    readonly tty?: boolean;
    readonly volumeDevices?: WorkflowTemplateSpecTemplatesContainerSetContainersVolumeDevices[];
    readonly volumeMounts?: WorkflowTemplateSpecTemplatesContainerSetContainersVolumeMounts[];
    readonly workingDir?: string;
}
export interface WorkflowTemplateSpecTemplatesContainerSetRetryStrategy {
    readonly duration?: string;
    readonly retries: WorkflowTemplateSpecTemplatesContainerSetRetryStrategyRetries;
}
export interface WorkflowTemplateSpecTemplatesContainerSetVolumeMounts {
    readonly mountPath: string;
    readonly mountPropagation?: string;
    readonly name: string;
    readonly readOnly?: boolean;
    readonly recursiveReadOnly?: string;
    readonly subPath?: string;
    readonly subPathExpr?: string;
}
export interface WorkflowTemplateSpecTemplatesDagTasks {
    readonly arguments?: WorkflowTemplateSpecTemplatesDagTasksArguments;
    readonly continueOn?: WorkflowTemplateSpecTemplatesDagTasksContinueOn;
    readonly dependencies?: string[];
    readonly depends?: string;
    readonly hooks?: {
        [key: string]: WorkflowTemplateSpecTemplatesDagTasksHooks;
    };
    readonly inline?: any;
    readonly name: string;
    readonly onExit?: string;
    readonly template?: string;
    readonly templateRef?: WorkflowTemplateSpecTemplatesDagTasksTemplateRef;
    readonly when?: string;
    readonly withItems?: any;
    readonly withParam?: string;
    readonly withSequence?: WorkflowTemplateSpecTemplatesDagTasksWithSequence;
}
export interface WorkflowTemplateSpecTemplatesDataSource {
    readonly artifactPaths?: WorkflowTemplateSpecTemplatesDataSourceArtifactPaths;
}
export interface WorkflowTemplateSpecTemplatesDataTransformation {
    readonly expression: string;
}
export interface WorkflowTemplateSpecTemplatesHttpBodyFrom {
    readonly bytes?: string;
}
export interface WorkflowTemplateSpecTemplatesHttpHeaders {
    readonly name: string;
    readonly value?: string;
    readonly valueFrom?: WorkflowTemplateSpecTemplatesHttpHeadersValueFrom;
}
export interface WorkflowTemplateSpecTemplatesInitContainersEnv {
    readonly name: string;
    readonly value?: string;
    readonly valueFrom?: WorkflowTemplateSpecTemplatesInitContainersEnvValueFrom;
}
export interface WorkflowTemplateSpecTemplatesInitContainersEnvFrom {
    readonly configMapRef?: WorkflowTemplateSpecTemplatesInitContainersEnvFromConfigMapRef;
    readonly prefix?: string;
    readonly secretRef?: WorkflowTemplateSpecTemplatesInitContainersEnvFromSecretRef;
}
export interface WorkflowTemplateSpecTemplatesInitContainersLifecycle {
    readonly postStart?: WorkflowTemplateSpecTemplatesInitContainersLifecyclePostStart;
    readonly preStop?: WorkflowTemplateSpecTemplatesInitContainersLifecyclePreStop;
    readonly stopSignal?: string;
}
export interface WorkflowTemplateSpecTemplatesInitContainersLivenessProbe {
    readonly exec?: WorkflowTemplateSpecTemplatesInitContainersLivenessProbeExec;
    readonly failureThreshold?: number;
    readonly grpc?: WorkflowTemplateSpecTemplatesInitContainersLivenessProbeGrpc;
    readonly httpGet?: WorkflowTemplateSpecTemplatesInitContainersLivenessProbeHttpGet;
    readonly initialDelaySeconds?: number;
    readonly periodSeconds?: number;
    readonly successThreshold?: number;
    readonly tcpSocket?: WorkflowTemplateSpecTemplatesInitContainersLivenessProbeTcpSocket;
    readonly terminationGracePeriodSeconds?: number;
    readonly timeoutSeconds?: number;
}
export interface WorkflowTemplateSpecTemplatesInitContainersPorts {
    readonly containerPort: number;
    readonly hostIp?: string;
    readonly hostPort?: number;
    readonly name?: string;
    readonly protocol?: string;
}
export interface WorkflowTemplateSpecTemplatesInitContainersReadinessProbe {
    readonly exec?: WorkflowTemplateSpecTemplatesInitContainersReadinessProbeExec;
    readonly failureThreshold?: number;
    readonly grpc?: WorkflowTemplateSpecTemplatesInitContainersReadinessProbeGrpc;
    readonly httpGet?: WorkflowTemplateSpecTemplatesInitContainersReadinessProbeHttpGet;
    readonly initialDelaySeconds?: number;
    readonly periodSeconds?: number;
    readonly successThreshold?: number;
    readonly tcpSocket?: WorkflowTemplateSpecTemplatesInitContainersReadinessProbeTcpSocket;
    readonly terminationGracePeriodSeconds?: number;
    readonly timeoutSeconds?: number;
}
export interface WorkflowTemplateSpecTemplatesInitContainersResizePolicy {
    readonly resourceName: string;
    readonly restartPolicy: string;
}
export interface WorkflowTemplateSpecTemplatesInitContainersResources {
    readonly claims?: WorkflowTemplateSpecTemplatesInitContainersResourcesClaims[];
    readonly limits?: {
        [key: string]: WorkflowTemplateSpecTemplatesInitContainersResourcesLimits;
    };
    readonly requests?: {
        [key: string]: WorkflowTemplateSpecTemplatesInitContainersResourcesRequests;
    };
}
export interface WorkflowTemplateSpecTemplatesInitContainersRestartPolicyRules {
    readonly action: string;
    readonly exitCodes?: WorkflowTemplateSpecTemplatesInitContainersRestartPolicyRulesExitCodes;
}
export interface WorkflowTemplateSpecTemplatesInitContainersSecurityContext {
    readonly allowPrivilegeEscalation?: boolean;
    readonly appArmorProfile?: WorkflowTemplateSpecTemplatesInitContainersSecurityContextAppArmorProfile;
    readonly capabilities?: WorkflowTemplateSpecTemplatesInitContainersSecurityContextCapabilities;
    readonly privileged?: boolean;
    readonly procMount?: string;
    readonly readOnlyRootFilesystem?: boolean;
    readonly runAsGroup?: number;
    readonly runAsNonRoot?: boolean;
    readonly runAsUser?: number;
    readonly seLinuxOptions?: WorkflowTemplateSpecTemplatesInitContainersSecurityContextSeLinuxOptions;
    readonly seccompProfile?: WorkflowTemplateSpecTemplatesInitContainersSecurityContextSeccompProfile;
    readonly windowsOptions?: WorkflowTemplateSpecTemplatesInitContainersSecurityContextWindowsOptions;
}
export interface WorkflowTemplateSpecTemplatesInitContainersStartupProbe {
    readonly exec?: WorkflowTemplateSpecTemplatesInitContainersStartupProbeExec;
    readonly failureThreshold?: number;
    readonly grpc?: WorkflowTemplateSpecTemplatesInitContainersStartupProbeGrpc;
    readonly httpGet?: WorkflowTemplateSpecTemplatesInitContainersStartupProbeHttpGet;
    readonly initialDelaySeconds?: number;
    readonly periodSeconds?: number;
    readonly successThreshold?: number;
    readonly tcpSocket?: WorkflowTemplateSpecTemplatesInitContainersStartupProbeTcpSocket;
    readonly terminationGracePeriodSeconds?: number;
    readonly timeoutSeconds?: number;
}
export interface WorkflowTemplateSpecTemplatesInitContainersVolumeDevices {
    readonly devicePath: string;
    readonly name: string;
}
export interface WorkflowTemplateSpecTemplatesInitContainersVolumeMounts {
    readonly mountPath: string;
    readonly mountPropagation?: string;
    readonly name: string;
    readonly readOnly?: boolean;
    readonly recursiveReadOnly?: string;
    readonly subPath?: string;
    readonly subPathExpr?: string;
}
export interface WorkflowTemplateSpecTemplatesInputsArtifacts {
    readonly archive?: WorkflowTemplateSpecTemplatesInputsArtifactsArchive;
    readonly archiveLogs?: boolean;
    readonly artifactGc?: WorkflowTemplateSpecTemplatesInputsArtifactsArtifactGc;
    readonly artifactory?: WorkflowTemplateSpecTemplatesInputsArtifactsArtifactory;
    readonly azure?: WorkflowTemplateSpecTemplatesInputsArtifactsAzure;
    readonly deleted?: boolean;
    readonly from?: string;
    readonly fromExpression?: string;
    readonly gcs?: WorkflowTemplateSpecTemplatesInputsArtifactsGcs;
    readonly git?: WorkflowTemplateSpecTemplatesInputsArtifactsGit;
    readonly globalName?: string;
    readonly hdfs?: WorkflowTemplateSpecTemplatesInputsArtifactsHdfs;
    readonly http?: WorkflowTemplateSpecTemplatesInputsArtifactsHttp;
    readonly mode?: number;
    readonly name: string;
    readonly optional?: boolean;
    readonly oss?: WorkflowTemplateSpecTemplatesInputsArtifactsOss;
    readonly path?: string;
    readonly plugin?: WorkflowTemplateSpecTemplatesInputsArtifactsPlugin;
    readonly raw?: WorkflowTemplateSpecTemplatesInputsArtifactsRaw;
    readonly recurseMode?: boolean;
    readonly s3?: WorkflowTemplateSpecTemplatesInputsArtifactsS3;
    readonly subPath?: string;
}
export interface WorkflowTemplateSpecTemplatesInputsParameters {
    readonly default?: string;
    readonly description?: string;
    readonly enum?: string[];
    readonly globalName?: string;
    readonly name: string;
    readonly value?: string;
    readonly valueFrom?: WorkflowTemplateSpecTemplatesInputsParametersValueFrom;
}
export interface WorkflowTemplateSpecTemplatesMemoizeCache {
    readonly configMap: WorkflowTemplateSpecTemplatesMemoizeCacheConfigMap;
}
export interface WorkflowTemplateSpecTemplatesMetricsPrometheus {
    readonly counter?: WorkflowTemplateSpecTemplatesMetricsPrometheusCounter;
    readonly gauge?: WorkflowTemplateSpecTemplatesMetricsPrometheusGauge;
    readonly help: string;
    readonly histogram?: WorkflowTemplateSpecTemplatesMetricsPrometheusHistogram;
    readonly labels?: WorkflowTemplateSpecTemplatesMetricsPrometheusLabels[];
    readonly name: string;
    readonly when?: string;
}
export interface WorkflowTemplateSpecTemplatesOutputsArtifacts {
    readonly archive?: WorkflowTemplateSpecTemplatesOutputsArtifactsArchive;
    readonly archiveLogs?: boolean;
    readonly artifactGc?: WorkflowTemplateSpecTemplatesOutputsArtifactsArtifactGc;
    readonly artifactory?: WorkflowTemplateSpecTemplatesOutputsArtifactsArtifactory;
    readonly azure?: WorkflowTemplateSpecTemplatesOutputsArtifactsAzure;
    readonly deleted?: boolean;
    readonly from?: string;
    readonly fromExpression?: string;
    readonly gcs?: WorkflowTemplateSpecTemplatesOutputsArtifactsGcs;
    readonly git?: WorkflowTemplateSpecTemplatesOutputsArtifactsGit;
    readonly globalName?: string;
    readonly hdfs?: WorkflowTemplateSpecTemplatesOutputsArtifactsHdfs;
    readonly http?: WorkflowTemplateSpecTemplatesOutputsArtifactsHttp;
    readonly mode?: number;
    readonly name: string;
    readonly optional?: boolean;
    readonly oss?: WorkflowTemplateSpecTemplatesOutputsArtifactsOss;
    readonly path?: string;
    readonly plugin?: WorkflowTemplateSpecTemplatesOutputsArtifactsPlugin;
    readonly raw?: WorkflowTemplateSpecTemplatesOutputsArtifactsRaw;
    readonly recurseMode?: boolean;
    readonly s3?: WorkflowTemplateSpecTemplatesOutputsArtifactsS3;
    readonly subPath?: string;
}
export interface WorkflowTemplateSpecTemplatesOutputsParameters {
    readonly default?: string;
    readonly description?: string;
    readonly enum?: string[];
    readonly globalName?: string;
    readonly name: string;
    readonly value?: string;
    readonly valueFrom?: WorkflowTemplateSpecTemplatesOutputsParametersValueFrom;
}
export interface WorkflowTemplateSpecTemplatesPodResourcesClaims {
    readonly name: string;
    readonly request?: string;
}
export declare class WorkflowTemplateSpecTemplatesPodResourcesLimits {
    readonly value: number | string;
    static fromNumber(value: number): WorkflowTemplateSpecTemplatesPodResourcesLimits;
    static fromString(value: string): WorkflowTemplateSpecTemplatesPodResourcesLimits;
    private constructor();
}
export declare class WorkflowTemplateSpecTemplatesPodResourcesRequests {
    readonly value: number | string;
    static fromNumber(value: number): WorkflowTemplateSpecTemplatesPodResourcesRequests;
    static fromString(value: string): WorkflowTemplateSpecTemplatesPodResourcesRequests;
    private constructor();
}
export declare enum WorkflowTemplateSpecTemplatesResourceAction {
    GET = "get",
    CREATE = "create",
    APPLY = "apply",
    DELETE = "delete",
    REPLACE = "replace",
    PATCH = "patch"
}
export interface WorkflowTemplateSpecTemplatesResourceManifestFrom {
    readonly artifact: WorkflowTemplateSpecTemplatesResourceManifestFromArtifact;
}
export declare enum WorkflowTemplateSpecTemplatesResourceMergeStrategy {
    STRATEGIC = "strategic",
    MERGE = "merge",
    JSON = "json"
}
export interface WorkflowTemplateSpecTemplatesRetryStrategyAffinity {
    readonly nodeAntiAffinity?: any;
}
export interface WorkflowTemplateSpecTemplatesRetryStrategyBackoff {
    readonly cap?: string;
    readonly duration?: string;
    readonly factor?: WorkflowTemplateSpecTemplatesRetryStrategyBackoffFactor;
    readonly maxDuration?: string;
}
export declare class WorkflowTemplateSpecTemplatesRetryStrategyLimit {
    readonly value: number | string;
    static fromNumber(value: number): WorkflowTemplateSpecTemplatesRetryStrategyLimit;
    static fromString(value: string): WorkflowTemplateSpecTemplatesRetryStrategyLimit;
    private constructor();
}
export declare enum WorkflowTemplateSpecTemplatesRetryStrategyRetryPolicy {
    ALWAYS = "Always",
    ON_FAILURE = "OnFailure",
    ON_ERROR = "OnError",
    ON_TRANSIENT_ERROR = "OnTransientError"
}
export interface WorkflowTemplateSpecTemplatesScriptEnv {
    readonly name: string;
    readonly value?: string;
    readonly valueFrom?: WorkflowTemplateSpecTemplatesScriptEnvValueFrom;
}
export interface WorkflowTemplateSpecTemplatesScriptEnvFrom {
    readonly configMapRef?: WorkflowTemplateSpecTemplatesScriptEnvFromConfigMapRef;
    readonly prefix?: string;
    readonly secretRef?: WorkflowTemplateSpecTemplatesScriptEnvFromSecretRef;
}
export interface WorkflowTemplateSpecTemplatesScriptLifecycle {
    readonly postStart?: WorkflowTemplateSpecTemplatesScriptLifecyclePostStart;
    readonly preStop?: WorkflowTemplateSpecTemplatesScriptLifecyclePreStop;
    readonly stopSignal?: string;
}
export interface WorkflowTemplateSpecTemplatesScriptLivenessProbe {
    readonly exec?: WorkflowTemplateSpecTemplatesScriptLivenessProbeExec;
    readonly failureThreshold?: number;
    readonly grpc?: WorkflowTemplateSpecTemplatesScriptLivenessProbeGrpc;
    readonly httpGet?: WorkflowTemplateSpecTemplatesScriptLivenessProbeHttpGet;
    readonly initialDelaySeconds?: number;
    readonly periodSeconds?: number;
    readonly successThreshold?: number;
    readonly tcpSocket?: WorkflowTemplateSpecTemplatesScriptLivenessProbeTcpSocket;
    readonly terminationGracePeriodSeconds?: number;
    readonly timeoutSeconds?: number;
}
export interface WorkflowTemplateSpecTemplatesScriptPorts {
    readonly containerPort: number;
    readonly hostIp?: string;
    readonly hostPort?: number;
    readonly name?: string;
    readonly protocol?: string;
}
export interface WorkflowTemplateSpecTemplatesScriptReadinessProbe {
    readonly exec?: WorkflowTemplateSpecTemplatesScriptReadinessProbeExec;
    readonly failureThreshold?: number;
    readonly grpc?: WorkflowTemplateSpecTemplatesScriptReadinessProbeGrpc;
    readonly httpGet?: WorkflowTemplateSpecTemplatesScriptReadinessProbeHttpGet;
    readonly initialDelaySeconds?: number;
    readonly periodSeconds?: number;
    readonly successThreshold?: number;
    readonly tcpSocket?: WorkflowTemplateSpecTemplatesScriptReadinessProbeTcpSocket;
    readonly terminationGracePeriodSeconds?: number;
    readonly timeoutSeconds?: number;
}
export interface WorkflowTemplateSpecTemplatesScriptResizePolicy {
    readonly resourceName: string;
    readonly restartPolicy: string;
}
export interface WorkflowTemplateSpecTemplatesScriptResources {
    readonly claims?: WorkflowTemplateSpecTemplatesScriptResourcesClaims[];
    readonly limits?: {
        [key: string]: WorkflowTemplateSpecTemplatesScriptResourcesLimits;
    };
    readonly requests?: {
        [key: string]: WorkflowTemplateSpecTemplatesScriptResourcesRequests;
    };
}
export interface WorkflowTemplateSpecTemplatesScriptRestartPolicyRules {
    readonly action: string;
    readonly exitCodes?: WorkflowTemplateSpecTemplatesScriptRestartPolicyRulesExitCodes;
}
export interface WorkflowTemplateSpecTemplatesScriptSecurityContext {
    readonly allowPrivilegeEscalation?: boolean;
    readonly appArmorProfile?: WorkflowTemplateSpecTemplatesScriptSecurityContextAppArmorProfile;
    readonly capabilities?: WorkflowTemplateSpecTemplatesScriptSecurityContextCapabilities;
    readonly privileged?: boolean;
    readonly procMount?: string;
    readonly readOnlyRootFilesystem?: boolean;
    readonly runAsGroup?: number;
    readonly runAsNonRoot?: boolean;
    readonly runAsUser?: number;
    readonly seLinuxOptions?: WorkflowTemplateSpecTemplatesScriptSecurityContextSeLinuxOptions;
    readonly seccompProfile?: WorkflowTemplateSpecTemplatesScriptSecurityContextSeccompProfile;
    readonly windowsOptions?: WorkflowTemplateSpecTemplatesScriptSecurityContextWindowsOptions;
}
export interface WorkflowTemplateSpecTemplatesScriptStartupProbe {
    readonly exec?: WorkflowTemplateSpecTemplatesScriptStartupProbeExec;
    readonly failureThreshold?: number;
    readonly grpc?: WorkflowTemplateSpecTemplatesScriptStartupProbeGrpc;
    readonly httpGet?: WorkflowTemplateSpecTemplatesScriptStartupProbeHttpGet;
    readonly initialDelaySeconds?: number;
    readonly periodSeconds?: number;
    readonly successThreshold?: number;
    readonly tcpSocket?: WorkflowTemplateSpecTemplatesScriptStartupProbeTcpSocket;
    readonly terminationGracePeriodSeconds?: number;
    readonly timeoutSeconds?: number;
}
export interface WorkflowTemplateSpecTemplatesScriptVolumeDevices {
    readonly devicePath: string;
    readonly name: string;
}
export interface WorkflowTemplateSpecTemplatesScriptVolumeMounts {
    readonly mountPath: string;
    readonly mountPropagation?: string;
    readonly name: string;
    readonly readOnly?: boolean;
    readonly recursiveReadOnly?: string;
    readonly subPath?: string;
    readonly subPathExpr?: string;
}
export interface WorkflowTemplateSpecTemplatesSecurityContextAppArmorProfile {
    readonly localhostProfile?: string;
    readonly type: string;
}
export interface WorkflowTemplateSpecTemplatesSecurityContextSeLinuxOptions {
    readonly level?: string;
    readonly role?: string;
    readonly type?: string;
    readonly user?: string;
}
export interface WorkflowTemplateSpecTemplatesSecurityContextSeccompProfile {
    readonly localhostProfile?: string;
    readonly type: string;
}
export interface WorkflowTemplateSpecTemplatesSecurityContextSysctls {
    readonly name: string;
    readonly value: string;
}
export interface WorkflowTemplateSpecTemplatesSecurityContextWindowsOptions {
    readonly gmsaCredentialSpec?: string;
    readonly gmsaCredentialSpecName?: string;
    readonly hostProcess?: boolean;
    readonly runAsUserName?: string;
}
export interface WorkflowTemplateSpecTemplatesSidecarsEnv {
    readonly name: string;
    readonly value?: string;
    readonly valueFrom?: WorkflowTemplateSpecTemplatesSidecarsEnvValueFrom;
}
export interface WorkflowTemplateSpecTemplatesSidecarsEnvFrom {
    readonly configMapRef?: WorkflowTemplateSpecTemplatesSidecarsEnvFromConfigMapRef;
    readonly prefix?: string;
    readonly secretRef?: WorkflowTemplateSpecTemplatesSidecarsEnvFromSecretRef;
}
export interface WorkflowTemplateSpecTemplatesSidecarsLifecycle {
    readonly postStart?: WorkflowTemplateSpecTemplatesSidecarsLifecyclePostStart;
    readonly preStop?: WorkflowTemplateSpecTemplatesSidecarsLifecyclePreStop;
    readonly stopSignal?: string;
}
export interface WorkflowTemplateSpecTemplatesSidecarsLivenessProbe {
    readonly exec?: WorkflowTemplateSpecTemplatesSidecarsLivenessProbeExec;
    readonly failureThreshold?: number;
    readonly grpc?: WorkflowTemplateSpecTemplatesSidecarsLivenessProbeGrpc;
    readonly httpGet?: WorkflowTemplateSpecTemplatesSidecarsLivenessProbeHttpGet;
    readonly initialDelaySeconds?: number;
    readonly periodSeconds?: number;
    readonly successThreshold?: number;
    readonly tcpSocket?: WorkflowTemplateSpecTemplatesSidecarsLivenessProbeTcpSocket;
    readonly terminationGracePeriodSeconds?: number;
    readonly timeoutSeconds?: number;
}
export interface WorkflowTemplateSpecTemplatesSidecarsPorts {
    readonly containerPort: number;
    readonly hostIp?: string;
    readonly hostPort?: number;
    readonly name?: string;
    readonly protocol?: string;
}
export interface WorkflowTemplateSpecTemplatesSidecarsReadinessProbe {
    readonly exec?: WorkflowTemplateSpecTemplatesSidecarsReadinessProbeExec;
    readonly failureThreshold?: number;
    readonly grpc?: WorkflowTemplateSpecTemplatesSidecarsReadinessProbeGrpc;
    readonly httpGet?: WorkflowTemplateSpecTemplatesSidecarsReadinessProbeHttpGet;
    readonly initialDelaySeconds?: number;
    readonly periodSeconds?: number;
    readonly successThreshold?: number;
    readonly tcpSocket?: WorkflowTemplateSpecTemplatesSidecarsReadinessProbeTcpSocket;
    readonly terminationGracePeriodSeconds?: number;
    readonly timeoutSeconds?: number;
}
export interface WorkflowTemplateSpecTemplatesSidecarsResizePolicy {
    readonly resourceName: string;
    readonly restartPolicy: string;
}
export interface WorkflowTemplateSpecTemplatesSidecarsResources {
    readonly claims?: WorkflowTemplateSpecTemplatesSidecarsResourcesClaims[];
    readonly limits?: {
        [key: string]: WorkflowTemplateSpecTemplatesSidecarsResourcesLimits;
    };
    readonly requests?: {
        [key: string]: WorkflowTemplateSpecTemplatesSidecarsResourcesRequests;
    };
}
export interface WorkflowTemplateSpecTemplatesSidecarsRestartPolicyRules {
    readonly action: string;
    readonly exitCodes?: WorkflowTemplateSpecTemplatesSidecarsRestartPolicyRulesExitCodes;
}
export interface WorkflowTemplateSpecTemplatesSidecarsSecurityContext {
    readonly allowPrivilegeEscalation?: boolean;
    readonly appArmorProfile?: WorkflowTemplateSpecTemplatesSidecarsSecurityContextAppArmorProfile;
    readonly capabilities?: WorkflowTemplateSpecTemplatesSidecarsSecurityContextCapabilities;
    readonly privileged?: boolean;
    readonly procMount?: string;
    readonly readOnlyRootFilesystem?: boolean;
    readonly runAsGroup?: number;
    readonly runAsNonRoot?: boolean;
    readonly runAsUser?: number;
    readonly seLinuxOptions?: WorkflowTemplateSpecTemplatesSidecarsSecurityContextSeLinuxOptions;
    readonly seccompProfile?: WorkflowTemplateSpecTemplatesSidecarsSecurityContextSeccompProfile;
    readonly windowsOptions?: WorkflowTemplateSpecTemplatesSidecarsSecurityContextWindowsOptions;
}
export interface WorkflowTemplateSpecTemplatesSidecarsStartupProbe {
    readonly exec?: WorkflowTemplateSpecTemplatesSidecarsStartupProbeExec;
    readonly failureThreshold?: number;
    readonly grpc?: WorkflowTemplateSpecTemplatesSidecarsStartupProbeGrpc;
    readonly httpGet?: WorkflowTemplateSpecTemplatesSidecarsStartupProbeHttpGet;
    readonly initialDelaySeconds?: number;
    readonly periodSeconds?: number;
    readonly successThreshold?: number;
    readonly tcpSocket?: WorkflowTemplateSpecTemplatesSidecarsStartupProbeTcpSocket;
    readonly terminationGracePeriodSeconds?: number;
    readonly timeoutSeconds?: number;
}
export interface WorkflowTemplateSpecTemplatesSidecarsVolumeDevices {
    readonly devicePath: string;
    readonly name: string;
}
export interface WorkflowTemplateSpecTemplatesSidecarsVolumeMounts {
    readonly mountPath: string;
    readonly mountPropagation?: string;
    readonly name: string;
    readonly readOnly?: boolean;
    readonly recursiveReadOnly?: string;
    readonly subPath?: string;
    readonly subPathExpr?: string;
}
export interface WorkflowTemplateSpecTemplatesStepsArguments {
    readonly artifacts?: WorkflowTemplateSpecTemplatesStepsArgumentsArtifacts[];
    readonly parameters?: WorkflowTemplateSpecTemplatesStepsArgumentsParameters[];
}
export interface WorkflowTemplateSpecTemplatesStepsContinueOn {
    readonly error?: boolean;
    readonly failed?: boolean;
}
export interface WorkflowTemplateSpecTemplatesStepsHooks {
    readonly arguments?: WorkflowTemplateSpecTemplatesStepsHooksArguments;
    readonly expression?: string;
    readonly template?: string;
    readonly templateRef?: WorkflowTemplateSpecTemplatesStepsHooksTemplateRef;
}
export interface WorkflowTemplateSpecTemplatesStepsTemplateRef {
    readonly clusterScope?: boolean;
    readonly name?: string;
    readonly template?: string;
}
export interface WorkflowTemplateSpecTemplatesStepsWithSequence {
    readonly count?: WorkflowTemplateSpecTemplatesStepsWithSequenceCount;
    readonly end?: WorkflowTemplateSpecTemplatesStepsWithSequenceEnd;
    readonly format?: string;
    readonly start?: WorkflowTemplateSpecTemplatesStepsWithSequenceStart;
}
export interface WorkflowTemplateSpecTemplatesSynchronizationMutexes {
    readonly database?: boolean;
    readonly name?: string;
    readonly namespace?: string;
}
export interface WorkflowTemplateSpecTemplatesSynchronizationSemaphores {
    readonly configMapKeyRef?: WorkflowTemplateSpecTemplatesSynchronizationSemaphoresConfigMapKeyRef;
    readonly database?: WorkflowTemplateSpecTemplatesSynchronizationSemaphoresDatabase;
    readonly namespace?: string;
}
export interface WorkflowTemplateSpecTemplatesVolumesAwsElasticBlockStore {
    readonly fsType?: string;
    readonly partition?: number;
    readonly readOnly?: boolean;
    readonly volumeId: string;
}
export interface WorkflowTemplateSpecTemplatesVolumesAzureDisk {
    readonly cachingMode?: string;
    readonly diskName: string;
    readonly diskUri: string;
    readonly fsType?: string;
    readonly kind?: string;
    readonly readOnly?: boolean;
}
export interface WorkflowTemplateSpecTemplatesVolumesAzureFile {
    readonly readOnly?: boolean;
    readonly secretName: string;
    readonly shareName: string;
}
export interface WorkflowTemplateSpecTemplatesVolumesCephfs {
    readonly monitors: string[];
    readonly path?: string;
    readonly readOnly?: boolean;
    readonly secretFile?: string;
    readonly secretRef?: WorkflowTemplateSpecTemplatesVolumesCephfsSecretRef;
    readonly user?: string;
}
export interface WorkflowTemplateSpecTemplatesVolumesCinder {
    readonly fsType?: string;
    readonly readOnly?: boolean;
    readonly secretRef?: WorkflowTemplateSpecTemplatesVolumesCinderSecretRef;
    readonly volumeId: string;
}
export interface WorkflowTemplateSpecTemplatesVolumesConfigMap {
    readonly defaultMode?: number;
    readonly items?: WorkflowTemplateSpecTemplatesVolumesConfigMapItems[];
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplatesVolumesCsi {
    readonly driver: string;
    readonly fsType?: string;
    readonly nodePublishSecretRef?: WorkflowTemplateSpecTemplatesVolumesCsiNodePublishSecretRef;
    readonly readOnly?: boolean;
    readonly volumeAttributes?: {
        [key: string]: string;
    };
}
export interface WorkflowTemplateSpecTemplatesVolumesDownwardApi {
    readonly defaultMode?: number;
    readonly items?: WorkflowTemplateSpecTemplatesVolumesDownwardApiItems[];
}
export interface WorkflowTemplateSpecTemplatesVolumesEmptyDir {
    readonly medium?: string;
    readonly sizeLimit?: WorkflowTemplateSpecTemplatesVolumesEmptyDirSizeLimit;
}
export interface WorkflowTemplateSpecTemplatesVolumesEphemeral {
    readonly volumeClaimTemplate?: WorkflowTemplateSpecTemplatesVolumesEphemeralVolumeClaimTemplate;
}
export interface WorkflowTemplateSpecTemplatesVolumesFc {
    readonly fsType?: string;
    readonly lun?: number;
    readonly readOnly?: boolean;
    readonly targetWwNs?: string[];
    readonly wwids?: string[];
}
export interface WorkflowTemplateSpecTemplatesVolumesFlexVolume {
    readonly driver: string;
    readonly fsType?: string;
    readonly options?: {
        [key: string]: string;
    };
    readonly readOnly?: boolean;
    readonly secretRef?: WorkflowTemplateSpecTemplatesVolumesFlexVolumeSecretRef;
}
export interface WorkflowTemplateSpecTemplatesVolumesFlocker {
    readonly datasetName?: string;
    readonly datasetUuid?: string;
}
export interface WorkflowTemplateSpecTemplatesVolumesGcePersistentDisk {
    readonly fsType?: string;
    readonly partition?: number;
    readonly pdName: string;
    readonly readOnly?: boolean;
}
export interface WorkflowTemplateSpecTemplatesVolumesGitRepo {
    readonly directory?: string;
    readonly repository: string;
    readonly revision?: string;
}
export interface WorkflowTemplateSpecTemplatesVolumesGlusterfs {
    readonly endpoints: string;
    readonly path: string;
    readonly readOnly?: boolean;
}
export interface WorkflowTemplateSpecTemplatesVolumesHostPath {
    readonly path: string;
    readonly type?: string;
}
export interface WorkflowTemplateSpecTemplatesVolumesImage {
    readonly pullPolicy?: string;
    readonly reference?: string;
}
export interface WorkflowTemplateSpecTemplatesVolumesIscsi {
    readonly chapAuthDiscovery?: boolean;
    readonly chapAuthSession?: boolean;
    readonly fsType?: string;
    readonly initiatorName?: string;
    readonly iqn: string;
    readonly iscsiInterface?: string;
    readonly lun: number;
    readonly portals?: string[];
    readonly readOnly?: boolean;
    readonly secretRef?: WorkflowTemplateSpecTemplatesVolumesIscsiSecretRef;
    readonly targetPortal: string;
}
export interface WorkflowTemplateSpecTemplatesVolumesNfs {
    readonly path: string;
    readonly readOnly?: boolean;
    readonly server: string;
}
export interface WorkflowTemplateSpecTemplatesVolumesPersistentVolumeClaim {
    readonly claimName: string;
    readonly readOnly?: boolean;
}
export interface WorkflowTemplateSpecTemplatesVolumesPhotonPersistentDisk {
    readonly fsType?: string;
    readonly pdId: string;
}
export interface WorkflowTemplateSpecTemplatesVolumesPortworxVolume {
    readonly fsType?: string;
    readonly readOnly?: boolean;
    readonly volumeId: string;
}
export interface WorkflowTemplateSpecTemplatesVolumesProjected {
    readonly defaultMode?: number;
    readonly sources?: WorkflowTemplateSpecTemplatesVolumesProjectedSources[];
}
export interface WorkflowTemplateSpecTemplatesVolumesQuobyte {
    readonly group?: string;
    readonly readOnly?: boolean;
    readonly registry: string;
    readonly tenant?: string;
    readonly user?: string;
    readonly volume: string;
}
export interface WorkflowTemplateSpecTemplatesVolumesRbd {
    readonly fsType?: string;
    readonly image: string;
    readonly keyring?: string;
    readonly monitors: string[];
    readonly pool?: string;
    readonly readOnly?: boolean;
    readonly secretRef?: WorkflowTemplateSpecTemplatesVolumesRbdSecretRef;
    readonly user?: string;
}
export interface WorkflowTemplateSpecTemplatesVolumesScaleIo {
    readonly fsType?: string;
    readonly gateway: string;
    readonly protectionDomain?: string;
    readonly readOnly?: boolean;
    readonly secretRef: WorkflowTemplateSpecTemplatesVolumesScaleIoSecretRef;
    readonly sslEnabled?: boolean;
    readonly storageMode?: string;
    readonly storagePool?: string;
    readonly system: string;
    readonly volumeName?: string;
}
export interface WorkflowTemplateSpecTemplatesVolumesSecret {
    readonly defaultMode?: number;
    readonly items?: WorkflowTemplateSpecTemplatesVolumesSecretItems[];
    readonly optional?: boolean;
    readonly secretName?: string;
}
export interface WorkflowTemplateSpecTemplatesVolumesStorageos {
    readonly fsType?: string;
    readonly readOnly?: boolean;
    readonly secretRef?: WorkflowTemplateSpecTemplatesVolumesStorageosSecretRef;
    readonly volumeName?: string;
    readonly volumeNamespace?: string;
}
export interface WorkflowTemplateSpecTemplatesVolumesVsphereVolume {
    readonly fsType?: string;
    readonly storagePolicyId?: string;
    readonly storagePolicyName?: string;
    readonly volumePath: string;
}
export interface WorkflowTemplateSpecVolumeClaimTemplatesSpecDataSource {
    readonly apiGroup?: string;
    readonly kind: string;
    readonly name: string;
}
export interface WorkflowTemplateSpecVolumeClaimTemplatesSpecDataSourceRef {
    readonly apiGroup?: string;
    readonly kind: string;
    readonly name: string;
    readonly namespace?: string;
}
export interface WorkflowTemplateSpecVolumeClaimTemplatesSpecResources {
    readonly limits?: {
        [key: string]: WorkflowTemplateSpecVolumeClaimTemplatesSpecResourcesLimits;
    };
    readonly requests?: {
        [key: string]: WorkflowTemplateSpecVolumeClaimTemplatesSpecResourcesRequests;
    };
}
export interface WorkflowTemplateSpecVolumeClaimTemplatesSpecSelector {
    readonly matchExpressions?: WorkflowTemplateSpecVolumeClaimTemplatesSpecSelectorMatchExpressions[];
    readonly matchLabels?: {
        [key: string]: string;
    };
}
export declare class WorkflowTemplateSpecVolumeClaimTemplatesStatusAllocatedResources {
    readonly value: number | string;
    static fromNumber(value: number): WorkflowTemplateSpecVolumeClaimTemplatesStatusAllocatedResources;
    static fromString(value: string): WorkflowTemplateSpecVolumeClaimTemplatesStatusAllocatedResources;
    private constructor();
}
export declare class WorkflowTemplateSpecVolumeClaimTemplatesStatusCapacity {
    readonly value: number | string;
    static fromNumber(value: number): WorkflowTemplateSpecVolumeClaimTemplatesStatusCapacity;
    static fromString(value: string): WorkflowTemplateSpecVolumeClaimTemplatesStatusCapacity;
    private constructor();
}
export interface WorkflowTemplateSpecVolumeClaimTemplatesStatusConditions {
    readonly lastProbeTime?: Date;
    readonly lastTransitionTime?: Date;
    readonly message?: string;
    readonly reason?: string;
    readonly status: string;
    readonly type: string;
}
export interface WorkflowTemplateSpecVolumeClaimTemplatesStatusModifyVolumeStatus {
    readonly status: string;
    readonly targetVolumeAttributesClassName?: string;
}
export interface WorkflowTemplateSpecVolumesCephfsSecretRef {
    readonly name?: string;
}
export interface WorkflowTemplateSpecVolumesCinderSecretRef {
    readonly name?: string;
}
export interface WorkflowTemplateSpecVolumesConfigMapItems {
    readonly key: string;
    readonly mode?: number;
    readonly path: string;
}
export interface WorkflowTemplateSpecVolumesCsiNodePublishSecretRef {
    readonly name?: string;
}
export interface WorkflowTemplateSpecVolumesDownwardApiItems {
    readonly fieldRef?: WorkflowTemplateSpecVolumesDownwardApiItemsFieldRef;
    readonly mode?: number;
    readonly path: string;
    readonly resourceFieldRef?: WorkflowTemplateSpecVolumesDownwardApiItemsResourceFieldRef;
}
export declare class WorkflowTemplateSpecVolumesEmptyDirSizeLimit {
    readonly value: number | string;
    static fromNumber(value: number): WorkflowTemplateSpecVolumesEmptyDirSizeLimit;
    static fromString(value: string): WorkflowTemplateSpecVolumesEmptyDirSizeLimit;
    private constructor();
}
export interface WorkflowTemplateSpecVolumesEphemeralVolumeClaimTemplate {
    readonly metadata?: WorkflowTemplateSpecVolumesEphemeralVolumeClaimTemplateMetadata;
    readonly spec: WorkflowTemplateSpecVolumesEphemeralVolumeClaimTemplateSpec;
}
export interface WorkflowTemplateSpecVolumesFlexVolumeSecretRef {
    readonly name?: string;
}
export interface WorkflowTemplateSpecVolumesIscsiSecretRef {
    readonly name?: string;
}
export interface WorkflowTemplateSpecVolumesProjectedSources {
    readonly clusterTrustBundle?: WorkflowTemplateSpecVolumesProjectedSourcesClusterTrustBundle;
    readonly configMap?: WorkflowTemplateSpecVolumesProjectedSourcesConfigMap;
    readonly downwardApi?: WorkflowTemplateSpecVolumesProjectedSourcesDownwardApi;
    readonly podCertificate?: WorkflowTemplateSpecVolumesProjectedSourcesPodCertificate;
    readonly secret?: WorkflowTemplateSpecVolumesProjectedSourcesSecret;
    readonly serviceAccountToken?: WorkflowTemplateSpecVolumesProjectedSourcesServiceAccountToken;
}
export interface WorkflowTemplateSpecVolumesRbdSecretRef {
    readonly name?: string;
}
export interface WorkflowTemplateSpecVolumesScaleIoSecretRef {
    readonly name?: string;
}
export interface WorkflowTemplateSpecVolumesSecretItems {
    readonly key: string;
    readonly mode?: number;
    readonly path: string;
}
export interface WorkflowTemplateSpecVolumesStorageosSecretRef {
    readonly name?: string;
}
export interface WorkflowTemplateSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference {
    readonly matchExpressions?: WorkflowTemplateSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions[];
    readonly matchFields?: WorkflowTemplateSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields[];
}
export interface WorkflowTemplateSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms {
    readonly matchExpressions?: WorkflowTemplateSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions[];
    readonly matchFields?: WorkflowTemplateSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields[];
}
export interface WorkflowTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm {
    readonly labelSelector?: WorkflowTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector;
    readonly matchLabelKeys?: string[];
    readonly mismatchLabelKeys?: string[];
    readonly namespaceSelector?: WorkflowTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector;
    readonly namespaces?: string[];
    readonly topologyKey: string;
}
export interface WorkflowTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector {
    readonly matchExpressions?: WorkflowTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions[];
    readonly matchLabels?: {
        [key: string]: string;
    };
}
export interface WorkflowTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector {
    readonly matchExpressions?: WorkflowTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions[];
    readonly matchLabels?: {
        [key: string]: string;
    };
}
export interface WorkflowTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm {
    readonly labelSelector?: WorkflowTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector;
    readonly matchLabelKeys?: string[];
    readonly mismatchLabelKeys?: string[];
    readonly namespaceSelector?: WorkflowTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector;
    readonly namespaces?: string[];
    readonly topologyKey: string;
}
export interface WorkflowTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector {
    readonly matchExpressions?: WorkflowTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions[];
    readonly matchLabels?: {
        [key: string]: string;
    };
}
export interface WorkflowTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector {
    readonly matchExpressions?: WorkflowTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions[];
    readonly matchLabels?: {
        [key: string]: string;
    };
}
export interface WorkflowTemplateSpecArgumentsArtifactsArchiveTar {
    readonly compressionLevel?: number;
}
export interface WorkflowTemplateSpecArgumentsArtifactsArtifactGcPodMetadata {
    readonly annotations?: {
        [key: string]: string;
    };
    readonly labels?: {
        [key: string]: string;
    };
}
export declare enum WorkflowTemplateSpecArgumentsArtifactsArtifactGcStrategy {
    ON_WORKFLOW_COMPLETION = "OnWorkflowCompletion",
    ON_WORKFLOW_DELETION = "OnWorkflowDeletion",
    NEVER = "Never"
}
export interface WorkflowTemplateSpecArgumentsArtifactsArtifactoryPasswordSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecArgumentsArtifactsArtifactoryUsernameSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecArgumentsArtifactsAzureAccountKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecArgumentsArtifactsGcsServiceAccountKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecArgumentsArtifactsGitPasswordSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecArgumentsArtifactsGitSshPrivateKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecArgumentsArtifactsGitUsernameSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecArgumentsArtifactsHdfsKrbCCacheSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecArgumentsArtifactsHdfsKrbConfigConfigMap {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecArgumentsArtifactsHdfsKrbKeytabSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecArgumentsArtifactsHttpAuth {
    readonly basicAuth?: WorkflowTemplateSpecArgumentsArtifactsHttpAuthBasicAuth;
    readonly clientCert?: WorkflowTemplateSpecArgumentsArtifactsHttpAuthClientCert;
    readonly oauth2?: WorkflowTemplateSpecArgumentsArtifactsHttpAuthOauth2;
}
export interface WorkflowTemplateSpecArgumentsArtifactsHttpHeaders {
    readonly name: string;
    readonly value: string;
}
export interface WorkflowTemplateSpecArgumentsArtifactsOssAccessKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecArgumentsArtifactsOssLifecycleRule {
    readonly markDeletionAfterDays?: number;
    readonly markInfrequentAccessAfterDays?: number;
}
export interface WorkflowTemplateSpecArgumentsArtifactsOssSecretKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecArgumentsArtifactsS3AccessKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export declare enum WorkflowTemplateSpecArgumentsArtifactsS3AddressingStyle {
    PATH = "path",
    VIRTUAL_HYPHEN_HOSTED = "virtual-hosted"
}
export interface WorkflowTemplateSpecArgumentsArtifactsS3CaSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecArgumentsArtifactsS3CreateBucketIfNotPresent {
    readonly objectLocking?: boolean;
}
export interface WorkflowTemplateSpecArgumentsArtifactsS3EncryptionOptions {
    readonly enableEncryption?: boolean;
    readonly kmsEncryptionContext?: string;
    readonly kmsKeyId?: string;
    readonly serverSideCustomerKeySecret?: WorkflowTemplateSpecArgumentsArtifactsS3EncryptionOptionsServerSideCustomerKeySecret;
}
export interface WorkflowTemplateSpecArgumentsArtifactsS3SecretKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecArgumentsArtifactsS3SessionTokenSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecArgumentsParametersValueFromConfigMapKeyRef {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecExecutorPluginsSpecSidecarContainer {
    readonly args?: string[];
    readonly command?: string[];
    readonly env?: WorkflowTemplateSpecExecutorPluginsSpecSidecarContainerEnv[];
    readonly envFrom?: WorkflowTemplateSpecExecutorPluginsSpecSidecarContainerEnvFrom[];
    readonly image?: string;
    readonly imagePullPolicy?: string;
    readonly lifecycle?: WorkflowTemplateSpecExecutorPluginsSpecSidecarContainerLifecycle;
    readonly livenessProbe?: WorkflowTemplateSpecExecutorPluginsSpecSidecarContainerLivenessProbe;
    readonly name: string;
    readonly ports?: WorkflowTemplateSpecExecutorPluginsSpecSidecarContainerPorts[];
    readonly readinessProbe?: WorkflowTemplateSpecExecutorPluginsSpecSidecarContainerReadinessProbe;
    readonly resizePolicy?: WorkflowTemplateSpecExecutorPluginsSpecSidecarContainerResizePolicy[];
    readonly resources?: WorkflowTemplateSpecExecutorPluginsSpecSidecarContainerResources;
    readonly restartPolicy?: string;
    readonly restartPolicyRules?: WorkflowTemplateSpecExecutorPluginsSpecSidecarContainerRestartPolicyRules[];
    readonly securityContext?: WorkflowTemplateSpecExecutorPluginsSpecSidecarContainerSecurityContext;
    readonly startupProbe?: WorkflowTemplateSpecExecutorPluginsSpecSidecarContainerStartupProbe;
    readonly stdin?: boolean;
    readonly stdinOnce?: boolean;
    readonly terminationMessagePath?: string;
    readonly terminationMessagePolicy?: string;
    readonly tty?: boolean;
    readonly volumeDevices?: WorkflowTemplateSpecExecutorPluginsSpecSidecarContainerVolumeDevices[];
    readonly volumeMounts?: WorkflowTemplateSpecExecutorPluginsSpecSidecarContainerVolumeMounts[];
    readonly workingDir?: string;
}
export interface WorkflowTemplateSpecHooksArgumentsArtifactsArchive {
    readonly none?: any;
    readonly tar?: WorkflowTemplateSpecHooksArgumentsArtifactsArchiveTar;
    readonly zip?: any;
}
export interface WorkflowTemplateSpecHooksArgumentsArtifactsArtifactGc {
    readonly podMetadata?: WorkflowTemplateSpecHooksArgumentsArtifactsArtifactGcPodMetadata;
    readonly serviceAccountName?: string;
    readonly strategy?: WorkflowTemplateSpecHooksArgumentsArtifactsArtifactGcStrategy;
}
export interface WorkflowTemplateSpecHooksArgumentsArtifactsArtifactory {
    readonly passwordSecret?: WorkflowTemplateSpecHooksArgumentsArtifactsArtifactoryPasswordSecret;
    readonly url: string;
    readonly usernameSecret?: WorkflowTemplateSpecHooksArgumentsArtifactsArtifactoryUsernameSecret;
}
export interface WorkflowTemplateSpecHooksArgumentsArtifactsAzure {
    readonly accountKeySecret?: WorkflowTemplateSpecHooksArgumentsArtifactsAzureAccountKeySecret;
    readonly blob: string;
    readonly container: string;
    readonly endpoint: string;
    readonly useSdkCreds?: boolean;
}
export interface WorkflowTemplateSpecHooksArgumentsArtifactsGcs {
    readonly bucket?: string;
    readonly key: string;
    readonly serviceAccountKeySecret?: WorkflowTemplateSpecHooksArgumentsArtifactsGcsServiceAccountKeySecret;
}
export interface WorkflowTemplateSpecHooksArgumentsArtifactsGit {
    readonly branch?: string;
    readonly depth?: number;
    readonly disableSubmodules?: boolean;
    readonly fetch?: string[];
    readonly insecureIgnoreHostKey?: boolean;
    readonly insecureSkipTls?: boolean;
    readonly passwordSecret?: WorkflowTemplateSpecHooksArgumentsArtifactsGitPasswordSecret;
    readonly repo: string;
    readonly revision?: string;
    readonly singleBranch?: boolean;
    readonly sshPrivateKeySecret?: WorkflowTemplateSpecHooksArgumentsArtifactsGitSshPrivateKeySecret;
    readonly usernameSecret?: WorkflowTemplateSpecHooksArgumentsArtifactsGitUsernameSecret;
}
export interface WorkflowTemplateSpecHooksArgumentsArtifactsHdfs {
    readonly addresses?: string[];
    readonly dataTransferProtection?: string;
    readonly force?: boolean;
    readonly hdfsUser?: string;
    readonly krbCCacheSecret?: WorkflowTemplateSpecHooksArgumentsArtifactsHdfsKrbCCacheSecret;
    readonly krbConfigConfigMap?: WorkflowTemplateSpecHooksArgumentsArtifactsHdfsKrbConfigConfigMap;
    readonly krbKeytabSecret?: WorkflowTemplateSpecHooksArgumentsArtifactsHdfsKrbKeytabSecret;
    readonly krbRealm?: string;
    readonly krbServicePrincipalName?: string;
    readonly krbUsername?: string;
    readonly path: string;
}
export interface WorkflowTemplateSpecHooksArgumentsArtifactsHttp {
    readonly auth?: WorkflowTemplateSpecHooksArgumentsArtifactsHttpAuth;
    readonly headers?: WorkflowTemplateSpecHooksArgumentsArtifactsHttpHeaders[];
    readonly saveStreamViaFile?: boolean;
    readonly url: string;
}
export interface WorkflowTemplateSpecHooksArgumentsArtifactsOss {
    readonly accessKeySecret?: WorkflowTemplateSpecHooksArgumentsArtifactsOssAccessKeySecret;
    readonly bucket?: string;
    readonly createBucketIfNotPresent?: boolean;
    readonly endpoint?: string;
    readonly key: string;
    readonly lifecycleRule?: WorkflowTemplateSpecHooksArgumentsArtifactsOssLifecycleRule;
    readonly secretKeySecret?: WorkflowTemplateSpecHooksArgumentsArtifactsOssSecretKeySecret;
    readonly securityToken?: string;
    readonly useSdkCreds?: boolean;
}
export interface WorkflowTemplateSpecHooksArgumentsArtifactsPlugin {
    readonly configuration?: string;
    readonly connectionTimeoutSeconds?: number;
    readonly key: string;
    readonly name?: string;
}
export interface WorkflowTemplateSpecHooksArgumentsArtifactsRaw {
    readonly data: string;
}
export interface WorkflowTemplateSpecHooksArgumentsArtifactsS3 {
    readonly accessKeySecret?: WorkflowTemplateSpecHooksArgumentsArtifactsS3AccessKeySecret;
    readonly addressingStyle?: WorkflowTemplateSpecHooksArgumentsArtifactsS3AddressingStyle;
    readonly bucket?: string;
    readonly caSecret?: WorkflowTemplateSpecHooksArgumentsArtifactsS3CaSecret;
    readonly createBucketIfNotPresent?: WorkflowTemplateSpecHooksArgumentsArtifactsS3CreateBucketIfNotPresent;
    readonly encryptionOptions?: WorkflowTemplateSpecHooksArgumentsArtifactsS3EncryptionOptions;
    readonly endpoint?: string;
    readonly insecure?: boolean;
    readonly key?: string;
    readonly region?: string;
    readonly roleArn?: string;
    readonly secretKeySecret?: WorkflowTemplateSpecHooksArgumentsArtifactsS3SecretKeySecret;
    readonly sessionTokenSecret?: WorkflowTemplateSpecHooksArgumentsArtifactsS3SessionTokenSecret;
    readonly useSdkCreds?: boolean;
}
export interface WorkflowTemplateSpecHooksArgumentsParametersValueFrom {
    readonly configMapKeyRef?: WorkflowTemplateSpecHooksArgumentsParametersValueFromConfigMapKeyRef;
    readonly default?: string;
    readonly event?: string;
    readonly expression?: string;
    readonly jqFilter?: string;
    readonly jsonPath?: string;
    readonly parameter?: string;
    readonly path?: string;
    readonly supplied?: any;
}
export declare enum WorkflowTemplateSpecMetricsPrometheusGaugeOperation {
    SET = "Set",
    ADD = "Add",
    SUB = "Sub"
}
export interface WorkflowTemplateSpecTemplateDefaultsAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution {
    readonly preference: WorkflowTemplateSpecTemplateDefaultsAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference;
    readonly weight: number;
}
export interface WorkflowTemplateSpecTemplateDefaultsAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution {
    readonly nodeSelectorTerms: WorkflowTemplateSpecTemplateDefaultsAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms[];
}
export interface WorkflowTemplateSpecTemplateDefaultsAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution {
    readonly podAffinityTerm: WorkflowTemplateSpecTemplateDefaultsAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm;
    readonly weight: number;
}
export interface WorkflowTemplateSpecTemplateDefaultsAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution {
    readonly labelSelector?: WorkflowTemplateSpecTemplateDefaultsAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector;
    readonly matchLabelKeys?: string[];
    readonly mismatchLabelKeys?: string[];
    readonly namespaceSelector?: WorkflowTemplateSpecTemplateDefaultsAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector;
    readonly namespaces?: string[];
    readonly topologyKey: string;
}
export interface WorkflowTemplateSpecTemplateDefaultsAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution {
    readonly podAffinityTerm: WorkflowTemplateSpecTemplateDefaultsAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm;
    readonly weight: number;
}
export interface WorkflowTemplateSpecTemplateDefaultsAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution {
    readonly labelSelector?: WorkflowTemplateSpecTemplateDefaultsAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector;
    readonly matchLabelKeys?: string[];
    readonly mismatchLabelKeys?: string[];
    readonly namespaceSelector?: WorkflowTemplateSpecTemplateDefaultsAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector;
    readonly namespaces?: string[];
    readonly topologyKey: string;
}
export interface WorkflowTemplateSpecTemplateDefaultsArchiveLocationArtifactoryPasswordSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplateDefaultsArchiveLocationArtifactoryUsernameSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplateDefaultsArchiveLocationAzureAccountKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplateDefaultsArchiveLocationGcsServiceAccountKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplateDefaultsArchiveLocationGitPasswordSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplateDefaultsArchiveLocationGitSshPrivateKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplateDefaultsArchiveLocationGitUsernameSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplateDefaultsArchiveLocationHdfsKrbCCacheSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplateDefaultsArchiveLocationHdfsKrbConfigConfigMap {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplateDefaultsArchiveLocationHdfsKrbKeytabSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplateDefaultsArchiveLocationHttpAuth {
    readonly basicAuth?: WorkflowTemplateSpecTemplateDefaultsArchiveLocationHttpAuthBasicAuth;
    readonly clientCert?: WorkflowTemplateSpecTemplateDefaultsArchiveLocationHttpAuthClientCert;
    readonly oauth2?: WorkflowTemplateSpecTemplateDefaultsArchiveLocationHttpAuthOauth2;
}
export interface WorkflowTemplateSpecTemplateDefaultsArchiveLocationHttpHeaders {
    readonly name: string;
    readonly value: string;
}
export interface WorkflowTemplateSpecTemplateDefaultsArchiveLocationOssAccessKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplateDefaultsArchiveLocationOssLifecycleRule {
    readonly markDeletionAfterDays?: number;
    readonly markInfrequentAccessAfterDays?: number;
}
export interface WorkflowTemplateSpecTemplateDefaultsArchiveLocationOssSecretKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplateDefaultsArchiveLocationS3AccessKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export declare enum WorkflowTemplateSpecTemplateDefaultsArchiveLocationS3AddressingStyle {
    PATH = "path",
    VIRTUAL_HYPHEN_HOSTED = "virtual-hosted"
}
export interface WorkflowTemplateSpecTemplateDefaultsArchiveLocationS3CaSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplateDefaultsArchiveLocationS3CreateBucketIfNotPresent {
    readonly objectLocking?: boolean;
}
export interface WorkflowTemplateSpecTemplateDefaultsArchiveLocationS3EncryptionOptions {
    readonly enableEncryption?: boolean;
    readonly kmsEncryptionContext?: string;
    readonly kmsKeyId?: string;
    readonly serverSideCustomerKeySecret?: WorkflowTemplateSpecTemplateDefaultsArchiveLocationS3EncryptionOptionsServerSideCustomerKeySecret;
}
export interface WorkflowTemplateSpecTemplateDefaultsArchiveLocationS3SecretKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplateDefaultsArchiveLocationS3SessionTokenSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplateDefaultsContainerEnvValueFrom {
    readonly configMapKeyRef?: WorkflowTemplateSpecTemplateDefaultsContainerEnvValueFromConfigMapKeyRef;
    readonly fieldRef?: WorkflowTemplateSpecTemplateDefaultsContainerEnvValueFromFieldRef;
    readonly fileKeyRef?: WorkflowTemplateSpecTemplateDefaultsContainerEnvValueFromFileKeyRef;
    readonly resourceFieldRef?: WorkflowTemplateSpecTemplateDefaultsContainerEnvValueFromResourceFieldRef;
    readonly secretKeyRef?: WorkflowTemplateSpecTemplateDefaultsContainerEnvValueFromSecretKeyRef;
}
export interface WorkflowTemplateSpecTemplateDefaultsContainerEnvFromConfigMapRef {
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplateDefaultsContainerEnvFromSecretRef {
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplateDefaultsContainerLifecyclePostStart {
    readonly exec?: WorkflowTemplateSpecTemplateDefaultsContainerLifecyclePostStartExec;
    readonly httpGet?: WorkflowTemplateSpecTemplateDefaultsContainerLifecyclePostStartHttpGet;
    readonly sleep?: WorkflowTemplateSpecTemplateDefaultsContainerLifecyclePostStartSleep;
    readonly tcpSocket?: WorkflowTemplateSpecTemplateDefaultsContainerLifecyclePostStartTcpSocket;
}
export interface WorkflowTemplateSpecTemplateDefaultsContainerLifecyclePreStop {
    readonly exec?: WorkflowTemplateSpecTemplateDefaultsContainerLifecyclePreStopExec;
    readonly httpGet?: WorkflowTemplateSpecTemplateDefaultsContainerLifecyclePreStopHttpGet;
    readonly sleep?: WorkflowTemplateSpecTemplateDefaultsContainerLifecyclePreStopSleep;
    readonly tcpSocket?: WorkflowTemplateSpecTemplateDefaultsContainerLifecyclePreStopTcpSocket;
}
export interface WorkflowTemplateSpecTemplateDefaultsContainerLivenessProbeExec {
    readonly command?: string[];
}
export interface WorkflowTemplateSpecTemplateDefaultsContainerLivenessProbeGrpc {
    readonly port: number;
    readonly service?: string;
}
export interface WorkflowTemplateSpecTemplateDefaultsContainerLivenessProbeHttpGet {
    readonly host?: string;
    readonly httpHeaders?: WorkflowTemplateSpecTemplateDefaultsContainerLivenessProbeHttpGetHttpHeaders[];
    readonly path?: string;
    readonly port: WorkflowTemplateSpecTemplateDefaultsContainerLivenessProbeHttpGetPort;
    readonly scheme?: string;
}
export interface WorkflowTemplateSpecTemplateDefaultsContainerLivenessProbeTcpSocket {
    readonly host?: string;
    readonly port: WorkflowTemplateSpecTemplateDefaultsContainerLivenessProbeTcpSocketPort;
}
export interface WorkflowTemplateSpecTemplateDefaultsContainerReadinessProbeExec {
    readonly command?: string[];
}
export interface WorkflowTemplateSpecTemplateDefaultsContainerReadinessProbeGrpc {
    readonly port: number;
    readonly service?: string;
}
export interface WorkflowTemplateSpecTemplateDefaultsContainerReadinessProbeHttpGet {
    readonly host?: string;
    readonly httpHeaders?: WorkflowTemplateSpecTemplateDefaultsContainerReadinessProbeHttpGetHttpHeaders[];
    readonly path?: string;
    readonly port: WorkflowTemplateSpecTemplateDefaultsContainerReadinessProbeHttpGetPort;
    readonly scheme?: string;
}
export interface WorkflowTemplateSpecTemplateDefaultsContainerReadinessProbeTcpSocket {
    readonly host?: string;
    readonly port: WorkflowTemplateSpecTemplateDefaultsContainerReadinessProbeTcpSocketPort;
}
export interface WorkflowTemplateSpecTemplateDefaultsContainerResourcesClaims {
    readonly name: string;
    readonly request?: string;
}
export declare class WorkflowTemplateSpecTemplateDefaultsContainerResourcesLimits {
    readonly value: number | string;
    static fromNumber(value: number): WorkflowTemplateSpecTemplateDefaultsContainerResourcesLimits;
    static fromString(value: string): WorkflowTemplateSpecTemplateDefaultsContainerResourcesLimits;
    private constructor();
}
export declare class WorkflowTemplateSpecTemplateDefaultsContainerResourcesRequests {
    readonly value: number | string;
    static fromNumber(value: number): WorkflowTemplateSpecTemplateDefaultsContainerResourcesRequests;
    static fromString(value: string): WorkflowTemplateSpecTemplateDefaultsContainerResourcesRequests;
    private constructor();
}
export interface WorkflowTemplateSpecTemplateDefaultsContainerRestartPolicyRulesExitCodes {
    readonly operator: string;
    readonly values?: number[];
}
export interface WorkflowTemplateSpecTemplateDefaultsContainerSecurityContextAppArmorProfile {
    readonly localhostProfile?: string;
    readonly type: string;
}
export interface WorkflowTemplateSpecTemplateDefaultsContainerSecurityContextCapabilities {
    readonly add?: string[];
    readonly drop?: string[];
}
export interface WorkflowTemplateSpecTemplateDefaultsContainerSecurityContextSeLinuxOptions {
    readonly level?: string;
    readonly role?: string;
    readonly type?: string;
    readonly user?: string;
}
export interface WorkflowTemplateSpecTemplateDefaultsContainerSecurityContextSeccompProfile {
    readonly localhostProfile?: string;
    readonly type: string;
}
export interface WorkflowTemplateSpecTemplateDefaultsContainerSecurityContextWindowsOptions {
    readonly gmsaCredentialSpec?: string;
    readonly gmsaCredentialSpecName?: string;
    readonly hostProcess?: boolean;
    readonly runAsUserName?: string;
}
export interface WorkflowTemplateSpecTemplateDefaultsContainerStartupProbeExec {
    readonly command?: string[];
}
export interface WorkflowTemplateSpecTemplateDefaultsContainerStartupProbeGrpc {
    readonly port: number;
    readonly service?: string;
}
export interface WorkflowTemplateSpecTemplateDefaultsContainerStartupProbeHttpGet {
    readonly host?: string;
    readonly httpHeaders?: WorkflowTemplateSpecTemplateDefaultsContainerStartupProbeHttpGetHttpHeaders[];
    readonly path?: string;
    readonly port: WorkflowTemplateSpecTemplateDefaultsContainerStartupProbeHttpGetPort;
    readonly scheme?: string;
}
export interface WorkflowTemplateSpecTemplateDefaultsContainerStartupProbeTcpSocket {
    readonly host?: string;
    readonly port: WorkflowTemplateSpecTemplateDefaultsContainerStartupProbeTcpSocketPort;
}
export interface WorkflowTemplateSpecTemplateDefaultsContainerSetContainersEnv {
    readonly name: string;
    readonly value?: string;
    readonly valueFrom?: WorkflowTemplateSpecTemplateDefaultsContainerSetContainersEnvValueFrom;
}
export interface WorkflowTemplateSpecTemplateDefaultsContainerSetContainersEnvFrom {
    readonly configMapRef?: WorkflowTemplateSpecTemplateDefaultsContainerSetContainersEnvFromConfigMapRef;
    readonly prefix?: string;
    readonly secretRef?: WorkflowTemplateSpecTemplateDefaultsContainerSetContainersEnvFromSecretRef;
}
export interface WorkflowTemplateSpecTemplateDefaultsContainerSetContainersLifecycle {
    readonly postStart?: WorkflowTemplateSpecTemplateDefaultsContainerSetContainersLifecyclePostStart;
    readonly preStop?: WorkflowTemplateSpecTemplateDefaultsContainerSetContainersLifecyclePreStop;
    readonly stopSignal?: string;
}
export interface WorkflowTemplateSpecTemplateDefaultsContainerSetContainersLivenessProbe {
    readonly exec?: WorkflowTemplateSpecTemplateDefaultsContainerSetContainersLivenessProbeExec;
    readonly failureThreshold?: number;
    readonly grpc?: WorkflowTemplateSpecTemplateDefaultsContainerSetContainersLivenessProbeGrpc;
    readonly httpGet?: WorkflowTemplateSpecTemplateDefaultsContainerSetContainersLivenessProbeHttpGet;
    readonly initialDelaySeconds?: number;
    readonly periodSeconds?: number;
    readonly successThreshold?: number;
    readonly tcpSocket?: WorkflowTemplateSpecTemplateDefaultsContainerSetContainersLivenessProbeTcpSocket;
    readonly terminationGracePeriodSeconds?: number;
    readonly timeoutSeconds?: number;
}
export interface WorkflowTemplateSpecTemplateDefaultsContainerSetContainersPorts {
    readonly containerPort: number;
    readonly hostIp?: string;
    readonly hostPort?: number;
    readonly name?: string;
    readonly protocol?: string;
}
export interface WorkflowTemplateSpecTemplateDefaultsContainerSetContainersReadinessProbe {
    readonly exec?: WorkflowTemplateSpecTemplateDefaultsContainerSetContainersReadinessProbeExec;
    readonly failureThreshold?: number;
    readonly grpc?: WorkflowTemplateSpecTemplateDefaultsContainerSetContainersReadinessProbeGrpc;
    readonly httpGet?: WorkflowTemplateSpecTemplateDefaultsContainerSetContainersReadinessProbeHttpGet;
    readonly initialDelaySeconds?: number;
    readonly periodSeconds?: number;
    readonly successThreshold?: number;
    readonly tcpSocket?: WorkflowTemplateSpecTemplateDefaultsContainerSetContainersReadinessProbeTcpSocket;
    readonly terminationGracePeriodSeconds?: number;
    readonly timeoutSeconds?: number;
}
export interface WorkflowTemplateSpecTemplateDefaultsContainerSetContainersResizePolicy {
    readonly resourceName: string;
    readonly restartPolicy: string;
}
export interface WorkflowTemplateSpecTemplateDefaultsContainerSetContainersResources {
    readonly claims?: WorkflowTemplateSpecTemplateDefaultsContainerSetContainersResourcesClaims[];
    readonly limits?: {
        [key: string]: WorkflowTemplateSpecTemplateDefaultsContainerSetContainersResourcesLimits;
    };
    readonly requests?: {
        [key: string]: WorkflowTemplateSpecTemplateDefaultsContainerSetContainersResourcesRequests;
    };
}
export interface WorkflowTemplateSpecTemplateDefaultsContainerSetContainersRestartPolicyRules {
    readonly action: string;
    readonly exitCodes?: WorkflowTemplateSpecTemplateDefaultsContainerSetContainersRestartPolicyRulesExitCodes;
}
export interface WorkflowTemplateSpecTemplateDefaultsContainerSetContainersSecurityContext {
    readonly allowPrivilegeEscalation?: boolean;
    readonly appArmorProfile?: WorkflowTemplateSpecTemplateDefaultsContainerSetContainersSecurityContextAppArmorProfile;
    readonly capabilities?: WorkflowTemplateSpecTemplateDefaultsContainerSetContainersSecurityContextCapabilities;
    readonly privileged?: boolean;
    readonly procMount?: string;
    readonly readOnlyRootFilesystem?: boolean;
    readonly runAsGroup?: number;
    readonly runAsNonRoot?: boolean;
    readonly runAsUser?: number;
    readonly seLinuxOptions?: WorkflowTemplateSpecTemplateDefaultsContainerSetContainersSecurityContextSeLinuxOptions;
    readonly seccompProfile?: WorkflowTemplateSpecTemplateDefaultsContainerSetContainersSecurityContextSeccompProfile;
    readonly windowsOptions?: WorkflowTemplateSpecTemplateDefaultsContainerSetContainersSecurityContextWindowsOptions;
}
export interface WorkflowTemplateSpecTemplateDefaultsContainerSetContainersStartupProbe {
    readonly exec?: WorkflowTemplateSpecTemplateDefaultsContainerSetContainersStartupProbeExec;
    readonly failureThreshold?: number;
    readonly grpc?: WorkflowTemplateSpecTemplateDefaultsContainerSetContainersStartupProbeGrpc;
    readonly httpGet?: WorkflowTemplateSpecTemplateDefaultsContainerSetContainersStartupProbeHttpGet;
    readonly initialDelaySeconds?: number;
    readonly periodSeconds?: number;
    readonly successThreshold?: number;
    readonly tcpSocket?: WorkflowTemplateSpecTemplateDefaultsContainerSetContainersStartupProbeTcpSocket;
    readonly terminationGracePeriodSeconds?: number;
    readonly timeoutSeconds?: number;
}
export interface WorkflowTemplateSpecTemplateDefaultsContainerSetContainersVolumeDevices {
    readonly devicePath: string;
    readonly name: string;
}
export interface WorkflowTemplateSpecTemplateDefaultsContainerSetContainersVolumeMounts {
    readonly mountPath: string;
    readonly mountPropagation?: string;
    readonly name: string;
    readonly readOnly?: boolean;
    readonly recursiveReadOnly?: string;
    readonly subPath?: string;
    readonly subPathExpr?: string;
}
export declare class WorkflowTemplateSpecTemplateDefaultsContainerSetRetryStrategyRetries {
    readonly value: number | string;
    static fromNumber(value: number): WorkflowTemplateSpecTemplateDefaultsContainerSetRetryStrategyRetries;
    static fromString(value: string): WorkflowTemplateSpecTemplateDefaultsContainerSetRetryStrategyRetries;
    private constructor();
}
export interface WorkflowTemplateSpecTemplateDefaultsDagTasksArguments {
    readonly artifacts?: WorkflowTemplateSpecTemplateDefaultsDagTasksArgumentsArtifacts[];
    readonly parameters?: WorkflowTemplateSpecTemplateDefaultsDagTasksArgumentsParameters[];
}
export interface WorkflowTemplateSpecTemplateDefaultsDagTasksContinueOn {
    readonly error?: boolean;
    readonly failed?: boolean;
}
export interface WorkflowTemplateSpecTemplateDefaultsDagTasksHooks {
    readonly arguments?: WorkflowTemplateSpecTemplateDefaultsDagTasksHooksArguments;
    readonly expression?: string;
    readonly template?: string;
    readonly templateRef?: WorkflowTemplateSpecTemplateDefaultsDagTasksHooksTemplateRef;
}
export interface WorkflowTemplateSpecTemplateDefaultsDagTasksTemplateRef {
    readonly clusterScope?: boolean;
    readonly name?: string;
    readonly template?: string;
}
export interface WorkflowTemplateSpecTemplateDefaultsDagTasksWithSequence {
    readonly count?: WorkflowTemplateSpecTemplateDefaultsDagTasksWithSequenceCount;
    readonly end?: WorkflowTemplateSpecTemplateDefaultsDagTasksWithSequenceEnd;
    readonly format?: string;
    readonly start?: WorkflowTemplateSpecTemplateDefaultsDagTasksWithSequenceStart;
}
export interface WorkflowTemplateSpecTemplateDefaultsDataSourceArtifactPaths {
    readonly archive?: WorkflowTemplateSpecTemplateDefaultsDataSourceArtifactPathsArchive;
    readonly archiveLogs?: boolean;
    readonly artifactGc?: WorkflowTemplateSpecTemplateDefaultsDataSourceArtifactPathsArtifactGc;
    readonly artifactory?: WorkflowTemplateSpecTemplateDefaultsDataSourceArtifactPathsArtifactory;
    readonly azure?: WorkflowTemplateSpecTemplateDefaultsDataSourceArtifactPathsAzure;
    readonly deleted?: boolean;
    readonly from?: string;
    readonly fromExpression?: string;
    readonly gcs?: WorkflowTemplateSpecTemplateDefaultsDataSourceArtifactPathsGcs;
    readonly git?: WorkflowTemplateSpecTemplateDefaultsDataSourceArtifactPathsGit;
    readonly globalName?: string;
    readonly hdfs?: WorkflowTemplateSpecTemplateDefaultsDataSourceArtifactPathsHdfs;
    readonly http?: WorkflowTemplateSpecTemplateDefaultsDataSourceArtifactPathsHttp;
    readonly mode?: number;
    readonly name: string;
    readonly optional?: boolean;
    readonly oss?: WorkflowTemplateSpecTemplateDefaultsDataSourceArtifactPathsOss;
    readonly path?: string;
    readonly plugin?: WorkflowTemplateSpecTemplateDefaultsDataSourceArtifactPathsPlugin;
    readonly raw?: WorkflowTemplateSpecTemplateDefaultsDataSourceArtifactPathsRaw;
    readonly recurseMode?: boolean;
    readonly s3?: WorkflowTemplateSpecTemplateDefaultsDataSourceArtifactPathsS3;
    readonly subPath?: string;
}
export interface WorkflowTemplateSpecTemplateDefaultsHttpHeadersValueFrom {
    readonly secretKeyRef?: WorkflowTemplateSpecTemplateDefaultsHttpHeadersValueFromSecretKeyRef;
}
export interface WorkflowTemplateSpecTemplateDefaultsInitContainersEnvValueFrom {
    readonly configMapKeyRef?: WorkflowTemplateSpecTemplateDefaultsInitContainersEnvValueFromConfigMapKeyRef;
    readonly fieldRef?: WorkflowTemplateSpecTemplateDefaultsInitContainersEnvValueFromFieldRef;
    readonly fileKeyRef?: WorkflowTemplateSpecTemplateDefaultsInitContainersEnvValueFromFileKeyRef;
    readonly resourceFieldRef?: WorkflowTemplateSpecTemplateDefaultsInitContainersEnvValueFromResourceFieldRef;
    readonly secretKeyRef?: WorkflowTemplateSpecTemplateDefaultsInitContainersEnvValueFromSecretKeyRef;
}
export interface WorkflowTemplateSpecTemplateDefaultsInitContainersEnvFromConfigMapRef {
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplateDefaultsInitContainersEnvFromSecretRef {
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplateDefaultsInitContainersLifecyclePostStart {
    readonly exec?: WorkflowTemplateSpecTemplateDefaultsInitContainersLifecyclePostStartExec;
    readonly httpGet?: WorkflowTemplateSpecTemplateDefaultsInitContainersLifecyclePostStartHttpGet;
    readonly sleep?: WorkflowTemplateSpecTemplateDefaultsInitContainersLifecyclePostStartSleep;
    readonly tcpSocket?: WorkflowTemplateSpecTemplateDefaultsInitContainersLifecyclePostStartTcpSocket;
}
export interface WorkflowTemplateSpecTemplateDefaultsInitContainersLifecyclePreStop {
    readonly exec?: WorkflowTemplateSpecTemplateDefaultsInitContainersLifecyclePreStopExec;
    readonly httpGet?: WorkflowTemplateSpecTemplateDefaultsInitContainersLifecyclePreStopHttpGet;
    readonly sleep?: WorkflowTemplateSpecTemplateDefaultsInitContainersLifecyclePreStopSleep;
    readonly tcpSocket?: WorkflowTemplateSpecTemplateDefaultsInitContainersLifecyclePreStopTcpSocket;
}
export interface WorkflowTemplateSpecTemplateDefaultsInitContainersLivenessProbeExec {
    readonly command?: string[];
}
export interface WorkflowTemplateSpecTemplateDefaultsInitContainersLivenessProbeGrpc {
    readonly port: number;
    readonly service?: string;
}
export interface WorkflowTemplateSpecTemplateDefaultsInitContainersLivenessProbeHttpGet {
    readonly host?: string;
    readonly httpHeaders?: WorkflowTemplateSpecTemplateDefaultsInitContainersLivenessProbeHttpGetHttpHeaders[];
    readonly path?: string;
    readonly port: WorkflowTemplateSpecTemplateDefaultsInitContainersLivenessProbeHttpGetPort;
    readonly scheme?: string;
}
export interface WorkflowTemplateSpecTemplateDefaultsInitContainersLivenessProbeTcpSocket {
    readonly host?: string;
    readonly port: WorkflowTemplateSpecTemplateDefaultsInitContainersLivenessProbeTcpSocketPort;
}
export interface WorkflowTemplateSpecTemplateDefaultsInitContainersReadinessProbeExec {
    readonly command?: string[];
}
export interface WorkflowTemplateSpecTemplateDefaultsInitContainersReadinessProbeGrpc {
    readonly port: number;
    readonly service?: string;
}
export interface WorkflowTemplateSpecTemplateDefaultsInitContainersReadinessProbeHttpGet {
    readonly host?: string;
    readonly httpHeaders?: WorkflowTemplateSpecTemplateDefaultsInitContainersReadinessProbeHttpGetHttpHeaders[];
    readonly path?: string;
    readonly port: WorkflowTemplateSpecTemplateDefaultsInitContainersReadinessProbeHttpGetPort;
    readonly scheme?: string;
}
export interface WorkflowTemplateSpecTemplateDefaultsInitContainersReadinessProbeTcpSocket {
    readonly host?: string;
    readonly port: WorkflowTemplateSpecTemplateDefaultsInitContainersReadinessProbeTcpSocketPort;
}
export interface WorkflowTemplateSpecTemplateDefaultsInitContainersResourcesClaims {
    readonly name: string;
    readonly request?: string;
}
export declare class WorkflowTemplateSpecTemplateDefaultsInitContainersResourcesLimits {
    readonly value: number | string;
    static fromNumber(value: number): WorkflowTemplateSpecTemplateDefaultsInitContainersResourcesLimits;
    static fromString(value: string): WorkflowTemplateSpecTemplateDefaultsInitContainersResourcesLimits;
    private constructor();
}
export declare class WorkflowTemplateSpecTemplateDefaultsInitContainersResourcesRequests {
    readonly value: number | string;
    static fromNumber(value: number): WorkflowTemplateSpecTemplateDefaultsInitContainersResourcesRequests;
    static fromString(value: string): WorkflowTemplateSpecTemplateDefaultsInitContainersResourcesRequests;
    private constructor();
}
export interface WorkflowTemplateSpecTemplateDefaultsInitContainersRestartPolicyRulesExitCodes {
    readonly operator: string;
    readonly values?: number[];
}
export interface WorkflowTemplateSpecTemplateDefaultsInitContainersSecurityContextAppArmorProfile {
    readonly localhostProfile?: string;
    readonly type: string;
}
export interface WorkflowTemplateSpecTemplateDefaultsInitContainersSecurityContextCapabilities {
    readonly add?: string[];
    readonly drop?: string[];
}
export interface WorkflowTemplateSpecTemplateDefaultsInitContainersSecurityContextSeLinuxOptions {
    readonly level?: string;
    readonly role?: string;
    readonly type?: string;
    readonly user?: string;
}
export interface WorkflowTemplateSpecTemplateDefaultsInitContainersSecurityContextSeccompProfile {
    readonly localhostProfile?: string;
    readonly type: string;
}
export interface WorkflowTemplateSpecTemplateDefaultsInitContainersSecurityContextWindowsOptions {
    readonly gmsaCredentialSpec?: string;
    readonly gmsaCredentialSpecName?: string;
    readonly hostProcess?: boolean;
    readonly runAsUserName?: string;
}
export interface WorkflowTemplateSpecTemplateDefaultsInitContainersStartupProbeExec {
    readonly command?: string[];
}
export interface WorkflowTemplateSpecTemplateDefaultsInitContainersStartupProbeGrpc {
    readonly port: number;
    readonly service?: string;
}
export interface WorkflowTemplateSpecTemplateDefaultsInitContainersStartupProbeHttpGet {
    readonly host?: string;
    readonly httpHeaders?: WorkflowTemplateSpecTemplateDefaultsInitContainersStartupProbeHttpGetHttpHeaders[];
    readonly path?: string;
    readonly port: WorkflowTemplateSpecTemplateDefaultsInitContainersStartupProbeHttpGetPort;
    readonly scheme?: string;
}
export interface WorkflowTemplateSpecTemplateDefaultsInitContainersStartupProbeTcpSocket {
    readonly host?: string;
    readonly port: WorkflowTemplateSpecTemplateDefaultsInitContainersStartupProbeTcpSocketPort;
}
export interface WorkflowTemplateSpecTemplateDefaultsInputsArtifactsArchive {
    readonly none?: any;
    readonly tar?: WorkflowTemplateSpecTemplateDefaultsInputsArtifactsArchiveTar;
    readonly zip?: any;
}
export interface WorkflowTemplateSpecTemplateDefaultsInputsArtifactsArtifactGc {
    readonly podMetadata?: WorkflowTemplateSpecTemplateDefaultsInputsArtifactsArtifactGcPodMetadata;
    readonly serviceAccountName?: string;
    readonly strategy?: WorkflowTemplateSpecTemplateDefaultsInputsArtifactsArtifactGcStrategy;
}
export interface WorkflowTemplateSpecTemplateDefaultsInputsArtifactsArtifactory {
    readonly passwordSecret?: WorkflowTemplateSpecTemplateDefaultsInputsArtifactsArtifactoryPasswordSecret;
    readonly url: string;
    readonly usernameSecret?: WorkflowTemplateSpecTemplateDefaultsInputsArtifactsArtifactoryUsernameSecret;
}
export interface WorkflowTemplateSpecTemplateDefaultsInputsArtifactsAzure {
    readonly accountKeySecret?: WorkflowTemplateSpecTemplateDefaultsInputsArtifactsAzureAccountKeySecret;
    readonly blob: string;
    readonly container: string;
    readonly endpoint: string;
    readonly useSdkCreds?: boolean;
}
export interface WorkflowTemplateSpecTemplateDefaultsInputsArtifactsGcs {
    readonly bucket?: string;
    readonly key: string;
    readonly serviceAccountKeySecret?: WorkflowTemplateSpecTemplateDefaultsInputsArtifactsGcsServiceAccountKeySecret;
}
export interface WorkflowTemplateSpecTemplateDefaultsInputsArtifactsGit {
    readonly branch?: string;
    readonly depth?: number;
    readonly disableSubmodules?: boolean;
    readonly fetch?: string[];
    readonly insecureIgnoreHostKey?: boolean;
    readonly insecureSkipTls?: boolean;
    readonly passwordSecret?: WorkflowTemplateSpecTemplateDefaultsInputsArtifactsGitPasswordSecret;
    readonly repo: string;
    readonly revision?: string;
    readonly singleBranch?: boolean;
    readonly sshPrivateKeySecret?: WorkflowTemplateSpecTemplateDefaultsInputsArtifactsGitSshPrivateKeySecret;
    readonly usernameSecret?: WorkflowTemplateSpecTemplateDefaultsInputsArtifactsGitUsernameSecret;
}
export interface WorkflowTemplateSpecTemplateDefaultsInputsArtifactsHdfs {
    readonly addresses?: string[];
    readonly dataTransferProtection?: string;
    readonly force?: boolean;
    readonly hdfsUser?: string;
    readonly krbCCacheSecret?: WorkflowTemplateSpecTemplateDefaultsInputsArtifactsHdfsKrbCCacheSecret;
    readonly krbConfigConfigMap?: WorkflowTemplateSpecTemplateDefaultsInputsArtifactsHdfsKrbConfigConfigMap;
    readonly krbKeytabSecret?: WorkflowTemplateSpecTemplateDefaultsInputsArtifactsHdfsKrbKeytabSecret;
    readonly krbRealm?: string;
    readonly krbServicePrincipalName?: string;
    readonly krbUsername?: string;
    readonly path: string;
}
export interface WorkflowTemplateSpecTemplateDefaultsInputsArtifactsHttp {
    readonly auth?: WorkflowTemplateSpecTemplateDefaultsInputsArtifactsHttpAuth;
    readonly headers?: WorkflowTemplateSpecTemplateDefaultsInputsArtifactsHttpHeaders[];
    readonly saveStreamViaFile?: boolean;
    readonly url: string;
}
export interface WorkflowTemplateSpecTemplateDefaultsInputsArtifactsOss {
    readonly accessKeySecret?: WorkflowTemplateSpecTemplateDefaultsInputsArtifactsOssAccessKeySecret;
    readonly bucket?: string;
    readonly createBucketIfNotPresent?: boolean;
    readonly endpoint?: string;
    readonly key: string;
    readonly lifecycleRule?: WorkflowTemplateSpecTemplateDefaultsInputsArtifactsOssLifecycleRule;
    readonly secretKeySecret?: WorkflowTemplateSpecTemplateDefaultsInputsArtifactsOssSecretKeySecret;
    readonly securityToken?: string;
    readonly useSdkCreds?: boolean;
}
export interface WorkflowTemplateSpecTemplateDefaultsInputsArtifactsPlugin {
    readonly configuration?: string;
    readonly connectionTimeoutSeconds?: number;
    readonly key: string;
    readonly name?: string;
}
export interface WorkflowTemplateSpecTemplateDefaultsInputsArtifactsRaw {
    readonly data: string;
}
export interface WorkflowTemplateSpecTemplateDefaultsInputsArtifactsS3 {
    readonly accessKeySecret?: WorkflowTemplateSpecTemplateDefaultsInputsArtifactsS3AccessKeySecret;
    readonly addressingStyle?: WorkflowTemplateSpecTemplateDefaultsInputsArtifactsS3AddressingStyle;
    readonly bucket?: string;
    readonly caSecret?: WorkflowTemplateSpecTemplateDefaultsInputsArtifactsS3CaSecret;
    readonly createBucketIfNotPresent?: WorkflowTemplateSpecTemplateDefaultsInputsArtifactsS3CreateBucketIfNotPresent;
    readonly encryptionOptions?: WorkflowTemplateSpecTemplateDefaultsInputsArtifactsS3EncryptionOptions;
    readonly endpoint?: string;
    readonly insecure?: boolean;
    readonly key?: string;
    readonly region?: string;
    readonly roleArn?: string;
    readonly secretKeySecret?: WorkflowTemplateSpecTemplateDefaultsInputsArtifactsS3SecretKeySecret;
    readonly sessionTokenSecret?: WorkflowTemplateSpecTemplateDefaultsInputsArtifactsS3SessionTokenSecret;
    readonly useSdkCreds?: boolean;
}
export interface WorkflowTemplateSpecTemplateDefaultsInputsParametersValueFrom {
    readonly configMapKeyRef?: WorkflowTemplateSpecTemplateDefaultsInputsParametersValueFromConfigMapKeyRef;
    readonly default?: string;
    readonly event?: string;
    readonly expression?: string;
    readonly jqFilter?: string;
    readonly jsonPath?: string;
    readonly parameter?: string;
    readonly path?: string;
    readonly supplied?: any;
}
export interface WorkflowTemplateSpecTemplateDefaultsMemoizeCacheConfigMap {
    readonly name?: string;
}
export interface WorkflowTemplateSpecTemplateDefaultsMetricsPrometheusCounter {
    readonly value: string;
}
export interface WorkflowTemplateSpecTemplateDefaultsMetricsPrometheusGauge {
    readonly operation?: WorkflowTemplateSpecTemplateDefaultsMetricsPrometheusGaugeOperation;
    readonly realtime: boolean;
    readonly value: string;
}
export interface WorkflowTemplateSpecTemplateDefaultsMetricsPrometheusHistogram {
    readonly buckets: number[];
    readonly value: string;
}
export interface WorkflowTemplateSpecTemplateDefaultsMetricsPrometheusLabels {
    readonly key: string;
    readonly value: string;
}
export interface WorkflowTemplateSpecTemplateDefaultsOutputsArtifactsArchive {
    readonly none?: any;
    readonly tar?: WorkflowTemplateSpecTemplateDefaultsOutputsArtifactsArchiveTar;
    readonly zip?: any;
}
export interface WorkflowTemplateSpecTemplateDefaultsOutputsArtifactsArtifactGc {
    readonly podMetadata?: WorkflowTemplateSpecTemplateDefaultsOutputsArtifactsArtifactGcPodMetadata;
    readonly serviceAccountName?: string;
    readonly strategy?: WorkflowTemplateSpecTemplateDefaultsOutputsArtifactsArtifactGcStrategy;
}
export interface WorkflowTemplateSpecTemplateDefaultsOutputsArtifactsArtifactory {
    readonly passwordSecret?: WorkflowTemplateSpecTemplateDefaultsOutputsArtifactsArtifactoryPasswordSecret;
    readonly url: string;
    readonly usernameSecret?: WorkflowTemplateSpecTemplateDefaultsOutputsArtifactsArtifactoryUsernameSecret;
}
export interface WorkflowTemplateSpecTemplateDefaultsOutputsArtifactsAzure {
    readonly accountKeySecret?: WorkflowTemplateSpecTemplateDefaultsOutputsArtifactsAzureAccountKeySecret;
    readonly blob: string;
    readonly container: string;
    readonly endpoint: string;
    readonly useSdkCreds?: boolean;
}
export interface WorkflowTemplateSpecTemplateDefaultsOutputsArtifactsGcs {
    readonly bucket?: string;
    readonly key: string;
    readonly serviceAccountKeySecret?: WorkflowTemplateSpecTemplateDefaultsOutputsArtifactsGcsServiceAccountKeySecret;
}
export interface WorkflowTemplateSpecTemplateDefaultsOutputsArtifactsGit {
    readonly branch?: string;
    readonly depth?: number;
    readonly disableSubmodules?: boolean;
    readonly fetch?: string[];
    readonly insecureIgnoreHostKey?: boolean;
    readonly insecureSkipTls?: boolean;
    readonly passwordSecret?: WorkflowTemplateSpecTemplateDefaultsOutputsArtifactsGitPasswordSecret;
    readonly repo: string;
    readonly revision?: string;
    readonly singleBranch?: boolean;
    readonly sshPrivateKeySecret?: WorkflowTemplateSpecTemplateDefaultsOutputsArtifactsGitSshPrivateKeySecret;
    readonly usernameSecret?: WorkflowTemplateSpecTemplateDefaultsOutputsArtifactsGitUsernameSecret;
}
export interface WorkflowTemplateSpecTemplateDefaultsOutputsArtifactsHdfs {
    readonly addresses?: string[];
    readonly dataTransferProtection?: string;
    readonly force?: boolean;
    readonly hdfsUser?: string;
    readonly krbCCacheSecret?: WorkflowTemplateSpecTemplateDefaultsOutputsArtifactsHdfsKrbCCacheSecret;
    readonly krbConfigConfigMap?: WorkflowTemplateSpecTemplateDefaultsOutputsArtifactsHdfsKrbConfigConfigMap;
    readonly krbKeytabSecret?: WorkflowTemplateSpecTemplateDefaultsOutputsArtifactsHdfsKrbKeytabSecret;
    readonly krbRealm?: string;
    readonly krbServicePrincipalName?: string;
    readonly krbUsername?: string;
    readonly path: string;
}
export interface WorkflowTemplateSpecTemplateDefaultsOutputsArtifactsHttp {
    readonly auth?: WorkflowTemplateSpecTemplateDefaultsOutputsArtifactsHttpAuth;
    readonly headers?: WorkflowTemplateSpecTemplateDefaultsOutputsArtifactsHttpHeaders[];
    readonly saveStreamViaFile?: boolean;
    readonly url: string;
}
export interface WorkflowTemplateSpecTemplateDefaultsOutputsArtifactsOss {
    readonly accessKeySecret?: WorkflowTemplateSpecTemplateDefaultsOutputsArtifactsOssAccessKeySecret;
    readonly bucket?: string;
    readonly createBucketIfNotPresent?: boolean;
    readonly endpoint?: string;
    readonly key: string;
    readonly lifecycleRule?: WorkflowTemplateSpecTemplateDefaultsOutputsArtifactsOssLifecycleRule;
    readonly secretKeySecret?: WorkflowTemplateSpecTemplateDefaultsOutputsArtifactsOssSecretKeySecret;
    readonly securityToken?: string;
    readonly useSdkCreds?: boolean;
}
export interface WorkflowTemplateSpecTemplateDefaultsOutputsArtifactsPlugin {
    readonly configuration?: string;
    readonly connectionTimeoutSeconds?: number;
    readonly key: string;
    readonly name?: string;
}
export interface WorkflowTemplateSpecTemplateDefaultsOutputsArtifactsRaw {
    readonly data: string;
}
export interface WorkflowTemplateSpecTemplateDefaultsOutputsArtifactsS3 {
    readonly accessKeySecret?: WorkflowTemplateSpecTemplateDefaultsOutputsArtifactsS3AccessKeySecret;
    readonly addressingStyle?: WorkflowTemplateSpecTemplateDefaultsOutputsArtifactsS3AddressingStyle;
    readonly bucket?: string;
    readonly caSecret?: WorkflowTemplateSpecTemplateDefaultsOutputsArtifactsS3CaSecret;
    readonly createBucketIfNotPresent?: WorkflowTemplateSpecTemplateDefaultsOutputsArtifactsS3CreateBucketIfNotPresent;
    readonly encryptionOptions?: WorkflowTemplateSpecTemplateDefaultsOutputsArtifactsS3EncryptionOptions;
    readonly endpoint?: string;
    readonly insecure?: boolean;
    readonly key?: string;
    readonly region?: string;
    readonly roleArn?: string;
    readonly secretKeySecret?: WorkflowTemplateSpecTemplateDefaultsOutputsArtifactsS3SecretKeySecret;
    readonly sessionTokenSecret?: WorkflowTemplateSpecTemplateDefaultsOutputsArtifactsS3SessionTokenSecret;
    readonly useSdkCreds?: boolean;
}
export interface WorkflowTemplateSpecTemplateDefaultsOutputsParametersValueFrom {
    readonly configMapKeyRef?: WorkflowTemplateSpecTemplateDefaultsOutputsParametersValueFromConfigMapKeyRef;
    readonly default?: string;
    readonly event?: string;
    readonly expression?: string;
    readonly jqFilter?: string;
    readonly jsonPath?: string;
    readonly parameter?: string;
    readonly path?: string;
    readonly supplied?: any;
}
export interface WorkflowTemplateSpecTemplateDefaultsResourceManifestFromArtifact {
    readonly archive?: WorkflowTemplateSpecTemplateDefaultsResourceManifestFromArtifactArchive;
    readonly archiveLogs?: boolean;
    readonly artifactGc?: WorkflowTemplateSpecTemplateDefaultsResourceManifestFromArtifactArtifactGc;
    readonly artifactory?: WorkflowTemplateSpecTemplateDefaultsResourceManifestFromArtifactArtifactory;
    readonly azure?: WorkflowTemplateSpecTemplateDefaultsResourceManifestFromArtifactAzure;
    readonly deleted?: boolean;
    readonly from?: string;
    readonly fromExpression?: string;
    readonly gcs?: WorkflowTemplateSpecTemplateDefaultsResourceManifestFromArtifactGcs;
    readonly git?: WorkflowTemplateSpecTemplateDefaultsResourceManifestFromArtifactGit;
    readonly globalName?: string;
    readonly hdfs?: WorkflowTemplateSpecTemplateDefaultsResourceManifestFromArtifactHdfs;
    readonly http?: WorkflowTemplateSpecTemplateDefaultsResourceManifestFromArtifactHttp;
    readonly mode?: number;
    readonly name: string;
    readonly optional?: boolean;
    readonly oss?: WorkflowTemplateSpecTemplateDefaultsResourceManifestFromArtifactOss;
    readonly path?: string;
    readonly plugin?: WorkflowTemplateSpecTemplateDefaultsResourceManifestFromArtifactPlugin;
    readonly raw?: WorkflowTemplateSpecTemplateDefaultsResourceManifestFromArtifactRaw;
    readonly recurseMode?: boolean;
    readonly s3?: WorkflowTemplateSpecTemplateDefaultsResourceManifestFromArtifactS3;
    readonly subPath?: string;
}
export declare class WorkflowTemplateSpecTemplateDefaultsRetryStrategyBackoffFactor {
    readonly value: number | string;
    static fromNumber(value: number): WorkflowTemplateSpecTemplateDefaultsRetryStrategyBackoffFactor;
    static fromString(value: string): WorkflowTemplateSpecTemplateDefaultsRetryStrategyBackoffFactor;
    private constructor();
}
export interface WorkflowTemplateSpecTemplateDefaultsScriptEnvValueFrom {
    readonly configMapKeyRef?: WorkflowTemplateSpecTemplateDefaultsScriptEnvValueFromConfigMapKeyRef;
    readonly fieldRef?: WorkflowTemplateSpecTemplateDefaultsScriptEnvValueFromFieldRef;
    readonly fileKeyRef?: WorkflowTemplateSpecTemplateDefaultsScriptEnvValueFromFileKeyRef;
    readonly resourceFieldRef?: WorkflowTemplateSpecTemplateDefaultsScriptEnvValueFromResourceFieldRef;
    readonly secretKeyRef?: WorkflowTemplateSpecTemplateDefaultsScriptEnvValueFromSecretKeyRef;
}
export interface WorkflowTemplateSpecTemplateDefaultsScriptEnvFromConfigMapRef {
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplateDefaultsScriptEnvFromSecretRef {
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplateDefaultsScriptLifecyclePostStart {
    readonly exec?: WorkflowTemplateSpecTemplateDefaultsScriptLifecyclePostStartExec;
    readonly httpGet?: WorkflowTemplateSpecTemplateDefaultsScriptLifecyclePostStartHttpGet;
    readonly sleep?: WorkflowTemplateSpecTemplateDefaultsScriptLifecyclePostStartSleep;
    readonly tcpSocket?: WorkflowTemplateSpecTemplateDefaultsScriptLifecyclePostStartTcpSocket;
}
export interface WorkflowTemplateSpecTemplateDefaultsScriptLifecyclePreStop {
    readonly exec?: WorkflowTemplateSpecTemplateDefaultsScriptLifecyclePreStopExec;
    readonly httpGet?: WorkflowTemplateSpecTemplateDefaultsScriptLifecyclePreStopHttpGet;
    readonly sleep?: WorkflowTemplateSpecTemplateDefaultsScriptLifecyclePreStopSleep;
    readonly tcpSocket?: WorkflowTemplateSpecTemplateDefaultsScriptLifecyclePreStopTcpSocket;
}
export interface WorkflowTemplateSpecTemplateDefaultsScriptLivenessProbeExec {
    readonly command?: string[];
}
export interface WorkflowTemplateSpecTemplateDefaultsScriptLivenessProbeGrpc {
    readonly port: number;
    readonly service?: string;
}
export interface WorkflowTemplateSpecTemplateDefaultsScriptLivenessProbeHttpGet {
    readonly host?: string;
    readonly httpHeaders?: WorkflowTemplateSpecTemplateDefaultsScriptLivenessProbeHttpGetHttpHeaders[];
    readonly path?: string;
    readonly port: WorkflowTemplateSpecTemplateDefaultsScriptLivenessProbeHttpGetPort;
    readonly scheme?: string;
}
export interface WorkflowTemplateSpecTemplateDefaultsScriptLivenessProbeTcpSocket {
    readonly host?: string;
    readonly port: WorkflowTemplateSpecTemplateDefaultsScriptLivenessProbeTcpSocketPort;
}
export interface WorkflowTemplateSpecTemplateDefaultsScriptReadinessProbeExec {
    readonly command?: string[];
}
export interface WorkflowTemplateSpecTemplateDefaultsScriptReadinessProbeGrpc {
    readonly port: number;
    readonly service?: string;
}
export interface WorkflowTemplateSpecTemplateDefaultsScriptReadinessProbeHttpGet {
    readonly host?: string;
    readonly httpHeaders?: WorkflowTemplateSpecTemplateDefaultsScriptReadinessProbeHttpGetHttpHeaders[];
    readonly path?: string;
    readonly port: WorkflowTemplateSpecTemplateDefaultsScriptReadinessProbeHttpGetPort;
    readonly scheme?: string;
}
export interface WorkflowTemplateSpecTemplateDefaultsScriptReadinessProbeTcpSocket {
    readonly host?: string;
    readonly port: WorkflowTemplateSpecTemplateDefaultsScriptReadinessProbeTcpSocketPort;
}
export interface WorkflowTemplateSpecTemplateDefaultsScriptResourcesClaims {
    readonly name: string;
    readonly request?: string;
}
export declare class WorkflowTemplateSpecTemplateDefaultsScriptResourcesLimits {
    readonly value: number | string;
    static fromNumber(value: number): WorkflowTemplateSpecTemplateDefaultsScriptResourcesLimits;
    static fromString(value: string): WorkflowTemplateSpecTemplateDefaultsScriptResourcesLimits;
    private constructor();
}
export declare class WorkflowTemplateSpecTemplateDefaultsScriptResourcesRequests {
    readonly value: number | string;
    static fromNumber(value: number): WorkflowTemplateSpecTemplateDefaultsScriptResourcesRequests;
    static fromString(value: string): WorkflowTemplateSpecTemplateDefaultsScriptResourcesRequests;
    private constructor();
}
export interface WorkflowTemplateSpecTemplateDefaultsScriptRestartPolicyRulesExitCodes {
    readonly operator: string;
    readonly values?: number[];
}
export interface WorkflowTemplateSpecTemplateDefaultsScriptSecurityContextAppArmorProfile {
    readonly localhostProfile?: string;
    readonly type: string;
}
export interface WorkflowTemplateSpecTemplateDefaultsScriptSecurityContextCapabilities {
    readonly add?: string[];
    readonly drop?: string[];
}
export interface WorkflowTemplateSpecTemplateDefaultsScriptSecurityContextSeLinuxOptions {
    readonly level?: string;
    readonly role?: string;
    readonly type?: string;
    readonly user?: string;
}
export interface WorkflowTemplateSpecTemplateDefaultsScriptSecurityContextSeccompProfile {
    readonly localhostProfile?: string;
    readonly type: string;
}
export interface WorkflowTemplateSpecTemplateDefaultsScriptSecurityContextWindowsOptions {
    readonly gmsaCredentialSpec?: string;
    readonly gmsaCredentialSpecName?: string;
    readonly hostProcess?: boolean;
    readonly runAsUserName?: string;
}
export interface WorkflowTemplateSpecTemplateDefaultsScriptStartupProbeExec {
    readonly command?: string[];
}
export interface WorkflowTemplateSpecTemplateDefaultsScriptStartupProbeGrpc {
    readonly port: number;
    readonly service?: string;
}
export interface WorkflowTemplateSpecTemplateDefaultsScriptStartupProbeHttpGet {
    readonly host?: string;
    readonly httpHeaders?: WorkflowTemplateSpecTemplateDefaultsScriptStartupProbeHttpGetHttpHeaders[];
    readonly path?: string;
    readonly port: WorkflowTemplateSpecTemplateDefaultsScriptStartupProbeHttpGetPort;
    readonly scheme?: string;
}
export interface WorkflowTemplateSpecTemplateDefaultsScriptStartupProbeTcpSocket {
    readonly host?: string;
    readonly port: WorkflowTemplateSpecTemplateDefaultsScriptStartupProbeTcpSocketPort;
}
export interface WorkflowTemplateSpecTemplateDefaultsSidecarsEnvValueFrom {
    readonly configMapKeyRef?: WorkflowTemplateSpecTemplateDefaultsSidecarsEnvValueFromConfigMapKeyRef;
    readonly fieldRef?: WorkflowTemplateSpecTemplateDefaultsSidecarsEnvValueFromFieldRef;
    readonly fileKeyRef?: WorkflowTemplateSpecTemplateDefaultsSidecarsEnvValueFromFileKeyRef;
    readonly resourceFieldRef?: WorkflowTemplateSpecTemplateDefaultsSidecarsEnvValueFromResourceFieldRef;
    readonly secretKeyRef?: WorkflowTemplateSpecTemplateDefaultsSidecarsEnvValueFromSecretKeyRef;
}
export interface WorkflowTemplateSpecTemplateDefaultsSidecarsEnvFromConfigMapRef {
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplateDefaultsSidecarsEnvFromSecretRef {
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplateDefaultsSidecarsLifecyclePostStart {
    readonly exec?: WorkflowTemplateSpecTemplateDefaultsSidecarsLifecyclePostStartExec;
    readonly httpGet?: WorkflowTemplateSpecTemplateDefaultsSidecarsLifecyclePostStartHttpGet;
    readonly sleep?: WorkflowTemplateSpecTemplateDefaultsSidecarsLifecyclePostStartSleep;
    readonly tcpSocket?: WorkflowTemplateSpecTemplateDefaultsSidecarsLifecyclePostStartTcpSocket;
}
export interface WorkflowTemplateSpecTemplateDefaultsSidecarsLifecyclePreStop {
    readonly exec?: WorkflowTemplateSpecTemplateDefaultsSidecarsLifecyclePreStopExec;
    readonly httpGet?: WorkflowTemplateSpecTemplateDefaultsSidecarsLifecyclePreStopHttpGet;
    readonly sleep?: WorkflowTemplateSpecTemplateDefaultsSidecarsLifecyclePreStopSleep;
    readonly tcpSocket?: WorkflowTemplateSpecTemplateDefaultsSidecarsLifecyclePreStopTcpSocket;
}
export interface WorkflowTemplateSpecTemplateDefaultsSidecarsLivenessProbeExec {
    readonly command?: string[];
}
export interface WorkflowTemplateSpecTemplateDefaultsSidecarsLivenessProbeGrpc {
    readonly port: number;
    readonly service?: string;
}
export interface WorkflowTemplateSpecTemplateDefaultsSidecarsLivenessProbeHttpGet {
    readonly host?: string;
    readonly httpHeaders?: WorkflowTemplateSpecTemplateDefaultsSidecarsLivenessProbeHttpGetHttpHeaders[];
    readonly path?: string;
    readonly port: WorkflowTemplateSpecTemplateDefaultsSidecarsLivenessProbeHttpGetPort;
    readonly scheme?: string;
}
export interface WorkflowTemplateSpecTemplateDefaultsSidecarsLivenessProbeTcpSocket {
    readonly host?: string;
    readonly port: WorkflowTemplateSpecTemplateDefaultsSidecarsLivenessProbeTcpSocketPort;
}
export interface WorkflowTemplateSpecTemplateDefaultsSidecarsReadinessProbeExec {
    readonly command?: string[];
}
export interface WorkflowTemplateSpecTemplateDefaultsSidecarsReadinessProbeGrpc {
    readonly port: number;
    readonly service?: string;
}
export interface WorkflowTemplateSpecTemplateDefaultsSidecarsReadinessProbeHttpGet {
    readonly host?: string;
    readonly httpHeaders?: WorkflowTemplateSpecTemplateDefaultsSidecarsReadinessProbeHttpGetHttpHeaders[];
    readonly path?: string;
    readonly port: WorkflowTemplateSpecTemplateDefaultsSidecarsReadinessProbeHttpGetPort;
    readonly scheme?: string;
}
export interface WorkflowTemplateSpecTemplateDefaultsSidecarsReadinessProbeTcpSocket {
    readonly host?: string;
    readonly port: WorkflowTemplateSpecTemplateDefaultsSidecarsReadinessProbeTcpSocketPort;
}
export interface WorkflowTemplateSpecTemplateDefaultsSidecarsResourcesClaims {
    readonly name: string;
    readonly request?: string;
}
export declare class WorkflowTemplateSpecTemplateDefaultsSidecarsResourcesLimits {
    readonly value: number | string;
    static fromNumber(value: number): WorkflowTemplateSpecTemplateDefaultsSidecarsResourcesLimits;
    static fromString(value: string): WorkflowTemplateSpecTemplateDefaultsSidecarsResourcesLimits;
    private constructor();
}
export declare class WorkflowTemplateSpecTemplateDefaultsSidecarsResourcesRequests {
    readonly value: number | string;
    static fromNumber(value: number): WorkflowTemplateSpecTemplateDefaultsSidecarsResourcesRequests;
    static fromString(value: string): WorkflowTemplateSpecTemplateDefaultsSidecarsResourcesRequests;
    private constructor();
}
export interface WorkflowTemplateSpecTemplateDefaultsSidecarsRestartPolicyRulesExitCodes {
    readonly operator: string;
    readonly values?: number[];
}
export interface WorkflowTemplateSpecTemplateDefaultsSidecarsSecurityContextAppArmorProfile {
    readonly localhostProfile?: string;
    readonly type: string;
}
export interface WorkflowTemplateSpecTemplateDefaultsSidecarsSecurityContextCapabilities {
    readonly add?: string[];
    readonly drop?: string[];
}
export interface WorkflowTemplateSpecTemplateDefaultsSidecarsSecurityContextSeLinuxOptions {
    readonly level?: string;
    readonly role?: string;
    readonly type?: string;
    readonly user?: string;
}
export interface WorkflowTemplateSpecTemplateDefaultsSidecarsSecurityContextSeccompProfile {
    readonly localhostProfile?: string;
    readonly type: string;
}
export interface WorkflowTemplateSpecTemplateDefaultsSidecarsSecurityContextWindowsOptions {
    readonly gmsaCredentialSpec?: string;
    readonly gmsaCredentialSpecName?: string;
    readonly hostProcess?: boolean;
    readonly runAsUserName?: string;
}
export interface WorkflowTemplateSpecTemplateDefaultsSidecarsStartupProbeExec {
    readonly command?: string[];
}
export interface WorkflowTemplateSpecTemplateDefaultsSidecarsStartupProbeGrpc {
    readonly port: number;
    readonly service?: string;
}
export interface WorkflowTemplateSpecTemplateDefaultsSidecarsStartupProbeHttpGet {
    readonly host?: string;
    readonly httpHeaders?: WorkflowTemplateSpecTemplateDefaultsSidecarsStartupProbeHttpGetHttpHeaders[];
    readonly path?: string;
    readonly port: WorkflowTemplateSpecTemplateDefaultsSidecarsStartupProbeHttpGetPort;
    readonly scheme?: string;
}
export interface WorkflowTemplateSpecTemplateDefaultsSidecarsStartupProbeTcpSocket {
    readonly host?: string;
    readonly port: WorkflowTemplateSpecTemplateDefaultsSidecarsStartupProbeTcpSocketPort;
}
export interface WorkflowTemplateSpecTemplateDefaultsStepsArgumentsArtifacts {
    readonly archive?: WorkflowTemplateSpecTemplateDefaultsStepsArgumentsArtifactsArchive;
    readonly archiveLogs?: boolean;
    readonly artifactGc?: WorkflowTemplateSpecTemplateDefaultsStepsArgumentsArtifactsArtifactGc;
    readonly artifactory?: WorkflowTemplateSpecTemplateDefaultsStepsArgumentsArtifactsArtifactory;
    readonly azure?: WorkflowTemplateSpecTemplateDefaultsStepsArgumentsArtifactsAzure;
    readonly deleted?: boolean;
    readonly from?: string;
    readonly fromExpression?: string;
    readonly gcs?: WorkflowTemplateSpecTemplateDefaultsStepsArgumentsArtifactsGcs;
    readonly git?: WorkflowTemplateSpecTemplateDefaultsStepsArgumentsArtifactsGit;
    readonly globalName?: string;
    readonly hdfs?: WorkflowTemplateSpecTemplateDefaultsStepsArgumentsArtifactsHdfs;
    readonly http?: WorkflowTemplateSpecTemplateDefaultsStepsArgumentsArtifactsHttp;
    readonly mode?: number;
    readonly name: string;
    readonly optional?: boolean;
    readonly oss?: WorkflowTemplateSpecTemplateDefaultsStepsArgumentsArtifactsOss;
    readonly path?: string;
    readonly plugin?: WorkflowTemplateSpecTemplateDefaultsStepsArgumentsArtifactsPlugin;
    readonly raw?: WorkflowTemplateSpecTemplateDefaultsStepsArgumentsArtifactsRaw;
    readonly recurseMode?: boolean;
    readonly s3?: WorkflowTemplateSpecTemplateDefaultsStepsArgumentsArtifactsS3;
    readonly subPath?: string;
}
export interface WorkflowTemplateSpecTemplateDefaultsStepsArgumentsParameters {
    readonly default?: string;
    readonly description?: string;
    readonly enum?: string[];
    readonly globalName?: string;
    readonly name: string;
    readonly value?: string;
    readonly valueFrom?: WorkflowTemplateSpecTemplateDefaultsStepsArgumentsParametersValueFrom;
}
export interface WorkflowTemplateSpecTemplateDefaultsStepsHooksArguments {
    readonly artifacts?: WorkflowTemplateSpecTemplateDefaultsStepsHooksArgumentsArtifacts[];
    readonly parameters?: WorkflowTemplateSpecTemplateDefaultsStepsHooksArgumentsParameters[];
}
export interface WorkflowTemplateSpecTemplateDefaultsStepsHooksTemplateRef {
    readonly clusterScope?: boolean;
    readonly name?: string;
    readonly template?: string;
}
export declare class WorkflowTemplateSpecTemplateDefaultsStepsWithSequenceCount {
    readonly value: number | string;
    static fromNumber(value: number): WorkflowTemplateSpecTemplateDefaultsStepsWithSequenceCount;
    static fromString(value: string): WorkflowTemplateSpecTemplateDefaultsStepsWithSequenceCount;
    private constructor();
}
export declare class WorkflowTemplateSpecTemplateDefaultsStepsWithSequenceEnd {
    readonly value: number | string;
    static fromNumber(value: number): WorkflowTemplateSpecTemplateDefaultsStepsWithSequenceEnd;
    static fromString(value: string): WorkflowTemplateSpecTemplateDefaultsStepsWithSequenceEnd;
    private constructor();
}
export declare class WorkflowTemplateSpecTemplateDefaultsStepsWithSequenceStart {
    readonly value: number | string;
    static fromNumber(value: number): WorkflowTemplateSpecTemplateDefaultsStepsWithSequenceStart;
    static fromString(value: string): WorkflowTemplateSpecTemplateDefaultsStepsWithSequenceStart;
    private constructor();
}
export interface WorkflowTemplateSpecTemplateDefaultsSynchronizationSemaphoresConfigMapKeyRef {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplateDefaultsSynchronizationSemaphoresDatabase {
    readonly key: string;
}
export interface WorkflowTemplateSpecTemplateDefaultsVolumesCephfsSecretRef {
    readonly name?: string;
}
export interface WorkflowTemplateSpecTemplateDefaultsVolumesCinderSecretRef {
    readonly name?: string;
}
export interface WorkflowTemplateSpecTemplateDefaultsVolumesConfigMapItems {
    readonly key: string;
    readonly mode?: number;
    readonly path: string;
}
export interface WorkflowTemplateSpecTemplateDefaultsVolumesCsiNodePublishSecretRef {
    readonly name?: string;
}
export interface WorkflowTemplateSpecTemplateDefaultsVolumesDownwardApiItems {
    readonly fieldRef?: WorkflowTemplateSpecTemplateDefaultsVolumesDownwardApiItemsFieldRef;
    readonly mode?: number;
    readonly path: string;
    readonly resourceFieldRef?: WorkflowTemplateSpecTemplateDefaultsVolumesDownwardApiItemsResourceFieldRef;
}
export declare class WorkflowTemplateSpecTemplateDefaultsVolumesEmptyDirSizeLimit {
    readonly value: number | string;
    static fromNumber(value: number): WorkflowTemplateSpecTemplateDefaultsVolumesEmptyDirSizeLimit;
    static fromString(value: string): WorkflowTemplateSpecTemplateDefaultsVolumesEmptyDirSizeLimit;
    private constructor();
}
export interface WorkflowTemplateSpecTemplateDefaultsVolumesEphemeralVolumeClaimTemplate {
    readonly metadata?: WorkflowTemplateSpecTemplateDefaultsVolumesEphemeralVolumeClaimTemplateMetadata;
    readonly spec: WorkflowTemplateSpecTemplateDefaultsVolumesEphemeralVolumeClaimTemplateSpec;
}
export interface WorkflowTemplateSpecTemplateDefaultsVolumesFlexVolumeSecretRef {
    readonly name?: string;
}
export interface WorkflowTemplateSpecTemplateDefaultsVolumesIscsiSecretRef {
    readonly name?: string;
}
export interface WorkflowTemplateSpecTemplateDefaultsVolumesProjectedSources {
    readonly clusterTrustBundle?: WorkflowTemplateSpecTemplateDefaultsVolumesProjectedSourcesClusterTrustBundle;
    readonly configMap?: WorkflowTemplateSpecTemplateDefaultsVolumesProjectedSourcesConfigMap;
    readonly downwardApi?: WorkflowTemplateSpecTemplateDefaultsVolumesProjectedSourcesDownwardApi;
    readonly podCertificate?: WorkflowTemplateSpecTemplateDefaultsVolumesProjectedSourcesPodCertificate;
    readonly secret?: WorkflowTemplateSpecTemplateDefaultsVolumesProjectedSourcesSecret;
    readonly serviceAccountToken?: WorkflowTemplateSpecTemplateDefaultsVolumesProjectedSourcesServiceAccountToken;
}
export interface WorkflowTemplateSpecTemplateDefaultsVolumesRbdSecretRef {
    readonly name?: string;
}
export interface WorkflowTemplateSpecTemplateDefaultsVolumesScaleIoSecretRef {
    readonly name?: string;
}
export interface WorkflowTemplateSpecTemplateDefaultsVolumesSecretItems {
    readonly key: string;
    readonly mode?: number;
    readonly path: string;
}
export interface WorkflowTemplateSpecTemplateDefaultsVolumesStorageosSecretRef {
    readonly name?: string;
}
export interface WorkflowTemplateSpecTemplatesAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecution {
    readonly preference: WorkflowTemplateSpecTemplatesAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference;
    readonly weight: number;
}
export interface WorkflowTemplateSpecTemplatesAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecution {
    readonly nodeSelectorTerms: WorkflowTemplateSpecTemplatesAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms[];
}
export interface WorkflowTemplateSpecTemplatesAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecution {
    readonly podAffinityTerm: WorkflowTemplateSpecTemplatesAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm;
    readonly weight: number;
}
export interface WorkflowTemplateSpecTemplatesAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecution {
    readonly labelSelector?: WorkflowTemplateSpecTemplatesAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector;
    readonly matchLabelKeys?: string[];
    readonly mismatchLabelKeys?: string[];
    readonly namespaceSelector?: WorkflowTemplateSpecTemplatesAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector;
    readonly namespaces?: string[];
    readonly topologyKey: string;
}
export interface WorkflowTemplateSpecTemplatesAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecution {
    readonly podAffinityTerm: WorkflowTemplateSpecTemplatesAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm;
    readonly weight: number;
}
export interface WorkflowTemplateSpecTemplatesAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecution {
    readonly labelSelector?: WorkflowTemplateSpecTemplatesAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector;
    readonly matchLabelKeys?: string[];
    readonly mismatchLabelKeys?: string[];
    readonly namespaceSelector?: WorkflowTemplateSpecTemplatesAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector;
    readonly namespaces?: string[];
    readonly topologyKey: string;
}
export interface WorkflowTemplateSpecTemplatesArchiveLocationArtifactoryPasswordSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplatesArchiveLocationArtifactoryUsernameSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplatesArchiveLocationAzureAccountKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplatesArchiveLocationGcsServiceAccountKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplatesArchiveLocationGitPasswordSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplatesArchiveLocationGitSshPrivateKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplatesArchiveLocationGitUsernameSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplatesArchiveLocationHdfsKrbCCacheSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplatesArchiveLocationHdfsKrbConfigConfigMap {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplatesArchiveLocationHdfsKrbKeytabSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplatesArchiveLocationHttpAuth {
    readonly basicAuth?: WorkflowTemplateSpecTemplatesArchiveLocationHttpAuthBasicAuth;
    readonly clientCert?: WorkflowTemplateSpecTemplatesArchiveLocationHttpAuthClientCert;
    readonly oauth2?: WorkflowTemplateSpecTemplatesArchiveLocationHttpAuthOauth2;
}
export interface WorkflowTemplateSpecTemplatesArchiveLocationHttpHeaders {
    readonly name: string;
    readonly value: string;
}
export interface WorkflowTemplateSpecTemplatesArchiveLocationOssAccessKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplatesArchiveLocationOssLifecycleRule {
    readonly markDeletionAfterDays?: number;
    readonly markInfrequentAccessAfterDays?: number;
}
export interface WorkflowTemplateSpecTemplatesArchiveLocationOssSecretKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplatesArchiveLocationS3AccessKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export declare enum WorkflowTemplateSpecTemplatesArchiveLocationS3AddressingStyle {
    PATH = "path",
    VIRTUAL_HYPHEN_HOSTED = "virtual-hosted"
}
export interface WorkflowTemplateSpecTemplatesArchiveLocationS3CaSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplatesArchiveLocationS3CreateBucketIfNotPresent {
    readonly objectLocking?: boolean;
}
export interface WorkflowTemplateSpecTemplatesArchiveLocationS3EncryptionOptions {
    readonly enableEncryption?: boolean;
    readonly kmsEncryptionContext?: string;
    readonly kmsKeyId?: string;
    readonly serverSideCustomerKeySecret?: WorkflowTemplateSpecTemplatesArchiveLocationS3EncryptionOptionsServerSideCustomerKeySecret;
}
export interface WorkflowTemplateSpecTemplatesArchiveLocationS3SecretKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplatesArchiveLocationS3SessionTokenSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplatesContainerEnvValueFrom {
    readonly configMapKeyRef?: WorkflowTemplateSpecTemplatesContainerEnvValueFromConfigMapKeyRef;
    readonly fieldRef?: WorkflowTemplateSpecTemplatesContainerEnvValueFromFieldRef;
    readonly fileKeyRef?: WorkflowTemplateSpecTemplatesContainerEnvValueFromFileKeyRef;
    readonly resourceFieldRef?: WorkflowTemplateSpecTemplatesContainerEnvValueFromResourceFieldRef;
    readonly secretKeyRef?: WorkflowTemplateSpecTemplatesContainerEnvValueFromSecretKeyRef;
}
export interface WorkflowTemplateSpecTemplatesContainerEnvFromConfigMapRef {
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplatesContainerEnvFromSecretRef {
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplatesContainerLifecyclePostStart {
    readonly exec?: WorkflowTemplateSpecTemplatesContainerLifecyclePostStartExec;
    readonly httpGet?: WorkflowTemplateSpecTemplatesContainerLifecyclePostStartHttpGet;
    readonly sleep?: WorkflowTemplateSpecTemplatesContainerLifecyclePostStartSleep;
    readonly tcpSocket?: WorkflowTemplateSpecTemplatesContainerLifecyclePostStartTcpSocket;
}
export interface WorkflowTemplateSpecTemplatesContainerLifecyclePreStop {
    readonly exec?: WorkflowTemplateSpecTemplatesContainerLifecyclePreStopExec;
    readonly httpGet?: WorkflowTemplateSpecTemplatesContainerLifecyclePreStopHttpGet;
    readonly sleep?: WorkflowTemplateSpecTemplatesContainerLifecyclePreStopSleep;
    readonly tcpSocket?: WorkflowTemplateSpecTemplatesContainerLifecyclePreStopTcpSocket;
}
export interface WorkflowTemplateSpecTemplatesContainerLivenessProbeExec {
    readonly command?: string[];
}
export interface WorkflowTemplateSpecTemplatesContainerLivenessProbeGrpc {
    readonly port: number;
    readonly service?: string;
}
export interface WorkflowTemplateSpecTemplatesContainerLivenessProbeHttpGet {
    readonly host?: string;
    readonly httpHeaders?: WorkflowTemplateSpecTemplatesContainerLivenessProbeHttpGetHttpHeaders[];
    readonly path?: string;
    readonly port: WorkflowTemplateSpecTemplatesContainerLivenessProbeHttpGetPort;
    readonly scheme?: string;
}
export interface WorkflowTemplateSpecTemplatesContainerLivenessProbeTcpSocket {
    readonly host?: string;
    readonly port: WorkflowTemplateSpecTemplatesContainerLivenessProbeTcpSocketPort;
}
export interface WorkflowTemplateSpecTemplatesContainerReadinessProbeExec {
    readonly command?: string[];
}
export interface WorkflowTemplateSpecTemplatesContainerReadinessProbeGrpc {
    readonly port: number;
    readonly service?: string;
}
export interface WorkflowTemplateSpecTemplatesContainerReadinessProbeHttpGet {
    readonly host?: string;
    readonly httpHeaders?: WorkflowTemplateSpecTemplatesContainerReadinessProbeHttpGetHttpHeaders[];
    readonly path?: string;
    readonly port: WorkflowTemplateSpecTemplatesContainerReadinessProbeHttpGetPort;
    readonly scheme?: string;
}
export interface WorkflowTemplateSpecTemplatesContainerReadinessProbeTcpSocket {
    readonly host?: string;
    readonly port: WorkflowTemplateSpecTemplatesContainerReadinessProbeTcpSocketPort;
}
export interface WorkflowTemplateSpecTemplatesContainerResourcesClaims {
    readonly name: string;
    readonly request?: string;
}
export declare class WorkflowTemplateSpecTemplatesContainerResourcesLimits {
    readonly value: number | string;
    static fromNumber(value: number): WorkflowTemplateSpecTemplatesContainerResourcesLimits;
    static fromString(value: string): WorkflowTemplateSpecTemplatesContainerResourcesLimits;
    private constructor();
}
export declare class WorkflowTemplateSpecTemplatesContainerResourcesRequests {
    readonly value: number | string;
    static fromNumber(value: number): WorkflowTemplateSpecTemplatesContainerResourcesRequests;
    static fromString(value: string): WorkflowTemplateSpecTemplatesContainerResourcesRequests;
    private constructor();
}
export interface WorkflowTemplateSpecTemplatesContainerRestartPolicyRulesExitCodes {
    readonly operator: string;
    readonly values?: number[];
}
export interface WorkflowTemplateSpecTemplatesContainerSecurityContextAppArmorProfile {
    readonly localhostProfile?: string;
    readonly type: string;
}
export interface WorkflowTemplateSpecTemplatesContainerSecurityContextCapabilities {
    readonly add?: string[];
    readonly drop?: string[];
}
export interface WorkflowTemplateSpecTemplatesContainerSecurityContextSeLinuxOptions {
    readonly level?: string;
    readonly role?: string;
    readonly type?: string;
    readonly user?: string;
}
export interface WorkflowTemplateSpecTemplatesContainerSecurityContextSeccompProfile {
    readonly localhostProfile?: string;
    readonly type: string;
}
export interface WorkflowTemplateSpecTemplatesContainerSecurityContextWindowsOptions {
    readonly gmsaCredentialSpec?: string;
    readonly gmsaCredentialSpecName?: string;
    readonly hostProcess?: boolean;
    readonly runAsUserName?: string;
}
export interface WorkflowTemplateSpecTemplatesContainerStartupProbeExec {
    readonly command?: string[];
}
export interface WorkflowTemplateSpecTemplatesContainerStartupProbeGrpc {
    readonly port: number;
    readonly service?: string;
}
export interface WorkflowTemplateSpecTemplatesContainerStartupProbeHttpGet {
    readonly host?: string;
    readonly httpHeaders?: WorkflowTemplateSpecTemplatesContainerStartupProbeHttpGetHttpHeaders[];
    readonly path?: string;
    readonly port: WorkflowTemplateSpecTemplatesContainerStartupProbeHttpGetPort;
    readonly scheme?: string;
}
export interface WorkflowTemplateSpecTemplatesContainerStartupProbeTcpSocket {
    readonly host?: string;
    readonly port: WorkflowTemplateSpecTemplatesContainerStartupProbeTcpSocketPort;
}
export interface WorkflowTemplateSpecTemplatesContainerSetContainersEnv {
    readonly name: string;
    readonly value?: string;
    readonly valueFrom?: WorkflowTemplateSpecTemplatesContainerSetContainersEnvValueFrom;
}
export interface WorkflowTemplateSpecTemplatesContainerSetContainersEnvFrom {
    readonly configMapRef?: WorkflowTemplateSpecTemplatesContainerSetContainersEnvFromConfigMapRef;
    readonly prefix?: string;
    readonly secretRef?: WorkflowTemplateSpecTemplatesContainerSetContainersEnvFromSecretRef;
}
export interface WorkflowTemplateSpecTemplatesContainerSetContainersLifecycle {
    readonly postStart?: WorkflowTemplateSpecTemplatesContainerSetContainersLifecyclePostStart;
    readonly preStop?: WorkflowTemplateSpecTemplatesContainerSetContainersLifecyclePreStop;
    readonly stopSignal?: string;
}
export interface WorkflowTemplateSpecTemplatesContainerSetContainersLivenessProbe {
    readonly exec?: WorkflowTemplateSpecTemplatesContainerSetContainersLivenessProbeExec;
    readonly failureThreshold?: number;
    readonly grpc?: WorkflowTemplateSpecTemplatesContainerSetContainersLivenessProbeGrpc;
    readonly httpGet?: WorkflowTemplateSpecTemplatesContainerSetContainersLivenessProbeHttpGet;
    readonly initialDelaySeconds?: number;
    readonly periodSeconds?: number;
    readonly successThreshold?: number;
    readonly tcpSocket?: WorkflowTemplateSpecTemplatesContainerSetContainersLivenessProbeTcpSocket;
    readonly terminationGracePeriodSeconds?: number;
    readonly timeoutSeconds?: number;
}
export interface WorkflowTemplateSpecTemplatesContainerSetContainersPorts {
    readonly containerPort: number;
    readonly hostIp?: string;
    readonly hostPort?: number;
    readonly name?: string;
    readonly protocol?: string;
}
export interface WorkflowTemplateSpecTemplatesContainerSetContainersReadinessProbe {
    readonly exec?: WorkflowTemplateSpecTemplatesContainerSetContainersReadinessProbeExec;
    readonly failureThreshold?: number;
    readonly grpc?: WorkflowTemplateSpecTemplatesContainerSetContainersReadinessProbeGrpc;
    readonly httpGet?: WorkflowTemplateSpecTemplatesContainerSetContainersReadinessProbeHttpGet;
    readonly initialDelaySeconds?: number;
    readonly periodSeconds?: number;
    readonly successThreshold?: number;
    readonly tcpSocket?: WorkflowTemplateSpecTemplatesContainerSetContainersReadinessProbeTcpSocket;
    readonly terminationGracePeriodSeconds?: number;
    readonly timeoutSeconds?: number;
}
export interface WorkflowTemplateSpecTemplatesContainerSetContainersResizePolicy {
    readonly resourceName: string;
    readonly restartPolicy: string;
}
export interface WorkflowTemplateSpecTemplatesContainerSetContainersResources {
    readonly claims?: WorkflowTemplateSpecTemplatesContainerSetContainersResourcesClaims[];
    readonly limits?: {
        [key: string]: WorkflowTemplateSpecTemplatesContainerSetContainersResourcesLimits;
    };
    readonly requests?: {
        [key: string]: WorkflowTemplateSpecTemplatesContainerSetContainersResourcesRequests;
    };
}
export interface WorkflowTemplateSpecTemplatesContainerSetContainersRestartPolicyRules {
    readonly action: string;
    readonly exitCodes?: WorkflowTemplateSpecTemplatesContainerSetContainersRestartPolicyRulesExitCodes;
}
export interface WorkflowTemplateSpecTemplatesContainerSetContainersSecurityContext {
    readonly allowPrivilegeEscalation?: boolean;
    readonly appArmorProfile?: WorkflowTemplateSpecTemplatesContainerSetContainersSecurityContextAppArmorProfile;
    readonly capabilities?: WorkflowTemplateSpecTemplatesContainerSetContainersSecurityContextCapabilities;
    readonly privileged?: boolean;
    readonly procMount?: string;
    readonly readOnlyRootFilesystem?: boolean;
    readonly runAsGroup?: number;
    readonly runAsNonRoot?: boolean;
    readonly runAsUser?: number;
    readonly seLinuxOptions?: WorkflowTemplateSpecTemplatesContainerSetContainersSecurityContextSeLinuxOptions;
    readonly seccompProfile?: WorkflowTemplateSpecTemplatesContainerSetContainersSecurityContextSeccompProfile;
    readonly windowsOptions?: WorkflowTemplateSpecTemplatesContainerSetContainersSecurityContextWindowsOptions;
}
export interface WorkflowTemplateSpecTemplatesContainerSetContainersStartupProbe {
    readonly exec?: WorkflowTemplateSpecTemplatesContainerSetContainersStartupProbeExec;
    readonly failureThreshold?: number;
    readonly grpc?: WorkflowTemplateSpecTemplatesContainerSetContainersStartupProbeGrpc;
    readonly httpGet?: WorkflowTemplateSpecTemplatesContainerSetContainersStartupProbeHttpGet;
    readonly initialDelaySeconds?: number;
    readonly periodSeconds?: number;
    readonly successThreshold?: number;
    readonly tcpSocket?: WorkflowTemplateSpecTemplatesContainerSetContainersStartupProbeTcpSocket;
    readonly terminationGracePeriodSeconds?: number;
    readonly timeoutSeconds?: number;
}
export interface WorkflowTemplateSpecTemplatesContainerSetContainersVolumeDevices {
    readonly devicePath: string;
    readonly name: string;
}
export interface WorkflowTemplateSpecTemplatesContainerSetContainersVolumeMounts {
    readonly mountPath: string;
    readonly mountPropagation?: string;
    readonly name: string;
    readonly readOnly?: boolean;
    readonly recursiveReadOnly?: string;
    readonly subPath?: string;
    readonly subPathExpr?: string;
}
export declare class WorkflowTemplateSpecTemplatesContainerSetRetryStrategyRetries {
    readonly value: number | string;
    static fromNumber(value: number): WorkflowTemplateSpecTemplatesContainerSetRetryStrategyRetries;
    static fromString(value: string): WorkflowTemplateSpecTemplatesContainerSetRetryStrategyRetries;
    private constructor();
}
export interface WorkflowTemplateSpecTemplatesDagTasksArguments {
    readonly artifacts?: WorkflowTemplateSpecTemplatesDagTasksArgumentsArtifacts[];
    readonly parameters?: WorkflowTemplateSpecTemplatesDagTasksArgumentsParameters[];
}
export interface WorkflowTemplateSpecTemplatesDagTasksContinueOn {
    readonly error?: boolean;
    readonly failed?: boolean;
}
export interface WorkflowTemplateSpecTemplatesDagTasksHooks {
    readonly arguments?: WorkflowTemplateSpecTemplatesDagTasksHooksArguments;
    readonly expression?: string;
    readonly template?: string;
    readonly templateRef?: WorkflowTemplateSpecTemplatesDagTasksHooksTemplateRef;
}
export interface WorkflowTemplateSpecTemplatesDagTasksTemplateRef {
    readonly clusterScope?: boolean;
    readonly name?: string;
    readonly template?: string;
}
export interface WorkflowTemplateSpecTemplatesDagTasksWithSequence {
    readonly count?: WorkflowTemplateSpecTemplatesDagTasksWithSequenceCount;
    readonly end?: WorkflowTemplateSpecTemplatesDagTasksWithSequenceEnd;
    readonly format?: string;
    readonly start?: WorkflowTemplateSpecTemplatesDagTasksWithSequenceStart;
}
export interface WorkflowTemplateSpecTemplatesDataSourceArtifactPaths {
    readonly archive?: WorkflowTemplateSpecTemplatesDataSourceArtifactPathsArchive;
    readonly archiveLogs?: boolean;
    readonly artifactGc?: WorkflowTemplateSpecTemplatesDataSourceArtifactPathsArtifactGc;
    readonly artifactory?: WorkflowTemplateSpecTemplatesDataSourceArtifactPathsArtifactory;
    readonly azure?: WorkflowTemplateSpecTemplatesDataSourceArtifactPathsAzure;
    readonly deleted?: boolean;
    readonly from?: string;
    readonly fromExpression?: string;
    readonly gcs?: WorkflowTemplateSpecTemplatesDataSourceArtifactPathsGcs;
    readonly git?: WorkflowTemplateSpecTemplatesDataSourceArtifactPathsGit;
    readonly globalName?: string;
    readonly hdfs?: WorkflowTemplateSpecTemplatesDataSourceArtifactPathsHdfs;
    readonly http?: WorkflowTemplateSpecTemplatesDataSourceArtifactPathsHttp;
    readonly mode?: number;
    readonly name: string;
    readonly optional?: boolean;
    readonly oss?: WorkflowTemplateSpecTemplatesDataSourceArtifactPathsOss;
    readonly path?: string;
    readonly plugin?: WorkflowTemplateSpecTemplatesDataSourceArtifactPathsPlugin;
    readonly raw?: WorkflowTemplateSpecTemplatesDataSourceArtifactPathsRaw;
    readonly recurseMode?: boolean;
    readonly s3?: WorkflowTemplateSpecTemplatesDataSourceArtifactPathsS3;
    readonly subPath?: string;
}
export interface WorkflowTemplateSpecTemplatesHttpHeadersValueFrom {
    readonly secretKeyRef?: WorkflowTemplateSpecTemplatesHttpHeadersValueFromSecretKeyRef;
}
export interface WorkflowTemplateSpecTemplatesInitContainersEnvValueFrom {
    readonly configMapKeyRef?: WorkflowTemplateSpecTemplatesInitContainersEnvValueFromConfigMapKeyRef;
    readonly fieldRef?: WorkflowTemplateSpecTemplatesInitContainersEnvValueFromFieldRef;
    readonly fileKeyRef?: WorkflowTemplateSpecTemplatesInitContainersEnvValueFromFileKeyRef;
    readonly resourceFieldRef?: WorkflowTemplateSpecTemplatesInitContainersEnvValueFromResourceFieldRef;
    readonly secretKeyRef?: WorkflowTemplateSpecTemplatesInitContainersEnvValueFromSecretKeyRef;
}
export interface WorkflowTemplateSpecTemplatesInitContainersEnvFromConfigMapRef {
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplatesInitContainersEnvFromSecretRef {
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplatesInitContainersLifecyclePostStart {
    readonly exec?: WorkflowTemplateSpecTemplatesInitContainersLifecyclePostStartExec;
    readonly httpGet?: WorkflowTemplateSpecTemplatesInitContainersLifecyclePostStartHttpGet;
    readonly sleep?: WorkflowTemplateSpecTemplatesInitContainersLifecyclePostStartSleep;
    readonly tcpSocket?: WorkflowTemplateSpecTemplatesInitContainersLifecyclePostStartTcpSocket;
}
export interface WorkflowTemplateSpecTemplatesInitContainersLifecyclePreStop {
    readonly exec?: WorkflowTemplateSpecTemplatesInitContainersLifecyclePreStopExec;
    readonly httpGet?: WorkflowTemplateSpecTemplatesInitContainersLifecyclePreStopHttpGet;
    readonly sleep?: WorkflowTemplateSpecTemplatesInitContainersLifecyclePreStopSleep;
    readonly tcpSocket?: WorkflowTemplateSpecTemplatesInitContainersLifecyclePreStopTcpSocket;
}
export interface WorkflowTemplateSpecTemplatesInitContainersLivenessProbeExec {
    readonly command?: string[];
}
export interface WorkflowTemplateSpecTemplatesInitContainersLivenessProbeGrpc {
    readonly port: number;
    readonly service?: string;
}
export interface WorkflowTemplateSpecTemplatesInitContainersLivenessProbeHttpGet {
    readonly host?: string;
    readonly httpHeaders?: WorkflowTemplateSpecTemplatesInitContainersLivenessProbeHttpGetHttpHeaders[];
    readonly path?: string;
    readonly port: WorkflowTemplateSpecTemplatesInitContainersLivenessProbeHttpGetPort;
    readonly scheme?: string;
}
export interface WorkflowTemplateSpecTemplatesInitContainersLivenessProbeTcpSocket {
    readonly host?: string;
    readonly port: WorkflowTemplateSpecTemplatesInitContainersLivenessProbeTcpSocketPort;
}
export interface WorkflowTemplateSpecTemplatesInitContainersReadinessProbeExec {
    readonly command?: string[];
}
export interface WorkflowTemplateSpecTemplatesInitContainersReadinessProbeGrpc {
    readonly port: number;
    readonly service?: string;
}
export interface WorkflowTemplateSpecTemplatesInitContainersReadinessProbeHttpGet {
    readonly host?: string;
    readonly httpHeaders?: WorkflowTemplateSpecTemplatesInitContainersReadinessProbeHttpGetHttpHeaders[];
    readonly path?: string;
    readonly port: WorkflowTemplateSpecTemplatesInitContainersReadinessProbeHttpGetPort;
    readonly scheme?: string;
}
export interface WorkflowTemplateSpecTemplatesInitContainersReadinessProbeTcpSocket {
    readonly host?: string;
    readonly port: WorkflowTemplateSpecTemplatesInitContainersReadinessProbeTcpSocketPort;
}
export interface WorkflowTemplateSpecTemplatesInitContainersResourcesClaims {
    readonly name: string;
    readonly request?: string;
}
export declare class WorkflowTemplateSpecTemplatesInitContainersResourcesLimits {
    readonly value: number | string;
    static fromNumber(value: number): WorkflowTemplateSpecTemplatesInitContainersResourcesLimits;
    static fromString(value: string): WorkflowTemplateSpecTemplatesInitContainersResourcesLimits;
    private constructor();
}
export declare class WorkflowTemplateSpecTemplatesInitContainersResourcesRequests {
    readonly value: number | string;
    static fromNumber(value: number): WorkflowTemplateSpecTemplatesInitContainersResourcesRequests;
    static fromString(value: string): WorkflowTemplateSpecTemplatesInitContainersResourcesRequests;
    private constructor();
}
export interface WorkflowTemplateSpecTemplatesInitContainersRestartPolicyRulesExitCodes {
    readonly operator: string;
    readonly values?: number[];
}
export interface WorkflowTemplateSpecTemplatesInitContainersSecurityContextAppArmorProfile {
    readonly localhostProfile?: string;
    readonly type: string;
}
export interface WorkflowTemplateSpecTemplatesInitContainersSecurityContextCapabilities {
    readonly add?: string[];
    readonly drop?: string[];
}
export interface WorkflowTemplateSpecTemplatesInitContainersSecurityContextSeLinuxOptions {
    readonly level?: string;
    readonly role?: string;
    readonly type?: string;
    readonly user?: string;
}
export interface WorkflowTemplateSpecTemplatesInitContainersSecurityContextSeccompProfile {
    readonly localhostProfile?: string;
    readonly type: string;
}
export interface WorkflowTemplateSpecTemplatesInitContainersSecurityContextWindowsOptions {
    readonly gmsaCredentialSpec?: string;
    readonly gmsaCredentialSpecName?: string;
    readonly hostProcess?: boolean;
    readonly runAsUserName?: string;
}
export interface WorkflowTemplateSpecTemplatesInitContainersStartupProbeExec {
    readonly command?: string[];
}
export interface WorkflowTemplateSpecTemplatesInitContainersStartupProbeGrpc {
    readonly port: number;
    readonly service?: string;
}
export interface WorkflowTemplateSpecTemplatesInitContainersStartupProbeHttpGet {
    readonly host?: string;
    readonly httpHeaders?: WorkflowTemplateSpecTemplatesInitContainersStartupProbeHttpGetHttpHeaders[];
    readonly path?: string;
    readonly port: WorkflowTemplateSpecTemplatesInitContainersStartupProbeHttpGetPort;
    readonly scheme?: string;
}
export interface WorkflowTemplateSpecTemplatesInitContainersStartupProbeTcpSocket {
    readonly host?: string;
    readonly port: WorkflowTemplateSpecTemplatesInitContainersStartupProbeTcpSocketPort;
}
export interface WorkflowTemplateSpecTemplatesInputsArtifactsArchive {
    readonly none?: any;
    readonly tar?: WorkflowTemplateSpecTemplatesInputsArtifactsArchiveTar;
    readonly zip?: any;
}
export interface WorkflowTemplateSpecTemplatesInputsArtifactsArtifactGc {
    readonly podMetadata?: WorkflowTemplateSpecTemplatesInputsArtifactsArtifactGcPodMetadata;
    readonly serviceAccountName?: string;
    readonly strategy?: WorkflowTemplateSpecTemplatesInputsArtifactsArtifactGcStrategy;
}
export interface WorkflowTemplateSpecTemplatesInputsArtifactsArtifactory {
    readonly passwordSecret?: WorkflowTemplateSpecTemplatesInputsArtifactsArtifactoryPasswordSecret;
    readonly url: string;
    readonly usernameSecret?: WorkflowTemplateSpecTemplatesInputsArtifactsArtifactoryUsernameSecret;
}
export interface WorkflowTemplateSpecTemplatesInputsArtifactsAzure {
    readonly accountKeySecret?: WorkflowTemplateSpecTemplatesInputsArtifactsAzureAccountKeySecret;
    readonly blob: string;
    readonly container: string;
    readonly endpoint: string;
    readonly useSdkCreds?: boolean;
}
export interface WorkflowTemplateSpecTemplatesInputsArtifactsGcs {
    readonly bucket?: string;
    readonly key: string;
    readonly serviceAccountKeySecret?: WorkflowTemplateSpecTemplatesInputsArtifactsGcsServiceAccountKeySecret;
}
export interface WorkflowTemplateSpecTemplatesInputsArtifactsGit {
    readonly branch?: string;
    readonly depth?: number;
    readonly disableSubmodules?: boolean;
    readonly fetch?: string[];
    readonly insecureIgnoreHostKey?: boolean;
    readonly insecureSkipTls?: boolean;
    readonly passwordSecret?: WorkflowTemplateSpecTemplatesInputsArtifactsGitPasswordSecret;
    readonly repo: string;
    readonly revision?: string;
    readonly singleBranch?: boolean;
    readonly sshPrivateKeySecret?: WorkflowTemplateSpecTemplatesInputsArtifactsGitSshPrivateKeySecret;
    readonly usernameSecret?: WorkflowTemplateSpecTemplatesInputsArtifactsGitUsernameSecret;
}
export interface WorkflowTemplateSpecTemplatesInputsArtifactsHdfs {
    readonly addresses?: string[];
    readonly dataTransferProtection?: string;
    readonly force?: boolean;
    readonly hdfsUser?: string;
    readonly krbCCacheSecret?: WorkflowTemplateSpecTemplatesInputsArtifactsHdfsKrbCCacheSecret;
    readonly krbConfigConfigMap?: WorkflowTemplateSpecTemplatesInputsArtifactsHdfsKrbConfigConfigMap;
    readonly krbKeytabSecret?: WorkflowTemplateSpecTemplatesInputsArtifactsHdfsKrbKeytabSecret;
    readonly krbRealm?: string;
    readonly krbServicePrincipalName?: string;
    readonly krbUsername?: string;
    readonly path: string;
}
export interface WorkflowTemplateSpecTemplatesInputsArtifactsHttp {
    readonly auth?: WorkflowTemplateSpecTemplatesInputsArtifactsHttpAuth;
    readonly headers?: WorkflowTemplateSpecTemplatesInputsArtifactsHttpHeaders[];
    readonly saveStreamViaFile?: boolean;
    readonly url: string;
}
export interface WorkflowTemplateSpecTemplatesInputsArtifactsOss {
    readonly accessKeySecret?: WorkflowTemplateSpecTemplatesInputsArtifactsOssAccessKeySecret;
    readonly bucket?: string;
    readonly createBucketIfNotPresent?: boolean;
    readonly endpoint?: string;
    readonly key: string;
    readonly lifecycleRule?: WorkflowTemplateSpecTemplatesInputsArtifactsOssLifecycleRule;
    readonly secretKeySecret?: WorkflowTemplateSpecTemplatesInputsArtifactsOssSecretKeySecret;
    readonly securityToken?: string;
    readonly useSdkCreds?: boolean;
}
export interface WorkflowTemplateSpecTemplatesInputsArtifactsPlugin {
    readonly configuration?: string;
    readonly connectionTimeoutSeconds?: number;
    readonly key: string;
    readonly name?: string;
}
export interface WorkflowTemplateSpecTemplatesInputsArtifactsRaw {
    readonly data: string;
}
export interface WorkflowTemplateSpecTemplatesInputsArtifactsS3 {
    readonly accessKeySecret?: WorkflowTemplateSpecTemplatesInputsArtifactsS3AccessKeySecret;
    readonly addressingStyle?: WorkflowTemplateSpecTemplatesInputsArtifactsS3AddressingStyle;
    readonly bucket?: string;
    readonly caSecret?: WorkflowTemplateSpecTemplatesInputsArtifactsS3CaSecret;
    readonly createBucketIfNotPresent?: WorkflowTemplateSpecTemplatesInputsArtifactsS3CreateBucketIfNotPresent;
    readonly encryptionOptions?: WorkflowTemplateSpecTemplatesInputsArtifactsS3EncryptionOptions;
    readonly endpoint?: string;
    readonly insecure?: boolean;
    readonly key?: string;
    readonly region?: string;
    readonly roleArn?: string;
    readonly secretKeySecret?: WorkflowTemplateSpecTemplatesInputsArtifactsS3SecretKeySecret;
    readonly sessionTokenSecret?: WorkflowTemplateSpecTemplatesInputsArtifactsS3SessionTokenSecret;
    readonly useSdkCreds?: boolean;
}
export interface WorkflowTemplateSpecTemplatesInputsParametersValueFrom {
    readonly configMapKeyRef?: WorkflowTemplateSpecTemplatesInputsParametersValueFromConfigMapKeyRef;
    readonly default?: string;
    readonly event?: string;
    readonly expression?: string;
    readonly jqFilter?: string;
    readonly jsonPath?: string;
    readonly parameter?: string;
    readonly path?: string;
    readonly supplied?: any;
}
export interface WorkflowTemplateSpecTemplatesMemoizeCacheConfigMap {
    readonly name?: string;
}
export interface WorkflowTemplateSpecTemplatesMetricsPrometheusCounter {
    readonly value: string;
}
export interface WorkflowTemplateSpecTemplatesMetricsPrometheusGauge {
    readonly operation?: WorkflowTemplateSpecTemplatesMetricsPrometheusGaugeOperation;
    readonly realtime: boolean;
    readonly value: string;
}
export interface WorkflowTemplateSpecTemplatesMetricsPrometheusHistogram {
    readonly buckets: number[];
    readonly value: string;
}
export interface WorkflowTemplateSpecTemplatesMetricsPrometheusLabels {
    readonly key: string;
    readonly value: string;
}
export interface WorkflowTemplateSpecTemplatesOutputsArtifactsArchive {
    readonly none?: any;
    readonly tar?: WorkflowTemplateSpecTemplatesOutputsArtifactsArchiveTar;
    readonly zip?: any;
}
export interface WorkflowTemplateSpecTemplatesOutputsArtifactsArtifactGc {
    readonly podMetadata?: WorkflowTemplateSpecTemplatesOutputsArtifactsArtifactGcPodMetadata;
    readonly serviceAccountName?: string;
    readonly strategy?: WorkflowTemplateSpecTemplatesOutputsArtifactsArtifactGcStrategy;
}
export interface WorkflowTemplateSpecTemplatesOutputsArtifactsArtifactory {
    readonly passwordSecret?: WorkflowTemplateSpecTemplatesOutputsArtifactsArtifactoryPasswordSecret;
    readonly url: string;
    readonly usernameSecret?: WorkflowTemplateSpecTemplatesOutputsArtifactsArtifactoryUsernameSecret;
}
export interface WorkflowTemplateSpecTemplatesOutputsArtifactsAzure {
    readonly accountKeySecret?: WorkflowTemplateSpecTemplatesOutputsArtifactsAzureAccountKeySecret;
    readonly blob: string;
    readonly container: string;
    readonly endpoint: string;
    readonly useSdkCreds?: boolean;
}
export interface WorkflowTemplateSpecTemplatesOutputsArtifactsGcs {
    readonly bucket?: string;
    readonly key: string;
    readonly serviceAccountKeySecret?: WorkflowTemplateSpecTemplatesOutputsArtifactsGcsServiceAccountKeySecret;
}
export interface WorkflowTemplateSpecTemplatesOutputsArtifactsGit {
    readonly branch?: string;
    readonly depth?: number;
    readonly disableSubmodules?: boolean;
    readonly fetch?: string[];
    readonly insecureIgnoreHostKey?: boolean;
    readonly insecureSkipTls?: boolean;
    readonly passwordSecret?: WorkflowTemplateSpecTemplatesOutputsArtifactsGitPasswordSecret;
    readonly repo: string;
    readonly revision?: string;
    readonly singleBranch?: boolean;
    readonly sshPrivateKeySecret?: WorkflowTemplateSpecTemplatesOutputsArtifactsGitSshPrivateKeySecret;
    readonly usernameSecret?: WorkflowTemplateSpecTemplatesOutputsArtifactsGitUsernameSecret;
}
export interface WorkflowTemplateSpecTemplatesOutputsArtifactsHdfs {
    readonly addresses?: string[];
    readonly dataTransferProtection?: string;
    readonly force?: boolean;
    readonly hdfsUser?: string;
    readonly krbCCacheSecret?: WorkflowTemplateSpecTemplatesOutputsArtifactsHdfsKrbCCacheSecret;
    readonly krbConfigConfigMap?: WorkflowTemplateSpecTemplatesOutputsArtifactsHdfsKrbConfigConfigMap;
    readonly krbKeytabSecret?: WorkflowTemplateSpecTemplatesOutputsArtifactsHdfsKrbKeytabSecret;
    readonly krbRealm?: string;
    readonly krbServicePrincipalName?: string;
    readonly krbUsername?: string;
    readonly path: string;
}
export interface WorkflowTemplateSpecTemplatesOutputsArtifactsHttp {
    readonly auth?: WorkflowTemplateSpecTemplatesOutputsArtifactsHttpAuth;
    readonly headers?: WorkflowTemplateSpecTemplatesOutputsArtifactsHttpHeaders[];
    readonly saveStreamViaFile?: boolean;
    readonly url: string;
}
export interface WorkflowTemplateSpecTemplatesOutputsArtifactsOss {
    readonly accessKeySecret?: WorkflowTemplateSpecTemplatesOutputsArtifactsOssAccessKeySecret;
    readonly bucket?: string;
    readonly createBucketIfNotPresent?: boolean;
    readonly endpoint?: string;
    readonly key: string;
    readonly lifecycleRule?: WorkflowTemplateSpecTemplatesOutputsArtifactsOssLifecycleRule;
    readonly secretKeySecret?: WorkflowTemplateSpecTemplatesOutputsArtifactsOssSecretKeySecret;
    readonly securityToken?: string;
    readonly useSdkCreds?: boolean;
}
export interface WorkflowTemplateSpecTemplatesOutputsArtifactsPlugin {
    readonly configuration?: string;
    readonly connectionTimeoutSeconds?: number;
    readonly key: string;
    readonly name?: string;
}
export interface WorkflowTemplateSpecTemplatesOutputsArtifactsRaw {
    readonly data: string;
}
export interface WorkflowTemplateSpecTemplatesOutputsArtifactsS3 {
    readonly accessKeySecret?: WorkflowTemplateSpecTemplatesOutputsArtifactsS3AccessKeySecret;
    readonly addressingStyle?: WorkflowTemplateSpecTemplatesOutputsArtifactsS3AddressingStyle;
    readonly bucket?: string;
    readonly caSecret?: WorkflowTemplateSpecTemplatesOutputsArtifactsS3CaSecret;
    readonly createBucketIfNotPresent?: WorkflowTemplateSpecTemplatesOutputsArtifactsS3CreateBucketIfNotPresent;
    readonly encryptionOptions?: WorkflowTemplateSpecTemplatesOutputsArtifactsS3EncryptionOptions;
    readonly endpoint?: string;
    readonly insecure?: boolean;
    readonly key?: string;
    readonly region?: string;
    readonly roleArn?: string;
    readonly secretKeySecret?: WorkflowTemplateSpecTemplatesOutputsArtifactsS3SecretKeySecret;
    readonly sessionTokenSecret?: WorkflowTemplateSpecTemplatesOutputsArtifactsS3SessionTokenSecret;
    readonly useSdkCreds?: boolean;
}
export interface WorkflowTemplateSpecTemplatesOutputsParametersValueFrom {
    readonly configMapKeyRef?: WorkflowTemplateSpecTemplatesOutputsParametersValueFromConfigMapKeyRef;
    readonly default?: string;
    readonly event?: string;
    readonly expression?: string;
    readonly jqFilter?: string;
    readonly jsonPath?: string;
    readonly parameter?: string;
    readonly path?: string;
    readonly supplied?: any;
}
export interface WorkflowTemplateSpecTemplatesResourceManifestFromArtifact {
    readonly archive?: WorkflowTemplateSpecTemplatesResourceManifestFromArtifactArchive;
    readonly archiveLogs?: boolean;
    readonly artifactGc?: WorkflowTemplateSpecTemplatesResourceManifestFromArtifactArtifactGc;
    readonly artifactory?: WorkflowTemplateSpecTemplatesResourceManifestFromArtifactArtifactory;
    readonly azure?: WorkflowTemplateSpecTemplatesResourceManifestFromArtifactAzure;
    readonly deleted?: boolean;
    readonly from?: string;
    readonly fromExpression?: string;
    readonly gcs?: WorkflowTemplateSpecTemplatesResourceManifestFromArtifactGcs;
    readonly git?: WorkflowTemplateSpecTemplatesResourceManifestFromArtifactGit;
    readonly globalName?: string;
    readonly hdfs?: WorkflowTemplateSpecTemplatesResourceManifestFromArtifactHdfs;
    readonly http?: WorkflowTemplateSpecTemplatesResourceManifestFromArtifactHttp;
    readonly mode?: number;
    readonly name: string;
    readonly optional?: boolean;
    readonly oss?: WorkflowTemplateSpecTemplatesResourceManifestFromArtifactOss;
    readonly path?: string;
    readonly plugin?: WorkflowTemplateSpecTemplatesResourceManifestFromArtifactPlugin;
    readonly raw?: WorkflowTemplateSpecTemplatesResourceManifestFromArtifactRaw;
    readonly recurseMode?: boolean;
    readonly s3?: WorkflowTemplateSpecTemplatesResourceManifestFromArtifactS3;
    readonly subPath?: string;
}
export declare class WorkflowTemplateSpecTemplatesRetryStrategyBackoffFactor {
    readonly value: number | string;
    static fromNumber(value: number): WorkflowTemplateSpecTemplatesRetryStrategyBackoffFactor;
    static fromString(value: string): WorkflowTemplateSpecTemplatesRetryStrategyBackoffFactor;
    private constructor();
}
export interface WorkflowTemplateSpecTemplatesScriptEnvValueFrom {
    readonly configMapKeyRef?: WorkflowTemplateSpecTemplatesScriptEnvValueFromConfigMapKeyRef;
    readonly fieldRef?: WorkflowTemplateSpecTemplatesScriptEnvValueFromFieldRef;
    readonly fileKeyRef?: WorkflowTemplateSpecTemplatesScriptEnvValueFromFileKeyRef;
    readonly resourceFieldRef?: WorkflowTemplateSpecTemplatesScriptEnvValueFromResourceFieldRef;
    readonly secretKeyRef?: WorkflowTemplateSpecTemplatesScriptEnvValueFromSecretKeyRef;
}
export interface WorkflowTemplateSpecTemplatesScriptEnvFromConfigMapRef {
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplatesScriptEnvFromSecretRef {
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplatesScriptLifecyclePostStart {
    readonly exec?: WorkflowTemplateSpecTemplatesScriptLifecyclePostStartExec;
    readonly httpGet?: WorkflowTemplateSpecTemplatesScriptLifecyclePostStartHttpGet;
    readonly sleep?: WorkflowTemplateSpecTemplatesScriptLifecyclePostStartSleep;
    readonly tcpSocket?: WorkflowTemplateSpecTemplatesScriptLifecyclePostStartTcpSocket;
}
export interface WorkflowTemplateSpecTemplatesScriptLifecyclePreStop {
    readonly exec?: WorkflowTemplateSpecTemplatesScriptLifecyclePreStopExec;
    readonly httpGet?: WorkflowTemplateSpecTemplatesScriptLifecyclePreStopHttpGet;
    readonly sleep?: WorkflowTemplateSpecTemplatesScriptLifecyclePreStopSleep;
    readonly tcpSocket?: WorkflowTemplateSpecTemplatesScriptLifecyclePreStopTcpSocket;
}
export interface WorkflowTemplateSpecTemplatesScriptLivenessProbeExec {
    readonly command?: string[];
}
export interface WorkflowTemplateSpecTemplatesScriptLivenessProbeGrpc {
    readonly port: number;
    readonly service?: string;
}
export interface WorkflowTemplateSpecTemplatesScriptLivenessProbeHttpGet {
    readonly host?: string;
    readonly httpHeaders?: WorkflowTemplateSpecTemplatesScriptLivenessProbeHttpGetHttpHeaders[];
    readonly path?: string;
    readonly port: WorkflowTemplateSpecTemplatesScriptLivenessProbeHttpGetPort;
    readonly scheme?: string;
}
export interface WorkflowTemplateSpecTemplatesScriptLivenessProbeTcpSocket {
    readonly host?: string;
    readonly port: WorkflowTemplateSpecTemplatesScriptLivenessProbeTcpSocketPort;
}
export interface WorkflowTemplateSpecTemplatesScriptReadinessProbeExec {
    readonly command?: string[];
}
export interface WorkflowTemplateSpecTemplatesScriptReadinessProbeGrpc {
    readonly port: number;
    readonly service?: string;
}
export interface WorkflowTemplateSpecTemplatesScriptReadinessProbeHttpGet {
    readonly host?: string;
    readonly httpHeaders?: WorkflowTemplateSpecTemplatesScriptReadinessProbeHttpGetHttpHeaders[];
    readonly path?: string;
    readonly port: WorkflowTemplateSpecTemplatesScriptReadinessProbeHttpGetPort;
    readonly scheme?: string;
}
export interface WorkflowTemplateSpecTemplatesScriptReadinessProbeTcpSocket {
    readonly host?: string;
    readonly port: WorkflowTemplateSpecTemplatesScriptReadinessProbeTcpSocketPort;
}
export interface WorkflowTemplateSpecTemplatesScriptResourcesClaims {
    readonly name: string;
    readonly request?: string;
}
export declare class WorkflowTemplateSpecTemplatesScriptResourcesLimits {
    readonly value: number | string;
    static fromNumber(value: number): WorkflowTemplateSpecTemplatesScriptResourcesLimits;
    static fromString(value: string): WorkflowTemplateSpecTemplatesScriptResourcesLimits;
    private constructor();
}
export declare class WorkflowTemplateSpecTemplatesScriptResourcesRequests {
    readonly value: number | string;
    static fromNumber(value: number): WorkflowTemplateSpecTemplatesScriptResourcesRequests;
    static fromString(value: string): WorkflowTemplateSpecTemplatesScriptResourcesRequests;
    private constructor();
}
export interface WorkflowTemplateSpecTemplatesScriptRestartPolicyRulesExitCodes {
    readonly operator: string;
    readonly values?: number[];
}
export interface WorkflowTemplateSpecTemplatesScriptSecurityContextAppArmorProfile {
    readonly localhostProfile?: string;
    readonly type: string;
}
export interface WorkflowTemplateSpecTemplatesScriptSecurityContextCapabilities {
    readonly add?: string[];
    readonly drop?: string[];
}
export interface WorkflowTemplateSpecTemplatesScriptSecurityContextSeLinuxOptions {
    readonly level?: string;
    readonly role?: string;
    readonly type?: string;
    readonly user?: string;
}
export interface WorkflowTemplateSpecTemplatesScriptSecurityContextSeccompProfile {
    readonly localhostProfile?: string;
    readonly type: string;
}
export interface WorkflowTemplateSpecTemplatesScriptSecurityContextWindowsOptions {
    readonly gmsaCredentialSpec?: string;
    readonly gmsaCredentialSpecName?: string;
    readonly hostProcess?: boolean;
    readonly runAsUserName?: string;
}
export interface WorkflowTemplateSpecTemplatesScriptStartupProbeExec {
    readonly command?: string[];
}
export interface WorkflowTemplateSpecTemplatesScriptStartupProbeGrpc {
    readonly port: number;
    readonly service?: string;
}
export interface WorkflowTemplateSpecTemplatesScriptStartupProbeHttpGet {
    readonly host?: string;
    readonly httpHeaders?: WorkflowTemplateSpecTemplatesScriptStartupProbeHttpGetHttpHeaders[];
    readonly path?: string;
    readonly port: WorkflowTemplateSpecTemplatesScriptStartupProbeHttpGetPort;
    readonly scheme?: string;
}
export interface WorkflowTemplateSpecTemplatesScriptStartupProbeTcpSocket {
    readonly host?: string;
    readonly port: WorkflowTemplateSpecTemplatesScriptStartupProbeTcpSocketPort;
}
export interface WorkflowTemplateSpecTemplatesSidecarsEnvValueFrom {
    readonly configMapKeyRef?: WorkflowTemplateSpecTemplatesSidecarsEnvValueFromConfigMapKeyRef;
    readonly fieldRef?: WorkflowTemplateSpecTemplatesSidecarsEnvValueFromFieldRef;
    readonly fileKeyRef?: WorkflowTemplateSpecTemplatesSidecarsEnvValueFromFileKeyRef;
    readonly resourceFieldRef?: WorkflowTemplateSpecTemplatesSidecarsEnvValueFromResourceFieldRef;
    readonly secretKeyRef?: WorkflowTemplateSpecTemplatesSidecarsEnvValueFromSecretKeyRef;
}
export interface WorkflowTemplateSpecTemplatesSidecarsEnvFromConfigMapRef {
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplatesSidecarsEnvFromSecretRef {
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplatesSidecarsLifecyclePostStart {
    readonly exec?: WorkflowTemplateSpecTemplatesSidecarsLifecyclePostStartExec;
    readonly httpGet?: WorkflowTemplateSpecTemplatesSidecarsLifecyclePostStartHttpGet;
    readonly sleep?: WorkflowTemplateSpecTemplatesSidecarsLifecyclePostStartSleep;
    readonly tcpSocket?: WorkflowTemplateSpecTemplatesSidecarsLifecyclePostStartTcpSocket;
}
export interface WorkflowTemplateSpecTemplatesSidecarsLifecyclePreStop {
    readonly exec?: WorkflowTemplateSpecTemplatesSidecarsLifecyclePreStopExec;
    readonly httpGet?: WorkflowTemplateSpecTemplatesSidecarsLifecyclePreStopHttpGet;
    readonly sleep?: WorkflowTemplateSpecTemplatesSidecarsLifecyclePreStopSleep;
    readonly tcpSocket?: WorkflowTemplateSpecTemplatesSidecarsLifecyclePreStopTcpSocket;
}
export interface WorkflowTemplateSpecTemplatesSidecarsLivenessProbeExec {
    readonly command?: string[];
}
export interface WorkflowTemplateSpecTemplatesSidecarsLivenessProbeGrpc {
    readonly port: number;
    readonly service?: string;
}
export interface WorkflowTemplateSpecTemplatesSidecarsLivenessProbeHttpGet {
    readonly host?: string;
    readonly httpHeaders?: WorkflowTemplateSpecTemplatesSidecarsLivenessProbeHttpGetHttpHeaders[];
    readonly path?: string;
    readonly port: WorkflowTemplateSpecTemplatesSidecarsLivenessProbeHttpGetPort;
    readonly scheme?: string;
}
export interface WorkflowTemplateSpecTemplatesSidecarsLivenessProbeTcpSocket {
    readonly host?: string;
    readonly port: WorkflowTemplateSpecTemplatesSidecarsLivenessProbeTcpSocketPort;
}
export interface WorkflowTemplateSpecTemplatesSidecarsReadinessProbeExec {
    readonly command?: string[];
}
export interface WorkflowTemplateSpecTemplatesSidecarsReadinessProbeGrpc {
    readonly port: number;
    readonly service?: string;
}
export interface WorkflowTemplateSpecTemplatesSidecarsReadinessProbeHttpGet {
    readonly host?: string;
    readonly httpHeaders?: WorkflowTemplateSpecTemplatesSidecarsReadinessProbeHttpGetHttpHeaders[];
    readonly path?: string;
    readonly port: WorkflowTemplateSpecTemplatesSidecarsReadinessProbeHttpGetPort;
    readonly scheme?: string;
}
export interface WorkflowTemplateSpecTemplatesSidecarsReadinessProbeTcpSocket {
    readonly host?: string;
    readonly port: WorkflowTemplateSpecTemplatesSidecarsReadinessProbeTcpSocketPort;
}
export interface WorkflowTemplateSpecTemplatesSidecarsResourcesClaims {
    readonly name: string;
    readonly request?: string;
}
export declare class WorkflowTemplateSpecTemplatesSidecarsResourcesLimits {
    readonly value: number | string;
    static fromNumber(value: number): WorkflowTemplateSpecTemplatesSidecarsResourcesLimits;
    static fromString(value: string): WorkflowTemplateSpecTemplatesSidecarsResourcesLimits;
    private constructor();
}
export declare class WorkflowTemplateSpecTemplatesSidecarsResourcesRequests {
    readonly value: number | string;
    static fromNumber(value: number): WorkflowTemplateSpecTemplatesSidecarsResourcesRequests;
    static fromString(value: string): WorkflowTemplateSpecTemplatesSidecarsResourcesRequests;
    private constructor();
}
export interface WorkflowTemplateSpecTemplatesSidecarsRestartPolicyRulesExitCodes {
    readonly operator: string;
    readonly values?: number[];
}
export interface WorkflowTemplateSpecTemplatesSidecarsSecurityContextAppArmorProfile {
    readonly localhostProfile?: string;
    readonly type: string;
}
export interface WorkflowTemplateSpecTemplatesSidecarsSecurityContextCapabilities {
    readonly add?: string[];
    readonly drop?: string[];
}
export interface WorkflowTemplateSpecTemplatesSidecarsSecurityContextSeLinuxOptions {
    readonly level?: string;
    readonly role?: string;
    readonly type?: string;
    readonly user?: string;
}
export interface WorkflowTemplateSpecTemplatesSidecarsSecurityContextSeccompProfile {
    readonly localhostProfile?: string;
    readonly type: string;
}
export interface WorkflowTemplateSpecTemplatesSidecarsSecurityContextWindowsOptions {
    readonly gmsaCredentialSpec?: string;
    readonly gmsaCredentialSpecName?: string;
    readonly hostProcess?: boolean;
    readonly runAsUserName?: string;
}
export interface WorkflowTemplateSpecTemplatesSidecarsStartupProbeExec {
    readonly command?: string[];
}
export interface WorkflowTemplateSpecTemplatesSidecarsStartupProbeGrpc {
    readonly port: number;
    readonly service?: string;
}
export interface WorkflowTemplateSpecTemplatesSidecarsStartupProbeHttpGet {
    readonly host?: string;
    readonly httpHeaders?: WorkflowTemplateSpecTemplatesSidecarsStartupProbeHttpGetHttpHeaders[];
    readonly path?: string;
    readonly port: WorkflowTemplateSpecTemplatesSidecarsStartupProbeHttpGetPort;
    readonly scheme?: string;
}
export interface WorkflowTemplateSpecTemplatesSidecarsStartupProbeTcpSocket {
    readonly host?: string;
    readonly port: WorkflowTemplateSpecTemplatesSidecarsStartupProbeTcpSocketPort;
}
export interface WorkflowTemplateSpecTemplatesStepsArgumentsArtifacts {
    readonly archive?: WorkflowTemplateSpecTemplatesStepsArgumentsArtifactsArchive;
    readonly archiveLogs?: boolean;
    readonly artifactGc?: WorkflowTemplateSpecTemplatesStepsArgumentsArtifactsArtifactGc;
    readonly artifactory?: WorkflowTemplateSpecTemplatesStepsArgumentsArtifactsArtifactory;
    readonly azure?: WorkflowTemplateSpecTemplatesStepsArgumentsArtifactsAzure;
    readonly deleted?: boolean;
    readonly from?: string;
    readonly fromExpression?: string;
    readonly gcs?: WorkflowTemplateSpecTemplatesStepsArgumentsArtifactsGcs;
    readonly git?: WorkflowTemplateSpecTemplatesStepsArgumentsArtifactsGit;
    readonly globalName?: string;
    readonly hdfs?: WorkflowTemplateSpecTemplatesStepsArgumentsArtifactsHdfs;
    readonly http?: WorkflowTemplateSpecTemplatesStepsArgumentsArtifactsHttp;
    readonly mode?: number;
    readonly name: string;
    readonly optional?: boolean;
    readonly oss?: WorkflowTemplateSpecTemplatesStepsArgumentsArtifactsOss;
    readonly path?: string;
    readonly plugin?: WorkflowTemplateSpecTemplatesStepsArgumentsArtifactsPlugin;
    readonly raw?: WorkflowTemplateSpecTemplatesStepsArgumentsArtifactsRaw;
    readonly recurseMode?: boolean;
    readonly s3?: WorkflowTemplateSpecTemplatesStepsArgumentsArtifactsS3;
    readonly subPath?: string;
}
export interface WorkflowTemplateSpecTemplatesStepsArgumentsParameters {
    readonly default?: string;
    readonly description?: string;
    readonly enum?: string[];
    readonly globalName?: string;
    readonly name: string;
    readonly value?: string;
    readonly valueFrom?: WorkflowTemplateSpecTemplatesStepsArgumentsParametersValueFrom;
}
export interface WorkflowTemplateSpecTemplatesStepsHooksArguments {
    readonly artifacts?: WorkflowTemplateSpecTemplatesStepsHooksArgumentsArtifacts[];
    readonly parameters?: WorkflowTemplateSpecTemplatesStepsHooksArgumentsParameters[];
}
export interface WorkflowTemplateSpecTemplatesStepsHooksTemplateRef {
    readonly clusterScope?: boolean;
    readonly name?: string;
    readonly template?: string;
}
export declare class WorkflowTemplateSpecTemplatesStepsWithSequenceCount {
    readonly value: number | string;
    static fromNumber(value: number): WorkflowTemplateSpecTemplatesStepsWithSequenceCount;
    static fromString(value: string): WorkflowTemplateSpecTemplatesStepsWithSequenceCount;
    private constructor();
}
export declare class WorkflowTemplateSpecTemplatesStepsWithSequenceEnd {
    readonly value: number | string;
    static fromNumber(value: number): WorkflowTemplateSpecTemplatesStepsWithSequenceEnd;
    static fromString(value: string): WorkflowTemplateSpecTemplatesStepsWithSequenceEnd;
    private constructor();
}
export declare class WorkflowTemplateSpecTemplatesStepsWithSequenceStart {
    readonly value: number | string;
    static fromNumber(value: number): WorkflowTemplateSpecTemplatesStepsWithSequenceStart;
    static fromString(value: string): WorkflowTemplateSpecTemplatesStepsWithSequenceStart;
    private constructor();
}
export interface WorkflowTemplateSpecTemplatesSynchronizationSemaphoresConfigMapKeyRef {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplatesSynchronizationSemaphoresDatabase {
    readonly key: string;
}
export interface WorkflowTemplateSpecTemplatesVolumesCephfsSecretRef {
    readonly name?: string;
}
export interface WorkflowTemplateSpecTemplatesVolumesCinderSecretRef {
    readonly name?: string;
}
export interface WorkflowTemplateSpecTemplatesVolumesConfigMapItems {
    readonly key: string;
    readonly mode?: number;
    readonly path: string;
}
export interface WorkflowTemplateSpecTemplatesVolumesCsiNodePublishSecretRef {
    readonly name?: string;
}
export interface WorkflowTemplateSpecTemplatesVolumesDownwardApiItems {
    readonly fieldRef?: WorkflowTemplateSpecTemplatesVolumesDownwardApiItemsFieldRef;
    readonly mode?: number;
    readonly path: string;
    readonly resourceFieldRef?: WorkflowTemplateSpecTemplatesVolumesDownwardApiItemsResourceFieldRef;
}
export declare class WorkflowTemplateSpecTemplatesVolumesEmptyDirSizeLimit {
    readonly value: number | string;
    static fromNumber(value: number): WorkflowTemplateSpecTemplatesVolumesEmptyDirSizeLimit;
    static fromString(value: string): WorkflowTemplateSpecTemplatesVolumesEmptyDirSizeLimit;
    private constructor();
}
export interface WorkflowTemplateSpecTemplatesVolumesEphemeralVolumeClaimTemplate {
    readonly metadata?: WorkflowTemplateSpecTemplatesVolumesEphemeralVolumeClaimTemplateMetadata;
    readonly spec: WorkflowTemplateSpecTemplatesVolumesEphemeralVolumeClaimTemplateSpec;
}
export interface WorkflowTemplateSpecTemplatesVolumesFlexVolumeSecretRef {
    readonly name?: string;
}
export interface WorkflowTemplateSpecTemplatesVolumesIscsiSecretRef {
    readonly name?: string;
}
export interface WorkflowTemplateSpecTemplatesVolumesProjectedSources {
    readonly clusterTrustBundle?: WorkflowTemplateSpecTemplatesVolumesProjectedSourcesClusterTrustBundle;
    readonly configMap?: WorkflowTemplateSpecTemplatesVolumesProjectedSourcesConfigMap;
    readonly downwardApi?: WorkflowTemplateSpecTemplatesVolumesProjectedSourcesDownwardApi;
    readonly podCertificate?: WorkflowTemplateSpecTemplatesVolumesProjectedSourcesPodCertificate;
    readonly secret?: WorkflowTemplateSpecTemplatesVolumesProjectedSourcesSecret;
    readonly serviceAccountToken?: WorkflowTemplateSpecTemplatesVolumesProjectedSourcesServiceAccountToken;
}
export interface WorkflowTemplateSpecTemplatesVolumesRbdSecretRef {
    readonly name?: string;
}
export interface WorkflowTemplateSpecTemplatesVolumesScaleIoSecretRef {
    readonly name?: string;
}
export interface WorkflowTemplateSpecTemplatesVolumesSecretItems {
    readonly key: string;
    readonly mode?: number;
    readonly path: string;
}
export interface WorkflowTemplateSpecTemplatesVolumesStorageosSecretRef {
    readonly name?: string;
}
export declare class WorkflowTemplateSpecVolumeClaimTemplatesSpecResourcesLimits {
    readonly value: number | string;
    static fromNumber(value: number): WorkflowTemplateSpecVolumeClaimTemplatesSpecResourcesLimits;
    static fromString(value: string): WorkflowTemplateSpecVolumeClaimTemplatesSpecResourcesLimits;
    private constructor();
}
export declare class WorkflowTemplateSpecVolumeClaimTemplatesSpecResourcesRequests {
    readonly value: number | string;
    static fromNumber(value: number): WorkflowTemplateSpecVolumeClaimTemplatesSpecResourcesRequests;
    static fromString(value: string): WorkflowTemplateSpecVolumeClaimTemplatesSpecResourcesRequests;
    private constructor();
}
export interface WorkflowTemplateSpecVolumeClaimTemplatesSpecSelectorMatchExpressions {
    readonly key: string;
    readonly operator: string;
    readonly values?: string[];
}
export interface WorkflowTemplateSpecVolumesDownwardApiItemsFieldRef {
    readonly apiVersion?: string;
    readonly fieldPath: string;
}
export interface WorkflowTemplateSpecVolumesDownwardApiItemsResourceFieldRef {
    readonly containerName?: string;
    readonly divisor?: WorkflowTemplateSpecVolumesDownwardApiItemsResourceFieldRefDivisor;
    readonly resource: string;
}
export interface WorkflowTemplateSpecVolumesEphemeralVolumeClaimTemplateMetadata {
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
export interface WorkflowTemplateSpecVolumesEphemeralVolumeClaimTemplateSpec {
    readonly accessModes?: string[];
    readonly dataSource?: WorkflowTemplateSpecVolumesEphemeralVolumeClaimTemplateSpecDataSource;
    readonly dataSourceRef?: WorkflowTemplateSpecVolumesEphemeralVolumeClaimTemplateSpecDataSourceRef;
    readonly resources?: WorkflowTemplateSpecVolumesEphemeralVolumeClaimTemplateSpecResources;
    readonly selector?: WorkflowTemplateSpecVolumesEphemeralVolumeClaimTemplateSpecSelector;
    readonly storageClassName?: string;
    readonly volumeAttributesClassName?: string;
    readonly volumeMode?: string;
    readonly volumeName?: string;
}
export interface WorkflowTemplateSpecVolumesProjectedSourcesClusterTrustBundle {
    readonly labelSelector?: WorkflowTemplateSpecVolumesProjectedSourcesClusterTrustBundleLabelSelector;
    readonly name?: string;
    readonly optional?: boolean;
    readonly path: string;
    readonly signerName?: string;
}
export interface WorkflowTemplateSpecVolumesProjectedSourcesConfigMap {
    readonly items?: WorkflowTemplateSpecVolumesProjectedSourcesConfigMapItems[];
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecVolumesProjectedSourcesDownwardApi {
    readonly items?: WorkflowTemplateSpecVolumesProjectedSourcesDownwardApiItems[];
}
export interface WorkflowTemplateSpecVolumesProjectedSourcesPodCertificate {
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
export interface WorkflowTemplateSpecVolumesProjectedSourcesSecret {
    readonly items?: WorkflowTemplateSpecVolumesProjectedSourcesSecretItems[];
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecVolumesProjectedSourcesServiceAccountToken {
    readonly audience?: string;
    readonly expirationSeconds?: number;
    readonly path: string;
}
export interface WorkflowTemplateSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions {
    readonly key: string;
    readonly operator: string;
    readonly values?: string[];
}
export interface WorkflowTemplateSpecAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields {
    readonly key: string;
    readonly operator: string;
    readonly values?: string[];
}
export interface WorkflowTemplateSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions {
    readonly key: string;
    readonly operator: string;
    readonly values?: string[];
}
export interface WorkflowTemplateSpecAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields {
    readonly key: string;
    readonly operator: string;
    readonly values?: string[];
}
export interface WorkflowTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector {
    readonly matchExpressions?: WorkflowTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions[];
    readonly matchLabels?: {
        [key: string]: string;
    };
}
export interface WorkflowTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector {
    readonly matchExpressions?: WorkflowTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions[];
    readonly matchLabels?: {
        [key: string]: string;
    };
}
export interface WorkflowTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions {
    readonly key: string;
    readonly operator: string;
    readonly values?: string[];
}
export interface WorkflowTemplateSpecAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions {
    readonly key: string;
    readonly operator: string;
    readonly values?: string[];
}
export interface WorkflowTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector {
    readonly matchExpressions?: WorkflowTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions[];
    readonly matchLabels?: {
        [key: string]: string;
    };
}
export interface WorkflowTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector {
    readonly matchExpressions?: WorkflowTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions[];
    readonly matchLabels?: {
        [key: string]: string;
    };
}
export interface WorkflowTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions {
    readonly key: string;
    readonly operator: string;
    readonly values?: string[];
}
export interface WorkflowTemplateSpecAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions {
    readonly key: string;
    readonly operator: string;
    readonly values?: string[];
}
export interface WorkflowTemplateSpecArgumentsArtifactsHttpAuthBasicAuth {
    readonly passwordSecret?: WorkflowTemplateSpecArgumentsArtifactsHttpAuthBasicAuthPasswordSecret;
    readonly usernameSecret?: WorkflowTemplateSpecArgumentsArtifactsHttpAuthBasicAuthUsernameSecret;
}
export interface WorkflowTemplateSpecArgumentsArtifactsHttpAuthClientCert {
    readonly clientCertSecret?: WorkflowTemplateSpecArgumentsArtifactsHttpAuthClientCertClientCertSecret;
    readonly clientKeySecret?: WorkflowTemplateSpecArgumentsArtifactsHttpAuthClientCertClientKeySecret;
}
export interface WorkflowTemplateSpecArgumentsArtifactsHttpAuthOauth2 {
    readonly clientIdSecret?: WorkflowTemplateSpecArgumentsArtifactsHttpAuthOauth2ClientIdSecret;
    readonly clientSecretSecret?: WorkflowTemplateSpecArgumentsArtifactsHttpAuthOauth2ClientSecretSecret;
    readonly endpointParams?: WorkflowTemplateSpecArgumentsArtifactsHttpAuthOauth2EndpointParams[];
    readonly scopes?: string[];
    readonly tokenUrlSecret?: WorkflowTemplateSpecArgumentsArtifactsHttpAuthOauth2TokenUrlSecret;
}
export interface WorkflowTemplateSpecArgumentsArtifactsS3EncryptionOptionsServerSideCustomerKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecExecutorPluginsSpecSidecarContainerEnv {
    readonly name: string;
    readonly value?: string;
    readonly valueFrom?: WorkflowTemplateSpecExecutorPluginsSpecSidecarContainerEnvValueFrom;
}
export interface WorkflowTemplateSpecExecutorPluginsSpecSidecarContainerEnvFrom {
    readonly configMapRef?: WorkflowTemplateSpecExecutorPluginsSpecSidecarContainerEnvFromConfigMapRef;
    readonly prefix?: string;
    readonly secretRef?: WorkflowTemplateSpecExecutorPluginsSpecSidecarContainerEnvFromSecretRef;
}
export interface WorkflowTemplateSpecExecutorPluginsSpecSidecarContainerLifecycle {
    readonly postStart?: WorkflowTemplateSpecExecutorPluginsSpecSidecarContainerLifecyclePostStart;
    readonly preStop?: WorkflowTemplateSpecExecutorPluginsSpecSidecarContainerLifecyclePreStop;
    readonly stopSignal?: string;
}
export interface WorkflowTemplateSpecExecutorPluginsSpecSidecarContainerLivenessProbe {
    readonly exec?: WorkflowTemplateSpecExecutorPluginsSpecSidecarContainerLivenessProbeExec;
    readonly failureThreshold?: number;
    readonly grpc?: WorkflowTemplateSpecExecutorPluginsSpecSidecarContainerLivenessProbeGrpc;
    readonly httpGet?: WorkflowTemplateSpecExecutorPluginsSpecSidecarContainerLivenessProbeHttpGet;
    readonly initialDelaySeconds?: number;
    readonly periodSeconds?: number;
    readonly successThreshold?: number;
    readonly tcpSocket?: WorkflowTemplateSpecExecutorPluginsSpecSidecarContainerLivenessProbeTcpSocket;
    readonly terminationGracePeriodSeconds?: number;
    readonly timeoutSeconds?: number;
}
export interface WorkflowTemplateSpecExecutorPluginsSpecSidecarContainerPorts {
    readonly containerPort: number;
    readonly hostIp?: string;
    readonly hostPort?: number;
    readonly name?: string;
    readonly protocol?: string;
}
export interface WorkflowTemplateSpecExecutorPluginsSpecSidecarContainerReadinessProbe {
    readonly exec?: WorkflowTemplateSpecExecutorPluginsSpecSidecarContainerReadinessProbeExec;
    readonly failureThreshold?: number;
    readonly grpc?: WorkflowTemplateSpecExecutorPluginsSpecSidecarContainerReadinessProbeGrpc;
    readonly httpGet?: WorkflowTemplateSpecExecutorPluginsSpecSidecarContainerReadinessProbeHttpGet;
    readonly initialDelaySeconds?: number;
    readonly periodSeconds?: number;
    readonly successThreshold?: number;
    readonly tcpSocket?: WorkflowTemplateSpecExecutorPluginsSpecSidecarContainerReadinessProbeTcpSocket;
    readonly terminationGracePeriodSeconds?: number;
    readonly timeoutSeconds?: number;
}
export interface WorkflowTemplateSpecExecutorPluginsSpecSidecarContainerResizePolicy {
    readonly resourceName: string;
    readonly restartPolicy: string;
}
export interface WorkflowTemplateSpecExecutorPluginsSpecSidecarContainerResources {
    readonly claims?: WorkflowTemplateSpecExecutorPluginsSpecSidecarContainerResourcesClaims[];
    readonly limits?: {
        [key: string]: WorkflowTemplateSpecExecutorPluginsSpecSidecarContainerResourcesLimits;
    };
    readonly requests?: {
        [key: string]: WorkflowTemplateSpecExecutorPluginsSpecSidecarContainerResourcesRequests;
    };
}
export interface WorkflowTemplateSpecExecutorPluginsSpecSidecarContainerRestartPolicyRules {
    readonly action: string;
    readonly exitCodes?: WorkflowTemplateSpecExecutorPluginsSpecSidecarContainerRestartPolicyRulesExitCodes;
}
export interface WorkflowTemplateSpecExecutorPluginsSpecSidecarContainerSecurityContext {
    readonly allowPrivilegeEscalation?: boolean;
    readonly appArmorProfile?: WorkflowTemplateSpecExecutorPluginsSpecSidecarContainerSecurityContextAppArmorProfile;
    readonly capabilities?: WorkflowTemplateSpecExecutorPluginsSpecSidecarContainerSecurityContextCapabilities;
    readonly privileged?: boolean;
    readonly procMount?: string;
    readonly readOnlyRootFilesystem?: boolean;
    readonly runAsGroup?: number;
    readonly runAsNonRoot?: boolean;
    readonly runAsUser?: number;
    readonly seLinuxOptions?: WorkflowTemplateSpecExecutorPluginsSpecSidecarContainerSecurityContextSeLinuxOptions;
    readonly seccompProfile?: WorkflowTemplateSpecExecutorPluginsSpecSidecarContainerSecurityContextSeccompProfile;
    readonly windowsOptions?: WorkflowTemplateSpecExecutorPluginsSpecSidecarContainerSecurityContextWindowsOptions;
}
export interface WorkflowTemplateSpecExecutorPluginsSpecSidecarContainerStartupProbe {
    readonly exec?: WorkflowTemplateSpecExecutorPluginsSpecSidecarContainerStartupProbeExec;
    readonly failureThreshold?: number;
    readonly grpc?: WorkflowTemplateSpecExecutorPluginsSpecSidecarContainerStartupProbeGrpc;
    readonly httpGet?: WorkflowTemplateSpecExecutorPluginsSpecSidecarContainerStartupProbeHttpGet;
    readonly initialDelaySeconds?: number;
    readonly periodSeconds?: number;
    readonly successThreshold?: number;
    readonly tcpSocket?: WorkflowTemplateSpecExecutorPluginsSpecSidecarContainerStartupProbeTcpSocket;
    readonly terminationGracePeriodSeconds?: number;
    readonly timeoutSeconds?: number;
}
export interface WorkflowTemplateSpecExecutorPluginsSpecSidecarContainerVolumeDevices {
    readonly devicePath: string;
    readonly name: string;
}
export interface WorkflowTemplateSpecExecutorPluginsSpecSidecarContainerVolumeMounts {
    readonly mountPath: string;
    readonly mountPropagation?: string;
    readonly name: string;
    readonly readOnly?: boolean;
    readonly recursiveReadOnly?: string;
    readonly subPath?: string;
    readonly subPathExpr?: string;
}
export interface WorkflowTemplateSpecHooksArgumentsArtifactsArchiveTar {
    readonly compressionLevel?: number;
}
export interface WorkflowTemplateSpecHooksArgumentsArtifactsArtifactGcPodMetadata {
    readonly annotations?: {
        [key: string]: string;
    };
    readonly labels?: {
        [key: string]: string;
    };
}
export declare enum WorkflowTemplateSpecHooksArgumentsArtifactsArtifactGcStrategy {
    ON_WORKFLOW_COMPLETION = "OnWorkflowCompletion",
    ON_WORKFLOW_DELETION = "OnWorkflowDeletion",
    NEVER = "Never"
}
export interface WorkflowTemplateSpecHooksArgumentsArtifactsArtifactoryPasswordSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecHooksArgumentsArtifactsArtifactoryUsernameSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecHooksArgumentsArtifactsAzureAccountKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecHooksArgumentsArtifactsGcsServiceAccountKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecHooksArgumentsArtifactsGitPasswordSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecHooksArgumentsArtifactsGitSshPrivateKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecHooksArgumentsArtifactsGitUsernameSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecHooksArgumentsArtifactsHdfsKrbCCacheSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecHooksArgumentsArtifactsHdfsKrbConfigConfigMap {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecHooksArgumentsArtifactsHdfsKrbKeytabSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecHooksArgumentsArtifactsHttpAuth {
    readonly basicAuth?: WorkflowTemplateSpecHooksArgumentsArtifactsHttpAuthBasicAuth;
    readonly clientCert?: WorkflowTemplateSpecHooksArgumentsArtifactsHttpAuthClientCert;
    readonly oauth2?: WorkflowTemplateSpecHooksArgumentsArtifactsHttpAuthOauth2;
}
export interface WorkflowTemplateSpecHooksArgumentsArtifactsHttpHeaders {
    readonly name: string;
    readonly value: string;
}
export interface WorkflowTemplateSpecHooksArgumentsArtifactsOssAccessKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecHooksArgumentsArtifactsOssLifecycleRule {
    readonly markDeletionAfterDays?: number;
    readonly markInfrequentAccessAfterDays?: number;
}
export interface WorkflowTemplateSpecHooksArgumentsArtifactsOssSecretKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecHooksArgumentsArtifactsS3AccessKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export declare enum WorkflowTemplateSpecHooksArgumentsArtifactsS3AddressingStyle {
    PATH = "path",
    VIRTUAL_HYPHEN_HOSTED = "virtual-hosted"
}
export interface WorkflowTemplateSpecHooksArgumentsArtifactsS3CaSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecHooksArgumentsArtifactsS3CreateBucketIfNotPresent {
    readonly objectLocking?: boolean;
}
export interface WorkflowTemplateSpecHooksArgumentsArtifactsS3EncryptionOptions {
    readonly enableEncryption?: boolean;
    readonly kmsEncryptionContext?: string;
    readonly kmsKeyId?: string;
    readonly serverSideCustomerKeySecret?: WorkflowTemplateSpecHooksArgumentsArtifactsS3EncryptionOptionsServerSideCustomerKeySecret;
}
export interface WorkflowTemplateSpecHooksArgumentsArtifactsS3SecretKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecHooksArgumentsArtifactsS3SessionTokenSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecHooksArgumentsParametersValueFromConfigMapKeyRef {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplateDefaultsAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference {
    readonly matchExpressions?: WorkflowTemplateSpecTemplateDefaultsAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions[];
    readonly matchFields?: WorkflowTemplateSpecTemplateDefaultsAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields[];
}
export interface WorkflowTemplateSpecTemplateDefaultsAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms {
    readonly matchExpressions?: WorkflowTemplateSpecTemplateDefaultsAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions[];
    readonly matchFields?: WorkflowTemplateSpecTemplateDefaultsAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields[];
}
export interface WorkflowTemplateSpecTemplateDefaultsAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm {
    readonly labelSelector?: WorkflowTemplateSpecTemplateDefaultsAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector;
    readonly matchLabelKeys?: string[];
    readonly mismatchLabelKeys?: string[];
    readonly namespaceSelector?: WorkflowTemplateSpecTemplateDefaultsAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector;
    readonly namespaces?: string[];
    readonly topologyKey: string;
}
export interface WorkflowTemplateSpecTemplateDefaultsAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector {
    readonly matchExpressions?: WorkflowTemplateSpecTemplateDefaultsAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions[];
    readonly matchLabels?: {
        [key: string]: string;
    };
}
export interface WorkflowTemplateSpecTemplateDefaultsAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector {
    readonly matchExpressions?: WorkflowTemplateSpecTemplateDefaultsAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions[];
    readonly matchLabels?: {
        [key: string]: string;
    };
}
export interface WorkflowTemplateSpecTemplateDefaultsAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm {
    readonly labelSelector?: WorkflowTemplateSpecTemplateDefaultsAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector;
    readonly matchLabelKeys?: string[];
    readonly mismatchLabelKeys?: string[];
    readonly namespaceSelector?: WorkflowTemplateSpecTemplateDefaultsAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector;
    readonly namespaces?: string[];
    readonly topologyKey: string;
}
export interface WorkflowTemplateSpecTemplateDefaultsAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector {
    readonly matchExpressions?: WorkflowTemplateSpecTemplateDefaultsAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions[];
    readonly matchLabels?: {
        [key: string]: string;
    };
}
export interface WorkflowTemplateSpecTemplateDefaultsAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector {
    readonly matchExpressions?: WorkflowTemplateSpecTemplateDefaultsAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions[];
    readonly matchLabels?: {
        [key: string]: string;
    };
}
export interface WorkflowTemplateSpecTemplateDefaultsArchiveLocationHttpAuthBasicAuth {
    readonly passwordSecret?: WorkflowTemplateSpecTemplateDefaultsArchiveLocationHttpAuthBasicAuthPasswordSecret;
    readonly usernameSecret?: WorkflowTemplateSpecTemplateDefaultsArchiveLocationHttpAuthBasicAuthUsernameSecret;
}
export interface WorkflowTemplateSpecTemplateDefaultsArchiveLocationHttpAuthClientCert {
    readonly clientCertSecret?: WorkflowTemplateSpecTemplateDefaultsArchiveLocationHttpAuthClientCertClientCertSecret;
    readonly clientKeySecret?: WorkflowTemplateSpecTemplateDefaultsArchiveLocationHttpAuthClientCertClientKeySecret;
}
export interface WorkflowTemplateSpecTemplateDefaultsArchiveLocationHttpAuthOauth2 {
    readonly clientIdSecret?: WorkflowTemplateSpecTemplateDefaultsArchiveLocationHttpAuthOauth2ClientIdSecret;
    readonly clientSecretSecret?: WorkflowTemplateSpecTemplateDefaultsArchiveLocationHttpAuthOauth2ClientSecretSecret;
    readonly endpointParams?: WorkflowTemplateSpecTemplateDefaultsArchiveLocationHttpAuthOauth2EndpointParams[];
    readonly scopes?: string[];
    readonly tokenUrlSecret?: WorkflowTemplateSpecTemplateDefaultsArchiveLocationHttpAuthOauth2TokenUrlSecret;
}
export interface WorkflowTemplateSpecTemplateDefaultsArchiveLocationS3EncryptionOptionsServerSideCustomerKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplateDefaultsContainerEnvValueFromConfigMapKeyRef {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplateDefaultsContainerEnvValueFromFieldRef {
    readonly apiVersion?: string;
    readonly fieldPath: string;
}
export interface WorkflowTemplateSpecTemplateDefaultsContainerEnvValueFromFileKeyRef {
    readonly key: string;
    readonly optional?: boolean;
    readonly path: string;
    readonly volumeName: string;
}
export interface WorkflowTemplateSpecTemplateDefaultsContainerEnvValueFromResourceFieldRef {
    readonly containerName?: string;
    readonly divisor?: WorkflowTemplateSpecTemplateDefaultsContainerEnvValueFromResourceFieldRefDivisor;
    readonly resource: string;
}
export interface WorkflowTemplateSpecTemplateDefaultsContainerEnvValueFromSecretKeyRef {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplateDefaultsContainerLifecyclePostStartExec {
    readonly command?: string[];
}
export interface WorkflowTemplateSpecTemplateDefaultsContainerLifecyclePostStartHttpGet {
    readonly host?: string;
    readonly httpHeaders?: WorkflowTemplateSpecTemplateDefaultsContainerLifecyclePostStartHttpGetHttpHeaders[];
    readonly path?: string;
    readonly port: WorkflowTemplateSpecTemplateDefaultsContainerLifecyclePostStartHttpGetPort;
    readonly scheme?: string;
}
export interface WorkflowTemplateSpecTemplateDefaultsContainerLifecyclePostStartSleep {
    readonly seconds: number;
}
export interface WorkflowTemplateSpecTemplateDefaultsContainerLifecyclePostStartTcpSocket {
    readonly host?: string;
    readonly port: WorkflowTemplateSpecTemplateDefaultsContainerLifecyclePostStartTcpSocketPort;
}
export interface WorkflowTemplateSpecTemplateDefaultsContainerLifecyclePreStopExec {
    readonly command?: string[];
}
export interface WorkflowTemplateSpecTemplateDefaultsContainerLifecyclePreStopHttpGet {
    readonly host?: string;
    readonly httpHeaders?: WorkflowTemplateSpecTemplateDefaultsContainerLifecyclePreStopHttpGetHttpHeaders[];
    readonly path?: string;
    readonly port: WorkflowTemplateSpecTemplateDefaultsContainerLifecyclePreStopHttpGetPort;
    readonly scheme?: string;
}
export interface WorkflowTemplateSpecTemplateDefaultsContainerLifecyclePreStopSleep {
    readonly seconds: number;
}
export interface WorkflowTemplateSpecTemplateDefaultsContainerLifecyclePreStopTcpSocket {
    readonly host?: string;
    readonly port: WorkflowTemplateSpecTemplateDefaultsContainerLifecyclePreStopTcpSocketPort;
}
export interface WorkflowTemplateSpecTemplateDefaultsContainerLivenessProbeHttpGetHttpHeaders {
    readonly name: string;
    readonly value: string;
}
export declare class WorkflowTemplateSpecTemplateDefaultsContainerLivenessProbeHttpGetPort {
    readonly value: number | string;
    static fromNumber(value: number): WorkflowTemplateSpecTemplateDefaultsContainerLivenessProbeHttpGetPort;
    static fromString(value: string): WorkflowTemplateSpecTemplateDefaultsContainerLivenessProbeHttpGetPort;
    private constructor();
}
export declare class WorkflowTemplateSpecTemplateDefaultsContainerLivenessProbeTcpSocketPort {
    readonly value: number | string;
    static fromNumber(value: number): WorkflowTemplateSpecTemplateDefaultsContainerLivenessProbeTcpSocketPort;
    static fromString(value: string): WorkflowTemplateSpecTemplateDefaultsContainerLivenessProbeTcpSocketPort;
    private constructor();
}
export interface WorkflowTemplateSpecTemplateDefaultsContainerReadinessProbeHttpGetHttpHeaders {
    readonly name: string;
    readonly value: string;
}
export declare class WorkflowTemplateSpecTemplateDefaultsContainerReadinessProbeHttpGetPort {
    readonly value: number | string;
    static fromNumber(value: number): WorkflowTemplateSpecTemplateDefaultsContainerReadinessProbeHttpGetPort;
    static fromString(value: string): WorkflowTemplateSpecTemplateDefaultsContainerReadinessProbeHttpGetPort;
    private constructor();
}
export declare class WorkflowTemplateSpecTemplateDefaultsContainerReadinessProbeTcpSocketPort {
    readonly value: number | string;
    static fromNumber(value: number): WorkflowTemplateSpecTemplateDefaultsContainerReadinessProbeTcpSocketPort;
    static fromString(value: string): WorkflowTemplateSpecTemplateDefaultsContainerReadinessProbeTcpSocketPort;
    private constructor();
}
export interface WorkflowTemplateSpecTemplateDefaultsContainerStartupProbeHttpGetHttpHeaders {
    readonly name: string;
    readonly value: string;
}
export declare class WorkflowTemplateSpecTemplateDefaultsContainerStartupProbeHttpGetPort {
    readonly value: number | string;
    static fromNumber(value: number): WorkflowTemplateSpecTemplateDefaultsContainerStartupProbeHttpGetPort;
    static fromString(value: string): WorkflowTemplateSpecTemplateDefaultsContainerStartupProbeHttpGetPort;
    private constructor();
}
export declare class WorkflowTemplateSpecTemplateDefaultsContainerStartupProbeTcpSocketPort {
    readonly value: number | string;
    static fromNumber(value: number): WorkflowTemplateSpecTemplateDefaultsContainerStartupProbeTcpSocketPort;
    static fromString(value: string): WorkflowTemplateSpecTemplateDefaultsContainerStartupProbeTcpSocketPort;
    private constructor();
}
export interface WorkflowTemplateSpecTemplateDefaultsContainerSetContainersEnvValueFrom {
    readonly configMapKeyRef?: WorkflowTemplateSpecTemplateDefaultsContainerSetContainersEnvValueFromConfigMapKeyRef;
    readonly fieldRef?: WorkflowTemplateSpecTemplateDefaultsContainerSetContainersEnvValueFromFieldRef;
    readonly fileKeyRef?: WorkflowTemplateSpecTemplateDefaultsContainerSetContainersEnvValueFromFileKeyRef;
    readonly resourceFieldRef?: WorkflowTemplateSpecTemplateDefaultsContainerSetContainersEnvValueFromResourceFieldRef;
    readonly secretKeyRef?: WorkflowTemplateSpecTemplateDefaultsContainerSetContainersEnvValueFromSecretKeyRef;
}
export interface WorkflowTemplateSpecTemplateDefaultsContainerSetContainersEnvFromConfigMapRef {
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplateDefaultsContainerSetContainersEnvFromSecretRef {
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplateDefaultsContainerSetContainersLifecyclePostStart {
    readonly exec?: WorkflowTemplateSpecTemplateDefaultsContainerSetContainersLifecyclePostStartExec;
    readonly httpGet?: WorkflowTemplateSpecTemplateDefaultsContainerSetContainersLifecyclePostStartHttpGet;
    readonly sleep?: WorkflowTemplateSpecTemplateDefaultsContainerSetContainersLifecyclePostStartSleep;
    readonly tcpSocket?: WorkflowTemplateSpecTemplateDefaultsContainerSetContainersLifecyclePostStartTcpSocket;
}
export interface WorkflowTemplateSpecTemplateDefaultsContainerSetContainersLifecyclePreStop {
    readonly exec?: WorkflowTemplateSpecTemplateDefaultsContainerSetContainersLifecyclePreStopExec;
    readonly httpGet?: WorkflowTemplateSpecTemplateDefaultsContainerSetContainersLifecyclePreStopHttpGet;
    readonly sleep?: WorkflowTemplateSpecTemplateDefaultsContainerSetContainersLifecyclePreStopSleep;
    readonly tcpSocket?: WorkflowTemplateSpecTemplateDefaultsContainerSetContainersLifecyclePreStopTcpSocket;
}
export interface WorkflowTemplateSpecTemplateDefaultsContainerSetContainersLivenessProbeExec {
    readonly command?: string[];
}
export interface WorkflowTemplateSpecTemplateDefaultsContainerSetContainersLivenessProbeGrpc {
    readonly port: number;
    readonly service?: string;
}
export interface WorkflowTemplateSpecTemplateDefaultsContainerSetContainersLivenessProbeHttpGet {
    readonly host?: string;
    readonly httpHeaders?: WorkflowTemplateSpecTemplateDefaultsContainerSetContainersLivenessProbeHttpGetHttpHeaders[];
    readonly path?: string;
    readonly port: WorkflowTemplateSpecTemplateDefaultsContainerSetContainersLivenessProbeHttpGetPort;
    readonly scheme?: string;
}
export interface WorkflowTemplateSpecTemplateDefaultsContainerSetContainersLivenessProbeTcpSocket {
    readonly host?: string;
    readonly port: WorkflowTemplateSpecTemplateDefaultsContainerSetContainersLivenessProbeTcpSocketPort;
}
export interface WorkflowTemplateSpecTemplateDefaultsContainerSetContainersReadinessProbeExec {
    readonly command?: string[];
}
export interface WorkflowTemplateSpecTemplateDefaultsContainerSetContainersReadinessProbeGrpc {
    readonly port: number;
    readonly service?: string;
}
export interface WorkflowTemplateSpecTemplateDefaultsContainerSetContainersReadinessProbeHttpGet {
    readonly host?: string;
    readonly httpHeaders?: WorkflowTemplateSpecTemplateDefaultsContainerSetContainersReadinessProbeHttpGetHttpHeaders[];
    readonly path?: string;
    readonly port: WorkflowTemplateSpecTemplateDefaultsContainerSetContainersReadinessProbeHttpGetPort;
    readonly scheme?: string;
}
export interface WorkflowTemplateSpecTemplateDefaultsContainerSetContainersReadinessProbeTcpSocket {
    readonly host?: string;
    readonly port: WorkflowTemplateSpecTemplateDefaultsContainerSetContainersReadinessProbeTcpSocketPort;
}
export interface WorkflowTemplateSpecTemplateDefaultsContainerSetContainersResourcesClaims {
    readonly name: string;
    readonly request?: string;
}
export declare class WorkflowTemplateSpecTemplateDefaultsContainerSetContainersResourcesLimits {
    readonly value: number | string;
    static fromNumber(value: number): WorkflowTemplateSpecTemplateDefaultsContainerSetContainersResourcesLimits;
    static fromString(value: string): WorkflowTemplateSpecTemplateDefaultsContainerSetContainersResourcesLimits;
    private constructor();
}
export declare class WorkflowTemplateSpecTemplateDefaultsContainerSetContainersResourcesRequests {
    readonly value: number | string;
    static fromNumber(value: number): WorkflowTemplateSpecTemplateDefaultsContainerSetContainersResourcesRequests;
    static fromString(value: string): WorkflowTemplateSpecTemplateDefaultsContainerSetContainersResourcesRequests;
    private constructor();
}
export interface WorkflowTemplateSpecTemplateDefaultsContainerSetContainersRestartPolicyRulesExitCodes {
    readonly operator: string;
    readonly values?: number[];
}
export interface WorkflowTemplateSpecTemplateDefaultsContainerSetContainersSecurityContextAppArmorProfile {
    readonly localhostProfile?: string;
    readonly type: string;
}
export interface WorkflowTemplateSpecTemplateDefaultsContainerSetContainersSecurityContextCapabilities {
    readonly add?: string[];
    readonly drop?: string[];
}
export interface WorkflowTemplateSpecTemplateDefaultsContainerSetContainersSecurityContextSeLinuxOptions {
    readonly level?: string;
    readonly role?: string;
    readonly type?: string;
    readonly user?: string;
}
export interface WorkflowTemplateSpecTemplateDefaultsContainerSetContainersSecurityContextSeccompProfile {
    readonly localhostProfile?: string;
    readonly type: string;
}
export interface WorkflowTemplateSpecTemplateDefaultsContainerSetContainersSecurityContextWindowsOptions {
    readonly gmsaCredentialSpec?: string;
    readonly gmsaCredentialSpecName?: string;
    readonly hostProcess?: boolean;
    readonly runAsUserName?: string;
}
export interface WorkflowTemplateSpecTemplateDefaultsContainerSetContainersStartupProbeExec {
    readonly command?: string[];
}
export interface WorkflowTemplateSpecTemplateDefaultsContainerSetContainersStartupProbeGrpc {
    readonly port: number;
    readonly service?: string;
}
export interface WorkflowTemplateSpecTemplateDefaultsContainerSetContainersStartupProbeHttpGet {
    readonly host?: string;
    readonly httpHeaders?: WorkflowTemplateSpecTemplateDefaultsContainerSetContainersStartupProbeHttpGetHttpHeaders[];
    readonly path?: string;
    readonly port: WorkflowTemplateSpecTemplateDefaultsContainerSetContainersStartupProbeHttpGetPort;
    readonly scheme?: string;
}
export interface WorkflowTemplateSpecTemplateDefaultsContainerSetContainersStartupProbeTcpSocket {
    readonly host?: string;
    readonly port: WorkflowTemplateSpecTemplateDefaultsContainerSetContainersStartupProbeTcpSocketPort;
}
export interface WorkflowTemplateSpecTemplateDefaultsDagTasksArgumentsArtifacts {
    readonly archive?: WorkflowTemplateSpecTemplateDefaultsDagTasksArgumentsArtifactsArchive;
    readonly archiveLogs?: boolean;
    readonly artifactGc?: WorkflowTemplateSpecTemplateDefaultsDagTasksArgumentsArtifactsArtifactGc;
    readonly artifactory?: WorkflowTemplateSpecTemplateDefaultsDagTasksArgumentsArtifactsArtifactory;
    readonly azure?: WorkflowTemplateSpecTemplateDefaultsDagTasksArgumentsArtifactsAzure;
    readonly deleted?: boolean;
    readonly from?: string;
    readonly fromExpression?: string;
    readonly gcs?: WorkflowTemplateSpecTemplateDefaultsDagTasksArgumentsArtifactsGcs;
    readonly git?: WorkflowTemplateSpecTemplateDefaultsDagTasksArgumentsArtifactsGit;
    readonly globalName?: string;
    readonly hdfs?: WorkflowTemplateSpecTemplateDefaultsDagTasksArgumentsArtifactsHdfs;
    readonly http?: WorkflowTemplateSpecTemplateDefaultsDagTasksArgumentsArtifactsHttp;
    readonly mode?: number;
    readonly name: string;
    readonly optional?: boolean;
    readonly oss?: WorkflowTemplateSpecTemplateDefaultsDagTasksArgumentsArtifactsOss;
    readonly path?: string;
    readonly plugin?: WorkflowTemplateSpecTemplateDefaultsDagTasksArgumentsArtifactsPlugin;
    readonly raw?: WorkflowTemplateSpecTemplateDefaultsDagTasksArgumentsArtifactsRaw;
    readonly recurseMode?: boolean;
    readonly s3?: WorkflowTemplateSpecTemplateDefaultsDagTasksArgumentsArtifactsS3;
    readonly subPath?: string;
}
export interface WorkflowTemplateSpecTemplateDefaultsDagTasksArgumentsParameters {
    readonly default?: string;
    readonly description?: string;
    readonly enum?: string[];
    readonly globalName?: string;
    readonly name: string;
    readonly value?: string;
    readonly valueFrom?: WorkflowTemplateSpecTemplateDefaultsDagTasksArgumentsParametersValueFrom;
}
export interface WorkflowTemplateSpecTemplateDefaultsDagTasksHooksArguments {
    readonly artifacts?: WorkflowTemplateSpecTemplateDefaultsDagTasksHooksArgumentsArtifacts[];
    readonly parameters?: WorkflowTemplateSpecTemplateDefaultsDagTasksHooksArgumentsParameters[];
}
export interface WorkflowTemplateSpecTemplateDefaultsDagTasksHooksTemplateRef {
    readonly clusterScope?: boolean;
    readonly name?: string;
    readonly template?: string;
}
export declare class WorkflowTemplateSpecTemplateDefaultsDagTasksWithSequenceCount {
    readonly value: number | string;
    static fromNumber(value: number): WorkflowTemplateSpecTemplateDefaultsDagTasksWithSequenceCount;
    static fromString(value: string): WorkflowTemplateSpecTemplateDefaultsDagTasksWithSequenceCount;
    private constructor();
}
export declare class WorkflowTemplateSpecTemplateDefaultsDagTasksWithSequenceEnd {
    readonly value: number | string;
    static fromNumber(value: number): WorkflowTemplateSpecTemplateDefaultsDagTasksWithSequenceEnd;
    static fromString(value: string): WorkflowTemplateSpecTemplateDefaultsDagTasksWithSequenceEnd;
    private constructor();
}
export declare class WorkflowTemplateSpecTemplateDefaultsDagTasksWithSequenceStart {
    readonly value: number | string;
    static fromNumber(value: number): WorkflowTemplateSpecTemplateDefaultsDagTasksWithSequenceStart;
    static fromString(value: string): WorkflowTemplateSpecTemplateDefaultsDagTasksWithSequenceStart;
    private constructor();
}
export interface WorkflowTemplateSpecTemplateDefaultsDataSourceArtifactPathsArchive {
    readonly none?: any;
    readonly tar?: WorkflowTemplateSpecTemplateDefaultsDataSourceArtifactPathsArchiveTar;
    readonly zip?: any;
}
export interface WorkflowTemplateSpecTemplateDefaultsDataSourceArtifactPathsArtifactGc {
    readonly podMetadata?: WorkflowTemplateSpecTemplateDefaultsDataSourceArtifactPathsArtifactGcPodMetadata;
    readonly serviceAccountName?: string;
    readonly strategy?: WorkflowTemplateSpecTemplateDefaultsDataSourceArtifactPathsArtifactGcStrategy;
}
export interface WorkflowTemplateSpecTemplateDefaultsDataSourceArtifactPathsArtifactory {
    readonly passwordSecret?: WorkflowTemplateSpecTemplateDefaultsDataSourceArtifactPathsArtifactoryPasswordSecret;
    readonly url: string;
    readonly usernameSecret?: WorkflowTemplateSpecTemplateDefaultsDataSourceArtifactPathsArtifactoryUsernameSecret;
}
export interface WorkflowTemplateSpecTemplateDefaultsDataSourceArtifactPathsAzure {
    readonly accountKeySecret?: WorkflowTemplateSpecTemplateDefaultsDataSourceArtifactPathsAzureAccountKeySecret;
    readonly blob: string;
    readonly container: string;
    readonly endpoint: string;
    readonly useSdkCreds?: boolean;
}
export interface WorkflowTemplateSpecTemplateDefaultsDataSourceArtifactPathsGcs {
    readonly bucket?: string;
    readonly key: string;
    readonly serviceAccountKeySecret?: WorkflowTemplateSpecTemplateDefaultsDataSourceArtifactPathsGcsServiceAccountKeySecret;
}
export interface WorkflowTemplateSpecTemplateDefaultsDataSourceArtifactPathsGit {
    readonly branch?: string;
    readonly depth?: number;
    readonly disableSubmodules?: boolean;
    readonly fetch?: string[];
    readonly insecureIgnoreHostKey?: boolean;
    readonly insecureSkipTls?: boolean;
    readonly passwordSecret?: WorkflowTemplateSpecTemplateDefaultsDataSourceArtifactPathsGitPasswordSecret;
    readonly repo: string;
    readonly revision?: string;
    readonly singleBranch?: boolean;
    readonly sshPrivateKeySecret?: WorkflowTemplateSpecTemplateDefaultsDataSourceArtifactPathsGitSshPrivateKeySecret;
    readonly usernameSecret?: WorkflowTemplateSpecTemplateDefaultsDataSourceArtifactPathsGitUsernameSecret;
}
export interface WorkflowTemplateSpecTemplateDefaultsDataSourceArtifactPathsHdfs {
    readonly addresses?: string[];
    readonly dataTransferProtection?: string;
    readonly force?: boolean;
    readonly hdfsUser?: string;
    readonly krbCCacheSecret?: WorkflowTemplateSpecTemplateDefaultsDataSourceArtifactPathsHdfsKrbCCacheSecret;
    readonly krbConfigConfigMap?: WorkflowTemplateSpecTemplateDefaultsDataSourceArtifactPathsHdfsKrbConfigConfigMap;
    readonly krbKeytabSecret?: WorkflowTemplateSpecTemplateDefaultsDataSourceArtifactPathsHdfsKrbKeytabSecret;
    readonly krbRealm?: string;
    readonly krbServicePrincipalName?: string;
    readonly krbUsername?: string;
    readonly path: string;
}
export interface WorkflowTemplateSpecTemplateDefaultsDataSourceArtifactPathsHttp {
    readonly auth?: WorkflowTemplateSpecTemplateDefaultsDataSourceArtifactPathsHttpAuth;
    readonly headers?: WorkflowTemplateSpecTemplateDefaultsDataSourceArtifactPathsHttpHeaders[];
    readonly saveStreamViaFile?: boolean;
    readonly url: string;
}
export interface WorkflowTemplateSpecTemplateDefaultsDataSourceArtifactPathsOss {
    readonly accessKeySecret?: WorkflowTemplateSpecTemplateDefaultsDataSourceArtifactPathsOssAccessKeySecret;
    readonly bucket?: string;
    readonly createBucketIfNotPresent?: boolean;
    readonly endpoint?: string;
    readonly key: string;
    readonly lifecycleRule?: WorkflowTemplateSpecTemplateDefaultsDataSourceArtifactPathsOssLifecycleRule;
    readonly secretKeySecret?: WorkflowTemplateSpecTemplateDefaultsDataSourceArtifactPathsOssSecretKeySecret;
    readonly securityToken?: string;
    readonly useSdkCreds?: boolean;
}
export interface WorkflowTemplateSpecTemplateDefaultsDataSourceArtifactPathsPlugin {
    readonly configuration?: string;
    readonly connectionTimeoutSeconds?: number;
    readonly key: string;
    readonly name?: string;
}
export interface WorkflowTemplateSpecTemplateDefaultsDataSourceArtifactPathsRaw {
    readonly data: string;
}
export interface WorkflowTemplateSpecTemplateDefaultsDataSourceArtifactPathsS3 {
    readonly accessKeySecret?: WorkflowTemplateSpecTemplateDefaultsDataSourceArtifactPathsS3AccessKeySecret;
    readonly addressingStyle?: WorkflowTemplateSpecTemplateDefaultsDataSourceArtifactPathsS3AddressingStyle;
    readonly bucket?: string;
    readonly caSecret?: WorkflowTemplateSpecTemplateDefaultsDataSourceArtifactPathsS3CaSecret;
    readonly createBucketIfNotPresent?: WorkflowTemplateSpecTemplateDefaultsDataSourceArtifactPathsS3CreateBucketIfNotPresent;
    readonly encryptionOptions?: WorkflowTemplateSpecTemplateDefaultsDataSourceArtifactPathsS3EncryptionOptions;
    readonly endpoint?: string;
    readonly insecure?: boolean;
    readonly key?: string;
    readonly region?: string;
    readonly roleArn?: string;
    readonly secretKeySecret?: WorkflowTemplateSpecTemplateDefaultsDataSourceArtifactPathsS3SecretKeySecret;
    readonly sessionTokenSecret?: WorkflowTemplateSpecTemplateDefaultsDataSourceArtifactPathsS3SessionTokenSecret;
    readonly useSdkCreds?: boolean;
}
export interface WorkflowTemplateSpecTemplateDefaultsHttpHeadersValueFromSecretKeyRef {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplateDefaultsInitContainersEnvValueFromConfigMapKeyRef {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplateDefaultsInitContainersEnvValueFromFieldRef {
    readonly apiVersion?: string;
    readonly fieldPath: string;
}
export interface WorkflowTemplateSpecTemplateDefaultsInitContainersEnvValueFromFileKeyRef {
    readonly key: string;
    readonly optional?: boolean;
    readonly path: string;
    readonly volumeName: string;
}
export interface WorkflowTemplateSpecTemplateDefaultsInitContainersEnvValueFromResourceFieldRef {
    readonly containerName?: string;
    readonly divisor?: WorkflowTemplateSpecTemplateDefaultsInitContainersEnvValueFromResourceFieldRefDivisor;
    readonly resource: string;
}
export interface WorkflowTemplateSpecTemplateDefaultsInitContainersEnvValueFromSecretKeyRef {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplateDefaultsInitContainersLifecyclePostStartExec {
    readonly command?: string[];
}
export interface WorkflowTemplateSpecTemplateDefaultsInitContainersLifecyclePostStartHttpGet {
    readonly host?: string;
    readonly httpHeaders?: WorkflowTemplateSpecTemplateDefaultsInitContainersLifecyclePostStartHttpGetHttpHeaders[];
    readonly path?: string;
    readonly port: WorkflowTemplateSpecTemplateDefaultsInitContainersLifecyclePostStartHttpGetPort;
    readonly scheme?: string;
}
export interface WorkflowTemplateSpecTemplateDefaultsInitContainersLifecyclePostStartSleep {
    readonly seconds: number;
}
export interface WorkflowTemplateSpecTemplateDefaultsInitContainersLifecyclePostStartTcpSocket {
    readonly host?: string;
    readonly port: WorkflowTemplateSpecTemplateDefaultsInitContainersLifecyclePostStartTcpSocketPort;
}
export interface WorkflowTemplateSpecTemplateDefaultsInitContainersLifecyclePreStopExec {
    readonly command?: string[];
}
export interface WorkflowTemplateSpecTemplateDefaultsInitContainersLifecyclePreStopHttpGet {
    readonly host?: string;
    readonly httpHeaders?: WorkflowTemplateSpecTemplateDefaultsInitContainersLifecyclePreStopHttpGetHttpHeaders[];
    readonly path?: string;
    readonly port: WorkflowTemplateSpecTemplateDefaultsInitContainersLifecyclePreStopHttpGetPort;
    readonly scheme?: string;
}
export interface WorkflowTemplateSpecTemplateDefaultsInitContainersLifecyclePreStopSleep {
    readonly seconds: number;
}
export interface WorkflowTemplateSpecTemplateDefaultsInitContainersLifecyclePreStopTcpSocket {
    readonly host?: string;
    readonly port: WorkflowTemplateSpecTemplateDefaultsInitContainersLifecyclePreStopTcpSocketPort;
}
export interface WorkflowTemplateSpecTemplateDefaultsInitContainersLivenessProbeHttpGetHttpHeaders {
    readonly name: string;
    readonly value: string;
}
export declare class WorkflowTemplateSpecTemplateDefaultsInitContainersLivenessProbeHttpGetPort {
    readonly value: number | string;
    static fromNumber(value: number): WorkflowTemplateSpecTemplateDefaultsInitContainersLivenessProbeHttpGetPort;
    static fromString(value: string): WorkflowTemplateSpecTemplateDefaultsInitContainersLivenessProbeHttpGetPort;
    private constructor();
}
export declare class WorkflowTemplateSpecTemplateDefaultsInitContainersLivenessProbeTcpSocketPort {
    readonly value: number | string;
    static fromNumber(value: number): WorkflowTemplateSpecTemplateDefaultsInitContainersLivenessProbeTcpSocketPort;
    static fromString(value: string): WorkflowTemplateSpecTemplateDefaultsInitContainersLivenessProbeTcpSocketPort;
    private constructor();
}
export interface WorkflowTemplateSpecTemplateDefaultsInitContainersReadinessProbeHttpGetHttpHeaders {
    readonly name: string;
    readonly value: string;
}
export declare class WorkflowTemplateSpecTemplateDefaultsInitContainersReadinessProbeHttpGetPort {
    readonly value: number | string;
    static fromNumber(value: number): WorkflowTemplateSpecTemplateDefaultsInitContainersReadinessProbeHttpGetPort;
    static fromString(value: string): WorkflowTemplateSpecTemplateDefaultsInitContainersReadinessProbeHttpGetPort;
    private constructor();
}
export declare class WorkflowTemplateSpecTemplateDefaultsInitContainersReadinessProbeTcpSocketPort {
    readonly value: number | string;
    static fromNumber(value: number): WorkflowTemplateSpecTemplateDefaultsInitContainersReadinessProbeTcpSocketPort;
    static fromString(value: string): WorkflowTemplateSpecTemplateDefaultsInitContainersReadinessProbeTcpSocketPort;
    private constructor();
}
export interface WorkflowTemplateSpecTemplateDefaultsInitContainersStartupProbeHttpGetHttpHeaders {
    readonly name: string;
    readonly value: string;
}
export declare class WorkflowTemplateSpecTemplateDefaultsInitContainersStartupProbeHttpGetPort {
    readonly value: number | string;
    static fromNumber(value: number): WorkflowTemplateSpecTemplateDefaultsInitContainersStartupProbeHttpGetPort;
    static fromString(value: string): WorkflowTemplateSpecTemplateDefaultsInitContainersStartupProbeHttpGetPort;
    private constructor();
}
export declare class WorkflowTemplateSpecTemplateDefaultsInitContainersStartupProbeTcpSocketPort {
    readonly value: number | string;
    static fromNumber(value: number): WorkflowTemplateSpecTemplateDefaultsInitContainersStartupProbeTcpSocketPort;
    static fromString(value: string): WorkflowTemplateSpecTemplateDefaultsInitContainersStartupProbeTcpSocketPort;
    private constructor();
}
export interface WorkflowTemplateSpecTemplateDefaultsInputsArtifactsArchiveTar {
    readonly compressionLevel?: number;
}
export interface WorkflowTemplateSpecTemplateDefaultsInputsArtifactsArtifactGcPodMetadata {
    readonly annotations?: {
        [key: string]: string;
    };
    readonly labels?: {
        [key: string]: string;
    };
}
export declare enum WorkflowTemplateSpecTemplateDefaultsInputsArtifactsArtifactGcStrategy {
    ON_WORKFLOW_COMPLETION = "OnWorkflowCompletion",
    ON_WORKFLOW_DELETION = "OnWorkflowDeletion",
    NEVER = "Never"
}
export interface WorkflowTemplateSpecTemplateDefaultsInputsArtifactsArtifactoryPasswordSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplateDefaultsInputsArtifactsArtifactoryUsernameSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplateDefaultsInputsArtifactsAzureAccountKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplateDefaultsInputsArtifactsGcsServiceAccountKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplateDefaultsInputsArtifactsGitPasswordSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplateDefaultsInputsArtifactsGitSshPrivateKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplateDefaultsInputsArtifactsGitUsernameSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplateDefaultsInputsArtifactsHdfsKrbCCacheSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplateDefaultsInputsArtifactsHdfsKrbConfigConfigMap {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplateDefaultsInputsArtifactsHdfsKrbKeytabSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplateDefaultsInputsArtifactsHttpAuth {
    readonly basicAuth?: WorkflowTemplateSpecTemplateDefaultsInputsArtifactsHttpAuthBasicAuth;
    readonly clientCert?: WorkflowTemplateSpecTemplateDefaultsInputsArtifactsHttpAuthClientCert;
    readonly oauth2?: WorkflowTemplateSpecTemplateDefaultsInputsArtifactsHttpAuthOauth2;
}
export interface WorkflowTemplateSpecTemplateDefaultsInputsArtifactsHttpHeaders {
    readonly name: string;
    readonly value: string;
}
export interface WorkflowTemplateSpecTemplateDefaultsInputsArtifactsOssAccessKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplateDefaultsInputsArtifactsOssLifecycleRule {
    readonly markDeletionAfterDays?: number;
    readonly markInfrequentAccessAfterDays?: number;
}
export interface WorkflowTemplateSpecTemplateDefaultsInputsArtifactsOssSecretKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplateDefaultsInputsArtifactsS3AccessKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export declare enum WorkflowTemplateSpecTemplateDefaultsInputsArtifactsS3AddressingStyle {
    PATH = "path",
    VIRTUAL_HYPHEN_HOSTED = "virtual-hosted"
}
export interface WorkflowTemplateSpecTemplateDefaultsInputsArtifactsS3CaSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplateDefaultsInputsArtifactsS3CreateBucketIfNotPresent {
    readonly objectLocking?: boolean;
}
export interface WorkflowTemplateSpecTemplateDefaultsInputsArtifactsS3EncryptionOptions {
    readonly enableEncryption?: boolean;
    readonly kmsEncryptionContext?: string;
    readonly kmsKeyId?: string;
    readonly serverSideCustomerKeySecret?: WorkflowTemplateSpecTemplateDefaultsInputsArtifactsS3EncryptionOptionsServerSideCustomerKeySecret;
}
export interface WorkflowTemplateSpecTemplateDefaultsInputsArtifactsS3SecretKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplateDefaultsInputsArtifactsS3SessionTokenSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplateDefaultsInputsParametersValueFromConfigMapKeyRef {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export declare enum WorkflowTemplateSpecTemplateDefaultsMetricsPrometheusGaugeOperation {
    SET = "Set",
    ADD = "Add",
    SUB = "Sub"
}
export interface WorkflowTemplateSpecTemplateDefaultsOutputsArtifactsArchiveTar {
    readonly compressionLevel?: number;
}
export interface WorkflowTemplateSpecTemplateDefaultsOutputsArtifactsArtifactGcPodMetadata {
    readonly annotations?: {
        [key: string]: string;
    };
    readonly labels?: {
        [key: string]: string;
    };
}
export declare enum WorkflowTemplateSpecTemplateDefaultsOutputsArtifactsArtifactGcStrategy {
    ON_WORKFLOW_COMPLETION = "OnWorkflowCompletion",
    ON_WORKFLOW_DELETION = "OnWorkflowDeletion",
    NEVER = "Never"
}
export interface WorkflowTemplateSpecTemplateDefaultsOutputsArtifactsArtifactoryPasswordSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplateDefaultsOutputsArtifactsArtifactoryUsernameSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplateDefaultsOutputsArtifactsAzureAccountKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplateDefaultsOutputsArtifactsGcsServiceAccountKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplateDefaultsOutputsArtifactsGitPasswordSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplateDefaultsOutputsArtifactsGitSshPrivateKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplateDefaultsOutputsArtifactsGitUsernameSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplateDefaultsOutputsArtifactsHdfsKrbCCacheSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplateDefaultsOutputsArtifactsHdfsKrbConfigConfigMap {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplateDefaultsOutputsArtifactsHdfsKrbKeytabSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplateDefaultsOutputsArtifactsHttpAuth {
    readonly basicAuth?: WorkflowTemplateSpecTemplateDefaultsOutputsArtifactsHttpAuthBasicAuth;
    readonly clientCert?: WorkflowTemplateSpecTemplateDefaultsOutputsArtifactsHttpAuthClientCert;
    readonly oauth2?: WorkflowTemplateSpecTemplateDefaultsOutputsArtifactsHttpAuthOauth2;
}
export interface WorkflowTemplateSpecTemplateDefaultsOutputsArtifactsHttpHeaders {
    readonly name: string;
    readonly value: string;
}
export interface WorkflowTemplateSpecTemplateDefaultsOutputsArtifactsOssAccessKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplateDefaultsOutputsArtifactsOssLifecycleRule {
    readonly markDeletionAfterDays?: number;
    readonly markInfrequentAccessAfterDays?: number;
}
export interface WorkflowTemplateSpecTemplateDefaultsOutputsArtifactsOssSecretKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplateDefaultsOutputsArtifactsS3AccessKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export declare enum WorkflowTemplateSpecTemplateDefaultsOutputsArtifactsS3AddressingStyle {
    PATH = "path",
    VIRTUAL_HYPHEN_HOSTED = "virtual-hosted"
}
export interface WorkflowTemplateSpecTemplateDefaultsOutputsArtifactsS3CaSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplateDefaultsOutputsArtifactsS3CreateBucketIfNotPresent {
    readonly objectLocking?: boolean;
}
export interface WorkflowTemplateSpecTemplateDefaultsOutputsArtifactsS3EncryptionOptions {
    readonly enableEncryption?: boolean;
    readonly kmsEncryptionContext?: string;
    readonly kmsKeyId?: string;
    readonly serverSideCustomerKeySecret?: WorkflowTemplateSpecTemplateDefaultsOutputsArtifactsS3EncryptionOptionsServerSideCustomerKeySecret;
}
export interface WorkflowTemplateSpecTemplateDefaultsOutputsArtifactsS3SecretKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplateDefaultsOutputsArtifactsS3SessionTokenSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplateDefaultsOutputsParametersValueFromConfigMapKeyRef {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplateDefaultsResourceManifestFromArtifactArchive {
    readonly none?: any;
    readonly tar?: WorkflowTemplateSpecTemplateDefaultsResourceManifestFromArtifactArchiveTar;
    readonly zip?: any;
}
export interface WorkflowTemplateSpecTemplateDefaultsResourceManifestFromArtifactArtifactGc {
    readonly podMetadata?: WorkflowTemplateSpecTemplateDefaultsResourceManifestFromArtifactArtifactGcPodMetadata;
    readonly serviceAccountName?: string;
    readonly strategy?: WorkflowTemplateSpecTemplateDefaultsResourceManifestFromArtifactArtifactGcStrategy;
}
export interface WorkflowTemplateSpecTemplateDefaultsResourceManifestFromArtifactArtifactory {
    readonly passwordSecret?: WorkflowTemplateSpecTemplateDefaultsResourceManifestFromArtifactArtifactoryPasswordSecret;
    readonly url: string;
    readonly usernameSecret?: WorkflowTemplateSpecTemplateDefaultsResourceManifestFromArtifactArtifactoryUsernameSecret;
}
export interface WorkflowTemplateSpecTemplateDefaultsResourceManifestFromArtifactAzure {
    readonly accountKeySecret?: WorkflowTemplateSpecTemplateDefaultsResourceManifestFromArtifactAzureAccountKeySecret;
    readonly blob: string;
    readonly container: string;
    readonly endpoint: string;
    readonly useSdkCreds?: boolean;
}
export interface WorkflowTemplateSpecTemplateDefaultsResourceManifestFromArtifactGcs {
    readonly bucket?: string;
    readonly key: string;
    readonly serviceAccountKeySecret?: WorkflowTemplateSpecTemplateDefaultsResourceManifestFromArtifactGcsServiceAccountKeySecret;
}
export interface WorkflowTemplateSpecTemplateDefaultsResourceManifestFromArtifactGit {
    readonly branch?: string;
    readonly depth?: number;
    readonly disableSubmodules?: boolean;
    readonly fetch?: string[];
    readonly insecureIgnoreHostKey?: boolean;
    readonly insecureSkipTls?: boolean;
    readonly passwordSecret?: WorkflowTemplateSpecTemplateDefaultsResourceManifestFromArtifactGitPasswordSecret;
    readonly repo: string;
    readonly revision?: string;
    readonly singleBranch?: boolean;
    readonly sshPrivateKeySecret?: WorkflowTemplateSpecTemplateDefaultsResourceManifestFromArtifactGitSshPrivateKeySecret;
    readonly usernameSecret?: WorkflowTemplateSpecTemplateDefaultsResourceManifestFromArtifactGitUsernameSecret;
}
export interface WorkflowTemplateSpecTemplateDefaultsResourceManifestFromArtifactHdfs {
    readonly addresses?: string[];
    readonly dataTransferProtection?: string;
    readonly force?: boolean;
    readonly hdfsUser?: string;
    readonly krbCCacheSecret?: WorkflowTemplateSpecTemplateDefaultsResourceManifestFromArtifactHdfsKrbCCacheSecret;
    readonly krbConfigConfigMap?: WorkflowTemplateSpecTemplateDefaultsResourceManifestFromArtifactHdfsKrbConfigConfigMap;
    readonly krbKeytabSecret?: WorkflowTemplateSpecTemplateDefaultsResourceManifestFromArtifactHdfsKrbKeytabSecret;
    readonly krbRealm?: string;
    readonly krbServicePrincipalName?: string;
    readonly krbUsername?: string;
    readonly path: string;
}
export interface WorkflowTemplateSpecTemplateDefaultsResourceManifestFromArtifactHttp {
    readonly auth?: WorkflowTemplateSpecTemplateDefaultsResourceManifestFromArtifactHttpAuth;
    readonly headers?: WorkflowTemplateSpecTemplateDefaultsResourceManifestFromArtifactHttpHeaders[];
    readonly saveStreamViaFile?: boolean;
    readonly url: string;
}
export interface WorkflowTemplateSpecTemplateDefaultsResourceManifestFromArtifactOss {
    readonly accessKeySecret?: WorkflowTemplateSpecTemplateDefaultsResourceManifestFromArtifactOssAccessKeySecret;
    readonly bucket?: string;
    readonly createBucketIfNotPresent?: boolean;
    readonly endpoint?: string;
    readonly key: string;
    readonly lifecycleRule?: WorkflowTemplateSpecTemplateDefaultsResourceManifestFromArtifactOssLifecycleRule;
    readonly secretKeySecret?: WorkflowTemplateSpecTemplateDefaultsResourceManifestFromArtifactOssSecretKeySecret;
    readonly securityToken?: string;
    readonly useSdkCreds?: boolean;
}
export interface WorkflowTemplateSpecTemplateDefaultsResourceManifestFromArtifactPlugin {
    readonly configuration?: string;
    readonly connectionTimeoutSeconds?: number;
    readonly key: string;
    readonly name?: string;
}
export interface WorkflowTemplateSpecTemplateDefaultsResourceManifestFromArtifactRaw {
    readonly data: string;
}
export interface WorkflowTemplateSpecTemplateDefaultsResourceManifestFromArtifactS3 {
    readonly accessKeySecret?: WorkflowTemplateSpecTemplateDefaultsResourceManifestFromArtifactS3AccessKeySecret;
    readonly addressingStyle?: WorkflowTemplateSpecTemplateDefaultsResourceManifestFromArtifactS3AddressingStyle;
    readonly bucket?: string;
    readonly caSecret?: WorkflowTemplateSpecTemplateDefaultsResourceManifestFromArtifactS3CaSecret;
    readonly createBucketIfNotPresent?: WorkflowTemplateSpecTemplateDefaultsResourceManifestFromArtifactS3CreateBucketIfNotPresent;
    readonly encryptionOptions?: WorkflowTemplateSpecTemplateDefaultsResourceManifestFromArtifactS3EncryptionOptions;
    readonly endpoint?: string;
    readonly insecure?: boolean;
    readonly key?: string;
    readonly region?: string;
    readonly roleArn?: string;
    readonly secretKeySecret?: WorkflowTemplateSpecTemplateDefaultsResourceManifestFromArtifactS3SecretKeySecret;
    readonly sessionTokenSecret?: WorkflowTemplateSpecTemplateDefaultsResourceManifestFromArtifactS3SessionTokenSecret;
    readonly useSdkCreds?: boolean;
}
export interface WorkflowTemplateSpecTemplateDefaultsScriptEnvValueFromConfigMapKeyRef {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplateDefaultsScriptEnvValueFromFieldRef {
    readonly apiVersion?: string;
    readonly fieldPath: string;
}
export interface WorkflowTemplateSpecTemplateDefaultsScriptEnvValueFromFileKeyRef {
    readonly key: string;
    readonly optional?: boolean;
    readonly path: string;
    readonly volumeName: string;
}
export interface WorkflowTemplateSpecTemplateDefaultsScriptEnvValueFromResourceFieldRef {
    readonly containerName?: string;
    readonly divisor?: WorkflowTemplateSpecTemplateDefaultsScriptEnvValueFromResourceFieldRefDivisor;
    readonly resource: string;
}
export interface WorkflowTemplateSpecTemplateDefaultsScriptEnvValueFromSecretKeyRef {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplateDefaultsScriptLifecyclePostStartExec {
    readonly command?: string[];
}
export interface WorkflowTemplateSpecTemplateDefaultsScriptLifecyclePostStartHttpGet {
    readonly host?: string;
    readonly httpHeaders?: WorkflowTemplateSpecTemplateDefaultsScriptLifecyclePostStartHttpGetHttpHeaders[];
    readonly path?: string;
    readonly port: WorkflowTemplateSpecTemplateDefaultsScriptLifecyclePostStartHttpGetPort;
    readonly scheme?: string;
}
export interface WorkflowTemplateSpecTemplateDefaultsScriptLifecyclePostStartSleep {
    readonly seconds: number;
}
export interface WorkflowTemplateSpecTemplateDefaultsScriptLifecyclePostStartTcpSocket {
    readonly host?: string;
    readonly port: WorkflowTemplateSpecTemplateDefaultsScriptLifecyclePostStartTcpSocketPort;
}
export interface WorkflowTemplateSpecTemplateDefaultsScriptLifecyclePreStopExec {
    readonly command?: string[];
}
export interface WorkflowTemplateSpecTemplateDefaultsScriptLifecyclePreStopHttpGet {
    readonly host?: string;
    readonly httpHeaders?: WorkflowTemplateSpecTemplateDefaultsScriptLifecyclePreStopHttpGetHttpHeaders[];
    readonly path?: string;
    readonly port: WorkflowTemplateSpecTemplateDefaultsScriptLifecyclePreStopHttpGetPort;
    readonly scheme?: string;
}
export interface WorkflowTemplateSpecTemplateDefaultsScriptLifecyclePreStopSleep {
    readonly seconds: number;
}
export interface WorkflowTemplateSpecTemplateDefaultsScriptLifecyclePreStopTcpSocket {
    readonly host?: string;
    readonly port: WorkflowTemplateSpecTemplateDefaultsScriptLifecyclePreStopTcpSocketPort;
}
export interface WorkflowTemplateSpecTemplateDefaultsScriptLivenessProbeHttpGetHttpHeaders {
    readonly name: string;
    readonly value: string;
}
export declare class WorkflowTemplateSpecTemplateDefaultsScriptLivenessProbeHttpGetPort {
    readonly value: number | string;
    static fromNumber(value: number): WorkflowTemplateSpecTemplateDefaultsScriptLivenessProbeHttpGetPort;
    static fromString(value: string): WorkflowTemplateSpecTemplateDefaultsScriptLivenessProbeHttpGetPort;
    private constructor();
}
export declare class WorkflowTemplateSpecTemplateDefaultsScriptLivenessProbeTcpSocketPort {
    readonly value: number | string;
    static fromNumber(value: number): WorkflowTemplateSpecTemplateDefaultsScriptLivenessProbeTcpSocketPort;
    static fromString(value: string): WorkflowTemplateSpecTemplateDefaultsScriptLivenessProbeTcpSocketPort;
    private constructor();
}
export interface WorkflowTemplateSpecTemplateDefaultsScriptReadinessProbeHttpGetHttpHeaders {
    readonly name: string;
    readonly value: string;
}
export declare class WorkflowTemplateSpecTemplateDefaultsScriptReadinessProbeHttpGetPort {
    readonly value: number | string;
    static fromNumber(value: number): WorkflowTemplateSpecTemplateDefaultsScriptReadinessProbeHttpGetPort;
    static fromString(value: string): WorkflowTemplateSpecTemplateDefaultsScriptReadinessProbeHttpGetPort;
    private constructor();
}
export declare class WorkflowTemplateSpecTemplateDefaultsScriptReadinessProbeTcpSocketPort {
    readonly value: number | string;
    static fromNumber(value: number): WorkflowTemplateSpecTemplateDefaultsScriptReadinessProbeTcpSocketPort;
    static fromString(value: string): WorkflowTemplateSpecTemplateDefaultsScriptReadinessProbeTcpSocketPort;
    private constructor();
}
export interface WorkflowTemplateSpecTemplateDefaultsScriptStartupProbeHttpGetHttpHeaders {
    readonly name: string;
    readonly value: string;
}
export declare class WorkflowTemplateSpecTemplateDefaultsScriptStartupProbeHttpGetPort {
    readonly value: number | string;
    static fromNumber(value: number): WorkflowTemplateSpecTemplateDefaultsScriptStartupProbeHttpGetPort;
    static fromString(value: string): WorkflowTemplateSpecTemplateDefaultsScriptStartupProbeHttpGetPort;
    private constructor();
}
export declare class WorkflowTemplateSpecTemplateDefaultsScriptStartupProbeTcpSocketPort {
    readonly value: number | string;
    static fromNumber(value: number): WorkflowTemplateSpecTemplateDefaultsScriptStartupProbeTcpSocketPort;
    static fromString(value: string): WorkflowTemplateSpecTemplateDefaultsScriptStartupProbeTcpSocketPort;
    private constructor();
}
export interface WorkflowTemplateSpecTemplateDefaultsSidecarsEnvValueFromConfigMapKeyRef {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplateDefaultsSidecarsEnvValueFromFieldRef {
    readonly apiVersion?: string;
    readonly fieldPath: string;
}
export interface WorkflowTemplateSpecTemplateDefaultsSidecarsEnvValueFromFileKeyRef {
    readonly key: string;
    readonly optional?: boolean;
    readonly path: string;
    readonly volumeName: string;
}
export interface WorkflowTemplateSpecTemplateDefaultsSidecarsEnvValueFromResourceFieldRef {
    readonly containerName?: string;
    readonly divisor?: WorkflowTemplateSpecTemplateDefaultsSidecarsEnvValueFromResourceFieldRefDivisor;
    readonly resource: string;
}
export interface WorkflowTemplateSpecTemplateDefaultsSidecarsEnvValueFromSecretKeyRef {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplateDefaultsSidecarsLifecyclePostStartExec {
    readonly command?: string[];
}
export interface WorkflowTemplateSpecTemplateDefaultsSidecarsLifecyclePostStartHttpGet {
    readonly host?: string;
    readonly httpHeaders?: WorkflowTemplateSpecTemplateDefaultsSidecarsLifecyclePostStartHttpGetHttpHeaders[];
    readonly path?: string;
    readonly port: WorkflowTemplateSpecTemplateDefaultsSidecarsLifecyclePostStartHttpGetPort;
    readonly scheme?: string;
}
export interface WorkflowTemplateSpecTemplateDefaultsSidecarsLifecyclePostStartSleep {
    readonly seconds: number;
}
export interface WorkflowTemplateSpecTemplateDefaultsSidecarsLifecyclePostStartTcpSocket {
    readonly host?: string;
    readonly port: WorkflowTemplateSpecTemplateDefaultsSidecarsLifecyclePostStartTcpSocketPort;
}
export interface WorkflowTemplateSpecTemplateDefaultsSidecarsLifecyclePreStopExec {
    readonly command?: string[];
}
export interface WorkflowTemplateSpecTemplateDefaultsSidecarsLifecyclePreStopHttpGet {
    readonly host?: string;
    readonly httpHeaders?: WorkflowTemplateSpecTemplateDefaultsSidecarsLifecyclePreStopHttpGetHttpHeaders[];
    readonly path?: string;
    readonly port: WorkflowTemplateSpecTemplateDefaultsSidecarsLifecyclePreStopHttpGetPort;
    readonly scheme?: string;
}
export interface WorkflowTemplateSpecTemplateDefaultsSidecarsLifecyclePreStopSleep {
    readonly seconds: number;
}
export interface WorkflowTemplateSpecTemplateDefaultsSidecarsLifecyclePreStopTcpSocket {
    readonly host?: string;
    readonly port: WorkflowTemplateSpecTemplateDefaultsSidecarsLifecyclePreStopTcpSocketPort;
}
export interface WorkflowTemplateSpecTemplateDefaultsSidecarsLivenessProbeHttpGetHttpHeaders {
    readonly name: string;
    readonly value: string;
}
export declare class WorkflowTemplateSpecTemplateDefaultsSidecarsLivenessProbeHttpGetPort {
    readonly value: number | string;
    static fromNumber(value: number): WorkflowTemplateSpecTemplateDefaultsSidecarsLivenessProbeHttpGetPort;
    static fromString(value: string): WorkflowTemplateSpecTemplateDefaultsSidecarsLivenessProbeHttpGetPort;
    private constructor();
}
export declare class WorkflowTemplateSpecTemplateDefaultsSidecarsLivenessProbeTcpSocketPort {
    readonly value: number | string;
    static fromNumber(value: number): WorkflowTemplateSpecTemplateDefaultsSidecarsLivenessProbeTcpSocketPort;
    static fromString(value: string): WorkflowTemplateSpecTemplateDefaultsSidecarsLivenessProbeTcpSocketPort;
    private constructor();
}
export interface WorkflowTemplateSpecTemplateDefaultsSidecarsReadinessProbeHttpGetHttpHeaders {
    readonly name: string;
    readonly value: string;
}
export declare class WorkflowTemplateSpecTemplateDefaultsSidecarsReadinessProbeHttpGetPort {
    readonly value: number | string;
    static fromNumber(value: number): WorkflowTemplateSpecTemplateDefaultsSidecarsReadinessProbeHttpGetPort;
    static fromString(value: string): WorkflowTemplateSpecTemplateDefaultsSidecarsReadinessProbeHttpGetPort;
    private constructor();
}
export declare class WorkflowTemplateSpecTemplateDefaultsSidecarsReadinessProbeTcpSocketPort {
    readonly value: number | string;
    static fromNumber(value: number): WorkflowTemplateSpecTemplateDefaultsSidecarsReadinessProbeTcpSocketPort;
    static fromString(value: string): WorkflowTemplateSpecTemplateDefaultsSidecarsReadinessProbeTcpSocketPort;
    private constructor();
}
export interface WorkflowTemplateSpecTemplateDefaultsSidecarsStartupProbeHttpGetHttpHeaders {
    readonly name: string;
    readonly value: string;
}
export declare class WorkflowTemplateSpecTemplateDefaultsSidecarsStartupProbeHttpGetPort {
    readonly value: number | string;
    static fromNumber(value: number): WorkflowTemplateSpecTemplateDefaultsSidecarsStartupProbeHttpGetPort;
    static fromString(value: string): WorkflowTemplateSpecTemplateDefaultsSidecarsStartupProbeHttpGetPort;
    private constructor();
}
export declare class WorkflowTemplateSpecTemplateDefaultsSidecarsStartupProbeTcpSocketPort {
    readonly value: number | string;
    static fromNumber(value: number): WorkflowTemplateSpecTemplateDefaultsSidecarsStartupProbeTcpSocketPort;
    static fromString(value: string): WorkflowTemplateSpecTemplateDefaultsSidecarsStartupProbeTcpSocketPort;
    private constructor();
}
export interface WorkflowTemplateSpecTemplateDefaultsStepsArgumentsArtifactsArchive {
    readonly none?: any;
    readonly tar?: WorkflowTemplateSpecTemplateDefaultsStepsArgumentsArtifactsArchiveTar;
    readonly zip?: any;
}
export interface WorkflowTemplateSpecTemplateDefaultsStepsArgumentsArtifactsArtifactGc {
    readonly podMetadata?: WorkflowTemplateSpecTemplateDefaultsStepsArgumentsArtifactsArtifactGcPodMetadata;
    readonly serviceAccountName?: string;
    readonly strategy?: WorkflowTemplateSpecTemplateDefaultsStepsArgumentsArtifactsArtifactGcStrategy;
}
export interface WorkflowTemplateSpecTemplateDefaultsStepsArgumentsArtifactsArtifactory {
    readonly passwordSecret?: WorkflowTemplateSpecTemplateDefaultsStepsArgumentsArtifactsArtifactoryPasswordSecret;
    readonly url: string;
    readonly usernameSecret?: WorkflowTemplateSpecTemplateDefaultsStepsArgumentsArtifactsArtifactoryUsernameSecret;
}
export interface WorkflowTemplateSpecTemplateDefaultsStepsArgumentsArtifactsAzure {
    readonly accountKeySecret?: WorkflowTemplateSpecTemplateDefaultsStepsArgumentsArtifactsAzureAccountKeySecret;
    readonly blob: string;
    readonly container: string;
    readonly endpoint: string;
    readonly useSdkCreds?: boolean;
}
export interface WorkflowTemplateSpecTemplateDefaultsStepsArgumentsArtifactsGcs {
    readonly bucket?: string;
    readonly key: string;
    readonly serviceAccountKeySecret?: WorkflowTemplateSpecTemplateDefaultsStepsArgumentsArtifactsGcsServiceAccountKeySecret;
}
export interface WorkflowTemplateSpecTemplateDefaultsStepsArgumentsArtifactsGit {
    readonly branch?: string;
    readonly depth?: number;
    readonly disableSubmodules?: boolean;
    readonly fetch?: string[];
    readonly insecureIgnoreHostKey?: boolean;
    readonly insecureSkipTls?: boolean;
    readonly passwordSecret?: WorkflowTemplateSpecTemplateDefaultsStepsArgumentsArtifactsGitPasswordSecret;
    readonly repo: string;
    readonly revision?: string;
    readonly singleBranch?: boolean;
    readonly sshPrivateKeySecret?: WorkflowTemplateSpecTemplateDefaultsStepsArgumentsArtifactsGitSshPrivateKeySecret;
    readonly usernameSecret?: WorkflowTemplateSpecTemplateDefaultsStepsArgumentsArtifactsGitUsernameSecret;
}
export interface WorkflowTemplateSpecTemplateDefaultsStepsArgumentsArtifactsHdfs {
    readonly addresses?: string[];
    readonly dataTransferProtection?: string;
    readonly force?: boolean;
    readonly hdfsUser?: string;
    readonly krbCCacheSecret?: WorkflowTemplateSpecTemplateDefaultsStepsArgumentsArtifactsHdfsKrbCCacheSecret;
    readonly krbConfigConfigMap?: WorkflowTemplateSpecTemplateDefaultsStepsArgumentsArtifactsHdfsKrbConfigConfigMap;
    readonly krbKeytabSecret?: WorkflowTemplateSpecTemplateDefaultsStepsArgumentsArtifactsHdfsKrbKeytabSecret;
    readonly krbRealm?: string;
    readonly krbServicePrincipalName?: string;
    readonly krbUsername?: string;
    readonly path: string;
}
export interface WorkflowTemplateSpecTemplateDefaultsStepsArgumentsArtifactsHttp {
    readonly auth?: WorkflowTemplateSpecTemplateDefaultsStepsArgumentsArtifactsHttpAuth;
    readonly headers?: WorkflowTemplateSpecTemplateDefaultsStepsArgumentsArtifactsHttpHeaders[];
    readonly saveStreamViaFile?: boolean;
    readonly url: string;
}
export interface WorkflowTemplateSpecTemplateDefaultsStepsArgumentsArtifactsOss {
    readonly accessKeySecret?: WorkflowTemplateSpecTemplateDefaultsStepsArgumentsArtifactsOssAccessKeySecret;
    readonly bucket?: string;
    readonly createBucketIfNotPresent?: boolean;
    readonly endpoint?: string;
    readonly key: string;
    readonly lifecycleRule?: WorkflowTemplateSpecTemplateDefaultsStepsArgumentsArtifactsOssLifecycleRule;
    readonly secretKeySecret?: WorkflowTemplateSpecTemplateDefaultsStepsArgumentsArtifactsOssSecretKeySecret;
    readonly securityToken?: string;
    readonly useSdkCreds?: boolean;
}
export interface WorkflowTemplateSpecTemplateDefaultsStepsArgumentsArtifactsPlugin {
    readonly configuration?: string;
    readonly connectionTimeoutSeconds?: number;
    readonly key: string;
    readonly name?: string;
}
export interface WorkflowTemplateSpecTemplateDefaultsStepsArgumentsArtifactsRaw {
    readonly data: string;
}
export interface WorkflowTemplateSpecTemplateDefaultsStepsArgumentsArtifactsS3 {
    readonly accessKeySecret?: WorkflowTemplateSpecTemplateDefaultsStepsArgumentsArtifactsS3AccessKeySecret;
    readonly addressingStyle?: WorkflowTemplateSpecTemplateDefaultsStepsArgumentsArtifactsS3AddressingStyle;
    readonly bucket?: string;
    readonly caSecret?: WorkflowTemplateSpecTemplateDefaultsStepsArgumentsArtifactsS3CaSecret;
    readonly createBucketIfNotPresent?: WorkflowTemplateSpecTemplateDefaultsStepsArgumentsArtifactsS3CreateBucketIfNotPresent;
    readonly encryptionOptions?: WorkflowTemplateSpecTemplateDefaultsStepsArgumentsArtifactsS3EncryptionOptions;
    readonly endpoint?: string;
    readonly insecure?: boolean;
    readonly key?: string;
    readonly region?: string;
    readonly roleArn?: string;
    readonly secretKeySecret?: WorkflowTemplateSpecTemplateDefaultsStepsArgumentsArtifactsS3SecretKeySecret;
    readonly sessionTokenSecret?: WorkflowTemplateSpecTemplateDefaultsStepsArgumentsArtifactsS3SessionTokenSecret;
    readonly useSdkCreds?: boolean;
}
export interface WorkflowTemplateSpecTemplateDefaultsStepsArgumentsParametersValueFrom {
    readonly configMapKeyRef?: WorkflowTemplateSpecTemplateDefaultsStepsArgumentsParametersValueFromConfigMapKeyRef;
    readonly default?: string;
    readonly event?: string;
    readonly expression?: string;
    readonly jqFilter?: string;
    readonly jsonPath?: string;
    readonly parameter?: string;
    readonly path?: string;
    readonly supplied?: any;
}
export interface WorkflowTemplateSpecTemplateDefaultsStepsHooksArgumentsArtifacts {
    readonly archive?: WorkflowTemplateSpecTemplateDefaultsStepsHooksArgumentsArtifactsArchive;
    readonly archiveLogs?: boolean;
    readonly artifactGc?: WorkflowTemplateSpecTemplateDefaultsStepsHooksArgumentsArtifactsArtifactGc;
    readonly artifactory?: WorkflowTemplateSpecTemplateDefaultsStepsHooksArgumentsArtifactsArtifactory;
    readonly azure?: WorkflowTemplateSpecTemplateDefaultsStepsHooksArgumentsArtifactsAzure;
    readonly deleted?: boolean;
    readonly from?: string;
    readonly fromExpression?: string;
    readonly gcs?: WorkflowTemplateSpecTemplateDefaultsStepsHooksArgumentsArtifactsGcs;
    readonly git?: WorkflowTemplateSpecTemplateDefaultsStepsHooksArgumentsArtifactsGit;
    readonly globalName?: string;
    readonly hdfs?: WorkflowTemplateSpecTemplateDefaultsStepsHooksArgumentsArtifactsHdfs;
    readonly http?: WorkflowTemplateSpecTemplateDefaultsStepsHooksArgumentsArtifactsHttp;
    readonly mode?: number;
    readonly name: string;
    readonly optional?: boolean;
    readonly oss?: WorkflowTemplateSpecTemplateDefaultsStepsHooksArgumentsArtifactsOss;
    readonly path?: string;
    readonly plugin?: WorkflowTemplateSpecTemplateDefaultsStepsHooksArgumentsArtifactsPlugin;
    readonly raw?: WorkflowTemplateSpecTemplateDefaultsStepsHooksArgumentsArtifactsRaw;
    readonly recurseMode?: boolean;
    readonly s3?: WorkflowTemplateSpecTemplateDefaultsStepsHooksArgumentsArtifactsS3;
    readonly subPath?: string;
}
export interface WorkflowTemplateSpecTemplateDefaultsStepsHooksArgumentsParameters {
    readonly default?: string;
    readonly description?: string;
    readonly enum?: string[];
    readonly globalName?: string;
    readonly name: string;
    readonly value?: string;
    readonly valueFrom?: WorkflowTemplateSpecTemplateDefaultsStepsHooksArgumentsParametersValueFrom;
}
export interface WorkflowTemplateSpecTemplateDefaultsVolumesDownwardApiItemsFieldRef {
    readonly apiVersion?: string;
    readonly fieldPath: string;
}
export interface WorkflowTemplateSpecTemplateDefaultsVolumesDownwardApiItemsResourceFieldRef {
    readonly containerName?: string;
    readonly divisor?: WorkflowTemplateSpecTemplateDefaultsVolumesDownwardApiItemsResourceFieldRefDivisor;
    readonly resource: string;
}
export interface WorkflowTemplateSpecTemplateDefaultsVolumesEphemeralVolumeClaimTemplateMetadata {
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
export interface WorkflowTemplateSpecTemplateDefaultsVolumesEphemeralVolumeClaimTemplateSpec {
    readonly accessModes?: string[];
    readonly dataSource?: WorkflowTemplateSpecTemplateDefaultsVolumesEphemeralVolumeClaimTemplateSpecDataSource;
    readonly dataSourceRef?: WorkflowTemplateSpecTemplateDefaultsVolumesEphemeralVolumeClaimTemplateSpecDataSourceRef;
    readonly resources?: WorkflowTemplateSpecTemplateDefaultsVolumesEphemeralVolumeClaimTemplateSpecResources;
    readonly selector?: WorkflowTemplateSpecTemplateDefaultsVolumesEphemeralVolumeClaimTemplateSpecSelector;
    readonly storageClassName?: string;
    readonly volumeAttributesClassName?: string;
    readonly volumeMode?: string;
    readonly volumeName?: string;
}
export interface WorkflowTemplateSpecTemplateDefaultsVolumesProjectedSourcesClusterTrustBundle {
    readonly labelSelector?: WorkflowTemplateSpecTemplateDefaultsVolumesProjectedSourcesClusterTrustBundleLabelSelector;
    readonly name?: string;
    readonly optional?: boolean;
    readonly path: string;
    readonly signerName?: string;
}
export interface WorkflowTemplateSpecTemplateDefaultsVolumesProjectedSourcesConfigMap {
    readonly items?: WorkflowTemplateSpecTemplateDefaultsVolumesProjectedSourcesConfigMapItems[];
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplateDefaultsVolumesProjectedSourcesDownwardApi {
    readonly items?: WorkflowTemplateSpecTemplateDefaultsVolumesProjectedSourcesDownwardApiItems[];
}
export interface WorkflowTemplateSpecTemplateDefaultsVolumesProjectedSourcesPodCertificate {
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
export interface WorkflowTemplateSpecTemplateDefaultsVolumesProjectedSourcesSecret {
    readonly items?: WorkflowTemplateSpecTemplateDefaultsVolumesProjectedSourcesSecretItems[];
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplateDefaultsVolumesProjectedSourcesServiceAccountToken {
    readonly audience?: string;
    readonly expirationSeconds?: number;
    readonly path: string;
}
export interface WorkflowTemplateSpecTemplatesAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreference {
    readonly matchExpressions?: WorkflowTemplateSpecTemplatesAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions[];
    readonly matchFields?: WorkflowTemplateSpecTemplatesAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields[];
}
export interface WorkflowTemplateSpecTemplatesAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTerms {
    readonly matchExpressions?: WorkflowTemplateSpecTemplatesAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions[];
    readonly matchFields?: WorkflowTemplateSpecTemplatesAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields[];
}
export interface WorkflowTemplateSpecTemplatesAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm {
    readonly labelSelector?: WorkflowTemplateSpecTemplatesAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector;
    readonly matchLabelKeys?: string[];
    readonly mismatchLabelKeys?: string[];
    readonly namespaceSelector?: WorkflowTemplateSpecTemplatesAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector;
    readonly namespaces?: string[];
    readonly topologyKey: string;
}
export interface WorkflowTemplateSpecTemplatesAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector {
    readonly matchExpressions?: WorkflowTemplateSpecTemplatesAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions[];
    readonly matchLabels?: {
        [key: string]: string;
    };
}
export interface WorkflowTemplateSpecTemplatesAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector {
    readonly matchExpressions?: WorkflowTemplateSpecTemplatesAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions[];
    readonly matchLabels?: {
        [key: string]: string;
    };
}
export interface WorkflowTemplateSpecTemplatesAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTerm {
    readonly labelSelector?: WorkflowTemplateSpecTemplatesAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector;
    readonly matchLabelKeys?: string[];
    readonly mismatchLabelKeys?: string[];
    readonly namespaceSelector?: WorkflowTemplateSpecTemplatesAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector;
    readonly namespaces?: string[];
    readonly topologyKey: string;
}
export interface WorkflowTemplateSpecTemplatesAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelector {
    readonly matchExpressions?: WorkflowTemplateSpecTemplatesAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions[];
    readonly matchLabels?: {
        [key: string]: string;
    };
}
export interface WorkflowTemplateSpecTemplatesAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelector {
    readonly matchExpressions?: WorkflowTemplateSpecTemplatesAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions[];
    readonly matchLabels?: {
        [key: string]: string;
    };
}
export interface WorkflowTemplateSpecTemplatesArchiveLocationHttpAuthBasicAuth {
    readonly passwordSecret?: WorkflowTemplateSpecTemplatesArchiveLocationHttpAuthBasicAuthPasswordSecret;
    readonly usernameSecret?: WorkflowTemplateSpecTemplatesArchiveLocationHttpAuthBasicAuthUsernameSecret;
}
export interface WorkflowTemplateSpecTemplatesArchiveLocationHttpAuthClientCert {
    readonly clientCertSecret?: WorkflowTemplateSpecTemplatesArchiveLocationHttpAuthClientCertClientCertSecret;
    readonly clientKeySecret?: WorkflowTemplateSpecTemplatesArchiveLocationHttpAuthClientCertClientKeySecret;
}
export interface WorkflowTemplateSpecTemplatesArchiveLocationHttpAuthOauth2 {
    readonly clientIdSecret?: WorkflowTemplateSpecTemplatesArchiveLocationHttpAuthOauth2ClientIdSecret;
    readonly clientSecretSecret?: WorkflowTemplateSpecTemplatesArchiveLocationHttpAuthOauth2ClientSecretSecret;
    readonly endpointParams?: WorkflowTemplateSpecTemplatesArchiveLocationHttpAuthOauth2EndpointParams[];
    readonly scopes?: string[];
    readonly tokenUrlSecret?: WorkflowTemplateSpecTemplatesArchiveLocationHttpAuthOauth2TokenUrlSecret;
}
export interface WorkflowTemplateSpecTemplatesArchiveLocationS3EncryptionOptionsServerSideCustomerKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplatesContainerEnvValueFromConfigMapKeyRef {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplatesContainerEnvValueFromFieldRef {
    readonly apiVersion?: string;
    readonly fieldPath: string;
}
export interface WorkflowTemplateSpecTemplatesContainerEnvValueFromFileKeyRef {
    readonly key: string;
    readonly optional?: boolean;
    readonly path: string;
    readonly volumeName: string;
}
export interface WorkflowTemplateSpecTemplatesContainerEnvValueFromResourceFieldRef {
    readonly containerName?: string;
    readonly divisor?: WorkflowTemplateSpecTemplatesContainerEnvValueFromResourceFieldRefDivisor;
    readonly resource: string;
}
export interface WorkflowTemplateSpecTemplatesContainerEnvValueFromSecretKeyRef {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplatesContainerLifecyclePostStartExec {
    readonly command?: string[];
}
export interface WorkflowTemplateSpecTemplatesContainerLifecyclePostStartHttpGet {
    readonly host?: string;
    readonly httpHeaders?: WorkflowTemplateSpecTemplatesContainerLifecyclePostStartHttpGetHttpHeaders[];
    readonly path?: string;
    readonly port: WorkflowTemplateSpecTemplatesContainerLifecyclePostStartHttpGetPort;
    readonly scheme?: string;
}
export interface WorkflowTemplateSpecTemplatesContainerLifecyclePostStartSleep {
    readonly seconds: number;
}
export interface WorkflowTemplateSpecTemplatesContainerLifecyclePostStartTcpSocket {
    readonly host?: string;
    readonly port: WorkflowTemplateSpecTemplatesContainerLifecyclePostStartTcpSocketPort;
}
export interface WorkflowTemplateSpecTemplatesContainerLifecyclePreStopExec {
    readonly command?: string[];
}
export interface WorkflowTemplateSpecTemplatesContainerLifecyclePreStopHttpGet {
    readonly host?: string;
    readonly httpHeaders?: WorkflowTemplateSpecTemplatesContainerLifecyclePreStopHttpGetHttpHeaders[];
    readonly path?: string;
    readonly port: WorkflowTemplateSpecTemplatesContainerLifecyclePreStopHttpGetPort;
    readonly scheme?: string;
}
export interface WorkflowTemplateSpecTemplatesContainerLifecyclePreStopSleep {
    readonly seconds: number;
}
export interface WorkflowTemplateSpecTemplatesContainerLifecyclePreStopTcpSocket {
    readonly host?: string;
    readonly port: WorkflowTemplateSpecTemplatesContainerLifecyclePreStopTcpSocketPort;
}
export interface WorkflowTemplateSpecTemplatesContainerLivenessProbeHttpGetHttpHeaders {
    readonly name: string;
    readonly value: string;
}
export declare class WorkflowTemplateSpecTemplatesContainerLivenessProbeHttpGetPort {
    readonly value: number | string;
    static fromNumber(value: number): WorkflowTemplateSpecTemplatesContainerLivenessProbeHttpGetPort;
    static fromString(value: string): WorkflowTemplateSpecTemplatesContainerLivenessProbeHttpGetPort;
    private constructor();
}
export declare class WorkflowTemplateSpecTemplatesContainerLivenessProbeTcpSocketPort {
    readonly value: number | string;
    static fromNumber(value: number): WorkflowTemplateSpecTemplatesContainerLivenessProbeTcpSocketPort;
    static fromString(value: string): WorkflowTemplateSpecTemplatesContainerLivenessProbeTcpSocketPort;
    private constructor();
}
export interface WorkflowTemplateSpecTemplatesContainerReadinessProbeHttpGetHttpHeaders {
    readonly name: string;
    readonly value: string;
}
export declare class WorkflowTemplateSpecTemplatesContainerReadinessProbeHttpGetPort {
    readonly value: number | string;
    static fromNumber(value: number): WorkflowTemplateSpecTemplatesContainerReadinessProbeHttpGetPort;
    static fromString(value: string): WorkflowTemplateSpecTemplatesContainerReadinessProbeHttpGetPort;
    private constructor();
}
export declare class WorkflowTemplateSpecTemplatesContainerReadinessProbeTcpSocketPort {
    readonly value: number | string;
    static fromNumber(value: number): WorkflowTemplateSpecTemplatesContainerReadinessProbeTcpSocketPort;
    static fromString(value: string): WorkflowTemplateSpecTemplatesContainerReadinessProbeTcpSocketPort;
    private constructor();
}
export interface WorkflowTemplateSpecTemplatesContainerStartupProbeHttpGetHttpHeaders {
    readonly name: string;
    readonly value: string;
}
export declare class WorkflowTemplateSpecTemplatesContainerStartupProbeHttpGetPort {
    readonly value: number | string;
    static fromNumber(value: number): WorkflowTemplateSpecTemplatesContainerStartupProbeHttpGetPort;
    static fromString(value: string): WorkflowTemplateSpecTemplatesContainerStartupProbeHttpGetPort;
    private constructor();
}
export declare class WorkflowTemplateSpecTemplatesContainerStartupProbeTcpSocketPort {
    readonly value: number | string;
    static fromNumber(value: number): WorkflowTemplateSpecTemplatesContainerStartupProbeTcpSocketPort;
    static fromString(value: string): WorkflowTemplateSpecTemplatesContainerStartupProbeTcpSocketPort;
    private constructor();
}
export interface WorkflowTemplateSpecTemplatesContainerSetContainersEnvValueFrom {
    readonly configMapKeyRef?: WorkflowTemplateSpecTemplatesContainerSetContainersEnvValueFromConfigMapKeyRef;
    readonly fieldRef?: WorkflowTemplateSpecTemplatesContainerSetContainersEnvValueFromFieldRef;
    readonly fileKeyRef?: WorkflowTemplateSpecTemplatesContainerSetContainersEnvValueFromFileKeyRef;
    readonly resourceFieldRef?: WorkflowTemplateSpecTemplatesContainerSetContainersEnvValueFromResourceFieldRef;
    readonly secretKeyRef?: WorkflowTemplateSpecTemplatesContainerSetContainersEnvValueFromSecretKeyRef;
}
export interface WorkflowTemplateSpecTemplatesContainerSetContainersEnvFromConfigMapRef {
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplatesContainerSetContainersEnvFromSecretRef {
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplatesContainerSetContainersLifecyclePostStart {
    readonly exec?: WorkflowTemplateSpecTemplatesContainerSetContainersLifecyclePostStartExec;
    readonly httpGet?: WorkflowTemplateSpecTemplatesContainerSetContainersLifecyclePostStartHttpGet;
    readonly sleep?: WorkflowTemplateSpecTemplatesContainerSetContainersLifecyclePostStartSleep;
    readonly tcpSocket?: WorkflowTemplateSpecTemplatesContainerSetContainersLifecyclePostStartTcpSocket;
}
export interface WorkflowTemplateSpecTemplatesContainerSetContainersLifecyclePreStop {
    readonly exec?: WorkflowTemplateSpecTemplatesContainerSetContainersLifecyclePreStopExec;
    readonly httpGet?: WorkflowTemplateSpecTemplatesContainerSetContainersLifecyclePreStopHttpGet;
    readonly sleep?: WorkflowTemplateSpecTemplatesContainerSetContainersLifecyclePreStopSleep;
    readonly tcpSocket?: WorkflowTemplateSpecTemplatesContainerSetContainersLifecyclePreStopTcpSocket;
}
export interface WorkflowTemplateSpecTemplatesContainerSetContainersLivenessProbeExec {
    readonly command?: string[];
}
export interface WorkflowTemplateSpecTemplatesContainerSetContainersLivenessProbeGrpc {
    readonly port: number;
    readonly service?: string;
}
export interface WorkflowTemplateSpecTemplatesContainerSetContainersLivenessProbeHttpGet {
    readonly host?: string;
    readonly httpHeaders?: WorkflowTemplateSpecTemplatesContainerSetContainersLivenessProbeHttpGetHttpHeaders[];
    readonly path?: string;
    readonly port: WorkflowTemplateSpecTemplatesContainerSetContainersLivenessProbeHttpGetPort;
    readonly scheme?: string;
}
export interface WorkflowTemplateSpecTemplatesContainerSetContainersLivenessProbeTcpSocket {
    readonly host?: string;
    readonly port: WorkflowTemplateSpecTemplatesContainerSetContainersLivenessProbeTcpSocketPort;
}
export interface WorkflowTemplateSpecTemplatesContainerSetContainersReadinessProbeExec {
    readonly command?: string[];
}
export interface WorkflowTemplateSpecTemplatesContainerSetContainersReadinessProbeGrpc {
    readonly port: number;
    readonly service?: string;
}
export interface WorkflowTemplateSpecTemplatesContainerSetContainersReadinessProbeHttpGet {
    readonly host?: string;
    readonly httpHeaders?: WorkflowTemplateSpecTemplatesContainerSetContainersReadinessProbeHttpGetHttpHeaders[];
    readonly path?: string;
    readonly port: WorkflowTemplateSpecTemplatesContainerSetContainersReadinessProbeHttpGetPort;
    readonly scheme?: string;
}
export interface WorkflowTemplateSpecTemplatesContainerSetContainersReadinessProbeTcpSocket {
    readonly host?: string;
    readonly port: WorkflowTemplateSpecTemplatesContainerSetContainersReadinessProbeTcpSocketPort;
}
export interface WorkflowTemplateSpecTemplatesContainerSetContainersResourcesClaims {
    readonly name: string;
    readonly request?: string;
}
export declare class WorkflowTemplateSpecTemplatesContainerSetContainersResourcesLimits {
    readonly value: number | string;
    static fromNumber(value: number): WorkflowTemplateSpecTemplatesContainerSetContainersResourcesLimits;
    static fromString(value: string): WorkflowTemplateSpecTemplatesContainerSetContainersResourcesLimits;
    private constructor();
}
export declare class WorkflowTemplateSpecTemplatesContainerSetContainersResourcesRequests {
    readonly value: number | string;
    static fromNumber(value: number): WorkflowTemplateSpecTemplatesContainerSetContainersResourcesRequests;
    static fromString(value: string): WorkflowTemplateSpecTemplatesContainerSetContainersResourcesRequests;
    private constructor();
}
export interface WorkflowTemplateSpecTemplatesContainerSetContainersRestartPolicyRulesExitCodes {
    readonly operator: string;
    readonly values?: number[];
}
export interface WorkflowTemplateSpecTemplatesContainerSetContainersSecurityContextAppArmorProfile {
    readonly localhostProfile?: string;
    readonly type: string;
}
export interface WorkflowTemplateSpecTemplatesContainerSetContainersSecurityContextCapabilities {
    readonly add?: string[];
    readonly drop?: string[];
}
export interface WorkflowTemplateSpecTemplatesContainerSetContainersSecurityContextSeLinuxOptions {
    readonly level?: string;
    readonly role?: string;
    readonly type?: string;
    readonly user?: string;
}
export interface WorkflowTemplateSpecTemplatesContainerSetContainersSecurityContextSeccompProfile {
    readonly localhostProfile?: string;
    readonly type: string;
}
export interface WorkflowTemplateSpecTemplatesContainerSetContainersSecurityContextWindowsOptions {
    readonly gmsaCredentialSpec?: string;
    readonly gmsaCredentialSpecName?: string;
    readonly hostProcess?: boolean;
    readonly runAsUserName?: string;
}
export interface WorkflowTemplateSpecTemplatesContainerSetContainersStartupProbeExec {
    readonly command?: string[];
}
export interface WorkflowTemplateSpecTemplatesContainerSetContainersStartupProbeGrpc {
    readonly port: number;
    readonly service?: string;
}
export interface WorkflowTemplateSpecTemplatesContainerSetContainersStartupProbeHttpGet {
    readonly host?: string;
    readonly httpHeaders?: WorkflowTemplateSpecTemplatesContainerSetContainersStartupProbeHttpGetHttpHeaders[];
    readonly path?: string;
    readonly port: WorkflowTemplateSpecTemplatesContainerSetContainersStartupProbeHttpGetPort;
    readonly scheme?: string;
}
export interface WorkflowTemplateSpecTemplatesContainerSetContainersStartupProbeTcpSocket {
    readonly host?: string;
    readonly port: WorkflowTemplateSpecTemplatesContainerSetContainersStartupProbeTcpSocketPort;
}
export interface WorkflowTemplateSpecTemplatesDagTasksArgumentsArtifacts {
    readonly archive?: WorkflowTemplateSpecTemplatesDagTasksArgumentsArtifactsArchive;
    readonly archiveLogs?: boolean;
    readonly artifactGc?: WorkflowTemplateSpecTemplatesDagTasksArgumentsArtifactsArtifactGc;
    readonly artifactory?: WorkflowTemplateSpecTemplatesDagTasksArgumentsArtifactsArtifactory;
    readonly azure?: WorkflowTemplateSpecTemplatesDagTasksArgumentsArtifactsAzure;
    readonly deleted?: boolean;
    readonly from?: string;
    readonly fromExpression?: string;
    readonly gcs?: WorkflowTemplateSpecTemplatesDagTasksArgumentsArtifactsGcs;
    readonly git?: WorkflowTemplateSpecTemplatesDagTasksArgumentsArtifactsGit;
    readonly globalName?: string;
    readonly hdfs?: WorkflowTemplateSpecTemplatesDagTasksArgumentsArtifactsHdfs;
    readonly http?: WorkflowTemplateSpecTemplatesDagTasksArgumentsArtifactsHttp;
    readonly mode?: number;
    readonly name: string;
    readonly optional?: boolean;
    readonly oss?: WorkflowTemplateSpecTemplatesDagTasksArgumentsArtifactsOss;
    readonly path?: string;
    readonly plugin?: WorkflowTemplateSpecTemplatesDagTasksArgumentsArtifactsPlugin;
    readonly raw?: WorkflowTemplateSpecTemplatesDagTasksArgumentsArtifactsRaw;
    readonly recurseMode?: boolean;
    readonly s3?: WorkflowTemplateSpecTemplatesDagTasksArgumentsArtifactsS3;
    readonly subPath?: string;
}
export interface WorkflowTemplateSpecTemplatesDagTasksArgumentsParameters {
    readonly default?: string;
    readonly description?: string;
    readonly enum?: string[];
    readonly globalName?: string;
    readonly name: string;
    readonly value?: string;
    readonly valueFrom?: WorkflowTemplateSpecTemplatesDagTasksArgumentsParametersValueFrom;
}
export interface WorkflowTemplateSpecTemplatesDagTasksHooksArguments {
    readonly artifacts?: WorkflowTemplateSpecTemplatesDagTasksHooksArgumentsArtifacts[];
    readonly parameters?: WorkflowTemplateSpecTemplatesDagTasksHooksArgumentsParameters[];
}
export interface WorkflowTemplateSpecTemplatesDagTasksHooksTemplateRef {
    readonly clusterScope?: boolean;
    readonly name?: string;
    readonly template?: string;
}
export declare class WorkflowTemplateSpecTemplatesDagTasksWithSequenceCount {
    readonly value: number | string;
    static fromNumber(value: number): WorkflowTemplateSpecTemplatesDagTasksWithSequenceCount;
    static fromString(value: string): WorkflowTemplateSpecTemplatesDagTasksWithSequenceCount;
    private constructor();
}
export declare class WorkflowTemplateSpecTemplatesDagTasksWithSequenceEnd {
    readonly value: number | string;
    static fromNumber(value: number): WorkflowTemplateSpecTemplatesDagTasksWithSequenceEnd;
    static fromString(value: string): WorkflowTemplateSpecTemplatesDagTasksWithSequenceEnd;
    private constructor();
}
export declare class WorkflowTemplateSpecTemplatesDagTasksWithSequenceStart {
    readonly value: number | string;
    static fromNumber(value: number): WorkflowTemplateSpecTemplatesDagTasksWithSequenceStart;
    static fromString(value: string): WorkflowTemplateSpecTemplatesDagTasksWithSequenceStart;
    private constructor();
}
export interface WorkflowTemplateSpecTemplatesDataSourceArtifactPathsArchive {
    readonly none?: any;
    readonly tar?: WorkflowTemplateSpecTemplatesDataSourceArtifactPathsArchiveTar;
    readonly zip?: any;
}
export interface WorkflowTemplateSpecTemplatesDataSourceArtifactPathsArtifactGc {
    readonly podMetadata?: WorkflowTemplateSpecTemplatesDataSourceArtifactPathsArtifactGcPodMetadata;
    readonly serviceAccountName?: string;
    readonly strategy?: WorkflowTemplateSpecTemplatesDataSourceArtifactPathsArtifactGcStrategy;
}
export interface WorkflowTemplateSpecTemplatesDataSourceArtifactPathsArtifactory {
    readonly passwordSecret?: WorkflowTemplateSpecTemplatesDataSourceArtifactPathsArtifactoryPasswordSecret;
    readonly url: string;
    readonly usernameSecret?: WorkflowTemplateSpecTemplatesDataSourceArtifactPathsArtifactoryUsernameSecret;
}
export interface WorkflowTemplateSpecTemplatesDataSourceArtifactPathsAzure {
    readonly accountKeySecret?: WorkflowTemplateSpecTemplatesDataSourceArtifactPathsAzureAccountKeySecret;
    readonly blob: string;
    readonly container: string;
    readonly endpoint: string;
    readonly useSdkCreds?: boolean;
}
export interface WorkflowTemplateSpecTemplatesDataSourceArtifactPathsGcs {
    readonly bucket?: string;
    readonly key: string;
    readonly serviceAccountKeySecret?: WorkflowTemplateSpecTemplatesDataSourceArtifactPathsGcsServiceAccountKeySecret;
}
export interface WorkflowTemplateSpecTemplatesDataSourceArtifactPathsGit {
    readonly branch?: string;
    readonly depth?: number;
    readonly disableSubmodules?: boolean;
    readonly fetch?: string[];
    readonly insecureIgnoreHostKey?: boolean;
    readonly insecureSkipTls?: boolean;
    readonly passwordSecret?: WorkflowTemplateSpecTemplatesDataSourceArtifactPathsGitPasswordSecret;
    readonly repo: string;
    readonly revision?: string;
    readonly singleBranch?: boolean;
    readonly sshPrivateKeySecret?: WorkflowTemplateSpecTemplatesDataSourceArtifactPathsGitSshPrivateKeySecret;
    readonly usernameSecret?: WorkflowTemplateSpecTemplatesDataSourceArtifactPathsGitUsernameSecret;
}
export interface WorkflowTemplateSpecTemplatesDataSourceArtifactPathsHdfs {
    readonly addresses?: string[];
    readonly dataTransferProtection?: string;
    readonly force?: boolean;
    readonly hdfsUser?: string;
    readonly krbCCacheSecret?: WorkflowTemplateSpecTemplatesDataSourceArtifactPathsHdfsKrbCCacheSecret;
    readonly krbConfigConfigMap?: WorkflowTemplateSpecTemplatesDataSourceArtifactPathsHdfsKrbConfigConfigMap;
    readonly krbKeytabSecret?: WorkflowTemplateSpecTemplatesDataSourceArtifactPathsHdfsKrbKeytabSecret;
    readonly krbRealm?: string;
    readonly krbServicePrincipalName?: string;
    readonly krbUsername?: string;
    readonly path: string;
}
export interface WorkflowTemplateSpecTemplatesDataSourceArtifactPathsHttp {
    readonly auth?: WorkflowTemplateSpecTemplatesDataSourceArtifactPathsHttpAuth;
    readonly headers?: WorkflowTemplateSpecTemplatesDataSourceArtifactPathsHttpHeaders[];
    readonly saveStreamViaFile?: boolean;
    readonly url: string;
}
export interface WorkflowTemplateSpecTemplatesDataSourceArtifactPathsOss {
    readonly accessKeySecret?: WorkflowTemplateSpecTemplatesDataSourceArtifactPathsOssAccessKeySecret;
    readonly bucket?: string;
    readonly createBucketIfNotPresent?: boolean;
    readonly endpoint?: string;
    readonly key: string;
    readonly lifecycleRule?: WorkflowTemplateSpecTemplatesDataSourceArtifactPathsOssLifecycleRule;
    readonly secretKeySecret?: WorkflowTemplateSpecTemplatesDataSourceArtifactPathsOssSecretKeySecret;
    readonly securityToken?: string;
    readonly useSdkCreds?: boolean;
}
export interface WorkflowTemplateSpecTemplatesDataSourceArtifactPathsPlugin {
    readonly configuration?: string;
    readonly connectionTimeoutSeconds?: number;
    readonly key: string;
    readonly name?: string;
}
export interface WorkflowTemplateSpecTemplatesDataSourceArtifactPathsRaw {
    readonly data: string;
}
export interface WorkflowTemplateSpecTemplatesDataSourceArtifactPathsS3 {
    readonly accessKeySecret?: WorkflowTemplateSpecTemplatesDataSourceArtifactPathsS3AccessKeySecret;
    readonly addressingStyle?: WorkflowTemplateSpecTemplatesDataSourceArtifactPathsS3AddressingStyle;
    readonly bucket?: string;
    readonly caSecret?: WorkflowTemplateSpecTemplatesDataSourceArtifactPathsS3CaSecret;
    readonly createBucketIfNotPresent?: WorkflowTemplateSpecTemplatesDataSourceArtifactPathsS3CreateBucketIfNotPresent;
    readonly encryptionOptions?: WorkflowTemplateSpecTemplatesDataSourceArtifactPathsS3EncryptionOptions;
    readonly endpoint?: string;
    readonly insecure?: boolean;
    readonly key?: string;
    readonly region?: string;
    readonly roleArn?: string;
    readonly secretKeySecret?: WorkflowTemplateSpecTemplatesDataSourceArtifactPathsS3SecretKeySecret;
    readonly sessionTokenSecret?: WorkflowTemplateSpecTemplatesDataSourceArtifactPathsS3SessionTokenSecret;
    readonly useSdkCreds?: boolean;
}
export interface WorkflowTemplateSpecTemplatesHttpHeadersValueFromSecretKeyRef {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplatesInitContainersEnvValueFromConfigMapKeyRef {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplatesInitContainersEnvValueFromFieldRef {
    readonly apiVersion?: string;
    readonly fieldPath: string;
}
export interface WorkflowTemplateSpecTemplatesInitContainersEnvValueFromFileKeyRef {
    readonly key: string;
    readonly optional?: boolean;
    readonly path: string;
    readonly volumeName: string;
}
export interface WorkflowTemplateSpecTemplatesInitContainersEnvValueFromResourceFieldRef {
    readonly containerName?: string;
    readonly divisor?: WorkflowTemplateSpecTemplatesInitContainersEnvValueFromResourceFieldRefDivisor;
    readonly resource: string;
}
export interface WorkflowTemplateSpecTemplatesInitContainersEnvValueFromSecretKeyRef {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplatesInitContainersLifecyclePostStartExec {
    readonly command?: string[];
}
export interface WorkflowTemplateSpecTemplatesInitContainersLifecyclePostStartHttpGet {
    readonly host?: string;
    readonly httpHeaders?: WorkflowTemplateSpecTemplatesInitContainersLifecyclePostStartHttpGetHttpHeaders[];
    readonly path?: string;
    readonly port: WorkflowTemplateSpecTemplatesInitContainersLifecyclePostStartHttpGetPort;
    readonly scheme?: string;
}
export interface WorkflowTemplateSpecTemplatesInitContainersLifecyclePostStartSleep {
    readonly seconds: number;
}
export interface WorkflowTemplateSpecTemplatesInitContainersLifecyclePostStartTcpSocket {
    readonly host?: string;
    readonly port: WorkflowTemplateSpecTemplatesInitContainersLifecyclePostStartTcpSocketPort;
}
export interface WorkflowTemplateSpecTemplatesInitContainersLifecyclePreStopExec {
    readonly command?: string[];
}
export interface WorkflowTemplateSpecTemplatesInitContainersLifecyclePreStopHttpGet {
    readonly host?: string;
    readonly httpHeaders?: WorkflowTemplateSpecTemplatesInitContainersLifecyclePreStopHttpGetHttpHeaders[];
    readonly path?: string;
    readonly port: WorkflowTemplateSpecTemplatesInitContainersLifecyclePreStopHttpGetPort;
    readonly scheme?: string;
}
export interface WorkflowTemplateSpecTemplatesInitContainersLifecyclePreStopSleep {
    readonly seconds: number;
}
export interface WorkflowTemplateSpecTemplatesInitContainersLifecyclePreStopTcpSocket {
    readonly host?: string;
    readonly port: WorkflowTemplateSpecTemplatesInitContainersLifecyclePreStopTcpSocketPort;
}
export interface WorkflowTemplateSpecTemplatesInitContainersLivenessProbeHttpGetHttpHeaders {
    readonly name: string;
    readonly value: string;
}
export declare class WorkflowTemplateSpecTemplatesInitContainersLivenessProbeHttpGetPort {
    readonly value: number | string;
    static fromNumber(value: number): WorkflowTemplateSpecTemplatesInitContainersLivenessProbeHttpGetPort;
    static fromString(value: string): WorkflowTemplateSpecTemplatesInitContainersLivenessProbeHttpGetPort;
    private constructor();
}
export declare class WorkflowTemplateSpecTemplatesInitContainersLivenessProbeTcpSocketPort {
    readonly value: number | string;
    static fromNumber(value: number): WorkflowTemplateSpecTemplatesInitContainersLivenessProbeTcpSocketPort;
    static fromString(value: string): WorkflowTemplateSpecTemplatesInitContainersLivenessProbeTcpSocketPort;
    private constructor();
}
export interface WorkflowTemplateSpecTemplatesInitContainersReadinessProbeHttpGetHttpHeaders {
    readonly name: string;
    readonly value: string;
}
export declare class WorkflowTemplateSpecTemplatesInitContainersReadinessProbeHttpGetPort {
    readonly value: number | string;
    static fromNumber(value: number): WorkflowTemplateSpecTemplatesInitContainersReadinessProbeHttpGetPort;
    static fromString(value: string): WorkflowTemplateSpecTemplatesInitContainersReadinessProbeHttpGetPort;
    private constructor();
}
export declare class WorkflowTemplateSpecTemplatesInitContainersReadinessProbeTcpSocketPort {
    readonly value: number | string;
    static fromNumber(value: number): WorkflowTemplateSpecTemplatesInitContainersReadinessProbeTcpSocketPort;
    static fromString(value: string): WorkflowTemplateSpecTemplatesInitContainersReadinessProbeTcpSocketPort;
    private constructor();
}
export interface WorkflowTemplateSpecTemplatesInitContainersStartupProbeHttpGetHttpHeaders {
    readonly name: string;
    readonly value: string;
}
export declare class WorkflowTemplateSpecTemplatesInitContainersStartupProbeHttpGetPort {
    readonly value: number | string;
    static fromNumber(value: number): WorkflowTemplateSpecTemplatesInitContainersStartupProbeHttpGetPort;
    static fromString(value: string): WorkflowTemplateSpecTemplatesInitContainersStartupProbeHttpGetPort;
    private constructor();
}
export declare class WorkflowTemplateSpecTemplatesInitContainersStartupProbeTcpSocketPort {
    readonly value: number | string;
    static fromNumber(value: number): WorkflowTemplateSpecTemplatesInitContainersStartupProbeTcpSocketPort;
    static fromString(value: string): WorkflowTemplateSpecTemplatesInitContainersStartupProbeTcpSocketPort;
    private constructor();
}
export interface WorkflowTemplateSpecTemplatesInputsArtifactsArchiveTar {
    readonly compressionLevel?: number;
}
export interface WorkflowTemplateSpecTemplatesInputsArtifactsArtifactGcPodMetadata {
    readonly annotations?: {
        [key: string]: string;
    };
    readonly labels?: {
        [key: string]: string;
    };
}
export declare enum WorkflowTemplateSpecTemplatesInputsArtifactsArtifactGcStrategy {
    ON_WORKFLOW_COMPLETION = "OnWorkflowCompletion",
    ON_WORKFLOW_DELETION = "OnWorkflowDeletion",
    NEVER = "Never"
}
export interface WorkflowTemplateSpecTemplatesInputsArtifactsArtifactoryPasswordSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplatesInputsArtifactsArtifactoryUsernameSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplatesInputsArtifactsAzureAccountKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplatesInputsArtifactsGcsServiceAccountKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplatesInputsArtifactsGitPasswordSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplatesInputsArtifactsGitSshPrivateKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplatesInputsArtifactsGitUsernameSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplatesInputsArtifactsHdfsKrbCCacheSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplatesInputsArtifactsHdfsKrbConfigConfigMap {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplatesInputsArtifactsHdfsKrbKeytabSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplatesInputsArtifactsHttpAuth {
    readonly basicAuth?: WorkflowTemplateSpecTemplatesInputsArtifactsHttpAuthBasicAuth;
    readonly clientCert?: WorkflowTemplateSpecTemplatesInputsArtifactsHttpAuthClientCert;
    readonly oauth2?: WorkflowTemplateSpecTemplatesInputsArtifactsHttpAuthOauth2;
}
export interface WorkflowTemplateSpecTemplatesInputsArtifactsHttpHeaders {
    readonly name: string;
    readonly value: string;
}
export interface WorkflowTemplateSpecTemplatesInputsArtifactsOssAccessKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplatesInputsArtifactsOssLifecycleRule {
    readonly markDeletionAfterDays?: number;
    readonly markInfrequentAccessAfterDays?: number;
}
export interface WorkflowTemplateSpecTemplatesInputsArtifactsOssSecretKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplatesInputsArtifactsS3AccessKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export declare enum WorkflowTemplateSpecTemplatesInputsArtifactsS3AddressingStyle {
    PATH = "path",
    VIRTUAL_HYPHEN_HOSTED = "virtual-hosted"
}
export interface WorkflowTemplateSpecTemplatesInputsArtifactsS3CaSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplatesInputsArtifactsS3CreateBucketIfNotPresent {
    readonly objectLocking?: boolean;
}
export interface WorkflowTemplateSpecTemplatesInputsArtifactsS3EncryptionOptions {
    readonly enableEncryption?: boolean;
    readonly kmsEncryptionContext?: string;
    readonly kmsKeyId?: string;
    readonly serverSideCustomerKeySecret?: WorkflowTemplateSpecTemplatesInputsArtifactsS3EncryptionOptionsServerSideCustomerKeySecret;
}
export interface WorkflowTemplateSpecTemplatesInputsArtifactsS3SecretKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplatesInputsArtifactsS3SessionTokenSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplatesInputsParametersValueFromConfigMapKeyRef {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export declare enum WorkflowTemplateSpecTemplatesMetricsPrometheusGaugeOperation {
    SET = "Set",
    ADD = "Add",
    SUB = "Sub"
}
export interface WorkflowTemplateSpecTemplatesOutputsArtifactsArchiveTar {
    readonly compressionLevel?: number;
}
export interface WorkflowTemplateSpecTemplatesOutputsArtifactsArtifactGcPodMetadata {
    readonly annotations?: {
        [key: string]: string;
    };
    readonly labels?: {
        [key: string]: string;
    };
}
export declare enum WorkflowTemplateSpecTemplatesOutputsArtifactsArtifactGcStrategy {
    ON_WORKFLOW_COMPLETION = "OnWorkflowCompletion",
    ON_WORKFLOW_DELETION = "OnWorkflowDeletion",
    NEVER = "Never"
}
export interface WorkflowTemplateSpecTemplatesOutputsArtifactsArtifactoryPasswordSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplatesOutputsArtifactsArtifactoryUsernameSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplatesOutputsArtifactsAzureAccountKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplatesOutputsArtifactsGcsServiceAccountKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplatesOutputsArtifactsGitPasswordSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplatesOutputsArtifactsGitSshPrivateKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplatesOutputsArtifactsGitUsernameSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplatesOutputsArtifactsHdfsKrbCCacheSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplatesOutputsArtifactsHdfsKrbConfigConfigMap {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplatesOutputsArtifactsHdfsKrbKeytabSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplatesOutputsArtifactsHttpAuth {
    readonly basicAuth?: WorkflowTemplateSpecTemplatesOutputsArtifactsHttpAuthBasicAuth;
    readonly clientCert?: WorkflowTemplateSpecTemplatesOutputsArtifactsHttpAuthClientCert;
    readonly oauth2?: WorkflowTemplateSpecTemplatesOutputsArtifactsHttpAuthOauth2;
}
export interface WorkflowTemplateSpecTemplatesOutputsArtifactsHttpHeaders {
    readonly name: string;
    readonly value: string;
}
export interface WorkflowTemplateSpecTemplatesOutputsArtifactsOssAccessKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplatesOutputsArtifactsOssLifecycleRule {
    readonly markDeletionAfterDays?: number;
    readonly markInfrequentAccessAfterDays?: number;
}
export interface WorkflowTemplateSpecTemplatesOutputsArtifactsOssSecretKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplatesOutputsArtifactsS3AccessKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export declare enum WorkflowTemplateSpecTemplatesOutputsArtifactsS3AddressingStyle {
    PATH = "path",
    VIRTUAL_HYPHEN_HOSTED = "virtual-hosted"
}
export interface WorkflowTemplateSpecTemplatesOutputsArtifactsS3CaSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplatesOutputsArtifactsS3CreateBucketIfNotPresent {
    readonly objectLocking?: boolean;
}
export interface WorkflowTemplateSpecTemplatesOutputsArtifactsS3EncryptionOptions {
    readonly enableEncryption?: boolean;
    readonly kmsEncryptionContext?: string;
    readonly kmsKeyId?: string;
    readonly serverSideCustomerKeySecret?: WorkflowTemplateSpecTemplatesOutputsArtifactsS3EncryptionOptionsServerSideCustomerKeySecret;
}
export interface WorkflowTemplateSpecTemplatesOutputsArtifactsS3SecretKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplatesOutputsArtifactsS3SessionTokenSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplatesOutputsParametersValueFromConfigMapKeyRef {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplatesResourceManifestFromArtifactArchive {
    readonly none?: any;
    readonly tar?: WorkflowTemplateSpecTemplatesResourceManifestFromArtifactArchiveTar;
    readonly zip?: any;
}
export interface WorkflowTemplateSpecTemplatesResourceManifestFromArtifactArtifactGc {
    readonly podMetadata?: WorkflowTemplateSpecTemplatesResourceManifestFromArtifactArtifactGcPodMetadata;
    readonly serviceAccountName?: string;
    readonly strategy?: WorkflowTemplateSpecTemplatesResourceManifestFromArtifactArtifactGcStrategy;
}
export interface WorkflowTemplateSpecTemplatesResourceManifestFromArtifactArtifactory {
    readonly passwordSecret?: WorkflowTemplateSpecTemplatesResourceManifestFromArtifactArtifactoryPasswordSecret;
    readonly url: string;
    readonly usernameSecret?: WorkflowTemplateSpecTemplatesResourceManifestFromArtifactArtifactoryUsernameSecret;
}
export interface WorkflowTemplateSpecTemplatesResourceManifestFromArtifactAzure {
    readonly accountKeySecret?: WorkflowTemplateSpecTemplatesResourceManifestFromArtifactAzureAccountKeySecret;
    readonly blob: string;
    readonly container: string;
    readonly endpoint: string;
    readonly useSdkCreds?: boolean;
}
export interface WorkflowTemplateSpecTemplatesResourceManifestFromArtifactGcs {
    readonly bucket?: string;
    readonly key: string;
    readonly serviceAccountKeySecret?: WorkflowTemplateSpecTemplatesResourceManifestFromArtifactGcsServiceAccountKeySecret;
}
export interface WorkflowTemplateSpecTemplatesResourceManifestFromArtifactGit {
    readonly branch?: string;
    readonly depth?: number;
    readonly disableSubmodules?: boolean;
    readonly fetch?: string[];
    readonly insecureIgnoreHostKey?: boolean;
    readonly insecureSkipTls?: boolean;
    readonly passwordSecret?: WorkflowTemplateSpecTemplatesResourceManifestFromArtifactGitPasswordSecret;
    readonly repo: string;
    readonly revision?: string;
    readonly singleBranch?: boolean;
    readonly sshPrivateKeySecret?: WorkflowTemplateSpecTemplatesResourceManifestFromArtifactGitSshPrivateKeySecret;
    readonly usernameSecret?: WorkflowTemplateSpecTemplatesResourceManifestFromArtifactGitUsernameSecret;
}
export interface WorkflowTemplateSpecTemplatesResourceManifestFromArtifactHdfs {
    readonly addresses?: string[];
    readonly dataTransferProtection?: string;
    readonly force?: boolean;
    readonly hdfsUser?: string;
    readonly krbCCacheSecret?: WorkflowTemplateSpecTemplatesResourceManifestFromArtifactHdfsKrbCCacheSecret;
    readonly krbConfigConfigMap?: WorkflowTemplateSpecTemplatesResourceManifestFromArtifactHdfsKrbConfigConfigMap;
    readonly krbKeytabSecret?: WorkflowTemplateSpecTemplatesResourceManifestFromArtifactHdfsKrbKeytabSecret;
    readonly krbRealm?: string;
    readonly krbServicePrincipalName?: string;
    readonly krbUsername?: string;
    readonly path: string;
}
export interface WorkflowTemplateSpecTemplatesResourceManifestFromArtifactHttp {
    readonly auth?: WorkflowTemplateSpecTemplatesResourceManifestFromArtifactHttpAuth;
    readonly headers?: WorkflowTemplateSpecTemplatesResourceManifestFromArtifactHttpHeaders[];
    readonly saveStreamViaFile?: boolean;
    readonly url: string;
}
export interface WorkflowTemplateSpecTemplatesResourceManifestFromArtifactOss {
    readonly accessKeySecret?: WorkflowTemplateSpecTemplatesResourceManifestFromArtifactOssAccessKeySecret;
    readonly bucket?: string;
    readonly createBucketIfNotPresent?: boolean;
    readonly endpoint?: string;
    readonly key: string;
    readonly lifecycleRule?: WorkflowTemplateSpecTemplatesResourceManifestFromArtifactOssLifecycleRule;
    readonly secretKeySecret?: WorkflowTemplateSpecTemplatesResourceManifestFromArtifactOssSecretKeySecret;
    readonly securityToken?: string;
    readonly useSdkCreds?: boolean;
}
export interface WorkflowTemplateSpecTemplatesResourceManifestFromArtifactPlugin {
    readonly configuration?: string;
    readonly connectionTimeoutSeconds?: number;
    readonly key: string;
    readonly name?: string;
}
export interface WorkflowTemplateSpecTemplatesResourceManifestFromArtifactRaw {
    readonly data: string;
}
export interface WorkflowTemplateSpecTemplatesResourceManifestFromArtifactS3 {
    readonly accessKeySecret?: WorkflowTemplateSpecTemplatesResourceManifestFromArtifactS3AccessKeySecret;
    readonly addressingStyle?: WorkflowTemplateSpecTemplatesResourceManifestFromArtifactS3AddressingStyle;
    readonly bucket?: string;
    readonly caSecret?: WorkflowTemplateSpecTemplatesResourceManifestFromArtifactS3CaSecret;
    readonly createBucketIfNotPresent?: WorkflowTemplateSpecTemplatesResourceManifestFromArtifactS3CreateBucketIfNotPresent;
    readonly encryptionOptions?: WorkflowTemplateSpecTemplatesResourceManifestFromArtifactS3EncryptionOptions;
    readonly endpoint?: string;
    readonly insecure?: boolean;
    readonly key?: string;
    readonly region?: string;
    readonly roleArn?: string;
    readonly secretKeySecret?: WorkflowTemplateSpecTemplatesResourceManifestFromArtifactS3SecretKeySecret;
    readonly sessionTokenSecret?: WorkflowTemplateSpecTemplatesResourceManifestFromArtifactS3SessionTokenSecret;
    readonly useSdkCreds?: boolean;
}
export interface WorkflowTemplateSpecTemplatesScriptEnvValueFromConfigMapKeyRef {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplatesScriptEnvValueFromFieldRef {
    readonly apiVersion?: string;
    readonly fieldPath: string;
}
export interface WorkflowTemplateSpecTemplatesScriptEnvValueFromFileKeyRef {
    readonly key: string;
    readonly optional?: boolean;
    readonly path: string;
    readonly volumeName: string;
}
export interface WorkflowTemplateSpecTemplatesScriptEnvValueFromResourceFieldRef {
    readonly containerName?: string;
    readonly divisor?: WorkflowTemplateSpecTemplatesScriptEnvValueFromResourceFieldRefDivisor;
    readonly resource: string;
}
export interface WorkflowTemplateSpecTemplatesScriptEnvValueFromSecretKeyRef {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplatesScriptLifecyclePostStartExec {
    readonly command?: string[];
}
export interface WorkflowTemplateSpecTemplatesScriptLifecyclePostStartHttpGet {
    readonly host?: string;
    readonly httpHeaders?: WorkflowTemplateSpecTemplatesScriptLifecyclePostStartHttpGetHttpHeaders[];
    readonly path?: string;
    readonly port: WorkflowTemplateSpecTemplatesScriptLifecyclePostStartHttpGetPort;
    readonly scheme?: string;
}
export interface WorkflowTemplateSpecTemplatesScriptLifecyclePostStartSleep {
    readonly seconds: number;
}
export interface WorkflowTemplateSpecTemplatesScriptLifecyclePostStartTcpSocket {
    readonly host?: string;
    readonly port: WorkflowTemplateSpecTemplatesScriptLifecyclePostStartTcpSocketPort;
}
export interface WorkflowTemplateSpecTemplatesScriptLifecyclePreStopExec {
    readonly command?: string[];
}
export interface WorkflowTemplateSpecTemplatesScriptLifecyclePreStopHttpGet {
    readonly host?: string;
    readonly httpHeaders?: WorkflowTemplateSpecTemplatesScriptLifecyclePreStopHttpGetHttpHeaders[];
    readonly path?: string;
    readonly port: WorkflowTemplateSpecTemplatesScriptLifecyclePreStopHttpGetPort;
    readonly scheme?: string;
}
export interface WorkflowTemplateSpecTemplatesScriptLifecyclePreStopSleep {
    readonly seconds: number;
}
export interface WorkflowTemplateSpecTemplatesScriptLifecyclePreStopTcpSocket {
    readonly host?: string;
    readonly port: WorkflowTemplateSpecTemplatesScriptLifecyclePreStopTcpSocketPort;
}
export interface WorkflowTemplateSpecTemplatesScriptLivenessProbeHttpGetHttpHeaders {
    readonly name: string;
    readonly value: string;
}
export declare class WorkflowTemplateSpecTemplatesScriptLivenessProbeHttpGetPort {
    readonly value: number | string;
    static fromNumber(value: number): WorkflowTemplateSpecTemplatesScriptLivenessProbeHttpGetPort;
    static fromString(value: string): WorkflowTemplateSpecTemplatesScriptLivenessProbeHttpGetPort;
    private constructor();
}
export declare class WorkflowTemplateSpecTemplatesScriptLivenessProbeTcpSocketPort {
    readonly value: number | string;
    static fromNumber(value: number): WorkflowTemplateSpecTemplatesScriptLivenessProbeTcpSocketPort;
    static fromString(value: string): WorkflowTemplateSpecTemplatesScriptLivenessProbeTcpSocketPort;
    private constructor();
}
export interface WorkflowTemplateSpecTemplatesScriptReadinessProbeHttpGetHttpHeaders {
    readonly name: string;
    readonly value: string;
}
export declare class WorkflowTemplateSpecTemplatesScriptReadinessProbeHttpGetPort {
    readonly value: number | string;
    static fromNumber(value: number): WorkflowTemplateSpecTemplatesScriptReadinessProbeHttpGetPort;
    static fromString(value: string): WorkflowTemplateSpecTemplatesScriptReadinessProbeHttpGetPort;
    private constructor();
}
export declare class WorkflowTemplateSpecTemplatesScriptReadinessProbeTcpSocketPort {
    readonly value: number | string;
    static fromNumber(value: number): WorkflowTemplateSpecTemplatesScriptReadinessProbeTcpSocketPort;
    static fromString(value: string): WorkflowTemplateSpecTemplatesScriptReadinessProbeTcpSocketPort;
    private constructor();
}
export interface WorkflowTemplateSpecTemplatesScriptStartupProbeHttpGetHttpHeaders {
    readonly name: string;
    readonly value: string;
}
export declare class WorkflowTemplateSpecTemplatesScriptStartupProbeHttpGetPort {
    readonly value: number | string;
    static fromNumber(value: number): WorkflowTemplateSpecTemplatesScriptStartupProbeHttpGetPort;
    static fromString(value: string): WorkflowTemplateSpecTemplatesScriptStartupProbeHttpGetPort;
    private constructor();
}
export declare class WorkflowTemplateSpecTemplatesScriptStartupProbeTcpSocketPort {
    readonly value: number | string;
    static fromNumber(value: number): WorkflowTemplateSpecTemplatesScriptStartupProbeTcpSocketPort;
    static fromString(value: string): WorkflowTemplateSpecTemplatesScriptStartupProbeTcpSocketPort;
    private constructor();
}
export interface WorkflowTemplateSpecTemplatesSidecarsEnvValueFromConfigMapKeyRef {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplatesSidecarsEnvValueFromFieldRef {
    readonly apiVersion?: string;
    readonly fieldPath: string;
}
export interface WorkflowTemplateSpecTemplatesSidecarsEnvValueFromFileKeyRef {
    readonly key: string;
    readonly optional?: boolean;
    readonly path: string;
    readonly volumeName: string;
}
export interface WorkflowTemplateSpecTemplatesSidecarsEnvValueFromResourceFieldRef {
    readonly containerName?: string;
    readonly divisor?: WorkflowTemplateSpecTemplatesSidecarsEnvValueFromResourceFieldRefDivisor;
    readonly resource: string;
}
export interface WorkflowTemplateSpecTemplatesSidecarsEnvValueFromSecretKeyRef {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplatesSidecarsLifecyclePostStartExec {
    readonly command?: string[];
}
export interface WorkflowTemplateSpecTemplatesSidecarsLifecyclePostStartHttpGet {
    readonly host?: string;
    readonly httpHeaders?: WorkflowTemplateSpecTemplatesSidecarsLifecyclePostStartHttpGetHttpHeaders[];
    readonly path?: string;
    readonly port: WorkflowTemplateSpecTemplatesSidecarsLifecyclePostStartHttpGetPort;
    readonly scheme?: string;
}
export interface WorkflowTemplateSpecTemplatesSidecarsLifecyclePostStartSleep {
    readonly seconds: number;
}
export interface WorkflowTemplateSpecTemplatesSidecarsLifecyclePostStartTcpSocket {
    readonly host?: string;
    readonly port: WorkflowTemplateSpecTemplatesSidecarsLifecyclePostStartTcpSocketPort;
}
export interface WorkflowTemplateSpecTemplatesSidecarsLifecyclePreStopExec {
    readonly command?: string[];
}
export interface WorkflowTemplateSpecTemplatesSidecarsLifecyclePreStopHttpGet {
    readonly host?: string;
    readonly httpHeaders?: WorkflowTemplateSpecTemplatesSidecarsLifecyclePreStopHttpGetHttpHeaders[];
    readonly path?: string;
    readonly port: WorkflowTemplateSpecTemplatesSidecarsLifecyclePreStopHttpGetPort;
    readonly scheme?: string;
}
export interface WorkflowTemplateSpecTemplatesSidecarsLifecyclePreStopSleep {
    readonly seconds: number;
}
export interface WorkflowTemplateSpecTemplatesSidecarsLifecyclePreStopTcpSocket {
    readonly host?: string;
    readonly port: WorkflowTemplateSpecTemplatesSidecarsLifecyclePreStopTcpSocketPort;
}
export interface WorkflowTemplateSpecTemplatesSidecarsLivenessProbeHttpGetHttpHeaders {
    readonly name: string;
    readonly value: string;
}
export declare class WorkflowTemplateSpecTemplatesSidecarsLivenessProbeHttpGetPort {
    readonly value: number | string;
    static fromNumber(value: number): WorkflowTemplateSpecTemplatesSidecarsLivenessProbeHttpGetPort;
    static fromString(value: string): WorkflowTemplateSpecTemplatesSidecarsLivenessProbeHttpGetPort;
    private constructor();
}
export declare class WorkflowTemplateSpecTemplatesSidecarsLivenessProbeTcpSocketPort {
    readonly value: number | string;
    static fromNumber(value: number): WorkflowTemplateSpecTemplatesSidecarsLivenessProbeTcpSocketPort;
    static fromString(value: string): WorkflowTemplateSpecTemplatesSidecarsLivenessProbeTcpSocketPort;
    private constructor();
}
export interface WorkflowTemplateSpecTemplatesSidecarsReadinessProbeHttpGetHttpHeaders {
    readonly name: string;
    readonly value: string;
}
export declare class WorkflowTemplateSpecTemplatesSidecarsReadinessProbeHttpGetPort {
    readonly value: number | string;
    static fromNumber(value: number): WorkflowTemplateSpecTemplatesSidecarsReadinessProbeHttpGetPort;
    static fromString(value: string): WorkflowTemplateSpecTemplatesSidecarsReadinessProbeHttpGetPort;
    private constructor();
}
export declare class WorkflowTemplateSpecTemplatesSidecarsReadinessProbeTcpSocketPort {
    readonly value: number | string;
    static fromNumber(value: number): WorkflowTemplateSpecTemplatesSidecarsReadinessProbeTcpSocketPort;
    static fromString(value: string): WorkflowTemplateSpecTemplatesSidecarsReadinessProbeTcpSocketPort;
    private constructor();
}
export interface WorkflowTemplateSpecTemplatesSidecarsStartupProbeHttpGetHttpHeaders {
    readonly name: string;
    readonly value: string;
}
export declare class WorkflowTemplateSpecTemplatesSidecarsStartupProbeHttpGetPort {
    readonly value: number | string;
    static fromNumber(value: number): WorkflowTemplateSpecTemplatesSidecarsStartupProbeHttpGetPort;
    static fromString(value: string): WorkflowTemplateSpecTemplatesSidecarsStartupProbeHttpGetPort;
    private constructor();
}
export declare class WorkflowTemplateSpecTemplatesSidecarsStartupProbeTcpSocketPort {
    readonly value: number | string;
    static fromNumber(value: number): WorkflowTemplateSpecTemplatesSidecarsStartupProbeTcpSocketPort;
    static fromString(value: string): WorkflowTemplateSpecTemplatesSidecarsStartupProbeTcpSocketPort;
    private constructor();
}
export interface WorkflowTemplateSpecTemplatesStepsArgumentsArtifactsArchive {
    readonly none?: any;
    readonly tar?: WorkflowTemplateSpecTemplatesStepsArgumentsArtifactsArchiveTar;
    readonly zip?: any;
}
export interface WorkflowTemplateSpecTemplatesStepsArgumentsArtifactsArtifactGc {
    readonly podMetadata?: WorkflowTemplateSpecTemplatesStepsArgumentsArtifactsArtifactGcPodMetadata;
    readonly serviceAccountName?: string;
    readonly strategy?: WorkflowTemplateSpecTemplatesStepsArgumentsArtifactsArtifactGcStrategy;
}
export interface WorkflowTemplateSpecTemplatesStepsArgumentsArtifactsArtifactory {
    readonly passwordSecret?: WorkflowTemplateSpecTemplatesStepsArgumentsArtifactsArtifactoryPasswordSecret;
    readonly url: string;
    readonly usernameSecret?: WorkflowTemplateSpecTemplatesStepsArgumentsArtifactsArtifactoryUsernameSecret;
}
export interface WorkflowTemplateSpecTemplatesStepsArgumentsArtifactsAzure {
    readonly accountKeySecret?: WorkflowTemplateSpecTemplatesStepsArgumentsArtifactsAzureAccountKeySecret;
    readonly blob: string;
    readonly container: string;
    readonly endpoint: string;
    readonly useSdkCreds?: boolean;
}
export interface WorkflowTemplateSpecTemplatesStepsArgumentsArtifactsGcs {
    readonly bucket?: string;
    readonly key: string;
    readonly serviceAccountKeySecret?: WorkflowTemplateSpecTemplatesStepsArgumentsArtifactsGcsServiceAccountKeySecret;
}
export interface WorkflowTemplateSpecTemplatesStepsArgumentsArtifactsGit {
    readonly branch?: string;
    readonly depth?: number;
    readonly disableSubmodules?: boolean;
    readonly fetch?: string[];
    readonly insecureIgnoreHostKey?: boolean;
    readonly insecureSkipTls?: boolean;
    readonly passwordSecret?: WorkflowTemplateSpecTemplatesStepsArgumentsArtifactsGitPasswordSecret;
    readonly repo: string;
    readonly revision?: string;
    readonly singleBranch?: boolean;
    readonly sshPrivateKeySecret?: WorkflowTemplateSpecTemplatesStepsArgumentsArtifactsGitSshPrivateKeySecret;
    readonly usernameSecret?: WorkflowTemplateSpecTemplatesStepsArgumentsArtifactsGitUsernameSecret;
}
export interface WorkflowTemplateSpecTemplatesStepsArgumentsArtifactsHdfs {
    readonly addresses?: string[];
    readonly dataTransferProtection?: string;
    readonly force?: boolean;
    readonly hdfsUser?: string;
    readonly krbCCacheSecret?: WorkflowTemplateSpecTemplatesStepsArgumentsArtifactsHdfsKrbCCacheSecret;
    readonly krbConfigConfigMap?: WorkflowTemplateSpecTemplatesStepsArgumentsArtifactsHdfsKrbConfigConfigMap;
    readonly krbKeytabSecret?: WorkflowTemplateSpecTemplatesStepsArgumentsArtifactsHdfsKrbKeytabSecret;
    readonly krbRealm?: string;
    readonly krbServicePrincipalName?: string;
    readonly krbUsername?: string;
    readonly path: string;
}
export interface WorkflowTemplateSpecTemplatesStepsArgumentsArtifactsHttp {
    readonly auth?: WorkflowTemplateSpecTemplatesStepsArgumentsArtifactsHttpAuth;
    readonly headers?: WorkflowTemplateSpecTemplatesStepsArgumentsArtifactsHttpHeaders[];
    readonly saveStreamViaFile?: boolean;
    readonly url: string;
}
export interface WorkflowTemplateSpecTemplatesStepsArgumentsArtifactsOss {
    readonly accessKeySecret?: WorkflowTemplateSpecTemplatesStepsArgumentsArtifactsOssAccessKeySecret;
    readonly bucket?: string;
    readonly createBucketIfNotPresent?: boolean;
    readonly endpoint?: string;
    readonly key: string;
    readonly lifecycleRule?: WorkflowTemplateSpecTemplatesStepsArgumentsArtifactsOssLifecycleRule;
    readonly secretKeySecret?: WorkflowTemplateSpecTemplatesStepsArgumentsArtifactsOssSecretKeySecret;
    readonly securityToken?: string;
    readonly useSdkCreds?: boolean;
}
export interface WorkflowTemplateSpecTemplatesStepsArgumentsArtifactsPlugin {
    readonly configuration?: string;
    readonly connectionTimeoutSeconds?: number;
    readonly key: string;
    readonly name?: string;
}
export interface WorkflowTemplateSpecTemplatesStepsArgumentsArtifactsRaw {
    readonly data: string;
}
export interface WorkflowTemplateSpecTemplatesStepsArgumentsArtifactsS3 {
    readonly accessKeySecret?: WorkflowTemplateSpecTemplatesStepsArgumentsArtifactsS3AccessKeySecret;
    readonly addressingStyle?: WorkflowTemplateSpecTemplatesStepsArgumentsArtifactsS3AddressingStyle;
    readonly bucket?: string;
    readonly caSecret?: WorkflowTemplateSpecTemplatesStepsArgumentsArtifactsS3CaSecret;
    readonly createBucketIfNotPresent?: WorkflowTemplateSpecTemplatesStepsArgumentsArtifactsS3CreateBucketIfNotPresent;
    readonly encryptionOptions?: WorkflowTemplateSpecTemplatesStepsArgumentsArtifactsS3EncryptionOptions;
    readonly endpoint?: string;
    readonly insecure?: boolean;
    readonly key?: string;
    readonly region?: string;
    readonly roleArn?: string;
    readonly secretKeySecret?: WorkflowTemplateSpecTemplatesStepsArgumentsArtifactsS3SecretKeySecret;
    readonly sessionTokenSecret?: WorkflowTemplateSpecTemplatesStepsArgumentsArtifactsS3SessionTokenSecret;
    readonly useSdkCreds?: boolean;
}
export interface WorkflowTemplateSpecTemplatesStepsArgumentsParametersValueFrom {
    readonly configMapKeyRef?: WorkflowTemplateSpecTemplatesStepsArgumentsParametersValueFromConfigMapKeyRef;
    readonly default?: string;
    readonly event?: string;
    readonly expression?: string;
    readonly jqFilter?: string;
    readonly jsonPath?: string;
    readonly parameter?: string;
    readonly path?: string;
    readonly supplied?: any;
}
export interface WorkflowTemplateSpecTemplatesStepsHooksArgumentsArtifacts {
    readonly archive?: WorkflowTemplateSpecTemplatesStepsHooksArgumentsArtifactsArchive;
    readonly archiveLogs?: boolean;
    readonly artifactGc?: WorkflowTemplateSpecTemplatesStepsHooksArgumentsArtifactsArtifactGc;
    readonly artifactory?: WorkflowTemplateSpecTemplatesStepsHooksArgumentsArtifactsArtifactory;
    readonly azure?: WorkflowTemplateSpecTemplatesStepsHooksArgumentsArtifactsAzure;
    readonly deleted?: boolean;
    readonly from?: string;
    readonly fromExpression?: string;
    readonly gcs?: WorkflowTemplateSpecTemplatesStepsHooksArgumentsArtifactsGcs;
    readonly git?: WorkflowTemplateSpecTemplatesStepsHooksArgumentsArtifactsGit;
    readonly globalName?: string;
    readonly hdfs?: WorkflowTemplateSpecTemplatesStepsHooksArgumentsArtifactsHdfs;
    readonly http?: WorkflowTemplateSpecTemplatesStepsHooksArgumentsArtifactsHttp;
    readonly mode?: number;
    readonly name: string;
    readonly optional?: boolean;
    readonly oss?: WorkflowTemplateSpecTemplatesStepsHooksArgumentsArtifactsOss;
    readonly path?: string;
    readonly plugin?: WorkflowTemplateSpecTemplatesStepsHooksArgumentsArtifactsPlugin;
    readonly raw?: WorkflowTemplateSpecTemplatesStepsHooksArgumentsArtifactsRaw;
    readonly recurseMode?: boolean;
    readonly s3?: WorkflowTemplateSpecTemplatesStepsHooksArgumentsArtifactsS3;
    readonly subPath?: string;
}
export interface WorkflowTemplateSpecTemplatesStepsHooksArgumentsParameters {
    readonly default?: string;
    readonly description?: string;
    readonly enum?: string[];
    readonly globalName?: string;
    readonly name: string;
    readonly value?: string;
    readonly valueFrom?: WorkflowTemplateSpecTemplatesStepsHooksArgumentsParametersValueFrom;
}
export interface WorkflowTemplateSpecTemplatesVolumesDownwardApiItemsFieldRef {
    readonly apiVersion?: string;
    readonly fieldPath: string;
}
export interface WorkflowTemplateSpecTemplatesVolumesDownwardApiItemsResourceFieldRef {
    readonly containerName?: string;
    readonly divisor?: WorkflowTemplateSpecTemplatesVolumesDownwardApiItemsResourceFieldRefDivisor;
    readonly resource: string;
}
export interface WorkflowTemplateSpecTemplatesVolumesEphemeralVolumeClaimTemplateMetadata {
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
export interface WorkflowTemplateSpecTemplatesVolumesEphemeralVolumeClaimTemplateSpec {
    readonly accessModes?: string[];
    readonly dataSource?: WorkflowTemplateSpecTemplatesVolumesEphemeralVolumeClaimTemplateSpecDataSource;
    readonly dataSourceRef?: WorkflowTemplateSpecTemplatesVolumesEphemeralVolumeClaimTemplateSpecDataSourceRef;
    readonly resources?: WorkflowTemplateSpecTemplatesVolumesEphemeralVolumeClaimTemplateSpecResources;
    readonly selector?: WorkflowTemplateSpecTemplatesVolumesEphemeralVolumeClaimTemplateSpecSelector;
    readonly storageClassName?: string;
    readonly volumeAttributesClassName?: string;
    readonly volumeMode?: string;
    readonly volumeName?: string;
}
export interface WorkflowTemplateSpecTemplatesVolumesProjectedSourcesClusterTrustBundle {
    readonly labelSelector?: WorkflowTemplateSpecTemplatesVolumesProjectedSourcesClusterTrustBundleLabelSelector;
    readonly name?: string;
    readonly optional?: boolean;
    readonly path: string;
    readonly signerName?: string;
}
export interface WorkflowTemplateSpecTemplatesVolumesProjectedSourcesConfigMap {
    readonly items?: WorkflowTemplateSpecTemplatesVolumesProjectedSourcesConfigMapItems[];
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplatesVolumesProjectedSourcesDownwardApi {
    readonly items?: WorkflowTemplateSpecTemplatesVolumesProjectedSourcesDownwardApiItems[];
}
export interface WorkflowTemplateSpecTemplatesVolumesProjectedSourcesPodCertificate {
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
export interface WorkflowTemplateSpecTemplatesVolumesProjectedSourcesSecret {
    readonly items?: WorkflowTemplateSpecTemplatesVolumesProjectedSourcesSecretItems[];
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplatesVolumesProjectedSourcesServiceAccountToken {
    readonly audience?: string;
    readonly expirationSeconds?: number;
    readonly path: string;
}
export declare class WorkflowTemplateSpecVolumesDownwardApiItemsResourceFieldRefDivisor {
    readonly value: number | string;
    static fromNumber(value: number): WorkflowTemplateSpecVolumesDownwardApiItemsResourceFieldRefDivisor;
    static fromString(value: string): WorkflowTemplateSpecVolumesDownwardApiItemsResourceFieldRefDivisor;
    private constructor();
}
export interface WorkflowTemplateSpecVolumesEphemeralVolumeClaimTemplateSpecDataSource {
    readonly apiGroup?: string;
    readonly kind: string;
    readonly name: string;
}
export interface WorkflowTemplateSpecVolumesEphemeralVolumeClaimTemplateSpecDataSourceRef {
    readonly apiGroup?: string;
    readonly kind: string;
    readonly name: string;
    readonly namespace?: string;
}
export interface WorkflowTemplateSpecVolumesEphemeralVolumeClaimTemplateSpecResources {
    readonly limits?: {
        [key: string]: WorkflowTemplateSpecVolumesEphemeralVolumeClaimTemplateSpecResourcesLimits;
    };
    readonly requests?: {
        [key: string]: WorkflowTemplateSpecVolumesEphemeralVolumeClaimTemplateSpecResourcesRequests;
    };
}
export interface WorkflowTemplateSpecVolumesEphemeralVolumeClaimTemplateSpecSelector {
    readonly matchExpressions?: WorkflowTemplateSpecVolumesEphemeralVolumeClaimTemplateSpecSelectorMatchExpressions[];
    readonly matchLabels?: {
        [key: string]: string;
    };
}
export interface WorkflowTemplateSpecVolumesProjectedSourcesClusterTrustBundleLabelSelector {
    readonly matchExpressions?: WorkflowTemplateSpecVolumesProjectedSourcesClusterTrustBundleLabelSelectorMatchExpressions[];
    readonly matchLabels?: {
        [key: string]: string;
    };
}
export interface WorkflowTemplateSpecVolumesProjectedSourcesConfigMapItems {
    readonly key: string;
    readonly mode?: number;
    readonly path: string;
}
export interface WorkflowTemplateSpecVolumesProjectedSourcesDownwardApiItems {
    readonly fieldRef?: WorkflowTemplateSpecVolumesProjectedSourcesDownwardApiItemsFieldRef;
    readonly mode?: number;
    readonly path: string;
    readonly resourceFieldRef?: WorkflowTemplateSpecVolumesProjectedSourcesDownwardApiItemsResourceFieldRef;
}
export interface WorkflowTemplateSpecVolumesProjectedSourcesSecretItems {
    readonly key: string;
    readonly mode?: number;
    readonly path: string;
}
export interface WorkflowTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions {
    readonly key: string;
    readonly operator: string;
    readonly values?: string[];
}
export interface WorkflowTemplateSpecAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions {
    readonly key: string;
    readonly operator: string;
    readonly values?: string[];
}
export interface WorkflowTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions {
    readonly key: string;
    readonly operator: string;
    readonly values?: string[];
}
export interface WorkflowTemplateSpecAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions {
    readonly key: string;
    readonly operator: string;
    readonly values?: string[];
}
export interface WorkflowTemplateSpecArgumentsArtifactsHttpAuthBasicAuthPasswordSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecArgumentsArtifactsHttpAuthBasicAuthUsernameSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecArgumentsArtifactsHttpAuthClientCertClientCertSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecArgumentsArtifactsHttpAuthClientCertClientKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecArgumentsArtifactsHttpAuthOauth2ClientIdSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecArgumentsArtifactsHttpAuthOauth2ClientSecretSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecArgumentsArtifactsHttpAuthOauth2EndpointParams {
    readonly key: string;
    readonly value?: string;
}
export interface WorkflowTemplateSpecArgumentsArtifactsHttpAuthOauth2TokenUrlSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecExecutorPluginsSpecSidecarContainerEnvValueFrom {
    readonly configMapKeyRef?: WorkflowTemplateSpecExecutorPluginsSpecSidecarContainerEnvValueFromConfigMapKeyRef;
    readonly fieldRef?: WorkflowTemplateSpecExecutorPluginsSpecSidecarContainerEnvValueFromFieldRef;
    readonly fileKeyRef?: WorkflowTemplateSpecExecutorPluginsSpecSidecarContainerEnvValueFromFileKeyRef;
    readonly resourceFieldRef?: WorkflowTemplateSpecExecutorPluginsSpecSidecarContainerEnvValueFromResourceFieldRef;
    readonly secretKeyRef?: WorkflowTemplateSpecExecutorPluginsSpecSidecarContainerEnvValueFromSecretKeyRef;
}
export interface WorkflowTemplateSpecExecutorPluginsSpecSidecarContainerEnvFromConfigMapRef {
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecExecutorPluginsSpecSidecarContainerEnvFromSecretRef {
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecExecutorPluginsSpecSidecarContainerLifecyclePostStart {
    readonly exec?: WorkflowTemplateSpecExecutorPluginsSpecSidecarContainerLifecyclePostStartExec;
    readonly httpGet?: WorkflowTemplateSpecExecutorPluginsSpecSidecarContainerLifecyclePostStartHttpGet;
    readonly sleep?: WorkflowTemplateSpecExecutorPluginsSpecSidecarContainerLifecyclePostStartSleep;
    readonly tcpSocket?: WorkflowTemplateSpecExecutorPluginsSpecSidecarContainerLifecyclePostStartTcpSocket;
}
export interface WorkflowTemplateSpecExecutorPluginsSpecSidecarContainerLifecyclePreStop {
    readonly exec?: WorkflowTemplateSpecExecutorPluginsSpecSidecarContainerLifecyclePreStopExec;
    readonly httpGet?: WorkflowTemplateSpecExecutorPluginsSpecSidecarContainerLifecyclePreStopHttpGet;
    readonly sleep?: WorkflowTemplateSpecExecutorPluginsSpecSidecarContainerLifecyclePreStopSleep;
    readonly tcpSocket?: WorkflowTemplateSpecExecutorPluginsSpecSidecarContainerLifecyclePreStopTcpSocket;
}
export interface WorkflowTemplateSpecExecutorPluginsSpecSidecarContainerLivenessProbeExec {
    readonly command?: string[];
}
export interface WorkflowTemplateSpecExecutorPluginsSpecSidecarContainerLivenessProbeGrpc {
    readonly port: number;
    readonly service?: string;
}
export interface WorkflowTemplateSpecExecutorPluginsSpecSidecarContainerLivenessProbeHttpGet {
    readonly host?: string;
    readonly httpHeaders?: WorkflowTemplateSpecExecutorPluginsSpecSidecarContainerLivenessProbeHttpGetHttpHeaders[];
    readonly path?: string;
    readonly port: WorkflowTemplateSpecExecutorPluginsSpecSidecarContainerLivenessProbeHttpGetPort;
    readonly scheme?: string;
}
export interface WorkflowTemplateSpecExecutorPluginsSpecSidecarContainerLivenessProbeTcpSocket {
    readonly host?: string;
    readonly port: WorkflowTemplateSpecExecutorPluginsSpecSidecarContainerLivenessProbeTcpSocketPort;
}
export interface WorkflowTemplateSpecExecutorPluginsSpecSidecarContainerReadinessProbeExec {
    readonly command?: string[];
}
export interface WorkflowTemplateSpecExecutorPluginsSpecSidecarContainerReadinessProbeGrpc {
    readonly port: number;
    readonly service?: string;
}
export interface WorkflowTemplateSpecExecutorPluginsSpecSidecarContainerReadinessProbeHttpGet {
    readonly host?: string;
    readonly httpHeaders?: WorkflowTemplateSpecExecutorPluginsSpecSidecarContainerReadinessProbeHttpGetHttpHeaders[];
    readonly path?: string;
    readonly port: WorkflowTemplateSpecExecutorPluginsSpecSidecarContainerReadinessProbeHttpGetPort;
    readonly scheme?: string;
}
export interface WorkflowTemplateSpecExecutorPluginsSpecSidecarContainerReadinessProbeTcpSocket {
    readonly host?: string;
    readonly port: WorkflowTemplateSpecExecutorPluginsSpecSidecarContainerReadinessProbeTcpSocketPort;
}
export interface WorkflowTemplateSpecExecutorPluginsSpecSidecarContainerResourcesClaims {
    readonly name: string;
    readonly request?: string;
}
export declare class WorkflowTemplateSpecExecutorPluginsSpecSidecarContainerResourcesLimits {
    readonly value: number | string;
    static fromNumber(value: number): WorkflowTemplateSpecExecutorPluginsSpecSidecarContainerResourcesLimits;
    static fromString(value: string): WorkflowTemplateSpecExecutorPluginsSpecSidecarContainerResourcesLimits;
    private constructor();
}
export declare class WorkflowTemplateSpecExecutorPluginsSpecSidecarContainerResourcesRequests {
    readonly value: number | string;
    static fromNumber(value: number): WorkflowTemplateSpecExecutorPluginsSpecSidecarContainerResourcesRequests;
    static fromString(value: string): WorkflowTemplateSpecExecutorPluginsSpecSidecarContainerResourcesRequests;
    private constructor();
}
export interface WorkflowTemplateSpecExecutorPluginsSpecSidecarContainerRestartPolicyRulesExitCodes {
    readonly operator: string;
    readonly values?: number[];
}
export interface WorkflowTemplateSpecExecutorPluginsSpecSidecarContainerSecurityContextAppArmorProfile {
    readonly localhostProfile?: string;
    readonly type: string;
}
export interface WorkflowTemplateSpecExecutorPluginsSpecSidecarContainerSecurityContextCapabilities {
    readonly add?: string[];
    readonly drop?: string[];
}
export interface WorkflowTemplateSpecExecutorPluginsSpecSidecarContainerSecurityContextSeLinuxOptions {
    readonly level?: string;
    readonly role?: string;
    readonly type?: string;
    readonly user?: string;
}
export interface WorkflowTemplateSpecExecutorPluginsSpecSidecarContainerSecurityContextSeccompProfile {
    readonly localhostProfile?: string;
    readonly type: string;
}
export interface WorkflowTemplateSpecExecutorPluginsSpecSidecarContainerSecurityContextWindowsOptions {
    readonly gmsaCredentialSpec?: string;
    readonly gmsaCredentialSpecName?: string;
    readonly hostProcess?: boolean;
    readonly runAsUserName?: string;
}
export interface WorkflowTemplateSpecExecutorPluginsSpecSidecarContainerStartupProbeExec {
    readonly command?: string[];
}
export interface WorkflowTemplateSpecExecutorPluginsSpecSidecarContainerStartupProbeGrpc {
    readonly port: number;
    readonly service?: string;
}
export interface WorkflowTemplateSpecExecutorPluginsSpecSidecarContainerStartupProbeHttpGet {
    readonly host?: string;
    readonly httpHeaders?: WorkflowTemplateSpecExecutorPluginsSpecSidecarContainerStartupProbeHttpGetHttpHeaders[];
    readonly path?: string;
    readonly port: WorkflowTemplateSpecExecutorPluginsSpecSidecarContainerStartupProbeHttpGetPort;
    readonly scheme?: string;
}
export interface WorkflowTemplateSpecExecutorPluginsSpecSidecarContainerStartupProbeTcpSocket {
    readonly host?: string;
    readonly port: WorkflowTemplateSpecExecutorPluginsSpecSidecarContainerStartupProbeTcpSocketPort;
}
export interface WorkflowTemplateSpecHooksArgumentsArtifactsHttpAuthBasicAuth {
    readonly passwordSecret?: WorkflowTemplateSpecHooksArgumentsArtifactsHttpAuthBasicAuthPasswordSecret;
    readonly usernameSecret?: WorkflowTemplateSpecHooksArgumentsArtifactsHttpAuthBasicAuthUsernameSecret;
}
export interface WorkflowTemplateSpecHooksArgumentsArtifactsHttpAuthClientCert {
    readonly clientCertSecret?: WorkflowTemplateSpecHooksArgumentsArtifactsHttpAuthClientCertClientCertSecret;
    readonly clientKeySecret?: WorkflowTemplateSpecHooksArgumentsArtifactsHttpAuthClientCertClientKeySecret;
}
export interface WorkflowTemplateSpecHooksArgumentsArtifactsHttpAuthOauth2 {
    readonly clientIdSecret?: WorkflowTemplateSpecHooksArgumentsArtifactsHttpAuthOauth2ClientIdSecret;
    readonly clientSecretSecret?: WorkflowTemplateSpecHooksArgumentsArtifactsHttpAuthOauth2ClientSecretSecret;
    readonly endpointParams?: WorkflowTemplateSpecHooksArgumentsArtifactsHttpAuthOauth2EndpointParams[];
    readonly scopes?: string[];
    readonly tokenUrlSecret?: WorkflowTemplateSpecHooksArgumentsArtifactsHttpAuthOauth2TokenUrlSecret;
}
export interface WorkflowTemplateSpecHooksArgumentsArtifactsS3EncryptionOptionsServerSideCustomerKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplateDefaultsAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions {
    readonly key: string;
    readonly operator: string;
    readonly values?: string[];
}
export interface WorkflowTemplateSpecTemplateDefaultsAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields {
    readonly key: string;
    readonly operator: string;
    readonly values?: string[];
}
export interface WorkflowTemplateSpecTemplateDefaultsAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions {
    readonly key: string;
    readonly operator: string;
    readonly values?: string[];
}
export interface WorkflowTemplateSpecTemplateDefaultsAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields {
    readonly key: string;
    readonly operator: string;
    readonly values?: string[];
}
export interface WorkflowTemplateSpecTemplateDefaultsAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector {
    readonly matchExpressions?: WorkflowTemplateSpecTemplateDefaultsAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions[];
    readonly matchLabels?: {
        [key: string]: string;
    };
}
export interface WorkflowTemplateSpecTemplateDefaultsAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector {
    readonly matchExpressions?: WorkflowTemplateSpecTemplateDefaultsAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions[];
    readonly matchLabels?: {
        [key: string]: string;
    };
}
export interface WorkflowTemplateSpecTemplateDefaultsAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions {
    readonly key: string;
    readonly operator: string;
    readonly values?: string[];
}
export interface WorkflowTemplateSpecTemplateDefaultsAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions {
    readonly key: string;
    readonly operator: string;
    readonly values?: string[];
}
export interface WorkflowTemplateSpecTemplateDefaultsAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector {
    readonly matchExpressions?: WorkflowTemplateSpecTemplateDefaultsAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions[];
    readonly matchLabels?: {
        [key: string]: string;
    };
}
export interface WorkflowTemplateSpecTemplateDefaultsAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector {
    readonly matchExpressions?: WorkflowTemplateSpecTemplateDefaultsAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions[];
    readonly matchLabels?: {
        [key: string]: string;
    };
}
export interface WorkflowTemplateSpecTemplateDefaultsAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions {
    readonly key: string;
    readonly operator: string;
    readonly values?: string[];
}
export interface WorkflowTemplateSpecTemplateDefaultsAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions {
    readonly key: string;
    readonly operator: string;
    readonly values?: string[];
}
export interface WorkflowTemplateSpecTemplateDefaultsArchiveLocationHttpAuthBasicAuthPasswordSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplateDefaultsArchiveLocationHttpAuthBasicAuthUsernameSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplateDefaultsArchiveLocationHttpAuthClientCertClientCertSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplateDefaultsArchiveLocationHttpAuthClientCertClientKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplateDefaultsArchiveLocationHttpAuthOauth2ClientIdSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplateDefaultsArchiveLocationHttpAuthOauth2ClientSecretSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplateDefaultsArchiveLocationHttpAuthOauth2EndpointParams {
    readonly key: string;
    readonly value?: string;
}
export interface WorkflowTemplateSpecTemplateDefaultsArchiveLocationHttpAuthOauth2TokenUrlSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export declare class WorkflowTemplateSpecTemplateDefaultsContainerEnvValueFromResourceFieldRefDivisor {
    readonly value: number | string;
    static fromNumber(value: number): WorkflowTemplateSpecTemplateDefaultsContainerEnvValueFromResourceFieldRefDivisor;
    static fromString(value: string): WorkflowTemplateSpecTemplateDefaultsContainerEnvValueFromResourceFieldRefDivisor;
    private constructor();
}
export interface WorkflowTemplateSpecTemplateDefaultsContainerLifecyclePostStartHttpGetHttpHeaders {
    readonly name: string;
    readonly value: string;
}
export declare class WorkflowTemplateSpecTemplateDefaultsContainerLifecyclePostStartHttpGetPort {
    readonly value: number | string;
    static fromNumber(value: number): WorkflowTemplateSpecTemplateDefaultsContainerLifecyclePostStartHttpGetPort;
    static fromString(value: string): WorkflowTemplateSpecTemplateDefaultsContainerLifecyclePostStartHttpGetPort;
    private constructor();
}
export declare class WorkflowTemplateSpecTemplateDefaultsContainerLifecyclePostStartTcpSocketPort {
    readonly value: number | string;
    static fromNumber(value: number): WorkflowTemplateSpecTemplateDefaultsContainerLifecyclePostStartTcpSocketPort;
    static fromString(value: string): WorkflowTemplateSpecTemplateDefaultsContainerLifecyclePostStartTcpSocketPort;
    private constructor();
}
export interface WorkflowTemplateSpecTemplateDefaultsContainerLifecyclePreStopHttpGetHttpHeaders {
    readonly name: string;
    readonly value: string;
}
export declare class WorkflowTemplateSpecTemplateDefaultsContainerLifecyclePreStopHttpGetPort {
    readonly value: number | string;
    static fromNumber(value: number): WorkflowTemplateSpecTemplateDefaultsContainerLifecyclePreStopHttpGetPort;
    static fromString(value: string): WorkflowTemplateSpecTemplateDefaultsContainerLifecyclePreStopHttpGetPort;
    private constructor();
}
export declare class WorkflowTemplateSpecTemplateDefaultsContainerLifecyclePreStopTcpSocketPort {
    readonly value: number | string;
    static fromNumber(value: number): WorkflowTemplateSpecTemplateDefaultsContainerLifecyclePreStopTcpSocketPort;
    static fromString(value: string): WorkflowTemplateSpecTemplateDefaultsContainerLifecyclePreStopTcpSocketPort;
    private constructor();
}
export interface WorkflowTemplateSpecTemplateDefaultsContainerSetContainersEnvValueFromConfigMapKeyRef {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplateDefaultsContainerSetContainersEnvValueFromFieldRef {
    readonly apiVersion?: string;
    readonly fieldPath: string;
}
export interface WorkflowTemplateSpecTemplateDefaultsContainerSetContainersEnvValueFromFileKeyRef {
    readonly key: string;
    readonly optional?: boolean;
    readonly path: string;
    readonly volumeName: string;
}
export interface WorkflowTemplateSpecTemplateDefaultsContainerSetContainersEnvValueFromResourceFieldRef {
    readonly containerName?: string;
    readonly divisor?: WorkflowTemplateSpecTemplateDefaultsContainerSetContainersEnvValueFromResourceFieldRefDivisor;
    readonly resource: string;
}
export interface WorkflowTemplateSpecTemplateDefaultsContainerSetContainersEnvValueFromSecretKeyRef {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplateDefaultsContainerSetContainersLifecyclePostStartExec {
    readonly command?: string[];
}
export interface WorkflowTemplateSpecTemplateDefaultsContainerSetContainersLifecyclePostStartHttpGet {
    readonly host?: string;
    readonly httpHeaders?: WorkflowTemplateSpecTemplateDefaultsContainerSetContainersLifecyclePostStartHttpGetHttpHeaders[];
    readonly path?: string;
    readonly port: WorkflowTemplateSpecTemplateDefaultsContainerSetContainersLifecyclePostStartHttpGetPort;
    readonly scheme?: string;
}
export interface WorkflowTemplateSpecTemplateDefaultsContainerSetContainersLifecyclePostStartSleep {
    readonly seconds: number;
}
export interface WorkflowTemplateSpecTemplateDefaultsContainerSetContainersLifecyclePostStartTcpSocket {
    readonly host?: string;
    readonly port: WorkflowTemplateSpecTemplateDefaultsContainerSetContainersLifecyclePostStartTcpSocketPort;
}
export interface WorkflowTemplateSpecTemplateDefaultsContainerSetContainersLifecyclePreStopExec {
    readonly command?: string[];
}
export interface WorkflowTemplateSpecTemplateDefaultsContainerSetContainersLifecyclePreStopHttpGet {
    readonly host?: string;
    readonly httpHeaders?: WorkflowTemplateSpecTemplateDefaultsContainerSetContainersLifecyclePreStopHttpGetHttpHeaders[];
    readonly path?: string;
    readonly port: WorkflowTemplateSpecTemplateDefaultsContainerSetContainersLifecyclePreStopHttpGetPort;
    readonly scheme?: string;
}
export interface WorkflowTemplateSpecTemplateDefaultsContainerSetContainersLifecyclePreStopSleep {
    readonly seconds: number;
}
export interface WorkflowTemplateSpecTemplateDefaultsContainerSetContainersLifecyclePreStopTcpSocket {
    readonly host?: string;
    readonly port: WorkflowTemplateSpecTemplateDefaultsContainerSetContainersLifecyclePreStopTcpSocketPort;
}
export interface WorkflowTemplateSpecTemplateDefaultsContainerSetContainersLivenessProbeHttpGetHttpHeaders {
    readonly name: string;
    readonly value: string;
}
export declare class WorkflowTemplateSpecTemplateDefaultsContainerSetContainersLivenessProbeHttpGetPort {
    readonly value: number | string;
    static fromNumber(value: number): WorkflowTemplateSpecTemplateDefaultsContainerSetContainersLivenessProbeHttpGetPort;
    static fromString(value: string): WorkflowTemplateSpecTemplateDefaultsContainerSetContainersLivenessProbeHttpGetPort;
    private constructor();
}
export declare class WorkflowTemplateSpecTemplateDefaultsContainerSetContainersLivenessProbeTcpSocketPort {
    readonly value: number | string;
    static fromNumber(value: number): WorkflowTemplateSpecTemplateDefaultsContainerSetContainersLivenessProbeTcpSocketPort;
    static fromString(value: string): WorkflowTemplateSpecTemplateDefaultsContainerSetContainersLivenessProbeTcpSocketPort;
    private constructor();
}
export interface WorkflowTemplateSpecTemplateDefaultsContainerSetContainersReadinessProbeHttpGetHttpHeaders {
    readonly name: string;
    readonly value: string;
}
export declare class WorkflowTemplateSpecTemplateDefaultsContainerSetContainersReadinessProbeHttpGetPort {
    readonly value: number | string;
    static fromNumber(value: number): WorkflowTemplateSpecTemplateDefaultsContainerSetContainersReadinessProbeHttpGetPort;
    static fromString(value: string): WorkflowTemplateSpecTemplateDefaultsContainerSetContainersReadinessProbeHttpGetPort;
    private constructor();
}
export declare class WorkflowTemplateSpecTemplateDefaultsContainerSetContainersReadinessProbeTcpSocketPort {
    readonly value: number | string;
    static fromNumber(value: number): WorkflowTemplateSpecTemplateDefaultsContainerSetContainersReadinessProbeTcpSocketPort;
    static fromString(value: string): WorkflowTemplateSpecTemplateDefaultsContainerSetContainersReadinessProbeTcpSocketPort;
    private constructor();
}
export interface WorkflowTemplateSpecTemplateDefaultsContainerSetContainersStartupProbeHttpGetHttpHeaders {
    readonly name: string;
    readonly value: string;
}
export declare class WorkflowTemplateSpecTemplateDefaultsContainerSetContainersStartupProbeHttpGetPort {
    readonly value: number | string;
    static fromNumber(value: number): WorkflowTemplateSpecTemplateDefaultsContainerSetContainersStartupProbeHttpGetPort;
    static fromString(value: string): WorkflowTemplateSpecTemplateDefaultsContainerSetContainersStartupProbeHttpGetPort;
    private constructor();
}
export declare class WorkflowTemplateSpecTemplateDefaultsContainerSetContainersStartupProbeTcpSocketPort {
    readonly value: number | string;
    static fromNumber(value: number): WorkflowTemplateSpecTemplateDefaultsContainerSetContainersStartupProbeTcpSocketPort;
    static fromString(value: string): WorkflowTemplateSpecTemplateDefaultsContainerSetContainersStartupProbeTcpSocketPort;
    private constructor();
}
export interface WorkflowTemplateSpecTemplateDefaultsDagTasksArgumentsArtifactsArchive {
    readonly none?: any;
    readonly tar?: WorkflowTemplateSpecTemplateDefaultsDagTasksArgumentsArtifactsArchiveTar;
    readonly zip?: any;
}
export interface WorkflowTemplateSpecTemplateDefaultsDagTasksArgumentsArtifactsArtifactGc {
    readonly podMetadata?: WorkflowTemplateSpecTemplateDefaultsDagTasksArgumentsArtifactsArtifactGcPodMetadata;
    readonly serviceAccountName?: string;
    readonly strategy?: WorkflowTemplateSpecTemplateDefaultsDagTasksArgumentsArtifactsArtifactGcStrategy;
}
export interface WorkflowTemplateSpecTemplateDefaultsDagTasksArgumentsArtifactsArtifactory {
    readonly passwordSecret?: WorkflowTemplateSpecTemplateDefaultsDagTasksArgumentsArtifactsArtifactoryPasswordSecret;
    readonly url: string;
    readonly usernameSecret?: WorkflowTemplateSpecTemplateDefaultsDagTasksArgumentsArtifactsArtifactoryUsernameSecret;
}
export interface WorkflowTemplateSpecTemplateDefaultsDagTasksArgumentsArtifactsAzure {
    readonly accountKeySecret?: WorkflowTemplateSpecTemplateDefaultsDagTasksArgumentsArtifactsAzureAccountKeySecret;
    readonly blob: string;
    readonly container: string;
    readonly endpoint: string;
    readonly useSdkCreds?: boolean;
}
export interface WorkflowTemplateSpecTemplateDefaultsDagTasksArgumentsArtifactsGcs {
    readonly bucket?: string;
    readonly key: string;
    readonly serviceAccountKeySecret?: WorkflowTemplateSpecTemplateDefaultsDagTasksArgumentsArtifactsGcsServiceAccountKeySecret;
}
export interface WorkflowTemplateSpecTemplateDefaultsDagTasksArgumentsArtifactsGit {
    readonly branch?: string;
    readonly depth?: number;
    readonly disableSubmodules?: boolean;
    readonly fetch?: string[];
    readonly insecureIgnoreHostKey?: boolean;
    readonly insecureSkipTls?: boolean;
    readonly passwordSecret?: WorkflowTemplateSpecTemplateDefaultsDagTasksArgumentsArtifactsGitPasswordSecret;
    readonly repo: string;
    readonly revision?: string;
    readonly singleBranch?: boolean;
    readonly sshPrivateKeySecret?: WorkflowTemplateSpecTemplateDefaultsDagTasksArgumentsArtifactsGitSshPrivateKeySecret;
    readonly usernameSecret?: WorkflowTemplateSpecTemplateDefaultsDagTasksArgumentsArtifactsGitUsernameSecret;
}
export interface WorkflowTemplateSpecTemplateDefaultsDagTasksArgumentsArtifactsHdfs {
    readonly addresses?: string[];
    readonly dataTransferProtection?: string;
    readonly force?: boolean;
    readonly hdfsUser?: string;
    readonly krbCCacheSecret?: WorkflowTemplateSpecTemplateDefaultsDagTasksArgumentsArtifactsHdfsKrbCCacheSecret;
    readonly krbConfigConfigMap?: WorkflowTemplateSpecTemplateDefaultsDagTasksArgumentsArtifactsHdfsKrbConfigConfigMap;
    readonly krbKeytabSecret?: WorkflowTemplateSpecTemplateDefaultsDagTasksArgumentsArtifactsHdfsKrbKeytabSecret;
    readonly krbRealm?: string;
    readonly krbServicePrincipalName?: string;
    readonly krbUsername?: string;
    readonly path: string;
}
export interface WorkflowTemplateSpecTemplateDefaultsDagTasksArgumentsArtifactsHttp {
    readonly auth?: WorkflowTemplateSpecTemplateDefaultsDagTasksArgumentsArtifactsHttpAuth;
    readonly headers?: WorkflowTemplateSpecTemplateDefaultsDagTasksArgumentsArtifactsHttpHeaders[];
    readonly saveStreamViaFile?: boolean;
    readonly url: string;
}
export interface WorkflowTemplateSpecTemplateDefaultsDagTasksArgumentsArtifactsOss {
    readonly accessKeySecret?: WorkflowTemplateSpecTemplateDefaultsDagTasksArgumentsArtifactsOssAccessKeySecret;
    readonly bucket?: string;
    readonly createBucketIfNotPresent?: boolean;
    readonly endpoint?: string;
    readonly key: string;
    readonly lifecycleRule?: WorkflowTemplateSpecTemplateDefaultsDagTasksArgumentsArtifactsOssLifecycleRule;
    readonly secretKeySecret?: WorkflowTemplateSpecTemplateDefaultsDagTasksArgumentsArtifactsOssSecretKeySecret;
    readonly securityToken?: string;
    readonly useSdkCreds?: boolean;
}
export interface WorkflowTemplateSpecTemplateDefaultsDagTasksArgumentsArtifactsPlugin {
    readonly configuration?: string;
    readonly connectionTimeoutSeconds?: number;
    readonly key: string;
    readonly name?: string;
}
export interface WorkflowTemplateSpecTemplateDefaultsDagTasksArgumentsArtifactsRaw {
    readonly data: string;
}
export interface WorkflowTemplateSpecTemplateDefaultsDagTasksArgumentsArtifactsS3 {
    readonly accessKeySecret?: WorkflowTemplateSpecTemplateDefaultsDagTasksArgumentsArtifactsS3AccessKeySecret;
    readonly addressingStyle?: WorkflowTemplateSpecTemplateDefaultsDagTasksArgumentsArtifactsS3AddressingStyle;
    readonly bucket?: string;
    readonly caSecret?: WorkflowTemplateSpecTemplateDefaultsDagTasksArgumentsArtifactsS3CaSecret;
    readonly createBucketIfNotPresent?: WorkflowTemplateSpecTemplateDefaultsDagTasksArgumentsArtifactsS3CreateBucketIfNotPresent;
    readonly encryptionOptions?: WorkflowTemplateSpecTemplateDefaultsDagTasksArgumentsArtifactsS3EncryptionOptions;
    readonly endpoint?: string;
    readonly insecure?: boolean;
    readonly key?: string;
    readonly region?: string;
    readonly roleArn?: string;
    readonly secretKeySecret?: WorkflowTemplateSpecTemplateDefaultsDagTasksArgumentsArtifactsS3SecretKeySecret;
    readonly sessionTokenSecret?: WorkflowTemplateSpecTemplateDefaultsDagTasksArgumentsArtifactsS3SessionTokenSecret;
    readonly useSdkCreds?: boolean;
}
export interface WorkflowTemplateSpecTemplateDefaultsDagTasksArgumentsParametersValueFrom {
    readonly configMapKeyRef?: WorkflowTemplateSpecTemplateDefaultsDagTasksArgumentsParametersValueFromConfigMapKeyRef;
    readonly default?: string;
    readonly event?: string;
    readonly expression?: string;
    readonly jqFilter?: string;
    readonly jsonPath?: string;
    readonly parameter?: string;
    readonly path?: string;
    readonly supplied?: any;
}
export interface WorkflowTemplateSpecTemplateDefaultsDagTasksHooksArgumentsArtifacts {
    readonly archive?: WorkflowTemplateSpecTemplateDefaultsDagTasksHooksArgumentsArtifactsArchive;
    readonly archiveLogs?: boolean;
    readonly artifactGc?: WorkflowTemplateSpecTemplateDefaultsDagTasksHooksArgumentsArtifactsArtifactGc;
    readonly artifactory?: WorkflowTemplateSpecTemplateDefaultsDagTasksHooksArgumentsArtifactsArtifactory;
    readonly azure?: WorkflowTemplateSpecTemplateDefaultsDagTasksHooksArgumentsArtifactsAzure;
    readonly deleted?: boolean;
    readonly from?: string;
    readonly fromExpression?: string;
    readonly gcs?: WorkflowTemplateSpecTemplateDefaultsDagTasksHooksArgumentsArtifactsGcs;
    readonly git?: WorkflowTemplateSpecTemplateDefaultsDagTasksHooksArgumentsArtifactsGit;
    readonly globalName?: string;
    readonly hdfs?: WorkflowTemplateSpecTemplateDefaultsDagTasksHooksArgumentsArtifactsHdfs;
    readonly http?: WorkflowTemplateSpecTemplateDefaultsDagTasksHooksArgumentsArtifactsHttp;
    readonly mode?: number;
    readonly name: string;
    readonly optional?: boolean;
    readonly oss?: WorkflowTemplateSpecTemplateDefaultsDagTasksHooksArgumentsArtifactsOss;
    readonly path?: string;
    readonly plugin?: WorkflowTemplateSpecTemplateDefaultsDagTasksHooksArgumentsArtifactsPlugin;
    readonly raw?: WorkflowTemplateSpecTemplateDefaultsDagTasksHooksArgumentsArtifactsRaw;
    readonly recurseMode?: boolean;
    readonly s3?: WorkflowTemplateSpecTemplateDefaultsDagTasksHooksArgumentsArtifactsS3;
    readonly subPath?: string;
}
export interface WorkflowTemplateSpecTemplateDefaultsDagTasksHooksArgumentsParameters {
    readonly default?: string;
    readonly description?: string;
    readonly enum?: string[];
    readonly globalName?: string;
    readonly name: string;
    readonly value?: string;
    readonly valueFrom?: WorkflowTemplateSpecTemplateDefaultsDagTasksHooksArgumentsParametersValueFrom;
}
export interface WorkflowTemplateSpecTemplateDefaultsDataSourceArtifactPathsArchiveTar {
    readonly compressionLevel?: number;
}
export interface WorkflowTemplateSpecTemplateDefaultsDataSourceArtifactPathsArtifactGcPodMetadata {
    readonly annotations?: {
        [key: string]: string;
    };
    readonly labels?: {
        [key: string]: string;
    };
}
export declare enum WorkflowTemplateSpecTemplateDefaultsDataSourceArtifactPathsArtifactGcStrategy {
    ON_WORKFLOW_COMPLETION = "OnWorkflowCompletion",
    ON_WORKFLOW_DELETION = "OnWorkflowDeletion",
    NEVER = "Never"
}
export interface WorkflowTemplateSpecTemplateDefaultsDataSourceArtifactPathsArtifactoryPasswordSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplateDefaultsDataSourceArtifactPathsArtifactoryUsernameSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplateDefaultsDataSourceArtifactPathsAzureAccountKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplateDefaultsDataSourceArtifactPathsGcsServiceAccountKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplateDefaultsDataSourceArtifactPathsGitPasswordSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplateDefaultsDataSourceArtifactPathsGitSshPrivateKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplateDefaultsDataSourceArtifactPathsGitUsernameSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplateDefaultsDataSourceArtifactPathsHdfsKrbCCacheSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplateDefaultsDataSourceArtifactPathsHdfsKrbConfigConfigMap {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplateDefaultsDataSourceArtifactPathsHdfsKrbKeytabSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplateDefaultsDataSourceArtifactPathsHttpAuth {
    readonly basicAuth?: WorkflowTemplateSpecTemplateDefaultsDataSourceArtifactPathsHttpAuthBasicAuth;
    readonly clientCert?: WorkflowTemplateSpecTemplateDefaultsDataSourceArtifactPathsHttpAuthClientCert;
    readonly oauth2?: WorkflowTemplateSpecTemplateDefaultsDataSourceArtifactPathsHttpAuthOauth2;
}
export interface WorkflowTemplateSpecTemplateDefaultsDataSourceArtifactPathsHttpHeaders {
    readonly name: string;
    readonly value: string;
}
export interface WorkflowTemplateSpecTemplateDefaultsDataSourceArtifactPathsOssAccessKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplateDefaultsDataSourceArtifactPathsOssLifecycleRule {
    readonly markDeletionAfterDays?: number;
    readonly markInfrequentAccessAfterDays?: number;
}
export interface WorkflowTemplateSpecTemplateDefaultsDataSourceArtifactPathsOssSecretKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplateDefaultsDataSourceArtifactPathsS3AccessKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export declare enum WorkflowTemplateSpecTemplateDefaultsDataSourceArtifactPathsS3AddressingStyle {
    PATH = "path",
    VIRTUAL_HYPHEN_HOSTED = "virtual-hosted"
}
export interface WorkflowTemplateSpecTemplateDefaultsDataSourceArtifactPathsS3CaSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplateDefaultsDataSourceArtifactPathsS3CreateBucketIfNotPresent {
    readonly objectLocking?: boolean;
}
export interface WorkflowTemplateSpecTemplateDefaultsDataSourceArtifactPathsS3EncryptionOptions {
    readonly enableEncryption?: boolean;
    readonly kmsEncryptionContext?: string;
    readonly kmsKeyId?: string;
    readonly serverSideCustomerKeySecret?: WorkflowTemplateSpecTemplateDefaultsDataSourceArtifactPathsS3EncryptionOptionsServerSideCustomerKeySecret;
}
export interface WorkflowTemplateSpecTemplateDefaultsDataSourceArtifactPathsS3SecretKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplateDefaultsDataSourceArtifactPathsS3SessionTokenSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export declare class WorkflowTemplateSpecTemplateDefaultsInitContainersEnvValueFromResourceFieldRefDivisor {
    readonly value: number | string;
    static fromNumber(value: number): WorkflowTemplateSpecTemplateDefaultsInitContainersEnvValueFromResourceFieldRefDivisor;
    static fromString(value: string): WorkflowTemplateSpecTemplateDefaultsInitContainersEnvValueFromResourceFieldRefDivisor;
    private constructor();
}
export interface WorkflowTemplateSpecTemplateDefaultsInitContainersLifecyclePostStartHttpGetHttpHeaders {
    readonly name: string;
    readonly value: string;
}
export declare class WorkflowTemplateSpecTemplateDefaultsInitContainersLifecyclePostStartHttpGetPort {
    readonly value: number | string;
    static fromNumber(value: number): WorkflowTemplateSpecTemplateDefaultsInitContainersLifecyclePostStartHttpGetPort;
    static fromString(value: string): WorkflowTemplateSpecTemplateDefaultsInitContainersLifecyclePostStartHttpGetPort;
    private constructor();
}
export declare class WorkflowTemplateSpecTemplateDefaultsInitContainersLifecyclePostStartTcpSocketPort {
    readonly value: number | string;
    static fromNumber(value: number): WorkflowTemplateSpecTemplateDefaultsInitContainersLifecyclePostStartTcpSocketPort;
    static fromString(value: string): WorkflowTemplateSpecTemplateDefaultsInitContainersLifecyclePostStartTcpSocketPort;
    private constructor();
}
export interface WorkflowTemplateSpecTemplateDefaultsInitContainersLifecyclePreStopHttpGetHttpHeaders {
    readonly name: string;
    readonly value: string;
}
export declare class WorkflowTemplateSpecTemplateDefaultsInitContainersLifecyclePreStopHttpGetPort {
    readonly value: number | string;
    static fromNumber(value: number): WorkflowTemplateSpecTemplateDefaultsInitContainersLifecyclePreStopHttpGetPort;
    static fromString(value: string): WorkflowTemplateSpecTemplateDefaultsInitContainersLifecyclePreStopHttpGetPort;
    private constructor();
}
export declare class WorkflowTemplateSpecTemplateDefaultsInitContainersLifecyclePreStopTcpSocketPort {
    readonly value: number | string;
    static fromNumber(value: number): WorkflowTemplateSpecTemplateDefaultsInitContainersLifecyclePreStopTcpSocketPort;
    static fromString(value: string): WorkflowTemplateSpecTemplateDefaultsInitContainersLifecyclePreStopTcpSocketPort;
    private constructor();
}
export interface WorkflowTemplateSpecTemplateDefaultsInputsArtifactsHttpAuthBasicAuth {
    readonly passwordSecret?: WorkflowTemplateSpecTemplateDefaultsInputsArtifactsHttpAuthBasicAuthPasswordSecret;
    readonly usernameSecret?: WorkflowTemplateSpecTemplateDefaultsInputsArtifactsHttpAuthBasicAuthUsernameSecret;
}
export interface WorkflowTemplateSpecTemplateDefaultsInputsArtifactsHttpAuthClientCert {
    readonly clientCertSecret?: WorkflowTemplateSpecTemplateDefaultsInputsArtifactsHttpAuthClientCertClientCertSecret;
    readonly clientKeySecret?: WorkflowTemplateSpecTemplateDefaultsInputsArtifactsHttpAuthClientCertClientKeySecret;
}
export interface WorkflowTemplateSpecTemplateDefaultsInputsArtifactsHttpAuthOauth2 {
    readonly clientIdSecret?: WorkflowTemplateSpecTemplateDefaultsInputsArtifactsHttpAuthOauth2ClientIdSecret;
    readonly clientSecretSecret?: WorkflowTemplateSpecTemplateDefaultsInputsArtifactsHttpAuthOauth2ClientSecretSecret;
    readonly endpointParams?: WorkflowTemplateSpecTemplateDefaultsInputsArtifactsHttpAuthOauth2EndpointParams[];
    readonly scopes?: string[];
    readonly tokenUrlSecret?: WorkflowTemplateSpecTemplateDefaultsInputsArtifactsHttpAuthOauth2TokenUrlSecret;
}
export interface WorkflowTemplateSpecTemplateDefaultsInputsArtifactsS3EncryptionOptionsServerSideCustomerKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplateDefaultsOutputsArtifactsHttpAuthBasicAuth {
    readonly passwordSecret?: WorkflowTemplateSpecTemplateDefaultsOutputsArtifactsHttpAuthBasicAuthPasswordSecret;
    readonly usernameSecret?: WorkflowTemplateSpecTemplateDefaultsOutputsArtifactsHttpAuthBasicAuthUsernameSecret;
}
export interface WorkflowTemplateSpecTemplateDefaultsOutputsArtifactsHttpAuthClientCert {
    readonly clientCertSecret?: WorkflowTemplateSpecTemplateDefaultsOutputsArtifactsHttpAuthClientCertClientCertSecret;
    readonly clientKeySecret?: WorkflowTemplateSpecTemplateDefaultsOutputsArtifactsHttpAuthClientCertClientKeySecret;
}
export interface WorkflowTemplateSpecTemplateDefaultsOutputsArtifactsHttpAuthOauth2 {
    readonly clientIdSecret?: WorkflowTemplateSpecTemplateDefaultsOutputsArtifactsHttpAuthOauth2ClientIdSecret;
    readonly clientSecretSecret?: WorkflowTemplateSpecTemplateDefaultsOutputsArtifactsHttpAuthOauth2ClientSecretSecret;
    readonly endpointParams?: WorkflowTemplateSpecTemplateDefaultsOutputsArtifactsHttpAuthOauth2EndpointParams[];
    readonly scopes?: string[];
    readonly tokenUrlSecret?: WorkflowTemplateSpecTemplateDefaultsOutputsArtifactsHttpAuthOauth2TokenUrlSecret;
}
export interface WorkflowTemplateSpecTemplateDefaultsOutputsArtifactsS3EncryptionOptionsServerSideCustomerKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplateDefaultsResourceManifestFromArtifactArchiveTar {
    readonly compressionLevel?: number;
}
export interface WorkflowTemplateSpecTemplateDefaultsResourceManifestFromArtifactArtifactGcPodMetadata {
    readonly annotations?: {
        [key: string]: string;
    };
    readonly labels?: {
        [key: string]: string;
    };
}
export declare enum WorkflowTemplateSpecTemplateDefaultsResourceManifestFromArtifactArtifactGcStrategy {
    ON_WORKFLOW_COMPLETION = "OnWorkflowCompletion",
    ON_WORKFLOW_DELETION = "OnWorkflowDeletion",
    NEVER = "Never"
}
export interface WorkflowTemplateSpecTemplateDefaultsResourceManifestFromArtifactArtifactoryPasswordSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplateDefaultsResourceManifestFromArtifactArtifactoryUsernameSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplateDefaultsResourceManifestFromArtifactAzureAccountKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplateDefaultsResourceManifestFromArtifactGcsServiceAccountKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplateDefaultsResourceManifestFromArtifactGitPasswordSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplateDefaultsResourceManifestFromArtifactGitSshPrivateKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplateDefaultsResourceManifestFromArtifactGitUsernameSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplateDefaultsResourceManifestFromArtifactHdfsKrbCCacheSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplateDefaultsResourceManifestFromArtifactHdfsKrbConfigConfigMap {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplateDefaultsResourceManifestFromArtifactHdfsKrbKeytabSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplateDefaultsResourceManifestFromArtifactHttpAuth {
    readonly basicAuth?: WorkflowTemplateSpecTemplateDefaultsResourceManifestFromArtifactHttpAuthBasicAuth;
    readonly clientCert?: WorkflowTemplateSpecTemplateDefaultsResourceManifestFromArtifactHttpAuthClientCert;
    readonly oauth2?: WorkflowTemplateSpecTemplateDefaultsResourceManifestFromArtifactHttpAuthOauth2;
}
export interface WorkflowTemplateSpecTemplateDefaultsResourceManifestFromArtifactHttpHeaders {
    readonly name: string;
    readonly value: string;
}
export interface WorkflowTemplateSpecTemplateDefaultsResourceManifestFromArtifactOssAccessKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplateDefaultsResourceManifestFromArtifactOssLifecycleRule {
    readonly markDeletionAfterDays?: number;
    readonly markInfrequentAccessAfterDays?: number;
}
export interface WorkflowTemplateSpecTemplateDefaultsResourceManifestFromArtifactOssSecretKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplateDefaultsResourceManifestFromArtifactS3AccessKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export declare enum WorkflowTemplateSpecTemplateDefaultsResourceManifestFromArtifactS3AddressingStyle {
    PATH = "path",
    VIRTUAL_HYPHEN_HOSTED = "virtual-hosted"
}
export interface WorkflowTemplateSpecTemplateDefaultsResourceManifestFromArtifactS3CaSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplateDefaultsResourceManifestFromArtifactS3CreateBucketIfNotPresent {
    readonly objectLocking?: boolean;
}
export interface WorkflowTemplateSpecTemplateDefaultsResourceManifestFromArtifactS3EncryptionOptions {
    readonly enableEncryption?: boolean;
    readonly kmsEncryptionContext?: string;
    readonly kmsKeyId?: string;
    readonly serverSideCustomerKeySecret?: WorkflowTemplateSpecTemplateDefaultsResourceManifestFromArtifactS3EncryptionOptionsServerSideCustomerKeySecret;
}
export interface WorkflowTemplateSpecTemplateDefaultsResourceManifestFromArtifactS3SecretKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplateDefaultsResourceManifestFromArtifactS3SessionTokenSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export declare class WorkflowTemplateSpecTemplateDefaultsScriptEnvValueFromResourceFieldRefDivisor {
    readonly value: number | string;
    static fromNumber(value: number): WorkflowTemplateSpecTemplateDefaultsScriptEnvValueFromResourceFieldRefDivisor;
    static fromString(value: string): WorkflowTemplateSpecTemplateDefaultsScriptEnvValueFromResourceFieldRefDivisor;
    private constructor();
}
export interface WorkflowTemplateSpecTemplateDefaultsScriptLifecyclePostStartHttpGetHttpHeaders {
    readonly name: string;
    readonly value: string;
}
export declare class WorkflowTemplateSpecTemplateDefaultsScriptLifecyclePostStartHttpGetPort {
    readonly value: number | string;
    static fromNumber(value: number): WorkflowTemplateSpecTemplateDefaultsScriptLifecyclePostStartHttpGetPort;
    static fromString(value: string): WorkflowTemplateSpecTemplateDefaultsScriptLifecyclePostStartHttpGetPort;
    private constructor();
}
export declare class WorkflowTemplateSpecTemplateDefaultsScriptLifecyclePostStartTcpSocketPort {
    readonly value: number | string;
    static fromNumber(value: number): WorkflowTemplateSpecTemplateDefaultsScriptLifecyclePostStartTcpSocketPort;
    static fromString(value: string): WorkflowTemplateSpecTemplateDefaultsScriptLifecyclePostStartTcpSocketPort;
    private constructor();
}
export interface WorkflowTemplateSpecTemplateDefaultsScriptLifecyclePreStopHttpGetHttpHeaders {
    readonly name: string;
    readonly value: string;
}
export declare class WorkflowTemplateSpecTemplateDefaultsScriptLifecyclePreStopHttpGetPort {
    readonly value: number | string;
    static fromNumber(value: number): WorkflowTemplateSpecTemplateDefaultsScriptLifecyclePreStopHttpGetPort;
    static fromString(value: string): WorkflowTemplateSpecTemplateDefaultsScriptLifecyclePreStopHttpGetPort;
    private constructor();
}
export declare class WorkflowTemplateSpecTemplateDefaultsScriptLifecyclePreStopTcpSocketPort {
    readonly value: number | string;
    static fromNumber(value: number): WorkflowTemplateSpecTemplateDefaultsScriptLifecyclePreStopTcpSocketPort;
    static fromString(value: string): WorkflowTemplateSpecTemplateDefaultsScriptLifecyclePreStopTcpSocketPort;
    private constructor();
}
export declare class WorkflowTemplateSpecTemplateDefaultsSidecarsEnvValueFromResourceFieldRefDivisor {
    readonly value: number | string;
    static fromNumber(value: number): WorkflowTemplateSpecTemplateDefaultsSidecarsEnvValueFromResourceFieldRefDivisor;
    static fromString(value: string): WorkflowTemplateSpecTemplateDefaultsSidecarsEnvValueFromResourceFieldRefDivisor;
    private constructor();
}
export interface WorkflowTemplateSpecTemplateDefaultsSidecarsLifecyclePostStartHttpGetHttpHeaders {
    readonly name: string;
    readonly value: string;
}
export declare class WorkflowTemplateSpecTemplateDefaultsSidecarsLifecyclePostStartHttpGetPort {
    readonly value: number | string;
    static fromNumber(value: number): WorkflowTemplateSpecTemplateDefaultsSidecarsLifecyclePostStartHttpGetPort;
    static fromString(value: string): WorkflowTemplateSpecTemplateDefaultsSidecarsLifecyclePostStartHttpGetPort;
    private constructor();
}
export declare class WorkflowTemplateSpecTemplateDefaultsSidecarsLifecyclePostStartTcpSocketPort {
    readonly value: number | string;
    static fromNumber(value: number): WorkflowTemplateSpecTemplateDefaultsSidecarsLifecyclePostStartTcpSocketPort;
    static fromString(value: string): WorkflowTemplateSpecTemplateDefaultsSidecarsLifecyclePostStartTcpSocketPort;
    private constructor();
}
export interface WorkflowTemplateSpecTemplateDefaultsSidecarsLifecyclePreStopHttpGetHttpHeaders {
    readonly name: string;
    readonly value: string;
}
export declare class WorkflowTemplateSpecTemplateDefaultsSidecarsLifecyclePreStopHttpGetPort {
    readonly value: number | string;
    static fromNumber(value: number): WorkflowTemplateSpecTemplateDefaultsSidecarsLifecyclePreStopHttpGetPort;
    static fromString(value: string): WorkflowTemplateSpecTemplateDefaultsSidecarsLifecyclePreStopHttpGetPort;
    private constructor();
}
export declare class WorkflowTemplateSpecTemplateDefaultsSidecarsLifecyclePreStopTcpSocketPort {
    readonly value: number | string;
    static fromNumber(value: number): WorkflowTemplateSpecTemplateDefaultsSidecarsLifecyclePreStopTcpSocketPort;
    static fromString(value: string): WorkflowTemplateSpecTemplateDefaultsSidecarsLifecyclePreStopTcpSocketPort;
    private constructor();
}
export interface WorkflowTemplateSpecTemplateDefaultsStepsArgumentsArtifactsArchiveTar {
    readonly compressionLevel?: number;
}
export interface WorkflowTemplateSpecTemplateDefaultsStepsArgumentsArtifactsArtifactGcPodMetadata {
    readonly annotations?: {
        [key: string]: string;
    };
    readonly labels?: {
        [key: string]: string;
    };
}
export declare enum WorkflowTemplateSpecTemplateDefaultsStepsArgumentsArtifactsArtifactGcStrategy {
    ON_WORKFLOW_COMPLETION = "OnWorkflowCompletion",
    ON_WORKFLOW_DELETION = "OnWorkflowDeletion",
    NEVER = "Never"
}
export interface WorkflowTemplateSpecTemplateDefaultsStepsArgumentsArtifactsArtifactoryPasswordSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplateDefaultsStepsArgumentsArtifactsArtifactoryUsernameSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplateDefaultsStepsArgumentsArtifactsAzureAccountKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplateDefaultsStepsArgumentsArtifactsGcsServiceAccountKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplateDefaultsStepsArgumentsArtifactsGitPasswordSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplateDefaultsStepsArgumentsArtifactsGitSshPrivateKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplateDefaultsStepsArgumentsArtifactsGitUsernameSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplateDefaultsStepsArgumentsArtifactsHdfsKrbCCacheSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplateDefaultsStepsArgumentsArtifactsHdfsKrbConfigConfigMap {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplateDefaultsStepsArgumentsArtifactsHdfsKrbKeytabSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplateDefaultsStepsArgumentsArtifactsHttpAuth {
    readonly basicAuth?: WorkflowTemplateSpecTemplateDefaultsStepsArgumentsArtifactsHttpAuthBasicAuth;
    readonly clientCert?: WorkflowTemplateSpecTemplateDefaultsStepsArgumentsArtifactsHttpAuthClientCert;
    readonly oauth2?: WorkflowTemplateSpecTemplateDefaultsStepsArgumentsArtifactsHttpAuthOauth2;
}
export interface WorkflowTemplateSpecTemplateDefaultsStepsArgumentsArtifactsHttpHeaders {
    readonly name: string;
    readonly value: string;
}
export interface WorkflowTemplateSpecTemplateDefaultsStepsArgumentsArtifactsOssAccessKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplateDefaultsStepsArgumentsArtifactsOssLifecycleRule {
    readonly markDeletionAfterDays?: number;
    readonly markInfrequentAccessAfterDays?: number;
}
export interface WorkflowTemplateSpecTemplateDefaultsStepsArgumentsArtifactsOssSecretKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplateDefaultsStepsArgumentsArtifactsS3AccessKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export declare enum WorkflowTemplateSpecTemplateDefaultsStepsArgumentsArtifactsS3AddressingStyle {
    PATH = "path",
    VIRTUAL_HYPHEN_HOSTED = "virtual-hosted"
}
export interface WorkflowTemplateSpecTemplateDefaultsStepsArgumentsArtifactsS3CaSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplateDefaultsStepsArgumentsArtifactsS3CreateBucketIfNotPresent {
    readonly objectLocking?: boolean;
}
export interface WorkflowTemplateSpecTemplateDefaultsStepsArgumentsArtifactsS3EncryptionOptions {
    readonly enableEncryption?: boolean;
    readonly kmsEncryptionContext?: string;
    readonly kmsKeyId?: string;
    readonly serverSideCustomerKeySecret?: WorkflowTemplateSpecTemplateDefaultsStepsArgumentsArtifactsS3EncryptionOptionsServerSideCustomerKeySecret;
}
export interface WorkflowTemplateSpecTemplateDefaultsStepsArgumentsArtifactsS3SecretKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplateDefaultsStepsArgumentsArtifactsS3SessionTokenSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplateDefaultsStepsArgumentsParametersValueFromConfigMapKeyRef {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplateDefaultsStepsHooksArgumentsArtifactsArchive {
    readonly none?: any;
    readonly tar?: WorkflowTemplateSpecTemplateDefaultsStepsHooksArgumentsArtifactsArchiveTar;
    readonly zip?: any;
}
export interface WorkflowTemplateSpecTemplateDefaultsStepsHooksArgumentsArtifactsArtifactGc {
    readonly podMetadata?: WorkflowTemplateSpecTemplateDefaultsStepsHooksArgumentsArtifactsArtifactGcPodMetadata;
    readonly serviceAccountName?: string;
    readonly strategy?: WorkflowTemplateSpecTemplateDefaultsStepsHooksArgumentsArtifactsArtifactGcStrategy;
}
export interface WorkflowTemplateSpecTemplateDefaultsStepsHooksArgumentsArtifactsArtifactory {
    readonly passwordSecret?: WorkflowTemplateSpecTemplateDefaultsStepsHooksArgumentsArtifactsArtifactoryPasswordSecret;
    readonly url: string;
    readonly usernameSecret?: WorkflowTemplateSpecTemplateDefaultsStepsHooksArgumentsArtifactsArtifactoryUsernameSecret;
}
export interface WorkflowTemplateSpecTemplateDefaultsStepsHooksArgumentsArtifactsAzure {
    readonly accountKeySecret?: WorkflowTemplateSpecTemplateDefaultsStepsHooksArgumentsArtifactsAzureAccountKeySecret;
    readonly blob: string;
    readonly container: string;
    readonly endpoint: string;
    readonly useSdkCreds?: boolean;
}
export interface WorkflowTemplateSpecTemplateDefaultsStepsHooksArgumentsArtifactsGcs {
    readonly bucket?: string;
    readonly key: string;
    readonly serviceAccountKeySecret?: WorkflowTemplateSpecTemplateDefaultsStepsHooksArgumentsArtifactsGcsServiceAccountKeySecret;
}
export interface WorkflowTemplateSpecTemplateDefaultsStepsHooksArgumentsArtifactsGit {
    readonly branch?: string;
    readonly depth?: number;
    readonly disableSubmodules?: boolean;
    readonly fetch?: string[];
    readonly insecureIgnoreHostKey?: boolean;
    readonly insecureSkipTls?: boolean;
    readonly passwordSecret?: WorkflowTemplateSpecTemplateDefaultsStepsHooksArgumentsArtifactsGitPasswordSecret;
    readonly repo: string;
    readonly revision?: string;
    readonly singleBranch?: boolean;
    readonly sshPrivateKeySecret?: WorkflowTemplateSpecTemplateDefaultsStepsHooksArgumentsArtifactsGitSshPrivateKeySecret;
    readonly usernameSecret?: WorkflowTemplateSpecTemplateDefaultsStepsHooksArgumentsArtifactsGitUsernameSecret;
}
export interface WorkflowTemplateSpecTemplateDefaultsStepsHooksArgumentsArtifactsHdfs {
    readonly addresses?: string[];
    readonly dataTransferProtection?: string;
    readonly force?: boolean;
    readonly hdfsUser?: string;
    readonly krbCCacheSecret?: WorkflowTemplateSpecTemplateDefaultsStepsHooksArgumentsArtifactsHdfsKrbCCacheSecret;
    readonly krbConfigConfigMap?: WorkflowTemplateSpecTemplateDefaultsStepsHooksArgumentsArtifactsHdfsKrbConfigConfigMap;
    readonly krbKeytabSecret?: WorkflowTemplateSpecTemplateDefaultsStepsHooksArgumentsArtifactsHdfsKrbKeytabSecret;
    readonly krbRealm?: string;
    readonly krbServicePrincipalName?: string;
    readonly krbUsername?: string;
    readonly path: string;
}
export interface WorkflowTemplateSpecTemplateDefaultsStepsHooksArgumentsArtifactsHttp {
    readonly auth?: WorkflowTemplateSpecTemplateDefaultsStepsHooksArgumentsArtifactsHttpAuth;
    readonly headers?: WorkflowTemplateSpecTemplateDefaultsStepsHooksArgumentsArtifactsHttpHeaders[];
    readonly saveStreamViaFile?: boolean;
    readonly url: string;
}
export interface WorkflowTemplateSpecTemplateDefaultsStepsHooksArgumentsArtifactsOss {
    readonly accessKeySecret?: WorkflowTemplateSpecTemplateDefaultsStepsHooksArgumentsArtifactsOssAccessKeySecret;
    readonly bucket?: string;
    readonly createBucketIfNotPresent?: boolean;
    readonly endpoint?: string;
    readonly key: string;
    readonly lifecycleRule?: WorkflowTemplateSpecTemplateDefaultsStepsHooksArgumentsArtifactsOssLifecycleRule;
    readonly secretKeySecret?: WorkflowTemplateSpecTemplateDefaultsStepsHooksArgumentsArtifactsOssSecretKeySecret;
    readonly securityToken?: string;
    readonly useSdkCreds?: boolean;
}
export interface WorkflowTemplateSpecTemplateDefaultsStepsHooksArgumentsArtifactsPlugin {
    readonly configuration?: string;
    readonly connectionTimeoutSeconds?: number;
    readonly key: string;
    readonly name?: string;
}
export interface WorkflowTemplateSpecTemplateDefaultsStepsHooksArgumentsArtifactsRaw {
    readonly data: string;
}
export interface WorkflowTemplateSpecTemplateDefaultsStepsHooksArgumentsArtifactsS3 {
    readonly accessKeySecret?: WorkflowTemplateSpecTemplateDefaultsStepsHooksArgumentsArtifactsS3AccessKeySecret;
    readonly addressingStyle?: WorkflowTemplateSpecTemplateDefaultsStepsHooksArgumentsArtifactsS3AddressingStyle;
    readonly bucket?: string;
    readonly caSecret?: WorkflowTemplateSpecTemplateDefaultsStepsHooksArgumentsArtifactsS3CaSecret;
    readonly createBucketIfNotPresent?: WorkflowTemplateSpecTemplateDefaultsStepsHooksArgumentsArtifactsS3CreateBucketIfNotPresent;
    readonly encryptionOptions?: WorkflowTemplateSpecTemplateDefaultsStepsHooksArgumentsArtifactsS3EncryptionOptions;
    readonly endpoint?: string;
    readonly insecure?: boolean;
    readonly key?: string;
    readonly region?: string;
    readonly roleArn?: string;
    readonly secretKeySecret?: WorkflowTemplateSpecTemplateDefaultsStepsHooksArgumentsArtifactsS3SecretKeySecret;
    readonly sessionTokenSecret?: WorkflowTemplateSpecTemplateDefaultsStepsHooksArgumentsArtifactsS3SessionTokenSecret;
    readonly useSdkCreds?: boolean;
}
export interface WorkflowTemplateSpecTemplateDefaultsStepsHooksArgumentsParametersValueFrom {
    readonly configMapKeyRef?: WorkflowTemplateSpecTemplateDefaultsStepsHooksArgumentsParametersValueFromConfigMapKeyRef;
    readonly default?: string;
    readonly event?: string;
    readonly expression?: string;
    readonly jqFilter?: string;
    readonly jsonPath?: string;
    readonly parameter?: string;
    readonly path?: string;
    readonly supplied?: any;
}
export declare class WorkflowTemplateSpecTemplateDefaultsVolumesDownwardApiItemsResourceFieldRefDivisor {
    readonly value: number | string;
    static fromNumber(value: number): WorkflowTemplateSpecTemplateDefaultsVolumesDownwardApiItemsResourceFieldRefDivisor;
    static fromString(value: string): WorkflowTemplateSpecTemplateDefaultsVolumesDownwardApiItemsResourceFieldRefDivisor;
    private constructor();
}
export interface WorkflowTemplateSpecTemplateDefaultsVolumesEphemeralVolumeClaimTemplateSpecDataSource {
    readonly apiGroup?: string;
    readonly kind: string;
    readonly name: string;
}
export interface WorkflowTemplateSpecTemplateDefaultsVolumesEphemeralVolumeClaimTemplateSpecDataSourceRef {
    readonly apiGroup?: string;
    readonly kind: string;
    readonly name: string;
    readonly namespace?: string;
}
export interface WorkflowTemplateSpecTemplateDefaultsVolumesEphemeralVolumeClaimTemplateSpecResources {
    readonly limits?: {
        [key: string]: WorkflowTemplateSpecTemplateDefaultsVolumesEphemeralVolumeClaimTemplateSpecResourcesLimits;
    };
    readonly requests?: {
        [key: string]: WorkflowTemplateSpecTemplateDefaultsVolumesEphemeralVolumeClaimTemplateSpecResourcesRequests;
    };
}
export interface WorkflowTemplateSpecTemplateDefaultsVolumesEphemeralVolumeClaimTemplateSpecSelector {
    readonly matchExpressions?: WorkflowTemplateSpecTemplateDefaultsVolumesEphemeralVolumeClaimTemplateSpecSelectorMatchExpressions[];
    readonly matchLabels?: {
        [key: string]: string;
    };
}
export interface WorkflowTemplateSpecTemplateDefaultsVolumesProjectedSourcesClusterTrustBundleLabelSelector {
    readonly matchExpressions?: WorkflowTemplateSpecTemplateDefaultsVolumesProjectedSourcesClusterTrustBundleLabelSelectorMatchExpressions[];
    readonly matchLabels?: {
        [key: string]: string;
    };
}
export interface WorkflowTemplateSpecTemplateDefaultsVolumesProjectedSourcesConfigMapItems {
    readonly key: string;
    readonly mode?: number;
    readonly path: string;
}
export interface WorkflowTemplateSpecTemplateDefaultsVolumesProjectedSourcesDownwardApiItems {
    readonly fieldRef?: WorkflowTemplateSpecTemplateDefaultsVolumesProjectedSourcesDownwardApiItemsFieldRef;
    readonly mode?: number;
    readonly path: string;
    readonly resourceFieldRef?: WorkflowTemplateSpecTemplateDefaultsVolumesProjectedSourcesDownwardApiItemsResourceFieldRef;
}
export interface WorkflowTemplateSpecTemplateDefaultsVolumesProjectedSourcesSecretItems {
    readonly key: string;
    readonly mode?: number;
    readonly path: string;
}
export interface WorkflowTemplateSpecTemplatesAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchExpressions {
    readonly key: string;
    readonly operator: string;
    readonly values?: string[];
}
export interface WorkflowTemplateSpecTemplatesAffinityNodeAffinityPreferredDuringSchedulingIgnoredDuringExecutionPreferenceMatchFields {
    readonly key: string;
    readonly operator: string;
    readonly values?: string[];
}
export interface WorkflowTemplateSpecTemplatesAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchExpressions {
    readonly key: string;
    readonly operator: string;
    readonly values?: string[];
}
export interface WorkflowTemplateSpecTemplatesAffinityNodeAffinityRequiredDuringSchedulingIgnoredDuringExecutionNodeSelectorTermsMatchFields {
    readonly key: string;
    readonly operator: string;
    readonly values?: string[];
}
export interface WorkflowTemplateSpecTemplatesAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector {
    readonly matchExpressions?: WorkflowTemplateSpecTemplatesAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions[];
    readonly matchLabels?: {
        [key: string]: string;
    };
}
export interface WorkflowTemplateSpecTemplatesAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector {
    readonly matchExpressions?: WorkflowTemplateSpecTemplatesAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions[];
    readonly matchLabels?: {
        [key: string]: string;
    };
}
export interface WorkflowTemplateSpecTemplatesAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions {
    readonly key: string;
    readonly operator: string;
    readonly values?: string[];
}
export interface WorkflowTemplateSpecTemplatesAffinityPodAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions {
    readonly key: string;
    readonly operator: string;
    readonly values?: string[];
}
export interface WorkflowTemplateSpecTemplatesAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelector {
    readonly matchExpressions?: WorkflowTemplateSpecTemplatesAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions[];
    readonly matchLabels?: {
        [key: string]: string;
    };
}
export interface WorkflowTemplateSpecTemplatesAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelector {
    readonly matchExpressions?: WorkflowTemplateSpecTemplatesAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions[];
    readonly matchLabels?: {
        [key: string]: string;
    };
}
export interface WorkflowTemplateSpecTemplatesAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionLabelSelectorMatchExpressions {
    readonly key: string;
    readonly operator: string;
    readonly values?: string[];
}
export interface WorkflowTemplateSpecTemplatesAffinityPodAntiAffinityRequiredDuringSchedulingIgnoredDuringExecutionNamespaceSelectorMatchExpressions {
    readonly key: string;
    readonly operator: string;
    readonly values?: string[];
}
export interface WorkflowTemplateSpecTemplatesArchiveLocationHttpAuthBasicAuthPasswordSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplatesArchiveLocationHttpAuthBasicAuthUsernameSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplatesArchiveLocationHttpAuthClientCertClientCertSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplatesArchiveLocationHttpAuthClientCertClientKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplatesArchiveLocationHttpAuthOauth2ClientIdSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplatesArchiveLocationHttpAuthOauth2ClientSecretSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplatesArchiveLocationHttpAuthOauth2EndpointParams {
    readonly key: string;
    readonly value?: string;
}
export interface WorkflowTemplateSpecTemplatesArchiveLocationHttpAuthOauth2TokenUrlSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export declare class WorkflowTemplateSpecTemplatesContainerEnvValueFromResourceFieldRefDivisor {
    readonly value: number | string;
    static fromNumber(value: number): WorkflowTemplateSpecTemplatesContainerEnvValueFromResourceFieldRefDivisor;
    static fromString(value: string): WorkflowTemplateSpecTemplatesContainerEnvValueFromResourceFieldRefDivisor;
    private constructor();
}
export interface WorkflowTemplateSpecTemplatesContainerLifecyclePostStartHttpGetHttpHeaders {
    readonly name: string;
    readonly value: string;
}
export declare class WorkflowTemplateSpecTemplatesContainerLifecyclePostStartHttpGetPort {
    readonly value: number | string;
    static fromNumber(value: number): WorkflowTemplateSpecTemplatesContainerLifecyclePostStartHttpGetPort;
    static fromString(value: string): WorkflowTemplateSpecTemplatesContainerLifecyclePostStartHttpGetPort;
    private constructor();
}
export declare class WorkflowTemplateSpecTemplatesContainerLifecyclePostStartTcpSocketPort {
    readonly value: number | string;
    static fromNumber(value: number): WorkflowTemplateSpecTemplatesContainerLifecyclePostStartTcpSocketPort;
    static fromString(value: string): WorkflowTemplateSpecTemplatesContainerLifecyclePostStartTcpSocketPort;
    private constructor();
}
export interface WorkflowTemplateSpecTemplatesContainerLifecyclePreStopHttpGetHttpHeaders {
    readonly name: string;
    readonly value: string;
}
export declare class WorkflowTemplateSpecTemplatesContainerLifecyclePreStopHttpGetPort {
    readonly value: number | string;
    static fromNumber(value: number): WorkflowTemplateSpecTemplatesContainerLifecyclePreStopHttpGetPort;
    static fromString(value: string): WorkflowTemplateSpecTemplatesContainerLifecyclePreStopHttpGetPort;
    private constructor();
}
export declare class WorkflowTemplateSpecTemplatesContainerLifecyclePreStopTcpSocketPort {
    readonly value: number | string;
    static fromNumber(value: number): WorkflowTemplateSpecTemplatesContainerLifecyclePreStopTcpSocketPort;
    static fromString(value: string): WorkflowTemplateSpecTemplatesContainerLifecyclePreStopTcpSocketPort;
    private constructor();
}
export interface WorkflowTemplateSpecTemplatesContainerSetContainersEnvValueFromConfigMapKeyRef {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplatesContainerSetContainersEnvValueFromFieldRef {
    readonly apiVersion?: string;
    readonly fieldPath: string;
}
export interface WorkflowTemplateSpecTemplatesContainerSetContainersEnvValueFromFileKeyRef {
    readonly key: string;
    readonly optional?: boolean;
    readonly path: string;
    readonly volumeName: string;
}
export interface WorkflowTemplateSpecTemplatesContainerSetContainersEnvValueFromResourceFieldRef {
    readonly containerName?: string;
    readonly divisor?: WorkflowTemplateSpecTemplatesContainerSetContainersEnvValueFromResourceFieldRefDivisor;
    readonly resource: string;
}
export interface WorkflowTemplateSpecTemplatesContainerSetContainersEnvValueFromSecretKeyRef {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplatesContainerSetContainersLifecyclePostStartExec {
    readonly command?: string[];
}
export interface WorkflowTemplateSpecTemplatesContainerSetContainersLifecyclePostStartHttpGet {
    readonly host?: string;
    readonly httpHeaders?: WorkflowTemplateSpecTemplatesContainerSetContainersLifecyclePostStartHttpGetHttpHeaders[];
    readonly path?: string;
    readonly port: WorkflowTemplateSpecTemplatesContainerSetContainersLifecyclePostStartHttpGetPort;
    readonly scheme?: string;
}
export interface WorkflowTemplateSpecTemplatesContainerSetContainersLifecyclePostStartSleep {
    readonly seconds: number;
}
export interface WorkflowTemplateSpecTemplatesContainerSetContainersLifecyclePostStartTcpSocket {
    readonly host?: string;
    readonly port: WorkflowTemplateSpecTemplatesContainerSetContainersLifecyclePostStartTcpSocketPort;
}
export interface WorkflowTemplateSpecTemplatesContainerSetContainersLifecyclePreStopExec {
    readonly command?: string[];
}
export interface WorkflowTemplateSpecTemplatesContainerSetContainersLifecyclePreStopHttpGet {
    readonly host?: string;
    readonly httpHeaders?: WorkflowTemplateSpecTemplatesContainerSetContainersLifecyclePreStopHttpGetHttpHeaders[];
    readonly path?: string;
    readonly port: WorkflowTemplateSpecTemplatesContainerSetContainersLifecyclePreStopHttpGetPort;
    readonly scheme?: string;
}
export interface WorkflowTemplateSpecTemplatesContainerSetContainersLifecyclePreStopSleep {
    readonly seconds: number;
}
export interface WorkflowTemplateSpecTemplatesContainerSetContainersLifecyclePreStopTcpSocket {
    readonly host?: string;
    readonly port: WorkflowTemplateSpecTemplatesContainerSetContainersLifecyclePreStopTcpSocketPort;
}
export interface WorkflowTemplateSpecTemplatesContainerSetContainersLivenessProbeHttpGetHttpHeaders {
    readonly name: string;
    readonly value: string;
}
export declare class WorkflowTemplateSpecTemplatesContainerSetContainersLivenessProbeHttpGetPort {
    readonly value: number | string;
    static fromNumber(value: number): WorkflowTemplateSpecTemplatesContainerSetContainersLivenessProbeHttpGetPort;
    static fromString(value: string): WorkflowTemplateSpecTemplatesContainerSetContainersLivenessProbeHttpGetPort;
    private constructor();
}
export declare class WorkflowTemplateSpecTemplatesContainerSetContainersLivenessProbeTcpSocketPort {
    readonly value: number | string;
    static fromNumber(value: number): WorkflowTemplateSpecTemplatesContainerSetContainersLivenessProbeTcpSocketPort;
    static fromString(value: string): WorkflowTemplateSpecTemplatesContainerSetContainersLivenessProbeTcpSocketPort;
    private constructor();
}
export interface WorkflowTemplateSpecTemplatesContainerSetContainersReadinessProbeHttpGetHttpHeaders {
    readonly name: string;
    readonly value: string;
}
export declare class WorkflowTemplateSpecTemplatesContainerSetContainersReadinessProbeHttpGetPort {
    readonly value: number | string;
    static fromNumber(value: number): WorkflowTemplateSpecTemplatesContainerSetContainersReadinessProbeHttpGetPort;
    static fromString(value: string): WorkflowTemplateSpecTemplatesContainerSetContainersReadinessProbeHttpGetPort;
    private constructor();
}
export declare class WorkflowTemplateSpecTemplatesContainerSetContainersReadinessProbeTcpSocketPort {
    readonly value: number | string;
    static fromNumber(value: number): WorkflowTemplateSpecTemplatesContainerSetContainersReadinessProbeTcpSocketPort;
    static fromString(value: string): WorkflowTemplateSpecTemplatesContainerSetContainersReadinessProbeTcpSocketPort;
    private constructor();
}
export interface WorkflowTemplateSpecTemplatesContainerSetContainersStartupProbeHttpGetHttpHeaders {
    readonly name: string;
    readonly value: string;
}
export declare class WorkflowTemplateSpecTemplatesContainerSetContainersStartupProbeHttpGetPort {
    readonly value: number | string;
    static fromNumber(value: number): WorkflowTemplateSpecTemplatesContainerSetContainersStartupProbeHttpGetPort;
    static fromString(value: string): WorkflowTemplateSpecTemplatesContainerSetContainersStartupProbeHttpGetPort;
    private constructor();
}
export declare class WorkflowTemplateSpecTemplatesContainerSetContainersStartupProbeTcpSocketPort {
    readonly value: number | string;
    static fromNumber(value: number): WorkflowTemplateSpecTemplatesContainerSetContainersStartupProbeTcpSocketPort;
    static fromString(value: string): WorkflowTemplateSpecTemplatesContainerSetContainersStartupProbeTcpSocketPort;
    private constructor();
}
export interface WorkflowTemplateSpecTemplatesDagTasksArgumentsArtifactsArchive {
    readonly none?: any;
    readonly tar?: WorkflowTemplateSpecTemplatesDagTasksArgumentsArtifactsArchiveTar;
    readonly zip?: any;
}
export interface WorkflowTemplateSpecTemplatesDagTasksArgumentsArtifactsArtifactGc {
    readonly podMetadata?: WorkflowTemplateSpecTemplatesDagTasksArgumentsArtifactsArtifactGcPodMetadata;
    readonly serviceAccountName?: string;
    readonly strategy?: WorkflowTemplateSpecTemplatesDagTasksArgumentsArtifactsArtifactGcStrategy;
}
export interface WorkflowTemplateSpecTemplatesDagTasksArgumentsArtifactsArtifactory {
    readonly passwordSecret?: WorkflowTemplateSpecTemplatesDagTasksArgumentsArtifactsArtifactoryPasswordSecret;
    readonly url: string;
    readonly usernameSecret?: WorkflowTemplateSpecTemplatesDagTasksArgumentsArtifactsArtifactoryUsernameSecret;
}
export interface WorkflowTemplateSpecTemplatesDagTasksArgumentsArtifactsAzure {
    readonly accountKeySecret?: WorkflowTemplateSpecTemplatesDagTasksArgumentsArtifactsAzureAccountKeySecret;
    readonly blob: string;
    readonly container: string;
    readonly endpoint: string;
    readonly useSdkCreds?: boolean;
}
export interface WorkflowTemplateSpecTemplatesDagTasksArgumentsArtifactsGcs {
    readonly bucket?: string;
    readonly key: string;
    readonly serviceAccountKeySecret?: WorkflowTemplateSpecTemplatesDagTasksArgumentsArtifactsGcsServiceAccountKeySecret;
}
export interface WorkflowTemplateSpecTemplatesDagTasksArgumentsArtifactsGit {
    readonly branch?: string;
    readonly depth?: number;
    readonly disableSubmodules?: boolean;
    readonly fetch?: string[];
    readonly insecureIgnoreHostKey?: boolean;
    readonly insecureSkipTls?: boolean;
    readonly passwordSecret?: WorkflowTemplateSpecTemplatesDagTasksArgumentsArtifactsGitPasswordSecret;
    readonly repo: string;
    readonly revision?: string;
    readonly singleBranch?: boolean;
    readonly sshPrivateKeySecret?: WorkflowTemplateSpecTemplatesDagTasksArgumentsArtifactsGitSshPrivateKeySecret;
    readonly usernameSecret?: WorkflowTemplateSpecTemplatesDagTasksArgumentsArtifactsGitUsernameSecret;
}
export interface WorkflowTemplateSpecTemplatesDagTasksArgumentsArtifactsHdfs {
    readonly addresses?: string[];
    readonly dataTransferProtection?: string;
    readonly force?: boolean;
    readonly hdfsUser?: string;
    readonly krbCCacheSecret?: WorkflowTemplateSpecTemplatesDagTasksArgumentsArtifactsHdfsKrbCCacheSecret;
    readonly krbConfigConfigMap?: WorkflowTemplateSpecTemplatesDagTasksArgumentsArtifactsHdfsKrbConfigConfigMap;
    readonly krbKeytabSecret?: WorkflowTemplateSpecTemplatesDagTasksArgumentsArtifactsHdfsKrbKeytabSecret;
    readonly krbRealm?: string;
    readonly krbServicePrincipalName?: string;
    readonly krbUsername?: string;
    readonly path: string;
}
export interface WorkflowTemplateSpecTemplatesDagTasksArgumentsArtifactsHttp {
    readonly auth?: WorkflowTemplateSpecTemplatesDagTasksArgumentsArtifactsHttpAuth;
    readonly headers?: WorkflowTemplateSpecTemplatesDagTasksArgumentsArtifactsHttpHeaders[];
    readonly saveStreamViaFile?: boolean;
    readonly url: string;
}
export interface WorkflowTemplateSpecTemplatesDagTasksArgumentsArtifactsOss {
    readonly accessKeySecret?: WorkflowTemplateSpecTemplatesDagTasksArgumentsArtifactsOssAccessKeySecret;
    readonly bucket?: string;
    readonly createBucketIfNotPresent?: boolean;
    readonly endpoint?: string;
    readonly key: string;
    readonly lifecycleRule?: WorkflowTemplateSpecTemplatesDagTasksArgumentsArtifactsOssLifecycleRule;
    readonly secretKeySecret?: WorkflowTemplateSpecTemplatesDagTasksArgumentsArtifactsOssSecretKeySecret;
    readonly securityToken?: string;
    readonly useSdkCreds?: boolean;
}
export interface WorkflowTemplateSpecTemplatesDagTasksArgumentsArtifactsPlugin {
    readonly configuration?: string;
    readonly connectionTimeoutSeconds?: number;
    readonly key: string;
    readonly name?: string;
}
export interface WorkflowTemplateSpecTemplatesDagTasksArgumentsArtifactsRaw {
    readonly data: string;
}
export interface WorkflowTemplateSpecTemplatesDagTasksArgumentsArtifactsS3 {
    readonly accessKeySecret?: WorkflowTemplateSpecTemplatesDagTasksArgumentsArtifactsS3AccessKeySecret;
    readonly addressingStyle?: WorkflowTemplateSpecTemplatesDagTasksArgumentsArtifactsS3AddressingStyle;
    readonly bucket?: string;
    readonly caSecret?: WorkflowTemplateSpecTemplatesDagTasksArgumentsArtifactsS3CaSecret;
    readonly createBucketIfNotPresent?: WorkflowTemplateSpecTemplatesDagTasksArgumentsArtifactsS3CreateBucketIfNotPresent;
    readonly encryptionOptions?: WorkflowTemplateSpecTemplatesDagTasksArgumentsArtifactsS3EncryptionOptions;
    readonly endpoint?: string;
    readonly insecure?: boolean;
    readonly key?: string;
    readonly region?: string;
    readonly roleArn?: string;
    readonly secretKeySecret?: WorkflowTemplateSpecTemplatesDagTasksArgumentsArtifactsS3SecretKeySecret;
    readonly sessionTokenSecret?: WorkflowTemplateSpecTemplatesDagTasksArgumentsArtifactsS3SessionTokenSecret;
    readonly useSdkCreds?: boolean;
}
export interface WorkflowTemplateSpecTemplatesDagTasksArgumentsParametersValueFrom {
    readonly configMapKeyRef?: WorkflowTemplateSpecTemplatesDagTasksArgumentsParametersValueFromConfigMapKeyRef;
    readonly default?: string;
    readonly event?: string;
    readonly expression?: string;
    readonly jqFilter?: string;
    readonly jsonPath?: string;
    readonly parameter?: string;
    readonly path?: string;
    readonly supplied?: any;
}
export interface WorkflowTemplateSpecTemplatesDagTasksHooksArgumentsArtifacts {
    readonly archive?: WorkflowTemplateSpecTemplatesDagTasksHooksArgumentsArtifactsArchive;
    readonly archiveLogs?: boolean;
    readonly artifactGc?: WorkflowTemplateSpecTemplatesDagTasksHooksArgumentsArtifactsArtifactGc;
    readonly artifactory?: WorkflowTemplateSpecTemplatesDagTasksHooksArgumentsArtifactsArtifactory;
    readonly azure?: WorkflowTemplateSpecTemplatesDagTasksHooksArgumentsArtifactsAzure;
    readonly deleted?: boolean;
    readonly from?: string;
    readonly fromExpression?: string;
    readonly gcs?: WorkflowTemplateSpecTemplatesDagTasksHooksArgumentsArtifactsGcs;
    readonly git?: WorkflowTemplateSpecTemplatesDagTasksHooksArgumentsArtifactsGit;
    readonly globalName?: string;
    readonly hdfs?: WorkflowTemplateSpecTemplatesDagTasksHooksArgumentsArtifactsHdfs;
    readonly http?: WorkflowTemplateSpecTemplatesDagTasksHooksArgumentsArtifactsHttp;
    readonly mode?: number;
    readonly name: string;
    readonly optional?: boolean;
    readonly oss?: WorkflowTemplateSpecTemplatesDagTasksHooksArgumentsArtifactsOss;
    readonly path?: string;
    readonly plugin?: WorkflowTemplateSpecTemplatesDagTasksHooksArgumentsArtifactsPlugin;
    readonly raw?: WorkflowTemplateSpecTemplatesDagTasksHooksArgumentsArtifactsRaw;
    readonly recurseMode?: boolean;
    readonly s3?: WorkflowTemplateSpecTemplatesDagTasksHooksArgumentsArtifactsS3;
    readonly subPath?: string;
}
export interface WorkflowTemplateSpecTemplatesDagTasksHooksArgumentsParameters {
    readonly default?: string;
    readonly description?: string;
    readonly enum?: string[];
    readonly globalName?: string;
    readonly name: string;
    readonly value?: string;
    readonly valueFrom?: WorkflowTemplateSpecTemplatesDagTasksHooksArgumentsParametersValueFrom;
}
export interface WorkflowTemplateSpecTemplatesDataSourceArtifactPathsArchiveTar {
    readonly compressionLevel?: number;
}
export interface WorkflowTemplateSpecTemplatesDataSourceArtifactPathsArtifactGcPodMetadata {
    readonly annotations?: {
        [key: string]: string;
    };
    readonly labels?: {
        [key: string]: string;
    };
}
export declare enum WorkflowTemplateSpecTemplatesDataSourceArtifactPathsArtifactGcStrategy {
    ON_WORKFLOW_COMPLETION = "OnWorkflowCompletion",
    ON_WORKFLOW_DELETION = "OnWorkflowDeletion",
    NEVER = "Never"
}
export interface WorkflowTemplateSpecTemplatesDataSourceArtifactPathsArtifactoryPasswordSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplatesDataSourceArtifactPathsArtifactoryUsernameSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplatesDataSourceArtifactPathsAzureAccountKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplatesDataSourceArtifactPathsGcsServiceAccountKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplatesDataSourceArtifactPathsGitPasswordSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplatesDataSourceArtifactPathsGitSshPrivateKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplatesDataSourceArtifactPathsGitUsernameSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplatesDataSourceArtifactPathsHdfsKrbCCacheSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplatesDataSourceArtifactPathsHdfsKrbConfigConfigMap {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplatesDataSourceArtifactPathsHdfsKrbKeytabSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplatesDataSourceArtifactPathsHttpAuth {
    readonly basicAuth?: WorkflowTemplateSpecTemplatesDataSourceArtifactPathsHttpAuthBasicAuth;
    readonly clientCert?: WorkflowTemplateSpecTemplatesDataSourceArtifactPathsHttpAuthClientCert;
    readonly oauth2?: WorkflowTemplateSpecTemplatesDataSourceArtifactPathsHttpAuthOauth2;
}
export interface WorkflowTemplateSpecTemplatesDataSourceArtifactPathsHttpHeaders {
    readonly name: string;
    readonly value: string;
}
export interface WorkflowTemplateSpecTemplatesDataSourceArtifactPathsOssAccessKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplatesDataSourceArtifactPathsOssLifecycleRule {
    readonly markDeletionAfterDays?: number;
    readonly markInfrequentAccessAfterDays?: number;
}
export interface WorkflowTemplateSpecTemplatesDataSourceArtifactPathsOssSecretKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplatesDataSourceArtifactPathsS3AccessKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export declare enum WorkflowTemplateSpecTemplatesDataSourceArtifactPathsS3AddressingStyle {
    PATH = "path",
    VIRTUAL_HYPHEN_HOSTED = "virtual-hosted"
}
export interface WorkflowTemplateSpecTemplatesDataSourceArtifactPathsS3CaSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplatesDataSourceArtifactPathsS3CreateBucketIfNotPresent {
    readonly objectLocking?: boolean;
}
export interface WorkflowTemplateSpecTemplatesDataSourceArtifactPathsS3EncryptionOptions {
    readonly enableEncryption?: boolean;
    readonly kmsEncryptionContext?: string;
    readonly kmsKeyId?: string;
    readonly serverSideCustomerKeySecret?: WorkflowTemplateSpecTemplatesDataSourceArtifactPathsS3EncryptionOptionsServerSideCustomerKeySecret;
}
export interface WorkflowTemplateSpecTemplatesDataSourceArtifactPathsS3SecretKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplatesDataSourceArtifactPathsS3SessionTokenSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export declare class WorkflowTemplateSpecTemplatesInitContainersEnvValueFromResourceFieldRefDivisor {
    readonly value: number | string;
    static fromNumber(value: number): WorkflowTemplateSpecTemplatesInitContainersEnvValueFromResourceFieldRefDivisor;
    static fromString(value: string): WorkflowTemplateSpecTemplatesInitContainersEnvValueFromResourceFieldRefDivisor;
    private constructor();
}
export interface WorkflowTemplateSpecTemplatesInitContainersLifecyclePostStartHttpGetHttpHeaders {
    readonly name: string;
    readonly value: string;
}
export declare class WorkflowTemplateSpecTemplatesInitContainersLifecyclePostStartHttpGetPort {
    readonly value: number | string;
    static fromNumber(value: number): WorkflowTemplateSpecTemplatesInitContainersLifecyclePostStartHttpGetPort;
    static fromString(value: string): WorkflowTemplateSpecTemplatesInitContainersLifecyclePostStartHttpGetPort;
    private constructor();
}
export declare class WorkflowTemplateSpecTemplatesInitContainersLifecyclePostStartTcpSocketPort {
    readonly value: number | string;
    static fromNumber(value: number): WorkflowTemplateSpecTemplatesInitContainersLifecyclePostStartTcpSocketPort;
    static fromString(value: string): WorkflowTemplateSpecTemplatesInitContainersLifecyclePostStartTcpSocketPort;
    private constructor();
}
export interface WorkflowTemplateSpecTemplatesInitContainersLifecyclePreStopHttpGetHttpHeaders {
    readonly name: string;
    readonly value: string;
}
export declare class WorkflowTemplateSpecTemplatesInitContainersLifecyclePreStopHttpGetPort {
    readonly value: number | string;
    static fromNumber(value: number): WorkflowTemplateSpecTemplatesInitContainersLifecyclePreStopHttpGetPort;
    static fromString(value: string): WorkflowTemplateSpecTemplatesInitContainersLifecyclePreStopHttpGetPort;
    private constructor();
}
export declare class WorkflowTemplateSpecTemplatesInitContainersLifecyclePreStopTcpSocketPort {
    readonly value: number | string;
    static fromNumber(value: number): WorkflowTemplateSpecTemplatesInitContainersLifecyclePreStopTcpSocketPort;
    static fromString(value: string): WorkflowTemplateSpecTemplatesInitContainersLifecyclePreStopTcpSocketPort;
    private constructor();
}
export interface WorkflowTemplateSpecTemplatesInputsArtifactsHttpAuthBasicAuth {
    readonly passwordSecret?: WorkflowTemplateSpecTemplatesInputsArtifactsHttpAuthBasicAuthPasswordSecret;
    readonly usernameSecret?: WorkflowTemplateSpecTemplatesInputsArtifactsHttpAuthBasicAuthUsernameSecret;
}
export interface WorkflowTemplateSpecTemplatesInputsArtifactsHttpAuthClientCert {
    readonly clientCertSecret?: WorkflowTemplateSpecTemplatesInputsArtifactsHttpAuthClientCertClientCertSecret;
    readonly clientKeySecret?: WorkflowTemplateSpecTemplatesInputsArtifactsHttpAuthClientCertClientKeySecret;
}
export interface WorkflowTemplateSpecTemplatesInputsArtifactsHttpAuthOauth2 {
    readonly clientIdSecret?: WorkflowTemplateSpecTemplatesInputsArtifactsHttpAuthOauth2ClientIdSecret;
    readonly clientSecretSecret?: WorkflowTemplateSpecTemplatesInputsArtifactsHttpAuthOauth2ClientSecretSecret;
    readonly endpointParams?: WorkflowTemplateSpecTemplatesInputsArtifactsHttpAuthOauth2EndpointParams[];
    readonly scopes?: string[];
    readonly tokenUrlSecret?: WorkflowTemplateSpecTemplatesInputsArtifactsHttpAuthOauth2TokenUrlSecret;
}
export interface WorkflowTemplateSpecTemplatesInputsArtifactsS3EncryptionOptionsServerSideCustomerKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplatesOutputsArtifactsHttpAuthBasicAuth {
    readonly passwordSecret?: WorkflowTemplateSpecTemplatesOutputsArtifactsHttpAuthBasicAuthPasswordSecret;
    readonly usernameSecret?: WorkflowTemplateSpecTemplatesOutputsArtifactsHttpAuthBasicAuthUsernameSecret;
}
export interface WorkflowTemplateSpecTemplatesOutputsArtifactsHttpAuthClientCert {
    readonly clientCertSecret?: WorkflowTemplateSpecTemplatesOutputsArtifactsHttpAuthClientCertClientCertSecret;
    readonly clientKeySecret?: WorkflowTemplateSpecTemplatesOutputsArtifactsHttpAuthClientCertClientKeySecret;
}
export interface WorkflowTemplateSpecTemplatesOutputsArtifactsHttpAuthOauth2 {
    readonly clientIdSecret?: WorkflowTemplateSpecTemplatesOutputsArtifactsHttpAuthOauth2ClientIdSecret;
    readonly clientSecretSecret?: WorkflowTemplateSpecTemplatesOutputsArtifactsHttpAuthOauth2ClientSecretSecret;
    readonly endpointParams?: WorkflowTemplateSpecTemplatesOutputsArtifactsHttpAuthOauth2EndpointParams[];
    readonly scopes?: string[];
    readonly tokenUrlSecret?: WorkflowTemplateSpecTemplatesOutputsArtifactsHttpAuthOauth2TokenUrlSecret;
}
export interface WorkflowTemplateSpecTemplatesOutputsArtifactsS3EncryptionOptionsServerSideCustomerKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplatesResourceManifestFromArtifactArchiveTar {
    readonly compressionLevel?: number;
}
export interface WorkflowTemplateSpecTemplatesResourceManifestFromArtifactArtifactGcPodMetadata {
    readonly annotations?: {
        [key: string]: string;
    };
    readonly labels?: {
        [key: string]: string;
    };
}
export declare enum WorkflowTemplateSpecTemplatesResourceManifestFromArtifactArtifactGcStrategy {
    ON_WORKFLOW_COMPLETION = "OnWorkflowCompletion",
    ON_WORKFLOW_DELETION = "OnWorkflowDeletion",
    NEVER = "Never"
}
export interface WorkflowTemplateSpecTemplatesResourceManifestFromArtifactArtifactoryPasswordSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplatesResourceManifestFromArtifactArtifactoryUsernameSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplatesResourceManifestFromArtifactAzureAccountKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplatesResourceManifestFromArtifactGcsServiceAccountKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplatesResourceManifestFromArtifactGitPasswordSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplatesResourceManifestFromArtifactGitSshPrivateKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplatesResourceManifestFromArtifactGitUsernameSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplatesResourceManifestFromArtifactHdfsKrbCCacheSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplatesResourceManifestFromArtifactHdfsKrbConfigConfigMap {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplatesResourceManifestFromArtifactHdfsKrbKeytabSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplatesResourceManifestFromArtifactHttpAuth {
    readonly basicAuth?: WorkflowTemplateSpecTemplatesResourceManifestFromArtifactHttpAuthBasicAuth;
    readonly clientCert?: WorkflowTemplateSpecTemplatesResourceManifestFromArtifactHttpAuthClientCert;
    readonly oauth2?: WorkflowTemplateSpecTemplatesResourceManifestFromArtifactHttpAuthOauth2;
}
export interface WorkflowTemplateSpecTemplatesResourceManifestFromArtifactHttpHeaders {
    readonly name: string;
    readonly value: string;
}
export interface WorkflowTemplateSpecTemplatesResourceManifestFromArtifactOssAccessKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplatesResourceManifestFromArtifactOssLifecycleRule {
    readonly markDeletionAfterDays?: number;
    readonly markInfrequentAccessAfterDays?: number;
}
export interface WorkflowTemplateSpecTemplatesResourceManifestFromArtifactOssSecretKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplatesResourceManifestFromArtifactS3AccessKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export declare enum WorkflowTemplateSpecTemplatesResourceManifestFromArtifactS3AddressingStyle {
    PATH = "path",
    VIRTUAL_HYPHEN_HOSTED = "virtual-hosted"
}
export interface WorkflowTemplateSpecTemplatesResourceManifestFromArtifactS3CaSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplatesResourceManifestFromArtifactS3CreateBucketIfNotPresent {
    readonly objectLocking?: boolean;
}
export interface WorkflowTemplateSpecTemplatesResourceManifestFromArtifactS3EncryptionOptions {
    readonly enableEncryption?: boolean;
    readonly kmsEncryptionContext?: string;
    readonly kmsKeyId?: string;
    readonly serverSideCustomerKeySecret?: WorkflowTemplateSpecTemplatesResourceManifestFromArtifactS3EncryptionOptionsServerSideCustomerKeySecret;
}
export interface WorkflowTemplateSpecTemplatesResourceManifestFromArtifactS3SecretKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplatesResourceManifestFromArtifactS3SessionTokenSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export declare class WorkflowTemplateSpecTemplatesScriptEnvValueFromResourceFieldRefDivisor {
    readonly value: number | string;
    static fromNumber(value: number): WorkflowTemplateSpecTemplatesScriptEnvValueFromResourceFieldRefDivisor;
    static fromString(value: string): WorkflowTemplateSpecTemplatesScriptEnvValueFromResourceFieldRefDivisor;
    private constructor();
}
export interface WorkflowTemplateSpecTemplatesScriptLifecyclePostStartHttpGetHttpHeaders {
    readonly name: string;
    readonly value: string;
}
export declare class WorkflowTemplateSpecTemplatesScriptLifecyclePostStartHttpGetPort {
    readonly value: number | string;
    static fromNumber(value: number): WorkflowTemplateSpecTemplatesScriptLifecyclePostStartHttpGetPort;
    static fromString(value: string): WorkflowTemplateSpecTemplatesScriptLifecyclePostStartHttpGetPort;
    private constructor();
}
export declare class WorkflowTemplateSpecTemplatesScriptLifecyclePostStartTcpSocketPort {
    readonly value: number | string;
    static fromNumber(value: number): WorkflowTemplateSpecTemplatesScriptLifecyclePostStartTcpSocketPort;
    static fromString(value: string): WorkflowTemplateSpecTemplatesScriptLifecyclePostStartTcpSocketPort;
    private constructor();
}
export interface WorkflowTemplateSpecTemplatesScriptLifecyclePreStopHttpGetHttpHeaders {
    readonly name: string;
    readonly value: string;
}
export declare class WorkflowTemplateSpecTemplatesScriptLifecyclePreStopHttpGetPort {
    readonly value: number | string;
    static fromNumber(value: number): WorkflowTemplateSpecTemplatesScriptLifecyclePreStopHttpGetPort;
    static fromString(value: string): WorkflowTemplateSpecTemplatesScriptLifecyclePreStopHttpGetPort;
    private constructor();
}
export declare class WorkflowTemplateSpecTemplatesScriptLifecyclePreStopTcpSocketPort {
    readonly value: number | string;
    static fromNumber(value: number): WorkflowTemplateSpecTemplatesScriptLifecyclePreStopTcpSocketPort;
    static fromString(value: string): WorkflowTemplateSpecTemplatesScriptLifecyclePreStopTcpSocketPort;
    private constructor();
}
export declare class WorkflowTemplateSpecTemplatesSidecarsEnvValueFromResourceFieldRefDivisor {
    readonly value: number | string;
    static fromNumber(value: number): WorkflowTemplateSpecTemplatesSidecarsEnvValueFromResourceFieldRefDivisor;
    static fromString(value: string): WorkflowTemplateSpecTemplatesSidecarsEnvValueFromResourceFieldRefDivisor;
    private constructor();
}
export interface WorkflowTemplateSpecTemplatesSidecarsLifecyclePostStartHttpGetHttpHeaders {
    readonly name: string;
    readonly value: string;
}
export declare class WorkflowTemplateSpecTemplatesSidecarsLifecyclePostStartHttpGetPort {
    readonly value: number | string;
    static fromNumber(value: number): WorkflowTemplateSpecTemplatesSidecarsLifecyclePostStartHttpGetPort;
    static fromString(value: string): WorkflowTemplateSpecTemplatesSidecarsLifecyclePostStartHttpGetPort;
    private constructor();
}
export declare class WorkflowTemplateSpecTemplatesSidecarsLifecyclePostStartTcpSocketPort {
    readonly value: number | string;
    static fromNumber(value: number): WorkflowTemplateSpecTemplatesSidecarsLifecyclePostStartTcpSocketPort;
    static fromString(value: string): WorkflowTemplateSpecTemplatesSidecarsLifecyclePostStartTcpSocketPort;
    private constructor();
}
export interface WorkflowTemplateSpecTemplatesSidecarsLifecyclePreStopHttpGetHttpHeaders {
    readonly name: string;
    readonly value: string;
}
export declare class WorkflowTemplateSpecTemplatesSidecarsLifecyclePreStopHttpGetPort {
    readonly value: number | string;
    static fromNumber(value: number): WorkflowTemplateSpecTemplatesSidecarsLifecyclePreStopHttpGetPort;
    static fromString(value: string): WorkflowTemplateSpecTemplatesSidecarsLifecyclePreStopHttpGetPort;
    private constructor();
}
export declare class WorkflowTemplateSpecTemplatesSidecarsLifecyclePreStopTcpSocketPort {
    readonly value: number | string;
    static fromNumber(value: number): WorkflowTemplateSpecTemplatesSidecarsLifecyclePreStopTcpSocketPort;
    static fromString(value: string): WorkflowTemplateSpecTemplatesSidecarsLifecyclePreStopTcpSocketPort;
    private constructor();
}
export interface WorkflowTemplateSpecTemplatesStepsArgumentsArtifactsArchiveTar {
    readonly compressionLevel?: number;
}
export interface WorkflowTemplateSpecTemplatesStepsArgumentsArtifactsArtifactGcPodMetadata {
    readonly annotations?: {
        [key: string]: string;
    };
    readonly labels?: {
        [key: string]: string;
    };
}
export declare enum WorkflowTemplateSpecTemplatesStepsArgumentsArtifactsArtifactGcStrategy {
    ON_WORKFLOW_COMPLETION = "OnWorkflowCompletion",
    ON_WORKFLOW_DELETION = "OnWorkflowDeletion",
    NEVER = "Never"
}
export interface WorkflowTemplateSpecTemplatesStepsArgumentsArtifactsArtifactoryPasswordSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplatesStepsArgumentsArtifactsArtifactoryUsernameSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplatesStepsArgumentsArtifactsAzureAccountKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplatesStepsArgumentsArtifactsGcsServiceAccountKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplatesStepsArgumentsArtifactsGitPasswordSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplatesStepsArgumentsArtifactsGitSshPrivateKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplatesStepsArgumentsArtifactsGitUsernameSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplatesStepsArgumentsArtifactsHdfsKrbCCacheSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplatesStepsArgumentsArtifactsHdfsKrbConfigConfigMap {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplatesStepsArgumentsArtifactsHdfsKrbKeytabSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplatesStepsArgumentsArtifactsHttpAuth {
    readonly basicAuth?: WorkflowTemplateSpecTemplatesStepsArgumentsArtifactsHttpAuthBasicAuth;
    readonly clientCert?: WorkflowTemplateSpecTemplatesStepsArgumentsArtifactsHttpAuthClientCert;
    readonly oauth2?: WorkflowTemplateSpecTemplatesStepsArgumentsArtifactsHttpAuthOauth2;
}
export interface WorkflowTemplateSpecTemplatesStepsArgumentsArtifactsHttpHeaders {
    readonly name: string;
    readonly value: string;
}
export interface WorkflowTemplateSpecTemplatesStepsArgumentsArtifactsOssAccessKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplatesStepsArgumentsArtifactsOssLifecycleRule {
    readonly markDeletionAfterDays?: number;
    readonly markInfrequentAccessAfterDays?: number;
}
export interface WorkflowTemplateSpecTemplatesStepsArgumentsArtifactsOssSecretKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplatesStepsArgumentsArtifactsS3AccessKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export declare enum WorkflowTemplateSpecTemplatesStepsArgumentsArtifactsS3AddressingStyle {
    PATH = "path",
    VIRTUAL_HYPHEN_HOSTED = "virtual-hosted"
}
export interface WorkflowTemplateSpecTemplatesStepsArgumentsArtifactsS3CaSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplatesStepsArgumentsArtifactsS3CreateBucketIfNotPresent {
    readonly objectLocking?: boolean;
}
export interface WorkflowTemplateSpecTemplatesStepsArgumentsArtifactsS3EncryptionOptions {
    readonly enableEncryption?: boolean;
    readonly kmsEncryptionContext?: string;
    readonly kmsKeyId?: string;
    readonly serverSideCustomerKeySecret?: WorkflowTemplateSpecTemplatesStepsArgumentsArtifactsS3EncryptionOptionsServerSideCustomerKeySecret;
}
export interface WorkflowTemplateSpecTemplatesStepsArgumentsArtifactsS3SecretKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplatesStepsArgumentsArtifactsS3SessionTokenSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplatesStepsArgumentsParametersValueFromConfigMapKeyRef {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplatesStepsHooksArgumentsArtifactsArchive {
    readonly none?: any;
    readonly tar?: WorkflowTemplateSpecTemplatesStepsHooksArgumentsArtifactsArchiveTar;
    readonly zip?: any;
}
export interface WorkflowTemplateSpecTemplatesStepsHooksArgumentsArtifactsArtifactGc {
    readonly podMetadata?: WorkflowTemplateSpecTemplatesStepsHooksArgumentsArtifactsArtifactGcPodMetadata;
    readonly serviceAccountName?: string;
    readonly strategy?: WorkflowTemplateSpecTemplatesStepsHooksArgumentsArtifactsArtifactGcStrategy;
}
export interface WorkflowTemplateSpecTemplatesStepsHooksArgumentsArtifactsArtifactory {
    readonly passwordSecret?: WorkflowTemplateSpecTemplatesStepsHooksArgumentsArtifactsArtifactoryPasswordSecret;
    readonly url: string;
    readonly usernameSecret?: WorkflowTemplateSpecTemplatesStepsHooksArgumentsArtifactsArtifactoryUsernameSecret;
}
export interface WorkflowTemplateSpecTemplatesStepsHooksArgumentsArtifactsAzure {
    readonly accountKeySecret?: WorkflowTemplateSpecTemplatesStepsHooksArgumentsArtifactsAzureAccountKeySecret;
    readonly blob: string;
    readonly container: string;
    readonly endpoint: string;
    readonly useSdkCreds?: boolean;
}
export interface WorkflowTemplateSpecTemplatesStepsHooksArgumentsArtifactsGcs {
    readonly bucket?: string;
    readonly key: string;
    readonly serviceAccountKeySecret?: WorkflowTemplateSpecTemplatesStepsHooksArgumentsArtifactsGcsServiceAccountKeySecret;
}
export interface WorkflowTemplateSpecTemplatesStepsHooksArgumentsArtifactsGit {
    readonly branch?: string;
    readonly depth?: number;
    readonly disableSubmodules?: boolean;
    readonly fetch?: string[];
    readonly insecureIgnoreHostKey?: boolean;
    readonly insecureSkipTls?: boolean;
    readonly passwordSecret?: WorkflowTemplateSpecTemplatesStepsHooksArgumentsArtifactsGitPasswordSecret;
    readonly repo: string;
    readonly revision?: string;
    readonly singleBranch?: boolean;
    readonly sshPrivateKeySecret?: WorkflowTemplateSpecTemplatesStepsHooksArgumentsArtifactsGitSshPrivateKeySecret;
    readonly usernameSecret?: WorkflowTemplateSpecTemplatesStepsHooksArgumentsArtifactsGitUsernameSecret;
}
export interface WorkflowTemplateSpecTemplatesStepsHooksArgumentsArtifactsHdfs {
    readonly addresses?: string[];
    readonly dataTransferProtection?: string;
    readonly force?: boolean;
    readonly hdfsUser?: string;
    readonly krbCCacheSecret?: WorkflowTemplateSpecTemplatesStepsHooksArgumentsArtifactsHdfsKrbCCacheSecret;
    readonly krbConfigConfigMap?: WorkflowTemplateSpecTemplatesStepsHooksArgumentsArtifactsHdfsKrbConfigConfigMap;
    readonly krbKeytabSecret?: WorkflowTemplateSpecTemplatesStepsHooksArgumentsArtifactsHdfsKrbKeytabSecret;
    readonly krbRealm?: string;
    readonly krbServicePrincipalName?: string;
    readonly krbUsername?: string;
    readonly path: string;
}
export interface WorkflowTemplateSpecTemplatesStepsHooksArgumentsArtifactsHttp {
    readonly auth?: WorkflowTemplateSpecTemplatesStepsHooksArgumentsArtifactsHttpAuth;
    readonly headers?: WorkflowTemplateSpecTemplatesStepsHooksArgumentsArtifactsHttpHeaders[];
    readonly saveStreamViaFile?: boolean;
    readonly url: string;
}
export interface WorkflowTemplateSpecTemplatesStepsHooksArgumentsArtifactsOss {
    readonly accessKeySecret?: WorkflowTemplateSpecTemplatesStepsHooksArgumentsArtifactsOssAccessKeySecret;
    readonly bucket?: string;
    readonly createBucketIfNotPresent?: boolean;
    readonly endpoint?: string;
    readonly key: string;
    readonly lifecycleRule?: WorkflowTemplateSpecTemplatesStepsHooksArgumentsArtifactsOssLifecycleRule;
    readonly secretKeySecret?: WorkflowTemplateSpecTemplatesStepsHooksArgumentsArtifactsOssSecretKeySecret;
    readonly securityToken?: string;
    readonly useSdkCreds?: boolean;
}
export interface WorkflowTemplateSpecTemplatesStepsHooksArgumentsArtifactsPlugin {
    readonly configuration?: string;
    readonly connectionTimeoutSeconds?: number;
    readonly key: string;
    readonly name?: string;
}
export interface WorkflowTemplateSpecTemplatesStepsHooksArgumentsArtifactsRaw {
    readonly data: string;
}
export interface WorkflowTemplateSpecTemplatesStepsHooksArgumentsArtifactsS3 {
    readonly accessKeySecret?: WorkflowTemplateSpecTemplatesStepsHooksArgumentsArtifactsS3AccessKeySecret;
    readonly addressingStyle?: WorkflowTemplateSpecTemplatesStepsHooksArgumentsArtifactsS3AddressingStyle;
    readonly bucket?: string;
    readonly caSecret?: WorkflowTemplateSpecTemplatesStepsHooksArgumentsArtifactsS3CaSecret;
    readonly createBucketIfNotPresent?: WorkflowTemplateSpecTemplatesStepsHooksArgumentsArtifactsS3CreateBucketIfNotPresent;
    readonly encryptionOptions?: WorkflowTemplateSpecTemplatesStepsHooksArgumentsArtifactsS3EncryptionOptions;
    readonly endpoint?: string;
    readonly insecure?: boolean;
    readonly key?: string;
    readonly region?: string;
    readonly roleArn?: string;
    readonly secretKeySecret?: WorkflowTemplateSpecTemplatesStepsHooksArgumentsArtifactsS3SecretKeySecret;
    readonly sessionTokenSecret?: WorkflowTemplateSpecTemplatesStepsHooksArgumentsArtifactsS3SessionTokenSecret;
    readonly useSdkCreds?: boolean;
}
export interface WorkflowTemplateSpecTemplatesStepsHooksArgumentsParametersValueFrom {
    readonly configMapKeyRef?: WorkflowTemplateSpecTemplatesStepsHooksArgumentsParametersValueFromConfigMapKeyRef;
    readonly default?: string;
    readonly event?: string;
    readonly expression?: string;
    readonly jqFilter?: string;
    readonly jsonPath?: string;
    readonly parameter?: string;
    readonly path?: string;
    readonly supplied?: any;
}
export declare class WorkflowTemplateSpecTemplatesVolumesDownwardApiItemsResourceFieldRefDivisor {
    readonly value: number | string;
    static fromNumber(value: number): WorkflowTemplateSpecTemplatesVolumesDownwardApiItemsResourceFieldRefDivisor;
    static fromString(value: string): WorkflowTemplateSpecTemplatesVolumesDownwardApiItemsResourceFieldRefDivisor;
    private constructor();
}
export interface WorkflowTemplateSpecTemplatesVolumesEphemeralVolumeClaimTemplateSpecDataSource {
    readonly apiGroup?: string;
    readonly kind: string;
    readonly name: string;
}
export interface WorkflowTemplateSpecTemplatesVolumesEphemeralVolumeClaimTemplateSpecDataSourceRef {
    readonly apiGroup?: string;
    readonly kind: string;
    readonly name: string;
    readonly namespace?: string;
}
export interface WorkflowTemplateSpecTemplatesVolumesEphemeralVolumeClaimTemplateSpecResources {
    readonly limits?: {
        [key: string]: WorkflowTemplateSpecTemplatesVolumesEphemeralVolumeClaimTemplateSpecResourcesLimits;
    };
    readonly requests?: {
        [key: string]: WorkflowTemplateSpecTemplatesVolumesEphemeralVolumeClaimTemplateSpecResourcesRequests;
    };
}
export interface WorkflowTemplateSpecTemplatesVolumesEphemeralVolumeClaimTemplateSpecSelector {
    readonly matchExpressions?: WorkflowTemplateSpecTemplatesVolumesEphemeralVolumeClaimTemplateSpecSelectorMatchExpressions[];
    readonly matchLabels?: {
        [key: string]: string;
    };
}
export interface WorkflowTemplateSpecTemplatesVolumesProjectedSourcesClusterTrustBundleLabelSelector {
    readonly matchExpressions?: WorkflowTemplateSpecTemplatesVolumesProjectedSourcesClusterTrustBundleLabelSelectorMatchExpressions[];
    readonly matchLabels?: {
        [key: string]: string;
    };
}
export interface WorkflowTemplateSpecTemplatesVolumesProjectedSourcesConfigMapItems {
    readonly key: string;
    readonly mode?: number;
    readonly path: string;
}
export interface WorkflowTemplateSpecTemplatesVolumesProjectedSourcesDownwardApiItems {
    readonly fieldRef?: WorkflowTemplateSpecTemplatesVolumesProjectedSourcesDownwardApiItemsFieldRef;
    readonly mode?: number;
    readonly path: string;
    readonly resourceFieldRef?: WorkflowTemplateSpecTemplatesVolumesProjectedSourcesDownwardApiItemsResourceFieldRef;
}
export interface WorkflowTemplateSpecTemplatesVolumesProjectedSourcesSecretItems {
    readonly key: string;
    readonly mode?: number;
    readonly path: string;
}
export declare class WorkflowTemplateSpecVolumesEphemeralVolumeClaimTemplateSpecResourcesLimits {
    readonly value: number | string;
    static fromNumber(value: number): WorkflowTemplateSpecVolumesEphemeralVolumeClaimTemplateSpecResourcesLimits;
    static fromString(value: string): WorkflowTemplateSpecVolumesEphemeralVolumeClaimTemplateSpecResourcesLimits;
    private constructor();
}
export declare class WorkflowTemplateSpecVolumesEphemeralVolumeClaimTemplateSpecResourcesRequests {
    readonly value: number | string;
    static fromNumber(value: number): WorkflowTemplateSpecVolumesEphemeralVolumeClaimTemplateSpecResourcesRequests;
    static fromString(value: string): WorkflowTemplateSpecVolumesEphemeralVolumeClaimTemplateSpecResourcesRequests;
    private constructor();
}
export interface WorkflowTemplateSpecVolumesEphemeralVolumeClaimTemplateSpecSelectorMatchExpressions {
    readonly key: string;
    readonly operator: string;
    readonly values?: string[];
}
export interface WorkflowTemplateSpecVolumesProjectedSourcesClusterTrustBundleLabelSelectorMatchExpressions {
    readonly key: string;
    readonly operator: string;
    readonly values?: string[];
}
export interface WorkflowTemplateSpecVolumesProjectedSourcesDownwardApiItemsFieldRef {
    readonly apiVersion?: string;
    readonly fieldPath: string;
}
export interface WorkflowTemplateSpecVolumesProjectedSourcesDownwardApiItemsResourceFieldRef {
    readonly containerName?: string;
    readonly divisor?: WorkflowTemplateSpecVolumesProjectedSourcesDownwardApiItemsResourceFieldRefDivisor;
    readonly resource: string;
}
export interface WorkflowTemplateSpecExecutorPluginsSpecSidecarContainerEnvValueFromConfigMapKeyRef {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecExecutorPluginsSpecSidecarContainerEnvValueFromFieldRef {
    readonly apiVersion?: string;
    readonly fieldPath: string;
}
export interface WorkflowTemplateSpecExecutorPluginsSpecSidecarContainerEnvValueFromFileKeyRef {
    readonly key: string;
    readonly optional?: boolean;
    readonly path: string;
    readonly volumeName: string;
}
export interface WorkflowTemplateSpecExecutorPluginsSpecSidecarContainerEnvValueFromResourceFieldRef {
    readonly containerName?: string;
    readonly divisor?: WorkflowTemplateSpecExecutorPluginsSpecSidecarContainerEnvValueFromResourceFieldRefDivisor;
    readonly resource: string;
}
export interface WorkflowTemplateSpecExecutorPluginsSpecSidecarContainerEnvValueFromSecretKeyRef {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecExecutorPluginsSpecSidecarContainerLifecyclePostStartExec {
    readonly command?: string[];
}
export interface WorkflowTemplateSpecExecutorPluginsSpecSidecarContainerLifecyclePostStartHttpGet {
    readonly host?: string;
    readonly httpHeaders?: WorkflowTemplateSpecExecutorPluginsSpecSidecarContainerLifecyclePostStartHttpGetHttpHeaders[];
    readonly path?: string;
    readonly port: WorkflowTemplateSpecExecutorPluginsSpecSidecarContainerLifecyclePostStartHttpGetPort;
    readonly scheme?: string;
}
export interface WorkflowTemplateSpecExecutorPluginsSpecSidecarContainerLifecyclePostStartSleep {
    readonly seconds: number;
}
export interface WorkflowTemplateSpecExecutorPluginsSpecSidecarContainerLifecyclePostStartTcpSocket {
    readonly host?: string;
    readonly port: WorkflowTemplateSpecExecutorPluginsSpecSidecarContainerLifecyclePostStartTcpSocketPort;
}
export interface WorkflowTemplateSpecExecutorPluginsSpecSidecarContainerLifecyclePreStopExec {
    readonly command?: string[];
}
export interface WorkflowTemplateSpecExecutorPluginsSpecSidecarContainerLifecyclePreStopHttpGet {
    readonly host?: string;
    readonly httpHeaders?: WorkflowTemplateSpecExecutorPluginsSpecSidecarContainerLifecyclePreStopHttpGetHttpHeaders[];
    readonly path?: string;
    readonly port: WorkflowTemplateSpecExecutorPluginsSpecSidecarContainerLifecyclePreStopHttpGetPort;
    readonly scheme?: string;
}
export interface WorkflowTemplateSpecExecutorPluginsSpecSidecarContainerLifecyclePreStopSleep {
    readonly seconds: number;
}
export interface WorkflowTemplateSpecExecutorPluginsSpecSidecarContainerLifecyclePreStopTcpSocket {
    readonly host?: string;
    readonly port: WorkflowTemplateSpecExecutorPluginsSpecSidecarContainerLifecyclePreStopTcpSocketPort;
}
export interface WorkflowTemplateSpecExecutorPluginsSpecSidecarContainerLivenessProbeHttpGetHttpHeaders {
    readonly name: string;
    readonly value: string;
}
export declare class WorkflowTemplateSpecExecutorPluginsSpecSidecarContainerLivenessProbeHttpGetPort {
    readonly value: number | string;
    static fromNumber(value: number): WorkflowTemplateSpecExecutorPluginsSpecSidecarContainerLivenessProbeHttpGetPort;
    static fromString(value: string): WorkflowTemplateSpecExecutorPluginsSpecSidecarContainerLivenessProbeHttpGetPort;
    private constructor();
}
export declare class WorkflowTemplateSpecExecutorPluginsSpecSidecarContainerLivenessProbeTcpSocketPort {
    readonly value: number | string;
    static fromNumber(value: number): WorkflowTemplateSpecExecutorPluginsSpecSidecarContainerLivenessProbeTcpSocketPort;
    static fromString(value: string): WorkflowTemplateSpecExecutorPluginsSpecSidecarContainerLivenessProbeTcpSocketPort;
    private constructor();
}
export interface WorkflowTemplateSpecExecutorPluginsSpecSidecarContainerReadinessProbeHttpGetHttpHeaders {
    readonly name: string;
    readonly value: string;
}
export declare class WorkflowTemplateSpecExecutorPluginsSpecSidecarContainerReadinessProbeHttpGetPort {
    readonly value: number | string;
    static fromNumber(value: number): WorkflowTemplateSpecExecutorPluginsSpecSidecarContainerReadinessProbeHttpGetPort;
    static fromString(value: string): WorkflowTemplateSpecExecutorPluginsSpecSidecarContainerReadinessProbeHttpGetPort;
    private constructor();
}
export declare class WorkflowTemplateSpecExecutorPluginsSpecSidecarContainerReadinessProbeTcpSocketPort {
    readonly value: number | string;
    static fromNumber(value: number): WorkflowTemplateSpecExecutorPluginsSpecSidecarContainerReadinessProbeTcpSocketPort;
    static fromString(value: string): WorkflowTemplateSpecExecutorPluginsSpecSidecarContainerReadinessProbeTcpSocketPort;
    private constructor();
}
export interface WorkflowTemplateSpecExecutorPluginsSpecSidecarContainerStartupProbeHttpGetHttpHeaders {
    readonly name: string;
    readonly value: string;
}
export declare class WorkflowTemplateSpecExecutorPluginsSpecSidecarContainerStartupProbeHttpGetPort {
    readonly value: number | string;
    static fromNumber(value: number): WorkflowTemplateSpecExecutorPluginsSpecSidecarContainerStartupProbeHttpGetPort;
    static fromString(value: string): WorkflowTemplateSpecExecutorPluginsSpecSidecarContainerStartupProbeHttpGetPort;
    private constructor();
}
export declare class WorkflowTemplateSpecExecutorPluginsSpecSidecarContainerStartupProbeTcpSocketPort {
    readonly value: number | string;
    static fromNumber(value: number): WorkflowTemplateSpecExecutorPluginsSpecSidecarContainerStartupProbeTcpSocketPort;
    static fromString(value: string): WorkflowTemplateSpecExecutorPluginsSpecSidecarContainerStartupProbeTcpSocketPort;
    private constructor();
}
export interface WorkflowTemplateSpecHooksArgumentsArtifactsHttpAuthBasicAuthPasswordSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecHooksArgumentsArtifactsHttpAuthBasicAuthUsernameSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecHooksArgumentsArtifactsHttpAuthClientCertClientCertSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecHooksArgumentsArtifactsHttpAuthClientCertClientKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecHooksArgumentsArtifactsHttpAuthOauth2ClientIdSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecHooksArgumentsArtifactsHttpAuthOauth2ClientSecretSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecHooksArgumentsArtifactsHttpAuthOauth2EndpointParams {
    readonly key: string;
    readonly value?: string;
}
export interface WorkflowTemplateSpecHooksArgumentsArtifactsHttpAuthOauth2TokenUrlSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplateDefaultsAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions {
    readonly key: string;
    readonly operator: string;
    readonly values?: string[];
}
export interface WorkflowTemplateSpecTemplateDefaultsAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions {
    readonly key: string;
    readonly operator: string;
    readonly values?: string[];
}
export interface WorkflowTemplateSpecTemplateDefaultsAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions {
    readonly key: string;
    readonly operator: string;
    readonly values?: string[];
}
export interface WorkflowTemplateSpecTemplateDefaultsAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions {
    readonly key: string;
    readonly operator: string;
    readonly values?: string[];
}
export declare class WorkflowTemplateSpecTemplateDefaultsContainerSetContainersEnvValueFromResourceFieldRefDivisor {
    readonly value: number | string;
    static fromNumber(value: number): WorkflowTemplateSpecTemplateDefaultsContainerSetContainersEnvValueFromResourceFieldRefDivisor;
    static fromString(value: string): WorkflowTemplateSpecTemplateDefaultsContainerSetContainersEnvValueFromResourceFieldRefDivisor;
    private constructor();
}
export interface WorkflowTemplateSpecTemplateDefaultsContainerSetContainersLifecyclePostStartHttpGetHttpHeaders {
    readonly name: string;
    readonly value: string;
}
export declare class WorkflowTemplateSpecTemplateDefaultsContainerSetContainersLifecyclePostStartHttpGetPort {
    readonly value: number | string;
    static fromNumber(value: number): WorkflowTemplateSpecTemplateDefaultsContainerSetContainersLifecyclePostStartHttpGetPort;
    static fromString(value: string): WorkflowTemplateSpecTemplateDefaultsContainerSetContainersLifecyclePostStartHttpGetPort;
    private constructor();
}
export declare class WorkflowTemplateSpecTemplateDefaultsContainerSetContainersLifecyclePostStartTcpSocketPort {
    readonly value: number | string;
    static fromNumber(value: number): WorkflowTemplateSpecTemplateDefaultsContainerSetContainersLifecyclePostStartTcpSocketPort;
    static fromString(value: string): WorkflowTemplateSpecTemplateDefaultsContainerSetContainersLifecyclePostStartTcpSocketPort;
    private constructor();
}
export interface WorkflowTemplateSpecTemplateDefaultsContainerSetContainersLifecyclePreStopHttpGetHttpHeaders {
    readonly name: string;
    readonly value: string;
}
export declare class WorkflowTemplateSpecTemplateDefaultsContainerSetContainersLifecyclePreStopHttpGetPort {
    readonly value: number | string;
    static fromNumber(value: number): WorkflowTemplateSpecTemplateDefaultsContainerSetContainersLifecyclePreStopHttpGetPort;
    static fromString(value: string): WorkflowTemplateSpecTemplateDefaultsContainerSetContainersLifecyclePreStopHttpGetPort;
    private constructor();
}
export declare class WorkflowTemplateSpecTemplateDefaultsContainerSetContainersLifecyclePreStopTcpSocketPort {
    readonly value: number | string;
    static fromNumber(value: number): WorkflowTemplateSpecTemplateDefaultsContainerSetContainersLifecyclePreStopTcpSocketPort;
    static fromString(value: string): WorkflowTemplateSpecTemplateDefaultsContainerSetContainersLifecyclePreStopTcpSocketPort;
    private constructor();
}
export interface WorkflowTemplateSpecTemplateDefaultsDagTasksArgumentsArtifactsArchiveTar {
    readonly compressionLevel?: number;
}
export interface WorkflowTemplateSpecTemplateDefaultsDagTasksArgumentsArtifactsArtifactGcPodMetadata {
    readonly annotations?: {
        [key: string]: string;
    };
    readonly labels?: {
        [key: string]: string;
    };
}
export declare enum WorkflowTemplateSpecTemplateDefaultsDagTasksArgumentsArtifactsArtifactGcStrategy {
    ON_WORKFLOW_COMPLETION = "OnWorkflowCompletion",
    ON_WORKFLOW_DELETION = "OnWorkflowDeletion",
    NEVER = "Never"
}
export interface WorkflowTemplateSpecTemplateDefaultsDagTasksArgumentsArtifactsArtifactoryPasswordSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplateDefaultsDagTasksArgumentsArtifactsArtifactoryUsernameSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplateDefaultsDagTasksArgumentsArtifactsAzureAccountKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplateDefaultsDagTasksArgumentsArtifactsGcsServiceAccountKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplateDefaultsDagTasksArgumentsArtifactsGitPasswordSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplateDefaultsDagTasksArgumentsArtifactsGitSshPrivateKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplateDefaultsDagTasksArgumentsArtifactsGitUsernameSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplateDefaultsDagTasksArgumentsArtifactsHdfsKrbCCacheSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplateDefaultsDagTasksArgumentsArtifactsHdfsKrbConfigConfigMap {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplateDefaultsDagTasksArgumentsArtifactsHdfsKrbKeytabSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplateDefaultsDagTasksArgumentsArtifactsHttpAuth {
    readonly basicAuth?: WorkflowTemplateSpecTemplateDefaultsDagTasksArgumentsArtifactsHttpAuthBasicAuth;
    readonly clientCert?: WorkflowTemplateSpecTemplateDefaultsDagTasksArgumentsArtifactsHttpAuthClientCert;
    readonly oauth2?: WorkflowTemplateSpecTemplateDefaultsDagTasksArgumentsArtifactsHttpAuthOauth2;
}
export interface WorkflowTemplateSpecTemplateDefaultsDagTasksArgumentsArtifactsHttpHeaders {
    readonly name: string;
    readonly value: string;
}
export interface WorkflowTemplateSpecTemplateDefaultsDagTasksArgumentsArtifactsOssAccessKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplateDefaultsDagTasksArgumentsArtifactsOssLifecycleRule {
    readonly markDeletionAfterDays?: number;
    readonly markInfrequentAccessAfterDays?: number;
}
export interface WorkflowTemplateSpecTemplateDefaultsDagTasksArgumentsArtifactsOssSecretKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplateDefaultsDagTasksArgumentsArtifactsS3AccessKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export declare enum WorkflowTemplateSpecTemplateDefaultsDagTasksArgumentsArtifactsS3AddressingStyle {
    PATH = "path",
    VIRTUAL_HYPHEN_HOSTED = "virtual-hosted"
}
export interface WorkflowTemplateSpecTemplateDefaultsDagTasksArgumentsArtifactsS3CaSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplateDefaultsDagTasksArgumentsArtifactsS3CreateBucketIfNotPresent {
    readonly objectLocking?: boolean;
}
export interface WorkflowTemplateSpecTemplateDefaultsDagTasksArgumentsArtifactsS3EncryptionOptions {
    readonly enableEncryption?: boolean;
    readonly kmsEncryptionContext?: string;
    readonly kmsKeyId?: string;
    readonly serverSideCustomerKeySecret?: WorkflowTemplateSpecTemplateDefaultsDagTasksArgumentsArtifactsS3EncryptionOptionsServerSideCustomerKeySecret;
}
export interface WorkflowTemplateSpecTemplateDefaultsDagTasksArgumentsArtifactsS3SecretKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplateDefaultsDagTasksArgumentsArtifactsS3SessionTokenSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplateDefaultsDagTasksArgumentsParametersValueFromConfigMapKeyRef {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplateDefaultsDagTasksHooksArgumentsArtifactsArchive {
    readonly none?: any;
    readonly tar?: WorkflowTemplateSpecTemplateDefaultsDagTasksHooksArgumentsArtifactsArchiveTar;
    readonly zip?: any;
}
export interface WorkflowTemplateSpecTemplateDefaultsDagTasksHooksArgumentsArtifactsArtifactGc {
    readonly podMetadata?: WorkflowTemplateSpecTemplateDefaultsDagTasksHooksArgumentsArtifactsArtifactGcPodMetadata;
    readonly serviceAccountName?: string;
    readonly strategy?: WorkflowTemplateSpecTemplateDefaultsDagTasksHooksArgumentsArtifactsArtifactGcStrategy;
}
export interface WorkflowTemplateSpecTemplateDefaultsDagTasksHooksArgumentsArtifactsArtifactory {
    readonly passwordSecret?: WorkflowTemplateSpecTemplateDefaultsDagTasksHooksArgumentsArtifactsArtifactoryPasswordSecret;
    readonly url: string;
    readonly usernameSecret?: WorkflowTemplateSpecTemplateDefaultsDagTasksHooksArgumentsArtifactsArtifactoryUsernameSecret;
}
export interface WorkflowTemplateSpecTemplateDefaultsDagTasksHooksArgumentsArtifactsAzure {
    readonly accountKeySecret?: WorkflowTemplateSpecTemplateDefaultsDagTasksHooksArgumentsArtifactsAzureAccountKeySecret;
    readonly blob: string;
    readonly container: string;
    readonly endpoint: string;
    readonly useSdkCreds?: boolean;
}
export interface WorkflowTemplateSpecTemplateDefaultsDagTasksHooksArgumentsArtifactsGcs {
    readonly bucket?: string;
    readonly key: string;
    readonly serviceAccountKeySecret?: WorkflowTemplateSpecTemplateDefaultsDagTasksHooksArgumentsArtifactsGcsServiceAccountKeySecret;
}
export interface WorkflowTemplateSpecTemplateDefaultsDagTasksHooksArgumentsArtifactsGit {
    readonly branch?: string;
    readonly depth?: number;
    readonly disableSubmodules?: boolean;
    readonly fetch?: string[];
    readonly insecureIgnoreHostKey?: boolean;
    readonly insecureSkipTls?: boolean;
    readonly passwordSecret?: WorkflowTemplateSpecTemplateDefaultsDagTasksHooksArgumentsArtifactsGitPasswordSecret;
    readonly repo: string;
    readonly revision?: string;
    readonly singleBranch?: boolean;
    readonly sshPrivateKeySecret?: WorkflowTemplateSpecTemplateDefaultsDagTasksHooksArgumentsArtifactsGitSshPrivateKeySecret;
    readonly usernameSecret?: WorkflowTemplateSpecTemplateDefaultsDagTasksHooksArgumentsArtifactsGitUsernameSecret;
}
export interface WorkflowTemplateSpecTemplateDefaultsDagTasksHooksArgumentsArtifactsHdfs {
    readonly addresses?: string[];
    readonly dataTransferProtection?: string;
    readonly force?: boolean;
    readonly hdfsUser?: string;
    readonly krbCCacheSecret?: WorkflowTemplateSpecTemplateDefaultsDagTasksHooksArgumentsArtifactsHdfsKrbCCacheSecret;
    readonly krbConfigConfigMap?: WorkflowTemplateSpecTemplateDefaultsDagTasksHooksArgumentsArtifactsHdfsKrbConfigConfigMap;
    readonly krbKeytabSecret?: WorkflowTemplateSpecTemplateDefaultsDagTasksHooksArgumentsArtifactsHdfsKrbKeytabSecret;
    readonly krbRealm?: string;
    readonly krbServicePrincipalName?: string;
    readonly krbUsername?: string;
    readonly path: string;
}
export interface WorkflowTemplateSpecTemplateDefaultsDagTasksHooksArgumentsArtifactsHttp {
    readonly auth?: WorkflowTemplateSpecTemplateDefaultsDagTasksHooksArgumentsArtifactsHttpAuth;
    readonly headers?: WorkflowTemplateSpecTemplateDefaultsDagTasksHooksArgumentsArtifactsHttpHeaders[];
    readonly saveStreamViaFile?: boolean;
    readonly url: string;
}
export interface WorkflowTemplateSpecTemplateDefaultsDagTasksHooksArgumentsArtifactsOss {
    readonly accessKeySecret?: WorkflowTemplateSpecTemplateDefaultsDagTasksHooksArgumentsArtifactsOssAccessKeySecret;
    readonly bucket?: string;
    readonly createBucketIfNotPresent?: boolean;
    readonly endpoint?: string;
    readonly key: string;
    readonly lifecycleRule?: WorkflowTemplateSpecTemplateDefaultsDagTasksHooksArgumentsArtifactsOssLifecycleRule;
    readonly secretKeySecret?: WorkflowTemplateSpecTemplateDefaultsDagTasksHooksArgumentsArtifactsOssSecretKeySecret;
    readonly securityToken?: string;
    readonly useSdkCreds?: boolean;
}
export interface WorkflowTemplateSpecTemplateDefaultsDagTasksHooksArgumentsArtifactsPlugin {
    readonly configuration?: string;
    readonly connectionTimeoutSeconds?: number;
    readonly key: string;
    readonly name?: string;
}
export interface WorkflowTemplateSpecTemplateDefaultsDagTasksHooksArgumentsArtifactsRaw {
    readonly data: string;
}
export interface WorkflowTemplateSpecTemplateDefaultsDagTasksHooksArgumentsArtifactsS3 {
    readonly accessKeySecret?: WorkflowTemplateSpecTemplateDefaultsDagTasksHooksArgumentsArtifactsS3AccessKeySecret;
    readonly addressingStyle?: WorkflowTemplateSpecTemplateDefaultsDagTasksHooksArgumentsArtifactsS3AddressingStyle;
    readonly bucket?: string;
    readonly caSecret?: WorkflowTemplateSpecTemplateDefaultsDagTasksHooksArgumentsArtifactsS3CaSecret;
    readonly createBucketIfNotPresent?: WorkflowTemplateSpecTemplateDefaultsDagTasksHooksArgumentsArtifactsS3CreateBucketIfNotPresent;
    readonly encryptionOptions?: WorkflowTemplateSpecTemplateDefaultsDagTasksHooksArgumentsArtifactsS3EncryptionOptions;
    readonly endpoint?: string;
    readonly insecure?: boolean;
    readonly key?: string;
    readonly region?: string;
    readonly roleArn?: string;
    readonly secretKeySecret?: WorkflowTemplateSpecTemplateDefaultsDagTasksHooksArgumentsArtifactsS3SecretKeySecret;
    readonly sessionTokenSecret?: WorkflowTemplateSpecTemplateDefaultsDagTasksHooksArgumentsArtifactsS3SessionTokenSecret;
    readonly useSdkCreds?: boolean;
}
export interface WorkflowTemplateSpecTemplateDefaultsDagTasksHooksArgumentsParametersValueFrom {
    readonly configMapKeyRef?: WorkflowTemplateSpecTemplateDefaultsDagTasksHooksArgumentsParametersValueFromConfigMapKeyRef;
    readonly default?: string;
    readonly event?: string;
    readonly expression?: string;
    readonly jqFilter?: string;
    readonly jsonPath?: string;
    readonly parameter?: string;
    readonly path?: string;
    readonly supplied?: any;
}
export interface WorkflowTemplateSpecTemplateDefaultsDataSourceArtifactPathsHttpAuthBasicAuth {
    readonly passwordSecret?: WorkflowTemplateSpecTemplateDefaultsDataSourceArtifactPathsHttpAuthBasicAuthPasswordSecret;
    readonly usernameSecret?: WorkflowTemplateSpecTemplateDefaultsDataSourceArtifactPathsHttpAuthBasicAuthUsernameSecret;
}
export interface WorkflowTemplateSpecTemplateDefaultsDataSourceArtifactPathsHttpAuthClientCert {
    readonly clientCertSecret?: WorkflowTemplateSpecTemplateDefaultsDataSourceArtifactPathsHttpAuthClientCertClientCertSecret;
    readonly clientKeySecret?: WorkflowTemplateSpecTemplateDefaultsDataSourceArtifactPathsHttpAuthClientCertClientKeySecret;
}
export interface WorkflowTemplateSpecTemplateDefaultsDataSourceArtifactPathsHttpAuthOauth2 {
    readonly clientIdSecret?: WorkflowTemplateSpecTemplateDefaultsDataSourceArtifactPathsHttpAuthOauth2ClientIdSecret;
    readonly clientSecretSecret?: WorkflowTemplateSpecTemplateDefaultsDataSourceArtifactPathsHttpAuthOauth2ClientSecretSecret;
    readonly endpointParams?: WorkflowTemplateSpecTemplateDefaultsDataSourceArtifactPathsHttpAuthOauth2EndpointParams[];
    readonly scopes?: string[];
    readonly tokenUrlSecret?: WorkflowTemplateSpecTemplateDefaultsDataSourceArtifactPathsHttpAuthOauth2TokenUrlSecret;
}
export interface WorkflowTemplateSpecTemplateDefaultsDataSourceArtifactPathsS3EncryptionOptionsServerSideCustomerKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplateDefaultsInputsArtifactsHttpAuthBasicAuthPasswordSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplateDefaultsInputsArtifactsHttpAuthBasicAuthUsernameSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplateDefaultsInputsArtifactsHttpAuthClientCertClientCertSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplateDefaultsInputsArtifactsHttpAuthClientCertClientKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplateDefaultsInputsArtifactsHttpAuthOauth2ClientIdSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplateDefaultsInputsArtifactsHttpAuthOauth2ClientSecretSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplateDefaultsInputsArtifactsHttpAuthOauth2EndpointParams {
    readonly key: string;
    readonly value?: string;
}
export interface WorkflowTemplateSpecTemplateDefaultsInputsArtifactsHttpAuthOauth2TokenUrlSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplateDefaultsOutputsArtifactsHttpAuthBasicAuthPasswordSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplateDefaultsOutputsArtifactsHttpAuthBasicAuthUsernameSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplateDefaultsOutputsArtifactsHttpAuthClientCertClientCertSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplateDefaultsOutputsArtifactsHttpAuthClientCertClientKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplateDefaultsOutputsArtifactsHttpAuthOauth2ClientIdSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplateDefaultsOutputsArtifactsHttpAuthOauth2ClientSecretSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplateDefaultsOutputsArtifactsHttpAuthOauth2EndpointParams {
    readonly key: string;
    readonly value?: string;
}
export interface WorkflowTemplateSpecTemplateDefaultsOutputsArtifactsHttpAuthOauth2TokenUrlSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplateDefaultsResourceManifestFromArtifactHttpAuthBasicAuth {
    readonly passwordSecret?: WorkflowTemplateSpecTemplateDefaultsResourceManifestFromArtifactHttpAuthBasicAuthPasswordSecret;
    readonly usernameSecret?: WorkflowTemplateSpecTemplateDefaultsResourceManifestFromArtifactHttpAuthBasicAuthUsernameSecret;
}
export interface WorkflowTemplateSpecTemplateDefaultsResourceManifestFromArtifactHttpAuthClientCert {
    readonly clientCertSecret?: WorkflowTemplateSpecTemplateDefaultsResourceManifestFromArtifactHttpAuthClientCertClientCertSecret;
    readonly clientKeySecret?: WorkflowTemplateSpecTemplateDefaultsResourceManifestFromArtifactHttpAuthClientCertClientKeySecret;
}
export interface WorkflowTemplateSpecTemplateDefaultsResourceManifestFromArtifactHttpAuthOauth2 {
    readonly clientIdSecret?: WorkflowTemplateSpecTemplateDefaultsResourceManifestFromArtifactHttpAuthOauth2ClientIdSecret;
    readonly clientSecretSecret?: WorkflowTemplateSpecTemplateDefaultsResourceManifestFromArtifactHttpAuthOauth2ClientSecretSecret;
    readonly endpointParams?: WorkflowTemplateSpecTemplateDefaultsResourceManifestFromArtifactHttpAuthOauth2EndpointParams[];
    readonly scopes?: string[];
    readonly tokenUrlSecret?: WorkflowTemplateSpecTemplateDefaultsResourceManifestFromArtifactHttpAuthOauth2TokenUrlSecret;
}
export interface WorkflowTemplateSpecTemplateDefaultsResourceManifestFromArtifactS3EncryptionOptionsServerSideCustomerKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplateDefaultsStepsArgumentsArtifactsHttpAuthBasicAuth {
    readonly passwordSecret?: WorkflowTemplateSpecTemplateDefaultsStepsArgumentsArtifactsHttpAuthBasicAuthPasswordSecret;
    readonly usernameSecret?: WorkflowTemplateSpecTemplateDefaultsStepsArgumentsArtifactsHttpAuthBasicAuthUsernameSecret;
}
export interface WorkflowTemplateSpecTemplateDefaultsStepsArgumentsArtifactsHttpAuthClientCert {
    readonly clientCertSecret?: WorkflowTemplateSpecTemplateDefaultsStepsArgumentsArtifactsHttpAuthClientCertClientCertSecret;
    readonly clientKeySecret?: WorkflowTemplateSpecTemplateDefaultsStepsArgumentsArtifactsHttpAuthClientCertClientKeySecret;
}
export interface WorkflowTemplateSpecTemplateDefaultsStepsArgumentsArtifactsHttpAuthOauth2 {
    readonly clientIdSecret?: WorkflowTemplateSpecTemplateDefaultsStepsArgumentsArtifactsHttpAuthOauth2ClientIdSecret;
    readonly clientSecretSecret?: WorkflowTemplateSpecTemplateDefaultsStepsArgumentsArtifactsHttpAuthOauth2ClientSecretSecret;
    readonly endpointParams?: WorkflowTemplateSpecTemplateDefaultsStepsArgumentsArtifactsHttpAuthOauth2EndpointParams[];
    readonly scopes?: string[];
    readonly tokenUrlSecret?: WorkflowTemplateSpecTemplateDefaultsStepsArgumentsArtifactsHttpAuthOauth2TokenUrlSecret;
}
export interface WorkflowTemplateSpecTemplateDefaultsStepsArgumentsArtifactsS3EncryptionOptionsServerSideCustomerKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplateDefaultsStepsHooksArgumentsArtifactsArchiveTar {
    readonly compressionLevel?: number;
}
export interface WorkflowTemplateSpecTemplateDefaultsStepsHooksArgumentsArtifactsArtifactGcPodMetadata {
    readonly annotations?: {
        [key: string]: string;
    };
    readonly labels?: {
        [key: string]: string;
    };
}
export declare enum WorkflowTemplateSpecTemplateDefaultsStepsHooksArgumentsArtifactsArtifactGcStrategy {
    ON_WORKFLOW_COMPLETION = "OnWorkflowCompletion",
    ON_WORKFLOW_DELETION = "OnWorkflowDeletion",
    NEVER = "Never"
}
export interface WorkflowTemplateSpecTemplateDefaultsStepsHooksArgumentsArtifactsArtifactoryPasswordSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplateDefaultsStepsHooksArgumentsArtifactsArtifactoryUsernameSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplateDefaultsStepsHooksArgumentsArtifactsAzureAccountKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplateDefaultsStepsHooksArgumentsArtifactsGcsServiceAccountKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplateDefaultsStepsHooksArgumentsArtifactsGitPasswordSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplateDefaultsStepsHooksArgumentsArtifactsGitSshPrivateKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplateDefaultsStepsHooksArgumentsArtifactsGitUsernameSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplateDefaultsStepsHooksArgumentsArtifactsHdfsKrbCCacheSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplateDefaultsStepsHooksArgumentsArtifactsHdfsKrbConfigConfigMap {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplateDefaultsStepsHooksArgumentsArtifactsHdfsKrbKeytabSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplateDefaultsStepsHooksArgumentsArtifactsHttpAuth {
    readonly basicAuth?: WorkflowTemplateSpecTemplateDefaultsStepsHooksArgumentsArtifactsHttpAuthBasicAuth;
    readonly clientCert?: WorkflowTemplateSpecTemplateDefaultsStepsHooksArgumentsArtifactsHttpAuthClientCert;
    readonly oauth2?: WorkflowTemplateSpecTemplateDefaultsStepsHooksArgumentsArtifactsHttpAuthOauth2;
}
export interface WorkflowTemplateSpecTemplateDefaultsStepsHooksArgumentsArtifactsHttpHeaders {
    readonly name: string;
    readonly value: string;
}
export interface WorkflowTemplateSpecTemplateDefaultsStepsHooksArgumentsArtifactsOssAccessKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplateDefaultsStepsHooksArgumentsArtifactsOssLifecycleRule {
    readonly markDeletionAfterDays?: number;
    readonly markInfrequentAccessAfterDays?: number;
}
export interface WorkflowTemplateSpecTemplateDefaultsStepsHooksArgumentsArtifactsOssSecretKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplateDefaultsStepsHooksArgumentsArtifactsS3AccessKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export declare enum WorkflowTemplateSpecTemplateDefaultsStepsHooksArgumentsArtifactsS3AddressingStyle {
    PATH = "path",
    VIRTUAL_HYPHEN_HOSTED = "virtual-hosted"
}
export interface WorkflowTemplateSpecTemplateDefaultsStepsHooksArgumentsArtifactsS3CaSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplateDefaultsStepsHooksArgumentsArtifactsS3CreateBucketIfNotPresent {
    readonly objectLocking?: boolean;
}
export interface WorkflowTemplateSpecTemplateDefaultsStepsHooksArgumentsArtifactsS3EncryptionOptions {
    readonly enableEncryption?: boolean;
    readonly kmsEncryptionContext?: string;
    readonly kmsKeyId?: string;
    readonly serverSideCustomerKeySecret?: WorkflowTemplateSpecTemplateDefaultsStepsHooksArgumentsArtifactsS3EncryptionOptionsServerSideCustomerKeySecret;
}
export interface WorkflowTemplateSpecTemplateDefaultsStepsHooksArgumentsArtifactsS3SecretKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplateDefaultsStepsHooksArgumentsArtifactsS3SessionTokenSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplateDefaultsStepsHooksArgumentsParametersValueFromConfigMapKeyRef {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export declare class WorkflowTemplateSpecTemplateDefaultsVolumesEphemeralVolumeClaimTemplateSpecResourcesLimits {
    readonly value: number | string;
    static fromNumber(value: number): WorkflowTemplateSpecTemplateDefaultsVolumesEphemeralVolumeClaimTemplateSpecResourcesLimits;
    static fromString(value: string): WorkflowTemplateSpecTemplateDefaultsVolumesEphemeralVolumeClaimTemplateSpecResourcesLimits;
    private constructor();
}
export declare class WorkflowTemplateSpecTemplateDefaultsVolumesEphemeralVolumeClaimTemplateSpecResourcesRequests {
    readonly value: number | string;
    static fromNumber(value: number): WorkflowTemplateSpecTemplateDefaultsVolumesEphemeralVolumeClaimTemplateSpecResourcesRequests;
    static fromString(value: string): WorkflowTemplateSpecTemplateDefaultsVolumesEphemeralVolumeClaimTemplateSpecResourcesRequests;
    private constructor();
}
export interface WorkflowTemplateSpecTemplateDefaultsVolumesEphemeralVolumeClaimTemplateSpecSelectorMatchExpressions {
    readonly key: string;
    readonly operator: string;
    readonly values?: string[];
}
export interface WorkflowTemplateSpecTemplateDefaultsVolumesProjectedSourcesClusterTrustBundleLabelSelectorMatchExpressions {
    readonly key: string;
    readonly operator: string;
    readonly values?: string[];
}
export interface WorkflowTemplateSpecTemplateDefaultsVolumesProjectedSourcesDownwardApiItemsFieldRef {
    readonly apiVersion?: string;
    readonly fieldPath: string;
}
export interface WorkflowTemplateSpecTemplateDefaultsVolumesProjectedSourcesDownwardApiItemsResourceFieldRef {
    readonly containerName?: string;
    readonly divisor?: WorkflowTemplateSpecTemplateDefaultsVolumesProjectedSourcesDownwardApiItemsResourceFieldRefDivisor;
    readonly resource: string;
}
export interface WorkflowTemplateSpecTemplatesAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions {
    readonly key: string;
    readonly operator: string;
    readonly values?: string[];
}
export interface WorkflowTemplateSpecTemplatesAffinityPodAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions {
    readonly key: string;
    readonly operator: string;
    readonly values?: string[];
}
export interface WorkflowTemplateSpecTemplatesAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermLabelSelectorMatchExpressions {
    readonly key: string;
    readonly operator: string;
    readonly values?: string[];
}
export interface WorkflowTemplateSpecTemplatesAffinityPodAntiAffinityPreferredDuringSchedulingIgnoredDuringExecutionPodAffinityTermNamespaceSelectorMatchExpressions {
    readonly key: string;
    readonly operator: string;
    readonly values?: string[];
}
export declare class WorkflowTemplateSpecTemplatesContainerSetContainersEnvValueFromResourceFieldRefDivisor {
    readonly value: number | string;
    static fromNumber(value: number): WorkflowTemplateSpecTemplatesContainerSetContainersEnvValueFromResourceFieldRefDivisor;
    static fromString(value: string): WorkflowTemplateSpecTemplatesContainerSetContainersEnvValueFromResourceFieldRefDivisor;
    private constructor();
}
export interface WorkflowTemplateSpecTemplatesContainerSetContainersLifecyclePostStartHttpGetHttpHeaders {
    readonly name: string;
    readonly value: string;
}
export declare class WorkflowTemplateSpecTemplatesContainerSetContainersLifecyclePostStartHttpGetPort {
    readonly value: number | string;
    static fromNumber(value: number): WorkflowTemplateSpecTemplatesContainerSetContainersLifecyclePostStartHttpGetPort;
    static fromString(value: string): WorkflowTemplateSpecTemplatesContainerSetContainersLifecyclePostStartHttpGetPort;
    private constructor();
}
export declare class WorkflowTemplateSpecTemplatesContainerSetContainersLifecyclePostStartTcpSocketPort {
    readonly value: number | string;
    static fromNumber(value: number): WorkflowTemplateSpecTemplatesContainerSetContainersLifecyclePostStartTcpSocketPort;
    static fromString(value: string): WorkflowTemplateSpecTemplatesContainerSetContainersLifecyclePostStartTcpSocketPort;
    private constructor();
}
export interface WorkflowTemplateSpecTemplatesContainerSetContainersLifecyclePreStopHttpGetHttpHeaders {
    readonly name: string;
    readonly value: string;
}
export declare class WorkflowTemplateSpecTemplatesContainerSetContainersLifecyclePreStopHttpGetPort {
    readonly value: number | string;
    static fromNumber(value: number): WorkflowTemplateSpecTemplatesContainerSetContainersLifecyclePreStopHttpGetPort;
    static fromString(value: string): WorkflowTemplateSpecTemplatesContainerSetContainersLifecyclePreStopHttpGetPort;
    private constructor();
}
export declare class WorkflowTemplateSpecTemplatesContainerSetContainersLifecyclePreStopTcpSocketPort {
    readonly value: number | string;
    static fromNumber(value: number): WorkflowTemplateSpecTemplatesContainerSetContainersLifecyclePreStopTcpSocketPort;
    static fromString(value: string): WorkflowTemplateSpecTemplatesContainerSetContainersLifecyclePreStopTcpSocketPort;
    private constructor();
}
export interface WorkflowTemplateSpecTemplatesDagTasksArgumentsArtifactsArchiveTar {
    readonly compressionLevel?: number;
}
export interface WorkflowTemplateSpecTemplatesDagTasksArgumentsArtifactsArtifactGcPodMetadata {
    readonly annotations?: {
        [key: string]: string;
    };
    readonly labels?: {
        [key: string]: string;
    };
}
export declare enum WorkflowTemplateSpecTemplatesDagTasksArgumentsArtifactsArtifactGcStrategy {
    ON_WORKFLOW_COMPLETION = "OnWorkflowCompletion",
    ON_WORKFLOW_DELETION = "OnWorkflowDeletion",
    NEVER = "Never"
}
export interface WorkflowTemplateSpecTemplatesDagTasksArgumentsArtifactsArtifactoryPasswordSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplatesDagTasksArgumentsArtifactsArtifactoryUsernameSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplatesDagTasksArgumentsArtifactsAzureAccountKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplatesDagTasksArgumentsArtifactsGcsServiceAccountKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplatesDagTasksArgumentsArtifactsGitPasswordSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplatesDagTasksArgumentsArtifactsGitSshPrivateKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplatesDagTasksArgumentsArtifactsGitUsernameSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplatesDagTasksArgumentsArtifactsHdfsKrbCCacheSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplatesDagTasksArgumentsArtifactsHdfsKrbConfigConfigMap {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplatesDagTasksArgumentsArtifactsHdfsKrbKeytabSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplatesDagTasksArgumentsArtifactsHttpAuth {
    readonly basicAuth?: WorkflowTemplateSpecTemplatesDagTasksArgumentsArtifactsHttpAuthBasicAuth;
    readonly clientCert?: WorkflowTemplateSpecTemplatesDagTasksArgumentsArtifactsHttpAuthClientCert;
    readonly oauth2?: WorkflowTemplateSpecTemplatesDagTasksArgumentsArtifactsHttpAuthOauth2;
}
export interface WorkflowTemplateSpecTemplatesDagTasksArgumentsArtifactsHttpHeaders {
    readonly name: string;
    readonly value: string;
}
export interface WorkflowTemplateSpecTemplatesDagTasksArgumentsArtifactsOssAccessKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplatesDagTasksArgumentsArtifactsOssLifecycleRule {
    readonly markDeletionAfterDays?: number;
    readonly markInfrequentAccessAfterDays?: number;
}
export interface WorkflowTemplateSpecTemplatesDagTasksArgumentsArtifactsOssSecretKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplatesDagTasksArgumentsArtifactsS3AccessKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export declare enum WorkflowTemplateSpecTemplatesDagTasksArgumentsArtifactsS3AddressingStyle {
    PATH = "path",
    VIRTUAL_HYPHEN_HOSTED = "virtual-hosted"
}
export interface WorkflowTemplateSpecTemplatesDagTasksArgumentsArtifactsS3CaSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplatesDagTasksArgumentsArtifactsS3CreateBucketIfNotPresent {
    readonly objectLocking?: boolean;
}
export interface WorkflowTemplateSpecTemplatesDagTasksArgumentsArtifactsS3EncryptionOptions {
    readonly enableEncryption?: boolean;
    readonly kmsEncryptionContext?: string;
    readonly kmsKeyId?: string;
    readonly serverSideCustomerKeySecret?: WorkflowTemplateSpecTemplatesDagTasksArgumentsArtifactsS3EncryptionOptionsServerSideCustomerKeySecret;
}
export interface WorkflowTemplateSpecTemplatesDagTasksArgumentsArtifactsS3SecretKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplatesDagTasksArgumentsArtifactsS3SessionTokenSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplatesDagTasksArgumentsParametersValueFromConfigMapKeyRef {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplatesDagTasksHooksArgumentsArtifactsArchive {
    readonly none?: any;
    readonly tar?: WorkflowTemplateSpecTemplatesDagTasksHooksArgumentsArtifactsArchiveTar;
    readonly zip?: any;
}
export interface WorkflowTemplateSpecTemplatesDagTasksHooksArgumentsArtifactsArtifactGc {
    readonly podMetadata?: WorkflowTemplateSpecTemplatesDagTasksHooksArgumentsArtifactsArtifactGcPodMetadata;
    readonly serviceAccountName?: string;
    readonly strategy?: WorkflowTemplateSpecTemplatesDagTasksHooksArgumentsArtifactsArtifactGcStrategy;
}
export interface WorkflowTemplateSpecTemplatesDagTasksHooksArgumentsArtifactsArtifactory {
    readonly passwordSecret?: WorkflowTemplateSpecTemplatesDagTasksHooksArgumentsArtifactsArtifactoryPasswordSecret;
    readonly url: string;
    readonly usernameSecret?: WorkflowTemplateSpecTemplatesDagTasksHooksArgumentsArtifactsArtifactoryUsernameSecret;
}
export interface WorkflowTemplateSpecTemplatesDagTasksHooksArgumentsArtifactsAzure {
    readonly accountKeySecret?: WorkflowTemplateSpecTemplatesDagTasksHooksArgumentsArtifactsAzureAccountKeySecret;
    readonly blob: string;
    readonly container: string;
    readonly endpoint: string;
    readonly useSdkCreds?: boolean;
}
export interface WorkflowTemplateSpecTemplatesDagTasksHooksArgumentsArtifactsGcs {
    readonly bucket?: string;
    readonly key: string;
    readonly serviceAccountKeySecret?: WorkflowTemplateSpecTemplatesDagTasksHooksArgumentsArtifactsGcsServiceAccountKeySecret;
}
export interface WorkflowTemplateSpecTemplatesDagTasksHooksArgumentsArtifactsGit {
    readonly branch?: string;
    readonly depth?: number;
    readonly disableSubmodules?: boolean;
    readonly fetch?: string[];
    readonly insecureIgnoreHostKey?: boolean;
    readonly insecureSkipTls?: boolean;
    readonly passwordSecret?: WorkflowTemplateSpecTemplatesDagTasksHooksArgumentsArtifactsGitPasswordSecret;
    readonly repo: string;
    readonly revision?: string;
    readonly singleBranch?: boolean;
    readonly sshPrivateKeySecret?: WorkflowTemplateSpecTemplatesDagTasksHooksArgumentsArtifactsGitSshPrivateKeySecret;
    readonly usernameSecret?: WorkflowTemplateSpecTemplatesDagTasksHooksArgumentsArtifactsGitUsernameSecret;
}
export interface WorkflowTemplateSpecTemplatesDagTasksHooksArgumentsArtifactsHdfs {
    readonly addresses?: string[];
    readonly dataTransferProtection?: string;
    readonly force?: boolean;
    readonly hdfsUser?: string;
    readonly krbCCacheSecret?: WorkflowTemplateSpecTemplatesDagTasksHooksArgumentsArtifactsHdfsKrbCCacheSecret;
    readonly krbConfigConfigMap?: WorkflowTemplateSpecTemplatesDagTasksHooksArgumentsArtifactsHdfsKrbConfigConfigMap;
    readonly krbKeytabSecret?: WorkflowTemplateSpecTemplatesDagTasksHooksArgumentsArtifactsHdfsKrbKeytabSecret;
    readonly krbRealm?: string;
    readonly krbServicePrincipalName?: string;
    readonly krbUsername?: string;
    readonly path: string;
}
export interface WorkflowTemplateSpecTemplatesDagTasksHooksArgumentsArtifactsHttp {
    readonly auth?: WorkflowTemplateSpecTemplatesDagTasksHooksArgumentsArtifactsHttpAuth;
    readonly headers?: WorkflowTemplateSpecTemplatesDagTasksHooksArgumentsArtifactsHttpHeaders[];
    readonly saveStreamViaFile?: boolean;
    readonly url: string;
}
export interface WorkflowTemplateSpecTemplatesDagTasksHooksArgumentsArtifactsOss {
    readonly accessKeySecret?: WorkflowTemplateSpecTemplatesDagTasksHooksArgumentsArtifactsOssAccessKeySecret;
    readonly bucket?: string;
    readonly createBucketIfNotPresent?: boolean;
    readonly endpoint?: string;
    readonly key: string;
    readonly lifecycleRule?: WorkflowTemplateSpecTemplatesDagTasksHooksArgumentsArtifactsOssLifecycleRule;
    readonly secretKeySecret?: WorkflowTemplateSpecTemplatesDagTasksHooksArgumentsArtifactsOssSecretKeySecret;
    readonly securityToken?: string;
    readonly useSdkCreds?: boolean;
}
export interface WorkflowTemplateSpecTemplatesDagTasksHooksArgumentsArtifactsPlugin {
    readonly configuration?: string;
    readonly connectionTimeoutSeconds?: number;
    readonly key: string;
    readonly name?: string;
}
export interface WorkflowTemplateSpecTemplatesDagTasksHooksArgumentsArtifactsRaw {
    readonly data: string;
}
export interface WorkflowTemplateSpecTemplatesDagTasksHooksArgumentsArtifactsS3 {
    readonly accessKeySecret?: WorkflowTemplateSpecTemplatesDagTasksHooksArgumentsArtifactsS3AccessKeySecret;
    readonly addressingStyle?: WorkflowTemplateSpecTemplatesDagTasksHooksArgumentsArtifactsS3AddressingStyle;
    readonly bucket?: string;
    readonly caSecret?: WorkflowTemplateSpecTemplatesDagTasksHooksArgumentsArtifactsS3CaSecret;
    readonly createBucketIfNotPresent?: WorkflowTemplateSpecTemplatesDagTasksHooksArgumentsArtifactsS3CreateBucketIfNotPresent;
    readonly encryptionOptions?: WorkflowTemplateSpecTemplatesDagTasksHooksArgumentsArtifactsS3EncryptionOptions;
    readonly endpoint?: string;
    readonly insecure?: boolean;
    readonly key?: string;
    readonly region?: string;
    readonly roleArn?: string;
    readonly secretKeySecret?: WorkflowTemplateSpecTemplatesDagTasksHooksArgumentsArtifactsS3SecretKeySecret;
    readonly sessionTokenSecret?: WorkflowTemplateSpecTemplatesDagTasksHooksArgumentsArtifactsS3SessionTokenSecret;
    readonly useSdkCreds?: boolean;
}
export interface WorkflowTemplateSpecTemplatesDagTasksHooksArgumentsParametersValueFrom {
    readonly configMapKeyRef?: WorkflowTemplateSpecTemplatesDagTasksHooksArgumentsParametersValueFromConfigMapKeyRef;
    readonly default?: string;
    readonly event?: string;
    readonly expression?: string;
    readonly jqFilter?: string;
    readonly jsonPath?: string;
    readonly parameter?: string;
    readonly path?: string;
    readonly supplied?: any;
}
export interface WorkflowTemplateSpecTemplatesDataSourceArtifactPathsHttpAuthBasicAuth {
    readonly passwordSecret?: WorkflowTemplateSpecTemplatesDataSourceArtifactPathsHttpAuthBasicAuthPasswordSecret;
    readonly usernameSecret?: WorkflowTemplateSpecTemplatesDataSourceArtifactPathsHttpAuthBasicAuthUsernameSecret;
}
export interface WorkflowTemplateSpecTemplatesDataSourceArtifactPathsHttpAuthClientCert {
    readonly clientCertSecret?: WorkflowTemplateSpecTemplatesDataSourceArtifactPathsHttpAuthClientCertClientCertSecret;
    readonly clientKeySecret?: WorkflowTemplateSpecTemplatesDataSourceArtifactPathsHttpAuthClientCertClientKeySecret;
}
export interface WorkflowTemplateSpecTemplatesDataSourceArtifactPathsHttpAuthOauth2 {
    readonly clientIdSecret?: WorkflowTemplateSpecTemplatesDataSourceArtifactPathsHttpAuthOauth2ClientIdSecret;
    readonly clientSecretSecret?: WorkflowTemplateSpecTemplatesDataSourceArtifactPathsHttpAuthOauth2ClientSecretSecret;
    readonly endpointParams?: WorkflowTemplateSpecTemplatesDataSourceArtifactPathsHttpAuthOauth2EndpointParams[];
    readonly scopes?: string[];
    readonly tokenUrlSecret?: WorkflowTemplateSpecTemplatesDataSourceArtifactPathsHttpAuthOauth2TokenUrlSecret;
}
export interface WorkflowTemplateSpecTemplatesDataSourceArtifactPathsS3EncryptionOptionsServerSideCustomerKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplatesInputsArtifactsHttpAuthBasicAuthPasswordSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplatesInputsArtifactsHttpAuthBasicAuthUsernameSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplatesInputsArtifactsHttpAuthClientCertClientCertSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplatesInputsArtifactsHttpAuthClientCertClientKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplatesInputsArtifactsHttpAuthOauth2ClientIdSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplatesInputsArtifactsHttpAuthOauth2ClientSecretSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplatesInputsArtifactsHttpAuthOauth2EndpointParams {
    readonly key: string;
    readonly value?: string;
}
export interface WorkflowTemplateSpecTemplatesInputsArtifactsHttpAuthOauth2TokenUrlSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplatesOutputsArtifactsHttpAuthBasicAuthPasswordSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplatesOutputsArtifactsHttpAuthBasicAuthUsernameSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplatesOutputsArtifactsHttpAuthClientCertClientCertSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplatesOutputsArtifactsHttpAuthClientCertClientKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplatesOutputsArtifactsHttpAuthOauth2ClientIdSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplatesOutputsArtifactsHttpAuthOauth2ClientSecretSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplatesOutputsArtifactsHttpAuthOauth2EndpointParams {
    readonly key: string;
    readonly value?: string;
}
export interface WorkflowTemplateSpecTemplatesOutputsArtifactsHttpAuthOauth2TokenUrlSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplatesResourceManifestFromArtifactHttpAuthBasicAuth {
    readonly passwordSecret?: WorkflowTemplateSpecTemplatesResourceManifestFromArtifactHttpAuthBasicAuthPasswordSecret;
    readonly usernameSecret?: WorkflowTemplateSpecTemplatesResourceManifestFromArtifactHttpAuthBasicAuthUsernameSecret;
}
export interface WorkflowTemplateSpecTemplatesResourceManifestFromArtifactHttpAuthClientCert {
    readonly clientCertSecret?: WorkflowTemplateSpecTemplatesResourceManifestFromArtifactHttpAuthClientCertClientCertSecret;
    readonly clientKeySecret?: WorkflowTemplateSpecTemplatesResourceManifestFromArtifactHttpAuthClientCertClientKeySecret;
}
export interface WorkflowTemplateSpecTemplatesResourceManifestFromArtifactHttpAuthOauth2 {
    readonly clientIdSecret?: WorkflowTemplateSpecTemplatesResourceManifestFromArtifactHttpAuthOauth2ClientIdSecret;
    readonly clientSecretSecret?: WorkflowTemplateSpecTemplatesResourceManifestFromArtifactHttpAuthOauth2ClientSecretSecret;
    readonly endpointParams?: WorkflowTemplateSpecTemplatesResourceManifestFromArtifactHttpAuthOauth2EndpointParams[];
    readonly scopes?: string[];
    readonly tokenUrlSecret?: WorkflowTemplateSpecTemplatesResourceManifestFromArtifactHttpAuthOauth2TokenUrlSecret;
}
export interface WorkflowTemplateSpecTemplatesResourceManifestFromArtifactS3EncryptionOptionsServerSideCustomerKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplatesStepsArgumentsArtifactsHttpAuthBasicAuth {
    readonly passwordSecret?: WorkflowTemplateSpecTemplatesStepsArgumentsArtifactsHttpAuthBasicAuthPasswordSecret;
    readonly usernameSecret?: WorkflowTemplateSpecTemplatesStepsArgumentsArtifactsHttpAuthBasicAuthUsernameSecret;
}
export interface WorkflowTemplateSpecTemplatesStepsArgumentsArtifactsHttpAuthClientCert {
    readonly clientCertSecret?: WorkflowTemplateSpecTemplatesStepsArgumentsArtifactsHttpAuthClientCertClientCertSecret;
    readonly clientKeySecret?: WorkflowTemplateSpecTemplatesStepsArgumentsArtifactsHttpAuthClientCertClientKeySecret;
}
export interface WorkflowTemplateSpecTemplatesStepsArgumentsArtifactsHttpAuthOauth2 {
    readonly clientIdSecret?: WorkflowTemplateSpecTemplatesStepsArgumentsArtifactsHttpAuthOauth2ClientIdSecret;
    readonly clientSecretSecret?: WorkflowTemplateSpecTemplatesStepsArgumentsArtifactsHttpAuthOauth2ClientSecretSecret;
    readonly endpointParams?: WorkflowTemplateSpecTemplatesStepsArgumentsArtifactsHttpAuthOauth2EndpointParams[];
    readonly scopes?: string[];
    readonly tokenUrlSecret?: WorkflowTemplateSpecTemplatesStepsArgumentsArtifactsHttpAuthOauth2TokenUrlSecret;
}
export interface WorkflowTemplateSpecTemplatesStepsArgumentsArtifactsS3EncryptionOptionsServerSideCustomerKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplatesStepsHooksArgumentsArtifactsArchiveTar {
    readonly compressionLevel?: number;
}
export interface WorkflowTemplateSpecTemplatesStepsHooksArgumentsArtifactsArtifactGcPodMetadata {
    readonly annotations?: {
        [key: string]: string;
    };
    readonly labels?: {
        [key: string]: string;
    };
}
export declare enum WorkflowTemplateSpecTemplatesStepsHooksArgumentsArtifactsArtifactGcStrategy {
    ON_WORKFLOW_COMPLETION = "OnWorkflowCompletion",
    ON_WORKFLOW_DELETION = "OnWorkflowDeletion",
    NEVER = "Never"
}
export interface WorkflowTemplateSpecTemplatesStepsHooksArgumentsArtifactsArtifactoryPasswordSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplatesStepsHooksArgumentsArtifactsArtifactoryUsernameSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplatesStepsHooksArgumentsArtifactsAzureAccountKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplatesStepsHooksArgumentsArtifactsGcsServiceAccountKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplatesStepsHooksArgumentsArtifactsGitPasswordSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplatesStepsHooksArgumentsArtifactsGitSshPrivateKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplatesStepsHooksArgumentsArtifactsGitUsernameSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplatesStepsHooksArgumentsArtifactsHdfsKrbCCacheSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplatesStepsHooksArgumentsArtifactsHdfsKrbConfigConfigMap {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplatesStepsHooksArgumentsArtifactsHdfsKrbKeytabSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplatesStepsHooksArgumentsArtifactsHttpAuth {
    readonly basicAuth?: WorkflowTemplateSpecTemplatesStepsHooksArgumentsArtifactsHttpAuthBasicAuth;
    readonly clientCert?: WorkflowTemplateSpecTemplatesStepsHooksArgumentsArtifactsHttpAuthClientCert;
    readonly oauth2?: WorkflowTemplateSpecTemplatesStepsHooksArgumentsArtifactsHttpAuthOauth2;
}
export interface WorkflowTemplateSpecTemplatesStepsHooksArgumentsArtifactsHttpHeaders {
    readonly name: string;
    readonly value: string;
}
export interface WorkflowTemplateSpecTemplatesStepsHooksArgumentsArtifactsOssAccessKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplatesStepsHooksArgumentsArtifactsOssLifecycleRule {
    readonly markDeletionAfterDays?: number;
    readonly markInfrequentAccessAfterDays?: number;
}
export interface WorkflowTemplateSpecTemplatesStepsHooksArgumentsArtifactsOssSecretKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplatesStepsHooksArgumentsArtifactsS3AccessKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export declare enum WorkflowTemplateSpecTemplatesStepsHooksArgumentsArtifactsS3AddressingStyle {
    PATH = "path",
    VIRTUAL_HYPHEN_HOSTED = "virtual-hosted"
}
export interface WorkflowTemplateSpecTemplatesStepsHooksArgumentsArtifactsS3CaSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplatesStepsHooksArgumentsArtifactsS3CreateBucketIfNotPresent {
    readonly objectLocking?: boolean;
}
export interface WorkflowTemplateSpecTemplatesStepsHooksArgumentsArtifactsS3EncryptionOptions {
    readonly enableEncryption?: boolean;
    readonly kmsEncryptionContext?: string;
    readonly kmsKeyId?: string;
    readonly serverSideCustomerKeySecret?: WorkflowTemplateSpecTemplatesStepsHooksArgumentsArtifactsS3EncryptionOptionsServerSideCustomerKeySecret;
}
export interface WorkflowTemplateSpecTemplatesStepsHooksArgumentsArtifactsS3SecretKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplatesStepsHooksArgumentsArtifactsS3SessionTokenSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplatesStepsHooksArgumentsParametersValueFromConfigMapKeyRef {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export declare class WorkflowTemplateSpecTemplatesVolumesEphemeralVolumeClaimTemplateSpecResourcesLimits {
    readonly value: number | string;
    static fromNumber(value: number): WorkflowTemplateSpecTemplatesVolumesEphemeralVolumeClaimTemplateSpecResourcesLimits;
    static fromString(value: string): WorkflowTemplateSpecTemplatesVolumesEphemeralVolumeClaimTemplateSpecResourcesLimits;
    private constructor();
}
export declare class WorkflowTemplateSpecTemplatesVolumesEphemeralVolumeClaimTemplateSpecResourcesRequests {
    readonly value: number | string;
    static fromNumber(value: number): WorkflowTemplateSpecTemplatesVolumesEphemeralVolumeClaimTemplateSpecResourcesRequests;
    static fromString(value: string): WorkflowTemplateSpecTemplatesVolumesEphemeralVolumeClaimTemplateSpecResourcesRequests;
    private constructor();
}
export interface WorkflowTemplateSpecTemplatesVolumesEphemeralVolumeClaimTemplateSpecSelectorMatchExpressions {
    readonly key: string;
    readonly operator: string;
    readonly values?: string[];
}
export interface WorkflowTemplateSpecTemplatesVolumesProjectedSourcesClusterTrustBundleLabelSelectorMatchExpressions {
    readonly key: string;
    readonly operator: string;
    readonly values?: string[];
}
export interface WorkflowTemplateSpecTemplatesVolumesProjectedSourcesDownwardApiItemsFieldRef {
    readonly apiVersion?: string;
    readonly fieldPath: string;
}
export interface WorkflowTemplateSpecTemplatesVolumesProjectedSourcesDownwardApiItemsResourceFieldRef {
    readonly containerName?: string;
    readonly divisor?: WorkflowTemplateSpecTemplatesVolumesProjectedSourcesDownwardApiItemsResourceFieldRefDivisor;
    readonly resource: string;
}
export declare class WorkflowTemplateSpecVolumesProjectedSourcesDownwardApiItemsResourceFieldRefDivisor {
    readonly value: number | string;
    static fromNumber(value: number): WorkflowTemplateSpecVolumesProjectedSourcesDownwardApiItemsResourceFieldRefDivisor;
    static fromString(value: string): WorkflowTemplateSpecVolumesProjectedSourcesDownwardApiItemsResourceFieldRefDivisor;
    private constructor();
}
export declare class WorkflowTemplateSpecExecutorPluginsSpecSidecarContainerEnvValueFromResourceFieldRefDivisor {
    readonly value: number | string;
    static fromNumber(value: number): WorkflowTemplateSpecExecutorPluginsSpecSidecarContainerEnvValueFromResourceFieldRefDivisor;
    static fromString(value: string): WorkflowTemplateSpecExecutorPluginsSpecSidecarContainerEnvValueFromResourceFieldRefDivisor;
    private constructor();
}
export interface WorkflowTemplateSpecExecutorPluginsSpecSidecarContainerLifecyclePostStartHttpGetHttpHeaders {
    readonly name: string;
    readonly value: string;
}
export declare class WorkflowTemplateSpecExecutorPluginsSpecSidecarContainerLifecyclePostStartHttpGetPort {
    readonly value: number | string;
    static fromNumber(value: number): WorkflowTemplateSpecExecutorPluginsSpecSidecarContainerLifecyclePostStartHttpGetPort;
    static fromString(value: string): WorkflowTemplateSpecExecutorPluginsSpecSidecarContainerLifecyclePostStartHttpGetPort;
    private constructor();
}
export declare class WorkflowTemplateSpecExecutorPluginsSpecSidecarContainerLifecyclePostStartTcpSocketPort {
    readonly value: number | string;
    static fromNumber(value: number): WorkflowTemplateSpecExecutorPluginsSpecSidecarContainerLifecyclePostStartTcpSocketPort;
    static fromString(value: string): WorkflowTemplateSpecExecutorPluginsSpecSidecarContainerLifecyclePostStartTcpSocketPort;
    private constructor();
}
export interface WorkflowTemplateSpecExecutorPluginsSpecSidecarContainerLifecyclePreStopHttpGetHttpHeaders {
    readonly name: string;
    readonly value: string;
}
export declare class WorkflowTemplateSpecExecutorPluginsSpecSidecarContainerLifecyclePreStopHttpGetPort {
    readonly value: number | string;
    static fromNumber(value: number): WorkflowTemplateSpecExecutorPluginsSpecSidecarContainerLifecyclePreStopHttpGetPort;
    static fromString(value: string): WorkflowTemplateSpecExecutorPluginsSpecSidecarContainerLifecyclePreStopHttpGetPort;
    private constructor();
}
export declare class WorkflowTemplateSpecExecutorPluginsSpecSidecarContainerLifecyclePreStopTcpSocketPort {
    readonly value: number | string;
    static fromNumber(value: number): WorkflowTemplateSpecExecutorPluginsSpecSidecarContainerLifecyclePreStopTcpSocketPort;
    static fromString(value: string): WorkflowTemplateSpecExecutorPluginsSpecSidecarContainerLifecyclePreStopTcpSocketPort;
    private constructor();
}
export interface WorkflowTemplateSpecTemplateDefaultsDagTasksArgumentsArtifactsHttpAuthBasicAuth {
    readonly passwordSecret?: WorkflowTemplateSpecTemplateDefaultsDagTasksArgumentsArtifactsHttpAuthBasicAuthPasswordSecret;
    readonly usernameSecret?: WorkflowTemplateSpecTemplateDefaultsDagTasksArgumentsArtifactsHttpAuthBasicAuthUsernameSecret;
}
export interface WorkflowTemplateSpecTemplateDefaultsDagTasksArgumentsArtifactsHttpAuthClientCert {
    readonly clientCertSecret?: WorkflowTemplateSpecTemplateDefaultsDagTasksArgumentsArtifactsHttpAuthClientCertClientCertSecret;
    readonly clientKeySecret?: WorkflowTemplateSpecTemplateDefaultsDagTasksArgumentsArtifactsHttpAuthClientCertClientKeySecret;
}
export interface WorkflowTemplateSpecTemplateDefaultsDagTasksArgumentsArtifactsHttpAuthOauth2 {
    readonly clientIdSecret?: WorkflowTemplateSpecTemplateDefaultsDagTasksArgumentsArtifactsHttpAuthOauth2ClientIdSecret;
    readonly clientSecretSecret?: WorkflowTemplateSpecTemplateDefaultsDagTasksArgumentsArtifactsHttpAuthOauth2ClientSecretSecret;
    readonly endpointParams?: WorkflowTemplateSpecTemplateDefaultsDagTasksArgumentsArtifactsHttpAuthOauth2EndpointParams[];
    readonly scopes?: string[];
    readonly tokenUrlSecret?: WorkflowTemplateSpecTemplateDefaultsDagTasksArgumentsArtifactsHttpAuthOauth2TokenUrlSecret;
}
export interface WorkflowTemplateSpecTemplateDefaultsDagTasksArgumentsArtifactsS3EncryptionOptionsServerSideCustomerKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplateDefaultsDagTasksHooksArgumentsArtifactsArchiveTar {
    readonly compressionLevel?: number;
}
export interface WorkflowTemplateSpecTemplateDefaultsDagTasksHooksArgumentsArtifactsArtifactGcPodMetadata {
    readonly annotations?: {
        [key: string]: string;
    };
    readonly labels?: {
        [key: string]: string;
    };
}
export declare enum WorkflowTemplateSpecTemplateDefaultsDagTasksHooksArgumentsArtifactsArtifactGcStrategy {
    ON_WORKFLOW_COMPLETION = "OnWorkflowCompletion",
    ON_WORKFLOW_DELETION = "OnWorkflowDeletion",
    NEVER = "Never"
}
export interface WorkflowTemplateSpecTemplateDefaultsDagTasksHooksArgumentsArtifactsArtifactoryPasswordSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplateDefaultsDagTasksHooksArgumentsArtifactsArtifactoryUsernameSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplateDefaultsDagTasksHooksArgumentsArtifactsAzureAccountKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplateDefaultsDagTasksHooksArgumentsArtifactsGcsServiceAccountKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplateDefaultsDagTasksHooksArgumentsArtifactsGitPasswordSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplateDefaultsDagTasksHooksArgumentsArtifactsGitSshPrivateKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplateDefaultsDagTasksHooksArgumentsArtifactsGitUsernameSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplateDefaultsDagTasksHooksArgumentsArtifactsHdfsKrbCCacheSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplateDefaultsDagTasksHooksArgumentsArtifactsHdfsKrbConfigConfigMap {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplateDefaultsDagTasksHooksArgumentsArtifactsHdfsKrbKeytabSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplateDefaultsDagTasksHooksArgumentsArtifactsHttpAuth {
    readonly basicAuth?: WorkflowTemplateSpecTemplateDefaultsDagTasksHooksArgumentsArtifactsHttpAuthBasicAuth;
    readonly clientCert?: WorkflowTemplateSpecTemplateDefaultsDagTasksHooksArgumentsArtifactsHttpAuthClientCert;
    readonly oauth2?: WorkflowTemplateSpecTemplateDefaultsDagTasksHooksArgumentsArtifactsHttpAuthOauth2;
}
export interface WorkflowTemplateSpecTemplateDefaultsDagTasksHooksArgumentsArtifactsHttpHeaders {
    readonly name: string;
    readonly value: string;
}
export interface WorkflowTemplateSpecTemplateDefaultsDagTasksHooksArgumentsArtifactsOssAccessKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplateDefaultsDagTasksHooksArgumentsArtifactsOssLifecycleRule {
    readonly markDeletionAfterDays?: number;
    readonly markInfrequentAccessAfterDays?: number;
}
export interface WorkflowTemplateSpecTemplateDefaultsDagTasksHooksArgumentsArtifactsOssSecretKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplateDefaultsDagTasksHooksArgumentsArtifactsS3AccessKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export declare enum WorkflowTemplateSpecTemplateDefaultsDagTasksHooksArgumentsArtifactsS3AddressingStyle {
    PATH = "path",
    VIRTUAL_HYPHEN_HOSTED = "virtual-hosted"
}
export interface WorkflowTemplateSpecTemplateDefaultsDagTasksHooksArgumentsArtifactsS3CaSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplateDefaultsDagTasksHooksArgumentsArtifactsS3CreateBucketIfNotPresent {
    readonly objectLocking?: boolean;
}
export interface WorkflowTemplateSpecTemplateDefaultsDagTasksHooksArgumentsArtifactsS3EncryptionOptions {
    readonly enableEncryption?: boolean;
    readonly kmsEncryptionContext?: string;
    readonly kmsKeyId?: string;
    readonly serverSideCustomerKeySecret?: WorkflowTemplateSpecTemplateDefaultsDagTasksHooksArgumentsArtifactsS3EncryptionOptionsServerSideCustomerKeySecret;
}
export interface WorkflowTemplateSpecTemplateDefaultsDagTasksHooksArgumentsArtifactsS3SecretKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplateDefaultsDagTasksHooksArgumentsArtifactsS3SessionTokenSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplateDefaultsDagTasksHooksArgumentsParametersValueFromConfigMapKeyRef {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplateDefaultsDataSourceArtifactPathsHttpAuthBasicAuthPasswordSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplateDefaultsDataSourceArtifactPathsHttpAuthBasicAuthUsernameSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplateDefaultsDataSourceArtifactPathsHttpAuthClientCertClientCertSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplateDefaultsDataSourceArtifactPathsHttpAuthClientCertClientKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplateDefaultsDataSourceArtifactPathsHttpAuthOauth2ClientIdSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplateDefaultsDataSourceArtifactPathsHttpAuthOauth2ClientSecretSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplateDefaultsDataSourceArtifactPathsHttpAuthOauth2EndpointParams {
    readonly key: string;
    readonly value?: string;
}
export interface WorkflowTemplateSpecTemplateDefaultsDataSourceArtifactPathsHttpAuthOauth2TokenUrlSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplateDefaultsResourceManifestFromArtifactHttpAuthBasicAuthPasswordSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplateDefaultsResourceManifestFromArtifactHttpAuthBasicAuthUsernameSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplateDefaultsResourceManifestFromArtifactHttpAuthClientCertClientCertSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplateDefaultsResourceManifestFromArtifactHttpAuthClientCertClientKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplateDefaultsResourceManifestFromArtifactHttpAuthOauth2ClientIdSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplateDefaultsResourceManifestFromArtifactHttpAuthOauth2ClientSecretSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplateDefaultsResourceManifestFromArtifactHttpAuthOauth2EndpointParams {
    readonly key: string;
    readonly value?: string;
}
export interface WorkflowTemplateSpecTemplateDefaultsResourceManifestFromArtifactHttpAuthOauth2TokenUrlSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplateDefaultsStepsArgumentsArtifactsHttpAuthBasicAuthPasswordSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplateDefaultsStepsArgumentsArtifactsHttpAuthBasicAuthUsernameSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplateDefaultsStepsArgumentsArtifactsHttpAuthClientCertClientCertSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplateDefaultsStepsArgumentsArtifactsHttpAuthClientCertClientKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplateDefaultsStepsArgumentsArtifactsHttpAuthOauth2ClientIdSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplateDefaultsStepsArgumentsArtifactsHttpAuthOauth2ClientSecretSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplateDefaultsStepsArgumentsArtifactsHttpAuthOauth2EndpointParams {
    readonly key: string;
    readonly value?: string;
}
export interface WorkflowTemplateSpecTemplateDefaultsStepsArgumentsArtifactsHttpAuthOauth2TokenUrlSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplateDefaultsStepsHooksArgumentsArtifactsHttpAuthBasicAuth {
    readonly passwordSecret?: WorkflowTemplateSpecTemplateDefaultsStepsHooksArgumentsArtifactsHttpAuthBasicAuthPasswordSecret;
    readonly usernameSecret?: WorkflowTemplateSpecTemplateDefaultsStepsHooksArgumentsArtifactsHttpAuthBasicAuthUsernameSecret;
}
export interface WorkflowTemplateSpecTemplateDefaultsStepsHooksArgumentsArtifactsHttpAuthClientCert {
    readonly clientCertSecret?: WorkflowTemplateSpecTemplateDefaultsStepsHooksArgumentsArtifactsHttpAuthClientCertClientCertSecret;
    readonly clientKeySecret?: WorkflowTemplateSpecTemplateDefaultsStepsHooksArgumentsArtifactsHttpAuthClientCertClientKeySecret;
}
export interface WorkflowTemplateSpecTemplateDefaultsStepsHooksArgumentsArtifactsHttpAuthOauth2 {
    readonly clientIdSecret?: WorkflowTemplateSpecTemplateDefaultsStepsHooksArgumentsArtifactsHttpAuthOauth2ClientIdSecret;
    readonly clientSecretSecret?: WorkflowTemplateSpecTemplateDefaultsStepsHooksArgumentsArtifactsHttpAuthOauth2ClientSecretSecret;
    readonly endpointParams?: WorkflowTemplateSpecTemplateDefaultsStepsHooksArgumentsArtifactsHttpAuthOauth2EndpointParams[];
    readonly scopes?: string[];
    readonly tokenUrlSecret?: WorkflowTemplateSpecTemplateDefaultsStepsHooksArgumentsArtifactsHttpAuthOauth2TokenUrlSecret;
}
export interface WorkflowTemplateSpecTemplateDefaultsStepsHooksArgumentsArtifactsS3EncryptionOptionsServerSideCustomerKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export declare class WorkflowTemplateSpecTemplateDefaultsVolumesProjectedSourcesDownwardApiItemsResourceFieldRefDivisor {
    readonly value: number | string;
    static fromNumber(value: number): WorkflowTemplateSpecTemplateDefaultsVolumesProjectedSourcesDownwardApiItemsResourceFieldRefDivisor;
    static fromString(value: string): WorkflowTemplateSpecTemplateDefaultsVolumesProjectedSourcesDownwardApiItemsResourceFieldRefDivisor;
    private constructor();
}
export interface WorkflowTemplateSpecTemplatesDagTasksArgumentsArtifactsHttpAuthBasicAuth {
    readonly passwordSecret?: WorkflowTemplateSpecTemplatesDagTasksArgumentsArtifactsHttpAuthBasicAuthPasswordSecret;
    readonly usernameSecret?: WorkflowTemplateSpecTemplatesDagTasksArgumentsArtifactsHttpAuthBasicAuthUsernameSecret;
}
export interface WorkflowTemplateSpecTemplatesDagTasksArgumentsArtifactsHttpAuthClientCert {
    readonly clientCertSecret?: WorkflowTemplateSpecTemplatesDagTasksArgumentsArtifactsHttpAuthClientCertClientCertSecret;
    readonly clientKeySecret?: WorkflowTemplateSpecTemplatesDagTasksArgumentsArtifactsHttpAuthClientCertClientKeySecret;
}
export interface WorkflowTemplateSpecTemplatesDagTasksArgumentsArtifactsHttpAuthOauth2 {
    readonly clientIdSecret?: WorkflowTemplateSpecTemplatesDagTasksArgumentsArtifactsHttpAuthOauth2ClientIdSecret;
    readonly clientSecretSecret?: WorkflowTemplateSpecTemplatesDagTasksArgumentsArtifactsHttpAuthOauth2ClientSecretSecret;
    readonly endpointParams?: WorkflowTemplateSpecTemplatesDagTasksArgumentsArtifactsHttpAuthOauth2EndpointParams[];
    readonly scopes?: string[];
    readonly tokenUrlSecret?: WorkflowTemplateSpecTemplatesDagTasksArgumentsArtifactsHttpAuthOauth2TokenUrlSecret;
}
export interface WorkflowTemplateSpecTemplatesDagTasksArgumentsArtifactsS3EncryptionOptionsServerSideCustomerKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplatesDagTasksHooksArgumentsArtifactsArchiveTar {
    readonly compressionLevel?: number;
}
export interface WorkflowTemplateSpecTemplatesDagTasksHooksArgumentsArtifactsArtifactGcPodMetadata {
    readonly annotations?: {
        [key: string]: string;
    };
    readonly labels?: {
        [key: string]: string;
    };
}
export declare enum WorkflowTemplateSpecTemplatesDagTasksHooksArgumentsArtifactsArtifactGcStrategy {
    ON_WORKFLOW_COMPLETION = "OnWorkflowCompletion",
    ON_WORKFLOW_DELETION = "OnWorkflowDeletion",
    NEVER = "Never"
}
export interface WorkflowTemplateSpecTemplatesDagTasksHooksArgumentsArtifactsArtifactoryPasswordSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplatesDagTasksHooksArgumentsArtifactsArtifactoryUsernameSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplatesDagTasksHooksArgumentsArtifactsAzureAccountKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplatesDagTasksHooksArgumentsArtifactsGcsServiceAccountKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplatesDagTasksHooksArgumentsArtifactsGitPasswordSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplatesDagTasksHooksArgumentsArtifactsGitSshPrivateKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplatesDagTasksHooksArgumentsArtifactsGitUsernameSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplatesDagTasksHooksArgumentsArtifactsHdfsKrbCCacheSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplatesDagTasksHooksArgumentsArtifactsHdfsKrbConfigConfigMap {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplatesDagTasksHooksArgumentsArtifactsHdfsKrbKeytabSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplatesDagTasksHooksArgumentsArtifactsHttpAuth {
    readonly basicAuth?: WorkflowTemplateSpecTemplatesDagTasksHooksArgumentsArtifactsHttpAuthBasicAuth;
    readonly clientCert?: WorkflowTemplateSpecTemplatesDagTasksHooksArgumentsArtifactsHttpAuthClientCert;
    readonly oauth2?: WorkflowTemplateSpecTemplatesDagTasksHooksArgumentsArtifactsHttpAuthOauth2;
}
export interface WorkflowTemplateSpecTemplatesDagTasksHooksArgumentsArtifactsHttpHeaders {
    readonly name: string;
    readonly value: string;
}
export interface WorkflowTemplateSpecTemplatesDagTasksHooksArgumentsArtifactsOssAccessKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplatesDagTasksHooksArgumentsArtifactsOssLifecycleRule {
    readonly markDeletionAfterDays?: number;
    readonly markInfrequentAccessAfterDays?: number;
}
export interface WorkflowTemplateSpecTemplatesDagTasksHooksArgumentsArtifactsOssSecretKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplatesDagTasksHooksArgumentsArtifactsS3AccessKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export declare enum WorkflowTemplateSpecTemplatesDagTasksHooksArgumentsArtifactsS3AddressingStyle {
    PATH = "path",
    VIRTUAL_HYPHEN_HOSTED = "virtual-hosted"
}
export interface WorkflowTemplateSpecTemplatesDagTasksHooksArgumentsArtifactsS3CaSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplatesDagTasksHooksArgumentsArtifactsS3CreateBucketIfNotPresent {
    readonly objectLocking?: boolean;
}
export interface WorkflowTemplateSpecTemplatesDagTasksHooksArgumentsArtifactsS3EncryptionOptions {
    readonly enableEncryption?: boolean;
    readonly kmsEncryptionContext?: string;
    readonly kmsKeyId?: string;
    readonly serverSideCustomerKeySecret?: WorkflowTemplateSpecTemplatesDagTasksHooksArgumentsArtifactsS3EncryptionOptionsServerSideCustomerKeySecret;
}
export interface WorkflowTemplateSpecTemplatesDagTasksHooksArgumentsArtifactsS3SecretKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplatesDagTasksHooksArgumentsArtifactsS3SessionTokenSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplatesDagTasksHooksArgumentsParametersValueFromConfigMapKeyRef {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplatesDataSourceArtifactPathsHttpAuthBasicAuthPasswordSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplatesDataSourceArtifactPathsHttpAuthBasicAuthUsernameSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplatesDataSourceArtifactPathsHttpAuthClientCertClientCertSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplatesDataSourceArtifactPathsHttpAuthClientCertClientKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplatesDataSourceArtifactPathsHttpAuthOauth2ClientIdSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplatesDataSourceArtifactPathsHttpAuthOauth2ClientSecretSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplatesDataSourceArtifactPathsHttpAuthOauth2EndpointParams {
    readonly key: string;
    readonly value?: string;
}
export interface WorkflowTemplateSpecTemplatesDataSourceArtifactPathsHttpAuthOauth2TokenUrlSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplatesResourceManifestFromArtifactHttpAuthBasicAuthPasswordSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplatesResourceManifestFromArtifactHttpAuthBasicAuthUsernameSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplatesResourceManifestFromArtifactHttpAuthClientCertClientCertSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplatesResourceManifestFromArtifactHttpAuthClientCertClientKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplatesResourceManifestFromArtifactHttpAuthOauth2ClientIdSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplatesResourceManifestFromArtifactHttpAuthOauth2ClientSecretSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplatesResourceManifestFromArtifactHttpAuthOauth2EndpointParams {
    readonly key: string;
    readonly value?: string;
}
export interface WorkflowTemplateSpecTemplatesResourceManifestFromArtifactHttpAuthOauth2TokenUrlSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplatesStepsArgumentsArtifactsHttpAuthBasicAuthPasswordSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplatesStepsArgumentsArtifactsHttpAuthBasicAuthUsernameSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplatesStepsArgumentsArtifactsHttpAuthClientCertClientCertSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplatesStepsArgumentsArtifactsHttpAuthClientCertClientKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplatesStepsArgumentsArtifactsHttpAuthOauth2ClientIdSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplatesStepsArgumentsArtifactsHttpAuthOauth2ClientSecretSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplatesStepsArgumentsArtifactsHttpAuthOauth2EndpointParams {
    readonly key: string;
    readonly value?: string;
}
export interface WorkflowTemplateSpecTemplatesStepsArgumentsArtifactsHttpAuthOauth2TokenUrlSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplatesStepsHooksArgumentsArtifactsHttpAuthBasicAuth {
    readonly passwordSecret?: WorkflowTemplateSpecTemplatesStepsHooksArgumentsArtifactsHttpAuthBasicAuthPasswordSecret;
    readonly usernameSecret?: WorkflowTemplateSpecTemplatesStepsHooksArgumentsArtifactsHttpAuthBasicAuthUsernameSecret;
}
export interface WorkflowTemplateSpecTemplatesStepsHooksArgumentsArtifactsHttpAuthClientCert {
    readonly clientCertSecret?: WorkflowTemplateSpecTemplatesStepsHooksArgumentsArtifactsHttpAuthClientCertClientCertSecret;
    readonly clientKeySecret?: WorkflowTemplateSpecTemplatesStepsHooksArgumentsArtifactsHttpAuthClientCertClientKeySecret;
}
export interface WorkflowTemplateSpecTemplatesStepsHooksArgumentsArtifactsHttpAuthOauth2 {
    readonly clientIdSecret?: WorkflowTemplateSpecTemplatesStepsHooksArgumentsArtifactsHttpAuthOauth2ClientIdSecret;
    readonly clientSecretSecret?: WorkflowTemplateSpecTemplatesStepsHooksArgumentsArtifactsHttpAuthOauth2ClientSecretSecret;
    readonly endpointParams?: WorkflowTemplateSpecTemplatesStepsHooksArgumentsArtifactsHttpAuthOauth2EndpointParams[];
    readonly scopes?: string[];
    readonly tokenUrlSecret?: WorkflowTemplateSpecTemplatesStepsHooksArgumentsArtifactsHttpAuthOauth2TokenUrlSecret;
}
export interface WorkflowTemplateSpecTemplatesStepsHooksArgumentsArtifactsS3EncryptionOptionsServerSideCustomerKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export declare class WorkflowTemplateSpecTemplatesVolumesProjectedSourcesDownwardApiItemsResourceFieldRefDivisor {
    readonly value: number | string;
    static fromNumber(value: number): WorkflowTemplateSpecTemplatesVolumesProjectedSourcesDownwardApiItemsResourceFieldRefDivisor;
    static fromString(value: string): WorkflowTemplateSpecTemplatesVolumesProjectedSourcesDownwardApiItemsResourceFieldRefDivisor;
    private constructor();
}
export interface WorkflowTemplateSpecTemplateDefaultsDagTasksArgumentsArtifactsHttpAuthBasicAuthPasswordSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplateDefaultsDagTasksArgumentsArtifactsHttpAuthBasicAuthUsernameSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplateDefaultsDagTasksArgumentsArtifactsHttpAuthClientCertClientCertSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplateDefaultsDagTasksArgumentsArtifactsHttpAuthClientCertClientKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplateDefaultsDagTasksArgumentsArtifactsHttpAuthOauth2ClientIdSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplateDefaultsDagTasksArgumentsArtifactsHttpAuthOauth2ClientSecretSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplateDefaultsDagTasksArgumentsArtifactsHttpAuthOauth2EndpointParams {
    readonly key: string;
    readonly value?: string;
}
export interface WorkflowTemplateSpecTemplateDefaultsDagTasksArgumentsArtifactsHttpAuthOauth2TokenUrlSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplateDefaultsDagTasksHooksArgumentsArtifactsHttpAuthBasicAuth {
    readonly passwordSecret?: WorkflowTemplateSpecTemplateDefaultsDagTasksHooksArgumentsArtifactsHttpAuthBasicAuthPasswordSecret;
    readonly usernameSecret?: WorkflowTemplateSpecTemplateDefaultsDagTasksHooksArgumentsArtifactsHttpAuthBasicAuthUsernameSecret;
}
export interface WorkflowTemplateSpecTemplateDefaultsDagTasksHooksArgumentsArtifactsHttpAuthClientCert {
    readonly clientCertSecret?: WorkflowTemplateSpecTemplateDefaultsDagTasksHooksArgumentsArtifactsHttpAuthClientCertClientCertSecret;
    readonly clientKeySecret?: WorkflowTemplateSpecTemplateDefaultsDagTasksHooksArgumentsArtifactsHttpAuthClientCertClientKeySecret;
}
export interface WorkflowTemplateSpecTemplateDefaultsDagTasksHooksArgumentsArtifactsHttpAuthOauth2 {
    readonly clientIdSecret?: WorkflowTemplateSpecTemplateDefaultsDagTasksHooksArgumentsArtifactsHttpAuthOauth2ClientIdSecret;
    readonly clientSecretSecret?: WorkflowTemplateSpecTemplateDefaultsDagTasksHooksArgumentsArtifactsHttpAuthOauth2ClientSecretSecret;
    readonly endpointParams?: WorkflowTemplateSpecTemplateDefaultsDagTasksHooksArgumentsArtifactsHttpAuthOauth2EndpointParams[];
    readonly scopes?: string[];
    readonly tokenUrlSecret?: WorkflowTemplateSpecTemplateDefaultsDagTasksHooksArgumentsArtifactsHttpAuthOauth2TokenUrlSecret;
}
export interface WorkflowTemplateSpecTemplateDefaultsDagTasksHooksArgumentsArtifactsS3EncryptionOptionsServerSideCustomerKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplateDefaultsStepsHooksArgumentsArtifactsHttpAuthBasicAuthPasswordSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplateDefaultsStepsHooksArgumentsArtifactsHttpAuthBasicAuthUsernameSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplateDefaultsStepsHooksArgumentsArtifactsHttpAuthClientCertClientCertSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplateDefaultsStepsHooksArgumentsArtifactsHttpAuthClientCertClientKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplateDefaultsStepsHooksArgumentsArtifactsHttpAuthOauth2ClientIdSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplateDefaultsStepsHooksArgumentsArtifactsHttpAuthOauth2ClientSecretSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplateDefaultsStepsHooksArgumentsArtifactsHttpAuthOauth2EndpointParams {
    readonly key: string;
    readonly value?: string;
}
export interface WorkflowTemplateSpecTemplateDefaultsStepsHooksArgumentsArtifactsHttpAuthOauth2TokenUrlSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplatesDagTasksArgumentsArtifactsHttpAuthBasicAuthPasswordSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplatesDagTasksArgumentsArtifactsHttpAuthBasicAuthUsernameSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplatesDagTasksArgumentsArtifactsHttpAuthClientCertClientCertSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplatesDagTasksArgumentsArtifactsHttpAuthClientCertClientKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplatesDagTasksArgumentsArtifactsHttpAuthOauth2ClientIdSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplatesDagTasksArgumentsArtifactsHttpAuthOauth2ClientSecretSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplatesDagTasksArgumentsArtifactsHttpAuthOauth2EndpointParams {
    readonly key: string;
    readonly value?: string;
}
export interface WorkflowTemplateSpecTemplatesDagTasksArgumentsArtifactsHttpAuthOauth2TokenUrlSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplatesDagTasksHooksArgumentsArtifactsHttpAuthBasicAuth {
    readonly passwordSecret?: WorkflowTemplateSpecTemplatesDagTasksHooksArgumentsArtifactsHttpAuthBasicAuthPasswordSecret;
    readonly usernameSecret?: WorkflowTemplateSpecTemplatesDagTasksHooksArgumentsArtifactsHttpAuthBasicAuthUsernameSecret;
}
export interface WorkflowTemplateSpecTemplatesDagTasksHooksArgumentsArtifactsHttpAuthClientCert {
    readonly clientCertSecret?: WorkflowTemplateSpecTemplatesDagTasksHooksArgumentsArtifactsHttpAuthClientCertClientCertSecret;
    readonly clientKeySecret?: WorkflowTemplateSpecTemplatesDagTasksHooksArgumentsArtifactsHttpAuthClientCertClientKeySecret;
}
export interface WorkflowTemplateSpecTemplatesDagTasksHooksArgumentsArtifactsHttpAuthOauth2 {
    readonly clientIdSecret?: WorkflowTemplateSpecTemplatesDagTasksHooksArgumentsArtifactsHttpAuthOauth2ClientIdSecret;
    readonly clientSecretSecret?: WorkflowTemplateSpecTemplatesDagTasksHooksArgumentsArtifactsHttpAuthOauth2ClientSecretSecret;
    readonly endpointParams?: WorkflowTemplateSpecTemplatesDagTasksHooksArgumentsArtifactsHttpAuthOauth2EndpointParams[];
    readonly scopes?: string[];
    readonly tokenUrlSecret?: WorkflowTemplateSpecTemplatesDagTasksHooksArgumentsArtifactsHttpAuthOauth2TokenUrlSecret;
}
export interface WorkflowTemplateSpecTemplatesDagTasksHooksArgumentsArtifactsS3EncryptionOptionsServerSideCustomerKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplatesStepsHooksArgumentsArtifactsHttpAuthBasicAuthPasswordSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplatesStepsHooksArgumentsArtifactsHttpAuthBasicAuthUsernameSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplatesStepsHooksArgumentsArtifactsHttpAuthClientCertClientCertSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplatesStepsHooksArgumentsArtifactsHttpAuthClientCertClientKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplatesStepsHooksArgumentsArtifactsHttpAuthOauth2ClientIdSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplatesStepsHooksArgumentsArtifactsHttpAuthOauth2ClientSecretSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplatesStepsHooksArgumentsArtifactsHttpAuthOauth2EndpointParams {
    readonly key: string;
    readonly value?: string;
}
export interface WorkflowTemplateSpecTemplatesStepsHooksArgumentsArtifactsHttpAuthOauth2TokenUrlSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplateDefaultsDagTasksHooksArgumentsArtifactsHttpAuthBasicAuthPasswordSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplateDefaultsDagTasksHooksArgumentsArtifactsHttpAuthBasicAuthUsernameSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplateDefaultsDagTasksHooksArgumentsArtifactsHttpAuthClientCertClientCertSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplateDefaultsDagTasksHooksArgumentsArtifactsHttpAuthClientCertClientKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplateDefaultsDagTasksHooksArgumentsArtifactsHttpAuthOauth2ClientIdSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplateDefaultsDagTasksHooksArgumentsArtifactsHttpAuthOauth2ClientSecretSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplateDefaultsDagTasksHooksArgumentsArtifactsHttpAuthOauth2EndpointParams {
    readonly key: string;
    readonly value?: string;
}
export interface WorkflowTemplateSpecTemplateDefaultsDagTasksHooksArgumentsArtifactsHttpAuthOauth2TokenUrlSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplatesDagTasksHooksArgumentsArtifactsHttpAuthBasicAuthPasswordSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplatesDagTasksHooksArgumentsArtifactsHttpAuthBasicAuthUsernameSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplatesDagTasksHooksArgumentsArtifactsHttpAuthClientCertClientCertSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplatesDagTasksHooksArgumentsArtifactsHttpAuthClientCertClientKeySecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplatesDagTasksHooksArgumentsArtifactsHttpAuthOauth2ClientIdSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplatesDagTasksHooksArgumentsArtifactsHttpAuthOauth2ClientSecretSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
export interface WorkflowTemplateSpecTemplatesDagTasksHooksArgumentsArtifactsHttpAuthOauth2EndpointParams {
    readonly key: string;
    readonly value?: string;
}
export interface WorkflowTemplateSpecTemplatesDagTasksHooksArgumentsArtifactsHttpAuthOauth2TokenUrlSecret {
    readonly key: string;
    readonly name?: string;
    readonly optional?: boolean;
}
