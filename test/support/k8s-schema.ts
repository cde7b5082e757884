/**
 * Schema validation of synthesized Kubernetes objects, for tests.
 *
 * - Custom resources are validated against the OpenAPI schemas extracted from the pinned CRDs into
 *   test/schemas/crds (see scripts/extract-crd-schemas.ts), compiled with ajv. The Kubernetes extensions are
 *   translated into plain JSON Schema first, and objects are treated as closed, as the API server's pruning
 *   does: a field the schema does not declare is an error, unless the schema preserves unknown fields.
 * - Core kinds are validated with the validators that kubernetes-models ships. Those check types, formats and
 *   required fields but accept unknown fields, so unknown fields are found separately (see WORKER_SOURCE).
 * - Anything else is reported as an unknown kind.
 *
 * - Custom resources that pass their schema are then checked against the CRD's own CEL rules
 *   (`x-kubernetes-validations`), as the API server does (see k8s-cel.ts).
 *
 * Each error reads `<apiVersion> <kind> "<metadata.name>": <JSON pointer>: <reason>`.
 */
import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { MessageChannel, type MessagePort, receiveMessageOnPort, Worker } from "node:worker_threads";
import Ajv, { _, type CodeKeywordDefinition, type ErrorObject, str, type ValidateFunction } from "ajv";
import standaloneCode from "ajv/dist/standalone";
import addFormats from "ajv-formats";
import { evaluateCelRules } from "./k8s-cel";

// ---------------------------------------------------------------------------------------------------------------
// Public API
// ---------------------------------------------------------------------------------------------------------------

/** Validates one Kubernetes object. Returns one message per problem; an empty array means the object is valid. */
export function validateManifest(obj: unknown): string[] {
  return validateManifests([obj]);
}

/**
 * Validates many objects at once (core kinds go to the kubernetes-models worker in one round trip).
 * Messages keep the order of the objects.
 */
export function validateManifests(objs: readonly unknown[]): string[] {
  const results: string[][] = objs.map(() => []);
  const coreRequests: CoreRequest[] = [];
  const coreOwners: number[] = [];

  objs.forEach((obj, position) => {
    const envelope = readEnvelope(obj);
    if (typeof envelope === "string") {
      results[position] = [envelope];
      return;
    }
    const problems = envelopeProblems(envelope);
    const crdValidator = crdValidatorFor(envelope.apiVersion, envelope.kind);
    if (crdValidator) {
      const valid = crdValidator(obj);
      // The API server evaluates a CRD's CEL rules on an object that passed its structural schema.
      const schemaProblems = valid
        ? [...evaluateCelRules(crdSchemaFor(envelope.apiVersion, envelope.kind), obj).problems]
        : (crdValidator.errors ?? []).map(toProblem);
      results[position] = [...problems, ...schemaProblems].map((problem) => formatProblem(envelope, problem));
      return;
    }
    results[position] = problems.map((problem) => formatProblem(envelope, problem));
    coreRequests.push({ apiVersion: envelope.apiVersion, kind: envelope.kind, object: obj });
    coreOwners.push(position);
  });

  if (coreRequests.length > 0) {
    const replies = coreBridge().validate(coreRequests);
    replies.forEach((reply, index) => {
      const position = coreOwners[index] as number;
      const envelope = readEnvelope(objs[position]) as Envelope;
      const messages = reply.knownKind
        ? reply.errors.map((error) => formatProblem(envelope, toProblem(error)))
        : [unknownKindMessage(envelope)];
      results[position] = [...(results[position] ?? []), ...messages];
    });
  }
  return results.flat();
}

/**
 * Compiles a CRD `openAPIV3Schema` with the same translation and ajv setup as the extracted schemas (without
 * the disk cache). For testing the translation of the Kubernetes extensions on small hand-written schemas.
 */
export function compileCrdSchema(openApiV3Schema: unknown, id = "example.com/v1/Example"): ValidateFunction {
  return crdAjv().compile(shareRepeatedSubschemas(toRootJsonSchema(openApiV3Schema, id)));
}

/** The `<group>/<version>/<Kind>` keys of all custom resource kinds that have an extracted schema. */
export function customResourceKinds(): string[] {
  return Object.keys(crdIndex());
}

// ---------------------------------------------------------------------------------------------------------------
// Common envelope: apiVersion, kind, metadata.name
// ---------------------------------------------------------------------------------------------------------------

interface Envelope {
  readonly apiVersion: string;
  readonly kind: string;
  readonly name: string | undefined;
  readonly metadata: unknown;
}

