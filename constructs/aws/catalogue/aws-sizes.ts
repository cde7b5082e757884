/**
 * The AWS sizing vocabulary, checked against aws-catalogue.json (generated offline by
 * scripts/generate-aws-catalogue.ts; its `provenance` names every source file and package version).
 *
 * Each check returns undefined when the value is fine, else the "expected ..." half of a validation
 * message: what is allowed, with an example and, where one is close, a did-you-mean.
 */
import catalogueJson from "./aws-catalogue.json";

export interface InstanceTypeInfo {
  readonly vcpu: number;
  readonly memoryMiB: number;
  /** Whole GPUs: fractional-GPU types (g6f, gr6f) count 0. */
  readonly gpus: number;
  readonly gpuManufacturer?: string;
}

/** Sizes by family ("m6i" → ["large", ...]); "all" when a region offers every size instanceTypes has. */
export type RegionOfferings = Readonly<Record<string, "all" | readonly string[]>>;

export interface AwsCatalogue {
  readonly provenance: unknown;
  readonly instanceTypes: Readonly<Record<string, InstanceTypeInfo>>;
  /** EC2 instance types offered per region. */
  readonly regions: Readonly<Record<string, RegionOfferings>>;
  readonly dbInstanceClasses: {
    readonly engine: string;
    readonly source: string;
    /** DB instance classes orderable per region ("db.r6g" → ["large", ...]). */
    readonly regions: Readonly<Record<string, Readonly<Record<string, readonly string[]>>>>;
  };
}

const CATALOGUE = catalogueJson as AwsCatalogue;

const EXAMPLE_INSTANCE_TYPE = "m6i.large";
const EXAMPLE_DB_INSTANCE_CLASS = "db.r6g.large";

/** The regions the catalogue has offerings for. */
export function catalogueRegions(): readonly string[] {
  return Object.keys(CATALOGUE.regions);
}

/** Details of an EC2 instance type, whichever region offers it; undefined when AWS has no such type. */
export function instanceTypeInfo(type: string): InstanceTypeInfo | undefined {
  return Object.hasOwn(CATALOGUE.instanceTypes, type) ? CATALOGUE.instanceTypes[type] : undefined;
}

/** undefined when `type` is an EC2 instance type offered in `region`, else what is expected. */
export function checkInstanceType(region: string, type: unknown): string | undefined {
  if (!Object.hasOwn(CATALOGUE.regions, region)) return missingRegion(region, "an EC2 instance type");
  if (typeof type === "string" && offersInstanceType(region, type)) return undefined;
  // Only a refusal pays for the whole list of the region's types.
  const offered = offeredInstanceTypes(region);
  const allowed = `an EC2 instance type offered in ${region}, such as ${example(offered, EXAMPLE_INSTANCE_TYPE)}`;
  if (typeof type !== "string") return allowed;
  if (instanceTypeInfo(type) !== undefined) {
    return `${allowed} (${notOfferedHere(type, region, (other) => offersInstanceType(other, type))})`;
  }
  return withSuggestion(allowed, closest(type, offered));
}

/**
 * Instance families that Karpenter may launch for the GPU pool in `region`: those with at least one type
 * offered there that has a whole NVIDIA GPU (the pool's pods request `nvidia.com/gpu`). Sorted.
 */
export function gpuFamilies(region: string): readonly string[] {
  let families = gpuFamiliesByRegion.get(region);
  if (families === undefined) {
    nvidiaTypes ??= Object.keys(CATALOGUE.instanceTypes).filter((type) => {
      const info = CATALOGUE.instanceTypes[type] as InstanceTypeInfo;
      return info.gpus > 0 && info.gpuManufacturer === "NVIDIA";
    });
    const found = new Set<string>();
    for (const type of nvidiaTypes) {
      if (offersInstanceType(region, type)) found.add(familyOf(type));
    }
    families = [...found].sort();
    gpuFamiliesByRegion.set(region, families);
  }
  return families;
}

