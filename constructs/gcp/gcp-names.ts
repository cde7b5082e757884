import { createHash } from "node:crypto";
import type { Environment } from "../../config/environment-spec";
import {
  accessLogBucketName,
  artifactBucketName,
  databaseInstanceId,
  modelIdentityName,
  namePrefix,
  PLATFORM_WORKLOADS,
  replicaBucketName,
  workloadIdentityName,
} from "../../config/names";

/** One name the GCP cloud layer derives, the limit of the resource it names, and the spec field it comes from. */
export interface GcpDerivedName {
  readonly what: string;
  readonly name: string;
  readonly limit: number;
  readonly field: string;
  readonly value: string;
}

/** Most characters of a service account id (GCP: 6-30). */
export const SERVICE_ACCOUNT_ID_LIMIT = 30;
const SERVICE_ACCOUNT_ID = /^[a-z](?:[-a-z0-9]{4,28}[a-z0-9])$/;
const GKE_CLUSTER = 40;
const GCS_BUCKET = 63;
const CLOUD_SQL_INSTANCE = 80;
const NODE_POOL = 40;
const KMS_KEY = 63;

/**
 * The Google service account id of a platform identity (`mlops-platform-<env>-<suffix>`): `mlp-` and the
 * rest when that fits GCP's 30 characters, else cut to 25 and closed by four hex digits of the full
 * name's SHA-256, so two identities never share an id. The full name is the account's display name.
 */
export function serviceAccountId(identityName: string): string {
  const prefix = "mlops-platform-";
  const short = `mlp-${identityName.startsWith(prefix) ? identityName.slice(prefix.length) : identityName}`;
  if (short.length <= SERVICE_ACCOUNT_ID_LIMIT) return short;
  const digest = createHash("sha256").update(identityName).digest("hex").slice(0, 4);
  return `${short.slice(0, SERVICE_ACCOUNT_ID_LIMIT - 5).replace(/-+$/, "")}-${digest}`;
}

/** The e-mail of a service account of a project. */
export function serviceAccountEmail(identityName: string, projectId: string): string {
  return `${serviceAccountId(identityName)}@${projectId}.iam.gserviceaccount.com`;
}

/** Whether `id` is a valid service account id: 6-30 lowercase letters, digits, hyphens, from a letter. */
export function isServiceAccountId(id: string): boolean {
  return SERVICE_ACCOUNT_ID.test(id);
}

/** The GKE node service account, the key ring and the keys of an environment named `<prefix>`. */
export function gcpInfraNames(prefix: string) {
  return {
    nodeServiceAccount: `${prefix}-nodes`,
    keyRing: prefix,
    clusterSecretsKey: `${prefix}-gke-secrets`,
    databaseKey: `${prefix}-db`,
    bucketKey: `${prefix}-artifacts`,
    network: prefix,
    nodeSubnet: `${prefix}-nodes`,
    router: `${prefix}-router`,
    nat: `${prefix}-nat`,
    privateServicesRange: `${prefix}-private-services`,
  } as const;
}

/** GCP label keys and values: lowercase letters, digits, `_` and `-`, at most 63, keys from a letter. */
const LABEL_KEY = /^[a-z][a-z0-9_-]{0,62}$/;
const LABEL_VALUE = /^[a-z0-9_-]{0,63}$/;

/** Whether a key and value make a valid GCP label. */
export function isGcpLabel(key: string, value: string): boolean {
  return LABEL_KEY.test(key) && LABEL_VALUE.test(value);
}

/** The labels on every resource of an environment: the platform's own and the spec's `tags`. */
export function gcpLabels(env: Environment): Record<string, string> {
  return { project: "mlops-platform", environment: env.name, "managed-by": "cdktf", ...env.tags };
}

/**
 * Every name with a tight limit that the GCP cloud layer builds for `env`, made by the same functions the
 * contract and the constructs use, so that it is checked where the environment is read.
 */
export function gcpDerivedNames(env: Environment): GcpDerivedName[] {
  const prefix = namePrefix(env.name);
  const fromName = (what: string, name: string, limit: number): GcpDerivedName => ({
    what,
    name,
    limit,
    field: "name",
    value: env.name,
  });
  const infra = gcpInfraNames(prefix);
  const names: GcpDerivedName[] = [
    fromName("GKE cluster", prefix, GKE_CLUSTER),
    fromName("GCS bucket", artifactBucketName(env.name), GCS_BUCKET),
    fromName("Cloud SQL instance", databaseInstanceId(env.name), CLOUD_SQL_INSTANCE),
    fromName("Cloud KMS key", infra.clusterSecretsKey, KMS_KEY),
    fromName("Cloud KMS key", infra.bucketKey, KMS_KEY),
    ...(env.gcp?.gpuPools ?? []).map((pool, index) => ({
      what: "GKE node pool",
      name: gpuNodePoolName(pool.acceleratorType),
      limit: NODE_POOL,
      field: `gcp.gpuPools[${index}].acceleratorType`,
      value: pool.acceleratorType,
    })),
  ];
  // A recovery environment adopts its source's buckets and creates none.
  if (env.restores === undefined) {
    names.push(fromName("access-log GCS bucket", accessLogBucketName(env.name), GCS_BUCKET));
  }
  if (env.artifacts.replicateToRecoveryRegion && env.restores === undefined) {
    names.push(fromName("GCS bucket", replicaBucketName(env.name, env.recoveryRegion), GCS_BUCKET));
  }
  return names;
}

/** Every service account id the environment's identities get, with the name it is derived from. */
export function gcpServiceAccountIds(env: Environment): { identityName: string; id: string }[] {
  const prefix = namePrefix(env.name);
  return [
    `${prefix}-nodes`,
    ...Object.keys(PLATFORM_WORKLOADS).map((workload) =>
      workloadIdentityName(env.name, workload as keyof typeof PLATFORM_WORKLOADS),
    ),
    ...env.models.map((model) => modelIdentityName(env.name, model.name)),
  ].map((identityName) => ({ identityName, id: serviceAccountId(identityName) }));
}

/** The node pool of one accelerator type: `gpu-<type>`. */
export function gpuNodePoolName(acceleratorType: string): string {
  return `gpu-${acceleratorType}`;
}

/** The "expected ..." text for a derived name over its limit, or undefined when it fits. */
export function gcpNameTooLong(derived: GcpDerivedName): string | undefined {
  const over = derived.name.length - derived.limit;
  if (over <= 0) return undefined;
  return `at most ${derived.value.length - over} characters here: it makes the ${derived.what} "${derived.name}", ${derived.name.length} characters where GCP allows ${derived.limit}`;
}
