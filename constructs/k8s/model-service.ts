import * as k8s from "cdk8s-plus-28/lib/imports/k8s";
import { Construct } from "constructs";
import type { ModelFormat, ServingMode } from "../../config/environment-spec";
import {
  InferenceService,
  type InferenceServiceSpecPredictor,
  type InferenceServiceSpecPredictorModelSecurityContext,
  InferenceServiceSpecPredictorScaleMetric,
  InferenceServiceSpecPredictorScaleMetricType,
  type InferenceServiceSpecPredictorSecurityContext,
  InferenceServiceSpecPredictorVolumesEmptyDirSizeLimit,
  InferenceServiceSpecPredictorModelResourcesLimits as Limits,
  InferenceServiceSpecPredictorModelResourcesRequests as Requests,
} from "../../imports/kserve-inferenceservices-serving.kserve.io";
import { type GpuPlacement, gpuScheduling } from "./gpu-placement";
import { KNATIVE_SERVING } from "./knative-serving";
import { NetworkAllow, type NetworkAllowProps, type PortRule } from "./network-allow";
import { PodDisruptionBudget } from "./pod-disruption-budget";
import { doubleQuantity } from "./quantity";
import { spreadOverZonesAndNodes } from "./topology-spread";
import {
  appLabels,
  restrictedContainerSecurityContext,
  restrictedPodSecurityContext,
} from "./workload-defaults";

/** Annotation that picks KServe's deployment mode (v0.20 names: "Standard", was RawDeployment; "Knative", was Serverless). */
export const DEPLOYMENT_MODE_ANNOTATION = "serving.kserve.io/deploymentMode";

/** Labels KServe puts on every predictor pod of an InferenceService, in both deployment modes. */
export function predictorPodLabels(name: string): Record<string, string> {
  return { "serving.kserve.io/inferenceservice": name, component: "predictor" };
}

/** Port KServe's model servers listen on (the predictor Service of "Standard" mode targets it). */
export const PREDICTOR_PORT = 8080;

/** Knative's queue-proxy sidecar, which fronts the model server in "Knative" mode. */
const QUEUE_PROXY = { http: 8012, autoscalerMetrics: 9090, requestMetrics: 9091 } as const;
const KNATIVE_NAMESPACE = KNATIVE_SERVING.namespace;

/** Standard mode scales on CPU: KServe's HPA adds replicas above this average utilization of the request. */
const CPU_TARGET_PERCENT = 70;

/** KServe's runtime and storage-initializer images declare uid 1000; running as it keeps their files readable. */
const KSERVE_UID = 1000;

/**
 * DNS-1035 label (KServe's rule for InferenceService names), short enough that the names KServe and Knative
 * derive from it, up to `<name>-predictor-00001-deployment` (27 characters more), stay within 63.
 */
const NAME = /^[a-z]([-a-z0-9]{0,34}[a-z0-9])?$/;
const NAME_ALLOWED =
  "a DNS-1035 label of 1-36 lowercase letters, digits or hyphens, starting with a letter and ending with a letter or digit (KServe and Knative derive names up to 27 characters longer from it)";

