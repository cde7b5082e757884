import { Chart } from "cdk8s";
import type { Construct } from "constructs";
import { cloudOf } from "../constructs/clouds";
import { credentialEgress } from "../constructs/k8s/credential-egress";
import { gpuPlacementOf } from "../constructs/k8s/gpu-pool";
import { ModelService } from "../constructs/k8s/model-service";
import { appLabels } from "../constructs/k8s/workload-defaults";
import { type ClusterChartProps, INGRESS_GATEWAY, MONITORING } from "./chart-props";

/**
 * Where inference requests come from: the Istio ingress gateway (and Knative's local gateway), both in
 * `istio-system`, which is how KServe exposes InferenceServices in either deployment mode. Add a
 * namespace here when another gateway (or an in-cluster client namespace) must call the models.
 */
export const INFERENCE_GATEWAY_NAMESPACES = [INGRESS_GATEWAY.namespace] as const;

/** Namespace of kube-prometheus-stack, which scrapes the model servers' metrics. */
export const MONITORING_NAMESPACE = MONITORING.namespace;

/** KServe InferenceServices of the environment's models, in `mlops`. */
export class ModelServingChart extends Chart {
  constructor(scope: Construct, id: string, { environment, contract }: ClusterChartProps) {
    super(scope, id, { disableResourceNameHashes: true });
    // gpu.maxGpus 0 means the environment has no GPU pool: a GPU model is then refused by ModelService.
    const gpuPool =
      environment.gpu.maxGpus > 0
        ? gpuPlacementOf(cloudOf(environment.cloud).cluster.gpuNodeTaints?.(environment) ?? [])
        : undefined;
    for (const model of environment.models) {
      // The service account, its cloud identity and the model's location are the cloud layer's names.
      const names = contract.models.find((entry) => entry.name === model.name);
      if (!names) {
        throw new Error(
          `ModelServingChart: model "${model.name}" of environment "${environment.name}" is missing from the platform contract`,
        );
      }
      // A cloud that scales GPU model servers itself (KEDA on AKS) takes over from KServe's CPU HPA.
      const scaler = cloudOf(environment.cloud).cluster.gpuModelScaler;
      const cloudScaled = scaler !== undefined && model.gpus > 0 && model.deploymentMode === "Standard";
      new ModelService(this, model.name, {
        name: model.name,
        // The contract's namespace: the one the cloud identity trusts (it is NAMESPACES.serving).
        namespace: names.namespace,
        format: model.format,
        storageUri: names.storageUri,
        serviceAccountName: names.serviceAccount,
        serviceAccountAnnotations: names.serviceAccountAnnotations,
        identityPodLabels: names.podLabels,
        minReplicas: model.minReplicas,
        maxReplicas: model.maxReplicas,
        critical: model.critical,
        resources: model.resources,
        gpus: model.gpus,
        gpuPool,
        extraEgress: credentialEgress(contract.network),
        deploymentMode: model.deploymentMode,
        canaryTrafficPercent: model.canaryTrafficPercent,
        gatewayNamespaces: INFERENCE_GATEWAY_NAMESPACES,
        monitoringNamespace: MONITORING_NAMESPACE,
        externalAutoscaler: cloudScaled,
      });
      if (cloudScaled) {
        scaler(this, `${model.name}-scaler`, {
          name: model.name,
          namespace: names.namespace,
          minReplicas: model.minReplicas,
          maxReplicas: model.maxReplicas,
          labels: appLabels(model.name, "autoscaler"),
        });
      }
    }
  }
}
