import { Construct } from "constructs";
import { SecretStore } from "../../../imports/external-secrets-secretstores-external-secrets.io";
import type { ISecretStore } from "../../k8s/external-database-secret";

export interface GcpSecretManagerStoreProps {
  readonly namespace: string;
  readonly name: string;
  /** Project holding the secrets. */
  readonly projectId: string;
  /**
   * Service account (in `namespace`) whose Workload Identity External Secrets uses: the Google service
   * account named by its `iam.gke.io/gcp-service-account` annotation must be allowed to read the secrets.
   */
  readonly serviceAccount: string;
  /** @default none */
  readonly labels?: Readonly<Record<string, string>>;
}

const PROJECT_ID = /^[a-z][a-z0-9-]{4,28}[a-z0-9]$/;

/**
 * A namespace-scoped External Secrets store reading Google Secret Manager as one workload's service
 * account (Workload Identity for GKE): the store reads exactly what that workload's Google service account
 * may, and only ExternalSecrets of its own namespace can use it. The cluster's name and location come from
 * the metadata server of the node External Secrets runs on.
 */
export class GcpSecretManagerStore extends Construct implements ISecretStore {
  readonly storeName: string;
  readonly storeKind = "SecretStore" as const;
  readonly namespace: string;

  constructor(scope: Construct, id: string, props: GcpSecretManagerStoreProps) {
    super(scope, id);
    if (!PROJECT_ID.test(props.projectId)) {
      throw new Error(
        `GcpSecretManagerStore ${props.namespace}/${props.name}: projectId is "${props.projectId}"; expected a GCP project id such as "mlops-prod-123456"`,
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
          gcpsm: {
            projectId: props.projectId,
            auth: { workloadIdentity: { serviceAccountRef: { name: props.serviceAccount } } },
          },
        },
      },
    });
  }
}
