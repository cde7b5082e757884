import type { EnvironmentSpec } from "../../../config";
import { ENVIRONMENT_SPECS } from "../../../config/environments";
import { flowLogStorageAccountName, storageAccountName } from "../../../constructs/azure/azure-names";
import { synthStack } from "../../support/terraform-json";

describe("ArtifactStorage", () => {
  const dev = synthStack("azure-dev");
  const prod = synthStack("azure-prod");
  const dr = synthStack("azure-prod-dr");
  const account = (stack: typeof dev, name: string) =>
    stack.where("azurerm_storage_account", (candidate) => candidate.name === name)[0];
  const devAccount = account(dev, storageAccountName("mlops-platform-azure-dev-mlflow-artifacts"));

  test("a StorageV2 account named deterministically from the bucket, with the mlflow container", () => {
    expect(devAccount).toMatchObject({
      account_kind: "StorageV2",
      account_tier: "Standard",
      location: "eastus2",
    });
    expect(devAccount.name).toMatch(/^mlopsazuredev[0-9a-f]{8}$/);
    expect(dev.only("azurerm_storage_container")).toMatchObject({
      name: "mlflow",
      container_access_type: "private",
    });
    expect(dev.only("azurerm_storage_container").storage_account_id).toMatch(/azurerm_storage_account\./);
  });

  test("secure by default: TLS 1.2, Entra ID only, nothing public", () => {
    expect(devAccount).toMatchObject({
      min_tls_version: "TLS1_2",
      https_traffic_only_enabled: true,
      allow_nested_items_to_be_public: false,
      shared_access_key_enabled: false,
      local_user_enabled: false,
      default_to_oauth_authentication: true,
      public_network_access_enabled: false,
      cross_tenant_replication_enabled: false,
    });
    expect(devAccount.network_rules.default_action).toBe("Deny");
    const endpoint = dev.where("azurerm_private_endpoint", (pe) => pe.name.endsWith("-blob"))[0];
    expect(endpoint.private_service_connection.subresource_names).toEqual(["blob"]);
    expect(endpoint.private_dns_zone_group.private_dns_zone_ids[0]).toMatch(/blob-dns-zone/);
  });

  test("nothing lost by default: versions, change feed, soft delete and point-in-time restore; old versions expire", () => {
    expect(devAccount.blob_properties).toMatchObject({
      versioning_enabled: true,
      change_feed_enabled: true,
      delete_retention_policy: { days: 30 },
      container_delete_retention_policy: { days: 30 },
      restore_policy: { days: 29 },
    });
    const rule = dev.only("azurerm_storage_management_policy").rule[0];
    expect(rule.actions.version.delete_after_days_since_creation).toBe(30);
    expect(
      account(prod, storageAccountName("mlops-platform-azure-prod-mlflow-artifacts")).blob_properties
        .delete_retention_policy.days,
    ).toBe(90);
  });

  test("prod replicates every blob to an account in the recovery region, which its recovery environment adopts", () => {
    const replicaName = storageAccountName("mlops-platform-azure-prod-mlflow-artifacts-centralus");
    const replica = account(prod, replicaName);
    expect(replica.location).toBe("centralus");
    expect(
      prod.where("azurerm_resource_group", (rg) => rg.name === "rg-mlops-platform-azure-prod-recovery")[0]
        .location,
    ).toBe("centralus");
    const replication = prod.only("azurerm_storage_object_replication");
    expect(replication.rules).toEqual([
      {
        source_container_name: "mlflow",
        destination_container_name: "mlflow",
        copy_blobs_created_after: "Everything",
      },
    ]);
    expect(replica.lifecycle.prevent_destroy).toBe(true);
    expect(dev.resourceList("azurerm_storage_object_replication")).toHaveLength(0);
    // The recovery stack reads the replica by name and creates no artifact account of its own (its one
    // account holds its VNet's flow logs).
    expect(dr.resourceList("azurerm_storage_account").map(({ name }) => name)).toEqual([
      flowLogStorageAccountName("azure-prod-dr"),
    ]);
    expect(dr.dataSources("azurerm_storage_account")).toEqual([
      { name: replicaName, resource_group_name: "rg-mlops-platform-azure-prod-recovery" },
    ]);
    expect(dr.outputs.artifact_uri.value).toBe(`https://${replicaName}.blob.core.windows.net/mlflow`);
  });

  test("a primary that has failed over stops replicating into the account its recovery environment now writes", () => {
    const failedOver = synthStack(
      "azure-prod",
      ENVIRONMENT_SPECS.map((spec) =>
        spec.name === "azure-prod" ? ({ ...spec, failedOverTo: "azure-prod-dr" } as EnvironmentSpec) : spec,
      ),
    );
    expect(failedOver.resourceList("azurerm_storage_object_replication")).toHaveLength(0);
  });
});
