import { ref, TerraformStack, Token } from "cdktf";
import type { Construct } from "constructs";

/**
 * hashicorp/random, pinned: its ephemeral `random_password` (3.7.1 and later) draws the database passwords
 * of the clouds whose provider has no ephemeral password of its own (see docs/versions.md).
 */
export const RANDOM_PROVIDER = { source: "hashicorp/random", version: "3.7.2" } as const;

/**
 * Declares `ephemeral "random_password"` for one database and pins hashicorp/random in the stack (cdktf has
 * no class for ephemeral resources, and the provider's bindings are not a dependency). The password is
 * 40 letters and digits with at least one upper, one lower and one digit: it goes into connection URLs
 * unescaped, and the servers that ask for three character classes get them. Returns a reference usable
 * only in write-only arguments; the value is never in the configuration, plan or state.
 */
export function declareEphemeralRandomPassword(scope: Construct, databaseName: string): string {
  const stack = TerraformStack.of(scope);
  const name = `${databaseName.replace(/[^a-zA-Z0-9]/g, "_")}_password`;
  stack.addOverride("terraform.required_providers.random", { ...RANDOM_PROVIDER });
  stack.addOverride(`ephemeral.random_password.${name}`, {
    length: 40,
    special: false,
    min_upper: 1,
    min_lower: 1,
    min_numeric: 1,
  });
  return Token.asString(ref(`ephemeral.random_password.${name}.result`));
}
