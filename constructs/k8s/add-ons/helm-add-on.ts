/**
 * An add-on the platform installs from a pinned upstream Helm chart, delivered by an ArgoCD Application
 * (gitops-chart.ts). Each add-on says where its chart is, the release and namespace it runs as, the wave it
 * belongs to and the values the platform sets; every value comes from the environment and the contract.
 */

/** A chart at a pinned version, in the source form ArgoCD takes (`repoURL` / `chart` / `targetRevision`). */
export interface HelmChartPin {
  /**
   * A Helm repository URL (`https://...`), or an OCI registry path without `oci://` and without the chart
   * name (`ghcr.io/kserve/charts`), as ArgoCD's Helm source takes OCI charts.
   */
  readonly repoUrl: string;
  readonly chart: string;
  /** The chart version (not its app version). */
  readonly version: string;
}

/**
 * The order ArgoCD brings an empty cluster up in: each wave's Applications are synced and healthy before
 * the next wave starts (the root Application waits on its children's health; see argo-cd-add-on.ts).
 */
export const SYNC_WAVES = {
  /** CRDs, cert-manager, and the platform's namespaces (controllers of the next wave run in one of them). */
  foundations: 0,
  /** The controllers: External Secrets, Prometheus, KServe, Argo Workflows, the node autoscaler, ... */
  controllers: 1,
  /** What needs a controller's webhook before workloads use it: KServe's serving runtimes. */
  runtimes: 2,
  /** The platform itself: MLflow, backups, serving, training, GPU capacity, alerts. */
  platform: 3,
} as const;
export type SyncWave = (typeof SYNC_WAVES)[keyof typeof SYNC_WAVES];

/** Pod Security levels of the namespaces ArgoCD creates for add-ons. */
export type PodSecurityLevel = "restricted" | "baseline" | "privileged";

export interface HelmAddOn {
  /** Names the Application (`add-on-<name>`); unique among the environment's add-ons. */
  readonly name: string;
  readonly chart: HelmChartPin;
  /** The Helm release: object names derive from it (the runbooks name some, e.g. `prometheus-grafana`). */
  readonly releaseName: string;
  readonly namespace: string;
  readonly wave: SyncWave;
  /**
   * Values the platform sets, checked against the chart's own values.yaml in the tests.
   * @default none: the chart's defaults
   */
  readonly values?: Readonly<Record<string, unknown>>;
  /**
   * The Pod Security level of the add-on's namespace, which ArgoCD creates with that label. Undefined when
   * the namespace is created by someone else (the platform's own namespaces, ArgoCD's by the bootstrap).
   * @default undefined
   */
  readonly createNamespace?: PodSecurityLevel;
  /**
   * Leave the chart's `crds/` folder out, when another add-on (its CRD chart) owns those CRDs.
   * @default false
   */
  readonly skipCrds?: boolean;
  /**
   * Namespaces besides its own that the chart puts objects in (its project must allow them).
   * @default none
   */
  readonly alsoDeploysTo?: readonly string[];
  /**
   * Fields the chart fills with a new value at every render (a generated password, a checksum of it):
   * ArgoCD, which renders without the cluster, neither reports them as drift nor overwrites them on sync.
   * @default none
   */
  readonly generatedFields?: readonly GeneratedField[];
}

/** Fields of one object of an add-on that its chart generates (see HelmAddOn.generatedFields). */
export interface GeneratedField {
  /** API group ("" for the core group). */
  readonly group: string;
  readonly kind: string;
  readonly name: string;
  /** JSON pointers of the fields, e.g. "/data". */
  readonly jsonPointers: readonly string[];
}

/** The Pod Security labels of a namespace at `level`, enforced and reported at the same level. */
export function podSecurityLabels(level: PodSecurityLevel): Record<string, string> {
  return {
    "pod-security.kubernetes.io/enforce": level,
    "pod-security.kubernetes.io/enforce-version": "latest",
    "pod-security.kubernetes.io/audit": level,
    "pod-security.kubernetes.io/warn": level,
  };
}

/** A container security context the `restricted` Pod Security profile admits. */
export const RESTRICTED_CONTAINER_SECURITY_CONTEXT = {
  allowPrivilegeEscalation: false,
  capabilities: { drop: ["ALL"] },
  runAsNonRoot: true,
  seccompProfile: { type: "RuntimeDefault" },
} as const;

/** A pod security context the `restricted` Pod Security profile admits. */
export const RESTRICTED_POD_SECURITY_CONTEXT = {
  runAsNonRoot: true,
  seccompProfile: { type: "RuntimeDefault" },
} as const;
