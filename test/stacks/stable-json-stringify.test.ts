import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { App } from "cdktf";
import { loadEnvironments } from "../../config";
import { ENVIRONMENT_SPECS } from "../../config/environments";
import { withFastTokenResolution } from "../../stacks/fast-token-resolution";
import { PlatformStack } from "../../stacks/platform-stack";
import { withoutTokenStackTraces } from "../../stacks/without-token-stack-traces";
import { TEST_TODAY } from "../support/test-today";

type Stringify = (value: unknown, options?: { space?: number | string }) => string | undefined;
// cdktf's own writer, as cdktf requires it, and the one the bundle puts in its place.
const library: Stringify = require(
  require.resolve("json-stable-stringify", { paths: [require.resolve("cdktf")] }),
);
const fast: Stringify = require("../../stacks/stable-json-stringify.cjs");

describe("the stable JSON writer", () => {
  const stacks = withoutTokenStackTraces(() =>
    withFastTokenResolution(() => {
      const app = new App({ outdir: mkdtempSync(join(tmpdir(), "stable-json-")), stackTraces: false });
      const built = loadEnvironments(ENVIRONMENT_SPECS, {}, { today: TEST_TODAY }).map(
        (platform) => new PlatformStack(app, platform),
      );
      app.synth();
      return built;
    }),
  );

  test.each(stacks.map((stack) => [stack.node.id, stack] as const))(
    "writes %s's stack exactly as json-stable-stringify does",
    (_, stack) => {
      const expected = library(stack.synthesizedJson, { space: 2 });
      expect(expected?.length).toBeGreaterThan(10_000);
      expect(fast(stack.synthesizedJson, { space: 2 })).toBe(expected);
    },
  );

  test.each<[string, unknown]>([
    ["empty containers", { a: {}, b: [], c: [[]], d: [{}] }],
    ["undefined, functions and null", { a: undefined, b: () => 1, c: null, d: [undefined, () => 1, null] }],
    ["keys in any order, escaped keys and strings", { z: 1, a: 'q"uote', é: "ünïcode", "\n": "\t" }],
    ["numbers and booleans", { n: [0, -1.5, 1e21, Number.NaN], t: true, f: false }],
    ["an object with toJSON", { when: new Date(0), custom: { toJSON: () => ({ b: 2, a: 1 }) } }],
    ["a scalar at the root", "just a string"],
    ["nothing", undefined],
  ])("writes %s as json-stable-stringify does", (_, value) => {
    for (const space of [2, "\t", undefined]) {
      const options = space === undefined ? undefined : { space };
      expect(fast(value, options)).toBe(library(value, options));
    }
  });

  test("refuses a cycle and an option it does not implement", () => {
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(() => fast(cyclic, { space: 2 })).toThrow("Converting circular structure to JSON");
    expect(() => fast({}, { cycles: true } as never)).toThrow(
      "stable-json-stringify: option cycles is not supported (only space)",
    );
  });
});
