import { App } from "cdktf";
import { type EnvironmentSpec, loadEnvironments } from "../config";
import { ENVIRONMENT_SPECS } from "../config/environments";
import { localStateFile, PlatformStack } from "./platform-stack";
import { withoutTokenStackTraces } from "./without-token-stack-traces";

/**
 * The cdktf app: one stack per environment. Run by `cdktf synth|diff|deploy` (through stacks/app.ts)
 * and by `npm run synth` (bin/synth.ts). Every spec is validated before any stack is built, so
 * bad config writes nothing.
 */
export function synthStacks(
  outdir?: string,
  specs: readonly EnvironmentSpec[] = ENVIRONMENT_SPECS,
): string[] {
  const environments = loadEnvironments(specs);
  // Stack traces in construct metadata cost most of the synth time and are never read.
  withoutTokenStackTraces(() => {
    const app = new App({ ...(outdir && { outdir }), stackTraces: false });
    for (const platform of environments) new PlatformStack(app, platform);
    app.synth();
  });
  return environments.map(({ environment }) => {
    const backend = environment.stateBackend;
    return backend.kind === "s3"
      ? `${environment.name}: state in s3://${backend.bucket} (encrypted, S3 lockfile)`
      : `${environment.name}: state kept LOCALLY in ${localStateFile(environment.name)}; set stateBackend in config/environments/${environment.name}.ts to share and lock it in S3`;
  });
}
