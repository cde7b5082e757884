import { Chart } from "cdk8s";
import type { Construct } from "constructs";
import { Schedule } from "../imports/velero-schedules-velero.io";
import { VELERO_LOCATION } from "./add-ons/velero-add-on";
import { type ClusterChartProps, NAMESPACES } from "./chart-props";

/** The namespaces whose objects Velero backs up: the runbooks' `velero backup create ... mlops,mlflow,argo`. */
export const BACKED_UP_NAMESPACES = [NAMESPACES.serving, NAMESPACES.mlflow, NAMESPACES.pipelines] as const;

/**
 * Scheduled Velero backups of the platform's namespaces, kept `backups.retentionDays`. Paused on a primary
 * that has failed over (`failedOverTo`), like the database backups, so a region that comes back does not
 * write over what the recovery environment keeps.
 */
export class ClusterBackupsChart extends Chart {
  constructor(scope: Construct, id: string, { environment, contract }: ClusterChartProps) {
    super(scope, id, { disableResourceNameHashes: true });
    new Schedule(this, "platform-namespaces", {
      metadata: { name: "platform-namespaces", namespace: contract.workloads.velero.namespace },
      spec: {
        schedule: environment.backups.clusterSchedule,
        paused: environment.failedOverTo !== undefined,
        // Backups outlive the Schedule: deleting it (or this chart) must not delete them.
        useOwnerReferencesInBackup: false,
        template: {
          includedNamespaces: [...BACKED_UP_NAMESPACES],
          storageLocation: VELERO_LOCATION,
          ttl: `${environment.backups.retentionDays * 24}h0m0s`,
          snapshotVolumes: false,
        },
      },
    });
  }
}
