import { Construct } from "constructs";
import { AppProject } from "../../imports/argocd-appprojects-argoproj.io";

export interface ArgoCdProjectProps {
  readonly name: string;
  readonly description: string;
  /** The only repository its applications may deploy from. */
  readonly repositoryUrl: string;
  /** Namespaces its applications may deploy into. */
  readonly namespaces: readonly string[];
  /** Cluster-scoped kinds its applications may create, as `group/Kind` ("" group for core). */
  readonly clusterKinds: readonly { readonly group: string; readonly kind: string }[];
  /** @default "argocd" */
  readonly argoCdNamespace?: string;
}

/**
 * An ArgoCD project that fences the platform's applications: one source repository, the platform's
 * namespaces in the local cluster, and a short list of cluster-scoped kinds.
 */
export class ArgoCdProject extends Construct {
  readonly name: string;

  constructor(scope: Construct, id: string, props: ArgoCdProjectProps) {
    super(scope, id);
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
        sourceRepos: [props.repositoryUrl],
        destinations: [...props.namespaces].sort().map((namespace) => ({ server: IN_CLUSTER, namespace })),
        clusterResourceWhitelist: props.clusterKinds.map(({ group, kind }) => ({ group, kind })),
        namespaceResourceWhitelist: [{ group: "*", kind: "*" }],
      },
    });
  }
}

/** The cluster ArgoCD runs in: each environment's ArgoCD delivers to its own cluster. */
export const IN_CLUSTER = "https://kubernetes.default.svc";
