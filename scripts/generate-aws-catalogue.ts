/**
 * Generates constructs/aws/catalogue/aws-catalogue.json: the EC2 instance types, their per-region offerings
 * and the RDS for PostgreSQL DB instance classes per region, from data files of python packages on the
 * machine (no network). Environment specs are checked against it at synth time.
 *
 * Usage: npx tsx scripts/generate-aws-catalogue.ts [--out <file>]   (default: the committed catalogue)
 *
 * The packages are located with `python3 -c "import moto, botocore, cfnlint"`. Override the interpreter
 * with AWS_CATALOGUE_PYTHON, or point at the package directories directly with AWS_CATALOGUE_MOTO_DIR,
 * AWS_CATALOGUE_BOTOCORE_DIR and AWS_CATALOGUE_CFNLINT_DIR. Only the regions of config/regions.ts are kept.
 *
 * The output is deterministic (sorted keys, no timestamps): regenerating with the same packages gives the
 * same bytes, which test/constructs/aws/aws-sizes.test.ts checks.
 */
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { gunzipSync } from "node:zlib";
import { supportedRegions } from "../config/regions";
import type { AwsCatalogue, InstanceTypeInfo, RegionOfferings } from "../constructs/aws/catalogue/aws-sizes";

export const CATALOGUE_FILE = resolve(
  __dirname,
  "..",
  "constructs",
  "aws",
  "catalogue",
  "aws-catalogue.json",
);
export const GENERATION_COMMAND = "npx tsx scripts/generate-aws-catalogue.ts";

/** The python packages the data comes from. */
const PACKAGES = {
  moto: { module: "moto", env: "AWS_CATALOGUE_MOTO_DIR", versionFile: "__init__.py" },
  botocore: { module: "botocore", env: "AWS_CATALOGUE_BOTOCORE_DIR", versionFile: "__init__.py" },
  "cfn-lint": { module: "cfnlint", env: "AWS_CATALOGUE_CFNLINT_DIR", versionFile: "version.py" },
} as const;
type PackageName = keyof typeof PACKAGES;

/** Where each package lives on this machine. */
export type PackageDirs = Readonly<Record<PackageName, string>>;

/** The package directories, from the environment variables or else from python. Throws when absent. */
export function locatePackages(env: NodeJS.ProcessEnv = process.env): PackageDirs {
  const names = Object.keys(PACKAGES) as PackageName[];
  const fromEnv = names.filter((name) => env[PACKAGES[name].env]);
  let fromPython: Record<string, string> = {};
  if (fromEnv.length < names.length) {
    const modules = names.filter((name) => !fromEnv.includes(name)).map((name) => PACKAGES[name].module);
    const python = env.AWS_CATALOGUE_PYTHON || "python3";
    const program = `import importlib, json, os; print(json.dumps({m: os.path.dirname(importlib.import_module(m).__file__) for m in ${JSON.stringify(modules)}}))`;
    try {
      fromPython = JSON.parse(
        execFileSync(python, ["-c", program], { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] }),
      );
    } catch (error) {
      const detail = (error as { stderr?: string }).stderr?.trim().split("\n").pop() ?? String(error);
      throw new Error(
        `cannot locate the python packages ${modules.join(", ")} with ${python} (${detail}); install them or set ${names.map((name) => PACKAGES[name].env).join(", ")}`,
      );
    }
  }
  return Object.fromEntries(
    names.map((name) => [name, env[PACKAGES[name].env] || fromPython[PACKAGES[name].module]]),
  ) as PackageDirs;
}

function packageVersion(name: PackageName, dir: string): string {
  const text = readFileSync(join(dir, PACKAGES[name].versionFile), "utf8");
  const match = /^__version__\s*=\s*["']([^"']+)["']/m.exec(text);
  if (!match?.[1]) throw new Error(`no __version__ in ${join(dir, PACKAGES[name].versionFile)}`);
  return match[1];
}

