import type { Construct } from "constructs";
import { SecretStoreSpecProviderAzurekvAuthType } from "../../../imports/external-secrets-secretstores-external-secrets.io";
import { NamespacedSecretStore, type NamespacedSecretStoreProps } from "../../k8s/namespaced-secret-store";

export interface AzureKeyVaultStoreProps extends NamespacedSecretStoreProps {
  /** The vault's URL, such as "https://kv-prod-1a2b3c.vault.azure.net". */
  readonly vaultUrl: string;
  /**
   * Service account (in `namespace`) whose workload identity External Secrets uses: the managed identity
   * named by its `azure.workload.identity/client-id` annotation must hold Key Vault Secrets User on the
   * secrets it reads.
   */
  readonly serviceAccount: string;
}

const VAULT_URL = /^https:\/\/[a-zA-Z][a-zA-Z0-9-]{1,22}[a-zA-Z0-9]\.vault\.azure\.net$/;

/** A namespaced External Secrets store reading Azure Key Vault as one workload's managed identity. */
export class AzureKeyVaultStore extends NamespacedSecretStore {
  constructor(scope: Construct, id: string, props: AzureKeyVaultStoreProps) {
    if (!VAULT_URL.test(props.vaultUrl)) {
      throw new Error(
        `AzureKeyVaultStore ${props.namespace}/${props.name}: vaultUrl is "${props.vaultUrl}"; expected https://<vault name>.vault.azure.net`,
      );
    }
    super(scope, id, props, {
      azurekv: {
        authType: SecretStoreSpecProviderAzurekvAuthType.WORKLOAD_IDENTITY,
        vaultUrl: props.vaultUrl,
        serviceAccountRef: { name: props.serviceAccount },
      },
    });
  }
}
