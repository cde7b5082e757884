import type { EnvironmentSpec } from "../../../config";
import { loadEnvironments } from "../../../config";
import { ENVIRONMENT_SPECS } from "../../../config/environments";
import { azureCloud, identityOutputName } from "../../../constructs/azure/azure-cloud";
import { keyVaultName, storageAccountName } from "../../../constructs/azure/azure-names";
import { problemsOf } from "../../support/spec-problems";
import { synthStack } from "../../support/terraform-json";
import { TEST_TODAY } from "../../support/test-today";

const azureDev = ENVIRONMENT_SPECS.find((spec) => spec.name === "azure-dev") as EnvironmentSpec;
/** The shipped specs with azure-dev changed. */
const withDev = (change: (spec: Record<string, unknown>) => Record<string, unknown>) =>
  ENVIRONMENT_SPECS.map((spec) =>
    spec.name === "azure-dev"
      ? (change(spec as unknown as Record<string, unknown>) as unknown as EnvironmentSpec)
      : spec,
  );
const azureBlock = azureDev.cloud === "azure" ? azureDev.azure : undefined;

describe("the Azure cloud's checks", () => {
  test("subscription and tenant are GUIDs", () => {
    expect(
      problemsOf(
        withDev((spec) => ({ ...spec, azure: { ...azureBlock, subscriptionId: "my-sub", tenantId: "" } })),
      ),
    ).toEqual([
      'environment "azure-dev", field azure.subscriptionId: got "my-sub"; expected the subscription id: a lowercase GUID such as "00000000-0000-0000-0000-000000000000"',
      'environment "azure-dev", field azure.tenantId: got ""; expected the Entra ID tenant id: a lowercase GUID such as "00000000-0000-0000-0000-000000000000"',
    ]);
  });

  test("the recovery region is the region's pair, from Azure's own table", () => {
    expect(problemsOf(withDev((spec) => ({ ...spec, recoveryRegion: "westeurope" })))).toEqual([
      'environment "azure-dev", field recoveryRegion: got "westeurope"; expected "centralus", the paired region of eastus2 (where Azure keeps the database\'s geo-redundant backups)',
    ]);
    expect(problemsOf(withDev((spec) => ({ ...spec, region: "us-east-1" })))[0]).toBe(
      'environment "azure-dev", field region: got "us-east-1"; expected one of the azure regions: "eastus2", "centralus", "northeurope", "westeurope", "southeastasia", "eastasia"',
    );
  });

  test("zones come from the Azure table", () => {
    const [platform] = loadEnvironments(ENVIRONMENT_SPECS, {}, { today: TEST_TODAY }).filter(
      ({ environment }) => environment.name === "azure-prod",
    );
    expect(platform?.environment.network.availabilityZones).toEqual(["1", "2", "3"]);
  });

  test("sizes are Azure VM sizes of the supported families and Flexible Server SKUs", () => {
    const sizes = {
      systemNodeVmSize: "m6i.large",
      gpuVmSizes: ["Standard_D4ds_v5"],
      databaseSkuName: "db.t4g.medium",
    };
    expect(problemsOf(withDev((spec) => ({ ...spec, azure: { ...azureBlock, ...sizes } })))).toEqual([
      'environment "azure-dev", field azure.systemNodeVmSize: got "m6i.large"; expected a general-purpose Azure VM size of the D family, such as "Standard_D4ds_v5"',
      'environment "azure-dev", field azure.gpuVmSizes[0]: got "Standard_D4ds_v5"; expected an NVIDIA GPU VM size of the NC or ND families, such as "Standard_NC4as_T4_v3" or "Standard_NC24ads_A100_v4"',
      'environment "azure-dev", field azure.databaseSkuName: got "db.t4g.medium"; expected a PostgreSQL Flexible Server SKU such as "B_Standard_B2s", "GP_Standard_D4ds_v5" or "MO_Standard_E4ds_v5"',
    ]);
  });

  test("a Burstable database cannot be zone-redundant", () => {
    expect(problemsOf(withDev((spec) => ({ ...spec, database: { multiAz: true } })))).toEqual([
      'environment "azure-dev", field azure.databaseSkuName: got "B_Standard_B2s"; expected a General Purpose or Memory Optimized SKU (such as "GP_Standard_D4ds_v5"): zone-redundant high availability (database.multiAz) is not offered on Burstable servers',
    ]);
  });

  test("a recovery environment names the time it geo-restores to; a primary does not", () => {
    const specs = ENVIRONMENT_SPECS.map((spec) => {
      if (spec.name === "azure-prod-dr" && spec.cloud === "azure")
        return { ...spec, azure: { ...spec.azure, restorePointInTimeUtc: undefined } } as EnvironmentSpec;
      if (spec.name === "azure-dev" && spec.cloud === "azure")
        return {
          ...spec,
          azure: { ...spec.azure, restorePointInTimeUtc: "2026-12-01T00:00:00Z" },
        } as EnvironmentSpec;
      return spec;
    });
    expect(problemsOf(specs)).toEqual([
      'environment "azure-dev", field azure.restorePointInTimeUtc: got "2026-12-01T00:00:00Z"; expected no value here: only a recovery environment (restores) is restored',
      'environment "azure-prod-dr", field azure.restorePointInTimeUtc: got undefined; expected the UTC time the database is geo-restored to, such as "2026-12-01T00:00:00Z" (a recovery environment needs one)',
    ]);
  });

  test("the VNet may not overlap the overlay's pod range; the Kubernetes version is within AKS's window", () => {
    expect(
      problemsOf(
        withDev((spec) => ({ ...spec, network: { vpcCidr: "10.244.0.0/16" }, cluster: { version: "1.34" } })),
      ),
    ).toEqual([
      'environment "azure-dev", field cluster.version: got "1.34"; expected a supported Kubernetes version: "1.35", "1.36", "1.37"',
      'environment "azure-dev", field network.vpcCidr: got "10.244.0.0/16"; expected a range that does not overlap the pod range 10.244.0.0/16 (Azure CNI overlay)',
    ]);
  });

  test("unknown fields of the azure block are refused with the nearest name", () => {
    expect(
      problemsOf(withDev((spec) => ({ ...spec, azure: { ...azureBlock, subscriptionID: "x" } })))[0],
    ).toContain(
      'field azure.subscriptionID: got "x"; expected no field "subscriptionID" here: did you mean "subscriptionId"?',
    );
  });

  test("an azurerm state backend names a valid storage account", () => {
    expect(
      problemsOf(
        withDev((spec) => ({
          ...spec,
          stateBackend: { kind: "azurerm", resourceGroupName: "rg-state", storageAccountName: "Bad_Name" },
        })),
      ),
    ).toEqual([
      'environment "azure-dev", field stateBackend.storageAccountName: got "Bad_Name"; expected a storage account name: 3-24 lowercase letters and digits',
    ]);
  });
});

