import { type ApiObject, App, ImplicitTokenResolver, LazyResolver, NumberStringUnionResolver } from "cdk8s";

// The module object itself (not a copy of its exports): ApiObject and its metadata look `resolve` up on
// it at every call, so replacing it here is what they call.
import resolution = require("cdk8s/lib/resolve");

type Resolve = typeof resolution.resolve;

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
  // The key path of the value being walked; copied only for a value handed to cdk8s.
  const keys: string[] = [];
  const delegate = (value: unknown, apiObject: ApiObject) => original([...keys], value, apiObject);
  const walk = (value: unknown, apiObject: ApiObject): unknown => {
    if (value === null || value === undefined) return value;
    const type = typeof value;
    if (type === "string" || type === "number" || type === "boolean") return value;
    if (type !== "object") return delegate(value, apiObject);
    if (Array.isArray(value)) {
      return value.map((element, index) => {
        keys.push(`${index}`);
        const resolved = walk(element, apiObject);
        keys.pop();
        return resolved;
      });
    }
    const record = value as Record<string, unknown>;
    // cdk8s's own test for a dictionary; a record with a resolve method is a token.
    if (record.constructor === Object && typeof record.resolve !== "function") {
      const result: Record<string, unknown> = {};
      for (const [key, entry] of Object.entries(record)) {
        keys.push(key);
        result[key] = walk(entry, apiObject);
        keys.pop();
      }
      return result;
    }
    return delegate(value, apiObject);
  };
  resolution.resolve = (key, value, apiObject) => {
    if (!hasDefaultResolvers(App.of(apiObject)) || key.length !== 0) return original(key, value, apiObject);
    // A Lazy may render another object while this one is walked: each walk starts from an empty path,
    // and the outer one gets its path back, also after an error.
    const outer = keys.splice(0);
    try {
      return walk(value, apiObject);
    } finally {
      keys.splice(0, keys.length, ...outer);
    }
  };
  try {
    return work();
  } finally {
    resolution.resolve = original;
  }
}
