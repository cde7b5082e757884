import type { TerraformRule } from "../../../guardrails/rule";

/** Built-in roles that manage everything or grant access to others, by name and definition id. */
const BROAD_ROLES: Readonly<Record<string, string | undefined>> = {
  Owner: "8e3af657-a8ff-443c-a75c-2fe8c4bcb635",
  Contributor: "b24988ac-6180-42a0-ab88-20f7382dd24c",
  "User Access Administrator": "18d7d88d-d35e-4fb5-a5c3-7773c20a72d9",
  "Role Based Access Control Administrator": undefined,
};

export const roleAssignmentNoBroadRole: TerraformRule = {
  id: "platform-role-assignment-no-broad-role",
  severity: "error",
  rationale:
    "Owner and Contributor manage every resource in scope, and the access administrators grant themselves the rest",
  fix: "assign the narrowest built-in role the job needs (Storage Blob Data Reader, Key Vault Secrets User, ...)",
  resourceTypes: ["azurerm_role_assignment"],
  check({ config }) {
    const id = String(config.role_definition_id ?? "").toLowerCase();
    const broad = Object.entries(BROAD_ROLES).find(
      ([name, guid]) => config.role_definition_name === name || (guid !== undefined && id.endsWith(guid)),
    );
    return broad ? `grants the broad built-in role ${broad[0]}` : undefined;
  },
};
