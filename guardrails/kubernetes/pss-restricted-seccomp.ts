import type { KubernetesRule } from "../rule";
import { firstFailing, POD_SPEC_KINDS } from "./pod-specs";

const ALLOWED = ["RuntimeDefault", "Localhost"];

/** Pod Security restricted "Seccomp": every container runs under the runtime's or a local profile. */
export const podSecuritySeccomp: KubernetesRule = {
  id: "pss-restricted-seccomp",
  severity: "error",
  rationale: "without a seccomp profile a container can call every system call of the node's kernel",
  fix: "set securityContext.seccompProfile.type: RuntimeDefault on the pod (or on every container)",
  kinds: POD_SPEC_KINDS,
  check: (object) =>
    firstFailing(
      object,
      (container, pod) =>
        ALLOWED.includes(
          container.securityContext?.seccompProfile?.type ?? pod.securityContext?.seccompProfile?.type,
        ),
      "runs without a RuntimeDefault or Localhost seccomp profile",
    ),
};
