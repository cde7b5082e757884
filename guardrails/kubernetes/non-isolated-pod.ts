import type { KubernetesRule } from "../rule";
import { POD_SPEC_KINDS, podLabelsOf, selects } from "./pod-specs";

/** kube-linter non-isolated-pod: every pod is selected by a NetworkPolicy. */
export const nonIsolatedPod: KubernetesRule = {
  id: "non-isolated-pod",
  severity: "error",
  rationale: "a pod no NetworkPolicy selects accepts traffic from anywhere in the cluster",
  fix: "add a NetworkPolicy selecting the pods (the baseline's default-deny covers a platform namespace)",
  kinds: POD_SPEC_KINDS,
  check(workload, objects) {
    const labels = podLabelsOf(workload);
    const covered = objects
      .ofKind("NetworkPolicy")
      .some(
        (policy) =>
          policy.metadata?.namespace === workload.metadata?.namespace &&
          selects(policy.spec?.podSelector ?? {}, labels),
      );
    return covered ? undefined : "no NetworkPolicy selects its pods";
  },
};
