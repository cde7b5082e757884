import type { IAspect } from "cdktf";
import type { IConstruct } from "constructs";
import type { Tier } from "../config/environment-spec";
import { suppressionProblem } from "./packs";
import type { Finding, TargetResult } from "./report";
import { appliesIn, type TerraformResource, type TerraformResources, type TerraformRule } from "./rule";
import { type Suppression, SuppressionsByPath, suppressionsOn } from "./suppressions";

/** Whose stack is checked: its environment, tier and cloud, and its environment-wide suppressions. */
export interface GuardrailScope {
  readonly environment: string;
  readonly cloud: string;
  readonly tier: Tier;
  /** From the environment's spec (`guardrails.suppressions`); checked with the spec. @default none */
  readonly suppressions?: readonly Suppression[];
}

/**
 * The guardrails of one Terraform stack. As an Aspect it visits every construct of the stack and gathers
 * the suppressions declared on them; the rules then run once over the stack's own resolved JSON, which the
 * synthesizer produces anyway (`check`). Reading each resource's arguments in the Aspect instead would
 * resolve every token a second time, about as long as the stack's synthesis itself.
 */
export class TerraformGuardrails implements IAspect {
  private readonly suppressions = new SuppressionsByPath();
  private readonly rules: readonly TerraformRule[];

  constructor(
    rules: readonly TerraformRule[],
    private readonly scope: GuardrailScope,
  ) {
    this.rules = rules.filter((rule) => appliesIn(rule, scope.tier));
  }

  visit(node: IConstruct): void {
    const declared = suppressionsOn(node);
    // A construct's path is computed only where something is declared: the Aspect visits every construct.
    if (declared.length > 0) this.suppressions.add(node.node.path, declared);
  }

  /** Runs the rules over a stack's synthesized JSON (`TerraformStack.toTerraform()`). */
  check(
    stack: string,
    file: string,
    json: { readonly resource?: Record<string, Record<string, object>> },
  ): TargetResult {
    this.rejectUnknownRules();
    const byType = new Map<string, TerraformResource[]>();
    for (const [type, resources] of Object.entries(json.resource ?? {})) {
      byType.set(
        type,
        Object.entries(resources).map(([name, config]) => ({
          type,
          address: `${type}.${name}`,
          path:
            (config as { "//"?: { metadata?: { path?: string } } })["//"]?.metadata?.path ??
            `${stack}/${name}`,
          config,
        })),
      );
    }
    const resources: TerraformResources = { ofType: (type) => byType.get(type) ?? [] };
    const applicable: string[] = [];
    const findings: Finding[] = [];
    for (const rule of this.rules) {
      const checked = rule.resourceTypes.flatMap((type) => resources.ofType(type));
      if (checked.length === 0) continue;
      applicable.push(rule.id);
      for (const resource of checked) {
        const message = rule.check(resource, resources);
        if (message === undefined) continue;
        const suppression =
          this.suppressions.find(rule.id, resource.path) ??
          this.scope.suppressions?.find((entry) => entry.rule === rule.id);
        findings.push({
          rule: rule.id,
          severity: rule.severity,
          resource: resource.address,
          path: resource.path,
          message,
          fix: rule.fix,
          ...(suppression && { suppressed: suppression.reason }),
        });
      }
    }
    return {
      kind: "stack",
      environment: this.scope.environment,
      name: stack,
      file,
      applicableRules: applicable,
      findings,
    };
  }

  private rejectUnknownRules(): void {
    for (const { path, suppression } of this.suppressions.entries()) {
      const problem = suppressionProblem(this.scope.cloud, suppression.rule, suppression.reason);
      if (problem) {
        throw new Error(
          `guardrail suppression on ${path}: ${problem.field} got ${JSON.stringify(problem.field === "rule" ? suppression.rule : suppression.reason)}; expected ${problem.allowed}`,
        );
      }
    }
  }
}
