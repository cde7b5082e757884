import type { Tier } from "../../config/environment-spec";

/** AWS sizes by tier: what an AWS environment runs unless its `aws` block names others. */
export const AWS_TIER_SIZES: Readonly<
  Record<
    Tier,
    {
      readonly systemNodeInstanceTypes: readonly string[];
      readonly gpuInstanceFamilies: readonly string[];
      readonly databaseInstanceClass: string;
    }
  >
> = {
  dev: {
    systemNodeInstanceTypes: ["m6i.large"],
    gpuInstanceFamilies: ["g5", "g6"],
    databaseInstanceClass: "db.t4g.medium",
  },
  prod: {
    systemNodeInstanceTypes: ["m6i.xlarge"],
    gpuInstanceFamilies: ["g5", "g6"],
    databaseInstanceClass: "db.r6g.large",
  },
};
