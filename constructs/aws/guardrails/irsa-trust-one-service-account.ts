import type { TerraformRule } from "../../../guardrails/rule";
import { statementsOf } from "./iam-policies";

export const irsaTrustOneServiceAccount: TerraformRule = {
  id: "platform-irsa-trust-one-service-account",
  severity: "error",
  rationale:
    "a role federated to the cluster's OIDC issuer must be assumable by one service account, not every pod",
  fix: 'trust only with StringEquals on "<issuer>:sub" = "system:serviceaccount:<namespace>:<name>" and "<issuer>:aud" = "sts.amazonaws.com"',
  resourceTypes: ["aws_iam_role"],
  check({ config }) {
    for (const statement of statementsOf(config.assume_role_policy)) {
      const principal = statement.Principal as { Federated?: string } | undefined;
      if (statement.Effect !== "Allow" || principal?.Federated === undefined) continue;
      const equals = statement.Condition?.StringEquals ?? {};
      const subjects = Object.entries(equals).filter(([key]) => key.endsWith(":sub"));
      const audience = Object.entries(equals).find(([key]) => key.endsWith(":aud"))?.[1];
      const [subject, ...others] = subjects.map(([, value]) => value);
      if (
        others.length > 0 ||
        typeof subject !== "string" ||
        !/^system:serviceaccount:[^:*]+:[^:*]+$/.test(subject) ||
        audience !== "sts.amazonaws.com"
      ) {
        return "can be assumed by more than one service account (its trust does not pin one subject and the STS audience)";
      }
    }
    return undefined;
  },
};
