import { type ApiObject, App, ImplicitTokenResolver, LazyResolver, NumberStringUnionResolver } from "cdk8s";

// The module object itself (not a copy of its exports): ApiObject and its metadata look `resolve` up on
// it at every call, so replacing it here is what they call.
import resolution = require("cdk8s/lib/resolve");

type Resolve = typeof resolution.resolve;

/** A key path built only when something needs it (cdk8s hands it to its resolvers). */
interface KeyPath {
  readonly parent?: KeyPath;
  readonly segment?: string;
}

function keysOf(path: KeyPath): string[] {
  const keys: string[] = [];
  for (let at: KeyPath | undefined = path; at?.segment !== undefined; at = at.parent) keys.push(at.segment);
  return keys.reverse();
}

/** Whether `app` resolves with cdk8s's own resolvers only, in their order. */
function hasDefaultResolvers(app: App): boolean {
  const [lazy, implicit, union, ...rest] = app.resolvers;
  return (
    rest.length === 0 &&
    lazy instanceof LazyResolver &&
    implicit instanceof ImplicitTokenResolver &&
    union instanceof NumberStringUnionResolver
  );
}

/**
 * Runs `work` with cdk8s's object resolution taking a shortcut through plain data.
 *
 * cdk8s resolves every value of every object, down to each string, by offering it to each resolver in
 * turn with a new context and a copied key path. With the default resolvers only three kinds of values
 * can change: a `Lazy`, an object with a `resolve` method, and a class instance with a number or string
 * `value` (IntOrString, Quantity). So strings, numbers and booleans are returned as they are, arrays and
 * plain records are walked exactly as cdk8s walks them, and every other value (a class instance, a
 * record with a `resolve` method, a function) goes to cdk8s's own resolution with its key path. An app
 * with resolvers of its own is resolved by cdk8s alone. test/charts/fast-object-resolution.test.ts
 * proves every chart of every environment identical both ways.
 */
export function withFastObjectResolution<T>(work: () => T): T {
  const original: Resolve = resolution.resolve;
  const walk = (path: KeyPath, value: unknown, apiObject: ApiObject): unknown => {
    if (value === null || value === undefined) return value;
    const type = typeof value;
    if (type === "string" || type === "number" || type === "boolean") return value;
    if (type !== "object") return original(keysOf(path), value, apiObject);
    if (Array.isArray(value)) {
      return value.map((element, index) => walk({ parent: path, segment: `${index}` }, element, apiObject));
    }
    const record = value as Record<string, unknown>;
    // cdk8s's own test for a dictionary; a record with a resolve method is a token.
    if (record.constructor === Object && typeof record.resolve !== "function") {
      const result: Record<string, unknown> = {};
      for (const [key, entry] of Object.entries(record)) {
        result[key] = walk({ parent: path, segment: key }, entry, apiObject);
      }
      return result;
    }
    return original(keysOf(path), value, apiObject);
  };
  resolution.resolve = (key, value, apiObject) =>
    hasDefaultResolvers(App.of(apiObject)) && key.length === 0
      ? walk({}, value, apiObject)
      : original(key, value, apiObject);
  try {
    return work();
  } finally {
    resolution.resolve = original;
  }
}
