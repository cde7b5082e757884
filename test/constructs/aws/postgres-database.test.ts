import { TerraformStack, Testing } from "cdktf";
import { ENVIRONMENT_SPECS } from "../../../config/environments";
import { PostgresDatabase, type PostgresDatabaseProps } from "../../../constructs/aws/postgres-database";
import { type Json, synthStack } from "../../support/terraform-json";

describe("PostgresDatabase", () => {
  const dev = synthStack("dev");
  const prod = synthStack("prod");
  const dr = synthStack("prod-dr");
  const devDb = dev.only("aws_db_instance");
  const prodDb = prod.only("aws_db_instance");

  test("is named after the environment, as the runbooks expect", () => {
    expect(devDb.identifier).toBe("mlops-platform-dev-mlflow");
    expect(prodDb.identifier).toBe("mlops-platform-prod-mlflow");
    expect(devDb).toMatchObject({ engine: "postgres", db_name: "mlflow", username: "mlflow", port: 5432 });
  });

  test("sits in the database subnets, not publicly accessible", () => {
    expect(devDb.publicly_accessible).toBe(false);
    const subnetGroup = dev.only("aws_db_subnet_group");
    expect(devDb.db_subnet_group_name).toMatch(/^\$\{aws_db_subnet_group\./);
    expect(subnetGroup.subnet_ids).toHaveLength(2);
    for (const subnetId of subnetGroup.subnet_ids) {
      const address = String(subnetId).match(/^\$\{(aws_subnet\.[^.]+)\.id\}$/)?.[1] as string;
      expect(dev.resources("aws_subnet")[address.split(".")[1] as string].tags.Name).toContain("-database-");
    }
  });

  test("accepts connections only from the cluster's security group, on its port", () => {
    const rules = dev.resourceList("aws_vpc_security_group_ingress_rule");
    expect(rules).toHaveLength(1);
    expect(rules[0]).toMatchObject({ ip_protocol: "tcp", from_port: 5432, to_port: 5432 });
    expect(rules[0].referenced_security_group_id).toMatch(
      /^\$\{aws_eks_cluster\..+\.vpc_config\[0\]\.cluster_security_group_id\}$/,
    );
    expect(rules[0].cidr_ipv4).toBeUndefined();
    expect(dev.only("aws_security_group").ingress).toBeUndefined();
  });

  test("is encrypted with its own rotating customer-managed key", () => {
    expect(devDb.storage_encrypted).toBe(true);
    const keyName = String(devDb.kms_key_id).match(/^\$\{aws_kms_key\.([^.]+)\.arn\}$/)?.[1] as string;
    expect(dev.resources("aws_kms_key")[keyName].enable_key_rotation).toBe(true);
  });

  test("enforces TLS through its parameter group", () => {
    const parameters = dev.only("aws_db_parameter_group");
    expect(parameters.family).toBe("postgres16");
    expect(parameters.parameter).toContainEqual({ name: "rds.force_ssl", value: "1" });
    expect(devDb.parameter_group_name).toMatch(/^\$\{aws_db_parameter_group\./);
  });

  test("keeps automated backups at least 7 days", () => {
    expect(devDb.backup_retention_period).toBe(7);
    expect(prodDb.backup_retention_period).toBe(14);
  });

  test("dev tier: single zone, no deletion protection, no final snapshot, no replication", () => {
    expect(devDb).toMatchObject({ multi_az: false, deletion_protection: false, skip_final_snapshot: true });
    expect(dev.resourceList("aws_db_instance_automated_backups_replication")).toHaveLength(0);
  });

  test("prod tier: Multi-AZ, deletion protection and a final snapshot", () => {
    expect(prodDb).toMatchObject({
      multi_az: true,
      deletion_protection: true,
      skip_final_snapshot: false,
      final_snapshot_identifier: "mlops-platform-prod-mlflow-final",
    });
  });

  test("deletion protection also makes Terraform refuse a destroy before it touches anything", () => {
    expect(prodDb.lifecycle).toEqual({ prevent_destroy: true });
    expect(devDb.lifecycle).toBeUndefined();
  });

  test("prod tier replicates automated backups to the recovery region, encrypted there, and publishes their ARN", () => {
    const replication = prod.only("aws_db_instance_automated_backups_replication");
    expect(replication.provider).toBe("aws.recovery");
    expect(replication.source_db_instance_arn).toMatch(/^\$\{aws_db_instance\..+\.arn\}$/);
    const keyName = String(replication.kms_key_id).match(/^\$\{aws_kms_key\.([^.]+)\.arn\}$/)?.[1] as string;
    expect(prod.resources("aws_kms_key")[keyName].provider).toBe("aws.recovery");
    const parameter = prod.only("aws_ssm_parameter");
    expect(parameter).toMatchObject({
      provider: "aws.recovery",
      name: "/mlops-platform-prod/recovery/mlflow-db-automated-backups-arn",
      value: expect.stringMatching(/^\$\{aws_db_instance_automated_backups_replication\..+\.id\}$/),
    });
    const recovery = prod.json.provider.aws.find((provider: Json) => provider.alias === "recovery");
    expect(recovery.region).toBe("us-west-2");
  });

  test("prod-dr restores prod's replicated backups at the latest restorable time instead of starting empty", () => {
    const restored = dr.only("aws_db_instance");
    const source = dr.dataSources("aws_ssm_parameter");
    expect(source).toEqual([{ name: "/mlops-platform-prod/recovery/mlflow-db-automated-backups-arn" }]);
    expect(restored.restore_to_point_in_time).toEqual({
      source_db_instance_automated_backups_arn: expect.stringMatching(
        /^\$\{data\.aws_ssm_parameter\..+\.value\}$/,
      ),
      use_latest_restorable_time: true,
    });
    expect(restored.db_name).toBeUndefined();
    expect(restored.lifecycle).toEqual({
      prevent_destroy: true,
      ignore_changes: ["restore_to_point_in_time"],
    });
    expect(restored).toMatchObject({
      identifier: "mlops-platform-prod-dr-mlflow",
      deletion_protection: true,
      multi_az: true,
    });
  });

  test("prod-dr plans clean after its restore: it names no KMS key, since a restore keeps the backups' key", () => {
    // RestoreDBInstanceToPointInTime takes no key: a kms_key_id here (ForceNew) would replace the
    // restored database on the next plan.
    expect(dr.only("aws_db_instance").kms_key_id).toBeUndefined();
    expect(dr.only("aws_db_instance").storage_encrypted).toBe(true);
    expect(prodDb.kms_key_id).toMatch(/^\$\{aws_kms_key\..+\.arn\}$/);
  });

  test("what prod-dr will depend on survives prod's own plans: the replicas' key and the published ARN", () => {
    const replication = prod.only("aws_db_instance_automated_backups_replication");
    const keyName = String(replication.kms_key_id).match(/^\$\{aws_kms_key\.([^.]+)\.arn\}$/)?.[1] as string;
    expect(prod.resources("aws_kms_key")[keyName].lifecycle).toEqual({ prevent_destroy: true });
    expect(prod.only("aws_ssm_parameter").lifecycle).toEqual({ prevent_destroy: true });
    const replicaBucket = prod.where("aws_s3_bucket", (bucket) => bucket.provider === "aws.recovery")[0];
    expect(replicaBucket.lifecycle).toEqual({ prevent_destroy: true });
  });

  test("runs a PostgreSQL major and leaves the minor to RDS's automatic upgrades", () => {
    expect(prodDb).toMatchObject({ engine_version: "16", auto_minor_version_upgrade: true });
    expect(prod.only("aws_db_parameter_group").family).toBe("postgres16");
  });

  describe("credentials", () => {
    test("the password comes from an ephemeral random password and is passed write-only", () => {
      const ephemeral = prod.json.ephemeral.aws_secretsmanager_random_password;
      const [name, settings] = Object.entries(ephemeral)[0] as [string, Json];
      expect(settings).toMatchObject({ exclude_punctuation: true });
      expect(settings.password_length).toBeGreaterThanOrEqual(32);
      const reference = `\${ephemeral.aws_secretsmanager_random_password.${name}.random_password}`;
      expect(prodDb.password_wo).toBe(reference);
      expect(prodDb.password).toBeUndefined();
      const version = prod.only("aws_secretsmanager_secret_version");
      expect(version.secret_string).toBeUndefined();
      expect(version.secret_string_wo).toContain(
        `"password" = ephemeral.aws_secretsmanager_random_password.${name}.random_password`,
      );
      expect(version.secret_string_wo).toMatch(/"host" = aws_db_instance\..+\.address/);
      expect(version.lifecycle.replace_triggered_by).toEqual([
        expect.stringMatching(/^aws_db_instance\..+\.id$/),
      ]);
    });

    test("raising database.passwordVersion rotates the password in the database and the secret together", () => {
      const rotated = ENVIRONMENT_SPECS.map((spec) =>
        spec.name === "dev" ? { ...spec, database: { passwordVersion: 2 } } : spec,
      );
      const stack = synthStack("dev", rotated);
      expect(stack.only("aws_db_instance").password_wo_version).toBe(2);
      expect(stack.only("aws_secretsmanager_secret_version").secret_string_wo_version).toBe(2);
      expect(devDb.password_wo_version).toBe(1);
    });

    test("live in Secrets Manager under a deterministic name, encrypted with the database key", () => {
      const secret = dev.only("aws_secretsmanager_secret");
      expect(secret.name).toBe("mlops-platform-dev-mlflow-db");
      expect(secret.kms_key_id).toBe(devDb.kms_key_id);
      expect(secret.recovery_window_in_days).toBe(30);
    });

    test.each(["dev", "staging", "prod", "prod-dr"])(
      "no literal password anywhere in the %s stack",
      (name) => {
        const literals: string[] = [];
        const visit = (value: Json, path: string) => {
          if (Array.isArray(value)) {
            value.forEach((item, index) => {
              visit(item, `${path}[${index}]`);
            });
          } else if (value && typeof value === "object")
            for (const [key, item] of Object.entries(value)) visit(item, `${path}.${key}`);
          else if (/password|secret_string/i.test(path) && typeof value === "string" && !value.includes("${"))
            literals.push(path);
        };
        visit(synthStack(name).json.resource, "resource");
        expect(literals).toEqual([]);
      },
    );
  });

  describe("rejects unsafe settings", () => {
    const props: PostgresDatabaseProps = {
      instanceId: "test-db",
      databaseName: "mlflow",
      username: "mlflow",
      engineVersion: "16",
      instanceClass: "db.t4g.medium",
      allocatedStorageGiB: 20,
      maxAllocatedStorageGiB: 100,
      backupRetentionDays: 7,
      multiAz: false,
      deletionProtection: false,
      finalSnapshot: false,
      vpcId: "vpc-1",
      subnetIds: ["subnet-a", "subnet-b"],
      clientSecurityGroupIds: ["sg-cluster"],
      accountId: "111111111111",
      region: "us-east-1",
      credentialsSecretName: "test/db",
    };
    const build = (overrides: Partial<PostgresDatabaseProps>) => () =>
      new PostgresDatabase(new TerraformStack(Testing.app(), "test"), "db", { ...props, ...overrides });

    test("throws when the engine version pins a minor release", () => {
      expect(build({ engineVersion: "16.8" })).toThrow(
        'PostgresDatabase test-db: engineVersion is "16.8"; expected a major version such as "16" (RDS applies minor upgrades itself)',
      );
    });

    test("throws when backups are kept less than 7 days", () => {
      expect(build({ backupRetentionDays: 1 })).toThrow(
        "PostgresDatabase test-db: backupRetentionDays is 1; expected 7 to 35",
      );
    });

    test("throws when nothing may connect", () => {
      expect(build({ clientSecurityGroupIds: [] })).toThrow(
        "PostgresDatabase test-db: clientSecurityGroupIds is empty; expected the cluster's security group",
      );
    });

    test("throws when the subnet group spans a single subnet", () => {
      expect(build({ subnetIds: ["subnet-a"] })).toThrow(
        "PostgresDatabase test-db: subnetIds has 1 subnet(s); expected at least 2 in different zones",
      );
    });

    test("throws when the instance name is not a valid RDS identifier", () => {
      expect(build({ instanceId: "Test_DB" })).toThrow(
        'PostgresDatabase Test_DB: instanceId is "Test_DB"; expected 1-63 lowercase letters, digits or single hyphens, starting with a letter',
      );
    });
  });
});
