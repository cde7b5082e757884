import type { KubernetesSupport } from "../cloud";

/**
 * Kubernetes versions the platform runs on AKS, with the last day of AKS community support for each (AKS
 * release calendar, "End of life" column: a month means its last day; see docs/versions.md). A cluster on
 * the automatic upgrade channel "patch" is moved to the next minor by AKS past that day, and the next plan
 * would try a downgrade. Move this window forward as the calendar moves.
 */
export const AKS_KUBERNETES: KubernetesSupport = {
  service: "AKS",
  standardSupportEnds: {
    "1.35": "2027-03-31",
    "1.36": "2027-06-30",
    "1.37": "2027-10-31",
  },
  defaultVersion: "1.36",
  pastSupport: "AKS then upgrades the cluster by itself and the next plan would try to downgrade it",
};
