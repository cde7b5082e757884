import { cloudOf } from "../constructs/clouds";
import { TRAINING_OBJECT_STORE_ADAPTERS } from "../constructs/k8s/training-steps";
import { isCronSchedule } from "./cron-schedule";
import {
  type Environment,
  MODEL_FORMATS,
  type ModelSpec,
  type ResolvedModel,
  SERVING_MODES,
  TRAINABLE_FORMATS,
} from "./environment-spec";
import { MODEL_DEFAULTS } from "./tier-defaults";

export type Report = (field: string, value: unknown, allowed: string) => void;

/** Kubernetes object names (RFC 1123 labels), kept short enough for the cloud identities derived from them. */
const MODEL_NAME = /^[a-z]([-a-z0-9]{0,22}[a-z0-9])?$/;
const QUANTITY = /^(\d+(\.\d+)?|\d+m)$/;
const MEMORY = /^\d+(Ki|Mi|Gi|Ti)$/;

export function resolveModel(model: ModelSpec): ResolvedModel {
  return {
    name: model.name,
    format: model.format,
    path: model.path ?? model.name,
    minReplicas: model.minReplicas ?? MODEL_DEFAULTS.minReplicas,
    maxReplicas: model.maxReplicas ?? MODEL_DEFAULTS.maxReplicas,
    critical: model.critical ?? MODEL_DEFAULTS.critical,
    resources: model.resources ?? MODEL_DEFAULTS.resources,
    gpus: model.gpus ?? MODEL_DEFAULTS.gpus,
    deploymentMode: model.deploymentMode ?? MODEL_DEFAULTS.deploymentMode,
    ...(model.canaryTrafficPercent !== undefined && { canaryTrafficPercent: model.canaryTrafficPercent }),
  };
}

const CRON_ALLOWED =
  'a cron schedule of five fields (minute hour day-of-month month day-of-week), such as "17 2 * * *"';

