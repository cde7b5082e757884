import { readFileSync } from "node:fs";
import { join } from "node:path";
import { AWS_GUARDRAILS } from "../../constructs/aws/guardrails";
import { KUBERNETES_RULES } from "../../guardrails/kubernetes";

const doc = readFileSync(join(__dirname, "..", "..", "docs", "guardrails.md"), "utf8");

/** The ids in the first column of the rule tables of docs/guardrails.md. */
function documentedIds(section: string): string[] {
  const start = doc.indexOf(`## ${section}`);
  const end = doc.indexOf("\n## ", start + 1);
  return [...doc.slice(start, end < 0 ? undefined : end).matchAll(/^\| `([^`]+)` +\|/gm)].map(
    (match) => match[1] as string,
  );
}

describe("docs/guardrails.md", () => {
  test("lists every rule of the AWS pack, and only those", () => {
    const ids = [...AWS_GUARDRAILS.terraform, ...(AWS_GUARDRAILS.kubernetes ?? [])].map(({ id }) => id);
    expect(documentedIds("The AWS pack").sort()).toEqual(ids.sort());
  });

  test("lists every rule of the Kubernetes pack, and only those", () => {
    expect(documentedIds("The Kubernetes pack").sort()).toEqual(KUBERNETES_RULES.map(({ id }) => id).sort());
  });

  test("gives the rule counts the packs have", () => {
    expect(doc).toContain(
      `**AWS pack** (${AWS_GUARDRAILS.terraform.length} rules over the stacks, ${AWS_GUARDRAILS.kubernetes?.length} over Karpenter's node classes`,
    );
    expect(doc).toContain(`**Kubernetes pack** (${KUBERNETES_RULES.length} rules`);
  });
});

describe("README.md", () => {
  const readme = readFileSync(join(__dirname, "..", "..", "README.md"), "utf8");

  test("gives the rule count of each pack", () => {
    const aws = AWS_GUARDRAILS.terraform.length + (AWS_GUARDRAILS.kubernetes?.length ?? 0);
    expect(readme).toMatch(new RegExp(`\\| AWS +\\| ${aws} +\\|`));
    expect(readme).toMatch(new RegExp(`\\| Kubernetes +\\| ${KUBERNETES_RULES.length} +\\|`));
    const prodTier = AWS_GUARDRAILS.terraform.filter((rule) => rule.tiers?.includes("prod")).length;
    expect(readme).toContain(`(prod-tier rules: ${prodTier})`);
  });
});
