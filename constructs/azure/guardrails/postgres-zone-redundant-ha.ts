import type { TerraformRule } from "../../../guardrails/rule";
import { blockOf } from "../../../guardrails/terraform-references";

export const postgresZoneRedundantHa: TerraformRule = {
  id: "platform-postgres-zone-redundant-ha",
  severity: "error",
  rationale:
    "a server without a standby in another zone takes MLflow down with its zone and for every maintenance restart",
  fix: 'set high_availability.mode = "ZoneRedundant" (database.multiAz, on in the prod tier)',
  tiers: ["prod"],
  resourceTypes: ["azurerm_postgresql_flexible_server"],
  check({ config }) {
    const mode = blockOf(config.high_availability).mode;
    return mode === "ZoneRedundant"
      ? undefined
      : `has no standby in another zone (high_availability ${mode === undefined ? "is not set" : `mode is "${mode}"`})`;
  },
};
