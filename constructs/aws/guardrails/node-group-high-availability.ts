import type { TerraformRule } from "../../../guardrails/rule";

export const nodeGroupHighAvailability: TerraformRule = {
  id: "platform-node-group-high-availability",
  severity: "error",
  rationale:
    "the system nodes run the controllers and MLflow; in production they survive the loss of a node and a zone",
  fix: "keep cluster.systemNodes.minSize at 2 or more and the node group in subnets of 2 or more zones",
  tiers: ["prod"],
  resourceTypes: ["aws_eks_node_group"],
  check({ config }) {
    const minimum = [config.scaling_config ?? []].flat()[0]?.min_size ?? 0;
    const subnets = (config.subnet_ids ?? []).length;
    if (minimum < 2)
      return `may shrink to ${minimum} node${minimum === 1 ? "" : "s"} (scaling_config.min_size)`;
    return subnets >= 2 ? undefined : `runs in ${subnets} subnet${subnets === 1 ? "" : "s"}: one zone`;
  },
};
