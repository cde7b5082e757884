import { GcsBackend } from "cdktf";
import type { Environment } from "../../config/environment-spec";
import { artifactBucketName } from "../../config/names";
import type { Cloud } from "../cloud";
import { CLUSTER_AUTOSCALER_NOT_SAFE_TO_EVICT } from "../k8s/cluster-autoscaler";
import { GCS_BUCKET_NAME } from "../k8s/object-store";
import { IMAGES } from "../k8s/workload-defaults";
import { useLocalState } from "../local-state";
import { GcpSecretManagerStore } from "./cluster/gcp-secret-manager-store";
import { GKE_KUBERNETES } from "./gcp-kubernetes";
import {
  type GcpDerivedName,
  gcpDerivedNames,
  gcpNameTooLong,
  gcpServiceAccountIds,
  isGcpLabel,
  isServiceAccountId,
  serviceAccountEmail,
} from "./gcp-names";
import { planGcpNetwork } from "./gcp-network-layout";
import { gcpPlatform } from "./gcp-platform";
import { GCP_REGION_ZONES, multiRegionOf } from "./gcp-regions";
import { checkDatabaseTier, checkMachineType, gpusPerNode, maxNodesOfPool } from "./gcp-sizes";
import { type GcpGpuPool, type GcpSettings, gcpEnvironmentSchema } from "./gcp-spec";
import { GCP_TIER_SIZES } from "./gcp-tier-sizes";
import { GCP_GUARDRAILS } from "./guardrails";

/** A project id: 6-30 lowercase letters, digits or hyphens, from a letter, not ending in a hyphen. */
const PROJECT_ID = /^[a-z][a-z0-9-]{4,28}[a-z0-9]$/;
const PROJECT_NUMBER = /^\d{6,20}$/;
/** GKE GPU time-sharing: at most 48 containers share one GPU. */
const MAX_TIME_SHARING_CLIENTS = 48;

/** Workload Identity for GKE: the annotation that binds a Kubernetes service account to a Google one. */
export const GKE_SERVICE_ACCOUNT_ANNOTATION = "iam.gke.io/gcp-service-account";

function workloadIdentityAnnotations(env: Environment, identityName: string): Record<string, string> {
  return { [GKE_SERVICE_ACCOUNT_ANNOTATION]: serviceAccountEmail(identityName, env.gcp?.projectId ?? "") };
}

type SpecPool = Partial<GcpGpuPool> & Pick<GcpGpuPool, "acceleratorType" | "machineType">;

