import type { KubernetesObjects, KubernetesRule } from "../rule";

/**
 * The Deployment KServe makes of a "Standard"-mode InferenceService: `<name>-predictor`, in its namespace
 * (KServe v0.20 raw deployment). Knative-mode services make revisions instead, which nothing else scales.
 */
function kservePredictorDeployments(objects: KubernetesObjects): Set<string> {
  return new Set(
    objects
      .ofKind("InferenceService")
      .filter((service) => service.metadata?.annotations?.["serving.kserve.io/deploymentMode"] !== "Knative")
      .map((service) => `${service.metadata?.namespace}/${service.metadata?.name}-predictor`),
  );
}

/** kube-linter dangling-horizontalpodautoscaler, and the same for KEDA's ScaledObject. */
export const danglingAutoscaler: KubernetesRule = {
  id: "dangling-horizontalpodautoscaler",
  severity: "error",
  rationale: "an autoscaler whose target does not exist scales nothing, silently",
  fix: "point scaleTargetRef at a workload the cluster layer creates in the same namespace (a Standard-mode InferenceService's <name>-predictor counts)",
  kinds: ["HorizontalPodAutoscaler", "ScaledObject"],
  check(scaler, objects) {
    const target = scaler.spec?.scaleTargetRef ?? {};
    // KEDA's default target kind is a Deployment.
    const kind = target.kind ?? "Deployment";
    const found =
      objects
        .ofKind(kind)
        .some(
          (object) =>
            object.metadata?.name === target.name &&
            object.metadata?.namespace === scaler.metadata?.namespace,
        ) ||
      (kind === "Deployment" &&
        kservePredictorDeployments(objects).has(`${scaler.metadata?.namespace}/${target.name}`));
    return found
      ? undefined
      : `targets ${kind} "${target.name}", which the cluster layer does not create in its namespace (nor KServe for one of its InferenceServices)`;
  },
};
