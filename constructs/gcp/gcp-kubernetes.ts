import type { KubernetesSupport } from "../cloud";

/**
 * Kubernetes versions the platform runs on GKE, with the end of GKE standard support for each (GKE release
 * schedule, see docs/versions.md; GKE's dates are estimates it revises). Clusters are enrolled in the
 * REGULAR release channel: GKE upgrades patch versions itself, and the minor at the end of its support.
 */
export const GKE_KUBERNETES: KubernetesSupport = {
  service: "GKE",
  standardSupportEnds: {
    "1.35": "2027-02-28",
  },
  defaultVersion: "1.35",
  pastSupport:
    "GKE then upgrades the control plane by itself, and the spec's version would no longer describe the cluster",
};
