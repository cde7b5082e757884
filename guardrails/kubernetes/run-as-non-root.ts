import type { KubernetesRule } from "../rule";
import { firstFailing, POD_SPEC_KINDS } from "./pod-specs";

/** kube-linter run-as-non-root; Pod Security restricted "Running as Non-root" and "Running as Non-root user". */
export const runAsNonRoot: KubernetesRule = {
  id: "run-as-non-root",
  severity: "error",
  rationale: "a container running as root turns any breakout into root on the node",
  fix: "set runAsNonRoot: true (and a non-zero runAsUser) in the pod's or the container's securityContext",
  kinds: POD_SPEC_KINDS,
  check: (object) =>
    firstFailing(
      object,
      (container, pod) => {
        const nonRoot = container.securityContext?.runAsNonRoot ?? pod.securityContext?.runAsNonRoot;
        const user = container.securityContext?.runAsUser ?? pod.securityContext?.runAsUser;
        return nonRoot === true && user !== 0;
      },
      "may run as root (runAsNonRoot is not true, or runAsUser is 0)",
    ),
};
