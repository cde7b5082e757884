import type { ArtifactUris } from "../constructs/cloud";
import { cloudOf } from "../constructs/clouds";
import type { CloudName, Environment } from "./environment-spec";
import {
  artifactBucketName,
  databaseInstanceId,
  modelIdentityName,
  namePrefix,
  PLATFORM_WORKLOADS,
  replicaBucketName,
  workloadIdentityName,
} from "./names";

/**
 * The contract between the cloud layer (stacks) and the cluster layer (charts): every name one layer
 * creates and the other uses, derived only from the environment specs, so `cdk8s synth` needs no
 * Terraform state. Secrets never pass through it: only the name of the secret that holds them.
 */
export interface PlatformContract {
  readonly environment: string;
  readonly cloud: CloudName;
  readonly region: string;
  /** Prefix of every cloud resource name: `mlops-platform-<env>`. */
  readonly namePrefix: string;
  readonly clusterName: string;
  /** Address ranges the cluster layer's network policies need. */
  readonly network: NetworkContract;
  readonly database: DatabaseContract;
  readonly artifactStore: ArtifactStoreContract;
  readonly workloads: Readonly<Record<WorkloadName, WorkloadIdentityContract>>;
  /** One entry per served model: its service account, cloud identity and location in the bucket. */
  readonly models: readonly ModelContract[];
  /**
   * What the cloud's own cluster add-ons need (on AWS: Karpenter's controller identity, its node role and
   * interruption queue), named by the cloud.
   */
  readonly addOns: ClusterAddOnsContract;
  /**
   * Who may use what, as data: each workload's bucket prefixes (and how) and the secrets it reads. Each
   * cloud turns it into its own grants (IAM policies on AWS).
   */
  readonly access: readonly WorkloadAccess[];
  /** Present on environments whose data is replicated to their recovery region. */
  readonly replication?: ReplicationContract;
  /** Present on recovery environments: where the data they restore comes from. */
  readonly recoverySource?: RecoverySourceContract;
}

export interface NetworkContract {
  readonly vpcCidr: string;
  /** Addresses pods get. */
  readonly podCidrs: readonly string[];
  readonly databaseSubnetCidrs: readonly string[];
  /** Where pods reach the Kubernetes API server, as the cluster's network policies see it. */
  readonly apiServer: { readonly cidrs: readonly string[]; readonly port: number };
  /**
   * Where pods with a cloud identity fetch its credentials, when that is not a public HTTPS endpoint (GKE's
   * metadata server, which Dataplane V2 translates to the node's address before policies apply).
   * @default none: credentials come over 443, which the workloads' policies allow already
   */
  readonly credentialEndpoints?: { readonly cidrs: readonly string[]; readonly ports: readonly number[] };
}

export interface DatabaseContract {
  /** Instance name: `mlops-platform-<env>-mlflow`. */
  readonly instanceId: string;
  readonly databaseName: string;
  readonly port: number;
  readonly username: string;
  /** Secret-manager entry holding a JSON object with the keys below. */
  readonly credentialsSecretName: string;
  readonly credentialsSecretKeys: {
    readonly host: "host";
    readonly port: "port";
    readonly username: "username";
    readonly password: "password";
    readonly database: "dbname";
  };
}

export interface ArtifactStoreContract {
  /** `mlops-platform-<env>-mlflow-artifacts`, or the source's replica bucket in a recovery environment. */
  readonly bucket: string;
  /** Bucket URI with scheme (s3://, gs://, ...) as the command-line tools and the payloads use it. */
  readonly uri: string;
  /** The bucket's URI per consumer (MLflow, KServe, command-line tools). */
  readonly uris: ArtifactUris;
  /** Key prefixes, without slashes at either end. */
  readonly prefixes: {
    readonly mlflow: "mlflow";
    readonly backups: "backups/postgres";
    readonly models: "models";
    /** Training data the pipelines read. */
    readonly datasets: "datasets";
    /** Velero's backups of the platform's namespaces. */
    readonly velero: "backups/velero";
  };
}

export type WorkloadName = keyof typeof PLATFORM_WORKLOADS;

