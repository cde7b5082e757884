/**
 * Synthesized Terraform JSON checked against provider schemas, offline: for Azure and GCP stacks, whose
 * provider binaries cannot run here, it stands in for `terraform validate`; for AWS it is a fast first
 * check. See `checkStack` for what is checked. The provider's own validation of values (enums, ranges,
 * conflicting arguments) is not in a schema and not checked. The schemas come from
 * provider-schema-files.ts, re-exported here.
 */
import { basename } from "node:path";
import {
  type BlockKind,
  type NestedType,
  type ProviderSchema,
  type ProviderSchemas,
  providerSchemas,
  type SchemaAttribute,
  type SchemaBlock,
  type SchemaBlockType,
} from "./provider-schema-files";
import {
  attributePath,
  checkValue,
  describeJsonValue,
  indexPath,
  isPlainObject,
  isTemplate,
  keyPath,
  typeName,
} from "./terraform-value-types";

export * from "./provider-schema-files";

// ---------------------------------------------------------------------------------------------------------------
// Findings
// ---------------------------------------------------------------------------------------------------------------

/** error: Terraform would reject it; warning: accepted but deprecated or dropped; note: not checked, and why. */
export type Severity = "error" | "warning" | "note";

export interface SchemaFinding {
  readonly severity: Severity;
  /** `aws_s3_bucket.name`, `data.<type>.<name>`, `ephemeral.<type>.<name>`, `provider.<name>[.<alias>]`. */
  readonly address: string;
  /** Inside the block, e.g. `restore_to_point_in_time[0].use_latest_restorable_time`; "" for the block. */
  readonly path: string;
  readonly message: string;
}

/** `error aws_s3_bucket.b: versioning[0].enabled: message`, on one line. */
export function formatFinding(finding: SchemaFinding): string {
  const path = finding.path === "" ? "" : ` ${finding.path}:`;
  return `${finding.severity} ${finding.address}:${path} ${finding.message}`;
}

// ---------------------------------------------------------------------------------------------------------------
// The providers a stack uses
// ---------------------------------------------------------------------------------------------------------------

export interface ProviderRequirement {
  /** The name the stack uses: the key of `required_providers` and the prefix of its types. */
  readonly localName: string;
  /** Fully qualified: `registry.terraform.io/hashicorp/aws`. */
  readonly source: string;
  /** The version constraint of `required_providers`, when there is one. */
  readonly version: string | undefined;
}

/** `aws`, `hashicorp/aws` and `registry.terraform.io/hashicorp/aws` all name the same provider. */
export function qualifiedSource(source: string): string {
  const parts = source.toLowerCase().split("/");
  if (parts.length === 1) return `registry.terraform.io/hashicorp/${parts[0]}`;
  if (parts.length === 2) return `registry.terraform.io/${parts.join("/")}`;
  return parts.join("/");
}

/** The exact version a constraint pins (`5.100.0`, `= 5.100.0`), or undefined for a range. */
export function pinnedVersion(constraint: string | undefined): string | undefined {
  return constraint === undefined
    ? undefined
    : /^\s*=?\s*v?(\d+\.\d+\.\d+(?:[-+][0-9A-Za-z.+-]+)?)\s*$/.exec(constraint)?.[1];
}

/** The local provider name of a block: its `provider` meta-argument, else its type's first word. */
function localProviderName(type: string, body: unknown): string {
  const reference = isPlainObject(body) ? body.provider : undefined;
  if (typeof reference === "string") {
    return reference.replace(/^\$\{(.*)\}$/, "$1").split(".")[0] as string;
  }
  return type.split("_")[0] as string;
}

function namedBlocks(stack: Record<string, unknown>, kind: BlockKind): [string, string, unknown][] {
  const section = stack[kind];
  if (!isPlainObject(section)) return [];
  return Object.entries(section).flatMap(([type, blocks]) =>
    isPlainObject(blocks)
      ? Object.entries(blocks).map(([name, body]): [string, string, unknown] => [type, name, body])
      : [],
  );
}

