import { mkdirSync } from "node:fs";
import { loadEnvironments } from "../config";

/**
 * The cdk8s side: the cluster layer of every environment, one directory per environment under `outdir`.
 * Charts arrive in a later change; for now each environment gets its (empty) output directory.
 */
export function synthCharts(outdir = "dist"): string[] {
  const environments = loadEnvironments();
  for (const { environment } of environments) mkdirSync(`${outdir}/${environment.name}`, { recursive: true });
  return [];
}
