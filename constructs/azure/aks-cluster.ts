import { KubernetesCluster as AksResource } from "@cdktf/provider-azurerm/lib/kubernetes-cluster";
import { KubernetesClusterNodePool } from "@cdktf/provider-azurerm/lib/kubernetes-cluster-node-pool";
import { LogAnalyticsWorkspace } from "@cdktf/provider-azurerm/lib/log-analytics-workspace";
import { RoleAssignment } from "@cdktf/provider-azurerm/lib/role-assignment";
import { UserAssignedIdentity } from "@cdktf/provider-azurerm/lib/user-assigned-identity";
import type { ITerraformDependable } from "cdktf";
import { Construct } from "constructs";
import type { CapacityType } from "../../config/environment-spec";
import type { KubernetesCluster } from "../cloud-platform";
import { GPU_POOL } from "../k8s/gpu-pool";

/** The taint AKS puts on spot nodes; pods that may run on spot tolerate it (AKS spot node pool docs). */
export const AKS_SPOT_TAINT = {
  key: "kubernetes.azure.com/scalesetpriority",
  value: "spot",
  effect: "NoSchedule",
} as const;

/** The label AKS puts on spot nodes, beside its taint (AKS spot node pool docs). */
export const AKS_SPOT_LABEL = { [AKS_SPOT_TAINT.key]: AKS_SPOT_TAINT.value } as const;

export interface GpuPoolShape {
  /** NVIDIA VM sizes: one autoscaled node pool each. */
  readonly vmSizes: readonly string[];
  /** Spot in the dev tier (evicted, deleted), on-demand in prod: the first capacity type decides. */
  readonly capacityTypes: readonly CapacityType[];
  /** Most nodes of each GPU pool (the cluster autoscaler scales 0..maxNodes). */
  readonly maxNodes: number;
}

export interface AksClusterProps {
  readonly name: string;
  readonly resourceGroupName: string;
  readonly location: string;
  readonly kubernetesVersion: string;
  readonly tenantId: string;
  /** Entra ID groups that administer the cluster through Azure RBAC. */
  readonly adminGroupObjectIds: readonly string[];
  readonly nodeSubnetId: string;
  readonly apiServerSubnetId: string;
  readonly vnetId: string;
  readonly zones: readonly string[];
  readonly podCidr: string;
  readonly serviceCidr: string;
  /** Standard tier (uptime SLA) in prod, Free otherwise. */
  readonly standardTier: boolean;
  /** Egress through the subnet's NAT gateway instead of the load balancer. */
  readonly natGatewayEgress: boolean;
  /**
   * What the node subnet's egress needs before the cluster is created: AKS checks at creation that a
   * subnet with `userAssignedNATGateway` egress has its NAT gateway. @default nothing
   */
  readonly egressDependsOn?: readonly ITerraformDependable[];
  /** The system pool: its size, and the node count it is created with (min <= desired <= max). */
  readonly systemNodes: {
    readonly vmSize: string;
    readonly minSize: number;
    readonly desiredSize: number;
    readonly maxSize: number;
    readonly diskSizeGiB: number;
  };
  /** The general user pool: on-demand, since untolerating pods could not land on spot nodes. */
  readonly generalNodes: { readonly vmSize: string; readonly maxSize: number };
  /** @default no GPU pool */
  readonly gpu?: GpuPoolShape;
  /** Key Vault key that envelope-encrypts Kubernetes Secrets (KMS), and its vault. */
  readonly kmsKeyId: string;
  readonly keyVaultId: string;
  readonly logRetentionDays: number;
  readonly tags: Readonly<Record<string, string>>;
}

/**
 * AKS: a private cluster with API server VNet integration; OIDC issuer and workload identity; Entra ID
 * with Azure RBAC and local accounts disabled; Azure CNI overlay with the Cilium data plane and its network
 * policy; automatic upgrades (patch channel, node images) in a weekly maintenance window; Azure Monitor
 * and Azure Policy; Secrets encrypted with a Key Vault key; encryption at host on every pool (temp disks
 * and caches; the subscription registers Microsoft.Compute/EncryptionAtHost); a system pool for critical
 * add-ons only, across zones; an autoscaled general pool; GPU pools from zero, tainted and labelled like
 * every cloud's.
 * AKS's managed KEDA add-on stays off: KEDA comes from its pinned chart (GitOps).
 */
