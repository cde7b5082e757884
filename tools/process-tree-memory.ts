import { type SpawnOptions, spawn } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";

/** How a command ran, with the memory of every process it started counted together. */
export interface TreeRun {
  readonly exitCode: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stderr: string;
  readonly wallSeconds: number;
  /**
   * The largest sum, over one sample, of the resident memory of the command's process and all its
   * descendants (npm, the shell, node, esbuild's service, jest's workers), in MB. Sampled every
   * `sampleMs`: a process that lives shorter than that may be missed.
   */
  readonly treePeakRssMb: number;
  /** The largest resident memory of any one process of the tree, in MB (what GNU time's %M reports). */
  readonly largestProcessRssMb: number;
  /** How many samples were taken. */
  readonly samples: number;
}

/** The pids of `pid`'s descendants, from /proc/<pid>/task/<tid>/children (Linux). */
function descendants(pid: number): number[] {
  const found: number[] = [];
  const pending = [pid];
  while (pending.length > 0) {
    const current = pending.pop() as number;
    let tasks: string[];
    try {
      tasks = readdirSync(`/proc/${current}/task`);
    } catch {
      continue; // it exited between two reads
    }
    for (const task of tasks) {
      let children = "";
      try {
        children = readFileSync(`/proc/${current}/task/${task}/children`, "utf8");
      } catch {
        continue;
      }
      for (const child of children.split(" ")) {
        const childPid = Number(child);
        if (child !== "" && Number.isInteger(childPid)) {
          found.push(childPid);
          pending.push(childPid);
        }
      }
    }
  }
  return found;
}

/** Resident memory of one process in kB (VmRSS), 0 once it has exited. */
function residentKb(pid: number): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, "utf8");
    const match = /^VmRSS:\s+(\d+)\s+kB$/m.exec(status);
    return match ? Number(match[1]) : 0;
  } catch {
    return 0;
  }
}

/** Whether this system can be sampled (Linux with /proc). */
export function canSampleProcessTree(): boolean {
  try {
    readFileSync(`/proc/${process.pid}/task/${process.pid}/children`, "utf8");
    return true;
  } catch {
    return false;
  }
}

/**
 * Runs `command` and samples the resident memory of its whole process tree every `sampleMs` until it
 * exits (with `sample: false`, only its wall time is measured: reading /proc takes CPU from the command
 * on a small machine). Stdout is discarded; stderr is kept for the report of a failed run.
 */
export function runMeasuringTree(
  command: readonly string[],
  options: { readonly cwd: string; readonly sampleMs?: number; readonly sample?: boolean },
): Promise<TreeRun> {
  const sampleMs = options.sampleMs ?? 5;
  const sampling = options.sample ?? true;
  const spawnOptions: SpawnOptions = { cwd: options.cwd, stdio: ["ignore", "ignore", "pipe"] };
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command[0] as string, command.slice(1), spawnOptions);
    let stderr = "";
    let peakKb = 0;
    let largestKb = 0;
    let samples = 0;
    const sample = () => {
      if (child.pid === undefined || !sampling) return;
      let totalKb = 0;
      for (const pid of [child.pid, ...descendants(child.pid)]) {
        const kb = residentKb(pid);
        totalKb += kb;
        if (kb > largestKb) largestKb = kb;
      }
      samples += 1;
      if (totalKb > peakKb) peakKb = totalKb;
    };
    const timer = setInterval(sample, sampling ? sampleMs : 60_000);
    child.stderr?.setEncoding("utf8");
    child.stderr?.on("data", (chunk: string) => {
      // The end is what explains a failure; keep the last 64 kB.
      stderr = (stderr + chunk).slice(-65_536);
    });
    child.on("error", (error) => {
      clearInterval(timer);
      reject(error);
    });
    child.on("close", (exitCode, signal) => {
      clearInterval(timer);
      resolve({
        exitCode,
        signal,
        stderr,
        wallSeconds: (performance.now() - started) / 1000,
        treePeakRssMb: peakKb / 1024,
        largestProcessRssMb: largestKb / 1024,
        samples,
      });
    });
    sample();
  });
}
