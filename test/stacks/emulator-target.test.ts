import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Testing } from "cdktf";
import { type DeploymentTarget, type EnvironmentSpec, loadEnvironments } from "../../config";
import { ENVIRONMENT_SPECS } from "../../config/environments";
import { InvalidEnvironmentError } from "../../config/resolve-environments";
import { AWS_EMULATOR_GAPS } from "../../constructs/aws/emulator-gaps";
import { EMULATED_SERVICES } from "../../constructs/aws/emulator-provider";
import { synthStacks } from "../../stacks/main";
import { PlatformStack } from "../../stacks/platform-stack";
import { withoutTokenStackTraces } from "../../stacks/without-token-stack-traces";
import { describeEmulatorGaps } from "../../tools/aws-emulator/local-deployment";
import { type Json, stripMetadata } from "../support/terraform-json";

const ENDPOINT = "http://127.0.0.1:5055";
const emulator: DeploymentTarget = { kind: "emulator", endpoint: ENDPOINT };
const AWS_STACKS = ["dev", "staging", "prod"];

// One output directory for every app here (Testing.app would otherwise leave one in /tmp per stack).
const outdir = mkdtempSync(join(tmpdir(), "emulator-target-"));
afterAll(() => rmSync(outdir, { recursive: true, force: true }));

/** The stack of `name`, for its cloud or for `target` (sorted, without metadata). */
function synth(
  name: string,
  target?: DeploymentTarget,
  specs: readonly EnvironmentSpec[] = ENVIRONMENT_SPECS,
): Json {
  const platform = loadEnvironments(specs, target ? { [name]: target } : {}).find(
    ({ environment }) => environment.name === name,
  );
  if (!platform) throw new Error(`no environment "${name}"`);
  return withoutTokenStackTraces(() => {
    const stack = new PlatformStack(Testing.app({ outdir, stackTraces: false }), platform);
    return stripMetadata(JSON.parse(Testing.synth(stack)));
  });
}

/** `type.name` of every resource in synthesized Terraform JSON. */
function addresses(json: Json): string[] {
  return Object.entries(json.resource as Record<string, Record<string, Json>>)
    .flatMap(([type, resources]) => Object.keys(resources).map((name) => `${type}.${name}`))
    .sort();
}

function problems(targets: Record<string, unknown>, specs = ENVIRONMENT_SPECS): string[] {
  try {
    loadEnvironments(specs, targets as Record<string, DeploymentTarget>);
  } catch (error) {
    if (!(error instanceof InvalidEnvironmentError)) throw error;
    return error.message.split("\n").map((line) => line.replace(/^ {2}- /, ""));
  }
  throw new Error("expected the targets to be rejected");
}

describe("the emulator gap list", () => {
  test("is exactly what moto_server 5.2.1 was seen unable to do (change it only with a deploy that proves it)", () => {
    expect(
      AWS_EMULATOR_GAPS.map(({ resourceType, ignoredAttributes }) => ({ resourceType, ignoredAttributes })),
    ).toEqual([
      { resourceType: "aws_eks_addon", ignoredAttributes: undefined },
      { resourceType: "aws_eks_access_entry", ignoredAttributes: undefined },
      { resourceType: "aws_ec2_tag", ignoredAttributes: undefined },
      { resourceType: "aws_vpc_security_group_ingress_rule", ignoredAttributes: undefined },
      { resourceType: "aws_db_instance_automated_backups_replication", ignoredAttributes: undefined },
      { resourceType: "aws_ssm_parameter", ignoredAttributes: undefined },
      { resourceType: "aws_db_parameter_group", ignoredAttributes: ["parameter"] },
      { resourceType: "aws_eks_cluster", ignoredAttributes: ["access_config", "upgrade_policy"] },
      { resourceType: "aws_eks_node_group", ignoredAttributes: ["remote_access", "update_config"] },
      { resourceType: "aws_launch_template", ignoredAttributes: ["tag_specifications"] },
      {
        resourceType: "aws_s3_bucket_replication_configuration",
        ignoredAttributes: ["rule[0].delete_marker_replication", "rule[0].source_selection_criteria"],
      },
    ]);
  });

  test("every entry gives its reason and names a resource type the AWS stacks really have", () => {
    const types = new Set(AWS_STACKS.flatMap((name) => Object.keys(synth(name).resource)));
    for (const gap of AWS_EMULATOR_GAPS) {
      expect({ type: gap.resourceType, used: types.has(gap.resourceType) }).toEqual({
        type: gap.resourceType,
        used: true,
      });
      expect(gap.reason.length).toBeGreaterThan(20);
    }
    expect(new Set(AWS_EMULATOR_GAPS.map((gap) => gap.resourceType)).size).toBe(AWS_EMULATOR_GAPS.length);
  });

  test("the local deploy prints every entry with its reason", () => {
    const printed = describeEmulatorGaps().join("\n");
    for (const gap of AWS_EMULATOR_GAPS) {
      expect(printed).toContain(
        `${gap.resourceType}${gap.ignoredAttributes ? ` (${gap.ignoredAttributes.join(", ")})` : ""}: ${gap.reason}`,
      );
    }
  });
});

