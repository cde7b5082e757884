import type { TerraformRule } from "../../../guardrails/rule";
import { PROJECT_GRANTS } from "./iam-members";

/** Roles that let their holder act as, or mint credentials for, every service account of the project. */
const IMPERSONATION_ROLES = [
  "roles/iam.serviceAccountUser",
  "roles/iam.serviceAccountTokenCreator",
  "roles/iam.serviceAccountAdmin",
  "roles/iam.serviceAccountKeyAdmin",
  "roles/iam.workloadIdentityUser",
  "roles/iam.securityAdmin",
];

export const iamNoProjectImpersonation: TerraformRule = {
  id: "CKV_GCP_49",
  severity: "error",
  rationale:
    "an impersonation role on the project lets its holder act as every service account in it, the nodes' included",
  fix: "grant the role on the one service account concerned (google_service_account_iam_member)",
  resourceTypes: PROJECT_GRANTS,
  check: ({ config }) =>
    IMPERSONATION_ROLES.includes(config.role)
      ? `grants ${config.role} on the whole project: every service account can be impersonated`
      : undefined,
};
