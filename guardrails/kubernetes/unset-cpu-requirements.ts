import type { KubernetesRule } from "../rule";
import { firstFailing, POD_SPEC_KINDS } from "./pod-specs";

/** kube-linter unset-cpu-requirements. */
export const unsetCpuRequirements: KubernetesRule = {
  id: "unset-cpu-requirements",
  severity: "error",
  rationale: "without a CPU request the scheduler over-packs nodes; without a limit one pod starves the rest",
  fix: "set resources.requests.cpu and resources.limits.cpu on every container",
  kinds: POD_SPEC_KINDS,
  check: (object) =>
    firstFailing(
      object,
      (container) =>
        container.resources?.requests?.cpu !== undefined && container.resources?.limits?.cpu !== undefined,
      "has no CPU request or limit",
    ),
};
