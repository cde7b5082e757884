import type { Tier } from "../config/environment-spec";

/** An error fails the synth; a warning is reported and written, nothing more. */
export type Severity = "error" | "warning";

/** What every guardrail rule says about itself (docs/guardrails.md lists them). */
export interface GuardrailRule {
  /**
   * The id of the established check the rule mirrors (checkov `CKV_AWS_58`, cdk-nag `AwsSolutions-S10`, a
   * kube-linter check name, a Pod Security `restricted` control), or a `platform-` id where none exists.
   */
  readonly id: string;
  readonly severity: Severity;
  /** One line: why the rule exists. */
  readonly rationale: string;
  /** One line: how to comply. */
  readonly fix: string;
  /** The tiers the rule applies to. @default every tier */
  readonly tiers?: readonly Tier[];
}

/** One resource of a synthesized Terraform stack, as the stack's JSON holds it (references resolved). */
export interface TerraformResource {
  /** "aws_s3_bucket" */
  readonly type: string;
  /** The Terraform address: "aws_s3_bucket.platform_artifacts_bucket_D310FD5A". */
  readonly address: string;
  /** The construct path: "prod/platform/artifacts/bucket". */
  readonly path: string;
  // biome-ignore lint/suspicious/noExplicitAny: resource arguments are plain JSON of any shape.
  readonly config: Readonly<Record<string, any>>;
}

/** The resources of one stack, for rules that look across resources (a bucket and its policy). */
export interface TerraformResources {
  ofType(type: string): readonly TerraformResource[];
}

/** A rule over the resources of a Terraform stack. */
export interface TerraformRule extends GuardrailRule {
  /** The resource types the rule checks: one check per resource of these types. */
  readonly resourceTypes: readonly string[];
  /** The finding's message when `resource` breaks the rule, undefined when it keeps it. */
  check(resource: TerraformResource, stack: TerraformResources): string | undefined;
}

/** One synthesized Kubernetes object. */
// biome-ignore lint/suspicious/noExplicitAny: manifests are plain JSON of any shape.
export type KubernetesObject = Readonly<Record<string, any>>;

/** Every object of an environment's cluster layer, for rules that look across objects and charts. */
export interface KubernetesObjects {
  readonly all: readonly KubernetesObject[];
  ofKind(kind: string): readonly KubernetesObject[];
}

/** A rule over the objects of a cluster layer. */
export interface KubernetesRule extends GuardrailRule {
  /** The kinds the rule checks: one check per object of these kinds. */
  readonly kinds: readonly string[];
  /** The finding's message when `object` breaks the rule, undefined when it keeps it. */
  check(object: KubernetesObject, objects: KubernetesObjects): string | undefined;
}

/**
 * A cloud's rules (its entry in constructs/clouds.ts provides them): over its Terraform stacks, and over the
 * cloud's own objects in the cluster layer (AWS: Karpenter's node classes).
 */
export interface CloudRulePack {
  /** "AWS" */
  readonly name: string;
  readonly terraform: readonly TerraformRule[];
  /** @default none: the Kubernetes pack alone checks the cluster layer */
  readonly kubernetes?: readonly KubernetesRule[];
}

/** Whether a rule applies in `tier`. */
export function appliesIn(rule: GuardrailRule, tier: Tier): boolean {
  return rule.tiers === undefined || rule.tiers.includes(tier);
}
