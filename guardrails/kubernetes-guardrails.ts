import { ApiObject, type Chart } from "cdk8s";
import { kubernetesRulesOf, suppressionProblem } from "./packs";
import type { Finding, TargetResult } from "./report";
import { appliesIn, type KubernetesObject, type KubernetesObjects, type KubernetesRule } from "./rule";
import { SuppressionsByPath, suppressionsOn } from "./suppressions";
import type { GuardrailScope } from "./terraform-guardrails";

/** `<Kind> <namespace>/<name>` (or `<Kind> <name>` for a cluster-scoped object): how findings name objects. */
export function objectName(object: KubernetesObject): string {
  const namespace = object.metadata?.namespace;
  return `${object.kind} ${namespace ? `${namespace}/` : ""}${object.metadata?.name}`;
}

/**
 * Runs the Kubernetes rules over every object of one environment's cluster layer: one result per chart,
 * the rules seeing every chart's objects (a NetworkPolicy in one chart covers the pods of another).
 */
export function checkClusterLayer(
  charts: ReadonlyMap<Chart, readonly KubernetesObject[]>,
  scope: GuardrailScope,
  fileOf: (chart: Chart) => string,
  rules: readonly KubernetesRule[] = kubernetesRulesOf(scope.cloud),
): TargetResult[] {
  const all = [...charts.values()].flat();
  const byKind = new Map<string, KubernetesObject[]>();
  for (const object of all) {
    const list = byKind.get(object.kind);
    if (list) list.push(object);
    else byKind.set(object.kind, [object]);
  }
  const objects: KubernetesObjects = { all, ofKind: (kind) => byKind.get(kind) ?? [] };
  const applicableRules = rules.filter((rule) => appliesIn(rule, scope.tier));
  return [...charts].map(([chart, chartObjects]) => {
    const suppressions = declaredSuppressions(chart, scope);
    const pathOf = suppressions.size > 0 ? objectPaths(chart) : new Map<string, string>();
    const applicable: string[] = [];
    const findings: Finding[] = [];
    for (const rule of applicableRules) {
      const checked = chartObjects.filter((object) => rule.kinds.includes(object.kind));
      if (checked.length === 0) continue;
      applicable.push(rule.id);
      for (const object of checked) {
        const message = rule.check(object, objects);
        if (message === undefined) continue;
        const name = objectName(object);
        const path = pathOf.get(name);
        const suppression =
          (path === undefined ? undefined : suppressions.find(rule.id, path)) ??
          scope.suppressions?.find((entry) => entry.rule === rule.id);
        findings.push({
          rule: rule.id,
          severity: rule.severity,
          resource: name,
          ...(path !== undefined && { path }),
          message,
          fix: rule.fix,
          ...(suppression && { suppressed: suppression.reason }),
        });
      }
    }
    return {
      kind: "chart",
      environment: scope.environment,
      name: chart.node.id,
      file: fileOf(chart),
      applicableRules: applicable,
      findings,
    };
  });
}

function declaredSuppressions(chart: Chart, scope: GuardrailScope): SuppressionsByPath {
  const suppressions = new SuppressionsByPath();
  for (const node of chart.node.findAll()) {
    const declared = suppressionsOn(node);
    if (declared.length === 0) continue;
    for (const suppression of declared) {
      const problem = suppressionProblem(scope.cloud, suppression.rule, suppression.reason);
      if (problem) {
        throw new Error(
          `guardrail suppression on ${node.node.path}: ${problem.field} got ${JSON.stringify(problem.field === "rule" ? suppression.rule : suppression.reason)}; expected ${problem.allowed}`,
        );
      }
    }
    suppressions.add(node.node.path, declared);
  }
  return suppressions;
}

/** The construct path of every API object of a chart, by the name findings give it. */
function objectPaths(chart: Chart): Map<string, string> {
  const paths = new Map<string, string>();
  for (const node of chart.node.findAll()) {
    if (!ApiObject.isApiObject(node)) continue;
    paths.set(
      objectName({ kind: node.kind, metadata: { name: node.name, namespace: node.metadata.namespace } }),
      node.node.path,
    );
  }
  return paths;
}
