import { AwsProvider } from "@cdktf/provider-aws/lib/provider";
import { TerraformStack, Testing } from "cdktf";
import { ArtifactBucket } from "../../../constructs/aws/artifact-bucket";
import { type Json, policy, synthStack } from "../../support/terraform-json";

/** The resource of `type` attached to the bucket at `bucketAddress`. */
function attached(stack: ReturnType<typeof synthStack>, type: string, bucketAddress: string): Json {
  const matches = stack.where(type, (resource) => resource.bucket === `\${${bucketAddress}.id}`);
  expect(matches).toHaveLength(1);
  return matches[0];
}

describe("ArtifactBucket", () => {
  const dev = synthStack("dev");
  const prod = synthStack("prod");
  const devBucket = dev.addressOf(
    "aws_s3_bucket",
    (bucket) => bucket.bucket === "mlops-platform-dev-mlflow-artifacts",
  );

  test("is named after the environment and never force-destroyed", () => {
    expect(dev.where("aws_s3_bucket", (bucket) => !String(bucket.bucket).endsWith("-access-logs"))).toEqual([
      { bucket: "mlops-platform-dev-mlflow-artifacts", force_destroy: false },
    ]);
  });

  test("is versioned", () => {
    expect(attached(dev, "aws_s3_bucket_versioning", devBucket).versioning_configuration).toEqual({
      status: "Enabled",
    });
  });

  test("encrypts with SSE-KMS under a customer key, with a bucket key", () => {
    const rule = attached(dev, "aws_s3_bucket_server_side_encryption_configuration", devBucket).rule[0];
    expect(rule.apply_server_side_encryption_by_default.sse_algorithm).toBe("aws:kms");
    expect(rule.apply_server_side_encryption_by_default.kms_master_key_id).toMatch(
      /^\$\{aws_kms_key\..+\.arn\}$/,
    );
    expect(rule.bucket_key_enabled).toBe(true);
  });

  test("blocks every form of public access and disables ACLs", () => {
    expect(attached(dev, "aws_s3_bucket_public_access_block", devBucket)).toMatchObject({
      block_public_acls: true,
      block_public_policy: true,
      ignore_public_acls: true,
      restrict_public_buckets: true,
    });
    expect(attached(dev, "aws_s3_bucket_ownership_controls", devBucket).rule).toEqual({
      object_ownership: "BucketOwnerEnforced",
    });
  });

  test("denies any request not made over TLS", () => {
    const statement = policy(attached(dev, "aws_s3_bucket_policy", devBucket).policy).Statement[0];
    expect(statement).toEqual({
      Sid: "DenyInsecureTransport",
      Effect: "Deny",
      Principal: "*",
      Action: "s3:*",
      Resource: [`\${${devBucket}.arn}`, `\${${devBucket}.arn}/*`],
      Condition: { Bool: { "aws:SecureTransport": false } },
    });
  });

  test("expires noncurrent versions and aborts stalled multipart uploads", () => {
    const rules = attached(dev, "aws_s3_bucket_lifecycle_configuration", devBucket).rule;
    expect(
      rules.find((rule: Json) => rule.id === "expire-noncurrent-versions").noncurrent_version_expiration,
    ).toEqual([{ noncurrent_days: 30 }]);
    expect(
      rules.find((rule: Json) => rule.id === "abort-incomplete-uploads").abort_incomplete_multipart_upload,
    ).toEqual([{ days_after_initiation: 7 }]);
  });

  test("dev has no replica", () => {
    expect(dev.resourceList("aws_s3_bucket_replication_configuration")).toHaveLength(0);
  });

  describe("prod replicates to a bucket in the recovery region secured the same way", () => {
    const replica = prod.addressOf(
      "aws_s3_bucket",
      (bucket) => bucket.bucket === "mlops-platform-prod-mlflow-artifacts-us-west-2",
    );
    const replicaName = replica.split(".")[1] as string;

    test("the replica lives in the recovery region", () => {
      expect(prod.resources("aws_s3_bucket")[replicaName].provider).toBe("aws.recovery");
    });

    test.each([
      ["aws_s3_bucket_versioning", { versioning_configuration: { status: "Enabled" } }],
      ["aws_s3_bucket_public_access_block", { block_public_acls: true, restrict_public_buckets: true }],
      ["aws_s3_bucket_ownership_controls", { rule: { object_ownership: "BucketOwnerEnforced" } }],
      ["aws_s3_bucket_policy", { provider: "aws.recovery" }],
      ["aws_s3_bucket_server_side_encryption_configuration", { provider: "aws.recovery" }],
    ])("replica has %s", (type, expected) => {
      expect(attached(prod, type, replica)).toMatchObject(expected);
    });

    test("every version, delete marker and KMS-encrypted object replicates, re-encrypted with the replica's key", () => {
      const configuration = prod.only("aws_s3_bucket_replication_configuration");
      const rule = configuration.rule[0];
      expect(rule).toMatchObject({
        status: "Enabled",
        filter: { prefix: "" },
        delete_marker_replication: { status: "Enabled" },
        source_selection_criteria: { sse_kms_encrypted_objects: { status: "Enabled" } },
      });
      expect(rule.destination.bucket).toBe(`\${${replica}.arn}`);
      const replicaKey = String(rule.destination.encryption_configuration.replica_kms_key_id).match(
        /^\$\{aws_kms_key\.([^.]+)\.arn\}$/,
      )?.[1] as string;
      expect(prod.resources("aws_kms_key")[replicaKey].provider).toBe("aws.recovery");
      expect(configuration.depends_on).toHaveLength(2);
    });
  });

  test("prod-dr adopts prod's replica bucket instead of creating one", () => {
    const dr = synthStack("prod-dr");
    expect(dr.resourceList("aws_s3_bucket")).toHaveLength(0);
    expect(dr.dataSources("aws_kms_alias")).toEqual([
      { name: "alias/mlops-platform-prod-mlflow-artifacts-us-west-2" },
    ]);
    expect(dr.outputs.artifact_bucket.value).toBe("mlops-platform-prod-mlflow-artifacts-us-west-2");
  });

  test("throws when a replicated bucket's name leaves no room for its replication role's name", () => {
    const app = Testing.app();
    const recovery = new AwsProvider(new TerraformStack(app, "test"), "recovery", {
      region: "us-west-2",
      alias: "recovery",
    });
    const bucketName = `mlops-platform-${"x".repeat(38)}`;
    expect(
      () =>
        new ArtifactBucket(recovery.node.scope as TerraformStack, "bucket", {
          bucketName,
          accountId: "111111111111",
          region: "us-east-1",
          noncurrentVersionRetentionDays: 30,
          accessLogs: { bucketName: "access-logs", retentionDays: 30 },
          replica: {
            provider: recovery,
            region: "us-west-2",
            bucketName: "replica-bucket",
            accessLogBucketName: "replica-access-logs",
          },
        }),
    ).toThrow(
      `ArtifactBucket ${bucketName}: bucketName is 53 characters; expected at most 52 when the bucket is replicated (its replication role is named "<bucketName>-replication", at most 64)`,
    );
  });

  test("throws when the bucket name is not a valid S3 name", () => {
    expect(
      () =>
        new ArtifactBucket(new TerraformStack(Testing.app(), "test"), "bucket", {
          bucketName: "Artifacts_Bucket",
          accountId: "111111111111",
          region: "us-east-1",
          noncurrentVersionRetentionDays: 30,
          accessLogs: { bucketName: "access-logs", retentionDays: 30 },
        }),
    ).toThrow(
      'ArtifactBucket: bucketName is "Artifacts_Bucket"; expected 3-63 lowercase letters, digits or hyphens',
    );
  });
});
