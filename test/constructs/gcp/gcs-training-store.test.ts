/**
 * The training steps' GCS adapter (`GcsStore` in constructs/k8s/training-steps.ts), run as Python. The
 * google-cloud-storage library (in the MLflow image through `mlflow[extras]`) cannot be installed on the
 * build machines, so the calls are checked against a recording stub of the part of its API the adapter
 * uses (`Client()`, `bucket().blob()`, `open("rb")`, `list_blobs(bucket, prefix=)`, `get_blob()`,
 * `metadata`, `upload_from_filename()`): what is proven is the adapter's URL handling and which calls it
 * makes, not the library's behaviour against GCS.
 */
import { spawnSync } from "node:child_process";
import { TRAINING_STEPS_PRELUDE } from "../../../constructs/k8s/training-steps";
import { checkTools, describeIf } from "../../support/tool-availability";

function python(source: string): { code: number | null; stdout: string; stderr: string } {
  const result = spawnSync("python3", ["-c", source], {
    env: { PATH: process.env.PATH ?? "/usr/bin:/bin", OBJECT_STORE: "gcs" },
    encoding: "utf8",
    timeout: 60_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A stand-in `google.cloud.storage` recording every call, with one object "models/a/model.joblib". */
const RECORDING_STORAGE = `
import io, sys, types
calls = []
class Blob:
    def __init__(self, bucket, name, metadata=None):
        self.bucket, self.name, self.metadata = bucket, name, metadata
    def open(self, mode):
        calls.append(("open", self.bucket, self.name, mode))
        return io.BytesIO(b"a,b\\n1,2\\n")
    def upload_from_filename(self, path):
        calls.append(("upload", self.bucket, self.name, path, dict(self.metadata or {})))
class Bucket:
    def __init__(self, name):
        self.name = name
    def blob(self, name):
        return Blob(self.name, name)
    def get_blob(self, name):
        calls.append(("get_blob", self.name, name))
        return Blob(self.name, name, {"mlflow-run-id": "r1"}) if name == "models/a/model.joblib" else None
class Client:
    def __init__(self):
        calls.append(("client",))
    def bucket(self, name):
        return Bucket(name)
    def list_blobs(self, bucket, prefix=None):
        calls.append(("list", bucket, prefix))
        return [Blob(bucket, "models/a/model.joblib")] if "models/a/".startswith(prefix) or prefix.startswith("models/a") else []
storage = types.ModuleType("google.cloud.storage")
storage.Client = Client
google = types.ModuleType("google"); cloud = types.ModuleType("google.cloud")
google.cloud = cloud; cloud.storage = storage
sys.modules.update({"google": google, "google.cloud": cloud, "google.cloud.storage": storage})
`;

describeIf(checkTools(["python3"]))("the training steps' GCS adapter", () => {
  test("OBJECT_STORE=gcs selects it; it owns gs:// URLs only and loads no SDK until it reaches the store", () => {
    const probe = [
      TRAINING_STEPS_PRELUDE,
      "store = object_store()",
      "print(type(store).__name__, store.kind, store is object_store())",
      "print(store.owns('gs://b/datasets/a.csv'), store.owns('s3://b/k'), store.owns('https://example.com/a.csv'))",
      "print('google.cloud.storage' in sys.modules)",
    ].join("\n");
    expect(python(probe)).toEqual({
      code: 0,
      stdout: "GcsStore gcs True\nTrue False False\nFalse\n",
      stderr: "",
    });
  });

  test("a URL of another store exits 2 (no retry), naming the expected form", () => {
    expect(python(`${TRAINING_STEPS_PRELUDE}\nobject_store().open("s3://b/k")\n`)).toEqual({
      code: 2,
      stdout: "",
      stderr: "error: 's3://b/k': expected a gs://<bucket>/<key> URL (OBJECT_STORE=gcs)\n",
    });
  });

  test("open, list, head and upload map to the library's calls on the right bucket and key", () => {
    const probe = [
      RECORDING_STORAGE,
      TRAINING_STEPS_PRELUDE,
      "store = object_store()",
      "print(store.open('gs://art/datasets/x.csv').read().decode().splitlines()[0])",
      "print(store.list('gs://art/models/a/'))",
      "print(store.head('gs://art/models/a/model.joblib'), store.head('gs://art/models/none'))",
      "store.upload('/tmp/model.joblib', 'gs://art/models/a/v2/model.joblib', {'mlflow-run-id': 'r2'})",
      "print(calls)",
    ].join("\n");
    const result = python(probe);
    expect(result.stderr).toBe("");
    expect(result.stdout.split("\n")).toEqual([
      "a,b",
      "['gs://art/models/a/model.joblib']",
      "{'mlflow-run-id': 'r1'} None",
      "[('client',), ('open', 'art', 'datasets/x.csv', 'rb'), ('list', 'art', 'models/a/'), ('get_blob', 'art', 'models/a/model.joblib'), ('get_blob', 'art', 'models/none'), ('upload', 'art', 'models/a/v2/model.joblib', '/tmp/model.joblib', {'mlflow-run-id': 'r2'})]",
      "",
    ]);
  });
});
