/**
 * The GCS adapter of the backup scripts (object-store-gcs.sh), run by the real gcloud CLI against an
 * in-memory stand-in for the GCS JSON API on loopback (test/support/gcs-json-api-stand-in.ts).
 *
 * Proven: the adapter's gcloud commands, flags and output formats are accepted by gcloud (528 on the build
 * machines, the version the job image pins); uploads carry the sha256 metadata and content type, and the
 * CMEK key when one is named; the adapter reads size, metadata, generation and key from gcloud's output;
 * it downloads exactly the generation it reports; it lists by prefix (an empty listing is no error) and
 * deletes a given generation; an object without a customer-managed key is removed and refused.
 * Not proven (no GCS here): GCS's own behaviour (versioning, soft delete, CMEK encryption, IAM conditions,
 * Workload Identity), resumable uploads of dumps larger than gcloud's multipart threshold, retries.
 */
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { GcsJsonApiStandIn } from "../support/gcs-json-api-stand-in";
import { checkTools, describeIf } from "../support/tool-availability";

const ADAPTER = resolve(__dirname, "../../constructs/k8s/scripts/object-store-gcs.sh");
const BUCKET = "mlops-platform-gcp-dev-mlflow-artifacts";
const KEY = "projects/p-1/locations/us-central1/keyRings/r/cryptoKeys/artifacts";

