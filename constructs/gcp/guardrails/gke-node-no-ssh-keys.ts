import type { TerraformRule } from "../../../guardrails/rule";
import { NODE_RESOURCES, nodeFinding } from "./gke-node-configs";

const SSH_KEYS = ["ssh-keys", "sshKeys"];

export const gkeNodeNoSshKeys: TerraformRule = {
  id: "platform-gke-node-no-ssh-keys",
  severity: "error",
  rationale:
    "SSH into nodes bypasses the cluster's audit trail; a key in the node metadata opens every node of the pool",
  fix: "remove ssh-keys from node_config.metadata (reach a node with gcloud compute ssh through IAP when needed)",
  resourceTypes: NODE_RESOURCES,
  check: ({ type, config }) =>
    nodeFinding(
      type,
      config,
      (node) => SSH_KEYS.some((key) => node.metadata?.[key] !== undefined),
      "puts SSH keys in its node metadata",
    ),
};
