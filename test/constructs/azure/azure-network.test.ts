import { azureLayout } from "../../../constructs/azure/azure-network-layout";
import { synthStack } from "../../support/terraform-json";

describe("AzureNetwork", () => {
  const dev = synthStack("azure-dev");
  const prod = synthStack("azure-prod");

  test("the VNet spans the spec's range; subnets follow the deterministic layout", () => {
    expect(dev.only("azurerm_virtual_network").address_space).toEqual(["10.40.0.0/16"]);
    const byName = Object.fromEntries(
      dev.resourceList("azurerm_subnet").map((subnet) => [subnet.name, subnet.address_prefixes]),
    );
    const layout = azureLayout("10.40.0.0/16");
    expect(byName).toEqual({
      "snet-nodes": [layout.nodes],
      "snet-apiserver": [layout.apiServer],
      "snet-database": [layout.database],
      "snet-endpoints": [layout.privateEndpoints],
    });
    expect(layout).toEqual({
      nodes: "10.40.0.0/17",
      apiServer: "10.40.224.0/26",
      database: "10.40.208.0/22",
      privateEndpoints: "10.40.192.0/22",
    });
  });

  test("every subnet has its own network security group and no default outbound access", () => {
    const subnets = dev.resourceList("azurerm_subnet");
    const associations = dev.resourceList("azurerm_subnet_network_security_group_association");
    expect(associations).toHaveLength(subnets.length);
    expect(new Set(associations.map((association) => association.subnet_id)).size).toBe(subnets.length);
    for (const subnet of subnets) expect(subnet.default_outbound_access_enabled).toBe(false);
  });

  test("private DNS zones for PostgreSQL, Blob Storage and Key Vault, each linked to the VNet", () => {
    const zones = dev
      .resourceList("azurerm_private_dns_zone")
      .map((zone) => zone.name)
      .sort();
    expect(zones).toEqual([
      "privatelink.blob.core.windows.net",
      "privatelink.postgres.database.azure.com",
      "privatelink.vaultcore.azure.net",
    ]);
    const links = dev.resourceList("azurerm_private_dns_zone_virtual_network_link");
    expect(links).toHaveLength(3);
    for (const link of links) {
      expect(link.virtual_network_id).toMatch(/^\$\{azurerm_virtual_network\./);
      expect(link.registration_enabled).toBe(false);
    }
  });

  test("prod's nodes leave through a NAT gateway with a static public IP; dev has none", () => {
    expect(prod.only("azurerm_subnet_nat_gateway_association").subnet_id).toMatch(/nodes-subnet/);
    expect(prod.only("azurerm_public_ip")).toMatchObject({ allocation_method: "Static", sku: "Standard" });
    expect(dev.resourceList("azurerm_public_ip")).toHaveLength(0);
  });
});
