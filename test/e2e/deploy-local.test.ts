/**
 * The local deployment target, end to end: `dev` and `prod` deployed by real Terraform (hashicorp/aws
 * 5.100.0 from the offline mirror) into moto_server, each in its own emulator answering as the
 * environment's account. Then the AWS SDK, pointed at the emulator, checks what was really created;
 * `terraform plan` must show no changes; destroy must leave nothing behind (prod only once its deletion
 * protection is lifted deliberately); and nothing may outlive the tests.
 *
 * The two environments run concurrently (separate emulators and directories; terraform mostly waits on
 * the provider's own polling): both deploy at once, each `terraform plan` runs while the tests read that
 * environment, and each environment's destructive steps start, in the background, as soon as every test
 * reading it as deployed is done. The tests of the destroyed state wait for them.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import {
  DescribeAddressesCommand,
  DescribeLaunchTemplatesCommand,
  DescribeNatGatewaysCommand,
  DescribeSubnetsCommand,
  DescribeVpcsCommand,
  EC2Client,
} from "@aws-sdk/client-ec2";
import { DescribeClusterCommand, EKSClient, ListClustersCommand } from "@aws-sdk/client-eks";
import {
  GetRoleCommand,
  IAMClient,
  ListOpenIDConnectProvidersCommand,
  ListRolesCommand,
} from "@aws-sdk/client-iam";
import { DescribeKeyCommand, KMSClient, ListKeysCommand } from "@aws-sdk/client-kms";
import {
  type DBInstance,
  DeleteDBInstanceCommand,
  DescribeDBInstancesCommand,
  DescribeDBParametersCommand,
  DescribeDBSnapshotsCommand,
  DescribeDBSubnetGroupsCommand,
  RDSClient,
} from "@aws-sdk/client-rds";
import {
  GetBucketEncryptionCommand,
  GetBucketLifecycleConfigurationCommand,
  GetBucketLocationCommand,
  GetBucketLoggingCommand,
  GetBucketOwnershipControlsCommand,
  GetBucketPolicyCommand,
  GetBucketReplicationCommand,
  GetBucketVersioningCommand,
  GetPublicAccessBlockCommand,
  ListBucketsCommand,
  ListObjectVersionsCommand,
  S3Client,
} from "@aws-sdk/client-s3";
import {
  DescribeSecretCommand,
  GetSecretValueCommand,
  ListSecretsCommand,
  SecretsManagerClient,
} from "@aws-sdk/client-secrets-manager";
import { ListQueuesCommand, SQSClient } from "@aws-sdk/client-sqs";
import { accessLogBucketName } from "../../config/names";
import { AWS_EMULATOR_GAPS } from "../../constructs/aws/emulator-gaps";
import {
  isRefusedDestroy,
  LocalDeployment,
  TerraformCommandError,
} from "../../tools/aws-emulator/local-deployment";
import { answersHttp, MOTO_INSTALL_HINT } from "../../tools/aws-emulator/moto-server";
import { findExecutable, isAlive } from "../../tools/processes";
import { terraformAvailability } from "../support/terraform";
import { allOf, describeIf, shellQuote, startWatchdog } from "../support/tool-availability";

type EnvName = "dev" | "prod";
type PlanOutcome = Awaited<ReturnType<LocalDeployment["plan"]>>;

const MINUTE = 60_000;
/** Long enough for a test to wait for what runs in the background (a deploy, a teardown) to finish. */
const WAIT_FOR_BACKGROUND = 12 * MINUTE;
const repoRoot = join(__dirname, "..", "..");

const terraform = terraformAvailability();
const moto =
  findExecutable("moto_server") === undefined
    ? { available: false, reason: `moto_server is not installed (${MOTO_INSTALL_HINT})` }
    : { available: true, reason: "" };

const leftOutTypes = AWS_EMULATOR_GAPS.filter((gap) => gap.ignoredAttributes === undefined).map(
  (gap) => gap.resourceType,
);

/** Every AWS client a test needs, pointed at one emulator. */
class Clients {
  readonly s3: S3Client;
  readonly recoveryS3: S3Client;
  readonly rds: RDSClient;
  readonly eks: EKSClient;
  readonly iam: IAMClient;
  readonly kms: KMSClient;
  readonly recoveryKms: KMSClient;
  readonly ec2: EC2Client;
  readonly sqs: SQSClient;
  readonly secrets: SecretsManagerClient;

