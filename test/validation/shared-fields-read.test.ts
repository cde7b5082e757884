/**
 * Every shared (cloud-neutral) spec field is read by every cloud, or refused on the clouds that do not
 * read it. What "read" means is measured, not declared: each shipped environment (and a GCP one with node
 * auto-provisioning, where gpu.maxCpu is read) is built, stack and cluster layer with their guardrails,
 * from an Environment that records every property the build reads. A field no build of a cloud reads must
 * be in that cloud's `unreadSharedFields` (its registry entry), and setting it there must be an error; a
 * field a cloud declares unread must indeed go unread by its builds.
 */

import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { z } from "zod";
import { synthCharts } from "../../charts/main";
import type { EnvironmentSpec, PlatformEnvironment } from "../../config";
import { buildContract, loadEnvironments } from "../../config";
import type { Environment } from "../../config/environment-spec";
import { ENVIRONMENT_SPECS } from "../../config/environments";
import { readRecordedOutputs } from "../../config/recorded-outputs";
import { commonEnvironmentShape } from "../../config/spec-common";
import { CLOUD_LIST, cloudOf } from "../../constructs/clouds";
import { rulesFor } from "../../guardrails/packs";
import { GuardrailReport } from "../../guardrails/report";
import { synthStacks } from "../../stacks/main";
import { problemsOf } from "../support/spec-problems";
import { TEST_TODAY } from "../support/test-today";

/** A GCP environment with node auto-provisioning, the one case in which GCP reads gpu.maxCpu. */
const gcpAutoProvisioned = {
  name: "gcp-nap",
  cloud: "gcp",
  region: "us-central1",
  recoveryRegion: "us-east4",
  tier: "dev",
  gcp: { projectId: "mlops-platform-nap-1", nodeAutoProvisioning: true },
  network: { vpcCidr: "10.99.0.0/16" },
} as const satisfies EnvironmentSpec;

const SPECS: readonly EnvironmentSpec[] = [...ENVIRONMENT_SPECS, gcpAutoProvisioned];

/** Where a spec field lands on the resolved Environment when not at the same path. */
const RESOLVED_PATH: Readonly<Record<string, string>> = {
  "network.availabilityZoneCount": "network.availabilityZones",
  "guardrails.suppressions": "guardrailSuppressions",
};

/** The shared fields as dotted paths, from the schema: sections are walked, lists and maps are fields. */
function sharedFields(shape: Record<string, z.ZodType>, prefix = ""): string[] {
  return Object.entries(shape).flatMap(([key, schema]) => {
    let node: z.ZodType = schema;
    while (node instanceof z.ZodOptional) node = node.unwrap() as z.ZodType;
    const path = `${prefix}${key}`;
    return node instanceof z.ZodObject
      ? sharedFields(node.shape as Record<string, z.ZodType>, `${path}.`)
      : [path];
  });
}

/** A view of `value` that adds the dotted path of every property read to `reads`. */
function recording<T>(value: T, reads: Set<string>, path = "", cache = new WeakMap<object, unknown>()): T {
  if (value === null || typeof value !== "object") return value;
  const known = cache.get(value);
  if (known) return known as T;
  const proxy = new Proxy(value, {
    get(target, key, receiver) {
      const result = Reflect.get(target, key, receiver);
      if (typeof key === "symbol" || typeof result === "function") return result;
      const child = path === "" ? key : `${path}.${key}`;
      reads.add(child);
      return recording(result, reads, child, cache);
    },
  });
  cache.set(value, proxy);
  return proxy;
}

/** Builds every environment's stack and cluster layer (guardrails included) and returns what each read. */
function readsPerEnvironment(): Map<string, Set<string>> {
  const reads = new Map<string, Set<string>>();
  const loaded = loadEnvironments(SPECS, {}, { today: TEST_TODAY });
  const views = new Map<string, Environment>();
  const view = (env: Environment) => {
    let found = views.get(env.name);
    if (!found) {
      const set = reads.get(env.name) ?? new Set<string>();
      reads.set(env.name, set);
      found = recording(env, set);
      views.set(env.name, found);
    }
    return found;
  };
  const recorded: PlatformEnvironment[] = loaded.map((platform) => {
    const environment = view(platform.environment);
    const source = platform.source && view(platform.source);
    const outputs = readRecordedOutputs(platform.environment.name)?.outputs ?? {};
    return {
      ...platform,
      environment,
      contract: buildContract(environment, source, outputs),
      ...(source && { source }),
    };
  });
  const guardrails = new GuardrailReport();
  for (const cloud of CLOUD_LIST) guardrails.addRules(rulesFor(cloud.name));
  const outdir = mkdtempSync(join(tmpdir(), "shared-fields-"));
  try {
    synthStacks(join(outdir, "stacks"), SPECS, { loaded: recorded, guardrails });
    synthCharts(join(outdir, "charts"), SPECS, { loaded: recorded, guardrails });
  } finally {
    rmSync(outdir, { recursive: true, force: true });
  }
  return reads;
}

function isRead(reads: ReadonlySet<string>, field: string): boolean {
  const path = RESOLVED_PATH[field] ?? field;
  return [...reads].some((read) => read === path || read.startsWith(`${path}.`));
}

