import type { KubernetesRule } from "../rule";
import { minimumReplicas, podSpecOf, REPLICATED_KINDS } from "./pod-specs";

const SPREAD_KEYS = ["kubernetes.io/hostname", "topology.kubernetes.io/zone"];

/**
 * kube-linter no-anti-affinity: replicas are kept apart. Topology spread constraints over hosts or zones
 * count as well as pod anti-affinity.
 */
export const noAntiAffinity: KubernetesRule = {
  id: "no-anti-affinity",
  severity: "error",
  rationale: "replicas packed onto one node or zone all fail with it",
  fix: "add topologySpreadConstraints over topology.kubernetes.io/zone (or pod anti-affinity) to the pod spec",
  kinds: REPLICATED_KINDS,
  check(workload, objects) {
    if (minimumReplicas(workload, objects) < 2) return undefined;
    const spec = podSpecOf(workload) ?? {};
    const spread = (spec.topologySpreadConstraints ?? []).some((constraint: { topologyKey?: string }) =>
      SPREAD_KEYS.includes(constraint.topologyKey ?? ""),
    );
    const antiAffinity =
      (spec.affinity?.podAntiAffinity?.requiredDuringSchedulingIgnoredDuringExecution ?? []).length > 0 ||
      (spec.affinity?.podAntiAffinity?.preferredDuringSchedulingIgnoredDuringExecution ?? []).length > 0;
    return spread || antiAffinity
      ? undefined
      : "runs more than one replica without topology spread constraints or pod anti-affinity";
  },
};
