import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { loadEnvironments } from "../config";
import { recordedOutputsFromTerraform, writeRecordedOutputs } from "../config/recorded-outputs";
import { cloudOf } from "../constructs/clouds";

/**
 * `npm run record-outputs -- <env> [--stacks-dir cdktf.out]`: after `cdktf deploy <env>`, reads the stack's
 * outputs with `terraform output -json` (from the stack's own state) and records the ones the cluster
 * layer needs in config/recorded/<env>.json, for `npm run synth` to use. Commit the file with the specs.
 */
function main(argv: readonly string[]): void {
  const [environment, ...rest] = argv;
  const stacksDir = rest[0] === "--stacks-dir" && rest[1] ? rest[1] : "cdktf.out";
  const platform = loadEnvironments().find((candidate) => candidate.environment.name === environment);
  if (!environment || !platform) {
    const names = loadEnvironments().map((candidate) => candidate.environment.name);
    throw new Error(`usage: npm run record-outputs -- <environment>; one of ${names.join(", ")}`);
  }
  const needed = cloudOf(platform.environment.cloud).recordedOutputs?.(platform.environment) ?? [];
  if (needed.length === 0) {
    console.log(`${environment}: nothing to record: its cloud assigns no value the cluster layer needs`);
    return;
  }
  const directory = join(stacksDir, "stacks", environment);
  const result = spawnSync("terraform", ["output", "-json"], { cwd: directory, encoding: "utf8" });
  if (result.status !== 0) {
    throw new Error(
      `terraform output -json in ${directory} failed (run \`cdktf deploy ${environment}\` first):\n${result.stderr}`,
    );
  }
  const file = writeRecordedOutputs(environment, recordedOutputsFromTerraform(result.stdout), needed);
  console.log(`${environment}: recorded ${needed.join(", ")} in ${file}; commit it and run npm run synth`);
}

try {
  main(process.argv.slice(2));
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
