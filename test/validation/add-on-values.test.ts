/**
 * Every value the platform sets on an add-on, checked against that chart's own defaults at the pinned
 * version (values.yaml, and values.schema.json where the chart ships one), read from the shared chart
 * files (MLOPS_HELM_CHARTS, default ../shared/helm-charts): a misspelled key, a key the chart does not
 * have, or a value of the wrong type fails here, not in the cluster.
 */
import Ajv from "ajv";
import Ajv2020 from "ajv/dist/2020";
import addFormats from "ajv-formats";
import { ENVIRONMENT_SPECS } from "../../config/environments";
import { clusterLayer, type Manifest } from "../support/cluster-layer";
import { chartFiles, helmChartsAvailability } from "../support/shared-data";
import { describeIf } from "../support/tool-availability";

/**
 * Maps whose keys are the user's to choose, by chart: the chart passes them through as they are. Each
 * with where the chart says so.
 */
const FREE_FORM: Readonly<Record<string, readonly string[]>> = {
  // values.yaml: "Any values you put under `.configs.cm` are passed to argocd-cm ConfigMap".
  "argo-cd": ["configs.cm"],
  // A Kubernetes SecurityContext, rendered as given into the storage-initializer container.
  "kserve-resources": ["kserve.storage.containerSecurityContext"],
};

/**
 * Charts whose defaults are not in the shared set: Istio's (its values were read at tag 1.30.3 of
 * istio/istio, manifests/charts) and the Knative Operator's (its values and templates were read at tag
 * knative-v1.21.4 of knative/operator, config/charts/knative-operator: the pods' `securityContext` set here
 * is read by its templates); see docs/versions.md. Any other chart without defaults fails.
 */
const UNCHECKED_CHARTS = new Set(["base", "istiod", "gateway", "knative-operator"]);

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** What is wrong with `values` against the chart's `defaults`, one line per key. */
export function valuesProblems(
  chart: string,
  values: unknown,
  defaults: unknown,
  path: readonly string[] = [],
): string[] {
  if (!isPlainObject(values)) return [];
  const problems: string[] = [];
  for (const [key, value] of Object.entries(values)) {
    const keyPath = [...path, key];
    const name = keyPath.join(".");
    if (FREE_FORM[chart]?.includes(name)) continue;
    const defaultsHere = isPlainObject(defaults) ? defaults : {};
    if (!Object.hasOwn(defaultsHere, key)) {
      const known = Object.keys(defaultsHere).sort();
      problems.push(
        `${chart}: ${name} is not a value of the chart (known here: ${known.join(", ") || "none"})`,
      );
      continue;
    }
    const expected = defaultsHere[key];
    if (expected === null || expected === undefined || expected === "") continue; // unset: any type
    if (isPlainObject(expected)) {
      if (Object.keys(expected).length === 0) continue; // an empty map the user fills in
      if (!isPlainObject(value))
        problems.push(`${chart}: ${name} is a section in the chart, got ${JSON.stringify(value)}`);
      else problems.push(...valuesProblems(chart, value, expected, keyPath));
    } else if (Array.isArray(expected)) {
      if (!Array.isArray(value))
        problems.push(`${chart}: ${name} is a list in the chart, got ${JSON.stringify(value)}`);
    } else if (typeof value !== typeof expected) {
      problems.push(`${chart}: ${name} is a ${typeof expected} in the chart, got ${JSON.stringify(value)}`);
    }
  }
  return problems;
}

function mergeDefaults(defaults: unknown, values: unknown): unknown {
  if (!isPlainObject(defaults) || !isPlainObject(values)) return values;
  const merged: Record<string, unknown> = { ...defaults };
  for (const [key, value] of Object.entries(values)) merged[key] = mergeDefaults(defaults[key], value);
  return merged;
}

/** What the chart's values.schema.json (if it ships one) says against the merged values. */
function schemaErrors(schema: unknown, values: unknown): unknown[] {
  if (schema === undefined) return [];
  const draft2020 = String((schema as { $schema?: string }).$schema).includes("2020-12");
  const ajv = draft2020
    ? new Ajv2020({ strict: false, allErrors: true })
    : new Ajv({ strict: false, allErrors: true });
  addFormats(ajv);
  const validate = ajv.compile(schema as object);
  validate(values);
  return validate.errors ?? [];
}

interface AddOnApplication {
  readonly environment: string;
  readonly application: Manifest;
}

const addOnApplications: AddOnApplication[] = ENVIRONMENT_SPECS.flatMap((spec) =>
  clusterLayer(spec.name)
    .chart("gitops")
    .filter((manifest) => manifest.kind === "Application" && manifest.spec.source.chart !== undefined)
    .map((application) => ({ environment: spec.name, application })),
);

describeIf(helmChartsAvailability(), { failUnderCi: true })("add-on values against the pinned charts", () => {
  const checked = addOnApplications.filter(
    ({ application }) => !UNCHECKED_CHARTS.has(application.spec.source.chart),
  );

  test.each(checked.map((entry) => [`${entry.environment}: ${entry.application.metadata.name}`, entry]))(
    "%s: the pinned chart version exists and every value set is one of the chart's",
    (_label, { application }) => {
      const { chart, targetRevision } = application.spec.source;
      const files = chartFiles(chart, targetRevision);
      expect({ chart, version: targetRevision, found: files !== undefined }).toEqual({
        chart,
        version: targetRevision,
        found: true,
      });
      if (!files) return;
      // cert-manager's Chart.yaml in git carries a placeholder version the release tool replaces.
      if (files.chartYaml.version !== "v0.0.0") expect(files.chartYaml.version).toBe(targetRevision);
      const values = application.spec.source.helm.valuesObject ?? {};
      expect(valuesProblems(chart, values, files.values)).toEqual([]);
      expect(schemaErrors(files.schema, mergeDefaults(files.values, values))).toEqual([]);
    },
  );

  test("only the Istio and Knative Operator charts go unchecked, and only for want of shared defaults", () => {
    const unchecked = new Set(
      addOnApplications
        .map(({ application }) => application.spec.source.chart as string)
        .filter((chart) => UNCHECKED_CHARTS.has(chart)),
    );
    expect([...unchecked].sort()).toEqual([...UNCHECKED_CHARTS].sort());
    for (const chart of unchecked) {
      const version = addOnApplications.find(({ application }) => application.spec.source.chart === chart)
        ?.application.spec.source.targetRevision;
      expect(chartFiles(chart, version)).toBeUndefined();
    }
  });

  test("the chart's own schema refuses what it does not allow (cert-manager's)", () => {
    const files = chartFiles("cert-manager", "v1.21.1");
    expect(files?.schema).toBeDefined();
    const errors = schemaErrors(files?.schema, mergeDefaults(files?.values, { crds: { enabled: "true" } }));
    expect(errors.length).toBeGreaterThan(0);
  });

  test("a misspelled or unknown key, or a wrong type, is found", () => {
    const defaults = {
      controller: { metricsConfig: { enabled: false, port: 9090 }, podSecurityContext: {} },
    };
    expect(valuesProblems("x", { controller: { metricsConfig: { enabeld: true } } }, defaults)).toEqual([
      "x: controller.metricsConfig.enabeld is not a value of the chart (known here: enabled, port)",
    ]);
    expect(valuesProblems("x", { controller: { metricsConfig: { port: "9090" } } }, defaults)).toEqual([
      'x: controller.metricsConfig.port is a number in the chart, got "9090"',
    ]);
    expect(
      valuesProblems("x", { controller: { podSecurityContext: { runAsNonRoot: true } } }, defaults),
    ).toEqual([]);
  });
});
