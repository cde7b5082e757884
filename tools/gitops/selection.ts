import type { PlatformEnvironment } from "../../config";
import { closest } from "../../config/spec-issues";
import type { CheckoutState } from "./checkout";
import { sameRepository } from "./repository-url";

/** Which environments a run publishes into a checkout, and everything that stops it. */
export interface Selection {
  /** Environments whose cluster layer is synthesized and written at their `gitops.path`. */
  readonly publish: readonly PlatformEnvironment[];
  /** Selected environments whose cluster layer synth skips (unrecorded outputs): their folders stay as they are. */
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
  const problems: string[] = [];
  const leftOut: string[] = [];
  const clone = describeClone(checkout);
  if (checkout.changes.length > 0) {
    problems.push(
      `the checkout ${checkout.root} has uncommitted changes (${abbreviate(checkout.changes)}); expected a clean checkout: commit, stash or remove them first`,
    );
  }
  if (checkout.remote === undefined) {
    problems.push(
      `the checkout ${checkout.root} has no remote "origin" and its branch tracks none; expected a clone of the GitOps repository (${list(unique(environments.map(({ environment }) => environment.gitops.repositoryUrl)))})`,
    );
  }
  if (checkout.branch === undefined) {
    problems.push(
      `the checkout ${checkout.root} is on no branch (detached HEAD); expected the branch ArgoCD follows (gitops.revision: ${list(unique(environments.map(({ environment }) => environment.gitops.revision)))}): git switch <branch>`,
    );
  }
  const sameRepo = (platform: PlatformEnvironment) =>
    checkout.remoteUrls.some((url) => sameRepository(url, platform.environment.gitops.repositoryUrl));
  const sameRevision = (platform: PlatformEnvironment) =>
    platform.environment.gitops.revision === checkout.branch;

  let selected: PlatformEnvironment[];
  if (options.requested && options.requested.length > 0) {
    const byName = new Map(environments.map((platform) => [platform.environment.name, platform]));
    const known = [...byName.keys()];
    selected = [];
    for (const name of unique(options.requested)) {
      const platform = byName.get(name);
      if (!platform) {
        const suggestion = closest(name, known);
        problems.push(
          `--env ${name}: no such environment${suggestion ? `; did you mean "${suggestion}"?` : "."} Known environments: ${known.join(", ")}`,
        );
        continue;
      }
      selected.push(platform);
      if (checkout.remote === undefined || checkout.branch === undefined) continue;
      const { gitops } = platform.environment;
      if (!sameRepo(platform)) {
        problems.push(
          `environment "${name}" publishes to ${gitops.repositoryUrl} (gitops.repositoryUrl), but ${clone}; expected a clone of ${gitops.repositoryUrl} (URLs are compared by host and path: scheme, user, port and a trailing .git do not count)`,
        );
      } else if (!sameRevision(platform)) {
        problems.push(
          `environment "${name}" follows revision "${gitops.revision}" (gitops.revision), but the checkout is on branch "${checkout.branch}"; expected branch "${gitops.revision}": git switch ${gitops.revision}, or publish ${name} on its own`,
        );
      }
    }
  } else {
    selected = [];
    if (checkout.remote !== undefined && checkout.branch !== undefined) {
      for (const platform of environments) {
        const { name, gitops } = platform.environment;
        if (!sameRepo(platform))
          leftOut.push(`${name}: it publishes to another repository, ${gitops.repositoryUrl}`);
        else if (!sameRevision(platform))
          leftOut.push(
            `${name}: it follows revision "${gitops.revision}", the checkout is on branch "${checkout.branch}"`,
          );
        else selected.push(platform);
      }
      if (selected.length === 0) {
        problems.push(
          `no environment publishes to this checkout: ${clone}, on branch "${checkout.branch}"; expected a clone of the repository and branch an environment names (${environments
            .map(
              ({ environment }) =>
                `${environment.name}: ${environment.gitops.repositoryUrl} at "${environment.gitops.revision}"`,
            )
            .join("; ")})`,
        );
      }
    }
  }

  for (const platform of selected) {
    const { name, gitops } = platform.environment;
    const segments = gitops.path.split("/");
    if (segments.some((segment) => segment === "." || segment === ".." || segment.toLowerCase() === ".git")) {
      problems.push(
        `environment "${name}", field gitops.path: got ${JSON.stringify(gitops.path)}; expected a folder below the repository's root, outside .git (the folder is replaced whole)`,
      );
    }
  }
  problems.push(
    ...nestedFolders(
      environments.filter((platform) => sameRepo(platform) && sameRevision(platform)),
      selected,
    ),
  );

  if (options.push && checkout.branch !== undefined && checkout.remote !== undefined) {
    if (checkout.upstreamBranch === undefined) {
      problems.push(
        `--push: branch "${checkout.branch}" tracks no remote branch; expected an upstream: git branch --set-upstream-to=${checkout.remote}/${checkout.branch}, or publish without --push`,
      );
    } else if (checkout.upstreamBranch !== checkout.branch) {
      problems.push(
        `--push: branch "${checkout.branch}" tracks ${checkout.remote}/${checkout.upstreamBranch}, a branch ArgoCD does not follow; expected it to track ${checkout.remote}/${checkout.branch}`,
      );
    }
  }

  return {
    publish: selected.filter((platform) => !platform.unrecordedOutputs),
    untouched: selected.filter((platform) => platform.unrecordedOutputs),
    leftOut,
    problems,
  };
}

/** Folders inside one another: publishing the outer one would prune the inner one. */
function nestedFolders(
  sharingCheckout: readonly PlatformEnvironment[],
  selected: readonly PlatformEnvironment[],
): string[] {
  const problems: string[] = [];
  for (const outer of selected) {
    for (const inner of sharingCheckout) {
      if (inner === outer) continue;
      if (`${inner.environment.gitops.path}/`.startsWith(`${outer.environment.gitops.path}/`)) {
        problems.push(
          `environment "${outer.environment.name}", field gitops.path: got "${outer.environment.gitops.path}"; expected a folder of its own: environment "${inner.environment.name}" publishes inside it, at "${inner.environment.gitops.path}", and would be pruned`,
        );
      }
    }
  }
  return problems;
}

function describeClone(checkout: CheckoutState): string {
  const [configured, expanded] = checkout.remoteUrls;
  if (configured === undefined) return `the checkout ${checkout.root} has no remote`;
  return `the checkout ${checkout.root} is a clone of ${configured}${expanded ? ` (${expanded})` : ""} (remote "${checkout.remote}")`;
}

function abbreviate(lines: readonly string[]): string {
  const shown = lines.slice(0, 5).map((line) => line.trim());
  return lines.length > shown.length
    ? `${shown.join(", ")} and ${lines.length - shown.length} more`
    : shown.join(", ");
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values)];
}

function list(values: readonly string[]): string {
  return values.map((value) => JSON.stringify(value)).join(", ");
}
