import type { TerraformRule } from "../../../guardrails/rule";
import { blockOf } from "../../../guardrails/terraform-references";

/** GCS's multi-regions: each keeps every object in two regions or more of its continent. */
const MULTI_REGIONS = ["US", "EU", "ASIA"];

export const gcsDualRegion: TerraformRule = {
  id: "platform-gcs-dual-region",
  severity: "error",
  rationale:
    "the recovery environment serves the models from the same bucket; it must hold them in the recovery region too",
  fix: "make the bucket dual-region: location = the multi-region and custom_placement_config.data_locations = both regions (artifacts.replicateToRecoveryRegion)",
  tiers: ["prod"],
  resourceTypes: ["google_storage_bucket"],
  check({ config }) {
    const locations: string[] = blockOf(config.custom_placement_config).data_locations ?? [];
    if (locations.length >= 2) return undefined;
    return MULTI_REGIONS.includes(String(config.location ?? "").toUpperCase())
      ? undefined
      : `keeps its objects in one region (${config.location ?? "no location"})`;
  },
};
