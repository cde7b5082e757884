import type { TerraformRule } from "../../../guardrails/rule";
import { blockOf } from "../../../guardrails/terraform-references";

/** TLS required; with client certificates, or without them (MLflow signs in with a password). */
const ENCRYPTED = ["ENCRYPTED_ONLY", "TRUSTED_CLIENT_CERTIFICATE_REQUIRED"];

export const cloudSqlTls: TerraformRule = {
  id: "CKV_GCP_6",
  severity: "error",
  rationale:
    "credentials and queries cross the VPC; Cloud SQL refuses clear-text connections only when told to",
  fix: 'set settings.ip_configuration.ssl_mode = "ENCRYPTED_ONLY"',
  resourceTypes: ["google_sql_database_instance"],
  check({ config }) {
    const mode = blockOf(blockOf(config.settings).ip_configuration).ssl_mode;
    return ENCRYPTED.includes(mode)
      ? undefined
      : `accepts connections without TLS (ssl_mode ${mode ?? "unset"})`;
  },
};