interface Problem {
  readonly path: string;
  readonly reason: string;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** The identifying fields of an object, or a message when it cannot be identified at all. */
function readEnvelope(obj: unknown): Envelope | string {
  if (!isRecord(obj)) {
    return `<unidentified object>: /: must be an object with apiVersion and kind, got ${describeValue(obj)}`;
  }
  const metadata = obj.metadata;
  const name = isRecord(metadata) && typeof metadata.name === "string" ? metadata.name : undefined;
  if (typeof obj.apiVersion !== "string" || typeof obj.kind !== "string") {
    const label = `${String(obj.apiVersion)} ${String(obj.kind)} ${JSON.stringify(name ?? "<no name>")}`;
    return `${label}: /: apiVersion and kind must be strings`;
  }
  return { apiVersion: obj.apiVersion, kind: obj.kind, name, metadata };
}

/** Every object the platform ships goes through GitOps, so every one needs a fixed name. */
function envelopeProblems(envelope: Envelope): Problem[] {
  if (!isRecord(envelope.metadata)) {
    return [{ path: "/metadata", reason: "required field is missing (an object with a name)" }];
  }
  if (typeof envelope.metadata.name !== "string" || envelope.metadata.name === "") {
    return [{ path: "/metadata/name", reason: "must be a non-empty string" }];
  }
  return [];
}

function formatProblem(envelope: Envelope, problem: Problem): string {
  return `${envelope.apiVersion} ${envelope.kind} ${JSON.stringify(envelope.name ?? "<no name>")}: ${problem.path}: ${problem.reason}`;
}

function unknownKindMessage(envelope: Envelope): string {
  const slash = envelope.apiVersion.indexOf("/");
  const group = slash < 0 ? "" : envelope.apiVersion.slice(0, slash);
  const servedVersions = Object.keys(crdIndex())
    .filter((id) => id.startsWith(`${group}/`) && id.endsWith(`/${envelope.kind}`))
    .map((id) => id.split("/")[1]);
  const hint =
    servedVersions.length > 0 ? ` (served versions of this kind: ${servedVersions.join(", ")})` : "";
  return formatProblem(envelope, {
    path: "/",
    reason: `unknown kind ${envelope.apiVersion} ${envelope.kind}: neither an extracted CRD schema nor a kubernetes-models kind${hint}`,
  });
}

function describeValue(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  return typeof value;
}

/** JSON pointer token escaping (RFC 6901), the same as ajv uses in instancePath. */
function pointerToken(key: string): string {
  return key.replace(/~/g, "~0").replace(/\//g, "~1");
}

/** The part of an ajv error this module needs; core errors cross a thread boundary in this shape. */
type AjvLikeError = Pick<ErrorObject, "instancePath" | "keyword" | "params" | "message">;

function toProblem(error: AjvLikeError): Problem {
  const at = error.instancePath;
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case "required":
      return {
        path: `${at}/${pointerToken(String(params.missingProperty))}`,
        reason: "required field is missing",
      };
    case "additionalProperties":
      return {
        path: `${at}/${pointerToken(String(params.additionalProperty))}`,
        reason: "unknown field (not declared by the schema)",
      };
    case "type": {
      // ajv writes the types of int-or-string as "integer,string".
      const types = Array.isArray(params.type) ? params.type : String(params.type).split(",");
      return { path: at || "/", reason: `must be ${types.join(" or ")}` };
    }
    case "enum": {
      const allowed = Array.isArray(params.allowedValues) ? params.allowedValues : [];
      return {
        path: at || "/",
        reason: `must be one of ${allowed.map((v) => JSON.stringify(v)).join(", ")}`,
      };
    }
    default:
      return { path: at || "/", reason: error.message ?? `fails "${error.keyword}"` };
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Custom resources: extracted CRD schemas compiled with ajv
// ---------------------------------------------------------------------------------------------------------------

const crdSchemaDir = join(__dirname, "..", "schemas", "crds");

let cachedIndex: Record<string, string> | undefined;

function crdIndex(): Record<string, string> {
  cachedIndex ??= JSON.parse(readFileSync(join(crdSchemaDir, "index.json"), "utf8")) as Record<
    string,
    string
  >;
  return cachedIndex;
}

let cachedAjv: Ajv | undefined;

function crdAjv(): Ajv {
  if (cachedAjv) {
    return cachedAjv;
  }
  const ajv = new Ajv({
    allErrors: true,
    // CRD schemas are not written for ajv's strict mode (for example `properties` without `type: object` inside
    // anyOf); unknown keywords are caught by toJsonSchema instead.
    strict: false,
    validateFormats: true,
    // Keep every shared subschema (see shareRepeatedSubschemas) one function, compiled once.
    inlineRefs: false,
    // source + formats: the compiled validators can be written out as standalone modules (see the disk cache).
    code: { source: true, formats: _`require("ajv-formats/dist/formats").fullFormats` },
  });
  // The only formats the pinned CRDs use are int32, int64, date-time and byte; ajv-formats implements all four
  // the way the API server does (ranges for integers, RFC 3339 with a time zone, base64).
  addFormats(ajv, ["int32", "int64", "date-time", "byte"]);
  ajv.addKeyword(listMapKeysKeyword);
  cachedAjv = ajv;
  return ajv;
}

const compiled = new Map<string, ValidateFunction>();

/** The compiled validator for a custom resource kind, or undefined when it is not a known CRD kind. */
const parsedSchemas = new Map<string, unknown>();

/** The extracted `openAPIV3Schema` of a custom resource kind (parsed once). */
export function crdSchemaFor(apiVersion: string, kind: string): unknown {
  const id = `${apiVersion}/${kind}`;
  if (!parsedSchemas.has(id)) {
    const file = crdIndex()[id];
    if (file === undefined) throw new Error(`no extracted CRD schema for ${id}`);
    parsedSchemas.set(id, JSON.parse(readFileSync(join(crdSchemaDir, file), "utf8")));
  }
  return parsedSchemas.get(id);
}

function crdValidatorFor(apiVersion: string, kind: string): ValidateFunction | undefined {
  const id = `${apiVersion}/${kind}`;
  const cached = compiled.get(id);
  if (cached) {
    return cached;
  }
  const file = crdIndex()[id];
  if (file === undefined) {
    return undefined;
  }
  const schemaText = readFileSync(join(crdSchemaDir, file), "utf8");
  const cacheFile = validatorCacheFile(id, schemaText);
  let validator = loadCachedValidator(cacheFile);
  if (!validator) {
    const ajv = crdAjv();
    validator = ajv.compile(shareRepeatedSubschemas(toRootJsonSchema(JSON.parse(schemaText), id)));
    saveCachedValidator(cacheFile, standaloneCode(ajv, validator));
  }
  compiled.set(id, validator);
  return validator;
}

// Disk cache of compiled validators. Compiling the biggest CRDs (Argo Workflows, KServe) takes 0.3-0.9 s each,
// and jest gives every test file a fresh module registry, so without it every test file pays again. ajv can
// emit a compiled validator as a standalone CommonJS module; loading one takes about 20 ms. The file name
// carries a hash of everything the code depends on, so a changed schema, translation or ajv is a cache miss.

const validatorCacheDir = join(__dirname, "..", "..", "node_modules", ".cache", "k8s-schema-validators");

let cachedCodeFingerprint: string | undefined;

/** What compiled code depends on besides the schema: this file's translation rules and the ajv versions. */
function codeFingerprint(): string {
  if (cachedCodeFingerprint === undefined) {
    const versionOf = (pkg: string): string =>
      (JSON.parse(readFileSync(require.resolve(`${pkg}/package.json`), "utf8")) as { version: string })
        .version;
    cachedCodeFingerprint = [
      readFileSync(__filename, "utf8"),
      versionOf("ajv"),
      versionOf("ajv-formats"),
    ].join("\0");
  }
  return cachedCodeFingerprint;
}

function validatorCacheFile(id: string, schemaText: string): string {
  const hash = createHash("sha256").update(codeFingerprint()).update("\0").update(schemaText).digest("hex");
  return join(validatorCacheDir, `${id.replace(/[^A-Za-z0-9.-]/g, "_")}-${hash.slice(0, 20)}.js`);
}

/**
 * Evaluates a cached standalone validator. Not require()d: jest's resolver remembers that the file was missing
 * when a previous test file looked, so a require() in a later test file would miss a cache that now exists.
 * The code's own require() calls (ajv's runtime, ajv-formats) resolve from this module.
 */
function loadCachedValidator(file: string): ValidateFunction | undefined {
  let code: string;
  try {
    code = readFileSync(file, "utf8");
  } catch {
    return undefined;
  }
  try {
    const module = { exports: {} as unknown };
    new Function("module", "exports", "require", code)(module, module.exports, require);
    return typeof module.exports === "function" ? (module.exports as ValidateFunction) : undefined;
  } catch {
    return undefined; // a damaged cache entry is rebuilt
  }
}

/** Best effort: a read-only checkout only loses speed. Written to a temporary name, then renamed, so that
 * parallel jest workers never read a half-written file. */
function saveCachedValidator(file: string, code: string): void {
  try {
    mkdirSync(validatorCacheDir, { recursive: true });
    const stem = file.slice(0, file.lastIndexOf("-") + 1);
    for (const entry of readdirSync(validatorCacheDir)) {
      const path = join(validatorCacheDir, entry);
      if (path.startsWith(stem) && path !== file) {
        rmSync(path, { force: true }); // an outdated build of the same kind
      }
    }
    const temporary = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
    writeFileSync(temporary, code);
    renameSync(temporary, file);
  } catch {
    // ignore: the in-memory validator is already in use
  }
}

type JsonSchema = Record<string, unknown>;

/**
 * CRD patterns are Go (RE2) regular expressions. The one construct the pinned CRDs use that JavaScript lacks
 * is a leading case-insensitive flag group, as in `^(?i)(abort|warn)?$`. It becomes letter classes
 * (`[aA][bB]...`) rather than a RegExp flag, so that the pattern stays a plain string in standalone code.
 */
function toJavaScriptPattern(pattern: string, where: string): string {
  const inline = /^(\^?)\(\?i\)/.exec(pattern);
  if (!inline) {
    return pattern;
  }
  const rest = pattern.slice(inline[0].length);
  if (/[\\[]/.test(rest)) {
    throw new Error(
      `${where}: pattern ${pattern}: (?i) with escapes or classes is not translated; extend toJavaScriptPattern`,
    );
  }
  return `${inline[1]}${rest.replace(/[a-zA-Z]/g, (letter) => `[${letter.toLowerCase()}${letter.toUpperCase()}]`)}`;
}

/**
 * Big CRDs repeat the same subschemas many times (Argo Workflows inlines the Container schema dozens of times),
 * and ajv generates code for every copy: compiling WorkflowTemplate took over 4 s. Subschemas that occur more
 * than once are moved to `definitions` and referenced, so each is compiled once. Error paths are unaffected
 * (they follow the data, not the schema).
 */
function shareRepeatedSubschemas(root: JsonSchema): JsonSchema {
  // Pass 1: hash-consing. Equal subtrees get the same id; a node's key names its children by id, so keys
  // stay short however deep the tree is.
  const idByKey = new Map<string, number>();
  const nodes: { node: JsonSchema; uses: number; size: number }[] = [];
  const idOf = new Map<JsonSchema, number>();

  const visit = (node: JsonSchema): number => {
    let size = 1;
    const childId = (child: unknown): unknown => {
      if (!isRecord(child)) return child;
      const id = visit(child);
      size += nodes[id]?.size ?? 0;
      return `#${id}`;
    };
    const shape: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(node)) {
      if (key === "properties" && isRecord(value)) {
        shape[key] = Object.fromEntries(Object.entries(value).map(([name, sub]) => [name, childId(sub)]));
      } else if ((key === "allOf" || key === "anyOf" || key === "oneOf") && Array.isArray(value)) {
        shape[key] = value.map(childId);
      } else if (key === "items" || key === "additionalProperties" || key === "not") {
        shape[key] = childId(value);
      } else {
        shape[key] = value;
      }
    }
    const key = JSON.stringify(shape);
    let id = idByKey.get(key);
    if (id === undefined) {
      id = nodes.length;
      idByKey.set(key, id);
      nodes.push({ node, uses: 0, size });
    }
    (nodes[id] as { uses: number }).uses += 1;
    idOf.set(node, id);
    return id;
  };
  const rootId = visit(root);

  // Pass 2: rebuild, replacing shared subtrees worth a function of their own by references.
  const definitions: Record<string, JsonSchema> = {};
  const isShared = (id: number): boolean => {
    const entry = nodes[id];
    return id !== rootId && entry !== undefined && entry.uses > 1 && entry.size >= 4;
  };
  const rebuild = (node: JsonSchema): JsonSchema => {
    const id = idOf.get(node) as number;
    if (isShared(id)) {
      const name = `s${id}`;
      definitions[name] ??= rebuildBody(node);
      return { $ref: `#/definitions/${name}` };
    }
    return rebuildBody(node);
  };
  const rebuildChild = (child: unknown): unknown => (isRecord(child) ? rebuild(child) : child);
  const rebuildBody = (node: JsonSchema): JsonSchema => {
    const out: JsonSchema = {};
    for (const [key, value] of Object.entries(node)) {
      if (key === "properties" && isRecord(value)) {
        out[key] = Object.fromEntries(Object.entries(value).map(([name, sub]) => [name, rebuildChild(sub)]));
      } else if ((key === "allOf" || key === "anyOf" || key === "oneOf") && Array.isArray(value)) {
        out[key] = value.map(rebuildChild);
      } else if (key === "items" || key === "additionalProperties" || key === "not") {
        out[key] = rebuildChild(value);
      } else {
        out[key] = value;
      }
    }
    return out;
  };
  const body = rebuildBody(root);
  return Object.keys(definitions).length > 0 ? { ...body, definitions } : body;
}

/** Keywords with no effect on validation (CEL rules cannot be evaluated here; defaults are not applied). */
const IGNORED_KEYWORDS = new Set([
  "description",
  "default",
  "example",
  "externalDocs",
  "title",
  "x-kubernetes-validations",
  "x-kubernetes-map-type",
]);

/** Keywords that mean the same in CRD schemas and in ajv's draft-07, copied as they are. */
const PLAIN_KEYWORDS = new Set([
  "type",
  "required",
  "format",
  "enum",
  "minimum",
  "maximum",
  "multipleOf",
  "minLength",
  "maxLength",
  "minItems",
  "maxItems",
  "uniqueItems",
  "minProperties",
  "maxProperties",
]);

/** Keywords this module translates itself. Anything outside these three sets fails loudly. */
const TRANSLATED_KEYWORDS = new Set([
  "properties",
  "items",
  "additionalProperties",
  "allOf",
  "anyOf",
  "oneOf",
  "not",
  "nullable",
  "pattern",
  "exclusiveMinimum",
  "exclusiveMaximum",
  "x-kubernetes-int-or-string",
  "x-kubernetes-preserve-unknown-fields",
  "x-kubernetes-embedded-resource",
  "x-kubernetes-list-type",
  "x-kubernetes-list-map-keys",
]);

/** Custom ajv keyword: entries of a `x-kubernetes-list-type: map` list must be unique by their keys. */
const LIST_MAP_KEYS = "k8sListMapKeys";

/**
 * ObjectMeta as the API server checks it at the root of every object (CRD schemas only say `type: object`).
 * Closed, so that a misspelt `label:` is caught.
 */
const STRING_MAP = { type: "object", additionalProperties: { type: "string" } };
const OBJECT_META_PROPERTIES: Record<string, JsonSchema> = {
  name: { type: "string", minLength: 1 },
  generateName: { type: "string" },
  namespace: { type: "string" },
  labels: STRING_MAP,
  annotations: STRING_MAP,
  finalizers: { type: "array", items: { type: "string" } },
  ownerReferences: { type: "array", items: { type: "object" } },
  uid: { type: "string" },
  resourceVersion: { type: "string" },
  generation: { type: "integer", format: "int64" },
  creationTimestamp: { type: ["string", "null"] },
  deletionTimestamp: { type: ["string", "null"] },
  deletionGracePeriodSeconds: { type: "integer", format: "int64" },
  managedFields: { type: "array", items: { type: "object" } },
  selfLink: { type: "string" },
};

function toRootJsonSchema(crdSchema: unknown, id: string): JsonSchema {
  if (!isRecord(crdSchema)) {
    throw new Error(`${id}: the extracted schema is not an object`);
  }
  const root = toJsonSchema(crdSchema, id, "", true);
  const properties = { ...(root.properties as Record<string, JsonSchema> | undefined) };
  // Keep what the CRD says about metadata (some restrict name), on top of the full ObjectMeta.
  const declaredMeta = isRecord(crdSchema.properties) ? crdSchema.properties.metadata : undefined;
  const declaredMetaProperties =
    isRecord(declaredMeta) && isRecord(declaredMeta.properties)
      ? (toJsonSchema(declaredMeta, id, "/metadata", true).properties as Record<string, JsonSchema>)
      : {};
  properties.metadata = {
    type: "object",
    properties: { ...OBJECT_META_PROPERTIES, ...declaredMetaProperties },
    additionalProperties: false,
  };
  return { ...root, properties };
}

/**
 * Translates one CRD (OpenAPI v3, structural) schema node into draft-07 JSON Schema for ajv.
 * `structural` is false inside allOf/anyOf/oneOf/not: those only add value checks to fields declared
 * elsewhere, so they must not be closed.
 */
function toJsonSchema(
  node: Record<string, unknown>,
  id: string,
  where: string,
  structural: boolean,
): JsonSchema {
  const out: JsonSchema = {};
  for (const [key, value] of Object.entries(node)) {
    if (IGNORED_KEYWORDS.has(key)) {
      continue;
    }
    if (PLAIN_KEYWORDS.has(key)) {
      out[key] = value;
    } else if (!TRANSLATED_KEYWORDS.has(key)) {
      throw new Error(
        `${id} ${where || "/"}: unsupported schema keyword "${key}"; teach test/support/k8s-schema.ts`,
      );
    }
  }
  const child = (value: unknown, path: string, isStructural: boolean): JsonSchema => {
    if (!isRecord(value)) {
      throw new Error(`${id} ${path}: expected a schema object`);
    }
    return toJsonSchema(value, id, path, isStructural);
  };

  if (isRecord(node.properties)) {
    const properties: Record<string, JsonSchema> = {};
    for (const [name, propertySchema] of Object.entries(node.properties)) {
      properties[name] = child(propertySchema, `${where}/${pointerToken(name)}`, structural);
    }
    out.properties = properties;
  }
  if (node.items !== undefined) {
    out.items = child(node.items, `${where}/items`, structural);
  }
  if (isRecord(node.additionalProperties)) {
    out.additionalProperties = child(node.additionalProperties, `${where}/additionalProperties`, structural);
  } else if (typeof node.additionalProperties === "boolean") {
    out.additionalProperties = node.additionalProperties;
  }
  for (const junctor of ["allOf", "anyOf", "oneOf"] as const) {
    const branches = node[junctor];
    if (Array.isArray(branches)) {
      out[junctor] = branches.map((branch, index) => child(branch, `${where}/${junctor}/${index}`, false));
    }
  }
  if (node.not !== undefined) {
    out.not = child(node.not, `${where}/not`, false);
  }

  if (typeof node.pattern === "string") {
    out.pattern = toJavaScriptPattern(node.pattern, `${id} ${where || "/"}`);
  }

  // OpenAPI v3.0 writes exclusive bounds as booleans next to minimum/maximum; draft-07 wants the number.
  if (node.exclusiveMinimum === true && typeof node.minimum === "number") {
    out.exclusiveMinimum = node.minimum;
    delete out.minimum;
  }
  if (node.exclusiveMaximum === true && typeof node.maximum === "number") {
    out.exclusiveMaximum = node.maximum;
    delete out.maximum;
  }

  if (node["x-kubernetes-int-or-string"] === true) {
    // Structural schemas leave the type out here, so ajv would accept anything; the usual companion
    // `anyOf: [{type: integer}, {type: string}]` is now redundant and only doubles every error message.
    out.type = ["integer", "string"];
    if (Array.isArray(out.anyOf) && out.anyOf.every((branch) => isIntegerOrStringBranch(branch))) {
      delete out.anyOf;
    }
  }

  if (node["x-kubernetes-embedded-resource"] === true) {
    // An embedded object is a whole Kubernetes object: the API server requires apiVersion and kind and
    // allows metadata even where the schema does not spell them out.
    const properties = { ...(out.properties as Record<string, JsonSchema> | undefined) };
    properties.apiVersion ??= { type: "string" };
    properties.kind ??= { type: "string" };
    properties.metadata ??= { type: "object" };
    out.properties = properties;
    const required = Array.isArray(out.required) ? (out.required as string[]) : [];
    out.required = [...new Set([...required, "apiVersion", "kind"])];
  }

  const listType = node["x-kubernetes-list-type"];
  if (listType === "set") {
    out.uniqueItems = true;
  } else if (listType === "map" && Array.isArray(node["x-kubernetes-list-map-keys"])) {
    out[LIST_MAP_KEYS] = node["x-kubernetes-list-map-keys"];
  }

  if (node.nullable === true) {
    if (typeof out.type === "string") {
      out.type = [out.type, "null"];
    } else if (Array.isArray(out.type)) {
      out.type = [...out.type, "null"];
    }
    if (Array.isArray(out.enum) && !out.enum.includes(null)) {
      out.enum = [...out.enum, null];
    }
  }

  // Closed objects: the API server prunes fields a structural schema does not declare (silently losing them),
  // so a manifest carrying one is a bug. That includes `type: object` without any properties, such as
  // empty Go structs and nested ObjectMeta that controller-gen emits as a bare object.
  const preservesUnknown = node["x-kubernetes-preserve-unknown-fields"] === true;
  const isObjectNode = node.type === "object" || isRecord(node.properties);
  if (structural && isObjectNode && !preservesUnknown && node.additionalProperties === undefined) {
    out.additionalProperties = false;
  }
  return out;
}

function isIntegerOrStringBranch(branch: unknown): boolean {
  if (!isRecord(branch)) return false;
  const keys = Object.keys(branch);
  return keys.length === 1 && (branch.type === "integer" || branch.type === "string");
}

/**
 * ajv keyword for LIST_MAP_KEYS. A code keyword (generating inline JavaScript) rather than a validate function,
 * because only code keywords survive into standalone validators. Reports the first duplicate of each list.
 */
const listMapKeysKeyword: CodeKeywordDefinition = {
  keyword: LIST_MAP_KEYS,
  type: "array",
  schemaType: "array",
  error: {
    message: ({ params }) =>
      str`must not repeat an entry: entries ${params.first} and ${params.duplicate} have the same ${params.keys}`,
    params: ({ params }) => _`{keys: ${params.keys}, first: ${params.first}, duplicate: ${params.duplicate}}`,
  },
  code(cxt) {
    const { gen, data } = cxt;
    const keys = cxt.schema as string[];
    if (keys.length === 0) {
      return; // a map list without keys has nothing to compare
    }
    const seen = gen.let("seen", _`new Map()`);
    const first = gen.let("first", -1);
    const duplicate = gen.let("duplicate", -1);
    gen.forRange("i", 0, _`${data}.length`, (index) => {
      const item = gen.const("item", _`${data}[${index}]`);
      gen.if(_`${item} !== null && typeof ${item} == "object"`, () => {
        // JSON of the key values, e.g. ["my-container"]; absent keys count as null.
        const values = keys.map((key) => _`${item}[${key}] ?? null`);
        const identity = gen.const(
          "identity",
          _`JSON.stringify([${values.reduce((all, value) => _`${all}, ${value}`)}])`,
        );
        gen.if(
          _`${seen}.has(${identity})`,
          () => {
            gen.assign(first, _`${seen}.get(${identity})`);
            gen.assign(duplicate, index);
            gen.break();
          },
          () => gen.code(_`${seen}.set(${identity}, ${index})`),
        );
      });
    });
    cxt.setParams({ keys: _`${keys.join(", ")}`, first, duplicate });
    cxt.fail(_`${duplicate} >= 0`);
  },
};

// ---------------------------------------------------------------------------------------------------------------
// Core kinds: kubernetes-models, run in a worker thread
// ---------------------------------------------------------------------------------------------------------------
//
// kubernetes-models 5 is ESM only (its package exports have just an "import" condition), and jest on Node 20
// cannot require() ES modules from node_modules without a transform. A worker thread runs outside jest's module
// system, so it imports kubernetes-models natively; the test thread waits for each answer synchronously with
// Atomics.wait, which keeps validateManifest synchronous.

interface CoreRequest {
  readonly apiVersion: string;
  readonly kind: string;
  readonly object: unknown;
}

interface CoreReply {
  readonly knownKind: boolean;
  readonly errors: AjvLikeError[];
}

/** Values of the shared state cell, written by both threads. */
const IDLE = 0;
const REQUEST_PENDING = 1;
const REPLY_READY = 2;
const WORKER_GONE = 3;

/** The first request imports the validators of a kind's whole object graph; allow for a slow, busy machine. */
const REPLY_TIMEOUT_MS = 60_000;

/**
 * Worker thread source. Plain JavaScript: it is evaluated by Node itself, outside jest's transform.
 *
 * Unknown fields: ajv-generated validators read every property a schema declares (`data.x !== undefined`)
 * and enumerate the keys of maps (`for (key in data)`). The object under validation is wrapped in proxies that
 * record those reads, so afterwards any own key of an object that was never read is one the schema does not
 * declare. Objects whose keys were enumerated are maps; objects with no reads at all have a free-form schema
 * (RawExtension, preserved unknown fields). Both are left alone.
 *
 * The worker exits after a few idle seconds so that jest processes running many test files do not pile up
 * threads; the state cell's compare-and-exchange makes that race-free with a request being sent.
 */
const WORKER_SOURCE = `
const { workerData } = require("node:worker_threads");
const { existsSync } = require("node:fs");
const { join } = require("node:path");
const { pathToFileURL } = require("node:url");

const { port, state: stateBuffer, modelsDir, idleMs } = workerData;
const state = new Int32Array(stateBuffer);
const models = new Map();

function pointerToken(key) {
  return key.replace(/~/g, "~0").replace(/\\//g, "~1");
}

async function loadModel(apiVersion, kind) {
  const cacheKey = apiVersion + " " + kind;
  if (models.has(cacheKey)) return models.get(cacheKey);
  let model = null;
  const slash = apiVersion.lastIndexOf("/");
  const group = slash < 0 ? "" : apiVersion.slice(0, slash);
  const version = slash < 0 ? apiVersion : apiVersion.slice(slash + 1);
  // Only well-formed names reach the file system.
  const wellFormedGroup = group === "" || /^([a-z0-9-]+\\.)*[a-z0-9-]+$/.test(group);
  if (wellFormedGroup && /^v[0-9a-z]+$/.test(version) && /^[A-Z][A-Za-z0-9]*$/.test(kind)) {
    // kubernetes-models lays kinds out as <group>/<version>/<Kind>.js, and the core group as <version>/<Kind>.js.
    const path = join(modelsDir, group, version, kind + ".js");
    if (existsSync(path)) {
      const exported = (await import(pathToFileURL(path).href))[kind];
      // Only top-level kinds carry apiVersion and kind; DeploymentSpec and the like do not.
      if (exported && exported.apiVersion === apiVersion && exported.kind === kind) model = exported;
    }
  }
  models.set(cacheKey, model);
  return model;
}

function track(value, path, records) {
  if (value === null || typeof value !== "object") return value;
  const children = new Map();
  const wrapChild = (target, key) => {
    if (!children.has(key)) children.set(key, track(target[key], path + "/" + pointerToken(key), records));
    return children.get(key);
  };
  if (Array.isArray(value)) {
    return new Proxy(value, {
      get(target, key, receiver) {
        if (typeof key === "string" && /^(0|[1-9][0-9]*)$/.test(key) && Object.hasOwn(target, key)) {
          return wrapChild(target, key);
        }
        return Reflect.get(target, key, receiver);
      },
    });
  }
  const record = { path, value, read: new Set(), enumerated: false };
  records.push(record);
  return new Proxy(value, {
    get(target, key, receiver) {
      if (typeof key !== "string") return Reflect.get(target, key, receiver);
      record.read.add(key);
      return Object.hasOwn(target, key) ? wrapChild(target, key) : Reflect.get(target, key, receiver);
    },
    has(target, key) {
      if (typeof key === "string") record.read.add(key);
      return Reflect.has(target, key);
    },
    ownKeys(target) {
      record.enumerated = true;
      return Reflect.ownKeys(target);
    },
  });
}

function unknownFieldErrors(records) {
  const errors = [];
  for (const record of records) {
    if (record.enumerated || record.read.size === 0) continue;
    for (const key of Object.keys(record.value)) {
      if (!record.read.has(key)) {
        errors.push({
          instancePath: record.path,
          keyword: "additionalProperties",
          params: { additionalProperty: key },
          message: "must NOT have additional properties",
        });
      }
    }
  }
  return errors;
}

async function validateOne(request) {
  const model = await loadModel(request.apiVersion, request.kind);
  if (model === null) return { knownKind: false, errors: [] };
  const records = [];
  const tracked = track(request.object, "", records);
  let schemaErrors = [];
  try {
    // Model#validate runs the kind's compiled validator on \`this\` and throws with localized ajv errors.
    model.prototype.validate.call(tracked);
  } catch (error) {
    if (!error || !Array.isArray(error.errors)) throw error;
    schemaErrors = error.errors.map((e) => ({
      instancePath: e.instancePath,
      keyword: e.keyword,
      params: e.params,
      message: e.message,
    }));
  }
  return { knownKind: true, errors: [...schemaErrors, ...unknownFieldErrors(records)] };
}

let idleTimer;
function armIdleTimer() {
  clearTimeout(idleTimer);
  idleTimer = setTimeout(() => {
    if (Atomics.compareExchange(state, 0, ${IDLE}, ${WORKER_GONE}) === ${IDLE}) {
      port.close();
      process.exit(0);
    }
    armIdleTimer();
  }, idleMs);
}

port.on("message", async (requests) => {
  clearTimeout(idleTimer);
  let reply;
  try {
    reply = { ok: true, results: [] };
    for (const request of requests) reply.results.push(await validateOne(request));
  } catch (error) {
    reply = { ok: false, failure: String((error && error.stack) || error) };
  }
  port.postMessage(reply);
  Atomics.store(state, 0, ${REPLY_READY});
  Atomics.notify(state, 0);
  armIdleTimer();
});
armIdleTimer();
`;

interface CoreBridge {
  validate(requests: CoreRequest[]): CoreReply[];
}

interface WorkerHandle {
  readonly worker: Worker;
  readonly port: MessagePort;
  readonly state: Int32Array;
}

let currentWorker: WorkerHandle | undefined;

/** Finds node_modules/kubernetes-models the way Node resolves packages: upwards from this file. */
function kubernetesModelsDir(): string {
  let dir = __dirname;
  for (;;) {
    const candidate = join(dir, "node_modules", "kubernetes-models");
    try {
      readFileSync(join(candidate, "package.json"));
      return candidate;
    } catch {
      const parent = join(dir, "..");
      if (parent === dir) {
        throw new Error(`kubernetes-models is not installed (searched upwards from ${__dirname})`);
      }
      dir = parent;
    }
  }
}

function startWorker(): WorkerHandle {
  const state = new Int32Array(new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT));
  const { port1, port2 } = new MessageChannel();
  const worker = new Worker(WORKER_SOURCE, {
    eval: true,
    workerData: { port: port2, state: state.buffer, modelsDir: kubernetesModelsDir(), idleMs: 5_000 },
    transferList: [port2],
  });
  // Never keep a test process alive for the validator's sake.
  worker.unref();
  return { worker, port: port1, state };
}

function coreBridge(): CoreBridge {
  return {
    validate(requests) {
      // Claim the idle worker; if it has exited (or never started), start a new one.
      if (!currentWorker || Atomics.compareExchange(currentWorker.state, 0, IDLE, REQUEST_PENDING) !== IDLE) {
        currentWorker = startWorker();
        Atomics.store(currentWorker.state, 0, REQUEST_PENDING);
      }
      const { worker, port, state } = currentWorker;
      port.postMessage(requests);
      const outcome = Atomics.wait(state, 0, REQUEST_PENDING, REPLY_TIMEOUT_MS);
      const received = receiveMessageOnPort(port);
      if (!received) {
        currentWorker = undefined;
        void worker.terminate();
        throw new Error(
          `kubernetes-models validation worker did not answer (${outcome} after ${REPLY_TIMEOUT_MS} ms)`,
        );
      }
      Atomics.store(state, 0, IDLE);
      const reply = received.message as { ok: true; results: CoreReply[] } | { ok: false; failure: string };
      if (!reply.ok) {
        throw new Error(`kubernetes-models validation worker failed: ${reply.failure}`);
      }
      return reply.results;
    },
  };
}
