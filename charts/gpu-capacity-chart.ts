import { Chart } from "cdk8s";
import type { Construct } from "constructs";
import { cloudOf } from "../constructs/clouds";
import type { ClusterChartProps } from "./chart-props";

/**
 * Autoscaled GPU and general node pools. What they are made of is the cloud's (Karpenter NodePools on AWS);
 * the chart asks the environment's cloud.
 */
export class GpuCapacityChart extends Chart {
  constructor(scope: Construct, id: string, props: ClusterChartProps) {
    super(scope, id, { disableResourceNameHashes: true });
    cloudOf(props.environment.cloud).cluster.addCapacity(this, props);
  }
}
