/**
 * Regenerates imports/: the CRD bindings the charts use, from the modules listed in cdk8s.yaml.
 *
 *   npx tsx scripts/import-crds.ts                 # online: the upstream URLs pinned in cdk8s.yaml
 *   npx tsx scripts/import-crds.ts --from <dir>    # offline: byte-identical copies of those CRD files
 *
 * `cdk8s import` writes TypeScript. The three largest bindings (KServe, Argo) alone made type-checking
 * eight times slower, so the bindings are compiled here, once, into CommonJS with declaration files:
 * the compiler reads a declaration file without checking it (skipLibCheck).
 *
 * Before compiling, the generated serializers are made cheaper to load and to run, without changing what
 * they return (leanSerializers below); test/charts/crd-bindings.test.ts checks the result.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { basename, join, resolve } from "node:path";
import { parse } from "yaml";

const root = resolve(__dirname, "..");
const importsDir = join(root, "imports");
const workDir = join(root, "node_modules", ".cache", "import-crds");

interface ImportEntry {
  readonly module: string;
  readonly source: string;
}

function readImports(): ImportEntry[] {
  const config = parse(readFileSync(join(root, "cdk8s.yaml"), "utf8")) as { imports?: string[] };
  return (config.imports ?? []).map((line) => {
    const [module, source] = line.split(":=");
    if (!module || !source) throw new Error(`cdk8s.yaml: import "${line}" is not <module>:=<url>`);
    return { module, source };
  });
}

/** Every CRD file under `dir`, keyed by the names an upstream file may have: `<group>_<plural>.yaml` or `<singular>-crd.yaml`. */
function indexLocalCrds(dir: string): Map<string, string> {
  const index = new Map<string, string>();
  const visit = (path: string) => {
    if (statSync(path).isDirectory()) {
      for (const entry of readdirSync(path).sort()) visit(join(path, entry));
      return;
    }
    if (!/\.ya?ml$/.test(path)) return;
    const crd = parse(readFileSync(path, "utf8")) as {
      kind?: string;
      spec?: { group: string; names: { plural: string; singular: string } };
    };
    if (crd?.kind !== "CustomResourceDefinition" || !crd.spec) return;
    index.set(`${crd.spec.group}_${crd.spec.names.plural}.yaml`, path);
    index.set(`${crd.spec.names.singular}-crd.yaml`, path);
  };
  visit(dir);
  return index;
}

function main(): void {
  const fromIndex = process.argv.indexOf("--from");
  const localDir = fromIndex >= 0 ? process.argv[fromIndex + 1] : undefined;
  const local = localDir ? indexLocalCrds(resolve(localDir)) : undefined;
  const entries = readImports().map(({ module, source }) => {
    if (!local) return `${module}:=${source}`;
    const path = local.get(basename(source));
    if (!path)
      throw new Error(`--from ${localDir}: no CRD file matches ${basename(source)} (module ${module})`);
    return `${module}:=${path}`;
  });

  rmSync(workDir, { recursive: true, force: true });
  mkdirSync(join(workDir, "ts"), { recursive: true });
  writeFileSync(
    join(workDir, "cdk8s.yaml"),
    `language: typescript\napp: "true"\nimports:\n${entries.map((entry) => `  - ${entry}\n`).join("")}`,
  );
  const cli = join(root, "node_modules", ".bin");
  execFileSync(join(cli, "cdk8s"), ["import", "--output", "ts", "--no-check-upgrade"], {
    cwd: workDir,
    stdio: "inherit",
  });

  for (const file of readdirSync(join(workDir, "ts")).filter((name) => name.endsWith(".ts"))) {
    const path = join(workDir, "ts", file);
    writeFileSync(path, leanSerializers(readFileSync(path, "utf8"), file));
  }
  writeFileSync(join(workDir, "ts", `${LEAN_HELPERS_MODULE}.ts`), LEAN_HELPERS_SOURCE);

  writeFileSync(
    join(workDir, "tsconfig.json"),
    JSON.stringify({
      compilerOptions: {
        target: "ES2022",
        module: "node16",
        moduleResolution: "node16",
        declaration: true,
        // The CRDs' field descriptions, as comments, were most of these files: 10 MB of declarations to parse.
        removeComments: true,
        skipLibCheck: true,
        rootDir: "ts",
        outDir: "out",
        types: [],
      },
      include: ["ts/*.ts"],
    }),
  );
  execFileSync(join(cli, "tsc"), ["-p", "tsconfig.json"], { cwd: workDir, stdio: "inherit" });

  rmSync(importsDir, { recursive: true, force: true });
  mkdirSync(importsDir);
  for (const file of readdirSync(join(workDir, "out")).sort()) {
    writeFileSync(join(importsDir, file), readFileSync(join(workDir, "out", file)));
  }
  rmSync(workDir, { recursive: true, force: true });
  console.log(`imports/: ${entries.length} modules, compiled to .js and .d.ts`);
}

