/** The GPU node pool, on every cloud: its name, the label its nodes carry and the taint only GPU workloads tolerate. */
export const GPU_POOL = {
  name: "gpu",
  nodeLabel: { "mlops-platform.io/pool": "gpu" },
  taint: { key: "nvidia.com/gpu", effect: "NoSchedule" },
  resource: "nvidia.com/gpu",
} as const;

/** The GPU pool's placement on an environment's cloud: the common labels and taint, and the cloud's own taints. */
export function gpuPlacementOf(cloudTaints: readonly { key: string; value: string; effect: string }[]) {
  return {
    nodeLabels: GPU_POOL.nodeLabel,
    taint: GPU_POOL.taint,
    resource: GPU_POOL.resource,
    ...(cloudTaints.length > 0 && { cloudTaints }),
  };
}
