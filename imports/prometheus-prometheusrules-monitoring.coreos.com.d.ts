import { ApiObject, ApiObjectMetadata, GroupVersionKind } from 'cdk8s';
import { Construct } from 'constructs';
export declare class PrometheusRule extends ApiObject {
    static readonly GVK: GroupVersionKind;
    static manifest(props: PrometheusRuleProps): any;
    constructor(scope: Construct, id: string, props: PrometheusRuleProps);
    toJson(): any;
}
export interface PrometheusRuleProps {
    readonly metadata?: ApiObjectMetadata;
    readonly spec: PrometheusRuleSpec;
}
export interface PrometheusRuleSpec {
    readonly groups?: PrometheusRuleSpecGroups[];
}
export interface PrometheusRuleSpecGroups {
    readonly interval?: string;
    readonly labels?: {
        [key: string]: string;
    };
    readonly limit?: number;
    readonly name: string;
    readonly partialResponseStrategy?: string;
    readonly queryOffset?: string;
    readonly rules?: PrometheusRuleSpecGroupsRules[];
}
export interface PrometheusRuleSpecGroupsRules {
    readonly alert?: string;
    readonly annotations?: {
        [key: string]: string;
    };
    readonly expr: PrometheusRuleSpecGroupsRulesExpr;
    readonly for?: string;
    readonly keepFiringFor?: string;
    readonly labels?: {
        [key: string]: string;
    };
    readonly record?: string;
}
export declare class PrometheusRuleSpecGroupsRulesExpr {
    readonly value: number | string;
    static fromNumber(value: number): PrometheusRuleSpecGroupsRulesExpr;
    static fromString(value: string): PrometheusRuleSpecGroupsRulesExpr;
    private constructor();
}
