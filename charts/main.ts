import { join } from "node:path";
import { App, YamlOutputType } from "cdk8s";
import {
  type EnvironmentSpec,
  type LoadOptions,
  loadEnvironments,
  type PlatformEnvironment,
} from "../config";
import { ENVIRONMENT_SPECS } from "../config/environments";
import { RECORDED_OUTPUTS_DIR, recordCommand } from "../config/recorded-outputs";
import { checkClusterLayer } from "../guardrails/kubernetes-guardrails";
import type { GuardrailReport } from "../guardrails/report";
import { writeBootstrap } from "./bootstrap";
import { buildClusterLayer } from "./cluster-layer";
import { withFastObjectResolution } from "./fast-object-resolution";
import { OutputFiles } from "./output-files";
import { resolveChartsOnce } from "./resolve-charts-once";
import { withFastYaml } from "./yaml-writer";

export interface SynthChartsOptions extends LoadOptions {
  /** The environments, already loaded from `specs` (by a caller that synthesizes stacks too). @default loaded here */
  readonly loaded?: readonly PlatformEnvironment[];
  /** Where each chart's guardrail result is added. @default the guardrails do not run */
  readonly guardrails?: GuardrailReport;
  /** The output directory as reports name it (when `outdir` is a staging directory). @default outdir */
  readonly reportedOutdir?: string;
  /**
   * Where the files are collected, under `outdir`, for the caller to write once everything is checked
   * (`npm run synth`). @default written into `outdir` when every environment is built
   */
  readonly files?: OutputFiles;
}

/**
 * The cdk8s side: the cluster layer of every environment into `<outdir>/<env>/`, one file per chart,
 * deterministic, ready to commit to the GitOps repository ArgoCD syncs. Every spec is validated before
 * any chart is built.
 */
export function synthCharts(
  outdir = "dist",
  specs: readonly EnvironmentSpec[] = ENVIRONMENT_SPECS,
  options: SynthChartsOptions = {},
): string[] {
  const environments = options.loaded ?? loadEnvironments(specs, {}, options);
  const notes: string[] = [];
  const files = options.files ?? new OutputFiles(outdir);
  for (const platform of environments) {
    const { unrecordedOutputs } = platform;
    if (unrecordedOutputs) {
      // Half-known identities in Git would be synced as they are: nothing is written until they are known.
      notes.push(
        `${platform.environment.name}: cluster layer NOT written: it needs ${unrecordedOutputs.join(", ")}, assigned when the stack is applied; after \`cdktf deploy ${platform.environment.name}\`, run \`${recordCommand(platform.environment.name)}\``,
      );
      continue;
    }
    if (platform.exampleOutputs) {
      notes.push(
        `${platform.environment.name}: cluster layer written with the example values of ${options.recordedOutputsDir ?? RECORDED_OUTPUTS_DIR}/${platform.environment.name}.json (npm run gitops will not publish it); after \`cdktf deploy ${platform.environment.name}\`, run \`${recordCommand(platform.environment.name)}\``,
      );
    }
    // Objects resolved through plain data quickly (fast-object-resolution.ts), and written as cdk8s's own
    // YAML, byte for byte, in a fraction of the time (yaml-writer.ts).
    withFastObjectResolution(() => synthEnvironment(platform, outdir, files, options));
  }
  if (!options.files) files.writeTo(outdir, { prune: false });
  return notes;
}

/** One environment's cluster layer into `files` under `<outdir>/<env>/`, its guardrail results added to the report. */
function synthEnvironment(
  platform: PlatformEnvironment,
  outdir: string,
  files: OutputFiles,
  options: SynthChartsOptions,
): void {
  const app = new App({
    outdir: join(outdir, platform.environment.name),
    outputFileExtension: ".k8s.yaml",
    yamlOutputType: YamlOutputType.FILE_PER_CHART,
  });
  buildClusterLayer(app, platform);
  const resolved = resolveChartsOnce(app.charts);
  if (options.guardrails) {
    const env = platform.environment;
    const reported = options.reportedOutdir ?? outdir;
    const results = checkClusterLayer(
      resolved,
      { environment: env.name, cloud: env.cloud, tier: env.tier, suppressions: env.guardrailSuppressions },
      (chart) => `${reported}/${env.name}/${chart.node.id}.k8s.yaml`,
    );
    for (const result of results) options.guardrails.add(result);
  }
  withFastYaml(() => {
    files.collectingYaml(() => app.synth());
    writeBootstrap(join(outdir, platform.environment.name), platform.environment, files);
  });
}
