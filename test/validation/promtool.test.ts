/**
 * The alert rules as Prometheus reads them, checked by Prometheus's own promtool:
 *
 * - `promtool check rules`: every environment's PrometheusRules (their `spec`, annotations included, so
 *   the templates are parsed too) are valid rule files, and promtool finds every rule in them;
 * - `promtool test rules`: prod's rules against test/fixtures/promtool/alerts.test.yaml, whose input series
 *   make each alert of the catalogue fire when it should and stay quiet just below its threshold or before
 *   its duration has elapsed. The fixture compares alert labels only, so annotations are left out of the
 *   rules it runs against (promtool would otherwise compare every rendered annotation too).
 *
 * Both commands are shown to fail: on an expression that does not parse, and on copies of the rules with a
 * threshold, a duration or a guard changed (the product is never touched).
 *
 * Needs promtool (Debian: the prometheus package, which .ci/run installs); without it the suite reports
 * itself skipped.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { parse, stringify } from "yaml";
import { loadEnvironments } from "../../config";
import { clusterLayer, type Manifest } from "../support/cluster-layer";
import { checkTools, describeIf, findExecutable } from "../support/tool-availability";

const FIXTURE = join(__dirname, "..", "fixtures", "promtool", "alerts.test.yaml");
/** The fixture's input series use prod's names and thresholds (BackupTooOld's limit follows the schedule). */
const UNIT_TEST_ENVIRONMENT = "prod";
const PROMTOOL_TIMEOUT_MS = 60_000;

interface Rule {
  readonly alert: string;
  readonly expr: string;
  readonly for?: string;
  readonly labels?: Readonly<Record<string, string>>;
  readonly annotations?: Readonly<Record<string, string>>;
}

interface RuleGroup {
  readonly name: string;
  readonly rules: readonly Rule[];
}

/** One PrometheusRule as a Prometheus rule file: its `spec`, named after the object. */
interface RuleFile {
  readonly name: string;
  readonly groups: readonly RuleGroup[];
}

/** The parts of promtool's unit-test format this suite reads. */
interface AlertCase {
  readonly eval_time: string;
  readonly alertname: string;
  readonly exp_alerts?: readonly unknown[];
}

interface UnitTestFile {
  readonly rule_files: readonly string[];
  readonly tests: readonly { readonly name: string; readonly alert_rule_test?: readonly AlertCase[] }[];
}

interface PromtoolResult {
  readonly status: number | null;
  /** stdout and stderr together, as a person running promtool would see them. */
  readonly output: string;
}

const environments = loadEnvironments().map(({ environment }) => environment.name);
const fixture = parse(readFileSync(FIXTURE, "utf8")) as UnitTestFile;

function ruleFiles(environment: string): RuleFile[] {
  return clusterLayer(environment)
    .ofKind("PrometheusRule")
    .map((rule: Manifest) => ({ name: rule.metadata.name, groups: rule.spec.groups }));
}

function alertNames(files: readonly RuleFile[]): Set<string> {
  return new Set(
    files.flatMap((file) => file.groups.flatMap((group) => group.rules.map((rule) => rule.alert))),
  );
}

/** Writes `<name>.yaml` per rule file into `dir` (created if needed); returns the paths. */
function writeRuleFiles(dir: string, files: readonly RuleFile[]): string[] {
  mkdirSync(dir, { recursive: true });
  return files.map((file) => {
    const path = join(dir, `${file.name}.yaml`);
    // lineWidth 0: multi-line expressions stay literal blocks, as in dist/.
    writeFileSync(path, stringify({ groups: file.groups }, { lineWidth: 0 }));
    return path;
  });
}