/** The platform on GCP: GKE Standard with GPU node pools, Cloud SQL, GCS, Workload Identity, Secret Manager. */
export const gcpCloud = {
  name: "gcp",
  specSchema: gcpEnvironmentSchema,
  regions: GCP_REGION_ZONES,
  kubernetes: GKE_KUBERNETES,
  guardrails: GCP_GUARDRAILS,
  unreadSharedFields: {
    "network.natGateways": "leave it out: on GCP one regional Cloud NAT serves the node subnet on every tier",
    "cluster.logRetentionDays":
      "leave it out: the GCP stack sets no log retention (GKE's logs are kept by the project's Cloud Logging buckets)",
    "database.finalSnapshot":
      "leave it out: the GCP stack takes no final backup of the Cloud SQL instance; database.deletionProtection keeps it from being destroyed",
    // Read only as a limit of node auto-provisioning; the declared GPU pools are bounded by gpu.maxGpus.
    "gpu.maxCpu": (spec) =>
      (spec as { gcp?: { nodeAutoProvisioning?: boolean } }).gcp?.nodeAutoProvisioning === true
        ? undefined
        : "set gcp.nodeAutoProvisioning to true (gpu.maxCpu bounds GKE node auto-provisioning only), or leave it out: the GPU node pools are bounded by gpu.maxGpus",
  },

  resolveSettings(spec, tier) {
    const block =
      (spec as { gcp?: Partial<Omit<GcpSettings, "gpuPools">> & { gpuPools?: SpecPool[] } }).gcp ?? {};
    const sizes = GCP_TIER_SIZES[tier];
    const pools = (block.gpuPools ?? sizes.gpuPools).map((pool): GcpGpuPool => {
      const fits = gpusPerNode(pool.acceleratorType, pool.machineType, pool.acceleratorCount);
      return { ...pool, acceleratorCount: "count" in fits ? fits.count : (pool.acceleratorCount ?? 1) };
    });
    return { gcp: { ...sizes, projectId: "", ...block, gpuPools: pools } as GcpSettings };
  },

  check(env, report) {
    const gcp = env.gcp as GcpSettings;
    const worst = new Map<string, GcpDerivedName>();
    for (const derived of gcpDerivedNames(env)) {
      const over = derived.name.length - derived.limit;
      const current = worst.get(derived.field);
      if (over > 0 && (!current || over > current.name.length - current.limit))
        worst.set(derived.field, derived);
    }
    for (const derived of worst.values())
      report(derived.field, derived.value, gcpNameTooLong(derived) as string);
    const ids = new Map<string, string>();
    for (const { identityName, id } of gcpServiceAccountIds(env)) {
      const clash = ids.get(id);
      if (!isServiceAccountId(id) || clash !== undefined) {
        report(
          "name",
          env.name,
          `a name whose service accounts get valid, distinct ids (6-30 characters): "${identityName}" makes "${id}"${clash ? `, as "${clash}" does` : ""}`,
        );
      }
      ids.set(id, identityName);
    }
    if (!PROJECT_ID.test(gcp.projectId)) {
      report(
        "gcp.projectId",
        gcp.projectId,
        "the id of the GCP project the environment deploys to: 6-30 lowercase letters, digits or hyphens, starting with a letter",
      );
    }
    if (gcp.projectNumber !== undefined && !PROJECT_NUMBER.test(gcp.projectNumber)) {
      report("gcp.projectNumber", gcp.projectNumber, "the project's number, digits only");
    }
    if (gcp.systemMachineTypes.length === 0) {
      report("gcp.systemMachineTypes", gcp.systemMachineTypes, "at least one machine type");
    }
    gcp.systemMachineTypes.forEach((type, index) => {
      const expected = checkMachineType(type);
      if (expected !== undefined) report(`gcp.systemMachineTypes[${index}]`, type, expected);
    });
    checkGpuPools(env, gcp, report);
    const tier = checkDatabaseTier(gcp.databaseTier, gcp.databaseEdition);
    if (tier !== undefined) report("gcp.databaseTier", gcp.databaseTier, tier);
    if (
      env.artifacts.replicateToRecoveryRegion &&
      env.restores === undefined &&
      env.recoveryRegion in GCP_REGION_ZONES &&
      multiRegionOf(env.region) !== multiRegionOf(env.recoveryRegion)
    ) {
      report(
        "recoveryRegion",
        env.recoveryRegion,
        `a region of the same continent as "${env.region}": the artifact bucket is a dual-region bucket over both`,
      );
    }
    for (const [key, value] of Object.entries(env.tags)) {
      if (!isGcpLabel(key, value)) {
        report(
          `tags.${key}`,
          value,
          "a GCP label: key and value of lowercase letters, digits, underscores or hyphens, at most 63 characters, the key starting with a letter",
        );
      }
    }
    const backend = env.stateBackend;
    if (backend.kind === "gcs" && !GCS_BUCKET_NAME.test(backend.bucket ?? "")) {
      report(
        "stateBackend.bucket",
        backend.bucket,
        "a GCS bucket name: 3-63 lowercase letters, digits, hyphens or underscores",
      );
    } else if (backend.kind !== "gcs" && backend.kind !== "local") {
      report("stateBackend.kind", backend.kind, '"local" or "gcs"');
    }
    if (env.target !== undefined) {
      report(
        "target",
        env.target,
        "no deployment target: there is no GCP emulator target, GCP stacks deploy to GCP",
      );
    }
  },

  naming: {
    network: (env) => {
      const layout = planGcpNetwork(env.network.vpcCidr);
      return {
        vpcCidr: env.network.vpcCidr,
        // VPC-native: pods take the subnet's secondary range.
        podCidrs: [layout.pods],
        // Cloud SQL's private IP comes from the Private Service Access range.
        databaseSubnetCidrs: [layout.privateServices],
        // The control plane's private endpoint is in its own /28; Dataplane V2 filters after the
        // `kubernetes` Service is translated to it.
        apiServer: { cidrs: [layout.controlPlane], port: 443 },
        // Workload Identity: pods ask the GKE metadata server (169.254.169.254:80), which Dataplane V2
        // translates to the node's own address on 988 before network policies see the packet.
        credentialEndpoints: { cidrs: ["169.254.169.254/32", layout.nodes], ports: [80, 988] },
      };
    },
    // GKE's node autoscaling and GPU drivers are managed by GKE: no add-on runs with an identity of its own.
    clusterAddOns: () => ({ identities: {}, settings: {} }),
    // MLflow (google-cloud-storage), KServe's storage initializer and gcloud all read gs://.
    bucketUris: (bucket) => ({ mlflow: `gs://${bucket}`, kserve: `gs://${bucket}`, cli: `gs://${bucket}` }),
    serviceAccountAnnotations: workloadIdentityAnnotations,
    // The prod tier's bucket is a dual-region bucket over both regions: the recovery environment adopts it.
    recoveryBucket: (env) => artifactBucketName(env.name),
    // Workload Identity for GKE needs only the service account's annotation.
    workloadPodLabels: () => ({}),
  },

  platform: gcpPlatform,

  stateLocation(env) {
    const backend = env.stateBackend;
    if (backend.kind !== "gcs") return undefined;
    const prefix = gcsStatePrefix(env.name, backend.prefix);
    return { uri: `gs://${backend.bucket}/${prefix}`, field: "stateBackend.prefix", value: prefix };
  },

  stateBackend(stack, env) {
    const backend = env.stateBackend;
    if (backend.kind === "gcs") {
      const prefix = gcsStatePrefix(env.name, backend.prefix);
      new GcsBackend(stack, { bucket: backend.bucket, prefix });
      return `${env.name}: state in gs://${backend.bucket}/${prefix} (GCS, locked by the backend)`;
    }
    return useLocalState(stack, env.name, "GCS");
  },

  cluster: {
    secretStore: (scope, id, options) =>
      new GcpSecretManagerStore(scope, id, {
        ...options,
        projectId: options.environment.gcp?.projectId ?? "",
      }),
    // GKE node pools (GPU and general) are cloud-side, built by the stack: the cluster layer adds none.
    addCapacity: () => {},
    // GKE autoscales its node pools and deploys NVIDIA's drivers and device plugin on GPU nodes itself.
    addOns: () => [],
    // Velero's GCP plugin (v1.14.x pairs with Velero 1.18) as the velero service account (Workload Identity);
    // the location names that account, which signs the download URLs `velero backup logs` uses.
    velero: (_env, contract) => ({
      provider: "gcp",
      pluginImage: "velero/velero-plugin-for-gcp:v1.14.2",
      config: {
        serviceAccount:
          contract.workloads.velero.serviceAccountAnnotations[GKE_SERVICE_ACCOUNT_ANNOTATION] ?? "",
      },
    }),
    // GKE's node autoscaling is the cluster autoscaler: it does not drain a node of an annotated pod.
    podDisruptionAnnotations: () => CLUSTER_AUTOSCALER_NOT_SAFE_TO_EVICT,
    // GKE hosts the control plane, and Dataplane V2 (ADVANCED_DATAPATH) runs no kube-proxy.
    unscrapedComponents: ["kubeControllerManager", "kubeScheduler", "kubeEtcd", "kubeProxy"],
    // GCS through gcloud storage, in the environment's artifact bucket.
    objectStore: {
      kind: "gcs",
      backupStore: (contract) => ({
        kind: "gcs",
        image: IMAGES.googleCloudCli,
        bucket: contract.artifactStore.bucket,
      }),
    },
  },
} satisfies Cloud;

