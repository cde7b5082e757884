import type { TerraformRule } from "../../../guardrails/rule";

export const metadataHopLimit: TerraformRule = {
  id: "CKV_AWS_341",
  severity: "error",
  rationale: "a hop limit above 1 lets pods reach the node's metadata service and take the node role",
  fix: "set metadata_options.http_put_response_hop_limit = 1 on the launch template",
  resourceTypes: ["aws_launch_template"],
  check({ config }) {
    const options = [config.metadata_options ?? []].flat()[0] ?? {};
    const limit = options.http_put_response_hop_limit;
    return limit === 1
      ? undefined
      : `has a metadata hop limit of ${limit ?? "the default (2 on EKS AMIs)"}, not 1`;
  },
};
