import type { Environment } from "../../config/environment-spec";
import type { PlatformContract } from "../../config/platform-contract";
import { cloudOf } from "../../constructs/clouds";
import {
  type HelmAddOn,
  type HelmChartPin,
  RESTRICTED_CONTAINER_SECURITY_CONTEXT,
  RESTRICTED_POD_SECURITY_CONTEXT,
  SYNC_WAVES,
} from "../../constructs/k8s/add-ons/helm-add-on";

/** Velero 1.18.1's chart (docs/versions.md). */
export const VELERO_CHART: HelmChartPin = {
  repoUrl: "https://vmware-tanzu.github.io/helm-charts",
  chart: "velero",
  version: "12.1.0",
};

/**
 * The user of Velero's image: `cnb` of its base image paketobuildpacks/run-jammy-tiny, uid 1002 and gid 1000
 * (velero v1.18.1 Dockerfile `USER cnb:cnb`; jammy-tiny-stack stack.toml [run]). Named, not numeric, in the
 * image, so `runAsNonRoot` needs the numbers given.
 */
export const VELERO_IMAGE_USER = { runAsUser: 1002, runAsGroup: 1000 } as const;

/** Every Velero container: restricted, and its root filesystem read-only (the chart then mounts /tmp). */
const VELERO_CONTAINER_SECURITY_CONTEXT = {
  ...RESTRICTED_CONTAINER_SECURITY_CONTEXT,
  readOnlyRootFilesystem: true,
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
    // The chart sets no security context by itself: these values make every pod of it restricted.
    createNamespace: "restricted",
    values: {
      podSecurityContext: {
        ...RESTRICTED_POD_SECURITY_CONTEXT,
        ...VELERO_IMAGE_USER,
        fsGroup: VELERO_IMAGE_USER.runAsGroup,
      },
      containerSecurityContext: VELERO_CONTAINER_SECURITY_CONTEXT,
      initContainers: [
        {
          // Copies the plugin's binary into the shared `plugins` volume, and nothing else.
          name: `velero-plugin-for-${cloud.provider}`,
          image: cloud.pluginImage,
          imagePullPolicy: "IfNotPresent",
          securityContext: VELERO_CONTAINER_SECURITY_CONTEXT,
          volumeMounts: [{ mountPath: "/target", name: "plugins" }],
        },
      ],
      // The CRD upgrade Job (a sync hook) shares the server's contexts; its own /tmp stays writable.
      upgradeCRDsJob: {
        extraVolumes: [{ name: "tmp", emptyDir: {} }],
        extraVolumeMounts: [{ name: "tmp", mountPath: "/tmp" }],
      },
      // Only the CRD clean-up Job (off: cleanUpCRDs false) runs kubectl; restricted too, should it be turned on.
      kubectl: { containerSecurityContext: VELERO_CONTAINER_SECURITY_CONTEXT },
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
