import { DataGoogleProject } from "@cdktf/provider-google/lib/data-google-project";
import { DataGoogleStorageProjectServiceAccount } from "@cdktf/provider-google/lib/data-google-storage-project-service-account";
import { KmsCryptoKey } from "@cdktf/provider-google/lib/kms-crypto-key";
import { KmsCryptoKeyIamMember } from "@cdktf/provider-google/lib/kms-crypto-key-iam-member";
import { KmsKeyRing } from "@cdktf/provider-google/lib/kms-key-ring";
import { ProjectIamMember } from "@cdktf/provider-google/lib/project-iam-member";
import { ProjectService } from "@cdktf/provider-google/lib/project-service";
import { GoogleProvider } from "@cdktf/provider-google/lib/provider";
import { ServiceAccount } from "@cdktf/provider-google/lib/service-account";
import { Construct } from "constructs";
import { accessLogBucketName } from "../../config/names";
import type {
  ArtifactStore,
  CloudPlatform,
  CloudPlatformFactory,
  CloudPlatformProps,
} from "../cloud-platform";
import { GPU_POOL } from "../k8s/gpu-pool";
import { CloudSqlPostgres } from "./cloud-sql-postgres";
import { gcpInfraNames, gcpLabels, gpuNodePoolName, serviceAccountId } from "./gcp-names";
import { GcpNetwork } from "./gcp-network";
import { planGcpNetwork } from "./gcp-network-layout";
import { multiRegionOf } from "./gcp-regions";
import { maxNodesOfPool } from "./gcp-sizes";
import { gcpSettingsOf } from "./gcp-spec";
import { GcpWorkloadIdentities } from "./gcp-workload-identities";
import { GcsAccessLogBucket } from "./gcs-access-log-bucket";
import { GcsArtifactBucket } from "./gcs-artifact-bucket";
import { GkeCluster } from "./gke-cluster";
import { GkeNodePool } from "./gke-node-pool";

/** The APIs the stack uses, enabled by it and never disabled on destroy (other stacks may use them). */
export const GCP_PROJECT_SERVICES = [
  "cloudkms.googleapis.com",
  "compute.googleapis.com",
  "container.googleapis.com",
  "iam.googleapis.com",
  // Workload Identity token exchange and impersonation (External Secrets' gcpsm store uses both).
  "iamcredentials.googleapis.com",
  "sts.googleapis.com",
  "logging.googleapis.com",
  "monitoring.googleapis.com",
  "secretmanager.googleapis.com",
  "servicenetworking.googleapis.com",
  "sqladmin.googleapis.com",
  "storage.googleapis.com",
] as const;

/** The predefined role GKE documents for a least-privilege node service account. */
export const NODE_SERVICE_ACCOUNT_ROLE = "roles/container.defaultNodeServiceAccount";
const KMS_ENCRYPTER = "roles/cloudkms.cryptoKeyEncrypterDecrypter";
const KEY_ROTATION = "7776000s"; // 90 days

/**
 * The platform on GCP: project services, VPC with Cloud NAT and Private Service Access, GKE Standard with
 * its system pool and GPU pools, Cloud SQL for PostgreSQL, the GCS artifact bucket, Cloud KMS keys and the
 * workload service accounts, wired from the environment and its contract.
 */
export class GcpPlatform extends Construct implements CloudPlatform {
  readonly provider: GoogleProvider;
  readonly network: GcpNetwork;
  readonly cluster: GkeCluster;
  readonly database: CloudSqlPostgres;
  readonly artifactStore: ArtifactStore;
  readonly identities: GcpWorkloadIdentities;