/** Identities and cloud names of the add-ons a cloud runs in the cluster (the node autoscaler, ...). */
export interface ClusterAddOnsContract {
  /** By add-on: the service account it runs as and the cloud identity bound to it. */
  readonly identities: Readonly<Record<string, WorkloadIdentityContract>>;
  /** By setting: cloud names the add-ons are configured with. */
  readonly settings: Readonly<Record<string, string>>;
}

export interface WorkloadIdentityContract {
  readonly namespace: string;
  readonly serviceAccount: string;
  /** Cloud identity the service account assumes (IAM role name on AWS). */
  readonly identityName: string;
  /** Annotations that bind the service account to its cloud identity. */
  readonly serviceAccountAnnotations: Readonly<Record<string, string>>;
  /** Labels the workload's pods need for the cloud to hand them its identity (none on AWS). */
  readonly podLabels: Readonly<Record<string, string>>;
}

export interface ModelContract extends WorkloadIdentityContract {
  readonly name: string;
  /** Key prefix of the model in the bucket: `models/<path>`. */
  readonly keyPrefix: string;
  /** URI KServe downloads the model from: the model's prefix, ending in "/". */
  readonly storageUri: string;
}

export type BucketAccess = "read" | "read-write";

/** One row of the access matrix. */
export interface WorkloadAccess {
  /** Key of the workload's identity: a platform workload ("mlflow", ...) or `model-<name>`. */
  readonly workload: string;
  readonly identity: WorkloadIdentityContract;
  /**
   * Key prefixes (no slashes at either end) and the access to each; `removesVersions` also lets the
   * workload delete object versions for good (only to take back what it wrote).
   */
  readonly prefixes: readonly {
    readonly prefix: string;
    readonly access: BucketAccess;
    readonly removesVersions?: boolean;
  }[];
  /** Secrets it reads: the database credentials. */
  readonly readsDatabaseCredentials: boolean;
}

export interface ReplicationContract {
  readonly region: string;
  /** Versioned bucket in the recovery region receiving every artifact. */
  readonly replicaBucket: string;
  /** Where the ARN of the replicated database backups is published, in the recovery region. */
  readonly automatedBackupsArnParameter: string;
}

export interface RecoverySourceContract {
  readonly environment: string;
  readonly replication: ReplicationContract;
}

/** Key prefixes of the artifact store, by what lives there. */
const ARTIFACT_PREFIXES: ArtifactStoreContract["prefixes"] = {
  mlflow: "mlflow",
  backups: "backups/postgres",
  models: "models",
  datasets: "datasets",
  velero: "backups/velero",
};

/** Namespace of the served models (KServe InferenceServices). */
export const MODEL_NAMESPACE = "mlops";

export { namePrefix } from "./names";

function replicationOf(env: Environment): ReplicationContract {
  return {
    region: env.recoveryRegion,
    replicaBucket:
      cloudOf(env.cloud).naming.recoveryBucket?.(env) ?? replicaBucketName(env.name, env.recoveryRegion),
    automatedBackupsArnParameter: `/${namePrefix(env.name)}/recovery/mlflow-db-automated-backups-arn`,
  };
}

/**
 * Builds the contract of `env`. A recovery environment needs its source (the environment it restores),
 * because its artifact store is the source's replica bucket.
 */
