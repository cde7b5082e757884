import type { TerraformRule } from "../../../guardrails/rule";
import { PROJECT_GRANTS } from "./iam-members";

/** Services whose data has IAM of its own (buckets, secrets, crypto keys): their roles are granted there. */
const RESOURCE_SCOPED = ["roles/storage.", "roles/secretmanager.", "roles/cloudkms."];

export const iamResourceLevelDataRoles: TerraformRule = {
  id: "platform-gcp-resource-level-data-roles",
  severity: "error",
  rationale:
    "a storage, secret or key role granted on the project reaches every bucket, secret or key in it, not the one the workload uses",
  fix: "grant the role on the bucket (with a prefix condition), the secret or the key: google_storage_bucket_iam_member, google_secret_manager_secret_iam_member, google_kms_crypto_key_iam_member",
  resourceTypes: PROJECT_GRANTS,
  check: ({ config }) =>
    RESOURCE_SCOPED.some((prefix) => String(config.role).startsWith(prefix))
      ? `grants ${config.role} on the whole project instead of on the resource`
      : undefined,
};
