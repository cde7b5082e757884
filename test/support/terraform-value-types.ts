/**
 * Whether a literal value in Terraform JSON converts to an attribute's type, by Terraform's own rules
 * (go-cty's convert package): a number or bool becomes a string, a numeric string a number, "true",
 * "false", "1" and "0" a bool; a JSON array converts to a list, set or tuple, a JSON object to a map or an
 * object. A string holding an interpolation or directive (`${...}`, `%{...}`) is only known at plan time,
 * so it matches any type.
 */

/** A type as `terraform providers schema -json` writes it. */
export type TerraformType =
  | "string"
  | "number"
  | "bool"
  | "dynamic"
  | readonly ["list" | "set" | "map", TerraformType]
  | readonly ["object", Readonly<Record<string, TerraformType>>, (readonly string[])?]
  | readonly ["tuple", readonly TerraformType[]];

export interface ValueProblem {
  readonly severity: "error" | "warning";
  readonly path: string;
  readonly message: string;
}

/** `parent.name`, or `name` at the top. */
export function attributePath(parent: string, name: string): string {
  return parent === "" ? name : `${parent}.${name}`;
}

/** `parent[index]`. */
export function indexPath(parent: string, index: number): string {
  return `${parent}[${index}]`;
}

/** `parent["key"]`. */
export function keyPath(parent: string, key: string): string {
  return `${parent}[${JSON.stringify(key)}]`;
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * Whether a string is a template Terraform evaluates: it holds `${` or `%{` that is not escaped as `$${`
 * or `%%{`.
 */
export function isTemplate(value: unknown): boolean {
  return typeof value === "string" && /(?:^|[^$])\$\{|(?:^|[^%])%\{/.test(value);
}

/** The type in Terraform's own notation: `list(string)`, `object({name=string})`, `any` for dynamic. */
export function typeName(type: TerraformType): string {
  if (typeof type === "string") return type === "dynamic" ? "any" : type;
  switch (type[0]) {
    case "list":
    case "set":
    case "map":
      return `${type[0]}(${typeName(type[1])})`;
    case "object": {
      const attributes = Object.entries(type[1]).map(([name, attribute]) => `${name}=${typeName(attribute)}`);
      return `object({${attributes.join(", ")}})`;
    }
    case "tuple":
      return `tuple([${type[1].map(typeName).join(", ")}])`;
  }
}

/** What a JSON value is, for messages: `object`, `array`, `null`, or the kind with the value. */
export function describeJsonValue(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  if (typeof value === "object") return "object";
  if (typeof value === "string") return `string ${JSON.stringify(value)}`;
  return `${typeof value === "boolean" ? "bool" : typeof value} ${String(value)}`;
}

/** What big.Float's decimal parser (cty's string-to-number conversion) accepts, near enough. */
const NUMERIC_STRING = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
const BOOL_STRINGS = new Set(["true", "false", "1", "0"]);

function mismatch(path: string, type: TerraformType, value: unknown): ValueProblem {
  return {
    severity: "error",
    path,
    message: `wrong type: expected ${typeName(type)}, got ${describeJsonValue(value)}`,
  };
}

/**
 * The problems of assigning `value` (a literal from Terraform JSON) to an attribute of `type` at `path`.
 * Null is every type's "unset". An attribute of an object type that the type does not declare is dropped
 * by Terraform's conversion, silently: reported as a warning, since it is almost always a misspelling.
 */
export function checkValue(value: unknown, type: TerraformType, path: string): ValueProblem[] {
  if (value === null || type === "dynamic" || isTemplate(value)) return [];
  if (typeof type === "string") {
    const converts =
      type === "string"
        ? typeof value === "string" || typeof value === "number" || typeof value === "boolean"
        : type === "number"
          ? typeof value === "number" || (typeof value === "string" && NUMERIC_STRING.test(value))
          : typeof value === "boolean" || (typeof value === "string" && BOOL_STRINGS.has(value));
    return converts ? [] : [mismatch(path, type, value)];
  }
  switch (type[0]) {
    case "list":
    case "set": {
      if (!Array.isArray(value)) return [mismatch(path, type, value)];
      const element = type[1];
      return value.flatMap((item, index) => checkValue(item, element, indexPath(path, index)));
    }
    case "map": {
      if (!isPlainObject(value)) return [mismatch(path, type, value)];
      const element = type[1];
      return Object.entries(value).flatMap(([key, item]) => checkValue(item, element, keyPath(path, key)));
    }
    case "tuple": {
      const elements = type[1];
      if (!Array.isArray(value) || value.length !== elements.length) return [mismatch(path, type, value)];
      return value.flatMap((item, index) =>
        checkValue(item, elements[index] as TerraformType, indexPath(path, index)),
      );
    }
    case "object":
      return checkObject(value, type, path);
  }
}

function checkObject(
  value: unknown,
  type: readonly ["object", Readonly<Record<string, TerraformType>>, (readonly string[])?],
  path: string,
): ValueProblem[] {
  if (!isPlainObject(value)) return [mismatch(path, type, value)];
  const [, attributes, optional = []] = type;
  const problems: ValueProblem[] = [];
  for (const [name, attributeType] of Object.entries(attributes)) {
    if (name in value) {
      problems.push(...checkValue(value[name], attributeType, attributePath(path, name)));
    } else if (!optional.includes(name)) {
      problems.push({
        severity: "error",
        path,
        message: `wrong type: attribute "${name}" is required by ${typeName(type)}`,
      });
    }
  }
  for (const name of Object.keys(value)) {
    if (!(name in attributes)) {
      problems.push({
        severity: "warning",
        path: attributePath(path, name),
        message: `attribute "${name}" is not part of ${typeName(type)}; Terraform drops it`,
      });
    }
  }
  return problems;
}