/** Applies `change` to every rule of `alert` (one per group it is in); refuses to change nothing. */
function withRule(files: readonly RuleFile[], alert: string, change: (rule: Rule) => Rule): RuleFile[] {
  let changed = 0;
  const result = files.map((file) => ({
    ...file,
    groups: file.groups.map((group) => ({
      ...group,
      rules: group.rules.map((rule) => {
        if (rule.alert !== alert) return rule;
        changed++;
        return change(rule);
      }),
    })),
  }));
  if (changed === 0) throw new Error(`no rule "${alert}" to change`);
  return result;
}

function withoutAnnotations(files: readonly RuleFile[]): RuleFile[] {
  return files.map((file) => ({
    ...file,
    groups: file.groups.map((group) => ({
      ...group,
      rules: group.rules.map(({ annotations: _ignored, ...rule }) => rule),
    })),
  }));
}

/** `text` with `from` replaced; throws when `from` is not there, so a mutation cannot silently be a no-op. */
function replaced(text: string, from: string, to: string): string {
  if (!text.includes(from)) throw new Error(`${JSON.stringify(from)} not found in ${JSON.stringify(text)}`);
  return text.replace(from, to);
}

/** Writes the unit tests (all of them, or only the groups with cases for `alert`) into `dir`. */
function writeUnitTests(dir: string, alert?: string): string {
  const tests =
    alert === undefined
      ? fixture.tests
      : fixture.tests.filter((group) => group.alert_rule_test?.some((test) => test.alertname === alert));
  const path = join(dir, basename(FIXTURE));
  writeFileSync(path, stringify({ ...fixture, tests }, { lineWidth: 0 }));
  return path;
}

const availability = checkTools(["promtool"]);

describe("promtool unit tests (test/fixtures/promtool/alerts.test.yaml)", () => {
  const files = ruleFiles(UNIT_TEST_ENVIRONMENT);

  test(`load every PrometheusRule of ${UNIT_TEST_ENVIRONMENT}`, () => {
    expect([...fixture.rule_files].sort()).toEqual(files.map((file) => `${file.name}.yaml`).sort());
  });

  test("make every alert fire in one case and stay quiet in another, and name no other alert", () => {
    const alerts = alertNames(files);
    const cases = fixture.tests.flatMap((group) => group.alert_rule_test ?? []);
    const firing = new Set(cases.filter((c) => (c.exp_alerts ?? []).length > 0).map((c) => c.alertname));
    const quiet = new Set(cases.filter((c) => (c.exp_alerts ?? []).length === 0).map((c) => c.alertname));
    const gaps = [...alerts]
      .sort()
      .flatMap((alert) => [
        ...(firing.has(alert) ? [] : [`${alert}: no case where it fires`]),
        ...(quiet.has(alert) ? [] : [`${alert}: no case where it stays quiet`]),
      ]);
    const unknown = [...new Set(cases.map((c) => c.alertname))].filter((alert) => !alerts.has(alert));
    expect({ gaps, unknown }).toEqual({ gaps: [], unknown: [] });
  });
});

