import { Construct } from "constructs";
import { AppProject } from "../../imports/argocd-appprojects-argoproj.io";

export interface ArgoCdProjectProps {
  readonly name: string;
  readonly description: string;
  /** The only repositories its applications may deploy from (Git repositories or Helm chart sources). */
  readonly repositoryUrls: readonly string[];
  /** Namespaces its applications may deploy into. */
  readonly namespaces: readonly string[];
  /** Cluster-scoped kinds its applications may create, as `group/Kind` ("" group for core). */
  readonly clusterKinds: readonly { readonly group: string; readonly kind: string }[];
  /** Namespaced kinds its applications may create. @default every kind */
  readonly namespacedKinds?: readonly { readonly group: string; readonly kind: string }[];
  /** @default "argocd" */
  readonly argoCdNamespace?: string;
}

/**
 * An ArgoCD project that fences a set of applications: their source repositories, their namespaces in the
 * local cluster, and the kinds they may create.
 */
export class ArgoCdProject extends Construct {
  readonly name: string;

  constructor(scope: Construct, id: string, props: ArgoCdProjectProps) {
    super(scope, id);
    if (props.repositoryUrls.length === 0) {
      throw new Error(
        `ArgoCdProject ${props.name}: repositoryUrls is empty; expected the repositories its applications deploy from`,
      );
    }
    if (props.namespaces.length === 0) {
      throw new Error(
        `ArgoCdProject ${props.name}: namespaces is empty; expected the namespaces its applications deploy into`,
      );
    }
    this.name = props.name;
    new AppProject(this, "project", {
      metadata: { name: props.name, namespace: props.argoCdNamespace ?? "argocd" },
      spec: {
        description: props.description,
        sourceRepos: [...new Set(props.repositoryUrls)].sort(),
        destinations: [...props.namespaces].sort().map((namespace) => ({ server: IN_CLUSTER, namespace })),
        clusterResourceWhitelist: props.clusterKinds.map(({ group, kind }) => ({ group, kind })),
        namespaceResourceWhitelist: (props.namespacedKinds ?? [{ group: "*", kind: "*" }]).map(
          ({ group, kind }) => ({ group, kind }),
        ),
      },
    });
  }
}

/** The cluster ArgoCD runs in: each environment's ArgoCD delivers to its own cluster. */
export const IN_CLUSTER = "https://kubernetes.default.svc";
