import { Construct } from "constructs";
import { Application } from "../../imports/argocd-applications-argoproj.io";
import { IN_CLUSTER } from "./argocd-project";

export interface ArgoCdApplicationProps {
  readonly name: string;
  readonly project: string;
  readonly repositoryUrl: string;
  readonly revision: string;
  /** Folder in the repository. */
  readonly path: string;
  /** The one manifest file of the folder this application delivers. */
  readonly file: string;
  /**
   * Namespace of the destination: where objects without a namespace would go, and what the project's
   * destinations are matched against. Argo CD 3.x matches an empty namespace against the project's list
   * too, so an application without one is refused by a project that allows only named namespaces.
   */
  readonly destinationNamespace: string;
  /** @default "argocd" */
  readonly argoCdNamespace?: string;
  /**
   * Fields operators change in the cluster on purpose (a canary's traffic share): ArgoCD neither reports
   * them as drift nor reverts them. @default none
   */
  readonly operatorOwnedFields?: readonly OperatorOwnedField[];
}

export interface OperatorOwnedField {
  readonly group: string;
  readonly kind: string;
  /** JSON pointers of the fields, e.g. "/spec/predictor/canaryTrafficPercent". */
  readonly jsonPointers: readonly string[];
}

/**
 * One chart's file delivered by ArgoCD: synced automatically, drift reverted (self-heal), objects removed
 * from the file pruned, retried with backoff when the cluster is not ready yet.
 */
export class ArgoCdApplication extends Construct {
  constructor(scope: Construct, id: string, props: ArgoCdApplicationProps) {
    super(scope, id);
    if (!props.file.endsWith(".yaml") || props.file.includes("/")) {
      throw new Error(
        `ArgoCdApplication ${props.name}: file is "${props.file}"; expected a YAML file name inside path`,
      );
    }
    if (!/^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$/.test(props.destinationNamespace)) {
      throw new Error(
        `ArgoCdApplication ${props.name}: destinationNamespace is "${props.destinationNamespace}"; expected a namespace name (RFC 1123 label)`,
      );
    }
    new Application(this, "application", {
      metadata: {
        name: props.name,
        namespace: props.argoCdNamespace ?? "argocd",
        // No resources-finalizer: deleting the Application leaves what it deployed running.
      },
      spec: {
        project: props.project,
        source: {
          repoUrl: props.repositoryUrl,
          targetRevision: props.revision,
          path: props.path,
          directory: { include: props.file },
        },
        destination: { server: IN_CLUSTER, namespace: props.destinationNamespace },
        ...(props.operatorOwnedFields?.length && {
          ignoreDifferences: props.operatorOwnedFields.map((field) => ({
            group: field.group,
            kind: field.kind,
            jsonPointers: [...field.jsonPointers],
          })),
        }),
        syncPolicy: {
          automated: { prune: true, selfHeal: true },
          syncOptions: [
            "ServerSideApply=true",
            "PruneLast=true",
            "CreateNamespace=false",
            ...(props.operatorOwnedFields?.length ? ["RespectIgnoreDifferences=true"] : []),
          ],
          retry: { limit: 5, backoff: { duration: "30s", factor: 2, maxDuration: "5m" } },
        },
      },
    });
  }
}
