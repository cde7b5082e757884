/**
 * moto_server, the AWS API emulator, as a deployment target on this machine: started on a free 127.0.0.1
 * port as a given AWS account, in its own process group, and always stopped with everything it started.
 *
 * While the process that started it runs, the emulator is tied to it (a watchdog and an exit hook stop
 * it even if that process is killed). `detach()` unties it so it can outlive its starter; a later process
 * stops it by process id with `stopMotoServer`.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { closeSync, openSync } from "node:fs";
import { request } from "node:http";
import {
  commandLineOf,
  findExecutable,
  freeLoopbackPort,
  isAlive,
  killGroupWhenThisProcessEnds,
  onThisProcessExit,
  signalGroup,
  stopGroup,
} from "../processes";

/** How users get moto_server; printed whenever it is missing. */
export const MOTO_INSTALL_HINT = 'pip install "moto[server]"';

export interface StartMotoServerOptions {
  /** The AWS account the emulator answers as (STS, ARNs): the environment's own, so ARNs match the contract. */
  readonly accountId: string;
  /** File receiving the emulator's output. @default discarded */
  readonly logFile?: string;
  /** How long to wait for the emulator to answer. @default 30 seconds */
  readonly startTimeoutSeconds?: number;
}

export interface MotoServer {
  /** `http://127.0.0.1:<port>`: the endpoint of every AWS service. */
  readonly endpoint: string;
  readonly port: number;
  /** Process id, also the id of its process group. */
  readonly pid: number;
  readonly accountId: string;
  /** Stops the emulator and everything it started; safe to call more than once. */
  stop(): Promise<void>;
  /** Lets the emulator outlive this process (no watchdog, no exit hook); stop it later by pid. */
  detach(): void;
}

/** Whether anything answers HTTP on the port (moto answers every path). */
export function answersHttp(port: number, timeoutMs = 1000): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = request(
      { host: "127.0.0.1", port, path: "/moto-api/", method: "GET", timeout: timeoutMs },
      (response) => {
        response.resume();
        resolve(true);
      },
    );
    probe.once("timeout", () => probe.destroy());
    probe.once("error", () => resolve(false));
    probe.end();
  });
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

function hasExited(child: ChildProcess): boolean {
  return child.exitCode !== null || child.signalCode !== null;
}

async function startOnce(port: number, options: StartMotoServerOptions): Promise<MotoServer> {
  const executable = findExecutable("moto_server");
  if (executable === undefined) {
    throw new Error(`moto_server is not installed (not on PATH); install it with: ${MOTO_INSTALL_HINT}`);
  }
  const log = options.logFile === undefined ? "ignore" : openSync(options.logFile, "a");
  let child: ChildProcess;
  try {
    child = spawn(executable, ["-H", "127.0.0.1", "-p", String(port)], {
      // A process group of its own: it can outlive this process, and stopping the group stops it all.
      detached: true,
      stdio: ["ignore", log, log],
      env: {
        ...process.env,
        // moto answers as this account whatever the credentials, so allowed_account_ids and ARNs hold.
        MOTO_ACCOUNT_ID: options.accountId,
        // Without them, attaching AWS managed policies (AmazonEKSClusterPolicy, ...) answers 404.
        MOTO_IAM_LOAD_MANAGED_POLICIES: "true",
      },
    });
  } finally {
    if (typeof log === "number") closeSync(log);
  }
  const pid = child.pid;
  if (pid === undefined) {
    const error = await new Promise<Error>((resolve) => child.once("error", resolve));
    throw new Error(`moto_server did not start: ${error.message}`);
  }
  child.on("error", () => {});

  let cancelWatchdog = killGroupWhenThisProcessEnds(pid);
  let unregisterExitHook = onThisProcessExit(() => signalGroup(pid, "SIGKILL"));
  let stopping: Promise<void> | undefined;
  const server: MotoServer = {
    endpoint: `http://127.0.0.1:${port}`,
    port,
    pid,
    accountId: options.accountId,
    stop: () => {
      stopping ??= (async () => {
        await stopGroup(pid, { exited: () => hasExited(child) });
        cancelWatchdog();
        unregisterExitHook();
      })();
      return stopping;
    },
    detach: () => {
      cancelWatchdog();
      unregisterExitHook();
      cancelWatchdog = () => {};
      unregisterExitHook = () => {};
      child.unref();
    },
  };

  const deadline = Date.now() + (options.startTimeoutSeconds ?? 30) * 1000;
  while (!(await answersHttp(port))) {
    if (hasExited(child) || Date.now() > deadline) {
      await server.stop();
      const where = options.logFile === undefined ? "" : `; its output is in ${options.logFile}`;
      throw new Error(`moto_server did not answer on 127.0.0.1:${port}${where}`);
    }
    await sleep(100);
  }
  return server;
}

/** Starts moto_server on a free loopback port as `accountId`; retries on another port if one is taken. */
export async function startMotoServer(options: StartMotoServerOptions): Promise<MotoServer> {
  let lastError: unknown;
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      return await startOnce(await freeLoopbackPort(), options);
    } catch (error) {
      lastError = error;
      if (findExecutable("moto_server") === undefined) break;
    }
  }
  throw lastError;
}

/**
 * Whether `pid` is still a moto_server (and not a process that reused its id). Where the platform does
 * not expose command lines, any live process counts.
 */
export function isMotoServer(pid: number): boolean {
  if (!isAlive(pid)) return false;
  const commandLine = commandLineOf(pid);
  return commandLine === undefined || commandLine.includes("moto_server");
}

/** Stops a moto_server started (and detached) by an earlier process. */
export async function stopMotoServer(pid: number): Promise<void> {
  // A zombie (exited, not yet reaped) has an empty command line: it counts as stopped.
  if (isMotoServer(pid)) await stopGroup(pid, { exited: () => !isMotoServer(pid) });
}
