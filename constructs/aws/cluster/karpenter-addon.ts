import type { PlatformContract } from "../../../config/platform-contract";
import { type HelmAddOn, type HelmChartPin, SYNC_WAVES } from "../../k8s/add-ons/helm-add-on";

/** Karpenter, the node autoscaler on EKS: where it runs and the contract keys of its names. */
export const KARPENTER = {
  addOn: "karpenter",
  namespace: "karpenter",
  serviceAccount: "karpenter",
  nodeRoleSetting: "karpenterNodeRole",
  interruptionQueueSetting: "karpenterInterruptionQueue",
} as const;

/** The AWS names of Karpenter's pieces for a cluster whose resources are named `<prefix>-...`. */
export function karpenterNames(prefix: string) {
  return {
    controllerRole: `${prefix}-karpenter`,
    nodeRole: `${prefix}-karpenter-node`,
    interruptionQueue: `${prefix}-karpenter-interruptions`,
  } as const;
}

/** Karpenter's charts (docs/versions.md): the CRDs in a chart of their own, as its upgrade guide advises. */
export const KARPENTER_CHARTS = {
  crds: { repoUrl: "public.ecr.aws/karpenter", chart: "karpenter-crd", version: "1.14.1" },
  controller: { repoUrl: "public.ecr.aws/karpenter", chart: "karpenter", version: "1.14.1" },
} as const satisfies Record<string, HelmChartPin>;

/**
 * Karpenter as add-ons: its CRDs first, then the controller, configured from the contract (cluster name,
 * interruption queue, the controller's IAM role on its service account). The controller's chart leaves its
 * own copy of the CRDs out: the CRD chart owns them.
 */
export function karpenterAddOns(contract: PlatformContract): HelmAddOn[] {
  const identity = contract.addOns.identities[KARPENTER.addOn];
  const queue = contract.addOns.settings[KARPENTER.interruptionQueueSetting];
  if (!identity || !queue) {
    throw new Error(
      `karpenterAddOns ${contract.environment}: the contract has no Karpenter identity or interruption queue; expected the AWS cloud's add-on names`,
    );
  }
  return [
    {
      name: "karpenter-crd",
      chart: KARPENTER_CHARTS.crds,
      releaseName: "karpenter-crd",
      namespace: KARPENTER.namespace,
      wave: SYNC_WAVES.foundations,
      createNamespace: "restricted",
    },
    {
      name: "karpenter",
      chart: KARPENTER_CHARTS.controller,
      releaseName: "karpenter",
      namespace: KARPENTER.namespace,
      wave: SYNC_WAVES.controllers,
      skipCrds: true,
      values: {
        settings: { clusterName: contract.clusterName, interruptionQueue: queue },
        serviceAccount: {
          name: identity.serviceAccount,
          annotations: { ...identity.serviceAccountAnnotations },
        },
      },
    },
  ];
}
