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
export interface ScaledObjectSpecAdvanced {
    readonly horizontalPodAutoscalerConfig?: ScaledObjectSpecAdvancedHorizontalPodAutoscalerConfig;
    readonly restoreToOriginalReplicaCount?: boolean;
    readonly scalingModifiers?: ScaledObjectSpecAdvancedScalingModifiers;
}
export interface ScaledObjectSpecFallback {
    readonly behavior?: ScaledObjectSpecFallbackBehavior;
    readonly failureThreshold: number;
    readonly replicas: number;
}
export interface ScaledObjectSpecScaleTargetRef {
    readonly apiVersion?: string;
    readonly envSourceContainerName?: string;
    readonly kind?: string;
    readonly name: string;
}
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
export interface ScaledObjectSpecAdvancedHorizontalPodAutoscalerConfig {
    readonly behavior?: ScaledObjectSpecAdvancedHorizontalPodAutoscalerConfigBehavior;
    readonly name?: string;
}
export interface ScaledObjectSpecAdvancedScalingModifiers {
    readonly activationTarget?: string;
    readonly formula?: string;
    readonly metricType?: ScaledObjectSpecAdvancedScalingModifiersMetricType;
    readonly target?: string;
}
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
export interface ScaledObjectSpecAdvancedHorizontalPodAutoscalerConfigBehavior {
    readonly scaleDown?: ScaledObjectSpecAdvancedHorizontalPodAutoscalerConfigBehaviorScaleDown;
    readonly scaleUp?: ScaledObjectSpecAdvancedHorizontalPodAutoscalerConfigBehaviorScaleUp;
}
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
export interface ScaledObjectSpecAdvancedHorizontalPodAutoscalerConfigBehaviorScaleUp {
    readonly policies?: ScaledObjectSpecAdvancedHorizontalPodAutoscalerConfigBehaviorScaleUpPolicies[];
    readonly selectPolicy?: string;
    readonly stabilizationWindowSeconds?: number;
    readonly tolerance?: ScaledObjectSpecAdvancedHorizontalPodAutoscalerConfigBehaviorScaleUpTolerance;
}
export interface ScaledObjectSpecAdvancedHorizontalPodAutoscalerConfigBehaviorScaleDownPolicies {
    readonly periodSeconds: number;
    readonly type: string;
    readonly value: number;
}
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
export declare class ScaledObjectSpecAdvancedHorizontalPodAutoscalerConfigBehaviorScaleUpTolerance {
    readonly value: number | string;
    static fromNumber(value: number): ScaledObjectSpecAdvancedHorizontalPodAutoscalerConfigBehaviorScaleUpTolerance;
    static fromString(value: string): ScaledObjectSpecAdvancedHorizontalPodAutoscalerConfigBehaviorScaleUpTolerance;
    private constructor();
}
