import type { KubernetesSupport } from "../cloud";

/**
 * Kubernetes versions the platform runs on EKS, with the last day of EKS standard support for each (EKS
 * user guide, Kubernetes version calendar; see docs/versions.md). With the cluster's upgrade policy
 * STANDARD, EKS upgrades a control plane past that day by itself and the next plan would try to downgrade
 * it. Move this window forward as the calendar moves.
 */
export const EKS_KUBERNETES: KubernetesSupport = {
  service: "EKS",
  standardSupportEnds: {
    "1.34": "2026-12-02",
    "1.35": "2027-03-27",
  },
  defaultVersion: "1.35",
  pastSupport: "EKS then upgrades the control plane by itself and the next plan would try to downgrade it",
};

/**
 * The EKS-optimized AL2023 AMI release autoscaled nodes boot unless an environment pins another
 * (`aws.nodeImageRelease`): the newest release with published release notes when this was set
 * (awslabs/amazon-eks-ami, see docs/versions.md).
 */
export const DEFAULT_NODE_IMAGE_RELEASE = "v20260714";

/** An EKS AL2023 AMI release tag. */
export const NODE_IMAGE_RELEASE = /^v\d{8}$/;

/**
 * The pod annotation Karpenter (the node autoscaler on EKS) reads as "never disrupt this pod's node while it
 * runs" (Karpenter v1.14 docs, concepts/disruption.md; see docs/versions.md).
 */
export const KARPENTER_DO_NOT_DISRUPT = { "karpenter.sh/do-not-disrupt": "true" } as const;
