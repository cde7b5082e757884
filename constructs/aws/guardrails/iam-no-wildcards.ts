import type { TerraformRule } from "../../../guardrails/rule";
import { asList, statementsOf } from "./iam-policies";

export const iamNoWildcards: TerraformRule = {
  id: "AwsSolutions-IAM5",
  severity: "error",
  rationale:
    "an identity allowed `*` actions or resources can do more than its job, and more with every new API",
  fix: "name the actions and the resources (ARNs) the workload needs, or suppress with the evidence",
  resourceTypes: ["aws_iam_role_policy", "aws_iam_policy"],
  check({ config }) {
    const wide = statementsOf(config.policy)
      .filter((statement) => statement.Effect === "Allow")
      .filter(
        (statement) =>
          asList(statement.Action).some((action) => action.includes("*")) ||
          asList(statement.Resource).some((resource) => resource === "*"),
      );
    if (wide.length === 0) return undefined;
    return `allows wildcard actions or resources in ${wide.map((statement, index) => statement.Sid ?? `statement ${index}`).join(", ")}`;
  },
};
