import type { Construct } from "constructs";
import { NamespacedSecretStore, type NamespacedSecretStoreProps } from "../../k8s/namespaced-secret-store";

export interface GcpSecretManagerStoreProps extends NamespacedSecretStoreProps {
  /** Project holding the secrets. */
  readonly projectId: string;
  /**
   * Service account (in `namespace`) whose Workload Identity External Secrets uses: the Google service
   * account named by its `iam.gke.io/gcp-service-account` annotation must be allowed to read the secrets.
   */
  readonly serviceAccount: string;
}

const PROJECT_ID = /^[a-z][a-z0-9-]{4,28}[a-z0-9]$/;

/**
 * A namespaced External Secrets store reading Google Secret Manager as one workload's Google service account
 * (Workload Identity for GKE). The cluster's name and location come from the metadata server of the node
 * External Secrets runs on.
 */
export class GcpSecretManagerStore extends NamespacedSecretStore {
  constructor(scope: Construct, id: string, props: GcpSecretManagerStoreProps) {
    if (!PROJECT_ID.test(props.projectId)) {
      throw new Error(
        `GcpSecretManagerStore ${props.namespace}/${props.name}: projectId is "${props.projectId}"; expected a GCP project id such as "mlops-prod-123456"`,
      );
    }
    super(scope, id, props, {
      gcpsm: {
        projectId: props.projectId,
        auth: { workloadIdentity: { serviceAccountRef: { name: props.serviceAccount } } },
      },
    });
  }
}
