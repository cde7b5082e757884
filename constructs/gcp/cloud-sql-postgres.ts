import { SecretManagerSecret } from "@cdktf/provider-google/lib/secret-manager-secret";
import { SecretManagerSecretVersion } from "@cdktf/provider-google/lib/secret-manager-secret-version";
import { SqlDatabase } from "@cdktf/provider-google/lib/sql-database";
import { SqlDatabaseInstance } from "@cdktf/provider-google/lib/sql-database-instance";
import { SqlUser } from "@cdktf/provider-google/lib/sql-user";
import { Fn, type ITerraformDependable } from "cdktf";
import { Construct } from "constructs";
import type { PostgresDatabase } from "../cloud-platform";
import { declareEphemeralRandomPassword } from "../ephemeral-random-password";

/**
 * What PostgreSQL logs beside its defaults (CIS's Cloud SQL flags): who connected and for how long, lock
 * waits, checkpoints. Not `log_statement`: it would write a password set with ALTER ROLE to the log in clear.
 */
const LOG_FLAGS = ["log_connections", "log_disconnections", "log_lock_waits", "log_checkpoints"];

export interface CloudSqlPostgresProps {
  readonly instanceId: string;
  readonly databaseName: string;
  readonly username: string;
  /** PostgreSQL major version, such as "16" (Cloud SQL applies minor versions in maintenance). */
  readonly engineVersion: string;
  /** Machine tier, such as "db-custom-2-8192". */
  readonly tier: string;
  readonly edition: "ENTERPRISE" | "ENTERPRISE_PLUS";
  readonly region: string;
  /** Region the credentials secret is also replicated to. */
  readonly recoveryRegion: string;
  /** VPC the private IP is in. */
  readonly networkId: string;
  /** Name of the Private Service Access range the IP comes from. */
  readonly allocatedIpRange: string;
  readonly diskSizeGiB: number;
  readonly maxDiskSizeGiB: number;
  readonly backupRetentionDays: number;
  /** Multi-region the backups are kept in ("us", "eu", "asia"): they survive the loss of one region. */
  readonly backupLocation: string;
  /** REGIONAL (a standby in another zone) or ZONAL. */
  readonly highlyAvailable: boolean;
  readonly deletionProtection: boolean;
  readonly credentialsSecretName: string;
  /** Bump to draw and set a new password on the next apply. @default 1 */
  readonly passwordVersion?: number;
  readonly labels: Readonly<Record<string, string>>;
  /** @default none */
  readonly dependsOn?: ITerraformDependable[];
}

/**
 * Cloud SQL for PostgreSQL behind MLflow: private IP only (Private Service Access), TLS required
 * (ENCRYPTED_ONLY), automated backups in a multi-region with point-in-time recovery, REGIONAL availability
 * in prod, deletion protection in Terraform and on the instance, backups kept after deletion, Query
 * Insights, a maintenance window.
 *
 * The password is drawn by hashicorp/random's ephemeral `random_password` and handed to the SQL user and
 * Secret Manager through write-only arguments, so it exists in no file: not in code, synthesized JSON,
 * plan, state or outputs. CMEK is not set: the google provider (GA) has no resource that creates Cloud
 * SQL's service agent, so granting it the key would be a manual step (see docs/gcp.md).
 */
export class CloudSqlPostgres extends Construct implements PostgresDatabase {
  readonly instance: SqlDatabaseInstance;
  readonly credentialsSecret: SecretManagerSecret;
  readonly instanceId: string;
  readonly address: string;
  readonly port = 5432;
  readonly credentialsSecretName: string;

