/**
 * The backup and restore scripts through the Azure Blob adapter (object-store-azblob.sh, OBJECT_STORE=azblob),
 * end to end: a real PostgreSQL 15, Azurite (the Azure Storage emulator) and the az CLI, each phase run as
 * its own `sh` process with the environment the pod's container would have. The Python adapter of the
 * training steps is exercised against the same Azurite.
 *
 * What Azurite cannot prove: it has no blob versions, no soft delete and no Entra ID, so the adapter runs
 * with account-key auth and BACKUP_REQUIRE_VERSIONING=false here, except in the test that proves the
 * adapter refuses (and removes) an unversioned upload by default. Workload identity login and version-id
 * downloads and deletes are not exercised.
 */
import { spawn, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { TRAINING_STEPS_PRELUDE } from "../../constructs/k8s/training-steps";
import {
  AZURITE_ACCOUNT,
  type AzuriteServer,
  azuriteAvailability,
  startAzurite,
} from "../support/azurite-server";
import { type PostgresServer, startPostgres } from "../support/postgres-server";
import {
  allOf,
  checkTools,
  describeIf,
  postgresAvailability,
  shellQuote,
  startWatchdog,
} from "../support/tool-availability";

const scriptsDir = join(__dirname, "..", "..", "constructs", "k8s", "scripts");
const backupScript = join(scriptsDir, "postgres-backup.sh");
const restoreScript = join(scriptsDir, "postgres-restore.sh");
const prefix = "backups/postgres";
const container = "mlflow";
const dumpNamePattern = /^mlflow-\d{8}T\d{6}Z\.dump$/;
/** Debian's interpreter: python3-azure (pulled in with azure-cli) installs the Azure SDK for it. */
const debianPython = "/usr/bin/python3";

interface PhaseResult {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

const sha256Hex = (bytes: Buffer): string => createHash("sha256").update(bytes).digest("hex");

describeIf(allOf(postgresAvailability(), azuriteAvailability(), checkTools(["az"])))(
  "postgres backup and restore through the Azure Blob adapter (Azurite)",
  () => {
    let postgres: PostgresServer;
    let azurite: AzuriteServer;
    let scratchDir: string;
    let counter = 0;
    let cancelWatchdog: (() => void) | undefined;

    /** The az CLI's own settings, on this machine only: never the user's ~/.azure. */
    const azEnv = (): Record<string, string> => ({
      PATH: process.env.PATH ?? "/usr/bin:/bin",
      HOME: scratchDir,
      AZURE_CONFIG_DIR: join(scratchDir, "azure-cli"),
      AZURE_CORE_COLLECT_TELEMETRY: "false",
      AZURE_CORE_NO_COLOR: "true",
    });

    /** `az storage ...` against Azurite, as the test's own setup and inspection. */
    function az(...args: string[]): string {
      const result = spawnSync(
        "az",
        [
          "storage",
          ...args,
          "--account-name",
          AZURITE_ACCOUNT.name,
          "--account-key",
          AZURITE_ACCOUNT.key,
          "--blob-endpoint",
          azurite.blobEndpoint,
          "--auth-mode",
          "key",
          "--only-show-errors",
        ],
        { env: azEnv(), encoding: "utf8", timeout: 120_000 },
      );
      if (result.status !== 0) throw new Error(`az storage ${args.join(" ")} failed: ${result.stderr}`);
      return result.stdout;
    }

    const listNames = (): string[] =>
      JSON.parse(
        az("blob", "list", "--container-name", container, "--prefix", `${prefix}/`, "--output", "json"),
      )
        .map((blob: { name: string }) => blob.name)
        .sort();

    beforeAll(async () => {
      scratchDir = mkdtempSync(join(tmpdir(), "backup-azblob-e2e-"));
      cancelWatchdog = startWatchdog(`rm -rf ${shellQuote(scratchDir)}`);
      const [postgresStart, azuriteStart] = await Promise.allSettled([startPostgres(), startAzurite()]);
      if (postgresStart.status === "fulfilled") postgres = postgresStart.value;
      if (azuriteStart.status === "fulfilled") azurite = azuriteStart.value;
      if (postgresStart.status === "rejected") throw postgresStart.reason;
      if (azuriteStart.status === "rejected") throw azuriteStart.reason;
      await postgres.query(
        "CREATE TABLE experiments (experiment_id serial PRIMARY KEY, name varchar(256) NOT NULL UNIQUE);\n" +
          "INSERT INTO experiments (name) SELECT 'experiment-' || i FROM generate_series(1, 500) AS i;",
      );
      az("container", "create", "--name", container);
    }, 240_000);

    afterAll(async () => {
      const results = await Promise.allSettled([postgres?.stop(), azurite?.stop()]);
      if (scratchDir !== undefined) rmSync(scratchDir, { recursive: true, force: true });
      cancelWatchdog?.();
      for (const result of results) if (result.status === "rejected") throw result.reason;
    }, 60_000);

    function newWorkDir(): string {
      counter += 1;
      return mkdtempSync(join(scratchDir, `work-${counter}-`));
    }

    /** What the store and postgres containers would have: the adapter's settings, libpq, HOME, PATH. */
    function podEnv(overrides: Record<string, string>): Record<string, string> {
      return {
        ...azEnv(),
        ...postgres.clientEnv(),
        OBJECT_STORE: "azblob",
        BACKUP_STORAGE_ACCOUNT: AZURITE_ACCOUNT.name,
        BACKUP_CONTAINER: container,
        AZURE_STORAGE_BLOB_ENDPOINT: azurite.blobEndpoint,
        AZURE_STORAGE_AUTH_MODE: "key",
        AZURE_STORAGE_KEY: AZURITE_ACCOUNT.key,
        // Azurite has no blob versions (see the file's header).
        BACKUP_REQUIRE_VERSIONING: "false",
        BACKUP_PREFIX: prefix,
        ...overrides,
      };
    }

    function runPhase(script: string, phase: string, env: Record<string, string>): Promise<PhaseResult> {
      return new Promise((resolve, reject) => {
        const child = spawn("sh", [script, phase], {
          env,
          cwd: scratchDir,
          stdio: ["ignore", "pipe", "pipe"],
        });
        let stdout = "";
        let stderr = "";
        child.stdout.setEncoding("utf8").on("data", (chunk: string) => {
          stdout += chunk;
        });
        child.stderr.setEncoding("utf8").on("data", (chunk: string) => {
          stderr += chunk;
        });
        const timer = setTimeout(() => child.kill("SIGKILL"), 180_000);
        child.once("error", reject);
        child.once("close", (code) => {
          clearTimeout(timer);
          for (const secret of [postgres.password, AZURITE_ACCOUNT.key]) {
            if ((stdout + stderr).includes(secret)) {
              reject(new Error(`${phase} printed a credential:\n${stdout}${stderr}`));
              return;
            }
          }
          resolve({ code, stdout, stderr });
        });
      });
    }

    function expectSuccess(result: PhaseResult): void {
      if (result.code !== 0) {
        throw new Error(
          `expected exit code 0, got ${result.code}\nstdout:\n${result.stdout}\nstderr:\n${result.stderr}`,
        );
      }
    }

    const experiments = async (database: string) =>
      (
        await postgres.query(
          "SELECT count(*), md5(string_agg(name, ',' ORDER BY name)) FROM experiments;",
          database,
        )
      ).trim();

    test("a dump goes up with its sha256, comes back and restores into a new database unchanged", async () => {
      const workDir = newWorkDir();
      const env = podEnv({ WORK_DIR: workDir });
      expectSuccess(await runPhase(backupScript, "dump", env));
      const upload = await runPhase(backupScript, "upload", env);
      expectSuccess(upload);
      expect(upload.stdout + upload.stderr).toContain("unversioned (BACKUP_REQUIRE_VERSIONING=false)");
      const name = readdirSync(workDir).find((file) => dumpNamePattern.test(file)) as string;
      expect(name).toBeDefined();
      const shown = JSON.parse(
        az("blob", "show", "--container-name", container, "--name", `${prefix}/${name}`, "--output", "json"),
      );
      expect(shown.metadata.sha256).toBe(sha256Hex(readFileSync(join(workDir, name))));
      expect(shown.properties.contentLength).toBe(readFileSync(join(workDir, name)).length);

      await postgres.query("CREATE DATABASE restored_azblob;");
      const restoreDir = newWorkDir();
      const restoreEnv = podEnv({ WORK_DIR: restoreDir, PGDATABASE: "restored_azblob" });
      expectSuccess(await runPhase(restoreScript, "fetch", restoreEnv));
      expectSuccess(await runPhase(restoreScript, "restore", restoreEnv));
      expect(await experiments("restored_azblob")).toBe(await experiments(postgres.database));
      expect(await experiments("restored_azblob")).toMatch(/^500\|/);
    }, 600_000);

    test("by default an upload without a blob version is refused and removed (an unversioned account)", async () => {
      const workDir = newWorkDir();
      const env = podEnv({ WORK_DIR: workDir, BACKUP_PREFIX: "backups/unversioned" });
      delete env.BACKUP_REQUIRE_VERSIONING;
      expectSuccess(await runPhase(backupScript, "dump", env));
      const upload = await runPhase(backupScript, "upload", env);
      expect(upload.code).not.toBe(0);
      expect(upload.stderr).toMatch(/upload: ERROR: verification of .* failed: the blob has no version id/);
      const left = JSON.parse(
        az(
          "blob",
          "list",
          "--container-name",
          container,
          "--prefix",
          "backups/unversioned/",
          "--output",
          "json",
        ),
      );
      expect(left).toEqual([]);
    }, 600_000);

    test("prune removes dumps past the retention by the date in their names, never the newest", async () => {
      const file = join(scratchDir, "old.dump");
      writeFileSync(file, "PGDMP old");
      for (const old of ["mlflow-20200101T000000Z.dump", "mlflow-20200102T000000Z.dump"]) {
        az(
          "blob",
          "upload",
          "--container-name",
          container,
          "--name",
          `${prefix}/${old}`,
          "--file",
          file,
          "--no-progress",
        );
      }
      const before = listNames();
      expect(before).toEqual(expect.arrayContaining([`${prefix}/mlflow-20200101T000000Z.dump`]));
      expectSuccess(await runPhase(backupScript, "prune", podEnv({ RETENTION_DAYS: "14" })));
      const after = listNames();
      expect(after).not.toContain(`${prefix}/mlflow-20200101T000000Z.dump`);
      expect(after).not.toContain(`${prefix}/mlflow-20200102T000000Z.dump`);
      expect(after.length).toBe(before.length - 2);
    }, 600_000);

    test("fetch refuses a dump whose content does not match its sha256", async () => {
      const file = join(scratchDir, "tampered.dump");
      writeFileSync(file, "PGDMP tampered");
      const key = `${prefix}/mlflow-20990101T000000Z.dump`;
      az(
        "blob",
        "upload",
        "--container-name",
        container,
        "--name",
        key,
        "--file",
        file,
        "--metadata",
        `sha256=${"0".repeat(64)}`,
        "--no-progress",
      );
      const result = await runPhase(
        restoreScript,
        "fetch",
        podEnv({ WORK_DIR: newWorkDir(), RESTORE_KEY: key }),
      );
      expect(result.code).not.toBe(0);
      expect(result.stderr).toMatch(/fetch: ERROR: /);
      expect(result.stderr).toMatch(/sha256/);
      az("blob", "delete", "--container-name", container, "--name", key);
    }, 600_000);

    const sdk = spawnSync(debianPython, ["-c", "import azure.storage.blob, azure.identity"]).status === 0;
    (sdk ? test : test.skip)(
      "the training steps' Python adapter lists, reads, uploads and heads blobs",
      () => {
        const probe = `${TRAINING_STEPS_PRELUDE}
import tempfile
store = object_store()
base = os.environ["AZURE_STORAGE_BLOB_ENDPOINT"] + "/mlflow"
assert store.owns(base + "/models/x"), "owns"
assert not store.owns("s3://bucket/key"), "not s3"
path = tempfile.mktemp()
with open(path, "w") as out:
    out.write("a,b\\n1,2\\n")
store.upload(path, base + "/datasets/probe/data.csv", {"sha256": "abc"})
print(store.list(base + "/datasets/probe/"))
print(store.head(base + "/datasets/probe/data.csv"))
print(store.head(base + "/datasets/probe/missing.csv"))
print(store.open(base + "/datasets/probe/data.csv").read().decode())
`;
        const result = spawnSync(debianPython, ["-c", probe], {
          env: {
            PATH: process.env.PATH ?? "/usr/bin:/bin",
            OBJECT_STORE: "azblob",
            AZURE_STORAGE_BLOB_ENDPOINT: azurite.blobEndpoint,
            AZURE_STORAGE_ACCOUNT: AZURITE_ACCOUNT.name,
            AZURE_STORAGE_KEY: AZURITE_ACCOUNT.key,
          },
          encoding: "utf8",
          timeout: 60_000,
        });
        expect(result.stderr).toBe("");
        expect(result.stdout).toBe(
          `['${azurite.blobEndpoint}/mlflow/datasets/probe/data.csv']\n{'sha256': 'abc'}\nNone\na,b\n1,2\n\n`,
        );
      },
      120_000,
    );
  },
);
