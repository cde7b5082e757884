import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  App,
  DefaultTokenResolver,
  Fn,
  Lazy,
  StringConcat,
  TerraformStack,
  Token,
  Tokenization,
} from "cdktf";
import { loadEnvironments } from "../../config";
import { ENVIRONMENT_SPECS } from "../../config/environments";
import { withFastTokenResolution } from "../../stacks/fast-token-resolution";
import { PlatformStack } from "../../stacks/platform-stack";
import { withoutTokenStackTraces } from "../../stacks/without-token-stack-traces";
import { TEST_TODAY } from "../support/test-today";

/** Every shipped environment's cdk.tf.json as the synthesizer writes it, with or without the shortcut. */
function synthesizedFiles(fast: boolean): Map<string, string> {
  const outdir = mkdtempSync(join(tmpdir(), "fast-resolution-"));
  try {
    withoutTokenStackTraces(() => {
      const run = () => {
        const app = new App({ outdir, stackTraces: false });
        for (const platform of loadEnvironments(ENVIRONMENT_SPECS, {}, { today: TEST_TODAY })) {
          new PlatformStack(app, platform);
        }
        app.synth();
      };
      if (fast) withFastTokenResolution(run);
      else run();
    });
    return new Map(
      ENVIRONMENT_SPECS.map(({ name }) => [
        name,
        readFileSync(join(outdir, "stacks", name, "cdk.tf.json"), "utf8"),
      ]),
    );
  } finally {
    rmSync(outdir, { recursive: true, force: true });
  }
}

describe("the token-resolution shortcut", () => {
  const reference = synthesizedFiles(false);
  const fast = synthesizedFiles(true);

  test.each(ENVIRONMENT_SPECS.map(({ name }) => name))(
    "writes %s's stack byte for byte as cdktf does",
    (name) => {
      expect(fast.get(name)).toBe(reference.get(name));
      expect(reference.get(name)?.length).toBeGreaterThan(10_000);
    },
  );

  /** A value resolved by cdktf alone and through the shortcut. */
  function bothWays(make: (stack: TerraformStack) => unknown): { reference: unknown; fast: unknown } {
    const stack = new TerraformStack(new App({ outdir: mkdtempSync(join(tmpdir(), "resolve-")) }), "s");
    const options = { scope: stack, resolver: new DefaultTokenResolver(new StringConcat()) };
    return {
      reference: Tokenization.resolve(make(stack), options),
      fast: withFastTokenResolution(() => Tokenization.resolve(make(stack), options)),
    };
  }

  test.each<[string, (stack: TerraformStack) => unknown]>([
    [
      "plain data, undefined dropped from records and arrays",
      () => ({ a: 1, b: undefined, c: [1, undefined, null, "x"] }),
    ],
    ["a string token inside a string", () => ({ name: `prefix-${Fn.lower("ABC")}-suffix` })],
    [
      "a lazy value",
      () => ({
        lazy: Lazy.stringValue({ produce: () => "late" }),
        n: Lazy.numberValue({ produce: () => 3 }),
      }),
    ],
    ["an encoded number token", () => ({ port: Token.asNumber(Fn.tonumber("5432")) })],
    ["a list token as an array element", () => ({ zones: Token.asList(Fn.split(",", "a,b")) })],
    ["an encoded number list", () => ({ ports: Token.asNumberList(Fn.split(",", "1,2")) })],
    ["a map token", () => ({ tags: Token.asStringMap(Fn.merge([{ a: "b" }])) })],
    ["a token in a key", () => ({ [Fn.lower("KEY")]: "value" })],
    ["a string that looks like a stringified number", () => ({ value: "1e+289", other: "scale-1e3" })],
    ["a Date, left as it is", () => ({ when: new Date(0) })],
  ])("resolves %s exactly as cdktf does", (_, make) => {
    const { reference, fast } = bothWays(make);
    expect(JSON.stringify(fast)).toBe(JSON.stringify(reference));
  });

  test("an encoded map token in a scalar string fails with cdktf's own error", () => {
    const make = () => ({ value: Token.STRING_MAP_TOKEN_VALUE });
    let expected: unknown;
    try {
      bothWays(make);
    } catch (error) {
      expected = error;
    }
    expect(expected).toBeInstanceOf(Error);
    const stack = new TerraformStack(new App({ outdir: mkdtempSync(join(tmpdir(), "resolve-")) }), "s");
    const options = { scope: stack, resolver: new DefaultTokenResolver(new StringConcat()) };
    expect(() => withFastTokenResolution(() => Tokenization.resolve(make(), options))).toThrow(
      (expected as Error).message,
    );
  });

  test("restores cdktf's own resolution afterwards, also when the work fails", () => {
    const original = Tokenization.resolve;
    expect(() =>
      withFastTokenResolution(() => {
        expect(Tokenization.resolve).not.toBe(original);
        throw new Error("boom");
      }),
    ).toThrow("boom");
    expect(Tokenization.resolve).toBe(original);
  });
});
