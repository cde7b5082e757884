import type { TerraformRule } from "../../../guardrails/rule";

export const nodeGroupNoSsh: TerraformRule = {
  id: "CKV_AWS_100",
  severity: "error",
  rationale: "SSH into nodes bypasses the cluster's audit trail; Session Manager reaches them when needed",
  fix: "remove remote_access from the node group (no SSH key)",
  resourceTypes: ["aws_eks_node_group"],
  check: ({ config }) =>
    [config.remote_access ?? []].flat().length === 0
      ? undefined
      : "allows SSH to its nodes (remote_access is set)",
};
