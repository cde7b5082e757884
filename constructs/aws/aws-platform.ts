import { DataAwsKmsAlias } from "@cdktf/provider-aws/lib/data-aws-kms-alias";
import { AwsProvider } from "@cdktf/provider-aws/lib/provider";
import { Aspects } from "cdktf";
import { Construct } from "constructs";
import { accessLogBucketName } from "../../config/names";
import type {
  ArtifactStore,
  CloudPlatform,
  CloudPlatformFactory,
  CloudPlatformProps,
} from "../cloud-platform";
import { ArtifactBucket } from "./artifact-bucket";
import { planSubnets } from "./aws-subnet-layout";
import { KARPENTER } from "./cluster/karpenter-addon";
import { EksCluster } from "./eks-cluster";
import { WithoutEmulatorGaps } from "./emulator-gaps";
import { emulatorProviderSettings } from "./emulator-provider";
import { EncryptionKey } from "./encryption-key";
import { KarpenterPrerequisites } from "./karpenter-prerequisites";
import { Network } from "./network";
import { PostgresDatabase } from "./postgres-database";
import { WorkloadIdentities } from "./workload-identities";

/**
 * The platform on AWS: VPC, EKS with Karpenter prerequisites, RDS PostgreSQL, the S3 artifact bucket and
 * the workload roles, wired together from the environment and its contract.
 */
export class AwsPlatform extends Construct implements CloudPlatform {
  readonly provider: AwsProvider;
  readonly network: Network;
  readonly cluster: EksCluster;
  readonly karpenter: KarpenterPrerequisites;
  readonly database: PostgresDatabase;
  readonly artifactStore: ArtifactStore;
  readonly identities: WorkloadIdentities;

