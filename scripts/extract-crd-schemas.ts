/**
 * Extracts the OpenAPI v3 schema of every served version of every CustomResourceDefinition in a folder into
 * test/schemas/crds/<group>/<version>/<Kind>.json, plus an index, so that tests can validate custom resources
 * without reading anything outside the project.
 *
 * Usage: npx tsx scripts/extract-crd-schemas.ts [crds-dir]   (default: ../shared/crds)
 *
 * The output folder is rebuilt from scratch on every run: a CRD removed from the input disappears from the output.
 * Keys are sorted recursively so that the output only changes when a schema does.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { parseAllDocuments } from "yaml";

const projectRoot = resolve(__dirname, "..");
const outputRoot = join(projectRoot, "test", "schemas", "crds");

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

interface ExtractedSchema {
  /** `<group>/<version>/<Kind>`, the key tests look a custom resource up by. */
  readonly id: string;
  /** Path of the JSON file relative to the output folder, with forward slashes. */
  readonly file: string;
  readonly schema: Json;
  readonly source: string;
}

/** All .yaml/.yml files under `dir`, in a stable order. */
function listYamlFiles(dir: string): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      found.push(...listYamlFiles(path));
    } else if (/\.ya?ml$/.test(entry.name)) {
      found.push(path);
    }
  }
  return found.sort();
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * Copies a value with object keys sorted, and refuses integers JSON cannot carry exactly (a bound such as
 * 2^63-1 would silently turn into a different number).
 */
function canonical(value: unknown, where: string): Json {
  if (Array.isArray(value)) {
    return value.map((item, index) => canonical(item, `${where}/${index}`));
  }
  if (isObject(value)) {
    const sorted: { [key: string]: Json } = {};
    for (const key of Object.keys(value).sort()) {
      sorted[key] = canonical(value[key], `${where}/${key}`);
    }
    return sorted;
  }
  if (typeof value === "number" && Number.isInteger(value) && !Number.isSafeInteger(value)) {
    throw new Error(`${where}: integer ${value} is outside the range JSON numbers keep exactly`);
  }
  if (
    value === null ||
    typeof value === "boolean" ||
    typeof value === "number" ||
    typeof value === "string"
  ) {
    return value;
  }
  throw new Error(`${where}: unexpected value of type ${typeof value}`);
}

function requireString(value: unknown, what: string, file: string): string {
  if (typeof value !== "string" || value === "") {
    throw new Error(`${file}: ${what} must be a non-empty string, got ${JSON.stringify(value)}`);
  }
  return value;
}

/** The schemas of the served versions of every CRD document in one file. */
function extractFromFile(file: string, crdsDir: string): ExtractedSchema[] {
  const source = relative(crdsDir, file).split("\\").join("/");
  const extracted: ExtractedSchema[] = [];
  for (const document of parseAllDocuments(readFileSync(file, "utf8"))) {
    if (document.errors.length > 0) {
      throw new Error(`${source}: invalid YAML: ${document.errors[0]?.message}`);
    }
    const crd: unknown = document.toJS();
    if (!isObject(crd) || crd.kind !== "CustomResourceDefinition") {
      continue;
    }
    if (crd.apiVersion !== "apiextensions.k8s.io/v1") {
      throw new Error(
        `${source}: only apiextensions.k8s.io/v1 CRDs are supported, got ${String(crd.apiVersion)}`,
      );
    }
    const spec = isObject(crd.spec) ? crd.spec : {};
    const group = requireString(spec.group, "spec.group", source);
    const kind = requireString(isObject(spec.names) ? spec.names.kind : undefined, "spec.names.kind", source);
    const versions = Array.isArray(spec.versions) ? spec.versions : [];
    for (const version of versions) {
      // A version that is not served cannot be created, so a manifest using it should not validate.
      if (!isObject(version) || version.served !== true) {
        continue;
      }
      const name = requireString(version.name, "spec.versions[].name", source);
      const schema = isObject(version.schema) ? version.schema.openAPIV3Schema : undefined;
      if (!isObject(schema)) {
        throw new Error(`${source}: version ${name} of ${kind} has no schema.openAPIV3Schema`);
      }
      extracted.push({
        id: `${group}/${name}/${kind}`,
        file: `${group}/${name}/${kind}.json`,
        schema: canonical(schema, `${source}#${name}`),
        source,
      });
    }
  }
  return extracted;
}

function writeJson(path: string, value: unknown): void {
  writeFileSync(path, `${JSON.stringify(value, null, 2)}\n`);
}

function main(): void {
  const crdsDir = resolve(process.argv[2] ?? "../shared/crds");
  const files = listYamlFiles(crdsDir);
  if (files.length === 0) {
    throw new Error(`no CRD YAML files found under ${crdsDir}`);
  }

  const byId = new Map<string, ExtractedSchema>();
  for (const file of files) {
    for (const entry of extractFromFile(file, crdsDir)) {
      const previous = byId.get(entry.id);
      if (previous) {
        throw new Error(`${entry.id} is defined by both ${previous.source} and ${entry.source}`);
      }
      byId.set(entry.id, entry);
    }
  }

  rmSync(outputRoot, { recursive: true, force: true });
  const index: Record<string, string> = {};
  for (const id of [...byId.keys()].sort()) {
    const entry = byId.get(id) as ExtractedSchema;
    const path = join(outputRoot, entry.file);
    mkdirSync(resolve(path, ".."), { recursive: true });
    writeJson(path, entry.schema);
    index[id] = entry.file;
  }
  writeJson(join(outputRoot, "index.json"), index);
  console.log(
    `wrote ${byId.size} schemas from ${files.length} files to ${relative(process.cwd(), outputRoot)}`,
  );
}

main();
