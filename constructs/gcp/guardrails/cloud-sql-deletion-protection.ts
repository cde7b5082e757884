import type { TerraformRule } from "../../../guardrails/rule";
import { blockOf } from "../../../guardrails/terraform-references";

export const cloudSqlDeletionProtection: TerraformRule = {
  id: "platform-cloud-sql-deletion-protection",
  severity: "error",
  rationale:
    "a production database must survive a mistaken destroy, a replacing plan and a delete in the console",
  fix: "set deletion_protection = true (Terraform) and settings.deletion_protection_enabled = true (the API) (database.deletionProtection)",
  tiers: ["prod"],
  resourceTypes: ["google_sql_database_instance"],
  check({ config }) {
    // Terraform's own guard defaults to true; the instance's own protection is off unless set.
    if (config.deletion_protection === false)
      return "has no deletion protection in Terraform (deletion_protection = false)";
    return blockOf(config.settings).deletion_protection_enabled === true
      ? undefined
      : "can be deleted through the API and console (settings.deletion_protection_enabled is not true)";
  },
};
