import { Chart } from "cdk8s";
import type { Construct } from "constructs";
import { cloudOf } from "../constructs/clouds";
import { ExternalDatabaseSecret } from "../constructs/k8s/external-database-secret";
import { MlflowServer } from "../constructs/k8s/mlflow-server";
import { NetworkAllow, type Peer } from "../constructs/k8s/network-allow";
import { appLabels, postgresClientImage } from "../constructs/k8s/workload-defaults";
import {
  type ClusterChartProps,
  DATABASE_CREDENTIALS_SECRET,
  MLFLOW_SERVICE,
  MONITORING,
  NAMESPACES,
} from "./chart-props";

/**
 * Namespaces whose pods may call MLflow: training pipelines register models (argo), served models and
 * their tooling read the registry (mlops), Prometheus scrapes /metrics (monitoring), and the ingress
 * controller forwards users' browsers and clients (ingress-nginx: the namespace the ingress-nginx chart
 * installs into; with the AWS Load Balancer Controller in IP mode, traffic would come from the load
 * balancer's addresses instead and this entry would change to those).
 */
export const MLFLOW_CLIENT_NAMESPACES = [
  NAMESPACES.pipelines,
  NAMESPACES.serving,
  MONITORING.namespace,
  "ingress-nginx",
] as const;

/** Name of the External Secrets store of the `mlflow` namespace. */
export const MLFLOW_SECRET_STORE = "cloud-secret-manager";

/** MLflow tracking server and model registry. */
export class MlflowChart extends Chart {
  constructor(scope: Construct, id: string, props: ClusterChartProps) {
    super(scope, id, { disableResourceNameHashes: true });
    const { environment, contract } = props;
    const identity = contract.workloads.mlflow;
    const namespace = identity.namespace;

    // The store authenticates as the mlflow service account: its cloud identity may read the DB secret.
    const secretStore = cloudOf(contract.cloud).cluster.secretStore(this, "secret-store", {
      environment: contract.environment,
      namespace,
      name: MLFLOW_SECRET_STORE,
      region: contract.region,
      serviceAccount: identity.serviceAccount,
      labels: appLabels(MLFLOW_SERVICE.name, "secret-store"),
    });
    const database = new ExternalDatabaseSecret(this, "database-credentials", {
      namespace,
      name: DATABASE_CREDENTIALS_SECRET.name,
      secretStore,
      remoteSecretName: contract.database.credentialsSecretName,
      remoteKeys: contract.database.credentialsSecretKeys,
      keys: DATABASE_CREDENTIALS_SECRET.keys,
      labels: appLabels(MLFLOW_SERVICE.name, "database-credentials"),
    });

    const { artifactStore } = contract;
    const server = new MlflowServer(this, "server", {
      namespace,
      name: MLFLOW_SERVICE.name,
      port: MLFLOW_SERVICE.port,
      portName: MLFLOW_SERVICE.portName,
      serviceAccount: {
        name: identity.serviceAccount,
        annotations: identity.serviceAccountAnnotations,
        podLabels: identity.podLabels,
      },
      database,
      artifactsDestination: `${artifactStore.uris.mlflow}/${artifactStore.prefixes.mlflow}`,
      // Prometheus scrapes each pod at its own address (Host: <pod IP>:5000).
      allowedHosts: contract.network.podCidrs.map(addressPattern),
      postgresImage: postgresClientImage(environment.database.engineVersion),
      replicas: environment.mlflow.replicas,
      // Failed over: the recovery environment's MLflow owns the data now.
      stopped: environment.failedOverTo !== undefined,
      maxReplicas: environment.mlflow.maxReplicas,
      resources: environment.mlflow.resources,
    });

    new NetworkAllow(this, "network", {
      namespace,
      name: `${server.name}-allow`,
      podLabels: server.podSelector,
      ingress: [
        {
          from: MLFLOW_CLIENT_NAMESPACES.map((clientNamespace): Peer => ({ namespace: clientNamespace })),
          ports: [{ port: server.port }],
        },
      ],
      egress: [
        {
          to: contract.network.databaseSubnetCidrs.map((cidr): Peer => ({ cidr })),
          ports: [{ port: contract.database.port }],
        },
        // The object store and STS are public HTTPS endpoints reached through NAT at addresses that change;
        // excluding the VPC keeps this rule from opening anything inside the cluster's own network.
        { to: [{ cidr: "0.0.0.0/0", except: [contract.network.vpcCidr] }], ports: [{ port: 443 }] },
      ],
    });
  }
}

/** A Host-header pattern covering a range: its fixed leading octets, then `*` ("10.30.0.0/16" -> "10.30.*"). */
function addressPattern(cidr: string): string {
  const [address, prefix] = cidr.split("/");
  const fixedOctets = Math.floor(Number(prefix) / 8);
  return [...(address as string).split(".").slice(0, fixedOctets), "*"].join(".");
}
