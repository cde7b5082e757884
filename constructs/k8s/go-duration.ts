import type { Duration } from "cdk8s";

/**
 * A duration as Go-style text ("90s", "10m", "720h"), the form Karpenter and Prometheus both accept.
 * The largest whole unit is used so the synthesized YAML reads the way a person would write it.
 * Throws when the duration is not a whole number of seconds (neither tool takes fractions there).
 */
export function goDuration(duration: Duration, what: string): string {
  const seconds = duration.toSeconds({ integral: false });
  if (!Number.isInteger(seconds) || seconds < 0) {
    throw new Error(`${what} is ${seconds} seconds; expected a whole number of seconds, 0 or more`);
  }
  if (seconds > 0 && seconds % 3600 === 0) return `${seconds / 3600}h`;
  if (seconds > 0 && seconds % 60 === 0) return `${seconds / 60}m`;
  return `${seconds}s`;
}
