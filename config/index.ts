import { cloudOf } from "../constructs/clouds";
import type { DeploymentTarget } from "./deployment-target";
import type { Environment, EnvironmentSpec } from "./environment-spec";
import { ENVIRONMENT_SPECS } from "./environments";
import { buildContract, type PlatformContract } from "./platform-contract";
import { readRecordedOutputs } from "./recorded-outputs";
import { type ResolveOptions, resolveEnvironments } from "./resolve-environments";

export type { DeploymentTarget } from "./deployment-target";
export type { CloudName, Environment, EnvironmentSpec, Tier } from "./environment-spec";
export { buildContract, type PlatformContract } from "./platform-contract";
export { InvalidEnvironmentError, type ResolveOptions } from "./resolve-environments";

/** One environment ready to build: its resolved spec, its contract and, for a recovery environment, its source. */
export interface PlatformEnvironment {
  readonly environment: Environment;
  readonly contract: PlatformContract;
  readonly source?: Environment;
  /**
   * Stack outputs its cloud assigns at apply that the cluster layer needs and that are not recorded yet
   * (config/recorded-outputs.ts): its cluster layer cannot be built until they are. @default none
   */
  readonly unrecordedOutputs?: readonly string[];
  /**
   * True when the recorded outputs its cluster layer is built from are the shipped examples
   * (config/recorded-outputs.ts): the layer is synthesized, but `npm run gitops` does not publish it.
   * @default false
   */
  readonly exampleOutputs?: boolean;
}

export interface LoadOptions extends ResolveOptions {
  /** Where recorded stack outputs are read from. @default RECORDED_OUTPUTS_DIR */
  readonly recordedOutputsDir?: string;
}

/**
 * Validates all specs and derives each environment's contract. Throws InvalidEnvironmentError (naming
 * environment, field, value and what is allowed) before anything is synthesized.
 * `targets` deploys the named environments somewhere other than their cloud (e.g. the local emulator).
 * @param targets @default {} (every environment deploys to its cloud)
 */
export function loadEnvironments(
  specs: readonly EnvironmentSpec[] = ENVIRONMENT_SPECS,
  targets: Readonly<Record<string, DeploymentTarget>> = {},
  options: LoadOptions = {},
): PlatformEnvironment[] {
  const environments = resolveEnvironments(specs, targets, options);
  const byName = new Map(environments.map((env) => [env.name, env]));
  return environments.map((environment) => {
    const source = environment.restores === undefined ? undefined : byName.get(environment.restores);
    const needed = cloudOf(environment.cloud).recordedOutputs?.(environment) ?? [];
    const record =
      needed.length > 0 ? readRecordedOutputs(environment.name, options.recordedOutputsDir) : undefined;
    const recorded = record?.outputs ?? {};
    const unrecorded = needed.filter((name) => recorded[name] === undefined);
    return {
      environment,
      contract: buildContract(environment, source, recorded),
      ...(source && { source }),
      ...(unrecorded.length > 0 && { unrecordedOutputs: unrecorded }),
      ...(unrecorded.length === 0 && record?.example === true && { exampleOutputs: true }),
    };
  });
}
