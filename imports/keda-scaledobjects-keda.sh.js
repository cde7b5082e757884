"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.ScaledObjectSpecAdvancedHorizontalPodAutoscalerConfigBehaviorScaleUpTolerance = exports.ScaledObjectSpecAdvancedHorizontalPodAutoscalerConfigBehaviorScaleDownTolerance = exports.ScaledObjectSpecTriggersAuthenticationRefKind = exports.ScaledObjectSpecAdvancedScalingModifiersMetricType = exports.ScaledObjectSpecFallbackBehavior = exports.ScaledObject = void 0;
exports.toJson_ScaledObjectProps = toJson_ScaledObjectProps;
exports.toJson_ScaledObjectSpec = toJson_ScaledObjectSpec;
exports.toJson_ScaledObjectSpecAdvanced = toJson_ScaledObjectSpecAdvanced;
exports.toJson_ScaledObjectSpecFallback = toJson_ScaledObjectSpecFallback;
exports.toJson_ScaledObjectSpecScaleTargetRef = toJson_ScaledObjectSpecScaleTargetRef;
exports.toJson_ScaledObjectSpecTriggers = toJson_ScaledObjectSpecTriggers;
exports.toJson_ScaledObjectSpecAdvancedHorizontalPodAutoscalerConfig = toJson_ScaledObjectSpecAdvancedHorizontalPodAutoscalerConfig;
exports.toJson_ScaledObjectSpecAdvancedScalingModifiers = toJson_ScaledObjectSpecAdvancedScalingModifiers;
exports.toJson_ScaledObjectSpecTriggersAuthenticationRef = toJson_ScaledObjectSpecTriggersAuthenticationRef;
exports.toJson_ScaledObjectSpecAdvancedHorizontalPodAutoscalerConfigBehavior = toJson_ScaledObjectSpecAdvancedHorizontalPodAutoscalerConfigBehavior;
exports.toJson_ScaledObjectSpecAdvancedHorizontalPodAutoscalerConfigBehaviorScaleDown = toJson_ScaledObjectSpecAdvancedHorizontalPodAutoscalerConfigBehaviorScaleDown;
exports.toJson_ScaledObjectSpecAdvancedHorizontalPodAutoscalerConfigBehaviorScaleUp = toJson_ScaledObjectSpecAdvancedHorizontalPodAutoscalerConfigBehaviorScaleUp;
exports.toJson_ScaledObjectSpecAdvancedHorizontalPodAutoscalerConfigBehaviorScaleDownPolicies = toJson_ScaledObjectSpecAdvancedHorizontalPodAutoscalerConfigBehaviorScaleDownPolicies;
exports.toJson_ScaledObjectSpecAdvancedHorizontalPodAutoscalerConfigBehaviorScaleUpPolicies = toJson_ScaledObjectSpecAdvancedHorizontalPodAutoscalerConfigBehaviorScaleUpPolicies;
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
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
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
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
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
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
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
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
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
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_ScaledObjectSpecTriggers(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'authenticationRef': toJson_ScaledObjectSpecTriggersAuthenticationRef(obj.authenticationRef),
        'metadata': ((obj.metadata) === undefined) ? undefined : (Object.entries(obj.metadata).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
        'metricType': obj.metricType,
        'name': obj.name,
        'type': obj.type,
        'useCachedMetrics': obj.useCachedMetrics,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_ScaledObjectSpecAdvancedHorizontalPodAutoscalerConfig(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'behavior': toJson_ScaledObjectSpecAdvancedHorizontalPodAutoscalerConfigBehavior(obj.behavior),
        'name': obj.name,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
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
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
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
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_ScaledObjectSpecAdvancedHorizontalPodAutoscalerConfigBehavior(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'scaleDown': toJson_ScaledObjectSpecAdvancedHorizontalPodAutoscalerConfigBehaviorScaleDown(obj.scaleDown),
        'scaleUp': toJson_ScaledObjectSpecAdvancedHorizontalPodAutoscalerConfigBehaviorScaleUp(obj.scaleUp),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
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
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
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
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
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
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
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
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
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
