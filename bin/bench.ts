/**
 * `npm run bench [-- --runs=N --only=synth,typecheck,typecheck-tests,typecheck-e2e,unit]`: how long the everyday commands take and how
 * much memory they need, against the project's targets. A report, not a test: it exits 0 when a command
 * is over target (the table says OVER). A command that fails is still timed, marked FAILED, and makes
 * the exit code 1: its numbers do not describe a working run.
 *
 * Wall time is measured here, on runs that nothing else disturbs. Memory is the peak of the SUM of the
 * resident memory of every process the command starts (npm and its shell, node, esbuild's service process
 * on a cold run, jest's workers), sampled from /proc every 5 ms (tools/process-tree-memory.ts) on runs of
 * their own: on a 2-core machine the sampler's reads take enough CPU from the command to slow it by a
 * tenth. The memory targets are judged on it; the largest single process is reported beside it. The
 * machine is shared, so compare medians, and rerun before trusting one OVER.
 */
import { spawnSync } from "node:child_process";
import { readdirSync, rmSync } from "node:fs";
import { join, resolve } from "node:path";
import { canSampleProcessTree, runMeasuringTree } from "../tools/process-tree-memory";

interface Target {
  readonly wallSeconds: number;
  /** @default no memory target */
  readonly peakRssMb?: number;
}

/** The targets. synth has two: the stacks alone, and stacks plus charts once dist/ holds manifests. */
const TARGETS = {
  synthStacksOnly: { wallSeconds: 1.0, peakRssMb: 300 },
  synthWithCharts: { wallSeconds: 1.0, peakRssMb: 300 },
  typecheck: { wallSeconds: 1.0 },
  unit: { wallSeconds: 20 },
} as const satisfies Record<string, Target>;

/** Milliseconds one more environment may add to the whole synth. */
const MARGINAL_TARGET_MS = 30;

interface Benchmark {
  readonly key: "synth" | "typecheck" | "typecheck-tests" | "typecheck-e2e" | "unit";
  readonly command: readonly string[];
  readonly defaultRuns: number;
}

// The compiler is called directly: `npx` adds about 0.3 s of its own start-up to every run.
const TSC = "node_modules/.bin/tsc";
const BENCHMARKS: readonly Benchmark[] = [
  { key: "synth", command: ["npm", "run", "synth"], defaultRuns: 5 },
  { key: "typecheck", command: [TSC, "--noEmit"], defaultRuns: 5 },
  // The tests and the end-to-end suites are their own projects (jest's and the AWS SDK's types);
  // reported, with no target of their own.
  { key: "typecheck-tests", command: [TSC, "--noEmit", "-p", "test"], defaultRuns: 3 },
  { key: "typecheck-e2e", command: [TSC, "--noEmit", "-p", "test/e2e"], defaultRuns: 3 },
  { key: "unit", command: ["npx", "jest", "--selectProjects", "unit"], defaultRuns: 3 },
];

const root = resolve(__dirname, "..");
/** Where bin/run-bundled.cjs keeps its esbuild bundles; deleting it makes the next synth cold. */
const bundleCache = join(root, "node_modules", ".cache", "mlops-platform");

interface Options {
  readonly runs: number | undefined;
  readonly only: ReadonlySet<string>;
}

function parseOptions(argv: readonly string[]): Options {
  let runs: number | undefined;
  let only: Set<string> = new Set(BENCHMARKS.map(({ key }) => key));
  for (const argument of argv) {
    const [flag, value = ""] = argument.split("=", 2);
    if (flag === "--runs") {
      runs = Number(value);
      if (!Number.isInteger(runs) || runs < 1) usage(`--runs must be a positive integer, got "${value}"`);
    } else if (flag === "--only") {
      only = new Set(value.split(",").filter((key) => key !== ""));
      const unknown = [...only].filter((key) => !BENCHMARKS.some((benchmark) => benchmark.key === key));
      if (unknown.length > 0 || only.size === 0) {
        usage(`--only takes a list of ${BENCHMARKS.map(({ key }) => key).join(",")}; got "${value}"`);
      }
    } else {
      usage(`unknown argument "${argument}"`);
    }
  }
  return { runs, only };
}

function usage(problem: string): never {
  console.error(
    `${problem}\nusage: npm run bench -- [--runs=N] [--only=synth,typecheck,typecheck-tests,typecheck-e2e,unit]`,
  );
  process.exit(2);
}

