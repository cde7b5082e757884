import { ApiObject } from "cdk8s";
import * as k8s from "cdk8s-plus-28/lib/imports/k8s";
import { Construct } from "constructs";
import { podSecurityLabels } from "./add-ons/helm-add-on";

/** Knative Serving, which runs the models in "Knative" mode: where it lives and the minor it runs. */
export const KNATIVE_SERVING = {
  namespace: "knative-serving",
  /** KServe v0.20's Knative Serving minor; the operator installs the newest patch of it it bundles. */
  version: "1.21",
} as const;

export interface KnativeServingProps {
  /** Replicas of Knative's own components (activator, autoscaler, controller, webhook). @default 1 */
  readonly replicas?: number;
}

/**
 * Knative Serving, installed by the Knative Operator from a `KnativeServing` object in its own namespace:
 * Istio as its networking layer (the platform's ingress gateway), the queue-proxy's request metrics as
 * Prometheus text (the alerts read them), and secure pod defaults, so the revisions it creates in the
 * platform's restricted namespaces comply.
 */
export class KnativeServing extends Construct {
  constructor(scope: Construct, id: string, props: KnativeServingProps = {}) {
    super(scope, id);
    const replicas = props.replicas ?? 1;
    if (!Number.isInteger(replicas) || replicas < 1) {
      throw new Error(`KnativeServing: replicas is ${replicas}; expected a whole number of at least 1`);
    }
    // Its components (and net-istio's) meet "restricted": each container sets it (serving 1.21.3 manifests).
    new k8s.KubeNamespace(this, "namespace", {
      metadata: {
        name: KNATIVE_SERVING.namespace,
        labels: podSecurityLabels("restricted"),
        annotations: { "argocd.argoproj.io/sync-wave": "-1" },
      },
    });
    new ApiObject(this, "serving", {
      apiVersion: "operator.knative.dev/v1beta1",
      kind: "KnativeServing",
      metadata: { name: "knative-serving", namespace: KNATIVE_SERVING.namespace },
      spec: {
        version: KNATIVE_SERVING.version,
        ingress: { istio: { enabled: true } },
        "high-availability": { replicas },
        config: {
          observability: { "request-metrics-protocol": "prometheus" },
          // The model pods' own pod-level security context (restricted: user, group, seccomp) is behind
          // a feature flag; secure defaults cover the queue-proxy sidecar Knative adds.
          features: { "kubernetes.podspec-securitycontext": "enabled", "secure-pod-defaults": "enabled" },
          // As KServe's own setup: resolving tags of these registries' images is left to the kubelet.
          deployment: { "registries-skipping-tag-resolving": "nvcr.io,index.docker.io" },
        },
      },
    });
  }
}
