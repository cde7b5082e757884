import { Yaml } from "cdk8s";

/**
 * cdk8s's YAML output, written faster: the same bytes as `Yaml.stringify` (the `yaml` library with
 * cdk8s's options), for the JSON values charts produce.
 *
 * Why: the `yaml` library builds a document tree of every manifest before printing it, and that was
 * about half of each environment's chart synth. Here the structure (maps, sequences, indentation) is
 * printed directly, and every scalar is printed BY the library itself (memoised: labels, images and
 * names repeat), so quoting rules of YAML 1.1/1.2 are never re-implemented. Anything unusual (a value
 * that is not JSON, a key that would need the complex-key form, a block scalar with an indentation
 * indicator) falls back to the library for the whole document. test/charts/yaml-writer.test.ts proves
 * the output byte-identical to cdk8s's on every chart of every environment.
 */

/** The library's own writer, kept before withFastYaml swaps it. */
const libraryStringify: (...documents: unknown[]) => string = Yaml.stringify.bind(Yaml);

/** A document this writer leaves to the library. */
class Unsupported extends Error {}

const PLAIN = /^[A-Za-z][A-Za-z0-9_./-]*$/;
// Plain-looking words that YAML 1.1 reads as booleans or null: the library quotes them.
const RESERVED = /^(y|n|yes|no|on|off|true|false|null)$/i;

const scalarCache = new Map<string, string>();
const keyCache = new Map<string, string>();

/** The library's rendering of a string value at the root: a one-line scalar, or a block scalar. */
function stringScalar(value: string): string {
  let rendered = scalarCache.get(value);
  if (rendered === undefined) {
    rendered = PLAIN.test(value) && !RESERVED.test(value) ? value : libraryStringify(value).slice(0, -1);
    if (/^[|>][0-9]/.test(rendered)) throw new Unsupported("block scalar with an indentation indicator");
    scalarCache.set(value, rendered);
  }
  return rendered;
}

function mapKey(key: string): string {
  let rendered = keyCache.get(key);
  if (rendered === undefined) {
    if (PLAIN.test(key) && !RESERVED.test(key)) rendered = key;
    else {
      const line = libraryStringify({ [key]: 0 });
      if (!line.endsWith(": 0\n") || line.indexOf("\n") !== line.length - 1 || line.startsWith("? ")) {
        throw new Unsupported("complex key");
      }
      rendered = line.slice(0, -4);
    }
    keyCache.set(key, rendered);
  }
  return rendered;
}

/** A scalar after "key: " or "- ", its block lines (if any) indented for a container at `column`. */
function scalar(value: unknown, column: number): string {
  switch (typeof value) {
    case "string": {
      const rendered = stringScalar(value);
      if (rendered[0] !== "|" && rendered[0] !== ">") return rendered;
      const indent = spaces(column + 2);
      const [header, ...lines] = rendered.split("\n");
      return [header, ...lines.map((line) => (line === "" ? line : indent + line))].join("\n");
    }
    case "number":
      if (Number.isSafeInteger(value)) return String(value);
      return libraryStringify(value).slice(0, -1);
    case "boolean":
      return value ? "true" : "false";
    default:
      if (value === null) return "null";
      throw new Unsupported(`a ${typeof value} value`);
  }
}

/** Indentation strings by width, made once each (every line of every manifest starts with one). */
const SPACES: string[] = [];
function spaces(width: number): string {
  let indentation = SPACES[width];
  if (indentation === undefined) {
    indentation = " ".repeat(width);
    SPACES[width] = indentation;
  }
  return indentation;
}

function isCollection(value: unknown): value is object {
  return typeof value === "object" && value !== null;
}

function isPlainObject(value: object): value is Record<string, unknown> {
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

/** Lines of a non-empty collection whose first line starts after `prefix` (already written). */
function collection(value: object, column: number, out: string[], firstPrefix: string): void {
  if (Array.isArray(value)) {
    value.forEach((item, index) => {
      const prefix = index === 0 ? firstPrefix : spaces(column);
      entry(`${prefix}- `, item, column, out);
    });
    return;
  }
  if (!isPlainObject(value)) throw new Unsupported("an object that is not plain JSON");
  let first = true;
  for (const key of Object.keys(value)) {
    const prefix = first ? firstPrefix : spaces(column);
    first = false;
    const item = value[key];
    if (item === undefined) throw new Unsupported("an undefined value");
    const head = `${prefix}${mapKey(key)}:`;
    if (isCollection(item) && !isEmpty(item)) {
      out.push(head);
      // Sequences and maps under a key are indented one step (the library's indentSeq default).
      collection(item, column + 2, out, spaces(column + 2));
    } else {
      out.push(`${head} ${isCollection(item) ? empty(item) : scalar(item, column)}`);
    }
  }
}

/** A sequence item: `- scalar`, or a collection whose first line follows the dash. */
function entry(prefix: string, item: unknown, column: number, out: string[]): void {
  if (item === undefined) throw new Unsupported("an undefined item");
  if (isCollection(item) && !isEmpty(item)) collection(item, column + 2, out, prefix);
  else out.push(`${prefix}${isCollection(item) ? empty(item) : scalar(item, column)}`);
}

function isEmpty(value: object): boolean {
  if (Array.isArray(value)) return value.length === 0;
  // The first own key is enough (no array of every key): manifests hold only plain data.
  for (const key in value) if (Object.hasOwn(value, key)) return false;
  return true;
}

function empty(value: object): string {
  return Array.isArray(value) ? "[]" : "{}";
}

function documentYaml(document: unknown): string {
  if (document === undefined) return "\n";
  try {
    if (!isCollection(document) || isEmpty(document)) return libraryStringify(document);
    const out: string[] = [];
    collection(document, 0, out, "");
    return `${out.join("\n")}\n`;
  } catch (error) {
    if (error instanceof Unsupported) return libraryStringify(document);
    throw error;
  }
}

/** Drop-in for `Yaml.stringify(...documents)`: documents separated by `---`. */
export function stringifyDocuments(...documents: unknown[]): string {
  return documents.map(documentYaml).join("---\n");
}

/**
 * Runs `work` (a cdk8s synth) with cdk8s writing its YAML through `stringifyDocuments`; the library's
 * own writer is back when it returns or throws.
 */
export function withFastYaml<T>(work: () => T): T {
  const original = Yaml.stringify;
  Yaml.stringify = stringifyDocuments;
  try {
    return work();
  } finally {
    Yaml.stringify = original;
  }
}
