import { diagnosticLogRule } from "./diagnostic-settings";

export const postgresServerLogs = diagnosticLogRule({
  id: "platform-postgres-server-logs",
  rationale:
    "the PostgreSQL log is where failed logins and upgrade errors show; kept only on the server it is lost with it",
  resourceType: "azurerm_postgresql_flexible_server",
  what: "the server",
  category: "PostgreSQLLogs",
  message: "keeps its server log only on the server (no diagnostic setting sends PostgreSQLLogs)",
});
