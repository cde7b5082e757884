import type { TerraformRule } from "../../../guardrails/rule";

// biome-ignore lint/suspicious/noExplicitAny: security rules are plain JSON.
type SecurityRule = Record<string, any>;

/** The source prefixes that mean "anywhere on the internet". */
const INTERNET = ["*", "0.0.0.0/0", "internet", "any", "::/0"];

export const nsgNoInboundFromInternet: TerraformRule = {
  id: "platform-nsg-no-inbound-from-internet",
  severity: "error",
  rationale:
    "nothing of the platform listens to the internet: the API server, database, vault and blobs are private",
  fix: "remove the rule, or allow only named source ranges (never *, 0.0.0.0/0 or Internet)",
  resourceTypes: ["azurerm_network_security_group", "azurerm_network_security_rule"],
  check({ type, config }) {
    const rules: SecurityRule[] =
      type === "azurerm_network_security_rule" ? [config] : [config.security_rule ?? []].flat();
    const open = rules.filter(
      (rule) =>
        String(rule.access).toLowerCase() === "allow" &&
        String(rule.direction).toLowerCase() === "inbound" &&
        [rule.source_address_prefix, ...(rule.source_address_prefixes ?? [])].some((prefix) =>
          INTERNET.includes(String(prefix).toLowerCase()),
        ),
    );
    if (open.length === 0) return undefined;
    return `allows inbound traffic from the internet (${open.map((rule) => rule.name ?? "a rule").join(", ")})`;
  },
};
