import type { TerraformRule } from "../../../guardrails/rule";
import { sendsLogCategory } from "./diagnostic-settings";

export const keyVaultAuditLogs: TerraformRule = {
  id: "platform-key-vault-audit-logs",
  severity: "error",
  rationale:
    "the vault holds the database secret and the cluster's KMS key; without its audit log nobody can tell who read them",
  fix: 'add an azurerm_monitor_diagnostic_setting on the vault with enabled_log category "AuditEvent" to the Log Analytics workspace',
  resourceTypes: ["azurerm_key_vault"],
  check: (vault, stack) =>
    sendsLogCategory(stack, vault, "AuditEvent")
      ? undefined
      : "keeps no audit log (no diagnostic setting sends AuditEvent)",
};