/** undefined when `families` is a non-empty list of gpuFamilies(region), else what is expected. */
export function checkGpuFamilies(region: string, families: readonly unknown[]): string | undefined {
  if (!Object.hasOwn(CATALOGUE.regions, region)) {
    return missingRegion(region, "a list of GPU instance families");
  }
  const allowed = gpuFamilies(region);
  const wrong = families.filter((family) => typeof family !== "string" || !allowed.includes(family));
  if (families.length > 0 && wrong.length === 0) return undefined;
  const expected = `a non-empty list of the NVIDIA GPU instance families offered in ${region}: ${quoteList(allowed)}`;
  const hints = wrong.flatMap((family) =>
    typeof family === "string" ? [gpuFamilyHint(region, family, allowed)] : [],
  );
  return hints.length > 0 ? `${expected} (${hints.join("; ")})` : expected;
}

/** undefined when `cls` is an RDS for PostgreSQL DB instance class orderable in `region`, else what is expected. */
export function checkDbInstanceClass(region: string, cls: unknown): string | undefined {
  if (!Object.hasOwn(CATALOGUE.dbInstanceClasses.regions, region)) {
    return missingRegion(region, "an RDS DB instance class");
  }
  if (typeof cls === "string" && offersDbInstanceClass(region, cls)) return undefined;
  const offered = dbInstanceClasses(region);
  const allowed = `an RDS for PostgreSQL DB instance class offered in ${region}, such as ${example(offered, EXAMPLE_DB_INSTANCE_CLASS)}`;
  if (typeof cls !== "string") return allowed;
  const offeredIn = (other: string) => offersDbInstanceClass(other, cls);
  if (catalogueRegions().some(offeredIn)) return `${allowed} (${notOfferedHere(cls, region, offeredIn)})`;
  return withSuggestion(allowed, closest(cls, offered));
}

const gpuFamiliesByRegion = new Map<string, readonly string[]>();
let nvidiaTypes: readonly string[] | undefined;

/** Whether `region` offers `type`: one lookup, nothing built. */
function offersInstanceType(region: string, type: string): boolean {
  const offering = sizesIn(CATALOGUE.regions, region, familyOf(type));
  return offering === "all"
    ? Object.hasOwn(CATALOGUE.instanceTypes, type)
    : (offering?.includes(sizeOf(type)) ?? false);
}

function offersDbInstanceClass(region: string, cls: string): boolean {
  return sizesIn(CATALOGUE.dbInstanceClasses.regions, region, familyOf(cls))?.includes(sizeOf(cls)) ?? false;
}

/** regions[region][family], reading own keys only (a value such as "__proto__" finds nothing). */
function sizesIn<T>(
  regions: Readonly<Record<string, Readonly<Record<string, T>>>>,
  region: string,
  family: string,
): T | undefined {
  const families = Object.hasOwn(regions, region) ? regions[region] : undefined;
  return families && Object.hasOwn(families, family) ? families[family] : undefined;
}

/** Every EC2 instance type offered in a region (for suggestions and examples). */
function offeredInstanceTypes(region: string): string[] {
  return Object.keys(CATALOGUE.instanceTypes).filter((type) => offersInstanceType(region, type));
}

function dbInstanceClasses(region: string): string[] {
  return Object.entries(CATALOGUE.dbInstanceClasses.regions[region] ?? {}).flatMap(([family, sizes]) =>
    sizes.map((size) => `${family}.${size}`),
  );
}

/** "m6i.large" → "m6i"; "db.r6g.large" → "db.r6g"; "u-6tb1.metal" → "u-6tb1". */
function familyOf(name: string): string {
  return name.slice(0, Math.max(0, name.lastIndexOf(".")));
}

function sizeOf(name: string): string {
  return name.slice(name.lastIndexOf(".") + 1);
}

