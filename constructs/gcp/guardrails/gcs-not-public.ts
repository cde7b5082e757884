import type { TerraformRule } from "../../../guardrails/rule";

const PUBLIC = ["allUsers", "allAuthenticatedUsers"];

export const gcsNotPublic: TerraformRule = {
  id: "CKV_GCP_28",
  severity: "error",
  rationale:
    "a grant to allUsers or allAuthenticatedUsers hands the bucket to anyone with (or without) a Google account",
  fix: "grant bucket roles to the workloads' service accounts only",
  resourceTypes: ["google_storage_bucket_iam_member", "google_storage_bucket_iam_binding"],
  check({ config }) {
    const members: string[] = [config.member ?? [], config.members ?? []].flat();
    const open = members.filter((member) => PUBLIC.includes(member));
    return open.length === 0 ? undefined : `grants ${config.role} to ${open.join(", ")}`;
  },
};
