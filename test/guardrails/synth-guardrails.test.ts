import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { App, TerraformStack } from "cdktf";
import { Construct } from "constructs";
import { synthAll } from "../../bin/synth-all";
import { loadEnvironments } from "../../config";
import { ENVIRONMENT_SPECS } from "../../config/environments";
import { AWS_GUARDRAILS } from "../../constructs/aws/guardrails";
import { KUBERNETES_RULES } from "../../guardrails/kubernetes";
import { rulesFor } from "../../guardrails/packs";
import { GuardrailReport } from "../../guardrails/report";
import { suppressGuardrail } from "../../guardrails/suppressions";
import { TerraformGuardrails } from "../../guardrails/terraform-guardrails";

// biome-ignore lint/suspicious/noExplicitAny: the report is plain JSON.
type Json = any;

describe("guardrails at every synth", () => {
  let root: string;
  let lines: string[];
  let report: Json;
  let sarif: Json;
  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), "guardrails-"));
    lines = synthAll({ stacksDir: join(root, "cdktf.out"), chartsDir: join(root, "dist") });
    report = JSON.parse(readFileSync(join(root, "cdktf.out", "guardrails.json"), "utf8"));
    sarif = JSON.parse(readFileSync(join(root, "cdktf.out", "guardrails.sarif"), "utf8"));
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  test("every stack and chart of every shipped environment passes, or each finding is suppressed with a reason", () => {
    const findings = report.targets.flatMap((target: Json) => target.findings);
    expect(findings.filter((finding: Json) => finding.suppressed === undefined)).toEqual([]);
    for (const finding of findings) expect(finding.suppressed.length).toBeGreaterThan(20);
    for (const target of report.targets) {
      expect(target.summary.failed).toBe(0);
      expect(target.summary.passed + target.summary.suppressed).toBe(target.summary.applicable);
    }
  });

  test("prints one line per stack and per chart, then every finding with rule, resource and reason", () => {
    const stackLines = lines.filter((line) => line.startsWith("guardrails stack "));
    expect(stackLines.map((line) => line.split(":")[0])).toEqual(
      ENVIRONMENT_SPECS.map((spec) => `guardrails stack ${spec.name}`),
    );
    expect(lines).toContain("guardrails stack prod: 28/31 rules passed (3 suppressed)");
    expect(lines).toContain("guardrails chart prod/mlflow: 15/15 rules passed");
    expect(lines).toContain("guardrails chart dev/gitops: no rule applies");
    expect(lines).toContain(
      "  suppressed CKV_AWS_144 aws_s3_bucket.platform_artifacts_replica-bucket_ACEF7C47 (prod/platform/artifacts/replica-bucket): it is the cross-region copy itself (in the recovery region), which the recovery environment adopts as its store",
    );
    const charts = lines.filter((line) => line.startsWith("guardrails chart dev/"));
    expect(charts.length).toBe(
      readdirSync(join(root, "dist", "dev")).filter((file) => file.endsWith(".k8s.yaml")).length,
    );
  });

  test("the JSON report lists every rule that ran and names each target's synthesized file", () => {
    const clouds = new Set(ENVIRONMENT_SPECS.map((spec) => spec.cloud));
    expect(report.rules.map((rule: Json) => rule.id).sort()).toEqual(
      [...new Set([...clouds].flatMap((cloud) => rulesFor(cloud).map(({ id }) => id)))].sort(),
    );
    expect(report.rules.map((rule: Json) => rule.id)).toEqual(
      expect.arrayContaining([...AWS_GUARDRAILS.terraform, ...KUBERNETES_RULES].map(({ id }) => id)),
    );
    const prod = report.targets.find((target: Json) => target.kind === "stack" && target.name === "prod");
    expect(prod.file).toBe(`${join(root, "cdktf.out")}/stacks/prod/cdk.tf.json`);
  });

  test("the SARIF report carries every finding, suppressed ones with their justification", () => {
    expect(sarif.version).toBe("2.1.0");
    const [run] = sarif.runs;
    expect(run.tool.driver.rules.length).toBe(report.rules.length);
    const replica = run.results.find(
      (result: Json) =>
        result.ruleId === "CKV_AWS_144" &&
        result.locations[0].logicalLocations[0].fullyQualifiedName.includes("replica-bucket"),
    );
    expect(replica).toEqual({
      ruleId: "CKV_AWS_144",
      ruleIndex: run.tool.driver.rules.findIndex((rule: Json) => rule.id === "CKV_AWS_144"),
      level: "error",
      message: { text: expect.stringMatching(/^does not replicate to another region Fix: /) },
      // On the spec, which is in the repository; the synthesized file is git-ignored.
      locations: [
        {
          physicalLocation: { artifactLocation: { uri: "config/environments/prod.ts" } },
          logicalLocations: [
            { fullyQualifiedName: "aws_s3_bucket.platform_artifacts_replica-bucket_ACEF7C47" },
          ],
        },
      ],
      relatedLocations: [
        {
          id: 0,
          physicalLocation: {
            artifactLocation: { uri: `${join(root, "cdktf.out")}/stacks/prod/cdk.tf.json` },
            region: { startLine: 1 },
          },
          message: { text: "the synthesized file" },
        },
      ],
      suppressions: [{ kind: "inSource", justification: expect.stringContaining("cross-region copy") }],
    });
  });
});

