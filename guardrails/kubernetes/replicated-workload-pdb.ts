import type { KubernetesRule } from "../rule";
import { minimumReplicas, podLabelsOf, REPLICATED_KINDS, selects } from "./pod-specs";

/** No upstream check: every workload running more than one replica has a PodDisruptionBudget. */
export const replicatedWorkloadPdb: KubernetesRule = {
  id: "platform-replicated-workload-pdb",
  severity: "error",
  rationale: "without a disruption budget a node drain or upgrade may evict every replica at once",
  fix: "add a PodDisruptionBudget (constructs/k8s/pod-disruption-budget.ts) selecting the workload's pods",
  kinds: REPLICATED_KINDS,
  check(workload, objects) {
    if (minimumReplicas(workload, objects) < 2) return undefined;
    const labels = podLabelsOf(workload);
    const covered = objects
      .ofKind("PodDisruptionBudget")
      .some(
        (pdb) =>
          pdb.metadata?.namespace === workload.metadata?.namespace && selects(pdb.spec?.selector, labels),
      );
    return covered ? undefined : "runs more than one replica and no PodDisruptionBudget selects its pods";
  },
};
