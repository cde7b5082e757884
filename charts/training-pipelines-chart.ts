import { Chart } from "cdk8s";
import type { Construct } from "constructs";
import type { ClusterChartProps } from "./chart-props";

/** The ml-training-pipeline WorkflowTemplate and scheduled retraining. */
export class TrainingPipelinesChart extends Chart {
  constructor(scope: Construct, id: string, _props: ClusterChartProps) {
    super(scope, id, { disableResourceNameHashes: true });
  }
}
