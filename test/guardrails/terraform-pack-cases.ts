import type { CloudRulePack, TerraformRule } from "../../guardrails/rule";
import { TerraformGuardrails } from "../../guardrails/terraform-guardrails";

// biome-ignore lint/suspicious/noExplicitAny: fixtures are plain JSON.
export type Json = any;
/** Resources by type and name, as a stack's cdk.tf.json holds them. */
export type Resources = Record<string, Record<string, Json>>;

/** A Terraform reference as the synthesized JSON spells it: "${aws_kms_key.k.arn}". */
export const ref = (expression: string): string => `$\{${expression}}`;

/** A rule's fixtures: resources that keep it, resources that break it once, and the finding expected. */
export interface Case {
  readonly pass: Resources;
  readonly fail: Resources;
  /** The address of the one resource that breaks the rule: "aws_db_instance.db". */
  readonly resource: string;
  readonly message: string;
}

/** The rule of `pack` with `id` (a test's typo fails loudly). */
export function ruleOf(pack: CloudRulePack, id: string): TerraformRule {
  const found = pack.terraform.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no rule ${id} in the ${pack.name} pack`);
  return found;
}

/** The findings of rule `id` on a stack's resources, through the same runner as the synth (prod tier). */
export function findingsOf(pack: CloudRulePack, cloud: string, id: string, resources: Resources) {
  const guard = new TerraformGuardrails([ruleOf(pack, id)], { environment: "fixture", cloud, tier: "prod" });
  return guard.check("fixture", "cdk.tf.json", { resource: resources }).findings;
}

/**
 * The tests every pack's Terraform rules share: one case per rule and one rule per case, unique ids, no
 * finding on the passing fixture and exactly the expected one on the failing fixture.
 */
export function describeTerraformCases(
  pack: CloudRulePack,
  cloud: string,
  cases: Record<string, Case>,
): void {
  test("every rule has a passing and a failing fixture, and every fixture a rule", () => {
    expect(Object.keys(cases).sort()).toEqual(pack.terraform.map(({ id }) => id).sort());
  });

  test("rule ids are unique", () => {
    const ids = pack.terraform.map(({ id }) => id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  test.each(Object.keys(cases))("%s: the passing fixture has no finding", (id) => {
    expect(findingsOf(pack, cloud, id, (cases[id] as Case).pass)).toEqual([]);
  });

  test.each(Object.keys(cases))("%s: the failing fixture has exactly the expected finding", (id) => {
    const { fail, resource, message } = cases[id] as Case;
    const type = resource.slice(0, resource.indexOf("."));
    const name = resource.slice(resource.indexOf(".") + 1);
    const rule = ruleOf(pack, id);
    expect(findingsOf(pack, cloud, id, fail)).toEqual([
      { rule: id, severity: rule.severity, resource, path: `fixture/${name}`, message, fix: rule.fix },
    ]);
    expect(fail[type]).toBeDefined();
  });
}
