import type { DeploymentTarget } from "./deployment-target";
import type { Environment, EnvironmentSpec } from "./environment-spec";
import { ENVIRONMENT_SPECS } from "./environments";
import { buildContract, type PlatformContract } from "./platform-contract";
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
  options: ResolveOptions = {},
): PlatformEnvironment[] {
  const environments = resolveEnvironments(specs, targets, options);
  const byName = new Map(environments.map((env) => [env.name, env]));
  return environments.map((environment) => {
    const source = environment.restores === undefined ? undefined : byName.get(environment.restores);
    return { environment, contract: buildContract(environment, source), ...(source && { source }) };
  });
}
