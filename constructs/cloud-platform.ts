import type { Construct } from "constructs";
import type { Environment } from "../config/environment-spec";
import type { PlatformContract } from "../config/platform-contract";

/**
 * The seam between the stacks and the clouds: the four capabilities every cloud provides, each described
 * by what the rest of the platform needs from it, never by how one cloud builds it.
 */

/** A Kubernetes cluster with a managed system node pool and the cloud side of autoscaled GPU capacity. */
export interface KubernetesCluster {
  readonly name: string;
  /** API server URL (known after apply). */
  readonly endpoint: string;
  /** Issuer URL of the cluster's service-account tokens, trusted by the workload identities. */
  readonly oidcIssuerUrl: string;
}

/** The managed PostgreSQL behind MLflow. */
export interface PostgresDatabase {
  readonly instanceId: string;
  /** Hostname (known after apply). */
  readonly address: string;
  readonly port: number;
  /** Secret-manager entry with the credentials; the password itself never leaves it. */
  readonly credentialsSecretName: string;
}

/** The versioned bucket for MLflow artifacts, models and database dumps. */
export interface ArtifactStore {
  readonly bucketName: string;
  readonly uri: string;
}

/** The cloud identity each platform service account assumes. */
export interface WorkloadIdentities {
  /** Names of the workloads with an identity: the platform's own, then `model-<name>` per served model. */
  readonly workloadNames: readonly string[];
  /** Provider-specific principal (an IAM role ARN on AWS). */
  principalOf(workload: string): string;
}

export interface CloudPlatform {
  readonly cluster: KubernetesCluster;
  readonly database: PostgresDatabase;
  readonly artifactStore: ArtifactStore;
  readonly identities: WorkloadIdentities;
}

export interface CloudPlatformProps {
  readonly environment: Environment;
  readonly contract: PlatformContract;
  /** For a recovery environment, the environment it rebuilds. @default undefined */
  readonly source?: Environment;
}

/** Builds one cloud's implementation of the platform inside a stack. */
export type CloudPlatformFactory = (scope: Construct, id: string, props: CloudPlatformProps) => CloudPlatform;
