import { AWS_GUARDRAILS } from "../../constructs/aws/guardrails";
import { TerraformGuardrails } from "../../guardrails/terraform-guardrails";
import { clusterFindings } from "./cluster-findings";
import {
  type Case,
  describeTerraformCases,
  findingsOf,
  type Json,
  type Resources,
  ref,
  ruleOf,
} from "./terraform-pack-cases";

const policy = (statements: Json[]) => JSON.stringify({ Version: "2012-10-17", Statement: statements });

const cluster = (change: (config: Json) => void = () => {}): Resources => {
  const config: Json = {
    name: "c",
    enabled_cluster_log_types: ["api", "audit", "authenticator", "controllerManager", "scheduler"],
    encryption_config: { resources: ["secrets"], provider: { key_arn: ref("aws_kms_key.k.arn") } },
    vpc_config: { endpoint_private_access: true, endpoint_public_access: false, subnet_ids: [] },
  };
  change(config);
  return { aws_eks_cluster: { c: config } };
};
const template = (change: (options: Json) => void = () => {}): Resources => {
  const options: Json = { http_endpoint: "enabled", http_tokens: "required", http_put_response_hop_limit: 1 };
  change(options);
  return {
    aws_launch_template: {
      t: {
        metadata_options: options,
        block_device_mappings: [{ device_name: "/dev/xvda", ebs: { encrypted: "true", volume_size: 100 } }],
      },
    },
  };
};
const database = (change: (config: Json) => void = () => {}): Resources => {
  const config: Json = {
    storage_encrypted: true,
    kms_key_id: ref("aws_kms_key.k.arn"),
    backup_retention_period: 14,
    multi_az: true,
    deletion_protection: true,
    final_snapshot_identifier: "db-final",
    parameter_group_name: ref("aws_db_parameter_group.p.name"),
    enabled_cloudwatch_logs_exports: ["postgresql", "upgrade"],
  };
  change(config);
  return {
    aws_db_instance: { db: config },
    aws_db_parameter_group: {
      p: { family: "postgres16", parameter: [{ name: "rds.force_ssl", value: "1" }] },
    },
  };
};
const bucket = (without: string[] = [], change: (resources: Resources) => void = () => {}): Resources => {
  const bucketId = ref("aws_s3_bucket.b.id");
  const all: Resources = {
    aws_s3_bucket: { b: { bucket: "b" } },
    aws_s3_bucket_public_access_block: {
      b: {
        bucket: bucketId,
        block_public_acls: true,
        block_public_policy: true,
        ignore_public_acls: true,
        restrict_public_buckets: true,
      },
    },
    aws_s3_bucket_server_side_encryption_configuration: {
      b: {
        bucket: bucketId,
        rule: [
          {
            apply_server_side_encryption_by_default: {
              sse_algorithm: "aws:kms",
              kms_master_key_id: ref("aws_kms_key.k.arn"),
            },
          },
        ],
      },
    },
    aws_s3_bucket_versioning: { b: { bucket: bucketId, versioning_configuration: { status: "Enabled" } } },
    aws_s3_bucket_policy: {
      b: {
        bucket: bucketId,
        policy: policy([
          {
            Effect: "Deny",
            Principal: "*",
            Action: "s3:*",
            Resource: "*",
            Condition: { Bool: { "aws:SecureTransport": false } },
          },
        ]),
      },
    },
    aws_s3_bucket_replication_configuration: { b: { bucket: bucketId, rule: [{ status: "Enabled" }] } },
    aws_s3_bucket_logging: {
      b: { bucket: bucketId, target_bucket: ref("aws_s3_bucket.logs.id"), target_prefix: "b/" },
    },
  };
  for (const type of without) delete all[type];
  change(all);
  return all;
};
const vpc = (without: string[] = [], change: (resources: Resources) => void = () => {}): Resources => {
  const all: Resources = {
    aws_vpc: { v: { cidr_block: "10.0.0.0/16" } },
    aws_flow_log: { v: { vpc_id: ref("aws_vpc.v.id"), traffic_type: "ALL" } },
    aws_default_security_group: { v: { vpc_id: ref("aws_vpc.v.id") } },
  };
  for (const type of without) delete all[type];
  change(all);
  return all;
};
const trust = (condition: Json): Resources => ({
  aws_iam_role: {
    r: {
      assume_role_policy: policy([
        {
          Effect: "Allow",
          Principal: { Federated: ref("aws_iam_openid_connect_provider.o.arn") },
          Action: "sts:AssumeRoleWithWebIdentity",
          Condition: condition,
        },
      ]),
    },
  },
});

