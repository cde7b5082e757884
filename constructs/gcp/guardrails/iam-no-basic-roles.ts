import type { TerraformRule } from "../../../guardrails/rule";
import { PROJECT_GRANTS } from "./iam-members";

const BASIC_ROLES = ["roles/owner", "roles/editor", "roles/viewer"];

export const iamNoBasicRoles: TerraformRule = {
  id: "CKV_GCP_117",
  severity: "error",
  rationale: "Owner, Editor and Viewer reach every service of the project, and more with every API enabled",
  fix: "grant the predefined role of the one service needed, on the resource (bucket, secret, key) where it has one",
  resourceTypes: PROJECT_GRANTS,
  check: ({ config }) =>
    BASIC_ROLES.includes(config.role) ? `grants the basic role ${config.role} on the project` : undefined,
};
