/**
 * Provider schemas (`terraform providers schema -json` output) read from a directory, lazily: a file is read
 * when a stack first uses one of its providers and indexed in one pass (json-member-index.ts), and a type's
 * schema is parsed when first asked for. The aws file is 10 MB (tens with descriptions); a stack uses a few
 * dozen of its 2,100 types.
 *
 * The directory is `MLOPS_PROVIDER_SCHEMAS`, by default `../shared/provider-schemas` beside the project.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { type IndexedValue, indexJson, parseRange } from "./json-member-index";
import type { TerraformType } from "./terraform-value-types";
import type { Availability } from "./tool-availability";

// ---------------------------------------------------------------------------------------------------------------
// The schema format
// ---------------------------------------------------------------------------------------------------------------

export interface SchemaAttribute {
  readonly type?: TerraformType;
  readonly nested_type?: NestedType;
  readonly required?: boolean;
  readonly optional?: boolean;
  readonly computed?: boolean;
  readonly deprecated?: boolean;
  readonly sensitive?: boolean;
  readonly write_only?: boolean;
}

export interface NestedType {
  readonly attributes: Readonly<Record<string, SchemaAttribute>>;
  readonly nesting_mode: "single" | "list" | "set" | "map";
  readonly min_items?: number;
  readonly max_items?: number;
}

export interface SchemaBlock {
  readonly attributes?: Readonly<Record<string, SchemaAttribute>>;
  readonly block_types?: Readonly<Record<string, SchemaBlockType>>;
  readonly deprecated?: boolean;
}

export interface SchemaBlockType {
  readonly nesting_mode: "single" | "group" | "list" | "set" | "map";
  readonly block: SchemaBlock;
  readonly min_items?: number;
  readonly max_items?: number;
}

export interface TypeSchema {
  readonly version: number;
  readonly block: SchemaBlock;
}

/** The three kinds of blocks a provider defines types for, by their top-level key in Terraform JSON. */
export type BlockKind = "resource" | "data" | "ephemeral";

const KIND_SECTIONS: Readonly<Record<BlockKind, string>> = {
  resource: "resource_schemas",
  data: "data_source_schemas",
  ephemeral: "ephemeral_resource_schemas",
};

// ---------------------------------------------------------------------------------------------------------------
// The schema directory and its files
// ---------------------------------------------------------------------------------------------------------------

export const SCHEMA_DIRECTORY_ENV_VAR = "MLOPS_PROVIDER_SCHEMAS";
const PROJECT_ROOT = resolve(__dirname, "../..");

/** `$MLOPS_PROVIDER_SCHEMAS`, else `../shared/provider-schemas` beside the project root. */
export function providerSchemaDirectory(env: NodeJS.ProcessEnv = process.env): string {
  const configured = env[SCHEMA_DIRECTORY_ENV_VAR];
  return configured ? resolve(configured) : resolve(PROJECT_ROOT, "../shared/provider-schemas");
}

/** Whether `directory` holds schema files, with the reason when it does not. */
export function providerSchemaAvailability(directory: string = providerSchemaDirectory()): Availability {
  const how = `set ${SCHEMA_DIRECTORY_ENV_VAR} to a directory of \`terraform providers schema -json\` files`;
  if (!existsSync(directory) || !statSync(directory).isDirectory()) {
    return { available: false, reason: `no provider schemas: ${directory} is not a directory (${how})` };
  }
  if (!readdirSync(directory).some((file) => file.endsWith(".json"))) {
    return { available: false, reason: `no provider schemas: ${directory} holds no .json file (${how})` };
  }
  return { available: true, reason: "" };
}

/**
 * What a schema file's name says: `<provider>-<version>.json` holds that provider at that version (the
 * shared files: `aws-5.100.0.json`). Any other `.json` file (`terraform providers schema -json >
 * schema.json`) may hold any providers, at versions its name does not tell.
 */
