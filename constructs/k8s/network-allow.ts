import * as k8s from "cdk8s-plus-28/lib/imports/k8s";
import { Construct } from "constructs";

export interface PortRule {
  readonly port: number;
  /** @default "TCP" */
  readonly protocol?: "TCP" | "UDP";
}

/** Where traffic may come from or go to. Exactly one kind per peer. */
export type Peer =
  | { readonly namespace: string; readonly podLabels?: Readonly<Record<string, string>> }
  | { readonly cidr: string; readonly except?: readonly string[] }
  | { readonly samePodsNamespace: true; readonly podLabels: Readonly<Record<string, string>> };

export interface NetworkAllowProps {
  readonly namespace: string;
  /** Policy name, e.g. `mlflow-allow`. */
  readonly name: string;
  /** Pods the policy applies to. */
  readonly podLabels: Readonly<Record<string, string>>;
  /** Allowed inbound traffic. @default none (the namespace's default deny applies) */
  readonly ingress?: readonly { readonly from: readonly Peer[]; readonly ports: readonly PortRule[] }[];
  /** Allowed outbound traffic. @default none */
  readonly egress?: readonly { readonly to: readonly Peer[]; readonly ports: readonly PortRule[] }[];
}

/**
 * One explicit allow on top of the namespace's default deny: which pods, talking to whom, on which ports.
 * Everything not listed stays denied.
 */
export class NetworkAllow extends Construct {
  constructor(scope: Construct, id: string, props: NetworkAllowProps) {
    super(scope, id);
    if (!props.ingress?.length && !props.egress?.length) {
      throw new Error(
        `NetworkAllow ${props.namespace}/${props.name}: no ingress or egress rule; a policy must allow something`,
      );
    }
    const ports = (rules: readonly PortRule[]) =>
      rules.map((rule) => ({
        port: k8s.IntOrString.fromNumber(rule.port),
        protocol: rule.protocol ?? "TCP",
      }));
    new k8s.KubeNetworkPolicy(this, "policy", {
      metadata: { name: props.name, namespace: props.namespace },
      spec: {
        podSelector: { matchLabels: { ...props.podLabels } },
        policyTypes: [
          ...(props.ingress?.length ? ["Ingress"] : []),
          ...(props.egress?.length ? ["Egress"] : []),
        ],
        ...(props.ingress?.length && {
          ingress: props.ingress.map((rule) => ({ from: rule.from.map(peer), ports: ports(rule.ports) })),
        }),
        ...(props.egress?.length && {
          egress: props.egress.map((rule) => ({ to: rule.to.map(peer), ports: ports(rule.ports) })),
        }),
      },
    });
  }
}

function peer(target: Peer): k8s.NetworkPolicyPeer {
  if ("cidr" in target)
    return { ipBlock: { cidr: target.cidr, ...(target.except && { except: [...target.except] }) } };
  if ("samePodsNamespace" in target) return { podSelector: { matchLabels: { ...target.podLabels } } };
  return {
    namespaceSelector: { matchLabels: { "kubernetes.io/metadata.name": target.namespace } },
    ...(target.podLabels && { podSelector: { matchLabels: { ...target.podLabels } } }),
  };
}
