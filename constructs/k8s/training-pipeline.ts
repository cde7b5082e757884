import { Duration } from "cdk8s";
import * as k8s from "cdk8s-plus-28/lib/imports/k8s";
import { Construct } from "constructs";
import { type ModelFormat, TRAINABLE_FORMATS } from "../../config/environment-spec";
import { suppressGuardrail } from "../../guardrails/suppressions";
import {
  WorkflowTemplateSpecTemplatesScriptResourcesLimits as Limits,
  WorkflowTemplateSpecTemplatesScriptResourcesRequests as Requests,
  WorkflowTemplate,
  WorkflowTemplateSpecPodGcStrategy,
  type WorkflowTemplateSpecSecurityContext,
  type WorkflowTemplateSpecTemplates,
  WorkflowTemplateSpecTemplatesActiveDeadlineSeconds,
  WorkflowTemplateSpecTemplatesRetryStrategyBackoffFactor,
  WorkflowTemplateSpecTemplatesRetryStrategyLimit,
  WorkflowTemplateSpecTemplatesRetryStrategyRetryPolicy,
  type WorkflowTemplateSpecTemplatesScriptSecurityContext,
} from "../../imports/argo-workflows-workflowtemplates-argoproj.io";
import { goDuration } from "./go-duration";
import { type GpuPlacement, gpuScheduling } from "./gpu-placement";
import { NetworkAllow, type NetworkAllowProps } from "./network-allow";
import { type ObjectStoreKind, objectStoreKindList } from "./object-store";
import { doubleQuantity } from "./quantity";
import {
  TRAINING_OBJECT_STORE_ADAPTERS,
  type TrainingObjectStoreAdapter,
  type TrainingStep,
  trainingStepScripts,
} from "./training-steps";
import {
  appLabels,
  IMAGES,
  restrictedContainerSecurityContext,
  restrictedPodSecurityContext,
} from "./workload-defaults";

/** Annotation that says, on the WorkflowTemplate, where the train step runs and why. */
export const TRAINING_COMPUTE_ANNOTATION = "mlops-platform.io/training-compute";

/** Where the pipeline reaches MLflow: its URL for the client, its pods and port for the network allow. */
export interface MlflowEndpoint {
  readonly trackingUri: string;
  readonly namespace: string;
  readonly podLabels: Readonly<Record<string, string>>;
  readonly port: number;
}

export interface TrainingPipelineProps {
  readonly namespace: string;
  /** Name of the WorkflowTemplate (what `argo submit --from workflowtemplate/<name>` uses). @default "ml-training-pipeline" */
  readonly name?: string;
  /** Service account every step runs as; created here, with the Role Argo's executor needs. */
  readonly serviceAccountName: string;
  /** Annotations binding the service account to its cloud identity (read datasets, write models). @default none */
  readonly serviceAccountAnnotations?: Readonly<Record<string, string>>;
  /** Labels every step's pod needs for the cloud to hand it that identity. @default none */
  readonly identityPodLabels?: Readonly<Record<string, string>>;
  readonly mlflow: MlflowEndpoint;
  /**
   * Kind of the artifact store: the steps reach it through the Python adapter of that kind (env
   * OBJECT_STORE), for datasets kept in it and for publishing models.
   */
  readonly objectStoreKind: ObjectStoreKind;
  /** URI of the artifact store, e.g. `s3://<bucket>` (from the platform contract): a location of `objectStoreKind`. */
  readonly artifactStoreUri: string;
  /**
   * Key prefix under which KServe reads models; the register step publishes each registered version to
   * `<prefix>/<model-name>/v<version>/`.
   */
  readonly modelsPrefix: string;
  /**
   * The models the environment serves, with their formats: a run trains only one of them, and only when
   * its format is one the steps produce (TRAINABLE_FORMATS).
   */
  readonly servedModelFormats: Readonly<Record<string, ModelFormat>>;
  /** The environment's GPU pool. @default none: the environment has no GPU pool and the train step runs on CPU */
  readonly gpuPool?: GpuPlacement;
  /** More egress the steps need, such as their cloud's credential endpoints. @default none */
  readonly extraEgress?: NetworkAllowProps["egress"];
  /** GPUs for the train step, when there is a GPU pool. @default 1 */
  readonly trainingGpus?: number;
  /** CPU and memory requested by the train step; the limits are twice as much. @default { cpu: "2", memory: "8Gi" } */
  readonly trainingResources?: { readonly cpu: string; readonly memory: string };
  /**
   * Image of every step. The step scripts need mlflow, pandas, scikit-learn and the store's client library
   * (boto3 for s3), which the pinned MLflow image carries. @default IMAGES.training
   */
  readonly image?: string;
  /** Deadline of the train step (per attempt). @default Duration.hours(3) */
  readonly trainingTimeout?: Duration;
  /** Deadline of a whole run, retries included. @default Duration.hours(6) */
  readonly workflowTimeout?: Duration;
  /**
   * Annotations on every pod of a run, e.g. the node autoscaler's "do not disrupt" annotation, so that no
   * node is consolidated away under a running step. @default none
   */
  readonly podAnnotations?: Readonly<Record<string, string>>;
}

