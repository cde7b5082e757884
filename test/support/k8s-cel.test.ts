import { readFileSync } from "node:fs";
import { join } from "node:path";
import { ENVIRONMENT_SPECS } from "../../config/environments";
import { clusterLayer, type Manifest } from "./cluster-layer";
import { celRuleCheckError, evaluateCelRules } from "./k8s-cel";
import { crdSchemaFor, customResourceKinds, validateManifest } from "./k8s-schema";

const ENVIRONMENTS = ENVIRONMENT_SPECS.map((spec) => spec.name);
const SCHEMA_DIR = join(__dirname, "..", "schemas", "crds");

/** Every `x-kubernetes-validations` rule of every extracted CRD schema, with the kind it belongs to. */
function allRules(): { kind: string; rule: string }[] {
  const index = JSON.parse(readFileSync(join(SCHEMA_DIR, "index.json"), "utf8")) as Record<string, string>;
  const found: { kind: string; rule: string }[] = [];
  for (const [kind, file] of Object.entries(index)) {
    const visit = (node: unknown): void => {
      if (Array.isArray(node)) node.forEach(visit);
      else if (typeof node === "object" && node !== null) {
        const rules = (node as Record<string, unknown>)["x-kubernetes-validations"];
        if (Array.isArray(rules)) for (const { rule } of rules) found.push({ kind, rule });
        Object.values(node).forEach(visit);
      }
    };
    visit(JSON.parse(readFileSync(join(SCHEMA_DIR, file), "utf8")));
  }
  return found;
}

function customObjects(name: string): Manifest[] {
  const kinds = new Set(customResourceKinds());
  return clusterLayer(name).all.filter((object) => kinds.has(`${object.apiVersion}/${object.kind}`));
}

function evaluate(object: Manifest) {
  return evaluateCelRules(crdSchemaFor(object.apiVersion, object.kind), object);
}

describe("the CRDs' own CEL rules (x-kubernetes-validations)", () => {
  test("every rule of every pinned CRD type-checks with the Kubernetes functions it calls", () => {
    const rules = allRules();
    expect(new Set(rules.map(({ rule }) => rule)).size).toBeGreaterThan(80);
    const failing = rules
      .map(({ kind, rule }) => ({ kind, rule, error: celRuleCheckError(rule) }))
      .filter(({ error }) => error !== undefined)
      .map(({ kind, rule, error }) => `${kind}: ${rule}: ${error}`);
    expect(failing).toEqual([]);
    expect(celRuleCheckError("quantity(self) > 1")).toMatch(/quantity/);
  });

  test.each(ENVIRONMENTS)("every custom object of %s keeps every rule of its CRD", (name) => {
    const objects = customObjects(name);
    const problems = objects.flatMap((object) =>
      evaluate(object).problems.map(
        (problem) => `${object.kind} ${object.metadata.name}: ${problem.path}: ${problem.reason}`,
      ),
    );
    expect(problems).toEqual([]);
    const evaluated = objects.reduce((sum, object) => sum + evaluate(object).evaluated, 0);
    // WorkflowTemplates and SecretStores carry rules everywhere; on AWS, Karpenter's NodePools and
    // EC2NodeClasses many more (AKS's and GKE's node pools are the stack's, not cluster objects).
    expect(evaluated).toBeGreaterThan(name.startsWith("gcp-") || name.startsWith("azure-") ? 2 : 20);
  });

  test("the rules of the kinds the platform ships that carry them are all evaluated on dev", () => {
    const kindsEvaluated = new Set(
      customObjects("dev")
        .filter((object) => evaluate(object).evaluated > 0)
        .map((object) => `${object.apiVersion}/${object.kind}`),
    );
    expect([...kindsEvaluated].sort()).toEqual(
      expect.arrayContaining([
        "argoproj.io/v1alpha1/WorkflowTemplate",
        "karpenter.k8s.aws/v1/EC2NodeClass",
        "karpenter.sh/v1/NodePool",
      ]),
    );
  });

  test("a NodePool that passes the structural schema but breaks a CEL rule is refused, naming the rule", () => {
    const pool = structuredClone(customObjects("dev").find((object) => object.kind === "NodePool"));
    // A static NodePool (replicas) may not carry a weight: the schema allows both fields, the rule does not.
    pool.spec.replicas = 2;
    pool.spec.weight = 10;
    delete pool.spec.limits;
    expect(validateManifest(pool)).toEqual([
      `karpenter.sh/v1 NodePool "${pool.metadata.name}": /spec: 'weight' is not supported on static NodePools (rule: !has(self.replicas) || !has(self.weight))`,
    ]);
  });

  test("an EC2NodeClass naming both a role and an instance profile is refused at the field the rule names", () => {
    const nodeClass = structuredClone(customObjects("dev").find((object) => object.kind === "EC2NodeClass"));
    nodeClass.spec.instanceProfile = "some-profile";
    const problems = validateManifest(nodeClass);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(`karpenter.k8s.aws/v1 EC2NodeClass "${nodeClass.metadata.name}": /spec: `);
    expect(problems[0]).toContain(
      "(rule: (has(self.role) && !has(self.instanceProfile)) || (!has(self.role) && has(self.instanceProfile)))",
    );
  });

  test("transition rules (oldSelf) are skipped, and listed", () => {
    const pool = customObjects("dev").find((object) => object.kind === "NodePool");
    expect(evaluate(pool).skippedTransitionRules).toEqual(
      expect.arrayContaining([
        { path: "/spec", rule: "has(self.replicas) == has(oldSelf.replicas)" },
        { path: "/spec/template/spec/nodeClassRef", rule: "self.group == oldSelf.group" },
      ]),
    );
  });

  test("schema defaults are applied before the rules run, and integers are CEL ints", () => {
    const schema = {
      type: "object",
      properties: {
        spec: {
          type: "object",
          properties: {
            low: { type: "integer", default: 5 },
            high: { type: "integer" },
            ratio: { type: "number" },
          },
          "x-kubernetes-validations": [
            { rule: "self.low < self.high", message: "low must be below high" },
            { rule: "type(self.high) == int && type(self.ratio) == double" },
          ],
        },
      },
    };
    expect(evaluateCelRules(schema, { spec: { high: 9, ratio: 1 } }).problems).toEqual([]);
    expect(evaluateCelRules(schema, { spec: { high: 4, ratio: 1 } }).problems).toEqual([
      { path: "/spec", reason: "low must be below high (rule: self.low < self.high)" },
    ]);
  });

  test("a rule in every item of a list runs once per item and names the item", () => {
    const schema = {
      type: "array",
      items: { type: "string", "x-kubernetes-validations": [{ rule: "self != ''" }] },
    };
    const result = evaluateCelRules(schema, ["a", "", "c"]);
    expect(result.evaluated).toBe(3);
    expect(result.problems).toEqual([{ path: "/1", reason: "failed rule: self != '' (rule: self != '')" }]);
  });

  test("a rule calling a function the evaluator does not have is reported, never passed", () => {
    const schema = {
      type: "string",
      "x-kubernetes-validations": [{ rule: "quantity(self).isGreaterThan(quantity('1Gi'))" }],
    };
    const [problem, ...others] = evaluateCelRules(schema, "2Gi").problems;
    expect(others).toEqual([]);
    expect(problem?.reason).toMatch(/^rule cannot be evaluated \(.+\): quantity\(self\)/);
  });
});
