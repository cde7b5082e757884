/**
 * The data folders of ../shared the tests read (never the product): upstream CRDs and the default values of
 * the add-on charts at their pinned versions. Each can be pointed elsewhere with an environment variable.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { parse } from "yaml";
import type { Availability } from "./tool-availability";

const ROOT = resolve(__dirname, "..", "..");

/** Upstream CRDs, one folder per project: `MLOPS_SHARED_CRDS`, by default `../shared/crds`. */
export function crdDirectory(): string {
  return process.env.MLOPS_SHARED_CRDS ?? resolve(ROOT, "..", "shared", "crds");
}

/** Charts' Chart.yaml, values.yaml, values.schema.json by `<chart>/<version>/`: `MLOPS_HELM_CHARTS`. */
export function helmChartsDirectory(): string {
  return process.env.MLOPS_HELM_CHARTS ?? resolve(ROOT, "..", "shared", "helm-charts");
}

function directoryAvailability(directory: string, variable: string, what: string): Availability {
  if (!existsSync(directory) || !statSync(directory).isDirectory()) {
    return { available: false, reason: `no ${what}: ${directory} is not a directory (set ${variable})` };
  }
  return { available: true, reason: "" };
}

export function crdAvailability(): Availability {
  return directoryAvailability(crdDirectory(), "MLOPS_SHARED_CRDS", "upstream CRDs");
}

export function helmChartsAvailability(): Availability {
  return directoryAvailability(helmChartsDirectory(), "MLOPS_HELM_CHARTS", "Helm chart defaults");
}

/** Every upstream CRD's `group/Kind`, with the project folder it comes from. */
export function upstreamCrdKinds(): Map<string, string> {
  const kinds = new Map<string, string>();
  for (const project of readdirSync(crdDirectory())) {
    const folder = join(crdDirectory(), project);
    if (!statSync(folder).isDirectory()) continue;
    for (const file of readdirSync(folder).filter((name) => name.endsWith(".yaml"))) {
      const crd = parse(readFileSync(join(folder, file), "utf8"));
      kinds.set(`${crd.spec.group}/${crd.spec.names.kind}`, project);
    }
  }
  return kinds;
}

/** A chart's files at a version, or undefined when the folder has none. */
export function chartFiles(
  chart: string,
  version: string,
): { chartYaml: Record<string, unknown>; values: unknown; schema: unknown } | undefined {
  const folder = join(helmChartsDirectory(), chart, version);
  if (!existsSync(folder)) return undefined;
  const schemaFile = join(folder, "values.schema.json");
  return {
    chartYaml: parse(readFileSync(join(folder, "Chart.yaml"), "utf8")),
    values: parse(readFileSync(join(folder, "values.yaml"), "utf8")) ?? {},
    schema: existsSync(schemaFile) ? JSON.parse(readFileSync(schemaFile, "utf8")) : undefined,
  };
}
