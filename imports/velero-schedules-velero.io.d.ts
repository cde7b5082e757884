import { ApiObject, ApiObjectMetadata, GroupVersionKind } from 'cdk8s';
import { Construct } from 'constructs';
export declare class Schedule extends ApiObject {
    static readonly GVK: GroupVersionKind;
    static manifest(props?: ScheduleProps): any;
    constructor(scope: Construct, id: string, props?: ScheduleProps);
    toJson(): any;
}
export interface ScheduleProps {
    readonly metadata?: ApiObjectMetadata;
    readonly spec?: ScheduleSpec;
}
export interface ScheduleSpec {
    readonly paused?: boolean;
    readonly schedule: string;
    readonly skipImmediately?: boolean;
    readonly template: ScheduleSpecTemplate;
    readonly useOwnerReferencesInBackup?: boolean;
}
export interface ScheduleSpecTemplate {
    readonly csiSnapshotTimeout?: string;
    readonly datamover?: string;
    readonly defaultVolumesToFsBackup?: boolean;
    readonly defaultVolumesToRestic?: boolean;
    readonly excludedClusterScopedResources?: string[];
    readonly excludedNamespaceScopedResources?: string[];
    readonly excludedNamespaces?: string[];
    readonly excludedResources?: string[];
    readonly hooks?: ScheduleSpecTemplateHooks;
    readonly includeClusterResources?: boolean;
    readonly includedClusterScopedResources?: string[];
    readonly includedNamespaceScopedResources?: string[];
    readonly includedNamespaces?: string[];
    readonly includedResources?: string[];
    readonly itemOperationTimeout?: string;
    readonly labelSelector?: ScheduleSpecTemplateLabelSelector;
    readonly metadata?: ScheduleSpecTemplateMetadata;
    readonly orLabelSelectors?: ScheduleSpecTemplateOrLabelSelectors[];
    readonly orderedResources?: {
        [key: string]: string;
    };
    readonly resourcePolicy?: ScheduleSpecTemplateResourcePolicy;
    readonly snapshotMoveData?: boolean;
    readonly snapshotVolumes?: boolean;
    readonly storageLocation?: string;
    readonly ttl?: string;
    readonly uploaderConfig?: ScheduleSpecTemplateUploaderConfig;
    readonly volumeGroupSnapshotLabelKey?: string;
    readonly volumeSnapshotLocations?: string[];
}
export interface ScheduleSpecTemplateHooks {
    readonly resources?: ScheduleSpecTemplateHooksResources[];
}
export interface ScheduleSpecTemplateLabelSelector {
    readonly matchExpressions?: ScheduleSpecTemplateLabelSelectorMatchExpressions[];
    readonly matchLabels?: {
        [key: string]: string;
    };
}
export interface ScheduleSpecTemplateMetadata {
    readonly labels?: {
        [key: string]: string;
    };
}
export interface ScheduleSpecTemplateOrLabelSelectors {
    readonly matchExpressions?: ScheduleSpecTemplateOrLabelSelectorsMatchExpressions[];
    readonly matchLabels?: {
        [key: string]: string;
    };
}
export interface ScheduleSpecTemplateResourcePolicy {
    readonly apiGroup?: string;
    readonly kind: string;
    readonly name: string;
}
export interface ScheduleSpecTemplateUploaderConfig {
    readonly parallelFilesUpload?: number;
}
export interface ScheduleSpecTemplateHooksResources {
    readonly excludedNamespaces?: string[];
    readonly excludedResources?: string[];
    readonly includedNamespaces?: string[];
    readonly includedResources?: string[];
    readonly labelSelector?: ScheduleSpecTemplateHooksResourcesLabelSelector;
    readonly name: string;
    readonly post?: ScheduleSpecTemplateHooksResourcesPost[];
    readonly pre?: ScheduleSpecTemplateHooksResourcesPre[];
}
export interface ScheduleSpecTemplateLabelSelectorMatchExpressions {
    readonly key: string;
    readonly operator: string;
    readonly values?: string[];
}
export interface ScheduleSpecTemplateOrLabelSelectorsMatchExpressions {
    readonly key: string;
    readonly operator: string;
    readonly values?: string[];
}
export interface ScheduleSpecTemplateHooksResourcesLabelSelector {
    readonly matchExpressions?: ScheduleSpecTemplateHooksResourcesLabelSelectorMatchExpressions[];
    readonly matchLabels?: {
        [key: string]: string;
    };
}
export interface ScheduleSpecTemplateHooksResourcesPost {
    readonly exec: ScheduleSpecTemplateHooksResourcesPostExec;
}
export interface ScheduleSpecTemplateHooksResourcesPre {
    readonly exec: ScheduleSpecTemplateHooksResourcesPreExec;
}
export interface ScheduleSpecTemplateHooksResourcesLabelSelectorMatchExpressions {
    readonly key: string;
    readonly operator: string;
    readonly values?: string[];
}
export interface ScheduleSpecTemplateHooksResourcesPostExec {
    readonly command: string[];
    readonly container?: string;
    readonly onError?: ScheduleSpecTemplateHooksResourcesPostExecOnError;
    readonly timeout?: string;
}
export interface ScheduleSpecTemplateHooksResourcesPreExec {
    readonly command: string[];
    readonly container?: string;
    readonly onError?: ScheduleSpecTemplateHooksResourcesPreExecOnError;
    readonly timeout?: string;
}
export declare enum ScheduleSpecTemplateHooksResourcesPostExecOnError {
    CONTINUE = "Continue",
    FAIL = "Fail"
}
export declare enum ScheduleSpecTemplateHooksResourcesPreExecOnError {
    CONTINUE = "Continue",
    FAIL = "Fail"
}
