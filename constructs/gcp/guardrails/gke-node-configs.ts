import { blockOf } from "../../../guardrails/terraform-references";

// biome-ignore lint/suspicious/noExplicitAny: resource arguments are plain JSON of any shape.
type Json = any;

/**
 * The node configurations a GKE resource defines, with where each is: a node pool's own, or a cluster's
 * (for its default pool) and those of the pools written inline in it. An absent node_config is GKE's
 * defaults, so it is checked as {} too.
 */
export function nodeConfigsOf(type: string, config: Json): { readonly where: string; readonly node: Json }[] {
  if (type === "google_container_node_pool")
    return [{ where: "its nodes", node: blockOf(config.node_config) }];
  const inline: Json[] = [config.node_pool ?? []].flat();
  return [
    { where: "the default pool", node: blockOf(config.node_config) },
    ...inline.map((pool, index) => ({
      where: `node_pool ${pool.name ?? index}`,
      node: blockOf(pool.node_config),
    })),
  ];
}

/** The GKE resources whose node configurations the node rules check. */
export const NODE_RESOURCES: readonly string[] = ["google_container_cluster", "google_container_node_pool"];

/**
 * The message of a node rule: undefined when no node configuration of the resource breaks it, else the
 * places that do ("the default pool, node_pool gpu") and what they do.
 */
export function nodeFinding(
  type: string,
  config: Json,
  breaks: (node: Json) => boolean,
  what: string,
): string | undefined {
  const places = nodeConfigsOf(type, config)
    .filter(({ node }) => breaks(node))
    .map(({ where }) => where);
  return places.length === 0 ? undefined : `${what} (${places.join(", ")})`;
}
