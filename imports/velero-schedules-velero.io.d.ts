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
export declare function toJson_ScheduleProps(obj: ScheduleProps | undefined): Record<string, any> | undefined;
export interface ScheduleSpec {
    readonly paused?: boolean;
    readonly schedule: string;
    readonly skipImmediately?: boolean;
    readonly template: ScheduleSpecTemplate;
    readonly useOwnerReferencesInBackup?: boolean;
}
export declare function toJson_ScheduleSpec(obj: ScheduleSpec | undefined): Record<string, any> | undefined;
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
export declare function toJson_ScheduleSpecTemplate(obj: ScheduleSpecTemplate | undefined): Record<string, any> | undefined;
export interface ScheduleSpecTemplateHooks {
    readonly resources?: ScheduleSpecTemplateHooksResources[];
}
export declare function toJson_ScheduleSpecTemplateHooks(obj: ScheduleSpecTemplateHooks | undefined): Record<string, any> | undefined;
export interface ScheduleSpecTemplateLabelSelector {
    readonly matchExpressions?: ScheduleSpecTemplateLabelSelectorMatchExpressions[];
    readonly matchLabels?: {
        [key: string]: string;
    };
}
export declare function toJson_ScheduleSpecTemplateLabelSelector(obj: ScheduleSpecTemplateLabelSelector | undefined): Record<string, any> | undefined;
export interface ScheduleSpecTemplateMetadata {
    readonly labels?: {
        [key: string]: string;
    };
}
export declare function toJson_ScheduleSpecTemplateMetadata(obj: ScheduleSpecTemplateMetadata | undefined): Record<string, any> | undefined;
export interface ScheduleSpecTemplateOrLabelSelectors {
    readonly matchExpressions?: ScheduleSpecTemplateOrLabelSelectorsMatchExpressions[];
    readonly matchLabels?: {
        [key: string]: string;
    };
}
export declare function toJson_ScheduleSpecTemplateOrLabelSelectors(obj: ScheduleSpecTemplateOrLabelSelectors | undefined): Record<string, any> | undefined;
export interface ScheduleSpecTemplateResourcePolicy {
    readonly apiGroup?: string;
    readonly kind: string;
    readonly name: string;
}
export declare function toJson_ScheduleSpecTemplateResourcePolicy(obj: ScheduleSpecTemplateResourcePolicy | undefined): Record<string, any> | undefined;
export interface ScheduleSpecTemplateUploaderConfig {
    readonly parallelFilesUpload?: number;
}
export declare function toJson_ScheduleSpecTemplateUploaderConfig(obj: ScheduleSpecTemplateUploaderConfig | undefined): Record<string, any> | undefined;
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
export declare function toJson_ScheduleSpecTemplateHooksResources(obj: ScheduleSpecTemplateHooksResources | undefined): Record<string, any> | undefined;
export interface ScheduleSpecTemplateLabelSelectorMatchExpressions {
    readonly key: string;
    readonly operator: string;
    readonly values?: string[];
}
export declare function toJson_ScheduleSpecTemplateLabelSelectorMatchExpressions(obj: ScheduleSpecTemplateLabelSelectorMatchExpressions | undefined): Record<string, any> | undefined;
export interface ScheduleSpecTemplateOrLabelSelectorsMatchExpressions {
    readonly key: string;
    readonly operator: string;
    readonly values?: string[];
}
export declare function toJson_ScheduleSpecTemplateOrLabelSelectorsMatchExpressions(obj: ScheduleSpecTemplateOrLabelSelectorsMatchExpressions | undefined): Record<string, any> | undefined;
export interface ScheduleSpecTemplateHooksResourcesLabelSelector {
    readonly matchExpressions?: ScheduleSpecTemplateHooksResourcesLabelSelectorMatchExpressions[];
    readonly matchLabels?: {
        [key: string]: string;
    };
}
export declare function toJson_ScheduleSpecTemplateHooksResourcesLabelSelector(obj: ScheduleSpecTemplateHooksResourcesLabelSelector | undefined): Record<string, any> | undefined;
export interface ScheduleSpecTemplateHooksResourcesPost {
    readonly exec: ScheduleSpecTemplateHooksResourcesPostExec;
}
export declare function toJson_ScheduleSpecTemplateHooksResourcesPost(obj: ScheduleSpecTemplateHooksResourcesPost | undefined): Record<string, any> | undefined;
export interface ScheduleSpecTemplateHooksResourcesPre {
    readonly exec: ScheduleSpecTemplateHooksResourcesPreExec;
}
export declare function toJson_ScheduleSpecTemplateHooksResourcesPre(obj: ScheduleSpecTemplateHooksResourcesPre | undefined): Record<string, any> | undefined;
export interface ScheduleSpecTemplateHooksResourcesLabelSelectorMatchExpressions {
    readonly key: string;
    readonly operator: string;
    readonly values?: string[];
}
export declare function toJson_ScheduleSpecTemplateHooksResourcesLabelSelectorMatchExpressions(obj: ScheduleSpecTemplateHooksResourcesLabelSelectorMatchExpressions | undefined): Record<string, any> | undefined;
export interface ScheduleSpecTemplateHooksResourcesPostExec {
    readonly command: string[];
    readonly container?: string;
    readonly onError?: ScheduleSpecTemplateHooksResourcesPostExecOnError;
    readonly timeout?: string;
}
export declare function toJson_ScheduleSpecTemplateHooksResourcesPostExec(obj: ScheduleSpecTemplateHooksResourcesPostExec | undefined): Record<string, any> | undefined;
export interface ScheduleSpecTemplateHooksResourcesPreExec {
    readonly command: string[];
    readonly container?: string;
    readonly onError?: ScheduleSpecTemplateHooksResourcesPreExecOnError;
    readonly timeout?: string;
}
export declare function toJson_ScheduleSpecTemplateHooksResourcesPreExec(obj: ScheduleSpecTemplateHooksResourcesPreExec | undefined): Record<string, any> | undefined;
export declare enum ScheduleSpecTemplateHooksResourcesPostExecOnError {
    CONTINUE = "Continue",
    FAIL = "Fail"
}
export declare enum ScheduleSpecTemplateHooksResourcesPreExecOnError {
    CONTINUE = "Continue",
    FAIL = "Fail"
}
