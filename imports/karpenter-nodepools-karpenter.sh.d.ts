import { ApiObject, ApiObjectMetadata, GroupVersionKind } from 'cdk8s';
import { Construct } from 'constructs';
export declare class NodePool extends ApiObject {
    static readonly GVK: GroupVersionKind;
    static manifest(props: NodePoolProps): any;
    constructor(scope: Construct, id: string, props: NodePoolProps);
    toJson(): any;
}
export interface NodePoolProps {
    readonly metadata?: ApiObjectMetadata;
    readonly spec: NodePoolSpec;
}
export interface NodePoolSpec {
    readonly disruption?: NodePoolSpecDisruption;
    readonly limits?: {
        [key: string]: NodePoolSpecLimits;
    };
    readonly replicas?: number;
    readonly template: NodePoolSpecTemplate;
    readonly weight?: number;
}
export interface NodePoolSpecDisruption {
    readonly budgets?: NodePoolSpecDisruptionBudgets[];
    readonly consolidateAfter: string;
    readonly consolidationPolicy?: NodePoolSpecDisruptionConsolidationPolicy;
}
export declare class NodePoolSpecLimits {
    readonly value: number | string;
    static fromNumber(value: number): NodePoolSpecLimits;
    static fromString(value: string): NodePoolSpecLimits;
    private constructor();
}
export interface NodePoolSpecTemplate {
    readonly metadata?: NodePoolSpecTemplateMetadata;
    readonly spec: NodePoolSpecTemplateSpec;
}
export interface NodePoolSpecDisruptionBudgets {
    readonly duration?: string;
    readonly nodes: string;
    readonly reasons?: NodePoolSpecDisruptionBudgetsReasons[];
    readonly schedule?: string;
}
export declare enum NodePoolSpecDisruptionConsolidationPolicy {
    WHEN_EMPTY = "WhenEmpty",
    WHEN_EMPTY_OR_UNDERUTILIZED = "WhenEmptyOrUnderutilized",
    BALANCED = "Balanced"
}
export interface NodePoolSpecTemplateMetadata {
    readonly annotations?: {
        [key: string]: string;
    };
    readonly labels?: {
        [key: string]: string;
    };
}
export interface NodePoolSpecTemplateSpec {
    readonly expireAfter?: string;
    readonly nodeClassRef: NodePoolSpecTemplateSpecNodeClassRef;
    readonly requirements: NodePoolSpecTemplateSpecRequirements[];
    readonly startupTaints?: NodePoolSpecTemplateSpecStartupTaints[];
    readonly taints?: NodePoolSpecTemplateSpecTaints[];
    readonly terminationGracePeriod?: string;
}
export declare enum NodePoolSpecDisruptionBudgetsReasons {
    UNDERUTILIZED = "Underutilized",
    EMPTY = "Empty",
    DRIFTED = "Drifted"
}
export interface NodePoolSpecTemplateSpecNodeClassRef {
    readonly group: string;
    readonly kind: string;
    readonly name: string;
}
export interface NodePoolSpecTemplateSpecRequirements {
    readonly key: string;
    readonly minValues?: number;
    readonly operator: NodePoolSpecTemplateSpecRequirementsOperator;
    readonly values?: string[];
}
export interface NodePoolSpecTemplateSpecStartupTaints {
    readonly effect: NodePoolSpecTemplateSpecStartupTaintsEffect;
    readonly key: string;
    readonly timeAdded?: Date;
    readonly value?: string;
}
export interface NodePoolSpecTemplateSpecTaints {
    readonly effect: NodePoolSpecTemplateSpecTaintsEffect;
    readonly key: string;
    readonly timeAdded?: Date;
    readonly value?: string;
}
export declare enum NodePoolSpecTemplateSpecRequirementsOperator {
    GTE = "Gte",
    LTE = "Lte",
    IN = "In",
    NOT_IN = "NotIn",
    EXISTS = "Exists",
    DOES_NOT_EXIST = "DoesNotExist",
    GT = "Gt",
    LT = "Lt"
}
export declare enum NodePoolSpecTemplateSpecStartupTaintsEffect {
    NO_SCHEDULE = "NoSchedule",
    PREFER_NO_SCHEDULE = "PreferNoSchedule",
    NO_EXECUTE = "NoExecute"
}
export declare enum NodePoolSpecTemplateSpecTaintsEffect {
    NO_SCHEDULE = "NoSchedule",
    PREFER_NO_SCHEDULE = "PreferNoSchedule",
    NO_EXECUTE = "NoExecute"
}
