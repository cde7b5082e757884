import type { Environment } from "../../config/environment-spec";
import type { PlatformContract } from "../../config/platform-contract";
import type { UnscrapedComponent } from "../../constructs/cloud";
import { cloudOf } from "../../constructs/clouds";
import {
  type HelmAddOn,
  type HelmChartPin,
  RESTRICTED_CONTAINER_SECURITY_CONTEXT,
  RESTRICTED_POD_SECURITY_CONTEXT,
  SYNC_WAVES,
} from "../../constructs/k8s/add-ons/helm-add-on";
import { INGRESS_GATEWAY, MONITORING, NAMESPACES } from "../chart-props";
import { needsKnative } from "../knative-serving-chart";

const ISTIO_CHARTS_REPO = "https://istio-release.storage.googleapis.com/charts";
const ISTIO_VERSION = "1.30.3";

/**
 * The charts every cloud's cluster runs, at the versions recorded in docs/versions.md (each chart's
 * Chart.yaml and values.yaml at that version were read; the values tests check every key set here).
 */
export const PLATFORM_CHARTS = {
  argoCd: { repoUrl: "https://argoproj.github.io/argo-helm", chart: "argo-cd", version: "10.1.1" },
  certManager: { repoUrl: "quay.io/jetstack/charts", chart: "cert-manager", version: "v1.21.1" },
  externalSecrets: {
    repoUrl: "https://charts.external-secrets.io",
    chart: "external-secrets",
    version: "2.9.0",
  },
  kubePrometheusStack: {
    repoUrl: "https://prometheus-community.github.io/helm-charts",
    chart: "kube-prometheus-stack",
    version: "88.3.0",
  },
  kserveCrd: { repoUrl: "ghcr.io/kserve/charts", chart: "kserve-crd", version: "v0.20.0" },
  kserveResources: { repoUrl: "ghcr.io/kserve/charts", chart: "kserve-resources", version: "v0.20.0" },
  kserveRuntimeConfigs: {
    repoUrl: "ghcr.io/kserve/charts",
    chart: "kserve-runtime-configs",
    version: "v0.20.0",
  },
  argoWorkflows: {
    repoUrl: "https://argoproj.github.io/argo-helm",
    chart: "argo-workflows",
    version: "1.0.18",
  },
  // Istio, KServe's ingress in both deployment modes (the charts share one version).
  istioBase: { repoUrl: ISTIO_CHARTS_REPO, chart: "base", version: ISTIO_VERSION },
  istiod: { repoUrl: ISTIO_CHARTS_REPO, chart: "istiod", version: ISTIO_VERSION },
  istioGateway: { repoUrl: ISTIO_CHARTS_REPO, chart: "gateway", version: ISTIO_VERSION },
  // The Knative Operator's Helm repository indexes its release charts as v<version>.
  knativeOperator: {
    repoUrl: "https://knative.github.io/operator",
    chart: "knative-operator",
    version: "v1.21.4",
  },
} as const satisfies Record<string, HelmChartPin>;

/** Grafana of kube-prometheus-stack (release "prometheus"): its Service, Deployment and admin Secret. */
export const GRAFANA = {
  releaseObjectName: "prometheus-grafana",
  adminSecretKeys: ["admin-user", "admin-password"],
} as const;

/**
 * kube-prometheus-stack's values: the components the cloud's managed cluster does not expose are neither
 * scraped nor alerted on (their rules are conditioned on the same `enabled`), and Grafana's admin password
 * is left to the chart to generate (`grafana.adminPassword` unset).
 */
export function kubePrometheusStackValues(unscraped: readonly UnscrapedComponent[]): Record<string, unknown> {
  return Object.fromEntries([...unscraped].sort().map((component) => [component, { enabled: false }]));
}

/** Where ArgoCD runs: installed there by the bootstrap, then managing itself. */
export const ARGO_CD = { namespace: "argocd", releaseName: "argocd" } as const;