/**
 * Every provider a stack uses: those `terraform.required_providers` lists, and those its provider
 * blocks and resource, data source and ephemeral types imply (Terraform's default: `hashicorp/<prefix>`).
 * Sorted by local name.
 */
export function stackProviders(stack: unknown): ProviderRequirement[] {
  if (!isPlainObject(stack)) return [];
  const requirements = new Map<string, ProviderRequirement>();
  const terraform = isPlainObject(stack.terraform) ? stack.terraform : {};
  const required = isPlainObject(terraform.required_providers) ? terraform.required_providers : {};
  for (const [localName, requirement] of Object.entries(required)) {
    // The legacy form is a bare version constraint.
    const entry = isPlainObject(requirement) ? requirement : { version: requirement };
    requirements.set(localName, {
      localName,
      source: qualifiedSource(typeof entry.source === "string" ? entry.source : localName),
      version: typeof entry.version === "string" ? entry.version : undefined,
    });
  }
  const used = [
    ...Object.keys(isPlainObject(stack.provider) ? stack.provider : {}),
    ...(["resource", "data", "ephemeral"] as const).flatMap((kind) =>
      namedBlocks(stack, kind).map(([type, , body]) => localProviderName(type, body)),
    ),
  ];
  for (const localName of used) {
    if (!requirements.has(localName)) {
      requirements.set(localName, { localName, source: qualifiedSource(localName), version: undefined });
    }
  }
  return [...requirements.values()].sort((a, b) => a.localName.localeCompare(b.localName));
}

// ---------------------------------------------------------------------------------------------------------------
// Checking a stack
// ---------------------------------------------------------------------------------------------------------------

/** What each kind of type is called in messages. */
const KIND_NAMES: Readonly<Record<BlockKind, string>> = {
  resource: "resource type",
  data: "data source",
  ephemeral: "ephemeral resource type",
};

/** Allowed in every resource, data source and ephemeral resource, whatever its schema says. */
const META_ARGUMENTS: ReadonlySet<string> = new Set([
  "count",
  "for_each",
  "provider",
  "depends_on",
  "lifecycle",
  "connection",
  "provisioner",
]);
const PROVIDER_META_ARGUMENTS: ReadonlySet<string> = new Set(["alias", "version"]);
const NO_META_ARGUMENTS: ReadonlySet<string> = new Set();

type Report = (severity: Severity, path: string, message: string) => void;

/**
 * Checks one synthesized stack (the parsed `cdk.tf.json`) against the schemas of the providers it uses.
 * For each resource, data source and ephemeral resource, at every nesting depth:
 *
 * - an unknown type, argument or block; a missing required argument or block;
 * - a block count outside `min_items`..`max_items` (a block may be one object or an array of them);
 * - a value for a computed-only attribute;
 * - a literal that does not convert to the attribute's type (see terraform-value-types.ts);
 * - a deprecated argument or block (a warning).
 *
 * Nested attributes (`nested_type`) are checked like blocks, `dynamic` blocks by their `content`.
 * Meta-arguments (`count`, `for_each`, `provider`, `depends_on`, `lifecycle`, `connection`,
 * `provisioner`; `alias` and `version` in provider blocks) and `//` comment keys are allowed. Provider
 * blocks are checked when the schema file has the provider's configuration schema, else noted as not
 * checked. A provider without a schema, or pinned at a version other than its schema's, is an error.
 * Findings come in document order; in each block, what is missing comes after what is there.
 */
