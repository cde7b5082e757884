/**
 * Process plumbing for the tools the project runs (terraform, moto_server): finding executables, free
 * loopback ports, and stopping a process together with everything it started, even when the process
 * that started it dies first.
 */
import { spawn } from "node:child_process";
import { accessSync, constants, readFileSync, statSync } from "node:fs";
import { createServer } from "node:net";
import { delimiter, join } from "node:path";

/** Absolute path of an executable on PATH (or in `extraDirs`), else undefined. */
export function findExecutable(name: string, extraDirs: readonly string[] = []): string | undefined {
  const dirs = [...(process.env.PATH ?? "").split(delimiter), ...extraDirs].filter((dir) => dir !== "");
  for (const dir of dirs) {
    const candidate = join(dir, name);
    try {
      if (!statSync(candidate).isFile()) continue;
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // Not here, or not executable.
    }
  }
  return undefined;
}

/** A TCP port that was free on 127.0.0.1 a moment ago. Callers must cope with losing it to someone else. */
export function freeLoopbackPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      if (address === null || typeof address === "string") {
        server.close();
        reject(new Error("could not read the port of a listening socket"));
        return;
      }
      server.close(() => resolve(address.port));
    });
  });
}

/** Sends `signal` to the process group led by `pid`; false when the group no longer exists. */
export function signalGroup(pid: number, signal: NodeJS.Signals): boolean {
  try {
    process.kill(-pid, signal);
    return true;
  } catch {
    return false;
  }
}

/** Whether a process with this id exists (a zombie counts until its parent reaps it). */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** The command line of a process, where the platform exposes it (/proc); undefined otherwise. */
export function commandLineOf(pid: number): string | undefined {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, "utf8").replaceAll("\0", " ").trim();
  } catch {
    return undefined;
  }
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Stops the process group led by `pid`: SIGTERM, then SIGKILL after `graceMs`. Resolves once the leader
 * is gone (or, for a child of this process, has exited: `exited` reports that, since a zombie still
 * answers signals until it is reaped).
 */
export async function stopGroup(
  pid: number,
  { graceMs = 5000, exited }: { graceMs?: number; exited?: () => boolean } = {},
): Promise<void> {
  const gone = (): boolean => exited?.() === true || !isAlive(pid);
  if (!signalGroup(pid, "SIGTERM")) return;
  for (const [deadline, next] of [
    [graceMs, "SIGKILL"],
    [graceMs, undefined],
  ] as const) {
    const until = Date.now() + deadline;
    while (!gone() && Date.now() < until) await sleep(100);
    if (gone()) break;
    if (next) signalGroup(pid, next);
  }
  // Anything else the leader started in its group goes too.
  signalGroup(pid, "SIGKILL");
}

/**
 * Starts a detached shell that waits for this process to end (however it ends, SIGKILL included) and
 * then kills the process group `pgid`. Returns a function that cancels it.
 */
export function killGroupWhenThisProcessEnds(pgid: number): () => void {
  // `kill -SIG -PGID` without "--": dash's kill builtin rejects "--".
  const script = `while kill -0 "$1" 2>/dev/null; do sleep 1; done; kill -TERM -${pgid} 2>/dev/null; sleep 3; kill -KILL -${pgid} 2>/dev/null`;
  const watchdog = spawn("sh", ["-c", script, "watchdog", String(process.pid)], {
    detached: true,
    stdio: "ignore",
  });
  watchdog.unref();
  return () => {
    if (watchdog.pid !== undefined) signalGroup(watchdog.pid, "SIGKILL");
  };
}

/**
 * Runs `cleanup` synchronously when this process exits (normally, by process.exit, or after an uncaught
 * error). Signals are the caller's business: it should turn them into an orderly exit. Returns an
 * unregister function.
 */
export function onThisProcessExit(cleanup: () => void): () => void {
  const run = (): void => {
    try {
      cleanup();
    } catch {
      // Exiting anyway.
    }
  };
  process.once("exit", run);
  return () => {
    process.removeListener("exit", run);
  };
}
