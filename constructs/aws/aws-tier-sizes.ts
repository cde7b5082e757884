import type { Tier } from "../../config/environment-spec";
import type { AwsSettings } from "./aws-spec";

/** AWS sizes by tier: what an AWS environment runs unless its `aws` block names others. */
export const AWS_TIER_SIZES: Readonly<
  Record<Tier, Pick<AwsSettings, "systemNodeInstanceTypes" | "gpuInstanceFamilies" | "databaseInstanceClass">>
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
