// biome-ignore lint/suspicious/noExplicitAny: resource arguments are plain JSON of any shape.
type Json = any;

/** A nested block as the synthesized JSON holds it (an object, or a list of one): its arguments, or {}. */
export function blockOf(value: Json): Json {
  return [value ?? []].flat()[0] ?? {};
}

/** The node pools of a stack's AKS resources: the cluster's default pool, or the separate pool itself. */
export function nodePoolOf(resource: { readonly type: string; readonly config: Json }): Json {
  return resource.type === "azurerm_kubernetes_cluster"
    ? blockOf(resource.config.default_node_pool)
    : resource.config;
}
