import type { Environment, EnvironmentSpec } from "../../config";
import { loadEnvironments } from "../../config";
import { ENVIRONMENT_SPECS } from "../../config/environments";
import { kubernetesUpgradeReminder } from "../../config/kubernetes-support";
import { InvalidEnvironmentError, resolveEnvironments } from "../../config/resolve-environments";
import { schemaProblems } from "../../config/spec-issues";
import { environmentSpecSchema } from "../../config/spec-schema";
import { problemsOf } from "../support/spec-problems";
import { TEST_TODAY } from "../support/test-today";

const base: EnvironmentSpec = {
  name: "qa",
  cloud: "aws",
  region: "us-east-1",
  recoveryRegion: "us-west-2",
  tier: "dev",
  aws: { accountId: "123456789012" },
  network: { vpcCidr: "10.50.0.0/16" },
};

const primary: EnvironmentSpec = {
  ...base,
  name: "main",
  tier: "prod",
  network: { vpcCidr: "10.60.0.0/16" },
};

/** Resolves specs and returns the single error line, failing when nothing or something else is thrown. */
function problems(specs: readonly EnvironmentSpec[], today: Date = TEST_TODAY): string[] {
  try {
    resolveEnvironments(specs, {}, { today });
  } catch (error) {
    if (!(error instanceof InvalidEnvironmentError)) throw error;
    return error.message.split("\n").map((line) => line.replace(/^ {2}- /, ""));
  }
  throw new Error("expected the specs to be rejected");
}

function with_(overrides: Record<string, unknown>): EnvironmentSpec {
  return { ...base, ...overrides } as EnvironmentSpec;
}

describe("the shipped environments", () => {
  const environments = loadEnvironments();

  test("are dev, staging and prod in us-east-1 and prod-dr in us-west-2 on AWS; azure-dev and azure-prod in eastus2 and azure-prod-dr in centralus on Azure; gcp-dev and gcp-prod in us-central1 and gcp-prod-dr in us-east4 on GCP", () => {
    expect(
      environments.map(({ environment }) => [environment.name, environment.cloud, environment.region]),
    ).toEqual([
      ["dev", "aws", "us-east-1"],
      ["staging", "aws", "us-east-1"],
      ["prod", "aws", "us-east-1"],
      ["prod-dr", "aws", "us-west-2"],
      ["azure-dev", "azure", "eastus2"],
      ["azure-prod", "azure", "eastus2"],
      ["azure-prod-dr", "azure", "centralus"],
      ["gcp-dev", "gcp", "us-central1"],
      ["gcp-prod", "gcp", "us-central1"],
      ["gcp-prod-dr", "gcp", "us-east4"],
    ]);
  });

  test("prod-dr restores prod, from prod's recovery region", () => {
    const prod = environments.find(({ environment }) => environment.name === "prod")?.environment;
    const dr = environments.find(({ environment }) => environment.name === "prod-dr");
    expect(dr?.environment.restores).toBe("prod");
    expect(dr?.environment.region).toBe(prod?.recoveryRegion);
    expect(dr?.source?.name).toBe("prod");
  });

  test("every environment carries a recovery region different from its region", () => {
    for (const { environment } of environments) {
      expect(environment.recoveryRegion).not.toBe(environment.region);
    }
  });
});

describe("tier defaults", () => {
  const [dev, prod] = resolveEnvironments([base, primary]);

  test("dev tier: two zones, one NAT gateway, single-AZ database without deletion protection or replication", () => {
    expect(dev?.network.availabilityZones).toEqual(["us-east-1a", "us-east-1b"]);
    expect(dev?.network.natGateways).toBe("single");
    expect(dev?.database).toMatchObject({
      multiAz: false,
      deletionProtection: false,
      finalSnapshot: false,
      replicateBackups: false,
    });
    expect(dev?.artifacts.replicateToRecoveryRegion).toBe(false);
  });

  test("prod tier: three zones, NAT per zone, Multi-AZ, deletion protection, final snapshot, replication", () => {
    expect(prod?.network.availabilityZones).toEqual(["us-east-1a", "us-east-1b", "us-east-1c"]);
    expect(prod?.network.natGateways).toBe("per-az");
    expect(prod?.database).toMatchObject({
      multiAz: true,
      deletionProtection: true,
      finalSnapshot: true,
      replicateBackups: true,
    });
    expect(prod?.database.backupRetentionDays).toBeGreaterThanOrEqual(7);
    expect(prod?.artifacts.replicateToRecoveryRegion).toBe(true);
    expect(prod?.artifacts.accessLogRetentionDays).toBe(365);
  });

  test("an environment overrides only what it names", () => {
    const [resolved] = resolveEnvironments([
      with_({ aws: { accountId: "123456789012", databaseInstanceClass: "db.r6g.xlarge" } }),
    ]);
    expect(resolved?.aws?.databaseInstanceClass).toBe("db.r6g.xlarge");
    expect(resolved?.database.backupRetentionDays).toBe(7);
    expect(resolved?.artifacts.accessLogRetentionDays).toBe(30);
    expect(resolved?.cluster.publicAccessCidrs).toEqual([]);
    expect(resolved?.stateBackend).toEqual({ kind: "local" });
  });
});

