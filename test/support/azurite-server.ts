/**
 * A throwaway Azurite blob service (the Azure Storage emulator, npm package `azurite`) on a free
 * 127.0.0.1 port, in memory, for end-to-end tests. Like the moto harness, it runs in its own process
 * group, is stopped by `stop()`, on process exit, or by a detached watchdog if this process dies.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { request } from "node:http";
import { join } from "node:path";
import { type Availability, onProcessExit, startOnFreePort, startWatchdog } from "./tool-availability";

/** Azurite's well-known development account and key (Azurite README, "Default Storage Account"). */
export const AZURITE_ACCOUNT = {
  name: "devstoreaccount1",
  key: "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==",
} as const;

const AZURITE_BLOB = join(__dirname, "..", "..", "node_modules", ".bin", "azurite-blob");

export interface AzuriteServer {
  /** http://127.0.0.1:<port>/devstoreaccount1: the account's blob endpoint (IP-style URL). */
  readonly blobEndpoint: string;
  readonly port: number;
  stop(): Promise<void>;
}

/** Whether the azurite package is installed (a devDependency). */
export function azuriteAvailability(): Availability {
  return existsSync(AZURITE_BLOB)
    ? { available: true, reason: "" }
    : { available: false, reason: `azurite is not installed (${AZURITE_BLOB}); run npm ci` };
}

function answers(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = request({ host: "127.0.0.1", port, path: "/", method: "GET", timeout: 1000 }, (res) => {
      res.resume();
      resolve(true);
    });
    probe.once("timeout", () => probe.destroy());
    probe.once("error", () => resolve(false));
    probe.end();
  });
}

function exited(child: ChildProcess): boolean {
  return child.exitCode !== null || child.signalCode !== null;
}

function signalGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch {
    // Already gone.
  }
}

export function startAzurite(startTimeoutSeconds = 30): Promise<AzuriteServer> {
  return startOnFreePort((port) => startOn(port, startTimeoutSeconds));
}

async function startOn(port: number, startTimeoutSeconds: number): Promise<AzuriteServer> {
  let output = "";
  const child = spawn(
    AZURITE_BLOB,
    [
      "--blobHost",
      "127.0.0.1",
      "--blobPort",
      String(port),
      "--inMemoryPersistence",
      "--disableTelemetry",
      "--skipApiVersionCheck",
      "--silent",
    ],
    { detached: true, stdio: ["ignore", "pipe", "pipe"] },
  );
  child.stdout?.setEncoding("utf8").on("data", (chunk: string) => {
    output = (output + chunk).slice(-4096);
  });
  child.stderr?.setEncoding("utf8").on("data", (chunk: string) => {
    output = (output + chunk).slice(-4096);
  });
  const pid = child.pid;
  if (pid === undefined) throw new Error("azurite-blob did not start");
  const cancelWatchdog = startWatchdog(
    `kill -TERM -${pid} 2>/dev/null; sleep 2; kill -KILL -${pid} 2>/dev/null`,
  );
  const unregister = onProcessExit(() => {
    signalGroup(pid, "SIGKILL");
    cancelWatchdog();
  });
  let stopping: Promise<void> | undefined;
  const stop = (): Promise<void> => {
    stopping ??= (async () => {
      signalGroup(pid, "SIGTERM");
      const deadline = Date.now() + 5000;
      while (!exited(child) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
      signalGroup(pid, "SIGKILL");
      cancelWatchdog();
      unregister();
    })();
    return stopping;
  };
  const deadline = Date.now() + startTimeoutSeconds * 1000;
  while (!(await answers(port))) {
    if (exited(child) || Date.now() > deadline) {
      await stop();
      throw new Error(`azurite-blob did not answer on 127.0.0.1:${port} (output: ${output.trim()})`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return { blobEndpoint: `http://127.0.0.1:${port}/${AZURITE_ACCOUNT.name}`, port, stop };
}
