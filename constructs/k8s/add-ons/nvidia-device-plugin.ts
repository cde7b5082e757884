import { GPU_POOL } from "../gpu-pool";
import { type HelmAddOn, type HelmChartPin, SYNC_WAVES } from "./helm-add-on";

/** NVIDIA's device plugin, which advertises `nvidia.com/gpu` on GPU nodes (docs/versions.md). */
export const NVIDIA_DEVICE_PLUGIN_CHART: HelmChartPin = {
  repoUrl: "https://nvidia.github.io/k8s-device-plugin",
  chart: "nvidia-device-plugin",
  version: "0.20.0",
};

export interface NvidiaDevicePluginOptions {
  /** Taints the cloud puts on its GPU nodes beside the platform's `nvidia.com/gpu` one. @default none */
  readonly extraTolerations?: readonly {
    readonly key: string;
    readonly operator: string;
    readonly effect: string;
  }[];
}

/**
 * The device plugin as an add-on for clouds whose GPU nodes do not come with one. It runs on the platform's
 * GPU pool only (the chart's default affinity wants Node Feature Discovery labels, which nothing sets
 * here), in a namespace of its own at the `privileged` Pod Security level: it mounts the kubelet's
 * device-plugin socket and the driver from the host, which no stricter level admits.
 */
export function nvidiaDevicePluginAddOn(options: NvidiaDevicePluginOptions = {}): HelmAddOn {
  const [labelKey, labelValue] = Object.entries(GPU_POOL.nodeLabel)[0] as [string, string];
  return {
    name: "nvidia-device-plugin",
    chart: NVIDIA_DEVICE_PLUGIN_CHART,
    releaseName: "nvidia-device-plugin",
    namespace: "nvidia-device-plugin",
    wave: SYNC_WAVES.controllers,
    createNamespace: "privileged",
    values: {
      affinity: {
        nodeAffinity: {
          requiredDuringSchedulingIgnoredDuringExecution: {
            nodeSelectorTerms: [
              { matchExpressions: [{ key: labelKey, operator: "In", values: [labelValue] }] },
            ],
          },
        },
      },
      tolerations: [
        { key: GPU_POOL.taint.key, operator: "Exists", effect: GPU_POOL.taint.effect },
        ...(options.extraTolerations ?? []),
      ],
    },
  };
}
