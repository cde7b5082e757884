import { cidrsOverlap, parseCidr } from "../../config/ipv4-cidr";
import type { Manifest } from "./cluster-layer";

/**
 * Kubernetes NetworkPolicy semantics, as the tests need them: whether a connection from one pod to a pod
 * or an address is allowed by the policies of a cluster. A pod is isolated for a direction once any policy
 * of its namespace selects it with that direction in its policyTypes; an isolated pod's traffic must then
 * match a rule of one of those policies (peers and ports), on both ends of a pod-to-pod connection.
 */

export interface Pod {
  readonly namespace: string;
  readonly labels: Readonly<Record<string, string>>;
}

export type Destination =
  | ({ readonly kind: "pod" } & Pod)
  | { readonly kind: "address"; readonly ip: string; readonly what: string };

export interface Connection {
  readonly to: Destination;
  readonly port: number;
  /** @default "TCP" */
  readonly protocol?: "TCP" | "UDP";
}

interface LabelSelector {
  readonly matchLabels?: Readonly<Record<string, string>>;
  readonly matchExpressions?: readonly { key: string; operator: string; values?: string[] }[];
}

interface Peer {
  readonly podSelector?: LabelSelector;
  readonly namespaceSelector?: LabelSelector;
  readonly ipBlock?: { readonly cidr: string; readonly except?: readonly string[] };
}

interface Rule {
  readonly from?: readonly Peer[];
  readonly to?: readonly Peer[];
  readonly ports?: readonly {
    readonly port?: number | string;
    readonly endPort?: number;
    readonly protocol?: string;
  }[];
}

export class NetworkPolicies {
  private readonly policies: readonly Manifest[];
  private readonly namespaceLabels: ReadonlyMap<string, Readonly<Record<string, string>>>;

  /** `manifests`: every object of the cluster layer; its Namespaces give the namespace labels. */
  constructor(manifests: readonly Manifest[]) {
    this.policies = manifests.filter((manifest) => manifest.kind === "NetworkPolicy");
    this.namespaceLabels = new Map(
      manifests
        .filter((manifest) => manifest.kind === "Namespace")
        .map((manifest) => [manifest.metadata.name, manifest.metadata.labels ?? {}]),
    );
  }

  /** Why `connection` from `source` is refused, or undefined when the policies allow it. */
  refusal(source: Pod, connection: Connection): string | undefined {
    const protocol = connection.protocol ?? "TCP";
    const egress = this.isolating(source, "Egress");
    if (
      egress.length > 0 &&
      !egress.some((policy) =>
        (policy.spec.egress ?? []).some(
          (rule: Rule) =>
            portMatches(rule, connection.port, protocol) &&
            (rule.to === undefined || rule.to.some((peer) => this.peerMatches(peer, policy, connection.to))),
        ),
      )
    ) {
      return `egress from ${describePod(source)} to ${describe(connection.to)}:${connection.port}/${protocol} matches no rule of ${names(egress)}`;
    }
    if (connection.to.kind !== "pod") return undefined;
    const target = connection.to;
    const ingress = this.isolating(target, "Ingress");
    if (
      ingress.length > 0 &&
      !ingress.some((policy) =>
        (policy.spec.ingress ?? []).some(
          (rule: Rule) =>
            portMatches(rule, connection.port, protocol) &&
            (rule.from === undefined ||
              rule.from.some((peer) => this.peerMatches(peer, policy, { kind: "pod", ...source }))),
        ),
      )
    ) {
      return `ingress to ${describePod(target)}:${connection.port}/${protocol} from ${describePod(source)} matches no rule of ${names(ingress)}`;
    }
    return undefined;
  }

  /** Policies of the pod's namespace that select it for `direction`. */
  private isolating(pod: Pod, direction: "Ingress" | "Egress"): Manifest[] {
    return this.policies.filter(
      (policy) =>
        policy.metadata.namespace === pod.namespace &&
        selects(policy.spec.podSelector ?? {}, pod.labels) &&
        policyTypes(policy).includes(direction),
    );
  }

  private peerMatches(peer: Peer, policy: Manifest, other: Destination): boolean {
    if (peer.ipBlock) {
      if (other.kind !== "address") return false;
      const address = parseCidr(`${other.ip}/32`);
      const block = parseCidr(peer.ipBlock.cidr);
      if (!address || !block)
        throw new Error(`unparsable address ${other.ip} or ipBlock ${peer.ipBlock.cidr}`);
      return (
        cidrsOverlap(block, address) &&
        !(peer.ipBlock.except ?? []).some((except) => {
          const excluded = parseCidr(except);
          return excluded !== undefined && cidrsOverlap(excluded, address);
        })
      );
    }
    if (other.kind !== "pod") return false;
    const namespaceMatches = peer.namespaceSelector
      ? selects(peer.namespaceSelector, this.labelsOfNamespace(other.namespace))
      : other.namespace === policy.metadata.namespace;
    return namespaceMatches && selects(peer.podSelector ?? {}, other.labels);
  }

  private labelsOfNamespace(namespace: string): Readonly<Record<string, string>> {
    // The API server labels every namespace with its own name.
    return { ...this.namespaceLabels.get(namespace), "kubernetes.io/metadata.name": namespace };
  }
}

function policyTypes(policy: Manifest): string[] {
  if (policy.spec.policyTypes) return policy.spec.policyTypes;
  // Unset: Ingress always, Egress when the policy has egress rules.
  return ["Ingress", ...(policy.spec.egress ? ["Egress"] : [])];
}

function portMatches(rule: Rule, port: number, protocol: string): boolean {
  if (!rule.ports || rule.ports.length === 0) return true;
  return rule.ports.some((entry) => {
    if ((entry.protocol ?? "TCP") !== protocol) return false;
    if (entry.port === undefined) return true;
    if (typeof entry.port === "string") throw new Error(`named port "${entry.port}" is not modelled`);
    return entry.endPort === undefined ? entry.port === port : entry.port <= port && port <= entry.endPort;
  });
}

function selects(selector: LabelSelector, labels: Readonly<Record<string, string>>): boolean {
  const byLabels = Object.entries(selector.matchLabels ?? {}).every(([key, value]) => labels[key] === value);
  const byExpressions = (selector.matchExpressions ?? []).every(({ key, operator, values = [] }) => {
    switch (operator) {
      case "In":
        return key in labels && values.includes(labels[key] as string);
      case "NotIn":
        return !(key in labels) || !values.includes(labels[key] as string);
      case "Exists":
        return key in labels;
      case "DoesNotExist":
        return !(key in labels);
      default:
        throw new Error(`unknown selector operator ${operator}`);
    }
  });
  return byLabels && byExpressions;
}

function describePod(pod: Pod): string {
  return `${pod.namespace}/{${Object.entries(pod.labels)
    .map(([key, value]) => `${key}=${value}`)
    .join(",")}}`;
}

function describe(destination: Destination): string {
  return destination.kind === "pod" ? describePod(destination) : `${destination.what} (${destination.ip})`;
}

function names(policies: readonly Manifest[]): string {
  return policies.map((policy) => `${policy.metadata.namespace}/${policy.metadata.name}`).join(", ");
}
