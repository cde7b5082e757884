import type { TerraformRule } from "../../../guardrails/rule";

export const gkeDeletionProtection: TerraformRule = {
  id: "platform-gke-deletion-protection",
  severity: "error",
  rationale: "a production cluster must survive a mistaken destroy or a replacing plan",
  fix: "leave deletion_protection at true (database.deletionProtection protects the cluster too; on in the prod tier)",
  tiers: ["prod"],
  resourceTypes: ["google_container_cluster"],
  check: ({ config }) => (config.deletion_protection === false ? "has no deletion protection" : undefined),
};