export class AksCluster extends Construct implements KubernetesCluster {
  readonly cluster: AksResource;
  readonly name: string;
  readonly endpoint: string;
  readonly oidcIssuerUrl: string;
  readonly gpuPools: KubernetesClusterNodePool[] = [];
  /** The environment's Log Analytics workspace: the cluster's logs, and what other resources send there. */
  readonly logs: LogAnalyticsWorkspace;

  constructor(scope: Construct, id: string, props: AksClusterProps) {
    super(scope, id);
    const nodes = props.systemNodes;
    if (!(nodes.minSize >= 1 && nodes.minSize <= nodes.desiredSize && nodes.desiredSize <= nodes.maxSize)) {
      throw new Error(
        `AksCluster ${props.name}: systemNodes sizes are min ${nodes.minSize}, desired ${nodes.desiredSize}, max ${nodes.maxSize}; expected 1 <= min <= desired <= max`,
      );
    }
    const tags = { ...props.tags };
    const identity = new UserAssignedIdentity(this, "control-plane-identity", {
      name: `${props.name}-control-plane`,
      resourceGroupName: props.resourceGroupName,
      location: props.location,
      tags,
    });
    // The control plane joins its API server subnet, manages the node subnet's load balancers, unwraps
    // the KMS key and, the vault being private, links the vault to the cluster through a private endpoint
    // of its own (Key Vault Contributor, as the AKS KMS page requires for a private vault).
    const grants = [
      new RoleAssignment(this, "control-plane-network", {
        scope: props.vnetId,
        roleDefinitionName: "Network Contributor",
        principalId: identity.principalId,
      }),
      new RoleAssignment(this, "control-plane-kms", {
        scope: props.keyVaultId,
        roleDefinitionName: "Key Vault Crypto User",
        principalId: identity.principalId,
      }),
      new RoleAssignment(this, "control-plane-kms-private-link", {
        scope: props.keyVaultId,
        roleDefinitionName: "Key Vault Contributor",
        principalId: identity.principalId,
      }),
    ];
    this.logs = new LogAnalyticsWorkspace(this, "logs", {
      name: `log-${props.name}`,
      resourceGroupName: props.resourceGroupName,
      location: props.location,
      sku: "PerGB2018",
      retentionInDays: Math.min(730, Math.max(30, props.logRetentionDays)),
      tags,
    });
    const maintenance = {
      frequency: "Weekly",
      interval: 1,
      dayOfWeek: "Sunday",
      startTime: "02:00",
      utcOffset: "+00:00",
      duration: 4,
    };
    this.cluster = new AksResource(this, "cluster", {
      name: props.name,
      resourceGroupName: props.resourceGroupName,
      location: props.location,
      dnsPrefixPrivateCluster: props.name,
      kubernetesVersion: props.kubernetesVersion,
      skuTier: props.standardTier ? "Standard" : "Free",
      privateClusterEnabled: true,
      privateClusterPublicFqdnEnabled: false,
      apiServerAccessProfile: { virtualNetworkIntegrationEnabled: true, subnetId: props.apiServerSubnetId },
      oidcIssuerEnabled: true,
      workloadIdentityEnabled: true,
      localAccountDisabled: true,
      roleBasedAccessControlEnabled: true,
      azureActiveDirectoryRoleBasedAccessControl: {
        azureRbacEnabled: true,
        tenantId: props.tenantId,
        adminGroupObjectIds: [...props.adminGroupObjectIds],
      },
      identity: { type: "UserAssigned", identityIds: [identity.id] },
      networkProfile: {
        networkPlugin: "azure",
        networkPluginMode: "overlay",
        networkDataPlane: "cilium",
        networkPolicy: "cilium",
        podCidr: props.podCidr,
        serviceCidr: props.serviceCidr,
        dnsServiceIp: firstHostPlus(props.serviceCidr, 10),
        loadBalancerSku: "standard",
        outboundType: props.natGatewayEgress ? "userAssignedNATGateway" : "loadBalancer",
      },
      automaticUpgradeChannel: "patch",
      nodeOsUpgradeChannel: "NodeImage",
      maintenanceWindowAutoUpgrade: maintenance,
      maintenanceWindowNodeOs: maintenance,
      omsAgent: { logAnalyticsWorkspaceId: this.logs.id, msiAuthForMonitoringEnabled: true },
      azurePolicyEnabled: true,
      keyManagementService: { keyVaultKeyId: props.kmsKeyId, keyVaultNetworkAccess: "Private" },
      workloadAutoscalerProfile: { kedaEnabled: false },
      // GPU nodes take minutes to boot and pull CUDA images: wait for them, and keep them a while.
      autoScalerProfile: {
        expander: "least-waste",
        maxNodeProvisioningTime: "20m",
        scaleDownUnneeded: "15m",
        scaleDownDelayAfterAdd: "15m",
        balanceSimilarNodeGroups: true,
        skipNodesWithLocalStorage: false,
      },
      runCommandEnabled: false,
      defaultNodePool: {
        name: "system",
        vmSize: props.systemNodes.vmSize,
        vnetSubnetId: props.nodeSubnetId,
        zones: [...props.zones],
        onlyCriticalAddonsEnabled: true,
        autoScalingEnabled: true,
        minCount: props.systemNodes.minSize,
        maxCount: props.systemNodes.maxSize,
        // The count it is created with; then the autoscaler owns it (ignore_changes below).
        nodeCount: props.systemNodes.desiredSize,
        osDiskSizeGb: props.systemNodes.diskSizeGiB,
        osDiskType: "Ephemeral",
        osSku: "AzureLinux",
        hostEncryptionEnabled: true,
        maxPods: 110,
        temporaryNameForRotation: "systemtmp",
        upgradeSettings: { maxSurge: "33%" },
        tags,
      },
      lifecycle: {
        // The autoscaler owns the node count.
        ignoreChanges: ["default_node_pool[0].node_count"],
      },
      dependsOn: [...grants, ...(props.egressDependsOn ?? [])],
      tags,
    });

    const pool = (
      id: string,
      name: string,
      extra: Partial<ConstructorParameters<typeof KubernetesClusterNodePool>[2]>,
    ) =>
      new KubernetesClusterNodePool(this, id, {
        name,
        kubernetesClusterId: this.cluster.id,
        vnetSubnetId: props.nodeSubnetId,
        zones: [...props.zones],
        mode: "User",
        osSku: "AzureLinux",
        hostEncryptionEnabled: true,
        autoScalingEnabled: true,
        minCount: 0,
        lifecycle: { ignoreChanges: ["node_count"] },
        tags,
        ...extra,
      });
    pool("general-pool", "general", {
      vmSize: props.generalNodes.vmSize,
      minCount: 1,
      maxCount: props.generalNodes.maxSize,
      nodeLabels: { "mlops-platform.io/pool": "general" },
      upgradeSettings: { maxSurge: "33%" },
    });
    const gpu = props.gpu;
    if (gpu) {
      const spot = gpu.capacityTypes[0] === "spot";
      // A spot pool declares the taint and label AKS adds to it, or every plan would take them away
      // (the provider reads both back from the API); AKS refuses upgrade settings on spot pools.
      const spotTaint = `${AKS_SPOT_TAINT.key}=${AKS_SPOT_TAINT.value}:${AKS_SPOT_TAINT.effect}`;
      gpu.vmSizes.forEach((vmSize, index) => {
        this.gpuPools.push(
          pool(`gpu-pool-${index}`, `gpu${index}`, {
            vmSize,
            maxCount: gpu.maxNodes,
            nodeLabels: { ...GPU_POOL.nodeLabel, ...(spot && AKS_SPOT_LABEL) },
            nodeTaints: [
              `${GPU_POOL.taint.key}=present:${GPU_POOL.taint.effect}`,
              ...(spot ? [spotTaint] : []),
            ],
            gpuDriver: "Install",
            osDiskType: "Managed",
            osDiskSizeGb: 200,
            ...(spot
              ? { priority: "Spot", evictionPolicy: "Delete", spotMaxPrice: -1 }
              : // Surge nodes of GPU sizes are scarce: replace one at a time.
                { upgradeSettings: { maxSurge: "1", drainTimeoutInMinutes: 30 } }),
          }),
        );
      });
    }
    this.name = props.name;
    this.endpoint = `https://${this.cluster.privateFqdn}:443`;
    this.oidcIssuerUrl = this.cluster.oidcIssuerUrl;
  }
}

/** An address `offset` hosts into a range ("172.20.0.0/16", 10 -> "172.20.0.10"). */
function firstHostPlus(cidr: string, offset: number): string {
  const [address] = cidr.split("/");
  const parts = (address as string).split(".").map(Number);
  return [parts[0], parts[1], parts[2], (parts[3] as number) + offset].join(".");
}
