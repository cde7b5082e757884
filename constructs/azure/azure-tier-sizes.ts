import type { Tier } from "../../config/environment-spec";
import type { AzureSettings } from "./azure-spec";

/** Azure sizes by tier: what an Azure environment runs unless its `azure` block names others. */
export const AZURE_TIER_SIZES: Readonly<
  Record<
    Tier,
    Pick<AzureSettings, "systemNodeVmSize" | "generalNodeVmSize" | "gpuVmSizes" | "databaseSkuName">
  >
> = {
  dev: {
    systemNodeVmSize: "Standard_D4ds_v5",
    generalNodeVmSize: "Standard_D4ds_v5",
    gpuVmSizes: ["Standard_NC4as_T4_v3"],
    databaseSkuName: "B_Standard_B2s",
  },
  prod: {
    systemNodeVmSize: "Standard_D8ds_v5",
    generalNodeVmSize: "Standard_D8ds_v5",
    gpuVmSizes: ["Standard_NC24ads_A100_v4"],
    databaseSkuName: "GP_Standard_D4ds_v5",
  },
};
