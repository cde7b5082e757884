import { ApiObject, ApiObjectMetadata, GroupVersionKind } from 'cdk8s';
import { Construct } from 'constructs';
/**
 * The `PrometheusRule` custom resource definition (CRD) defines [alerting](https://prometheus.io/docs/prometheus/latest/configuration/alerting_rules/) and [recording](https://prometheus.io/docs/prometheus/latest/configuration/recording_rules/) rules to be evaluated by `Prometheus` or `ThanosRuler` objects.

`Prometheus` and `ThanosRuler` objects select `PrometheusRule` objects using label and namespace selectors.
 *
 * @schema PrometheusRule
 */
export declare class PrometheusRule extends ApiObject {
    /**
     * Returns the apiVersion and kind for "PrometheusRule"
     */
    static readonly GVK: GroupVersionKind;
    /**
     * Renders a Kubernetes manifest for "PrometheusRule".
     *
     * This can be used to inline resource manifests inside other objects (e.g. as templates).
     *
     * @param props initialization props
     */
    static manifest(props: PrometheusRuleProps): any;
    /**
     * Defines a "PrometheusRule" API object
     * @param scope the scope in which to define this object
     * @param id a scope-local name for the object
     * @param props initialization props
     */
    constructor(scope: Construct, id: string, props: PrometheusRuleProps);
    /**
     * Renders the object to Kubernetes JSON.
     */
    toJson(): any;
}
/**
 * The `PrometheusRule` custom resource definition (CRD) defines [alerting](https://prometheus.io/docs/prometheus/latest/configuration/alerting_rules/) and [recording](https://prometheus.io/docs/prometheus/latest/configuration/recording_rules/) rules to be evaluated by `Prometheus` or `ThanosRuler` objects.
 *
 * `Prometheus` and `ThanosRuler` objects select `PrometheusRule` objects using label and namespace selectors.
 *
 * @schema PrometheusRule
 */
export interface PrometheusRuleProps {
    /**
     * @schema PrometheusRule#metadata
     */
    readonly metadata?: ApiObjectMetadata;
    /**
     * spec defines the specification of desired alerting rule definitions for Prometheus.
     *
     * @schema PrometheusRule#spec
     */
    readonly spec: PrometheusRuleSpec;
}
/**
 * Converts an object of type 'PrometheusRuleProps' to JSON representation.
 */
export declare function toJson_PrometheusRuleProps(obj: PrometheusRuleProps | undefined): Record<string, any> | undefined;
/**
 * spec defines the specification of desired alerting rule definitions for Prometheus.
 *
 * @schema PrometheusRuleSpec
 */
export interface PrometheusRuleSpec {
    /**
     * groups defines the content of Prometheus rule file
     *
     * @schema PrometheusRuleSpec#groups
     */
    readonly groups?: PrometheusRuleSpecGroups[];
}
/**
 * Converts an object of type 'PrometheusRuleSpec' to JSON representation.
 */
export declare function toJson_PrometheusRuleSpec(obj: PrometheusRuleSpec | undefined): Record<string, any> | undefined;
/**
 * RuleGroup is a list of sequentially evaluated recording and alerting rules.
 *
 * @schema PrometheusRuleSpecGroups
 */
