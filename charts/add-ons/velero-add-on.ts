import type { Environment } from "../../config/environment-spec";
import type { PlatformContract } from "../../config/platform-contract";
import { cloudOf } from "../../constructs/clouds";
import { type HelmAddOn, type HelmChartPin, SYNC_WAVES } from "../../constructs/k8s/add-ons/helm-add-on";

/** Velero 1.18.1's chart (docs/versions.md). */
export const VELERO_CHART: HelmChartPin = {
  repoUrl: "https://vmware-tanzu.github.io/helm-charts",
  chart: "velero",
  version: "12.1.0",
};

/** The name of the backup storage location the chart creates, which the Schedules and the runbooks use. */
export const VELERO_LOCATION = "default";

/**
 * Velero, backing up the platform's namespaces into the environment's artifact store under its own prefix
 * (`backups/velero`), through the cloud's plugin and the `velero` workload identity of the contract (no key
 * in a Secret). Objects only: the platform keeps its state in the database and the bucket, not in volumes,
 * so volume snapshots are off. Its schedules are the `cluster-backups` chart's.
 */
export function veleroAddOn(env: Environment, contract: PlatformContract): HelmAddOn {
  const identity = contract.workloads.velero;
  const cloud = cloudOf(env.cloud).cluster.velero(env, contract);
  return {
    name: "velero",
    chart: VELERO_CHART,
    releaseName: "velero",
    namespace: identity.namespace,
    wave: SYNC_WAVES.controllers,
    // The chart sets no security context and its image's user is not numeric: "baseline", not "restricted".
    createNamespace: "baseline",
    values: {
      initContainers: [
        {
          name: `velero-plugin-for-${cloud.provider}`,
          image: cloud.pluginImage,
          imagePullPolicy: "IfNotPresent",
          volumeMounts: [{ mountPath: "/target", name: "plugins" }],
        },
      ],
      configuration: {
        backupStorageLocation: [
          {
            name: VELERO_LOCATION,
            provider: cloud.provider,
            bucket: cloud.bucket ?? contract.artifactStore.bucket,
            prefix: contract.artifactStore.prefixes.velero,
            default: true,
            config: { ...cloud.config },
          },
        ],
        ...(cloud.env && {
          extraEnvVars: Object.entries(cloud.env).map(([name, value]) => ({ name, value })),
        }),
      },
      snapshotsEnabled: false,
      credentials: { useSecret: false },
      serviceAccount: {
        server: {
          create: true,
          name: identity.serviceAccount,
          annotations: { ...identity.serviceAccountAnnotations },
        },
      },
      ...(Object.keys(identity.podLabels).length > 0 && { podLabels: { ...identity.podLabels } }),
    },
  };
}