const CASES: Record<string, Case> = {
  CKV_AWS_58: {
    pass: cluster(),
    fail: cluster((c) => delete c.encryption_config),
    resource: "aws_eks_cluster.c",
    message: "does not encrypt Kubernetes Secrets with a customer KMS key",
  },
  CKV_AWS_38: {
    pass: cluster((c) =>
      Object.assign(c.vpc_config, { endpoint_public_access: true, public_access_cidrs: ["203.0.113.0/24"] }),
    ),
    fail: cluster((c) =>
      Object.assign(c.vpc_config, { endpoint_public_access: true, public_access_cidrs: ["0.0.0.0/0"] }),
    ),
    resource: "aws_eks_cluster.c",
    message: "has a public API endpoint open to 0.0.0.0/0",
  },
  CKV_AWS_37: {
    pass: cluster(),
    fail: cluster((c) => (c.enabled_cluster_log_types = ["api", "audit"])),
    resource: "aws_eks_cluster.c",
    message: "does not log authenticator, controllerManager, scheduler",
  },
  CKV_AWS_79: {
    pass: template(),
    fail: template((o) => (o.http_tokens = "optional")),
    resource: "aws_launch_template.t",
    message: 'lets nodes use IMDSv1 (metadata_options.http_tokens is not "required")',
  },
  CKV_AWS_341: {
    pass: template(),
    fail: template((o) => (o.http_put_response_hop_limit = 2)),
    resource: "aws_launch_template.t",
    message: "has a metadata hop limit of 2, not 1",
  },
  "platform-launch-template-ebs-encrypted": {
    pass: template(),
    fail: {
      aws_launch_template: {
        t: { block_device_mappings: [{ device_name: "/dev/xvda", ebs: { volume_size: 100 } }] },
      },
    },
    resource: "aws_launch_template.t",
    message: "does not encrypt /dev/xvda",
  },
  "platform-node-group-high-availability": {
    pass: {
      aws_eks_node_group: {
        n: { scaling_config: { min_size: 3, max_size: 6 }, subnet_ids: ["a", "b", "c"] },
      },
    },
    fail: {
      aws_eks_node_group: {
        n: { scaling_config: { min_size: 1, max_size: 6 }, subnet_ids: ["a", "b", "c"] },
      },
    },
    resource: "aws_eks_node_group.n",
    message: "may shrink to 1 node (scaling_config.min_size)",
  },
  CKV_AWS_100: {
    pass: { aws_eks_node_group: { n: { node_group_name: "system" } } },
    fail: { aws_eks_node_group: { n: { node_group_name: "system", remote_access: { ec2_ssh_key: "ops" } } } },
    resource: "aws_eks_node_group.n",
    message: "allows SSH to its nodes (remote_access is set)",
  },
  CKV_AWS_16: {
    pass: database(),
    fail: database((c) => delete c.kms_key_id),
    resource: "aws_db_instance.db",
    message: "encrypts its storage with the AWS-managed key, not a customer key",
  },
  CKV_AWS_17: {
    pass: database(),
    fail: database((c) => (c.publicly_accessible = true)),
    resource: "aws_db_instance.db",
    message: "is publicly accessible",
  },
  CKV_AWS_133: {
    pass: database(),
    fail: database((c) => (c.backup_retention_period = 1)),
    resource: "aws_db_instance.db",
    message: "keeps automated backups 1 days (point-in-time recovery needs at least 7)",
  },
  CKV_AWS_157: {
    pass: database(),
    fail: database((c) => (c.multi_az = false)),
    resource: "aws_db_instance.db",
    message: "runs in a single availability zone",
  },
  CKV_AWS_293: {
    pass: database(),
    fail: database((c) => (c.deletion_protection = false)),
    resource: "aws_db_instance.db",
    message: "has no deletion protection",
  },
  "platform-rds-final-snapshot": {
    pass: database(),
    fail: database((c) => (c.skip_final_snapshot = true)),
    resource: "aws_db_instance.db",
    message: "skips the final snapshot on deletion",
  },
  CKV2_AWS_69: {
    pass: database(),
    fail: { ...database(), aws_db_parameter_group: { p: { family: "postgres16", parameter: [] } } },
    resource: "aws_db_instance.db",
    message: "its parameter group aws_db_parameter_group.p does not set rds.force_ssl = 1",
  },
  CKV_AWS_129: {
    pass: database(),
    fail: database((c) => delete c.enabled_cloudwatch_logs_exports),
    resource: "aws_db_instance.db",
    message: "does not export its PostgreSQL log to CloudWatch",
  },
  CKV2_AWS_6: {
    pass: bucket(),
    fail: bucket(
      [],
      (r) => ((r.aws_s3_bucket_public_access_block as Json).b.restrict_public_buckets = false),
    ),
    resource: "aws_s3_bucket.b",
    message: "does not set restrict_public_buckets in its public access block",
  },
  CKV_AWS_145: {
    pass: bucket(),
    fail: bucket(["aws_s3_bucket_server_side_encryption_configuration"]),
    resource: "aws_s3_bucket.b",
    message: "is not encrypted by default with a customer KMS key",
  },
  CKV_AWS_21: {
    pass: bucket(),
    fail: bucket(
      [],
      (r) => ((r.aws_s3_bucket_versioning as Json).b.versioning_configuration.status = "Suspended"),
    ),
    resource: "aws_s3_bucket.b",
    message: "does not keep object versions",
  },
  "AwsSolutions-S10": {
    pass: bucket(),
    fail: bucket(["aws_s3_bucket_policy"]),
    resource: "aws_s3_bucket.b",
    message: "does not deny requests without TLS in its bucket policy",
  },
  CKV_AWS_144: {
    pass: bucket(),
    fail: bucket(["aws_s3_bucket_replication_configuration"]),
    resource: "aws_s3_bucket.b",
    message: "does not replicate to another region",
  },
  CKV_AWS_18: {
    pass: bucket(),
    fail: bucket(["aws_s3_bucket_logging"]),
    resource: "aws_s3_bucket.b",
    message: "does not log requests (no server access logging)",
  },
  CKV2_AWS_11: {
    pass: vpc(),
    fail: vpc(["aws_flow_log"]),
    resource: "aws_vpc.v",
    message: "has no flow log of all traffic",
  },
  CKV2_AWS_12: {
    pass: vpc(),
    fail: vpc(
      [],
      (r) => ((r.aws_default_security_group as Json).v.ingress = [{ protocol: "-1", self: true }]),
    ),
    resource: "aws_vpc.v",
    message: "has rules in its default security group",
  },
  CKV_AWS_7: {
    pass: { aws_kms_key: { k: { enable_key_rotation: true } } },
    fail: { aws_kms_key: { k: { enable_key_rotation: false } } },
    resource: "aws_kms_key.k",
    message: "does not rotate",
  },
  CKV_AWS_158: {
    pass: {
      aws_cloudwatch_log_group: { l: { kms_key_id: ref("aws_kms_key.k.arn"), retention_in_days: 365 } },
    },
    fail: { aws_cloudwatch_log_group: { l: { retention_in_days: 365 } } },
    resource: "aws_cloudwatch_log_group.l",
    message: "is not encrypted with a customer KMS key",
  },
  CKV_AWS_338: {
    pass: {
      aws_cloudwatch_log_group: { l: { kms_key_id: ref("aws_kms_key.k.arn"), retention_in_days: 365 } },
    },
    fail: {
      aws_cloudwatch_log_group: { l: { kms_key_id: ref("aws_kms_key.k.arn"), retention_in_days: 30 } },
    },
    resource: "aws_cloudwatch_log_group.l",
    message: "keeps logs 30 days, less than a year",
  },
  CKV_AWS_149: {
    pass: { aws_secretsmanager_secret: { s: { kms_key_id: ref("aws_kms_key.k.arn") } } },
    fail: { aws_secretsmanager_secret: { s: {} } },
    resource: "aws_secretsmanager_secret.s",
    message: "is encrypted with the AWS-managed key, not a customer key",
  },
  CKV_AWS_27: {
    pass: { aws_sqs_queue: { q: { sqs_managed_sse_enabled: true } } },
    fail: { aws_sqs_queue: { q: { sqs_managed_sse_enabled: false } } },
    resource: "aws_sqs_queue.q",
    message: "is not encrypted at rest",
  },
  CKV_AWS_273: {
    pass: { aws_iam_role: { r: {} } },
    fail: { aws_iam_access_key: { k: { user: "ci" } } },
    resource: "aws_iam_access_key.k",
    message: "is a long-lived access key",
  },
  "AwsSolutions-IAM5": {
    pass: {
      aws_iam_role_policy: {
        p: {
          policy: policy([
            { Sid: "Read", Effect: "Allow", Action: "s3:GetObject", Resource: "arn:aws:s3:::b/models/*" },
          ]),
        },
      },
    },
    fail: {
      aws_iam_role_policy: {
        p: {
          policy: policy([
            { Sid: "ReadAll", Effect: "Allow", Action: "s3:Get*", Resource: "arn:aws:s3:::b/*" },
          ]),
        },
      },
    },
    resource: "aws_iam_role_policy.p",
    message: "allows wildcard actions or resources in ReadAll",
  },
  "platform-irsa-trust-one-service-account": {
    pass: trust({
      StringEquals: {
        "issuer:sub": "system:serviceaccount:mlflow:mlflow",
        "issuer:aud": "sts.amazonaws.com",
      },
    }),
    fail: trust({ StringLike: { "issuer:sub": "system:serviceaccount:mlflow:*" } }),
    resource: "aws_iam_role.r",
    message:
      "can be assumed by more than one service account (its trust does not pin one subject and the STS audience)",
  },
};