describe.each(["dev", "prod"])("%s synthesized for the emulator", (name) => {
  const cloud = synth(name);
  const local = synth(name, emulator);
  const leftOut = AWS_EMULATOR_GAPS.filter((gap) => gap.ignoredAttributes === undefined).map(
    (gap) => gap.resourceType,
  );

  test("has every resource of the cloud stack except the left-out types: the same stack, not a fork", () => {
    const expected = addresses(cloud).filter((address) => !leftOut.includes(address.split(".")[0] as string));
    expect(addresses(local)).toEqual(expected);
    expect(addresses(local).length).toBeGreaterThan(80);
  });

  test("changes no resource except for ignoring the drift the gap list names", () => {
    for (const address of addresses(local)) {
      const [type, resourceName] = address.split(".") as [string, string];
      const localResource = { ...local.resource[type][resourceName] };
      const cloudResource = { ...cloud.resource[type][resourceName] };
      const gap = AWS_EMULATOR_GAPS.find((candidate) => candidate.resourceType === type);
      if (gap?.ignoredAttributes) {
        expect(localResource.lifecycle.ignore_changes).toEqual(
          expect.arrayContaining([...gap.ignoredAttributes]),
        );
        const { ignore_changes: _ignored, ...otherLifecycle } = localResource.lifecycle;
        localResource.lifecycle = Object.keys(otherLifecycle).length > 0 ? otherLifecycle : undefined;
        if (localResource.lifecycle === undefined) delete localResource.lifecycle;
      }
      expect({ address, ...localResource }).toEqual({ address, ...cloudResource });
    }
    expect(local.ephemeral).toEqual(cloud.ephemeral);
    expect(local.output).toEqual(cloud.output);
  });

  test("points every AWS provider at the emulator, answering as the environment's own account", () => {
    const providers: Json[] = local.provider.aws;
    expect(providers).toHaveLength(name === "prod" ? 2 : 1);
    const accountId = name === "prod" ? "333333333333" : "111111111111";
    for (const provider of providers) {
      expect(provider).toMatchObject({
        allowed_account_ids: [accountId],
        access_key: "mlops-local-emulator",
        secret_key: "mlops-local-emulator",
        s3_use_path_style: true,
        skip_credentials_validation: true,
        skip_metadata_api_check: "true",
        skip_requesting_account_id: false,
        endpoints: [Object.fromEntries(EMULATED_SERVICES.map((service) => [service, ENDPOINT]))],
      });
    }
    const cloudProviders: Json[] = cloud.provider.aws;
    for (const provider of cloudProviders) {
      expect(provider.endpoints).toBeUndefined();
      expect(provider.access_key).toBeUndefined();
    }
  });

  test("keeps its state beside the synthesized stack, never in the environment's own state", () => {
    expect(local.terraform.backend).toEqual({ local: { path: "../../terraform.tfstate" } });
    const withS3: EnvironmentSpec[] = ENVIRONMENT_SPECS.map((spec) =>
      spec.name === name
        ? ({ ...spec, stateBackend: { kind: "s3", bucket: "acme-terraform-state" } } as EnvironmentSpec)
        : spec,
    );
    expect(synth(name, emulator, withS3).terraform.backend).toEqual({
      local: { path: "../../terraform.tfstate" },
    });
  });
});

