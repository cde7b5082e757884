import { spawnSync } from "node:child_process";
import { Duration, Testing, Yaml } from "cdk8s";
import { GPU_POOL, MLFLOW_SERVICE } from "../../charts/chart-props";
import { loadEnvironments } from "../../config";
import { ENVIRONMENT_SPECS } from "../../config/environments";
import { ScheduledTraining, type ScheduledTrainingProps } from "../../constructs/k8s/scheduled-training";
import { TrainingPipeline, type TrainingPipelineProps } from "../../constructs/k8s/training-pipeline";
import { TRAINING_STEP_SCRIPTS, trainingStepScripts } from "../../constructs/k8s/training-steps";
import { IMAGES } from "../../constructs/k8s/workload-defaults";
import { clusterLayer, type Manifest } from "../support/cluster-layer";
import { validateManifests } from "../support/k8s-schema";
import { checkTools, describeIf } from "../support/tool-availability";

const ENVIRONMENTS = ["dev", "staging", "prod", "prod-dr"] as const;
const STEPS = ["validate-data", "train", "evaluate", "register"] as const;
const PLATFORMS = new Map(loadEnvironments().map((platform) => [platform.environment.name, platform]));

const chart = (env: string): readonly Manifest[] => clusterLayer(env).chart("training-pipelines");
const template = (env: string): Manifest => clusterLayer(env).one("WorkflowTemplate", "ml-training-pipeline");
const step = (spec: Manifest, name: string): Manifest =>
  spec.templates.find((entry: Manifest) => entry.name === name);
const env = (script: Manifest): Record<string, string> =>
  Object.fromEntries(script.env.map((variable: Manifest) => [variable.name, variable.value]));

/** dev without a GPU pool: the train step must fall back to CPU. */
const NO_GPU_SPECS = ENVIRONMENT_SPECS.map((spec) =>
  spec.name === "dev" ? { ...spec, gpu: { maxGpus: 0 } } : spec,
);

