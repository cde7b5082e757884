import type { TerraformRule } from "../../../guardrails/rule";
import { blockOf } from "../../../guardrails/terraform-references";

export const aksEphemeralOsDisk: TerraformRule = {
  id: "CKV_AZURE_226",
  severity: "error",
  rationale:
    "an ephemeral OS disk keeps the system nodes' scratch data on the host instead of persisting it to Azure Storage",
  fix: 'set default_node_pool.os_disk_type = "Ephemeral"',
  resourceTypes: ["azurerm_kubernetes_cluster"],
  check: ({ config }) =>
    blockOf(config.default_node_pool).os_disk_type === "Ephemeral"
      ? undefined
      : 'keeps its system nodes\' OS disks as managed disks (os_disk_type is not "Ephemeral")',
};
