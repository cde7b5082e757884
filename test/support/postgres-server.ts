/**
 * A throwaway PostgreSQL server for end-to-end tests.
 *
 * initdb into a fresh temporary directory, start on a free 127.0.0.1 port with the unix socket inside that
 * directory, trust on the socket (harness bookkeeping) and scram-sha-256 passwords on TCP, so clients under
 * test connect the way a pod does: host, port, user and PGPASSWORD. initdb and postgres refuse to run as
 * root, so as root the server runs as the `postgres` OS user and the directory is handed to it.
 *
 * `stop()` stops the server and removes the directory; it also runs on process exit/signals, and a
 * detached watchdog does it if this process dies without either (for example jest killed).
 */
import { spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { chownSync, mkdtempSync, rmSync, unlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import {
  findExecutable,
  freeLoopbackPort,
  onProcessExit,
  postgresBinDirs,
  shellQuote,
  startWatchdog,
} from "./tool-availability";

export interface StartPostgresOptions {
  /**
   * Login role created for the tests (not a superuser; may create databases).
   * @default "mlflow"
   */
  readonly user?: string;
  /**
   * Database created for the tests, owned by `user`.
   * @default "mlflow"
   */
  readonly database?: string;
  /**
   * How long to wait for the server to accept connections.
   * @default 30 seconds
   */
  readonly startTimeoutSeconds?: number;
}

export interface PostgresServer {
  readonly host: string;
  readonly port: number;
  readonly user: string;
  /** Password of `user`: random per server. */
  readonly password: string;
  readonly database: string;
  /** Directory holding the data directory, the log and the unix socket; removed by stop(). */
  readonly rootDir: string;
  /** libpq variables for a client connecting as `user` over TCP with its password. */
  clientEnv(database?: string): Record<string, string>;
  /**
   * Runs SQL through psql as `user` (statements one by one, stopping at the first error) and returns the
   * unaligned, tuples-only output with fields separated by "|".
   */
  query(sql: string, database?: string): Promise<string>;
  /** Stops the server and removes `rootDir`. Safe to call more than once. */
  stop(): Promise<void>;
}

interface ServerCommands {
  readonly binDir: string;
  /** Prefix that runs a command as the server's OS user ([] when not root). */
  readonly asServerUser: readonly string[];
}

function serverCommands(): ServerCommands {
  const pgCtl = findExecutable("pg_ctl", postgresBinDirs());
  if (pgCtl === undefined) {
    throw new Error("pg_ctl is not installed (looked on PATH and in /usr/lib/postgresql/*/bin)");
  }
  // pg_ctl finds the postgres binary next to its own resolved path; initdb must come from the same place.
  const binDir = dirname(pgCtl);
  if (process.getuid?.() !== 0) {
    return { binDir, asServerUser: [] };
  }
  const runuser = findExecutable("runuser");
  if (runuser !== undefined) {
    return { binDir, asServerUser: [runuser, "-u", "postgres", "--"] };
  }
  const setpriv = findExecutable("setpriv");
  if (setpriv !== undefined) {
    return { binDir, asServerUser: [setpriv, "--reuid=postgres", "--regid=postgres", "--init-groups", "--"] };
  }
  throw new Error("running as root, but neither runuser nor setpriv is available to become 'postgres'");
}

function idOf(flag: "-u" | "-g", user: string): number {
  const result = spawnSync("id", [flag, user], { encoding: "utf8" });
  if (result.status !== 0) {
    throw new Error(`no '${user}' OS user to run PostgreSQL as (initdb refuses root): ${result.stderr}`);
  }
  return Number(result.stdout.trim());
}

function sqlLiteral(value: string): string {
  return `'${value.replaceAll("'", "''")}'`;
}

function sqlIdentifier(value: string): string {
  return `"${value.replaceAll('"', '""')}"`;
}

/** Runs a command to completion, failing with its output when it exits non-zero. */
async function run(
  command: readonly string[],
  cwd: string,
  input = "",
  env: NodeJS.ProcessEnv = process.env,
): Promise<string> {
  const [file, ...args] = command;
  if (file === undefined) {
    throw new Error("empty command");
  }
  return new Promise((resolve, reject) => {
    const child = spawn(file, args, { cwd, env, stdio: ["pipe", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => {
      stdout += chunk;
    });
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => {
      stderr += chunk;
    });
    child.once("error", reject);
    child.once("close", (code, signal) => {
      if (code === 0) {
        resolve(stdout);
      } else {
        reject(new Error(`${command.join(" ")} failed (${signal ?? `exit ${code}`}):\n${stderr}${stdout}`));
      }
    });
    child.stdin.end(input);
  });
}

export async function startPostgres(options: StartPostgresOptions = {}): Promise<PostgresServer> {
  const user = options.user ?? "mlflow";
  const database = options.database ?? "mlflow";
  const startTimeoutSeconds = options.startTimeoutSeconds ?? 30;
  const { binDir, asServerUser } = serverCommands();
  const asRoot = asServerUser.length > 0;

  const rootDir = mkdtempSync(join(tmpdir(), "pg-e2e-"));
  const dataDir = join(rootDir, "data");
  const logFile = join(rootDir, "server.log");
  const pgCtl = join(binDir, "pg_ctl");
  const asServer = (command: readonly string[]): string[] => [...asServerUser, ...command];

  // Register cleanup before anything can fail, so even a half-started server is removed.
  const stopImmediately = asServer([pgCtl, "stop", "-D", dataDir, "-m", "immediate", "-w"]);
  const cancelWatchdog = startWatchdog(
    `[ -f ${shellQuote(join(dataDir, "postmaster.pid"))} ] && ${stopImmediately.map(shellQuote).join(" ")} >/dev/null 2>&1\n` +
      `rm -rf ${shellQuote(rootDir)}`,
  );
  const stopImmediatelyNow = (): void => {
    const [file, ...args] = stopImmediately;
    spawnSync(file ?? pgCtl, args, { stdio: "ignore", cwd: tmpdir() });
  };
  const cleanupNow = (): void => {
    stopImmediatelyNow();
    rmSync(rootDir, { recursive: true, force: true });
    cancelWatchdog();
  };
  const unregisterExitHook = onProcessExit(cleanupNow);

  let stopping: Promise<void> | undefined;
  const stop = (): Promise<void> => {
    stopping ??= (async () => {
      try {
        await run(asServer([pgCtl, "stop", "-D", dataDir, "-m", "fast", "-w"]), rootDir);
      } catch {
        // Not started, already stopped, or stuck: an immediate stop settles it.
        stopImmediatelyNow();
      }
      rmSync(rootDir, { recursive: true, force: true });
      cancelWatchdog();
      unregisterExitHook();
    })();
    return stopping;
  };

  try {
    if (asRoot) {
      chownSync(rootDir, idOf("-u", "postgres"), idOf("-g", "postgres"));
    }
    // The superuser gets a random password too (it is never used over TCP, only over the socket).
    const superuserPasswordFile = join(rootDir, "superuser-password");
    writeFileSync(superuserPasswordFile, randomBytes(18).toString("hex"), { mode: 0o600 });
    if (asRoot) {
      chownSync(superuserPasswordFile, idOf("-u", "postgres"), idOf("-g", "postgres"));
    }
    await run(
      asServer([
        join(binDir, "initdb"),
        `--pgdata=${dataDir}`,
        "--username=postgres",
        `--pwfile=${superuserPasswordFile}`,
        "--auth-local=trust",
        "--auth-host=scram-sha-256",
        "--encoding=UTF8",
        "--locale=C",
        "--no-sync",
      ]),
      rootDir,
    );
    unlinkSync(superuserPasswordFile);

    const port = await freeLoopbackPort();
    // Durability settings are off: the server lives for one test run.
    const serverOptions = [
      `-p ${port}`,
      `-k ${shellQuote(rootDir)}`,
      "-c listen_addresses=127.0.0.1",
      "-c fsync=off",
      "-c synchronous_commit=off",
      "-c full_page_writes=off",
    ].join(" ");
    await run(
      asServer([
        pgCtl,
        "start",
        "-w",
        `--timeout=${startTimeoutSeconds}`,
        `--pgdata=${dataDir}`,
        `--log=${logFile}`,
        `--options=${serverOptions}`,
      ]),
      rootDir,
    );

    const password = randomBytes(18).toString("hex");
    const psqlAsSuperuser = ["psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", "-h", rootDir, "-p", String(port)];
    await run(
      [...psqlAsSuperuser, "-U", "postgres", "-d", "postgres"],
      rootDir,
      `CREATE ROLE ${sqlIdentifier(user)} LOGIN CREATEDB PASSWORD ${sqlLiteral(password)};\n` +
        `CREATE DATABASE ${sqlIdentifier(database)} OWNER ${sqlIdentifier(user)};\n`,
      { PATH: process.env.PATH ?? "/usr/bin:/bin" },
    );

    const clientEnv = (db: string = database): Record<string, string> => ({
      PGHOST: "127.0.0.1",
      PGPORT: String(port),
      PGUSER: user,
      PGPASSWORD: password,
      PGDATABASE: db,
      PGSSLMODE: "disable",
      PGCONNECT_TIMEOUT: "10",
    });

    return {
      host: "127.0.0.1",
      port,
      user,
      password,
      database,
      rootDir,
      clientEnv,
      // Only PATH and the libpq variables: no PG* variables of the surrounding shell leak in.
      query: (sql, db) =>
        run(["psql", "-X", "-q", "-A", "-t", "-v", "ON_ERROR_STOP=1", "-f", "-"], rootDir, sql, {
          PATH: process.env.PATH ?? "/usr/bin:/bin",
          ...clientEnv(db),
        }),
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