const rule = (id: string) => ruleOf(AWS_GUARDRAILS, id);

describe("the AWS pack", () => {
  describeTerraformCases(AWS_GUARDRAILS, "aws", CASES);

  test("prod-tier rules do not apply in the dev tier", () => {
    const guard = new TerraformGuardrails(AWS_GUARDRAILS.terraform, {
      environment: "fixture",
      cloud: "aws",
      tier: "dev",
    });
    const result = guard.check("fixture", "cdk.tf.json", { resource: database((c) => (c.multi_az = false)) });
    expect(result.findings).toEqual([]);
    expect(result.applicableRules).not.toContain("CKV_AWS_157");
    expect(result.applicableRules).toContain("CKV_AWS_16");
  });

  test("CKV_AWS_18 exempts the bucket that receives the logs, and only while it is a log target", () => {
    const withLogTarget = bucket([], (r) => {
      (r.aws_s3_bucket as Json).logs = { bucket: "logs" };
    });
    expect(findingsOf(AWS_GUARDRAILS, "aws", "CKV_AWS_18", withLogTarget)).toEqual([]);
    const unused = bucket(["aws_s3_bucket_logging"], (r) => {
      (r.aws_s3_bucket as Json).logs = { bucket: "logs" };
    });
    expect(
      findingsOf(AWS_GUARDRAILS, "aws", "CKV_AWS_18", unused).map(({ resource, message }) => [
        resource,
        message,
      ]),
    ).toEqual([
      ["aws_s3_bucket.b", "does not log requests (no server access logging)"],
      ["aws_s3_bucket.logs", "does not log requests (no server access logging)"],
    ]);
  });

  test("an environment-wide suppression accepts a finding and carries its reason", () => {
    const guard = new TerraformGuardrails([rule("CKV_AWS_157")], {
      environment: "fixture",
      cloud: "aws",
      tier: "prod",
      suppressions: [{ rule: "CKV_AWS_157", reason: "a staging copy of prod: one zone is enough" }],
    });
    const [finding] = guard.check("fixture", "f", {
      resource: database((c) => (c.multi_az = false)),
    }).findings;
    expect(finding?.suppressed).toBe("a staging copy of prod: one zone is enough");
  });
});

