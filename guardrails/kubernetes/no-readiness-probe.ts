import type { KubernetesRule } from "../rule";
import { containersOf } from "./pod-specs";

/** kube-linter no-readiness-probe (long-running containers; init containers and jobs have none). */
export const noReadinessProbe: KubernetesRule = {
  id: "no-readiness-probe",
  severity: "error",
  rationale: "without a readiness probe a Service sends traffic to a pod before it can answer",
  fix: "give every long-running container a readinessProbe",
  kinds: ["Deployment", "StatefulSet", "DaemonSet"],
  check(object) {
    const failing = containersOf(object).filter(
      ({ init, container }) => !init && container.readinessProbe === undefined,
    );
    return failing.length === 0
      ? undefined
      : `${failing.map(({ label }) => label).join(", ")} has no readiness probe`;
  },
};