export function buildContract(
  env: Environment,
  source?: Environment,
  recorded: Readonly<Record<string, string>> = {},
): PlatformContract {
  if ((env.restores === undefined) !== (source === undefined) || (source && source.name !== env.restores)) {
    throw new Error(
      `buildContract: environment "${env.name}" restores ${JSON.stringify(env.restores)} but was given source ${JSON.stringify(source?.name)}`,
    );
  }
  const naming = cloudOf(env.cloud).naming;
  const prefix = namePrefix(env.name);
  const recoverySource = source && { environment: source.name, replication: replicationOf(source) };
  const bucket = recoverySource ? recoverySource.replication.replicaBucket : artifactBucketName(env.name);
  const workloads = Object.fromEntries(
    Object.entries(PLATFORM_WORKLOADS).map(([name, workload]) => {
      const identityName = workloadIdentityName(env.name, name as WorkloadName);
      return [
        name,
        {
          namespace: workload.namespace,
          serviceAccount: workload.serviceAccount,
          identityName,
          serviceAccountAnnotations: naming.serviceAccountAnnotations(env, identityName, recorded),
          podLabels: naming.workloadPodLabels(env),
        },
      ];
    }),
  ) as Record<WorkloadName, WorkloadIdentityContract>;

  const uris = naming.bucketUris(bucket);
  const models = env.models.map((model): ModelContract => {
    const identityName = modelIdentityName(env.name, model.name);
    const keyPrefix = `models/${model.path}`;
    return {
      name: model.name,
      namespace: MODEL_NAMESPACE,
      serviceAccount: `${model.name}-model`,
      identityName,
      serviceAccountAnnotations: naming.serviceAccountAnnotations(env, identityName, recorded),
      podLabels: naming.workloadPodLabels(env),
      keyPrefix,
      // With the slash: KServe's storage initializer lists by raw key prefix, so "models/demand" would
      // also download "models/demand-forecast/..." (kserve v0.20.0, python/kserve_storage).
      storageUri: `${uris.kserve}/${keyPrefix}/`,
    };
  });

  return {
    environment: env.name,
    cloud: env.cloud,
    region: env.region,
    namePrefix: prefix,
    clusterName: prefix,
    network: naming.network(env),
    database: {
      instanceId: databaseInstanceId(env.name),
      databaseName: "mlflow",
      port: 5432,
      username: "mlflow",
      // Letters, digits and hyphens only: valid in Secrets Manager, Key Vault and Secret Manager alike.
      credentialsSecretName: `${prefix}-mlflow-db`,
      credentialsSecretKeys: {
        host: "host",
        port: "port",
        username: "username",
        password: "password",
        database: "dbname",
      },
    },
    artifactStore: {
      bucket,
      uri: uris.cli,
      uris,
      prefixes: ARTIFACT_PREFIXES,
    },
    workloads,
    models,
    access: accessMatrix(workloads, models, ARTIFACT_PREFIXES),
    addOns: naming.clusterAddOns(env, prefix),
    ...((env.database.replicateBackups || env.artifacts.replicateToRecoveryRegion) && {
      replication: replicationOf(env),
    }),
    ...(recoverySource && { recoverySource }),
  };
}

/** The access matrix: what each platform workload and each served model may read and write. */
function accessMatrix(
  workloads: Readonly<Record<WorkloadName, WorkloadIdentityContract>>,
  models: readonly ModelContract[],
  prefixes: ArtifactStoreContract["prefixes"],
): WorkloadAccess[] {
  return [
    {
      workload: "mlflow",
      identity: workloads.mlflow,
      prefixes: [{ prefix: prefixes.mlflow, access: "read-write" }],
      readsDatabaseCredentials: true,
    },
    {
      workload: "backup",
      identity: workloads.backup,
      // A dump that fails verification after upload is deleted by its version id.
      prefixes: [{ prefix: prefixes.backups, access: "read-write", removesVersions: true }],
      readsDatabaseCredentials: true,
    },
    {
      // Training publishes the models it registers under models/, where serving reads them.
      workload: "training",
      identity: workloads.training,
      prefixes: [
        { prefix: prefixes.models, access: "read-write" },
        { prefix: prefixes.datasets, access: "read" },
      ],
      readsDatabaseCredentials: false,
    },
    {
      // Velero writes its backups and removes them when they expire (by key; old versions expire by the
      // bucket's lifecycle).
      workload: "velero",
      identity: workloads.velero,
      prefixes: [{ prefix: prefixes.velero, access: "read-write" }],
      readsDatabaseCredentials: false,
    },
    // Each served model reads only its own key prefix.
    ...models.map(
      (model): WorkloadAccess => ({
        workload: `model-${model.name}`,
        identity: model,
        prefixes: [{ prefix: model.keyPrefix, access: "read" }],
        readsDatabaseCredentials: false,
      }),
    ),
  ];
}
