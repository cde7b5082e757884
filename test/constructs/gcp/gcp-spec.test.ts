import type { EnvironmentSpec } from "../../../config/environment-spec";
import { gcpDev } from "../../../config/environments/gcp-dev";
import { gcpProd } from "../../../config/environments/gcp-prod";
import { isServiceAccountId, serviceAccountEmail, serviceAccountId } from "../../../constructs/gcp/gcp-names";
import { planGcpNetwork } from "../../../constructs/gcp/gcp-network-layout";
import { problemsOf } from "../../support/spec-problems";
import { synthStack } from "../../support/terraform-json";

/** A GCP environment "qa" like `base`, with its own range, changed by `overrides`. */
function qa(overrides: Record<string, unknown>, base: EnvironmentSpec = gcpDev): EnvironmentSpec {
  return { ...base, name: "qa", network: { vpcCidr: "10.70.0.0/16" }, ...overrides } as EnvironmentSpec;
}
const project = (settings: Record<string, unknown> = {}) => ({
  gcp: { projectId: "mlops-qa-1", ...settings },
});
const pool = (acceleratorType: string, machineType: string, more: Record<string, unknown> = {}) =>
  project({ gpuPools: [{ acceleratorType, machineType, ...more }] });

describe("a GCP spec is refused, naming the field, the value and what is allowed", () => {
  test.each([
    [
      "a project id that is not one",
      qa({ gcp: { projectId: "Bad_Project" } }),
      'environment "qa", field gcp.projectId: got "Bad_Project"; expected the id of the GCP project the environment deploys to: 6-30 lowercase letters, digits or hyphens, starting with a letter',
    ],
    [
      "a misspelt machine type",
      qa(project({ systemMachineTypes: ["e2-standrd-4"] })),
      'environment "qa", field gcp.systemMachineTypes[0]: got "e2-standrd-4"; expected a predefined Compute Engine machine type of at least 2 vCPUs, <family>-<standard|highmem|highcpu>-<vCPUs> with family e2, n1, n2, n2d, n4, c2, c2d, c3, c3d, c4 or t2d, such as "e2-standard-4"',
    ],
    [
      "an accelerator GKE does not attach",
      qa(pool("nvidia-l5", "g2-standard-8")),
      'environment "qa", field gcp.gpuPools[0].acceleratorType: got "nvidia-l5"; expected a GPU accelerator type GKE attaches: "nvidia-tesla-t4", "nvidia-l4", "nvidia-tesla-a100", "nvidia-a100-80gb", "nvidia-h100-80gb", "nvidia-h100-mega-80gb"',
    ],
    [
      "an accelerator on a machine type that does not take it",
      qa(pool("nvidia-l4", "n1-standard-8")),
      'environment "qa", field gcp.gpuPools[0].machineType: got "n1-standard-8"; expected a machine type that comes with NVIDIA L4 GPUs: "g2-standard-4", "g2-standard-8", "g2-standard-12", "g2-standard-16", "g2-standard-32", "g2-standard-24", "g2-standard-48", "g2-standard-96"',
    ],
    [
      "a GPU count other than the machine type's",
      qa(pool("nvidia-tesla-a100", "a2-highgpu-2g", { acceleratorCount: 1 })),
      'environment "qa", field gcp.gpuPools[0].acceleratorCount: got 1; expected 2, the number of NVIDIA A100 40GB GPUs machine type a2-highgpu-2g comes with (or leave it out)',
    ],
    [
      "a GPU pool whose nodes do not fit gpu.maxGpus",
      qa(pool("nvidia-tesla-a100", "a2-highgpu-8g")),
      'environment "qa", field gpu.maxGpus: got 4; expected at least 16: each of the 2 GPU node pools gets an equal share, and each node of machine type a2-highgpu-8g has 8 GPU(s)',
    ],
    [
      "GPU time-sharing beyond GKE's limit",
      qa(pool("nvidia-l4", "g2-standard-8", { timeSharingMaxClients: 100 })),
      'environment "qa", field gcp.gpuPools[0].timeSharingMaxClients: got 100; expected an integer from 2 to 48 (containers sharing one GPU), or leave it out',
    ],
    [
      "a custom tier with an odd number of vCPUs",
      qa(project({ databaseTier: "db-custom-3-8192" })),
      'environment "qa", field gcp.databaseTier: got "db-custom-3-8192"; expected a Cloud SQL Enterprise custom tier db-custom-<vCPUs>-<memory MiB>: 1 or an even number of vCPUs up to 96, memory a multiple of 256 MiB from 3840 MiB and from 0.9 to 6.5 GiB per vCPU, such as "db-custom-2-8192" (shared-core tiers have no SLA)',
    ],
    [
      "a shared-core tier",
      qa(project({ databaseTier: "db-f1-micro" })),
      'environment "qa", field gcp.databaseTier: got "db-f1-micro"; expected a Cloud SQL Enterprise custom tier db-custom-<vCPUs>-<memory MiB>: 1 or an even number of vCPUs up to 96, memory a multiple of 256 MiB from 3840 MiB and from 0.9 to 6.5 GiB per vCPU, such as "db-custom-2-8192" (shared-core tiers have no SLA)',
    ],
    [
      "a tag that is no GCP label",
      qa({ ...project(), tags: { CostCenter: "ML" } }),
      'environment "qa", field tags.CostCenter: got "ML"; expected a GCP label: key and value of lowercase letters, digits, underscores or hyphens, at most 63 characters, the key starting with a letter',
    ],
    [
      "a recovery region on another continent than the dual-region bucket allows",
      qa({ ...project(), recoveryRegion: "europe-west4", training: {} }, gcpProd),
      'environment "qa", field recoveryRegion: got "europe-west4"; expected a region of the same continent as "us-central1": the artifact bucket is a dual-region bucket over both',
    ],
    [
      "a state bucket that is no GCS bucket name",
      qa({ ...project(), stateBackend: { kind: "gcs", bucket: "Bad.Bucket" } }),
      'environment "qa", field stateBackend.bucket: got "Bad.Bucket"; expected a GCS bucket name: 3-63 lowercase letters, digits, hyphens or underscores',
    ],
    [
      "an unknown field of the gcp block",
      qa(project({ machineTypes: [] })),
      'environment "qa", field gcp.machineTypes: got []; expected no field "machineTypes" here. Known fields: databaseEdition, databaseTier, gpuPools, nodeAutoProvisioning, projectId, projectNumber, systemMachineTypes, turboReplication',
    ],
  ])("%s", (_what, spec, message) => {
    expect(problemsOf([spec])).toEqual([message]);
  });

  test("an AWS block on a GCP environment", () => {
    expect(problemsOf([qa({ ...project(), aws: { accountId: "111111111111" } })])).toEqual([
      'environment "qa", field aws: got {"accountId":"111111111111"}; expected no field "aws" here: did you mean "tags"? Known fields: artifacts, backups, cloud, cluster, database, failedOverTo, gcp, gitops, gpu, guardrails, mlflow, models, name, network, recoveryRegion, region, restores, stateBackend, tags, tier, training',
    ]);
  });
});

