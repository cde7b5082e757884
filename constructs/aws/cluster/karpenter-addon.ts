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
