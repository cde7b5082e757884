"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.PrometheusRuleSpecGroupsRulesExpr = exports.PrometheusRule = void 0;
const lean_serializers_1 = require("./lean-serializers");
const cdk8s_1 = require("cdk8s");
class PrometheusRule extends cdk8s_1.ApiObject {
    static GVK = {
        apiVersion: 'monitoring.coreos.com/v1',
        kind: 'PrometheusRule',
    };
    static manifest(props) {
        return {
            ...PrometheusRule.GVK,
            ...toJson_PrometheusRuleProps(props),
        };
    }
    constructor(scope, id, props) {
        super(scope, id, {
            ...PrometheusRule.GVK,
            ...props,
        });
    }
    toJson() {
        const resolved = super.toJson();
        return {
            ...PrometheusRule.GVK,
            ...toJson_PrometheusRuleProps(resolved),
        };
    }
}
exports.PrometheusRule = PrometheusRule;
function toJson_PrometheusRuleProps(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'metadata': obj.metadata,
        'spec': toJson_PrometheusRuleSpec(obj.spec),
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_PrometheusRuleSpec(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'groups': obj.groups?.map(y => toJson_PrometheusRuleSpecGroups(y)),
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_PrometheusRuleSpecGroups(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'interval': obj.interval,
        'labels': ((obj.labels) === undefined) ? undefined : ((0, lean_serializers_1.mapDefinedEntries)(obj.labels, (value) => value)),
        'limit': obj.limit,
        'name': obj.name,
        'partial_response_strategy': obj.partialResponseStrategy,
        'query_offset': obj.queryOffset,
        'rules': obj.rules?.map(y => toJson_PrometheusRuleSpecGroupsRules(y)),
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_PrometheusRuleSpecGroupsRules(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'alert': obj.alert,
        'annotations': ((obj.annotations) === undefined) ? undefined : ((0, lean_serializers_1.mapDefinedEntries)(obj.annotations, (value) => value)),
        'expr': obj.expr?.value,
        'for': obj.for,
        'keep_firing_for': obj.keepFiringFor,
        'labels': ((obj.labels) === undefined) ? undefined : ((0, lean_serializers_1.mapDefinedEntries)(obj.labels, (value) => value)),
        'record': obj.record,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
class PrometheusRuleSpecGroupsRulesExpr {
    value;
    static fromNumber(value) {
        return new PrometheusRuleSpecGroupsRulesExpr(value);
    }
    static fromString(value) {
        return new PrometheusRuleSpecGroupsRulesExpr(value);
    }
    constructor(value) {
        this.value = value;
    }
}
exports.PrometheusRuleSpecGroupsRulesExpr = PrometheusRuleSpecGroupsRulesExpr;
