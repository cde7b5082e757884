import { z } from "zod";
import { cidrsOverlap, type Ipv4Cidr, parseCidr } from "../../config/ipv4-cidr";
import { commonEnvironmentShape, localStateSchema, texts } from "../../config/spec-common";

const azurermStateSchema = z.strictObject({
  kind: z.literal("azurerm"),
  resourceGroupName: z.string(),
  storageAccountName: z.string(),
  containerName: z.string().optional(),
  key: z.string().optional(),
});

/** An Azure environment's spec: the common sections, its subscription and tenant, and state in Blob Storage. */
export const azureEnvironmentSchema = z.strictObject({
  ...commonEnvironmentShape,
  cloud: z.literal("azure"),
  // The subscription, and the sizes in Azure's vocabulary (the shared sections say how many, this block of what).
  azure: z.strictObject({
    subscriptionId: z.string(),
    tenantId: z.string(),
    systemNodeVmSize: z.string().optional(),
    generalNodeVmSize: z.string().optional(),
    gpuVmSizes: texts.optional(),
    databaseSkuName: z.string().optional(),
    adminGroupObjectIds: texts.optional(),
    restorePointInTimeUtc: z.string().optional(),
    deployerCidrs: texts.optional(),
    networkWatcher: z
      .strictObject({
        name: z.string().optional(),
        resourceGroupName: z.string().optional(),
        create: z.boolean().optional(),
      })
      .optional(),
  }),
  stateBackend: z.discriminatedUnion("kind", [localStateSchema, azurermStateSchema]).optional(),
});

/**
 * An Azure environment's subscription and sizes in Azure's own vocabulary (spec block `azure`), every
 * default applied: each size is checked against the families the platform supports (azure-sizes.ts).
 */
export interface AzureSettings {
  /** The subscription the environment deploys to (a GUID); the provider refuses any other. */
  readonly subscriptionId: string;
  /** The Entra ID tenant of the subscription (a GUID): AKS's Entra integration and Key Vault use it. */
  readonly tenantId: string;
  /** VM size of the system node pool. @default "Standard_D4ds_v5" (dev), "Standard_D8ds_v5" (prod) */
  readonly systemNodeVmSize: string;
  /** VM size of the general user pool. @default "Standard_D4ds_v5" (dev), "Standard_D8ds_v5" (prod) */
  readonly generalNodeVmSize: string;
  /**
   * NVIDIA VM sizes of the GPU pool, one node pool each (NC or ND families).
   * @default ["Standard_NC4as_T4_v3"] (dev), ["Standard_NC24ads_A100_v4"] (prod)
   */
  readonly gpuVmSizes: readonly string[];
  /**
   * SKU of the PostgreSQL Flexible Server: tier prefix and VM size ("GP_Standard_D2ds_v5").
   * @default "B_Standard_B2s" (dev), "GP_Standard_D4ds_v5" (prod)
   */
  readonly databaseSkuName: string;
  /**
   * Entra ID groups that are cluster admins through Azure RBAC (local accounts are disabled).
   * @default [] (grant "Azure Kubernetes Service RBAC Cluster Admin" to people outside Terraform)
   */
  readonly adminGroupObjectIds: readonly string[];
  /**
   * A recovery environment only: the point in time (RFC 3339, UTC, such as "2026-12-01T00:00:00Z") its
   * database is geo-restored to, within the source's backup retention. Set when the drill or the
   * failover starts (docs/azure-disaster-recovery.md). @default none (required with `restores`)
   */
  readonly restorePointInTimeUtc?: string;
  /**
   * Public IPv4 ranges of the network that runs `cdktf deploy`, opened on the Key Vault's public
   * endpoint (network ACLs, default deny) so that a first deploy, before any network reaches the
   * vault's private endpoint, can write the cluster's KMS key and the database secret. Remove the field
   * once deploys run from a network that resolves and reaches the private endpoint
   * (docs/azure-disaster-recovery.md, "Bootstrap"). @default [] (the vault has no public endpoint)
   */
  readonly deployerCidrs: readonly string[];
  /**
   * The Network Watcher of the subscription in the environment's region, where the VNet's flow log
   * lives (Azure allows one per subscription and region). Azure creates `NetworkWatcher_<region>` in
   * `NetworkWatcherRG` by itself when the first VNet of a region is created, so by default the stack
   * only refers to that one. Name another where the organisation keeps its own; set `create: true` where
   * the subscription has opted out of Azure's automatic creation, and the stack creates it (in the
   * environment's resource group unless `resourceGroupName` names another that exists).
   * @default { name: "NetworkWatcher_<region>", resourceGroupName: "NetworkWatcherRG", create: false }
   */
  readonly networkWatcher: NetworkWatcherSettings;
}

/** The `azure.networkWatcher` block as the spec gives it (networkWatcherOf resolves its defaults). */
export interface NetworkWatcherSettings {
  /** @default "NetworkWatcher_<region>" */
  readonly name?: string;
  /** @default "NetworkWatcherRG", or the environment's resource group with `create` */
  readonly resourceGroupName?: string;
  /** Create the watcher in this stack instead of referring to an existing one. @default false */
  readonly create?: boolean;
}

declare module "../../config/environment-spec" {
  interface CloudSettings {
    readonly azure: AzureSettings;
  }
  interface CloudStateBackends {
    /** State in a Blob Storage container, locked with a blob lease, Entra ID authentication. */
    readonly azurerm: {
      readonly kind: "azurerm";
      /** Resource group of the state storage account; it must exist before the first deploy. */
      readonly resourceGroupName: string;
      /** Storage account holding the state. */
      readonly storageAccountName: string;
      /** @default "tfstate" */
      readonly containerName?: string;
      /** Blob name. @default `mlops-platform/<env>/terraform.tfstate` */
      readonly key?: string;
    };
  }
}

/** The resolved `azure` settings of an Azure environment; a programming error on any other. */
export function azureSettingsOf(env: {
  readonly name: string;
  readonly azure?: AzureSettings;
}): AzureSettings {
  if (!env.azure)
    throw new Error(`environment "${env.name}" has no azure settings: it is not an Azure environment`);
  return env.azure;
}

/** RFC 1918 ranges: never what a public endpoint sees of a deployer. */
const PRIVATE_RANGES = ["10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16"].map(
  (cidr) => parseCidr(cidr) as Ipv4Cidr,
);

/**
 * What is wrong with one of `azure.deployerCidrs` (what is allowed instead), or undefined: a canonical
 * IPv4 CIDR of public addresses, narrower than the whole internet.
 */
export function deployerCidrProblem(cidr: string): string | undefined {
  const parsed = parseCidr(cidr);
  const publicRange =
    parsed !== undefined &&
    parsed.prefixLength >= 8 &&
    !PRIVATE_RANGES.some((range) => cidrsOverlap(parsed, range));
  return publicRange
    ? undefined
    : 'the public IPv4 range (CIDR, /8 or narrower, such as "203.0.113.0/24") the deploys come from, which the Key Vault\'s public endpoint then accepts; private ranges never reach it';
}
