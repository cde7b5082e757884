/**
 * The environment spec as a schema (zod 4): the one definition of its shape, from which the TypeScript type
 * of a spec is derived and against which every spec is parsed at synth. Strict: an unknown key is an error
 * (with the nearest known key suggested), and nothing is coerced (`"false"` is not a boolean, `"3"` not a
 * number). The schema checks shape, types, enums and whole numbers; the rules between fields and against
 * the cloud (ranges, overlaps, catalogues) run after it, in resolve-environments.ts.
 *
 * Every field is documented with its default in environment-spec.ts, beside the resolved type.
 */
import { z } from "zod";
import { CAPACITY_TYPES, MODEL_FORMATS, SERVING_MODES, TIERS } from "./environment-spec";

const text = z.string();
const wholeNumber = z.number().int();
const flag = z.boolean();
export const texts = z.array(text);

const resources = z.strictObject({ cpu: text, memory: text });

const network = z.strictObject({
  vpcCidr: text,
  serviceCidr: text.optional(),
  availabilityZoneCount: wholeNumber.optional(),
  natGateways: z.enum(["single", "per-az"]).optional(),
});

const cluster = z.strictObject({
  version: text.optional(),
  publicAccessCidrs: texts.optional(),
  nodeImageRelease: text.optional(),
  systemNodes: z
    .strictObject({
      minSize: wholeNumber.optional(),
      desiredSize: wholeNumber.optional(),
      maxSize: wholeNumber.optional(),
      diskSizeGiB: wholeNumber.optional(),
    })
    .optional(),
  logRetentionDays: wholeNumber.optional(),
});

const gpu = z.strictObject({
  capacityTypes: z.array(z.enum(CAPACITY_TYPES)).optional(),
  maxGpus: wholeNumber.optional(),
  maxCpu: wholeNumber.optional(),
});

const database = z.strictObject({
  engineVersion: text.optional(),
  allocatedStorageGiB: wholeNumber.optional(),
  maxAllocatedStorageGiB: wholeNumber.optional(),
  backupRetentionDays: wholeNumber.optional(),
  multiAz: flag.optional(),
  deletionProtection: flag.optional(),
  finalSnapshot: flag.optional(),
  replicateBackups: flag.optional(),
  passwordVersion: wholeNumber.optional(),
});

const artifacts = z.strictObject({
  noncurrentVersionRetentionDays: wholeNumber.optional(),
  abortIncompleteUploadDays: wholeNumber.optional(),
  replicateToRecoveryRegion: flag.optional(),
});

const model = z.strictObject({
  name: text,
  format: z.enum(MODEL_FORMATS),
  path: text.optional(),
  minReplicas: wholeNumber.optional(),
  maxReplicas: wholeNumber.optional(),
  critical: flag.optional(),
  resources: resources.optional(),
  gpus: wholeNumber.optional(),
  deploymentMode: z.enum(SERVING_MODES).optional(),
  canaryTrafficPercent: wholeNumber.optional(),
});

const mlflow = z.strictObject({
  replicas: wholeNumber.optional(),
  maxReplicas: wholeNumber.optional(),
  resources: resources.optional(),
});

const backups = z.strictObject({ schedule: text.optional(), retentionDays: wholeNumber.optional() });

const training = z.strictObject({
  retrainSchedule: text.optional(),
  retrainModel: text.optional(),
  retrainDatasetUrl: text.optional(),
});

const gitops = z.strictObject({
  repositoryUrl: text.optional(),
  revision: text.optional(),
  path: text.optional(),
});

/** Environment-wide exceptions to the guardrails (guardrails/), each with the reason it is accepted. */
const guardrails = z.strictObject({
  suppressions: z.array(z.strictObject({ rule: text, reason: text })).optional(),
});

/** What every environment has, whatever its cloud; each cloud extends it with its own blocks. */
export const commonEnvironmentShape = {
  name: text,
  region: text,
  recoveryRegion: text,
  tier: z.enum(TIERS),
  restores: text.optional(),
  failedOverTo: text.optional(),
  network,
  cluster: cluster.optional(),
  gpu: gpu.optional(),
  database: database.optional(),
  artifacts: artifacts.optional(),
  models: z.array(model).optional(),
  mlflow: mlflow.optional(),
  backups: backups.optional(),
  training: training.optional(),
  gitops: gitops.optional(),
  tags: z.record(text, text).optional(),
  guardrails: guardrails.optional(),
};

/** The state backend every cloud accepts: a local file. */
export const localStateSchema = z.strictObject({ kind: z.literal("local") });
