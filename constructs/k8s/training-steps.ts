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
 *   it, while any other failure (network, MLflow restarting, spot node reclaimed) is retried with backoff.
 */

const PRELUDE = `import os
import sys


def fail(message):
    """A problem that retrying cannot fix: exit 2, which the retry strategy does not retry."""
    print(f"error: {message}", file=sys.stderr)
    sys.exit(2)


def read_dataset(url):
    """The dataset as a DataFrame, from s3:// (with the pod's cloud identity) or https://."""
    import pandas as pd

    if url.startswith("s3://"):
        import boto3

        bucket, _, key = url[len("s3://"):].partition("/")
        return pd.read_csv(boto3.client("s3").get_object(Bucket=bucket, Key=key)["Body"])
    if url.startswith("https://"):
        return pd.read_csv(url)
    # Plain http:// is refused too: the pipeline's pods may leave the cluster over TLS (443) only.
    fail(f"dataset-url {url!r}: expected an s3:// or https:// URL of a CSV file")


def split(data):
    """Features and target (the last column), split the same way in every step."""
    from sklearn.model_selection import train_test_split

    return train_test_split(data.iloc[:, :-1], data.iloc[:, -1], test_size=0.2, random_state=42)
`;

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

const REGISTER = `import boto3
import joblib
import mlflow
import mlflow.sklearn

run_id = os.environ["RUN_ID"]
model_uri = os.environ["MODEL_URI"]
model_name = os.environ["MODEL_NAME"]
store = os.environ["ARTIFACT_STORE_URI"]
if not store.startswith("s3://"):
    fail(f"artifact store {store!r}: this template publishes to s3:// only; adapt the upload for your cloud")

# Register once, even when this step is retried after registering.
client = mlflow.MlflowClient()
existing = client.search_model_versions(f"name='{model_name}' and run_id='{run_id}'")
version = existing[0] if existing else mlflow.register_model(model_uri, model_name)

# Publish the one file KServe's sklearn server loads, into a prefix of its own for this version:
# <store>/<models prefix>/<model-name>/v<version>/model.joblib. A published version is never overwritten;
# serving moves to it when the model's path in the environment spec names it.
bucket = store[len("s3://"):]
prefix = f"{os.environ['MODELS_PREFIX']}/{model_name}/v{version.version}"
key = f"{prefix}/model.joblib"
s3 = boto3.client("s3")
listed = s3.list_objects_v2(Bucket=bucket, Prefix=f"{prefix}/")
if listed.get("KeyCount", 0) > 0:
    head = s3.head_object(Bucket=bucket, Key=key) if any(item["Key"] == key for item in listed["Contents"]) else {}
    if head.get("Metadata", {}).get("mlflow-run-id") != run_id:
        fail(f"s3://{bucket}/{prefix}/ already holds files not published by run {run_id}; refusing to mix them")
    print(f"s3://{bucket}/{key} was already published by this run")
else:
    joblib.dump(mlflow.sklearn.load_model(model_uri), "/tmp/model.joblib")
    s3.upload_file("/tmp/model.joblib", bucket, key, ExtraArgs={"Metadata": {"mlflow-run-id": run_id}})
client.set_model_version_tag(model_name, version.version, "published_to", f"s3://{bucket}/{prefix}/")
print(f"registered {model_name} version {version.version}; published to s3://{bucket}/{prefix}/")
print(f"to serve it, set the model's path to '{model_name}/v{version.version}' in the environment spec")
`;

/** The source of each step, in pipeline order, each preceded by the shared helpers. */
export const TRAINING_STEP_SCRIPTS = {
  "validate-data": `${PRELUDE}\n\n${VALIDATE_DATA}`,
  train: `${PRELUDE}\n\n${TRAIN}`,
  evaluate: `${PRELUDE}\n\n${EVALUATE}`,
  register: `${PRELUDE}\n\n${REGISTER}`,
} as const;

export type TrainingStep = keyof typeof TRAINING_STEP_SCRIPTS;
