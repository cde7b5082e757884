import type { TerraformStack } from "cdktf";
import type { Construct } from "constructs";
import type { z } from "zod";
import type { CloudSettings, Environment, Tier } from "../config/environment-spec";
import type { ClusterAddOnsContract, NetworkContract, PlatformContract } from "../config/platform-contract";
import type { CloudRulePack } from "../guardrails/rule";
import type { CloudPlatformFactory } from "./cloud-platform";
import type { HelmAddOn } from "./k8s/add-ons/helm-add-on";
import type { ISecretStore } from "./k8s/external-database-secret";
import type { ObjectStore, ObjectStoreKind } from "./k8s/object-store";

/**
 * Everything the platform needs from one cloud, behind one interface: its regions, how it names and binds
 * identities and spells bucket URIs, its cloud layer (cdktf), its state backend and its pieces of the
 * cluster layer (cdk8s). Stacks, charts and the environment checks ask the environment's cloud through the
 * registry (constructs/clouds.ts); nothing else branches on the cloud's name.
 */
export interface Cloud {
  readonly name: string;
  /**
   * The schema of an environment spec on this cloud: the common sections (spec-schema.ts) extended with a
   * literal `cloud`, the cloud's account block and its state backends.
   */
  readonly specSchema: z.ZodObject;
  /** Regions the platform supports, each with its zones in order (AWS: "us-east-1a", ...). */
  readonly regions: Readonly<Record<string, readonly string[]>>;
  /** The environment's settings in the cloud's own vocabulary (its spec block), every default applied. */
  resolveSettings(spec: object, tier: Tier): Partial<CloudSettings>;
  /**
   * The shared (cloud-neutral) spec fields this cloud's stack and cluster layer never read, by field path
   * (`cluster.publicAccessCidrs`), each with what to do instead. A spec on this cloud that sets one is
   * refused rather than silently ignored. A function decides from the spec, for a field the cloud reads
   * only with one of its own settings (undefined: read). `{}` when the cloud reads every shared field.
   */
  readonly unreadSharedFields: Readonly<Record<string, string | ((spec: object) => string | undefined)>>;
  /** The cloud's own rules on a resolved environment (account, sizes, state backend, deployment target). */
  check(env: Environment, report: (field: string, value: unknown, allowed: string) => void): void;
  /** The Kubernetes versions the cloud's managed clusters run, and until when. */
  readonly kubernetes: KubernetesSupport;
  readonly naming: CloudNaming;
  /** Builds the cloud layer inside the environment's stack. */
  readonly platform: CloudPlatformFactory;
  /**
   * Where the environment's Terraform state lives in a shared backend (as a URI), and the spec field that
   * sets it apart: two environments at one location would overwrite each other's state, so that is
   * refused. @default none: the state is a local file per environment
   */
  stateLocation?(env: Environment): StateLocation | undefined;
  /** Declares where Terraform keeps the stack's state; returns the line `npm run synth` prints about it. */
  stateBackend(stack: TerraformStack, env: Environment): string;
  readonly cluster: ClusterIntegration;
  /**
   * Stack outputs the cluster layer needs that the cloud assigns only at apply (see
   * config/recorded-outputs.ts). @default none
   */
  recordedOutputs?(env: Environment): readonly string[];
  /**
   * The cloud's guardrail rules over its stacks and its own cluster-layer objects (docs/guardrails.md); the
   * Kubernetes pack checks the cluster layer on every cloud. @default none: the stacks are written unchecked
   */
  readonly guardrails?: CloudRulePack;
}

/** Where one environment's state lives in a shared backend. */
export interface StateLocation {
  /** The state object, such as "s3://bucket/mlops-platform/dev/terraform.tfstate". */
  readonly uri: string;
  /** The spec field that tells two environments' state apart in one bucket ("stateBackend.key"). */
  readonly field: string;
  /** Its value, defaults applied. */
  readonly value: string;
}

/** The window of Kubernetes versions a cloud's managed clusters run. */
export interface KubernetesSupport {
  /** The managed service, as messages name it ("EKS"). */
  readonly service: string;
  /** Each supported minor version with the last day ("YYYY-MM-DD") of the service's standard support. */
  readonly standardSupportEnds: Readonly<Record<string, string>>;
  /** The version an environment runs unless its spec names another. */
  readonly defaultVersion: string;
  /** What happens to a cluster left on a version past its support (why the version is refused). */
  readonly pastSupport: string;
}

/** How a cloud spells the names the charts use. */
export interface CloudNaming {
  /**
   * The URI of a bucket as each consumer spells it: MLflow's artifact store, KServe's storage
   * initializer and the command-line tools and payloads do not agree on every cloud (Blob Storage).
   */
  bucketUris(bucket: string): ArtifactUris;
  /**
   * Annotations that bind a Kubernetes service account to the cloud identity `identityName`; `recorded`
   * holds the environment's recorded stack outputs (config/recorded-outputs.ts), if its cloud needs any.
   */
  serviceAccountAnnotations(
    env: Environment,
    identityName: string,
    recorded?: Readonly<Record<string, string>>,
  ): Record<string, string>;
  /** Labels a pod needs for the cloud to hand it its service account's identity. */
  workloadPodLabels(env: Environment): Record<string, string>;
  /** The address ranges the cluster layer's network policies need: the cloud's network layout. */
  network(env: Environment): NetworkContract;
  /**
   * The bucket holding the environment's artifacts in its recovery region, which its recovery environment
   * adopts. @default a replica bucket `<bucket>-<recoveryRegion>` (config/names.ts replicaBucketName)
   */
  recoveryBucket?(env: Environment): string;
  /** The identities and names of the cloud's own cluster add-ons, from the environment's name prefix. */
  clusterAddOns(env: Environment, namePrefix: string): ClusterAddOnsContract;
}

