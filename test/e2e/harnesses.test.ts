/**
 * The PostgreSQL and moto harnesses leave nothing behind: not after stop(), and not when the process that
 * owns them is killed (the case a test run interrupted with Ctrl-C or killed by CI produces).
 */
import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { connect } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startMoto } from "../support/moto-server";
import { startPostgres } from "../support/postgres-server";
import {
  allOf,
  describeIf,
  motoAvailability,
  postgresAvailability,
  shellQuote,
  startWatchdog,
} from "../support/tool-availability";

const repoRoot = join(__dirname, "..", "..");

/** Whether something accepts TCP connections on 127.0.0.1:port. */
function listening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host: "127.0.0.1", port });
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
  });
}

async function eventually(condition: () => Promise<boolean>, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await condition()) return true;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return condition();
}

interface StartedByChild {
  readonly rootDir: string;
  readonly postgresPort: number;
  readonly motoPort: number;
}

/** Starts both harnesses in a separate Node process (run through tsx) and reports what they started. */
function startInChild(driverPath: string): Promise<{ child: ChildProcess; started: StartedByChild }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", driverPath], {
      cwd: repoRoot,
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stderr?.setEncoding("utf8").on("data", (chunk: string) => {
      stderr += chunk;
    });
    child.stdout?.setEncoding("utf8").on("data", (chunk: string) => {
      stdout += chunk;
      const newline = stdout.indexOf("\n");
      if (newline >= 0) resolve({ child, started: JSON.parse(stdout.slice(0, newline)) as StartedByChild });
    });
    child.once("error", reject);
    child.once("exit", (code, signal) =>
      reject(new Error(`driver exited early (${signal ?? code}): ${stderr}`)),
    );
  });
}

describeIf(allOf(postgresAvailability(), motoAvailability()))("test harnesses", () => {
  let scratchDir: string;
  let cancelScratchWatchdog: () => void;

  beforeAll(() => {
    scratchDir = mkdtempSync(join(tmpdir(), "harness-test-"));
    cancelScratchWatchdog = startWatchdog(`rm -rf ${shellQuote(scratchDir)}`);
  });

  afterAll(() => {
    rmSync(scratchDir, { recursive: true, force: true });
    cancelScratchWatchdog();
  });

  test("postgres: password auth over TCP, and stop() twice removes everything", async () => {
    const postgres = await startPostgres({ user: "tester", database: "testdb" });
    try {
      expect(existsSync(postgres.rootDir)).toBe(true);
      expect((await postgres.query("SELECT current_user || '@' || current_database();")).trim()).toBe(
        "tester@testdb",
      );
      // scram on TCP: a wrong password is refused.
      const wrong = spawn("psql", ["-X", "-c", "SELECT 1"], {
        env: { PATH: process.env.PATH, ...postgres.clientEnv(), PGPASSWORD: "wrong" },
        stdio: "ignore",
      });
      const code = await new Promise<number | null>((resolve) => wrong.once("exit", resolve));
      expect(code).not.toBe(0);
    } finally {
      await postgres.stop();
      await postgres.stop();
    }
    expect(existsSync(postgres.rootDir)).toBe(false);
    expect(await listening(postgres.port)).toBe(false);
  }, 60_000);

  test("moto: answers, and stop() twice ends the process group", async () => {
    const moto = await startMoto();
    expect(await listening(moto.port)).toBe(true);
    await moto.stop();
    await moto.stop();
    expect(await listening(moto.port)).toBe(false);
  }, 60_000);

  test("owners ended by SIGKILL and by SIGTERM leave no server and no directory behind", async () => {
    const driverPath = join(scratchDir, "driver.ts");
    writeFileSync(
      driverPath,
      [
        `import { startMoto } from ${JSON.stringify(join(__dirname, "..", "support", "moto-server"))};`,
        `import { startPostgres } from ${JSON.stringify(join(__dirname, "..", "support", "postgres-server"))};`,
        "void (async () => {",
        "  const [postgres, moto] = await Promise.all([startPostgres(), startMoto()]);",
        "  const started = { rootDir: postgres.rootDir, postgresPort: postgres.port, motoPort: moto.port };",
        '  process.stdout.write(JSON.stringify(started) + "\\n");',
        "  // Safety cap: never outlive a test that forgot to kill this driver.",
        "  setTimeout(() => process.exit(1), 60_000);",
        "})();",
        "",
      ].join("\n"),
    );

    // Both owners run at once; each is killed with its own signal.
    const outcomes = await Promise.all(
      (["SIGKILL", "SIGTERM"] as const).map(async (signal) => {
        const { child, started } = await startInChild(driverPath);
        child.removeAllListeners("exit");
        let startedEverything = false;
        try {
          startedEverything =
            existsSync(started.rootDir) &&
            (await listening(started.postgresPort)) &&
            (await listening(started.motoPort));
        } finally {
          child.kill(signal);
        }
        // SIGTERM runs the exit hooks at once; after SIGKILL the watchdogs notice within about a second.
        const cleanedUp = await eventually(
          async () =>
            !existsSync(started.rootDir) &&
            !(await listening(started.postgresPort)) &&
            !(await listening(started.motoPort)),
          20_000,
        );
        return { signal, startedEverything, cleanedUp };
      }),
    );
    expect(outcomes).toEqual([
      { signal: "SIGKILL", startedEverything: true, cleanedUp: true },
      { signal: "SIGTERM", startedEverything: true, cleanedUp: true },
    ]);
  }, 60_000);
});