describe.each(ENVIRONMENTS)("training pipelines chart of %s", (name) => {
  const platform = PLATFORMS.get(name);
  if (!platform) throw new Error(`no environment ${name}`);
  const { contract } = platform;
  const spec = template(name).spec;

  test("every object lives in argo and validates against its schema", () => {
    expect(new Set(chart(name).map((object) => object.metadata.namespace))).toEqual(new Set(["argo"]));
    expect(validateManifests(chart(name))).toEqual([]);
  });

  test("WorkflowTemplate ml-training-pipeline takes dataset-url and model-name (both required)", () => {
    expect(template(name).metadata.namespace).toBe("argo");
    const parameters = spec.arguments.parameters;
    expect(parameters.map((parameter: Manifest) => parameter.name)).toEqual([
      "dataset-url",
      "model-name",
      "min-score",
    ]);
    // `argo submit --from workflowtemplate/ml-training-pipeline -p dataset-url=... -p model-name=...`:
    // exactly those two have no value of their own, every other parameter has a default.
    expect(
      parameters.filter((parameter: Manifest) => parameter.value === undefined).map((p: Manifest) => p.name),
    ).toEqual(["dataset-url", "model-name"]);
  });

  test("the steps run in order: validate-data, train, evaluate, register", () => {
    expect(spec.entrypoint).toBe("pipeline");
    const groups = step(spec, "pipeline").steps;
    expect(groups.map((group: Manifest[]) => group.map((entry) => entry.template))).toEqual(
      STEPS.map((s) => [s]),
    );
    // evaluate and register work on the MLflow run and the logged model that train produced.
    for (const later of ["evaluate", "register"]) {
      expect(groups.flat().find((entry: Manifest) => entry.name === later).arguments.parameters).toEqual([
        { name: "run-id", value: "{{steps.train.outputs.parameters.run-id}}" },
        { name: "model-uri", value: "{{steps.train.outputs.parameters.model-uri}}" },
      ]);
    }
    expect(step(spec, "train").outputs.parameters).toEqual([
      { name: "run-id", valueFrom: { path: "/tmp/run-id" } },
      { name: "model-uri", valueFrom: { path: "/tmp/model-uri" } },
    ]);
  });

  test.each(STEPS)(
    "step %s retries with exponential backoff, except the scripts' permanent failures",
    (stepName) => {
      const { retryStrategy } = step(spec, stepName);
      expect(retryStrategy).toMatchObject({
        limit: 3,
        retryPolicy: "Always",
        expression: "asInt(lastRetry.exitCode) != 2",
        backoff: { duration: "30s", factor: 2, cap: "10m", maxDuration: expect.stringMatching(/^\d+[hms]$/) },
      });
    },
  );

  test("the pipeline itself is not retried as a whole (each step is)", () => {
    expect(step(spec, "pipeline").retryStrategy).toBeUndefined();
    expect(spec.retryStrategy).toBeUndefined();
  });

  test("deadlines: each step, and the whole run (6 h, train 3 h)", () => {
    expect(spec.activeDeadlineSeconds).toBe(21600);
    expect(STEPS.map((stepName) => step(spec, stepName).activeDeadlineSeconds)).toEqual([
      900, 10800, 1800, 900,
    ]);
  });

  test("runs as service account ml-training, bound to the contract's training identity", () => {
    expect(spec.serviceAccountName).toBe("ml-training");
    const account = clusterLayer(name).one("ServiceAccount", "ml-training");
    expect(account.metadata.namespace).toBe("argo");
    expect(account.metadata.annotations).toEqual(contract.workloads.training.serviceAccountAnnotations);
  });

  test("the executor gets exactly what it needs: create and patch workflowtaskresults", () => {
    expect(clusterLayer(name).one("Role", "ml-training").rules).toEqual([
      { apiGroups: ["argoproj.io"], resources: ["workflowtaskresults"], verbs: ["create", "patch"] },
    ]);
    const binding = clusterLayer(name).one("RoleBinding", "ml-training");
    expect(binding.roleRef).toEqual({
      apiGroup: "rbac.authorization.k8s.io",
      kind: "Role",
      name: "ml-training",
    });
    expect(binding.subjects).toEqual([{ kind: "ServiceAccount", name: "ml-training", namespace: "argo" }]);
  });

  test("train runs on the GPU pool: GPU limit, toleration, node selector; the other steps do not", () => {
    const train = step(spec, "train");
    expect(train.script.resources.limits["nvidia.com/gpu"]).toBe(1);
    expect(train.nodeSelector).toEqual(GPU_POOL.nodeLabel);
    expect(train.tolerations).toEqual([{ key: "nvidia.com/gpu", operator: "Exists", effect: "NoSchedule" }]);
    expect(template(name).metadata.annotations["mlops-platform.io/training-compute"]).toMatch(/^gpu: /);
    for (const other of ["validate-data", "evaluate", "register"]) {
      expect(step(spec, other).nodeSelector).toBeUndefined();
      expect(step(spec, other).tolerations).toBeUndefined();
      expect(step(spec, other).script.resources.limits["nvidia.com/gpu"]).toBeUndefined();
    }
  });

  test("limits are twice the requests", () => {
    expect(step(spec, "train").script.resources).toEqual({
      requests: { cpu: "2", memory: "8Gi" },
      limits: { cpu: "4", memory: "16Gi", "nvidia.com/gpu": 1 },
    });
    expect(step(spec, "validate-data").script.resources).toEqual({
      requests: { cpu: "250m", memory: "512Mi" },
      limits: { cpu: "500m", memory: "1Gi" },
    });
  });

  test("every pod of a run carries the do-not-disrupt annotation and the label its network allow selects", () => {
    expect(spec.podMetadata).toEqual({
      labels: { app: "ml-training-pipeline" },
      // These environments are on AWS: Karpenter's annotation.
      annotations: { "karpenter.sh/do-not-disrupt": "true" },
    });
  });

  test("finished pods and runs are cleaned up", () => {
    expect(spec.podGC).toEqual({ strategy: "OnPodSuccess", deleteDelayDuration: "30m" });
    expect(spec.ttlStrategy).toEqual({ secondsAfterSuccess: 86400, secondsAfterFailure: 259200 });
  });

  test("restricted security contexts on the pods and every step's container", () => {
    expect(spec.securityContext).toMatchObject({
      runAsNonRoot: true,
      seccompProfile: { type: "RuntimeDefault" },
    });
    for (const stepName of STEPS) {
      expect(step(spec, stepName).script.securityContext).toMatchObject({
        runAsNonRoot: true,
        allowPrivilegeEscalation: false,
        privileged: false,
        readOnlyRootFilesystem: true,
        capabilities: { drop: ["ALL"] },
        seccompProfile: { type: "RuntimeDefault" },
      });
      expect(step(spec, stepName).script.volumeMounts).toEqual([{ name: "tmp", mountPath: "/tmp" }]);
    }
  });

  test("pinned images", () => {
    for (const stepName of STEPS) {
      const image: string = step(spec, stepName).script.image;
      expect(image).toBe(IMAGES.mlflow);
      expect(image).toMatch(/:[\w.-]+$/);
      expect(image).not.toMatch(/:latest$/);
    }
  });

  test("steps reach MLflow in-cluster and publish models where serving reads them (the contract's bucket)", () => {
    for (const stepName of ["train", "evaluate", "register"]) {
      expect(env(step(spec, stepName).script).MLFLOW_TRACKING_URI).toBe(MLFLOW_SERVICE.url);
    }
    expect(env(step(spec, "register").script)).toMatchObject({
      ARTIFACT_STORE_URI: contract.artifactStore.uri,
      MODELS_PREFIX: "models",
    });
    // Every served model's storage URI is <store>/<models prefix>/<path>: where register publishes it.
    for (const model of contract.models) {
      expect(model.storageUri.startsWith(`${contract.artifactStore.uri}/models/`)).toBe(true);
    }
  });

  test("every step reaches the artifact store through the adapter of the environment's store (S3)", () => {
    for (const stepName of STEPS) {
      expect(env(step(spec, stepName).script).OBJECT_STORE).toBe("s3");
      const source: string = step(spec, stepName).script.source;
      // Only its own store's adapter: an AWS pipeline carries no Blob or GCS code.
      expect(source).toContain('OBJECT_STORES = {"s3": S3Store}');
      expect(source).not.toMatch(/class (AzureBlobStore|GcsStore)/);
      // Only the adapter imports the SDK: the step logic never reaches the store around it.
      expect(source.match(/import boto3/g)).toHaveLength(1);
      expect(source.slice(source.indexOf("\ndef read_dataset"))).not.toMatch(/boto3|s3:\/\//);
    }
  });

  test("a run trains only a served model whose format it produces, and publishes it as that format", () => {
    const validate = env(step(spec, "validate-data").script);
    expect(JSON.parse(validate.SERVED_MODEL_FORMATS)).toEqual(
      Object.fromEntries(platform.environment.models.map((model) => [model.name, model.format])),
    );
    expect(validate.TRAINABLE_FORMATS).toBe("sklearn");
    const register: string = step(spec, "register").script.source;
    // The one file KServe's sklearn server loads, in a fresh prefix per registered version.
    expect(register).toContain("prefix = f\"{os.environ['MODELS_PREFIX']}/{model_name}/v{version.version}\"");
    expect(register).toContain('key = f"{prefix}/model.joblib"');
    expect(register).toContain("refusing to mix them");
    expect(register).not.toContain("download_artifacts");
  });

  test("network: egress to MLflow and HTTPS only, no ingress", () => {
    const policy = clusterLayer(name).one("NetworkPolicy", "ml-training-pipeline-allow");
    expect(policy.metadata.namespace).toBe("argo");
    expect(policy.spec).toEqual({
      podSelector: { matchLabels: { app: "ml-training-pipeline" } },
      policyTypes: ["Egress"],
      egress: [
        {
          to: [
            {
              namespaceSelector: { matchLabels: { "kubernetes.io/metadata.name": "mlflow" } },
              podSelector: { matchLabels: { app: "mlflow" } },
            },
          ],
          ports: [{ port: 5000, protocol: "TCP" }],
        },
        { to: [{ ipBlock: { cidr: "0.0.0.0/0" } }], ports: [{ port: 443, protocol: "TCP" }] },
      ],
    });
  });

  test("readable snapshot of the chart (YAML, as written to dist)", () => {
    expect(Yaml.stringify(...chart(name))).toMatchSnapshot();
  });
});

describe("register publishes to the bucket the environment serves from", () => {
  test.each([
    ["dev", "s3://mlops-platform-dev-mlflow-artifacts"],
    ["prod", "s3://mlops-platform-prod-mlflow-artifacts"],
    ["prod-dr", "s3://mlops-platform-prod-mlflow-artifacts-us-west-2"],
  ])("%s: %s", (name, uri) => {
    expect(env(step(template(name).spec, "register").script).ARTIFACT_STORE_URI).toBe(uri);
  });
});

describe("scheduled retraining", () => {
  test("only prod retrains on a schedule", () => {
    expect(ENVIRONMENTS.filter((name) => clusterLayer(name).ofKind("CronWorkflow").length > 0)).toEqual([
      "prod",
    ]);
  });

  test("prod: CronWorkflow ml-training-pipeline-scheduled runs the template weekly, never twice at once", () => {
    const cron = clusterLayer("prod").one("CronWorkflow", "ml-training-pipeline-scheduled");
    expect(cron.metadata.namespace).toBe("argo");
    expect(cron.spec).toMatchObject({
      schedules: ["0 4 * * 1"],
      timezone: "UTC",
      concurrencyPolicy: "Forbid",
      startingDeadlineSeconds: 3600,
      successfulJobsHistoryLimit: 3,
      failedJobsHistoryLimit: 5,
    });
    expect(cron.spec.schedule).toBeUndefined();
    expect(cron.spec.workflowSpec).toEqual({
      workflowTemplateRef: { name: "ml-training-pipeline" },
      arguments: {
        parameters: [
          {
            name: "dataset-url",
            value: "s3://mlops-platform-prod-mlflow-artifacts/datasets/my-model/latest.csv",
          },
          { name: "model-name", value: "my-model" },
        ],
      },
    });
  });

  test("its arguments are parameters the template declares", () => {
    const declared = template("prod").spec.arguments.parameters.map((parameter: Manifest) => parameter.name);
    const cron = clusterLayer("prod").one("CronWorkflow", "ml-training-pipeline-scheduled");
    for (const argument of cron.spec.workflowSpec.arguments.parameters)
      expect(declared).toContain(argument.name);
  });
});

describe("an environment without a GPU pool", () => {
  const spec = clusterLayer("dev", NO_GPU_SPECS).one("WorkflowTemplate", "ml-training-pipeline").spec;

  test("trains on CPU: no GPU limit, toleration or GPU node selector", () => {
    const train = step(spec, "train");
    expect(train.nodeSelector).toBeUndefined();
    expect(train.tolerations).toBeUndefined();
    expect(train.script.resources.limits).toEqual({ cpu: "4", memory: "16Gi" });
  });

  test("and says so on the WorkflowTemplate", () => {
    expect(
      clusterLayer("dev", NO_GPU_SPECS).one("WorkflowTemplate", "ml-training-pipeline").metadata.annotations[
        "mlops-platform.io/training-compute"
      ],
    ).toBe("cpu: this environment has no GPU pool, so the train step runs on CPU nodes");
  });
});

describe("step scripts", () => {
  test.each(STEPS)(
    "%s reads its inputs from the environment, never from text substituted into the code",
    (name) => {
      expect(TRAINING_STEP_SCRIPTS[name]).not.toContain("{{");
      expect(step(template("prod").spec, name).script.source).toBe(trainingStepScripts("s3")[name]);
    },
  );

  test("permanent failures exit 2 (what the retry expression skips)", () => {
    expect(TRAINING_STEP_SCRIPTS["validate-data"]).toContain("sys.exit(2)");
  });

  describeIf(checkTools(["python3"]))("are valid Python", () => {
    test.each(STEPS)("%s parses", (name) => {
      const result = spawnSync("python3", ["-c", "import ast, sys; ast.parse(sys.stdin.read())"], {
        input: TRAINING_STEP_SCRIPTS[name],
        encoding: "utf8",
      });
      expect([result.status, result.stderr]).toEqual([0, ""]);
    });
  });
});

describe("construct validation", () => {
  const pipeline = (overrides: Partial<TrainingPipelineProps>) => () =>
    new TrainingPipeline(Testing.chart(), "pipeline", { ...pipelineProps(), ...overrides });
  const scheduled = (overrides: Partial<ScheduledTrainingProps>) => () =>
    new ScheduledTraining(Testing.chart(), "scheduled", { ...scheduledProps(), ...overrides });

  test("throws when the train step's deadline leaves no time for the rest of the run", () => {
    expect(pipeline({ trainingTimeout: Duration.hours(6), workflowTimeout: Duration.hours(6) })).toThrow(
      'TrainingPipeline argo/ml-training-pipeline: trainingTimeout got "21600s"; expected less than workflowTimeout (21600s), leaving time for the other steps',
    );
  });

  test("throws when the train step would request no GPU", () => {
    expect(pipeline({ trainingGpus: 0 })).toThrow(
      "TrainingPipeline argo/ml-training-pipeline: trainingGpus got 0; expected an integer of at least 1",
    );
  });

  test("throws when the artifact store URI is not a URI without a trailing slash", () => {
    expect(pipeline({ artifactStoreUri: "s3://bucket/" })).toThrow(
      'TrainingPipeline argo/ml-training-pipeline: artifactStoreUri got "s3://bucket/"; expected a URI without a trailing slash, such as "s3://<bucket>"',
    );
    expect(pipeline({ artifactStoreUri: "bucket" })).toThrow(/artifactStoreUri got "bucket"/);
  });

  test("throws when the artifact store URI is not a location of the store's kind", () => {
    expect(pipeline({ artifactStoreUri: "gs://bucket" })).toThrow(
      'TrainingPipeline argo/ml-training-pipeline: artifactStoreUri got "gs://bucket"; expected a location of the "s3" store, starting with "s3://"',
    );
  });

  test("throws when the store kind has no Python adapter", () => {
    expect(
      pipeline({ objectStoreKind: "swift" as unknown as TrainingPipelineProps["objectStoreKind"] }),
    ).toThrow(
      'TrainingPipeline argo/ml-training-pipeline: objectStoreKind got "swift"; expected one of "s3", "azblob", "gcs" (a store with a Python adapter in constructs/k8s/training-steps.ts)',
    );
  });

  test("throws when the schedule is not a cron schedule", () => {
    expect(scheduled({ schedule: "every monday" })).toThrow(
      'ScheduledTraining argo/ml-training-pipeline-scheduled: schedule got "every monday"; expected a cron schedule of five fields (or a macro such as "@daily"), such as "0 4 * * 1"',
    );
  });

  test("throws when an argument is empty", () => {
    expect(scheduled({ parameters: { "dataset-url": "", "model-name": "m" } })).toThrow(
      'ScheduledTraining argo/ml-training-pipeline-scheduled: parameters["dataset-url"] got ""; expected a non-empty value',
    );
  });

  test("throws when a history limit keeps nothing", () => {
    expect(scheduled({ failedRunsHistoryLimit: 0 })).toThrow(
      "ScheduledTraining argo/ml-training-pipeline-scheduled: failedRunsHistoryLimit got 0; expected an integer of at least 1",
    );
  });

  test("defaults: CPU training without a GPU pool, no pod annotations", () => {
    const scope = Testing.chart();
    new TrainingPipeline(scope, "pipeline", pipelineProps());
    const workflow = Testing.synth(scope).find((object) => object.kind === "WorkflowTemplate");
    expect(workflow.spec.podMetadata).toEqual({ labels: { app: "ml-training-pipeline" } });
    expect(step(workflow.spec, "train").nodeSelector).toBeUndefined();
  });
});

function pipelineProps(): TrainingPipelineProps {
  return {
    namespace: "argo",
    serviceAccountName: "ml-training",
    servedModelFormats: { churn: "sklearn" },
    mlflow: {
      trackingUri: MLFLOW_SERVICE.url,
      namespace: "mlflow",
      podLabels: { app: "mlflow" },
      port: 5000,
    },
    objectStoreKind: "s3",
    artifactStoreUri: "s3://bucket",
    modelsPrefix: "models",
  };
}

function scheduledProps(): ScheduledTrainingProps {
  return {
    namespace: "argo",
    workflowTemplateName: "ml-training-pipeline",
    schedule: "0 4 * * 1",
    parameters: { "dataset-url": "https://example.com/data.csv", "model-name": "my-model" },
  };
}
