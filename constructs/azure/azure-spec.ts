import { z } from "zod";
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