const SOURCES = {
  instanceTypes: { package: "moto", path: "ec2/resources/instance_types.json.gz" },
  offerings: { package: "moto", path: "ec2/resources/instance_type_offerings/region/<region>.json.gz" },
  instanceTypeEnum: { package: "botocore", path: "data/ec2/2016-11-15/service-2.json.gz" },
  dbInstanceClasses: {
    package: "cfn-lint",
    path: "data/schemas/extensions/aws_rds_dbinstance/dbinstanceclass_enum.json",
  },
} as const;

/** The RDS engine the platform runs (constructs/aws/postgres-database.ts). */
const RDS_ENGINE = "postgres";

/** What the data files hold, as far as the catalogue reads them. */
interface MotoInstanceType {
  readonly InstanceType: string;
  readonly VCpuInfo: { readonly DefaultVCpus: number };
  readonly MemoryInfo: { readonly SizeInMiB: number };
  readonly GpuInfo?: { readonly Gpus: readonly { readonly Count: number; readonly Manufacturer: string }[] };
}
interface CfnLintClassEnum {
  readonly allOf: readonly {
    readonly if: { readonly properties: { readonly Engine?: { readonly const?: string } } };
    readonly then: {
      readonly properties: { readonly DBInstanceClass: { readonly enum: readonly string[] } };
    };
  }[];
}

/** Names grouped by family: "m6i" → ["large", "xlarge", ...]; for RDS "db.r6g" → ["large", ...]. */
type FamilySizes = Readonly<Record<string, readonly string[]>>;

function readJson<T>(path: string): T {
  const bytes = readFileSync(path);
  return JSON.parse((path.endsWith(".gz") ? gunzipSync(bytes) : bytes).toString("utf8")) as T;
}

function sha256(path: string): string {
  return createHash("sha256").update(readFileSync(path)).digest("hex");
}