/**
 * ArgoCD's health of a child Application, which it does not assess by itself (since 1.8): without it the
 * root Application would start the next sync wave as soon as the previous one's Applications exist. A
 * child counts as healthy only once it is synced and its resources are healthy.
 */
export const APPLICATION_HEALTH_LUA = `local hs = { status = "Progressing", message = "waiting for the first sync" }
if obj.status ~= nil and obj.status.health ~= nil and obj.status.health.status ~= nil then
  hs.status = obj.status.health.status
  hs.message = obj.status.health.message or ""
end
if hs.status == "Healthy" and (obj.status.sync == nil or obj.status.sync.status ~= "Synced") then
  hs.status = "Progressing"
  hs.message = "resources healthy, sync not finished"
end
return hs
`;

/** ArgoCD's own values: the same at bootstrap (helm install) and once it manages itself. */
export function argoCdValues(): Record<string, unknown> {
  return {
    configs: { cm: { "resource.customizations.health.argoproj.io_Application": APPLICATION_HEALTH_LUA } },
  };
}

/**
 * The add-ons of every cluster, whatever its cloud: ArgoCD itself, cert-manager, External Secrets,
 * kube-prometheus-stack, Istio, KServe and Argo Workflows. The cloud adds its own (constructs/<cloud>/cluster).
 */
