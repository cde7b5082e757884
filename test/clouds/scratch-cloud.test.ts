/**
 * Adding a cloud is one folder and one registry entry: a scratch cloud, defined here only, implements the
 * Cloud interface and is registered (by standing in for the registry module, the only file a real cloud
 * would edit). Nothing else changes, and an environment on it validates, synthesizes its stack and its
 * cluster layer, with the scratch cloud's names, backend and cluster pieces.
 */

import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { App, Testing } from "cdk8s";
import { buildClusterLayer } from "../../charts/cluster-layer";
import { synthCharts } from "../../charts/main";
import { loadEnvironments } from "../../config";
import { ENVIRONMENT_SPECS } from "../../config/environments";
import {
  RECORDED_OUTPUTS_DIR,
  recordedOutputsFromTerraform,
  writeRecordedOutputs,
} from "../../config/recorded-outputs";
import type { Cloud } from "../../constructs/cloud";
import { PlatformStack } from "../../stacks/platform-stack";
import { withoutTokenStackTraces } from "../../stacks/without-token-stack-traces";

jest.mock("../../constructs/clouds", () => {
  const actual = jest.requireActual("../../constructs/clouds");
  const { scratchCloud } = jest.requireActual("./scratch-cloud-definition");
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

const scratchSpec = {
  name: "lab",
  cloud: "scratch",
  region: "lab-north",
  recoveryRegion: "lab-south",
  tier: "dev",
  network: { vpcCidr: "10.99.0.0/16" },
  models: [{ name: "churn", format: "sklearn" }],
} as const;

describe("a scratch cloud registered in the registry only", () => {
  const specs = [...ENVIRONMENT_SPECS, scratchSpec as never];

  test("its environments validate against its own schema and regions", () => {
    const lab = loadEnvironments(specs).find(({ environment }) => environment.name === "lab");
    expect(lab?.environment.network.availabilityZones).toEqual(["lab-north-1", "lab-north-2"]);
    expect(lab?.contract.artifactStore.uris).toEqual({
      mlflow: "scratch+mlflow://mlops-platform-lab-mlflow-artifacts",
      kserve: "scratch://mlops-platform-lab-mlflow-artifacts",
      cli: "s3://mlops-platform-lab-mlflow-artifacts",
    });
    expect(lab?.contract.models[0]?.storageUri).toBe(
      "scratch://mlops-platform-lab-mlflow-artifacts/models/churn/",
    );
    expect(lab?.contract.workloads.mlflow.serviceAccountAnnotations).toEqual({
      "scratch.example/identity": "mlops-platform-lab-mlflow",
      "scratch.example/client-id": "",
    });
    expect(lab?.unrecordedOutputs).toEqual(["identity_client_id"]);
    expect(() =>
      loadEnvironments([...specs.slice(0, -1), { ...scratchSpec, region: "us-east-1" } as never]),
    ).toThrow(
      'environment "lab", field region: got "us-east-1"; expected one of the scratch regions: "lab-north", "lab-south"',
    );
    expect(() =>
      loadEnvironments([
        ...specs.slice(0, -1),
        { ...scratchSpec, aws: { accountId: "111111111111" } } as never,
      ]),
    ).toThrow('environment "lab", field aws: got {"accountId":"111111111111"}; expected no field "aws" here');
  });

  test("its stack is the scratch cloud's platform and backend", () => {
    const lab = loadEnvironments(specs).find(({ environment }) => environment.name === "lab");
    if (!lab) throw new Error("no lab");
    const json = withoutTokenStackTraces(() => {
      const stack = new PlatformStack(Testing.app() as never, lab);
      expect(stack.stateNote).toBe("lab: state nowhere (scratch cloud)");
      return JSON.parse(require("cdktf").Testing.synth(stack));
    });
    expect(json.output.cluster_name.value).toBe("scratch-cluster-mlops-platform-lab");
    expect(json.provider).toBeUndefined();
  });

  test("its cluster layer uses the scratch cloud's secret store and capacity", () => {
    const lab = loadEnvironments(specs).find(({ environment }) => environment.name === "lab");
    if (!lab) throw new Error("no lab");
    const app = new App({ outdir: Testing.app().outdir });
    buildClusterLayer(app, lab);
    const objects = app.node.children.flatMap((chart) =>
      (chart as unknown as { toJson(): unknown[] }).toJson(),
    );
    const kinds = objects.map((object) => (object as { kind: string }).kind);
    expect(kinds).toContain("ScratchSecretStore");
    expect(kinds).toContain("ScratchNodePool");
    expect(kinds).not.toContain("NodePool");
    // Pods get the cloud's identity labels.
    const mlflow = objects.find(
      (object) =>
        (object as { kind: string; metadata: { name: string } }).kind === "Deployment" &&
        (object as { metadata: { name: string } }).metadata.name === "mlflow",
    ) as { spec: { template: { metadata: { labels: Record<string, string> } } } };
    expect(mlflow.spec.template.metadata.labels["scratch.example/use-identity"]).toBe("true");
    const withLabel = (kind: string, name: string, labels: (object: never) => Record<string, string>) => {
      const found = objects.find(
        (object) =>
          (object as { kind: string }).kind === kind &&
          (object as { metadata: { name: string } }).metadata.name === name,
      );
      return labels(found as never)["scratch.example/use-identity"];
    };
    expect(
      withLabel(
        "CronJob",
        "postgres-backup",
        (o: {
          spec: { jobTemplate: { spec: { template: { metadata: { labels: Record<string, string> } } } } };
        }) => o.spec.jobTemplate.spec.template.metadata.labels,
      ),
    ).toBe("true");
    expect(
      withLabel(
        "WorkflowTemplate",
        "ml-training-pipeline",
        (o: { spec: { podMetadata: { labels: Record<string, string> } } }) => o.spec.podMetadata.labels,
      ),
    ).toBe("true");
    // The network policies take the database range and the API server from the cloud's layout.
    const policies = JSON.stringify(
      objects.filter((object) => (object as { kind: string }).kind === "NetworkPolicy"),
    );
    expect(policies).toContain('"cidr":"10.99.250.0/24"');
    expect(policies).toContain('"cidr":"10.99.0.1/32"');
  });

  describe("values the cloud assigns at apply, recorded after deploy", () => {
    const made: string[] = [];
    const temporary = (prefix: string) => {
      const directory = mkdtempSync(join(tmpdir(), prefix));
      made.push(directory);
      return directory;
    };
    // The shipped environments' records, so that only the scratch environment's is missing.
    const recordedDir = () => {
      const directory = temporary("recorded-");
      cpSync(RECORDED_OUTPUTS_DIR, directory, { recursive: true });
      return directory;
    };
    const outDir = () => temporary("charts-");
    /** The notes besides the three shipped Azure examples, which must be there. */
    const withoutExampleNotes = (notes: string[]) => {
      const examples = notes.filter((note) => note.includes("cluster layer written with the example values"));
      expect(examples.map((note) => note.split(":")[0])).toEqual([
        "azure-dev",
        "azure-prod",
        "azure-prod-dr",
      ]);
      return notes.filter((note) => !examples.includes(note));
    };
    afterAll(() => {
      for (const directory of made) rmSync(directory, { recursive: true, force: true });
    });

    test("missing: synth still succeeds, writes the other environments and says which command to run", () => {
      const out = outDir();
      // The shipped Azure records copied in are examples: synth names each of them; the rest is about lab.
      const notes = withoutExampleNotes(synthCharts(out, specs, { recordedOutputsDir: recordedDir() }));
      expect(notes).toEqual([
        "lab: cluster layer NOT written: it needs identity_client_id, assigned when the stack is applied; after `cdktf deploy lab`, run `npm run record-outputs -- lab`",
      ]);
      expect(existsSync(join(out, "dev", "mlflow.k8s.yaml"))).toBe(true);
      expect(existsSync(join(out, "lab"))).toBe(false);
    });

    test("recorded: the charts carry the recorded value", () => {
      const records = recordedDir();
      const terraformOutput = JSON.stringify({
        identity_client_id: { value: "0b1e-client", type: "string", sensitive: false },
        cluster_name: { value: "x", type: "string", sensitive: false },
        secret_thing: { value: "s", type: "string", sensitive: true },
      });
      writeRecordedOutputs(
        "lab",
        recordedOutputsFromTerraform(terraformOutput),
        ["identity_client_id"],
        records,
      );
      expect(JSON.parse(readFileSync(join(records, "lab.json"), "utf8"))).toEqual({
        environment: "lab",
        outputs: { identity_client_id: "0b1e-client" },
      });
      const out = outDir();
      expect(withoutExampleNotes(synthCharts(out, specs, { recordedOutputsDir: records }))).toEqual([]);
      expect(readFileSync(join(out, "lab", "mlflow.k8s.yaml"), "utf8")).toContain(
        "scratch.example/client-id: 0b1e-client",
      );
    });

    test("a record is refused while the stack's outputs lack a needed value", () => {
      expect(() =>
        writeRecordedOutputs("lab", { cluster_name: "x" }, ["identity_client_id"], recordedDir()),
      ).toThrow(
        'environment "lab": the stack\'s outputs lack identity_client_id; has `cdktf deploy lab` finished?',
      );
    });
  });
});

describe("no cloud branches outside the registry", () => {
  test("no source file outside a cloud's own folder compares a cloud's name", () => {
    const {
      readdirSync,
      readFileSync: read,
      statSync,
    } = jest.requireActual<typeof import("node:fs")>("node:fs");
    const { join: joinPath } = jest.requireActual<typeof import("node:path")>("node:path");
    const roots = ["config", "charts", "stacks", "constructs", "bin", "tools"];
    const cloudFolders = ["constructs/aws"];
    const files: string[] = [];
    const walk = (directory: string) => {
      for (const entry of readdirSync(directory)) {
        const path = joinPath(directory, entry);
        if (statSync(path).isDirectory()) walk(path);
        else if (path.endsWith(".ts")) files.push(path);
      }
    };
    for (const root of roots) walk(root);
    const branching = files
      .filter((file) => !cloudFolders.some((folder) => file.startsWith(`${folder}/`)))
      .filter((file) => /\bcloud\s*[!=]==?\s*["'`]/.test(read(file, "utf8")));
    expect(branching).toEqual([]);
  });
});
