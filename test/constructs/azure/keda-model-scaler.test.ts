import { Chart, Testing } from "cdk8s";
import { KedaModelScaler } from "../../../constructs/azure/cluster/keda-model-scaler";
import { clusterLayer } from "../../support/cluster-layer";

describe("GPU model servers on Azure scale with KEDA", () => {
  test("each Standard-mode GPU model gets a ScaledObject on its predictor in mlops, and KServe leaves scaling alone", () => {
    for (const env of ["azure-dev", "azure-prod", "azure-prod-dr"]) {
      const layer = clusterLayer(env);
      const scaled = layer.ofKind("ScaledObject");
      expect(scaled.map((object) => object.metadata.name)).toEqual(["text-embedder-predictor"]);
      const [object] = scaled;
      expect(object.metadata.namespace).toBe("mlops");
      expect(object.spec.scaleTargetRef).toEqual({
        apiVersion: "apps/v1",
        kind: "Deployment",
        name: "text-embedder-predictor",
      });
      expect(object.spec.triggers[0].type).toBe("prometheus");
      expect(object.spec.triggers[0].metadata.query).toContain(
        'destination_service_name="text-embedder-predictor"',
      );
      const service = layer.one("InferenceService", "text-embedder");
      expect(service.metadata.annotations["serving.kserve.io/autoscalerClass"]).toBe("external");
      expect(service.spec.predictor.scaleMetric).toBeUndefined();
      // CPU models keep KServe's HPA.
      expect(
        layer.one("InferenceService", "demand-forecast").metadata.annotations[
          "serving.kserve.io/autoscalerClass"
        ],
      ).toBe("hpa");
    }
  });

  test("a GPU model with minReplicas 0 scales from zero; prod keeps its floor", () => {
    expect(
      clusterLayer("azure-dev").one("ScaledObject", "text-embedder-predictor").spec.minReplicaCount,
    ).toBe(0);
    expect(clusterLayer("azure-prod").one("ScaledObject", "text-embedder-predictor").spec).toMatchObject({
      minReplicaCount: 1,
      maxReplicaCount: 4,
    });
  });

  test("GPU pods on dev's spot pool tolerate AKS's spot taint as well as the GPU taint", () => {
    const tolerations = clusterLayer("azure-dev").one("InferenceService", "text-embedder").spec.predictor
      .tolerations;
    expect(tolerations).toEqual([
      { key: "nvidia.com/gpu", operator: "Exists", effect: "NoSchedule" },
      {
        key: "kubernetes.azure.com/scalesetpriority",
        operator: "Equal",
        value: "spot",
        effect: "NoSchedule",
      },
    ]);
    const prodTolerations = clusterLayer("azure-prod").one("InferenceService", "text-embedder").spec.predictor
      .tolerations;
    expect(prodTolerations).toEqual([{ key: "nvidia.com/gpu", operator: "Exists", effect: "NoSchedule" }]);
  });

  test("the training pipeline's GPU step tolerates the spot taint on azure-dev too", () => {
    const template = clusterLayer("azure-dev").one("WorkflowTemplate", "ml-training-pipeline");
    const train = template.spec.templates.find((step: { name: string }) => step.name === "train");
    expect(train.tolerations).toContainEqual({
      key: "kubernetes.azure.com/scalesetpriority",
      operator: "Equal",
      value: "spot",
      effect: "NoSchedule",
    });
  });

  test("AWS models keep KServe's HPA: no ScaledObject", () => {
    expect(clusterLayer("prod").ofKind("ScaledObject")).toEqual([]);
  });

  test("throws on a floor above the ceiling", () => {
    const chart = new Chart(Testing.app(), "test");
    expect(
      () =>
        new KedaModelScaler(chart, "s", {
          name: "m",
          namespace: "mlops",
          minReplicas: 3,
          maxReplicas: 2,
          labels: {},
        }),
    ).toThrow("KedaModelScaler mlops/m: minReplicas is 3; expected an integer from 0 to maxReplicas (2)");
  });
});
