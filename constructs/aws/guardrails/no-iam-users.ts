import type { TerraformRule } from "../../../guardrails/rule";

export const noIamUsers: TerraformRule = {
  id: "CKV_AWS_273",
  severity: "error",
  rationale:
    "workloads assume roles through their service accounts; long-lived user keys leak and never expire",
  fix: "use a workload identity (service-account role) instead of an IAM user or access key",
  resourceTypes: ["aws_iam_user", "aws_iam_access_key"],
  check: ({ type }) => (type === "aws_iam_user" ? "is an IAM user" : "is a long-lived access key"),
};
