import type { TerraformRule } from "../../../guardrails/rule";

export const rdsStorageEncrypted: TerraformRule = {
  id: "CKV_AWS_16",
  severity: "error",
  rationale:
    "the database holds every experiment's metadata; its storage and snapshots stay encrypted with the platform's key",
  fix: "set storage_encrypted = true and kms_key_id to the database's customer key",
  resourceTypes: ["aws_db_instance"],
  check({ config }) {
    // A point-in-time restore keeps the encryption (and key) of the backups it restores.
    if (config.restore_to_point_in_time !== undefined && config.storage_encrypted !== false) return undefined;
    if (config.storage_encrypted !== true)
      return "does not encrypt its storage (storage_encrypted is not true)";
    return config.kms_key_id
      ? undefined
      : "encrypts its storage with the AWS-managed key, not a customer key";
  },
};