export function checkStack(stack: unknown, schemas: ProviderSchemas = providerSchemas()): SchemaFinding[] {
  const findings: SchemaFinding[] = [];
  const reporter =
    (address: string): Report =>
    (severity, path, message) =>
      findings.push({ severity, address, path, message });
  if (!isPlainObject(stack)) {
    reporter("stack")("error", "", `expected the stack's JSON object, got ${describeJsonValue(stack)}`);
    return findings;
  }

  const providers = new Map<string, ProviderSchema>();
  const unresolved = new Set<string>();
  for (const requirement of stackProviders(stack)) {
    const report = reporter(`terraform.required_providers.${requirement.localName}`);
    const pinned = pinnedVersion(requirement.version);
    const schema = schemas.provider(requirement.source, pinned);
    if (typeof schema === "string") {
      report("error", "source", schema);
      unresolved.add(requirement.localName);
      continue;
    }
    providers.set(requirement.localName, schema);
    checkSchemaVersion(requirement, pinned, schema, report);
  }

  checkProviderBlocks(stack, providers, reporter);
  for (const kind of ["resource", "data", "ephemeral"] as const) {
    for (const [type, name, body] of namedBlocks(stack, kind)) {
      const report = reporter(kind === "resource" ? `${type}.${name}` : `${kind}.${type}.${name}`);
      const localName = localProviderName(type, body);
      const provider = providers.get(localName);
      if (!provider) {
        // A provider without a schema is reported once, above; one never looked up would be a bug here.
        if (!unresolved.has(localName)) {
          report("error", "", `no provider "${localName}" was looked up for ${type}`);
        }
        continue;
      }
      const schema = provider.schema(kind, type);
      if (schema) checkBody(body, schema.block, "", report, META_ARGUMENTS);
      else report("error", "", unknownTypeMessage(provider, kind, type));
    }
  }
  return findings;
}

function checkSchemaVersion(
  requirement: ProviderRequirement,
  pinned: string | undefined,
  schema: ProviderSchema,
  report: Report,
): void {
  const file = basename(schema.file);
  const type = requirement.source.slice(requirement.source.lastIndexOf("/") + 1);
  if (pinned !== undefined && schema.version !== undefined && pinned !== schema.version) {
    report(
      "error",
      "version",
      `pins ${pinned}, but the schema found is ${file} (${schema.version}); add the output of \`terraform providers schema -json\` for ${pinned} as ${type}-${pinned}.json`,
    );
  } else if (schema.version === undefined) {
    report("note", "version", `checked against ${file}, whose name does not say which version it describes`);
  } else if (pinned === undefined) {
    const constraint =
      requirement.version === undefined
        ? "no version constraint"
        : `version constraint "${requirement.version}" is not one exact version`;
    report("note", "version", `${constraint}; checked against ${schema.label}`);
  }
}

function checkProviderBlocks(
  stack: Record<string, unknown>,
  providers: ReadonlyMap<string, ProviderSchema>,
  reporter: (address: string) => Report,
): void {
  const blocks = isPlainObject(stack.provider) ? stack.provider : {};
  for (const [localName, value] of Object.entries(blocks)) {
    const provider = providers.get(localName);
    if (!provider) continue;
    const schema = provider.providerConfig();
    for (const config of Array.isArray(value) ? value : [value]) {
      const alias = isPlainObject(config) && typeof config.alias === "string" ? `.${config.alias}` : "";
      const report = reporter(`provider.${localName}${alias}`);
      if (schema) {
        checkBody(config, schema.block, "", report, PROVIDER_META_ARGUMENTS);
      } else {
        const file = basename(provider.file);
        report("note", "", `not checked: ${provider.label} has no provider configuration schema in ${file}`);
      }
    }
  }
}

function unknownTypeMessage(provider: ProviderSchema, kind: BlockKind, type: string): string {
  const otherKind = (["resource", "data", "ephemeral"] as const).find(
    (other) => other !== kind && provider.schema(other, type) !== undefined,
  );
  const suggestion = closest(type, provider.typeNames(kind));
  return [
    `${provider.label} has no ${KIND_NAMES[kind]} "${type}"`,
    otherKind && ` (it has a ${KIND_NAMES[otherKind]} of that name)`,
    suggestion && ` (did you mean "${suggestion}"?)`,
  ]
    .filter(Boolean)
    .join("");
}

/** Computed-only: the provider sets it, configuration cannot. */
function isReadOnly(attribute: SchemaAttribute): boolean {
  return attribute.computed === true && !attribute.optional && !attribute.required;
}

