import type { TerraformRule } from "../../../guardrails/rule";
import { blockOf } from "../../../guardrails/terraform-references";

export const aksKmsEtcdEncryption: TerraformRule = {
  id: "platform-aks-kms-etcd-encryption",
  severity: "error",
  rationale:
    "Kubernetes Secrets are stored in etcd; envelope encryption with the platform's Key Vault key keeps them unreadable there",
  fix: 'set key_management_service with the cluster key\'s key_vault_key_id and key_vault_network_access = "Private"',
  resourceTypes: ["azurerm_kubernetes_cluster"],
  check({ config }) {
    const kms = blockOf(config.key_management_service);
    if (!kms.key_vault_key_id)
      return "does not encrypt Kubernetes Secrets with a Key Vault key (no key_management_service)";
    return kms.key_vault_network_access === "Private"
      ? undefined
      : 'reaches its KMS key vault over the public network (key_vault_network_access is not "Private")';
  },
};
