/**
 * A throwaway moto server (AWS API emulator) on a free 127.0.0.1 port, for end-to-end tests.
 *
 * moto_server runs in its own process group (it is usually a pyenv shim that execs Python), so `stop()`
 * signals the whole group and waits for the process to exit. Cleanup also runs on process exit/signals, and
 * a detached watchdog kills the group if this process dies without either (for example jest killed).
 */
import { type ChildProcess, spawn } from "node:child_process";
import { request } from "node:http";
import { findExecutable, onProcessExit, startOnFreePort, startWatchdog } from "./tool-availability";

export interface StartMotoOptions {
  /**
   * How long to wait for moto to answer HTTP requests.
   * @default 30 seconds
   */
  readonly startTimeoutSeconds?: number;
}

export interface MotoServer {
  /** http://127.0.0.1:<port>: use as endpoint for every AWS client and as AWS_ENDPOINT_URL. */
  readonly endpoint: string;
  readonly port: number;
  /** Kills the process group and waits for moto to exit. Safe to call more than once. */
  stop(): Promise<void>;
}

/** Keeps the last part of moto's output for error messages. */
class OutputTail {
  private text = "";
  constructor(private readonly limit: number) {}
  append(chunk: string): void {
    this.text = (this.text + chunk).slice(-this.limit);
  }
  toString(): string {
    return this.text;
  }
}

function hasExited(child: ChildProcess): boolean {
  return child.exitCode !== null || child.signalCode !== null;
}

function waitForExit(child: ChildProcess, timeoutMs: number): Promise<boolean> {
  if (hasExited(child)) {
    return Promise.resolve(true);
  }
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      child.removeListener("exit", onExit);
      resolve(false);
    }, timeoutMs);
    const onExit = (): void => {
      clearTimeout(timer);
      resolve(true);
    };
    child.once("exit", onExit);
  });
}

function signalGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch {
    // The group is already gone.
  }
}

/** True once anything answers HTTP on the port (moto answers every path). */
function answers(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = request(
      { host: "127.0.0.1", port, path: "/moto-api/", method: "GET", timeout: 1000 },
      (res) => {
        res.resume();
        resolve(true);
      },
    );
    probe.once("timeout", () => probe.destroy());
    probe.once("error", () => resolve(false));
    probe.end();
  });
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

async function startOnce(port: number, startTimeoutSeconds: number): Promise<MotoServer> {
  const executable = findExecutable("moto_server");
  if (executable === undefined) {
    throw new Error("moto_server is not installed (not on PATH)");
  }
  const output = new OutputTail(8192);
  const child = spawn(executable, ["-H", "127.0.0.1", "-p", String(port)], {
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout?.setEncoding("utf8").on("data", (chunk: string) => output.append(chunk));
  child.stderr?.setEncoding("utf8").on("data", (chunk: string) => output.append(chunk));
  const spawnError = new Promise<Error>((resolve) => child.once("error", resolve));
  const pid = child.pid;
  if (pid === undefined) {
    throw new Error(`moto_server did not start: ${(await spawnError).message}`);
  }

  // `kill -SIG -PGID` (no "--"): dash's kill builtin rejects "--".
  const cancelWatchdog = startWatchdog(
    `kill -TERM -${pid} 2>/dev/null; sleep 2; kill -KILL -${pid} 2>/dev/null`,
  );
  const unregisterExitHook = onProcessExit(() => {
    signalGroup(pid, "SIGKILL");
    cancelWatchdog();
  });

  let stopping: Promise<void> | undefined;
  const stop = (): Promise<void> => {
    stopping ??= (async () => {
      signalGroup(pid, "SIGTERM");
      if (!(await waitForExit(child, 5000))) {
        signalGroup(pid, "SIGKILL");
        await waitForExit(child, 5000);
      }
      // Anything else left in the group (there should be nothing) goes too.
      signalGroup(pid, "SIGKILL");
      cancelWatchdog();
      unregisterExitHook();
    })();
    return stopping;
  };

  const deadline = Date.now() + startTimeoutSeconds * 1000;
  while (!(await answers(port))) {
    if (hasExited(child) || Date.now() > deadline) {
      await stop();
      throw new Error(
        `moto_server did not answer on 127.0.0.1:${port} (output: ${output.toString().trim()})`,
      );
    }
    await sleep(100);
  }
  return { endpoint: `http://127.0.0.1:${port}`, port, stop };
}

export async function startMoto(options: StartMotoOptions = {}): Promise<MotoServer> {
  const startTimeoutSeconds = options.startTimeoutSeconds ?? 30;
  return startOnFreePort((port) => startOnce(port, startTimeoutSeconds));
}
