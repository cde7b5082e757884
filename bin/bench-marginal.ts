/**
 * The marginal cost of one more environment in `npm run synth`: the whole synth (every stack and chart)
 * of the shipped environments, then of the shipped ones plus EXTRA dev-tier copies, in one process after a
 * warm-up, each set into its own output directories that the previous round left there (as `npm run synth`
 * finds `cdktf.out/` and `dist/`); prints milliseconds (wall, and CPU time of this process, which a
 * busy machine disturbs less) and heap megabytes per extra environment, and what the guardrails add to the
 * shipped environments' synth, as JSON. Run by `npm run bench` through the same bundle as `npm run synth`.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { EnvironmentSpec } from "../config";
import { ENVIRONMENT_SPECS } from "../config/environments";
import { synthAll } from "./synth-all";

const EXTRA = 6;
const ROUNDS = 5;

/** Copies of dev under new names, each with its own address range and GitOps folder. */
function extraEnvironments(count: number): EnvironmentSpec[] {
  const dev = ENVIRONMENT_SPECS.find((spec) => spec.name === "dev") as EnvironmentSpec;
  return Array.from({ length: count }, (_, index) => ({
    ...dev,
    name: `bench-${index}`,
    network: { vpcCidr: `10.${100 + index}.0.0/16` },
    gitops: { path: `dist/bench-${index}` },
  }));
}

function cpuMs(): number {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000;
}

/** One output directory per set of environments, kept across rounds and removed at the end. */
const outputs = new Map<readonly EnvironmentSpec[], string>();
function outputOf(specs: readonly EnvironmentSpec[]): string {
  let directory = outputs.get(specs);
  if (directory === undefined) {
    directory = mkdtempSync(join(tmpdir(), "mlops-bench-"));
    outputs.set(specs, directory);
  }
  return directory;
}

function timeSynth(
  specs: readonly EnvironmentSpec[],
  guardrails = true,
): { ms: number; cpuMs: number; heapMb: number } {
  const directory = outputOf(specs);
  global.gc?.();
  const heapBefore = process.memoryUsage().heapUsed;
  const start = process.hrtime.bigint();
  const cpuStart = cpuMs();
  synthAll({
    stacksDir: join(directory, "cdktf.out"),
    chartsDir: join(directory, "dist"),
    specs,
    guardrails,
  });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  return { ms, cpuMs: cpuMs() - cpuStart, heapMb: (process.memoryUsage().heapUsed - heapBefore) / 2 ** 20 };
}

const larger = [...ENVIRONMENT_SPECS, ...extraEnvironments(EXTRA)];
// Warm-up: module loading, JIT, and each set's output written once.
timeSynth(larger);
timeSynth(ENVIRONMENT_SPECS);
const base: number[] = [];
const more: number[] = [];
const baseCpu: number[] = [];
const moreCpu: number[] = [];
const unchecked: number[] = [];
for (let round = 0; round < ROUNDS; round++) {
  const small = timeSynth(ENVIRONMENT_SPECS);
  const big = timeSynth(larger);
  base.push(small.ms);
  more.push(big.ms);
  baseCpu.push(small.cpuMs);
  moreCpu.push(big.cpuMs);
  unchecked.push(timeSynth(ENVIRONMENT_SPECS, false).ms);
}
const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;
const heap = timeSynth(larger).heapMb - timeSynth(ENVIRONMENT_SPECS).heapMb;
console.log(
  JSON.stringify({
    extra: EXTRA,
    baseMs: Math.round(median(base)),
    guardrailsMs: Math.round(median(base) - median(unchecked)),
    msPerEnvironment: Number(((median(more) - median(base)) / EXTRA).toFixed(1)),
    cpuMsPerEnvironment: Number(((median(moreCpu) - median(baseCpu)) / EXTRA).toFixed(1)),
    heapMbPerEnvironment: Number((heap / EXTRA).toFixed(2)),
  }),
);
for (const directory of outputs.values()) rmSync(directory, { recursive: true, force: true });
