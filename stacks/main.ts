import { App } from "cdktf";
import { loadEnvironments } from "../config";
import { PlatformStack } from "./platform-stack";
import { withoutTokenStackTraces } from "./without-token-stack-traces";

/**
 * The cdktf app: one stack per environment. Run by `cdktf synth|diff|deploy` (through stacks/app.ts)
 * and by `npm run synth` (bin/synth.ts). Every spec is validated before any stack is built, so
 * bad config writes nothing.
 */
export function synthStacks(outdir?: string): string[] {
  const environments = loadEnvironments();
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
      : `${environment.name}: state kept LOCALLY in cdktf.out/stacks/${environment.name}/terraform.${environment.name}.tfstate; set stateBackend in config/environments to share and lock it`;
  });
}
