import { Chart } from "cdk8s";
import type { Construct } from "constructs";
import { KnativeServing } from "../constructs/k8s/knative-serving";
import type { ClusterChartProps } from "./chart-props";

/** Whether an environment serves a model in "Knative" mode, which needs Knative Serving in the cluster. */
export function needsKnative({ environment }: Pick<ClusterChartProps, "environment">): boolean {
  return environment.models.some((model) => model.deploymentMode === "Knative");
}

/**
 * Knative Serving for the environment's "Knative"-mode models (the operator is an add-on): its components
 * replicated in the prod tier, like the platform's own.
 */
export class KnativeServingChart extends Chart {
  constructor(scope: Construct, id: string, { environment }: ClusterChartProps) {
    super(scope, id, { disableResourceNameHashes: true });
    new KnativeServing(this, "knative-serving", { replicas: environment.tier === "prod" ? 2 : 1 });
  }
}
