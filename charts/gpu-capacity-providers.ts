import { Duration } from "cdk8s";
import type { Construct } from "constructs";
import type { CapacityType, CloudName, Tier } from "../config/environment-spec";
import { KarpenterNodeClass } from "../constructs/k8s/karpenter-node-class";
import { KarpenterNodePool } from "../constructs/k8s/karpenter-node-pool";
import { type ClusterChartProps, GPU_POOL } from "./chart-props";

/**
 * The seam for autoscaled capacity: one provider per cloud, chosen once by the environment's cloud.
 *
 * - AWS: Karpenter NodePools and EC2NodeClasses (below) scale nodes for pending pods.
 * - Azure (to come): AKS GPU node pools are cloud objects (cdktf) scaled by the cluster autoscaler; here it
 *   would add KEDA ScaledObjects (imports/keda-scaledobjects-keda.sh) that scale GPU workloads on demand.
 * - GCP (to come): GKE GPU node pools with autoscaling are cloud objects; the chart side may add nothing.
 */
export interface GpuCapacityProvider {
  /** Adds the environment's capacity objects to the chart. */
  addCapacity(scope: Construct, props: ClusterChartProps): void;
}

/** The general-purpose pool by tier: spot is fine where a lost node costs nothing but a restart. */
export const GENERAL_POOL_BY_TIER: Readonly<
  Record<Tier, { readonly capacityTypes: readonly CapacityType[]; readonly maxCpu: number }>
> = {
  dev: { capacityTypes: ["spot", "on-demand"], maxCpu: 32 },
  prod: { capacityTypes: ["on-demand"], maxCpu: 256 },
};

/** Current general-purpose families, Intel and AMD, so Karpenter can pick whichever is available. */
export const GENERAL_INSTANCE_FAMILIES = ["m6i", "m6a", "m7i", "m7a"] as const;

/** Name of the general-purpose pool (and its node class). */
export const GENERAL_POOL_NAME = "general";

/** Root volume sizes: CUDA and model-server images run to tens of GB, general images stay small. */
export const ROOT_VOLUME_GIB = { gpu: 200, general: 100 } as const;

/** Karpenter on EKS: a general pool always, a GPU pool when the environment allows any GPU. */
export const karpenterCapacity: GpuCapacityProvider = {
  addCapacity(scope, { environment, contract }) {
    const tags = {
      Project: "mlops-platform",
      Environment: environment.name,
      ManagedBy: "karpenter",
      ...environment.tags,
    };
    const nodeClass = (name: string, rootVolumeSizeGiB: number) =>
      new KarpenterNodeClass(scope, `${name}-node-class`, {
        name,
        nodeRoleName: contract.nodeAutoscaler.nodeRoleName,
        amiAlias: `al2023@${environment.cluster.nodeImageRelease}`,
        discoveryTagValue: contract.clusterName,
        rootVolumeSizeGiB,
        tags,
      });

    const general = GENERAL_POOL_BY_TIER[environment.tier];
    new KarpenterNodePool(scope, "general-node-pool", {
      name: GENERAL_POOL_NAME,
      nodeClass: nodeClass(GENERAL_POOL_NAME, ROOT_VOLUME_GIB.general),
      instanceFamilies: GENERAL_INSTANCE_FAMILIES,
      capacityTypes: general.capacityTypes,
      limits: { cpu: general.maxCpu },
      nodeLabels: { "mlops-platform.io/pool": GENERAL_POOL_NAME },
      // Stateless serving and controllers move freely: pack them onto fewer nodes.
      consolidationPolicy: "WhenEmptyOrUnderutilized",
      consolidateAfter: Duration.minutes(5),
      disruptionBudgets: [{ nodes: "10%" }],
    });

    const gpu = environment.gpu;
    if (gpu.maxGpus === 0) return;
    new KarpenterNodePool(scope, "gpu-node-pool", {
      name: GPU_POOL.name,
      nodeClass: nodeClass(GPU_POOL.name, ROOT_VOLUME_GIB.gpu),
      instanceFamilies: gpu.instanceFamilies,
      capacityTypes: gpu.capacityTypes,
      limits: { [GPU_POOL.resource]: gpu.maxGpus, cpu: gpu.maxCpu },
      nodeLabels: { ...GPU_POOL.nodeLabel },
      taints: [{ key: GPU_POOL.taint.key, effect: GPU_POOL.taint.effect }],
      // Only empty GPU nodes go: consolidation never evicts a running training or serving pod. The wait
      // spans the gap between pipeline steps, so a node is not dropped just before the next step needs it.
      consolidationPolicy: "WhenEmpty",
      consolidateAfter: Duration.minutes(10),
      disruptionBudgets: [{ nodes: "1" }],
    });
  },
};

/** The one place a cloud's capacity provider is chosen. */
export const GPU_CAPACITY_PROVIDERS: Readonly<Record<CloudName, GpuCapacityProvider | undefined>> = {
  aws: karpenterCapacity,
  azure: undefined,
  gcp: undefined,
};

/** The provider of `cloud`, or an error naming the cloud and what exists. */
export function gpuCapacityProvider(cloud: CloudName): GpuCapacityProvider {
  const provider = GPU_CAPACITY_PROVIDERS[cloud];
  if (!provider) {
    const implemented = Object.entries(GPU_CAPACITY_PROVIDERS)
      .filter(([, candidate]) => candidate !== undefined)
      .map(([name]) => `"${name}"`)
      .join(", ");
    throw new Error(
      `GpuCapacityChart: cloud "${cloud}" has no GPU capacity provider yet (implemented: ${implemented}); add one to GPU_CAPACITY_PROVIDERS in charts/gpu-capacity-providers.ts`,
    );
  }
  return provider;
}
