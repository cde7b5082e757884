import { KeyVault as KeyVaultResource } from "@cdktf/provider-azurerm/lib/key-vault";
import { KeyVaultKey } from "@cdktf/provider-azurerm/lib/key-vault-key";
import { PrivateEndpoint } from "@cdktf/provider-azurerm/lib/private-endpoint";
import { RoleAssignment } from "@cdktf/provider-azurerm/lib/role-assignment";
import { Construct } from "constructs";

export interface KeyVaultProps {
  readonly name: string;
  readonly resourceGroupName: string;
  readonly location: string;
  readonly tenantId: string;
  /** Subnet of the vault's private endpoint. */
  readonly privateEndpointSubnetId: string;
  /** The `privatelink.vaultcore.azure.net` zone. */
  readonly privateDnsZoneId: string;
  /** Principal that runs Terraform: it writes the database secret and the cluster's KMS key. */
  readonly deployerObjectId: string;
  /**
   * Public IPv4 ranges let through the vault's public endpoint (network ACLs, everything else denied),
   * for a deployer that cannot reach the private endpoint yet. @default [] (no public endpoint)
   */
  readonly publicAccessCidrs?: readonly string[];
  /** Days a deleted vault, key or secret stays recoverable, 7-90. @default 90 */
  readonly softDeleteRetentionDays?: number;
  readonly tags: Readonly<Record<string, string>>;
}

/**
 * The environment's Key Vault: Azure RBAC authorization (no access policies), purge protection, soft
 * delete, a private endpoint in the VNet and no public network access (unless ranges are let through for a
 * first deploy), and the key that envelope-encrypts
 * the cluster's Kubernetes Secrets (AKS KMS), rotated yearly.
 */
export class KeyVault extends Construct {
  readonly vault: KeyVaultResource;
  readonly clusterSecretsKey: KeyVaultKey;
  /** The deployer's own grant: writing keys and secrets waits for it. */
  readonly deployerAccess: RoleAssignment[];

  constructor(scope: Construct, id: string, props: KeyVaultProps) {
    super(scope, id);
    const retention = props.softDeleteRetentionDays ?? 90;
    const publicAccess = props.publicAccessCidrs ?? [];
    if (!Number.isInteger(retention) || retention < 7 || retention > 90) {
      throw new Error(
        `KeyVault ${props.name}: softDeleteRetentionDays is ${retention}; expected an integer from 7 to 90`,
      );
    }
    this.vault = new KeyVaultResource(this, "vault", {
      name: props.name,
      resourceGroupName: props.resourceGroupName,
      location: props.location,
      tenantId: props.tenantId,
      skuName: "standard",
      rbacAuthorizationEnabled: true,
      purgeProtectionEnabled: true,
      softDeleteRetentionDays: retention,
      publicNetworkAccessEnabled: publicAccess.length > 0,
      networkAcls: {
        bypass: "AzureServices",
        defaultAction: "Deny",
        ...(publicAccess.length > 0 && { ipRules: [...publicAccess] }),
      },
      tags: { ...props.tags },
    });
    new PrivateEndpoint(this, "private-endpoint", {
      name: `pe-${props.name}`,
      resourceGroupName: props.resourceGroupName,
      location: props.location,
      subnetId: props.privateEndpointSubnetId,
      privateServiceConnection: {
        name: `psc-${props.name}`,
        privateConnectionResourceId: this.vault.id,
        subresourceNames: ["vault"],
        isManualConnection: false,
      },
      privateDnsZoneGroup: { name: "vault", privateDnsZoneIds: [props.privateDnsZoneId] },
      tags: { ...props.tags },
    });
    this.deployerAccess = ["Key Vault Secrets Officer", "Key Vault Crypto Officer"].map(
      (role) =>
        new RoleAssignment(this, `deployer-${role.toLowerCase().replace(/ /g, "-")}`, {
          scope: this.vault.id,
          roleDefinitionName: role,
          principalId: props.deployerObjectId,
        }),
    );
    this.clusterSecretsKey = new KeyVaultKey(this, "cluster-secrets-key", {
      name: "aks-kms",
      keyVaultId: this.vault.id,
      keyType: "RSA",
      keySize: 2048,
      keyOpts: ["encrypt", "decrypt", "wrapKey", "unwrapKey"],
      rotationPolicy: {
        expireAfter: "P2Y",
        notifyBeforeExpiry: "P30D",
        automatic: { timeAfterCreation: "P1Y" },
      },
      dependsOn: this.deployerAccess,
    });
  }
}