interface Run {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs `commands` with the adapter sourced, as the scripts do (their fail and require_variable included). */
function adapter(
  endpoint: string,
  home: string,
  commands: string,
  env: Record<string, string> = {},
): Promise<Run> {
  const script = [
    "set -u",
    "SCRIPT=probe PHASE=probe",
    `fail() { printf '%s: %s: ERROR: %s\\n' "$SCRIPT" "$PHASE" "$*" >&2; exit 1; }`,
    `require_variable() { eval "[ -n \\"\\\${$1:-}\\" ]" || fail "environment variable $1 must be set"; }`,
    `. "${ADAPTER}"`,
    commands,
  ].join("\n");
  return new Promise((done) => {
    const child = spawn("sh", ["-c", script], {
      cwd: home,
      env: {
        PATH: process.env.PATH ?? "/usr/bin:/bin",
        HOME: home,
        TMPDIR: home,
        BACKUP_BUCKET: BUCKET,
        CLOUDSDK_CONFIG: join(home, "gcloud"),
        CLOUDSDK_CORE_DISABLE_PROMPTS: "1",
        CLOUDSDK_CORE_PROJECT: "p-1",
        CLOUDSDK_AUTH_ACCESS_TOKEN: "stand-in-token",
        CLOUDSDK_API_ENDPOINT_OVERRIDES_STORAGE: endpoint,
        ...env,
      },
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => {
      stdout += chunk;
    });
    child.stderr.on("data", (chunk) => {
      stderr += chunk;
    });
    child.on("close", (code) => done({ code, stdout, stderr }));
  });
}

describeIf(checkTools(["gcloud"]), { failUnderCi: true })(
  "object-store-gcs.sh with the real gcloud CLI",
  () => {
    let home = "";
    beforeEach(() => {
      home = mkdtempSync(join(tmpdir(), "gcs-adapter-"));
      writeFileSync(join(home, "dump"), "pg_dump output\n");
    });
    afterEach(() => rmSync(home, { recursive: true, force: true }));

    async function withStore<T>(
      defaultKey: string | undefined,
      body: (store: GcsJsonApiStandIn, endpoint: string) => Promise<T>,
    ) {
      const store = new GcsJsonApiStandIn(BUCKET, defaultKey);
      const endpoint = await store.start();
      try {
        return await body(store, endpoint);
      } finally {
        await store.stop();
      }
    }

    test("store_put uploads with its sha256 and content type and reports the bucket's key", async () => {
      await withStore(KEY, async (store, endpoint) => {
        const run = await adapter(
          endpoint,
          home,
          'store_put dump backups/postgres/mlflow-1.dump "$(printf abc)"',
        );
        expect(run).toMatchObject({ code: 0, stdout: `cmek:${KEY}/cryptoKeyVersions/1\n` });
        const upload = store.requests.find((request) => request.method === "POST");
        expect(upload?.uploadMetadata).toMatchObject({
          name: "backups/postgres/mlflow-1.dump",
          contentType: "application/octet-stream",
          metadata: { sha256: "abc" },
        });
        expect(store.live("backups/postgres/mlflow-1.dump")?.content.toString()).toBe("pg_dump output\n");
      });
    }, 60_000);

    test("store_put names BACKUP_KMS_KEY to gcloud", async () => {
      await withStore(undefined, async (store, endpoint) => {
        const run = await adapter(endpoint, home, "store_put dump backups/postgres/mlflow-2.dump abc", {
          BACKUP_KMS_KEY: KEY,
        });
        expect(run).toMatchObject({ code: 0, stdout: `cmek:${KEY}/cryptoKeyVersions/1\n` });
        const upload = store.requests.find((request) => request.method === "POST");
        expect(upload?.uploadMetadata?.kmsKeyName ?? upload?.query.kmsKeyName).toBe(KEY);
      });
    }, 60_000);

    test("store_put removes and refuses an object without a customer-managed key", async () => {
      await withStore(undefined, async (store, endpoint) => {
        const run = await adapter(endpoint, home, "store_put dump backups/postgres/mlflow-3.dump abc");
        expect(run.code).toBe(1);
        expect(run.stderr).toContain(
          `probe: probe: ERROR: verification of gs://${BUCKET}/backups/postgres/mlflow-3.dump failed: the object is not encrypted with a customer-managed key; set BACKUP_KMS_KEY or give the bucket a default Cloud KMS key; the object was removed\n`,
        );
        expect(store.objects).toEqual([]);
        expect(store.requests.filter((request) => request.method === "DELETE")).toHaveLength(1);
      });
    }, 60_000);

    test("store_head and store_get print size, sha256 and the generation downloaded", async () => {
      await withStore(KEY, async (store, endpoint) => {
        store.put("backups/postgres/mlflow-4.dump", "old\n", { sha256: "old-sum" });
        const current = store.put("backups/postgres/mlflow-4.dump", "current dump\n", { sha256: "new-sum" });
        const head = await adapter(endpoint, home, "store_head backups/postgres/mlflow-4.dump");
        expect(head).toMatchObject({ code: 0, stdout: `13\nnew-sum\n${current.generation}\n` });
        const get = await adapter(endpoint, home, "store_get backups/postgres/mlflow-4.dump restored");
        expect(get).toMatchObject({ code: 0, stdout: `13\nnew-sum\n${current.generation}\n` });
        expect(readFileSync(join(home, "restored"), "utf8")).toBe("current dump\n");
        const media = store.requests.filter((request) => request.query.alt === "media");
        expect(media.map((request) => request.query.generation)).toEqual([current.generation]);
        const missing = await adapter(endpoint, home, "store_head backups/postgres/none.dump");
        expect(missing.code).not.toBe(0);
      });
    }, 90_000);

    test("store_list prints the keys under a prefix, and nothing (no error) when none matches", async () => {
      await withStore(KEY, async (store, endpoint) => {
        store.put("backups/postgres/mlflow-20261130T021700Z.dump", "a");
        store.put("backups/postgres/mlflow-20261201T021700Z.dump", "b");
        store.put("mlflow/1/artifact.txt", "c");
        const listed = await adapter(endpoint, home, "store_list backups/postgres/mlflow-");
        expect(listed.code).toBe(0);
        expect(listed.stdout.split("\n").filter(Boolean).sort()).toEqual([
          "backups/postgres/mlflow-20261130T021700Z.dump",
          "backups/postgres/mlflow-20261201T021700Z.dump",
        ]);
        const none = await adapter(endpoint, home, "store_list backups/postgres/other-");
        expect(none).toMatchObject({ code: 0, stdout: "" });
      });
    }, 90_000);

    test("store_delete removes the given generation, or the live object", async () => {
      await withStore(KEY, async (store, endpoint) => {
        const first = store.put("backups/postgres/mlflow-5.dump", "1");
        const second = store.put("backups/postgres/mlflow-5.dump", "2");
        const byGeneration = await adapter(
          endpoint,
          home,
          `store_delete backups/postgres/mlflow-5.dump ${first.generation}`,
        );
        expect(byGeneration.code).toBe(0);
        expect(store.objects.map((object) => object.generation)).toEqual([second.generation]);
        const live = await adapter(endpoint, home, "store_delete backups/postgres/mlflow-5.dump");
        expect(live.code).toBe(0);
        expect(store.objects).toEqual([]);
      });
    }, 90_000);
  },
);
