import { ApiObject, ApiObjectMetadata, GroupVersionKind } from 'cdk8s';
import { Construct } from 'constructs';
export declare class ScaledObject extends ApiObject {
    static readonly GVK: GroupVersionKind;
    static manifest(props: ScaledObjectProps): any;
    constructor(scope: Construct, id: string, props: ScaledObjectProps);
    toJson(): any;
}
export interface ScaledObjectProps {
    readonly metadata?: ApiObjectMetadata;
    readonly spec: ScaledObjectSpec;
}
export declare function toJson_ScaledObjectProps(obj: ScaledObjectProps | undefined): Record<string, any> | undefined;
export interface ScaledObjectSpec {
    readonly advanced?: ScaledObjectSpecAdvanced;
    readonly cooldownPeriod?: number;
    readonly fallback?: ScaledObjectSpecFallback;
    readonly idleReplicaCount?: number;
    readonly initialCooldownPeriod?: number;
    readonly maxReplicaCount?: number;
    readonly minReplicaCount?: number;
    readonly pollingInterval?: number;
    readonly scaleTargetRef: ScaledObjectSpecScaleTargetRef;
    readonly triggers: ScaledObjectSpecTriggers[];
}
export declare function toJson_ScaledObjectSpec(obj: ScaledObjectSpec | undefined): Record<string, any> | undefined;
export interface ScaledObjectSpecAdvanced {
    readonly horizontalPodAutoscalerConfig?: ScaledObjectSpecAdvancedHorizontalPodAutoscalerConfig;
    readonly restoreToOriginalReplicaCount?: boolean;
    readonly scalingModifiers?: ScaledObjectSpecAdvancedScalingModifiers;
}
export declare function toJson_ScaledObjectSpecAdvanced(obj: ScaledObjectSpecAdvanced | undefined): Record<string, any> | undefined;
export interface ScaledObjectSpecFallback {
    readonly behavior?: ScaledObjectSpecFallbackBehavior;
    readonly failureThreshold: number;
    readonly replicas: number;
}
export declare function toJson_ScaledObjectSpecFallback(obj: ScaledObjectSpecFallback | undefined): Record<string, any> | undefined;
export interface ScaledObjectSpecScaleTargetRef {
    readonly apiVersion?: string;
    readonly envSourceContainerName?: string;
    readonly kind?: string;
    readonly name: string;
}
export declare function toJson_ScaledObjectSpecScaleTargetRef(obj: ScaledObjectSpecScaleTargetRef | undefined): Record<string, any> | undefined;
export interface ScaledObjectSpecTriggers {
    readonly authenticationRef?: ScaledObjectSpecTriggersAuthenticationRef;
    readonly metadata: {
        [key: string]: string;
    };
    readonly metricType?: string;
    readonly name?: string;
    readonly type: string;
    readonly useCachedMetrics?: boolean;
}
export declare function toJson_ScaledObjectSpecTriggers(obj: ScaledObjectSpecTriggers | undefined): Record<string, any> | undefined;
export interface ScaledObjectSpecAdvancedHorizontalPodAutoscalerConfig {
    readonly behavior?: ScaledObjectSpecAdvancedHorizontalPodAutoscalerConfigBehavior;
    readonly name?: string;
}
export declare function toJson_ScaledObjectSpecAdvancedHorizontalPodAutoscalerConfig(obj: ScaledObjectSpecAdvancedHorizontalPodAutoscalerConfig | undefined): Record<string, any> | undefined;
export interface ScaledObjectSpecAdvancedScalingModifiers {
    readonly activationTarget?: string;
    readonly formula?: string;
    readonly metricType?: ScaledObjectSpecAdvancedScalingModifiersMetricType;
    readonly target?: string;
}
export declare function toJson_ScaledObjectSpecAdvancedScalingModifiers(obj: ScaledObjectSpecAdvancedScalingModifiers | undefined): Record<string, any> | undefined;
export declare enum ScaledObjectSpecFallbackBehavior {
    STATIC = "static",
    CURRENT_REPLICAS = "currentReplicas",
    CURRENT_REPLICAS_IF_HIGHER = "currentReplicasIfHigher",
    CURRENT_REPLICAS_IF_LOWER = "currentReplicasIfLower",
    SCALING_MODIFIERS = "scalingModifiers"
}
export interface ScaledObjectSpecTriggersAuthenticationRef {
    readonly kind?: ScaledObjectSpecTriggersAuthenticationRefKind;
    readonly name: string;
}
export declare function toJson_ScaledObjectSpecTriggersAuthenticationRef(obj: ScaledObjectSpecTriggersAuthenticationRef | undefined): Record<string, any> | undefined;
export interface ScaledObjectSpecAdvancedHorizontalPodAutoscalerConfigBehavior {
    readonly scaleDown?: ScaledObjectSpecAdvancedHorizontalPodAutoscalerConfigBehaviorScaleDown;
    readonly scaleUp?: ScaledObjectSpecAdvancedHorizontalPodAutoscalerConfigBehaviorScaleUp;
}
export declare function toJson_ScaledObjectSpecAdvancedHorizontalPodAutoscalerConfigBehavior(obj: ScaledObjectSpecAdvancedHorizontalPodAutoscalerConfigBehavior | undefined): Record<string, any> | undefined;
export declare enum ScaledObjectSpecAdvancedScalingModifiersMetricType {
    AVERAGE_VALUE = "AverageValue",
    VALUE = "Value"
}
export declare enum ScaledObjectSpecTriggersAuthenticationRefKind {
    TRIGGER_AUTHENTICATION = "TriggerAuthentication",
    CLUSTER_TRIGGER_AUTHENTICATION = "ClusterTriggerAuthentication"
}
export interface ScaledObjectSpecAdvancedHorizontalPodAutoscalerConfigBehaviorScaleDown {
    readonly policies?: ScaledObjectSpecAdvancedHorizontalPodAutoscalerConfigBehaviorScaleDownPolicies[];
    readonly selectPolicy?: string;
    readonly stabilizationWindowSeconds?: number;
    readonly tolerance?: ScaledObjectSpecAdvancedHorizontalPodAutoscalerConfigBehaviorScaleDownTolerance;
}
export declare function toJson_ScaledObjectSpecAdvancedHorizontalPodAutoscalerConfigBehaviorScaleDown(obj: ScaledObjectSpecAdvancedHorizontalPodAutoscalerConfigBehaviorScaleDown | undefined): Record<string, any> | undefined;
export interface ScaledObjectSpecAdvancedHorizontalPodAutoscalerConfigBehaviorScaleUp {
    readonly policies?: ScaledObjectSpecAdvancedHorizontalPodAutoscalerConfigBehaviorScaleUpPolicies[];
    readonly selectPolicy?: string;
    readonly stabilizationWindowSeconds?: number;
    readonly tolerance?: ScaledObjectSpecAdvancedHorizontalPodAutoscalerConfigBehaviorScaleUpTolerance;
}
export declare function toJson_ScaledObjectSpecAdvancedHorizontalPodAutoscalerConfigBehaviorScaleUp(obj: ScaledObjectSpecAdvancedHorizontalPodAutoscalerConfigBehaviorScaleUp | undefined): Record<string, any> | undefined;
export interface ScaledObjectSpecAdvancedHorizontalPodAutoscalerConfigBehaviorScaleDownPolicies {
    readonly periodSeconds: number;
    readonly type: string;
    readonly value: number;
}
export declare function toJson_ScaledObjectSpecAdvancedHorizontalPodAutoscalerConfigBehaviorScaleDownPolicies(obj: ScaledObjectSpecAdvancedHorizontalPodAutoscalerConfigBehaviorScaleDownPolicies | undefined): Record<string, any> | undefined;
export declare class ScaledObjectSpecAdvancedHorizontalPodAutoscalerConfigBehaviorScaleDownTolerance {
    readonly value: number | string;
    static fromNumber(value: number): ScaledObjectSpecAdvancedHorizontalPodAutoscalerConfigBehaviorScaleDownTolerance;
    static fromString(value: string): ScaledObjectSpecAdvancedHorizontalPodAutoscalerConfigBehaviorScaleDownTolerance;
    private constructor();
}
export interface ScaledObjectSpecAdvancedHorizontalPodAutoscalerConfigBehaviorScaleUpPolicies {
    readonly periodSeconds: number;
    readonly type: string;
    readonly value: number;
}
export declare function toJson_ScaledObjectSpecAdvancedHorizontalPodAutoscalerConfigBehaviorScaleUpPolicies(obj: ScaledObjectSpecAdvancedHorizontalPodAutoscalerConfigBehaviorScaleUpPolicies | undefined): Record<string, any> | undefined;
export declare class ScaledObjectSpecAdvancedHorizontalPodAutoscalerConfigBehaviorScaleUpTolerance {
    readonly value: number | string;
    static fromNumber(value: number): ScaledObjectSpecAdvancedHorizontalPodAutoscalerConfigBehaviorScaleUpTolerance;
    static fromString(value: string): ScaledObjectSpecAdvancedHorizontalPodAutoscalerConfigBehaviorScaleUpTolerance;
    private constructor();
}