/** A bucket's URI per consumer, without a trailing slash. */
export interface ArtifactUris {
  readonly mlflow: string;
  readonly kserve: string;
  readonly cli: string;
}

/** What every cloud's External Secrets store needs: where it lives and whose identity it reads secrets as. */
export interface WorkloadSecretStoreOptions {
  /** The environment whose secrets the store reads (its cloud account, project or vault). */
  readonly environment: Environment;
  readonly namespace: string;
  readonly name: string;
  /** Region of the cloud's secret manager. */
  readonly region: string;
  /** Service account (in `namespace`) whose cloud identity reads the secrets. */
  readonly serviceAccount: string;
  /** Labels on the store. @default none */
  readonly labels?: Readonly<Record<string, string>>;
}

/** Velero on a cloud: the plugin that speaks its object store, and the location's config. */
export interface VeleroIntegration {
  /** The BackupStorageLocation's provider ("aws", "azure", "gcp"). */
  readonly provider: string;
  /** The provider plugin's image, at the version paired with the pinned Velero. */
  readonly pluginImage: string;
  /**
   * The location's `bucket` as the plugin names it (Blob Storage: the container inside the account).
   * @default the contract's artifact bucket
   */
  readonly bucket?: string;
  /** Provider-specific settings of the location (`config`). */
  readonly config: Readonly<Record<string, string>>;
  /** Environment of the Velero server the plugin reads (never credentials). @default none */
  readonly env?: Readonly<Record<string, string>>;
}

/** kube-prometheus-stack's sections (values keys) for the components it scrapes outside the workloads. */
export type UnscrapedComponent = "kubeControllerManager" | "kubeScheduler" | "kubeEtcd" | "kubeProxy";

/** A served model whose replicas a cloud's own autoscaler manages. */
export interface ScaledModel {
  /** Name of the InferenceService; its predictor Deployment and Service are `<name>-predictor`. */
  readonly name: string;
  readonly namespace: string;
  /** 0 lets it scale to zero when idle. */
  readonly minReplicas: number;
  readonly maxReplicas: number;
  /** Labels of the scaler's own objects. */
  readonly labels: Readonly<Record<string, string>>;
}

/** The cloud's pieces of the cluster layer. */
export interface ClusterIntegration {
  /** A namespace-scoped External Secrets store reading the cloud's secret manager. */
  secretStore(scope: Construct, id: string, options: WorkloadSecretStoreOptions): ISecretStore;
  /**
   * How the payloads (backup jobs, training steps) reach the artifact store: the adapter kind they select
   * (their OBJECT_STORE) and the store the backup jobs keep dumps in.
   */
  readonly objectStore: {
    readonly kind: ObjectStoreKind;
    backupStore(contract: PlatformContract): ObjectStore;
  };
  /**
   * Taints the cloud puts on the environment's GPU nodes by itself, which GPU pods must tolerate (AKS
   * taints spot nodes). @default none
   */
  gpuNodeTaints?(env: Environment): readonly { key: string; value: string; effect: string }[];
  /**
   * Scales a "Standard"-mode GPU model server itself instead of KServe's CPU HPA (AKS: a KEDA ScaledObject
   * on a request rate, from zero when the model allows it); KServe is then told to leave scaling alone.
   * @default none: KServe's HPA scales every Standard-mode model
   */
  gpuModelScaler?(scope: Construct, id: string, model: ScaledModel): void;
  /** Adds the environment's autoscaled capacity objects (general and GPU pools) to a chart. */
  addCapacity(scope: Construct, platform: { environment: Environment; contract: PlatformContract }): void;
  /**
   * How Velero reaches the artifact store: its provider plugin's image and name, and the settings of the
   * backup storage location (the prefix comes from the contract).
   */
  velero(env: Environment, contract: PlatformContract): VeleroIntegration;
  /**
   * Annotations on pods that must not be evicted mid-run (training steps, database backup and restore
   * Jobs): the cloud's node autoscaler leaves the node such a pod runs on alone until it ends.
   */
  podDisruptionAnnotations(): Readonly<Record<string, string>>;
  /**
   * The cluster components kube-prometheus-stack would scrape that the managed cluster does not expose to
   * it (a hosted control plane, or no kube-proxy); their scrape targets and alerts are turned off, else
   * their TargetDown alerts fire forever.
   */
  readonly unscrapedComponents: readonly UnscrapedComponent[];
  /**
   * The cloud's own add-ons, installed from pinned charts beside the platform's (the node autoscaler, the
   * GPU device plugin where the cloud does not install one), configured from the contract.
   */
  addOns(env: Environment, contract: PlatformContract): readonly HelmAddOn[];
}
