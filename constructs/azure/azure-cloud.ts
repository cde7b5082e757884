import { AzurermBackend } from "cdktf";
import type { Environment } from "../../config/environment-spec";
import { cidrsOverlap, parseCidr } from "../../config/ipv4-cidr";
import { namePrefix, PLATFORM_WORKLOADS } from "../../config/names";
import type { Cloud } from "../cloud";
import { nvidiaDevicePluginAddOn } from "../k8s/add-ons/nvidia-device-plugin";
import { CLUSTER_AUTOSCALER_NOT_SAFE_TO_EVICT } from "../k8s/cluster-autoscaler";
import { IMAGES } from "../k8s/workload-defaults";
import { useLocalState } from "../local-state";
import { AKS_SPOT_TAINT } from "./aks-cluster";
import { AKS_KUBERNETES } from "./azure-kubernetes";
import {
  ARTIFACT_CONTAINER,
  azureDerivedNames,
  azureGlobalNameProblems,
  blobEndpoint,
  keyVaultUrl,
  recoveryResourceGroupName,
  resourceGroupName,
  STORAGE_ACCOUNT_NAME,
  storageAccountName,
} from "./azure-names";
import { AKS_POD_CIDR, azureLayout } from "./azure-network-layout";
import { azurePlatform } from "./azure-platform";
import { AZURE_REGIONS } from "./azure-regions";
import { checkGeneralVmSize, checkGpuVmSize, checkPostgresSku } from "./azure-sizes";
import { type AzureSettings, azureEnvironmentSchema, deployerCidrProblem } from "./azure-spec";
import { AZURE_TIER_SIZES } from "./azure-tier-sizes";
import { addAksCapacity } from "./cluster/aks-capacity";
import { AzureKeyVaultStore } from "./cluster/azure-key-vault-store";
import { kedaAddOn } from "./cluster/keda-add-on";
import { KedaModelScaler } from "./cluster/keda-model-scaler";
import { AZURE_GUARDRAILS } from "./guardrails";

/** Network Watcher names (Azure's naming rules for Microsoft.Network/networkWatchers). */
const NETWORK_WATCHER_NAME = /^[a-zA-Z0-9](?:[\w.-]{0,78}\w)?$/;
/** Resource group names: 1-90 of these characters, not ending in a period. */
const RESOURCE_GROUP_NAME = /^[-\w._()]{0,89}[-\w_()]$/;

/** The container of the state blobs unless the spec names another. */
const STATE_CONTAINER = "tfstate";

