import type { KubernetesRule } from "../../../guardrails/rule";

export const nodeClassPrivateAddresses: KubernetesRule = {
  id: "platform-karpenter-no-public-ip",
  severity: "error",
  rationale:
    "nodes live in private subnets and reach out through NAT; a public address exposes them directly",
  fix: "set spec.associatePublicIPAddress: false on the EC2NodeClass",
  kinds: ["EC2NodeClass"],
  check: (nodeClass) =>
    nodeClass.spec?.associatePublicIPAddress === false
      ? undefined
      : "does not refuse public addresses (associatePublicIPAddress is not false)",
};