describe("the SARIF location of an environment without a spec file", () => {
  test("is the synthesized file itself", () => {
    const report = new GuardrailReport();
    report.add({
      kind: "chart",
      environment: "lab",
      name: "mlflow",
      file: "dist/lab/mlflow.k8s.yaml",
      applicableRules: ["CKV_K8S_38"],
      findings: [
        {
          rule: "CKV_K8S_38",
          severity: "warning",
          resource: "ServiceAccount mlflow/mlflow",
          message: "m",
          fix: "f",
        },
      ],
    });
    const sarif = report.toSarif() as Json;
    expect(sarif.runs[0].results[0].locations).toEqual([
      {
        physicalLocation: { artifactLocation: { uri: "dist/lab/mlflow.k8s.yaml" }, region: { startLine: 1 } },
        logicalLocations: [{ fullyQualifiedName: "ServiceAccount mlflow/mlflow" }],
      },
    ]);
    expect(sarif.runs[0].results[0].relatedLocations).toBeUndefined();
  });
});

describe("a finding of error severity", () => {
  let root: string;
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), "guardrails-failing-"));
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  const singleZoneProd = ENVIRONMENT_SPECS.map((spec) =>
    spec.name === "prod" ? { ...spec, database: { ...spec.database, multiAz: false } } : spec,
  );

  test("fails the synth and leaves the previous output untouched", () => {
    const stacksDir = join(root, "cdktf.out");
    mkdirSync(stacksDir);
    writeFileSync(join(stacksDir, "previous.txt"), "previous synth");
    expect(() => synthAll({ stacksDir, chartsDir: join(root, "dist"), specs: singleZoneProd })).toThrow(
      "1 guardrail finding of error severity:\n  ERROR CKV_AWS_157 aws_db_instance.platform_database_instance_2B7B8E03 (prod/platform/database/instance): runs in a single availability zone Fix: set multi_az = true (database.multiAz, on by default in the prod tier)",
    );
    expect(readdirSync(root)).toEqual(["cdktf.out"]);
    expect(readdirSync(stacksDir)).toEqual(["previous.txt"]);
  });

  test("is accepted by an environment-wide suppression in the spec, and reported", () => {
    const reason = "a rehearsal copy: one zone is enough, nothing in it is kept";
    const specs = singleZoneProd.map((spec) =>
      spec.name === "prod"
        ? { ...spec, guardrails: { suppressions: [{ rule: "CKV_AWS_157", reason }] } }
        : spec,
    );
    const lines = synthAll({ stacksDir: join(root, "cdktf.out"), chartsDir: join(root, "dist"), specs });
    expect(lines).toContain("guardrails stack prod: 27/31 rules passed (4 suppressed)");
    expect(lines).toContain(
      `  suppressed CKV_AWS_157 aws_db_instance.platform_database_instance_2B7B8E03 (prod/platform/database/instance): ${reason}`,
    );
  });
});

