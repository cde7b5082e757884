import type { KubernetesRule } from "../rule";
import { containersOf } from "./pod-specs";

/** kube-linter no-liveness-probe (long-running containers; init containers and jobs have none). */
export const noLivenessProbe: KubernetesRule = {
  id: "no-liveness-probe",
  severity: "error",
  rationale: "without a liveness probe a hung process keeps its pod forever",
  fix: "give every long-running container a livenessProbe",
  kinds: ["Deployment", "StatefulSet", "DaemonSet"],
  check(object) {
    const failing = containersOf(object).filter(
      ({ init, container }) => !init && container.livenessProbe === undefined,
    );
    return failing.length === 0
      ? undefined
      : `${failing.map(({ label }) => label).join(", ")} has no liveness probe`;
  },
};
