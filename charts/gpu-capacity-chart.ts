import { Chart } from "cdk8s";
import type { Construct } from "constructs";
import type { ClusterChartProps } from "./chart-props";
import { gpuCapacityProvider } from "./gpu-capacity-providers";

/**
 * Autoscaled GPU and general node pools. What they are made of depends on the cloud; the provider is
 * picked once here (see gpu-capacity-providers.ts), never by branching further down.
 */
export class GpuCapacityChart extends Chart {
  constructor(scope: Construct, id: string, props: ClusterChartProps) {
    super(scope, id, { disableResourceNameHashes: true });
    gpuCapacityProvider(props.environment.cloud).addCapacity(this, props);
  }
}
