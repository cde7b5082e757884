/**
 * Every stack of every environment checked against the exact schemas of the providers it uses, offline
 * (test/support/provider-schema.ts): the check that covers Azure and GCP stacks, for which no provider
 * binary can run here, and a fast one for AWS stacks before `terraform validate`.
 *
 * Needs the schema directory (MLOPS_PROVIDER_SCHEMAS, default ../shared/provider-schemas); without it the
 * suite reports itself skipped with the reason, and fails instead under CI or with REQUIRE_E2E_TOOLS=1.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { loadEnvironments } from "../../config";
import { synthStacks } from "../../stacks/main";
import {
  checkStack,
  formatFinding,
  type ProviderRequirement,
  pinnedVersion,
  providerSchemaAvailability,
  providerSchemas,
  type SchemaFinding,
  stackProviders,
} from "../support/provider-schema";
import { describeIf } from "../support/tool-availability";

const stacks = loadEnvironments().map(({ environment }) => environment.name);

describeIf(providerSchemaAvailability(), { failUnderCi: true })("provider schemas (offline)", () => {
  const findings = new Map<string, SchemaFinding[]>();
  const providers = new Map<string, ProviderRequirement[]>();
  let workDir = "";

  beforeAll(() => {
    workDir = mkdtempSync(join(tmpdir(), "mlops-provider-schema-"));
    synthStacks(workDir);
    const stacksDir = join(workDir, "stacks");
    for (const stack of readdirSync(stacksDir)) {
      const json: unknown = JSON.parse(readFileSync(join(stacksDir, stack, "cdk.tf.json"), "utf8"));
      providers.set(stack, stackProviders(json));
      findings.set(stack, checkStack(json));
    }
  }, 60_000);

  afterAll(() => {
    if (workDir !== "") rmSync(workDir, { recursive: true, force: true });
  });

  test("synthesizes one stack per environment", () => {
    expect([...findings.keys()].sort()).toEqual([...stacks].sort());
  });

  test.each(stacks)("%s uses at least one provider", (stack) => {
    // A stack whose providers went unseen would be checked against nothing and pass.
    expect(providers.get(stack)?.length).toBeGreaterThan(0);
  });

  test("reads only the schema files of the providers the stacks use", () => {
    const files = [...providers.values()].flat().map(({ source, version }) => {
      const schema = providerSchemas().provider(source, pinnedVersion(version));
      return typeof schema === "string" ? schema : basename(schema.file);
    });
    expect(providerSchemas().loadedFiles()).toEqual([...new Set(files)].sort());
  });

  test.each(stacks)("%s has no error against its providers' schemas", (stack) => {
    const all = findings.get(stack) ?? [];
    const errors = all.filter(({ severity }) => severity === "error");
    // Warnings (deprecated arguments) and notes (what was not checked) are shown, not failed on.
    const others = all.filter(({ severity }) => severity !== "error");
    if (others.length > 0) console.warn(`${stack}:\n${others.map(formatFinding).join("\n")}`);
    if (errors.length > 0) {
      throw new Error(
        `${stack}: ${errors.length} error(s) against the provider schemas in ${providerSchemas().directory}:\n${errors.map(formatFinding).join("\n")}`,
      );
    }
  });
});