describe("Azure state", () => {
  test("an azurerm backend, when the spec names one, authenticates with Entra ID; local state otherwise, said at synth", () => {
    const specs = withDev((spec) => ({
      ...spec,
      stateBackend: { kind: "azurerm", resourceGroupName: "rg-state", storageAccountName: "acmetfstate" },
    }));
    expect(synthStack("azure-dev", specs).json.terraform.backend).toEqual({
      azurerm: {
        resource_group_name: "rg-state",
        storage_account_name: "acmetfstate",
        container_name: "tfstate",
        key: "mlops-platform/azure-dev/terraform.tfstate",
        subscription_id: "11111111-1111-4111-8111-111111111111",
        tenant_id: "99999999-9999-4999-8999-999999999999",
        use_azuread_auth: true,
      },
    });
    expect(synthStack("azure-dev").json.terraform.backend).toEqual({
      local: { path: "../../../terraform.azure-dev.tfstate" },
    });
  });
});

describe("Azure names", () => {
  test("storage accounts fit 3-24 lowercase alphanumerics, deterministically, distinct for names that shorten alike", () => {
    const long = storageAccountName("mlops-platform-very-long-env-name-mlflow-artifacts");
    expect(long).toMatch(/^[a-z0-9]{3,24}$/);
    expect(long).toBe(storageAccountName("mlops-platform-very-long-env-name-mlflow-artifacts"));
    expect(storageAccountName("mlops-platform-very-long-env-nameb-mlflow-artifacts")).not.toBe(long);
    expect(storageAccountName("mlops-platform-azure-prod-mlflow-artifacts-centralus")).not.toBe(
      storageAccountName("mlops-platform-azure-prod-mlflow-artifacts"),
    );
  });

  test("Key Vault names fit 3-24 characters for the longest environment names", () => {
    expect(keyVaultName("abcdefghijklmnopqr")).toMatch(/^kv-abcdefghijkl-[0-9a-f]{6}$/);
    expect(keyVaultName("abcdefghijk-mnopqr")).toMatch(/^kv-abcdefghijk-[0-9a-f]{6}$/);
  });

  test("an environment whose name makes no valid Key Vault name is refused", () => {
    expect(problemsOf(withDev((spec) => ({ ...spec, name: "a--b" })))).toEqual([
      expect.stringContaining(
        'environment "a--b", field name: got "a--b"; expected a name that makes a valid Key Vault name',
      ),
    ]);
  });

  test("bucket URIs per consumer: wasbs for MLflow, the blob endpoint for KServe and the payloads", () => {
    const account = storageAccountName("mlops-platform-azure-dev-mlflow-artifacts");
    expect(azureCloud.naming.bucketUris("mlops-platform-azure-dev-mlflow-artifacts")).toEqual({
      mlflow: `wasbs://mlflow@${account}.blob.core.windows.net`,
      kserve: `https://${account}.blob.core.windows.net/mlflow`,
      cli: `https://${account}.blob.core.windows.net/mlflow`,
    });
  });

  test("a dataset in another Azure environment's account is refused, as on AWS", () => {
    const other = azureCloud.naming.bucketUris("mlops-platform-azure-dev-mlflow-artifacts").cli;
    const specs = ENVIRONMENT_SPECS.map((spec) =>
      spec.name === "azure-prod"
        ? ({
            ...spec,
            training: {
              retrainSchedule: "0 4 * * 1",
              retrainModel: "demand-forecast",
              retrainDatasetUrl: `${other}/datasets/x.csv`,
            },
          } as EnvironmentSpec)
        : spec,
    );
    expect(problemsOf(specs).join("\n")).toContain(
      `field training.retrainDatasetUrl: got "${other}/datasets/x.csv"; expected a dataset of this environment (in its own bucket mlops-platform-azure-prod-mlflow-artifacts, or an https:// URL): it is in the bucket of environment "azure-dev"`,
    );
  });

  test("service accounts carry the recorded client id and the tenant; pods the workload identity label", () => {
    const [platform] = loadEnvironments(ENVIRONMENT_SPECS, {}, { today: TEST_TODAY }).filter(
      ({ environment }) => environment.name === "azure-dev",
    );
    const mlflow = platform?.contract.workloads.mlflow;
    expect(mlflow?.serviceAccountAnnotations).toEqual({
      "azure.workload.identity/client-id": "11111111-0000-4000-8000-000000000002",
      "azure.workload.identity/tenant-id": "99999999-9999-4999-8999-999999999999",
    });
    expect(mlflow?.podLabels).toEqual({ "azure.workload.identity/use": "true" });
    expect(identityOutputName("azure-dev", "mlops-platform-azure-dev-model-my-model")).toBe(
      "identity_model_my_model",
    );
    expect(platform?.unrecordedOutputs).toBeUndefined();
  });
});

describe("the Azure provider", () => {
  test("never reads a storage account's data plane (the accounts are private; containers go through ARM)", () => {
    for (const name of ["azure-dev", "azure-prod", "azure-prod-dr"]) {
      const [provider] = synthStack(name).json.provider.azurerm;
      expect(provider.features[0].storage).toEqual([{ data_plane_available: false }]);
      expect(provider.storage_use_azuread).toBe(true);
    }
    for (const container of synthStack("azure-prod").resourceList("azurerm_storage_container")) {
      expect(container.storage_account_id).toMatch(/^\$\{azurerm_storage_account\./);
      expect(container.storage_account_name).toBeUndefined();
    }
  });
});
