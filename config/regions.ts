import type { CloudName } from "./environment-spec";

/**
 * Regions the platform supports, per cloud. For AWS the zone letters are listed too, so that the
 * availability zones of an environment are known at synth time without asking the cloud.
 */
const AWS_REGION_ZONES: Readonly<Record<string, string>> = {
  "us-east-1": "abcdef",
  "us-east-2": "abc",
  "us-west-2": "abcd",
  "ca-central-1": "abd",
  "eu-west-1": "abc",
  "eu-west-2": "abc",
  "eu-central-1": "abc",
  "eu-north-1": "abc",
  "ap-southeast-1": "abc",
  "ap-southeast-2": "abc",
  "ap-northeast-1": "acd",
  "ap-south-1": "abc",
};

const AZURE_REGIONS = [
  "eastus",
  "eastus2",
  "westus2",
  "westus3",
  "centralus",
  "northeurope",
  "westeurope",
  "uksouth",
  "swedencentral",
  "australiaeast",
  "japaneast",
] as const;

const GCP_REGIONS = [
  "us-central1",
  "us-east1",
  "us-east4",
  "us-west1",
  "europe-west1",
  "europe-west4",
  "europe-north1",
  "asia-northeast1",
  "asia-southeast1",
  "australia-southeast1",
] as const;

const REGIONS: Readonly<Record<CloudName, readonly string[]>> = {
  aws: Object.keys(AWS_REGION_ZONES),
  azure: AZURE_REGIONS,
  gcp: GCP_REGIONS,
};

export function supportedRegions(cloud: CloudName): readonly string[] {
  return REGIONS[cloud];
}

/** Zone names of a region, in order (for AWS: "us-east-1a", ...; elsewhere the zone numbers "1", "2", "3"). */
export function availabilityZones(cloud: CloudName, region: string): readonly string[] {
  if (cloud === "aws") {
    return [...(AWS_REGION_ZONES[region] ?? "")].map((letter) => `${region}${letter}`);
  }
  return ["1", "2", "3"];
}
