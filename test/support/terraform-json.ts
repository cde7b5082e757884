import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Testing } from "cdktf";
import { type EnvironmentSpec, loadEnvironments } from "../../config";
import { ENVIRONMENT_SPECS } from "../../config/environments";
import { PlatformStack } from "../../stacks/platform-stack";
import { withoutTokenStackTraces } from "../../stacks/without-token-stack-traces";
import { TEST_TODAY } from "./test-today";

// biome-ignore lint/suspicious/noExplicitAny: synthesized Terraform JSON is untyped by nature.
export type Json = any;

/** Synthesized Terraform JSON of one stack, with cdktf's "//" metadata removed. */
export class TerraformJson {
  constructor(readonly json: Json) {}

  /** Every resource of a type, by logical name. */
  resources(type: string): Record<string, Json> {
    return this.json.resource?.[type] ?? {};
  }

  resourceList(type: string): Json[] {
    return Object.values(this.resources(type));
  }

  /** The single resource of a type; fails the test when there are none or several. */
  only(type: string): Json {
    const all = this.resourceList(type);
    if (all.length !== 1) throw new Error(`expected exactly one ${type}, found ${all.length}`);
    return all[0];
  }

  /** Resources of a type whose attribute matches. */
  where(type: string, predicate: (resource: Json) => boolean): Json[] {
    return this.resourceList(type).filter(predicate);
  }

  dataSources(type: string): Json[] {
    return Object.values(this.json.data?.[type] ?? {});
  }

  /** The Terraform reference (`type.name`) of the resource a predicate picks. */
  addressOf(type: string, predicate: (resource: Json) => boolean): string {
    const entry = Object.entries(this.resources(type)).find(([, resource]) => predicate(resource));
    if (!entry) throw new Error(`no ${type} matches`);
    return `${type}.${entry[0]}`;
  }

  get outputs(): Record<string, Json> {
    return this.json.output ?? {};
  }
}

const cache = new Map<string, TerraformJson>();
// Testing.app() makes a temporary directory per app and never removes it; one per test file will do.
let appOutdir: string | undefined;
function testAppOutdir(): string {
  appOutdir ??= mkdtempSync(join(tmpdir(), "stack-tests-"));
  return appOutdir;
}

/** Synthesizes the stack of one environment (memoized per spec set; stacks are deterministic). */
export function synthStack(
  name: string,
  specs: readonly EnvironmentSpec[] = ENVIRONMENT_SPECS,
): TerraformJson {
  const key = specs === ENVIRONMENT_SPECS ? name : undefined;
  const cached = key && cache.get(key);
  if (cached) return cached;
  const platform = loadEnvironments(specs, {}, { today: TEST_TODAY }).find(
    ({ environment }) => environment.name === name,
  );
  if (!platform) throw new Error(`no environment "${name}"`);
  const json = withoutTokenStackTraces(() => {
    const stack = new PlatformStack(
      Testing.app({
        stackTraces: false,
        outdir: testAppOutdir(),
      }),
      platform,
    );
    return JSON.parse(Testing.synth(stack)) as Json;
  });
  const result = new TerraformJson(stripMetadata(json));
  if (key) cache.set(key, result);
  return result;
}

/** Removes cdktf's "//" metadata entries recursively and sorts keys, for stable, readable snapshots. */
export function stripMetadata(value: Json): Json {
  if (Array.isArray(value)) return value.map(stripMetadata);
  if (value && typeof value === "object") {
    return Object.fromEntries(
      Object.keys(value)
        .filter((key) => key !== "//")
        .sort()
        .map((key) => [key, stripMetadata(value[key])]),
    );
  }
  return value;
}

/**
 * Parses an IAM policy JSON string from a resource attribute. Terraform interpolations inside it (such as
 * `${replace(aws_eks_cluster.x.identity[0].oidc[0].issuer, "https://", "")}` in a condition key) are
 * kept, with their inner double quotes turned into single quotes so the text parses as JSON.
 */
export function policy(text: string): { Statement: Json[] } {
  return JSON.parse(text.replace(/\$\{[^}]*\}/g, (interpolation) => interpolation.replaceAll('"', "'")));
}

/** A Terraform expression as Terraform JSON writes it, `${expression}` (spelled so that no linter takes it for a JS template). */
export function tf(expression: string): string {
  return `\${${expression}}`;
}