/** The module (in imports/) that every lean binding takes its helpers from, written once beside them. */
export const LEAN_HELPERS_MODULE = "lean-serializers";

/** The helpers of the lean serializers, as TypeScript (compiled with the bindings). */
export const LEAN_HELPERS_SOURCE = `// Generated by scripts/import-crds.ts: the helpers of the bindings' serializers.
/** The entries of \`object\` whose value is defined, in their order. */
export function definedEntries(object: Record<string, any>): Record<string, any> {
  const defined: Record<string, any> = {};
  for (const key of Object.keys(object)) {
    if (object[key] !== undefined) setEntry(defined, key, object[key]);
  }
  return defined;
}

/** \`map\` with \`convert\` applied to every defined value, undefined values dropped, in their order. */
export function mapDefinedEntries<T, U>(map: Record<string, T | undefined>, convert: (value: T) => U): Record<string, U> {
  const converted: Record<string, U> = {};
  for (const key of Object.keys(map)) {
    const value = map[key];
    if (value !== undefined) setEntry(converted, key, convert(value));
  }
  return converted;
}

/** An own entry, as an object literal makes it (also for the key "__proto__"). */
function setEntry(object: Record<string, any>, key: string, value: any): void {
  if (key === "__proto__") Object.defineProperty(object, key, { value, enumerable: true, writable: true, configurable: true });
  else object[key] = value;
}
`;

/**
 * What the generated serializers do, done with less work:
 *
 * - They drop undefined entries by rebuilding the object once per defined key (`reduce` over
 *   `Object.entries` with a spread: quadratic in the keys, and most of a chart's serialization time).
 *   A loop over the keys gives the same object, keys in the same order.
 * - Every `toJson_<Type>` helper is exported, thousands per file, and the bundler copies each module's
 *   exports into every module that imports it. Nothing outside a binding calls them: they become private
 *   to their module (the classes, enums and interfaces stay exported).
 *
 * Each rewrite is anchored on the exact text the generator writes; a generator that writes something
 * else fails here, naming the file, rather than leaving a half-rewritten binding.
 */
export function leanSerializers(source: string, file: string): string {
  const drop =
    "Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})";
  // Maps: `Object.entries(<expr>).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: <value of i[1]> }), {})`.
  const mapPattern =
    /Object\.entries\(([^()]*(?:\([^()]*\))?[^()]*)\)\.reduce\(\(r, i\) => \(i\[1\] === undefined\) \? r : \(\{ \.\.\.r, \[i\[0\]\]: (.*?) \}\), \{\}\)/g;
  let rewritten = source.split(drop).join("definedEntries(result)");
  rewritten = rewritten.replace(mapPattern, (_, map: string, value: string) => {
    return `mapDefinedEntries(${map}, (value) => ${value.split("i[1]").join("value")})`;
  });
  rewritten = rewritten.replace(/^export function toJson_/gm, "function toJson_");
  if (rewritten.includes(".reduce((r, i)")) {
    throw new Error(`leanSerializers: ${file} has a serializer shape this script does not know`);
  }
  if (rewritten === source) return source;
  return `import { definedEntries, mapDefinedEntries } from "./${LEAN_HELPERS_MODULE}";\n${rewritten}`;
}

if (require.main === module) main();
