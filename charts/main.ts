import { mkdirSync } from "node:fs";
import { type EnvironmentSpec, loadEnvironments } from "../config";
import { ENVIRONMENT_SPECS } from "../config/environments";

/**
 * The cdk8s side: the cluster layer of every environment, one directory per environment under `outdir`.
 * Charts arrive in a later change; for now each environment gets its (empty) output directory.
 */
export function synthCharts(
  outdir = "dist",
  specs: readonly EnvironmentSpec[] = ENVIRONMENT_SPECS,
): string[] {
  const environments = loadEnvironments(specs);
  for (const { environment } of environments) mkdirSync(`${outdir}/${environment.name}`, { recursive: true });
  return [];
}
