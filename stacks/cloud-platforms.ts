import type { CloudName } from "../config/environment-spec";
import { awsPlatform } from "../constructs/aws/aws-platform";
import type { CloudPlatformFactory } from "../constructs/cloud-platform";

/** The one place a cloud is chosen: each cloud's implementation of the platform. */
export const CLOUD_PLATFORMS: Readonly<Partial<Record<CloudName, CloudPlatformFactory>>> = {
  aws: awsPlatform,
};
