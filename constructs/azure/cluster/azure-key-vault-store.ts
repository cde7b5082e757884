import { Construct } from "constructs";
import {
  SecretStore,
  SecretStoreSpecProviderAzurekvAuthType,
} from "../../../imports/external-secrets-secretstores-external-secrets.io";
import type { ISecretStore } from "../../k8s/external-database-secret";

export interface AzureKeyVaultStoreProps {
  readonly namespace: string;
  readonly name: string;
  /** The vault's URL, such as "https://kv-prod-1a2b3c.vault.azure.net". */
  readonly vaultUrl: string;
  /**
   * Service account (in `namespace`) whose workload identity External Secrets uses: the managed identity
   * named by its `azure.workload.identity/client-id` annotation must hold Key Vault Secrets User on the
   * secrets it reads.
   */
  readonly serviceAccount: string;
  /** @default none */
  readonly labels?: Readonly<Record<string, string>>;
}

const VAULT_URL = /^https:\/\/[a-zA-Z][a-zA-Z0-9-]{1,22}[a-zA-Z0-9]\.vault\.azure\.net$/;

/**
 * A namespace-scoped External Secrets store reading Azure Key Vault as one workload's managed identity
 * (workload identity): the store reads exactly what that identity may, and only ExternalSecrets of its own
 * namespace can use it (a ClusterSecretStore would lend the identity to every namespace).
 */
export class AzureKeyVaultStore extends Construct implements ISecretStore {
  readonly storeName: string;
  readonly storeKind = "SecretStore" as const;
  readonly namespace: string;

  constructor(scope: Construct, id: string, props: AzureKeyVaultStoreProps) {
    super(scope, id);
    if (!VAULT_URL.test(props.vaultUrl)) {
      throw new Error(
        `AzureKeyVaultStore ${props.namespace}/${props.name}: vaultUrl is "${props.vaultUrl}"; expected https://<vault name>.vault.azure.net`,
      );
    }
    this.storeName = props.name;
    this.namespace = props.namespace;
    new SecretStore(this, "store", {
      metadata: {
        name: props.name,
        namespace: props.namespace,
        ...(props.labels && { labels: { ...props.labels } }),
      },
      spec: {
        provider: {
          azurekv: {
            authType: SecretStoreSpecProviderAzurekvAuthType.WORKLOAD_IDENTITY,
            vaultUrl: props.vaultUrl,
            serviceAccountRef: { name: props.serviceAccount },
          },
        },
      },
    });
  }
}
