import { Chart } from "cdk8s";
import type { Construct } from "constructs";
import type { ClusterChartProps } from "./chart-props";

/** Backups of the MLflow database and their restore path. */
export class PostgresBackupChart extends Chart {
  constructor(scope: Construct, id: string, _props: ClusterChartProps) {
    super(scope, id, { disableResourceNameHashes: true });
  }
}
