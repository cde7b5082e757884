import type { TerraformResource, TerraformRule } from "../../../guardrails/rule";
import { blockOf, refersTo } from "../../../guardrails/terraform-references";

/** A zone ends in a letter after the region: "us-central1-a". */
const ZONE = /-[a-z]$/;

/**
 * The zones a pool's nodes are in: its own node_locations, else its cluster's (which for a zonal cluster
 * lists only the zones besides the cluster's own), else the cluster's zone.
 */
function zonesOf(pool: TerraformResource, cluster: TerraformResource | undefined): number | undefined {
  const own: string[] | undefined = pool.config.node_locations;
  if (own !== undefined) return own.length;
  const inherited: string[] | undefined = cluster?.config.node_locations;
  if (inherited !== undefined) {
    const clusterZone: unknown = cluster?.config.location;
    const zonal =
      typeof clusterZone === "string" && ZONE.test(clusterZone) && !inherited.includes(clusterZone);
    return inherited.length + (zonal ? 1 : 0);
  }
  const location: unknown = pool.config.location ?? cluster?.config.location;
  // A regional pool without node_locations spreads over the region's default three zones.
  return typeof location === "string" ? (ZONE.test(location) ? 1 : 3) : undefined;
}

export const gkeGeneralPoolHighAvailability: TerraformRule = {
  id: "platform-gke-general-pool-high-availability",
  severity: "error",
  rationale:
    "the untainted pools run the controllers and MLflow; in production they survive the loss of a node and a zone",
  fix: "keep the general pool's total_min_node_count at 2 or more over 2 or more zones (cluster.systemNodes.minSize)",
  tiers: ["prod"],
  resourceTypes: ["google_container_node_pool"],
  check(pool, stack) {
    const node = blockOf(pool.config.node_config);
    // Tainted pools (the GPU pools) take only the workloads that tolerate them and scale from zero.
    if ([node.taint ?? []].flat().length > 0) return undefined;
    const cluster = stack
      .ofType("google_container_cluster")
      .find((candidate) => refersTo(pool.config.cluster, candidate));
    const zones = zonesOf(pool, cluster) ?? 1;
    const scaling = blockOf(pool.config.autoscaling);
    const minimum =
      scaling.total_min_node_count ??
      (scaling.min_node_count ?? pool.config.node_count ?? pool.config.initial_node_count ?? 0) * zones;
    if (minimum < 2) return `may shrink to ${minimum} node${minimum === 1 ? "" : "s"}`;
    return zones >= 2 ? undefined : "runs in one zone";
  },
};