function attributeTypeName(attribute: SchemaAttribute): string {
  if (attribute.nested_type) {
    return attribute.nested_type.nesting_mode === "single"
      ? "object"
      : `${attribute.nested_type.nesting_mode}(object)`;
  }
  return attribute.type === undefined ? "any" : typeName(attribute.type);
}

/** "unknown argument or block", the closest valid name, and every name allowed there. */
function unknownKeyMessage(key: string, block: SchemaBlock): string {
  const settable = Object.entries(block.attributes ?? {})
    .filter(([, attribute]) => !isReadOnly(attribute))
    .map(([name]) => name)
    .sort();
  const blocks = Object.keys(block.block_types ?? {}).sort();
  const suggestion = closest(key, [...settable, ...blocks]);
  const allowed = [
    settable.length > 0 && `an argument (${settable.join(", ")})`,
    blocks.length > 0 && `a block (${blocks.join(", ")})`,
  ].filter(Boolean);
  return [
    `unknown argument or block "${key}"`,
    suggestion && ` (did you mean "${suggestion}"?)`,
    allowed.length > 0 ? `; expected ${allowed.join(" or ")}` : "; this block takes no arguments or blocks",
  ]
    .filter(Boolean)
    .join("");
}

/** Checks a block body: its arguments, nested blocks, and what is missing. */
function checkBody(
  body: unknown,
  block: SchemaBlock,
  path: string,
  report: Report,
  metaArguments: ReadonlySet<string>,
): void {
  if (!isPlainObject(body)) {
    report("error", path, `expected a block body (an object), got ${describeJsonValue(body)}`);
    return;
  }
  const attributes = block.attributes ?? {};
  const blockTypes = block.block_types ?? {};
  // Only a body with blocks can generate them (a nested attribute's object has none).
  const dynamic =
    "dynamic" in attributes || "dynamic" in blockTypes || Object.keys(blockTypes).length === 0
      ? undefined
      : body.dynamic;
  // How many blocks a dynamic block generates is known only at plan time.
  const generated = new Set(isPlainObject(dynamic) ? Object.keys(dynamic) : []);
  for (const [key, value] of Object.entries(body)) {
    if (key.startsWith("//") || metaArguments.has(key)) continue;
    const attribute = attributes[key];
    const blockType = blockTypes[key];
    if (attribute) {
      checkAttribute(key, attribute, value, attributePath(path, key), report);
    } else if (blockType) {
      checkBlocks(key, blockType, value, attributePath(path, key), report, generated.has(key));
    } else if (key === "dynamic" && dynamic !== undefined) {
      checkDynamic(value, block, path, report);
    } else {
      report("error", attributePath(path, key), unknownKeyMessage(key, block));
    }
  }
  for (const [name, attribute] of Object.entries(attributes)) {
    if (attribute.required && (body[name] === undefined || body[name] === null)) {
      report(
        "error",
        attributePath(path, name),
        `missing required argument "${name}" (${attributeTypeName(attribute)})`,
      );
    }
  }
  for (const [name, blockType] of Object.entries(blockTypes)) {
    if (body[name] === undefined || body[name] === null) {
      checkBlocks(name, blockType, undefined, attributePath(path, name), report, generated.has(name));
    }
  }
}

/** `exactly 1`, `at most 1`, `at least 2`, `between 1 and 3`. */
function countRange(min: number, max: number): string {
  if (min === max) return `exactly ${min}`;
  if (min > 0 && max !== Number.POSITIVE_INFINITY) return `between ${min} and ${max}`;
  return max === Number.POSITIVE_INFINITY ? `at least ${min}` : `at most ${max}`;
}

/** The number of blocks of a type, or of objects in a nested attribute, against its bounds. */
function checkCount(
  what: "block" | "nested attribute",
  name: string,
  count: number,
  min: number,
  max: number,
  path: string,
  report: Report,
): void {
  const range = countRange(min, max);
  if (what === "block" && count === 0 && min > 0) {
    report("error", path, `missing required block "${name}"; expected ${range}`);
  } else if (count < min || count > max) {
    const problem = count < min ? "too few" : "too many";
    const items = what === "block" ? `"${name}" blocks` : `elements in "${name}"`;
    report("error", path, `${problem} ${items}: got ${count}, expected ${range}`);
  }
}

