import type { TerraformRule } from "../../../guardrails/rule";
import { sendsLogCategory } from "./diagnostic-settings";

export const postgresServerLogs: TerraformRule = {
  id: "platform-postgres-server-logs",
  severity: "error",
  rationale:
    "the PostgreSQL log is where failed logins and upgrade errors show; kept only on the server it is lost with it",
  fix: 'add an azurerm_monitor_diagnostic_setting on the server with enabled_log category "PostgreSQLLogs" to the Log Analytics workspace',
  resourceTypes: ["azurerm_postgresql_flexible_server"],
  check: (server, stack) =>
    sendsLogCategory(stack, server, "PostgreSQLLogs")
      ? undefined
      : "keeps its server log only on the server (no diagnostic setting sends PostgreSQLLogs)",
};
