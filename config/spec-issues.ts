import { z } from "zod";
import { MOVED_FIELDS } from "./spec-common";

/** One problem in a spec at a field path, in the platform's message terms: what was got, what is allowed. */
export interface SpecProblem {
  readonly field: string;
  readonly value: unknown;
  readonly allowed: string;
  /**
   * Whether the value has the right type and only its range is wrong (a count too high, a fraction): the
   * spec's shape holds, so the rules that run after the schema can still look at it.
   */
  readonly outOfRange: boolean;
}

const RANGE_CODES: ReadonlySet<string> = new Set(["too_small", "too_big"]);

/**
 * Parses `spec` with `schema` and turns every schema issue into a SpecProblem: the field as written in the
 * spec (`models[0].name`), the value found there, and what is allowed, with the nearest known field
 * suggested for an unknown one.
 */
export function schemaProblems(schema: z.ZodType, spec: unknown): SpecProblem[] {
  const result = schema.safeParse(spec);
  if (result.success) return [];
  return result.error.issues.flatMap((issue) => {
    const outOfRange =
      RANGE_CODES.has(issue.code) || (issue.code === "invalid_type" && issue.expected === "int");
    return toProblems(schema, spec, issue).map((problem) => ({ ...problem, outOfRange }));
  });
}

function toProblems(
  schema: z.ZodType,
  spec: unknown,
  issue: z.core.$ZodIssue,
): Omit<SpecProblem, "outOfRange">[] {
  const path = issue.path.filter((part): part is string | number => typeof part !== "symbol");
  const value = valueAt(spec, path);
  switch (issue.code) {
    case "unrecognized_keys": {
      const known = knownKeys(schema, spec, path);
      return issue.keys.map((key) => {
        const field = fieldName([...path, key]);
        const moved = MOVED_FIELDS[field];
        if (moved !== undefined) {
          return {
            field,
            value: valueAt(value, [key]),
            allowed: `no field "${key}" here: it moved to ${moved}`,
          };
        }
        const suggestion = closest(key, known);
        return {
          field,
          value: valueAt(value, [key]),
          allowed: `no field "${key}" here${suggestion ? `: did you mean "${suggestion}"?` : "."} Known fields: ${known.join(", ")}`,
        };
      });
    }
    case "invalid_type":
      // A number that is not whole fails its integer check, whose message says the allowed range.
      if (issue.expected === "int") return [{ field: fieldName(path), value, allowed: issue.message }];
      return [{ field: fieldName(path), value, allowed: expectedType(issue.expected, value) }];
    case "invalid_value":
      return [{ field: fieldName(path), value, allowed: `one of ${quoted(issue.values)}` }];
    case "invalid_union": {
      const options = (issue as { options?: readonly unknown[] }).options;
      return [
        {
          field: fieldName(path),
          value,
          allowed: options ? `one of ${quoted(options)}` : issue.message,
        },
      ];
    }
    default:
      return [{ field: fieldName(path), value, allowed: issue.message }];
  }
}

function expectedType(expected: string, value: unknown): string {
  if (value === undefined) return `${typeName(expected, "")}; this field is required`;
  return typeName(expected, value);
}

function typeName(expected: string, value: unknown): string {
  const unquoted = typeof value === "string" ? " (unquoted: a string in quotes is not one)" : "";
  switch (expected) {
    case "number":
      return `a number${unquoted}`;
    case "int":
      return "a whole number";
    case "boolean":
      return `true or false${unquoted}`;
    case "string":
      return "a string";
    case "array":
      return "a list";
    case "object":
    case "record":
      return "a section of fields (an object)";
    default:
      return `a value of type ${expected}`;
  }
}

/** The keys the schema allows at `path` of `spec` (options of a union picked by their discriminator). */
function knownKeys(schema: z.ZodType, spec: unknown, path: readonly (string | number)[]): string[] {
  let node: z.ZodType | undefined = schema;
  let value: unknown = spec;
  for (const part of [...path, undefined]) {
    node = unwrap(node, value);
    if (part === undefined || node === undefined) break;
    if (node instanceof z.ZodObject) node = (node.shape as Record<string, z.ZodType>)[part as string];
    else if (node instanceof z.ZodArray) node = node.element as z.ZodType;
    else if (node instanceof z.ZodRecord) node = node.valueType as z.ZodType;
    else return [];
    value = valueAt(value, [part]);
  }
  return node instanceof z.ZodObject ? Object.keys(node.shape).sort() : [];
}

function unwrap(node: z.ZodType | undefined, value: unknown): z.ZodType | undefined {
  let current = node;
  while (current instanceof z.ZodOptional) current = current.unwrap() as z.ZodType;
  if (current instanceof z.ZodDiscriminatedUnion) {
    const key = current.def.discriminator;
    const wanted = valueAt(value, [key]);
    return (current.options as z.ZodType[]).find((option) => {
      const literal =
        option instanceof z.ZodObject ? (option.shape as Record<string, z.ZodType>)[key] : undefined;
      return literal instanceof z.ZodLiteral && literal.values.has(wanted as never);
    });
  }
  return current;
}

function valueAt(value: unknown, path: readonly (string | number)[]): unknown {
  let current = value;
  for (const part of path) {
    if (current === null || typeof current !== "object") return undefined;
    current = (current as Record<string | number, unknown>)[part];
  }
  return current;
}

/** `models[0].resources.cpu` */
export function fieldName(path: readonly (string | number)[]): string {
  return path.reduce<string>(
    (name, part) => (typeof part === "number" ? `${name}[${part}]` : name ? `${name}.${part}` : part),
    "",
  );
}

function quoted(values: readonly unknown[]): string {
  return values.map((value) => JSON.stringify(value)).join(", ");
}

/**
 * The known name closest to `name`, if it is close enough to be a slip: letters compared without case, at
 * most a third of the name's letters (and at least two) different; or a known name it abbreviates.
 */
export function closest(name: string, known: readonly string[]): string | undefined {
  const lower = name.toLowerCase();
  const extended = lower.length >= 4 && known.find((candidate) => candidate.toLowerCase().startsWith(lower));
  if (extended) return extended;
  let best: string | undefined;
  let bestDistance = Math.max(2, Math.floor(name.length / 3)) + 1;
  for (const candidate of known) {
    const distance = editDistance(name.toLowerCase(), candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current[j] = Math.min((previous[j] as number) + 1, (current[j - 1] as number) + 1, substitution);
    }
    previous = current;
  }
  return previous[b.length] as number;
}
