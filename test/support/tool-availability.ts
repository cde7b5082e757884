/**
 * What the end-to-end harnesses need from the machine, and how they clean up after themselves.
 *
 * - Tool detection (`findExecutable`, `checkTools`) and honest skipping (`describeIf`): a suite that needs
 *   a missing tool registers one visible test named "skipped: <reason>" instead of silently passing. Set
 *   REQUIRE_E2E_TOOLS=1 (for example on CI) to make that test fail instead; suites that need data rather
 *   than tools can also fail whenever CI is set.
 * - Process-lifetime helpers shared by the PostgreSQL and moto harnesses: a free loopback port, cleanup on
 *   process exit and signals, and a detached watchdog that cleans up even after SIGKILL.
 */
import { spawn, spawnSync } from "node:child_process";
import { accessSync, constants, readdirSync, statSync } from "node:fs";
import { createServer } from "node:net";
import { delimiter, join } from "node:path";

/** Absolute path of an executable found on PATH or in one of `extraDirs`, else undefined. */
export function findExecutable(name: string, extraDirs: readonly string[] = []): string | undefined {
  const pathDirs = (process.env.PATH ?? "").split(delimiter).filter((dir) => dir !== "");
  for (const dir of [...pathDirs, ...extraDirs]) {
    const candidate = join(dir, name);
    try {
      if (statSync(candidate).isFile()) {
        accessSync(candidate, constants.X_OK);
        return candidate;
      }
    } catch {
      // Not here (or not executable): keep looking.
    }
  }
  return undefined;
}

/** Directories where Debian-style packages install the PostgreSQL server binaries, newest major first. */
export function postgresBinDirs(): string[] {
  const root = "/usr/lib/postgresql";
  try {
    return readdirSync(root)
      .filter((entry) => /^\d+$/.test(entry))
      .sort((a, b) => Number(b) - Number(a))
      .map((major) => join(root, major, "bin"));
  } catch {
    return [];
  }
}

export interface Availability {
  readonly available: boolean;
  /** Why the tools are unusable; empty when they are available. */
  readonly reason: string;
}

/** Whether every named executable exists (on PATH or in `extraDirs`). */
export function checkTools(names: readonly string[], extraDirs: readonly string[] = []): Availability {
  const missing = names.filter((name) => findExecutable(name, extraDirs) === undefined);
  return missing.length === 0
    ? { available: true, reason: "" }
    : { available: false, reason: `not installed: ${missing.join(", ")}` };
}

/** Both conditions must hold; the reasons of the failing ones are joined. */
export function allOf(...checks: readonly Availability[]): Availability {
  const reasons = checks.filter((check) => !check.available).map((check) => check.reason);
  return { available: reasons.length === 0, reason: reasons.join("; ") };
}

/**
 * What the PostgreSQL harness needs: the server binaries, the client tools, and when running as root (initdb
 * refuses root) the `postgres` OS user plus runuser or setpriv to switch to it.
 */
export function postgresAvailability(): Availability {
  const tools = checkTools(
    ["initdb", "pg_ctl", "postgres", "psql", "pg_dump", "pg_restore"],
    postgresBinDirs(),
  );
  if (process.getuid?.() !== 0) {
    return tools;
  }
  const user = spawnSync("id", ["-u", "postgres"], { encoding: "utf8" });
  const hasUser: Availability =
    user.status === 0
      ? { available: true, reason: "" }
      : { available: false, reason: "running as root but there is no 'postgres' OS user for initdb" };
  const canSwitch: Availability =
    findExecutable("runuser") !== undefined || findExecutable("setpriv") !== undefined
      ? { available: true, reason: "" }
      : { available: false, reason: "running as root without runuser or setpriv to become 'postgres'" };
  return allOf(tools, hasUser, canSwitch);
}

/** What the moto harness and the scripts' S3 side need. */
export function motoAvailability(): Availability {
  return checkTools(["moto_server", "aws"]);
}

type SuiteBody = () => void;

export interface DescribeIfOptions {
  /**
   * Fail instead of skipping under CI (`CI` set to anything but "false" or "0") too, not only with
   * REQUIRE_E2E_TOOLS=1: for data a CI machine always has, such as the provider schemas.
   * @default false
   */
  readonly failUnderCi?: boolean;
  /**
   * What the suite needs is not part of this machine kind's image at all (a provider binary no registry
   * these machines reach publishes): reported skipped with its reason even under REQUIRE_E2E_TOOLS=1, and
   * run wherever it is present. @default false
   */
  readonly notOnThisImage?: boolean;
}

