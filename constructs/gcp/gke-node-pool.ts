import { ContainerNodePool } from "@cdktf/provider-google/lib/container-node-pool";
import { Construct } from "constructs";

/** A taint on a pool's nodes (Kubernetes effect names). */
export interface GkeNodeTaint {
  readonly key: string;
  readonly value: string;
  readonly effect: "NoSchedule" | "PreferNoSchedule" | "NoExecute";
}

/** GPUs attached to every node of a pool. */
export interface GkeNodeAccelerator {
  /** Compute Engine accelerator type, such as "nvidia-l4". */
  readonly type: string;
  readonly count: number;
  /** Share each GPU between this many containers (GKE time-sharing). @default no sharing */
  readonly timeSharingMaxClients?: number;
}

export interface GkeNodePoolProps {
  readonly name: string;
  /** The cluster's id. */
  readonly cluster: string;
  /** The cluster's location (region or zone). */
  readonly location: string;
  /** Zones the pool's nodes run in. */
  readonly nodeLocations: readonly string[];
  readonly machineType: string;
  /** Nodes across all zones: the autoscaler stays within them. */
  readonly minNodes: number;
  readonly maxNodes: number;
  /** Nodes per zone at creation. @default 0 */
  readonly initialNodesPerZone?: number;
  readonly diskSizeGiB: number;
  /** Dedicated node service account (never the Compute Engine default). */
  readonly serviceAccountEmail: string;
  /** Spot VMs: cheaper, reclaimable at any time. @default false */
  readonly spot?: boolean;
  /** @default none */
  readonly labels?: Readonly<Record<string, string>>;
  /** @default none */
  readonly taints?: readonly GkeNodeTaint[];
  /** @default none */
  readonly accelerator?: GkeNodeAccelerator;
  /** GCP labels on the VMs. @default none */
  readonly resourceLabels?: Readonly<Record<string, string>>;
}

const TAINT_EFFECTS = {
  NoSchedule: "NO_SCHEDULE",
  PreferNoSchedule: "PREFER_NO_SCHEDULE",
  NoExecute: "NO_EXECUTE",
};
const NAME = /^[a-z]([-a-z0-9]{0,38}[a-z0-9])?$/;

/**
 * One autoscaled GKE node pool, with the platform's node baseline fixed: the dedicated node service
 * account with the cloud-platform scope (IAM decides), shielded VMs with secure boot and integrity
 * monitoring, the GKE metadata server (pods see their Workload Identity, never the node's), auto-repair
 * and auto-upgrade, surge upgrades that never take a node away before its replacement is ready. GPU pools
 * get GKE-installed drivers and scale from zero, in whichever zone has capacity.
 */
export class GkeNodePool extends Construct {
  readonly pool: ContainerNodePool;

  constructor(scope: Construct, id: string, props: GkeNodePoolProps) {
    super(scope, id);
    const where = `GkeNodePool "${props.name}"`;
    if (!NAME.test(props.name)) {
      throw new Error(
        `${where}: name is invalid; expected 1-40 lowercase letters, digits or hyphens, from a letter`,
      );
    }
    if (
      !Number.isInteger(props.minNodes) ||
      props.minNodes < 0 ||
      props.maxNodes < Math.max(1, props.minNodes)
    ) {
      throw new Error(
        `${where}: minNodes ${props.minNodes} and maxNodes ${props.maxNodes}; expected 0 <= minNodes <= maxNodes and maxNodes >= 1`,
      );
    }
    if (props.nodeLocations.length === 0)
      throw new Error(`${where}: nodeLocations is empty; expected at least one zone`);
    const accelerator = props.accelerator;
    if (accelerator && (!Number.isInteger(accelerator.count) || accelerator.count < 1)) {
      throw new Error(`${where}: accelerator.count is ${accelerator.count}; expected a positive integer`);
    }

    this.pool = new ContainerNodePool(this, "pool", {
      name: props.name,
      cluster: props.cluster,
      location: props.location,
      nodeLocations: [...props.nodeLocations],
      initialNodeCount: props.initialNodesPerZone ?? 0,
      autoscaling: {
        totalMinNodeCount: props.minNodes,
        totalMaxNodeCount: props.maxNodes,
        // Scarce GPUs: take capacity in any zone that has it; spread the others evenly.
        locationPolicy: accelerator ? "ANY" : "BALANCED",
      },
      management: { autoRepair: true, autoUpgrade: true },
      upgradeSettings: { strategy: "SURGE", maxSurge: 1, maxUnavailable: 0 },
      nodeConfig: {
        machineType: props.machineType,
        diskSizeGb: props.diskSizeGiB,
        diskType: "pd-balanced",
        imageType: "COS_CONTAINERD",
        serviceAccount: props.serviceAccountEmail,
        oauthScopes: ["https://www.googleapis.com/auth/cloud-platform"],
        spot: props.spot ?? false,
        metadata: { "disable-legacy-endpoints": "true" },
        shieldedInstanceConfig: { enableSecureBoot: true, enableIntegrityMonitoring: true },
        workloadMetadataConfig: { mode: "GKE_METADATA" },
        ...(props.labels && { labels: { ...props.labels } }),
        ...(props.resourceLabels && { resourceLabels: { ...props.resourceLabels } }),
        ...(props.taints?.length && {
          taint: props.taints.map((taint) => ({
            key: taint.key,
            value: taint.value,
            effect: TAINT_EFFECTS[taint.effect],
          })),
        }),
        ...(accelerator && {
          guestAccelerator: [
            {
              type: accelerator.type,
              count: accelerator.count,
              // GKE installs the driver version its node image pairs with (no driver DaemonSet to run).
              gpuDriverInstallationConfig: { gpuDriverVersion: "DEFAULT" },
              ...(accelerator.timeSharingMaxClients !== undefined && {
                gpuSharingConfig: {
                  gpuSharingStrategy: "TIME_SHARING",
                  maxSharedClientsPerGpu: accelerator.timeSharingMaxClients,
                },
              }),
            },
          ],
        }),
      },
      lifecycle: {
        // The autoscaler owns the node count; GKE labels the VMs with their provisioning model itself.
        ignoreChanges: [
          "initial_node_count",
          'node_config[0].resource_labels["goog-gke-node-pool-provisioning-model"]',
        ],
      },
    });
  }
}
