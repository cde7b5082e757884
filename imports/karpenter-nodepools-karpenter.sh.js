"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.NodePoolSpecTemplateSpecTaintsEffect = exports.NodePoolSpecTemplateSpecStartupTaintsEffect = exports.NodePoolSpecTemplateSpecRequirementsOperator = exports.NodePoolSpecDisruptionBudgetsReasons = exports.NodePoolSpecDisruptionConsolidationPolicy = exports.NodePoolSpecLimits = exports.NodePool = void 0;
const lean_serializers_1 = require("./lean-serializers");
const cdk8s_1 = require("cdk8s");
class NodePool extends cdk8s_1.ApiObject {
    static GVK = {
        apiVersion: 'karpenter.sh/v1',
        kind: 'NodePool',
    };
    static manifest(props) {
        return {
            ...NodePool.GVK,
            ...toJson_NodePoolProps(props),
        };
    }
    constructor(scope, id, props) {
        super(scope, id, {
            ...NodePool.GVK,
            ...props,
        });
    }
    toJson() {
        const resolved = super.toJson();
        return {
            ...NodePool.GVK,
            ...toJson_NodePoolProps(resolved),
        };
    }
}
exports.NodePool = NodePool;
function toJson_NodePoolProps(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'metadata': obj.metadata,
        'spec': toJson_NodePoolSpec(obj.spec),
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_NodePoolSpec(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'disruption': toJson_NodePoolSpecDisruption(obj.disruption),
        'limits': ((obj.limits) === undefined) ? undefined : ((0, lean_serializers_1.mapDefinedEntries)(obj.limits, (value) => value?.value)),
        'replicas': obj.replicas,
        'template': toJson_NodePoolSpecTemplate(obj.template),
        'weight': obj.weight,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_NodePoolSpecDisruption(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'budgets': obj.budgets?.map(y => toJson_NodePoolSpecDisruptionBudgets(y)),
        'consolidateAfter': obj.consolidateAfter,
        'consolidationPolicy': obj.consolidationPolicy,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
class NodePoolSpecLimits {
    value;
    static fromNumber(value) {
        return new NodePoolSpecLimits(value);
    }
    static fromString(value) {
        return new NodePoolSpecLimits(value);
    }
    constructor(value) {
        this.value = value;
    }
}
exports.NodePoolSpecLimits = NodePoolSpecLimits;
function toJson_NodePoolSpecTemplate(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'metadata': toJson_NodePoolSpecTemplateMetadata(obj.metadata),
        'spec': toJson_NodePoolSpecTemplateSpec(obj.spec),
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_NodePoolSpecDisruptionBudgets(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'duration': obj.duration,
        'nodes': obj.nodes,
        'reasons': obj.reasons?.map(y => y),
        'schedule': obj.schedule,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
var NodePoolSpecDisruptionConsolidationPolicy;
(function (NodePoolSpecDisruptionConsolidationPolicy) {
    NodePoolSpecDisruptionConsolidationPolicy["WHEN_EMPTY"] = "WhenEmpty";
    NodePoolSpecDisruptionConsolidationPolicy["WHEN_EMPTY_OR_UNDERUTILIZED"] = "WhenEmptyOrUnderutilized";
    NodePoolSpecDisruptionConsolidationPolicy["BALANCED"] = "Balanced";
})(NodePoolSpecDisruptionConsolidationPolicy || (exports.NodePoolSpecDisruptionConsolidationPolicy = NodePoolSpecDisruptionConsolidationPolicy = {}));
function toJson_NodePoolSpecTemplateMetadata(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'annotations': ((obj.annotations) === undefined) ? undefined : ((0, lean_serializers_1.mapDefinedEntries)(obj.annotations, (value) => value)),
        'labels': ((obj.labels) === undefined) ? undefined : ((0, lean_serializers_1.mapDefinedEntries)(obj.labels, (value) => value)),
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_NodePoolSpecTemplateSpec(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'expireAfter': obj.expireAfter,
        'nodeClassRef': toJson_NodePoolSpecTemplateSpecNodeClassRef(obj.nodeClassRef),
        'requirements': obj.requirements?.map(y => toJson_NodePoolSpecTemplateSpecRequirements(y)),
        'startupTaints': obj.startupTaints?.map(y => toJson_NodePoolSpecTemplateSpecStartupTaints(y)),
        'taints': obj.taints?.map(y => toJson_NodePoolSpecTemplateSpecTaints(y)),
        'terminationGracePeriod': obj.terminationGracePeriod,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
var NodePoolSpecDisruptionBudgetsReasons;
(function (NodePoolSpecDisruptionBudgetsReasons) {
    NodePoolSpecDisruptionBudgetsReasons["UNDERUTILIZED"] = "Underutilized";
    NodePoolSpecDisruptionBudgetsReasons["EMPTY"] = "Empty";
    NodePoolSpecDisruptionBudgetsReasons["DRIFTED"] = "Drifted";
})(NodePoolSpecDisruptionBudgetsReasons || (exports.NodePoolSpecDisruptionBudgetsReasons = NodePoolSpecDisruptionBudgetsReasons = {}));
function toJson_NodePoolSpecTemplateSpecNodeClassRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'group': obj.group,
        'kind': obj.kind,
        'name': obj.name,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_NodePoolSpecTemplateSpecRequirements(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'minValues': obj.minValues,
        'operator': obj.operator,
        'values': obj.values?.map(y => y),
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_NodePoolSpecTemplateSpecStartupTaints(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'effect': obj.effect,
        'key': obj.key,
        'timeAdded': obj.timeAdded?.toISOString(),
        'value': obj.value,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_NodePoolSpecTemplateSpecTaints(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'effect': obj.effect,
        'key': obj.key,
        'timeAdded': obj.timeAdded?.toISOString(),
        'value': obj.value,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
var NodePoolSpecTemplateSpecRequirementsOperator;
(function (NodePoolSpecTemplateSpecRequirementsOperator) {
    NodePoolSpecTemplateSpecRequirementsOperator["GTE"] = "Gte";
    NodePoolSpecTemplateSpecRequirementsOperator["LTE"] = "Lte";
    NodePoolSpecTemplateSpecRequirementsOperator["IN"] = "In";
    NodePoolSpecTemplateSpecRequirementsOperator["NOT_IN"] = "NotIn";
    NodePoolSpecTemplateSpecRequirementsOperator["EXISTS"] = "Exists";
    NodePoolSpecTemplateSpecRequirementsOperator["DOES_NOT_EXIST"] = "DoesNotExist";
    NodePoolSpecTemplateSpecRequirementsOperator["GT"] = "Gt";
    NodePoolSpecTemplateSpecRequirementsOperator["LT"] = "Lt";
})(NodePoolSpecTemplateSpecRequirementsOperator || (exports.NodePoolSpecTemplateSpecRequirementsOperator = NodePoolSpecTemplateSpecRequirementsOperator = {}));
var NodePoolSpecTemplateSpecStartupTaintsEffect;
(function (NodePoolSpecTemplateSpecStartupTaintsEffect) {
    NodePoolSpecTemplateSpecStartupTaintsEffect["NO_SCHEDULE"] = "NoSchedule";
    NodePoolSpecTemplateSpecStartupTaintsEffect["PREFER_NO_SCHEDULE"] = "PreferNoSchedule";
    NodePoolSpecTemplateSpecStartupTaintsEffect["NO_EXECUTE"] = "NoExecute";
})(NodePoolSpecTemplateSpecStartupTaintsEffect || (exports.NodePoolSpecTemplateSpecStartupTaintsEffect = NodePoolSpecTemplateSpecStartupTaintsEffect = {}));
var NodePoolSpecTemplateSpecTaintsEffect;
(function (NodePoolSpecTemplateSpecTaintsEffect) {
    NodePoolSpecTemplateSpecTaintsEffect["NO_SCHEDULE"] = "NoSchedule";
    NodePoolSpecTemplateSpecTaintsEffect["PREFER_NO_SCHEDULE"] = "PreferNoSchedule";
    NodePoolSpecTemplateSpecTaintsEffect["NO_EXECUTE"] = "NoExecute";
})(NodePoolSpecTemplateSpecTaintsEffect || (exports.NodePoolSpecTemplateSpecTaintsEffect = NodePoolSpecTemplateSpecTaintsEffect = {}));
