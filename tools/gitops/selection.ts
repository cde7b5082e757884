import type { PlatformEnvironment } from "../../config";
import { closest } from "../../config/spec-issues";
import type { CheckoutState } from "./checkout";
import { sameRepository } from "./repository-url";

/** Which environments a run publishes into a checkout, and everything that stops it. */
export interface Selection {
  /** Environments whose cluster layer is synthesized and written at their `gitops.path`. */
  readonly publish: readonly PlatformEnvironment[];
  /**
   * Selected environments whose cluster layer is not published: synth skips it (unrecorded outputs), or it
   * names the example identities of a shipped record. Their folders stay as they are.
   */
  readonly untouched: readonly PlatformEnvironment[];
  /** Environments left out of a default selection, and why. */
  readonly leftOut: readonly string[];
  /** What stops the run; empty when it may go ahead. */
  readonly problems: readonly string[];
}

export interface SelectOptions {
  /** Environment names given with `--env`. @default every environment whose repository and revision match the checkout */
  readonly requested?: readonly string[];
  /** Whether the commit is to be pushed. @default false */
  readonly push?: boolean;
}

/**
 * Checks the checkout against the environments' `gitops` blocks and picks the environments to publish.
 * Nothing here writes: every problem is collected, so that one run reports all of them.
 */
export function selectEnvironments(
  environments: readonly PlatformEnvironment[],
  checkout: CheckoutState,
  options: SelectOptions = {},
): Selection {
  const target = new CheckoutTarget(checkout);
  const problems = checkoutProblems(environments, checkout);
  const chosen =
    options.requested && options.requested.length > 0
      ? selectRequested(environments, target, options.requested)
      : selectMatching(environments, target);
  problems.push(
    ...chosen.problems,
    ...folderProblems(
      chosen.selected,
      environments.filter((platform) => target.accepts(platform)),
    ),
    ...(options.push ? pushProblems(checkout) : []),
  );
  return {
    publish: chosen.selected.filter((platform) => !isUnpublishable(platform)),
    untouched: chosen.selected.filter(isUnpublishable),
    leftOut: chosen.leftOut,
    problems,
  };
}

/** Unrecorded outputs, or example ones: either way the cluster layer would name identities that do not exist. */
function isUnpublishable(platform: PlatformEnvironment): boolean {
  return platform.unrecordedOutputs !== undefined || platform.exampleOutputs === true;
}

/** The repository and branch a checkout publishes to, as environments name them. */
class CheckoutTarget {
  constructor(readonly checkout: CheckoutState) {}

  /** Whether the checkout has what the comparisons need: a remote and a branch. */
  get known(): boolean {
    return this.checkout.remote !== undefined && this.checkout.branch !== undefined;
  }

  sameRepository(platform: PlatformEnvironment): boolean {
    const { repositoryUrl } = platform.environment.gitops;
    return this.checkout.remoteUrls.some((url) => sameRepository(url, repositoryUrl));
  }

  sameRevision(platform: PlatformEnvironment): boolean {
    return platform.environment.gitops.revision === this.checkout.branch;
  }

  accepts(platform: PlatformEnvironment): boolean {
    return this.known && this.sameRepository(platform) && this.sameRevision(platform);
  }

  /** `the checkout <root> is a clone of <url> (<expanded>) (remote "origin")` */
  describe(): string {
    const { root, remote, remoteUrls } = this.checkout;
    const [configured, expanded] = remoteUrls;
    if (configured === undefined) return `the checkout ${root} has no remote`;
    return `the checkout ${root} is a clone of ${configured}${expanded ? ` (${expanded})` : ""} (remote "${remote}")`;
  }
}

interface Chosen {
  readonly selected: PlatformEnvironment[];
  readonly leftOut: string[];
  readonly problems: string[];
}

/** What is wrong with the checkout whatever the environments: changes, no remote, no branch. */
function checkoutProblems(environments: readonly PlatformEnvironment[], checkout: CheckoutState): string[] {
  const problems: string[] = [];
  const { root } = checkout;
  if (checkout.changes.length > 0) {
    problems.push(
      `the checkout ${root} has uncommitted changes (${abbreviate(checkout.changes)}); expected a clean checkout: commit, stash or remove them first`,
    );
  }
  if (checkout.remote === undefined) {
    const urls = quotedList(environments.map(({ environment }) => environment.gitops.repositoryUrl));
    problems.push(
      `the checkout ${root} has no remote "origin" and its branch tracks none; expected a clone of the GitOps repository (${urls})`,
    );
  }
  if (checkout.branch === undefined) {
    const revisions = quotedList(environments.map(({ environment }) => environment.gitops.revision));
    problems.push(
      `the checkout ${root} is on no branch (detached HEAD); expected the branch ArgoCD follows (gitops.revision: ${revisions}): git switch <branch>`,
    );
  }
  return problems;
}