export interface ModelServiceProps {
  /** Name of the InferenceService; KServe names the predictor's Deployment, HPA and Service `<name>-predictor`. */
  readonly name: string;
  readonly namespace: string;
  /** Model format; KServe picks the built-in serving runtime that supports it. */
  readonly format: ModelFormat;
  /** Where the model's files are, e.g. `s3://<bucket>/models/<path>` (from the platform contract). */
  readonly storageUri: string;
  /** Service account the predictor runs as; created here. */
  readonly serviceAccountName: string;
  /** Annotations binding the service account to the cloud identity that may read the model. @default none */
  readonly serviceAccountAnnotations?: Readonly<Record<string, string>>;
  /** Labels the predictor pods need for the cloud to hand them that identity (KServe copies them). @default none */
  readonly identityPodLabels?: Readonly<Record<string, string>>;
  /** @default 1 */
  readonly minReplicas?: number;
  /** @default 3 */
  readonly maxReplicas?: number;
  /** A critical model never scales to zero. @default false */
  readonly critical?: boolean;
  /** CPU and memory requested per replica; the limits are twice as much. @default { cpu: "500m", memory: "1Gi" } */
  readonly resources?: { readonly cpu: string; readonly memory: string };
  /** GPUs per replica, scheduled on the GPU pool. @default 0 */
  readonly gpus?: number;
  /** The environment's GPU pool. @default none: the environment has no GPU pool, and a model with gpus > 0 is refused */
  readonly gpuPool?: GpuPlacement;
  /** More egress the predictor needs, such as its cloud's credential endpoints. @default none */
  readonly extraEgress?: NetworkAllowProps["egress"];
  /** @default "Standard" */
  readonly deploymentMode?: ServingMode;
  /** Share of traffic for the newest revision; only "Knative" mode honours it. @default no canary */
  readonly canaryTrafficPercent?: number;
  /** Namespaces whose pods send inference requests (ingress gateways). @default ["istio-system"] */
  readonly gatewayNamespaces?: readonly string[];
  /** Namespace of the Prometheus that scrapes the model server's metrics. @default "monitoring" */
  readonly monitoringNamespace?: string;
  /**
   * "Standard" mode only: another controller (a KEDA ScaledObject) scales the predictor, so KServe is told
   * to leave scaling alone (autoscalerClass "external": no HPA), and minReplicas may then be 0.
   * @default false (KServe's HPA on CPU)
   */
  readonly externalAutoscaler?: boolean;
}

/**
 * One served model: a KServe InferenceService in the given mode, the service account that reads the model
 * from the bucket, a disruption budget when it can run two or more replicas, and the network allows its
 * predictor pods need. Validates what KServe would otherwise accept and then ignore or fail on at run time.
 */
export class ModelService extends Construct {
  readonly name: string;
  /** Labels selecting this model's predictor pods. */
  readonly podLabels: Readonly<Record<string, string>>;

  constructor(scope: Construct, id: string, props: ModelServiceProps) {
    super(scope, id);
    const settings = validate(props);
    const { name, namespace } = props;
    this.name = name;
    this.podLabels = predictorPodLabels(name);
    const labels = appLabels(name, "model-serving");

    new k8s.KubeServiceAccount(this, "service-account", {
      metadata: {
        name: props.serviceAccountName,
        namespace,
        labels,
        ...(props.serviceAccountAnnotations && { annotations: { ...props.serviceAccountAnnotations } }),
      },
      // The model server never calls the Kubernetes API. The cloud identity comes from its own projected
      // token (injected for the annotations above), not from this one.
      automountServiceAccountToken: false,
    });

    const standard = settings.deploymentMode === "Standard";
    const { app: _app, ...inferenceServiceLabels } = labels;
    new InferenceService(this, "inference-service", {
      metadata: {
        name,
        namespace,
        // KServe copies these labels to the pods; `app` is left out because in "Standard" mode KServe
        // selects the predictor's pods with its own `app: isvc.<name>-predictor`.
        labels: { ...props.identityPodLabels, ...inferenceServiceLabels },
        annotations: {
          [DEPLOYMENT_MODE_ANNOTATION]: settings.deploymentMode,
          // "Standard" mode: an HPA named `<name>-predictor`, the one the runbooks describe, unless
          // another controller scales the predictor.
          ...(standard && {
            "serving.kserve.io/autoscalerClass": props.externalAutoscaler ? "external" : "hpa",
          }),
        },
      },
      spec: { predictor: this.predictor(props, settings) },
    });

    // With one replica at most there is nothing to keep up during a drain; from two on, evictions go
    // one pod at a time and are never all blocked. A model scaled to zero has no pods to protect, so its
    // budget is checked from one replica.
    if (settings.maxReplicas >= 2) {
      new PodDisruptionBudget(this, "disruption-budget", {
        name: `${name}-predictor-pdb`,
        namespace,
        selector: this.podLabels,
        replicas: Math.max(settings.minReplicas, 1),
        maxUnavailable: 1,
        labels,
      });
    }

    new NetworkAllow(this, "network", {
      name: `${name}-predictor-allow`,
      namespace,
      podLabels: this.podLabels,
      ingress: ingressRules(settings.deploymentMode, {
        gateways: props.gatewayNamespaces ?? ["istio-system"],
        monitoring: props.monitoringNamespace ?? "monitoring",
      }),
      // The storage initializer downloads the model over HTTPS (object store and, for the cloud
      // identity, the token service). DNS is allowed namespace-wide.
      egress: [{ to: [{ cidr: "0.0.0.0/0" }], ports: [{ port: 443 }] }, ...(props.extraEgress ?? [])],
    });
  }