/** Builds the catalogue from the package directories. Throws when a file is missing or inconsistent. */
export function buildCatalogue(
  dirs: PackageDirs,
  regions: readonly string[] = supportedRegions("aws"),
): AwsCatalogue {
  const file = (source: { package: PackageName; path: string }, region = "") =>
    join(dirs[source.package], source.path.replace("<region>", region));
  const sorted = [...regions].sort();

  const described = readJson<Record<string, MotoInstanceType>>(file(SOURCES.instanceTypes));
  const instanceTypes: Record<string, InstanceTypeInfo> = {};
  for (const name of Object.keys(described).sort()) {
    const type = described[name] as MotoInstanceType;
    const gpus = type.GpuInfo?.Gpus ?? [];
    const manufacturers = [...new Set(gpus.map((gpu) => gpu.Manufacturer))].sort();
    instanceTypes[name] = {
      vcpu: type.VCpuInfo.DefaultVCpus,
      memoryMiB: type.MemoryInfo.SizeInMiB,
      gpus: gpus.reduce((total, gpu) => total + gpu.Count, 0),
      ...(manufacturers.length > 0 && { gpuManufacturer: manufacturers.join("+") }),
    };
  }

  const describedFamilies = byFamily(Object.keys(instanceTypes));
  const offerings: Record<string, RegionOfferings> = {};
  const offeringHashes: Record<string, string> = {};
  for (const region of sorted) {
    const path = file(SOURCES.offerings, region);
    const offered = readJson<{ InstanceType: string; Location: string }[]>(path);
    const names = offered.filter((offer) => offer.Location === region).map((offer) => offer.InstanceType);
    const undescribed = names.filter((name) => !Object.hasOwn(instanceTypes, name));
    if (undescribed.length > 0) {
      throw new Error(`${path} offers types ${SOURCES.instanceTypes.path} does not describe: ${undescribed}`);
    }
    offerings[region] = allWhereComplete(byFamily(names), describedFamilies);
    offeringHashes[region] = sha256(path);
  }

  // The SDK's list of names: a cross-check (reported in the provenance), not a source of the catalogue.
  const ec2Model = readJson<{ shapes: { InstanceType: { enum: string[] } } }>(file(SOURCES.instanceTypeEnum));
  const enumNames = new Set(ec2Model.shapes.InstanceType.enum);
  const offeredAnywhere = new Set(
    Object.values(offerings).flatMap((families) =>
      Object.entries(families).flatMap(([family, sizes]) =>
        (sizes === "all" ? (describedFamilies[family] as readonly string[]) : sizes).map(
          (size) => `${family}.${size}`,
        ),
      ),
    ),
  );
  const onlyInEnum = [...enumNames].filter((name) => !Object.hasOwn(instanceTypes, name)).sort();
  const notInEnum = Object.keys(instanceTypes).filter((name) => !enumNames.has(name));
  const offeredNotInEnum = notInEnum.filter((name) => offeredAnywhere.has(name));

  const classEnum = readJson<Record<string, CfnLintClassEnum>>(file(SOURCES.dbInstanceClasses));
  const dbRegions: Record<string, FamilySizes> = {};
  for (const region of sorted) {
    const conditions = classEnum[region]?.allOf ?? [];
    const classes = conditions
      .filter((condition) => condition.if.properties.Engine?.const === RDS_ENGINE)
      .flatMap((condition) => condition.then.properties.DBInstanceClass.enum);
    if (classes.length === 0) {
      throw new Error(`${file(SOURCES.dbInstanceClasses)} lists no ${RDS_ENGINE} classes for ${region}`);
    }
    dbRegions[region] = byFamily(classes);
  }

  const versions = Object.fromEntries(
    (Object.keys(PACKAGES) as PackageName[]).map((name) => [name, packageVersion(name, dirs[name])]),
  );
  const source = (entry: { package: PackageName; path: string }) =>
    `${entry.package} ${versions[entry.package]}: ${PACKAGES[entry.package].module}/${entry.path}`;
  const catalogue: AwsCatalogue = {
    provenance: {
      command: GENERATION_COMMAND,
      packages: versions,
      regions: `the aws regions of config/regions.ts: ${sorted.join(", ")}`,
      sources: {
        instanceTypes: {
          file: source(SOURCES.instanceTypes),
          sha256: sha256(file(SOURCES.instanceTypes)),
          fields:
            "vcpu = VCpuInfo.DefaultVCpus, memoryMiB = MemoryInfo.SizeInMiB, gpus = sum of GpuInfo.Gpus[].Count, gpuManufacturer = GpuInfo.Gpus[].Manufacturer",
        },
        regions: { file: source(SOURCES.offerings), sha256: offeringHashes },
        dbInstanceClasses: {
          file: source(SOURCES.dbInstanceClasses),
          sha256: sha256(file(SOURCES.dbInstanceClasses)),
          selection: `every DBInstanceClass enum under a condition on Engine "${RDS_ENGINE}", per region`,
        },
        crossCheck: {
          file: source(SOURCES.instanceTypeEnum),
          sha256: sha256(file(SOURCES.instanceTypeEnum)),
          enumInstanceTypes: enumNames.size,
          describedTypesNotInEnum: notInEnum.length,
          offeredTypesNotInEnum: offeredNotInEnum.length,
          enumTypesNotDescribed: onlyInEnum,
        },
      },
      notes: [
        "The botocore RDS model (data/rds/2014-10-31/service-2.json.gz) has no list of DB instance classes: DBInstanceClass is a plain string.",
        "moto's only table of orderable DB instance options (moto/rds/resources/cluster_options/aurora-postgresql.json.gz) is for Aurora PostgreSQL in us-east-1, not for RDS for PostgreSQL: not used.",
        "cfn-lint's per-engine-version table (aws_rds_dbinstance/db_instance_class.json) lists the same classes for every engine at a given version string: not used.",
        "The per-region classes include previous generations (db.m4, db.t2, ...) that RDS offers for older PostgreSQL versions only.",
      ],
    },
    instanceTypes,
    regions: offerings,
    dbInstanceClasses: { engine: RDS_ENGINE, source: source(SOURCES.dbInstanceClasses), regions: dbRegions },
  };
  return catalogue;
}

