import { Construct } from "constructs";
import {
  SecretStore,
  type SecretStoreSpecProvider,
} from "../../imports/external-secrets-secretstores-external-secrets.io";
import type { ISecretStore } from "./external-database-secret";

/** What every cloud's namespaced store takes besides its provider's own settings. */
export interface NamespacedSecretStoreProps {
  readonly namespace: string;
  readonly name: string;
  /**
   * Service account (in `namespace`) whose cloud identity External Secrets borrows to read the secrets.
   */
  readonly serviceAccount: string;
  /** @default none */
  readonly labels?: Readonly<Record<string, string>>;
}

/**
 * A namespace-scoped External Secrets store that reads a cloud's secret manager as one workload's identity:
 * the store reads exactly what that identity may, and only ExternalSecrets of its own namespace can use it
 * (a ClusterSecretStore would lend the identity to every namespace). Each cloud's store supplies its
 * provider block.
 */
export abstract class NamespacedSecretStore extends Construct implements ISecretStore {
  readonly storeName: string;
  readonly storeKind = "SecretStore" as const;
  readonly namespace: string;

  protected constructor(
    scope: Construct,
    id: string,
    props: NamespacedSecretStoreProps,
    provider: SecretStoreSpecProvider,
  ) {
    super(scope, id);
    this.storeName = props.name;
    this.namespace = props.namespace;
    new SecretStore(this, "store", {
      metadata: {
        name: props.name,
        namespace: props.namespace,
        ...(props.labels && { labels: { ...props.labels } }),
      },
      spec: { provider },
    });
  }
}