  constructor(scope: Construct, id: string, props: CloudPlatformProps) {
    super(scope, id);
    const { environment: env, contract } = props;
    const aws = env.aws;
    const accountId = aws?.accountId;
    if (!aws || !accountId)
      throw new Error(`AwsPlatform ${env.name}: aws.accountId is missing; expected the 12-digit account id`);
    const prefix = contract.namePrefix;
    const defaultTags = { Project: "mlops-platform", Environment: env.name, ManagedBy: "cdktf", ...env.tags };
    // The emulator target changes how the providers connect and leaves out what the emulator cannot create.
    const target = env.target;
    const connection = target?.kind === "emulator" ? emulatorProviderSettings(target.endpoint) : {};
    if (target?.kind === "emulator") Aspects.of(this).add(new WithoutEmulatorGaps());

    this.provider = new AwsProvider(this, "aws", {
      region: env.region,
      allowedAccountIds: [accountId],
      defaultTags: [{ tags: defaultTags }],
      ...connection,
    });
    const replicates = env.database.replicateBackups || env.artifacts.replicateToRecoveryRegion;
    const recoveryProvider = replicates
      ? new AwsProvider(this, "aws-recovery", {
          alias: "recovery",
          region: env.recoveryRegion,
          allowedAccountIds: [accountId],
          defaultTags: [{ tags: defaultTags }],
          ...connection,
        })
      : undefined;

    const logKey = new EncryptionKey(this, "log-key", {
      alias: `${prefix}-logs`,
      description: `Encrypts the VPC flow logs and EKS control-plane logs of ${env.name}`,
      accountId,
      region: env.region,
      allowCloudWatchLogs: true,
    });
    const clusterSecretsKey = new EncryptionKey(this, "cluster-secrets-key", {
      alias: `${prefix}-eks-secrets`,
      description: `Envelope-encrypts Kubernetes Secrets of ${contract.clusterName}`,
      accountId,
      region: env.region,
    });

    this.network = new Network(this, "network", {
      namePrefix: prefix,
      vpcCidr: env.network.vpcCidr,
      availabilityZones: env.network.availabilityZones,
      subnets: planSubnets(env.network.vpcCidr, env.network.availabilityZones.length),
      clusterName: contract.clusterName,
      natGateways: env.network.natGateways,
      logKeyArn: logKey.arn,
      flowLogRetentionDays: env.cluster.logRetentionDays,
    });

    this.cluster = new EksCluster(this, "cluster", {
      name: contract.clusterName,
      version: env.cluster.version,
      subnetIds: this.network.privateSubnetIds,
      publicAccessCidrs: env.cluster.publicAccessCidrs,
      serviceCidr: env.network.serviceCidr,
      secretsKeyArn: clusterSecretsKey.arn,
      logKeyArn: logKey.arn,
      logRetentionDays: env.cluster.logRetentionDays,
      systemNodes: { ...env.cluster.systemNodes, instanceTypes: aws.systemNodeInstanceTypes },
    });

    const karpenterWorkload = contract.addOns.identities[KARPENTER.addOn];
    const addOnName = (setting: string) => contract.addOns.settings[setting] as string;
    if (!karpenterWorkload)
      throw new Error(`AwsPlatform ${env.name}: the contract has no Karpenter identity`);
    this.karpenter = new KarpenterPrerequisites(this, "karpenter", {
      clusterName: contract.clusterName,
      clusterArn: this.cluster.arn,
      accountId,
      region: env.region,
      oidcProviderArn: this.cluster.oidcProvider.arn,
      oidcIssuerUrl: this.cluster.oidcIssuerUrl,
      namespace: karpenterWorkload.namespace,
      serviceAccount: karpenterWorkload.serviceAccount,
      controllerRoleName: karpenterWorkload.identityName,
      nodeRoleName: addOnName(KARPENTER.nodeRoleSetting),
      interruptionQueueName: addOnName(KARPENTER.interruptionQueueSetting),
    });

    const replication = contract.replication;
    this.database = new PostgresDatabase(this, "database", {
      instanceId: contract.database.instanceId,
      databaseName: contract.database.databaseName,
      username: contract.database.username,
      port: contract.database.port,
      ...env.database,
      instanceClass: aws.databaseInstanceClass,
      vpcId: this.network.vpc.id,
      subnetIds: this.network.databaseSubnetIds,
      clientSecurityGroupIds: [this.cluster.clusterSecurityGroupId],
      accountId,
      region: env.region,
      credentialsSecretName: contract.database.credentialsSecretName,
      ...(env.database.replicateBackups &&
        recoveryProvider &&
        replication && {
          backupReplication: {
            provider: recoveryProvider,
            region: env.recoveryRegion,
            retentionDays: env.database.backupRetentionDays,
            arnParameterName: replication.automatedBackupsArnParameter,
            protect: env.database.deletionProtection,
          },
        }),
      ...(contract.recoverySource && {
        restoreFrom: { arnParameterName: contract.recoverySource.replication.automatedBackupsArnParameter },
      }),
    });

    // A recovery environment adopts its source's replica bucket; it never creates or deletes it.
    let bucketArn: string;
    let bucketKeyArn: string;
    if (contract.recoverySource) {
      const replicaKey = new DataAwsKmsAlias(this, "recovered-artifacts-key", {
        name: `alias/${contract.recoverySource.replication.replicaBucket}`,
      });
      this.artifactStore = { bucketName: contract.artifactStore.bucket, uri: contract.artifactStore.uri };
      bucketArn = `arn:aws:s3:::${contract.artifactStore.bucket}`;
      bucketKeyArn = replicaKey.targetKeyArn;
    } else {
      const bucket = new ArtifactBucket(this, "artifacts", {
        bucketName: contract.artifactStore.bucket,
        accountId,
        region: env.region,
        noncurrentVersionRetentionDays: env.artifacts.noncurrentVersionRetentionDays,
        abortIncompleteUploadDays: env.artifacts.abortIncompleteUploadDays,
        accessLogs: {
          bucketName: accessLogBucketName(env.name),
          retentionDays: env.artifacts.accessLogRetentionDays,
        },
        protectAccessLogs: env.database.deletionProtection,
        ...(env.artifacts.replicateToRecoveryRegion &&
          recoveryProvider &&
          replication && {
            replica: {
              provider: recoveryProvider,
              region: env.recoveryRegion,
              bucketName: replication.replicaBucket,
              accessLogBucketName: accessLogBucketName(env.name, env.recoveryRegion),
              // The recovery environment has taken the replica over as its own store.
              paused: env.failedOverTo !== undefined,
              protect: env.database.deletionProtection,
            },
          }),
      });
      this.artifactStore = bucket;
      bucketArn = bucket.bucket.arn;
      bucketKeyArn = bucket.key.arn;
    }

    // The contract's access matrix, as IAM roles for service accounts.
    this.identities = new WorkloadIdentities(this, "workload-identities", {
      oidcProviderArn: this.cluster.oidcProvider.arn,
      oidcIssuerUrl: this.cluster.oidcIssuerUrl,
      bucketArn,
      bucketKeyArn,
      databaseSecretArn: this.database.credentialsSecret.arn,
      databaseSecretKeyArn: this.database.key.arn,
      workloads: Object.fromEntries(
        contract.access.map((row) => [
          row.workload,
          {
            roleName: row.identity.identityName,
            namespace: row.identity.namespace,
            serviceAccount: row.identity.serviceAccount,
            bucketPrefixes: row.prefixes,
            readsDatabaseCredentials: row.readsDatabaseCredentials,
          },
        ]),
      ),
    });
  }
}

export const awsPlatform: CloudPlatformFactory = (scope, id, props) => new AwsPlatform(scope, id, props);