/** Runs sampled for memory after the timed ones (their wall times are not counted). */
const MEMORY_RUNS = 2;

interface Run {
  readonly wallSeconds: number;
  /** Peak of the summed RSS of the command's whole process tree; undefined without /proc. */
  readonly treePeakRssMb: number | undefined;
  /** Largest RSS of one process of the tree; undefined without /proc. */
  readonly largestProcessRssMb: number | undefined;
  /** How the command failed and the end of its stderr; undefined when it succeeded. */
  readonly failure: string | undefined;
}

async function runOnce(command: readonly string[], sampling: boolean): Promise<Run> {
  const result = await runMeasuringTree(command, { cwd: root, sample: sampling });
  let failure: string | undefined;
  if (result.exitCode !== 0) {
    const cause = `exit code ${result.exitCode ?? result.signal}`;
    // The lines that name what failed (jest: FAIL and ●), then the summary at the end.
    const lines = result.stderr.trim().split("\n");
    const named = lines.filter((line) => /^(FAIL\b|\s*●|error\b)/i.test(line)).slice(0, 6);
    const tail = [...new Set([...named, "...", ...lines.slice(-6)])].join("\n");
    failure = `${command.join(" ")} failed (${cause}):\n${tail}`;
  }
  return {
    wallSeconds: result.wallSeconds,
    treePeakRssMb: sampling ? result.treePeakRssMb : undefined,
    largestProcessRssMb: sampling ? result.largestProcessRssMb : undefined,
    failure,
  };
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** True once the charts write something into dist/<env>/: from then on synth has the larger target. */
function chartsExist(): boolean {
  const dist = join(root, "dist");
  try {
    return readdirSync(dist).some((environment) => readdirSync(join(dist, environment)).length > 0);
  } catch {
    return false;
  }
}

interface Row {
  readonly label: string;
  /** Timed runs. */
  readonly runs: readonly Run[];
  /** Runs sampled for memory (the timed runs themselves when there are none). */
  readonly memoryRuns?: readonly Run[];
  /** undefined for informational rows (the cold synth). */
  readonly target: Target | undefined;
  readonly targetName?: string;
}

function verdict(row: Row, medianWall: number, medianRss: number | undefined): string {
  const all = [...row.runs, ...(row.memoryRuns ?? [])];
  const failed = all.filter((run) => run.failure !== undefined).length;
  if (failed > 0) return `FAILED (${failed}/${all.length} runs)`;
  if (row.target === undefined) return "info";
  const over: string[] = [];
  if (medianWall > row.target.wallSeconds) over.push("wall");
  if (row.target.peakRssMb !== undefined && medianRss !== undefined && medianRss > row.target.peakRssMb) {
    over.push("RSS");
  }
  return over.length === 0 ? "PASS" : `OVER (${over.join(", ")})`;
}

function medianOf(values: readonly (number | undefined)[]): number | undefined {
  const known = values.filter((value): value is number => value !== undefined);
  return known.length > 0 ? median(known) : undefined;
}

function formatRow(row: Row): string[] {
  const walls = row.runs.map((run) => run.wallSeconds);
  const medianWall = median(walls);
  const sampled = row.memoryRuns ?? row.runs;
  const medianRss = medianOf(sampled.map((run) => run.treePeakRssMb));
  const medianLargest = medianOf(sampled.map((run) => run.largestProcessRssMb));
  const target = row.target
    ? `${row.target.wallSeconds.toFixed(1)} s${row.target.peakRssMb ? ` / ${row.target.peakRssMb} MB` : ""}` +
      (row.targetName ? ` (${row.targetName})` : "")
    : "-";
  return [
    row.label,
    String(row.runs.length),
    medianWall.toFixed(2),
    `${Math.min(...walls).toFixed(2)}-${Math.max(...walls).toFixed(2)}`,
    medianRss === undefined ? "n/a" : medianRss.toFixed(0),
    medianLargest === undefined ? "n/a" : medianLargest.toFixed(0),
    target,
    verdict(row, medianWall, medianRss),
  ];
}

function printTable(rows: readonly string[][]): void {
  const header = [
    "command",
    "runs",
    "median s",
    "min-max s",
    "all processes MB",
    "largest process MB",
    "target",
    "status",
  ];
  const all = [header, ...rows];
  const widths = header.map((_, column) => Math.max(...all.map((row) => row[column].length)));
  const line = (row: readonly string[]): string =>
    row
      .map((cell, column) =>
        column >= 1 && column <= 5 ? cell.padStart(widths[column]) : cell.padEnd(widths[column]),
      )
      .join("  ")
      .trimEnd();
  console.log(line(header));
  console.log(widths.map((width) => "-".repeat(width)).join("  "));
  for (const row of rows) console.log(line(row));
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  const sampling = canSampleProcessTree();
  const measure = async (command: readonly string[], runs: number, sampled: boolean): Promise<Run[]> => {
    const done: Run[] = [];
    for (let run = 0; run < runs; run++) done.push(await runOnce(command, sampled && sampling));
    return done;
  };
  const memoryOf = (command: readonly string[]) => measure(command, sampling ? MEMORY_RUNS : 0, true);
  const rows: Row[] = [];
  for (const benchmark of BENCHMARKS.filter(({ key }) => options.only.has(key))) {
    const runs = options.runs ?? benchmark.defaultRuns;
    const label = benchmark.command.join(" ");
    if (benchmark.key === "synth") {
      console.error(
        `measuring ${label}: 1 cold + ${runs} warm runs, then ${MEMORY_RUNS} sampled for memory...`,
      );
      // Cold: the esbuild bundle is rebuilt, as after an edit. Reported apart from the headline.
      rmSync(bundleCache, { recursive: true, force: true });
      rows.push({
        label: `${label} [cold: bundle rebuilt]`,
        runs: await measure(benchmark.command, 1, true),
        target: undefined,
      });
      const warm = await measure(benchmark.command, runs, false);
      const withCharts = chartsExist();
      rows.push({
        label: `${label} [warm: headline]`,
        runs: warm,
        memoryRuns: await memoryOf(benchmark.command),
        target: withCharts ? TARGETS.synthWithCharts : TARGETS.synthStacksOnly,
        targetName: withCharts ? "stacks+charts" : "stacks only",
      });
    } else {
      console.error(`measuring ${label}: ${runs} runs, then ${MEMORY_RUNS} sampled for memory...`);
      const target =
        benchmark.key === "typecheck-e2e" || benchmark.key === "typecheck-tests"
          ? undefined
          : TARGETS[benchmark.key];
      const timed = await measure(benchmark.command, runs, false);
      rows.push({ label, runs: timed, memoryRuns: await memoryOf(benchmark.command), target });
    }
  }
  if (!sampling) console.log("note: /proc cannot be sampled here: wall time only, memory n/a");
  printTable(rows.map(formatRow));
  if (options.only.has("synth")) printMarginalCost();
  // One failure per command is enough to see why; the rest are usually the same.
  const failures = rows.flatMap((row) => row.runs.find((run) => run.failure !== undefined)?.failure ?? []);
  for (const failure of failures) console.log(`\n${failure}`);
  if (failures.length > 0) process.exitCode = 1;
}

/** Marginal cost of one more dev-tier environment in the whole synth (bin/bench-marginal.ts). */
function printMarginalCost(): void {
  const result = spawnSync("node", ["bin/run-bundled.cjs", "bin/bench-marginal.ts"], {
    cwd: root,
    encoding: "utf8",
  });
  const line = result.stdout.trim().split("\n").pop() ?? "";
  try {
    const { msPerEnvironment, cpuMsPerEnvironment, baseMs, extra, guardrailsMs } = JSON.parse(line);
    const verdict = msPerEnvironment <= MARGINAL_TARGET_MS ? "ok" : "OVER";
    console.log(
      `\nmarginal cost of one more dev-tier environment: ${msPerEnvironment} ms wall, ${cpuMsPerEnvironment} ms CPU (in-process synth of the shipped environments ${baseMs} ms, plus ${extra} copies of dev; target <= ${MARGINAL_TARGET_MS} ms wall: ${verdict})`,
    );
    console.log(
      `guardrails' share of that synth: ${guardrailsMs} ms (the same synth with the guardrails off; in-process, warm)`,
    );
  } catch {
    console.log(`\nmarginal cost: FAILED\n${result.stderr}`);
    process.exitCode = 1;
  }
}

void main();
