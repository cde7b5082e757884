import type { KubernetesRule } from "../rule";
import { firstFailing, POD_SPEC_KINDS } from "./pod-specs";

/** kube-linter no-read-only-root-fs. */
export const noReadOnlyRootFs: KubernetesRule = {
  id: "no-read-only-root-fs",
  severity: "error",
  rationale: "a writable root filesystem lets a compromised process plant binaries that outlive the request",
  fix: "set securityContext.readOnlyRootFilesystem: true; mount an emptyDir where the program writes",
  kinds: POD_SPEC_KINDS,
  check: (object) =>
    firstFailing(
      object,
      (container) => container.securityContext?.readOnlyRootFilesystem === true,
      "has a writable root filesystem",
    ),
};