describe("every service the AWS stacks call is pointed at the emulator", () => {
  // Resource type prefixes by the API that serves them; a new type must be placed here deliberately.
  const SERVICE_OF_PREFIX: readonly (readonly [string, (typeof EMULATED_SERVICES)[number]])[] = [
    ["aws_cloudwatch_event_", "events"],
    ["aws_cloudwatch_log_", "logs"],
    ["aws_db_", "rds"],
    ["aws_eks_", "eks"],
    ["aws_iam_", "iam"],
    ["aws_kms_", "kms"],
    ["aws_s3_", "s3"],
    ["aws_secretsmanager_", "secretsmanager"],
    ["aws_sqs_", "sqs"],
    ["aws_ssm_", "ssm"],
    ...[
      "aws_default_security_group",
      "aws_ec2_",
      "aws_eip",
      "aws_flow_log",
      "aws_internet_gateway",
      "aws_launch_template",
      "aws_nat_gateway",
      "aws_route",
      "aws_security_group",
      "aws_subnet",
      "aws_vpc",
    ].map((prefix) => [prefix, "ec2"] as const),
  ];

  test.each(["dev", "staging", "prod", "prod-dr"])("%s", (name) => {
    const json = synth(name);
    const types = [json.resource, json.data, json.ephemeral].flatMap((block) => Object.keys(block ?? {}));
    const unplaced = types.filter((type) => !SERVICE_OF_PREFIX.some(([prefix]) => type.startsWith(prefix)));
    expect({ name, unplaced }).toEqual({ name, unplaced: [] });
    for (const type of types) {
      const service = SERVICE_OF_PREFIX.find(([prefix]) => type.startsWith(prefix))?.[1];
      expect(EMULATED_SERVICES).toContain(service);
    }
  });
});

describe("choosing a deployment target", () => {
  test("is validated like the specs: loopback http endpoints only, named environments only", () => {
    expect(problems({ dev: { kind: "emulator", endpoint: "http://10.0.0.5:5000" } })).toEqual([
      'environment "dev", field target.endpoint: got "http://10.0.0.5:5000"; expected an http URL on 127.0.0.1 or localhost with a port from 1 to 65535, such as "http://127.0.0.1:5000"',
    ]);
    for (const endpoint of [
      "https://127.0.0.1:5000",
      "http://127.0.0.1",
      "http://localhost:70000",
      "http://127.0.0.1:5000/x",
    ]) {
      expect(problems({ dev: { kind: "emulator", endpoint } })).toHaveLength(1);
    }
    expect(problems({ qa: emulator })).toEqual([
      `environment "qa", field target: got {"kind":"emulator","endpoint":"${ENDPOINT}"}; expected the name of an environment: "dev", "staging", "prod", "prod-dr", "azure-dev", "azure-prod", "azure-prod-dr", "gcp-dev", "gcp-prod", "gcp-prod-dr"`,
    ]);
    expect(problems({ dev: { kind: "k8s" } })).toEqual([
      'environment "dev", field target.kind: got "k8s"; expected one of "cloud", "emulator"',
    ]);
  });

  test("an environment on a cloud with no implementation is refused with one line, target or not", () => {
    const oracle = {
      name: "oc",
      cloud: "oracle",
      region: "us-ashburn-1",
      recoveryRegion: "us-phoenix-1",
      tier: "dev",
      network: { vpcCidr: "10.70.0.0/16" },
    } as unknown as EnvironmentSpec;
    expect(problems({ oc: emulator }, [oracle])).toEqual([
      'environment "oc", field cloud: got "oracle"; expected one of "aws", "azure", "gcp"',
    ]);
  });

  test("localhost works as well as 127.0.0.1, and environments without a target deploy to their cloud", () => {
    const platforms = loadEnvironments(ENVIRONMENT_SPECS, {
      dev: { kind: "emulator", endpoint: "http://localhost:4566" },
      prod: { kind: "cloud" },
    });
    expect(platforms.map(({ environment }) => [environment.name, environment.target])).toEqual([
      ["dev", { kind: "emulator", endpoint: "http://localhost:4566" }],
      ["staging", undefined],
      ["prod", { kind: "cloud" }],
      ["prod-dr", undefined],
      ["azure-dev", undefined],
      ["azure-prod", undefined],
      ["azure-prod-dr", undefined],
      ["gcp-dev", undefined],
      ["gcp-prod", undefined],
      ["gcp-prod-dr", undefined],
    ]);
  });

  test("synthStacks builds only the named stacks for a target, and says where their state is", () => {
    const synthDir = mkdtempSync(join(tmpdir(), "emulator-target-"));
    try {
      const notes = synthStacks(synthDir, ENVIRONMENT_SPECS, { targets: { dev: emulator }, stacks: ["dev"] });
      expect(notes).toEqual([
        `dev: deploys to the AWS emulator at ${ENDPOINT}; state kept in terraform.tfstate in the output directory`,
      ]);
      const manifest = JSON.parse(readFileSync(join(synthDir, "manifest.json"), "utf8"));
      expect(Object.keys(manifest.stacks)).toEqual(["dev"]);
      expect(() => synthStacks(synthDir, ENVIRONMENT_SPECS, { stacks: ["qa"] })).toThrow(
        'synthStacks: no environment named "qa"; expected one of "dev", "staging", "prod", "prod-dr"',
      );
    } finally {
      rmSync(synthDir, { recursive: true, force: true });
    }
  });
});
