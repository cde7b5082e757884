import { createHash } from "node:crypto";
import type { Environment } from "../../config/environment-spec";
import {
  artifactBucketName,
  databaseInstanceId,
  modelIdentityName,
  namePrefix,
  PLATFORM_WORKLOADS,
  replicaBucketName,
  workloadIdentityName,
} from "../../config/names";

/** The blob container of an artifact storage account that holds everything the platform stores. */
export const ARTIFACT_CONTAINER = "mlflow";

/** The resource group of an environment: `rg-mlops-platform-<env>`. */
export function resourceGroupName(environment: string): string {
  return `rg-${namePrefix(environment)}`;
}

/**
 * The resource group in an environment's recovery region holding the replica of its artifacts: outside
 * the primary region, so a regional loss leaves it, and outside the recovery environment's own group.
 */
export function recoveryResourceGroupName(environment: string): string {
  return `${resourceGroupName(environment)}-recovery`;
}

/** Eight hex characters of the SHA-256 of `text`: what keeps a shortened name distinct. */
function shortHash(text: string): string {
  return createHash("sha256").update(text).digest("hex").slice(0, 8);
}

/**
 * The storage account that holds a neutral bucket name's objects (the contract's bucket,
 * `mlops-platform-<env>-mlflow-artifacts`, or its replica `...-<region>`): "mlops", the bucket's distinctive
 * part without hyphens (up to 11 characters) and 8 hex characters of the bucket name's hash. Always 3-24
 * lowercase letters and digits; the hash keeps two environments whose names shorten alike apart. Storage
 * account names are global: one taken by someone else fails the first apply (StorageAccountAlreadyTaken).
 */
export function storageAccountName(bucket: string): string {
  const distinctive = bucket
    .replace(/^mlops-platform-/, "")
    .replace(/-mlflow-artifacts/, "")
    .replace(/[^a-z0-9]/g, "")
    .slice(0, 11);
  return `mlops${distinctive}${shortHash(bucket)}`;
}

/**
 * The storage account of an environment's VNet flow logs: "fl", up to 14 letters and digits of the
 * environment's name and 8 hex characters of a hash (3-24 lowercase letters and digits, globally unique).
 */
export function flowLogStorageAccountName(environment: string): string {
  const distinctive = environment.replace(/[^a-z0-9]/g, "").slice(0, 14);
  return `fl${distinctive}${shortHash(`${namePrefix(environment)}-flow-logs`)}`;
}

/** The VNet flow log of an environment, in its region's Network Watcher. */
export function flowLogName(environment: string): string {
  return `fl-vnet-${namePrefix(environment)}`;
}

/** The resource group Azure puts the Network Watchers it creates in (Network Watcher docs). */
export const AZURE_NETWORK_WATCHER_GROUP = "NetworkWatcherRG";

/** The Network Watcher an environment's flow log goes to, its defaults applied (`azure.networkWatcher`). */
export interface ResolvedNetworkWatcher {
  readonly name: string;
  readonly resourceGroupName: string;
  readonly create: boolean;
}

/**
 * `azure.networkWatcher` with its defaults: Azure's own `NetworkWatcher_<region>` in `NetworkWatcherRG`,
 * referred to; when the stack creates it, `ownResourceGroup` (the environment's group, which the caller
 * passes by reference so that the watcher waits for it) unless another is named.
 */
export function networkWatcherOf(
  region: string,
  settings: { readonly name?: string; readonly resourceGroupName?: string; readonly create?: boolean },
  ownResourceGroup: string,
): ResolvedNetworkWatcher {
  const create = settings.create ?? false;
  return {
    name: settings.name ?? `NetworkWatcher_${region}`,
    resourceGroupName:
      settings.resourceGroupName ?? (create ? ownResourceGroup : AZURE_NETWORK_WATCHER_GROUP),
    create,
  };
}

/** The blob endpoint of a storage account. */
export function blobEndpoint(account: string): string {
  return `https://${account}.blob.core.windows.net`;
}

/**
 * The environment's Key Vault: "kv-", up to 12 characters of the environment's name and 6 hex characters of
 * its hash (Key Vault names are global, 3-24 letters, digits and hyphens, no two hyphens in a row). A
 * vault stays reserved for its soft-delete period after deletion, so a rebuilt environment needs the same
 * deterministic name to recover it.
 */
