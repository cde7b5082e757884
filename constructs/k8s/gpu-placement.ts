/**
 * Where GPU workloads run: the GPU pool's node labels, the taint that keeps every other pod off its
 * nodes, and the extended resource its GPUs are counted in. Charts pass it in when the environment has
 * a GPU pool (and leave it out when it has none), so constructs never guess whether GPUs exist.
 */
export interface GpuPlacement {
  /** Labels every node of the GPU pool carries; GPU pods select them. */
  readonly nodeLabels: Readonly<Record<string, string>>;
  /** The taint on the GPU pool's nodes; GPU pods tolerate it (whatever its value). */
  readonly taint: { readonly key: string; readonly effect: "NoSchedule" | "PreferNoSchedule" | "NoExecute" };
  /** Extended resource the device plugin advertises GPUs as, e.g. "nvidia.com/gpu". */
  readonly resource: string;
  /**
   * Taints the cloud itself puts on some GPU nodes that GPU pods tolerate too (AKS taints spot nodes).
   * @default none
   */
  readonly cloudTaints?: readonly { readonly key: string; readonly value: string; readonly effect: string }[];
}

/** The scheduling fields of a pod that must land on the GPU pool: node selector and toleration. */
export function gpuScheduling(placement: GpuPlacement): {
  nodeSelector: Record<string, string>;
  tolerations: (
    | { key: string; operator: "Exists"; effect: string }
    | { key: string; operator: "Equal"; value: string; effect: string }
  )[];
} {
  return {
    nodeSelector: { ...placement.nodeLabels },
    tolerations: [
      { key: placement.taint.key, operator: "Exists", effect: placement.taint.effect },
      ...(placement.cloudTaints ?? []).map((taint) => ({
        key: taint.key,
        operator: "Equal" as const,
        value: taint.value,
        effect: taint.effect,
      })),
    ],
  };
}
