import { Chart } from "cdk8s";
import type { Construct } from "constructs";
import type { ClusterChartProps } from "./chart-props";

/** PrometheusRules and ServiceMonitors. */
export class AlertsChart extends Chart {
  constructor(scope: Construct, id: string, _props: ClusterChartProps) {
    super(scope, id, { disableResourceNameHashes: true });
  }
}
