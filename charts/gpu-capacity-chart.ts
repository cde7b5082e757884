import { Chart } from "cdk8s";
import type { Construct } from "constructs";
import type { ClusterChartProps } from "./chart-props";

/** Autoscaled GPU and general node pools. */
export class GpuCapacityChart extends Chart {
  constructor(scope: Construct, id: string, _props: ClusterChartProps) {
    super(scope, id, { disableResourceNameHashes: true });
  }
}
