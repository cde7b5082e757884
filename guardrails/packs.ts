import { closest } from "../config/spec-issues";
import { cloudOf } from "../constructs/clouds";
import { KUBERNETES_RULES } from "./kubernetes";
import type { GuardrailRule, KubernetesRule, TerraformRule } from "./rule";

/** The rules of a cloud's Terraform stacks: its entry's pack (constructs/<cloud>/guardrails). */
export function terraformRulesOf(cloud: string): readonly TerraformRule[] {
  return cloudOf(cloud).guardrails?.terraform ?? [];
}

/** The rules of an environment's cluster layer: the Kubernetes pack, and its cloud's rules for its own objects. */
export function kubernetesRulesOf(cloud: string): readonly KubernetesRule[] {
  return [...KUBERNETES_RULES, ...(cloudOf(cloud).guardrails?.kubernetes ?? [])];
}

/** Every rule an environment on `cloud` is checked against: its cloud's pack and the Kubernetes pack. */
export function rulesFor(cloud: string): readonly GuardrailRule[] {
  return [...terraformRulesOf(cloud), ...kubernetesRulesOf(cloud)];
}

/** The packs' names for messages: "the AWS or Kubernetes pack". */
function packNames(cloud: string): string {
  const pack = cloudOf(cloud).guardrails;
  return pack ? `the ${pack.name} or Kubernetes pack` : "the Kubernetes pack";
}

/**
 * What is wrong with suppressing `rule` for `reason` in an environment on `cloud` (an unknown rule, an
 * empty reason), as the "expected ..." half of a message; undefined when nothing is.
 */
export function suppressionProblem(
  cloud: string,
  rule: string,
  reason: string,
): { field: "rule" | "reason"; allowed: string } | undefined {
  const ids = rulesFor(cloud).map(({ id }) => id);
  if (!ids.includes(rule)) {
    const near = closest(rule, ids);
    return {
      field: "rule",
      allowed: `the id of a rule of ${packNames(cloud)}${near ? ` (did you mean "${near}"?)` : ""}; docs/guardrails.md lists them`,
    };
  }
  if (reason.trim() === "") {
    return { field: "reason", allowed: "why the rule does not apply, in words a reviewer can check" };
  }
  return undefined;
}
