import type { KubernetesRule } from "../rule";
import { firstFailing, POD_SPEC_KINDS } from "./pod-specs";

/** kube-linter privilege-escalation-container; Pod Security restricted "Privilege Escalation". */
export const privilegeEscalationContainer: KubernetesRule = {
  id: "privilege-escalation-container",
  severity: "error",
  rationale: "a process that can gain privileges (setuid binaries) can escape the container's limits",
  fix: "set securityContext.allowPrivilegeEscalation: false and privileged: false on every container",
  kinds: POD_SPEC_KINDS,
  check: (object) =>
    firstFailing(
      object,
      (container) =>
        container.securityContext?.allowPrivilegeEscalation === false &&
        container.securityContext?.privileged !== true,
      "may escalate privileges (allowPrivilegeEscalation is not false, or privileged is true)",
    ),
};