/** Why `cloud` does not read `field` in `spec`'s environment, or undefined when it does. */
function unreadBecause(cloud: string, field: string, spec: EnvironmentSpec): string | undefined {
  const unread = cloudOf(cloud).unreadSharedFields[field];
  return typeof unread === "function" ? unread(spec) : unread;
}

function withField(spec: EnvironmentSpec, field: string, value: unknown): EnvironmentSpec {
  const [section, ...rest] = field.split(".");
  if (rest.length === 0) return { ...spec, [section as string]: value } as EnvironmentSpec;
  const inner = ((spec as Record<string, unknown>)[section as string] ?? {}) as EnvironmentSpec;
  return { ...spec, [section as string]: withField(inner, rest.join("."), value) } as EnvironmentSpec;
}

function valueAt(value: unknown, path: string): unknown {
  return path
    .split(".")
    .reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], value);
}

describe("shared spec fields: read by every cloud, or refused where not", () => {
  const fields = sharedFields(commonEnvironmentShape as unknown as Record<string, z.ZodType>);
  const reads = readsPerEnvironment();
  const byCloud = (cloud: string) => SPECS.filter((spec) => spec.cloud === cloud);

  test("the shared fields are walked from the schema", () => {
    expect(fields).toEqual(
      expect.arrayContaining(["cluster.publicAccessCidrs", "cluster.systemNodes.desiredSize", "gpu.maxCpu"]),
    );
    expect(fields).not.toContain("cluster.nodeImageRelease");
    expect(fields.length).toBeGreaterThan(40);
  });

  test.each(CLOUD_LIST.map((cloud) => cloud.name))(
    "%s: each shared field is read by some build of it, or declared unread",
    (cloud) => {
      const unaccounted = fields.filter(
        (field) =>
          !byCloud(cloud).some((spec) => isRead(reads.get(spec.name) ?? new Set(), field)) &&
          cloudOf(cloud).unreadSharedFields[field] === undefined,
      );
      expect(unaccounted).toEqual([]);
    },
  );

  test.each(CLOUD_LIST.map((cloud) => cloud.name))(
    "%s: a field declared unread is read by none of the builds it is declared unread for",
    (cloud) => {
      const misdeclared = byCloud(cloud).flatMap((spec) =>
        Object.keys(cloudOf(cloud).unreadSharedFields)
          .filter((field) => unreadBecause(cloud, field, spec) !== undefined)
          .filter((field) => isRead(reads.get(spec.name) ?? new Set(), field))
          .map((field) => `${spec.name}: ${field}`),
      );
      expect(misdeclared).toEqual([]);
    },
  );

  test.each(
    CLOUD_LIST.flatMap((cloud) => Object.keys(cloud.unreadSharedFields).map((field) => [cloud.name, field])),
  )("%s refuses %s, naming the field, the cloud and what to do instead", (cloud, field) => {
    const loaded = loadEnvironments(SPECS, {}, { today: TEST_TODAY });
    const spec = byCloud(cloud).find((candidate) => unreadBecause(cloud, field, candidate) !== undefined);
    if (!spec) throw new Error(`no ${cloud} environment that leaves ${field} unread`);
    const env = loaded.find(({ environment }) => environment.name === spec.name)?.environment;
    const value = valueAt(env, field);
    const specs = SPECS.map((candidate) => (candidate === spec ? withField(spec, field, value) : candidate));
    expect(problemsOf(specs)).toEqual([
      `environment "${spec.name}", field ${field}: got ${JSON.stringify(value)}; expected no value on ${cloud}, whose platform does not read it; ${unreadBecause(cloud, field, spec)}`,
    ]);
  });

  test("the messages say what to do instead", () => {
    const azureDev = SPECS.find((spec) => spec.name === "azure-dev") as EnvironmentSpec;
    expect(
      problemsOf(
        SPECS.map((spec) =>
          spec === azureDev ? withField(spec, "cluster.publicAccessCidrs", ["203.0.113.0/24"]) : spec,
        ),
      ),
    ).toEqual([
      'environment "azure-dev", field cluster.publicAccessCidrs: got ["203.0.113.0/24"]; expected no value on azure, whose platform does not read it; leave it out: the AKS API server is private on every tier (API server VNet integration), reached from networks that reach the VNet',
    ]);
    const gcpDev = SPECS.find((spec) => spec.name === "gcp-dev") as EnvironmentSpec;
    expect(
      problemsOf(SPECS.map((spec) => (spec === gcpDev ? withField(spec, "gpu.maxCpu", 96) : spec))),
    ).toEqual([
      'environment "gcp-dev", field gpu.maxCpu: got 96; expected no value on gcp, whose platform does not read it; set gcp.nodeAutoProvisioning to true (gpu.maxCpu bounds GKE node auto-provisioning only), or leave it out: the GPU node pools are bounded by gpu.maxGpus',
    ]);
    // With node auto-provisioning, gpu.maxCpu is GKE's CPU limit: accepted.
    expect(() =>
      loadEnvironments(
        SPECS.map((spec) => (spec === gcpAutoProvisioned ? withField(spec, "gpu.maxCpu", 96) : spec)),
        {},
        { today: TEST_TODAY },
      ),
    ).not.toThrow();
  });
});
