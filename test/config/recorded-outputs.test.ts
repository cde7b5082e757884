import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadEnvironments } from "../../config";
import { ENVIRONMENT_SPECS } from "../../config/environments";
import { readRecordedOutputs, writeRecordedOutputs } from "../../config/recorded-outputs";
import { TEST_TODAY } from "../support/test-today";

describe("recorded outputs", () => {
  let directory: string;
  beforeEach(() => {
    directory = mkdtempSync(join(tmpdir(), "recorded-"));
  });
  afterEach(() => rmSync(directory, { recursive: true, force: true }));

  test("a record written from a deploy is not an example", () => {
    const file = writeRecordedOutputs("lab", { identity_a: "id-a", other: "x" }, ["identity_a"], directory);
    expect(JSON.parse(readFileSync(file, "utf8"))).toEqual({
      environment: "lab",
      outputs: { identity_a: "id-a" },
    });
    expect(readRecordedOutputs("lab", directory)?.example).toBeUndefined();
  });

  test("the example flag must be a boolean", () => {
    writeFileSync(
      join(directory, "lab.json"),
      JSON.stringify({ environment: "lab", example: "yes", outputs: {} }),
    );
    expect(() => readRecordedOutputs("lab", directory)).toThrow(
      /lab\.json: expected \{"environment": "lab", "outputs": \{\.\.\.\}\} \(and "example": true only in a shipped example\)/,
    );
  });

  test("the shipped Azure records are examples, so their environments are marked; AWS needs none", () => {
    const loaded = loadEnvironments(ENVIRONMENT_SPECS, {}, { today: TEST_TODAY });
    const marked = loaded
      .filter((platform) => platform.exampleOutputs)
      .map(({ environment }) => environment.name);
    expect(marked).toEqual(["azure-dev", "azure-prod", "azure-prod-dr"]);
    expect(loaded.find(({ environment }) => environment.name === "prod")?.exampleOutputs).toBeUndefined();
  });
});
