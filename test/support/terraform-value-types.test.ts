import { tf } from "./terraform-json";
import { checkValue, isTemplate, type TerraformType, typeName } from "./terraform-value-types";

describe("checkValue", () => {
  test.each<[TerraformType, unknown]>([
    ["string", "text"],
    ["string", 42],
    ["string", false],
    ["number", 1.5],
    ["number", "12"],
    ["number", "-1.5e3"],
    ["bool", true],
    ["bool", "false"],
    ["bool", "1"],
    ["bool", "0"],
    [
      ["list", "string"],
      ["a", 1, true],
    ],
    [
      ["set", "number"],
      [1, "2"],
    ],
    [["map", "string"], { a: "x", b: 2 }],
    [["object", { name: "string", port: "number" }], { name: "n", port: "80" }],
    [["object", { name: "string", port: "number" }, ["port"]], { name: "n" }],
    [
      ["tuple", ["string", "bool"]],
      ["a", "true"],
    ],
    ["dynamic", { anything: ["at", "all"] }],
    ["number", null],
    [
      ["list", "number"],
      [null, 1],
    ],
  ])("%j accepts %j", (type, value) => {
    expect(checkValue(value, type, "x")).toEqual([]);
  });

  test.each<[TerraformType, unknown]>([
    ["number", tf("var.size")],
    [["list", "string"], tf("aws_subnet.private[*].id")],
    [["map", "string"], tf("merge(local.tags, { a = 1 })")],
    ["bool", "%{if var.on}true%{else}false%{endif}"],
    [
      ["list", "number"],
      [tf("var.port"), 443],
    ],
  ])("%j accepts the expression %j, known only at plan time", (type, value) => {
    expect(checkValue(value, type, "x")).toEqual([]);
  });

  test.each<[TerraformType, unknown, string, string]>([
    ["string", { a: 1 }, "x", "wrong type: expected string, got object"],
    ["string", ["a"], "x", "wrong type: expected string, got array"],
    ["number", "twelve", "x", 'wrong type: expected number, got string "twelve"'],
    ["number", true, "x", "wrong type: expected number, got bool true"],
    ["number", "0x10", "x", 'wrong type: expected number, got string "0x10"'],
    ["bool", "yes", "x", 'wrong type: expected bool, got string "yes"'],
    ["bool", "True", "x", 'wrong type: expected bool, got string "True"'],
    ["bool", 1, "x", "wrong type: expected bool, got number 1"],
    [["list", "string"], "a", "x", 'wrong type: expected list(string), got string "a"'],
    [["set", "string"], [["a"]], "x[0]", "wrong type: expected string, got array"],
    [["map", "number"], { a: "one" }, 'x["a"]', 'wrong type: expected number, got string "one"'],
    [["map", "string"], ["a"], "x", "wrong type: expected map(string), got array"],
    [["tuple", ["string"]], ["a", "b"], "x", "wrong type: expected tuple([string]), got array"],
    [
      ["list", ["object", { port: "number" }]],
      [{ port: "http" }],
      "x[0].port",
      'wrong type: expected number, got string "http"',
    ],
    [
      ["object", { name: "string", port: "number" }],
      { name: "n" },
      "x",
      'wrong type: attribute "port" is required by object({name=string, port=number})',
    ],
  ])("%j refuses %j at %s", (type, value, path, message) => {
    expect(checkValue(value, type, "x")).toEqual([{ severity: "error", path, message }]);
  });

  test("an attribute the object type does not declare is dropped by Terraform: a warning", () => {
    expect(checkValue({ name: "n", nmae: "m" }, ["object", { name: "string" }], "x")).toEqual([
      {
        severity: "warning",
        path: "x.nmae",
        message: 'attribute "nmae" is not part of object({name=string}); Terraform drops it',
      },
    ]);
  });
});

describe("isTemplate", () => {
  test.each([
    [tf("var.a"), true],
    [`arn:aws:s3:::${tf("var.bucket")}/*`, true],
    [`%{for x in var.xs}${tf("x")}%{endfor}`, true],
    ["plain", false],
    ["$${not.a.reference}", false],
    ["%%{not a directive}", false],
    ["costs $5 {each}", false],
  ])("%s: %s", (value, expected) => {
    expect(isTemplate(value)).toBe(expected);
  });
});

test("typeName writes Terraform's notation", () => {
  expect(
    typeName(["map", ["object", { a: ["list", "string"], b: ["tuple", ["number", "bool"]], c: "dynamic" }]]),
  ).toBe("map(object({a=list(string), b=tuple([number, bool]), c=any}))");
});
