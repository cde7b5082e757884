/**
 * The API server's own rules, offline: the `x-kubernetes-validations` CEL rules of a CRD schema evaluated on
 * a custom object, as the API server evaluates them on create (after defaulting and structural validation).
 *
 * - Evaluator: @marcbachmann/cel-js (CEL spec macros and operators, integers as BigInt like CEL's int).
 *   Kubernetes' CEL library adds functions; the ones the pinned CRDs' rules call beyond the standard ones
 *   are registered here (`find`, `findAll` of the regex library; `split` and the other string functions come
 *   with the evaluator). A rule calling a function that is not registered (`quantity`, `isURL`, `format`, ...)
 *   is reported as a problem saying it cannot be evaluated: it never passes silently.
 * - Values are typed by the schema, as the API server types them: `integer` fields (and integral values of
 *   `int-or-string` and schemaless fields) become CEL ints, `number` fields doubles, everything else as is.
 *   `default`s of the schema are applied first, as the API server defaults a request before validating it.
 * - Transition rules (those reading `oldSelf`) only run on an update, against the stored object. There is no
 *   stored object offline, so they are skipped and listed in `skippedTransitionRules`. A rule with
 *   `optionalOldSelf` runs on create too; it is reported as not evaluable (none of the pinned CRDs has one).
 * - Not modelled: the cost budget, and `metadata` beyond `name` and `generateName` (all a root rule can read).
 */
import { Environment, type ParseResult } from "@marcbachmann/cel-js";

/** One broken (or unevaluable) rule: where, in JSON pointer form, and why. */
export interface CelProblem {
  readonly path: string;
  readonly reason: string;
}

export interface CelEvaluation {
  readonly problems: readonly CelProblem[];
  /** How many rule evaluations ran (a rule under a list runs once per item). */
  readonly evaluated: number;
  /** Transition rules (reading `oldSelf`) met on the way, with where they apply: evaluated only on update. */
  readonly skippedTransitionRules: readonly { readonly path: string; readonly rule: string }[];
}

interface ValidationRule {
  readonly rule: string;
  readonly message?: string;
  readonly fieldPath?: string;
  readonly optionalOldSelf?: boolean;
}

type Schema = Record<string, unknown>;
type Compiled = { readonly parsed: ParseResult } | { readonly error: string };

let environment: Environment | undefined;
let checker: Environment | undefined;

/** The evaluator with Kubernetes' extra functions that the pinned CRDs' rules call. */
function celEnvironment(): Environment {
  environment ??= withKubernetesFunctions(new Environment(OPTIONS).registerVariable("self", "dyn"));
  return environment;
}

/**
 * Type-checks a rule against the evaluator's functions (`oldSelf` declared too): the reason it could not be
 * evaluated, or undefined when it can.
 */
export function celRuleCheckError(rule: string): string | undefined {
  checker ??= withKubernetesFunctions(
    new Environment(OPTIONS).registerVariable("self", "dyn").registerVariable("oldSelf", "dyn"),
  );
  const result = checker.check(rule);
  return result.valid ? undefined : firstLine(result.error);
}

const OPTIONS = { unlistedVariablesAreDyn: false, homogeneousAggregateLiterals: false } as const;

function withKubernetesFunctions(base: Environment): Environment {
  return (
    base
      // Kubernetes regex library: the first match of the pattern, or "" when there is none.
      .registerFunction("string.find(string): string", (value: string, pattern: string) => {
        const match = regex(pattern).exec(value);
        return match ? match[0] : "";
      })
      .registerFunction("string.findAll(string): list<string>", (value: string, pattern: string) =>
        [...value.matchAll(new RegExp(regex(pattern).source, "gu"))].map((match) => match[0]),
      )
  );
}

const regexes = new Map<string, RegExp>();
/** RE2 patterns as JavaScript ones: the CRDs' patterns use only the syntax both share. */
function regex(pattern: string): RegExp {
  let compiled = regexes.get(pattern);
  if (!compiled) {
    compiled = new RegExp(pattern, "u");
    regexes.set(pattern, compiled);
  }
  return compiled;
}

const compiledRules = new Map<string, Compiled>();
function compile(rule: string): Compiled {
  let compiled = compiledRules.get(rule);
  if (!compiled) {
    try {
      compiled = { parsed: celEnvironment().parse(rule) };
    } catch (error) {
      compiled = { error: firstLine(error) };
    }
    compiledRules.set(rule, compiled);
  }
  return compiled;
}

function firstLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split("\n")[0] ?? "";
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function pointerToken(key: string): string {
  return key.replace(/~/g, "~0").replace(/\//g, "~1");
}

function isTransitionRule(rule: string): boolean {
  return /\boldSelf\b/.test(rule);
}

/**
 * Evaluates every `x-kubernetes-validations` rule of `openApiV3Schema` (a CRD version's schema) on `object`,
 * which is expected to pass the structural schema already.
 */
export function evaluateCelRules(openApiV3Schema: unknown, object: unknown): CelEvaluation {
  const problems: CelProblem[] = [];
  const skipped: { path: string; rule: string }[] = [];
  let evaluated = 0;

  /** The value as CEL sees it (defaults applied, integers as BigInt), with the rules below evaluated. */
  function visit(schema: unknown, value: unknown, path: string, root: boolean): unknown {
    if (!isRecord(schema)) return toCel(value);
    const typed = typedValue(schema, value, path, root);
    const rules = schema["x-kubernetes-validations"];
    if (Array.isArray(rules)) {
      for (const rule of rules as ValidationRule[]) {
        if (rule.optionalOldSelf === true) {
          // Evaluated on create too, with oldSelf absent: not modelled, so reported rather than passed.
          problems.push({
            path: path || "/",
            reason: `rule cannot be evaluated offline (optionalOldSelf): ${rule.rule}`,
          });
          continue;
        }
        if (isTransitionRule(rule.rule)) {
          skipped.push({ path: path || "/", rule: rule.rule });
          continue;
        }
        evaluated += 1;
        const problem = evaluateRule(rule, typed, path);
        if (problem) problems.push(problem);
      }
    }
    return typed;
  }

  function typedValue(schema: Schema, value: unknown, path: string, root: boolean): unknown {
    const type = schema.type;
    if (Array.isArray(value)) {
      // Array.from, not map: an array from another realm (structuredClone in a test) stays a list to CEL.
      return Array.from(value, (item, index) => visit(schema.items, item, `${path}/${index}`, false));
    }
    if (isRecord(value)) {
      const properties = isRecord(schema.properties) ? schema.properties : undefined;
      const additional = schema.additionalProperties;
      const withDefaults: Record<string, unknown> = { ...value };
      if (properties) {
        for (const [key, property] of Object.entries(properties)) {
          if (withDefaults[key] === undefined && isRecord(property) && property.default !== undefined) {
            withDefaults[key] = JSON.parse(JSON.stringify(property.default));
          }
        }
      }
      const typed: Record<string, unknown> = {};
      for (const [key, child] of Object.entries(withDefaults)) {
        if (root && key === "metadata" && isRecord(child)) {
          // A root rule sees only these of the metadata.
          typed.metadata = Object.fromEntries(
            Object.entries(child).filter(([name]) => name === "name" || name === "generateName"),
          );
          continue;
        }
        const childSchema = properties?.[key] ?? (isRecord(additional) ? additional : undefined);
        typed[key] = visit(childSchema, child, `${path}/${pointerToken(key)}`, false);
      }
      return typed;
    }
    if (typeof value === "number") {
      if (type === "number") return value;
      return Number.isInteger(value) ? BigInt(value) : value;
    }
    return value;
  }

  function evaluateRule(rule: ValidationRule, self: unknown, path: string): CelProblem | undefined {
    const at = `${path}${rule.fieldPath ? pointerFromFieldPath(rule.fieldPath) : ""}` || "/";
    const compiled = compile(rule.rule);
    if ("error" in compiled) {
      return { path: at, reason: `rule cannot be evaluated (${compiled.error}): ${rule.rule}` };
    }
    let result: unknown;
    try {
      result = compiled.parsed({ self });
    } catch (error) {
      return { path: at, reason: `rule cannot be evaluated (${firstLine(error)}): ${rule.rule}` };
    }
    if (result === true) return undefined;
    if (result !== false) {
      return { path: at, reason: `rule does not give a bool (got ${String(result)}): ${rule.rule}` };
    }
    return { path: at, reason: `${rule.message ?? `failed rule: ${rule.rule}`} (rule: ${rule.rule})` };
  }

  visit(openApiV3Schema, object, "", true);
  return { problems, evaluated, skippedTransitionRules: skipped };
}

/** A value outside any schema (preserved unknown fields) as CEL sees it: integral numbers are ints. */
function toCel(value: unknown): unknown {
  if (Array.isArray(value)) return Array.from(value, toCel);
  if (isRecord(value)) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toCel(v)]));
  if (typeof value === "number" && Number.isInteger(value)) return BigInt(value);
  return value;
}

/** `.spec.role` or `.spec['a.b']` (a rule's fieldPath) as a JSON pointer suffix. */
function pointerFromFieldPath(fieldPath: string): string {
  const tokens = [...fieldPath.matchAll(/\.([^.[\]]+)|\[['"]?([^'"\]]+)['"]?\]/g)].map(
    (match) => match[1] ?? match[2] ?? "",
  );
  return tokens.map((token) => `/${pointerToken(token)}`).join("");
}