  constructor(scope: Construct, id: string, props: CloudPlatformProps) {
    super(scope, id);
    const { environment: env, contract } = props;
    const gcp = gcpSettingsOf(env);
    const projectId = gcp.projectId;
    const names = gcpInfraNames(contract.namePrefix);
    const labels = gcpLabels(env);
    const layout = planGcpNetwork(env.network.vpcCidr);
    const protect = env.database.deletionProtection;

    this.provider = new GoogleProvider(this, "google", { project: projectId, region: env.region });
    // Set verbatim: the provider block's typed map would have its keys snake-cased ("managed-by").
    this.provider.addOverride("default_labels", labels);
    const project = new DataGoogleProject(this, "project", { projectId });
    const services = GCP_PROJECT_SERVICES.map(
      (service) =>
        new ProjectService(this, `service-${service.split(".")[0]}`, {
          service,
          disableOnDestroy: false,
          disableDependentServices: false,
        }),
    );

    // Keys: Kubernetes Secrets in the region; the bucket's where the bucket is (its multi-region when dual).
    const keyRing = new KmsKeyRing(this, "key-ring", {
      name: names.keyRing,
      location: env.region,
      dependsOn: services,
    });
    const clusterSecretsKey = new KmsCryptoKey(this, "cluster-secrets-key", {
      name: names.clusterSecretsKey,
      keyRing: keyRing.id,
      rotationPeriod: KEY_ROTATION,
      labels,
      // A cluster whose key is gone cannot read its own Secrets.
      lifecycle: { preventDestroy: true },
    });
    // GKE's service agent exists once the Kubernetes Engine API is enabled; the cluster needs the grant first.
    const clusterKeyGrant = new KmsCryptoKeyIamMember(this, "cluster-secrets-key-gke", {
      cryptoKeyId: clusterSecretsKey.id,
      role: KMS_ENCRYPTER,
      member: `serviceAccount:service-${project.number}@container-engine-robot.iam.gserviceaccount.com`,
      dependsOn: services,
    });

    this.network = new GcpNetwork(this, "network", {
      names,
      region: env.region,
      layout,
      serviceCidr: env.network.serviceCidr,
      dependsOn: services,
    });

    // The nodes' own identity: the GKE node role only, never the Compute Engine default account.
    const nodeIdentity = `${contract.namePrefix}-nodes`;
    const nodeAccount = new ServiceAccount(this, "node-sa", {
      accountId: serviceAccountId(nodeIdentity),
      displayName: nodeIdentity,
      description: `GKE nodes of ${contract.clusterName}`,
      dependsOn: services,
    });
    const nodeRole = new ProjectIamMember(this, "node-sa-role", {
      project: projectId,
      role: NODE_SERVICE_ACCOUNT_ROLE,
      member: `serviceAccount:${nodeAccount.email}`,
    });

    const regional = env.tier === "prod";
    const location = regional ? env.region : (env.network.availabilityZones[0] as string);
    const poolKinds = new Set(env.gpu.capacityTypes);
    this.cluster = new GkeCluster(this, "cluster", {
      name: contract.clusterName,
      projectId,
      location,
      nodeLocations: env.network.availabilityZones,
      version: env.cluster.version,
      networkId: this.network.network.id,
      subnetworkId: this.network.nodeSubnet.id,
      controlPlaneCidr: layout.controlPlane,
      vpcCidr: env.network.vpcCidr,
      publicAccessCidrs: env.cluster.publicAccessCidrs,
      secretsKeyId: clusterSecretsKey.id,
      deletionProtection: protect,
      nodeServiceAccountEmail: nodeAccount.email,
      ...(gcp.nodeAutoProvisioning && {
        nodeAutoProvisioning: {
          limits: {
            cpu: env.gpu.maxCpu,
            memory: env.gpu.maxCpu * 8,
            ...Object.fromEntries(gcp.gpuPools.map((pool) => [pool.acceleratorType, env.gpu.maxGpus])),
          },
        },
      }),
      labels,
      dependsOn: [nodeRole, clusterKeyGrant],
    });

    const nodes = env.cluster.systemNodes;
    new GkeNodePool(this, "system-pool", {
      name: "system",
      cluster: this.cluster.cluster.id,
      location,
      nodeLocations: env.network.availabilityZones,
      machineType: gcp.systemMachineTypes[0] as string,
      minNodes: nodes.minSize,
      maxNodes: nodes.maxSize,
      initialNodesPerZone: Math.ceil(nodes.desiredSize / env.network.availabilityZones.length),
      diskSizeGiB: nodes.diskSizeGiB,
      serviceAccountEmail: nodeAccount.email,
      labels: { "mlops-platform.io/pool": "general" },
      resourceLabels: labels,
    });
    if (env.gpu.maxGpus > 0) {
      for (const pool of gcp.gpuPools) {
        for (const kind of ["on-demand", "spot"] as const) {
          if (!poolKinds.has(kind)) continue;
          const name = `${gpuNodePoolName(pool.acceleratorType)}${kind === "spot" ? "-spot" : ""}`;
          new GkeNodePool(this, `${name}-pool`, {
            name,
            cluster: this.cluster.cluster.id,
            location,
            nodeLocations: env.network.availabilityZones,
            machineType: pool.machineType,
            minNodes: 0,
            maxNodes: maxNodesOfPool(env, pool),
            diskSizeGiB: 200,
            serviceAccountEmail: nodeAccount.email,
            spot: kind === "spot",
            // The label and taint GPU workloads select and tolerate on every cloud (constructs/k8s/gpu-pool.ts).
            labels: { ...GPU_POOL.nodeLabel },
            taints: [{ key: GPU_POOL.taint.key, value: "present", effect: GPU_POOL.taint.effect }],
            accelerator: {
              type: pool.acceleratorType,
              count: pool.acceleratorCount,
              ...(pool.timeSharingMaxClients !== undefined && {
                timeSharingMaxClients: pool.timeSharingMaxClients,
              }),
            },
            resourceLabels: labels,
          });
        }
      }
    }

    const backupLocation = (multiRegionOf(env.region) ?? "US").toLowerCase();
    this.database = new CloudSqlPostgres(this, "database", {
      instanceId: contract.database.instanceId,
      databaseName: contract.database.databaseName,
      username: contract.database.username,
      engineVersion: env.database.engineVersion,
      tier: gcp.databaseTier,
      edition: gcp.databaseEdition,
      region: env.region,
      recoveryRegion: env.recoveryRegion,
      networkId: this.network.network.id,
      allocatedIpRange: names.privateServicesRange,
      diskSizeGiB: env.database.allocatedStorageGiB,
      maxDiskSizeGiB: env.database.maxAllocatedStorageGiB,
      backupRetentionDays: env.database.backupRetentionDays,
      backupLocation,
      highlyAvailable: env.database.multiAz,
      deletionProtection: protect,
      credentialsSecretName: contract.database.credentialsSecretName,
      passwordVersion: env.database.passwordVersion,
      labels,
      dependsOn: [this.network.privateServicesConnection],
    });

    // A recovery environment adopts its source's dual-region bucket; it never creates or deletes it.
    if (contract.recoverySource) {
      this.artifactStore = { bucketName: contract.artifactStore.bucket, uri: contract.artifactStore.uri };
    } else {
      const dual = env.artifacts.replicateToRecoveryRegion;
      const bucketLocation = dual ? (multiRegionOf(env.region) ?? "US").toLowerCase() : env.region;
      const bucketKeyRing = dual
        ? new KmsKeyRing(this, "bucket-key-ring", {
            name: `${names.keyRing}-${bucketLocation}`,
            location: bucketLocation,
            dependsOn: services,
          })
        : keyRing;
      const bucketKey = new KmsCryptoKey(this, "bucket-key", {
        name: names.bucketKey,
        keyRing: bucketKeyRing.id,
        rotationPeriod: KEY_ROTATION,
        labels,
        lifecycle: { preventDestroy: true },
      });
      const storageAgent = new DataGoogleStorageProjectServiceAccount(this, "storage-agent", {
        dependsOn: services,
      });
      const keyGrant = new KmsCryptoKeyIamMember(this, "bucket-key-storage", {
        cryptoKeyId: bucketKey.id,
        role: KMS_ENCRYPTER,
        member: `serviceAccount:${storageAgent.emailAddress}`,
      });
      const dualRegion = dual
        ? {
            multiRegion: (multiRegionOf(env.region) ?? "US") as string,
            regions: [env.region, env.recoveryRegion] as const,
            turbo: gcp.turboReplication,
          }
        : undefined;
      // In the artifact bucket's location (GCS requires it), under the same key.
      const accessLogs = new GcsAccessLogBucket(this, "access-logs", {
        bucketName: accessLogBucketName(env.name),
        region: env.region,
        ...(dualRegion && { dualRegion }),
        retentionDays: env.artifacts.accessLogRetentionDays,
        kmsKeyId: bucketKey.id,
        protect,
        labels,
        dependsOn: [keyGrant],
      });
      this.artifactStore = new GcsArtifactBucket(this, "artifacts", {
        bucketName: contract.artifactStore.bucket,
        region: env.region,
        ...(dualRegion && { dualRegion }),
        accessLogBucketName: accessLogs.bucket.name,
        noncurrentVersionRetentionDays: env.artifacts.noncurrentVersionRetentionDays,
        abortIncompleteUploadDays: env.artifacts.abortIncompleteUploadDays,
        softDeleteDays: env.tier === "prod" ? 30 : 7,
        kmsKeyId: bucketKey.id,
        protect,
        labels,
        dependsOn: [keyGrant],
      });
    }

    this.identities = new GcpWorkloadIdentities(this, "workload-identities", {
      projectId,
      workloadPool: this.cluster.workloadPool,
      bucketName: contract.artifactStore.bucket,
      databaseSecretId: this.database.credentialsSecret.id,
      workloads: Object.fromEntries(
        contract.access.map((row) => [
          row.workload,
          {
            identityName: row.identity.identityName,
            namespace: row.identity.namespace,
            serviceAccount: row.identity.serviceAccount,
            bucketPrefixes: row.prefixes,
            readsDatabaseCredentials: row.readsDatabaseCredentials,
            signsAsItself: SIGNING_WORKLOADS.has(row.workload),
          },
        ]),
      ),
    });
  }
}

/**
 * Workloads that sign URLs with their own service account under Workload Identity (no key file): Velero's
 * GCP plugin signs the download URLs of `velero backup logs|download|describe` with IAM signBlob.
 */
const SIGNING_WORKLOADS: ReadonlySet<string> = new Set(["velero"]);

export const gcpPlatform: CloudPlatformFactory = (scope, id, props) => new GcpPlatform(scope, id, props);
