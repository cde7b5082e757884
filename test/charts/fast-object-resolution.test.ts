import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ApiObject, App, Chart, Lazy, Testing } from "cdk8s";
import * as k8s from "cdk8s-plus-28/lib/imports/k8s";
import { buildClusterLayer } from "../../charts/cluster-layer";
import { withFastObjectResolution } from "../../charts/fast-object-resolution";
import { loadEnvironments } from "../../config";
import { ENVIRONMENT_SPECS } from "../../config/environments";
import { TEST_TODAY } from "../support/test-today";

const outdir = mkdtempSync(join(tmpdir(), "fast-object-resolution-"));

/** Every chart's objects of every shipped environment, resolved by cdk8s alone or through the shortcut. */
function resolvedLayers(fast: boolean): string {
  const resolve = () =>
    loadEnvironments(ENVIRONMENT_SPECS, {}, { today: TEST_TODAY }).map((platform) => {
      const app = Testing.app({ outdir });
      buildClusterLayer(app, platform);
      return app.charts.map((chart) => [chart.node.id, chart.toJson()]);
    });
  return JSON.stringify(fast ? withFastObjectResolution(resolve) : resolve());
}

/** The JSON of one object built by `make`, resolved by cdk8s alone or through the shortcut. */
function resolvedObject(
  make: (chart: Chart) => ApiObject,
  fast: boolean,
  app = Testing.app({ outdir }),
): string {
  const object = make(new Chart(app, "chart"));
  return JSON.stringify(fast ? withFastObjectResolution(() => object.toJson()) : object.toJson());
}

describe("the object-resolution shortcut", () => {
  test("resolves every chart of every shipped environment exactly as cdk8s does", () => {
    const reference = resolvedLayers(false);
    expect(reference.length).toBeGreaterThan(100_000);
    expect(resolvedLayers(true)).toBe(reference);
  });

  const cases: [string, (chart: Chart) => ApiObject][] = [
    [
      "lazy values, nested and in arrays",
      (chart) =>
        new ApiObject(chart, "lazy", {
          apiVersion: "v1",
          kind: "ConfigMap",
          data: { a: Lazy.any({ produce: () => "late" }) },
          list: [Lazy.any({ produce: () => ({ deep: Lazy.any({ produce: () => 3 }) }) })],
        }),
    ],
    [
      "an object with its own resolve method",
      (chart) =>
        new ApiObject(chart, "token", {
          apiVersion: "v1",
          kind: "ConfigMap",
          data: { token: { resolve: () => "resolved" } },
        }),
    ],
    [
      "number-or-string unions (IntOrString, Quantity)",
      (chart) =>
        new k8s.KubeDeployment(chart, "deployment", {
          spec: {
            selector: { matchLabels: { app: "a" } },
            strategy: { rollingUpdate: { maxSurge: k8s.IntOrString.fromNumber(1) } },
            template: {
              spec: {
                containers: [
                  {
                    name: "c",
                    resources: { limits: { cpu: k8s.Quantity.fromString("500m") } },
                  },
                ],
              },
            },
          },
        }),
    ],
    [
      "undefined and null values, empty arrays and records",
      (chart) =>
        new ApiObject(chart, "gaps", {
          apiVersion: "v1",
          kind: "ConfigMap",
          data: { gone: undefined, none: null, kept: "", zero: 0, no: false },
          empty: [],
          nothing: {},
        }),
    ],
  ];

  test.each(cases)("resolves %s exactly as cdk8s does", (_, make) => {
    expect(resolvedObject(make, true)).toBe(resolvedObject(make, false));
  });

  test("leaves an app with resolvers of its own to cdk8s", () => {
    const upper = {
      resolve: (context: { value: unknown; replaceValue(value: unknown): void }) => {
        if (typeof context.value === "string" && context.value !== context.value.toUpperCase()) {
          context.replaceValue(context.value.toUpperCase());
        }
      },
    };
    const app = () => new App({ outdir, resolvers: [upper] });
    const make = (chart: Chart) =>
      new ApiObject(chart, "custom", { apiVersion: "v1", kind: "ConfigMap", data: { a: "shout" } });
    const fast = resolvedObject(make, true, app());
    expect(fast).toBe(resolvedObject(make, false, app()));
    expect(fast).toContain('"SHOUT"');
  });

  test("restores cdk8s's own resolution afterwards, also when the work fails", () => {
    const resolution = require("cdk8s/lib/resolve") as { resolve: unknown };
    const original = resolution.resolve;
    expect(() =>
      withFastObjectResolution(() => {
        expect(resolution.resolve).not.toBe(original);
        throw new Error("boom");
      }),
    ).toThrow("boom");
    expect(resolution.resolve).toBe(original);
  });
});