  private predictor(props: ModelServiceProps, settings: Settings): InferenceServiceSpecPredictor {
    const { resources, gpus } = settings;
    const gpuPool = props.gpuPool;
    return {
      minReplicas: settings.minReplicas,
      maxReplicas: settings.maxReplicas,
      ...(settings.deploymentMode === "Standard" &&
        !props.externalAutoscaler && {
          scaleMetric: InferenceServiceSpecPredictorScaleMetric.CPU,
          scaleMetricType: InferenceServiceSpecPredictorScaleMetricType.UTILIZATION,
          scaleTarget: CPU_TARGET_PERCENT,
        }),
      ...(props.canaryTrafficPercent !== undefined && { canaryTrafficPercent: props.canaryTrafficPercent }),
      serviceAccountName: props.serviceAccountName,
      securityContext: restrictedPodSecurityContext(
        KSERVE_UID,
      ) as InferenceServiceSpecPredictorSecurityContext,
      ...(gpus > 0 && gpuPool && gpuScheduling(gpuPool)),
      // Replicas apart, as the disruption budget assumes. Zones are preferred, not required: GPU families
      // are not offered in every zone, and a required spread would leave a scale-up pending.
      ...(settings.maxReplicas >= 2 && {
        topologySpreadConstraints: spreadOverZonesAndNodes(this.podLabels, "ScheduleAnyway"),
      }),
      // The root filesystem is read-only: model servers get a writable /tmp for their temporary files
      // and caches (HOME points there too, for libraries that cache under ~).
      volumes: [
        {
          name: "tmp",
          emptyDir: { sizeLimit: InferenceServiceSpecPredictorVolumesEmptyDirSizeLimit.fromString("2Gi") },
        },
      ],
      model: {
        modelFormat: { name: props.format },
        storageUri: props.storageUri,
        resources: {
          requests: {
            cpu: Requests.fromString(resources.cpu),
            memory: Requests.fromString(resources.memory),
          },
          limits: {
            cpu: Limits.fromString(doubleQuantity(resources.cpu)),
            memory: Limits.fromString(doubleQuantity(resources.memory)),
            ...(gpus > 0 && gpuPool && { [gpuPool.resource]: Limits.fromNumber(gpus) }),
          },
        },
        securityContext: restrictedContainerSecurityContext(
          KSERVE_UID,
        ) as InferenceServiceSpecPredictorModelSecurityContext,
        env: [{ name: "HOME", value: "/tmp" }],
        volumeMounts: [{ name: "tmp", mountPath: "/tmp" }],
      },
    };
  }
}

interface Settings {
  readonly minReplicas: number;
  readonly maxReplicas: number;
  readonly resources: { readonly cpu: string; readonly memory: string };
  readonly gpus: number;
  readonly deploymentMode: ServingMode;
}

