import { ENVIRONMENT_SPECS } from "../../../config/environments";
import { problemsOf } from "../../support/spec-problems";

/** prod, renamed: the longest names the AWS cloud layer makes come from the environment's name. */
const renamedProd = (name: string, recoveryRegion = "us-west-2") =>
  ENVIRONMENT_SPECS.filter((spec) => spec.name !== "prod-dr").map((spec) =>
    spec.name === "prod" ? { ...spec, name, recoveryRegion } : spec,
  );

describe("AWS names are checked against their resources' limits where the spec is read", () => {
  test("a replicated bucket in a long recovery region outgrows S3's 63 characters", () => {
    expect(problemsOf(renamedProd("abcdefghijklmnopqr", "ap-southeast-1") as never)).toEqual([
      'environment "abcdefghijklmnopqr", field name: got "abcdefghijklmnopqr"; expected at most 16 characters here: it makes the replica S3 bucket (in ap-southeast-1) "mlops-platform-abcdefghijklmnopqr-mlflow-artifacts-ap-southeast-1", 65 characters where AWS allows 63',
    ]);
  });

  test("the same name fits with a shorter recovery region", () => {
    expect(() => problemsOf(renamedProd("abcdefghijklmnopqr", "us-west-2") as never)).toThrow(
      "expected the specs to be rejected",
    );
  });

  test("the shipped environments fit", () => {
    expect(() => problemsOf(ENVIRONMENT_SPECS)).toThrow("expected the specs to be rejected");
  });
});
