import type { TerraformRule } from "../../../guardrails/rule";

export const roleAssignmentNarrowScope: TerraformRule = {
  id: "platform-role-assignment-narrow-scope",
  severity: "error",
  rationale:
    "a grant on a subscription, management group or resource group reaches every resource created there later",
  fix: "scope the assignment to the resource it is for (the storage account, the vault, the secret, the VNet)",
  resourceTypes: ["azurerm_role_assignment"],
  check({ config }) {
    const scope = String(config.scope ?? "");
    if (
      scope === "/" ||
      /^\/subscriptions\/[^/]+\/?$/i.test(scope) ||
      /\/providers\/Microsoft\.Management\/managementGroups\//i.test(scope) ||
      /^\$\{data\.azurerm_(subscription|management_group)\./.test(scope)
    )
      return `is scoped to a subscription or management group (${scope})`;
    return /^\/subscriptions\/[^/]+\/resourceGroups\/[^/]+\/?$/i.test(scope) ||
      /^\$\{(data\.)?azurerm_resource_group\.[^.]+\.id\}$/.test(scope)
      ? `is scoped to a whole resource group (${scope})`
      : undefined;
  },
};
