import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";

/**
 * Values a cloud assigns only when the stack is applied (an Azure managed identity's client id is one),
 * which the cluster layer needs. The stack exports them as outputs; `npm run record-outputs -- <env>` writes
 * them, after `cdktf deploy <env>`, to `config/recorded/<env>.json` (committed with the specs); synth reads
 * that record. An environment whose cloud needs a value the record lacks gets no cluster layer until it
 * is recorded, and synth says which command to run.
 */

/** Where records live, relative to the project root. */
export const RECORDED_OUTPUTS_DIR = "config/recorded";

export interface RecordedOutputs {
  readonly environment: string;
  readonly outputs: Readonly<Record<string, string>>;
  /**
   * True in the records shipped with the repository: made-up values, so that a fresh clone synthesizes every
   * environment's cluster layer before any deploy. Such a layer names identities that do not exist: it is
   * written to dist/ but never published to the GitOps repository. `npm run record-outputs` writes real
   * values, without this flag. @default false
   */
  readonly example?: boolean;
}

/** The record of `environment`, or undefined when none was written. */
export function readRecordedOutputs(
  environment: string,
  directory = RECORDED_OUTPUTS_DIR,
): RecordedOutputs | undefined {
  const file = join(directory, `${environment}.json`);
  if (!existsSync(file)) return undefined;
  const record = JSON.parse(readFileSync(file, "utf8")) as RecordedOutputs;
  if (
    record.environment !== environment ||
    typeof record.outputs !== "object" ||
    record.outputs === null ||
    (record.example !== undefined && typeof record.example !== "boolean")
  ) {
    throw new Error(
      `${file}: expected {"environment": "${environment}", "outputs": {...}} (and "example": true only in a shipped example); rewrite it with npm run record-outputs -- ${environment}`,
    );
  }
  return record;
}

/** Writes the record of `environment` (whole or not at all), keeping only the outputs named in `keep`. */
export function writeRecordedOutputs(
  environment: string,
  outputs: Readonly<Record<string, unknown>>,
  keep: readonly string[],
  directory = RECORDED_OUTPUTS_DIR,
): string {
  const missing = keep.filter((name) => typeof outputs[name] !== "string" || outputs[name] === "");
  if (missing.length > 0) {
    throw new Error(
      `environment "${environment}": the stack's outputs lack ${missing.join(", ")}; has \`cdktf deploy ${environment}\` finished?`,
    );
  }
  mkdirSync(directory, { recursive: true });
  const file = join(directory, `${environment}.json`);
  const record: RecordedOutputs = {
    environment,
    outputs: Object.fromEntries([...keep].sort().map((name) => [name, outputs[name] as string])),
  };
  writeFileSync(`${file}.next`, `${JSON.stringify(record, null, 2)}\n`);
  renameSync(`${file}.next`, file);
  return file;
}

/** The command that records an environment's outputs. */
export function recordCommand(environment: string): string {
  return `npm run record-outputs -- ${environment}`;
}

/** The string values of `terraform output -json` ({ name: { value, type, sensitive } }); sensitive ones are left out. */
export function recordedOutputsFromTerraform(json: string): Record<string, string> {
  const outputs = JSON.parse(json) as Record<string, { value: unknown; sensitive?: boolean }>;
  return Object.fromEntries(
    Object.entries(outputs)
      .filter(([, output]) => !output.sensitive && typeof output.value === "string")
      .map(([name, output]) => [name, output.value as string]),
  );
}
