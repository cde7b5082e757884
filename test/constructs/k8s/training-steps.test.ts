/**
 * The training steps' object-store adapter, run as Python: how OBJECT_STORE selects it, and the register
 * step publishing through it into S3 emulated in-process by moto (`mock_aws`), with MLflow and joblib
 * stubbed (the steps' image carries them, this machine need not).
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { TRAINING_STEP_SCRIPTS, TRAINING_STEPS_PRELUDE } from "../../../constructs/k8s/training-steps";
import { type Availability, checkTools, describeIf } from "../../support/tool-availability";

interface PythonResult {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

function python(source: string, env: Record<string, string>, stdin?: string): PythonResult {
  const result = spawnSync("python3", ["-c", source], {
    env: { PATH: process.env.PATH ?? "/usr/bin:/bin", HOME: tmpdir(), ...env },
    input: stdin,
    encoding: "utf8",
    timeout: 60_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** python3 with the named modules importable. */
function pythonModules(modules: readonly string[]): Availability {
  const tool = checkTools(["python3"]);
  if (!tool.available) return tool;
  const missing = modules.filter((module) => python(`import ${module}`, {}).code !== 0);
  return missing.length === 0
    ? { available: true, reason: "" }
    : { available: false, reason: `python3 cannot import ${missing.join(", ")}` };
}

describeIf(checkTools(["python3"]))("choosing the object store", () => {
  test.each([
    ["unknown", "'unknown'"],
    ["S3", "'S3'"],
    ["", "''"],
  ])("OBJECT_STORE=%j: exits 2 (no retry) naming the adapters there", (kind, shown) => {
    expect(python(`${TRAINING_STEPS_PRELUDE}\nobject_store()\n`, { OBJECT_STORE: kind })).toEqual({
      code: 2,
      stdout: "",
      stderr: `error: OBJECT_STORE ${shown}: expected one of azblob, gcs, s3 (the object-store adapters of these steps)\n`,
    });
  });

  test("s3: the S3 adapter, which owns s3:// URLs only and loads no SDK until it reaches the store", () => {
    const probe = [
      TRAINING_STEPS_PRELUDE,
      "store = object_store()",
      "print(type(store).__name__, store.kind, store is object_store())",
      "print(store.owns('s3://bucket/datasets/a.csv'), store.owns('https://example.com/a.csv'), store.owns('gs://b/k'))",
      "print('boto3' in sys.modules)",
    ].join("\n");
    expect(python(probe, { OBJECT_STORE: "s3" })).toEqual({
      code: 0,
      stdout: "S3Store s3 True\nTrue False False\nFalse\n",
      stderr: "",
    });
  });
});

