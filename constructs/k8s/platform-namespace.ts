import * as k8s from "cdk8s-plus-28/lib/imports/k8s";
import { Construct } from "constructs";
import { podSecurityLabels } from "./add-ons/helm-add-on";

export interface PlatformNamespaceProps {
  readonly name: string;
  /** Extra namespace labels. @default none */
  readonly labels?: Readonly<Record<string, string>>;
}

/** Pod Security Standards labels: enforce, audit and warn at "restricted". */
export const RESTRICTED_NAMESPACE_LABELS = podSecurityLabels("restricted");

/**
 * A namespace for platform workloads: the "restricted" Pod Security profile, a default-deny policy for
 * all traffic in and out, and the one allow every pod needs, DNS to the cluster's resolver. Workloads add
 * their own explicit allows (NetworkAllow).
 */
export class PlatformNamespace extends Construct {
  readonly name: string;

  constructor(scope: Construct, id: string, props: PlatformNamespaceProps) {
    super(scope, id);
    this.name = props.name;
    new k8s.KubeNamespace(this, "namespace", {
      metadata: {
        name: props.name,
        labels: {
          ...RESTRICTED_NAMESPACE_LABELS,
          "app.kubernetes.io/part-of": "mlops-platform",
          ...props.labels,
        },
        // Namespaces first: everything else in the GitOps repository lands inside them.
        annotations: { "argocd.argoproj.io/sync-wave": "-1" },
      },
    });
    new k8s.KubeNetworkPolicy(this, "default-deny", {
      metadata: { name: "default-deny-all", namespace: props.name },
      spec: { podSelector: {}, policyTypes: ["Ingress", "Egress"] },
    });
    new k8s.KubeNetworkPolicy(this, "allow-dns", {
      metadata: { name: "allow-dns", namespace: props.name },
      spec: {
        podSelector: {},
        policyTypes: ["Egress"],
        egress: [
          {
            to: [
              {
                namespaceSelector: { matchLabels: { "kubernetes.io/metadata.name": "kube-system" } },
                podSelector: { matchLabels: { "k8s-app": "kube-dns" } },
              },
            ],
            ports: [
              { port: k8s.IntOrString.fromNumber(53), protocol: "UDP" },
              { port: k8s.IntOrString.fromNumber(53), protocol: "TCP" },
            ],
          },
        ],
      },
    });
  }
}
