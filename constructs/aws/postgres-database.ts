import { DataAwsSsmParameter } from "@cdktf/provider-aws/lib/data-aws-ssm-parameter";
import { DbInstance } from "@cdktf/provider-aws/lib/db-instance";
import { DbInstanceAutomatedBackupsReplication } from "@cdktf/provider-aws/lib/db-instance-automated-backups-replication";
import { DbParameterGroup } from "@cdktf/provider-aws/lib/db-parameter-group";
import { DbSubnetGroup } from "@cdktf/provider-aws/lib/db-subnet-group";
import type { AwsProvider } from "@cdktf/provider-aws/lib/provider";
import { SecretsmanagerSecret } from "@cdktf/provider-aws/lib/secretsmanager-secret";
import { SecretsmanagerSecretVersion } from "@cdktf/provider-aws/lib/secretsmanager-secret-version";
import { SecurityGroup } from "@cdktf/provider-aws/lib/security-group";
import { SsmParameter } from "@cdktf/provider-aws/lib/ssm-parameter";
import { VpcSecurityGroupIngressRule } from "@cdktf/provider-aws/lib/vpc-security-group-ingress-rule";
import { Fn, ref, TerraformStack, Token } from "cdktf";
import { Construct } from "constructs";
import type { PostgresDatabase as PostgresDatabaseCapability } from "../cloud-platform";
import { EncryptionKey } from "./encryption-key";

export interface BackupReplicationProps {
  /** Provider of the recovery region. */
  readonly provider: AwsProvider;
  readonly region: string;
  /** Days the replicated automated backups are kept. */
  readonly retentionDays: number;
  /**
   * Protect what the recovery environment will depend on (the replicas' key and the published ARN) from
   * any plan that would destroy them. @default false
   */
  readonly protect?: boolean;
  /** SSM parameter, in the recovery region, that publishes the replicated backups' ARN for the recovery stack. */
  readonly arnParameterName: string;
}

export interface RestoreFromReplicatedBackupsProps {
  /** SSM parameter in this region holding the ARN of the source's replicated automated backups. */
  readonly arnParameterName: string;
}

export interface PostgresDatabaseProps {
  readonly instanceId: string;
  readonly databaseName: string;
  readonly username: string;
  /** @default 5432 */
  readonly port?: number;
  /** PostgreSQL major version, such as "16": RDS applies minor upgrades (auto_minor_version_upgrade). */
  readonly engineVersion: string;
  readonly instanceClass: string;
  readonly allocatedStorageGiB: number;
  readonly maxAllocatedStorageGiB: number;
  readonly backupRetentionDays: number;
  readonly multiAz: boolean;
  readonly deletionProtection: boolean;
  /** Take a final snapshot `<instanceId>-final` on destroy. */
  readonly finalSnapshot: boolean;
  readonly vpcId: string;
  readonly subnetIds: readonly string[];
  /** Security groups allowed to connect (the cluster's); nothing else can reach the port. */
  readonly clientSecurityGroupIds: readonly string[];
  readonly accountId: string;
  readonly region: string;
  /** Secrets Manager name of the credentials (JSON: host, port, username, password, dbname). */
  readonly credentialsSecretName: string;
  /** Bump to generate and set a new password on the next apply. @default 1 */
  readonly passwordVersion?: number;
  /** Replicate automated backups to another region. @default no replication */
  readonly backupReplication?: BackupReplicationProps;
  /** Restore from another instance's replicated backups (latest restorable time) instead of starting empty. @default a new, empty database */
  readonly restoreFrom?: RestoreFromReplicatedBackupsProps;
}

/**
 * PostgreSQL on RDS for MLflow: private subnets, reachable only from the cluster, encrypted with a
 * customer key, TLS enforced by the parameter group, automated backups, optional Multi-AZ, deletion
 * protection, final snapshot and cross-region backup replication.
 *
 * The password is drawn by an ephemeral resource and handed to RDS and Secrets Manager through
 * write-only attributes, so it exists in no file: not in code, synthesized JSON, plan, state or outputs.
 */
export class PostgresDatabase extends Construct implements PostgresDatabaseCapability {
  readonly instance: DbInstance;
  readonly key: EncryptionKey;
  readonly credentialsSecret: SecretsmanagerSecret;
  readonly securityGroup: SecurityGroup;
  readonly instanceId: string;
  readonly address: string;
  readonly port: number;
  readonly credentialsSecretName: string;
  readonly backupReplication?: DbInstanceAutomatedBackupsReplication;

