import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ApiObject, Chart, Testing } from "cdk8s";
import { buildClusterLayer } from "../../charts/cluster-layer";
import { resolveChartsOnce } from "../../charts/resolve-charts-once";
import { loadEnvironments } from "../../config";
import { ENVIRONMENT_SPECS } from "../../config/environments";
import { TEST_TODAY } from "../support/test-today";

const outdir = mkdtempSync(join(tmpdir(), "resolve-charts-once-"));
const platforms = loadEnvironments(ENVIRONMENT_SPECS, {}, { today: TEST_TODAY });

describe("resolveChartsOnce", () => {
  test.each(platforms.map((platform) => [platform.environment.name, platform] as const))(
    "gives every chart of %s exactly what cdk8s renders, and pins it",
    (_, platform) => {
      const byCdk8s = Testing.app({ outdir });
      buildClusterLayer(byCdk8s, platform);
      const expected = byCdk8s.charts.map((chart) => [chart.node.id, chart.toJson()]);

      const once = Testing.app({ outdir });
      buildClusterLayer(once, platform);
      const resolved = resolveChartsOnce(once.charts);
      expect(JSON.stringify([...resolved].map(([chart, objects]) => [chart.node.id, objects]))).toBe(
        JSON.stringify(expected),
      );
      for (const [chart, objects] of resolved) expect(chart.toJson()).toBe(objects);
    },
  );

  test("keeps cdk8s's order for objects that depend on each other, across charts too", () => {
    const build = () => {
      const app = Testing.app({ outdir });
      const first = new Chart(app, "first");
      const second = new Chart(app, "second");
      const object = (chart: Chart, id: string) =>
        new ApiObject(chart, id, { apiVersion: "v1", kind: "ConfigMap", metadata: { name: id } });
      const [a, b, c] = [object(first, "a"), object(first, "b"), object(first, "c")];
      const [d, e] = [object(second, "d"), object(second, "e")];
      a.addDependency(c);
      b.addDependency(a);
      d.addDependency(e);
      e.addDependency(b);
      return app;
    };
    const expected = build().charts.map((chart) => chart.toJson());
    const resolved = [...resolveChartsOnce(build().charts).values()];
    expect(resolved).toEqual(expected);
    expect(resolved.map((objects) => objects.map((object) => object.metadata.name))).toEqual([
      ["c", "a", "b"],
      ["e", "d"],
    ]);
  });
});