interface StepSettings {
  readonly deadline: Duration;
  /** Longest time retries of the step may take, backoff included. */
  readonly retryFor: Duration;
  readonly resources: { readonly cpu: string; readonly memory: string };
  readonly env: Readonly<Record<string, string>>;
}

const LIGHT_STEP = { cpu: "250m", memory: "512Mi" } as const;
/** The non-retryable exit code of the step scripts (see training-steps.ts). */
const PERMANENT_FAILURE_EXIT_CODE = 2;

/**
 * The `ml-training-pipeline` WorkflowTemplate: validate the data, train (on the GPU pool when there is
 * one), evaluate, then register the model in MLflow and publish it where KServe reads it. Each step
 * retries transient failures with exponential backoff and has a deadline; so does the whole run. Comes
 * with its service account, the executor's minimal Role, and the egress its pods need (none may enter).
 */
export class TrainingPipeline extends Construct {
  readonly name: string;
  /** Labels on every pod of the pipeline's runs. */
  readonly podLabels: Readonly<Record<string, string>>;

  constructor(scope: Construct, id: string, props: TrainingPipelineProps) {
    super(scope, id);
    this.name = props.name ?? "ml-training-pipeline";
    const { namespace, serviceAccountName } = props;
    const fail = (prop: string, value: unknown, allowed: string): never => {
      throw new Error(
        `TrainingPipeline ${namespace}/${this.name}: ${prop} got ${JSON.stringify(value)}; expected ${allowed}`,
      );
    };
    const trainingGpus = props.trainingGpus ?? 1;
    if (!Number.isInteger(trainingGpus) || trainingGpus < 1) {
      fail("trainingGpus", trainingGpus, "an integer of at least 1");
    }
    const trainingTimeout = props.trainingTimeout ?? Duration.hours(3);
    const workflowTimeout = props.workflowTimeout ?? Duration.hours(6);
    if (trainingTimeout.toSeconds() >= workflowTimeout.toSeconds()) {
      fail(
        "trainingTimeout",
        `${trainingTimeout.toSeconds()}s`,
        `less than workflowTimeout (${workflowTimeout.toSeconds()}s), leaving time for the other steps`,
      );
    }
    const store =
      (TRAINING_OBJECT_STORE_ADAPTERS as Readonly<Record<string, TrainingObjectStoreAdapter | undefined>>)[
        props.objectStoreKind
      ] ??
      fail(
        "objectStoreKind",
        props.objectStoreKind,
        `one of ${objectStoreKindList()} (a store with a Python adapter in constructs/k8s/training-steps.ts)`,
      );
    if (!/^[a-z][a-z0-9+.-]*:\/\/\S*[^/\s]$/.test(props.artifactStoreUri)) {
      fail(
        "artifactStoreUri",
        props.artifactStoreUri,
        `a URI without a trailing slash, such as "${store.uriPrefix}<bucket>"`,
      );
    }
    if (!props.artifactStoreUri.startsWith(store.uriPrefix)) {
      fail(
        "artifactStoreUri",
        props.artifactStoreUri,
        `a location of the "${props.objectStoreKind}" store, starting with "${store.uriPrefix}"`,
      );
    }

    const labels = appLabels(this.name, "training");
    this.podLabels = { app: this.name };
    this.createIdentity(props, labels);

    const gpuPool = props.gpuPool;
    const computeNote = gpuPool
      ? `gpu: the train step requests ${trainingGpus} ${gpuPool.resource} on the GPU pool`
      : "cpu: this environment has no GPU pool, so the train step runs on CPU nodes";
    const parameter = (name: string) => `{{workflow.parameters.${name}}}`;
    const common = {
      MODEL_NAME: parameter("model-name"),
      DATASET_URL: parameter("dataset-url"),
      // Selects the steps' object-store adapter: datasets in the store and the published models.
      OBJECT_STORE: props.objectStoreKind,
      HOME: "/tmp",
    };
    const withMlflow = { ...common, MLFLOW_TRACKING_URI: props.mlflow.trackingUri };
    const trainedModel = {
      RUN_ID: "{{inputs.parameters.run-id}}",
      MODEL_URI: "{{inputs.parameters.model-uri}}",
    };
    const steps: Record<TrainingStep, StepSettings> = {
      "validate-data": {
        deadline: Duration.minutes(15),
        retryFor: Duration.minutes(30),
        resources: LIGHT_STEP,
        env: {
          ...common,
          SERVED_MODEL_FORMATS: JSON.stringify(props.servedModelFormats),
          TRAINABLE_FORMATS: TRAINABLE_FORMATS.join(","),
        },
      },
      train: {
        deadline: trainingTimeout,
        // Retries may use the run's time but an hour, kept for evaluate and register.
        retryFor: Duration.seconds(
          Math.max(trainingTimeout.toSeconds(), workflowTimeout.toSeconds() - Duration.hours(1).toSeconds()),
        ),
        resources: props.trainingResources ?? { cpu: "2", memory: "8Gi" },
        env: { ...withMlflow, WORKFLOW_NAME: "{{workflow.name}}" },
      },
      evaluate: {
        deadline: Duration.minutes(30),
        retryFor: Duration.hours(1),
        resources: { cpu: "500m", memory: "2Gi" },
        env: { ...withMlflow, ...trainedModel, MIN_SCORE: parameter("min-score") },
      },
      register: {
        deadline: Duration.minutes(15),
        retryFor: Duration.minutes(30),
        resources: LIGHT_STEP,
        env: {
          ...withMlflow,
          ...trainedModel,
          ARTIFACT_STORE_URI: props.artifactStoreUri,
          MODELS_PREFIX: props.modelsPrefix,
        },
      },
    };
    const image = props.image ?? IMAGES.training;
    const scripts = trainingStepScripts(props.objectStoreKind);

    new WorkflowTemplate(this, "template", {
      metadata: {
        name: this.name,
        namespace,
        labels,
        annotations: {
          "workflows.argoproj.io/description":
            "Validate a dataset, train, evaluate, register the model in MLflow and publish the version as models/<model-name>/v<version>/model.joblib, where KServe can serve it. The step scripts are templates for teams to replace.",
          [TRAINING_COMPUTE_ANNOTATION]: computeNote,
        },
      },
      spec: {
        entrypoint: "pipeline",
        serviceAccountName,
        arguments: {
          parameters: [
            {
              name: "dataset-url",
              description: `${store.uriPrefix} or https:// URL of the training data (CSV, target last)`,
            },
            {
              name: "model-name",
              description:
                "A served scikit-learn model to train; each registered version is published to models/<model-name>/v<version>/",
            },
            { name: "min-score", value: "0", description: "Lowest holdout R² the evaluate step accepts" },
          ],
        },
        activeDeadlineSeconds: workflowTimeout.toSeconds(),
        // Successful pods go soon after they finish; failed ones stay (for `argo logs`) until the run's TTL.
        podGc: { strategy: WorkflowTemplateSpecPodGcStrategy.ON_POD_SUCCESS, deleteDelayDuration: "30m" },
        ttlStrategy: {
          secondsAfterSuccess: Duration.days(1).toSeconds(),
          secondsAfterFailure: Duration.days(3).toSeconds(),
        },
        podMetadata: {
          labels: { ...props.identityPodLabels, ...this.podLabels },
          ...(props.podAnnotations && { annotations: { ...props.podAnnotations } }),
        },
        securityContext: restrictedPodSecurityContext() as WorkflowTemplateSpecSecurityContext,
        volumes: [{ name: "tmp", emptyDir: {} }],
        templates: [
          {
            name: "pipeline",
            steps: [
              [{ name: "validate-data", template: "validate-data" }],
              [{ name: "train", template: "train" }],
              [{ name: "evaluate", template: "evaluate", arguments: modelFromTrain() }],
              [{ name: "register", template: "register", arguments: modelFromTrain() }],
            ],
          },
          stepTemplate("validate-data", scripts, image, steps["validate-data"]),
          {
            ...stepTemplate(
              "train",
              scripts,
              image,
              steps.train,
              gpuPool && { placement: gpuPool, count: trainingGpus },
            ),
            outputs: {
              parameters: [
                { name: "run-id", valueFrom: { path: "/tmp/run-id" } },
                { name: "model-uri", valueFrom: { path: "/tmp/model-uri" } },
              ],
            },
          },
          {
            ...stepTemplate("evaluate", scripts, image, steps.evaluate),
            inputs: { parameters: [{ name: "run-id" }, { name: "model-uri" }] },
          },
          {
            ...stepTemplate("register", scripts, image, steps.register),
            inputs: { parameters: [{ name: "run-id" }, { name: "model-uri" }] },
          },
        ],
      },
    });

    new NetworkAllow(this, "network", {
      name: `${this.name}-allow`,
      namespace,
      podLabels: this.podLabels,
      egress: [
        {
          to: [{ namespace: props.mlflow.namespace, podLabels: props.mlflow.podLabels }],
          ports: [{ port: props.mlflow.port }],
        },
        // Datasets and the object store over HTTPS, the cloud's token service, and the Kubernetes API
        // (Argo's executor records step results there; EKS serves it on 443).
        { to: [{ cidr: "0.0.0.0/0" }], ports: [{ port: 443 }] },
        ...(props.extraEgress ?? []),
      ],
    });
  }

