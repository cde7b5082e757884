import { Chart } from "cdk8s";
import type { Construct } from "constructs";
import type { Environment } from "../config/environment-spec";
import type { HelmAddOn } from "../constructs/k8s/add-ons/helm-add-on";
import { ArgoCdApplication, type OperatorOwnedField } from "../constructs/k8s/argocd-application";
import { ArgoCdHelmApplication } from "../constructs/k8s/argocd-helm-application";
import { ArgoCdProject } from "../constructs/k8s/argocd-project";
import { ARGO_CD } from "./add-ons/platform-add-ons";
import type { ClusterChartProps } from "./chart-props";

export interface GitOpsChartProps extends ClusterChartProps {
  /**
   * The charts to deliver, each one file `<id>.k8s.yaml` in the environment's folder, with the namespace
   * its application names as destination (one of `namespaces`) and its sync wave.
   */
  readonly charts: readonly { readonly id: string; readonly namespace: string; readonly wave: number }[];
  /** Namespaces those charts deploy into. */
  readonly namespaces: readonly string[];
  /** Cluster-scoped kinds those charts create. */
  readonly clusterKinds: readonly { readonly group: string; readonly kind: string }[];
  /** Per chart, fields operators own in the cluster (ArgoCD leaves them alone). @default none */
  readonly operatorOwnedFields?: Readonly<Record<string, readonly OperatorOwnedField[]>>;
  /** The add-ons the cluster runs, from pinned upstream charts. */
  readonly addOns: readonly HelmAddOn[];
}

/** The projects fencing the environment's applications, by what they deliver. */
export const GITOPS_PROJECTS = {
  /** The root Application: only the Applications and projects of the environment's `gitops` file. */
  root: "mlops-platform-root",
  /** The platform's own charts: the GitOps repository, the platform's namespaces, a few cluster kinds. */
  platform: "mlops-platform",
  /** The add-ons: their chart repositories, their namespaces, and the cluster kinds upstream charts make. */
  addOns: "mlops-platform-add-ons",
} as const;

/** The root Application of an environment, which the bootstrap applies once (charts/bootstrap.ts). */
export const ROOT_APPLICATION = { name: "mlops-platform-root", file: "gitops.k8s.yaml" } as const;

/**
 * How the cluster layer reaches the cluster: the Applications the root Application syncs, in waves (see
 * SYNC_WAVES): one per add-on (its pinned chart) and one per chart file of this environment's folder, with
 * the projects that fence them. The root Application syncs this chart's own file, so this file, ArgoCD's
 * own add-on included, is all a cluster needs after the bootstrap.
 */
export class GitOpsChart extends Chart {
  constructor(scope: Construct, id: string, props: GitOpsChartProps) {
    super(scope, id, { disableResourceNameHashes: true });
    const { gitops } = props.environment;
    addRootProject(this, props.environment);
    const platform = new ArgoCdProject(this, "project", {
      name: GITOPS_PROJECTS.platform,
      description: `The MLOps platform's cluster layer for environment ${props.environment.name}`,
      repositoryUrls: [gitops.repositoryUrl],
      namespaces: props.namespaces,
      clusterKinds: props.clusterKinds,
    });
    const addOnNamespaces = [
      ...new Set(props.addOns.flatMap((addOn) => [addOn.namespace, ...(addOn.alsoDeploysTo ?? [])])),
    ];
    const addOns = new ArgoCdProject(this, "add-ons-project", {
      name: GITOPS_PROJECTS.addOns,
      description: `Pinned upstream add-ons of environment ${props.environment.name}`,
      repositoryUrls: props.addOns.map((addOn) => addOn.chart.repoUrl),
      namespaces: addOnNamespaces,
      // Upstream charts make CRDs, cluster roles, webhooks and priority classes: any cluster kind, from
      // the pinned charts of the listed repositories only.
      clusterKinds: [{ group: "*", kind: "*" }],
    });
    for (const { id: chart, namespace, wave } of props.charts) {
      if (!props.namespaces.includes(namespace)) {
        throw new Error(
          `GitOpsChart: chart "${chart}" would deploy to namespace "${namespace}", which the project does not allow; expected one of ${props.namespaces.join(", ")}`,
        );
      }
      new ArgoCdApplication(this, chart, {
        name: `mlops-platform-${chart}`,
        project: platform.name,
        repositoryUrl: gitops.repositoryUrl,
        revision: gitops.revision,
        path: gitops.path,
        file: `${chart}.k8s.yaml`,
        destinationNamespace: namespace,
        wave,
        ...(props.operatorOwnedFields?.[chart] && { operatorOwnedFields: props.operatorOwnedFields[chart] }),
      });
    }
    const seen = new Set<string>();
    for (const addOn of props.addOns) {
      if (seen.has(addOn.name)) {
        throw new Error(`GitOpsChart: two add-ons are named "${addOn.name}"; expected one add-on per name`);
      }
      seen.add(addOn.name);
      new ArgoCdHelmApplication(this, `add-on-${addOn.name}`, {
        name: `add-on-${addOn.name}`,
        project: addOns.name,
        addOn,
      });
    }
  }
}

/**
 * The root Application's project: the GitOps repository, and only Applications and projects in ArgoCD's
 * namespace. Defined once, in the bootstrap and in the gitops file, which then keeps it.
 */
export function addRootProject(scope: Construct, environment: Environment): ArgoCdProject {
  return new ArgoCdProject(scope, "root-project", {
    name: GITOPS_PROJECTS.root,
    description: `The root of environment ${environment.name}: its Applications and projects`,
    repositoryUrls: [environment.gitops.repositoryUrl],
    namespaces: [ARGO_CD.namespace],
    clusterKinds: [],
    namespacedKinds: [
      { group: "argoproj.io", kind: "Application" },
      { group: "argoproj.io", kind: "AppProject" },
    ],
  });
}