describe("bad specs are rejected with environment, field, value and what is allowed", () => {
  test("throws when the cloud is unknown", () => {
    expect(problems([with_({ cloud: "oracle" })])).toEqual([
      'environment "qa", field cloud: got "oracle"; expected one of "aws", "azure", "gcp"',
    ]);
  });

  test("throws when the tier is unknown", () => {
    expect(problems([with_({ tier: "gold" })])).toEqual([
      'environment "qa", field tier: got "gold"; expected one of "dev", "prod"',
    ]);
  });

  test("throws when the VPC CIDR is invalid", () => {
    expect(problems([with_({ network: { vpcCidr: "10.0.0.0/33" } })])).toEqual([
      'environment "qa", field network.vpcCidr: got "10.0.0.0/33"; expected an IPv4 CIDR block from /16 to /20 with no host bits set, such as "10.20.0.0/16"',
    ]);
  });

  test("throws when the VPC CIDR has host bits set", () => {
    expect(problems([with_({ network: { vpcCidr: "10.50.1.0/16" } })])[0]).toContain('got "10.50.1.0/16"');
  });

  test("throws when two environments' VPC ranges overlap", () => {
    expect(problems([base, with_({ name: "qa2", network: { vpcCidr: "10.50.128.0/17" } })])).toEqual([
      'environment "qa2", field network.vpcCidr: got "10.50.128.0/17"; expected a range that does not overlap environment "qa" (10.50.0.0/16)',
    ]);
  });

  test("throws when the service range overlaps the VPC", () => {
    expect(
      problems([with_({ network: { vpcCidr: "10.50.0.0/16", serviceCidr: "10.50.200.0/24" } })]),
    ).toEqual([
      'environment "qa", field network.serviceCidr: got "10.50.200.0/24"; expected a range that does not overlap network.vpcCidr "10.50.0.0/16"',
    ]);
  });

  test("throws when the recovery region equals the primary region", () => {
    expect(problems([with_({ recoveryRegion: "us-east-1" })])).toEqual([
      'environment "qa", field recoveryRegion: got "us-east-1"; expected a region other than the primary region "us-east-1"',
    ]);
  });

  test("throws when the region is not one of the cloud's", () => {
    expect(problems([with_({ region: "westeurope" })])[0]).toMatch(
      /^environment "qa", field region: got "westeurope"; expected one of the aws regions: "us-east-1", /,
    );
  });

  test("throws when a recovery environment names an unknown source", () => {
    expect(
      problems([
        primary,
        with_({ name: "main-dr", region: "us-west-2", recoveryRegion: "us-east-1", restores: "mian" }),
      ]),
    ).toEqual([
      'environment "main-dr", field restores: got "mian"; expected the name of another environment: "main"',
    ]);
  });

  test("throws when a recovery environment is not in its source's recovery region", () => {
    expect(
      problems([
        primary,
        with_({
          name: "main-dr",
          region: "us-east-2",
          recoveryRegion: "us-east-1",
          restores: "main",
          network: { vpcCidr: "10.61.0.0/16" },
        }),
      ]),
    ).toEqual([
      'environment "main-dr", field region: got "us-east-2"; expected "us-west-2", the recovery region of "main"',
    ]);
  });

  test("throws when a recovery environment's source replicates nothing", () => {
    expect(
      problems([
        { ...primary, database: { replicateBackups: false } },
        with_({
          name: "main-dr",
          region: "us-west-2",
          recoveryRegion: "us-east-1",
          restores: "main",
          network: { vpcCidr: "10.61.0.0/16" },
        }),
      ]),
    ).toEqual([
      'environment "main-dr", field restores: got "main"; expected an environment that replicates its database backups and artifacts to "us-west-2" (database.replicateBackups and artifacts.replicateToRecoveryRegion)',
    ]);
  });

  test("throws when the GPU limit is below zero", () => {
    expect(problems([with_({ gpu: { maxGpus: -1 } })])).toEqual([
      'environment "qa", field gpu.maxGpus: got -1; expected an integer of 0 or more (0 disables the GPU pool)',
    ]);
  });

  test("throws when the GPU instance family is not a GPU family", () => {
    expect(problems([with_({ aws: { accountId: "123456789012", gpuInstanceFamilies: ["m5"] } })])).toEqual([
      'environment "qa", field aws.gpuInstanceFamilies: got ["m5"]; expected a non-empty list of the NVIDIA GPU instance families offered in us-east-1: "g4dn", "g5", "g5g", "g6", "g6e", "g7e", "gr6", "p3dn", "p4d", "p4de", "p5", "p5en", "p6-b200" ("m5" has no NVIDIA GPU)',
    ]);
  });

  test("throws when a GPU family is not offered in the environment's region", () => {
    expect(
      problems([with_({ aws: { accountId: "123456789012", gpuInstanceFamilies: ["g5", "p5e"] } })])[0],
    ).toMatch(
      /^environment "qa", field aws.gpuInstanceFamilies: got \["g5","p5e"\]; expected a non-empty list of the NVIDIA GPU instance families offered in us-east-1: .* \("p5e" is offered in .*"us-west-2", not in us-east-1\)$/,
    );
  });

  test("throws when a system node instance type is mistyped", () => {
    expect(
      problems([
        with_({ aws: { accountId: "123456789012", systemNodeInstanceTypes: ["m6i.xlarge", "m6i.larg"] } }),
      ]),
    ).toEqual([
      'environment "qa", field aws.systemNodeInstanceTypes[1]: got "m6i.larg"; expected an EC2 instance type offered in us-east-1, such as "m6i.large" (did you mean "m6i.large"?)',
    ]);
  });

  test("throws when a system node instance type is not offered in the environment's region", () => {
    expect(
      problems([with_({ aws: { accountId: "123456789012", systemNodeInstanceTypes: ["p5e.48xlarge"] } })]),
    ).toEqual([
      'environment "qa", field aws.systemNodeInstanceTypes[0]: got "p5e.48xlarge"; expected an EC2 instance type offered in us-east-1, such as "m6i.large" ("p5e.48xlarge" is offered in "ap-southeast-2", "eu-north-1", "eu-west-2", "us-east-2", "us-west-2", not in us-east-1)',
    ]);
  });

  test("throws when the database instance class is mistyped", () => {
    expect(
      problems([with_({ aws: { accountId: "123456789012", databaseInstanceClass: "db.r6g.larg" } })]),
    ).toEqual([
      'environment "qa", field aws.databaseInstanceClass: got "db.r6g.larg"; expected an RDS for PostgreSQL DB instance class offered in us-east-1, such as "db.r6g.large" (did you mean "db.r6g.large"?)',
    ]);
  });

  test("checks the sizes of a recovery environment in its own region", () => {
    const dr = with_({
      name: "main-dr",
      region: "us-west-2",
      recoveryRegion: "us-east-1",
      restores: "main",
      network: { vpcCidr: "10.61.0.0/16" },
      aws: { accountId: "123456789012", gpuInstanceFamilies: ["p5e"] },
    });
    expect(() => resolveEnvironments([primary, dr])).not.toThrow();
    expect(
      problems([{ ...primary, aws: { accountId: "123456789012", gpuInstanceFamilies: ["p5e"] } }, dr]),
    ).toEqual([
      expect.stringMatching(
        /^environment "main", field aws.gpuInstanceFamilies: got \["p5e"\]; expected .* in us-east-1: /,
      ),
    ]);
  });

  test("checks sizes only in a region the platform supports: an unsupported one is reported once, as the region", () => {
    expect(
      problems([
        with_({
          region: "sa-east-1",
          aws: { accountId: "123456789012", databaseInstanceClass: "db.r6g.larg" },
        }),
      ]),
    ).toEqual([
      expect.stringMatching(
        /^environment "qa", field region: got "sa-east-1"; expected one of the aws regions: /,
      ),
    ]);
  });

  test("throws when the cluster version is outside the supported window", () => {
    expect(problems([with_({ cluster: { version: "1.27" } })])).toEqual([
      'environment "qa", field cluster.version: got "1.27"; expected a supported Kubernetes version: "1.34", "1.35"',
    ]);
  });

  test("throws when the cluster version has left EKS standard support, where EKS would upgrade it itself", () => {
    const spec = with_({ cluster: { version: "1.34" } });
    expect(() => resolveEnvironments([spec], {}, { today: new Date("2026-12-02T23:00:00Z") })).not.toThrow();
    expect(problems([spec], new Date("2026-12-03T00:00:00Z"))).toEqual([
      'environment "qa", field cluster.version: got "1.34"; expected a version still in EKS standard support on 2026-12-03: "1.35" (1.34\'s ended on 2026-12-02; EKS then upgrades the control plane by itself and the next plan would try to downgrade it)',
    ]);
  });

  test("npm run synth reminds of the end of standard support in the last 90 days", () => {
    const [resolved] = resolveEnvironments(
      [with_({ cluster: { version: "1.35" } })],
      {},
      { today: TEST_TODAY },
    );
    const env = resolved as Environment;
    expect(kubernetesUpgradeReminder(env, new Date("2026-12-01T00:00:00Z"))).toBeUndefined();
    expect(kubernetesUpgradeReminder(env, new Date("2027-03-01T00:00:00Z"))).toBe(
      "qa: Kubernetes 1.35 leaves EKS standard support on 2027-03-27 (in 27 days); raise cluster.version in config/environments/qa.ts before then (EKS then upgrades the control plane by itself and the next plan would try to downgrade it)",
    );
  });

  test("throws when the node image is not a pinned AMI release", () => {
    expect(problems([with_({ aws: { ...base.aws, nodeImageRelease: "latest" } })])).toEqual([
      'environment "qa", field aws.nodeImageRelease: got "latest"; expected an EKS AL2023 AMI release such as "v20260714" (a pinned release: "latest" would replace every node whenever AWS publishes one)',
    ]);
  });

  test("throws when two environments share a name", () => {
    expect(problems([base, with_({ network: { vpcCidr: "10.51.0.0/16" } })])).toEqual([
      'environment "qa", field name: got "qa"; expected a name no other environment uses',
    ]);
  });

  test("throws when the name cannot name cloud resources", () => {
    expect(problems([with_({ name: "QA_1" })])).toEqual([
      'environment "QA_1", field name: got "QA_1"; expected 2-18 lowercase letters, digits or hyphens, starting with a letter',
    ]);
  });

  test("throws when the API endpoint would be open to the internet", () => {
    expect(problems([with_({ cluster: { publicAccessCidrs: ["0.0.0.0/0"] } })])[0]).toBe(
      'environment "qa", field cluster.publicAccessCidrs[0]: got "0.0.0.0/0"; expected a specific IPv4 CIDR block such as "203.0.113.0/24" (never 0.0.0.0/0; leave the list empty for a private endpoint)',
    );
  });

  test("throws when node group sizes are impossible", () => {
    expect(
      problems([with_({ cluster: { systemNodes: { minSize: 3, desiredSize: 2, maxSize: 4 } } })]),
    ).toEqual([
      'environment "qa", field cluster.systemNodes.desiredSize: got 2; expected an integer from minSize (3) to maxSize (4)',
    ]);
  });

  test("throws when database sizes are impossible", () => {
    expect(
      problems([with_({ database: { allocatedStorageGiB: 200, maxAllocatedStorageGiB: 100 } })]),
    ).toEqual([
      'environment "qa", field database.maxAllocatedStorageGiB: got 100; expected an integer from allocatedStorageGiB (200) to 65536',
    ]);
  });

  test("throws when backups are kept less than 7 days", () => {
    expect(problems([with_({ database: { backupRetentionDays: 3 } })])).toEqual([
      'environment "qa", field database.backupRetentionDays: got 3; expected an integer from 7 to 35',
    ]);
  });

  test("throws when access logs would be kept no day, part of a day or past ten years", () => {
    expect(problems([with_({ artifacts: { accessLogRetentionDays: 0 } })])).toEqual([
      'environment "qa", field artifacts.accessLogRetentionDays: got 0; expected an integer from 1 to 3650',
    ]);
    expect(problems([with_({ artifacts: { accessLogRetentionDays: 1.5 } })])).toEqual([
      'environment "qa", field artifacts.accessLogRetentionDays: got 1.5; expected an integer from 1 to 3650',
    ]);
    expect(problems([with_({ artifacts: { accessLogRetentionDays: 3651 } })])).toEqual([
      'environment "qa", field artifacts.accessLogRetentionDays: got 3651; expected an integer from 1 to 3650',
    ]);
  });

  test("throws when an AWS environment has no account id", () => {
    expect(problems([with_({ aws: undefined })])).toEqual([
      'environment "qa", field aws: got undefined; expected a section of fields (an object); this field is required',
    ]);
    expect(problems([with_({ aws: { accountId: "12" } })])).toEqual([
      'environment "qa", field aws.accountId: got "12"; expected the 12-digit id of the AWS account the environment deploys to',
    ]);
  });

  test("an environment that restores one whose spec is malformed reports nothing of its own", () => {
    const specs = ENVIRONMENT_SPECS.map((spec) =>
      spec.name === "prod" ? { ...spec, tier: "production" } : spec,
    );
    expect(problemsOf(specs as never)).toEqual([
      'environment "prod", field tier: got "production"; expected one of "dev", "prod"',
    ]);
    const failedOver = ENVIRONMENT_SPECS.map((spec) =>
      spec.name === "prod"
        ? { ...spec, failedOverTo: "prod-dr" }
        : spec.name === "prod-dr"
          ? { ...spec, network: { vpcCidr: 31 } }
          : spec,
    );
    expect(problemsOf(failedOver as never)).toEqual([
      'environment "prod-dr", field network.vpcCidr: got 31; expected a string',
    ]);
  });

  test("cluster.nodeImageRelease has moved to aws.nodeImageRelease, and says so", () => {
    expect(problems([with_({ cluster: { nodeImageRelease: "v20260714" } })])).toEqual([
      'environment "qa", field cluster.nodeImageRelease: got "v20260714"; expected no field "nodeImageRelease" here: it moved to aws.nodeImageRelease (the node image is an EKS-optimized AMI release: AWS environments only)',
    ]);
  });

  describe("values copied from another environment's file", () => {
    test("two environments syncing the same GitOps folder", () => {
      const copy = {
        ...ENVIRONMENT_SPECS[0],
        name: "qa",
        network: { vpcCidr: "10.70.0.0/16" },
        gitops: { path: "dist/dev" },
      };
      expect(problemsOf([...ENVIRONMENT_SPECS, copy as never])).toEqual([
        'environment "qa", field gitops.path: got "dist/dev"; expected a folder of its own in https://github.com/mlops-platform/mlops-platform.git at main, neither inside nor containing another environment\'s: environment "dev" already syncs "dist/dev" (leave gitops.path out for dist/qa)',
      ]);
    });

    test("the same GitOps folder is the problem of the environment that sets it, even when it comes first", () => {
      // dev takes staging's default folder: staging, later in the list and on its default, is not to blame.
      const specs = ENVIRONMENT_SPECS.map((spec) =>
        spec.name === "dev" ? { ...spec, gitops: { path: "dist/staging" } } : spec,
      );
      expect(problemsOf(specs as never)).toEqual([
        'environment "dev", field gitops.path: got "dist/staging"; expected a folder of its own in https://github.com/mlops-platform/mlops-platform.git at main, neither inside nor containing another environment\'s: environment "staging" already syncs "dist/staging" (leave gitops.path out for dist/dev)',
      ]);
    });

    test("a GitOps folder inside, or holding, another environment's", () => {
      const inside = ENVIRONMENT_SPECS.map((spec) =>
        spec.name === "staging" ? { ...spec, gitops: { path: "dist/dev/staging" } } : spec,
      );
      expect(problemsOf(inside as never)).toEqual([
        'environment "staging", field gitops.path: got "dist/dev/staging"; expected a folder of its own in https://github.com/mlops-platform/mlops-platform.git at main, neither inside nor containing another environment\'s: it is inside "dist/dev", the folder of environment "dev" (publishing that one would prune it) (leave gitops.path out for dist/staging)',
      ]);
      const holding = ENVIRONMENT_SPECS.map((spec) =>
        spec.name === "gcp-prod-dr" ? { ...spec, gitops: { path: "dist" } } : spec,
      );
      expect(problemsOf(holding as never)[0]).toBe(
        'environment "gcp-prod-dr", field gitops.path: got "dist"; expected a folder of its own in https://github.com/mlops-platform/mlops-platform.git at main, neither inside nor containing another environment\'s: it contains "dist/dev", the folder of environment "dev" (publishing this one would prune it) (leave gitops.path out for dist/gcp-prod-dr)',
      );
      // A "." segment would name a folder twice over: paths are refused unless canonical.
      const dotted = ENVIRONMENT_SPECS.map((spec) =>
        spec.name === "staging" ? { ...spec, gitops: { path: "dist/./staging" } } : spec,
      );
      expect(problemsOf(dotted as never)).toEqual([
        'environment "staging", field gitops.path: got "dist/./staging"; expected a relative folder in the repository, such as "dist/prod"',
      ]);
      // Another revision of the repository is another tree: the same folder there is no clash.
      const otherRevision = ENVIRONMENT_SPECS.map((spec) =>
        spec.name === "staging" ? { ...spec, gitops: { revision: "staging", path: "dist/dev" } } : spec,
      );
      expect(() => resolveEnvironments(otherRevision as never, {}, { today: TEST_TODAY })).not.toThrow();
    });

    test("another environment's Terraform state, on every cloud's backend", () => {
      const s3 = { kind: "s3", bucket: "acme-tfstate" };
      const aws = ENVIRONMENT_SPECS.map((spec) =>
        spec.name === "dev"
          ? { ...spec, stateBackend: { ...s3, key: "mlops-platform/prod/terraform.tfstate" } }
          : spec.name === "prod"
            ? { ...spec, stateBackend: s3 }
            : spec,
      );
      expect(problemsOf(aws as never)).toEqual([
        'environment "prod", field stateBackend.key: got "mlops-platform/prod/terraform.tfstate"; expected a state of its own: environment "dev" already keeps its Terraform state at s3://acme-tfstate/mlops-platform/prod/terraform.tfstate, and each deploy would overwrite the other\'s (leave stateBackend.key out for the environment\'s own)',
      ]);
      const blob = { kind: "azurerm", resourceGroupName: "rg-tfstate", storageAccountName: "acmetfstate" };
      const azure = ENVIRONMENT_SPECS.map((spec) =>
        spec.name === "azure-dev" || spec.name === "azure-prod"
          ? { ...spec, stateBackend: { ...blob, key: "platform.tfstate" } }
          : spec,
      );
      expect(problemsOf(azure as never)).toEqual([
        'environment "azure-prod", field stateBackend.key: got "platform.tfstate"; expected a state of its own: environment "azure-dev" already keeps its Terraform state at https://acmetfstate.blob.core.windows.net/tfstate/platform.tfstate, and each deploy would overwrite the other\'s (leave stateBackend.key out for the environment\'s own)',
      ]);
      const gcs = ENVIRONMENT_SPECS.map((spec) =>
        spec.name.startsWith("gcp-")
          ? { ...spec, stateBackend: { kind: "gcs", bucket: "acme-tfstate", prefix: "mlops" } }
          : spec,
      );
      expect(problemsOf(gcs as never)).toEqual([
        'environment "gcp-prod", field stateBackend.prefix: got "mlops"; expected a state of its own: environment "gcp-dev" already keeps its Terraform state at gs://acme-tfstate/mlops, and each deploy would overwrite the other\'s (leave stateBackend.prefix out for the environment\'s own)',
        'environment "gcp-prod-dr", field stateBackend.prefix: got "mlops"; expected a state of its own: environment "gcp-dev" already keeps its Terraform state at gs://acme-tfstate/mlops, and each deploy would overwrite the other\'s (leave stateBackend.prefix out for the environment\'s own)',
      ]);
      // One bucket for every environment, each under its own default key: accepted.
      const shared = ENVIRONMENT_SPECS.map((spec) =>
        spec.cloud === "aws" ? { ...spec, stateBackend: s3 } : spec,
      );
      expect(() => resolveEnvironments(shared as never, {}, { today: TEST_TODAY })).not.toThrow();
    });

    test("a retraining dataset in another environment's bucket", () => {
      const staging = ENVIRONMENT_SPECS.map((spec) =>
        spec.name === "staging"
          ? {
              ...spec,
              training: {
                retrainSchedule: "@weekly",
                retrainModel: "my-model",
                retrainDatasetUrl: "s3://mlops-platform-prod-mlflow-artifacts/datasets/my-model/latest.csv",
              },
            }
          : spec,
      );
      expect(problemsOf(staging as never)).toEqual([
        'environment "staging", field training.retrainDatasetUrl: got "s3://mlops-platform-prod-mlflow-artifacts/datasets/my-model/latest.csv"; expected a dataset of this environment (in its own bucket mlops-platform-staging-mlflow-artifacts, or an https:// URL): it is in the bucket of environment "prod"',
      ]);
    });
  });

  describe("the spec's shape: nothing is silently ignored or coerced", () => {
    test("ranges are the schema's own: a spec parsed by the schema alone is refused out of range", () => {
      const schema = environmentSpecSchema();
      const parse = (overrides: Record<string, unknown>) =>
        schemaProblems(schema, { ...base, ...overrides }).map(({ field, allowed, outOfRange }) => ({
          field,
          allowed,
          outOfRange,
        }));
      expect(parse({ database: { backupRetentionDays: 36 } })).toEqual([
        { field: "database.backupRetentionDays", allowed: "an integer from 7 to 35", outOfRange: true },
      ]);
      expect(parse({ artifacts: { accessLogRetentionDays: 3651 } })).toEqual([
        { field: "artifacts.accessLogRetentionDays", allowed: "an integer from 1 to 3650", outOfRange: true },
      ]);
      expect(parse({ cluster: { systemNodes: { diskSizeGiB: 10 } } })).toEqual([
        { field: "cluster.systemNodes.diskSizeGiB", allowed: "an integer from 20 to 1000", outOfRange: true },
      ]);
      expect(parse({ models: [{ name: "m", format: "sklearn", canaryTrafficPercent: 101 }] })).toEqual([
        {
          field: "models[0].canaryTrafficPercent",
          allowed: "an integer percentage from 0 to 100",
          outOfRange: true,
        },
      ]);
      expect(parse({ gpu: { capacityTypes: [] } })).toEqual([
        { field: "gpu.capacityTypes", allowed: 'a non-empty list of "on-demand", "spot"', outOfRange: true },
      ]);
      expect(parse({ network: { vpcCidr: "10.50.0.0/16", availabilityZoneCount: 1 } })).toEqual([
        { field: "network.availabilityZoneCount", allowed: "an integer from 2 to 3", outOfRange: true },
      ]);
    });

    test("a value of the wrong type stops the rules after the schema, which assume the shape", () => {
      // recoveryRegion equal to region would be reported by the rules; the quoted number stops them.
      expect(problems([with_({ recoveryRegion: "us-east-1", gpu: { maxGpus: "4" } })])).toEqual([
        'environment "qa", field gpu.maxGpus: got "4"; expected a number (unquoted: a string in quotes is not one)',
      ]);
    });

    test("a misspelled section or field is refused, with the nearest known name", () => {
      expect(problems([with_({ databse: { multiAz: true } })])).toEqual([
        'environment "qa", field databse: got {"multiAz":true}; expected no field "databse" here: did you mean "database"? Known fields: artifacts, aws, backups, cloud, cluster, database, failedOverTo, gitops, gpu, guardrails, mlflow, models, name, network, recoveryRegion, region, restores, stateBackend, tags, tier, training',
      ]);
      expect(problems([with_({ gpu: { maxGPUs: 8 } })])).toEqual([
        'environment "qa", field gpu.maxGPUs: got 8; expected no field "maxGPUs" here: did you mean "maxGpus"? Known fields: capacityTypes, maxCpu, maxGpus',
      ]);
      const model = { name: "churn", format: "sklearn", deploymentMode: "Knative", canaryTraffic: 10 };
      expect(problems([with_({ models: [model] })])[0]).toBe(
        'environment "qa", field models[0].canaryTraffic: got 10; expected no field "canaryTraffic" here: did you mean "canaryTrafficPercent"? Known fields: canaryTrafficPercent, critical, deploymentMode, format, gpus, maxReplicas, minReplicas, name, path, resources',
      );
    });

    test("a quoted boolean or number is not taken for one", () => {
      expect(
        problems([with_({ database: { deletionProtection: "false", backupRetentionDays: "14" } })]),
      ).toEqual([
        "2 problems in the environment specs:",
        'environment "qa", field database.backupRetentionDays: got "14"; expected a number (unquoted: a string in quotes is not one)',
        'environment "qa", field database.deletionProtection: got "false"; expected true or false (unquoted: a string in quotes is not one)',
      ]);
    });

    test("a fractional count and an unknown state backend are refused", () => {
      expect(problems([with_({ gpu: { maxGpus: 2.5 } })])).toEqual([
        'environment "qa", field gpu.maxGpus: got 2.5; expected an integer of 0 or more (0 disables the GPU pool)',
      ]);
      expect(problems([with_({ stateBackend: { kind: "gcs", bucket: "b" } })])).toEqual([
        'environment "qa", field stateBackend.kind: got "gcs"; expected one of "local", "s3"',
      ]);
    });
  });

  test("throws when a prod-tier environment has fewer than three zones", () => {
    expect(
      problems([{ ...primary, network: { vpcCidr: "10.60.0.0/16", availabilityZoneCount: 2 } }]),
    ).toEqual([
      'environment "main", field network.availabilityZoneCount: got 2; expected 3 in the prod tier',
    ]);
  });

  test("throws when the S3 state bucket name is invalid", () => {
    expect(problems([with_({ stateBackend: { kind: "s3", bucket: "Bad_Bucket" } })])).toEqual([
      'environment "qa", field stateBackend.bucket: got "Bad_Bucket"; expected an S3 bucket name: 3-63 lowercase letters, digits, dots or hyphens',
    ]);
  });

  describe("models, backups and training", () => {
    const model = { name: "churn", format: "sklearn" } as const;

    test("throws when a canary is asked of a mode where KServe ignores it", () => {
      expect(problems([with_({ models: [{ ...model, canaryTrafficPercent: 10 }] })])).toEqual([
        'environment "qa", field models[0].canaryTrafficPercent: got 10; expected no canary in deploymentMode "Standard": KServe honours canaryTrafficPercent only in "Knative" mode',
      ]);
    });

    test("accepts a canary in Knative mode, within 0-100", () => {
      expect(() =>
        resolveEnvironments([
          with_({ models: [{ ...model, deploymentMode: "Knative", canaryTrafficPercent: 10 }] }),
        ]),
      ).not.toThrow();
      expect(
        problems([with_({ models: [{ ...model, deploymentMode: "Knative", canaryTrafficPercent: 120 }] })]),
      ).toEqual([
        'environment "qa", field models[0].canaryTrafficPercent: got 120; expected an integer percentage from 0 to 100',
      ]);
    });

    test("throws when min replicas exceed max replicas", () => {
      expect(problems([with_({ models: [{ ...model, minReplicas: 5, maxReplicas: 3 }] })])).toEqual([
        'environment "qa", field models[0].minReplicas: got 5; expected at most maxReplicas (3)',
      ]);
    });

    test("throws when a critical model could scale to zero", () => {
      expect(
        problems([
          with_({ models: [{ ...model, deploymentMode: "Knative", critical: true, minReplicas: 0 }] }),
        ]),
      ).toEqual([
        'environment "qa", field models[0].minReplicas: got 0; expected at least 1 for a critical model (a cold start would break its latency objective)',
      ]);
    });

    test("throws when a GPU model is placed on an environment without a GPU pool", () => {
      expect(problems([with_({ gpu: { maxGpus: 0 }, models: [{ ...model, gpus: 1 }] })])).toEqual([
        'environment "qa", field models[0].gpus: got 1; expected 0: this environment has no GPU pool (gpu.maxGpus is 0)',
      ]);
    });

    test("throws when a model name is not a valid Kubernetes name", () => {
      expect(problems([with_({ models: [{ ...model, name: "Churn_Model" }] })])).toEqual([
        'environment "qa", field models[0].name: got "Churn_Model"; expected a Kubernetes name of 1-24 lowercase letters, digits or hyphens, starting with a letter and ending with a letter or digit',
      ]);
    });

    test("throws when two models share a name", () => {
      expect(problems([with_({ models: [model, model] })])).toEqual([
        'environment "qa", field models[1].name: got "churn"; expected a name no other model of this environment uses',
      ]);
    });

    test("throws when the backup schedule is not a cron expression", () => {
      expect(problems([with_({ backups: { schedule: "every night" } })])).toEqual([
        'environment "qa", field backups.schedule: got "every night"; expected a cron schedule of five fields (minute hour day-of-month month day-of-week), such as "17 2 * * *"',
      ]);
      expect(problems([with_({ backups: { schedule: "61 2 * * *" } })])[0]).toContain('got "61 2 * * *"');
      expect(problems([with_({ backups: { schedule: "0 17 2 * * *" } })])[0]).toContain('got "0 17 2 * * *"');
      // Valid for some cron dialects, but not for Kubernetes CronJobs.
      expect(problems([with_({ backups: { schedule: "0 2 L * *" } })])[0]).toContain('got "0 2 L * *"');
      expect(problems([with_({ backups: { schedule: "0 2 * * 1#2" } })])[0]).toContain('got "0 2 * * 1#2"');
    });

    test("throws when scheduled retraining names a model the environment does not serve", () => {
      expect(
        problems([
          with_({
            models: [model],
            training: {
              retrainSchedule: "@weekly",
              retrainModel: "fraud",
              retrainDatasetUrl: "s3://b/d.csv",
            },
          }),
        ]),
      ).toEqual([
        'environment "qa", field training.retrainModel: got "fraud"; expected the name of one of the environment\'s models: "churn"',
      ]);
    });

    test("throws when scheduled retraining targets a model whose format the pipeline cannot produce", () => {
      const forecast = { name: "forecast", format: "xgboost" as const };
      expect(
        problems([
          with_({
            models: [model, forecast],
            training: {
              retrainSchedule: "@weekly",
              retrainModel: "forecast",
              retrainDatasetUrl: "s3://b/d.csv",
            },
          }),
        ]),
      ).toEqual([
        'environment "qa", field training.retrainModel: got "forecast"; expected a model whose format the training pipeline produces ("sklearn"; "forecast" is served as "xgboost"): "churn"',
      ]);
    });

    test("throws when scheduled retraining reads its dataset over plain http", () => {
      expect(
        problems([
          with_({
            models: [model],
            training: {
              retrainSchedule: "@weekly",
              retrainModel: "churn",
              retrainDatasetUrl: "http://example.com/d.csv",
            },
          }),
        ]),
      ).toEqual([
        'environment "qa", field training.retrainDatasetUrl: got "http://example.com/d.csv"; expected the URL of the dataset to train on: s3://... or https://... (the training steps read no other scheme)',
      ]);
    });

    test("throws when the database pins a minor version or an unsupported major", () => {
      expect(problems([with_({ database: { engineVersion: "16.8" } })])).toEqual([
        'environment "qa", field database.engineVersion: got "16.8"; expected a PostgreSQL major version: "15", "16", "17" (minor versions are applied by the cloud\'s automatic upgrades; a pinned minor would make the next plan try a downgrade)',
      ]);
      expect(problems([with_({ database: { engineVersion: "13" } })])[0]).toContain('got "13"');
    });

    test("model defaults: one warm replica, three at most, Standard mode, no GPU", () => {
      const [resolved] = resolveEnvironments([with_({ models: [model] })]);
      expect(resolved?.models[0]).toEqual({
        name: "churn",
        format: "sklearn",
        path: "churn",
        minReplicas: 1,
        maxReplicas: 3,
        critical: false,
        resources: { cpu: "500m", memory: "1Gi" },
        gpus: 0,
        deploymentMode: "Standard",
      });
    });
  });

  test("reports every problem at once, one line each", () => {
    const lines = problems([
      with_({ recoveryRegion: "us-east-1", gpu: { maxGpus: -2 }, cluster: { version: "2.0" } }),
    ]);
    expect(lines[0]).toBe("3 problems in the environment specs:");
    expect(lines.slice(1).map((line) => line.split(":")[0])).toEqual([
      // The schema's range checks first, then the rules after it: both run on one spec.
      'environment "qa", field gpu.maxGpus',
      'environment "qa", field recoveryRegion',
      'environment "qa", field cluster.version',
    ]);
  });

  test("the shipped specs are valid, today", () => {
    // Against the real date: this fails once a shipped version leaves standard support.
    expect(() => resolveEnvironments(ENVIRONMENT_SPECS)).not.toThrow();
  });
});
