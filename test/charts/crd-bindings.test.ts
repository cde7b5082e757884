import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { transformSync } from "esbuild";
import { TypeGenerator } from "json2jsii";
import { LEAN_HELPERS_MODULE, LEAN_HELPERS_SOURCE, leanSerializers } from "../../scripts/import-crds";

// biome-ignore lint/suspicious/noExplicitAny: serializers take and return plain JSON.
type Serializer = (value: any) => unknown;

/**
 * The serializer of a struct exactly as `cdk8s import` generates it (json2jsii, the generator it runs),
 * compiled and loaded, with or without the lean rewrite.
 */
function serializer(source: string, lean: boolean): Serializer {
  const typescript = `${lean ? leanSerializers(source, "thing.ts") : source}\nexport const serialize = toJson_Thing;\n`;
  const exports = load(typescript, { [`./${LEAN_HELPERS_MODULE}`]: load(LEAN_HELPERS_SOURCE, {}) }) as {
    serialize?: Serializer;
  };
  if (!exports.serialize) throw new Error("no serializer");
  return exports.serialize;
}

/** A TypeScript module compiled and run, its imports served from `modules`; its exports. */
function load(typescript: string, modules: Record<string, unknown>): unknown {
  const { code } = transformSync(typescript, { loader: "ts", format: "cjs" });
  const module = { exports: {} };
  const require = (id: string) => {
    if (!(id in modules)) throw new Error(`no module ${id}`);
    return modules[id];
  };
  new Function("exports", "module", "require", code)(module.exports, module, require);
  return module.exports;
}

const intOrString = { "x-kubernetes-int-or-string": true, anyOf: [{ type: "integer" }, { type: "string" }] };
const named = { type: "object", properties: { name: { type: "string" }, hostPID: { type: "boolean" } } };
const THING = TypeGenerator.forStruct("Thing", {
  type: "object",
  properties: {
    hostIP: { type: "string" },
    replicas: intOrString,
    limits: { type: "object", additionalProperties: intOrString },
    labels: { type: "object", additionalProperties: { type: "string" } },
    lists: { type: "object", additionalProperties: { type: "array", items: { type: "string" } } },
    children: { type: "object", additionalProperties: named },
    childLists: { type: "object", additionalProperties: { type: "array", items: named } },
    items: { type: "array", items: named },
    free: { type: "object", "x-kubernetes-preserve-unknown-fields": true },
  },
}).render();

describe("the lean CRD serializers (scripts/import-crds.ts)", () => {
  const generated = serializer(THING, false);
  const lean = serializer(THING, true);

  test.each<[string, unknown]>([
    ["nothing", undefined],
    ["an empty object", {}],
    [
      "every kind of field, undefined values among them",
      {
        hostIp: "10.0.0.1",
        replicas: { value: 3 },
        limits: { cpu: { value: "500m" }, memory: { value: "1Gi" }, gone: undefined },
        labels: { b: "2", a: "1", skipped: undefined },
        lists: { zones: ["a", "b"], none: undefined },
        children: { one: { name: "x", hostPid: true, extra: "dropped" }, two: undefined },
        childLists: { group: [{ name: "y" }] },
        items: [{ name: "z" }, { hostPid: false }],
        free: { anything: { goes: [1, 2] } },
        unknown: "dropped by both",
      },
    ],
    ["a map key that is special to object literals", { labels: JSON.parse('{"__proto__":"kept","x":"y"}') }],
    ["keys in an order that is not sorted", { labels: { z: "1", m: "2", a: "3" }, hostIp: "h" }],
  ])("serializes %s exactly as the generated code does", (_, input) => {
    const expected = generated(input);
    const actual = lean(input);
    expect(JSON.stringify(actual)).toBe(JSON.stringify(expected));
    expect(actual).toEqual(expected);
    if (expected && typeof expected === "object") {
      expect(Object.getPrototypeOf(actual)).toBe(Object.getPrototypeOf(expected));
    }
  });

  test("the rewrite leaves no quadratic filter and no exported serializer helper behind", () => {
    const rewritten = leanSerializers(THING, "thing.ts");
    expect(THING).toContain(".reduce((r, i)");
    expect(rewritten).not.toContain(".reduce((r, i)");
    expect(rewritten).not.toMatch(/^export function toJson_/m);
    expect(rewritten).toMatch(/^export class ThingReplicas/m);
  });

  test("a serializer shape it does not know fails the import, naming the file", () => {
    const unknownShape = `${THING}\nconst odd = Object.entries({}).reduce((r, i) => r, {});\n`;
    expect(() => leanSerializers(unknownShape, "odd.ts")).toThrow(
      "leanSerializers: odd.ts has a serializer shape this script does not know",
    );
  });

  test("the committed bindings in imports/ are the lean ones", () => {
    const importsDir = join(__dirname, "..", "..", "imports");
    const bindings = readdirSync(importsDir).filter(
      (file) => file.endsWith(".js") && file !== `${LEAN_HELPERS_MODULE}.js`,
    );
    expect(bindings.length).toBeGreaterThan(10);
    // One copy of the helpers, beside the bindings, that each of them imports.
    expect(readFileSync(join(importsDir, `${LEAN_HELPERS_MODULE}.js`), "utf8")).toContain(
      "function setEntry",
    );
    for (const file of bindings) {
      const code = readFileSync(join(importsDir, file), "utf8");
      expect({ file, quadratic: code.includes(".reduce((r, i)") }).toEqual({ file, quadratic: false });
      expect({ file, exported: /^exports\.toJson_/m.test(code) }).toEqual({ file, exported: false });
      expect({ file, ownHelpers: code.includes("function setEntry") }).toEqual({ file, ownHelpers: false });
    }
  });
});