/** Bodies of a block type's value, each with its path. Map blocks are keyed by their label. */
function blockBodies(
  name: string,
  mode: SchemaBlockType["nesting_mode"],
  value: unknown,
  path: string,
  report: Report,
): [string, unknown][] | undefined {
  if (value === undefined || value === null) return [];
  if (mode === "map") {
    const maps = Array.isArray(value) ? value : [value];
    if (!maps.every(isPlainObject)) {
      report(
        "error",
        path,
        `expected "${name}" blocks as an object keyed by label, got ${describeJsonValue(value)}`,
      );
      return undefined;
    }
    return maps.flatMap((labelled) =>
      Object.entries(labelled).map(([label, body]): [string, unknown] => [keyPath(path, label), body]),
    );
  }
  if (isPlainObject(value)) return [[mode === "list" || mode === "set" ? indexPath(path, 0) : path, value]];
  if (Array.isArray(value)) {
    const indexed = mode === "list" || mode === "set" || value.length > 1;
    return value.map((body, index): [string, unknown] => [indexed ? indexPath(path, index) : path, body]);
  }
  report(
    "error",
    path,
    `expected "${name}" as a block (an object) or a list of blocks, got ${describeJsonValue(value)}`,
  );
  return undefined;
}

function checkBlocks(
  name: string,
  blockType: SchemaBlockType,
  value: unknown,
  path: string,
  report: Report,
  generated: boolean,
): void {
  const bodies = blockBodies(name, blockType.nesting_mode, value, path, report);
  if (!bodies) return;
  if (blockType.block.deprecated && bodies.length > 0) {
    report("warning", path, `block "${name}" is deprecated`);
  }
  if (!generated) {
    // max_items 0 means no limit; a single block is at most one.
    const single = blockType.nesting_mode === "single" || blockType.nesting_mode === "group";
    const max = blockType.max_items || (single ? 1 : Number.POSITIVE_INFINITY);
    checkCount("block", name, bodies.length, blockType.min_items ?? 0, max, path, report);
  }
  for (const [bodyPath, body] of bodies) {
    checkBody(body, blockType.block, bodyPath, report, NO_META_ARGUMENTS);
  }
}

const DYNAMIC_ARGUMENTS = new Set(["for_each", "iterator", "labels", "content"]);

/** `dynamic.<block>.content` is a body of that block type; `for_each` is required. */
function checkDynamic(value: unknown, block: SchemaBlock, path: string, report: Report): void {
  const dynamicPath = attributePath(path, "dynamic");
  if (!isPlainObject(value)) {
    report(
      "error",
      dynamicPath,
      `expected an object of dynamic blocks by block type, got ${describeJsonValue(value)}`,
    );
    return;
  }
  const blockTypes = block.block_types ?? {};
  for (const [name, generator] of Object.entries(value)) {
    const generatorPath = attributePath(dynamicPath, name);
    const blockType = blockTypes[name];
    if (!blockType) {
      const names = Object.keys(blockTypes).sort();
      const suggestion = closest(name, names);
      const allowed =
        names.length > 0 ? `; expected a block (${names.join(", ")})` : "; this block has no blocks";
      report(
        "error",
        generatorPath,
        `unknown block "${name}" in dynamic${suggestion ? ` (did you mean "${suggestion}"?)` : ""}${allowed}`,
      );
      continue;
    }
    if (!isPlainObject(generator)) {
      report(
        "error",
        generatorPath,
        `expected a dynamic block (an object), got ${describeJsonValue(generator)}`,
      );
      continue;
    }
    for (const key of Object.keys(generator)) {
      if (!DYNAMIC_ARGUMENTS.has(key) && !key.startsWith("//")) {
        report(
          "error",
          attributePath(generatorPath, key),
          `unknown argument "${key}" of a dynamic block; expected for_each, iterator, labels or content`,
        );
      }
    }
    if (generator.for_each === undefined) {
      report("error", attributePath(generatorPath, "for_each"), `missing required argument "for_each"`);
    }
    checkBody(
      generator.content ?? {},
      blockType.block,
      attributePath(generatorPath, "content"),
      report,
      NO_META_ARGUMENTS,
    );
  }
}

