import { existsSync, statSync } from "node:fs";
import { resolve } from "node:path";
import { Git } from "./git";

/** What the publisher needs to know about a GitOps repository checkout, read before anything is written. */
export interface CheckoutState {
  /** The top of the working tree (paths in the specs are relative to it). */
  readonly root: string;
  /** Its git directory (the staging area lives there, invisible to `git status`). */
  readonly gitDir: string;
  /** The checked-out branch; undefined on a detached HEAD. */
  readonly branch?: string;
  /** Whether the branch has no commit yet (a new, empty repository). */
  readonly unborn: boolean;
  /** The remote the branch tracks, else `origin`; undefined when there is neither. */
  readonly remote?: string;
  /** The remote's URL as configured, and as git expands it (`url.<base>.insteadOf`), when they differ. */
  readonly remoteUrls: readonly string[];
  /** The branch on the remote that the checked-out branch tracks (`branch.<name>.merge`), if any. */
  readonly upstreamBranch?: string;
  /** `git status --porcelain` lines: changes and untracked files (ignored files are not listed). */
  readonly changes: readonly string[];
}

/** Reads the checkout at `directory` (or the working tree containing it); throws when it is none. */
export function inspectCheckout(directory: string): CheckoutState {
  if (!existsSync(directory) || !statSync(directory).isDirectory()) {
    throw new Error(`--repo ${directory}: no such folder; expected a clone of the GitOps repository`);
  }
  const git = new Git(resolve(directory));
  const inside = git.try(["rev-parse", "--is-inside-work-tree"]);
  if (inside.status !== 0 || inside.stdout.trim() !== "true") {
    throw new Error(
      `--repo ${directory}: not a git working tree (${inside.stderr.trim() || "a bare repository"}); expected a clone of the GitOps repository`,
    );
  }
  const root = git.run(["rev-parse", "--show-toplevel"]).trim();
  const gitDir = git.run(["rev-parse", "--absolute-git-dir"]).trim();
  const at = new Git(root);
  const branch = at.value(["symbolic-ref", "--quiet", "--short", "HEAD"]);
  const unborn = at.value(["rev-parse", "--verify", "--quiet", "HEAD"]) === undefined;
  const trackedRemote = branch ? at.value(["config", "--get", `branch.${branch}.remote`]) : undefined;
  const remotes = at
    .run(["remote"])
    .split("\n")
    .filter((name) => name !== "");
  const remote =
    trackedRemote && remotes.includes(trackedRemote)
      ? trackedRemote
      : remotes.find((name) => name === "origin");
  const configured = remote ? at.value(["config", "--get", `remote.${remote}.url`]) : undefined;
  const expanded = remote ? at.value(["remote", "get-url", remote]) : undefined;
  const remoteUrls = [...new Set([configured, expanded].filter((url): url is string => !!url))];
  const merge =
    branch && trackedRemote === remote ? at.value(["config", "--get", `branch.${branch}.merge`]) : undefined;
  const changes = at
    .run(["status", "--porcelain=v1", "--untracked-files=all"])
    .split("\n")
    .filter((line) => line !== "");
  return {
    root,
    gitDir,
    ...(branch !== undefined && { branch }),
    unborn,
    ...(remote !== undefined && { remote }),
    remoteUrls,
    ...(merge?.startsWith("refs/heads/") && { upstreamBranch: merge.slice("refs/heads/".length) }),
    changes,
  };
}

/** Files git ignores under `paths` of the checkout: replacing those folders would delete them. */
export function ignoredFilesUnder(root: string, paths: readonly string[]): string[] {
  if (paths.length === 0) return [];
  return new Git(root).list([
    "ls-files",
    "-z",
    "--others",
    "--ignored",
    "--exclude-standard",
    "--",
    ...paths,
  ]);
}
