import { OBJECT_STORE_KINDS, type ObjectStoreKind } from "./object-store";

/**
 * The Python scripts of the `ml-training-pipeline` steps. They are TEMPLATES for teams to replace: they
 * train a scikit-learn regressor on a CSV whose last column is the target, which is enough to exercise
 * the whole path (data check, training, evaluation, MLflow registry, publication where KServe reads
 * models) but not a recipe for any real model.
 *
 * Conventions every script follows:
 * - inputs come from environment variables, never from text substituted into the source, so a parameter
 *   value cannot inject code;
 * - exit code 2 means "retrying will not help" (bad data, score below the bar): the retry strategy skips
 *   it, while any other failure (network, MLflow restarting, spot node reclaimed) is retried with backoff;
 * - the artifact store is reached only through the object-store adapter that env `OBJECT_STORE` selects
 *   (`object_store()`), never through a cloud SDK directly.
 */

/** A Python object-store adapter of the steps: its class in the prelude, and the URLs it takes. */
export interface TrainingObjectStoreAdapter {
  /** Name of its class in the prelude's adapter section. */
  readonly pythonClass: string;
  /** How the store's URLs begin (the artifact store URI and store datasets included). */
  readonly uriPrefix: string;
}

/** The one place a store kind meets its Python adapter (defined in OBJECT_STORE_ADAPTERS below). */
export const TRAINING_OBJECT_STORE_ADAPTERS: Readonly<Record<ObjectStoreKind, TrainingObjectStoreAdapter>> = {
  s3: { pythonClass: "S3Store", uriPrefix: "s3://" },
  azblob: { pythonClass: "AzureBlobStore", uriPrefix: "https://" },
  gcs: { pythonClass: "GcsStore", uriPrefix: "gs://" },
};

/**
 * The adapters. Each class takes its store's own URLs and offers the same methods: owns (is this URL in
 * the store), open (read an object), list (the objects under a prefix), head (an object's user metadata)
 * and upload (a file, with user metadata). Adding a store is one class here and one entry above.
 */
const S3_ADAPTER = `class S3Store:
    """Amazon S3 through boto3, as the pod's cloud identity. URLs are s3://<bucket>/<key>."""

    kind = "s3"
    scheme = "s3://"

    def __init__(self):
        self._s3 = None

    def _client(self):
        # Created on first use: a step that reads an https:// dataset never needs the SDK.
        if self._s3 is None:
            import boto3

            self._s3 = boto3.client("s3")
        return self._s3

    def owns(self, url):
        """Whether url is a location in this store."""
        return url.startswith(self.scheme)

    def _split(self, url):
        if not self.owns(url):
            fail(f"{url!r}: expected an s3://<bucket>/<key> URL (OBJECT_STORE={self.kind})")
        bucket, _, key = url[len(self.scheme):].partition("/")
        return bucket, key

    def open(self, url):
        """The object's content, as a readable stream."""
        bucket, key = self._split(url)
        return self._client().get_object(Bucket=bucket, Key=key)["Body"]

    def list(self, url):
        """URLs of every object whose URL starts with url."""
        bucket, prefix = self._split(url)
        pages = self._client().get_paginator("list_objects_v2").paginate(Bucket=bucket, Prefix=prefix)
        return [f"{self.scheme}{bucket}/{item['Key']}" for page in pages for item in page.get("Contents", [])]

    def head(self, url):
        """The object's user metadata, or None when there is no object at url."""
        from botocore.exceptions import ClientError

        bucket, key = self._split(url)
        try:
            return self._client().head_object(Bucket=bucket, Key=key).get("Metadata", {})
        except ClientError as error:
            if error.response.get("Error", {}).get("Code") in ("404", "NoSuchKey", "NotFound"):
                return None
            raise

    def upload(self, path, url, metadata):
        """Uploads the file at path to url, with user metadata (str to str)."""
        bucket, key = self._split(url)
        self._client().upload_file(path, bucket, key, ExtraArgs={"Metadata": dict(metadata)})
`;