function checkAttribute(
  name: string,
  attribute: SchemaAttribute,
  value: unknown,
  path: string,
  report: Report,
): void {
  // Null is Terraform's "not set".
  if (value === undefined || value === null) return;
  if (isReadOnly(attribute)) {
    report("error", path, `argument "${name}" is computed by the provider and cannot be set`);
    return;
  }
  if (attribute.deprecated) report("warning", path, `argument "${name}" is deprecated`);
  if (attribute.nested_type) {
    checkNestedAttribute(name, attribute.nested_type, value, path, report);
  } else if (attribute.type !== undefined) {
    for (const problem of checkValue(value, attribute.type, path)) {
      report(problem.severity, problem.path, problem.message);
    }
  }
}

/** The objects of a nested attribute's value, each with its path; undefined when the value has the wrong shape. */
function nestedObjects(
  mode: NestedType["nesting_mode"],
  value: unknown,
  path: string,
): [string, unknown][] | undefined {
  if (mode === "single") return isPlainObject(value) ? [[path, value]] : undefined;
  if (mode === "map") {
    return isPlainObject(value)
      ? Object.entries(value).map(([key, item]): [string, unknown] => [keyPath(path, key), item])
      : undefined;
  }
  return Array.isArray(value)
    ? value.map((item, index): [string, unknown] => [indexPath(path, index), item])
    : undefined;
}

/** A nested attribute holds objects with attributes of their own: checked like a block of that shape. */
function checkNestedAttribute(
  name: string,
  nested: NestedType,
  value: unknown,
  path: string,
  report: Report,
): void {
  if (isTemplate(value)) return;
  const objects = nestedObjects(nested.nesting_mode, value, path);
  if (!objects) {
    const expected = attributeTypeName({ nested_type: nested });
    report("error", path, `wrong type: expected ${expected}, got ${describeJsonValue(value)}`);
    return;
  }
  const shape: SchemaBlock = { attributes: nested.attributes };
  for (const [objectPath, object] of objects) {
    // An element may itself be an expression, known at plan time.
    if (object !== null && !isTemplate(object)) {
      checkBody(object, shape, objectPath, report, NO_META_ARGUMENTS);
    }
  }
  if (nested.nesting_mode !== "single") {
    const max = nested.max_items || Number.POSITIVE_INFINITY;
    checkCount("nested attribute", name, objects.length, nested.min_items ?? 0, max, path, report);
  }
}

// ---------------------------------------------------------------------------------------------------------------
// "Did you mean"
// ---------------------------------------------------------------------------------------------------------------

/** Edit distance counting a swap of two neighbours as one edit (optimal string alignment). */
function editDistance(a: string, b: string): number {
  const rows: number[][] = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i++) {
    const row = rows[i] as number[];
    const previous = rows[i - 1] as number[];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(
        (previous[j] as number) + 1,
        (row[j - 1] as number) + 1,
        (previous[j - 1] as number) + cost,
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        best = Math.min(best, (rows[i - 2]?.[j - 2] as number) + 1);
      }
      row[j] = best;
    }
  }
  return rows[a.length]?.[b.length] as number;
}

/** The candidate nearest to `name`, if it is near enough to be a misspelling of it. */
function closest(name: string, candidates: readonly string[]): string | undefined {
  const limit = name.length <= 3 ? 1 : name.length <= 8 ? 2 : 3;
  let best: { candidate: string; distance: number } | undefined;
  for (const candidate of [...candidates].sort()) {
    if (Math.abs(candidate.length - name.length) > limit) continue;
    const distance = editDistance(name, candidate);
    if (distance <= limit && (best === undefined || distance < best.distance)) best = { candidate, distance };
  }
  return best?.candidate;
}