describeIf(availability)("promtool", () => {
  const promtool = findExecutable("promtool") as string; // found whenever the suite runs
  let workDir = "";

  function run(args: readonly string[], cwd: string): PromtoolResult {
    const result = spawnSync(promtool, args, { cwd, encoding: "utf8", timeout: PROMTOOL_TIMEOUT_MS });
    const failure = result.error ? `\n(${result.error.message})` : "";
    return { status: result.status, output: `${result.stdout ?? ""}${result.stderr ?? ""}${failure}` };
  }

  /** Fails with promtool's whole output, which says which rule, alert or case is wrong. */
  function expectSuccess(result: PromtoolResult, what: string): void {
    if (result.status !== 0) {
      throw new Error(`${what} exited with ${result.status}:\n${result.output}`);
    }
  }

  beforeAll(() => {
    workDir = mkdtempSync(join(tmpdir(), "mlops-promtool-"));
  });

  afterAll(() => {
    if (workDir !== "") rmSync(workDir, { recursive: true, force: true });
  });

  describe("check rules", () => {
    test.each(environments)(
      "%s: every PrometheusRule is a valid rule file",
      (environment) => {
        const files = ruleFiles(environment);
        const paths = writeRuleFiles(join(workDir, "check", environment), files);
        const result = run(["check", "rules", "--lint-fatal", ...paths], workDir);
        expectSuccess(result, `promtool check rules (${environment})`);
        // promtool read every rule: "Checking <path>\n  SUCCESS: <n> rules found" per file.
        const found = Object.fromEntries(
          [...result.output.matchAll(/^Checking (.+)\n\s+SUCCESS: (\d+) rules found$/gm)].map((match) => [
            basename(match[1]),
            Number(match[2]),
          ]),
        );
        const expected = Object.fromEntries(
          files.map((file) => [
            `${file.name}.yaml`,
            file.groups.reduce((count, group) => count + group.rules.length, 0),
          ]),
        );
        expect(found).toEqual(expected);
      },
      PROMTOOL_TIMEOUT_MS,
    );

    test("fails on an expression that does not parse", () => {
      const broken = withRule(ruleFiles(UNIT_TEST_ENVIRONMENT), "HighErrorRate", (rule) => ({
        ...rule,
        expr: `(${rule.expr}`,
      }));
      const paths = writeRuleFiles(join(workDir, "check-broken"), broken);
      const result = run(["check", "rules", ...paths], workDir);
      expect(result.status).not.toBe(0);
      expect(result.output).toMatch(
        /"HighErrorRate": could not parse expression: .*unclosed left parenthesis/,
      );
    });
  });

  describe(`test rules (${UNIT_TEST_ENVIRONMENT})`, () => {
    test(
      "every alert fires when it should and stays quiet below its threshold and duration",
      () => {
        const dir = join(workDir, "unit");
        writeRuleFiles(dir, withoutAnnotations(ruleFiles(UNIT_TEST_ENVIRONMENT)));
        const result = run(["test", "rules", writeUnitTests(dir)], dir);
        expectSuccess(result, "promtool test rules");
        expect(result.output).toContain("SUCCESS");
      },
      PROMTOOL_TIMEOUT_MS,
    );

    // Copies of the rules with one change each: the fixture's cases for that alert must catch it.
    const mutations: readonly { alert: string; change: string; apply: (rule: Rule) => Rule }[] = [
      {
        alert: "HighErrorRate",
        change: "its threshold lowered from 5% to 4.8%",
        apply: (rule) => ({ ...rule, expr: replaced(rule.expr, "> 0.05", "> 0.048") }),
      },
      {
        alert: "HighCPUUsage",
        change: "its threshold raised from 80% to 84%",
        apply: (rule) => ({ ...rule, expr: replaced(rule.expr, "> 0.8", "> 0.84") }),
      },
      {
        alert: "InferenceLatencyHigh",
        change: "its duration shortened from 10m to 5m",
        apply: (rule) => ({ ...rule, for: "5m" }),
      },
      {
        alert: "APIPodDown",
        change: "predictors scaled to zero no longer exempt",
        apply: (rule) => ({
          ...rule,
          expr: replaced(
            rule.expr,
            'kube_deployment_spec_replicas{namespace="mlops"} > 0',
            'kube_deployment_spec_replicas{namespace="mlops"} >= 0',
          ),
        }),
      },
    ];

    test.each(mutations)(
      "fail on $alert with $change",
      ({ alert, apply }) => {
        const dir = join(workDir, `mutant-${alert}`);
        writeRuleFiles(dir, withRule(withoutAnnotations(ruleFiles(UNIT_TEST_ENVIRONMENT)), alert, apply));
        const result = run(["test", "rules", writeUnitTests(dir, alert)], dir);
        expect(result.status).not.toBe(0);
        expect(result.output).toContain(`alertname: ${alert}, time:`);
      },
      PROMTOOL_TIMEOUT_MS,
    );
  });
});