const GCS_ADAPTER = `class GcsStore:
    """Google Cloud Storage through google-cloud-storage, as the pod's Workload Identity. URLs are gs://<bucket>/<key>."""

    kind = "gcs"
    scheme = "gs://"

    def __init__(self):
        self._gcs = None

    def _client(self):
        # Created on first use: a step that reads an https:// dataset never needs the SDK.
        if self._gcs is None:
            from google.cloud import storage

            self._gcs = storage.Client()
        return self._gcs

    def owns(self, url):
        """Whether url is a location in this store."""
        return url.startswith(self.scheme)

    def _split(self, url):
        if not self.owns(url):
            fail(f"{url!r}: expected a gs://<bucket>/<key> URL (OBJECT_STORE={self.kind})")
        bucket, _, key = url[len(self.scheme):].partition("/")
        return bucket, key

    def open(self, url):
        """The object's content, as a readable stream."""
        bucket, key = self._split(url)
        return self._client().bucket(bucket).blob(key).open("rb")

    def list(self, url):
        """URLs of every object whose URL starts with url."""
        bucket, prefix = self._split(url)
        return [f"{self.scheme}{bucket}/{blob.name}" for blob in self._client().list_blobs(bucket, prefix=prefix)]

    def head(self, url):
        """The object's user metadata, or None when there is no object at url."""
        bucket, key = self._split(url)
        blob = self._client().bucket(bucket).get_blob(key)
        return None if blob is None else dict(blob.metadata or {})

    def upload(self, path, url, metadata):
        """Uploads the file at path to url, with user metadata (str to str)."""
        bucket, key = self._split(url)
        blob = self._client().bucket(bucket).blob(key)
        blob.metadata = dict(metadata)
        blob.upload_from_filename(path)
`;

const AZURE_BLOB_ADAPTER = `class AzureBlobStore:
    """Azure Blob Storage through azure-storage-blob, as the pod's workload identity (DefaultAzureCredential).
    URLs are https://<account>.blob.core.windows.net/<container>/<blob>; AZURE_STORAGE_BLOB_ENDPOINT
    replaces the scheme and host (an emulator, whose URLs carry the account as the first path segment)."""

    kind = "azblob"
    scheme = "https://"

    def __init__(self):
        self._clients = {}
        self._endpoint = os.environ.get("AZURE_STORAGE_BLOB_ENDPOINT", "").rstrip("/")

    def owns(self, url):
        """Whether url is a location in this store."""
        if self._endpoint:
            return url.startswith(self._endpoint + "/")
        host = url[len(self.scheme):].partition("/")[0] if url.startswith(self.scheme) else ""
        return host.endswith(".blob.core.windows.net")

    def _split(self, url):
        if not self.owns(url):
            fail(f"{url!r}: expected an https://<account>.blob.core.windows.net/<container>/<blob> URL (OBJECT_STORE={self.kind})")
        if self._endpoint:
            base, path = self._endpoint, url[len(self._endpoint) + 1:]
        else:
            host, _, path = url[len(self.scheme):].partition("/")
            base = self.scheme + host
        container, _, blob = path.partition("/")
        return base, container, blob

    def _container(self, base, container):
        # Created on first use: a step that reads an https:// dataset elsewhere never needs the SDK.
        if (base, container) not in self._clients:
            from azure.storage.blob import ContainerClient

            key = os.environ.get("AZURE_STORAGE_KEY")
            if key:
                from azure.storage.blob import BlobServiceClient

                account = os.environ.get("AZURE_STORAGE_ACCOUNT", "")
                service = BlobServiceClient(base, credential={"account_name": account, "account_key": key})
                client = service.get_container_client(container)
            else:
                from azure.identity import DefaultAzureCredential

                client = ContainerClient(base, container, credential=DefaultAzureCredential())
            self._clients[(base, container)] = client
        return self._clients[(base, container)]

    def _url(self, base, container, blob):
        return f"{base}/{container}/{blob}"

    def open(self, url):
        """The blob's content, as a readable stream."""
        import io

        base, container, blob = self._split(url)
        return io.BytesIO(self._container(base, container).download_blob(blob).readall())

    def list(self, url):
        """URLs of every blob whose URL starts with url."""
        base, container, prefix = self._split(url)
        blobs = self._container(base, container).list_blobs(name_starts_with=prefix)
        return [self._url(base, container, blob.name) for blob in blobs]

    def head(self, url):
        """The blob's user metadata, or None when there is no blob at url."""
        from azure.core.exceptions import ResourceNotFoundError

        base, container, blob = self._split(url)
        try:
            return dict(self._container(base, container).get_blob_client(blob).get_blob_properties().metadata or {})
        except ResourceNotFoundError:
            return None

    def upload(self, path, url, metadata):
        """Uploads the file at path to url, with user metadata (str to str)."""
        base, container, blob = self._split(url)
        with open(path, "rb") as data:
            self._container(base, container).upload_blob(blob, data, overwrite=True, metadata=dict(metadata))
`;

