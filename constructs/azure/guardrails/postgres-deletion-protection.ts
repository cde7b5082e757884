import type { TerraformRule } from "../../../guardrails/rule";
import { referring } from "../../../guardrails/terraform-references";

export const postgresDeletionProtection: TerraformRule = {
  id: "platform-postgres-deletion-protection",
  severity: "error",
  rationale:
    "a production database must survive a mistaken destroy, a replacing plan and a click in the portal",
  fix: 'add an azurerm_management_lock with lock_level "CanNotDelete" on the server and lifecycle.prevent_destroy (database.deletionProtection)',
  tiers: ["prod"],
  resourceTypes: ["azurerm_postgresql_flexible_server"],
  check(server, stack) {
    const locked = referring(stack, "azurerm_management_lock", "scope", server).some((lock) =>
      ["CanNotDelete", "ReadOnly"].includes(lock.config.lock_level),
    );
    if (!locked) return "has no CanNotDelete management lock";
    return server.config.lifecycle?.prevent_destroy === true
      ? undefined
      : "may be destroyed by a plan (no prevent_destroy)";
  },
};
