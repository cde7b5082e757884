import type { TerraformRule } from "../../../guardrails/rule";
import { referring } from "../../../guardrails/terraform-references";

export const vpcFlowLogs: TerraformRule = {
  id: "CKV2_AWS_11",
  severity: "error",
  rationale: "flow logs are the only record of which address talked to which in the VPC",
  fix: 'add an aws_flow_log with traffic_type "ALL" for the VPC',
  resourceTypes: ["aws_vpc"],
  check: (vpc, stack) =>
    referring(stack, "aws_flow_log", "vpc_id", vpc).some((log) => log.config.traffic_type === "ALL")
      ? undefined
      : "has no flow log of all traffic",
};
