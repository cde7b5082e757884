"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.ScaledObjectSpecAdvancedHorizontalPodAutoscalerConfigBehaviorScaleUpTolerance = exports.ScaledObjectSpecAdvancedHorizontalPodAutoscalerConfigBehaviorScaleDownTolerance = exports.ScaledObjectSpecTriggersAuthenticationRefKind = exports.ScaledObjectSpecAdvancedScalingModifiersMetricType = exports.ScaledObjectSpecFallbackBehavior = exports.ScaledObject = void 0;
const lean_serializers_1 = require("./lean-serializers");
const cdk8s_1 = require("cdk8s");
class ScaledObject extends cdk8s_1.ApiObject {
    static GVK = {
        apiVersion: 'keda.sh/v1alpha1',
        kind: 'ScaledObject',
    };
    static manifest(props) {
        return {
            ...ScaledObject.GVK,
            ...toJson_ScaledObjectProps(props),
        };
    }
    constructor(scope, id, props) {
        super(scope, id, {
            ...ScaledObject.GVK,
            ...props,
        });
    }
    toJson() {
        const resolved = super.toJson();
        return {
            ...ScaledObject.GVK,
            ...toJson_ScaledObjectProps(resolved),
        };
    }
}
exports.ScaledObject = ScaledObject;
function toJson_ScaledObjectProps(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'metadata': obj.metadata,
        'spec': toJson_ScaledObjectSpec(obj.spec),
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_ScaledObjectSpec(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'advanced': toJson_ScaledObjectSpecAdvanced(obj.advanced),
        'cooldownPeriod': obj.cooldownPeriod,
        'fallback': toJson_ScaledObjectSpecFallback(obj.fallback),
        'idleReplicaCount': obj.idleReplicaCount,
        'initialCooldownPeriod': obj.initialCooldownPeriod,
        'maxReplicaCount': obj.maxReplicaCount,
        'minReplicaCount': obj.minReplicaCount,
        'pollingInterval': obj.pollingInterval,
        'scaleTargetRef': toJson_ScaledObjectSpecScaleTargetRef(obj.scaleTargetRef),
        'triggers': obj.triggers?.map(y => toJson_ScaledObjectSpecTriggers(y)),
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_ScaledObjectSpecAdvanced(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'horizontalPodAutoscalerConfig': toJson_ScaledObjectSpecAdvancedHorizontalPodAutoscalerConfig(obj.horizontalPodAutoscalerConfig),
        'restoreToOriginalReplicaCount': obj.restoreToOriginalReplicaCount,
        'scalingModifiers': toJson_ScaledObjectSpecAdvancedScalingModifiers(obj.scalingModifiers),
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_ScaledObjectSpecFallback(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'behavior': obj.behavior,
        'failureThreshold': obj.failureThreshold,
        'replicas': obj.replicas,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_ScaledObjectSpecScaleTargetRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'apiVersion': obj.apiVersion,
        'envSourceContainerName': obj.envSourceContainerName,
        'kind': obj.kind,
        'name': obj.name,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_ScaledObjectSpecTriggers(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'authenticationRef': toJson_ScaledObjectSpecTriggersAuthenticationRef(obj.authenticationRef),
        'metadata': ((obj.metadata) === undefined) ? undefined : ((0, lean_serializers_1.mapDefinedEntries)(obj.metadata, (value) => value)),
        'metricType': obj.metricType,
        'name': obj.name,
        'type': obj.type,
        'useCachedMetrics': obj.useCachedMetrics,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_ScaledObjectSpecAdvancedHorizontalPodAutoscalerConfig(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'behavior': toJson_ScaledObjectSpecAdvancedHorizontalPodAutoscalerConfigBehavior(obj.behavior),
        'name': obj.name,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_ScaledObjectSpecAdvancedScalingModifiers(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'activationTarget': obj.activationTarget,
        'formula': obj.formula,
        'metricType': obj.metricType,
        'target': obj.target,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
var ScaledObjectSpecFallbackBehavior;
(function (ScaledObjectSpecFallbackBehavior) {
    ScaledObjectSpecFallbackBehavior["STATIC"] = "static";
    ScaledObjectSpecFallbackBehavior["CURRENT_REPLICAS"] = "currentReplicas";
    ScaledObjectSpecFallbackBehavior["CURRENT_REPLICAS_IF_HIGHER"] = "currentReplicasIfHigher";
    ScaledObjectSpecFallbackBehavior["CURRENT_REPLICAS_IF_LOWER"] = "currentReplicasIfLower";
    ScaledObjectSpecFallbackBehavior["SCALING_MODIFIERS"] = "scalingModifiers";
})(ScaledObjectSpecFallbackBehavior || (exports.ScaledObjectSpecFallbackBehavior = ScaledObjectSpecFallbackBehavior = {}));
function toJson_ScaledObjectSpecTriggersAuthenticationRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'kind': obj.kind,
        'name': obj.name,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_ScaledObjectSpecAdvancedHorizontalPodAutoscalerConfigBehavior(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'scaleDown': toJson_ScaledObjectSpecAdvancedHorizontalPodAutoscalerConfigBehaviorScaleDown(obj.scaleDown),
        'scaleUp': toJson_ScaledObjectSpecAdvancedHorizontalPodAutoscalerConfigBehaviorScaleUp(obj.scaleUp),
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
var ScaledObjectSpecAdvancedScalingModifiersMetricType;
(function (ScaledObjectSpecAdvancedScalingModifiersMetricType) {
    ScaledObjectSpecAdvancedScalingModifiersMetricType["AVERAGE_VALUE"] = "AverageValue";
    ScaledObjectSpecAdvancedScalingModifiersMetricType["VALUE"] = "Value";
})(ScaledObjectSpecAdvancedScalingModifiersMetricType || (exports.ScaledObjectSpecAdvancedScalingModifiersMetricType = ScaledObjectSpecAdvancedScalingModifiersMetricType = {}));
var ScaledObjectSpecTriggersAuthenticationRefKind;
(function (ScaledObjectSpecTriggersAuthenticationRefKind) {
    ScaledObjectSpecTriggersAuthenticationRefKind["TRIGGER_AUTHENTICATION"] = "TriggerAuthentication";
    ScaledObjectSpecTriggersAuthenticationRefKind["CLUSTER_TRIGGER_AUTHENTICATION"] = "ClusterTriggerAuthentication";
})(ScaledObjectSpecTriggersAuthenticationRefKind || (exports.ScaledObjectSpecTriggersAuthenticationRefKind = ScaledObjectSpecTriggersAuthenticationRefKind = {}));
function toJson_ScaledObjectSpecAdvancedHorizontalPodAutoscalerConfigBehaviorScaleDown(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'policies': obj.policies?.map(y => toJson_ScaledObjectSpecAdvancedHorizontalPodAutoscalerConfigBehaviorScaleDownPolicies(y)),
        'selectPolicy': obj.selectPolicy,
        'stabilizationWindowSeconds': obj.stabilizationWindowSeconds,
        'tolerance': obj.tolerance?.value,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_ScaledObjectSpecAdvancedHorizontalPodAutoscalerConfigBehaviorScaleUp(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'policies': obj.policies?.map(y => toJson_ScaledObjectSpecAdvancedHorizontalPodAutoscalerConfigBehaviorScaleUpPolicies(y)),
        'selectPolicy': obj.selectPolicy,
        'stabilizationWindowSeconds': obj.stabilizationWindowSeconds,
        'tolerance': obj.tolerance?.value,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_ScaledObjectSpecAdvancedHorizontalPodAutoscalerConfigBehaviorScaleDownPolicies(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'periodSeconds': obj.periodSeconds,
        'type': obj.type,
        'value': obj.value,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
class ScaledObjectSpecAdvancedHorizontalPodAutoscalerConfigBehaviorScaleDownTolerance {
    value;
    static fromNumber(value) {
        return new ScaledObjectSpecAdvancedHorizontalPodAutoscalerConfigBehaviorScaleDownTolerance(value);
    }
    static fromString(value) {
        return new ScaledObjectSpecAdvancedHorizontalPodAutoscalerConfigBehaviorScaleDownTolerance(value);
    }
    constructor(value) {
        this.value = value;
    }
}
exports.ScaledObjectSpecAdvancedHorizontalPodAutoscalerConfigBehaviorScaleDownTolerance = ScaledObjectSpecAdvancedHorizontalPodAutoscalerConfigBehaviorScaleDownTolerance;
function toJson_ScaledObjectSpecAdvancedHorizontalPodAutoscalerConfigBehaviorScaleUpPolicies(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'periodSeconds': obj.periodSeconds,
        'type': obj.type,
        'value': obj.value,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
class ScaledObjectSpecAdvancedHorizontalPodAutoscalerConfigBehaviorScaleUpTolerance {
    value;
    static fromNumber(value) {
        return new ScaledObjectSpecAdvancedHorizontalPodAutoscalerConfigBehaviorScaleUpTolerance(value);
    }
    static fromString(value) {
        return new ScaledObjectSpecAdvancedHorizontalPodAutoscalerConfigBehaviorScaleUpTolerance(value);
    }
    constructor(value) {
        this.value = value;
    }
}
exports.ScaledObjectSpecAdvancedHorizontalPodAutoscalerConfigBehaviorScaleUpTolerance = ScaledObjectSpecAdvancedHorizontalPodAutoscalerConfigBehaviorScaleUpTolerance;
