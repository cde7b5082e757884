import type { TerraformRule } from "../../../guardrails/rule";
import { blockOf } from "../../../guardrails/terraform-references";

export const gkeSecretsEncryption: TerraformRule = {
  id: "platform-gke-secrets-encryption",
  severity: "error",
  rationale:
    "Kubernetes Secrets are stored in etcd; application-layer encryption with the platform's Cloud KMS key keeps them unreadable there",
  fix: 'set database_encryption.state = "ENCRYPTED" and database_encryption.key_name to a Cloud KMS key',
  resourceTypes: ["google_container_cluster"],
  check({ config }) {
    const encryption = blockOf(config.database_encryption);
    return encryption.state === "ENCRYPTED" && encryption.key_name
      ? undefined
      : "does not encrypt Kubernetes Secrets with a Cloud KMS key";
  },
};
