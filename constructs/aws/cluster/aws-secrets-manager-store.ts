import { Construct } from "constructs";
import {
  SecretStore,
  SecretStoreSpecProviderAwsService,
} from "../../../imports/external-secrets-secretstores-external-secrets.io";
import type { ISecretStore } from "../../k8s/external-database-secret";

export interface AwsSecretsManagerStoreProps {
  readonly namespace: string;
  readonly name: string;
  /** Region of the secrets, such as "us-east-1". */
  readonly region: string;
  /**
   * Service account (in `namespace`) whose token External Secrets exchanges for its IAM role: the role
   * named by its `eks.amazonaws.com/role-arn` annotation must be allowed to read the secrets.
   */
  readonly serviceAccount: string;
  /** @default none */
  readonly labels?: Readonly<Record<string, string>>;
}

const AWS_REGION = /^[a-z]{2}(-[a-z]+)+-\d+$/;

/**
 * A namespace-scoped External Secrets store reading AWS Secrets Manager as one workload's service account:
 * the store can read exactly what that workload's IAM role can, and only ExternalSecrets of its own
 * namespace can use it (a ClusterSecretStore would lend the role to every namespace).
 */
export class AwsSecretsManagerStore extends Construct implements ISecretStore {
  readonly storeName: string;
  readonly storeKind = "SecretStore" as const;
  readonly namespace: string;

  constructor(scope: Construct, id: string, props: AwsSecretsManagerStoreProps) {
    super(scope, id);
    if (!AWS_REGION.test(props.region)) {
      throw new Error(
        `AwsSecretsManagerStore ${props.namespace}/${props.name}: region is "${props.region}"; expected an AWS region such as "us-east-1"`,
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
          aws: {
            service: SecretStoreSpecProviderAwsService.SECRETS_MANAGER,
            region: props.region,
            auth: { jwt: { serviceAccountRef: { name: props.serviceAccount } } },
          },
        },
      },
    });
  }
}
