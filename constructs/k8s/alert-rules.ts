import type { Duration } from "cdk8s";
import { Construct } from "constructs";
import {
  PrometheusRule,
  PrometheusRuleSpecGroupsRulesExpr,
} from "../../imports/prometheus-prometheusrules-monitoring.coreos.com";
import { goDuration } from "./go-duration";

export const ALERT_SEVERITIES = ["critical", "warning", "info"] as const;
export type AlertSeverity = (typeof ALERT_SEVERITIES)[number];

/** One alerting rule, with what an operator needs on the page: a summary, a description, a runbook. */
export interface AlertRule {
  /** Alert name, in PascalCase (what Alertmanager routes and silences by). */
  readonly alert: string;
  /** PromQL; every series it returns is one firing alert. */
  readonly expr: string;
  /** How long the expression must keep returning a series before the alert fires. @default fires at once */
  readonly for?: Duration;
  readonly severity: AlertSeverity;
  /** One line, may use `{{ $labels.x }}` and `{{ $value }}`. */
  readonly summary: string;
  readonly description: string;
  /** Absolute URL of the alert's runbook section, with its `#anchor`. */
  readonly runbookUrl: string;
}

export interface AlertRuleGroup {
  /** Group name, unique within the Prometheus. */
  readonly name: string;
  readonly rules: readonly AlertRule[];
}

export interface AlertRulesProps {
  /** Name of the PrometheusRule. */
  readonly name: string;
  readonly namespace: string;
  /** Labels the Prometheus selects rule objects by (kube-prometheus-stack: its release label). */
  readonly selectorLabels: Readonly<Record<string, string>>;
  readonly groups: readonly AlertRuleGroup[];
  /** Extra labels of the PrometheusRule object. @default none */
  readonly labels?: Readonly<Record<string, string>>;
}

const ALERT_NAME = /^[A-Z][A-Za-z0-9]*$/;
const RUNBOOK_URL = /^https:\/\/[^\s#]+#[a-z0-9][-a-z0-9]*$/;

/**
 * A PrometheusRule of alerting rules, each labelled with its severity and annotated with a summary, a
 * description and a `runbook_url`. An alert without a runbook, or with an unknown severity, is refused.
 */
export class AlertRules extends Construct {
  constructor(scope: Construct, id: string, props: AlertRulesProps) {
    super(scope, id);
    const where = `AlertRules ${props.namespace}/${props.name}`;
    if (Object.keys(props.selectorLabels).length === 0) {
      throw new Error(
        `${where}: selectorLabels is empty; expected the labels the Prometheus selects rules by`,
      );
    }
    if (props.groups.length === 0) {
      throw new Error(`${where}: groups is empty; expected at least one group of rules`);
    }
    const groupNames = new Set<string>();
    for (const group of props.groups) {
      if (groupNames.has(group.name)) {
        throw new Error(`${where}: group name "${group.name}" is used twice; expected unique group names`);
      }
      groupNames.add(group.name);
      if (group.rules.length === 0) {
        throw new Error(`${where}: group "${group.name}" has no rules; expected at least one`);
      }
      const alerts = new Set<string>();
      for (const rule of group.rules) {
        checkRule(`${where}, group "${group.name}"`, rule);
        if (alerts.has(rule.alert)) {
          throw new Error(
            `${where}, group "${group.name}": alert "${rule.alert}" is defined twice; expected one rule per alert in a group`,
          );
        }
        alerts.add(rule.alert);
      }
    }

    new PrometheusRule(this, "resource", {
      metadata: {
        name: props.name,
        namespace: props.namespace,
        labels: { ...props.labels, ...props.selectorLabels },
      },
      spec: {
        groups: props.groups.map((group) => ({
          name: group.name,
          rules: group.rules.map((rule) => ({
            alert: rule.alert,
            expr: PrometheusRuleSpecGroupsRulesExpr.fromString(rule.expr),
            ...(rule.for && { for: goDuration(rule.for, `alert ${rule.alert}: for`) }),
            labels: { severity: rule.severity },
            annotations: {
              summary: rule.summary,
              description: rule.description,
              runbook_url: rule.runbookUrl,
            },
          })),
        })),
      },
    });
  }
}

function checkRule(where: string, rule: AlertRule): void {
  if (!ALERT_NAME.test(rule.alert)) {
    throw new Error(
      `${where}: alert name ${JSON.stringify(rule.alert)} is invalid; expected PascalCase letters and digits, such as "HighErrorRate"`,
    );
  }
  const at = `${where}, alert ${rule.alert}`;
  if (rule.expr.trim() === "") {
    throw new Error(`${at}: expr is empty; expected a PromQL expression`);
  }
  if (!(ALERT_SEVERITIES as readonly string[]).includes(rule.severity)) {
    throw new Error(
      `${at}: severity is ${JSON.stringify(rule.severity)}; expected one of ${ALERT_SEVERITIES.map((s) => `"${s}"`).join(", ")}`,
    );
  }
  if (rule.summary.trim() === "" || rule.description.trim() === "") {
    throw new Error(`${at}: summary and description must both be non-empty; an operator reads them first`);
  }
  if (!RUNBOOK_URL.test(rule.runbookUrl)) {
    throw new Error(
      `${at}: runbookUrl is ${JSON.stringify(rule.runbookUrl)}; expected an https URL ending in a section anchor such as "#high-error-rate"`,
    );
  }
}
