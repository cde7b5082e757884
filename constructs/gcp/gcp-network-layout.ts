import { formatCidr, parseCidr, subnet } from "../../config/ipv4-cidr";

/** Address ranges of one GCP environment, all inside its VPC range (so the overlap check covers them). */
export interface GcpNetworkLayout {
  /** The node subnet's primary range. */
  readonly nodes: string;
  /** The node subnet's secondary range for pods (VPC-native alias IPs). */
  readonly pods: string;
  /** Private Service Access range reserved for Cloud SQL's private IPs. */
  readonly privateServices: string;
  /** The GKE control plane's private endpoint range (a /28). */
  readonly controlPlane: string;
}

/**
 * Splits the VPC range: the first half for pods (a /24 per node, 110 pods each), an eighth for nodes, an
 * eighth reserved for Private Service Access (Cloud SQL), and the control plane's /28 at the very end.
 * Services take the spec's `network.serviceCidr` as the subnet's second secondary range. Deterministic.
 */
export function planGcpNetwork(vpcCidr: string): GcpNetworkLayout {
  const vpc = parseCidr(vpcCidr);
  if (!vpc) throw new Error(`planGcpNetwork: "${vpcCidr}" is not a canonical IPv4 CIDR`);
  if (vpc.prefixLength > 20) throw new Error(`planGcpNetwork: "${vpcCidr}" is smaller than a /20`);
  const toControlPlane = 28 - vpc.prefixLength;
  return {
    pods: formatCidr(subnet(vpc, 1, 0)),
    nodes: formatCidr(subnet(vpc, 3, 4)),
    privateServices: formatCidr(subnet(vpc, 3, 5)),
    controlPlane: formatCidr(subnet(vpc, toControlPlane, 2 ** toControlPlane - 1)),
  };
}
