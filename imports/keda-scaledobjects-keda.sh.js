"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.ScaledObjectSpecAdvancedHorizontalPodAutoscalerConfigBehaviorScaleUpTolerance = exports.ScaledObjectSpecAdvancedHorizontalPodAutoscalerConfigBehaviorScaleDownTolerance = exports.ScaledObjectSpecTriggersAuthenticationRefKind = exports.ScaledObjectSpecAdvancedScalingModifiersMetricType = exports.ScaledObjectSpecFallbackBehavior = exports.ScaledObject = void 0;
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
    return definedEntries(result);
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
    return definedEntries(result);
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
    return definedEntries(result);
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
    return definedEntries(result);
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
    return definedEntries(result);
}
function toJson_ScaledObjectSpecTriggers(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'authenticationRef': toJson_ScaledObjectSpecTriggersAuthenticationRef(obj.authenticationRef),
        'metadata': ((obj.metadata) === undefined) ? undefined : (mapDefinedEntries(obj.metadata, (value) => value)),
        'metricType': obj.metricType,
        'name': obj.name,
        'type': obj.type,
        'useCachedMetrics': obj.useCachedMetrics,
    };
    return definedEntries(result);
}
function toJson_ScaledObjectSpecAdvancedHorizontalPodAutoscalerConfig(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'behavior': toJson_ScaledObjectSpecAdvancedHorizontalPodAutoscalerConfigBehavior(obj.behavior),
        'name': obj.name,
    };
    return definedEntries(result);
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
    return definedEntries(result);
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
    return definedEntries(result);
}
function toJson_ScaledObjectSpecAdvancedHorizontalPodAutoscalerConfigBehavior(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'scaleDown': toJson_ScaledObjectSpecAdvancedHorizontalPodAutoscalerConfigBehaviorScaleDown(obj.scaleDown),
        'scaleUp': toJson_ScaledObjectSpecAdvancedHorizontalPodAutoscalerConfigBehaviorScaleUp(obj.scaleUp),
    };
    return definedEntries(result);
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
    return definedEntries(result);
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
    return definedEntries(result);
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
    return definedEntries(result);
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
    return definedEntries(result);
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
function definedEntries(object) {
    const defined = {};
    for (const key of Object.keys(object)) {
        if (object[key] !== undefined)
            setEntry(defined, key, object[key]);
    }
    return defined;
}
function mapDefinedEntries(map, convert) {
    const converted = {};
    for (const key of Object.keys(map)) {
        const value = map[key];
        if (value !== undefined)
            setEntry(converted, key, convert(value));
    }
    return converted;
}
function setEntry(object, key, value) {
    if (key === "__proto__")
        Object.defineProperty(object, key, { value, enumerable: true, writable: true, configurable: true });
    else
        object[key] = value;
}