/** Checks the models to serve, the backup schedule and the training settings of one environment. */
export function checkWorkloads(env: Environment, report: Report): void {
  const seen = new Set<string>();
  env.models.forEach((model, index) => {
    const field = (name: string) => `models[${index}].${name}`;
    if (typeof model.name !== "string" || !MODEL_NAME.test(model.name)) {
      report(
        field("name"),
        model.name,
        "a Kubernetes name of 1-24 lowercase letters, digits or hyphens, starting with a letter and ending with a letter or digit",
      );
    } else if (seen.has(model.name)) {
      report(field("name"), model.name, "a name no other model of this environment uses");
    }
    seen.add(model.name);
    if (!(MODEL_FORMATS as readonly string[]).includes(model.format)) {
      report(
        field("format"),
        model.format,
        `one of ${MODEL_FORMATS.map((format) => `"${format}"`).join(", ")}`,
      );
    }
    if (!(SERVING_MODES as readonly string[]).includes(model.deploymentMode)) {
      report(
        field("deploymentMode"),
        model.deploymentMode,
        `one of ${SERVING_MODES.map((mode) => `"${mode}"`).join(", ")}`,
      );
    }
    // The path defaults to the name: a bad name is reported once, as a name.
    const nameIsValid = typeof model.name === "string" && MODEL_NAME.test(model.name);
    const pathIsValid =
      /^[a-z0-9][a-z0-9._/-]*$/.test(model.path) && !model.path.includes("..") && !model.path.endsWith("/");
    if (nameIsValid && !pathIsValid) {
      report(
        field("path"),
        model.path,
        'a key prefix under models/ such as "demand-forecast/v3" (no "..", no leading or trailing "/")',
      );
    }
    checkReplicas(model, field, report, cloudOf(env.cloud).cluster.gpuModelScaler !== undefined);
    if (!QUANTITY.test(model.resources.cpu)) {
      report(field("resources.cpu"), model.resources.cpu, 'a CPU quantity such as "500m" or "2"');
    }
    if (!MEMORY.test(model.resources.memory)) {
      report(field("resources.memory"), model.resources.memory, 'a memory quantity such as "512Mi" or "2Gi"');
    }
    if (model.gpus > 0 && env.gpu.maxGpus === 0) {
      report(field("gpus"), model.gpus, "0: this environment has no GPU pool (gpu.maxGpus is 0)");
    } else if (model.gpus > env.gpu.maxGpus) {
      report(field("gpus"), model.gpus, `at most the GPU pool's limit, gpu.maxGpus (${env.gpu.maxGpus})`);
    }
    checkCanary(model, field, report);
  });

  const { mlflow } = env;
  if (env.tier === "prod" && mlflow.replicas < 2) {
    report("mlflow.replicas", mlflow.replicas, "at least 2 in the prod tier (spread over zones and nodes)");
  }
  if (mlflow.maxReplicas < mlflow.replicas) {
    report(
      "mlflow.maxReplicas",
      mlflow.maxReplicas,
      `an integer of at least mlflow.replicas (${mlflow.replicas})`,
    );
  }
  if (!QUANTITY.test(mlflow.resources.cpu))
    report("mlflow.resources.cpu", mlflow.resources.cpu, 'a CPU quantity such as "500m"');
  if (!MEMORY.test(mlflow.resources.memory)) {
    report("mlflow.resources.memory", mlflow.resources.memory, 'a memory quantity such as "1Gi"');
  }

  if (!isCronSchedule(env.backups.schedule)) report("backups.schedule", env.backups.schedule, CRON_ALLOWED);
  if (!isCronSchedule(env.backups.clusterSchedule))
    report("backups.clusterSchedule", env.backups.clusterSchedule, CRON_ALLOWED);

  const { gitops } = env;
  if (!/^(https:\/\/|ssh:\/\/|git@)\S+$/.test(gitops.repositoryUrl ?? "")) {
    report(
      "gitops.repositoryUrl",
      gitops.repositoryUrl,
      "an https://, ssh:// or git@ URL of the GitOps repository",
    );
  }
  if (typeof gitops.revision !== "string" || gitops.revision.trim() === "") {
    report("gitops.revision", gitops.revision, "a branch, tag or commit");
  }
  if (
    !/^[A-Za-z0-9._-]+(\/[A-Za-z0-9._-]+)*$/.test(gitops.path ?? "") ||
    gitops.path.split("/").some((segment) => segment === "." || segment === "..")
  ) {
    report("gitops.path", gitops.path, 'a relative folder in the repository, such as "dist/prod"');
  }

  const training = env.training;
  if (training.retrainSchedule !== undefined) {
    if (!isCronSchedule(training.retrainSchedule))
      report("training.retrainSchedule", training.retrainSchedule, CRON_ALLOWED);
    const target = env.models.find((model) => model.name === training.retrainModel);
    if (!target) {
      const names = env.models.map((model) => `"${model.name}"`).join(", ");
      report(
        "training.retrainModel",
        training.retrainModel,
        `the name of one of the environment's models: ${names || "(none defined)"}`,
      );
    } else if (!(TRAINABLE_FORMATS as readonly string[]).includes(target.format)) {
      const trainable = env.models.filter((model) =>
        (TRAINABLE_FORMATS as readonly string[]).includes(model.format),
      );
      report(
        "training.retrainModel",
        training.retrainModel,
        `a model whose format the training pipeline produces (${TRAINABLE_FORMATS.map((format) => `"${format}"`).join(", ")}; "${target.name}" is served as "${target.format}"): ${trainable.map((model) => `"${model.name}"`).join(", ") || "none of this environment's models"}`,
      );
    }
    // The cloud's object store as its adapter spells it, or https: the training pods may only leave the
    // cluster over TLS (443), so plain http:// would be blocked.
    const storePrefix = TRAINING_OBJECT_STORE_ADAPTERS[cloudOf(env.cloud).cluster.objectStore.kind].uriPrefix;
    const url = training.retrainDatasetUrl;
    if (typeof url !== "string" || !/^\S+$/.test(url) || !datasetIsReadable(url, storePrefix)) {
      report(
        "training.retrainDatasetUrl",
        url,
        `the URL of the dataset to train on: ${storePrefix}... or https://... (the training steps read no other scheme)`,
      );
    }
  }
}

function checkReplicas(
  model: ResolvedModel,
  field: (name: string) => string,
  report: Report,
  cloudScalesGpuModels: boolean,
): void {
  const { minReplicas, maxReplicas } = model;
  if (minReplicas > maxReplicas) {
    report(field("minReplicas"), minReplicas, `at most maxReplicas (${maxReplicas})`);
  } else if (minReplicas === 0 && model.critical) {
    report(
      field("minReplicas"),
      minReplicas,
      "at least 1 for a critical model (a cold start would break its latency objective)",
    );
  } else if (
    minReplicas === 0 &&
    model.deploymentMode !== "Knative" &&
    !(cloudScalesGpuModels && model.gpus > 0)
  ) {
    report(
      field("minReplicas"),
      minReplicas,
      cloudScalesGpuModels
        ? 'at least 1 in "Standard" mode for a CPU model (a GPU model scales to zero through the cloud\'s scaler; "Knative" mode scales any model to zero)'
        : 'at least 1 in "Standard" mode (only "Knative" mode scales to zero)',
    );
  }
}

function checkCanary(model: ResolvedModel, field: (name: string) => string, report: Report): void {
  const canary = model.canaryTrafficPercent;
  if (canary === undefined) return;
  if (model.deploymentMode !== "Knative") {
    report(
      field("canaryTrafficPercent"),
      canary,
      `no canary in deploymentMode "${model.deploymentMode}": KServe honours canaryTrafficPercent only in "Knative" mode`,
    );
  }
}

function datasetIsReadable(url: string, storePrefix: string): boolean {
  return [storePrefix, "https://"].some((prefix) => url.startsWith(prefix) && url.length > prefix.length);
}
