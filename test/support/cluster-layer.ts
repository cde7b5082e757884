import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Chart, Testing } from "cdk8s";
import { buildClusterLayer } from "../../charts/cluster-layer";
import { type EnvironmentSpec, loadEnvironments } from "../../config";
import { ENVIRONMENT_SPECS } from "../../config/environments";
import { TEST_TODAY } from "./test-today";

// biome-ignore lint/suspicious/noExplicitAny: manifests are plain JSON.
export type Manifest = any;

/** The synthesized cluster layer of one environment: manifests per chart id. */
export class ClusterLayer {
  constructor(readonly charts: ReadonlyMap<string, readonly Manifest[]>) {}

  /** Every manifest of every chart. */
  get all(): Manifest[] {
    return [...this.charts.values()].flat();
  }

  chart(id: string): readonly Manifest[] {
    const manifests = this.charts.get(id);
    if (!manifests) throw new Error(`no chart "${id}"; charts: ${[...this.charts.keys()].join(", ")}`);
    return manifests;
  }

  /** Manifests of a kind, optionally by name. */
  ofKind(kind: string, name?: string): Manifest[] {
    return this.all.filter(
      (manifest) => manifest.kind === kind && (name === undefined || manifest.metadata?.name === name),
    );
  }

  /** The single manifest of a kind and name; fails the test otherwise. */
  one(kind: string, name: string): Manifest {
    const found = this.ofKind(kind, name);
    if (found.length !== 1) throw new Error(`expected one ${kind} "${name}", found ${found.length}`);
    return found[0];
  }
}

const cache = new Map<string, ClusterLayer>();
// Testing.app() makes a temporary directory per app and never removes it; one per test file will do.
let appOutdir: string | undefined;
function testAppOutdir(): string {
  appOutdir ??= mkdtempSync(join(tmpdir(), "chart-tests-"));
  return appOutdir;
}

/** Synthesizes the charts of one environment in memory (memoized for the shipped specs). */
export function clusterLayer(
  name: string,
  specs: readonly EnvironmentSpec[] = ENVIRONMENT_SPECS,
): ClusterLayer {
  const cached = specs === ENVIRONMENT_SPECS ? cache.get(name) : undefined;
  if (cached) return cached;
  const platform = loadEnvironments(specs, {}, { today: TEST_TODAY }).find(
    ({ environment }) => environment.name === name,
  );
  if (!platform) throw new Error(`no environment "${name}"`);
  const app = Testing.app({ outdir: testAppOutdir() });
  buildClusterLayer(app, platform);
  const charts = new Map(
    app.node.children
      .filter((child): child is Chart => child instanceof Chart)
      .map((chart) => [chart.node.id, chart.toJson()]),
  );
  const layer = new ClusterLayer(charts);
  if (specs === ENVIRONMENT_SPECS) cache.set(name, layer);
  return layer;
}
