import { loadEnvironments } from "../../config";
import { ENVIRONMENT_SPECS } from "../../config/environments";

describe("the contract between the cloud layer and the charts", () => {
  const byName = new Map(
    loadEnvironments().map((platform) => [platform.environment.name, platform.contract]),
  );
  const dev = byName.get("dev");
  const prod = byName.get("prod");
  const dr = byName.get("prod-dr");

  test("names follow the runbooks", () => {
    expect(dev?.database.instanceId).toBe("mlops-platform-dev-mlflow");
    expect(dev?.artifactStore.bucket).toBe("mlops-platform-dev-mlflow-artifacts");
    expect(dev?.artifactStore.uri).toBe("s3://mlops-platform-dev-mlflow-artifacts");
    expect(dev?.clusterName).toBe("mlops-platform-dev");
    expect(dev?.database.credentialsSecretName).toBe("mlops-platform-dev-mlflow-db");
  });

  test("service accounts live where the runbooks look for them", () => {
    expect(dev?.workloads.mlflow).toMatchObject({ namespace: "mlflow", serviceAccount: "mlflow" });
    expect(dev?.workloads.backup).toMatchObject({ namespace: "mlflow", serviceAccount: "backup-sa" });
    expect(dev?.workloads.training).toMatchObject({ namespace: "argo", serviceAccount: "ml-training" });
  });

  test("on AWS a service account is bound to its role by ARN in the environment's account", () => {
    expect(prod?.workloads.backup.serviceAccountAnnotations).toEqual({
      "eks.amazonaws.com/role-arn": "arn:aws:iam::333333333333:role/mlops-platform-prod-backup",
    });
  });

  test("each served model gets its own service account, identity and key prefix", () => {
    expect(dev?.models.find((model) => model.name === "demand-forecast")).toEqual({
      name: "demand-forecast",
      namespace: "mlops",
      serviceAccount: "demand-forecast-model",
      identityName: "mlops-platform-dev-model-demand-forecast",
      serviceAccountAnnotations: {
        "eks.amazonaws.com/role-arn":
          "arn:aws:iam::111111111111:role/mlops-platform-dev-model-demand-forecast",
      },
      // IRSA needs no pod label.
      podLabels: {},
      keyPrefix: "models/demand-forecast",
      storageUri: "s3://mlops-platform-dev-mlflow-artifacts/models/demand-forecast/",
    });
    expect(dr?.models.find((model) => model.name === "demand-forecast")?.storageUri).toBe(
      "s3://mlops-platform-prod-mlflow-artifacts-us-west-2/models/demand-forecast/",
    );
  });

  test("prod replicates to its recovery region; dev does not", () => {
    expect(prod?.replication).toEqual({
      region: "us-west-2",
      replicaBucket: "mlops-platform-prod-mlflow-artifacts-us-west-2",
      automatedBackupsArnParameter: "/mlops-platform-prod/recovery/mlflow-db-automated-backups-arn",
    });
    expect(dev?.replication).toBeUndefined();
  });

  test("prod-dr uses prod's replica bucket and its own database", () => {
    expect(dr?.artifactStore.bucket).toBe(prod?.replication?.replicaBucket);
    expect(dr?.recoverySource?.replication).toEqual(prod?.replication);
    expect(dr?.database.instanceId).toBe("mlops-platform-prod-dr-mlflow");
  });

  test("no name is longer than its cloud allows", () => {
    for (const contract of byName.values()) {
      expect(contract.artifactStore.bucket.length).toBeLessThanOrEqual(63);
      expect(contract.database.instanceId.length).toBeLessThanOrEqual(63);
      for (const workload of Object.values(contract.workloads))
        expect(workload.identityName.length).toBeLessThanOrEqual(64);
    }
  });

  test("a model's storage URI ends in a slash, so a sibling prefix is never a match", () => {
    const specs = ENVIRONMENT_SPECS.map((spec) =>
      spec.name === "dev"
        ? {
            ...spec,
            models: [
              { name: "demand", format: "xgboost" as const },
              { name: "demand-forecast", format: "xgboost" as const },
            ],
          }
        : spec,
    );
    const contract = loadEnvironments(specs).find(({ environment }) => environment.name === "dev")?.contract;
    const [demand, forecast] = contract?.models.map((model) => model.storageUri) ?? [];
    expect(demand).toBe("s3://mlops-platform-dev-mlflow-artifacts/models/demand/");
    expect(forecast?.startsWith(demand as string)).toBe(false);
  });

  test("the access matrix is data in the contract: each identity, its prefixes and its secrets", () => {
    const rows = Object.fromEntries((prod?.access ?? []).map((row) => [row.workload, row]));
    expect(Object.keys(rows)).toEqual([
      "mlflow",
      "backup",
      "training",
      "velero",
      "model-demand-forecast",
      "model-my-model",
      "model-text-embedder",
    ]);
    expect(rows.backup?.prefixes).toEqual([
      { prefix: "backups/postgres", access: "read-write", removesVersions: true },
    ]);
    // Velero: its own prefix, next to the database dumps but apart from them, and no secret.
    expect(rows.velero).toMatchObject({
      identity: { serviceAccount: "velero", namespace: "velero" },
      prefixes: [{ prefix: "backups/velero", access: "read-write" }],
      readsDatabaseCredentials: false,
    });
    expect(rows["model-my-model"]).toMatchObject({
      identity: { serviceAccount: "my-model-model", namespace: "mlops" },
      prefixes: [{ prefix: "models/my-model", access: "read" }],
      readsDatabaseCredentials: false,
    });
  });
});
