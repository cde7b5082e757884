/**
 * Where the members of a large JSON object are, without parsing their values: one pass over the bytes
 * finds each member's key and the byte range of its value, so a caller parses only the values it needs.
 * The provider schemas are 2-10 MB (tens with descriptions) and a stack uses a few dozen of their
 * thousands of resource types.
 *
 * Skipping a value only tracks strings and nesting; a value is fully checked when it is parsed.
 */

/** The bytes [start, end) of one JSON value. */
export interface JsonRange {
  readonly start: number;
  readonly end: number;
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const COMMA = 0x2c;
const COLON = 0x3a;

function isWhitespace(byte: number | undefined): boolean {
  return byte === 0x20 || byte === 0x0a || byte === 0x0d || byte === 0x09;
}

function skipWhitespace(bytes: Uint8Array, at: number): number {
  let position = at;
  while (isWhitespace(bytes[position])) position++;
  return position;
}

function syntaxError(bytes: Uint8Array, at: number, expected: string): Error {
  const found = at >= bytes.length ? "the end of the data" : `"${String.fromCharCode(bytes[at] as number)}"`;
  return new Error(`invalid JSON at byte ${at}: expected ${expected}, found ${found}`);
}

/** The position after the string that opens at `at` (UTF-8 continuation bytes never equal a quote). */
function stringEnd(bytes: Buffer, at: number): number {
  let from = at + 1;
  for (;;) {
    const quote = bytes.indexOf(QUOTE, from);
    if (quote < 0) throw syntaxError(bytes, bytes.length, "the end of a string");
    let backslashes = 0;
    while (bytes[quote - 1 - backslashes] === BACKSLASH) backslashes++;
    if (backslashes % 2 === 0) return quote + 1;
    from = quote + 1;
  }
}

/** The position after the value that starts at `at`. */
function valueEnd(bytes: Buffer, at: number): number {
  const first = bytes[at];
  if (first === QUOTE) return stringEnd(bytes, at);
  if (first === OPEN_BRACE || first === OPEN_BRACKET) {
    let depth = 0;
    let position = at;
    while (position < bytes.length) {
      const byte = bytes[position];
      if (byte === QUOTE) {
        position = stringEnd(bytes, position);
        continue;
      }
      if (byte === OPEN_BRACE || byte === OPEN_BRACKET) depth++;
      else if (byte === CLOSE_BRACE || byte === CLOSE_BRACKET) {
        depth--;
        if (depth === 0) return position + 1;
      }
      position++;
    }
    throw syntaxError(bytes, position, first === OPEN_BRACE ? '"}"' : '"]"');
  }
  // A number, true, false or null runs up to the next delimiter.
  let position = at;
  while (position < bytes.length) {
    const byte = bytes[position];
    if (byte === COMMA || byte === CLOSE_BRACE || byte === CLOSE_BRACKET || isWhitespace(byte)) break;
    position++;
  }
  if (position === at) throw syntaxError(bytes, at, "a value");
  return position;
}

/** A value found by {@link indexJson}: where it is, and for the objects indexed, where its members are. */
export interface IndexedValue {
  readonly range: JsonRange;
  /** Each member's key to its value, in document order; only for the objects `descend` chose. */
  readonly members?: ReadonlyMap<string, IndexedValue>;
}

/**
 * Indexes a JSON document in one pass: the root object's members, and recursively the members of every
 * object value for which `descend(path)` is true (`path` holds the keys from the root). Other values are
 * skipped. A repeated key keeps its last value, as JSON.parse does.
 */
export function indexJson(bytes: Buffer, descend: (path: readonly string[]) => boolean): IndexedValue {
  const start = skipWhitespace(bytes, 0);
  const root = indexObject(bytes, start, [], descend);
  const rest = skipWhitespace(bytes, root.range.end);
  if (rest !== bytes.length) throw syntaxError(bytes, rest, "the end of the data");
  return root;
}

function indexObject(
  bytes: Buffer,
  at: number,
  path: readonly string[],
  descend: (path: readonly string[]) => boolean,
): IndexedValue {
  const members = new Map<string, IndexedValue>();
  if (bytes[at] !== OPEN_BRACE) throw syntaxError(bytes, at, "an object");
  let position = skipWhitespace(bytes, at + 1);
  if (bytes[position] === CLOSE_BRACE) return { range: { start: at, end: position + 1 }, members };
  for (;;) {
    if (bytes[position] !== QUOTE) throw syntaxError(bytes, position, "a member name");
    const keyEnd = stringEnd(bytes, position);
    const key = JSON.parse(bytes.toString("utf8", position, keyEnd)) as string;
    position = skipWhitespace(bytes, keyEnd);
    if (bytes[position] !== COLON) throw syntaxError(bytes, position, '":"');
    const start = skipWhitespace(bytes, position + 1);
    const memberPath = [...path, key];
    const member =
      bytes[start] === OPEN_BRACE && descend(memberPath)
        ? indexObject(bytes, start, memberPath, descend)
        : { range: { start, end: valueEnd(bytes, start) } };
    members.set(key, member);
    position = skipWhitespace(bytes, member.range.end);
    if (bytes[position] === CLOSE_BRACE) return { range: { start: at, end: position + 1 }, members };
    if (bytes[position] !== COMMA) throw syntaxError(bytes, position, '"," or "}"');
    position = skipWhitespace(bytes, position + 1);
  }
}

/** Parses the value at `range`. */
export function parseRange(bytes: Buffer, range: JsonRange): unknown {
  return JSON.parse(bytes.toString("utf8", range.start, range.end));
}
