import type { TerraformRule } from "../../../guardrails/rule";

export const gkeLegacyAbac: TerraformRule = {
  id: "CKV_GCP_7",
  severity: "error",
  rationale:
    "legacy ABAC grants broad static permissions beside RBAC, which the platform's Roles rely on being the only authority",
  fix: "leave enable_legacy_abac unset or false",
  resourceTypes: ["google_container_cluster"],
  check: ({ config }) =>
    config.enable_legacy_abac === true ? "enables legacy ABAC authorization" : undefined,
};