/** Applies the defaults and refuses what KServe would ignore or fail on; every message names the prop. */
function validate(props: ModelServiceProps): Settings {
  const fail = (prop: string, value: unknown, allowed: string): never => {
    throw new Error(
      `ModelService "${props.name}": ${prop} got ${JSON.stringify(value)}; expected ${allowed}`,
    );
  };
  const settings: Settings = {
    minReplicas: props.minReplicas ?? 1,
    maxReplicas: props.maxReplicas ?? 3,
    resources: props.resources ?? { cpu: "500m", memory: "1Gi" },
    gpus: props.gpus ?? 0,
    deploymentMode: props.deploymentMode ?? "Standard",
  };
  const { minReplicas, maxReplicas, gpus, deploymentMode } = settings;

  if (!NAME.test(props.name)) fail("name", props.name, NAME_ALLOWED);
  if (deploymentMode !== "Standard" && deploymentMode !== "Knative") {
    fail("deploymentMode", deploymentMode, '"Standard" or "Knative"');
  }
  if (!Number.isInteger(maxReplicas) || maxReplicas < 1)
    fail("maxReplicas", maxReplicas, "an integer of at least 1");
  if (!Number.isInteger(minReplicas) || minReplicas < 0)
    fail("minReplicas", minReplicas, "an integer of 0 or more");
  if (minReplicas > maxReplicas) fail("minReplicas", minReplicas, `at most maxReplicas (${maxReplicas})`);
  if (minReplicas === 0 && props.critical) {
    fail(
      "minReplicas",
      minReplicas,
      "at least 1 for a critical model (a cold start would break its latency objective)",
    );
  }
  if (props.externalAutoscaler && deploymentMode !== "Standard") {
    fail(
      "externalAutoscaler",
      true,
      'false in deploymentMode "Knative" (Knative\'s own autoscaler scales it)',
    );
  }
  if (minReplicas === 0 && deploymentMode === "Standard" && !props.externalAutoscaler) {
    fail(
      "minReplicas",
      minReplicas,
      'at least 1 in deploymentMode "Standard" (only "Knative" mode scales to zero)',
    );
  }

  const canary = props.canaryTrafficPercent;
  if (canary !== undefined && deploymentMode !== "Knative") {
    fail(
      "canaryTrafficPercent",
      canary,
      `no canary in deploymentMode "${deploymentMode}": KServe honours canaryTrafficPercent only in "Knative" mode`,
    );
  }
  if (canary !== undefined && (!Number.isInteger(canary) || canary < 0 || canary > 100)) {
    fail("canaryTrafficPercent", canary, "an integer percentage from 0 to 100");
  }

  if (!Number.isInteger(gpus) || gpus < 0) fail("gpus", gpus, "an integer of 0 or more");
  if (gpus > 0 && props.gpuPool === undefined) {
    fail("gpus", gpus, "0: no gpuPool was given (the environment has no GPU pool)");
  }
  // Both quantities are doubled into limits; a malformed one fails here with its prop's name.
  for (const key of ["cpu", "memory"] as const) {
    try {
      doubleQuantity(settings.resources[key]);
    } catch {
      fail(`resources.${key}`, settings.resources[key], 'a Kubernetes quantity such as "500m" or "1Gi"');
    }
  }
  return settings;
}

/**
 * Who may reach the predictor pods. "Standard": the gateways and Prometheus reach the model server on
 * 8080. "Knative": requests enter through the queue-proxy sidecar (8012), from the gateways and from
 * Knative's activator, whose autoscaler also scrapes the queue-proxy (9090); Prometheus reads the model
 * server (8080) and the queue-proxy's request metrics (9091).
 */
function ingressRules(
  mode: ServingMode,
  namespaces: { readonly gateways: readonly string[]; readonly monitoring: string },
): { from: { namespace: string }[]; ports: PortRule[] }[] {
  const from = (names: readonly string[]) => names.map((namespace) => ({ namespace }));
  if (mode === "Standard") {
    return [
      { from: from(namespaces.gateways), ports: [{ port: PREDICTOR_PORT }] },
      { from: from([namespaces.monitoring]), ports: [{ port: PREDICTOR_PORT }] },
    ];
  }
  return [
    { from: from([...namespaces.gateways, KNATIVE_NAMESPACE]), ports: [{ port: QUEUE_PROXY.http }] },
    { from: from([KNATIVE_NAMESPACE]), ports: [{ port: QUEUE_PROXY.autoscalerMetrics }] },
    {
      from: from([namespaces.monitoring]),
      ports: [{ port: PREDICTOR_PORT }, { port: QUEUE_PROXY.requestMetrics }],
    },
  ];
}
