import type { TerraformRule } from "../../../guardrails/rule";
import { referring } from "../../../guardrails/terraform-references";

export const defaultSecurityGroupClosed: TerraformRule = {
  id: "CKV2_AWS_12",
  severity: "error",
  rationale:
    "anything launched without a security group lands in the default one, which allows all traffic inside the VPC",
  fix: "manage the VPC's aws_default_security_group with no ingress and no egress rules",
  resourceTypes: ["aws_vpc"],
  check(vpc, stack) {
    const groups = referring(stack, "aws_default_security_group", "vpc_id", vpc);
    if (groups.length === 0) return "leaves its default security group's allow-all rules in place";
    const open = groups.some(
      (group) =>
        [group.config.ingress ?? []].flat().length > 0 || [group.config.egress ?? []].flat().length > 0,
    );
    return open ? "has rules in its default security group" : undefined;
  },
};
