import { formatCidr, parseCidr, subnet } from "../../config/ipv4-cidr";

/**
 * The pod range of Azure CNI overlay (AKS's documented default): pods never take VNet addresses, so the
 * VNet only needs room for nodes, the database and private endpoints. It must not overlap the VNet.
 */
export const AKS_POD_CIDR = "10.244.0.0/16";

/** The subnets of an Azure environment's VNet. */
export interface AzureSubnetLayout {
  /** Every node pool's nodes (and the private cluster's API server endpoint): half the VNet. */
  readonly nodes: string;
  /** Delegated to AKS: the API server's VNet integration (its internal load balancer). */
  readonly apiServer: string;
  /** Delegated to Microsoft.DBforPostgreSQL/flexibleServers. */
  readonly database: string;
  /** Private endpoints of Blob Storage and Key Vault. */
  readonly privateEndpoints: string;
}

/**
 * Splits the VNet: the first half for nodes, and sixteenths of the last quarter for the database, the
 * private endpoints and (a sixteenth of one) the API server. Deterministic, and the free slots leave room to grow without moving a subnet.
 */
export function azureLayout(vnetCidr: string): AzureSubnetLayout {
  const vnet = parseCidr(vnetCidr);
  if (!vnet) throw new Error(`azureLayout: "${vnetCidr}" is not a canonical IPv4 CIDR`);
  const lastQuarter = subnet(vnet, 2, 3);
  return {
    nodes: formatCidr(subnet(vnet, 1, 0)),
    database: formatCidr(subnet(lastQuarter, 4, 4)),
    privateEndpoints: formatCidr(subnet(lastQuarter, 4, 0)),
    apiServer: formatCidr(subnet(subnet(lastQuarter, 4, 8), 4, 0)),
  };
}
