import type { TerraformRule } from "../../../guardrails/rule";

export const eksSecretsEncryption: TerraformRule = {
  id: "CKV_AWS_58",
  severity: "error",
  rationale:
    "Kubernetes Secrets are stored in etcd; envelope encryption with a customer key keeps them unreadable there",
  fix: 'give aws_eks_cluster an encryption_config with resources ["secrets"] and a customer KMS key',
  resourceTypes: ["aws_eks_cluster"],
  check({ config }) {
    const encryption = [config.encryption_config ?? []].flat()[0];
    const ok = (encryption?.resources ?? []).includes("secrets") && Boolean(encryption?.provider?.key_arn);
    return ok ? undefined : "does not encrypt Kubernetes Secrets with a customer KMS key";
  },
};
