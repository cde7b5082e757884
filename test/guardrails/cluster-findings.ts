import { ApiObject, App, Chart } from "cdk8s";
import { resolveChartsOnce } from "../../charts/resolve-charts-once";
import { checkClusterLayer } from "../../guardrails/kubernetes-guardrails";
import type { Finding } from "../../guardrails/report";
import type { KubernetesObject, KubernetesRule } from "../../guardrails/rule";

/** The findings of `rules` on `objects`, through a real chart and the same runner as the synth. */
export function clusterFindings(
  rules: readonly KubernetesRule[],
  objects: readonly KubernetesObject[],
): readonly Finding[] {
  const chart = new Chart(new App(), "fixture");
  objects.forEach((object, index) => {
    // biome-ignore lint/suspicious/noExplicitAny: fixtures are plain JSON.
    new ApiObject(chart, `object-${index}`, object as any);
  });
  const [result] = checkClusterLayer(
    resolveChartsOnce([chart]),
    { environment: "fixture", cloud: "aws", tier: "prod" },
    () => "fixture.k8s.yaml",
    rules,
  );
  return result?.findings ?? [];
}
