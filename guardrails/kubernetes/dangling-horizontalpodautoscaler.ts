import type { KubernetesRule } from "../rule";

/** kube-linter dangling-horizontalpodautoscaler, and the same for KEDA's ScaledObject. */
export const danglingAutoscaler: KubernetesRule = {
  id: "dangling-horizontalpodautoscaler",
  severity: "error",
  rationale: "an autoscaler whose target does not exist scales nothing, silently",
  fix: "point scaleTargetRef at a workload the cluster layer creates in the same namespace",
  kinds: ["HorizontalPodAutoscaler", "ScaledObject"],
  check(scaler, objects) {
    const target = scaler.spec?.scaleTargetRef ?? {};
    // KEDA's default target kind is a Deployment.
    const kind = target.kind ?? "Deployment";
    const found = objects
      .ofKind(kind)
      .some(
        (object) =>
          object.metadata?.name === target.name && object.metadata?.namespace === scaler.metadata?.namespace,
      );
    return found
      ? undefined
      : `targets ${kind} "${target.name}", which the cluster layer does not create in its namespace`;
  },
};
