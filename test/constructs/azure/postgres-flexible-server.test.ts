import type { EnvironmentSpec } from "../../../config";
import { ENVIRONMENT_SPECS } from "../../../config/environments";
import { RANDOM_PROVIDER } from "../../../constructs/ephemeral-random-password";
import { synthStack } from "../../support/terraform-json";

/**
 * The arguments of hashicorp/random's ephemeral `random_password` (terraform-provider-random
 * `internal/provider/ephemeral_password.go`): no offline schema of the provider exists, so its one use is
 * checked here against that list (see docs/versions.md).
 */
const RANDOM_PASSWORD_ARGUMENTS = new Set([
  "length",
  "special",
  "upper",
  "lower",
  "numeric",
  "min_numeric",
  "min_upper",
  "min_lower",
  "min_special",
  "override_special",
]);
const RANDOM_PASSWORD_RESULTS = new Set(["result", "bcrypt_hash"]);

describe("PostgresFlexibleServer", () => {
  const dev = synthStack("azure-dev");
  const prod = synthStack("azure-prod");
  const dr = synthStack("azure-prod-dr");
  const devServer = dev.only("azurerm_postgresql_flexible_server");
  const prodServer = prod.only("azurerm_postgresql_flexible_server");
  const drServer = dr.only("azurerm_postgresql_flexible_server");

  test("is named as the runbooks expect, in the environment's resource group", () => {
    expect(devServer.name).toBe("mlops-platform-azure-dev-mlflow");
    expect(prodServer.name).toBe("mlops-platform-azure-prod-mlflow");
    expect(dev.only("azurerm_resource_group").name).toBe("rg-mlops-platform-azure-dev");
    expect(devServer.resource_group_name).toMatch(/^\$\{azurerm_resource_group\.[^.]+\.name\}$/);
  });

  test("the runbooks' `az postgres flexible-server backup create --resource-group rg-mlops-platform-<env> --name mlops-platform-<env>-mlflow` finds it", () => {
    for (const [env, stack] of [
      ["azure-dev", dev],
      ["azure-prod", prod],
    ] as const) {
      const server = stack.only("azurerm_postgresql_flexible_server");
      const group =
        stack.resources("azurerm_resource_group")[
          String(server.resource_group_name).match(
            /^\$\{azurerm_resource_group\.([^.]+)\.name\}$/,
          )?.[1] as string
        ];
      expect([group?.name, server.name]).toEqual([
        `rg-mlops-platform-${env}`,
        `mlops-platform-${env}-mlflow`,
      ]);
    }
  });

  test("sits in the delegated subnet with its private DNS zone, never on a public network", () => {
    expect(devServer.public_network_access_enabled).toBe(false);
    const subnet = dev.where("azurerm_subnet", (s) => s.name === "snet-database")[0];
    expect(subnet.delegation).toEqual([
      {
        name: "postgres-flexible-server",
        service_delegation: {
          name: "Microsoft.DBforPostgreSQL/flexibleServers",
          actions: ["Microsoft.Network/virtualNetworks/subnets/join/action"],
        },
      },
    ]);
    expect(devServer.delegated_subnet_id).toMatch(/^\$\{azurerm_subnet\..*database-subnet.*\.id\}$/);
    const zone = dev.where(
      "azurerm_private_dns_zone",
      (z) => z.name === "privatelink.postgres.database.azure.com",
    );
    expect(zone).toHaveLength(1);
    expect(devServer.private_dns_zone_id).toMatch(
      /^\$\{azurerm_private_dns_zone\..*postgres-dns-zone.*\.id\}$/,
    );
  });

  test("is created after its private DNS zone is linked to the VNet, as Azure requires of a VNet-integrated server", () => {
    for (const stack of [dev, prod, dr]) {
      const link = stack.addressOf("azurerm_private_dns_zone_virtual_network_link", (l) =>
        /-postgres$/.test(l.name),
      );
      expect(stack.only("azurerm_postgresql_flexible_server").depends_on).toEqual([link]);
    }
  });

  test("requires TLS", () => {
    expect(dev.only("azurerm_postgresql_flexible_server_configuration")).toMatchObject({
      name: "require_secure_transport",
      value: "on",
    });
  });

  test("prod: zone-redundant HA, geo-redundant backups, a delete lock and prevent_destroy; dev: none of them", () => {
    expect(prodServer.high_availability).toEqual({ mode: "ZoneRedundant", standby_availability_zone: "2" });
    expect(prodServer.zone).toBe("1");
    expect(prodServer.geo_redundant_backup_enabled).toBe(true);
    expect(prodServer.backup_retention_days).toBe(14);
    expect(prodServer.lifecycle.prevent_destroy).toBe(true);
    expect(prod.only("azurerm_management_lock")).toMatchObject({ lock_level: "CanNotDelete" });
    expect(prod.only("azurerm_management_lock").scope).toMatch(/azurerm_postgresql_flexible_server\..*\.id/);
    expect(devServer.high_availability).toBeUndefined();
    expect(devServer.geo_redundant_backup_enabled).toBe(false);
    expect(devServer.backup_retention_days).toBe(7);
    expect(devServer.lifecycle.prevent_destroy).toBeUndefined();
    expect(dev.resourceList("azurerm_management_lock")).toHaveLength(0);
  });

  test("no password in the synthesized JSON: an ephemeral password reaches the server and Key Vault write-only", () => {
    for (const stack of [dev, prod, dr]) {
      const server = stack.only("azurerm_postgresql_flexible_server");
      expect(server.administrator_password).toBeUndefined();
      expect(server.administrator_password_wo).toMatch(
        /^\$\{ephemeral\.random_password\.[a-z0-9_]+\.result\}$/,
      );
      expect(server.administrator_password_wo_version).toBe(1);
      const secret = stack.only("azurerm_key_vault_secret");
      expect(secret.value).toBeUndefined();
      expect(secret.value_wo).toContain("ephemeral.random_password.");
      expect(secret.value_wo).toContain("jsonencode(");
      for (const key of ["host", "port", "username", "password", "dbname"])
        expect(secret.value_wo).toContain(`"${key}"`);
      expect(secret.value_wo_version).toBe(1);
      expect(secret.name).toBe(
        `mlops-platform-${stack === dev ? "azure-dev" : stack === prod ? "azure-prod" : "azure-prod-dr"}-mlflow-db`,
      );
    }
  });

  test("the ephemeral random_password uses only arguments hashicorp/random has, and its result attribute", () => {
    const passwords = dev.json.ephemeral.random_password;
    expect(Object.keys(passwords)).toHaveLength(1);
    const password = Object.values(passwords)[0] as Record<string, unknown>;
    for (const argument of Object.keys(password)) expect(RANDOM_PASSWORD_ARGUMENTS).toContain(argument);
    expect(password).toEqual({ length: 40, special: false, min_upper: 1, min_lower: 1, min_numeric: 1 });
    const attribute = String(devServer.administrator_password_wo).match(/\.([a-z_]+)\}$/)?.[1];
    expect(RANDOM_PASSWORD_RESULTS).toContain(attribute);
    expect(dev.json.terraform.required_providers.random).toEqual(RANDOM_PROVIDER);
  });

  test("raising passwordVersion sends a new password to both", () => {
    const rotated = synthStack(
      "azure-dev",
      ENVIRONMENT_SPECS.map((spec) =>
        spec.name === "azure-dev" ? ({ ...spec, database: { passwordVersion: 2 } } as EnvironmentSpec) : spec,
      ),
    );
    expect(rotated.only("azurerm_postgresql_flexible_server").administrator_password_wo_version).toBe(2);
    expect(rotated.only("azurerm_key_vault_secret").value_wo_version).toBe(2);
  });

  test("the recovery environment geo-restores azure-prod's server, found by its resource id alone", () => {
    expect(drServer).toMatchObject({
      name: "mlops-platform-azure-prod-dr-mlflow",
      create_mode: "GeoRestore",
      source_server_id:
        "/subscriptions/33333333-3333-4333-8333-333333333333/resourceGroups/rg-mlops-platform-azure-prod/providers/Microsoft.DBforPostgreSQL/flexibleServers/mlops-platform-azure-prod-mlflow",
      point_in_time_restore_time_in_utc: "2026-12-01T00:00:00Z",
      location: "centralus",
    });
    // The restore arguments matter only at creation: later plans stay clean.
    expect(drServer.lifecycle.ignore_changes).toEqual(
      expect.arrayContaining(["create_mode", "source_server_id", "point_in_time_restore_time_in_utc"]),
    );
    expect(prodServer.create_mode).toBeUndefined();
  });
});