function gpuFamilyHint(region: string, family: string, allowed: readonly string[]): string {
  const types = Object.entries(CATALOGUE.instanceTypes).filter(([type]) => familyOf(type) === family);
  if (types.length === 0) {
    const suggestions = closest(family, allowed);
    return suggestions.length === 0
      ? `"${family}" is not an instance family`
      : `"${family}" is not an instance family, did you mean ${orList(suggestions)}?`;
  }
  if (types.some(([, info]) => info.gpus > 0 && info.gpuManufacturer === "NVIDIA")) {
    return notOfferedHere(family, region, (other) => gpuFamilies(other).includes(family));
  }
  return types.some(([, info]) => info.gpuManufacturer === "NVIDIA")
    ? `"${family}" has only fractions of an NVIDIA GPU`
    : `"${family}" has no NVIDIA GPU`;
}

/** `"x" is offered in "a", "b", not in <region>`, over the catalogue's regions. */
function notOfferedHere(
  value: string,
  region: string,
  offeredIn: (region: string) => boolean | undefined,
): string {
  const elsewhere = catalogueRegions().filter((other) => other !== region && offeredIn(other));
  return elsewhere.length > 0
    ? `"${value}" is offered in ${quoteList(elsewhere)}, not in ${region}`
    : `"${value}" is not offered in ${region} nor in any other region the platform supports`;
}

function missingRegion(region: string, what: string): string {
  return `${what} of a region in the AWS catalogue (it has no data for "${region}": after adding a region to config/regions.ts, run npx tsx scripts/generate-aws-catalogue.ts)`;
}

function example(values: readonly string[], preferred: string): string {
  return `"${values.includes(preferred) ? preferred : ([...values].sort()[0] ?? preferred)}"`;
}

function quoteList(values: readonly string[]): string {
  return values.map((value) => `"${value}"`).join(", ");
}

/** `"a"`, `"a" or "b"`, `"a", "b" or "c"`. */
function orList(values: readonly string[]): string {
  const quoted = values.map((value) => `"${value}"`);
  return quoted.length < 2 ? quoted.join("") : `${quoted.slice(0, -1).join(", ")} or ${quoted.at(-1)}`;
}

function withSuggestion(allowed: string, suggestions: readonly string[]): string {
  return suggestions.length === 0 ? allowed : `${allowed} (did you mean ${orList(suggestions)}?)`;
}

/**
 * The candidates closest to `value` by edit distance, or none when none is close (1 edit for a value of up
 * to 4 characters, else 2). Up to three when tied, those sharing the longest prefix with `value` first.
 */
export function closest(value: string, candidates: Iterable<string>): string[] {
  const limit = value.length <= 4 ? 1 : 2;
  let best = limit;
  let nearest: string[] = [];
  for (const candidate of candidates) {
    if (Math.abs(candidate.length - value.length) > best) continue;
    const distance = editDistance(value, candidate, best);
    if (distance < best) {
      best = distance;
      nearest = [candidate];
    } else if (distance === best) {
      nearest.push(candidate);
    }
  }
  const prefix = (candidate: string) => {
    let length = 0;
    while (length < candidate.length && candidate[length] === value[length]) length++;
    return length;
  };
  return nearest
    .map((candidate) => ({ candidate, shared: prefix(candidate) }))
    .sort((a, b) => b.shared - a.shared || (a.candidate < b.candidate ? -1 : 1))
    .slice(0, 3)
    .map(({ candidate }) => candidate);
}

/** Levenshtein distance of two strings; any value above `limit` is returned as limit + 1. */
function editDistance(a: string, b: string, limit: number): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMinimum = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min(
        (previous[j] as number) + 1,
        (current[j - 1] as number) + 1,
        (previous[j - 1] as number) + cost,
      );
      current.push(value);
      rowMinimum = Math.min(rowMinimum, value);
    }
    if (rowMinimum > limit) return limit + 1;
    previous = current;
  }
  return Math.min(previous[b.length] as number, limit + 1);
}
