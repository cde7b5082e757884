import { Construct } from "constructs";
import { Application } from "../../imports/argocd-applications-argoproj.io";
import { type PodSecurityLevel, podSecurityLabels } from "./add-ons/helm-add-on";
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
  /** Its sync wave in the root Application (SYNC_WAVES). @default none: the root itself */
  readonly wave?: number;
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
      metadata: applicationMetadata(props.name, props.wave, props.argoCdNamespace),
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
        syncPolicy: syncPolicy({
          extraOptions: props.operatorOwnedFields?.length ? ["RespectIgnoreDifferences=true"] : [],
        }),
      },
    });
  }
}

/** The annotation that orders Applications inside the root Application. */
export const SYNC_WAVE_ANNOTATION = "argocd.argoproj.io/sync-wave";

/** Metadata of a child Application: in ArgoCD's namespace, in its wave. */
export function applicationMetadata(name: string, wave: number | undefined, argoCdNamespace = "argocd") {
  return {
    name,
    namespace: argoCdNamespace,
    ...(wave !== undefined && { annotations: { [SYNC_WAVE_ANNOTATION]: String(wave) } }),
    // No resources-finalizer: deleting the Application leaves what it deployed running.
  };
}

/**
 * How every platform Application syncs: automatically, drift reverted (self-heal), removed objects pruned
 * (last), server-side apply (CRDs too large for the last-applied annotation, and fields other managers
 * own), retried with backoff while what it needs is not there yet.
 */
export function syncPolicy(options: {
  readonly extraOptions?: readonly string[];
  /** Let ArgoCD create the destination namespace, at this Pod Security level. @default it exists */
  readonly createNamespace?: PodSecurityLevel;
}) {
  return {
    automated: { prune: true, selfHeal: true },
    syncOptions: [
      "ServerSideApply=true",
      "PruneLast=true",
      `CreateNamespace=${options.createNamespace !== undefined}`,
      ...(options.extraOptions ?? []),
    ],
    ...(options.createNamespace && {
      managedNamespaceMetadata: { labels: podSecurityLabels(options.createNamespace) },
    }),
    retry: { limit: 5, backoff: { duration: "30s", factor: 2, maxDuration: "5m" } },
  };
}
