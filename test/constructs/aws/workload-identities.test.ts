import { TerraformStack, Testing } from "cdktf";
import { WorkloadIdentities } from "../../../constructs/aws/workload-identities";
import { type Json, policy, synthStack } from "../../support/terraform-json";

describe("WorkloadIdentities", () => {
  const dev = synthStack("dev");
  const bucket = dev.addressOf(
    "aws_s3_bucket",
    (each) => each.bucket === "mlops-platform-dev-mlflow-artifacts",
  );

  function roleOf(name: string): { trust: Json; permissions: Json[] } {
    const address = dev.addressOf("aws_iam_role", (role) => role.name === name);
    const role = dev.resources("aws_iam_role")[address.split(".")[1] as string];
    const inline = dev.where("aws_iam_role_policy", (rolePolicy) => rolePolicy.role === `\${${address}.id}`);
    expect(inline).toHaveLength(1);
    return {
      trust: policy(role.assume_role_policy).Statement,
      permissions: policy(inline[0].policy).Statement,
    };
  }

  const actionsOn = (permissions: Json[], resource: string) =>
    permissions
      .filter((statement) => [statement.Resource].flat().includes(resource))
      .flatMap((statement) => [statement.Action].flat())
      .sort();

  test.each([
    ["mlops-platform-dev-mlflow", "mlflow", "mlflow"],
    ["mlops-platform-dev-backup", "mlflow", "backup-sa"],
    ["mlops-platform-dev-training", "argo", "ml-training"],
    ["mlops-platform-dev-model-demand-forecast", "mlops", "demand-forecast-model"],
    ["mlops-platform-dev-model-my-model", "mlops", "my-model-model"],
  ])("%s is trusted only by %s/%s with the STS audience", (name, namespace, serviceAccount) => {
    const { trust } = roleOf(name);
    expect(trust).toHaveLength(1);
    expect(trust[0]).toMatchObject({
      Effect: "Allow",
      Action: "sts:AssumeRoleWithWebIdentity",
      Principal: { Federated: expect.stringMatching(/^\$\{aws_iam_openid_connect_provider\..+\.arn\}$/) },
    });
    expect(Object.values(trust[0].Condition.StringEquals)).toEqual([
      `system:serviceaccount:${namespace}:${serviceAccount}`,
      "sts.amazonaws.com",
    ]);
  });

  test("MLflow reads and writes only the mlflow/ prefix and reads the database secret", () => {
    const { permissions } = roleOf("mlops-platform-dev-mlflow");
    expect(actionsOn(permissions, `\${${bucket}.arn}/mlflow/*`)).toEqual(
      [
        "s3:AbortMultipartUpload",
        "s3:DeleteObject",
        "s3:GetObject",
        "s3:GetObjectVersion",
        "s3:PutObject",
      ].sort(),
    );
    expect(actionsOn(permissions, `\${${bucket}.arn}/backups/postgres/*`)).toEqual([]);
    const list = permissions.find((statement) => statement.Action === "s3:ListBucket");
    expect(list.Condition.StringLike["s3:prefix"]).toEqual(["mlflow", "mlflow/*"]);
    const secret = permissions.find((statement) => statement.Sid === "ReadDatabaseCredentials");
    expect(secret.Resource).toMatch(/^\$\{aws_secretsmanager_secret\..+\.arn\}$/);
  });

  test("the backup job reads and writes only the backups prefix and reads the database secret", () => {
    const { permissions } = roleOf("mlops-platform-dev-backup");
    expect(actionsOn(permissions, `\${${bucket}.arn}/backups/postgres/*`)).toEqual(
      [
        "s3:AbortMultipartUpload",
        "s3:DeleteObject",
        // The upload step deletes a dump that failed verification by its version id.
        "s3:DeleteObjectVersion",
        "s3:GetObject",
        "s3:GetObjectVersion",
        "s3:PutObject",
      ].sort(),
    );
    expect(actionsOn(permissions, `\${${bucket}.arn}/mlflow/*`)).toEqual([]);
    expect(permissions.some((statement) => statement.Sid === "ReadDatabaseCredentials")).toBe(true);
  });

  test("each served model only reads its own key prefix and never sees the database secret", () => {
    const { permissions } = roleOf("mlops-platform-dev-model-demand-forecast");
    expect(actionsOn(permissions, `\${${bucket}.arn}/models/demand-forecast/*`)).toEqual([
      "s3:GetObject",
      "s3:GetObjectVersion",
    ]);
    expect(actionsOn(permissions, `\${${bucket}.arn}/models/my-model/*`)).toEqual([]);
    expect(permissions.flatMap((statement) => [statement.Action].flat())).not.toContain("s3:PutObject");
    expect(permissions.some((statement) => String(statement.Action).startsWith("secretsmanager"))).toBe(
      false,
    );
    expect(permissions.find((statement) => statement.Sid === "UseBucketKey").Action).toEqual(["kms:Decrypt"]);
  });

  test("training reads datasets/, publishes models under models/ and reads no secret", () => {
    const { permissions } = roleOf("mlops-platform-dev-training");
    expect(actionsOn(permissions, `\${${bucket}.arn}/models/*`)).toContain("s3:PutObject");
    expect(actionsOn(permissions, `\${${bucket}.arn}/mlflow/*`)).toEqual([]);
    expect(actionsOn(permissions, `\${${bucket}.arn}/datasets/*`)).toEqual([
      "s3:GetObject",
      "s3:GetObjectVersion",
    ]);
    expect(permissions.some((statement) => String(statement.Action).startsWith("secretsmanager"))).toBe(
      false,
    );
  });

  test("throws when a bucket prefix would widen access", () => {
    expect(
      () =>
        new WorkloadIdentities(new TerraformStack(Testing.app(), "test"), "identities", {
          oidcProviderArn: "arn",
          oidcIssuerUrl: "https://issuer",
          bucketArn: "arn:aws:s3:::bucket",
          bucketKeyArn: "key",
          databaseSecretArn: "secret",
          databaseSecretKeyArn: "key",
          workloads: {
            reader: {
              roleName: "reader",
              namespace: "ns",
              serviceAccount: "sa",
              bucketPrefixes: [{ prefix: "models/*", access: "read" }],
            },
          },
        }),
    ).toThrow(
      'WorkloadIdentities: workload "reader" has bucket prefix "models/*"; expected a non-empty key prefix without leading/trailing "/" or "*"',
    );
  });
});
