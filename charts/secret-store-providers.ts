import type { Construct } from "constructs";
import type { CloudName } from "../config/environment-spec";
import { AwsSecretsManagerStore } from "../constructs/k8s/aws-secrets-manager-store";
import type { ISecretStore } from "../constructs/k8s/external-database-secret";

/** What every cloud's store needs: where it lives and whose identity it reads secrets as. */
export interface WorkloadSecretStoreOptions {
  readonly namespace: string;
  readonly name: string;
  /** Region of the cloud's secret manager. */
  readonly region: string;
  /** Service account (in `namespace`) whose cloud identity reads the secrets. */
  readonly serviceAccount: string;
  /** Labels on the store. @default none */
  readonly labels?: Readonly<Record<string, string>>;
}

/** Builds a namespace-scoped External Secrets store reading the cloud's secret manager. */
export type SecretStoreFactory = (
  scope: Construct,
  id: string,
  options: WorkloadSecretStoreOptions,
) => ISecretStore;

function notImplemented(cloud: CloudName, secretManager: string): SecretStoreFactory {
  return (_scope, _id, options) => {
    throw new Error(
      `secret store ${options.namespace}/${options.name}: cloud "${cloud}" has no External Secrets store yet; add one for ${secretManager} to SECRET_STORE_PROVIDERS in charts/secret-store-providers.ts`,
    );
  };
}

/** The one place a secret manager is chosen: one store per cloud, no branching in the charts. */
export const SECRET_STORE_PROVIDERS: Readonly<Record<CloudName, SecretStoreFactory>> = {
  aws: (scope, id, options) => new AwsSecretsManagerStore(scope, id, options),
  azure: notImplemented("azure", "Azure Key Vault (provider azurekv, workload identity)"),
  gcp: notImplemented("gcp", "Google Secret Manager (provider gcpsm, workload identity)"),
};