function checkGpuPools(
  env: Environment,
  gcp: GcpSettings,
  report: (field: string, value: unknown, allowed: string) => void,
): void {
  if (env.gpu.maxGpus > 0 && gcp.gpuPools.length === 0) {
    report("gcp.gpuPools", gcp.gpuPools, "at least one GPU pool while gpu.maxGpus is above 0");
  }
  const seen = new Set<string>();
  const capacityTypes = new Set(env.gpu.capacityTypes).size;
  gcp.gpuPools.forEach((pool, index) => {
    const where = `gcp.gpuPools[${index}]`;
    const fits = gpusPerNode(pool.acceleratorType, pool.machineType, pool.acceleratorCount);
    if ("problem" in fits) {
      report(`${where}.${fits.problem.field}`, pool[fits.problem.field], fits.problem.allowed);
      return;
    }
    if (seen.has(pool.acceleratorType)) {
      report(`${where}.acceleratorType`, pool.acceleratorType, "an accelerator type no other GPU pool uses");
    }
    seen.add(pool.acceleratorType);
    const clients = pool.timeSharingMaxClients;
    if (
      clients !== undefined &&
      (!Number.isInteger(clients) || clients < 2 || clients > MAX_TIME_SHARING_CLIENTS)
    ) {
      report(
        `${where}.timeSharingMaxClients`,
        clients,
        `an integer from 2 to ${MAX_TIME_SHARING_CLIENTS} (containers sharing one GPU), or leave it out`,
      );
    }
    if (env.gpu.maxGpus > 0 && maxNodesOfPool(env, pool) < 1) {
      report(
        "gpu.maxGpus",
        env.gpu.maxGpus,
        `at least ${fits.count * gcp.gpuPools.length * capacityTypes}: each of the ${gcp.gpuPools.length * capacityTypes} GPU node pools gets an equal share, and each node of machine type ${pool.machineType} has ${fits.count} GPU(s)`,
      );
    }
  });
}

/** The object prefix of an environment's state in its GCS bucket. */
function gcsStatePrefix(environment: string, prefix: string | undefined): string {
  return prefix ?? `mlops-platform/${environment}`;
}