  constructor(endpoint: string, region: string, recoveryRegion: string) {
    // Any credentials: the emulator answers as the account it was started for.
    const common = { endpoint, credentials: { accessKeyId: "e2e", secretAccessKey: "e2e" }, maxAttempts: 2 };
    this.s3 = new S3Client({ ...common, region, forcePathStyle: true });
    this.recoveryS3 = new S3Client({ ...common, region: recoveryRegion, forcePathStyle: true });
    this.rds = new RDSClient({ ...common, region });
    this.eks = new EKSClient({ ...common, region });
    this.iam = new IAMClient({ ...common, region });
    this.kms = new KMSClient({ ...common, region });
    this.recoveryKms = new KMSClient({ ...common, region: recoveryRegion });
    this.ec2 = new EC2Client({ ...common, region });
    this.sqs = new SQSClient({ ...common, region });
    this.secrets = new SecretsManagerClient({ ...common, region });
  }

  destroy(): void {
    for (const client of Object.values(this)) (client as { destroy(): void }).destroy();
  }
}

interface Deployed {
  readonly deployment: LocalDeployment;
  readonly outputs: Record<string, unknown>;
  readonly clients: Clients;
}

/** What the refused destroy of prod left behind, for the test that checks it. */
interface Refusal {
  readonly error: unknown;
  readonly stateBefore: readonly string[];
  readonly stateAfter: readonly string[];
  readonly databaseDeleteError: unknown;
  readonly stillProtected: boolean | undefined;
}

/** A promise opened from outside: destructive steps wait on it until the tests reading a deployment are done. */
interface Gate {
  readonly opened: Promise<void>;
  open(): void;
}

function gate(): Gate {
  let open = (): void => {};
  const opened = new Promise<void>((resolve) => {
    open = resolve;
  });
  return { opened, open };
}

/** Keeps a background promise from counting as unhandled; the test awaiting it reports its failure. */
function background<T>(promise: Promise<T>): Promise<T> {
  promise.catch(() => {});
  return promise;
}

/** Resolves with what `promise` rejects with, or undefined when it succeeds. */
function failureOf(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => undefined,
    (error: unknown) => error,
  );
}

/** `type.name` of every resource and data source in the synthesized stack. */
function synthesizedAddresses(deployment: LocalDeployment): string[] {
  const json = JSON.parse(readFileSync(join(deployment.stackDir, "cdk.tf.json"), "utf8"));
  const list = (block: Record<string, Record<string, unknown>> | undefined, prefix: string) =>
    Object.entries(block ?? {}).flatMap(([type, items]) =>
      Object.keys(items).map((name) => `${prefix}${type}.${name}`),
    );
  return [...list(json.resource, ""), ...list(json.data, "data.")].sort();
}

async function keyArn(kms: KMSClient, alias: string): Promise<string | undefined> {
  return (await kms.send(new DescribeKeyCommand({ KeyId: `alias/${alias}` }))).KeyMetadata?.Arn;
}

async function onlyInstance(rds: RDSClient): Promise<DBInstance> {
  const instances = (await rds.send(new DescribeDBInstancesCommand({}))).DBInstances ?? [];
  expect(instances).toHaveLength(1);
  return instances[0] as DBInstance;
}

function decodedPolicy(document: string | undefined): { Statement: Record<string, unknown>[] } {
  return JSON.parse(decodeURIComponent(document ?? "{}"));
}