/** The blob name of an environment's state in its container. */
function azureStateKey(environment: string, key: string | undefined): string {
  return key ?? `mlops-platform/${environment}/terraform.tfstate`;
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** The annotation and pod label Azure Workload Identity's webhook reads (azure-workload-identity docs). */
export const WORKLOAD_IDENTITY = {
  clientIdAnnotation: "azure.workload.identity/client-id",
  tenantIdAnnotation: "azure.workload.identity/tenant-id",
  useLabel: "azure.workload.identity/use",
} as const;

/**
 * The stack output holding the client id of the managed identity `identityName` (`identity_<workload>`,
 * as stacks/platform-stack.ts names the outputs of the workload identities).
 */
export function identityOutputName(environment: string, identityName: string): string {
  const workload = identityName.slice(namePrefix(environment).length + 1);
  return `identity_${workload.replace(/[^a-zA-Z0-9]/g, "_")}`;
}

function workloadOutputs(env: Environment): string[] {
  return [
    ...Object.keys(PLATFORM_WORKLOADS).map((workload) => `identity_${workload}`),
    ...env.models.map((model) => `identity_model_${model.name.replace(/[^a-zA-Z0-9]/g, "_")}`),
  ];
}

const regions = Object.fromEntries(Object.entries(AZURE_REGIONS).map(([name, { zones }]) => [name, zones]));

/** The taints AKS adds to the environment's GPU nodes: its spot taint on a dev tier's spot pools. */
function aksGpuTaints(env: Environment): { key: string; value: string; effect: string }[] {
  return env.gpu.capacityTypes[0] === "spot" ? [{ ...AKS_SPOT_TAINT }] : [];
}

/** The platform on Azure: AKS with autoscaled node pools, PostgreSQL Flexible Server, Blob Storage, Key Vault. */
export const azureCloud = {
  name: "azure",
  specSchema: azureEnvironmentSchema,
  regions,
  kubernetes: AKS_KUBERNETES,
  guardrails: AZURE_GUARDRAILS,
  unreadSharedFields: {
    "network.natGateways":
      "leave it out: on Azure the tier decides egress (the prod tier's node subnet has a NAT gateway, the dev tier's cluster egresses through its load balancer)",
    "cluster.publicAccessCidrs":
      "leave it out: the AKS API server is private on every tier (API server VNet integration), reached from networks that reach the VNet",
    "gpu.maxCpu":
      "leave it out: AKS GPU pools are bounded in nodes, from gpu.maxGpus and the GPUs of each azure.gpuVmSizes size",
    "database.maxAllocatedStorageGiB":
      "leave it out: the Flexible Server grows its storage itself (storage auto-grow) from database.allocatedStorageGiB",
    "database.finalSnapshot":
      "leave it out: the Azure stack takes no final snapshot of the Flexible Server; database.deletionProtection keeps it from being destroyed",
    "artifacts.accessLogRetentionDays":
      "leave it out: on Azure the blob access logs go to the environment's Log Analytics workspace, which keeps them for cluster.logRetentionDays",
    "artifacts.abortIncompleteUploadDays":
      "leave it out: the artifact account's lifecycle policy has no rule for incomplete uploads on Azure",
  },

  resolveSettings(spec, tier) {
    const block = (spec as { azure?: Partial<AzureSettings> }).azure ?? {};
    return {
      azure: {
        ...AZURE_TIER_SIZES[tier],
        subscriptionId: "",
        tenantId: "",
        adminGroupObjectIds: [],
        deployerCidrs: [],
        networkWatcher: {},
        ...block,
      } as AzureSettings,
    };
  },

  check(env, report) {
    const azure = env.azure as AzureSettings;
    for (const field of ["subscriptionId", "tenantId"] as const) {
      if (!GUID.test(azure[field])) {
        report(
          `azure.${field}`,
          azure[field],
          `the ${field === "tenantId" ? "Entra ID tenant" : "subscription"} id: a lowercase GUID such as "00000000-0000-0000-0000-000000000000"`,
        );
      }
    }
    azure.adminGroupObjectIds.forEach((id, index) => {
      if (!GUID.test(id))
        report(`azure.adminGroupObjectIds[${index}]`, id, "an Entra ID group object id (a lowercase GUID)");
    });
    azure.deployerCidrs.forEach((cidr, index) => {
      const expected = deployerCidrProblem(cidr);
      if (expected !== undefined) report(`azure.deployerCidrs[${index}]`, cidr, expected);
    });
    const watcher = azure.networkWatcher;
    if (watcher.name !== undefined && !NETWORK_WATCHER_NAME.test(watcher.name))
      report(
        "azure.networkWatcher.name",
        watcher.name,
        'a Network Watcher name: 1-80 letters, digits, underscores, periods or hyphens, starting with a letter or digit and ending with one or an underscore (Azure\'s own is "NetworkWatcher_<region>")',
      );
    if (watcher.resourceGroupName !== undefined && !RESOURCE_GROUP_NAME.test(watcher.resourceGroupName))
      report(
        "azure.networkWatcher.resourceGroupName",
        watcher.resourceGroupName,
        'a resource group name: 1-90 letters, digits, hyphens, underscores, periods or parentheses, not ending in a period (Azure\'s own is "NetworkWatcherRG")',
      );
    const restoreTime = azure.restorePointInTimeUtc;
    if (env.restores !== undefined && !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/.test(restoreTime ?? "")) {
      report(
        "azure.restorePointInTimeUtc",
        restoreTime,
        'the UTC time the database is geo-restored to, such as "2026-12-01T00:00:00Z" (a recovery environment needs one)',
      );
    } else if (env.restores === undefined && restoreTime !== undefined) {
      report(
        "azure.restorePointInTimeUtc",
        restoreTime,
        "no value here: only a recovery environment (restores) is restored",
      );
    }
    const pair = AZURE_REGIONS[env.region]?.pair;
    if (pair !== undefined && env.recoveryRegion in AZURE_REGIONS && env.recoveryRegion !== pair) {
      report(
        "recoveryRegion",
        env.recoveryRegion,
        `"${pair}", the paired region of ${env.region} (where Azure keeps the database's geo-redundant backups)`,
      );
    }
    for (const [field, size] of [
      ["azure.systemNodeVmSize", azure.systemNodeVmSize],
      ["azure.generalNodeVmSize", azure.generalNodeVmSize],
    ] as const) {
      const expected = checkGeneralVmSize(size);
      if (expected !== undefined) report(field, size, expected);
    }
    if (env.gpu.maxGpus > 0 && azure.gpuVmSizes.length === 0)
      report("azure.gpuVmSizes", azure.gpuVmSizes, "at least one NVIDIA VM size (or gpu.maxGpus 0)");
    azure.gpuVmSizes.forEach((size, index) => {
      const expected = checkGpuVmSize(size);
      if (expected !== undefined) report(`azure.gpuVmSizes[${index}]`, size, expected);
    });
    const sku = checkPostgresSku(azure.databaseSkuName, env.database.multiAz);
    if (sku !== undefined) report("azure.databaseSkuName", azure.databaseSkuName, sku);

    for (const derived of azureDerivedNames(env)) {
      const over = derived.name.length - derived.limit;
      if (over > 0) {
        report(
          derived.field,
          derived.value,
          `at most ${derived.value.length - over} characters here: it makes the ${derived.what} "${derived.name}", ${derived.name.length} characters where Azure allows ${derived.limit}`,
        );
      }
    }
    for (const problem of azureGlobalNameProblems(env))
      report(
        "name",
        env.name,
        `a name that makes a valid ${problem.what} name (made "${problem.name}"; Azure allows ${problem.allowed})`,
      );

    const vnet = parseCidr(env.network.vpcCidr ?? "");
    const pods = parseCidr(AKS_POD_CIDR);
    if (vnet && pods && cidrsOverlap(vnet, pods))
      report(
        "network.vpcCidr",
        env.network.vpcCidr,
        `a range that does not overlap the pod range ${AKS_POD_CIDR} (Azure CNI overlay)`,
      );
    const backend = env.stateBackend;
    if (backend.kind === "azurerm") {
      if (!STORAGE_ACCOUNT_NAME.test(backend.storageAccountName ?? ""))
        report(
          "stateBackend.storageAccountName",
          backend.storageAccountName,
          "a storage account name: 3-24 lowercase letters and digits",
        );
      if (!/^[-\w._()]{1,90}$/.test(backend.resourceGroupName ?? ""))
        report(
          "stateBackend.resourceGroupName",
          backend.resourceGroupName,
          "a resource group name: 1-90 letters, digits, hyphens, underscores, periods or parentheses",
        );
    }
    if (env.target?.kind === "emulator")
      report("target.kind", env.target.kind, '"cloud" (there is no Azure emulator target)');
  },

  naming: {
    network: (env) => {
      const layout = azureLayout(env.network.vpcCidr);
      return {
        vpcCidr: env.network.vpcCidr,
        // Azure CNI overlay: pods get addresses from the overlay range, not the VNet.
        podCidrs: [AKS_POD_CIDR],
        databaseSubnetCidrs: [layout.database],
        // API server VNet integration puts the API server behind an internal load balancer in its own
        // subnet; Cilium applies policy after service translation, so pods reach it there on 443.
        apiServer: { cidrs: [layout.apiServer], port: 443 },
      };
    },
    // AKS's node autoscaling is the managed cluster autoscaler: no add-on identity in the cluster.
    clusterAddOns: () => ({ identities: {}, settings: {} }),
    // MLflow reads wasbs://<container>@<account>.blob.core.windows.net/<path>; KServe's storage initializer
    // and the payloads https://<account>.blob.core.windows.net/<container>/<path> (see docs/versions.md).
    bucketUris: (bucket) => {
      const account = storageAccountName(bucket);
      return {
        mlflow: `wasbs://${ARTIFACT_CONTAINER}@${account}.blob.core.windows.net`,
        kserve: `${blobEndpoint(account)}/${ARTIFACT_CONTAINER}`,
        cli: `${blobEndpoint(account)}/${ARTIFACT_CONTAINER}`,
      };
    },
    // The client id is assigned at apply: it comes from the environment's recorded outputs.
    serviceAccountAnnotations: (env, identityName, recorded) => ({
      [WORKLOAD_IDENTITY.clientIdAnnotation]: recorded?.[identityOutputName(env.name, identityName)] ?? "",
      [WORKLOAD_IDENTITY.tenantIdAnnotation]: env.azure?.tenantId ?? "",
    }),
    workloadPodLabels: () => ({ [WORKLOAD_IDENTITY.useLabel]: "true" }),
  },

  platform: azurePlatform,

  stateLocation(env) {
    const backend = env.stateBackend;
    if (backend.kind !== "azurerm") return undefined;
    const key = azureStateKey(env.name, backend.key);
    return {
      uri: `${blobEndpoint(backend.storageAccountName)}/${backend.containerName ?? STATE_CONTAINER}/${key}`,
      field: "stateBackend.key",
      value: key,
    };
  },

  stateBackend(stack, env) {
    const backend = env.stateBackend;
    if (backend.kind === "azurerm") {
      const container = backend.containerName ?? STATE_CONTAINER;
      new AzurermBackend(stack, {
        resourceGroupName: backend.resourceGroupName,
        storageAccountName: backend.storageAccountName,
        containerName: container,
        key: azureStateKey(env.name, backend.key),
        subscriptionId: env.azure?.subscriptionId,
        tenantId: env.azure?.tenantId,
        // Entra ID for the state blob: the state account needs no shared keys.
        useAzureadAuth: true,
      });
      return `${env.name}: state in ${blobEndpoint(backend.storageAccountName)}/${container} (Entra ID auth, blob lease lock)`;
    }
    return useLocalState(stack, env.name, "Blob Storage");
  },

  recordedOutputs: workloadOutputs,

  cluster: {
    secretStore: (scope, id, options) =>
      new AzureKeyVaultStore(scope, id, { ...options, vaultUrl: keyVaultUrl(options.environment.name) }),
    addCapacity: addAksCapacity,
    // GPU model servers scale on their request rate with KEDA (from zero), not on CPU.
    gpuModelScaler: (scope, id, model) => new KedaModelScaler(scope, id, model),
    // Dev-tier GPU pools are spot: AKS taints their nodes, and GPU pods are meant to land there.
    gpuNodeTaints: (env) => aksGpuTaints(env),
    // KEDA (the GPU models' scaler) from its pinned chart, and NVIDIA's device plugin: AKS installs the
    // GPU driver (gpu_driver "Install"), not the plugin; on spot GPU nodes it tolerates AKS's spot taint.
    addOns: (env) => [
      kedaAddOn(),
      nvidiaDevicePluginAddOn({
        extraTolerations: aksGpuTaints(env).map((taint) => ({ ...taint, operator: "Equal" })),
      }),
    ],
    // Velero's Azure plugin as the velero managed identity (workload identity, Entra ID to Blob Storage).
    // Its location's bucket is the blob container; the account is named with its resource group and
    // subscription, and its blob endpoint given, so the identity needs no Reader role to look it up.
    velero: (env, contract) => {
      const account = storageAccountName(contract.artifactStore.bucket);
      // A recovery environment's store is the replica its source keeps in the recovery region.
      const source = contract.recoverySource?.environment;
      return {
        provider: "azure",
        pluginImage: "velero/velero-plugin-for-microsoft-azure:v1.14.2",
        bucket: ARTIFACT_CONTAINER,
        config: {
          useAAD: "true",
          resourceGroup: source ? recoveryResourceGroupName(source) : resourceGroupName(env.name),
          storageAccount: account,
          subscriptionId: env.azure?.subscriptionId ?? "",
          storageAccountURI: blobEndpoint(account),
        },
      };
    },
    // AKS's node autoscaling is the cluster autoscaler: it does not drain a node of an annotated pod.
    podDisruptionAnnotations: () => CLUSTER_AUTOSCALER_NOT_SAFE_TO_EVICT,
    // AKS hosts the control plane, and the Cilium data plane replaces kube-proxy.
    unscrapedComponents: ["kubeControllerManager", "kubeScheduler", "kubeEtcd", "kubeProxy"],
    // Blob Storage through the az CLI, with the pod's workload identity.
    objectStore: {
      kind: "azblob",
      backupStore: (contract) => ({
        kind: "azblob",
        image: IMAGES.azureCli,
        account: storageAccountName(contract.artifactStore.bucket),
        container: ARTIFACT_CONTAINER,
      }),
    },
  },
} satisfies Cloud;