export function parseSchemaFileName(file: string): { provider: string; version: string } | undefined {
  const match = /^(.+?)-(\d+\.\d+\.\d+(?:[-+][0-9A-Za-z.+-]+)?)\.json$/.exec(file);
  return match ? { provider: match[1] as string, version: match[2] as string } : undefined;
}

/** Numeric comparison of the dotted parts, newest first. */
function newestFirst(a: string, b: string): number {
  const partsA = a.split(/[.+-]/).map(Number);
  const partsB = b.split(/[.+-]/).map(Number);
  for (let index = 0; index < Math.max(partsA.length, partsB.length); index++) {
    const difference = (partsB[index] ?? 0) - (partsA[index] ?? 0);
    if (difference !== 0 && !Number.isNaN(difference)) return difference;
  }
  return b.localeCompare(a);
}

const SCHEMA_FILE_LEVELS = new Set(Object.values(KIND_SECTIONS));

/** One schema file: its bytes and where each provider's schemas are in them. */
class SchemaFile {
  private readonly bytes: Buffer;
  private readonly providers: ReadonlyMap<string, IndexedValue>;
  private readonly schemas = new Map<string, ProviderSchema>();

  constructor(
    readonly path: string,
    readonly version: string | undefined,
  ) {
    this.bytes = readFileSync(path);
    let root: IndexedValue;
    try {
      // provider_schemas -> <provider address> -> resource_schemas (etc.) -> <type>: index down to the types.
      root = indexJson(
        this.bytes,
        (keys) =>
          keys[0] === "provider_schemas" &&
          keys.length <= 3 &&
          (keys.length < 3 || SCHEMA_FILE_LEVELS.has(keys[2] as string)),
      );
    } catch (error) {
      throw new Error(`${path}: ${error instanceof Error ? error.message : String(error)}`);
    }
    const providers = root.members?.get("provider_schemas")?.members;
    if (!root.members?.has("format_version") || !providers) {
      throw new Error(
        `${path}: not \`terraform providers schema -json\` output (expected "format_version" and a "provider_schemas" object)`,
      );
    }
    this.providers = providers;
  }

  /** One instance per provider, so that its parsed types are shared by every lookup. */
  provider(source: string): ProviderSchema | undefined {
    let schema = this.schemas.get(source);
    const members = this.providers.get(source)?.members;
    if (!schema && members) {
      schema = new ProviderSchema(source, this.version, this.path, this.bytes, members);
      this.schemas.set(source, schema);
    }
    return schema;
  }
}

/** One provider's schemas from one file; each type's schema is parsed on first use. */
export class ProviderSchema {
  private readonly parsed = new Map<string, TypeSchema>();

  constructor(
    /** `registry.terraform.io/hashicorp/aws` */
    readonly source: string,
    /** From the file name; undefined when it does not tell. */
    readonly version: string | undefined,
    readonly file: string,
    private readonly bytes: Buffer,
    private readonly members: ReadonlyMap<string, IndexedValue>,
  ) {}

  /** `hashicorp/aws 5.100.0`, for messages. */
  get label(): string {
    const name = this.source.replace(/^registry\.terraform\.io\//, "");
    return this.version === undefined ? `${name} (version unknown)` : `${name} ${this.version}`;
  }

  typeNames(kind: BlockKind): string[] {
    return [...(this.members.get(KIND_SECTIONS[kind])?.members?.keys() ?? [])];
  }

  schema(kind: BlockKind, type: string): TypeSchema | undefined {
    const range = this.members.get(KIND_SECTIONS[kind])?.members?.get(type)?.range;
    return range && this.parse(`${kind}.${type}`, range);
  }

  /** The provider configuration block's schema; the azurerm and google files have none. */
  providerConfig(): TypeSchema | undefined {
    const range = this.members.get("provider")?.range;
    return range && this.parse("provider", range);
  }

  private parse(key: string, range: IndexedValue["range"]): TypeSchema {
    let schema = this.parsed.get(key);
    if (!schema) {
      schema = parseRange(this.bytes, range) as TypeSchema;
      this.parsed.set(key, schema);
    }
    return schema;
  }
}

/** The schema files of one directory, opened as providers are asked for. */
export class ProviderSchemas {
  private fileNames: string[] | undefined;
  private readonly files = new Map<string, SchemaFile>();
  private readonly providers = new Map<string, ProviderSchema | string>();