  /** The service account, and the only permission Argo's executor needs: recording step results. */
  private createIdentity(props: TrainingPipelineProps, labels: Record<string, string>): void {
    const metadata = { name: props.serviceAccountName, namespace: props.namespace, labels };
    const account = new k8s.KubeServiceAccount(this, "service-account", {
      metadata: {
        ...metadata,
        ...(props.serviceAccountAnnotations && { annotations: { ...props.serviceAccountAnnotations } }),
      },
    });
    suppressGuardrail(
      account,
      "CKV_K8S_38",
      "Argo's executor in every step pod calls the API server with this token to record the step's results (workflowtaskresults: create, patch; the Role below grants nothing else)",
    );
    new k8s.KubeRole(this, "executor-role", {
      metadata,
      rules: [{ apiGroups: ["argoproj.io"], resources: ["workflowtaskresults"], verbs: ["create", "patch"] }],
    });
    new k8s.KubeRoleBinding(this, "executor-role-binding", {
      metadata,
      roleRef: { apiGroup: "rbac.authorization.k8s.io", kind: "Role", name: props.serviceAccountName },
      subjects: [{ kind: "ServiceAccount", name: props.serviceAccountName, namespace: props.namespace }],
    });
  }
}

/** The MLflow run and logged model that train produced, for evaluate and register. */
function modelFromTrain() {
  return {
    parameters: ["run-id", "model-uri"].map((name) => ({
      name,
      value: `{{steps.train.outputs.parameters.${name}}}`,
    })),
  };
}

