import type { TerraformRule } from "../../../guardrails/rule";
import { refersTo } from "../../../guardrails/terraform-references";

export const postgresPrivateAccess: TerraformRule = {
  id: "platform-postgres-private-access",
  severity: "error",
  rationale:
    "a server with public access gets an internet-resolvable address: one firewall rule from exposure",
  fix: "set public_network_access_enabled = false and place the server in its delegated subnet (delegated_subnet_id, private_dns_zone_id)",
  resourceTypes: ["azurerm_postgresql_flexible_server"],
  check(server, stack) {
    if (server.config.public_network_access_enabled !== false)
      return "is reachable from public networks (public_network_access_enabled is not false)";
    const endpoint = stack
      .ofType("azurerm_private_endpoint")
      .some((candidate) => refersTo(candidate.config.private_service_connection, server));
    return server.config.delegated_subnet_id || endpoint
      ? undefined
      : "is in no VNet (no delegated subnet, no private endpoint)";
  },
};