/** Why a suite that cannot run must fail rather than skip, or undefined when skipping is allowed. */
export function mustRunBecause(
  options: DescribeIfOptions,
  env: NodeJS.ProcessEnv = process.env,
): string | undefined {
  if (options.notOnThisImage) return undefined;
  if (env.REQUIRE_E2E_TOOLS === "1") return "REQUIRE_E2E_TOOLS=1";
  const ci = env.CI;
  if (options.failUnderCi && ci !== undefined && ci !== "" && ci !== "false" && ci !== "0") return `CI=${ci}`;
  return undefined;
}

/**
 * `describe` when the condition holds. Otherwise a suite with a single visible test, "skipped: <reason>",
 * so the report says what was not tested and why. With REQUIRE_E2E_TOOLS=1 (or under CI, if the options
 * say so) that test fails.
 */
export function describeIf(
  availability: Availability,
  options: DescribeIfOptions = {},
): (name: string, body: SuiteBody) => void {
  if (availability.available) {
    return (name, body) => describe(name, body);
  }
  return (name) => {
    describe(name, () => {
      test(`skipped: ${availability.reason}`, () => {
        const because = mustRunBecause(options);
        if (because !== undefined) {
          throw new Error(`${because} but "${name}" cannot run: ${availability.reason}`);
        }
        console.warn(`[skipped] ${name}: ${availability.reason}`);
      });
    });
  };
}

/** A TCP port that was free on 127.0.0.1 a moment ago (bind port 0, read it, release it). */
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

/**
 * Starts a server with `start` on a free loopback port, and on another one when it does not come up: the
 * port was only free a moment ago, and another process of a parallel test run may have taken it since.
 */
export async function startOnFreePort<T>(start: (port: number) => Promise<T>, attempts = 3): Promise<T> {
  let lastError: unknown;
  for (let attempt = 0; attempt < attempts; attempt++) {
    try {
      return await start(await freeLoopbackPort());
    } catch (error) {
      lastError = error;
    }
  }
  throw lastError;
}

/** Quotes one argument for POSIX sh. */
export function shellQuote(value: string): string {
  return `'${value.replaceAll("'", `'\\''`)}'`;
}

const exitSignals: readonly NodeJS.Signals[] = ["SIGINT", "SIGTERM", "SIGHUP"];

/**
 * Runs `cleanup` (synchronously) when the process exits or receives SIGINT/SIGTERM/SIGHUP, then lets the
 * signal take its normal course. Returns a function that unregisters it.
 *
 * Inside a jest test file `process` is a sandboxed copy whose events the real process never emits, so
 * there this is only a best effort; the watchdog below is what covers an interrupted jest run.
 */
export function onProcessExit(cleanup: () => void): () => void {
  let done = false;
  const runOnce = (): void => {
    if (!done) {
      done = true;
      try {
        cleanup();
      } catch {
        // Exiting anyway; the watchdog gets another chance.
      }
    }
  };
  const onSignal = (signal: NodeJS.Signals): void => {
    runOnce();
    unregister();
    // Re-raise so the default action (or other listeners) still apply.
    process.kill(process.pid, signal);
  };
  const unregister = (): void => {
    process.removeListener("exit", runOnce);
    for (const signal of exitSignals) {
      process.removeListener(signal, onSignal);
    }
  };
  process.on("exit", runOnce);
  for (const signal of exitSignals) {
    process.on(signal, onSignal);
  }
  return unregister;
}

/**
 * Starts a detached shell that waits for this process to disappear (however it ends, SIGKILL included)
 * and then runs `cleanupScript`. Returns a function that cancels the watchdog (kills its process group).
 */
export function startWatchdog(cleanupScript: string): () => void {
  const script = `while kill -0 "$1" 2>/dev/null; do sleep 1; done\n${cleanupScript}\n`;
  const watchdog = spawn("sh", ["-c", script, "watchdog", String(process.pid)], {
    detached: true,
    stdio: "ignore",
  });
  watchdog.unref();
  const pid = watchdog.pid;
  return () => {
    if (pid !== undefined) {
      try {
        process.kill(-pid, "SIGKILL");
      } catch {
        // Already gone.
      }
    }
  };
}
