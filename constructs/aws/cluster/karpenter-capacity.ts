import { Duration } from "cdk8s";
import type { Construct } from "constructs";
import type { CapacityType, Environment, Tier } from "../../../config/environment-spec";
import type { PlatformContract } from "../../../config/platform-contract";
import { GPU_POOL } from "../../k8s/gpu-pool";
import { awsSettingsOf } from "../aws-spec";
import { KARPENTER } from "./karpenter-addon";
import { KarpenterNodeClass } from "./karpenter-node-class";
import { KarpenterNodePool } from "./karpenter-node-pool";

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
export function addKarpenterCapacity(
  scope: Construct,
  { environment, contract }: { environment: Environment; contract: PlatformContract },
): void {
  const tags = {
    Project: "mlops-platform",
    Environment: environment.name,
    ManagedBy: "karpenter",
    ...environment.tags,
  };
  const nodeClass = (name: string, rootVolumeSizeGiB: number) =>
    new KarpenterNodeClass(scope, `${name}-node-class`, {
      name,
      nodeRoleName: contract.addOns.settings[KARPENTER.nodeRoleSetting] as string,
      amiAlias: `al2023@${awsSettingsOf(environment).nodeImageRelease}`,
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
    instanceFamilies: awsSettingsOf(environment).gpuInstanceFamilies,
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
}
