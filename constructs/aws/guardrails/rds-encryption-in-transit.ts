import type { TerraformRule } from "../../../guardrails/rule";
import { refersTo } from "../../../guardrails/terraform-references";

export const rdsEncryptionInTransit: TerraformRule = {
  id: "CKV2_AWS_69",
  severity: "error",
  rationale:
    "credentials and queries cross the VPC; PostgreSQL refuses clear-text connections only when told to",
  fix: 'use a parameter group of the stack with rds.force_ssl = "1"',
  resourceTypes: ["aws_db_instance"],
  check({ config }, stack) {
    const group = stack
      .ofType("aws_db_parameter_group")
      .find((candidate) => refersTo(config.parameter_group_name, candidate));
    if (group === undefined) return "uses no parameter group of this stack, so TLS is not enforced";
    const forced = (group.config.parameter ?? []).some(
      (parameter: { name: string; value: string }) =>
        parameter.name === "rds.force_ssl" && parameter.value === "1",
    );
    return forced ? undefined : `its parameter group ${group.address} does not set rds.force_ssl = 1`;
  },
};
