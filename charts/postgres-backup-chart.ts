import { Chart } from "cdk8s";
import type { Construct } from "constructs";
import { cloudOf } from "../constructs/clouds";
import { credentialEgress } from "../constructs/k8s/credential-egress";
import { NetworkAllow, type Peer } from "../constructs/k8s/network-allow";
import { PostgresBackupJobs } from "../constructs/k8s/postgres-backup-jobs";
import { postgresClientImage } from "../constructs/k8s/workload-defaults";
import { type ClusterChartProps, DATABASE_CREDENTIALS_SECRET } from "./chart-props";

/** Backups of the MLflow database and their restore path. */
export class PostgresBackupChart extends Chart {
  constructor(scope: Construct, id: string, props: ClusterChartProps) {
    super(scope, id, { disableResourceNameHashes: true });
    const { environment, contract } = props;
    const identity = contract.workloads.backup;
    const namespace = identity.namespace;

    const jobs = new PostgresBackupJobs(this, "jobs", {
      namespace,
      serviceAccount: {
        name: identity.serviceAccount,
        annotations: identity.serviceAccountAnnotations,
        podLabels: identity.podLabels,
      },
      // Filled by the ExternalSecret of the mlflow chart, in the same namespace.
      database: DATABASE_CREDENTIALS_SECRET,
      // The environment's artifact store, through its cloud's adapter (S3 and the aws CLI on AWS).
      objectStore: cloudOf(contract.cloud).cluster.objectStore.backupStore(contract),
      prefix: contract.artifactStore.prefixes.backups,
      schedule: environment.backups.schedule,
      retentionDays: environment.backups.retentionDays,
      // pg_dump refuses a server of a newer major than itself: the client follows the database.
      postgresImage: postgresClientImage(environment.database.engineVersion),
      suspended: environment.failedOverTo !== undefined,
      podAnnotations: cloudOf(contract.cloud).cluster.podDisruptionAnnotations(),
    });

    // Both jobs talk to the same two places: the database, and the object store (plus STS) over HTTPS.
    const selectors = {
      "postgres-backup": jobs.backupPodSelector,
      "postgres-restore": jobs.restorePodSelector,
    };
    for (const [app, podLabels] of Object.entries(selectors)) {
      new NetworkAllow(this, `${app}-network`, {
        namespace,
        name: `${app}-allow`,
        podLabels,
        egress: [
          {
            to: contract.network.databaseSubnetCidrs.map((cidr): Peer => ({ cidr })),
            ports: [{ port: contract.database.port }],
          },
          // Public HTTPS endpoints reached through NAT; nothing inside the VPC is opened by this rule.
          { to: [{ cidr: "0.0.0.0/0", except: [contract.network.vpcCidr] }], ports: [{ port: 443 }] },
          ...credentialEgress(contract.network),
        ],
      });
    }
  }
}
