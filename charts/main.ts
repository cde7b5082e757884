import { join } from "node:path";
import { App, YamlOutputType } from "cdk8s";
import { type EnvironmentSpec, loadEnvironments } from "../config";
import { ENVIRONMENT_SPECS } from "../config/environments";
import { buildClusterLayer } from "./cluster-layer";

/**
 * The cdk8s side: the cluster layer of every environment into `<outdir>/<env>/`, one file per chart,
 * deterministic, ready to commit to the GitOps repository ArgoCD syncs. Every spec is validated before
 * any chart is built.
 */
export function synthCharts(
  outdir = "dist",
  specs: readonly EnvironmentSpec[] = ENVIRONMENT_SPECS,
): string[] {
  const environments = loadEnvironments(specs);
  for (const platform of environments) {
    const app = new App({
      outdir: join(outdir, platform.environment.name),
      outputFileExtension: ".k8s.yaml",
      yamlOutputType: YamlOutputType.FILE_PER_CHART,
    });
    buildClusterLayer(app, platform);
    app.synth();
  }
  return [];
}