describe("suppressions", () => {
  const withSuppression = (rule: string, reason: string) =>
    ENVIRONMENT_SPECS.map((spec) =>
      spec.name === "dev" ? { ...spec, guardrails: { suppressions: [{ rule, reason }] } } : spec,
    );

  test("in the spec, an unknown rule id is refused with the nearest known one", () => {
    expect(() => loadEnvironments(withSuppression("CKV-AWS-157", "one zone is enough"))).toThrow(
      'environment "dev", field guardrails.suppressions[0].rule: got "CKV-AWS-157"; expected the id of a rule of the AWS or Kubernetes pack (did you mean "CKV_AWS_157"?); docs/guardrails.md lists them',
    );
  });

  test("in the spec, an empty reason is refused", () => {
    expect(() => loadEnvironments(withSuppression("CKV_AWS_157", "  "))).toThrow(
      'environment "dev", field guardrails.suppressions[0].reason: got "  "; expected why the rule does not apply, in words a reviewer can check',
    );
  });

  test("on a construct, an empty reason is refused where it is declared", () => {
    const scope = new Construct(new App(), "scope");
    expect(() => suppressGuardrail(scope, "CKV_AWS_157", "")).toThrow(
      'suppressGuardrail on scope: got an empty reason for rule "CKV_AWS_157"; expected why the rule does not apply here',
    );
  });

  /** A stack whose construct `parent` holds a KMS key without rotation. */
  function stackWithKey(rule: string) {
    const stack = new TerraformStack(new App(), "fixture");
    const parent = new Construct(stack, "parent");
    suppressGuardrail(parent, rule, "the key is rotated by hand, on a schedule the auditors set");
    const guard = new TerraformGuardrails(AWS_GUARDRAILS.terraform, {
      environment: "fixture",
      cloud: "aws",
      tier: "dev",
    });
    guard.visit(stack);
    guard.visit(parent);
    const json = {
      resource: {
        aws_kms_key: {
          parent_key: { enable_key_rotation: false, "//": { metadata: { path: "fixture/parent/key" } } },
          other_key: { enable_key_rotation: false, "//": { metadata: { path: "fixture/other/key" } } },
        },
      },
    };
    return () => guard.check("fixture", "cdk.tf.json", json);
  }

  test("on a construct, it covers the resources below it and nothing else", () => {
    const { findings } = stackWithKey("CKV_AWS_7")();
    expect(findings.map(({ resource, suppressed }) => [resource, suppressed])).toEqual([
      ["aws_kms_key.parent_key", "the key is rotated by hand, on a schedule the auditors set"],
      ["aws_kms_key.other_key", undefined],
    ]);
  });

  test("on a construct, an unknown rule id fails the synth, naming the construct", () => {
    expect(stackWithKey("CKV-AWS-7")).toThrow(
      'guardrail suppression on fixture/parent: rule got "CKV-AWS-7"; expected the id of a rule of the AWS or Kubernetes pack (did you mean "CKV_AWS_7"?); docs/guardrails.md lists them',
    );
  });
});

describe("README.md", () => {
  test("gives each shipped environment's pass/total as the synth reports it", () => {
    const readme = readFileSync(join(__dirname, "..", "..", "README.md"), "utf8");
    const root = mkdtempSync(join(tmpdir(), "guardrails-readme-"));
    try {
      synthAll({ stacksDir: join(root, "cdktf.out"), chartsDir: join(root, "dist") });
      const report = JSON.parse(readFileSync(join(root, "cdktf.out", "guardrails.json"), "utf8"));
      for (const spec of ENVIRONMENT_SPECS) {
        const cell = (kind: string) => {
          const targets = report.targets.filter((t: Json) => t.environment === spec.name && t.kind === kind);
          const sum = (key: string) => targets.reduce((total: number, t: Json) => total + t.summary[key], 0);
          return `${sum("passed")}/${sum("applicable")} (${sum("suppressed")} suppressed)`;
        };
        expect(readme).toMatch(
          new RegExp(
            `\\| \`${spec.name}\` +\\| ${cell("stack").replace(/[()]/g, "\\$&")} +\\| ${cell("chart").replace(/[()]/g, "\\$&")} +\\|`,
          ),
        );
      }
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