export function platformAddOns(env: Environment, _contract: PlatformContract): HelmAddOn[] {
  const unscraped = cloudOf(env.cloud).cluster.unscrapedComponents;
  return [
    {
      name: "argo-cd",
      chart: PLATFORM_CHARTS.argoCd,
      releaseName: ARGO_CD.releaseName,
      namespace: ARGO_CD.namespace,
      wave: SYNC_WAVES.foundations,
      values: argoCdValues(),
    },
    {
      name: "cert-manager",
      chart: PLATFORM_CHARTS.certManager,
      releaseName: "cert-manager",
      namespace: "cert-manager",
      wave: SYNC_WAVES.foundations,
      // Its CRDs are off by default; kept when the release is deleted (certificates survive).
      values: { crds: { enabled: true, keep: true } },
      createNamespace: "restricted",
      // Its leader-election Role and RoleBinding (global.leaderElection.namespace).
      alsoDeploysTo: ["kube-system"],
    },
    {
      name: "kserve-crd",
      chart: PLATFORM_CHARTS.kserveCrd,
      releaseName: "kserve-crd",
      namespace: "kserve",
      wave: SYNC_WAVES.foundations,
      createNamespace: "restricted",
    },
    {
      name: "external-secrets",
      chart: PLATFORM_CHARTS.externalSecrets,
      releaseName: "external-secrets",
      namespace: "external-secrets",
      wave: SYNC_WAVES.controllers,
      values: { installCRDs: true },
      createNamespace: "restricted",
    },
    {
      // Release "prometheus", as the runbooks' svc/prometheus-grafana and
      // svc/prometheus-kube-prometheus-prometheus expect; its rule and monitor selectors match the
      // platform's `release: prometheus` label by default.
      name: "kube-prometheus-stack",
      chart: PLATFORM_CHARTS.kubePrometheusStack,
      releaseName: "prometheus",
      namespace: MONITORING.namespace,
      wave: SYNC_WAVES.controllers,
      // The node exporter reads the host (hostNetwork, hostPID, hostPath): not even "baseline".
      createNamespace: "privileged",
      // The Services it scrapes the cluster's components through (coredns, kubelet, ...).
      alsoDeploysTo: ["kube-system"],
      values: kubePrometheusStackValues(unscraped),
      // No Grafana admin password in values (they are in git): the chart generates one into its Secret,
      // anew at every render, with a checksum of it on the pod template. ArgoCD keeps the live ones.
      generatedFields: [
        { group: "", kind: "Secret", name: GRAFANA.releaseObjectName, jsonPointers: ["/data"] },
        {
          group: "apps",
          kind: "Deployment",
          name: GRAFANA.releaseObjectName,
          jsonPointers: ["/spec/template/metadata/annotations/checksum~1secret"],
        },
      ],
    },
    {
      name: "istio-base",
      chart: PLATFORM_CHARTS.istioBase,
      releaseName: "istio-base",
      namespace: INGRESS_GATEWAY.namespace,
      wave: SYNC_WAVES.foundations,
      // The gateway sets an unprivileged-port sysctl and no seccomp profile: "baseline", not "restricted".
      createNamespace: "baseline",
    },
    {
      name: "istiod",
      chart: PLATFORM_CHARTS.istiod,
      releaseName: "istiod",
      namespace: INGRESS_GATEWAY.namespace,
      wave: SYNC_WAVES.controllers,
    },
    {
      // Its pods get their proxy from istiod's injection webhook: a wave after istiod. The Service stays
      // inside the cluster: publishing the models is a choice (a LoadBalancer in these values), not a default.
      name: "istio-ingressgateway",
      chart: PLATFORM_CHARTS.istioGateway,
      releaseName: INGRESS_GATEWAY.releaseName,
      namespace: INGRESS_GATEWAY.namespace,
      wave: SYNC_WAVES.runtimes,
      values: { service: { type: "ClusterIP" } },
    },
    {
      name: "kserve-resources",
      chart: PLATFORM_CHARTS.kserveResources,
      releaseName: "kserve",
      namespace: "kserve",
      wave: SYNC_WAVES.controllers,
      values: {
        kserve: {
          // Models say their own mode (serving.kserve.io/deploymentMode); Standard needs no Knative.
          controller: { deploymentMode: "Standard" },
          // Injected into model pods in the restricted `mlops` namespace: it must comply too.
          storage: { containerSecurityContext: RESTRICTED_CONTAINER_SECURITY_CONTEXT },
        },
      },
      createNamespace: "restricted",
    },
    {
      name: "kserve-runtime-configs",
      chart: PLATFORM_CHARTS.kserveRuntimeConfigs,
      releaseName: "kserve-runtime-configs",
      namespace: "kserve",
      wave: SYNC_WAVES.runtimes,
      // The ClusterServingRuntimes (sklearn, xgboost, huggingface, ...) the models' formats select.
      values: { kserve: { servingruntime: { enabled: true } } },
    },
    {
      // Release "argo-workflows": Deployment argo-workflows-workflow-controller, pods app=workflow-controller,
      // as the runbooks name them. It runs in the platform's restricted `argo` namespace.
      name: "argo-workflows",
      chart: PLATFORM_CHARTS.argoWorkflows,
      releaseName: "argo-workflows",
      namespace: NAMESPACES.pipelines,
      wave: SYNC_WAVES.controllers,
      values: {
        controller: {
          // Plain http on 9090, scraped by the platform's PodMonitor.
          metricsConfig: { enabled: true },
          podSecurityContext: RESTRICTED_POD_SECURITY_CONTEXT,
        },
        server: { podSecurityContext: RESTRICTED_POD_SECURITY_CONTEXT },
        // The executor (init and wait containers) of every workflow pod, in the restricted namespace.
        executor: { securityContext: RESTRICTED_CONTAINER_SECURITY_CONTEXT },
      },
    },
    // Only where a model runs in "Knative" mode (knative-serving-chart.ts has its KnativeServing).
    ...(needsKnative({ environment: env })
      ? [
          {
            name: "knative-operator",
            chart: PLATFORM_CHARTS.knativeOperator,
            releaseName: "knative-operator",
            namespace: "knative-operator",
            wave: SYNC_WAVES.controllers,
            // Its containers drop every capability and escalate nothing (the chart's templates and
            // defaults); the pods' seccomp profile comes from these values: "restricted".
            createNamespace: "restricted" as const,
            values: {
              knative_operator: {
                knative_operator: { securityContext: RESTRICTED_POD_SECURITY_CONTEXT },
                operator_webhook: { securityContext: RESTRICTED_POD_SECURITY_CONTEXT },
              },
            },
          },
        ]
      : []),
  ];
}
