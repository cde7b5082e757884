import { type HelmAddOn, type HelmChartPin, SYNC_WAVES } from "../../k8s/add-ons/helm-add-on";

/** KEDA's chart, at the version of the KEDA CRDs the bindings target (docs/versions.md). */
export const KEDA_CHART: HelmChartPin = {
  repoUrl: "https://kedacore.github.io/charts",
  chart: "keda",
  version: "2.20.2",
};

/**
 * KEDA, which scales the GPU model servers on AKS (keda-model-scaler.ts), in namespace `keda` as the
 * runbooks look for it (`kubectl logs -n keda -l app=keda-operator`: its chart labels the operator's pods
 * `app: <operator.name>`, `keda-operator` by default). Its pods set the restricted security contexts.
 */
export function kedaAddOn(): HelmAddOn {
  return {
    name: "keda",
    chart: KEDA_CHART,
    releaseName: "keda",
    namespace: "keda",
    wave: SYNC_WAVES.controllers,
    createNamespace: "restricted",
    // Its metrics server reads the API server's authentication config through a RoleBinding there.
    alsoDeploysTo: ["kube-system"],
  };
}
