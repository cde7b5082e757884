/**
 * The backup and restore scripts without any service: how they choose their object-store adapter, and
 * their own logic (verification after upload, removal of a bad copy by its version, pruning, the choice of
 * the dump to restore) run through a folder-backed test adapter, test/fixtures/object-store/
 * object-store-fake.sh. The S3 adapter itself is proven against moto and PostgreSQL in
 * test/e2e/backup-restore.test.ts.
 */
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  realpathSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { findExecutable } from "../../support/tool-availability";

const ROOT = join(__dirname, "..", "..", "..");
const SCRIPTS = join(ROOT, "constructs", "k8s", "scripts");
const FAKE_ADAPTER = join(ROOT, "test", "fixtures", "object-store", "object-store-fake.sh");
const PREFIX = "backups/postgres";
const INTERFACE = [
  "store_check_settings",
  "store_uri",
  "store_put",
  "store_head",
  "store_get",
  "store_list",
  "store_delete",
];

interface Result {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

let scratch: string;
beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), "backup-scripts-"));
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

let counter = 0;
function freshDir(name: string): string {
  counter += 1;
  const dir = join(scratch, `${name}-${counter}`);
  mkdirSync(dir, { recursive: true });
  return dir;
}

/**
 * Shells the scripts must run in: the images' /bin/sh are busybox ash (postgres) and bash (aws-cli); dash
 * is the strictest POSIX shell at hand. Each found one runs the logic tests.
 */
const SHELLS: readonly (readonly string[])[] = [
  ...new Map(
    ["/bin/sh", findExecutable("dash"), findExecutable("bash")]
      .filter((path): path is string => path !== undefined)
      .map((path) => [realpathSync(path), [path]] as const),
  ).values(),
  ...(findExecutable("busybox") ? [[findExecutable("busybox") as string, "sh"]] : []),
];

