import { Testing } from "cdk8s";
import { ENVIRONMENT_SPECS } from "../../config/environments";
import { KnativeServing } from "../../constructs/k8s/knative-serving";
import { clusterLayer } from "../support/cluster-layer";

describe("Knative Serving, for the models in Knative mode", () => {
  test.each([
    ["dev", 1],
    ["prod", 2],
  ])(
    "%s: the operator as an add-on, a KnativeServing on Istio with Prometheus request metrics (%s replicas)",
    (name, replicas) => {
      const layer = clusterLayer(name);
      expect(layer.one("Application", "add-on-knative-operator").spec.source).toMatchObject({
        repoURL: "https://knative.github.io/operator",
        chart: "knative-operator",
        targetRevision: "v1.21.4",
      });
      const serving = layer.one("KnativeServing", "knative-serving");
      expect(serving.metadata.namespace).toBe("knative-serving");
      expect(serving.spec).toMatchObject({
        version: "1.21",
        ingress: { istio: { enabled: true } },
        "high-availability": { replicas },
        config: {
          // The alerts read the queue-proxy's request metrics as Prometheus text.
          observability: { "request-metrics-protocol": "prometheus" },
          features: { "kubernetes.podspec-securitycontext": "enabled", "secure-pod-defaults": "enabled" },
        },
      });
    },
  );

  test("an environment without a Knative-mode model gets neither", () => {
    const specs = ENVIRONMENT_SPECS.map((spec) =>
      spec.name === "dev"
        ? {
            ...spec,
            models: (spec.models ?? []).map((model) => ({
              ...model,
              deploymentMode: "Standard" as const,
              minReplicas: 1,
            })),
          }
        : spec,
    );
    const layer = clusterLayer("dev", specs);
    expect(layer.ofKind("KnativeServing")).toEqual([]);
    expect(layer.ofKind("Application", "add-on-knative-operator")).toEqual([]);
    expect([...layer.charts.keys()]).not.toContain("knative-serving");
  });

  test("throws when its components would have no replica", () => {
    expect(() => new KnativeServing(Testing.chart(), "serving", { replicas: 0 })).toThrow(
      "KnativeServing: replicas is 0; expected a whole number of at least 1",
    );
  });
});