/** `--env` names: each must exist and publish to this checkout's repository and branch. */
function selectRequested(
  environments: readonly PlatformEnvironment[],
  target: CheckoutTarget,
  requested: readonly string[],
): Chosen {
  const byName = new Map(environments.map((platform) => [platform.environment.name, platform]));
  const known = [...byName.keys()];
  const chosen: Chosen = { selected: [], leftOut: [], problems: [] };
  for (const name of new Set(requested)) {
    const platform = byName.get(name);
    if (!platform) {
      const suggestion = closest(name, known);
      chosen.problems.push(
        `--env ${name}: no such environment${suggestion ? `; did you mean "${suggestion}"?` : "."} Known environments: ${known.join(", ")}`,
      );
      continue;
    }
    chosen.selected.push(platform);
    if (!target.known) continue;
    const { gitops } = platform.environment;
    if (!target.sameRepository(platform)) {
      chosen.problems.push(
        `environment "${name}" publishes to ${gitops.repositoryUrl} (gitops.repositoryUrl), but ${target.describe()}; expected a clone of ${gitops.repositoryUrl} (URLs are compared by host and path: scheme, user, port and a trailing .git do not count)`,
      );
    } else if (!target.sameRevision(platform)) {
      chosen.problems.push(
        `environment "${name}" follows revision "${gitops.revision}" (gitops.revision), but the checkout is on branch "${target.checkout.branch}"; expected branch "${gitops.revision}": git switch ${gitops.revision}, or publish ${name} on its own`,
      );
    }
  }
  return chosen;
}

/** Without `--env`: every environment publishing to this repository and branch; the others, and why not. */
function selectMatching(environments: readonly PlatformEnvironment[], target: CheckoutTarget): Chosen {
  const chosen: Chosen = { selected: [], leftOut: [], problems: [] };
  if (!target.known) return chosen;
  const { branch } = target.checkout;
  for (const platform of environments) {
    const { name, gitops } = platform.environment;
    if (!target.sameRepository(platform)) {
      chosen.leftOut.push(`${name}: it publishes to another repository, ${gitops.repositoryUrl}`);
    } else if (!target.sameRevision(platform)) {
      chosen.leftOut.push(
        `${name}: it follows revision "${gitops.revision}", the checkout is on branch "${branch}"`,
      );
    } else {
      chosen.selected.push(platform);
    }
  }
  if (chosen.selected.length === 0) {
    const byTarget = new Map<string, string[]>();
    for (const { environment } of environments) {
      const key = `${environment.gitops.repositoryUrl} at "${environment.gitops.revision}"`;
      byTarget.set(key, [...(byTarget.get(key) ?? []), environment.name]);
    }
    const expected = [...byTarget].map(([key, names]) => `${names.join(", ")}: ${key}`).join("; ");
    chosen.problems.push(
      `no environment publishes to this checkout: ${target.describe()}, on branch "${branch}"; expected a clone of the repository and branch an environment names (${expected})`,
    );
  }
  return chosen;
}

/**
 * Folders the publisher would replace that it must not: the repository's root or `.git`, or a folder
 * holding another environment's folder (publishing the outer one would prune the inner one).
 */
function folderProblems(
  selected: readonly PlatformEnvironment[],
  sharingCheckout: readonly PlatformEnvironment[],
): string[] {
  const problems: string[] = [];
  for (const outer of selected) {
    const { name, gitops } = outer.environment;
    if (gitops.path.split("/").some((segment) => [".", "..", ".git"].includes(segment.toLowerCase()))) {
      problems.push(
        `environment "${name}", field gitops.path: got ${JSON.stringify(gitops.path)}; expected a folder below the repository's root, outside .git (the folder is replaced whole)`,
      );
    }
    for (const inner of sharingCheckout) {
      if (inner !== outer && `${inner.environment.gitops.path}/`.startsWith(`${gitops.path}/`)) {
        problems.push(
          `environment "${name}", field gitops.path: got "${gitops.path}"; expected a folder of its own: environment "${inner.environment.name}" publishes inside it, at "${inner.environment.gitops.path}", and would be pruned`,
        );
      }
    }
  }
  return problems;
}

/** `--push` needs the branch to track the same branch on its remote. */
function pushProblems(checkout: CheckoutState): string[] {
  const { branch, remote, upstreamBranch } = checkout;
  if (branch === undefined || remote === undefined) return [];
  if (upstreamBranch === undefined) {
    return [
      `--push: branch "${branch}" tracks no remote branch; expected an upstream: git branch --set-upstream-to=${remote}/${branch}, or publish without --push`,
    ];
  }
  if (upstreamBranch !== branch) {
    return [
      `--push: branch "${branch}" tracks ${remote}/${upstreamBranch}, a branch ArgoCD does not follow; expected it to track ${remote}/${branch}`,
    ];
  }
  return [];
}

function abbreviate(lines: readonly string[]): string {
  const shown = lines.slice(0, 5).map((line) => line.trim());
  const more = lines.length - shown.length;
  return more > 0 ? `${shown.join(", ")} and ${more} more` : shown.join(", ");
}

function quotedList(values: readonly string[]): string {
  return [...new Set(values)].map((value) => JSON.stringify(value)).join(", ");
}
