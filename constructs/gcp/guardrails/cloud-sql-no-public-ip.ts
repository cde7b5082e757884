import type { TerraformRule } from "../../../guardrails/rule";
import { blockOf } from "../../../guardrails/terraform-references";

export const cloudSqlNoPublicIp: TerraformRule = {
  id: "CKV_GCP_60",
  severity: "error",
  rationale:
    "an instance with a public address is one authorized network away from the internet; MLflow reaches it privately",
  fix: "set settings.ip_configuration.ipv4_enabled = false and a private_network (Private Service Access)",
  resourceTypes: ["google_sql_database_instance"],
  check({ config }) {
    const ip = blockOf(blockOf(config.settings).ip_configuration);
    if (ip.ipv4_enabled !== false)
      return "has a public IPv4 address (ip_configuration.ipv4_enabled is not false)";
    return ip.private_network ? undefined : "has no private network (ip_configuration.private_network)";
  },
};
