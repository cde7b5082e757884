import type { TerraformRule } from "../../../guardrails/rule";
import { referring } from "../../../guardrails/terraform-references";

export const postgresRequireSecureTransport: TerraformRule = {
  id: "platform-postgres-require-secure-transport",
  severity: "error",
  rationale:
    "credentials and queries cross the VNet; the server refuses clear-text connections only while require_secure_transport is on",
  fix: 'add an azurerm_postgresql_flexible_server_configuration require_secure_transport = "on" for the server',
  resourceTypes: ["azurerm_postgresql_flexible_server"],
  check(server, stack) {
    const setting = referring(
      stack,
      "azurerm_postgresql_flexible_server_configuration",
      "server_id",
      server,
    ).find((configuration) => configuration.config.name === "require_secure_transport");
    if (setting === undefined)
      return "does not state require_secure_transport (a server parameter anyone may turn off)";
    return String(setting.config.value).toLowerCase() === "on"
      ? undefined
      : `accepts clear-text connections (require_secure_transport is "${setting.config.value}")`;
  },
};
