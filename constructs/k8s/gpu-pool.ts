/** The GPU node pool, on every cloud: its name, the label its nodes carry and the taint only GPU workloads tolerate. */
export const GPU_POOL = {
  name: "gpu",
  nodeLabel: { "mlops-platform.io/pool": "gpu" },
  taint: { key: "nvidia.com/gpu", effect: "NoSchedule" },
  resource: "nvidia.com/gpu",
} as const;
