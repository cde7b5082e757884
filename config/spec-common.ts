/**
 * The environment spec as a schema (zod 4): the one definition of its shape, from which the TypeScript type
 * of a spec is derived and against which every spec is parsed at synth. Strict: an unknown key is an error
 * (with the nearest known key suggested), and nothing is coerced (`"false"` is not a boolean, `"3"` not a
 * number). The schema checks shape, types, enums, whole numbers and their ranges; the rules between fields
 * and against the cloud (one size within another, overlaps, catalogues, zones of the region) run after it,
 * in resolve-environments.ts.
 *
 * Every field is documented with its default in environment-spec.ts, beside the resolved type.
 */
import { z } from "zod";
import {
  CAPACITY_TYPES,
  MAX_ACCESS_LOG_RETENTION_DAYS,
  MAX_ZONES,
  MODEL_FORMATS,
  SERVING_MODES,
  TIERS,
} from "./environment-spec";

const text = z.string();
const flag = z.boolean();

/**
 * A whole number from `min` to `max` (no upper bound when absent); every failure but a wrong type reads
 * `allowed`, "an integer from 7 to 35" unless a field says more.
 */
function integer(min: number, max?: number, allowed?: string): z.ZodNumber {
  const message =
    allowed ??
    (max !== undefined
      ? `an integer from ${min} to ${max}`
      : min === 0
        ? "an integer of 0 or more"
        : `an integer of at least ${min}`);
  const bounded = z.number().int({ error: message }).min(min, { error: message });
  return max === undefined ? bounded : bounded.max(max, { error: message });
}

const days = integer(1, undefined, "a positive number of days");
/** Replicas of a workload, and ceilings of their autoscalers. */
const REPLICA_LIMIT = 100;
export const texts = z.array(text);

const resources = z.strictObject({ cpu: text, memory: text });

const network = z.strictObject({
  vpcCidr: text,
  serviceCidr: text.optional(),
  availabilityZoneCount: integer(2, MAX_ZONES).optional(),
  natGateways: z.enum(["single", "per-az"]).optional(),
});

const cluster = z.strictObject({
  version: text.optional(),
  publicAccessCidrs: texts.optional(),
  systemNodes: z
    .strictObject({
      minSize: integer(1, 100).optional(),
      desiredSize: integer(1, 100).optional(),
      maxSize: integer(1, 100).optional(),
      diskSizeGiB: integer(20, 1000).optional(),
    })
    .optional(),
  logRetentionDays: days.optional(),
});

const gpu = z.strictObject({
  capacityTypes: z
    .array(z.enum(CAPACITY_TYPES))
    .min(1, { error: `a non-empty list of ${CAPACITY_TYPES.map((type) => `"${type}"`).join(", ")}` })
    .optional(),
  maxGpus: integer(0, undefined, "an integer of 0 or more (0 disables the GPU pool)").optional(),
  maxCpu: integer(1).optional(),
});

const database = z.strictObject({
  engineVersion: text.optional(),
  allocatedStorageGiB: integer(20, 65536).optional(),
  maxAllocatedStorageGiB: integer(20, 65536).optional(),
  backupRetentionDays: integer(7, 35).optional(),
  multiAz: flag.optional(),
  deletionProtection: flag.optional(),
  finalSnapshot: flag.optional(),
  replicateBackups: flag.optional(),
  passwordVersion: integer(
    1,
    undefined,
    "a positive integer (raise it by one to rotate the password)",
  ).optional(),
});

const artifacts = z.strictObject({
  noncurrentVersionRetentionDays: days.optional(),
  abortIncompleteUploadDays: days.optional(),
  replicateToRecoveryRegion: flag.optional(),
  accessLogRetentionDays: integer(1, MAX_ACCESS_LOG_RETENTION_DAYS).optional(),
});

const model = z.strictObject({
  name: text,
  format: z.enum(MODEL_FORMATS),
  path: text.optional(),
  minReplicas: integer(0, REPLICA_LIMIT).optional(),
  maxReplicas: integer(1, REPLICA_LIMIT).optional(),
  critical: flag.optional(),
  resources: resources.optional(),
  gpus: integer(0).optional(),
  deploymentMode: z.enum(SERVING_MODES).optional(),
  canaryTrafficPercent: integer(0, 100, "an integer percentage from 0 to 100").optional(),
});

const mlflow = z.strictObject({
  replicas: integer(1, REPLICA_LIMIT).optional(),
  maxReplicas: integer(1, REPLICA_LIMIT).optional(),
  resources: resources.optional(),
});

const backups = z.strictObject({
  schedule: text.optional(),
  retentionDays: days.optional(),
  clusterSchedule: text.optional(),
});

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

/**
 * Fields that have moved, by their old path: a spec that still sets one is told where it went (the schema
 * refuses it as an unknown field, and nothing reads the old path).
 */
export const MOVED_FIELDS: Readonly<Record<string, string>> = {
  "cluster.nodeImageRelease":
    "aws.nodeImageRelease (the node image is an EKS-optimized AMI release: AWS environments only)",
};

/** The state backend every cloud accepts: a local file. */
export const localStateSchema = z.strictObject({ kind: z.literal("local") });
