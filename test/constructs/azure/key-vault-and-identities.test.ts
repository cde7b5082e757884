import {
  blobPathCondition,
  DELETE_VERSION_ACTION,
  refuseAction,
  WORKLOAD_IDENTITY_AUDIENCE,
} from "../../../constructs/azure/workload-identities";
import { synthStack } from "../../support/terraform-json";

describe("KeyVault", () => {
  const dev = synthStack("azure-dev");
  const vault = dev.only("azurerm_key_vault");

  test("RBAC authorization, purge protection, soft delete, no public network access, a private endpoint", () => {
    expect(vault).toMatchObject({
      rbac_authorization_enabled: true,
      purge_protection_enabled: true,
      soft_delete_retention_days: 90,
      public_network_access_enabled: false,
      network_acls: { bypass: "AzureServices", default_action: "Deny" },
    });
    expect(vault.access_policy).toBeUndefined();
    expect(vault.name).toMatch(/^kv-azure-dev-[0-9a-f]{6}$/);
    const endpoint = dev.where("azurerm_private_endpoint", (pe) => pe.name === `pe-${vault.name}`)[0];
    expect(endpoint.private_service_connection.subresource_names).toEqual(["vault"]);
  });

  test("holds the cluster's KMS key, rotated yearly, written after the deployer's grant", () => {
    const key = dev.only("azurerm_key_vault_key");
    expect(key).toMatchObject({ key_type: "RSA", key_size: 2048 });
    expect(key.rotation_policy.automatic.time_after_creation).toBe("P1Y");
    expect(key.depends_on.length).toBe(2);
  });
});

describe("AzureWorkloadIdentities", () => {
  const dev = synthStack("azure-dev");
  const identities = dev.resourceList("azurerm_user_assigned_identity").map((identity) => identity.name);
  const credentials = dev.resourceList("azurerm_federated_identity_credential");

  test("one managed identity per platform workload and per served model", () => {
    expect(identities).toEqual(
      expect.arrayContaining([
        "mlops-platform-azure-dev-mlflow",
        "mlops-platform-azure-dev-backup",
        "mlops-platform-azure-dev-training",
        "mlops-platform-azure-dev-model-demand-forecast",
        "mlops-platform-azure-dev-model-my-model",
      ]),
    );
  });

  test("each federated credential trusts exactly its service account, from the cluster's issuer", () => {
    expect(credentials.map((credential) => credential.subject).sort()).toEqual([
      "system:serviceaccount:argo:ml-training",
      "system:serviceaccount:mlflow:backup-sa",
      "system:serviceaccount:mlflow:mlflow",
      "system:serviceaccount:mlops:demand-forecast-model",
      "system:serviceaccount:mlops:my-model-model",
      "system:serviceaccount:mlops:text-embedder-model",
      "system:serviceaccount:velero:velero",
    ]);
    for (const credential of credentials) {
      expect(credential.audience).toEqual([WORKLOAD_IDENTITY_AUDIENCE]);
      expect(credential.issuer).toMatch(/^\$\{azurerm_kubernetes_cluster\..*\.oidc_issuer_url\}$/);
    }
  });

  test("blob roles are limited to the workload's prefixes by condition; the database secret alone for its readers", () => {
    const roles = dev.resourceList("azurerm_role_assignment");
    const blobRoles = roles.filter((role) => String(role.role_definition_name).startsWith("Storage Blob"));
    for (const role of blobRoles) {
      expect(role.condition_version).toBe("2.0");
      expect(role.condition).toContain(
        "@Resource[Microsoft.Storage/storageAccounts/blobServices/containers:name] StringEquals 'mlflow'",
      );
      expect(role.scope).toMatch(/^\$\{azurerm_storage_account\./);
    }
    const models = blobRoles.filter((role) => role.condition.includes("'models/my-model/'"));
    expect(models.map((role) => role.role_definition_name)).toEqual(["Storage Blob Data Reader"]);
    const secretReaders = roles.filter((role) => role.role_definition_name === "Key Vault Secrets User");
    expect(secretReaders).toHaveLength(2);
    for (const role of secretReaders) expect(role.scope).toMatch(/azurerm_key_vault_secret\..*\.resource_id/);
  });

  test("only the backups may delete blob versions for good, under their own prefix", () => {
    const roles = dev
      .resourceList("azurerm_role_assignment")
      .filter((role) => role.role_definition_name === "Storage Blob Data Contributor");
    const deleting = roles.filter((role) => !role.condition.includes(refuseAction(DELETE_VERSION_ACTION)));
    expect(deleting).toHaveLength(1);
    expect(deleting[0].condition).toContain(`ActionMatches{'${DELETE_VERSION_ACTION}'}`);
    expect(deleting[0].condition).toContain("StringStartsWith 'backups/postgres/'");
    expect(deleting[0].principal_id).toMatch(/backup-identity/);
    expect(roles.length).toBeGreaterThan(deleting.length);
  });

  test("the condition leaves other actions alone and allows the covered ones only under the prefixes", () => {
    expect(blobPathCondition("mlflow", ["models", "datasets"], ["A/read"])).toBe(
      "((!(ActionMatches{'A/read'})) OR (@Resource[Microsoft.Storage/storageAccounts/blobServices/containers:name] StringEquals 'mlflow' AND (@Resource[Microsoft.Storage/storageAccounts/blobServices/containers/blobs:path] StringStartsWith 'models/' OR @Resource[Microsoft.Storage/storageAccounts/blobServices/containers/blobs:path] StringStartsWith 'datasets/')))",
    );
  });

  test("the stack exports each identity's client id for the recorded outputs", () => {
    expect(dev.outputs.identity_mlflow.value).toMatch(
      /^\$\{azurerm_user_assigned_identity\..*\.client_id\}$/,
    );
    expect(dev.outputs.identity_model_my_model.value).toMatch(/\.client_id\}$/);
  });
});