  constructor(scope: Construct, id: string, props: PostgresDatabaseProps) {
    super(scope, id);
    validate(props);
    const port = props.port ?? 5432;
    const majorVersion = props.engineVersion;

    this.key = new EncryptionKey(this, "key", {
      alias: `${props.instanceId}-db`,
      description: `Encrypts the ${props.instanceId} database, its backups and its credentials`,
      accountId: props.accountId,
      region: props.region,
    });

    const subnetGroup = new DbSubnetGroup(this, "subnet-group", {
      name: props.instanceId,
      description: `Database subnets of ${props.instanceId}`,
      subnetIds: [...props.subnetIds],
    });

    this.securityGroup = new SecurityGroup(this, "security-group", {
      name: `${props.instanceId}-db`,
      description: `PostgreSQL ${props.instanceId}: reachable from the cluster only`,
      vpcId: props.vpcId,
      tags: { Name: `${props.instanceId}-db` },
    });
    props.clientSecurityGroupIds.forEach((clientGroupId, index) => {
      new VpcSecurityGroupIngressRule(this, `ingress-${index}`, {
        securityGroupId: this.securityGroup.id,
        referencedSecurityGroupId: clientGroupId,
        ipProtocol: "tcp",
        fromPort: port,
        toPort: port,
        description: "PostgreSQL from the cluster",
      });
    });

    const parameters = new DbParameterGroup(this, "parameters", {
      name: `${props.instanceId}-postgres${majorVersion}`,
      family: `postgres${majorVersion}`,
      description: `TLS-only PostgreSQL ${majorVersion} for ${props.instanceId}`,
      parameter: [
        { name: "rds.force_ssl", value: "1" },
        { name: "password_encryption", value: "scram-sha-256" },
        { name: "log_connections", value: "1" },
      ],
      lifecycle: { createBeforeDestroy: true },
    });

    const passwordReference = declareEphemeralPassword(this, props.instanceId);
    const passwordVersion = props.passwordVersion ?? 1;
    const restoreSource =
      props.restoreFrom &&
      new DataAwsSsmParameter(this, "replicated-backups-arn", { name: props.restoreFrom.arnParameterName });

    this.instance = new DbInstance(this, "instance", {
      identifier: props.instanceId,
      engine: "postgres",
      engineVersion: props.engineVersion,
      instanceClass: props.instanceClass,
      allocatedStorage: props.allocatedStorageGiB,
      maxAllocatedStorage: props.maxAllocatedStorageGiB,
      storageType: "gp3",
      storageEncrypted: true,
      // RestoreDBInstanceToPointInTime takes no KMS key: a restored instance stays encrypted with the key
      // of the replicated backups (the source's, in this region). Naming another key here would force a
      // replacement on the next plan, so a restored instance names none and Terraform reads back the one
      // it has.
      ...(!restoreSource && { kmsKeyId: this.key.arn }),
      // A restored instance keeps the source's database and user; a new one creates them.
      ...(restoreSource
        ? {
            restoreToPointInTime: {
              sourceDbInstanceAutomatedBackupsArn: restoreSource.value,
              useLatestRestorableTime: true,
            },
          }
        : { dbName: props.databaseName, username: props.username }),
      passwordWo: passwordReference,
      passwordWoVersion: passwordVersion,
      port,
      dbSubnetGroupName: subnetGroup.name,
      vpcSecurityGroupIds: [this.securityGroup.id],
      parameterGroupName: parameters.name,
      publiclyAccessible: false,
      multiAz: props.multiAz,
      backupRetentionPeriod: props.backupRetentionDays,
      backupWindow: "03:00-04:00",
      maintenanceWindow: "sun:04:30-sun:05:30",
      copyTagsToSnapshot: true,
      deletionProtection: props.deletionProtection,
      skipFinalSnapshot: !props.finalSnapshot,
      ...(props.finalSnapshot && { finalSnapshotIdentifier: `${props.instanceId}-final` }),
      autoMinorVersionUpgrade: true,
      iamDatabaseAuthenticationEnabled: true,
      enabledCloudwatchLogsExports: ["postgresql", "upgrade"],
      applyImmediately: false,
      ...((props.deletionProtection || restoreSource) && {
        lifecycle: {
          // RDS refuses only the instance's own deletion, after Terraform has already destroyed everything
          // that does not depend on it (cluster, bucket, roles, secret): refuse the whole plan instead.
          ...(props.deletionProtection && { preventDestroy: true }),
          // The restore source is read once; a later change to it must never replace the restored database.
          ...(restoreSource && { ignoreChanges: ["restore_to_point_in_time"] }),
        },
      }),
    });
    this.instanceId = props.instanceId;
    this.address = this.instance.address;
    this.port = port;

    this.credentialsSecret = new SecretsmanagerSecret(this, "credentials", {
      name: props.credentialsSecretName,
      description: `Credentials of the ${props.instanceId} database (read by External Secrets)`,
      kmsKeyId: this.key.arn,
      recoveryWindowInDays: 30,
    });
    new SecretsmanagerSecretVersion(this, "credentials-value", {
      secretId: this.credentialsSecret.id,
      secretStringWo: Fn.jsonencode({
        host: this.instance.address,
        port: Fn.tostring(port),
        username: props.username,
        password: passwordReference,
        dbname: props.databaseName,
      }),
      secretStringWoVersion: passwordVersion,
      // A replaced instance gets a fresh password on create; write the secret again in the same apply.
      lifecycle: {
        replaceTriggeredBy: [`${this.instance.terraformResourceType}.${this.instance.friendlyUniqueId}.id`],
      },
    });
    this.credentialsSecretName = props.credentialsSecretName;

    if (props.backupReplication) {
      const replication = props.backupReplication;
      const replicaKey = new EncryptionKey(this, "replicated-backups-key", {
        alias: `${props.instanceId}-db-replicated-backups`,
        description: `Encrypts replicated automated backups of ${props.instanceId}`,
        accountId: props.accountId,
        region: replication.region,
        provider: replication.provider,
        // A database restored from these backups stays encrypted with this key for its whole life.
        preventDestroy: replication.protect ?? false,
      });
      this.backupReplication = new DbInstanceAutomatedBackupsReplication(this, "backup-replication", {
        provider: replication.provider,
        sourceDbInstanceArn: this.instance.arn,
        retentionPeriod: replication.retentionDays,
        kmsKeyId: replicaKey.arn,
      });
      new SsmParameter(this, "replicated-backups-arn-parameter", {
        provider: replication.provider,
        name: replication.arnParameterName,
        type: "String",
        description: `ARN of the replicated automated backups of ${props.instanceId}, read by its recovery stack`,
        value: this.backupReplication.id,
        ...(replication.protect && { lifecycle: { preventDestroy: true } }),
      });
    }
  }
}