  constructor(
    readonly directory: string,
    /**
     * Directories searched after `directory` for providers it lacks: the project's own schema files of
     * small providers (test/provider-schemas). @default none
     */
    readonly fallbackDirectories: readonly string[] = [],
  ) {}

  /** The files read so far, by name (the fallback directories' too): only those of the providers asked for. */
  loadedFiles(): string[] {
    const fallbacks = this.fallbackDirectories.flatMap((directory) =>
      providerSchemas(directory).loadedFiles(),
    );
    return [...this.files.keys(), ...fallbacks].sort();
  }

  /**
   * The schema of a provider (`registry.terraform.io/hashicorp/aws`), or why there is none. Prefers
   * `<type>-<version>.json`, then the newest other version of that name, then any file not named after a
   * provider version that holds it.
   */
  provider(source: string, version?: string): ProviderSchema | string {
    const key = `${source}@${version ?? ""}`;
    let found = this.providers.get(key);
    if (found === undefined) {
      found = this.find(source, version);
      this.providers.set(key, found);
    }
    return found;
  }

  private find(source: string, version: string | undefined): ProviderSchema | string {
    const type = source.slice(source.lastIndexOf("/") + 1);
    const names = this.listFiles();
    const named = names
      .map((file) => ({ file, parsed: parseSchemaFileName(file) }))
      .filter(({ parsed }) => parsed?.provider === type)
      .sort((a, b) => {
        if (a.parsed?.version === version) return -1;
        if (b.parsed?.version === version) return 1;
        return newestFirst(a.parsed?.version as string, b.parsed?.version as string);
      });
    const unnamed = names.filter((file) => parseSchemaFileName(file) === undefined);
    for (const { file, version: fileVersion } of [
      ...named.map(({ file, parsed }) => ({ file, version: parsed?.version })),
      ...unnamed.map((file) => ({ file, version: undefined })),
    ]) {
      const schema = this.open(file, fileVersion).provider(source);
      if (schema) return schema;
    }
    for (const fallback of this.fallbackDirectories) {
      const schema = providerSchemas(fallback).provider(source, version);
      if (typeof schema !== "string") return schema;
    }
    return `no schema for ${source} in ${this.directory} (files: ${names.join(", ") || "none"}); add \`terraform providers schema -json\` output as ${type}-<version>.json`;
  }

  private listFiles(): string[] {
    this.fileNames ??= readdirSync(this.directory)
      .filter((file) => file.endsWith(".json"))
      .sort();
    return this.fileNames;
  }

  private open(file: string, version: string | undefined): SchemaFile {
    let schemaFile = this.files.get(file);
    if (!schemaFile) {
      schemaFile = new SchemaFile(join(this.directory, file), version);
      this.files.set(file, schemaFile);
    }
    return schemaFile;
  }
}

const directories = new Map<string, ProviderSchemas>();

/**
 * Schemas of providers the shared directory does not hold, kept in the project: each derived from the
 * provider's source at its tag (see the README there).
 */
export const PROJECT_PROVIDER_SCHEMAS = resolve(PROJECT_ROOT, "test/provider-schemas");

/**
 * The schemas of a directory, shared by every check in this process (test file, under jest). The default
 * directory falls back on PROJECT_PROVIDER_SCHEMAS for the providers it lacks.
 */
export function providerSchemas(directory: string = providerSchemaDirectory()): ProviderSchemas {
  let schemas = directories.get(directory);
  if (!schemas) {
    schemas = new ProviderSchemas(
      directory,
      directory === providerSchemaDirectory() && directory !== PROJECT_PROVIDER_SCHEMAS
        ? [PROJECT_PROVIDER_SCHEMAS]
        : [],
    );
    directories.set(directory, schemas);
  }
  return schemas;
}
