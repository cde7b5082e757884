/**
 * The Postgres backup and restore scripts, end to end: a real PostgreSQL 15, S3 emulated by moto, and the
 * exact script files the CronJobs mount, each phase run as its own `sh` process with the environment the
 * pod's container would have (dump | upload | prune for backup, fetch | restore for restore).
 */
import { spawn, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdtempSync, readdirSync, readFileSync, rmSync, truncateSync } from "node:fs";
import { tmpdir } from "node:os";
import { delimiter, dirname, join } from "node:path";
import {
  CreateBucketCommand,
  GetObjectCommand,
  HeadBucketCommand,
  HeadObjectCommand,
  ListObjectsV2Command,
  ListObjectVersionsCommand,
  PutBucketEncryptionCommand,
  PutBucketVersioningCommand,
  PutObjectCommand,
  S3Client,
} from "@aws-sdk/client-s3";
import { type MotoServer, startMoto } from "../support/moto-server";
import { type PostgresServer, startPostgres } from "../support/postgres-server";
import {
  allOf,
  describeIf,
  findExecutable,
  freeLoopbackPort,
  motoAvailability,
  postgresAvailability,
  shellQuote,
  startWatchdog,
} from "../support/tool-availability";

const scriptsDir = join(__dirname, "..", "..", "constructs", "k8s", "scripts");
const backupScript = join(scriptsDir, "postgres-backup.sh");
const restoreScript = join(scriptsDir, "postgres-restore.sh");

// Distinctive so that a leak into any script output is caught (see runPhase).
const awsAccessKeyId = "AKIAE2EBACKUPTEST000";
const awsSecretAccessKey = "e2e-secret-access-key-must-never-be-printed";
const region = "us-east-1";
const prefix = "backups/postgres";
const dumpNamePattern = /^mlflow-\d{8}T\d{6}Z\.dump$/;

/**
 * An MLflow-shaped schema: the tables, keys and constraints MLflow's tracking store has, simplified.
 * CHECKs cast to text explicitly: PostgreSQL deparses `varchar_column IN (...)` differently after one dump
 * and restore (same meaning, different text), which would make the constraint comparison flap.
 */
const schemaSql = `
CREATE TABLE alembic_version (version_num varchar(32) PRIMARY KEY);
CREATE TABLE experiments (
  experiment_id serial PRIMARY KEY,
  name varchar(256) NOT NULL UNIQUE,
  artifact_location varchar(256),
  lifecycle_stage varchar(32) NOT NULL DEFAULT 'active' CHECK (lifecycle_stage::text IN ('active', 'deleted')),
  creation_time bigint,
  last_update_time bigint
);
CREATE TABLE experiment_tags (
  key varchar(250) NOT NULL,
  value varchar(5000),
  experiment_id integer NOT NULL REFERENCES experiments (experiment_id),
  PRIMARY KEY (key, experiment_id)
);
CREATE TABLE runs (
  run_uuid varchar(32) PRIMARY KEY,
  name varchar(250),
  source_type varchar(20) CHECK (source_type::text IN ('NOTEBOOK', 'JOB', 'PROJECT', 'LOCAL', 'UNKNOWN')),
  user_id varchar(256),
  status varchar(9) CHECK (status::text IN ('SCHEDULED', 'FAILED', 'FINISHED', 'RUNNING', 'KILLED')),
  start_time bigint,
  end_time bigint,
  lifecycle_stage varchar(20) CHECK (lifecycle_stage::text IN ('active', 'deleted')),
  artifact_uri varchar(200),
  experiment_id integer REFERENCES experiments (experiment_id)
);
CREATE TABLE metrics (
  key varchar(250) NOT NULL,
  value double precision NOT NULL,
  timestamp bigint NOT NULL,
  run_uuid varchar(32) NOT NULL REFERENCES runs (run_uuid),
  step bigint NOT NULL DEFAULT 0,
  is_nan boolean NOT NULL DEFAULT false,
  PRIMARY KEY (key, timestamp, step, run_uuid, value, is_nan)
);
CREATE INDEX index_metrics_run_uuid ON metrics (run_uuid);
CREATE TABLE latest_metrics (
  key varchar(250) NOT NULL,
  value double precision NOT NULL,
  timestamp bigint,
  step bigint NOT NULL,
  is_nan boolean NOT NULL,
  run_uuid varchar(32) NOT NULL REFERENCES runs (run_uuid),
  PRIMARY KEY (key, run_uuid)
);
CREATE TABLE params (
  key varchar(250) NOT NULL,
  value varchar(8000) NOT NULL,
  run_uuid varchar(32) NOT NULL REFERENCES runs (run_uuid),
  PRIMARY KEY (key, run_uuid)
);
CREATE TABLE tags (
  key varchar(250) NOT NULL,
  value varchar(8000),
  run_uuid varchar(32) NOT NULL REFERENCES runs (run_uuid),
  PRIMARY KEY (key, run_uuid)
);
CREATE TABLE registered_models (
  name varchar(256) PRIMARY KEY,
  creation_time bigint,
  last_updated_time bigint,
  description varchar(5000)
);
CREATE TABLE registered_model_tags (
  key varchar(250) NOT NULL,
  value varchar(5000),
  name varchar(256) NOT NULL REFERENCES registered_models (name) ON UPDATE CASCADE,
  PRIMARY KEY (key, name)
);
CREATE TABLE model_versions (
  name varchar(256) NOT NULL REFERENCES registered_models (name) ON UPDATE CASCADE,
  version integer NOT NULL,
  creation_time bigint,
  last_updated_time bigint,
  description varchar(5000),
  user_id varchar(256),
  current_stage varchar(20),
  source varchar(500),
  run_id varchar(32) REFERENCES runs (run_uuid),
  status varchar(20),
  PRIMARY KEY (name, version)
);
CREATE TABLE model_version_tags (
  key varchar(250) NOT NULL,
  value varchar(5000),
  name varchar(256) NOT NULL,
  version integer NOT NULL,
  PRIMARY KEY (key, name, version),
  FOREIGN KEY (name, version) REFERENCES model_versions (name, version) ON UPDATE CASCADE
);
`;