describe("the AWS pack's rules on Karpenter's node classes", () => {
  const nodeClass = (change: (spec: Json) => void = () => {}): Json => {
    const spec: Json = {
      amiSelectorTerms: [{ alias: "al2023@v20260714" }],
      role: "node-role",
      associatePublicIPAddress: false,
      blockDeviceMappings: [
        { deviceName: "/dev/xvda", rootVolume: true, ebs: { encrypted: true, volumeSize: "100Gi" } },
      ],
      metadataOptions: { httpEndpoint: "enabled", httpTokens: "required", httpPutResponseHopLimit: 1 },
      subnetSelectorTerms: [{ tags: { "karpenter.sh/discovery": "c" } }],
      securityGroupSelectorTerms: [{ tags: { "karpenter.sh/discovery": "c" } }],
    };
    change(spec);
    return { apiVersion: "karpenter.k8s.aws/v1", kind: "EC2NodeClass", metadata: { name: "gpu" }, spec };
  };
  const CLUSTER_CASES: Record<string, { fail: Json; message: string }> = {
    "platform-karpenter-imdsv2": {
      fail: nodeClass((spec) => (spec.metadataOptions.httpPutResponseHopLimit = 2)),
      message: "has a metadata hop limit of 2, not 1",
    },
    "platform-karpenter-ebs-encrypted": {
      fail: nodeClass((spec) => (spec.blockDeviceMappings[0].ebs.encrypted = false)),
      message: "does not encrypt /dev/xvda",
    },
    "platform-karpenter-no-public-ip": {
      fail: nodeClass((spec) => delete spec.associatePublicIPAddress),
      message: "does not refuse public addresses (associatePublicIPAddress is not false)",
    },
  };
  const clusterRule = (id: string) =>
    (AWS_GUARDRAILS.kubernetes ?? []).find((candidate) => candidate.id === id);

  test("every rule has a passing and a failing fixture, and every fixture a rule", () => {
    expect(Object.keys(CLUSTER_CASES).sort()).toEqual(
      (AWS_GUARDRAILS.kubernetes ?? []).map(({ id }) => id).sort(),
    );
  });

  test.each(Object.keys(CLUSTER_CASES))(
    "%s: the passing fixture has no finding, the failing one exactly the expected",
    (id) => {
      const found = clusterRule(id);
      if (!found) throw new Error(`no rule ${id}`);
      const { fail, message } = CLUSTER_CASES[id] as { fail: Json; message: string };
      expect(clusterFindings([found], [nodeClass()])).toEqual([]);
      expect(clusterFindings([found], [fail])).toEqual([
        { rule: id, severity: found.severity, resource: "EC2NodeClass gpu", message, fix: found.fix },
      ]);
    },
  );
});
