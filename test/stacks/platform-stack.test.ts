import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { EnvironmentSpec } from "../../config";
import { ENVIRONMENT_SPECS } from "../../config/environments";
import { synthStacks } from "../../stacks/main";
import { type Json, synthStack } from "../support/terraform-json";

const ENVIRONMENTS = [
  "dev",
  "staging",
  "prod",
  "prod-dr",
  "azure-dev",
  "azure-prod",
  "azure-prod-dr",
  "gcp-dev",
  "gcp-prod",
  "gcp-prod-dr",
];

describe("PlatformStack", () => {
  let outdir: string;
  let notes: string[];
  beforeAll(() => {
    outdir = mkdtempSync(join(tmpdir(), "stacks-"));
    notes = synthStacks(outdir);
  });
  afterAll(() => rmSync(outdir, { recursive: true, force: true }));

  test("one stack per environment, named after it (what `cdktf deploy <env>` and `cdktf list` use)", () => {
    expect(readdirSync(join(outdir, "stacks")).sort()).toEqual([...ENVIRONMENTS].sort());
    const manifest = JSON.parse(readFileSync(join(outdir, "manifest.json"), "utf8"));
    expect(Object.keys(manifest.stacks).sort()).toEqual([...ENVIRONMENTS].sort());
  });

  test("synth says where each environment keeps its state", () => {
    expect(notes).toContain(
      "dev: state kept LOCALLY in terraform.dev.tfstate; set stateBackend in config/environments/dev.ts to share and lock it in S3",
    );
  });

  test("local state lives at the project root, outside the output that every synth replaces", () => {
    expect(synthStack("dev").json.terraform.backend).toEqual({
      local: { path: "../../../terraform.dev.tfstate" },
    });
  });

  test("an S3 backend, when the spec names one, is encrypted and locks with a lockfile", () => {
    const specs: EnvironmentSpec[] = ENVIRONMENT_SPECS.map((spec) =>
      spec.name === "staging"
        ? ({ ...spec, stateBackend: { kind: "s3", bucket: "acme-terraform-state" } } as EnvironmentSpec)
        : spec,
    );
    expect(synthStack("staging", specs).json.terraform.backend).toEqual({
      s3: {
        bucket: "acme-terraform-state",
        key: "mlops-platform/staging/terraform.tfstate",
        region: "us-east-1",
        encrypt: true,
        use_lockfile: true,
      },
    });
  });

  test("the AWS provider is pinned to the environment's region and account, with default tags", () => {
    const [primary] = synthStack("dev").json.provider.aws;
    expect(primary).toEqual({
      region: "us-east-1",
      allowed_account_ids: ["111111111111"],
      default_tags: [{ tags: { Project: "mlops-platform", Environment: "dev", ManagedBy: "cdktf" } }],
    });
    expect(synthStack("dev").json.terraform.required_providers.aws.version).toBe("5.100.0");
  });

  test("only environments that replicate configure the recovery region", () => {
    expect(synthStack("dev").json.provider.aws).toHaveLength(1);
    expect(synthStack("prod").json.provider.aws.map((provider: Json) => provider.alias ?? "default")).toEqual(
      ["default", "recovery"],
    );
  });

  test("outputs give the charts' names and endpoints, and no credential", () => {
    const outputs = synthStack("prod").outputs;
    expect(Object.keys(outputs).sort()).toEqual(
      [
        "artifact_bucket",
        "artifact_uri",
        "cluster_endpoint",
        "cluster_name",
        "cluster_oidc_issuer_url",
        "database_address",
        "database_credentials_secret",
        "database_instance_id",
        "database_port",
        "identity_backup",
        "identity_mlflow",
        "identity_training",
        "identity_velero",
        "identity_model_demand_forecast",
        "identity_model_my_model",
        "identity_model_text_embedder",
      ].sort(),
    );
    expect(outputs.database_credentials_secret.value).toBe("mlops-platform-prod-mlflow-db");
    for (const output of Object.values(outputs)) {
      expect(JSON.stringify(output.value)).not.toMatch(/password|secret_string|ephemeral/i);
    }
  });

  test("a cloud without a stack implementation is refused with a clear message", () => {
    const specs = [
      {
        name: "oc",
        cloud: "oracle",
        region: "us-ashburn-1",
        recoveryRegion: "us-phoenix-1",
        tier: "dev",
        network: { vpcCidr: "10.90.0.0/16" },
      },
    ] as unknown as EnvironmentSpec[];
    expect(() => synthStack("oc", specs)).toThrow(
      'environment "oc", field cloud: got "oracle"; expected one of "aws", "azure", "gcp"',
    );
  });

  test.each(ENVIRONMENTS)("%s stack snapshot (sorted, metadata stripped)", (name) => {
    expect(synthStack(name).json).toMatchSnapshot();
  });
});
