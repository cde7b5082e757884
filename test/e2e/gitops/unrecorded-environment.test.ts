/**
 * An environment whose cluster layer synth skips (its cloud assigns a value at apply that is not recorded
 * yet) keeps its folder in the GitOps repository as it is: publishing must not prune it to nothing.
 * The scratch cloud (test/clouds) is such a cloud; it is registered here the way its own test does.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ENVIRONMENT_SPECS } from "../../../config/environments";
import type { Cloud } from "../../../constructs/cloud";
import { publishClusterLayer } from "../../../tools/gitops/publish";
import { GitOpsFixture, git } from "./git-fixture";

jest.mock("../../../constructs/clouds", () => {
  const actual = jest.requireActual("../../../constructs/clouds");
  const { scratchCloud } = jest.requireActual("../../clouds/scratch-cloud-definition");
  const list = [...actual.CLOUD_LIST, scratchCloud];
  const registry = new Map(list.map((cloud: Cloud) => [cloud.name, cloud]));
  return {
    CLOUD_LIST: list,
    CLOUDS: registry,
    cloudOf: (name: string) => {
      const cloud = registry.get(name);
      if (!cloud) throw new Error(`no cloud "${name}"`);
      return cloud;
    },
  };
});

const REPOSITORY = "https://git.example.com/platform/gitops.git";

const lab = {
  name: "lab",
  cloud: "scratch",
  region: "lab-north",
  recoveryRegion: "lab-south",
  tier: "dev",
  network: { vpcCidr: "10.99.0.0/16" },
  models: [{ name: "churn", format: "sklearn" }],
  gitops: { repositoryUrl: REPOSITORY },
} as const;

describe("publishing with an environment whose outputs are not recorded", () => {
  let fixture: GitOpsFixture;
  let scratch: string;
  beforeEach(() => {
    fixture = new GitOpsFixture(REPOSITORY, {
      "dist/lab/mlflow.k8s.yaml": "kind: Deployment # published before the record was lost\n",
    });
    scratch = mkdtempSync(join(tmpdir(), "gitops-unrecorded-"));
  });
  afterEach(() => {
    fixture.dispose();
    rmSync(scratch, { recursive: true, force: true });
  });

  test("its folder is left untouched, the others are published, and the output says why", () => {
    const specs = [
      ...ENVIRONMENT_SPECS.filter((spec) => spec.name === "dev").map((spec) => ({
        ...spec,
        gitops: { repositoryUrl: REPOSITORY },
      })),
      lab as never,
    ];
    const result = publishClusterLayer({
      repo: fixture.checkout,
      specs,
      environments: ["dev", "lab"],
      recordedOutputsDir: join(scratch, "recorded"),
      sourceDir: scratch,
    });
    expect(result.changed).toEqual(["dev"]);
    expect(fixture.read("dist/lab/mlflow.k8s.yaml")).toBe(
      "kind: Deployment # published before the record was lost\n",
    );
    expect(
      git(fixture.checkout, "show", "--name-only", "--format=", "HEAD").split("\n").filter(Boolean),
    ).toEqual(expect.not.arrayContaining([expect.stringMatching(/^dist\/lab\//)]));
    expect(result.notes).toContain(
      "lab: dist/lab left untouched: its cluster layer is not synthesized until identity_client_id is recorded (after `cdktf deploy lab`, run `npm run record-outputs -- lab`)",
    );
    expect(git(fixture.checkout, "log", "-1", "--format=%B")).toContain(
      "from platform sources outside a git checkout (no commit to name).",
    );
  });

  test("a record of example values is synthesized but never published", () => {
    const recorded = join(scratch, "recorded");
    mkdirSync(recorded);
    writeFileSync(
      join(recorded, "lab.json"),
      JSON.stringify({
        environment: "lab",
        example: true,
        outputs: { identity_client_id: "00000000-0000-4000-8000-000000000001" },
      }),
    );
    const result = publishClusterLayer({
      repo: fixture.checkout,
      specs: [lab as never],
      environments: ["lab"],
      recordedOutputsDir: recorded,
      sourceDir: scratch,
    });
    expect(result.changed).toEqual([]);
    expect(result.commit).toBeUndefined();
    expect(fixture.read("dist/lab/mlflow.k8s.yaml")).toBe(
      "kind: Deployment # published before the record was lost\n",
    );
    expect(result.notes).toContain(
      "lab: dist/lab left untouched: its recorded outputs are the shipped examples, which name no real identity (after `cdktf deploy lab`, run `npm run record-outputs -- lab`)",
    );
  });
});
