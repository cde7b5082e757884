import { Testing } from "cdktf";
import { type EnvironmentSpec, loadEnvironments } from "../../../config";
import { ENVIRONMENT_SPECS } from "../../../config/environments";
import {
  blobPathCondition,
  DELETE_VERSION_ACTION,
  READ_ACTION,
  refuseAction,
  WORKLOAD_IDENTITY_AUDIENCE,
} from "../../../constructs/azure/workload-identities";
import { suppressionsOn } from "../../../guardrails/suppressions";
import { PlatformStack } from "../../../stacks/platform-stack";
import { problemsOf } from "../../support/spec-problems";
import { type Json, stripMetadata, synthStack } from "../../support/terraform-json";
import { TEST_TODAY } from "../../support/test-today";

const BLOB = "Microsoft.Storage/storageAccounts/blobServices/containers/blobs";
const CONTAINER =
  "@Resource[Microsoft.Storage/storageAccounts/blobServices/containers:name] StringEquals 'mlflow'";

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

/** The shipped specs with azure-dev's `azure.deployerCidrs` set. */
const withDeployerCidrs = (cidrs: unknown) =>
  ENVIRONMENT_SPECS.map((spec) =>
    spec.name === "azure-dev" && spec.cloud === "azure"
      ? ({ ...spec, azure: { ...spec.azure, deployerCidrs: cidrs } } as unknown as EnvironmentSpec)
      : spec,
  );