describe("service account ids", () => {
  test("fit GCP's 6-30 characters, deterministically, and stay distinct when cut", () => {
    expect(serviceAccountId("mlops-platform-gcp-prod-mlflow")).toBe("mlp-gcp-prod-mlflow");
    const long = serviceAccountId("mlops-platform-gcp-prod-dr-model-text-embedder");
    const other = serviceAccountId("mlops-platform-gcp-prod-dr-model-text-embedder-2");
    expect(long).toHaveLength(30);
    expect(long).toBe(serviceAccountId("mlops-platform-gcp-prod-dr-model-text-embedder"));
    expect(long).not.toBe(other);
    expect(long.slice(0, 25)).toBe(other.slice(0, 25));
    for (const id of [long, other]) expect(isServiceAccountId(id)).toBe(true);
    expect(serviceAccountEmail("mlops-platform-gcp-prod-mlflow", "p-1234")).toBe(
      "mlp-gcp-prod-mlflow@p-1234.iam.gserviceaccount.com",
    );
  });

  test("a cut never leaves a hyphen before the digest", () => {
    // 25 characters of "mlp-..." end on a hyphen here.
    const id = serviceAccountId("mlops-platform-abcdefghijklmnopqrst-uvwxyz");
    expect(id).toMatch(/^mlp-abcdefghijklmnopqrst-[0-9a-f]{4}$/);
    expect(id).not.toMatch(/--/);
  });
});

describe("network layout", () => {
  test("pods, nodes, Private Service Access and the control plane are disjoint parts of the VPC range", () => {
    expect(planGcpNetwork("10.61.0.0/16")).toEqual({
      pods: "10.61.0.0/17",
      nodes: "10.61.128.0/19",
      privateServices: "10.61.160.0/19",
      controlPlane: "10.61.255.240/28",
    });
  });
});

describe("state", () => {
  test("in GCS when the spec names a bucket, under the environment's prefix", () => {
    const specs = [qa({ ...project(), stateBackend: { kind: "gcs", bucket: "acme-terraform-state" } })];
    expect(synthStack("qa", specs).json.terraform.backend).toEqual({
      gcs: { bucket: "acme-terraform-state", prefix: "mlops-platform/qa" },
    });
  });

  test("locally otherwise, at the project root", () => {
    expect(synthStack("gcp-dev").json.terraform.backend).toEqual({
      local: { path: "../../../terraform.gcp-dev.tfstate" },
    });
  });
});