/** "m6i.large", "m6i.xlarge", "db.r6g.large" → { m6i: ["large", "xlarge"], "db.r6g": ["large"] }. */
function byFamily(names: readonly string[]): FamilySizes {
  const families: Record<string, string[]> = {};
  for (const name of new Set(names)) {
    const dot = name.lastIndexOf(".");
    const family = name.slice(0, dot);
    families[family] = [...(families[family] ?? []), name.slice(dot + 1)];
  }
  return Object.fromEntries(
    Object.keys(families)
      .sort()
      .map((family) => [family, (families[family] as string[]).sort(bySize)]),
  );
}

/** A family whose every described size is offered becomes "all": most are, and the file is half the size. */
function allWhereComplete(offered: FamilySizes, described: FamilySizes): RegionOfferings {
  return Object.fromEntries(
    Object.entries(offered).map(([family, sizes]) => [
      family,
      sizes.length === described[family]?.length ? "all" : sizes,
    ]),
  );
}

const NAMED_SIZES = ["nano", "micro", "small", "medium", "large", "xlarge"];

/** Sizes in the order AWS lists them: nano ... large, xlarge, 2xlarge, ..., then metal; else by name. */
function bySize(a: string, b: string): number {
  return sizeRank(a) - sizeRank(b) || (a < b ? -1 : a > b ? 1 : 0);
}

function sizeRank(size: string): number {
  const named = NAMED_SIZES.indexOf(size);
  if (named >= 0) return named;
  const multiple = /^(\d+)xlarge$/.exec(size);
  if (multiple) return NAMED_SIZES.length + Number(multiple[1]);
  return size.startsWith("metal") ? 10_000 : 5_000;
}

/**
 * JSON with sorted keys, one entry per line down to the leaves: an instance type's figures and a family's
 * sizes stay on one line (an array of short plain values always; an object of plain values when the line is
 * short). Small, and a diff shows which type or family changed.
 */
export function renderCatalogue(catalogue: AwsCatalogue): string {
  return `${render(catalogue, "")}\n`;
}

function render(value: unknown, indent: string): string {
  if (typeof value !== "object" || value === null) return JSON.stringify(value);
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.every((item) => isPlain(item) && String(item).length <= 24)) {
      return `[${value.map((item) => JSON.stringify(item)).join(", ")}]`;
    }
    return `[\n${value.map((item) => `${inner}${render(item, inner)}`).join(",\n")}\n${indent}]`;
  }
  const entries = Object.keys(value)
    .sort()
    .map((key) => [key, (value as Record<string, unknown>)[key]] as const);
  if (entries.every(([, item]) => isPlain(item))) {
    const line = `{${entries.map(([key, item]) => `${JSON.stringify(key)}: ${JSON.stringify(item)}`).join(", ")}}`;
    if (line.length <= 120) return line;
  }
  const lines = entries.map(([key, item]) => `${inner}${JSON.stringify(key)}: ${render(item, inner)}`);
  return `{\n${lines.join(",\n")}\n${indent}}`;
}

function isPlain(value: unknown): boolean {
  return typeof value !== "object" || value === null;
}

function main(args: readonly string[]): void {
  const outIndex = args.indexOf("--out");
  const out = outIndex >= 0 ? args[outIndex + 1] : CATALOGUE_FILE;
  if (out === undefined || args.some((arg, index) => arg.startsWith("--") && index !== outIndex)) {
    console.error("usage: npx tsx scripts/generate-aws-catalogue.ts [--out <file>]");
    process.exit(2);
  }
  const text = renderCatalogue(buildCatalogue(locatePackages()));
  writeFileSync(out, text);
  console.log(`wrote ${out} (${Buffer.byteLength(text)} bytes)`);
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === __filename) {
  main(process.argv.slice(2));
}
