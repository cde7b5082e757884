import type { TerraformRule } from "../../../guardrails/rule";

export const aksAutomaticUpgrades: TerraformRule = {
  id: "CKV_AZURE_171",
  severity: "error",
  rationale:
    "Kubernetes patches and node images carry security fixes; without a channel they wait for someone to remember",
  fix: 'set automatic_upgrade_channel (the platform uses "patch") and keep node_os_upgrade_channel off "None" and "Unmanaged"',
  resourceTypes: ["azurerm_kubernetes_cluster"],
  check({ config }) {
    const channel = config.automatic_upgrade_channel;
    if (channel === undefined || channel === "none") return "has no automatic upgrade channel";
    // The provider's default for node images is NodeImage.
    const nodeOs = config.node_os_upgrade_channel;
    return nodeOs === "None" || nodeOs === "Unmanaged"
      ? `leaves node images unpatched (node_os_upgrade_channel is "${nodeOs}")`
      : undefined;
  },
};