describeIf(pythonModules(["boto3", "moto"]))("the register step, publishing through the S3 adapter", () => {
  let stubs: string;

  beforeAll(() => {
    stubs = mkdtempSync(join(tmpdir(), "training-steps-"));
    mkdirSync(join(stubs, "mlflow"));
    writeFileSync(
      join(stubs, "mlflow", "__init__.py"),
      [
        "import os",
        "class _Version:",
        "    def __init__(self, version):",
        "        self.version = version",
        "class MlflowClient:",
        "    def search_model_versions(self, query):",
        "        return []",
        "    def set_model_version_tag(self, name, version, key, value):",
        "        print(f'tag {name} {version} {key}={value}')",
        "def register_model(model_uri, name):",
        "    return _Version('3')",
        "",
      ].join("\n"),
    );
    writeFileSync(join(stubs, "mlflow", "sklearn.py"), "def load_model(uri):\n    return {'model': uri}\n");
    writeFileSync(
      join(stubs, "joblib.py"),
      "def dump(value, path):\n    with open(path, 'w') as output:\n        output.write(repr(value))\n",
    );
  });
  afterAll(() => rmSync(stubs, { recursive: true, force: true }));

  /**
   * Runs the register step once per scenario, each in a fresh emulated S3 holding `seed` (key: run id in
   * the object's metadata), and reports its exit code, output and the objects it leaves.
   */
  function register(
    scenarios: readonly { readonly env?: Record<string, string>; readonly seed?: Record<string, string> }[],
  ): { code: number; stdout: string; stderr: string; objects: Record<string, unknown> }[] {
    const harness = `
import contextlib, io, json, os, sys
from moto import mock_aws
import boto3

source = sys.stdin.read()
results = []
for scenario in json.loads(os.environ["SCENARIOS"]):
    with mock_aws():
        s3 = boto3.client("s3", region_name="us-east-1")
        s3.create_bucket(Bucket="artifacts")
        for key, run_id in scenario.get("seed", {}).items():
            s3.put_object(Bucket="artifacts", Key=key, Body=b"seeded", Metadata={"mlflow-run-id": run_id})
        saved = dict(os.environ)
        os.environ.update(scenario.get("env", {}))
        out, err, code = io.StringIO(), io.StringIO(), 0
        try:
            with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
                exec(compile(source, "register", "exec"), {"__name__": "__main__"})
        except SystemExit as exit:
            code = exit.code
        finally:
            os.environ.clear()
            os.environ.update(saved)
        objects = {}
        for item in s3.list_objects_v2(Bucket="artifacts").get("Contents", []):
            head = s3.head_object(Bucket="artifacts", Key=item["Key"])
            body = s3.get_object(Bucket="artifacts", Key=item["Key"])["Body"].read().decode()
            objects[item["Key"]] = {"metadata": head["Metadata"], "body": body}
        results.append({"code": code, "stdout": out.getvalue(), "stderr": err.getvalue(), "objects": objects})
print(json.dumps(results))
`;
    const result = python(
      harness,
      {
        PYTHONPATH: stubs,
        SCENARIOS: JSON.stringify(scenarios),
        AWS_ACCESS_KEY_ID: "testing",
        AWS_SECRET_ACCESS_KEY: "testing",
        AWS_DEFAULT_REGION: "us-east-1",
        OBJECT_STORE: "s3",
        RUN_ID: "run-1",
        MODEL_URI: "models:/m-1",
        MODEL_NAME: "churn",
        ARTIFACT_STORE_URI: "s3://artifacts",
        MODELS_PREFIX: "models",
      },
      TRAINING_STEP_SCRIPTS.register,
    );
    if (result.code !== 0) throw new Error(`harness failed (${result.code}):\n${result.stderr}`);
    return JSON.parse(result.stdout);
  }

  const key = "models/churn/v3/model.joblib";

  test("publishes the version once, with its run id, and says so again on a retry; never mixes runs", () => {
    const [fresh, retried, otherRun, foreignFile, foreignStore] = register([
      {},
      { seed: { [key]: "run-1" } },
      { seed: { [key]: "run-0" } },
      { seed: { "models/churn/v3/README": "run-1" } },
      { env: { ARTIFACT_STORE_URI: "gs://artifacts" } },
    ]);

    expect(fresh).toEqual({
      code: 0,
      stdout:
        "tag churn 3 published_to=s3://artifacts/models/churn/v3/\n" +
        "registered churn version 3; published to s3://artifacts/models/churn/v3/\n" +
        "to serve it, set the model's path to 'churn/v3' in the environment spec\n",
      stderr: "",
      objects: { [key]: { metadata: { "mlflow-run-id": "run-1" }, body: "{'model': 'models:/m-1'}" } },
    });

    expect(retried?.code).toBe(0);
    expect(retried?.stdout).toContain(`s3://artifacts/${key} was already published by this run\n`);
    expect(retried?.objects).toEqual({ [key]: { metadata: { "mlflow-run-id": "run-1" }, body: "seeded" } });

    for (const refused of [otherRun, foreignFile]) {
      expect([refused?.code, refused?.stderr]).toEqual([
        2,
        "error: s3://artifacts/models/churn/v3/ already holds files not published by run run-1; refusing to mix them\n",
      ]);
    }
    expect(otherRun?.objects).toEqual({ [key]: { metadata: { "mlflow-run-id": "run-0" }, body: "seeded" } });

    expect(foreignStore).toEqual({
      code: 2,
      stdout: "",
      stderr: "error: artifact store 'gs://artifacts': not a location of the s3 store (expected s3://...)\n",
      objects: {},
    });
  }, 60_000);
});
