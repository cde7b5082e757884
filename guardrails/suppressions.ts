import type { IConstruct } from "constructs";

/** A rule that does not apply here, and why: listed in every report. */
export interface Suppression {
  readonly rule: string;
  readonly reason: string;
}

const declared = new WeakMap<IConstruct, Suppression[]>();

/**
 * Declares, on the construct where the exception lives, that `rule` does not apply to it or anything
 * below it, and why. The reason is required; the rule id is checked against the packs at synth.
 */
export function suppressGuardrail(scope: IConstruct, rule: string, reason: string): void {
  if (reason.trim() === "") {
    throw new Error(
      `suppressGuardrail on ${scope.node.path}: got an empty reason for rule "${rule}"; expected why the rule does not apply here`,
    );
  }
  const list = declared.get(scope) ?? [];
  list.push({ rule, reason });
  declared.set(scope, list);
}

/** The suppressions declared on `scope` itself (not its parents). */
export function suppressionsOn(scope: IConstruct): readonly Suppression[] {
  return declared.get(scope) ?? [];
}

/** Suppressions by the construct path they were declared on, each covering that path and everything below. */
export class SuppressionsByPath {
  private readonly byPath = new Map<string, Suppression[]>();

  add(path: string, suppressions: readonly Suppression[]): void {
    if (suppressions.length === 0) return;
    this.byPath.set(path, [...(this.byPath.get(path) ?? []), ...suppressions]);
  }

  get size(): number {
    return this.byPath.size;
  }

  /** Every declared suppression with its path. */
  entries(): { path: string; suppression: Suppression }[] {
    return [...this.byPath].flatMap(([path, list]) => list.map((suppression) => ({ path, suppression })));
  }

  /** The suppression of `rule` covering `path`, if any (the nearest declaration wins). */
  find(rule: string, path: string): Suppression | undefined {
    if (this.byPath.size === 0) return undefined;
    for (let at = path; at !== ""; at = at.slice(0, Math.max(0, at.lastIndexOf("/")))) {
      const found = this.byPath.get(at)?.find((suppression) => suppression.rule === rule);
      if (found) return found;
    }
    return undefined;
  }
}
