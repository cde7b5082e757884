import type { Tier } from "../../config/environment-spec";
import type { GcpSettings } from "./gcp-spec";

/** GCP sizes by tier: what a GCP environment runs unless its `gcp` block names others. */
export const GCP_TIER_SIZES: Readonly<
  Record<
    Tier,
    Pick<
      GcpSettings,
      | "systemMachineTypes"
      | "gpuPools"
      | "databaseTier"
      | "databaseEdition"
      | "turboReplication"
      | "nodeAutoProvisioning"
    >
  >
> = {
  dev: {
    systemMachineTypes: ["e2-standard-4"],
    gpuPools: [{ acceleratorType: "nvidia-l4", machineType: "g2-standard-8", acceleratorCount: 1 }],
    databaseTier: "db-custom-1-3840",
    databaseEdition: "ENTERPRISE",
    turboReplication: false,
    nodeAutoProvisioning: false,
  },
  prod: {
    systemMachineTypes: ["n2-standard-4"],
    gpuPools: [{ acceleratorType: "nvidia-l4", machineType: "g2-standard-8", acceleratorCount: 1 }],
    databaseTier: "db-custom-2-8192",
    databaseEdition: "ENTERPRISE",
    turboReplication: false,
    nodeAutoProvisioning: false,
  },
};
