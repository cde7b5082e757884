import type { TerraformRule } from "../../../guardrails/rule";

export const imdsv2Required: TerraformRule = {
  id: "CKV_AWS_79",
  severity: "error",
  rationale: "IMDSv1 answers any request, so one SSRF in a pod hands out the node role's credentials",
  fix: 'set metadata_options.http_tokens = "required" on the launch template',
  resourceTypes: ["aws_launch_template"],
  check({ config }) {
    const options = [config.metadata_options ?? []].flat()[0] ?? {};
    if (options.http_endpoint === "disabled" || options.http_tokens === "required") return undefined;
    return 'lets nodes use IMDSv1 (metadata_options.http_tokens is not "required")';
  },
};
