/**
 * Regions the platform runs in on GCP, with their zones in order (GCP's regions-and-zones table, see
 * docs/versions.md), so an environment's zones are known at synth without asking the cloud.
 */
export const GCP_REGION_ZONES: Readonly<Record<string, readonly string[]>> = {
  "us-central1": ["us-central1-a", "us-central1-b", "us-central1-c", "us-central1-f"],
  "us-east1": ["us-east1-b", "us-east1-c", "us-east1-d"],
  "us-east4": ["us-east4-a", "us-east4-b", "us-east4-c"],
  "us-west1": ["us-west1-a", "us-west1-b", "us-west1-c"],
  "us-west4": ["us-west4-a", "us-west4-b", "us-west4-c"],
  "europe-west1": ["europe-west1-b", "europe-west1-c", "europe-west1-d"],
  "europe-west3": ["europe-west3-a", "europe-west3-b", "europe-west3-c"],
  "europe-west4": ["europe-west4-a", "europe-west4-b", "europe-west4-c"],
  "asia-northeast1": ["asia-northeast1-a", "asia-northeast1-b", "asia-northeast1-c"],
  "asia-southeast1": ["asia-southeast1-a", "asia-southeast1-b", "asia-southeast1-c"],
};

/**
 * The multi-region a configurable dual-region bucket is placed under: both of its regions must be in the
 * same one (GCS configurable dual-regions).
 */
export function multiRegionOf(region: string): "US" | "EU" | "ASIA" | undefined {
  if (region.startsWith("us-")) return "US";
  if (region.startsWith("europe-")) return "EU";
  if (region.startsWith("asia-")) return "ASIA";
  return undefined;
}
