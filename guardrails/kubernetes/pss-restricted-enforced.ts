import type { KubernetesRule } from "../rule";

const ENFORCE = "pod-security.kubernetes.io/enforce";

/** Pod Security admission enforces the `restricted` level in every namespace the platform creates. */
export const podSecurityRestrictedEnforced: KubernetesRule = {
  id: "pss-restricted-enforced",
  severity: "error",
  rationale: "Pod Security admission rejects any pod below the restricted profile, whatever wrote it",
  fix: `label the Namespace ${ENFORCE}: restricted (constructs/k8s/platform-namespace.ts)`,
  kinds: ["Namespace"],
  check(namespace) {
    const level = namespace.metadata?.labels?.[ENFORCE];
    return level === "restricted"
      ? undefined
      : `enforces ${level === undefined ? "no Pod Security level" : `level "${level}"`}, not "restricted"`;
  },
};
