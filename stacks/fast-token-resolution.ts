import { Tokenization } from "cdktf";

type ResolveOptions = Parameters<typeof Tokenization.resolve>[1];

/** What cdktf's string path treats specially: a token marker, or an encoded map token in scalar context. */
const TOKEN_MARKER = "TfToken[";
const MAP_TOKEN_VALUES: ReadonlySet<string> = new Set(["String Map Token Value", "Any Map Token Value"]);
/**
 * Where cdktf's number-token pattern (`[-|\d|.\+]+(e[-|\d|.|e|E|\+]+)`) could match inside a string: a
 * string without such a place holds no stringified number token.
 */
const NUMBER_TOKEN_SHAPE = /[-|\d.+]e[-|\d.eE+]/;
/**
 * Encoded number tokens are doubles whose top 16 bits are 0xfdff or 0xfbff: negative, at most -2^960
 * (about -9.7e288). Every number above this bound is a plain number.
 */
const PLAIN_NUMBER_BOUND = -1e288;

function isPlainString(value: string): boolean {
  return !value.includes(TOKEN_MARKER) && !MAP_TOKEN_VALUES.has(value) && !NUMBER_TOKEN_SHAPE.test(value);
}

/** A value cdktf would return unchanged: no token can hide in it. */
function isPlainScalar(value: unknown): boolean {
  switch (typeof value) {
    case "undefined":
    case "boolean":
      return true;
    case "number":
      return value > PLAIN_NUMBER_BOUND;
    case "string":
      return isPlainString(value);
    default:
      return value === null;
  }
}

/** An object cdktf resolves key by key: a plain record (not a token, a construct, a Date or a class instance). */
function isPlainRecord(value: object): value is Record<string, unknown> {
  const prototype = Object.getPrototypeOf(value);
  return (
    (prototype === Object.prototype || prototype === null) &&
    typeof (value as { resolve?: unknown }).resolve !== "function"
  );
}

/**
 * Runs `work` with cdktf's token resolution taking a shortcut through plain data.
 *
 * cdktf resolves a stack's JSON twice over, node by node, allocating a resolution context (closures, a
 * copied key path) for every string, number and key, though only a few values in a hundred hold a token.
 * This walks the same structure, copies what holds no token exactly as cdktf would (undefined dropped
 * from records and arrays, everything else unchanged), and hands every value that might hold one (a
 * string with a token marker, an encoded number, a resolvable, a list or map token, any object that is
 * not a plain record) to cdktf's own resolution, unchanged. That was two thirds of the stacks' synth
 * time. test/stacks/fast-token-resolution.test.ts proves every shipped stack byte-identical both ways.
 */
export function withFastTokenResolution<T>(work: () => T): T {
  const original = Tokenization.resolve;
  const resolveValue = (value: unknown, options: ResolveOptions): unknown => {
    if (isPlainScalar(value)) return value;
    if (typeof value !== "object" || value === null) return original(value, options);
    if (Array.isArray(value)) {
      // A list token (a string element with a marker) or an encoded number list: cdktf resolves the list whole.
      if (value.some((element) => !isPlainScalar(element) && typeof element !== "object")) {
        return original(value, options);
      }
      const resolved: unknown[] = [];
      for (const element of value) {
        const result = resolveValue(element, options);
        if (result !== undefined) resolved.push(result);
      }
      return resolved;
    }
    if (!isPlainRecord(value)) return original(value, options);
    const keys = Object.keys(value);
    // A map token hides in a key; cdktf resolves keys as strings too.
    if (!keys.every(isPlainString)) return original(value, options);
    const resolved: Record<string, unknown> = {};
    for (const key of keys) {
      const result = resolveValue(value[key], options);
      if (result !== undefined) resolved[key] = result;
    }
    return resolved;
  };
  Tokenization.resolve = ((value: unknown, options: ResolveOptions) =>
    resolveValue(value, options)) as typeof Tokenization.resolve;
  try {
    return work();
  } finally {
    Tokenization.resolve = original;
  }
}
