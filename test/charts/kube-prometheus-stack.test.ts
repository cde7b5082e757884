/**
 * kube-prometheus-stack on managed clusters: what the cloud does not expose is not scraped (no TargetDown
 * alert firing forever), and Grafana's admin password is the chart's own, which ArgoCD leaves alone.
 */
import { ENVIRONMENT_SPECS } from "../../config/environments";
import { clusterLayer } from "../support/cluster-layer";

const prometheusStack = (env: string) => clusterLayer(env).one("Application", "add-on-kube-prometheus-stack");

const HOSTED_CONTROL_PLANE = {
  kubeControllerManager: { enabled: false },
  kubeEtcd: { enabled: false },
  kubeScheduler: { enabled: false },
};

describe("kube-prometheus-stack", () => {
  test.each([
    // EKS: kube-proxy runs (its add-on) but serves metrics on 127.0.0.1 only.
    ["prod", { ...HOSTED_CONTROL_PLANE, kubeProxy: { enabled: false } }],
    // AKS with the Cilium data plane and GKE with Dataplane V2 run no kube-proxy.
    ["azure-prod", { ...HOSTED_CONTROL_PLANE, kubeProxy: { enabled: false } }],
    ["gcp-prod", { ...HOSTED_CONTROL_PLANE, kubeProxy: { enabled: false } }],
  ])("%s: the managed control plane's components are not scraped", (env, expected) => {
    const values = prometheusStack(env).spec.source.helm.valuesObject;
    expect(values).toMatchObject(expected);
    // What the cluster does expose stays scraped: the API server, the kubelets, CoreDNS.
    for (const kept of ["kubeApiServer", "kubelet", "coreDns"]) expect(values).not.toHaveProperty(kept);
  });

  test.each(ENVIRONMENT_SPECS.map((spec) => spec.name))(
    "%s: no Grafana password in values; ArgoCD keeps the generated Secret and its checksum",
    (env) => {
      const application = prometheusStack(env);
      const values = application.spec.source.helm.valuesObject ?? {};
      expect(JSON.stringify(values)).not.toMatch(/password/i);
      expect(application.spec.ignoreDifferences).toEqual([
        {
          group: "",
          kind: "Secret",
          name: "prometheus-grafana",
          namespace: "monitoring",
          jsonPointers: ["/data"],
        },
        {
          group: "apps",
          kind: "Deployment",
          name: "prometheus-grafana",
          namespace: "monitoring",
          jsonPointers: ["/spec/template/metadata/annotations/checksum~1secret"],
        },
      ]);
      expect(application.spec.syncPolicy.syncOptions).toContain("RespectIgnoreDifferences=true");
    },
  );

  test("add-ons without generated fields get neither ignoreDifferences nor RespectIgnoreDifferences", () => {
    const velero = clusterLayer("prod").one("Application", "add-on-velero");
    expect(velero.spec.ignoreDifferences).toBeUndefined();
    expect(velero.spec.syncPolicy.syncOptions).not.toContain("RespectIgnoreDifferences=true");
  });
});
