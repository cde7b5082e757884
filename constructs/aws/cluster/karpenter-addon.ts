/** Karpenter, the node autoscaler on EKS: where it runs and the contract keys of its names. */
export const KARPENTER = {
  addOn: "karpenter",
  namespace: "karpenter",
  serviceAccount: "karpenter",
  nodeRoleSetting: "karpenterNodeRole",
  interruptionQueueSetting: "karpenterInterruptionQueue",
} as const;
