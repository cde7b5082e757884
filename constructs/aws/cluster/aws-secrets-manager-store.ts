import type { Construct } from "constructs";
import { SecretStoreSpecProviderAwsService } from "../../../imports/external-secrets-secretstores-external-secrets.io";
import { NamespacedSecretStore, type NamespacedSecretStoreProps } from "../../k8s/namespaced-secret-store";

export interface AwsSecretsManagerStoreProps extends NamespacedSecretStoreProps {
  /** Region of the secrets, such as "us-east-1". */
  readonly region: string;
  /**
   * Service account (in `namespace`) whose token External Secrets exchanges for its IAM role: the role
   * named by its `eks.amazonaws.com/role-arn` annotation must be allowed to read the secrets.
   */
  readonly serviceAccount: string;
}

const AWS_REGION = /^[a-z]{2}(-[a-z]+)+-\d+$/;

/** A namespaced External Secrets store reading AWS Secrets Manager as one workload's IAM role (IRSA). */
export class AwsSecretsManagerStore extends NamespacedSecretStore {
  constructor(scope: Construct, id: string, props: AwsSecretsManagerStoreProps) {
    if (!AWS_REGION.test(props.region)) {
      throw new Error(
        `AwsSecretsManagerStore ${props.namespace}/${props.name}: region is "${props.region}"; expected an AWS region such as "us-east-1"`,
      );
    }
    super(scope, id, props, {
      aws: {
        service: SecretStoreSpecProviderAwsService.SECRETS_MANAGER,
        region: props.region,
        auth: { jwt: { serviceAccountRef: { name: props.serviceAccount } } },
      },
    });
  }
}
