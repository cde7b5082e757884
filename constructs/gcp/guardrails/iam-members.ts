import type { TerraformResource } from "../../../guardrails/rule";

/** The project-level IAM grants (one member or a binding's members), which project-wide rules check. */
export const PROJECT_GRANTS: readonly string[] = ["google_project_iam_member", "google_project_iam_binding"];

/** The members an IAM member or binding resource grants its role to. */
export function membersOf({ config }: TerraformResource): readonly string[] {
  return [config.member ?? [], config.members ?? []].flat();
}
