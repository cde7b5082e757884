import { cloudOf } from "../constructs/clouds";

/** Regions the platform supports on a cloud (from the cloud's entry in the registry). */
export function supportedRegions(cloud: string): readonly string[] {
  return Object.keys(cloudOf(cloud).regions);
}

/** Zone names of a region, in order; empty for a region the cloud does not list. */
export function availabilityZones(cloud: string, region: string): readonly string[] {
  return cloudOf(cloud).regions[region] ?? [];
}
