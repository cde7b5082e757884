import type { KubernetesRule } from "../rule";
import { firstFailing, POD_SPEC_KINDS } from "./pod-specs";

/** kube-linter unset-memory-requirements. */
export const unsetMemoryRequirements: KubernetesRule = {
  id: "unset-memory-requirements",
  severity: "error",
  rationale:
    "without a memory request pods land on full nodes; without a limit one leak evicts its neighbours",
  fix: "set resources.requests.memory and resources.limits.memory on every container",
  kinds: POD_SPEC_KINDS,
  check: (object) =>
    firstFailing(
      object,
      (container) =>
        container.resources?.requests?.memory !== undefined &&
        container.resources?.limits?.memory !== undefined,
      "has no memory request or limit",
    ),
};
