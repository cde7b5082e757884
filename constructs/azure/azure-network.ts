import { NatGateway } from "@cdktf/provider-azurerm/lib/nat-gateway";
import { NatGatewayPublicIpAssociation } from "@cdktf/provider-azurerm/lib/nat-gateway-public-ip-association";
import { NetworkSecurityGroup } from "@cdktf/provider-azurerm/lib/network-security-group";
import { PrivateDnsZone } from "@cdktf/provider-azurerm/lib/private-dns-zone";
import { PrivateDnsZoneVirtualNetworkLink } from "@cdktf/provider-azurerm/lib/private-dns-zone-virtual-network-link";
import { PublicIp } from "@cdktf/provider-azurerm/lib/public-ip";
import { Subnet } from "@cdktf/provider-azurerm/lib/subnet";
import { SubnetNatGatewayAssociation } from "@cdktf/provider-azurerm/lib/subnet-nat-gateway-association";
import { SubnetNetworkSecurityGroupAssociation } from "@cdktf/provider-azurerm/lib/subnet-network-security-group-association";
import { VirtualNetwork } from "@cdktf/provider-azurerm/lib/virtual-network";
import type { ITerraformDependable } from "cdktf";
import { Construct } from "constructs";
import type { AzureSubnetLayout } from "./azure-network-layout";

/** Private DNS zones of the private endpoints and the database, by what they resolve (Azure's zone names). */
export const PRIVATE_DNS_ZONES = {
  postgres: "privatelink.postgres.database.azure.com",
  blob: "privatelink.blob.core.windows.net",
  keyVault: "privatelink.vaultcore.azure.net",
} as const;

export interface AzureNetworkProps {
  readonly namePrefix: string;
  readonly resourceGroupName: string;
  readonly location: string;
  readonly vnetCidr: string;
  readonly subnets: AzureSubnetLayout;
  /** Zones of the NAT gateway's public IP. */
  readonly zones: readonly string[];
  /**
   * Egress of the node subnet through a NAT gateway (its own static public IP) instead of the cluster's
   * load balancer. @default false
   */
  readonly natGateway?: boolean;
  readonly tags: Readonly<Record<string, string>>;
}

/**
 * The VNet of an environment: subnets for nodes, the API server (delegated to AKS), the database
 * (delegated to PostgreSQL Flexible Server) and private endpoints, each behind its network security
 * group; private DNS zones for PostgreSQL, Blob Storage and Key Vault linked to the VNet; a NAT gateway for
 * the nodes' egress where asked.
 */
export class AzureNetwork extends Construct {
  readonly vnet: VirtualNetwork;
  readonly nodeSubnet: Subnet;
  readonly apiServerSubnet: Subnet;
  readonly databaseSubnet: Subnet;
  readonly privateEndpointSubnet: Subnet;
  readonly dnsZones: Record<keyof typeof PRIVATE_DNS_ZONES, PrivateDnsZone>;
  /** Each zone's link to the VNet: a VNet-integrated Flexible Server needs its zone linked at creation. */
  readonly dnsLinks: Record<keyof typeof PRIVATE_DNS_ZONES, PrivateDnsZoneVirtualNetworkLink>;
  /** The subnets and their NSG associations: what a flow log of the VNet waits for. */
  readonly builtFrom: ITerraformDependable[] = [];
  /** The node subnet's NAT gateway association, where there is a NAT gateway. */
  readonly natGatewayAssociation?: SubnetNatGatewayAssociation;

  constructor(scope: Construct, id: string, props: AzureNetworkProps) {
    super(scope, id);
    const base = { resourceGroupName: props.resourceGroupName, tags: { ...props.tags } };
    this.vnet = new VirtualNetwork(this, "vnet", {
      ...base,
      name: `vnet-${props.namePrefix}`,
      location: props.location,
      addressSpace: [props.vnetCidr],
    });
    const subnet = (
      key: string,
      cidr: string,
      extra: Partial<ConstructorParameters<typeof Subnet>[2]> = {},
    ) => {
      const created = new Subnet(this, `${key}-subnet`, {
        name: `snet-${key}`,
        resourceGroupName: props.resourceGroupName,
        virtualNetworkName: this.vnet.name,
        addressPrefixes: [cidr],
        // No implicit outbound access: egress goes through the NAT gateway or the cluster's load balancer.
        defaultOutboundAccessEnabled: false,
        ...extra,
      });
      const nsg = new NetworkSecurityGroup(this, `${key}-nsg`, {
        ...base,
        name: `nsg-${props.namePrefix}-${key}`,
        location: props.location,
      });
      const association = new SubnetNetworkSecurityGroupAssociation(this, `${key}-nsg-association`, {
        subnetId: created.id,
        networkSecurityGroupId: nsg.id,
      });
      this.builtFrom.push(created, association);
      return created;
    };
    this.nodeSubnet = subnet("nodes", props.subnets.nodes);
    this.apiServerSubnet = subnet("apiserver", props.subnets.apiServer, {
      delegation: [
        {
          name: "aks-apiserver",
          serviceDelegation: {
            name: "Microsoft.ContainerService/managedClusters",
            actions: ["Microsoft.Network/virtualNetworks/subnets/join/action"],
          },
        },
      ],
    });
    this.databaseSubnet = subnet("database", props.subnets.database, {
      delegation: [
        {
          name: "postgres-flexible-server",
          serviceDelegation: {
            name: "Microsoft.DBforPostgreSQL/flexibleServers",
            actions: ["Microsoft.Network/virtualNetworks/subnets/join/action"],
          },
        },
      ],
    });
    this.privateEndpointSubnet = subnet("endpoints", props.subnets.privateEndpoints, {
      privateEndpointNetworkPolicies: "Enabled",
    });

    const zones = Object.entries(PRIVATE_DNS_ZONES).map(([key, zoneName]) => {
      const zone = new PrivateDnsZone(this, `${key}-dns-zone`, { ...base, name: zoneName });
      const link = new PrivateDnsZoneVirtualNetworkLink(this, `${key}-dns-link`, {
        ...base,
        name: `${props.namePrefix}-${key}`,
        privateDnsZoneName: zone.name,
        virtualNetworkId: this.vnet.id,
        registrationEnabled: false,
      });
      return { key, zone, link };
    });
    this.dnsZones = Object.fromEntries(zones.map(({ key, zone }) => [key, zone])) as Record<
      keyof typeof PRIVATE_DNS_ZONES,
      PrivateDnsZone
    >;
    this.dnsLinks = Object.fromEntries(zones.map(({ key, link }) => [key, link])) as Record<
      keyof typeof PRIVATE_DNS_ZONES,
      PrivateDnsZoneVirtualNetworkLink
    >;

    if (props.natGateway) {
      const ip = new PublicIp(this, "nat-ip", {
        ...base,
        name: `pip-${props.namePrefix}-nat`,
        location: props.location,
        allocationMethod: "Static",
        sku: "Standard",
        zones: [...props.zones],
      });
      const nat = new NatGateway(this, "nat", {
        ...base,
        name: `ng-${props.namePrefix}`,
        location: props.location,
        skuName: "Standard",
        idleTimeoutInMinutes: 10,
      });
      new NatGatewayPublicIpAssociation(this, "nat-ip-association", {
        natGatewayId: nat.id,
        publicIpAddressId: ip.id,
      });
      this.natGatewayAssociation = new SubnetNatGatewayAssociation(this, "nodes-nat", {
        subnetId: this.nodeSubnet.id,
        natGatewayId: nat.id,
      });
    }
  }
}