/** Deterministic data: 12 experiments, 240 runs, 5,760 metrics, with NULLs, a NaN, unicode and escapes. */
const dataSql = `
INSERT INTO alembic_version VALUES ('0584bdc529eb');
INSERT INTO experiments (name, artifact_location, lifecycle_stage, creation_time, last_update_time)
SELECT 'experiment-' || i, 's3://mlflow-artifacts/' || i,
       CASE WHEN i % 7 = 0 THEN 'deleted' ELSE 'active' END,
       1700000000000 + i * 1000, 1700000000000 + i * 2000
FROM generate_series(1, 12) AS i;
INSERT INTO experiment_tags (key, value, experiment_id)
SELECT 'team', 'team-' || (i % 3), i FROM generate_series(1, 12) AS i;
INSERT INTO runs
SELECT md5('run-' || i), 'run ' || i || ' – ünïcode ✓', 'LOCAL', 'user' || (i % 5) || '@example.com',
       (ARRAY['FINISHED', 'FAILED', 'RUNNING', 'KILLED'])[1 + i % 4],
       1700000000000 + i * 60000,
       CASE WHEN i % 4 = 2 THEN NULL ELSE 1700000000000 + i * 60000 + 45000 END,
       'active', 's3://mlflow-artifacts/' || (1 + i % 12) || '/' || md5('run-' || i) || '/artifacts',
       1 + i % 12
FROM generate_series(1, 240) AS i;
INSERT INTO metrics (key, value, timestamp, run_uuid, step, is_nan)
SELECT k.key,
       CASE WHEN r = 7 AND s = 3 AND k.key = 'loss' THEN 'NaN'::double precision
            ELSE ((r * 31 + s * 7 + length(k.key)) % 1000) / 997.0 END,
       1700000000000 + r * 60000 + s * 1000, md5('run-' || r), s,
       r = 7 AND s = 3 AND k.key = 'loss'
FROM generate_series(1, 240) AS r, generate_series(0, 7) AS s,
     (VALUES ('loss'), ('accuracy'), ('learning_rate')) AS k(key);
INSERT INTO latest_metrics (key, value, timestamp, step, is_nan, run_uuid)
SELECT DISTINCT ON (key, run_uuid) key, value, timestamp, step, is_nan, run_uuid
FROM metrics ORDER BY key, run_uuid, step DESC, timestamp DESC;
INSERT INTO params (key, value, run_uuid)
SELECT 'param_' || p, CASE WHEN r = 1 AND p = 1 THEN E'multi\\nline\\t"quoted" \\\\ back''slash' ELSE (r * p)::text END,
       md5('run-' || r)
FROM generate_series(1, 240) AS r, generate_series(1, 6) AS p;
INSERT INTO tags (key, value, run_uuid)
SELECT 'mlflow.' || t, CASE WHEN r % 10 = 0 AND t = 'note' THEN NULL ELSE t || '-' || r END, md5('run-' || r)
FROM generate_series(1, 240) AS r, unnest(ARRAY['user', 'source', 'note']) AS t;
INSERT INTO registered_models (name, creation_time, last_updated_time, description)
SELECT 'model-' || m, 1700000000000 + m, 1700000000000 + m * 2, 'Model number ' || m
FROM generate_series(1, 6) AS m;
INSERT INTO registered_model_tags (key, value, name)
SELECT 'owner', 'team-' || m, 'model-' || m FROM generate_series(1, 6) AS m;
INSERT INTO model_versions (name, version, creation_time, last_updated_time, user_id, current_stage, source,
                            run_id, status)
SELECT 'model-' || m, v, 1700000000000 + v, 1700000000000 + v * 2, 'user' || (v % 5) || '@example.com',
       (ARRAY['None', 'Staging', 'Production', 'Archived'])[1 + v % 4],
       's3://mlflow-artifacts/models/' || m || '/' || v, md5('run-' || (m * 10 + v)), 'READY'
FROM generate_series(1, 6) AS m, generate_series(1, 10) AS v;
INSERT INTO model_version_tags (key, value, name, version)
SELECT 'validated', (v % 2 = 0)::text, 'model-' || m, v FROM generate_series(1, 6) AS m, generate_series(1, 10) AS v;
`;

