import { ApiObject, Chart, DependencyGraph } from "cdk8s";

// biome-ignore lint/suspicious/noExplicitAny: manifests are plain JSON of any shape.
type Manifest = Record<string, any>;

/**
 * Resolves every chart of an app once and pins the result, so that the guardrails check and
 * `App.synth()` writes the same objects without resolving them again.
 *
 * cdk8s renders a chart by first resolving the dependencies of, and validating, every construct of the
 * whole app, and does so again for every chart it renders: an app of a dozen charts walked its whole
 * tree a dozen times. Here the first chart is rendered by cdk8s (which resolves and validates the app
 * once), and every other chart the same way cdk8s renders one (its API objects in dependency order,
 * each in its closest chart). test/charts/resolve-charts-once.test.ts proves the result equal to
 * cdk8s's own for every chart of every environment.
 */
export function resolveChartsOnce(charts: readonly Chart[]): Map<Chart, Manifest[]> {
  const resolved = new Map<Chart, Manifest[]>();
  charts.forEach((chart, index) => {
    const objects: Manifest[] = index === 0 ? chart.toJson() : renderChart(chart);
    Object.defineProperty(chart, "toJson", { value: () => objects, configurable: true });
    resolved.set(chart, objects);
  });
  return resolved;
}

/** A chart's manifests, once its app's dependencies are resolved and its constructs validated. */
function renderChart(chart: Chart): Manifest[] {
  return new DependencyGraph(chart.node)
    .topology()
    .filter((node): node is ApiObject => ApiObject.isApiObject(node) && Chart.of(node) === chart)
    .map((object) => object.toJson());
}
