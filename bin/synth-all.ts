import { existsSync, renameSync, rmSync } from "node:fs";
import { synthCharts } from "../charts/main";
import { OutputFiles } from "../charts/output-files";
import { type EnvironmentSpec, loadEnvironments } from "../config";
import { ENVIRONMENT_SPECS } from "../config/environments";
import { rulesFor } from "../guardrails/packs";
import { formatFinding, GuardrailReport } from "../guardrails/report";
import { synthStacks } from "../stacks/main";

export interface SynthAllOptions {
  /** @default "cdktf.out" */
  readonly stacksDir?: string;
  /** @default "dist" */
  readonly chartsDir?: string;
  /** @default the shipped environments (config/environments) */
  readonly specs?: readonly EnvironmentSpec[];
  /** Whether the guardrails run; off only to measure what they cost (`npm run bench`). @default true */
  readonly guardrails?: boolean;
}

/**
 * Every stack and every chart, built and checked before anything is written: the stacks into a temporary
 * directory swapped in at the end, the charts held in memory and then written where they changed (the
 * rest of `dist/` pruned). A bad spec, a failing construct or a guardrail finding of error severity
 * leaves the previous output exactly as it was. Returns notes for the user (for example where each environment keeps its
 * Terraform state), then the guardrail report: a line per stack and chart, one per finding. The full
 * report is written as guardrails.json and guardrails.sarif into the stacks' directory.
 */
export function synthAll(options: SynthAllOptions = {}): string[] {
  const specs = options.specs ?? ENVIRONMENT_SPECS;
  const targets = [options.stacksDir ?? "cdktf.out", options.chartsDir ?? "dist"] as const;
  const staged = [`${targets[0]}.next`, `${targets[1]}.next`] as const;
  try {
    for (const directory of staged) rmSync(directory, { recursive: true, force: true });
    // Validated and loaded once, for both layers.
    const loaded = loadEnvironments(specs);
    const guardrails = new GuardrailReport();
    const checked = options.guardrails === false ? {} : { guardrails };
    for (const cloud of new Set(loaded.map(({ environment }) => environment.cloud))) {
      guardrails.addRules(rulesFor(cloud));
    }
    const chartFiles = new OutputFiles(staged[1]);
    const notes = [
      ...synthStacks(staged[0], specs, { loaded, ...checked, reportedOutdir: targets[0] }),
      ...synthCharts(staged[1], specs, { loaded, ...checked, reportedOutdir: targets[1], files: chartFiles }),
    ];
    const errors = guardrails.errors();
    if (errors.length > 0) {
      throw new Error(
        `${errors.length} guardrail finding${errors.length === 1 ? "" : "s"} of error severity:\n${errors.map((finding) => `  ${formatFinding(finding)}`).join("\n")}`,
      );
    }
    guardrails.write(staged[0]);
    replace(targets[0], staged[0]);
    chartFiles.writeTo(targets[1], { prune: true });
    return [...notes, ...guardrails.lines()];
  } finally {
    for (const directory of staged) rmSync(directory, { recursive: true, force: true });
  }
}

function replace(target: string, next: string): void {
  const previous = `${target}.previous`;
  rmSync(previous, { recursive: true, force: true });
  if (existsSync(target)) renameSync(target, previous);
  renameSync(next, target);
  rmSync(previous, { recursive: true, force: true });
}
