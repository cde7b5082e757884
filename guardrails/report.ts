import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { GuardrailRule, Severity } from "./rule";

/** One rule broken by one resource or object. */
export interface Finding {
  readonly rule: string;
  readonly severity: Severity;
  /** The Terraform address, or `<Kind> <namespace>/<name>` of a Kubernetes object. */
  readonly resource: string;
  /** The construct path it comes from, when known. */
  readonly path?: string;
  readonly message: string;
  readonly fix: string;
  /** Why the finding is accepted, when a suppression covers it. */
  readonly suppressed?: string;
}

/** How one stack or one chart stands against its applicable rules. */
export interface TargetResult {
  readonly kind: "stack" | "chart";
  readonly environment: string;
  /** The stack's name, or the chart's id (its file in dist/<env>/). */
  readonly name: string;
  /** The synthesized file, relative to the project root. */
  readonly file: string;
  /** The ids of the rules that had something to check here. */
  readonly applicableRules: readonly string[];
  readonly findings: readonly Finding[];
}

export interface TargetSummary {
  readonly applicable: number;
  /** Rules without any finding. */
  readonly passed: number;
  /** Rules whose every finding is suppressed. */
  readonly suppressed: number;
  readonly failed: number;
}

export function summarize(result: TargetResult): TargetSummary {
  const open = new Set(result.findings.filter((f) => f.suppressed === undefined).map((f) => f.rule));
  const accepted = new Set(
    result.findings.filter((f) => f.suppressed !== undefined && !open.has(f.rule)).map((f) => f.rule),
  );
  const applicable = result.applicableRules.length;
  return {
    applicable,
    passed: applicable - open.size - accepted.size,
    suppressed: accepted.size,
    failed: open.size,
  };
}

/** Every stack's and chart's result of one synth, with the rules that ran. */
export class GuardrailReport {
  private readonly targets: TargetResult[] = [];
  private readonly rules = new Map<string, GuardrailRule>();

  addRules(rules: readonly GuardrailRule[]): void {
    for (const rule of rules) this.rules.set(rule.id, rule);
  }

  add(result: TargetResult): void {
    this.targets.push(result);
  }

  get results(): readonly TargetResult[] {
    return this.targets;
  }

  /** Findings of error severity that no suppression covers: any of them fails the synth. */
  errors(): Finding[] {
    return this.targets.flatMap((target) =>
      target.findings.filter((f) => f.severity === "error" && f.suppressed === undefined),
    );
  }

  /** One line per stack and per chart, then one per finding (suppressed ones with their reason). */
  lines(): string[] {
    const lines: string[] = [];
    for (const target of this.targets) {
      const summary = summarize(target);
      const extra = [
        summary.suppressed > 0 ? `${summary.suppressed} suppressed` : "",
        summary.failed > 0 ? `${summary.failed} FAILED` : "",
      ].filter((part) => part !== "");
      const label =
        target.kind === "stack" ? `stack ${target.name}` : `chart ${target.environment}/${target.name}`;
      lines.push(
        summary.applicable === 0
          ? `guardrails ${label}: no rule applies`
          : `guardrails ${label}: ${summary.passed}/${summary.applicable} rules passed${extra.length > 0 ? ` (${extra.join(", ")})` : ""}`,
      );
      for (const finding of target.findings) lines.push(`  ${formatFinding(finding)}`);
    }
    return lines;
  }

  toJson(): object {
    return {
      rules: [...this.rules.values()].map(({ id, severity, rationale, fix, tiers }) => ({
        id,
        severity,
        rationale,
        fix,
        ...(tiers && { tiers }),
      })),
      targets: this.targets.map((target) => ({ ...target, summary: summarize(target) })),
    };
  }

  /**
   * SARIF 2.1.0, one run, a result per finding (suppressed ones carry their justification). A result is
   * placed on the environment's spec (`config/environments/<env>.ts`, where a fix or a suppression goes)
   * when that file exists, so that code-scanning tools can show it in the repository; the synthesized file,
   * which Git ignores, is its related location.
   */
  toSarif(specsDir = SPECS_DIR): object {
    const rules = [...this.rules.values()];
    const index = new Map(rules.map((rule, position) => [rule.id, position]));
    return {
      $schema: "https://json.schemastore.org/sarif-2.1.0.json",
      version: "2.1.0",
      runs: [
        {
          tool: {
            driver: {
              name: "mlops-platform-guardrails",
              rules: rules.map((rule) => ({
                id: rule.id,
                shortDescription: { text: rule.rationale },
                help: { text: rule.fix },
                defaultConfiguration: { level: rule.severity },
              })),
            },
          },
          results: this.targets.flatMap((target) => {
            const spec = `${specsDir}/${target.environment}.ts`;
            const onSpec = existsSync(spec) ? spec : undefined;
            return target.findings.map((finding) => ({
              ruleId: finding.rule,
              ruleIndex: index.get(finding.rule),
              level: finding.severity,
              message: { text: `${finding.message} Fix: ${finding.fix}` },
              ...sarifLocations(target, finding, onSpec),
              ...(finding.suppressed !== undefined && {
                suppressions: [{ kind: "inSource", justification: finding.suppressed }],
              }),
            }));
          }),
        },
      ],
    };
  }

  /** Writes guardrails.json and guardrails.sarif into `directory`. */
  write(directory: string): void {
    mkdirSync(directory, { recursive: true });
    writeFileSync(join(directory, "guardrails.json"), `${JSON.stringify(this.toJson(), null, 2)}\n`);
    writeFileSync(join(directory, "guardrails.sarif"), `${JSON.stringify(this.toSarif(), null, 2)}\n`);
  }
}

/** Where the shipped environment specs live, relative to the project root. */
const SPECS_DIR = "config/environments";

/** A result's locations: on `spec` (the environment's spec file, where there is one), else on the synthesized file. */
function sarifLocations(target: TargetResult, finding: Finding, spec: string | undefined): object {
  const synthesized = { artifactLocation: { uri: target.file }, region: { startLine: 1 } };
  const logicalLocations = [{ fullyQualifiedName: finding.resource }];
  if (spec === undefined) return { locations: [{ physicalLocation: synthesized, logicalLocations }] };
  return {
    locations: [{ physicalLocation: { artifactLocation: { uri: spec } }, logicalLocations }],
    relatedLocations: [{ id: 0, physicalLocation: synthesized, message: { text: "the synthesized file" } }],
  };
}

export function formatFinding(finding: Finding): string {
  const where = finding.path ? `${finding.resource} (${finding.path})` : finding.resource;
  if (finding.suppressed !== undefined) {
    return `suppressed ${finding.rule} ${where}: ${finding.suppressed}`;
  }
  return `${finding.severity.toUpperCase()} ${finding.rule} ${where}: ${finding.message} Fix: ${finding.fix}`;
}
