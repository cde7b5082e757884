import type { TerraformRule } from "../../../guardrails/rule";
import { membersOf } from "./iam-members";

/** "serviceAccount:<project>.svc.id.goog[<namespace>/<name>]": one Kubernetes service account. */
const ONE_KUBERNETES_ACCOUNT = /^serviceAccount:[a-z][a-z0-9-]*\.svc\.id\.goog\[[a-z0-9-]+\/[a-z0-9.-]+\]$/;

export const workloadIdentityOneServiceAccount: TerraformRule = {
  id: "platform-gke-workload-identity-one-service-account",
  severity: "error",
  rationale:
    "a Google service account federated to the cluster must be usable by one Kubernetes service account, not every pod",
  fix: 'grant roles/iam.workloadIdentityUser to exactly one member "serviceAccount:<project>.svc.id.goog[<namespace>/<name>]"',
  resourceTypes: ["google_service_account_iam_member", "google_service_account_iam_binding"],
  check(grant) {
    if (grant.config.role !== "roles/iam.workloadIdentityUser") return undefined;
    const members = membersOf(grant);
    const [member, ...others] = members;
    return others.length === 0 && typeof member === "string" && ONE_KUBERNETES_ACCOUNT.test(member)
      ? undefined
      : `can be used by more than one Kubernetes service account (${members.join(", ") || "no member"})`;
  },
};
