import { Yaml } from "cdk8s";
import { stringifyDocuments, withFastYaml } from "../../charts/yaml-writer";
import { ENVIRONMENT_SPECS } from "../../config/environments";
import { clusterLayer } from "../support/cluster-layer";

/** The library's writer, as cdk8s calls it when nothing is swapped. */
const library = (...documents: unknown[]) => Yaml.stringify(...documents);

describe("the chart YAML writer writes exactly what cdk8s writes", () => {
  test.each(ENVIRONMENT_SPECS.map((spec) => spec.name))("every chart of %s, byte for byte", (name) => {
    const layer = clusterLayer(name);
    expect(layer.charts.size).toBeGreaterThan(0);
    for (const [chart, manifests] of layer.charts) {
      const expected = library(...manifests);
      expect({ chart, yaml: stringifyDocuments(...manifests) }).toEqual({ chart, yaml: expected });
    }
  });

  test("scalars the YAML rules quote, keep or turn into block scalars", () => {
    const tricky = [
      "plain",
      "--host",
      "- x",
      "@a",
      "a #b",
      "a#b",
      "12:30",
      "0777",
      "on",
      "Off",
      "y",
      "N",
      "~",
      "null",
      "NULL",
      "1e3",
      ".5",
      "-1",
      "=x",
      "?x",
      "{x",
      "a,b",
      '"q',
      "'q",
      "",
      " lead",
      "trail ",
      "a\nb",
      "a\nb\n",
      "a\n\nb  \n",
      "  indented\nfirst line",
      "tab\there",
      "ünïcode",
      "key: value",
      "s3://bucket/prefix",
    ];
    // One document per value, in every position: a value the writer leaves to the library (a block
    // scalar with an indentation indicator) does not hide the others.
    for (const value of tricky) {
      const document = {
        list: [value],
        map: { key: value },
        keyed: { [value === "" ? "empty" : value]: 1 },
        nested: [{ a: [value], b: { c: value } }, [[value], []], {}],
      };
      expect({ value, yaml: stringifyDocuments(document) }).toEqual({ value, yaml: library(document) });
    }
    const others = { numbers: [0, -3, 0.5, 1e21, 2 ** 53], flags: [true, false, null], empty: [{}, []] };
    expect(stringifyDocuments(others, undefined, { kind: "x" })).toBe(
      library(others, undefined, { kind: "x" }),
    );
  });

  test("cdk8s writes through it only inside withFastYaml", () => {
    const before = Yaml.stringify;
    const seen = withFastYaml(() => Yaml.stringify);
    expect(seen).toBe(stringifyDocuments);
    expect(Yaml.stringify).toBe(before);
    expect(() =>
      withFastYaml(() => {
        throw new Error("synth failed");
      }),
    ).toThrow("synth failed");
    expect(Yaml.stringify).toBe(before);
  });
});
