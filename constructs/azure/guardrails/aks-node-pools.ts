import { blockOf } from "../../../guardrails/terraform-references";

// biome-ignore lint/suspicious/noExplicitAny: resource arguments are plain JSON of any shape.
type Json = any;

/** The node pools of a stack's AKS resources: the cluster's default pool, or the separate pool itself. */
export function nodePoolOf(resource: { readonly type: string; readonly config: Json }): Json {
  return resource.type === "azurerm_kubernetes_cluster"
    ? blockOf(resource.config.default_node_pool)
    : resource.config;
}