/** `sh <dir>/<script> <phase>` with only PATH and `env`, as a container would run it. */
function runIn(
  dir: string,
  script: string,
  phase: string,
  env: Record<string, string>,
  shell: readonly string[] = ["/bin/sh"],
): Result {
  const [command = "/bin/sh", ...shellArgs] = shell;
  const result = spawnSync(command, [...shellArgs, join(dir, script), phase], {
    env: { PATH: process.env.PATH ?? "/usr/bin:/bin", ...env },
    cwd: scratch,
    encoding: "utf8",
    timeout: 30_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const run = (dir: string, script: string, phase: string, env: Record<string, string>): Result =>
  runIn(dir, script, phase, env);

const sha256 = (bytes: Buffer | string): string => createHash("sha256").update(bytes).digest("hex");

/** The UTC timestamp of a dump's name, `seconds` ago. */
const stampAgo = (seconds: number): string =>
  new Date(Date.now() - seconds * 1000)
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d+Z$/, "Z");

describe("choosing the object store", () => {
  const phases = [
    ["postgres-backup", "upload", "upload"],
    ["postgres-backup", "prune", "prune"],
    ["postgres-backup", "all", "all"],
    ["postgres-restore", "fetch", "fetch"],
    ["postgres-restore", "all", "fetch"],
  ] as const;

  test.each(phases)(
    "%s.sh %s refuses an unknown OBJECT_STORE, naming the adapters there",
    (script, phase, shown) => {
      const env = { OBJECT_STORE: "unknown", BACKUP_BUCKET: "any-bucket", WORK_DIR: freshDir("work") };
      expect(run(SCRIPTS, `${script}.sh`, phase, env)).toEqual({
        code: 1,
        stdout: "",
        stderr: `${script}: ${shown}: ERROR: OBJECT_STORE must be one of: azblob gcs s3 (the object-store-<name>.sh files in ${SCRIPTS}), got 'unknown'\n`,
      });
    },
  );

  test.each(phases)("%s.sh %s requires OBJECT_STORE", (script, phase, shown) => {
    expect(run(SCRIPTS, `${script}.sh`, phase, { BACKUP_BUCKET: "any-bucket" })).toEqual({
      code: 1,
      stdout: "",
      stderr: `${script}: ${shown}: ERROR: environment variable OBJECT_STORE must be set to one of: azblob gcs s3\n`,
    });
  });

  // Only a lowercase name of a file that is there: no other case, no path, no blank.
  test.each([["S3"], ["../scripts/object-store-s3"], ["s3 "], ["s3.sh"]])(
    "refuses OBJECT_STORE=%j",
    (name) => {
      expect(run(SCRIPTS, "postgres-backup.sh", "upload", { OBJECT_STORE: name }).stderr).toBe(
        `postgres-backup: upload: ERROR: OBJECT_STORE must be one of: azblob gcs s3 (the object-store-<name>.sh files in ${SCRIPTS}), got '${name}'\n`,
      );
    },
  );

  test("the dump and restore phases never need the store (their containers get no store settings)", () => {
    // dump fails for want of pg_dump or a database, never for want of OBJECT_STORE.
    const dump = run(SCRIPTS, "postgres-backup.sh", "dump", { PATH: "/nonexistent" });
    expect(dump.stderr).toBe(
      "postgres-backup: dump: ERROR: required command 'pg_dump' is not installed in this image\n",
    );
    const restore = run(SCRIPTS, "postgres-restore.sh", "restore", { PATH: "/nonexistent" });
    expect(restore.stderr).toBe(
      "postgres-restore: restore: ERROR: required command 'pg_restore' is not installed in this image\n",
    );
  });
});

describe("every adapter in constructs/k8s/scripts", () => {
  const adapters = readdirSync(SCRIPTS).filter((file) => /^object-store-[a-z0-9]+\.sh$/.test(file));

  test("there is one per store kind so far: s3, azblob and gcs", () => {
    expect(adapters).toEqual(["object-store-azblob.sh", "object-store-gcs.sh", "object-store-s3.sh"]);
  });

  test.each([...adapters.map((file) => join(SCRIPTS, file)), FAKE_ADAPTER])(
    "%s defines the whole interface, and nothing runs when it is sourced",
    (adapter) => {
      const probe = [
        "set -eu",
        "SCRIPT=probe PHASE=probe",
        `. "$1"`,
        `printf '%s|%s\\n' "$STORE_NAME" "$STORE_CLI"`,
        `for f in ${INTERFACE.join(" ")}; do command -v "$f"; done`,
      ].join("\n");
      const result = spawnSync("sh", ["-c", probe, "probe", adapter], {
        env: { PATH: process.env.PATH ?? "/usr/bin:/bin" },
        encoding: "utf8",
      });
      const [names, ...functions] = result.stdout.trim().split("\n");
      expect([result.status, result.stderr]).toEqual([0, ""]);
      expect(names).toMatch(/^[A-Za-z0-9 ]+\|[a-z0-9-]+$/);
      expect(functions).toEqual(INTERFACE);
    },
  );
});

describe.each(SHELLS.map((shell) => [shell.join(" "), shell] as const))(
  "the scripts' logic, through a folder-backed adapter, in %s",
  (_name, shell) => {
    let scripts: string;
    let store: string;
    const run = (dir: string, script: string, phase: string, env: Record<string, string>): Result =>
      runIn(dir, script, phase, env, shell);

    beforeEach(() => {
      // The scripts and the adapters in one folder, as in the ConfigMap, plus the test adapter.
      scripts = freshDir("scripts");
      for (const file of readdirSync(SCRIPTS)) copyFileSync(join(SCRIPTS, file), join(scripts, file));
      copyFileSync(FAKE_ADAPTER, join(scripts, "object-store-fake.sh"));
      store = freshDir("store");
    });

    const storeEnv = (extra: Record<string, string> = {}) => ({
      OBJECT_STORE: "fake",
      FAKE_STORE_DIR: store,
      BACKUP_PREFIX: PREFIX,
      ...extra,
    });
    const calls = (): string[] =>
      existsSync(join(store, "calls")) ? readFileSync(join(store, "calls"), "utf8").trim().split("\n") : [];
    /** Keys of the objects in the store, sorted. */
    const keys = (): string[] => {
      const found: string[] = [];
      const walk = (dir: string, prefix: string) => {
        if (!existsSync(dir)) return;
        for (const entry of readdirSync(dir, { withFileTypes: true })) {
          if (entry.isDirectory()) walk(join(dir, entry.name), `${prefix}${entry.name}/`);
          else found.push(`${prefix}${entry.name}`);
        }
      };
      walk(join(store, "objects"), "");
      return found.sort();
    };
    /** An object as another writer would have left it, with or without sha256 metadata. */
    const seed = (key: string, bytes: string, sum?: string) => {
      const object = join(store, "objects", key);
      mkdirSync(dirname(object), { recursive: true });
      writeFileSync(object, bytes);
      const meta = join(store, "meta", key);
      mkdirSync(dirname(meta), { recursive: true });
      if (sum !== undefined) writeFileSync(`${meta}.sha256`, `${sum}\n`);
      writeFileSync(`${meta}.version`, "v-seeded\n");
    };
    /** A finished dump in a new work directory, as the dump phase leaves it. */
    const dumpIn = (bytes: string, stamp = stampAgo(0)) => {
      const workDir = freshDir("work");
      const name = `mlflow-${stamp}.dump`;
      writeFileSync(join(workDir, name), bytes);
      writeFileSync(join(workDir, `${name}.sha256`), `${sha256(bytes)}  ${name}\n`);
      return { workDir, name, key: `${PREFIX}/${name}` };
    };

    test("lists the adapters that sit beside the script", () => {
      expect(run(scripts, "postgres-backup.sh", "upload", { OBJECT_STORE: "swift" }).stderr).toBe(
        `postgres-backup: upload: ERROR: OBJECT_STORE must be one of: azblob fake gcs s3 (the object-store-<name>.sh files in ${scripts}), got 'swift'\n`,
      );
    });

    test("upload stores the dump with its sha256 and verifies what the store holds", () => {
      const bytes = "PGDMP a dump for the fake store";
      const { workDir, name, key } = dumpIn(bytes);
      expect(run(scripts, "postgres-backup.sh", "upload", storeEnv({ WORK_DIR: workDir }))).toEqual({
        code: 0,
        stdout:
          `postgres-backup: upload: uploading ${name} (${bytes.length} bytes) to fake://${key}\n` +
          `postgres-backup: upload: verified fake://${key} (version v1, fake-protection)\n`,
        stderr: "",
      });
      expect(calls()).toEqual([`put ${key}`, `head ${key}`]);
      expect(keys()).toEqual([key]);
      expect(readFileSync(join(store, "objects", key), "utf8")).toBe(bytes);
      expect(readFileSync(join(store, "meta", `${key}.sha256`), "utf8")).toBe(`${sha256(bytes)}\n`);
    });

    test("a stored copy that does not match is removed by its version id, and the upload fails", () => {
      const bytes = "PGDMP a dump the store will corrupt";
      const { workDir, key } = dumpIn(bytes);
      const result = run(
        scripts,
        "postgres-backup.sh",
        "upload",
        storeEnv({ WORK_DIR: workDir, FAKE_STORE_CORRUPT: "1" }),
      );
      expect([result.code, result.stderr]).toEqual([
        1,
        `postgres-backup: upload: ERROR: verification of fake://${key} failed: Fake reports ${bytes.length + 1} bytes, the dump has ${bytes.length}; the object was removed\n`,
      ]);
      expect(calls()).toEqual([`put ${key}`, `head ${key}`, `delete ${key} v1`]);
      expect(keys()).toEqual([]);
    });

    test("an object the adapter finds unprotected is removed, and the upload fails with the adapter's reason", () => {
      const { workDir, key } = dumpIn("PGDMP unprotected");
      const result = run(
        scripts,
        "postgres-backup.sh",
        "upload",
        storeEnv({ WORK_DIR: workDir, FAKE_STORE_UNPROTECTED: "1" }),
      );
      expect([result.code, result.stderr]).toEqual([
        1,
        `postgres-backup: upload: ERROR: verification of fake://${key} failed: the object is not protected; the object was removed\n`,
      ]);
      expect(calls()).toEqual([`put ${key}`, `delete ${key} v1`]);
      expect(keys()).toEqual([]);
    });

    test("the adapter's settings are checked before anything is uploaded", () => {
      const { workDir } = dumpIn("PGDMP");
      const result = run(scripts, "postgres-backup.sh", "upload", {
        OBJECT_STORE: "fake",
        WORK_DIR: workDir,
      });
      expect([result.code, result.stderr]).toEqual([
        1,
        "postgres-backup: upload: ERROR: environment variable FAKE_STORE_DIR must be set\n",
      ]);
    });

    test("prune deletes dumps past the retention, keeps the newest and everything that is not a dump", () => {
      const expired = [`${PREFIX}/mlflow-20200101T000000Z.dump`, `${PREFIX}/mlflow-20200102T000000Z.dump`];
      const fresh = `${PREFIX}/mlflow-${stampAgo(60)}.dump`;
      const bystanders = [`${PREFIX}/notes.txt`, `${PREFIX}/nested/mlflow-20200101T000000Z.dump`];
      for (const key of [...expired, fresh, ...bystanders]) seed(key, "dump");
      const result = run(scripts, "postgres-backup.sh", "prune", storeEnv());
      expect([result.code, result.stderr]).toEqual([0, ""]);
      expect(keys()).toEqual([fresh, ...bystanders].sort());
      expect(calls()).toEqual([`list ${PREFIX}/mlflow-`, ...expired.map((key) => `delete ${key}`)]);

      // When every dump is past the retention, the newest still stays.
      const result2 = run(scripts, "postgres-backup.sh", "prune", storeEnv({ RETENTION_DAYS: "0" }));
      expect(result2.code).toBe(0);
      expect(result2.stdout).toContain(`kept mlflow-`);
      expect(keys()).toEqual([fresh, ...bystanders].sort());
    });

    test("prune of an empty prefix says so", () => {
      expect(run(scripts, "postgres-backup.sh", "prune", storeEnv())).toEqual({
        code: 0,
        stdout: `postgres-backup: prune: no dumps under fake://${PREFIX}/; nothing to prune\n`,
        stderr: "",
      });
    });

    test("fetch takes the newest dump, or the named one, and checks it against its sha256 metadata", () => {
      const older = "PGDMP older";
      const newer = "PGDMP newer";
      seed(`${PREFIX}/mlflow-20240101T000000Z.dump`, older, sha256(older));
      seed(`${PREFIX}/mlflow-20240102T000000Z.dump`, newer, sha256(newer));

      const workDir = freshDir("work");
      const newest = run(scripts, "postgres-restore.sh", "fetch", storeEnv({ WORK_DIR: workDir }));
      expect([newest.code, newest.stderr]).toEqual([0, ""]);
      expect(newest.stdout).toContain(
        `fetched fake://${PREFIX}/mlflow-20240102T000000Z.dump (version v-seeded,`,
      );
      expect(readFileSync(join(workDir, "restore.dump"), "utf8")).toBe(newer);
      expect(readFileSync(join(workDir, "restore.dump.sha256"), "utf8")).toBe(
        `${sha256(newer)}  restore.dump\n`,
      );

      const named = run(
        scripts,
        "postgres-restore.sh",
        "fetch",
        storeEnv({ WORK_DIR: workDir, RESTORE_KEY: "mlflow-20240101T000000Z.dump" }),
      );
      expect([named.code, named.stderr]).toEqual([0, ""]);
      expect(readFileSync(join(workDir, "restore.dump"), "utf8")).toBe(older);

      const badKey = `${PREFIX}/mlflow-20240103T000000Z.dump`;
      seed(badKey, "PGDMP tampered", "0".repeat(64));
      const refused = run(scripts, "postgres-restore.sh", "fetch", storeEnv({ WORK_DIR: freshDir("work") }));
      expect([refused.code, refused.stderr]).toEqual([
        1,
        `postgres-restore: fetch: ERROR: fake://${badKey} does not match its sha256 metadata (got ${sha256("PGDMP tampered")}, expected ${"0".repeat(64)}); not restoring it\n`,
      ]);
    });

    test("fetch warns about a dump without sha256 metadata, and fails on a missing one", () => {
      seed(`${PREFIX}/mlflow-20240101T000000Z.dump`, "PGDMP no metadata");
      const workDir = freshDir("work");
      const fetched = run(scripts, "postgres-restore.sh", "fetch", storeEnv({ WORK_DIR: workDir }));
      expect([fetched.code, fetched.stderr]).toEqual([
        0,
        `postgres-restore: fetch: WARNING: fake://${PREFIX}/mlflow-20240101T000000Z.dump has no sha256 metadata; relying on pg_restore's own checks of the archive\n`,
      ]);

      const missing = run(
        scripts,
        "postgres-restore.sh",
        "fetch",
        storeEnv({ WORK_DIR: freshDir("work"), RESTORE_KEY: "mlflow-20000101T000000Z.dump" }),
      );
      expect([missing.code, missing.stderr]).toEqual([
        1,
        `fake: no object ${PREFIX}/mlflow-20000101T000000Z.dump\n` +
          `postgres-restore: fetch: ERROR: cannot download fake://${PREFIX}/mlflow-20000101T000000Z.dump (see the cp error above)\n`,
      ]);
    });
  },
);
