import { S3Bucket } from "@cdktf/provider-aws/lib/s3-bucket";
import { TerraformStack, Testing } from "cdktf";
import { AccessLogBucket } from "../../../constructs/aws/access-log-bucket";
import { type Json, policy, synthStack } from "../../support/terraform-json";

type Stack = ReturnType<typeof synthStack>;

/** The resource of `type` attached to the bucket at `bucketAddress`. */
function attached(stack: Stack, type: string, bucketAddress: string): Json {
  const matches = stack.where(type, (resource) => resource.bucket === `\${${bucketAddress}.id}`);
  expect(matches).toHaveLength(1);
  return matches[0];
}

const bucketNamed = (stack: Stack, name: string) =>
  stack.addressOf("aws_s3_bucket", (bucket) => bucket.bucket === name);

describe("AccessLogBucket", () => {
  const dev = synthStack("dev");
  const prod = synthStack("prod");
  const devLogs = bucketNamed(dev, "mlops-platform-dev-access-logs");
  const devArtifacts = bucketNamed(dev, "mlops-platform-dev-mlflow-artifacts");

  test("the artifact bucket logs to it under its own name as prefix", () => {
    expect(attached(dev, "aws_s3_bucket_logging", devArtifacts)).toMatchObject({
      target_bucket: `\${${devLogs}.id}`,
      target_prefix: "mlops-platform-dev-mlflow-artifacts/",
    });
    expect(dev.where("aws_s3_bucket_logging", (logging) => logging.bucket === `\${${devLogs}.id}`)).toEqual(
      [],
    );
  });

  test("is encrypted with SSE-S3, the only default encryption S3 delivers access logs to", () => {
    expect(attached(dev, "aws_s3_bucket_server_side_encryption_configuration", devLogs).rule).toEqual([
      { apply_server_side_encryption_by_default: { sse_algorithm: "AES256" } },
    ]);
  });

  test("blocks public access, disables ACLs, keeps versions", () => {
    expect(attached(dev, "aws_s3_bucket_public_access_block", devLogs)).toMatchObject({
      block_public_acls: true,
      block_public_policy: true,
      ignore_public_acls: true,
      restrict_public_buckets: true,
    });
    expect(attached(dev, "aws_s3_bucket_ownership_controls", devLogs).rule).toEqual({
      object_ownership: "BucketOwnerEnforced",
    });
    expect(attached(dev, "aws_s3_bucket_versioning", devLogs).versioning_configuration).toEqual({
      status: "Enabled",
    });
  });

  test("lets only S3's logging service write, for the artifact bucket of this account, under its prefix; TLS-only last", () => {
    const document = attached(dev, "aws_s3_bucket_policy", devLogs);
    expect(policy(document.policy).Statement).toEqual([
      {
        Sid: "AllowServerAccessLogDelivery",
        Effect: "Allow",
        Principal: { Service: "logging.s3.amazonaws.com" },
        Action: "s3:PutObject",
        Resource: `\${${devLogs}.arn}/mlops-platform-dev-mlflow-artifacts/*`,
        Condition: {
          ArnLike: { "aws:SourceArn": `\${${devArtifacts}.arn}` },
          StringEquals: { "aws:SourceAccount": "111111111111" },
        },
      },
      {
        Sid: "DenyInsecureTransport",
        Effect: "Deny",
        Principal: "*",
        Action: "s3:*",
        Resource: [`\${${devLogs}.arn}`, `\${${devLogs}.arn}/*`],
        Condition: { Bool: { "aws:SecureTransport": false } },
      },
    ]);
    const policyAddress = dev.addressOf(
      "aws_s3_bucket_policy",
      (each) => each.bucket === `\${${devLogs}.id}`,
    );
    expect(attached(dev, "aws_s3_bucket_logging", devArtifacts).depends_on).toEqual([policyAddress]);
  });

  test("expires logs after artifacts.accessLogRetentionDays (30 dev, 365 prod), replaced versions after 7 days, then their delete markers", () => {
    const expected = (days: number) => [
      {
        id: "expire-access-logs",
        status: "Enabled",
        filter: [{ prefix: "" }],
        expiration: [{ days }],
        noncurrent_version_expiration: [{ noncurrent_days: 7 }],
      },
      {
        id: "remove-expired-delete-markers",
        status: "Enabled",
        filter: [{ prefix: "" }],
        expiration: [{ expired_object_delete_marker: true }],
      },
    ];
    expect(attached(dev, "aws_s3_bucket_lifecycle_configuration", devLogs).rule).toEqual(expected(30));
    const prodLogs = bucketNamed(prod, "mlops-platform-prod-access-logs");
    expect(attached(prod, "aws_s3_bucket_lifecycle_configuration", prodLogs).rule).toEqual(expected(365));
  });

  test("deletion protection: emptied on destroy without it (dev), refused with it (prod)", () => {
    expect(dev.resources("aws_s3_bucket")[devLogs.split(".")[1] as string]).toMatchObject({
      force_destroy: true,
    });
    expect(dev.resources("aws_s3_bucket")[devLogs.split(".")[1] as string].lifecycle).toBeUndefined();
    for (const name of ["mlops-platform-prod-access-logs", "mlops-platform-prod-access-logs-us-west-2"]) {
      const bucket = prod.resources("aws_s3_bucket")[bucketNamed(prod, name).split(".")[1] as string];
      expect(bucket).toMatchObject({ force_destroy: false, lifecycle: { prevent_destroy: true } });
    }
  });

  test("prod's replica logs to a log bucket of its own in the recovery region", () => {
    const replica = bucketNamed(prod, "mlops-platform-prod-mlflow-artifacts-us-west-2");
    const replicaLogs = bucketNamed(prod, "mlops-platform-prod-access-logs-us-west-2");
    expect(attached(prod, "aws_s3_bucket_logging", replica)).toMatchObject({
      provider: "aws.recovery",
      target_bucket: `\${${replicaLogs}.id}`,
      target_prefix: "mlops-platform-prod-mlflow-artifacts-us-west-2/",
    });
    expect(prod.resources("aws_s3_bucket")[replicaLogs.split(".")[1] as string].provider).toBe(
      "aws.recovery",
    );
    expect(attached(prod, "aws_s3_bucket_policy", replicaLogs).provider).toBe("aws.recovery");
  });

  test("prod-dr creates no log bucket: it adopts prod's replica, which prod's stack logs", () => {
    expect(synthStack("prod-dr").resourceList("aws_s3_bucket_logging")).toEqual([]);
  });

  describe("throws on bad props, before anything is created", () => {
    const make = (overrides: Partial<{ bucketName: string; retentionDays: number }>) => () => {
      const stack = new TerraformStack(Testing.app(), "test");
      const source = new S3Bucket(stack, "source", { bucket: "source" });
      new AccessLogBucket(stack, "logs", {
        bucketName: "logs",
        accountId: "111111111111",
        source,
        sourceBucketName: "source",
        retentionDays: 30,
        ...overrides,
      });
    };

    test("a retention out of range", () => {
      expect(make({ retentionDays: 0 })).toThrow(
        "AccessLogBucket logs: retentionDays is 0; expected an integer from 1 to 3650",
      );
      expect(make({ retentionDays: 2.5 })).toThrow(
        "AccessLogBucket logs: retentionDays is 2.5; expected an integer from 1 to 3650",
      );
    });

    test("a name S3 refuses", () => {
      expect(make({ bucketName: "Logs_Bucket" })).toThrow(
        'AccessLogBucket: bucketName is "Logs_Bucket"; expected 3-63 lowercase letters, digits or hyphens',
      );
    });
  });
});
