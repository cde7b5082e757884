import { buildContract, type EnvironmentSpec, loadEnvironments } from "../../config";
import { ENVIRONMENT_SPECS } from "../../config/environments";
import { blobEndpoint, storageAccountName } from "../../constructs/azure/azure-names";
import { clusterLayer } from "../support/cluster-layer";
import { TEST_TODAY } from "../support/test-today";

function veleroApplication(name: string, specs: readonly EnvironmentSpec[] = ENVIRONMENT_SPECS) {
  return clusterLayer(name, specs).one("Application", "add-on-velero");
}

describe("Velero: the platform's namespaces backed up to the artifact store", () => {
  const platforms = new Map(
    loadEnvironments(ENVIRONMENT_SPECS, {}, { today: TEST_TODAY }).map((platform) => [
      platform.environment.name,
      platform,
    ]),
  );

  test.each([...platforms.keys()])(
    "%s: the default location is its own prefix of the environment's bucket, reached as the velero identity",
    (name) => {
      const { contract, environment } = platforms.get(name) as NonNullable<ReturnType<typeof platforms.get>>;
      const values = veleroApplication(name).spec.source.helm.valuesObject;
      const velero = contract.workloads.velero;
      // Each cloud's plugin and what its location needs: AWS the region (the role comes from IRSA), GCP
      // the service account that signs download URLs.
      const expected: Record<
        string,
        { provider: string; bucket?: string; config: Record<string, string>; image: string }
      > = {
        aws: {
          provider: "aws",
          config: { region: contract.region },
          image: "velero/velero-plugin-for-aws:v1.14.2",
        },
        // Azure: the location's bucket is the blob container; Entra ID to Blob Storage, the account named
        // with its group and subscription, its endpoint given (no Reader role needed to find it).
        azure: {
          provider: "azure",
          bucket: "mlflow",
          config: {
            useAAD: "true",
            resourceGroup: `rg-mlops-platform-${contract.recoverySource ? `${contract.recoverySource.environment}-recovery` : name}`,
            storageAccount: storageAccountName(contract.artifactStore.bucket),
            subscriptionId: environment.azure?.subscriptionId as string,
            storageAccountURI: blobEndpoint(storageAccountName(contract.artifactStore.bucket)),
          },
          image: "velero/velero-plugin-for-microsoft-azure:v1.14.2",
        },
        gcp: {
          provider: "gcp",
          config: {
            serviceAccount: velero.serviceAccountAnnotations["iam.gke.io/gcp-service-account"] as string,
          },
          image: "velero/velero-plugin-for-gcp:v1.14.2",
        },
      };
      const cloud = expected[environment.cloud] as (typeof expected)[string];
      // `velero backup create ... --include-namespaces mlops,mlflow,argo` (runbooks) uses the default location.
      expect(values.configuration.backupStorageLocation).toEqual([
        {
          name: "default",
          provider: cloud.provider,
          bucket: cloud.bucket ?? contract.artifactStore.bucket,
          prefix: "backups/velero",
          default: true,
          config: cloud.config,
        },
      ]);
      expect(values.credentials).toEqual({ useSecret: false });
      expect(values.serviceAccount.server).toEqual({
        create: true,
        name: velero.serviceAccount,
        annotations: velero.serviceAccountAnnotations,
      });
      expect(Object.keys(velero.serviceAccountAnnotations).length).toBeGreaterThan(0);
      expect(values.snapshotsEnabled).toBe(false);
      // Azure's workload identity needs its pod label on Velero's pods too.
      expect(values.podLabels).toEqual(
        Object.keys(velero.podLabels).length > 0 ? velero.podLabels : undefined,
      );
      expect(values.initContainers[0].image).toBe(cloud.image);
      // The identity may write nothing but that prefix.
      expect(contract.access.find((row) => row.workload === "velero")?.prefixes).toEqual([
        { prefix: "backups/velero", access: "read-write" },
      ]);
    },
  );

  test("a recovery environment backs up into the replica bucket it now writes", () => {
    const values = veleroApplication("prod-dr").spec.source.helm.valuesObject;
    expect(values.configuration.backupStorageLocation[0]).toMatchObject({
      bucket: "mlops-platform-prod-mlflow-artifacts-us-west-2",
      config: { region: "us-west-2" },
    });
  });

  test("Azure: the location names the container, and the account's group and subscription", () => {
    const [location] =
      veleroApplication("azure-prod").spec.source.helm.valuesObject.configuration.backupStorageLocation;
    expect(location.bucket).toBe("mlflow");
    expect(location.config).toMatchObject({
      resourceGroup: "rg-mlops-platform-azure-prod",
      subscriptionId: expect.stringMatching(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/),
    });
    // The recovery environment writes into the replica account its source keeps in the recovery region.
    const [recovered] =
      veleroApplication("azure-prod-dr").spec.source.helm.valuesObject.configuration.backupStorageLocation;
    expect(recovered.config.resourceGroup).toBe("rg-mlops-platform-azure-prod-recovery");
    expect(recovered.config.storageAccount).not.toBe(location.config.storageAccount);
  });

  test.each([
    ["dev", 14],
    ["prod", 30],
  ])("%s: one nightly schedule of mlops, mlflow and argo, kept the tier's %s days", (name, days) => {
    const schedule = clusterLayer(name).one("Schedule", "platform-namespaces");
    expect(schedule.metadata.namespace).toBe("velero");
    expect(schedule.spec).toEqual({
      schedule: "47 2 * * *",
      paused: false,
      useOwnerReferencesInBackup: false,
      template: {
        includedNamespaces: ["mlops", "mlflow", "argo"],
        storageLocation: "default",
        ttl: `${days * 24}h0m0s`,
        snapshotVolumes: false,
      },
    });
  });

  test("a primary that has failed over pauses its schedule; the spec picks the time", () => {
    const specs = ENVIRONMENT_SPECS.map((spec) =>
      spec.name === "prod"
        ? { ...spec, failedOverTo: "prod-dr", backups: { clusterSchedule: "5 1 * * *" } }
        : spec,
    );
    const schedule = clusterLayer("prod", specs).one("Schedule", "platform-namespaces");
    expect(schedule.spec).toMatchObject({ paused: true, schedule: "5 1 * * *" });
  });

  test("the contract gives velero its own identity, in its own namespace", () => {
    const dev = platforms.get("dev");
    const contract = buildContract(dev?.environment as NonNullable<typeof dev>["environment"]);
    expect(contract.workloads.velero).toMatchObject({
      namespace: "velero",
      serviceAccount: "velero",
      identityName: "mlops-platform-dev-velero",
    });
  });
});
