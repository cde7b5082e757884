import { KeyVaultSecret } from "@cdktf/provider-azurerm/lib/key-vault-secret";
import { ManagementLock } from "@cdktf/provider-azurerm/lib/management-lock";
import { PostgresqlFlexibleServer } from "@cdktf/provider-azurerm/lib/postgresql-flexible-server";
import { PostgresqlFlexibleServerConfiguration } from "@cdktf/provider-azurerm/lib/postgresql-flexible-server-configuration";
import { PostgresqlFlexibleServerDatabase } from "@cdktf/provider-azurerm/lib/postgresql-flexible-server-database";
import { Fn } from "cdktf";
import { Construct } from "constructs";
import type { PostgresDatabase } from "../cloud-platform";
import { declareEphemeralRandomPassword } from "../ephemeral-random-password";

/** Storage sizes a Flexible Server accepts, in MiB (its `storage_mb` values). */
const STORAGE_MB = [
  32768, 65536, 131072, 262144, 524288, 1048576, 2097152, 4193280, 4194304, 8388608, 16777216, 33553408,
];

export interface PostgresFlexibleServerProps {
  /** Server name: `mlops-platform-<env>-mlflow`. */
  readonly name: string;
  readonly resourceGroupName: string;
  readonly location: string;
  /** PostgreSQL major ("16"); Azure applies minor versions itself. */
  readonly engineVersion: string;
  /** SKU, such as "GP_Standard_D4ds_v5". */
  readonly skuName: string;
  readonly allocatedStorageGiB: number;
  readonly backupRetentionDays: number;
  readonly databaseName: string;
  readonly username: string;
  readonly port: number;
  /** Subnet delegated to Microsoft.DBforPostgreSQL/flexibleServers. */
  readonly delegatedSubnetId: string;
  /** The `privatelink.postgres.database.azure.com` zone, linked to the VNet. */
  readonly privateDnsZoneId: string;
  /**
   * The zone's link to the VNet: Azure requires the zone linked when a VNet-integrated server is
   * created, so the server waits for it. @default nothing (the link must exist already)
   */
  readonly privateDnsZoneLink?: import("cdktf").ITerraformDependable;
  /** Zones of the region, in order: the primary runs in the first, a standby in the second. */
  readonly zones: readonly string[];
  /** Zone-redundant high availability (a standby in another zone). */
  readonly highAvailability: boolean;
  /** Geo-redundant backups, kept in the region's pair: what a geo-restore rebuilds from. */
  readonly geoRedundantBackups: boolean;
  /** A management lock (CanNotDelete) and Terraform's prevent_destroy. */
  readonly deletionProtection: boolean;
  /** Raise by one to draw a new password and set it on the next apply. */
  readonly passwordVersion: number;
  /** Key Vault receiving the credentials (JSON: host, port, username, password, dbname). */
  readonly keyVaultId: string;
  readonly credentialsSecretName: string;
  /** Resources the secret's write waits for (the deployer's Key Vault role). @default none */
  readonly secretDependsOn?: readonly import("cdktf").ITerraformDependable[];
  /**
   * Rebuild the server by geo-restore from another server's geo-redundant backups (a recovery
   * environment): its resource id and the point in time (RFC 3339, UTC) to restore. @default a new server
   */
  readonly geoRestoreFrom?: { readonly sourceServerId: string; readonly pointInTimeUtc: string };
  readonly tags: Readonly<Record<string, string>>;
}

/**
 * The MLflow database on PostgreSQL Flexible Server: in the delegated subnet with its private DNS zone, no
 * public network access, TLS required (`require_secure_transport`), 7-35 days of backups, in prod
 * zone-redundant HA and geo-redundant backups, protected by a management lock and prevent_destroy.
 *
 * No password exists in code, synthesized JSON, plan, state or outputs: Terraform draws it with the
 * ephemeral `random_password` of hashicorp/random (never stored) and hands it to the server and to Key
 * Vault through write-only arguments (`administrator_password_wo`, `value_wo`), which Terraform sends but
 * never records; their `_version` arguments, from the spec's passwordVersion, say when to send them again.
 */
export class PostgresFlexibleServer extends Construct implements PostgresDatabase {
  readonly server: PostgresqlFlexibleServer;
  readonly credentialsSecret: KeyVaultSecret;
  readonly instanceId: string;
  readonly address: string;
  readonly port: number;
  readonly credentialsSecretName: string;