export interface PrometheusRuleSpecGroups {
    /**
     * interval defines how often rules in the group are evaluated.
     *
     * @schema PrometheusRuleSpecGroups#interval
     */
    readonly interval?: string;
    /**
     * labels define the labels to add or overwrite before storing the result for its rules.
     * The labels defined at the rule level take precedence.
     *
     * It requires Prometheus >= 3.0.0.
     * The field is ignored for Thanos Ruler.
     *
     * @schema PrometheusRuleSpecGroups#labels
     */
    readonly labels?: {
        [key: string]: string;
    };
    /**
     * limit defines the number of alerts an alerting rule and series a recording
     * rule can produce.
     * Limit is supported starting with Prometheus >= 2.31 and Thanos Ruler >= 0.24.
     *
     * @schema PrometheusRuleSpecGroups#limit
     */
    readonly limit?: number;
    /**
     * name defines the name of the rule group.
     *
     * @schema PrometheusRuleSpecGroups#name
     */
    readonly name: string;
    /**
     * partial_response_strategy is only used by ThanosRuler and will
     * be ignored by Prometheus instances.
     * More info: https://github.com/thanos-io/thanos/blob/main/docs/components/rule.md#partial-response
     *
     * @schema PrometheusRuleSpecGroups#partial_response_strategy
     */
    readonly partialResponseStrategy?: string;
    /**
     * query_offset defines the offset the rule evaluation timestamp of this particular group by the specified duration into the past.
     *
     * It requires Prometheus >= v2.53.0.
     * It is not supported for ThanosRuler.
     *
     * @schema PrometheusRuleSpecGroups#query_offset
     */
    readonly queryOffset?: string;
    /**
     * rules defines the list of alerting and recording rules.
     *
     * @schema PrometheusRuleSpecGroups#rules
     */
    readonly rules?: PrometheusRuleSpecGroupsRules[];
}
/**
 * Converts an object of type 'PrometheusRuleSpecGroups' to JSON representation.
 */
export declare function toJson_PrometheusRuleSpecGroups(obj: PrometheusRuleSpecGroups | undefined): Record<string, any> | undefined;
/**
 * Rule describes an alerting or recording rule
 * See Prometheus documentation: [alerting](https://www.prometheus.io/docs/prometheus/latest/configuration/alerting_rules/) or [recording](https://www.prometheus.io/docs/prometheus/latest/configuration/recording_rules/#recording-rules) rule
 *
 * @schema PrometheusRuleSpecGroupsRules
 */
export interface PrometheusRuleSpecGroupsRules {
    /**
     * alert defines the name of the alert. Must be a valid label value.
     * Only one of `record` and `alert` must be set.
     *
     * @schema PrometheusRuleSpecGroupsRules#alert
     */
    readonly alert?: string;
    /**
     * annotations defines annotations to add to each alert.
     * Only valid for alerting rules.
     *
     * @schema PrometheusRuleSpecGroupsRules#annotations
     */
    readonly annotations?: {
        [key: string]: string;
    };
    /**
     * expr defines the PromQL expression to evaluate.
     *
     * @schema PrometheusRuleSpecGroupsRules#expr
     */
    readonly expr: PrometheusRuleSpecGroupsRulesExpr;
    /**
     * for defines how alerts are considered firing once they have been returned for this long.
     *
     * @schema PrometheusRuleSpecGroupsRules#for
     */
    readonly for?: string;
    /**
     * keep_firing_for defines how long an alert will continue firing after the condition that triggered it has cleared.
     *
     * @schema PrometheusRuleSpecGroupsRules#keep_firing_for
     */
    readonly keepFiringFor?: string;
    /**
     * labels defines labels to add or overwrite.
     *
     * @schema PrometheusRuleSpecGroupsRules#labels
     */
    readonly labels?: {
        [key: string]: string;
    };
    /**
     * record defines the name of the time series to output to. Must be a valid metric name.
     * Only one of `record` and `alert` must be set.
     *
     * @schema PrometheusRuleSpecGroupsRules#record
     */
    readonly record?: string;
}
/**
 * Converts an object of type 'PrometheusRuleSpecGroupsRules' to JSON representation.
 */
export declare function toJson_PrometheusRuleSpecGroupsRules(obj: PrometheusRuleSpecGroupsRules | undefined): Record<string, any> | undefined;
/**
 * expr defines the PromQL expression to evaluate.
 *
 * @schema PrometheusRuleSpecGroupsRulesExpr
 */
export declare class PrometheusRuleSpecGroupsRulesExpr {
    readonly value: number | string;
    static fromNumber(value: number): PrometheusRuleSpecGroupsRulesExpr;
    static fromString(value: string): PrometheusRuleSpecGroupsRulesExpr;
    private constructor();
}