/** The source of each kind's adapter class. */
const OBJECT_STORE_ADAPTERS: Readonly<Record<ObjectStoreKind, string>> = {
  s3: S3_ADAPTER,
  azblob: AZURE_BLOB_ADAPTER,
  gcs: GCS_ADAPTER,
};

/**
 * What every step's source begins with: the shared helpers and the adapters of the given store kinds (a
 * pipeline carries only its environment's).
 */
export function trainingStepsPrelude(kinds: readonly ObjectStoreKind[]): string {
  return `import functools
import os
import sys


def fail(message):
    """A problem that retrying cannot fix: exit 2, which the retry strategy does not retry."""
    print(f"error: {message}", file=sys.stderr)
    sys.exit(2)


# Object-store adapters, one per OBJECT_STORE kind: the steps reach the artifact store through them only.
${kinds.map((kind) => OBJECT_STORE_ADAPTERS[kind]).join("\n\n")}

OBJECT_STORES = {${kinds.map((kind) => `"${kind}": ${TRAINING_OBJECT_STORE_ADAPTERS[kind].pythonClass}`).join(", ")}}


@functools.lru_cache(maxsize=None)
def object_store():
    """The adapter of the store that env OBJECT_STORE names."""
    kind = os.environ.get("OBJECT_STORE", "")
    if kind not in OBJECT_STORES:
        fail(f"OBJECT_STORE {kind!r}: expected one of {', '.join(sorted(OBJECT_STORES))} (the object-store adapters of these steps)")
    return OBJECT_STORES[kind]()


def read_dataset(url):
    """The dataset as a DataFrame, from the artifact store (with the pod's cloud identity) or https://."""
    import pandas as pd

    store = object_store()
    if store.owns(url):
        return pd.read_csv(store.open(url))
    if url.startswith("https://"):
        return pd.read_csv(url)
    # Plain http:// is refused too: the pipeline's pods may leave the cluster over TLS (443) only.
    fail(f"dataset-url {url!r}: expected an {store.scheme} or https:// URL of a CSV file")


def split(data):
    """Features and target (the last column), split the same way in every step."""
    from sklearn.model_selection import train_test_split

    return train_test_split(data.iloc[:, :-1], data.iloc[:, -1], test_size=0.2, random_state=42)
`;
}

/** The prelude with every adapter, for running the steps against any store. */
export const TRAINING_STEPS_PRELUDE = trainingStepsPrelude(OBJECT_STORE_KINDS);

const VALIDATE_DATA = `import json
import re

import pandas as pd

model_name = os.environ["MODEL_NAME"]
if not re.fullmatch(r"[a-z]([-a-z0-9]{0,22}[a-z0-9])?", model_name):
    fail(f"model-name {model_name!r}: expected 1-24 lowercase letters, digits or hyphens (a served model's name)")
# The pipeline publishes what the model's InferenceService serves; it trains scikit-learn models only.
served = json.loads(os.environ["SERVED_MODEL_FORMATS"])
if model_name not in served:
    fail(f"model-name {model_name!r}: not a model this environment serves ({', '.join(sorted(served)) or 'none'})")
trainable = os.environ["TRAINABLE_FORMATS"].split(",")
if served[model_name] not in trainable:
    fail(f"{model_name!r} is served as {served[model_name]!r}; this pipeline produces {', '.join(trainable)} models only")

data = read_dataset(os.environ["DATASET_URL"])
if len(data) < 10 or data.shape[1] < 2:
    fail(f"dataset has {len(data)} rows and {data.shape[1]} columns; expected 10+ rows, features and a target")
non_numeric = [column for column in data.columns if not pd.api.types.is_numeric_dtype(data[column])]
if non_numeric:
    fail(f"non-numeric columns {non_numeric}; this template trains on numbers only")
if data.iloc[:, -1].isna().any():
    fail(f"target column {data.columns[-1]!r} has missing values")
print(f"dataset ok: {len(data)} rows, {data.shape[1] - 1} features, target {data.columns[-1]!r}")
`;

