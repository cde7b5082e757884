import type { EnvironmentSpec } from "../../config";
import { ENVIRONMENT_SPECS } from "../../config/environments";
import { clusterLayer } from "../support/cluster-layer";
import { problemsOf } from "../support/spec-problems";
import { synthStack } from "../support/terraform-json";

/** The shipped specs with prod marked as failed over to prod-dr: the one change the DR procedure makes. */
const failedOver: EnvironmentSpec[] = ENVIRONMENT_SPECS.map((spec) =>
  spec.name === "prod" ? { ...spec, failedOverTo: "prod-dr" } : spec,
);

describe("failover of prod to prod-dr", () => {
  test("prod stops replicating its artifacts into the bucket prod-dr now writes", () => {
    const rule = (specs: readonly EnvironmentSpec[]) =>
      synthStack("prod", specs).only("aws_s3_bucket_replication_configuration").rule[0];
    expect(rule(ENVIRONMENT_SPECS).status).toBe("Enabled");
    expect(rule(failedOver).status).toBe("Disabled");
  });

  test("prod's writers stop: MLflow at zero replicas, backups and scheduled retraining suspended", () => {
    const before = clusterLayer("prod");
    const after = clusterLayer("prod", failedOver);

    expect(before.one("Deployment", "mlflow").spec.replicas).toBeUndefined();
    expect(after.one("Deployment", "mlflow").spec.replicas).toBe(0);
    // No autoscaler to bring it back, no budget that would block draining its nodes.
    expect(after.ofKind("HorizontalPodAutoscaler", "mlflow")).toEqual([]);
    expect(after.ofKind("PodDisruptionBudget", "mlflow")).toEqual([]);

    expect(before.one("CronJob", "postgres-backup").spec.suspend).toBe(false);
    expect(after.one("CronJob", "postgres-backup").spec.suspend).toBe(true);
    // Restoring stays possible.
    expect(after.one("CronJob", "postgres-restore").spec.suspend).toBe(true);

    expect(before.one("CronWorkflow", "ml-training-pipeline-scheduled").spec.suspend).toBe(false);
    expect(after.one("CronWorkflow", "ml-training-pipeline-scheduled").spec.suspend).toBe(true);
  });

  test("the recovery environment is unchanged by the source's failover", () => {
    expect(synthStack("prod-dr", failedOver).json).toEqual(synthStack("prod-dr").json);
  });

  test("throws when failedOverTo names anything but the environment's recovery environment", () => {
    const wrong = ENVIRONMENT_SPECS.map((spec) =>
      spec.name === "prod" ? { ...spec, failedOverTo: "staging" } : spec,
    );
    expect(problemsOf(wrong)).toEqual([
      'environment "prod", field failedOverTo: got "staging"; expected the recovery environment that restores "prod": "prod-dr"',
    ]);
    const noRecovery = ENVIRONMENT_SPECS.map((spec) =>
      spec.name === "dev" ? { ...spec, failedOverTo: "prod-dr" } : spec,
    );
    expect(problemsOf(noRecovery)).toEqual([
      'environment "dev", field failedOverTo: got "prod-dr"; expected the name of a recovery environment whose restores is "dev" (none is defined)',
    ]);
  });
});
