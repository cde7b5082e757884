import type { TerraformRule } from "../../../guardrails/rule";
import { blockOf } from "../../../guardrails/terraform-references";

export const keyVaultKeyRotation: TerraformRule = {
  id: "platform-key-vault-key-rotation",
  severity: "error",
  rationale: "a rotating key limits what one leaked key version decrypts",
  fix: "give the key a rotation_policy with automatic.time_after_creation (or time_before_expiry)",
  resourceTypes: ["azurerm_key_vault_key"],
  check({ config }) {
    const automatic = blockOf(blockOf(config.rotation_policy).automatic);
    return automatic.time_after_creation || automatic.time_before_expiry
      ? undefined
      : "does not rotate automatically";
  },
};
