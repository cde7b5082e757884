import type { TerraformRule } from "../../../guardrails/rule";

export const storageMinTls: TerraformRule = {
  id: "CKV_AZURE_44",
  severity: "error",
  rationale: "TLS 1.0 and 1.1 have known weaknesses; the account refuses them only when told to",
  fix: 'set min_tls_version = "TLS1_2"',
  resourceTypes: ["azurerm_storage_account"],
  check: ({ config }) =>
    ["TLS1_2", "TLS1_3"].includes(config.min_tls_version)
      ? undefined
      : `accepts TLS older than 1.2 (min_tls_version is ${config.min_tls_version ?? "unset"})`,
};
