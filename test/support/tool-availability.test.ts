import { mustRunBecause } from "./tool-availability";

describe("mustRunBecause: when a suite that cannot run fails instead of skipping", () => {
  test.each([
    [{}, {}, undefined],
    [{}, { REQUIRE_E2E_TOOLS: "1" }, "REQUIRE_E2E_TOOLS=1"],
    [{ failUnderCi: true }, { REQUIRE_E2E_TOOLS: "1" }, "REQUIRE_E2E_TOOLS=1"],
    // Tools may be missing on a CI machine unless REQUIRE_E2E_TOOLS says otherwise; data may not.
    [{}, { CI: "true" }, undefined],
    [{ failUnderCi: true }, { CI: "true" }, "CI=true"],
    [{ failUnderCi: true }, { CI: "1" }, "CI=1"],
    [{ failUnderCi: true }, { CI: "false" }, undefined],
    [{ failUnderCi: true }, { CI: "0" }, undefined],
    [{ failUnderCi: true }, { CI: "" }, undefined],
    [{ failUnderCi: true }, {}, undefined],
    // A tool no machine of this kind has (a provider binary nothing here publishes) never fails the run.
    [{ notOnThisImage: true }, { REQUIRE_E2E_TOOLS: "1", CI: "true" }, undefined],
  ])("options %j, environment %j: %s", (options, env, expected) => {
    expect(mustRunBecause(options, env)).toBe(expected);
  });
});