export function keyVaultName(environment: string): string {
  const short = environment.slice(0, 12).replace(/-+$/, "");
  return `kv-${short}-${shortHash(namePrefix(environment)).slice(0, 6)}`;
}

/** Most characters of the names Azure limits tightly. */
export const AZURE_NAME_LIMITS = {
  /** User-assigned managed identity names: 3-128. */
  managedIdentity: 128,
  /** PostgreSQL Flexible Server names: 3-63 lowercase letters, digits and hyphens. */
  postgresServer: 63,
  /** AKS cluster names: 1-63. */
  aksCluster: 63,
  /** Resource group names: 1-90. */
  resourceGroup: 90,
} as const;

/** One name the Azure cloud layer derives, the limit of the resource it names, and the spec field it comes from. */
export interface AzureDerivedName {
  readonly what: string;
  readonly name: string;
  readonly limit: number;
  readonly field: string;
  readonly value: string;
}

/**
 * Every name with a limit that the Azure cloud layer builds for `env`, made by the same functions the
 * contract and the constructs use, so that it is checked where the environment is read.
 */
export function azureDerivedNames(env: Environment): AzureDerivedName[] {
  const fromName = (what: string, name: string, limit: number): AzureDerivedName => ({
    what,
    name,
    limit,
    field: "name",
    value: env.name,
  });
  return [
    fromName("resource group", resourceGroupName(env.name), AZURE_NAME_LIMITS.resourceGroup),
    fromName("AKS cluster", namePrefix(env.name), AZURE_NAME_LIMITS.aksCluster),
    fromName("PostgreSQL flexible server", databaseInstanceId(env.name), AZURE_NAME_LIMITS.postgresServer),
    ...Object.keys(PLATFORM_WORKLOADS).map((workload) =>
      fromName(
        "managed identity",
        workloadIdentityName(env.name, workload as keyof typeof PLATFORM_WORKLOADS),
        AZURE_NAME_LIMITS.managedIdentity,
      ),
    ),
    ...env.models.map(
      (model, index): AzureDerivedName => ({
        what: "managed identity",
        name: modelIdentityName(env.name, model.name),
        limit: AZURE_NAME_LIMITS.managedIdentity,
        field: `models[${index}].name`,
        value: model.name,
      }),
    ),
  ];
}

/** Storage accounts: 3-24 lowercase letters and digits. */
export const STORAGE_ACCOUNT_NAME = /^[a-z0-9]{3,24}$/;
/** Key Vaults: 3-24 letters, digits and hyphens, starting with a letter, ending with a letter or digit. */
export const KEY_VAULT_NAME = /^[a-zA-Z](?!.*--)[a-zA-Z0-9-]{1,22}[a-zA-Z0-9]$/;

/**
 * The globally unique names the environment makes (storage accounts, Key Vault) that do not fit their
 * pattern: none, since they are built to fit; checked so that a change of derivation cannot slip through.
 */
export function azureGlobalNameProblems(env: Environment): { what: string; name: string; allowed: string }[] {
  const problems: { what: string; name: string; allowed: string }[] = [];
  const accounts = [artifactBucketName(env.name)];
  if (env.artifacts.replicateToRecoveryRegion && env.restores === undefined)
    accounts.push(replicaBucketName(env.name, env.recoveryRegion));
  for (const bucket of accounts) {
    const account = storageAccountName(bucket);
    if (!STORAGE_ACCOUNT_NAME.test(account))
      problems.push({ what: "storage account", name: account, allowed: "3-24 lowercase letters and digits" });
  }
  const flowLogs = flowLogStorageAccountName(env.name);
  if (!STORAGE_ACCOUNT_NAME.test(flowLogs))
    problems.push({ what: "storage account", name: flowLogs, allowed: "3-24 lowercase letters and digits" });
  const vault = keyVaultName(env.name);
  if (!KEY_VAULT_NAME.test(vault)) {
    problems.push({
      what: "Key Vault",
      name: vault,
      allowed:
        "3-24 letters, digits and single hyphens, starting with a letter and ending with a letter or digit",
    });
  }
  return problems;
}

/** The URL of the environment's Key Vault. */
export function keyVaultUrl(environment: string): string {
  return `https://${keyVaultName(environment)}.vault.azure.net`;
}
