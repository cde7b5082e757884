import type { TerraformRule } from "../../../guardrails/rule";

/** A zone ends in a letter after the region: "us-central1-a". */
const ZONE = /-[a-z]$/;

export const gkeRegional: TerraformRule = {
  id: "platform-gke-regional",
  severity: "error",
  rationale:
    "a zonal control plane is down for its zone's outages and every upgrade; a regional one has a replica per zone",
  fix: "give the cluster a region as its location (the prod tier builds a regional cluster)",
  tiers: ["prod"],
  resourceTypes: ["google_container_cluster"],
  check: ({ config }) =>
    typeof config.location === "string" && !ZONE.test(config.location)
      ? undefined
      : `has a zonal control plane (location ${config.location ?? "unset"})`,
};
