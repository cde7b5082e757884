import { Chart } from "cdk8s";
import type { Construct } from "constructs";
import { PlatformNamespace } from "../constructs/k8s/platform-namespace";
import { type ClusterChartProps, NAMESPACES } from "./chart-props";

/** The namespaces the platform's workloads live in, each restricted and closed by default. */
export class PlatformBaselineChart extends Chart {
  constructor(scope: Construct, id: string, _props: ClusterChartProps) {
    super(scope, id, { disableResourceNameHashes: true });
    for (const namespace of Object.values(NAMESPACES))
      new PlatformNamespace(this, namespace, { name: namespace });
  }
}
