import { diagnosticLogRule } from "./diagnostic-settings";

export const keyVaultAuditLogs = diagnosticLogRule({
  id: "platform-key-vault-audit-logs",
  rationale:
    "the vault holds the database secret and the cluster's KMS key; without its audit log nobody can tell who read them",
  resourceType: "azurerm_key_vault",
  what: "the vault",
  category: "AuditEvent",
  message: "keeps no audit log (no diagnostic setting sends AuditEvent)",
});
