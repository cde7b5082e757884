import type { EnvironmentSpec } from "../../config";
import { InvalidEnvironmentError, resolveEnvironments } from "../../config/resolve-environments";

/** The problem lines reported for `specs`; fails when the specs are accepted or something else is thrown. */
export function problemsOf(specs: readonly EnvironmentSpec[]): string[] {
  try {
    resolveEnvironments(specs);
  } catch (error) {
    if (!(error instanceof InvalidEnvironmentError)) throw error;
    return error.issues.length === 1
      ? [error.message]
      : error.message
          .split("\n")
          .slice(1)
          .map((line) => line.replace(/^ {2}- /, ""));
  }
  throw new Error("expected the specs to be rejected");
}