/**
 * Declares `ephemeral "aws_secretsmanager_random_password"` (cdktf has no class for ephemeral resources)
 * and returns a reference to its value, usable only in write-only attributes.
 */
function declareEphemeralPassword(scope: Construct, instanceId: string): string {
  const name = `${instanceId.replace(/[^a-zA-Z0-9]/g, "_")}_password`;
  TerraformStack.of(scope).addOverride(`ephemeral.aws_secretsmanager_random_password.${name}`, {
    password_length: 40,
    // Letters and digits only: the password goes into connection URLs unescaped.
    exclude_punctuation: true,
    require_each_included_type: true,
  });
  return Token.asString(ref(`ephemeral.aws_secretsmanager_random_password.${name}.random_password`));
}

function validate(props: PostgresDatabaseProps): void {
  const where = `PostgresDatabase ${props.instanceId}`;
  if (
    !/^[a-z][a-z0-9-]{0,62}$/.test(props.instanceId) ||
    props.instanceId.endsWith("-") ||
    props.instanceId.includes("--")
  ) {
    throw new Error(
      `${where}: instanceId is "${props.instanceId}"; expected 1-63 lowercase letters, digits or single hyphens, starting with a letter`,
    );
  }
  if (!/^\d{2}$/.test(props.engineVersion)) {
    throw new Error(
      `${where}: engineVersion is "${props.engineVersion}"; expected a major version such as "16" (RDS applies minor upgrades itself)`,
    );
  }
  if (props.backupRetentionDays < 7 || props.backupRetentionDays > 35) {
    throw new Error(`${where}: backupRetentionDays is ${props.backupRetentionDays}; expected 7 to 35`);
  }
  if (props.maxAllocatedStorageGiB < props.allocatedStorageGiB) {
    throw new Error(
      `${where}: maxAllocatedStorageGiB is ${props.maxAllocatedStorageGiB}; expected at least allocatedStorageGiB (${props.allocatedStorageGiB})`,
    );
  }
  if (props.subnetIds.length < 2) {
    throw new Error(
      `${where}: subnetIds has ${props.subnetIds.length} subnet(s); expected at least 2 in different zones`,
    );
  }
  if (props.clientSecurityGroupIds.length === 0) {
    throw new Error(`${where}: clientSecurityGroupIds is empty; expected the cluster's security group`);
  }
  if (props.backupReplication && props.backupReplication.region === props.region) {
    throw new Error(
      `${where}: backupReplication.region is "${props.region}", the database's own region; expected another region`,
    );
  }
}