describeIf(allOf(terraform, moto))(
  "local deployment target: dev and prod into moto_server with real terraform",
  () => {
    const aborter = new AbortController();
    const deployments = new Map<EnvName, LocalDeployment>();
    const deployed = new Map<EnvName, Promise<Deployed>>();
    const planned = new Map<EnvName, Promise<PlanOutcome>>();
    const checked = new Map<EnvName, Gate>([
      ["dev", gate()],
      ["prod", gate()],
    ]);
    let devDestroyed: Promise<Deployed>;
    let prodRefused: Promise<Refusal>;
    let prodDestroyed: Promise<Deployed>;
    let scratchDir = "";
    let cancelScratchWatchdog: (() => void) | undefined;

    const ready = (name: EnvName): Promise<Deployed> => deployed.get(name) as Promise<Deployed>;

    /** Resolves once `name` is deployed and planned, and every test reading it as deployed has finished. */
    async function afterChecks(name: EnvName): Promise<Deployed> {
      const environment = await ready(name);
      // The plan holds the state lock: a destroy must not overlap it.
      await Promise.allSettled([planned.get(name)]);
      await checked.get(name)?.opened;
      if (aborter.signal.aborted) throw new Error(`${name}: aborted before its teardown`);
      return environment;
    }

    beforeAll(() => {
      scratchDir = mkdtempSync(join(tmpdir(), "deploy-local-e2e-"));
      // afterAll does not run when jest itself is killed; the watchdog removes the directory then (each
      // emulator has a watchdog of its own).
      cancelScratchWatchdog = startWatchdog(`rm -rf ${shellQuote(scratchDir)}`);
      for (const name of ["dev", "prod"] as const) {
        const deployment = new LocalDeployment({
          environment: name,
          workDir: join(scratchDir, name),
          mirror: terraform.mirror as string,
          signal: aborter.signal,
        });
        deployments.set(name, deployment);
        const { region, recoveryRegion } = deployment.platform.environment;
        const started = background(
          deployment.deploy().then((outputs) => ({
            deployment,
            outputs,
            clients: new Clients(deployment.endpoint, region, recoveryRegion),
          })),
        );
        deployed.set(name, started);
        // Read-only: runs while the tests read the same deployment through the SDK.
        planned.set(name, background(started.then(() => deployment.plan())));
      }

      devDestroyed = background(
        afterChecks("dev").then(async (dev) => {
          await dev.deployment.destroy();
          return dev;
        }),
      );
      prodRefused = background(
        afterChecks("prod").then(async ({ deployment, clients }): Promise<Refusal> => {
          const stateBefore = await deployment.stateAddresses();
          const error = await failureOf(deployment.destroy());
          const stateAfter = await deployment.stateAddresses();
          const { instanceId } = deployment.platform.contract.database;
          const databaseDeleteError = await failureOf(
            clients.rds.send(
              new DeleteDBInstanceCommand({ DBInstanceIdentifier: instanceId, SkipFinalSnapshot: true }),
            ),
          );
          const instances = (await clients.rds.send(new DescribeDBInstancesCommand({}))).DBInstances ?? [];
          const stillProtected = instances[0]?.DeletionProtection;
          return { error, stateBefore, stateAfter, databaseDeleteError, stillProtected };
        }),
      );
      prodDestroyed = background(
        prodRefused.then(async (refusal) => {
          if (!isRefusedDestroy(refusal.error))
            throw new Error("prod's destroy was not refused: nothing to lift");
          const prod = await ready("prod");
          await prod.deployment.destroy({ liftDeletionProtection: true });
          return prod;
        }),
      );
    });

    afterAll(async () => {
      // Stop terraform still running (a test failed or timed out), then every emulator, then the files.
      aborter.abort();
      for (const each of checked.values()) each.open();
      await Promise.allSettled([
        ...deployed.values(),
        ...planned.values(),
        devDestroyed,
        prodRefused,
        prodDestroyed,
      ]);
      for (const result of await Promise.allSettled(deployed.values())) {
        if (result.status === "fulfilled") result.value.clients.destroy();
      }
      // One line per environment, to keep an eye on the time budget.
      for (const [name, deployment] of deployments) {
        const steps = deployment.history.map(({ command, seconds }) => `${command} ${seconds} s`);
        process.stderr.write(`deploy-local e2e, ${name}: ${steps.join(", ")}\n`);
      }
      await Promise.allSettled([...deployments.values()].map((deployment) => deployment.stop()));
      if (scratchDir !== "") rmSync(scratchDir, { recursive: true, force: true });
      cancelScratchWatchdog?.();
    }, 2 * MINUTE);

    /** Everything the stack declares is in the state, and nothing the gap list leaves out. */
    async function expectExactlyTheStackDeployed(deployment: LocalDeployment): Promise<void> {
      const inState = (await deployment.stateAddresses()).sort();
      expect(inState).toEqual(synthesizedAddresses(deployment));
      const leftOutInState = inState.filter((address) =>
        leftOutTypes.includes(address.split(".")[0] as string),
      );
      expect(leftOutInState).toEqual([]);
      expect(inState.length).toBeGreaterThan(80);
    }

    async function expectNoPlannedChanges(name: EnvName): Promise<void> {
      const { changes, result } = await (planned.get(name) as Promise<PlanOutcome>);
      expect({ changes, output: changes ? result.stdout.slice(-3000) : "" }).toEqual({
        changes: false,
        output: "",
      });
    }

    /** After destroy: the state is empty and the emulator holds nothing of the environment. */
    async function expectNothingLeft({ deployment, clients }: Deployed): Promise<void> {
      expect(await deployment.stateAddresses()).toEqual([]);
      const prefix = deployment.platform.contract.namePrefix;
      for (const s3 of [clients.s3, clients.recoveryS3]) {
        expect((await s3.send(new ListBucketsCommand({}))).Buckets ?? []).toEqual([]);
      }
      expect((await clients.rds.send(new DescribeDBInstancesCommand({}))).DBInstances ?? []).toEqual([]);
      const subnetGroups =
        (await clients.rds.send(new DescribeDBSubnetGroupsCommand({}))).DBSubnetGroups ?? [];
      expect(subnetGroups.map((group) => group.DBSubnetGroupName)).toEqual([]);
      expect((await clients.eks.send(new ListClustersCommand({}))).clusters ?? []).toEqual([]);
      const roles = (await clients.iam.send(new ListRolesCommand({}))).Roles ?? [];
      expect(roles.map((role) => role.RoleName).filter((name) => name?.startsWith(prefix))).toEqual([]);
      const oidcProviders = await clients.iam.send(new ListOpenIDConnectProvidersCommand({}));
      expect(oidcProviders.OpenIDConnectProviderList ?? []).toEqual([]);
      const vpcs = (await clients.ec2.send(new DescribeVpcsCommand({}))).Vpcs ?? [];
      expect(vpcs.filter((vpc) => !vpc.IsDefault).map((vpc) => vpc.CidrBlock)).toEqual([]);
      const templates = await clients.ec2.send(new DescribeLaunchTemplatesCommand({}));
      expect(templates.LaunchTemplates ?? []).toEqual([]);
      expect((await clients.ec2.send(new DescribeAddressesCommand({}))).Addresses ?? []).toEqual([]);
      const natGateways = (await clients.ec2.send(new DescribeNatGatewaysCommand({}))).NatGateways ?? [];
      expect(natGateways.filter((gateway) => gateway.State !== "deleted")).toEqual([]);
      expect((await clients.sqs.send(new ListQueuesCommand({}))).QueueUrls ?? []).toEqual([]);
      // What AWS keeps on purpose: keys wait out their deletion window, the secret its recovery window.
      for (const kms of [clients.kms, clients.recoveryKms]) {
        for (const key of (await kms.send(new ListKeysCommand({}))).Keys ?? []) {
          const metadata = (await kms.send(new DescribeKeyCommand({ KeyId: key.KeyId }))).KeyMetadata;
          expect({ key: metadata?.Arn, state: metadata?.KeyState }).toEqual({
            key: metadata?.Arn,
            state: "PendingDeletion",
          });
        }
      }
      expect((await clients.secrets.send(new ListSecretsCommand({}))).SecretList ?? []).toEqual([]);
      const scheduled = await clients.secrets.send(new ListSecretsCommand({ IncludePlannedDeletion: true }));
      expect(
        scheduled.SecretList?.map((secret) => [secret.Name, secret.DeletedDate instanceof Date]),
      ).toEqual([[deployment.platform.contract.database.credentialsSecretName, true]]);
    }

    /** Stops the emulator and checks that its process and port are really gone. */
    async function expectEmulatorStops(deployment: LocalDeployment): Promise<void> {
      const emulator = deployment.lastEmulator;
      expect(emulator).toBeDefined();
      await deployment.stop();
      expect(isAlive(emulator?.pid as number)).toBe(false);
      expect(await answersHttp(emulator?.port as number)).toBe(false);
      expect(existsSync(deployment.recordFile)).toBe(false);
    }

    describe("dev, as deployed", () => {
      afterAll(() => checked.get("dev")?.open());

      test(
        "deploys, and its outputs are the names and identities of the contract, in the environment's account",
        async () => {
          const { deployment, outputs } = await ready("dev");
          const { contract } = deployment.platform;
          expect(deployment.accountId).toBe("111111111111");
          expect(outputs).toMatchObject({
            cluster_name: contract.clusterName,
            database_instance_id: contract.database.instanceId,
            database_port: contract.database.port,
            database_credentials_secret: contract.database.credentialsSecretName,
            artifact_bucket: contract.artifactStore.bucket,
            artifact_uri: contract.artifactStore.uri,
          });
          // The role ARNs the charts annotate service accounts with are the ARNs of the created roles.
          expect(outputs.identity_mlflow).toBe(
            contract.workloads.mlflow.serviceAccountAnnotations["eks.amazonaws.com/role-arn"],
          );
          for (const model of contract.models) {
            expect(outputs[`identity_model_${model.name.replaceAll("-", "_")}`]).toBe(
              model.serviceAccountAnnotations["eks.amazonaws.com/role-arn"],
            );
          }
        },
        WAIT_FOR_BACKGROUND,
      );

      test("the artifact bucket is versioned, encrypted with its own key, private, TLS-only, ACL-free", async () => {
        const { deployment, clients } = await ready("dev");
        const bucket = deployment.platform.contract.artifactStore.bucket;
        const s3 = clients.s3;
        expect((await s3.send(new GetBucketVersioningCommand({ Bucket: bucket }))).Status).toBe("Enabled");
        const encryption = await s3.send(new GetBucketEncryptionCommand({ Bucket: bucket }));
        expect(encryption.ServerSideEncryptionConfiguration?.Rules).toEqual([
          {
            ApplyServerSideEncryptionByDefault: {
              SSEAlgorithm: "aws:kms",
              KMSMasterKeyID: await keyArn(clients.kms, bucket),
            },
            BucketKeyEnabled: true,
          },
        ]);
        const publicAccess = await s3.send(new GetPublicAccessBlockCommand({ Bucket: bucket }));
        expect(publicAccess.PublicAccessBlockConfiguration).toEqual({
          BlockPublicAcls: true,
          IgnorePublicAcls: true,
          BlockPublicPolicy: true,
          RestrictPublicBuckets: true,
        });
        const ownership = await s3.send(new GetBucketOwnershipControlsCommand({ Bucket: bucket }));
        expect(ownership.OwnershipControls?.Rules).toEqual([{ ObjectOwnership: "BucketOwnerEnforced" }]);
        const policy = JSON.parse(
          (await s3.send(new GetBucketPolicyCommand({ Bucket: bucket }))).Policy ?? "{}",
        );
        expect(policy.Statement).toEqual([
          {
            Sid: "DenyInsecureTransport",
            Effect: "Deny",
            Principal: "*",
            Action: "s3:*",
            Resource: [`arn:aws:s3:::${bucket}`, `arn:aws:s3:::${bucket}/*`],
            Condition: { Bool: { "aws:SecureTransport": false } },
          },
        ]);
      });

      test("the artifact bucket's access logs reach the SSE-S3 log bucket, which only S3's logging service may write", async () => {
        const { deployment, clients } = await ready("dev");
        const bucket = deployment.platform.contract.artifactStore.bucket;
        const logs = accessLogBucketName("dev");
        const s3 = clients.s3;
        const logging = await s3.send(new GetBucketLoggingCommand({ Bucket: bucket }));
        expect(logging.LoggingEnabled).toMatchObject({ TargetBucket: logs, TargetPrefix: `${bucket}/` });
        const encryption = await s3.send(new GetBucketEncryptionCommand({ Bucket: logs }));
        expect(
          encryption.ServerSideEncryptionConfiguration?.Rules?.[0]?.ApplyServerSideEncryptionByDefault,
        ).toEqual({ SSEAlgorithm: "AES256" });
        expect((await s3.send(new GetBucketVersioningCommand({ Bucket: logs }))).Status).toBe("Enabled");
        const publicAccess = await s3.send(new GetPublicAccessBlockCommand({ Bucket: logs }));
        expect(Object.values(publicAccess.PublicAccessBlockConfiguration ?? {})).toEqual([
          true,
          true,
          true,
          true,
        ]);
        const policy = JSON.parse(
          (await s3.send(new GetBucketPolicyCommand({ Bucket: logs }))).Policy ?? "{}",
        );
        expect(policy.Statement.map((statement: { Sid: string }) => statement.Sid)).toEqual([
          "AllowServerAccessLogDelivery",
          "DenyInsecureTransport",
        ]);
        expect(policy.Statement[0]).toMatchObject({
          Principal: { Service: "logging.s3.amazonaws.com" },
          Resource: `arn:aws:s3:::${logs}/${bucket}/*`,
          Condition: { StringEquals: { "aws:SourceAccount": "111111111111" } },
        });
        const lifecycle = await s3.send(new GetBucketLifecycleConfigurationCommand({ Bucket: logs }));
        expect(lifecycle.Rules?.[0]).toMatchObject({
          ID: "expire-access-logs",
          Expiration: { Days: 30 },
          NoncurrentVersionExpiration: { NoncurrentDays: 7 },
        });
        // The emulator writes a log object for every request to a logged bucket: destroy must empty it.
        await s3.send(new GetBucketVersioningCommand({ Bucket: bucket }));
        const written = await s3.send(new ListObjectVersionsCommand({ Bucket: logs, Prefix: `${bucket}/` }));
        expect(written.Versions?.length ?? 0).toBeGreaterThan(0);
      });

      test("the database: PostgreSQL 16, encrypted with its own key, 7-day backups, database subnets, TLS-only parameters", async () => {
        const { deployment, clients } = await ready("dev");
        const { contract } = deployment.platform;
        const instance = await onlyInstance(clients.rds);
        expect(instance).toMatchObject({
          DBInstanceIdentifier: contract.database.instanceId,
          Engine: "postgres",
          EngineVersion: "16",
          DBInstanceClass: "db.t4g.medium",
          StorageEncrypted: true,
          KmsKeyId: await keyArn(clients.kms, `${contract.database.instanceId}-db`),
          BackupRetentionPeriod: 7,
          MultiAZ: false,
          DeletionProtection: false,
          PubliclyAccessible: false,
          DBName: contract.database.databaseName,
          MasterUsername: contract.database.username,
        });
        expect(instance.DBSubnetGroup?.DBSubnetGroupName).toBe(contract.database.instanceId);
        const subnetIds = (instance.DBSubnetGroup?.Subnets ?? []).map(
          (subnet) => subnet.SubnetIdentifier as string,
        );
        const subnets =
          (await clients.ec2.send(new DescribeSubnetsCommand({ SubnetIds: subnetIds }))).Subnets ?? [];
        expect(subnets.map((subnet) => subnet.CidrBlock).sort()).toEqual(
          [...contract.network.databaseSubnetCidrs].sort(),
        );

        const parameterGroup = `${contract.database.instanceId}-postgres16`;
        expect(instance.DBParameterGroups?.map((group) => group.DBParameterGroupName)).toEqual([
          parameterGroup,
        ]);
        const parameters = await clients.rds.send(
          new DescribeDBParametersCommand({ DBParameterGroupName: parameterGroup }),
        );
        expect(
          Object.fromEntries(
            (parameters.Parameters ?? []).map((parameter) => [
              parameter.ParameterName,
              parameter.ParameterValue,
            ]),
          ),
        ).toEqual({ "rds.force_ssl": "1", password_encryption: "scram-sha-256", log_connections: "1" });
      });

      test("the cluster: pinned version, private endpoint only, Secrets encrypted with its key, every log type", async () => {
        const { deployment, clients, outputs } = await ready("dev");
        const { environment, contract } = deployment.platform;
        const { cluster } = await clients.eks.send(
          new DescribeClusterCommand({ name: contract.clusterName }),
        );
        expect(cluster).toMatchObject({
          version: environment.cluster.version,
          status: "ACTIVE",
          endpoint: outputs.cluster_endpoint,
          resourcesVpcConfig: { endpointPrivateAccess: true, endpointPublicAccess: false },
          kubernetesNetworkConfig: { serviceIpv4Cidr: environment.network.serviceCidr },
          encryptionConfig: [
            {
              resources: ["secrets"],
              provider: { keyArn: await keyArn(clients.kms, `${contract.namePrefix}-eks-secrets`) },
            },
          ],
        });
        const enabled = (cluster?.logging?.clusterLogging ?? [])
          .filter((setup) => setup.enabled)
          .flatMap((setup) => setup.types);
        expect(enabled.sort()).toEqual(["api", "audit", "authenticator", "controllerManager", "scheduler"]);
        expect(cluster?.identity?.oidc?.issuer).toBe(outputs.cluster_oidc_issuer_url);
      });

      test("each workload role is trusted only by its own service account, through this cluster's OIDC provider", async () => {
        const { deployment, clients, outputs } = await ready("dev");
        const { contract } = deployment.platform;
        const issuer = String(outputs.cluster_oidc_issuer_url).replace("https://", "");
        const providerArn = `arn:aws:iam::${deployment.accountId}:oidc-provider/${issuer}`;
        const providers = await clients.iam.send(new ListOpenIDConnectProvidersCommand({}));
        expect(providers.OpenIDConnectProviderList?.map((provider) => provider.Arn)).toEqual([providerArn]);
        const identities = [
          ...Object.values(contract.workloads),
          ...Object.values(contract.addOns.identities),
          ...contract.models,
        ];
        // mlflow, backup, training, velero, Karpenter's controller, and the served models.
        expect(identities.length).toBe(4 + 1 + contract.models.length);
        for (const identity of identities) {
          const { Role: role } = await clients.iam.send(
            new GetRoleCommand({ RoleName: identity.identityName }),
          );
          expect(role?.Arn).toBe(identity.serviceAccountAnnotations["eks.amazonaws.com/role-arn"]);
          expect(decodedPolicy(role?.AssumeRolePolicyDocument).Statement).toEqual([
            {
              Effect: "Allow",
              Principal: { Federated: providerArn },
              Action: "sts:AssumeRoleWithWebIdentity",
              Condition: {
                StringEquals: {
                  [`${issuer}:sub`]: `system:serviceaccount:${identity.namespace}:${identity.serviceAccount}`,
                  [`${issuer}:aud`]: "sts.amazonaws.com",
                },
              },
            },
          ]);
        }
      });

      test("the credentials secret has the contract's name and the connection JSON; the password is in no file", async () => {
        const { deployment, clients, outputs } = await ready("dev");
        const { contract } = deployment.platform;
        const name = contract.database.credentialsSecretName;
        const secret = await clients.secrets.send(new DescribeSecretCommand({ SecretId: name }));
        expect(secret.Name).toBe(name);
        expect(secret.KmsKeyId).toBe(await keyArn(clients.kms, `${contract.database.instanceId}-db`));
        const { SecretString } = await clients.secrets.send(new GetSecretValueCommand({ SecretId: name }));
        const value = JSON.parse(SecretString ?? "{}");
        expect(value).toEqual({
          host: outputs.database_address,
          port: "5432",
          username: contract.database.username,
          password: expect.stringMatching(/^[A-Za-z0-9]{40}$/),
          dbname: contract.database.databaseName,
        });
        // Drawn by an ephemeral resource and passed write-only: neither state nor outputs hold it.
        expect(readFileSync(deployment.stateFile, "utf8")).not.toContain(value.password);
        expect(JSON.stringify(outputs)).not.toContain(value.password);
      });

      test("everything in the stack was created, and nothing on the emulator gap list", async () => {
        await expectExactlyTheStackDeployed((await ready("dev")).deployment);
      });

      test("terraform plan then shows no changes", () => expectNoPlannedChanges("dev"), 5 * MINUTE);
    });

    describe("prod, as deployed", () => {
      afterAll(() => checked.get("prod")?.open());

      test(
        "deploys in its own account, with the prod tier's database: Multi-AZ, deletion protection, 14-day backups",
        async () => {
          const { deployment, clients, outputs } = await ready("prod");
          expect(deployment.accountId).toBe("333333333333");
          expect(outputs.identity_mlflow).toBe("arn:aws:iam::333333333333:role/mlops-platform-prod-mlflow");
          const instance = await onlyInstance(clients.rds);
          expect(instance).toMatchObject({
            DBInstanceIdentifier: "mlops-platform-prod-mlflow",
            DBInstanceClass: "db.r6g.large",
            MultiAZ: true,
            DeletionProtection: true,
            BackupRetentionPeriod: 14,
            StorageEncrypted: true,
          });
          expect(instance.DBSubnetGroup?.Subnets).toHaveLength(3);
        },
        WAIT_FOR_BACKGROUND,
      );

      test("every artifact version replicates to the recovery-region bucket, secured the same way", async () => {
        const { deployment, clients } = await ready("prod");
        const { contract, environment } = deployment.platform;
        const source = contract.artifactStore.bucket;
        const replica = contract.replication?.replicaBucket as string;
        expect(replica).toBe("mlops-platform-prod-mlflow-artifacts-us-west-2");
        const replicaKey = await keyArn(clients.recoveryKms, replica);
        expect(replicaKey).toMatch(/^arn:aws:kms:us-west-2:333333333333:key\//);

        const { ReplicationConfiguration: replication } = await clients.s3.send(
          new GetBucketReplicationCommand({ Bucket: source }),
        );
        expect(replication?.Role).toBe(`arn:aws:iam::333333333333:role/${source}-replication`);
        expect(replication?.Rules).toEqual([
          expect.objectContaining({
            ID: "replicate-everything",
            Status: "Enabled",
            Destination: {
              Bucket: `arn:aws:s3:::${replica}`,
              StorageClass: "STANDARD",
              EncryptionConfiguration: { ReplicaKmsKeyID: replicaKey },
            },
          }),
        ]);

        const recoveryS3 = clients.recoveryS3;
        const location = await recoveryS3.send(new GetBucketLocationCommand({ Bucket: replica }));
        expect(location.LocationConstraint).toBe(environment.recoveryRegion);
        const versioning = await recoveryS3.send(new GetBucketVersioningCommand({ Bucket: replica }));
        expect(versioning.Status).toBe("Enabled");
        const encryption = await recoveryS3.send(new GetBucketEncryptionCommand({ Bucket: replica }));
        expect(
          encryption.ServerSideEncryptionConfiguration?.Rules?.[0]?.ApplyServerSideEncryptionByDefault,
        ).toEqual({
          SSEAlgorithm: "aws:kms",
          KMSMasterKeyID: replicaKey,
        });
        const block = await recoveryS3.send(new GetPublicAccessBlockCommand({ Bucket: replica }));
        expect(Object.values(block.PublicAccessBlockConfiguration ?? {})).toEqual([true, true, true, true]);
      });

      test("the replica logs to a log bucket of its own in the recovery region", async () => {
        const { deployment, clients } = await ready("prod");
        const replica = deployment.platform.contract.replication?.replicaBucket as string;
        const logs = accessLogBucketName("prod", deployment.platform.environment.recoveryRegion);
        expect(logs).toBe("mlops-platform-prod-access-logs-us-west-2");
        const logging = await clients.recoveryS3.send(new GetBucketLoggingCommand({ Bucket: replica }));
        expect(logging.LoggingEnabled).toMatchObject({ TargetBucket: logs, TargetPrefix: `${replica}/` });
        const location = await clients.recoveryS3.send(new GetBucketLocationCommand({ Bucket: logs }));
        expect(location.LocationConstraint).toBe("us-west-2");
      });

      test("everything in the stack was created except the backup replication the emulator lacks; its key exists", async () => {
        const { deployment, clients } = await ready("prod");
        await expectExactlyTheStackDeployed(deployment);
        const key = await keyArn(clients.recoveryKms, "mlops-platform-prod-mlflow-db-replicated-backups");
        expect(key).toMatch(/^arn:aws:kms:us-west-2:333333333333:key\//);
      });

      test("terraform plan then shows no changes", () => expectNoPlannedChanges("prod"), 5 * MINUTE);
    });

    describe("whatever happens, no emulator is left behind", () => {
      test(
        "a deploy that fails stops its emulator before it reports the failure",
        async () => {
          const emptyMirror = join(scratchDir, "empty-mirror");
          mkdirSync(emptyMirror, { recursive: true });
          const deployment = new LocalDeployment({
            environment: "dev",
            workDir: join(scratchDir, "failing"),
            mirror: emptyMirror,
          });
          await expect(deployment.deploy()).rejects.toThrow(/terraform init .*exited with 1/);
          const emulator = deployment.lastEmulator;
          expect(emulator).toBeDefined();
          expect(isAlive(emulator?.pid as number)).toBe(false);
          expect(await answersHttp(emulator?.port as number)).toBe(false);
        },
        MINUTE,
      );

      test(
        "Ctrl-C during `deploy:local` stops terraform and the emulator, and removes the working directory",
        async () => {
          // Run from a scratch directory, so that its `.local/` is the test's; tsx is loaded from the project.
          const cwd = join(scratchDir, "cli");
          mkdirSync(cwd, { recursive: true });
          const workDir = join(cwd, ".local", "dev");
          const tsx = pathToFileURL(require.resolve("tsx", { paths: [repoRoot] })).href;
          const child: ChildProcess = spawn(
            process.execPath,
            ["--import", tsx, join(repoRoot, "bin", "deploy-local.ts"), "dev"],
            {
              cwd,
              env: { ...process.env, MLOPS_TF_PROVIDER_MIRROR: terraform.mirror },
              stdio: ["ignore", "pipe", "pipe"],
            },
          );
          let output = "";
          const collect = (chunk: string): void => {
            output += chunk;
          };
          child.stdout?.setEncoding("utf8").on("data", collect);
          child.stderr?.setEncoding("utf8").on("data", collect);
          const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
          try {
            const deadline = Date.now() + MINUTE;
            while (
              !output.includes("$ terraform apply") &&
              Date.now() < deadline &&
              child.exitCode === null
            ) {
              await new Promise((resolve) => setTimeout(resolve, 200));
            }
            expect(output).toContain("$ terraform apply");
            const record = JSON.parse(readFileSync(join(workDir, "emulator.json"), "utf8")) as {
              pid: number;
              port: number;
            };
            child.kill("SIGINT");
            expect(await exited).toBe(130);
            expect(isAlive(record.pid)).toBe(false);
            expect(await answersHttp(record.port)).toBe(false);
            expect(existsSync(workDir)).toBe(false);
          } finally {
            if (child.exitCode === null) child.kill("SIGKILL");
            await exited;
          }
        },
        2 * MINUTE,
      );
    });

    describe("dev, destroyed", () => {
      test(
        "terraform destroy leaves nothing behind, and the emulator stops",
        async () => {
          const dev = await devDestroyed;
          await expectNothingLeft(dev);
          await expectEmulatorStops(dev.deployment);
        },
        WAIT_FOR_BACKGROUND,
      );
    });

    describe("prod, destroyed", () => {
      test(
        "destroying is refused while deletion protection is on, before anything is destroyed",
        async () => {
          const refusal = await prodRefused;
          expect(refusal.error).toBeInstanceOf(TerraformCommandError);
          expect(isRefusedDestroy(refusal.error)).toBe(true);
          expect((refusal.error as TerraformCommandError).result.stderr).toMatch(
            /Instance cannot be destroyed/,
          );
          expect(refusal.stateAfter).toEqual(refusal.stateBefore);
          expect(refusal.stateBefore.length).toBeGreaterThan(100);
          // Under Terraform's refusal, the database itself refuses too.
          expect(String(refusal.databaseDeleteError)).toMatch(/Cannot delete protected DB Instance/);
          expect(refusal.stillProtected).toBe(true);
        },
        WAIT_FOR_BACKGROUND,
      );

      test(
        "lifted deliberately (deletionProtection off in the spec, apply, destroy), nothing is left but the final snapshot",
        async () => {
          const prod = await prodDestroyed;
          await expectNothingLeft(prod);
          const { DBSnapshots: snapshots } = await prod.clients.rds.send(new DescribeDBSnapshotsCommand({}));
          expect((snapshots ?? []).map((snapshot) => snapshot.DBSnapshotIdentifier)).toEqual([
            "mlops-platform-prod-mlflow-final",
          ]);
          await expectEmulatorStops(prod.deployment);
        },
        WAIT_FOR_BACKGROUND,
      );
    });
  },
);
