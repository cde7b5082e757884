import { Chart } from "cdk8s";
import * as k8s from "cdk8s-plus-28/lib/imports/k8s";
import type { Construct } from "constructs";
import { PlatformNamespace } from "../constructs/k8s/platform-namespace";
import { type ClusterChartProps, INGRESS_GATEWAY, NAMESPACES } from "./chart-props";

/**
 * The namespaces the platform's workloads live in, each restricted and closed by default, and the
 * ingress class KServe's Standard mode names on each model's Ingress (served by Istio's gateway).
 */
export class PlatformBaselineChart extends Chart {
  constructor(scope: Construct, id: string, _props: ClusterChartProps) {
    super(scope, id, { disableResourceNameHashes: true });
    for (const namespace of Object.values(NAMESPACES))
      new PlatformNamespace(this, namespace, { name: namespace });
    new k8s.KubeIngressClass(this, "ingress-class", {
      metadata: { name: INGRESS_GATEWAY.ingressClassName },
      spec: { controller: "istio.io/ingress-controller" },
    });
  }
}