  constructor(scope: Construct, id: string, props: PostgresFlexibleServerProps) {
    super(scope, id);
    validate(props);
    const password = declareEphemeralRandomPassword(this, props.name);
    const storageMb = STORAGE_MB.find((mb) => mb >= props.allocatedStorageGiB * 1024) as number;
    const restore = props.geoRestoreFrom;
    this.server = new PostgresqlFlexibleServer(this, "server", {
      name: props.name,
      resourceGroupName: props.resourceGroupName,
      location: props.location,
      version: props.engineVersion,
      skuName: props.skuName,
      storageMb,
      autoGrowEnabled: true,
      administratorLogin: props.username,
      administratorPasswordWo: password,
      administratorPasswordWoVersion: props.passwordVersion,
      authentication: { passwordAuthEnabled: true, activeDirectoryAuthEnabled: false },
      delegatedSubnetId: props.delegatedSubnetId,
      privateDnsZoneId: props.privateDnsZoneId,
      publicNetworkAccessEnabled: false,
      backupRetentionDays: props.backupRetentionDays,
      geoRedundantBackupEnabled: props.geoRedundantBackups,
      zone: props.zones[0],
      ...(props.highAvailability && {
        highAvailability: { mode: "ZoneRedundant", standbyAvailabilityZone: props.zones[1] },
      }),
      // Sunday 03:00 UTC, outside the backup window's busiest hours.
      maintenanceWindow: { dayOfWeek: 0, startHour: 3, startMinute: 0 },
      ...(restore && {
        createMode: "GeoRestore",
        sourceServerId: restore.sourceServerId,
        pointInTimeRestoreTimeInUtc: restore.pointInTimeUtc,
      }),
      lifecycle: {
        // Azure may move the primary to the standby's zone on failover; the restore arguments only
        // matter at creation. Neither may make the next plan replace the server.
        ignoreChanges: [
          "zone",
          "high_availability[0].standby_availability_zone",
          ...(restore ? ["create_mode", "source_server_id", "point_in_time_restore_time_in_utc"] : []),
        ],
        ...(props.deletionProtection && { preventDestroy: true }),
      },
      ...(props.privateDnsZoneLink && { dependsOn: [props.privateDnsZoneLink] }),
      tags: { ...props.tags },
    });
    new PostgresqlFlexibleServerConfiguration(this, "require-secure-transport", {
      serverId: this.server.id,
      name: "require_secure_transport",
      value: "on",
    });
    new PostgresqlFlexibleServerDatabase(this, "database", {
      serverId: this.server.id,
      name: props.databaseName,
      charset: "UTF8",
      collation: "en_US.utf8",
      ...(props.deletionProtection && { lifecycle: { preventDestroy: true } }),
    });
    if (props.deletionProtection) {
      new ManagementLock(this, "lock", {
        name: `${props.name}-cannot-delete`,
        scope: this.server.id,
        lockLevel: "CanNotDelete",
        notes: "The MLflow database: remove this lock deliberately before deleting the server",
      });
    }
    this.credentialsSecret = new KeyVaultSecret(this, "credentials", {
      name: props.credentialsSecretName,
      keyVaultId: props.keyVaultId,
      contentType: "application/json",
      valueWo: Fn.jsonencode({
        host: this.server.fqdn,
        port: String(props.port),
        username: props.username,
        password,
        dbname: props.databaseName,
      }),
      valueWoVersion: props.passwordVersion,
      ...(props.secretDependsOn && { dependsOn: [...props.secretDependsOn] }),
    });
    this.instanceId = props.name;
    this.address = this.server.fqdn;
    this.port = props.port;
    this.credentialsSecretName = props.credentialsSecretName;
  }
}

function validate(props: PostgresFlexibleServerProps): void {
  const where = `PostgresFlexibleServer ${props.name}`;
  if (!/^[a-z0-9](?!.*--)[a-z0-9-]{1,61}[a-z0-9]$/.test(props.name)) {
    throw new Error(
      `${where}: name is "${props.name}"; expected 3-63 lowercase letters, digits or single hyphens, not starting or ending with a hyphen`,
    );
  }
  if (!/^\d{2}$/.test(props.engineVersion)) {
    throw new Error(
      `${where}: engineVersion is "${props.engineVersion}"; expected a major version such as "16" (Azure applies minor upgrades itself)`,
    );
  }
  if (props.backupRetentionDays < 7 || props.backupRetentionDays > 35) {
    throw new Error(`${where}: backupRetentionDays is ${props.backupRetentionDays}; expected 7 to 35`);
  }
  if (props.allocatedStorageGiB * 1024 > (STORAGE_MB.at(-1) as number)) {
    throw new Error(
      `${where}: allocatedStorageGiB is ${props.allocatedStorageGiB}; expected at most ${(STORAGE_MB.at(-1) as number) / 1024}`,
    );
  }
  if (props.highAvailability && props.zones.length < 2) {
    throw new Error(`${where}: highAvailability needs two zones; the region has ${props.zones.length}`);
  }
  if (props.highAvailability && props.skuName.startsWith("B_")) {
    throw new Error(
      `${where}: skuName is "${props.skuName}"; zone-redundant high availability needs a General Purpose or Memory Optimized SKU`,
    );
  }
}