/** One script step: pinned image, restricted container, limits twice the requests, retries and deadline. */
function stepTemplate(
  name: TrainingStep,
  scripts: Readonly<Record<TrainingStep, string>>,
  image: string,
  step: StepSettings,
  gpu?: { readonly placement: GpuPlacement; readonly count: number },
): WorkflowTemplateSpecTemplates {
  const { cpu, memory } = step.resources;
  return {
    name,
    activeDeadlineSeconds: WorkflowTemplateSpecTemplatesActiveDeadlineSeconds.fromNumber(
      step.deadline.toSeconds(),
    ),
    retryStrategy: {
      limit: WorkflowTemplateSpecTemplatesRetryStrategyLimit.fromNumber(3),
      // Always: failed scripts and lost pods (a reclaimed spot node) alike, except the scripts' "retrying
      // will not help" exit code.
      retryPolicy: WorkflowTemplateSpecTemplatesRetryStrategyRetryPolicy.ALWAYS,
      expression: `asInt(lastRetry.exitCode) != ${PERMANENT_FAILURE_EXIT_CODE}`,
      backoff: {
        duration: "30s",
        factor: WorkflowTemplateSpecTemplatesRetryStrategyBackoffFactor.fromNumber(2),
        cap: "10m",
        maxDuration: goDuration(step.retryFor, `${name} step retryStrategy.backoff.maxDuration`),
      },
    },
    ...(gpu && gpuScheduling(gpu.placement)),
    script: {
      image,
      command: ["python"],
      source: scripts[name],
      env: Object.entries(step.env).map(([key, value]) => ({ name: key, value })),
      resources: {
        requests: { cpu: Requests.fromString(cpu), memory: Requests.fromString(memory) },
        limits: {
          cpu: Limits.fromString(doubleQuantity(cpu)),
          memory: Limits.fromString(doubleQuantity(memory)),
          ...(gpu && { [gpu.placement.resource]: Limits.fromNumber(gpu.count) }),
        },
      },
      securityContext:
        restrictedContainerSecurityContext() as WorkflowTemplateSpecTemplatesScriptSecurityContext,
      volumeMounts: [{ name: "tmp", mountPath: "/tmp" }],
    },
  };
}