interface TableFingerprint {
  readonly rows: number;
  readonly md5: string;
}

interface DatabaseFingerprint {
  readonly tables: Record<string, TableFingerprint>;
  readonly sequences: string[];
  readonly constraints: string[];
  readonly indexes: string[];
}

interface PhaseResult {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * PATH for the scripts. A pyenv shim re-resolves the interpreter on every call (about 0.2 s each, and these
 * tests run some 40 aws commands), so the directory of the real `aws` goes first when there is a shim.
 */
function pathForScripts(): string {
  const path = process.env.PATH ?? "/usr/local/bin:/usr/bin:/bin";
  const aws = findExecutable("aws");
  if (aws === undefined || !aws.includes("/shims/")) return path;
  const real = spawnSync("pyenv", ["which", "aws"], { encoding: "utf8" });
  return real.status === 0 ? `${dirname(real.stdout.trim())}${delimiter}${path}` : path;
}
const scriptPath = pathForScripts();

const lines = (output: string): string[] => output.split("\n").filter((line) => line !== "");

const sha256Hex = (bytes: Buffer): string => createHash("sha256").update(bytes).digest("hex");

describeIf(allOf(postgresAvailability(), motoAvailability()))("postgres backup and restore scripts", () => {
  let postgres: PostgresServer;
  let moto: MotoServer;
  let s3: S3Client;
  let scratchDir: string;
  let sourceFingerprint: DatabaseFingerprint;
  let scratchCounter = 0;
  let cancelScratchWatchdog: (() => void) | undefined;

  beforeAll(async () => {
    scratchDir = mkdtempSync(join(tmpdir(), "backup-e2e-"));
    // afterAll does not run when jest is interrupted; the watchdog removes the directory then.
    cancelScratchWatchdog = startWatchdog(`rm -rf ${shellQuote(scratchDir)}`);
    // Start both servers concurrently, but keep whichever started so afterAll can stop it.
    const [postgresStart, motoStart] = await Promise.allSettled([startPostgres(), startMoto()]);
    if (postgresStart.status === "fulfilled") postgres = postgresStart.value;
    if (motoStart.status === "fulfilled") moto = motoStart.value;
    if (postgresStart.status === "rejected") throw postgresStart.reason;
    if (motoStart.status === "rejected") throw motoStart.reason;

    s3 = new S3Client({
      endpoint: moto.endpoint,
      region,
      forcePathStyle: true,
      credentials: { accessKeyId: awsAccessKeyId, secretAccessKey: awsSecretAccessKey },
    });
    await postgres.query(schemaSql + dataSql);
    sourceFingerprint = await fingerprint(postgres.database);
  }, 120_000);

  afterAll(async () => {
    // Each teardown runs even if another fails.
    const results = await Promise.allSettled([postgres?.stop(), moto?.stop()]);
    s3?.destroy();
    if (scratchDir !== undefined) rmSync(scratchDir, { recursive: true, force: true });
    cancelScratchWatchdog?.();
    for (const result of results) {
      if (result.status === "rejected") throw result.reason;
    }
  }, 60_000);

  /** A fresh directory standing in for the pod's emptyDir. */
  function newWorkDir(): string {
    scratchCounter += 1;
    return mkdtempSync(join(scratchDir, `work-${scratchCounter}-`));
  }

  /** What a container would have: the libpq, object-store and AWS variables, HOME, PATH and nothing else. */
  function podEnv(overrides: Record<string, string>): Record<string, string> {
    const inherited: Record<string, string> = {};
    for (const name of ["PYENV_ROOT", "PYENV_VERSION", "LANG", "LC_ALL"]) {
      const value = process.env[name];
      if (value !== undefined) inherited[name] = value;
    }
    return {
      ...inherited,
      PATH: scriptPath,
      HOME: scratchDir,
      AWS_ACCESS_KEY_ID: awsAccessKeyId,
      AWS_SECRET_ACCESS_KEY: awsSecretAccessKey,
      AWS_DEFAULT_REGION: region,
      AWS_ENDPOINT_URL: moto.endpoint,
      // No shared config from this machine, no instance metadata lookups off loopback.
      AWS_CONFIG_FILE: "/dev/null",
      AWS_SHARED_CREDENTIALS_FILE: "/dev/null",
      AWS_EC2_METADATA_DISABLED: "true",
      // Fewer retries than the CLI default (5, with back-off) so unreachable endpoints fail fast.
      AWS_RETRY_MODE: "standard",
      AWS_MAX_ATTEMPTS: "2",
      ...postgres.clientEnv(),
      // The adapter the CronJobs' store containers select (constructs/k8s/scripts/object-store-s3.sh).
      OBJECT_STORE: "s3",
      BACKUP_PREFIX: prefix,
      ...overrides,
    };
  }

  /** Runs one phase of a script exactly as a container command would: `sh <script> <phase>`. */
  function runPhase(script: string, phase: string, env: Record<string, string>): Promise<PhaseResult> {
    return new Promise((resolve, reject) => {
      const child = spawn("sh", [script, phase], { env, cwd: scratchDir, stdio: ["ignore", "pipe", "pipe"] });
      let stdout = "";
      let stderr = "";
      child.stdout.setEncoding("utf8").on("data", (chunk: string) => {
        stdout += chunk;
      });
      child.stderr.setEncoding("utf8").on("data", (chunk: string) => {
        stderr += chunk;
      });
      const timer = setTimeout(() => child.kill("SIGKILL"), 60_000);
      child.once("error", reject);
      child.once("close", (code) => {
        clearTimeout(timer);
        const output = stdout + stderr;
        // No credential may ever reach the logs.
        for (const secret of [postgres.password, awsSecretAccessKey]) {
          if (output.includes(secret)) {
            reject(new Error(`${phase} printed a credential:\n${output}`));
            return;
          }
        }
        resolve({ code, stdout, stderr });
      });
    });
  }

  const backup = (phase: string, env: Record<string, string>): Promise<PhaseResult> =>
    runPhase(backupScript, phase, env);
  const restore = (phase: string, env: Record<string, string>): Promise<PhaseResult> =>
    runPhase(restoreScript, phase, env);

  /** Fails the test with the script's output when a phase that should succeed did not. */
  function expectSuccess(result: PhaseResult): void {
    if (result.code !== 0) {
      throw new Error(
        `expected exit code 0, got ${result.code}\nstdout:\n${result.stdout}\nstderr:\n${result.stderr}`,
      );
    }
  }

  /** Non-zero exit with an error line on stderr that names the failing phase. */
  function expectFailure(result: PhaseResult, phase: string, message?: RegExp): void {
    expect(result.code).not.toBe(0);
    expect(result.code).not.toBeNull();
    expect(result.stderr).toMatch(new RegExp(`: ${phase}: ERROR: `));
    if (message !== undefined) expect(result.stderr).toMatch(message);
  }

  async function createBucket(
    bucket: string,
    { versioned = true, kmsByDefault = true }: { versioned?: boolean; kmsByDefault?: boolean } = {},
  ): Promise<void> {
    await s3.send(new CreateBucketCommand({ Bucket: bucket }));
    if (versioned) {
      await s3.send(
        new PutBucketVersioningCommand({ Bucket: bucket, VersioningConfiguration: { Status: "Enabled" } }),
      );
    }
    if (kmsByDefault) {
      await s3.send(
        new PutBucketEncryptionCommand({
          Bucket: bucket,
          ServerSideEncryptionConfiguration: {
            Rules: [
              { ApplyServerSideEncryptionByDefault: { SSEAlgorithm: "aws:kms" }, BucketKeyEnabled: true },
            ],
          },
        }),
      );
    }
  }

  /** Keys of the current objects under a prefix, sorted. */
  async function listKeys(bucket: string, keyPrefix = `${prefix}/`): Promise<string[]> {
    const keys: string[] = [];
    let token: string | undefined;
    do {
      const page = await s3.send(
        new ListObjectsV2Command({ Bucket: bucket, Prefix: keyPrefix, ContinuationToken: token }),
      );
      keys.push(...(page.Contents ?? []).map((object) => object.Key ?? ""));
      token = page.NextContinuationToken;
    } while (token !== undefined);
    return keys.sort();
  }

  /** Every version and delete marker under a prefix: proves nothing was ever written, not just hidden. */
  async function listAllVersions(bucket: string): Promise<string[]> {
    const page = await s3.send(new ListObjectVersionsCommand({ Bucket: bucket, Prefix: `${prefix}/` }));
    return [
      ...(page.Versions ?? []).map((version) => `version ${version.Key}`),
      ...(page.DeleteMarkers ?? []).map((marker) => `delete-marker ${marker.Key}`),
    ];
  }

  async function putObject(bucket: string, key: string, body: Buffer, metadata?: Record<string, string>) {
    await s3.send(new PutObjectCommand({ Bucket: bucket, Key: key, Body: body, Metadata: metadata }));
  }

  async function createDatabase(name: string, template?: string): Promise<void> {
    await postgres.query(`CREATE DATABASE ${name}${template === undefined ? "" : ` TEMPLATE ${template}`};`);
  }

  /** Row count and content checksum of every table, plus sequences, constraints and indexes. */
  async function fingerprint(database: string): Promise<DatabaseFingerprint> {
    const tableNames = lines(
      await postgres.query(
        "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename;",
        database,
      ),
    );
    const tables: Record<string, TableFingerprint> = {};
    if (tableNames.length > 0) {
      const perTable = tableNames
        .map(
          (table) =>
            `SELECT '${table}', count(*), md5(coalesce(string_agg(t::text, E'\\n' ORDER BY t::text COLLATE "C"), '')) ` +
            `FROM public."${table}" AS t`,
        )
        .join("\nUNION ALL\n");
      for (const line of lines(await postgres.query(`${perTable};`, database))) {
        const [table, rows, md5] = line.split("|");
        tables[table ?? ""] = { rows: Number(rows), md5: md5 ?? "" };
      }
    }
    const list = async (sql: string): Promise<string[]> => lines(await postgres.query(sql, database));
    return {
      tables,
      sequences: await list(
        "SELECT sequencename || '=' || coalesce(last_value::text, 'unset') FROM pg_sequences ORDER BY 1;",
      ),
      constraints: await list(
        "SELECT conrelid::regclass || ' ' || conname || ' ' || pg_get_constraintdef(oid) FROM pg_constraint " +
          "WHERE connamespace = 'public'::regnamespace ORDER BY 1;",
      ),
      indexes: await list("SELECT indexdef FROM pg_indexes WHERE schemaname = 'public' ORDER BY 1;"),
    };
  }

  /** A target that already holds data, different from any dump, so a restore that ran would show. */
  async function createTargetWithData(name: string): Promise<DatabaseFingerprint> {
    await createDatabase(name, postgres.database);
    await postgres.query(
      "INSERT INTO experiments (name, lifecycle_stage) VALUES ('only-in-target', 'active');\n" +
        "UPDATE metrics SET value = value + 1 WHERE step = 0;\n" +
        "CREATE TABLE local_notes (id integer PRIMARY KEY, note text);\n" +
        "INSERT INTO local_notes VALUES (1, 'kept by a failed restore');",
      name,
    );
    return fingerprint(name);
  }

  /** Runs the three backup phases as the pod does and returns the key of the uploaded dump. */
  async function backupLikeThePod(bucket: string): Promise<string> {
    const workDir = newWorkDir();
    const env = podEnv({ BACKUP_BUCKET: bucket, WORK_DIR: workDir });
    expectSuccess(await backup("dump", env));
    expectSuccess(await backup("upload", env));
    expectSuccess(await backup("prune", env));
    const name = readdirSync(workDir).find((file) => dumpNamePattern.test(file));
    if (name === undefined) throw new Error(`no dump in ${workDir}`);
    return `${prefix}/${name}`;
  }

  /** Puts a real dump (made by the dump phase) in the bucket the way upload would, and returns its key. */
  async function seedDump(bucket: string): Promise<string> {
    const { path, name } = await dumpOnly();
    const bytes = readFileSync(path);
    const key = `${prefix}/${name}`;
    await putObject(bucket, key, bytes, { sha256: sha256Hex(bytes) });
    return key;
  }

  /** A real dump file made by the dump phase (not uploaded). */
  async function dumpOnly(): Promise<{ path: string; name: string }> {
    const workDir = newWorkDir();
    expectSuccess(await backup("dump", podEnv({ WORK_DIR: workDir })));
    const name = readdirSync(workDir).find((file) => dumpNamePattern.test(file));
    if (name === undefined) throw new Error(`no dump in ${workDir}`);
    return { path: join(workDir, name), name };
  }

  test("the source database is MLflow-shaped and big enough to matter", () => {
    expect(Object.keys(sourceFingerprint.tables)).toEqual(
      expect.arrayContaining([
        "experiments",
        "runs",
        "metrics",
        "params",
        "tags",
        "registered_models",
        "model_versions",
      ]),
    );
    expect(sourceFingerprint.tables.metrics?.rows).toBeGreaterThanOrEqual(5000);
    expect(
      sourceFingerprint.constraints.filter((constraint) => constraint.includes("FOREIGN KEY")).length,
    ).toBe(10);
  });

  test("backs up in three phases, then restores into an empty database with identical content", async () => {
    const bucket = "backup-round-trip";
    await createBucket(bucket);
    const workDir = newWorkDir();
    const env = podEnv({ BACKUP_BUCKET: bucket, WORK_DIR: workDir });

    // Init container: dump. Exactly one finished dump and its checksum, no temporary files.
    expectSuccess(await backup("dump", env));
    const files = readdirSync(workDir).sort();
    expect(files).toHaveLength(2);
    const [dumpName, sumName] = files as [string, string];
    expect(dumpName).toMatch(dumpNamePattern);
    expect(sumName).toBe(`${dumpName}.sha256`);
    const dumpBytes = readFileSync(join(workDir, dumpName));
    const localSha = sha256Hex(dumpBytes);
    expect(readFileSync(join(workDir, sumName), "utf8")).toBe(`${localSha}  ${dumpName}\n`);

    // Main container: upload, then prune.
    expectSuccess(await backup("upload", env));
    expectSuccess(await backup("prune", env));

    const key = `${prefix}/${dumpName}`;
    expect(await listKeys(bucket)).toEqual([key]);
    expect(await listAllVersions(bucket)).toEqual([`version ${key}`]);
    const head = await s3.send(new HeadObjectCommand({ Bucket: bucket, Key: key }));
    expect(head.Metadata?.sha256).toBe(localSha);
    expect(head.ContentLength).toBe(dumpBytes.length);
    expect(head.ServerSideEncryption).toBe("aws:kms");
    const stored = await s3.send(new GetObjectCommand({ Bucket: bucket, Key: key }));
    expect(sha256Hex(Buffer.from((await stored.Body?.transformToByteArray()) ?? []))).toBe(localSha);

    // Restore pod: fetch (init container), then restore into an empty database.
    await createDatabase("restored_empty");
    const restoreWorkDir = newWorkDir();
    const restoreEnv = podEnv({
      BACKUP_BUCKET: bucket,
      WORK_DIR: restoreWorkDir,
      PGDATABASE: "restored_empty",
    });
    const fetched = await restore("fetch", restoreEnv);
    expectSuccess(fetched);
    expect(fetched.stdout).toContain(key);
    expectSuccess(await restore("restore", restoreEnv));

    const restoredFingerprint = await fingerprint("restored_empty");
    expect(restoredFingerprint).toEqual(sourceFingerprint);

    // The comparison can fail: one changed value changes the fingerprint.
    await postgres.query(
      "UPDATE metrics SET value = value + 1 WHERE step = 7 AND key = 'loss';",
      "restored_empty",
    );
    expect((await fingerprint("restored_empty")).tables.metrics).not.toEqual(
      sourceFingerprint.tables.metrics,
    );
  }, 60_000);

  test("all runs dump, upload and prune in one process", async () => {
    const bucket = "backup-all-phases";
    await createBucket(bucket);
    const workDir = newWorkDir();
    expectSuccess(await backup("all", podEnv({ BACKUP_BUCKET: bucket, WORK_DIR: workDir })));
    const keys = await listKeys(bucket);
    expect(keys).toHaveLength(1);
    expect(keys[0]?.slice(prefix.length + 1)).toMatch(dumpNamePattern);
  }, 30_000);

  test("database unreachable: backup fails and nothing reaches the bucket", async () => {
    const bucket = "backup-db-unreachable";
    await createBucket(bucket);
    const closedPort = String(await freeLoopbackPort());
    const workDir = newWorkDir();
    const env = podEnv({ BACKUP_BUCKET: bucket, WORK_DIR: workDir, PGPORT: closedPort });

    expectFailure(await backup("dump", env), "dump", /pg_dump failed/);
    expect(readdirSync(workDir)).toEqual([]);
    // Even if the upload container ran anyway, it finds nothing to upload.
    expectFailure(await backup("upload", env), "upload", /found 0/);
    expectFailure(await backup("all", env), "dump");
    expect(await listAllVersions(bucket)).toEqual([]);
  }, 30_000);

  test("S3 endpoint unreachable: upload fails and no object exists", async () => {
    const bucket = "backup-endpoint-unreachable";
    await createBucket(bucket);
    const closedPort = await freeLoopbackPort();
    const workDir = newWorkDir();
    const env = podEnv({ BACKUP_BUCKET: bucket, WORK_DIR: workDir });
    expectSuccess(await backup("dump", env));

    const wrongEndpoint = { ...env, AWS_ENDPOINT_URL: `http://127.0.0.1:${closedPort}` };
    expectFailure(
      await backup("upload", wrongEndpoint),
      "upload",
      /upload to s3:\/\/backup-endpoint-unreachable\//,
    );
    expectFailure(await backup("prune", wrongEndpoint), "prune", /cannot list/);
    expect(await listAllVersions(bucket)).toEqual([]);
  }, 30_000);

  test("nonexistent bucket: upload fails and creates nothing", async () => {
    const bucket = "backup-bucket-that-does-not-exist";
    const workDir = newWorkDir();
    const env = podEnv({ BACKUP_BUCKET: bucket, WORK_DIR: workDir });
    expectSuccess(await backup("dump", env));
    expectFailure(await backup("upload", env), "upload");
    await expect(s3.send(new HeadBucketCommand({ Bucket: bucket }))).rejects.toMatchObject({
      name: "NotFound",
    });
  }, 30_000);

  test("an object that does not come out KMS-encrypted is removed and the upload fails", async () => {
    const bucket = "backup-no-default-kms";
    await createBucket(bucket, { kmsByDefault: false });
    const workDir = newWorkDir();
    const env = podEnv({ BACKUP_BUCKET: bucket, WORK_DIR: workDir });
    expectSuccess(await backup("dump", env));
    expectFailure(await backup("upload", env), "upload", /not KMS-encrypted.*the object was removed/);
    // The verified-bad version itself was deleted, not hidden behind a delete marker.
    expect(await listAllVersions(bucket)).toEqual([]);

    // With an explicit key the same bucket accepts the dump, encrypted with that key.
    const keyArn = "arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab";
    expectSuccess(await backup("upload", { ...env, BACKUP_KMS_KEY_ID: keyArn }));
    const [key] = await listKeys(bucket);
    const head = await s3.send(new HeadObjectCommand({ Bucket: bucket, Key: key }));
    expect(head.ServerSideEncryption).toBe("aws:kms");
    expect(head.SSEKMSKeyId).toBe(keyArn);
  }, 30_000);

  test("restore of a missing key fails and leaves the target unchanged", async () => {
    const bucket = "restore-missing-key";
    await createBucket(bucket);
    const goodKey = await seedDump(bucket);
    const before = await createTargetWithData("target_missing_key");
    const workDir = newWorkDir();
    const env = podEnv({ BACKUP_BUCKET: bucket, WORK_DIR: workDir, PGDATABASE: "target_missing_key" });

    const missing = { ...env, RESTORE_KEY: `${prefix}/mlflow-20000101T000000Z.dump` };
    expectFailure(await restore("fetch", missing), "fetch", /cannot download/);
    expect(readdirSync(workDir)).toEqual([]);
    // The restore container would not start after a failed fetch; if it did, it refuses to touch the database.
    expectFailure(await restore("restore", missing), "restore", /no fetched dump/);
    expectFailure(await restore("all", missing), "fetch");
    // An empty prefix fails loudly too.
    expectFailure(await restore("fetch", { ...env, BACKUP_PREFIX: "backups/empty" }), "fetch", /no dumps/);
    expect(await fingerprint("target_missing_key")).toEqual(before);

    // The target was restorable all along: a named key (bare file name) does replace its content.
    const named = { ...env, RESTORE_KEY: goodKey.slice(prefix.length + 1) };
    expectSuccess(await restore("fetch", named));
    expectSuccess(await restore("restore", named));
    const after = await fingerprint("target_missing_key");
    expect(after).not.toEqual(before);
    expect(after.tables.experiments).toEqual(sourceFingerprint.tables.experiments);
    expect(after.tables.metrics).toEqual(sourceFingerprint.tables.metrics);
    expect(after.tables.local_notes).toEqual(before.tables.local_notes);
  }, 60_000);

  test("restore of garbage bytes fails before touching the target", async () => {
    const bucket = "restore-garbage";
    await createBucket(bucket);
    const validKey = await seedDump(bucket);
    const before = await createTargetWithData("target_garbage");
    const garbage = Buffer.from("PGDMP this is not a custom-format archive ".repeat(200));

    // Newest by name, so fetch picks it. Without sha256 metadata the fetch succeeds (with a warning) and the
    // restore phase must catch it.
    await putObject(bucket, `${prefix}/mlflow-20991231T235959Z.dump`, garbage);
    const workDir = newWorkDir();
    const env = podEnv({ BACKUP_BUCKET: bucket, WORK_DIR: workDir, PGDATABASE: "target_garbage" });
    const fetched = await restore("fetch", env);
    expectSuccess(fetched);
    expect(fetched.stdout).not.toContain(validKey);
    expect(fetched.stderr).toMatch(/no sha256 metadata/);
    expectFailure(await restore("restore", env), "restore", /database not touched/);
    expect(await fingerprint("target_garbage")).toEqual(before);

    // With sha256 metadata that does not match, the fetch itself refuses it.
    const withWrongSum = `${prefix}/mlflow-20991231T235958Z.dump`;
    await putObject(bucket, withWrongSum, garbage, { sha256: "0".repeat(64) });
    const workDir2 = newWorkDir();
    const env2 = { ...env, WORK_DIR: workDir2, RESTORE_KEY: withWrongSum };
    expectFailure(await restore("fetch", env2), "fetch", /does not match its sha256 metadata/);
    expect(readdirSync(workDir2)).toEqual([]);
    expect(await fingerprint("target_garbage")).toEqual(before);
  }, 60_000);

  test("restore of a truncated real dump fails before touching the target", async () => {
    const bucket = "restore-truncated";
    await createBucket(bucket);
    const { path, name } = await dumpOnly();
    const fullBytes = readFileSync(path);
    truncateSync(path, Math.floor(fullBytes.length / 2));
    const truncated = readFileSync(path);
    const before = await createTargetWithData("target_truncated");

    // Uploaded without metadata, as a hand-copied file would be: only the full read can catch it.
    await putObject(bucket, `${prefix}/${name}`, truncated);
    const workDir = newWorkDir();
    const env = podEnv({ BACKUP_BUCKET: bucket, WORK_DIR: workDir, PGDATABASE: "target_truncated" });
    expectSuccess(await restore("fetch", env));
    const restored = await restore("restore", env);
    expectFailure(restored, "restore", /corrupt or truncated.*database not touched/);
    expect(await fingerprint("target_truncated")).toEqual(before);

    // With the original dump's sha256 as metadata, the fetch refuses the truncated body.
    const withSum = `${prefix}/mlflow-20991231T235959Z.dump`;
    await putObject(bucket, withSum, truncated, { sha256: sha256Hex(fullBytes) });
    expectFailure(
      await restore("fetch", { ...env, WORK_DIR: newWorkDir(), RESTORE_KEY: withSum }),
      "fetch",
      /does not match its sha256 metadata/,
    );
    expect(await fingerprint("target_truncated")).toEqual(before);
  }, 60_000);

  test("prune deletes dumps older than the retention and always keeps the newest", async () => {
    const bucket = "backup-prune";
    await createBucket(bucket);
    const small = Buffer.from("placeholder dump");
    // Age comes from the timestamp in the name, so old dumps can be made honestly (moto cannot backdate
    // LastModified). Objects that are not dumps, or not directly under the prefix, must survive.
    const expired = [`${prefix}/mlflow-20200101T000000Z.dump`, `${prefix}/mlflow-20200102T000000Z.dump`];
    const bystanders = [`${prefix}/notes.txt`, `${prefix}/nested/mlflow-20200101T000000Z.dump`];
    const otherPrefix = "backups/other/mlflow-20200101T000000Z.dump";
    for (const key of [...expired, ...bystanders, otherPrefix]) await putObject(bucket, key, small);

    // A real backup (default RETENTION_DAYS=14) prunes the expired dumps and keeps itself.
    const fresh = await backupLikeThePod(bucket);
    expect(await listKeys(bucket)).toEqual([...bystanders, fresh].sort());
    expect(await listKeys(bucket, "backups/other/")).toEqual([otherPrefix]);

    // When every dump is older than the retention, the newest still stays.
    const onlyOld = "backups/only-old";
    for (const stamp of ["20190101T000000Z", "20190601T000000Z", "20200101T000000Z"]) {
      await putObject(bucket, `${onlyOld}/mlflow-${stamp}.dump`, small);
    }
    const pruneOnlyOld = await backup("prune", podEnv({ BACKUP_BUCKET: bucket, BACKUP_PREFIX: onlyOld }));
    expectSuccess(pruneOnlyOld);
    expect(await listKeys(bucket, `${onlyOld}/`)).toEqual([`${onlyOld}/mlflow-20200101T000000Z.dump`]);

    // RETENTION_DAYS=0 keeps only the newest of dumps taken seconds ago.
    const zeroDays = "backups/zero-days";
    const stampSecondsAgo = (seconds: number): string =>
      new Date(Date.now() - seconds * 1000)
        .toISOString()
        .replace(/[-:]/g, "")
        .replace(/\.\d+Z$/, "Z");
    const recent = [20, 10].map((seconds) => `${zeroDays}/mlflow-${stampSecondsAgo(seconds)}.dump`);
    for (const key of recent) await putObject(bucket, key, small);
    expectSuccess(
      await backup("prune", podEnv({ BACKUP_BUCKET: bucket, BACKUP_PREFIX: zeroDays, RETENTION_DAYS: "0" })),
    );
    expect(await listKeys(bucket, `${zeroDays}/`)).toEqual([recent[1]]);

    // A malformed retention deletes nothing.
    for (const key of recent) await putObject(bucket, key, small);
    expectFailure(
      await backup(
        "prune",
        podEnv({ BACKUP_BUCKET: bucket, BACKUP_PREFIX: zeroDays, RETENTION_DAYS: "two weeks" }),
      ),
      "prune",
      /RETENTION_DAYS/,
    );
    expect(await listKeys(bucket, `${zeroDays}/`)).toEqual([...recent].sort());
  }, 60_000);

  test("usage errors exit non-zero", async () => {
    const missingPhase = await backup("", podEnv({}));
    expect(missingPhase.code).toBe(2);
    expect((await restore("unpack", podEnv({}))).code).toBe(2);
    expectFailure(await backup("upload", podEnv({ WORK_DIR: newWorkDir() })), "upload", /BACKUP_BUCKET/);
    expectFailure(
      await backup("dump", podEnv({ WORK_DIR: join(scratchDir, "does-not-exist") })),
      "dump",
      /does not exist/,
    );
    expectFailure(
      await backup("prune", podEnv({ BACKUP_BUCKET: "any-bucket", BACKUP_PREFIX: "/" })),
      "prune",
      /bucket root/,
    );
  }, 30_000);
});
