import type { TerraformRule } from "../../../guardrails/rule";

export const aksNoSsh: TerraformRule = {
  id: "platform-aks-no-ssh",
  severity: "error",
  rationale:
    "SSH into nodes bypasses Entra ID and the cluster's audit trail; kubectl debug reaches a node when needed",
  fix: "remove linux_profile (its SSH key) from the cluster",
  resourceTypes: ["azurerm_kubernetes_cluster"],
  check: ({ config }) =>
    [config.linux_profile ?? []].flat().length === 0
      ? undefined
      : "installs an SSH key on its nodes (linux_profile is set)",
};
