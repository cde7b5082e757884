import { Chart } from "cdk8s";
import type { Construct } from "constructs";
import { ArgoCdApplication, type OperatorOwnedField } from "../constructs/k8s/argocd-application";
import { ArgoCdProject } from "../constructs/k8s/argocd-project";
import type { ClusterChartProps } from "./chart-props";

export interface GitOpsChartProps extends ClusterChartProps {
  /**
   * The charts to deliver, each one file `<id>.k8s.yaml` in the environment's folder, with the namespace
   * its application names as destination (one of `namespaces`).
   */
  readonly charts: readonly { readonly id: string; readonly namespace: string }[];
  /** Namespaces those charts deploy into. */
  readonly namespaces: readonly string[];
  /** Cluster-scoped kinds those charts create. */
  readonly clusterKinds: readonly { readonly group: string; readonly kind: string }[];
  /** Per chart, fields operators own in the cluster (ArgoCD leaves them alone). @default none */
  readonly operatorOwnedFields?: Readonly<Record<string, readonly OperatorOwnedField[]>>;
}

/**
 * How the cluster layer reaches the cluster: an ArgoCD project and one application per chart file of
 * this environment's folder in the GitOps repository. Applied once by hand to bootstrap; from then on
 * ArgoCD keeps every chart in sync with the repository.
 */
export class GitOpsChart extends Chart {
  constructor(scope: Construct, id: string, props: GitOpsChartProps) {
    super(scope, id, { disableResourceNameHashes: true });
    const { gitops } = props.environment;
    const project = new ArgoCdProject(this, "project", {
      name: "mlops-platform",
      description: `The MLOps platform's cluster layer for environment ${props.environment.name}`,
      repositoryUrl: gitops.repositoryUrl,
      namespaces: props.namespaces,
      clusterKinds: props.clusterKinds,
    });
    for (const { id: chart, namespace } of props.charts) {
      if (!props.namespaces.includes(namespace)) {
        throw new Error(
          `GitOpsChart: chart "${chart}" would deploy to namespace "${namespace}", which the project does not allow; expected one of ${props.namespaces.join(", ")}`,
        );
      }
      new ArgoCdApplication(this, chart, {
        name: `mlops-platform-${chart}`,
        project: project.name,
        repositoryUrl: gitops.repositoryUrl,
        revision: gitops.revision,
        path: gitops.path,
        file: `${chart}.k8s.yaml`,
        destinationNamespace: namespace,
        ...(props.operatorOwnedFields?.[chart] && { operatorOwnedFields: props.operatorOwnedFields[chart] }),
      });
    }
  }
}