describe("KeyVault with azure.deployerCidrs (a first deploy from outside the VNet)", () => {
  const platform = loadEnvironments(
    withDeployerCidrs(["203.0.113.0/24", "198.51.100.7/32"]),
    {},
    {
      today: TEST_TODAY,
    },
  ).find(({ environment }) => environment.name === "azure-dev");
  const stack = new PlatformStack(
    Testing.app({ stackTraces: false }),
    platform as NonNullable<typeof platform>,
  );
  const json = stripMetadata(JSON.parse(Testing.synth(stack)));
  const [vault] = Object.values(json.resource.azurerm_key_vault) as Json[];

  test("the public endpoint accepts exactly those ranges, everything else denied; KMS stays private", () => {
    expect(vault).toMatchObject({
      public_network_access_enabled: true,
      network_acls: {
        bypass: "AzureServices",
        default_action: "Deny",
        ip_rules: ["203.0.113.0/24", "198.51.100.7/32"],
      },
    });
    const [aks] = Object.values(json.resource.azurerm_kubernetes_cluster) as Json[];
    expect(aks.key_management_service.key_vault_network_access).toBe("Private");
  });

  test("CKV_AZURE_189 is suppressed on the vault itself, with a reason naming the spec field", () => {
    const vaultConstruct = stack.node.findAll().find((node) => node.node.path.endsWith("/key-vault/vault"));
    const suppressions = suppressionsOn(vaultConstruct as NonNullable<typeof vaultConstruct>);
    expect(suppressions.map(({ rule }) => rule)).toEqual(["CKV_AZURE_189"]);
    expect(suppressions[0]?.reason).toContain("azure.deployerCidrs");
    expect(suppressions[0]?.reason).toContain("203.0.113.0/24, 198.51.100.7/32");
    expect(suppressions[0]?.reason).toContain("remove the field after bootstrap");
  });

  test("no shipped environment sets it: every shipped vault is private", () => {
    for (const name of ["azure-dev", "azure-prod", "azure-prod-dr"]) {
      const shipped = synthStack(name).only("azurerm_key_vault");
      expect(shipped.public_network_access_enabled).toBe(false);
      expect(shipped.network_acls.ip_rules).toBeUndefined();
    }
  });

  test("each range must be a public IPv4 CIDR, /8 or narrower", () => {
    const expected =
      'expected the public IPv4 range (CIDR, /8 or narrower, such as "203.0.113.0/24") the deploys come from, which the Key Vault\'s public endpoint then accepts; private ranges never reach it';
    expect(
      problemsOf(
        withDeployerCidrs(["0.0.0.0/0", "10.1.0.0/16", "203.0.113.1/24", "my-laptop", "172.0.0.0/8"]),
      ),
    ).toEqual(
      [
        '[0]: got "0.0.0.0/0"',
        '[1]: got "10.1.0.0/16"',
        '[2]: got "203.0.113.1/24"',
        '[3]: got "my-laptop"',
        '[4]: got "172.0.0.0/8"',
      ].map((got) => `environment "azure-dev", field azure.deployerCidrs${got}; ${expected}`),
    );
    expect(problemsOf(withDeployerCidrs("203.0.113.0/24"))[0]).toContain("field azure.deployerCidrs");
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

  test("only the backups may delete blob versions for good, under their own prefix, through a role of that one action", () => {
    const contributors = dev
      .resourceList("azurerm_role_assignment")
      .filter((role) => role.role_definition_name === "Storage Blob Data Contributor");
    // Storage Blob Data Contributor has no deleteBlobVersion/action; writers refuse it all the same.
    for (const role of contributors)
      expect(role.condition).not.toContain(`{'${DELETE_VERSION_ACTION}'}) AND`);
    const definitions = dev.resourceList("azurerm_role_definition");
    expect(definitions).toHaveLength(1);
    expect(definitions[0]).toMatchObject({
      name: "mlops-platform-azure-dev-backup-blob-version-deleter",
      permissions: [{ data_actions: [DELETE_VERSION_ACTION] }],
    });
    expect(definitions[0].scope).toMatch(/^\$\{azurerm_storage_account\./);
    expect(definitions[0].assignable_scopes).toEqual([definitions[0].scope]);
    const deleters = dev.where("azurerm_role_assignment", (role) =>
      String(role.role_definition_id ?? "").includes("azurerm_role_definition."),
    );
    expect(deleters).toHaveLength(1);
    expect(deleters[0].principal_id).toMatch(/backup-identity/);
    expect(deleters[0].scope).toBe(definitions[0].scope);
    expect(deleters[0].condition).toBe(
      `((!(ActionMatches{'${DELETE_VERSION_ACTION}'})) OR (${CONTAINER} AND (@Resource[${BLOB}:path] StringStartsWith 'backups/postgres/')))`,
    );
  });

  test("a blob read is limited by the blob path, a listing by the requested prefix (Blob.List has no path)", () => {
    expect(blobPathCondition("mlflow", ["models", "datasets"], [READ_ACTION])).toBe(
      [
        `((!(ActionMatches{'${READ_ACTION}'} AND NOT SubOperationMatches{'Blob.List'})) OR (${CONTAINER} AND (@Resource[${BLOB}:path] StringStartsWith 'models/' OR @Resource[${BLOB}:path] StringStartsWith 'datasets/')))`,
        `((!(ActionMatches{'${READ_ACTION}'} AND SubOperationMatches{'Blob.List'})) OR (${CONTAINER} AND (@Request[${BLOB}:prefix] StringStartsWith 'models/' OR @Request[${BLOB}:prefix] StringStartsWith 'datasets/')))`,
      ].join(" AND "),
    );
  });

  test("a model's reader may read and list under its own prefix alone", () => {
    const [reader] = dev.where(
      "azurerm_role_assignment",
      (role) =>
        role.role_definition_name === "Storage Blob Data Reader" &&
        /model-demand-forecast-identity/.test(role.principal_id),
    );
    expect(reader.condition).toBe(
      `((!(ActionMatches{'${READ_ACTION}'} AND NOT SubOperationMatches{'Blob.List'})) OR (${CONTAINER} AND (@Resource[${BLOB}:path] StringStartsWith 'models/demand-forecast/'))) AND ((!(ActionMatches{'${READ_ACTION}'} AND SubOperationMatches{'Blob.List'})) OR (${CONTAINER} AND (@Request[${BLOB}:prefix] StringStartsWith 'models/demand-forecast/')))`,
    );
  });

  test("a writer's every data action is limited by the blob path, its listings by the prefix; it may not delete versions", () => {
    const [mlflow] = dev.where(
      "azurerm_role_assignment",
      (role) =>
        role.role_definition_name === "Storage Blob Data Contributor" &&
        /mlflow-identity/.test(role.principal_id),
    );
    expect(mlflow.condition).toBe(
      `((!(ActionMatches{'${READ_ACTION}'} AND NOT SubOperationMatches{'Blob.List'}) AND !(ActionMatches{'${BLOB}/write'}) AND !(ActionMatches{'${BLOB}/add/action'}) AND !(ActionMatches{'${BLOB}/delete'}) AND !(ActionMatches{'${BLOB}/move/action'})) OR (${CONTAINER} AND (@Resource[${BLOB}:path] StringStartsWith 'mlflow/'))) AND ((!(ActionMatches{'${READ_ACTION}'} AND SubOperationMatches{'Blob.List'})) OR (${CONTAINER} AND (@Request[${BLOB}:prefix] StringStartsWith 'mlflow/'))) AND ${refuseAction(DELETE_VERSION_ACTION)}`,
    );
  });

  test("a condition without blobs/read has no listing clause", () => {
    expect(blobPathCondition("mlflow", ["backups"], [`${BLOB}/write`])).toBe(
      `((!(ActionMatches{'${BLOB}/write'})) OR (${CONTAINER} AND (@Resource[${BLOB}:path] StringStartsWith 'backups/')))`,
    );
  });

  test("the stack exports each identity's client id for the recorded outputs", () => {
    expect(dev.outputs.identity_mlflow.value).toMatch(
      /^\$\{azurerm_user_assigned_identity\..*\.client_id\}$/,
    );
    expect(dev.outputs.identity_model_my_model.value).toMatch(/\.client_id\}$/);
  });
});
