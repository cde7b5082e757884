/**
 * The pod annotation the Kubernetes cluster autoscaler (the node autoscaler AKS and GKE manage) reads as
 * "scaling down this pod's node would evict it: don't" (kubernetes/autoscaler cluster-autoscaler/FAQ.md;
 * see docs/versions.md).
 */
export const CLUSTER_AUTOSCALER_NOT_SAFE_TO_EVICT = {
  "cluster-autoscaler.kubernetes.io/safe-to-evict": "false",
} as const;