  constructor(scope: Construct, id: string, props: CloudSqlPostgresProps) {
    super(scope, id);
    validate(props);
    const transactionLogDays = Math.min(props.backupRetentionDays, props.edition === "ENTERPRISE" ? 7 : 35);

    this.instance = new SqlDatabaseInstance(this, "instance", {
      name: props.instanceId,
      region: props.region,
      databaseVersion: `POSTGRES_${props.engineVersion}`,
      deletionProtection: props.deletionProtection,
      settings: {
        tier: props.tier,
        edition: props.edition,
        availabilityType: props.highlyAvailable ? "REGIONAL" : "ZONAL",
        diskType: "PD_SSD",
        diskSize: props.diskSizeGiB,
        diskAutoresize: true,
        diskAutoresizeLimit: props.maxDiskSizeGiB,
        deletionProtectionEnabled: props.deletionProtection,
        // A deleted instance keeps its backups: nothing is lost by default.
        retainBackupsOnDelete: true,
        ipConfiguration: {
          ipv4Enabled: false,
          privateNetwork: props.networkId,
          allocatedIpRange: props.allocatedIpRange,
          sslMode: "ENCRYPTED_ONLY",
        },
        backupConfiguration: {
          enabled: true,
          pointInTimeRecoveryEnabled: true,
          startTime: "03:00",
          location: props.backupLocation,
          transactionLogRetentionDays: transactionLogDays,
          backupRetentionSettings: { retainedBackups: props.backupRetentionDays, retentionUnit: "COUNT" },
        },
        insightsConfig: {
          queryInsightsEnabled: true,
          recordClientAddress: false,
          recordApplicationTags: false,
        },
        maintenanceWindow: { day: 7, hour: 4, updateTrack: "stable" },
        databaseFlags: LOG_FLAGS.map((name) => ({ name, value: "on" })),
        userLabels: { ...props.labels },
      },
      ...(props.deletionProtection && { lifecycle: { preventDestroy: true } }),
      ...(props.dependsOn && { dependsOn: props.dependsOn }),
    });
    this.instanceId = props.instanceId;
    this.address = this.instance.privateIpAddress;

    new SqlDatabase(this, "database", {
      name: props.databaseName,
      instance: this.instance.name,
      // Dropping the MLflow database with the stack would lose data: the instance's deletion does.
      deletionPolicy: "ABANDON",
    });

    const password = declareEphemeralRandomPassword(this, props.instanceId);
    const passwordVersion = props.passwordVersion ?? 1;
    new SqlUser(this, "user", {
      name: props.username,
      instance: this.instance.name,
      passwordWo: password,
      passwordWoVersion: passwordVersion,
      // Cloud SQL cannot drop a PostgreSQL role that owns objects; the instance's deletion removes it.
      deletionPolicy: "ABANDON",
    });

    this.credentialsSecret = new SecretManagerSecret(this, "credentials", {
      secretId: props.credentialsSecretName,
      replication: {
        userManaged: { replicas: [{ location: props.region }, { location: props.recoveryRegion }] },
      },
      labels: { ...props.labels },
      deletionProtection: props.deletionProtection,
    });
    new SecretManagerSecretVersion(this, "credentials-value", {
      secret: this.credentialsSecret.id,
      secretDataWo: Fn.jsonencode({
        host: this.instance.privateIpAddress,
        port: Fn.tostring(this.port),
        username: props.username,
        password,
        dbname: props.databaseName,
      }),
      secretDataWoVersion: passwordVersion,
      // A replaced instance gets a fresh password on create; write the secret again in the same apply.
      lifecycle: {
        replaceTriggeredBy: [`${this.instance.terraformResourceType}.${this.instance.friendlyUniqueId}.id`],
      },
    });
    this.credentialsSecretName = props.credentialsSecretName;
  }
}

function validate(props: CloudSqlPostgresProps): void {
  const where = `CloudSqlPostgres ${props.instanceId}`;
  if (!/^[a-z][a-z0-9-]{0,78}[a-z0-9]$/.test(props.instanceId) || props.instanceId.includes("--")) {
    throw new Error(
      `${where}: instanceId is "${props.instanceId}"; expected 2-80 lowercase letters, digits or single hyphens, from a letter`,
    );
  }
  if (!/^\d{2}$/.test(props.engineVersion)) {
    throw new Error(
      `${where}: engineVersion is "${props.engineVersion}"; expected a major version such as "16"`,
    );
  }
  if (props.backupRetentionDays < 7 || props.backupRetentionDays > 35) {
    throw new Error(`${where}: backupRetentionDays is ${props.backupRetentionDays}; expected 7 to 35`);
  }
  if (props.maxDiskSizeGiB < props.diskSizeGiB) {
    throw new Error(
      `${where}: maxDiskSizeGiB is ${props.maxDiskSizeGiB}; expected at least diskSizeGiB (${props.diskSizeGiB})`,
    );
  }
  if (props.recoveryRegion === props.region) {
    throw new Error(
      `${where}: recoveryRegion is "${props.region}", the database's own region; expected another region`,
    );
  }
}
