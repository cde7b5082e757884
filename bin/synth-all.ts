import { existsSync, renameSync, rmSync } from "node:fs";
import { synthCharts } from "../charts/main";
import { type EnvironmentSpec, loadEnvironments } from "../config";
import { ENVIRONMENT_SPECS } from "../config/environments";
import { synthStacks } from "../stacks/main";

export interface SynthAllOptions {
  /** @default "cdktf.out" */
  readonly stacksDir?: string;
  /** @default "dist" */
  readonly chartsDir?: string;
  /** @default the shipped environments (config/environments) */
  readonly specs?: readonly EnvironmentSpec[];
}

/**
 * Every stack and every chart, written to temporary directories first and swapped in only when both
 * succeeded: a bad spec or a failing construct leaves the previous output exactly as it was.
 * Returns notes for the user (for example where each environment keeps its Terraform state).
 */
export function synthAll(options: SynthAllOptions = {}): string[] {
  const specs = options.specs ?? ENVIRONMENT_SPECS;
  const targets = [options.stacksDir ?? "cdktf.out", options.chartsDir ?? "dist"] as const;
  const staged = targets.map((target) => `${target}.next`);
  try {
    for (const directory of staged) rmSync(directory, { recursive: true, force: true });
    // Validated and loaded once, for both layers.
    const loaded = loadEnvironments(specs);
    const notes = [
      ...synthStacks(staged[0], specs, { loaded }),
      ...synthCharts(staged[1], specs, { loaded }),
    ];
    targets.forEach((target, index) => {
      replace(target, staged[index] as string);
    });
    return notes;
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
