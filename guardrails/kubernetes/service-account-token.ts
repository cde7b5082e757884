import type { KubernetesRule } from "../rule";

/** checkov CKV_K8S_38: service-account tokens only mounted where needed. */
export const serviceAccountToken: KubernetesRule = {
  id: "CKV_K8S_38",
  severity: "error",
  rationale: "a mounted token lets anything in the pod call the Kubernetes API as its service account",
  fix: "set automountServiceAccountToken: false on the ServiceAccount, or suppress with why the pods call the API",
  kinds: ["ServiceAccount"],
  check: (account) =>
    account.automountServiceAccountToken === false
      ? undefined
      : "mounts its token into every pod that uses it",
};