const TRAIN = `import mlflow
import mlflow.sklearn
from sklearn.ensemble import HistGradientBoostingRegressor

model_name = os.environ["MODEL_NAME"]
dataset_url = os.environ["DATASET_URL"]
x_train, _, y_train, _ = split(read_dataset(dataset_url))

# Replace with your framework. On the GPU pool, use an image with CUDA and train on the GPU.
mlflow.set_experiment(model_name)
with mlflow.start_run(run_name=os.environ["WORKFLOW_NAME"]) as run:
    mlflow.log_param("dataset_url", dataset_url)
    model = HistGradientBoostingRegressor(random_state=42).fit(x_train, y_train)
    # The URI the logged model answers to (a logged model's own URI on MLflow 3): later steps load it.
    logged = mlflow.sklearn.log_model(model, "model")

with open("/tmp/run-id", "w") as output:
    output.write(run.info.run_id)
with open("/tmp/model-uri", "w") as output:
    output.write(logged.model_uri)
print(f"trained run {run.info.run_id} of experiment {model_name!r}: {logged.model_uri}")
`;

const EVALUATE = `import mlflow
import mlflow.sklearn

run_id = os.environ["RUN_ID"]
min_score = float(os.environ["MIN_SCORE"])
_, x_test, _, y_test = split(read_dataset(os.environ["DATASET_URL"]))

model = mlflow.sklearn.load_model(os.environ["MODEL_URI"])
score = model.score(x_test, y_test)  # R² on the held-out fifth
with mlflow.start_run(run_id=run_id):
    mlflow.log_metric("holdout_r2", score)
if score < min_score:
    fail(f"holdout R² {score:.4f} is below min-score {min_score}; the model is not registered")
print(f"holdout R² {score:.4f} (min-score {min_score})")
`;

const REGISTER = `import joblib
import mlflow
import mlflow.sklearn

run_id = os.environ["RUN_ID"]
model_uri = os.environ["MODEL_URI"]
model_name = os.environ["MODEL_NAME"]
store_uri = os.environ["ARTIFACT_STORE_URI"]
store = object_store()
if not store.owns(store_uri):
    fail(f"artifact store {store_uri!r}: not a location of the {store.kind} store (expected {store.scheme}...)")

# Register once, even when this step is retried after registering.
client = mlflow.MlflowClient()
existing = client.search_model_versions(f"name='{model_name}' and run_id='{run_id}'")
version = existing[0] if existing else mlflow.register_model(model_uri, model_name)

# Publish the one file KServe's sklearn server loads, into a prefix of its own for this version:
# <store>/<models prefix>/<model-name>/v<version>/model.joblib. A published version is never overwritten;
# serving moves to it when the model's path in the environment spec names it.
prefix = f"{os.environ['MODELS_PREFIX']}/{model_name}/v{version.version}"
key = f"{prefix}/model.joblib"
published = f"{store_uri}/{prefix}/"
target = f"{store_uri}/{key}"
listed = store.list(published)
if listed:
    metadata = (store.head(target) if target in listed else None) or {}
    if metadata.get("mlflow-run-id") != run_id:
        fail(f"{published} already holds files not published by run {run_id}; refusing to mix them")
    print(f"{target} was already published by this run")
else:
    joblib.dump(mlflow.sklearn.load_model(model_uri), "/tmp/model.joblib")
    store.upload("/tmp/model.joblib", target, {"mlflow-run-id": run_id})
client.set_model_version_tag(model_name, version.version, "published_to", published)
print(f"registered {model_name} version {version.version}; published to {published}")
print(f"to serve it, set the model's path to '{model_name}/v{version.version}' in the environment spec")
`;

const STEP_BODIES = {
  "validate-data": VALIDATE_DATA,
  train: TRAIN,
  evaluate: EVALUATE,
  register: REGISTER,
} as const;

export type TrainingStep = keyof typeof STEP_BODIES;

/** The source of each step, in pipeline order, each preceded by the shared helpers and `kind`'s adapter. */
export function trainingStepScripts(kind: ObjectStoreKind): Readonly<Record<TrainingStep, string>> {
  const prelude = trainingStepsPrelude([kind]);
  return Object.fromEntries(
    Object.entries(STEP_BODIES).map(([step, body]) => [step, `${prelude}\n\n${body}`]),
  ) as Record<TrainingStep, string>;
}

/** Every step with every adapter (tests run them against any store). */
export const TRAINING_STEP_SCRIPTS = allAdapterScripts();

function allAdapterScripts(): Readonly<Record<TrainingStep, string>> {
  return Object.fromEntries(
    Object.entries(STEP_BODIES).map(([step, body]) => [step, `${TRAINING_STEPS_PRELUDE}\n\n${body}`]),
  ) as Record<TrainingStep, string>;
}
