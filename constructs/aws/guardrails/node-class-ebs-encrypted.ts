import type { KubernetesRule } from "../../../guardrails/rule";

export const nodeClassEbsEncrypted: KubernetesRule = {
  id: "platform-karpenter-ebs-encrypted",
  severity: "error",
  rationale: "GPU nodes cache models and datasets on their volumes; they are encrypted at rest",
  fix: "give every blockDeviceMappings entry of the EC2NodeClass ebs.encrypted: true",
  kinds: ["EC2NodeClass"],
  check(nodeClass) {
    const mappings: { deviceName?: string; ebs?: { encrypted?: boolean } }[] =
      nodeClass.spec?.blockDeviceMappings ?? [];
    if (mappings.length === 0)
      return "leaves its volumes' encryption to the AMI's defaults (no blockDeviceMappings)";
    const plain = mappings.filter((mapping) => mapping.ebs?.encrypted !== true);
    return plain.length === 0
      ? undefined
      : `does not encrypt ${plain.map((m) => m.deviceName ?? "a volume").join(", ")}`;
  },
};
