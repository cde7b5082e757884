import type { KubernetesRule } from "../../../guardrails/rule";

/** CKV_AWS_79 and CKV_AWS_341 for the nodes Karpenter launches (the GPU and general pools). */
export const nodeClassImdsv2: KubernetesRule = {
  id: "platform-karpenter-imdsv2",
  severity: "error",
  rationale:
    "Karpenter's nodes run the GPU workloads; IMDSv1 or a hop limit above 1 hands pods the node role",
  fix: 'set spec.metadataOptions httpTokens: "required" and httpPutResponseHopLimit: 1 on the EC2NodeClass',
  kinds: ["EC2NodeClass"],
  check(nodeClass) {
    const options = nodeClass.spec?.metadataOptions ?? {};
    if (options.httpEndpoint === "disabled") return undefined;
    // Karpenter's defaults are IMDSv2 with a hop limit of 1; the platform states them so a review sees them.
    if (options.httpTokens !== "required") return 'does not state metadataOptions.httpTokens: "required"';
    return options.httpPutResponseHopLimit === 1
      ? undefined
      : `has a metadata hop limit of ${options.httpPutResponseHopLimit ?? "Karpenter's default"}, not 1`;
  },
};
