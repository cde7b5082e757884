import type { TerraformRule } from "../../../guardrails/rule";

export const launchTemplateEbsEncrypted: TerraformRule = {
  id: "platform-launch-template-ebs-encrypted",
  severity: "error",
  rationale: "node volumes hold images, logs and emptyDir data of every pod; they are encrypted at rest",
  fix: 'set ebs.encrypted = "true" on every block device mapping of the launch template',
  resourceTypes: ["aws_launch_template"],
  check({ config }) {
    const mappings: { device_name?: string; ebs?: { encrypted?: string | boolean } }[] = [
      config.block_device_mappings ?? [],
    ].flat();
    if (mappings.length === 0)
      return "leaves the root volume's encryption to the account default (no block device mapping)";
    const plain = mappings.filter((mapping) => String([mapping.ebs ?? []].flat()[0]?.encrypted) !== "true");
    return plain.length === 0
      ? undefined
      : `does not encrypt ${plain.map((mapping) => mapping.device_name ?? "a volume").join(", ")}`;
  },
};
