import { cpSync, existsSync, lstatSync, mkdirSync, mkdtempSync, renameSync, rmSync } from "node:fs";
import { dirname, join } from "node:path";
import { synthCharts } from "../../charts/main";
import { type EnvironmentSpec, loadEnvironments, type PlatformEnvironment } from "../../config";
import { ENVIRONMENT_SPECS } from "../../config/environments";
import { recordCommand } from "../../config/recorded-outputs";
import { type CheckoutState, ignoredFilesUnder, inspectCheckout } from "./checkout";
import { Git } from "./git";
import { selectEnvironments } from "./selection";
import { describeSource, type SourceRevision, sourceRevision } from "./source-revision";

export interface PublishOptions {
  /** The GitOps repository checkout to publish into (its working tree, or a folder inside it). */
  readonly repo: string;
  /** Environments to publish. @default every environment whose repository and revision match the checkout */
  readonly environments?: readonly string[];
  /** Push the commit to the branch's upstream. @default false */
  readonly push?: boolean;
  /** @default the shipped environments (config/environments) */
  readonly specs?: readonly EnvironmentSpec[];
  /** Where recorded stack outputs are read from. @default RECORDED_OUTPUTS_DIR */
  readonly recordedOutputsDir?: string;
  /** The platform checkout whose HEAD the commit message names. @default the current directory */
  readonly sourceDir?: string;
}

export interface PublishResult {
  /** The commit made; undefined when nothing changed. */
  readonly commit?: string;
  /** Environments whose folder changed (and are in the commit). */
  readonly changed: readonly string[];
  /** Whether a push ran (and succeeded). */
  readonly pushed: boolean;
  /** What the user should read: what was left out or untouched and why, what was committed and pushed. */
  readonly notes: readonly string[];
}

/** Thrown before anything is written: every reason the checkout cannot be published to. */
export class PublishRefusedError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(
      `nothing was written: ${problems.length === 1 ? problems[0] : `${problems.length} problems:\n${problems.map((problem) => `  - ${problem}`).join("\n")}`}`,
    );
    this.name = "PublishRefusedError";
  }
}

/**
 * `npm run gitops`: synthesizes the cluster layer of the selected environments and publishes it into a
 * GitOps repository checkout, one commit for all of them. Each environment's folder (`gitops.path`) is
 * replaced whole, so files the platform no longer produces go; nothing outside those folders is touched.
 * Every check runs before the first write; the folders are swapped in only once all of them are
 * synthesized, and put back if staging or committing fails.
 */
export function publishClusterLayer(options: PublishOptions): PublishResult {
  const specs = options.specs ?? ENVIRONMENT_SPECS;
  const environments = loadEnvironments(
    specs,
    {},
    {
      ...(options.recordedOutputsDir !== undefined && { recordedOutputsDir: options.recordedOutputsDir }),
    },
  );
  let checkout: CheckoutState;
  try {
    checkout = inspectCheckout(options.repo);
  } catch (error) {
    throw new PublishRefusedError([error instanceof Error ? error.message : String(error)]);
  }
  const selection = selectEnvironments(environments, checkout, {
    ...(options.environments && { requested: options.environments }),
    ...(options.push !== undefined && { push: options.push }),
  });
  const problems = [...selection.problems];
  const git = new Git(checkout.root);
  if (problems.length === 0) {
    problems.push(...preflight(git, checkout, selection.publish, options.push === true));
  }
  if (problems.length > 0) throw new PublishRefusedError(problems);

  const notes = [
    `publishing into ${checkout.root} (${checkout.remoteUrls[0]}, branch ${checkout.branch})`,
    ...selection.leftOut.map((reason) => `left out ${reason}`),
    ...selection.untouched.map(({ environment, unrecordedOutputs }) =>
      unrecordedOutputs
        ? `${environment.name}: ${environment.gitops.path} left untouched: its cluster layer is not synthesized until ${unrecordedOutputs.join(", ")} is recorded (after \`cdktf deploy ${environment.name}\`, run \`${recordCommand(environment.name)}\`)`
        : `${environment.name}: ${environment.gitops.path} left untouched: its recorded outputs are the shipped examples, which name no real identity (after \`cdktf deploy ${environment.name}\`, run \`${recordCommand(environment.name)}\`)`,
    ),
  ];
  const source = sourceRevision(options.sourceDir ?? process.cwd());
  const changed =
    selection.publish.length > 0
      ? writeAndCommit(git, checkout, selection.publish, specs, source)
      : undefined;
  if (changed === undefined) {
    notes.push(
      `nothing changed in ${selection.publish.map(({ environment }) => environment.gitops.path).join(", ") || "the selected folders"}: no commit`,
    );
  } else {
    notes.push(
      `committed ${changed.commit.slice(0, 12)} on ${checkout.branch}: ${changed.environments.join(", ")} changed (${describeSource(source)})`,
    );
  }
  const pushed = options.push === true && push(git, checkout, notes);
  return {
    ...(changed && { commit: changed.commit }),
    changed: changed?.environments ?? [],
    pushed,
    notes,
  };
}

/** Checks that need git and the selection: nothing ignored would be lost, the commit can be made. */
function preflight(
  git: Git,
  checkout: CheckoutState,
  publish: readonly PlatformEnvironment[],
  pushing: boolean,
): string[] {
  const problems: string[] = [];
  const paths = publish.map(({ environment }) => environment.gitops.path);
  const ignored = ignoredFilesUnder(checkout.root, paths);
  if (ignored.length > 0) {
    problems.push(
      `files git ignores are in the folders the platform replaces (${ignored.slice(0, 5).join(", ")}${ignored.length > 5 ? ` and ${ignored.length - 5} more` : ""}); expected only the platform's files there: move or delete them first`,
    );
  }
  for (const path of paths) {
    const link = firstSymbolicLink(checkout.root, path);
    if (link) {
      problems.push(
        `${link} in the checkout is a symbolic link; expected a real folder at ${path}: the platform writes only inside the checkout`,
      );
    }
  }
  if (pushing && checkout.remote && checkout.upstreamBranch) {
    // Known from the last fetch only: the server is not asked. A push from behind would be refused anyway,
    // after the commit; this says so before it.
    const tracking = `refs/remotes/${checkout.remote}/${checkout.upstreamBranch}`;
    const behind = git.value(["rev-list", "--count", `HEAD..${tracking}`]);
    if (behind !== undefined && behind !== "0") {
      problems.push(
        `--push: branch "${checkout.branch}" is ${behind} commit(s) behind ${checkout.remote}/${checkout.upstreamBranch}; expected it up to date: git pull --rebase first`,
      );
    }
  }
  const identity = git.try(["var", "GIT_COMMITTER_IDENT"]);
  if (identity.status !== 0) {
    problems.push(
      `git cannot commit in ${checkout.root}: no committer identity; expected user.name and user.email: git -C ${checkout.root} config user.email <you@example.com> (and user.name)`,
    );
  }
  return problems;
}

function firstSymbolicLink(root: string, path: string): string | undefined {
  let current = root;
  for (const segment of path.split("/")) {
    current = join(current, segment);
    if (!existsSync(current)) return undefined;
    if (lstatSync(current).isSymbolicLink()) return current;
  }
  return undefined;
}

/** One folder being replaced: where it is, where its previous content waits, what was created for it. */
interface Swap {
  readonly target: string;
  /** The outermost parent folder created for it, removed again on failure. */
  readonly createdParent?: string;
  /** Where the folder's previous content was moved. */
  previous?: string;
  /** Whether the new content is in place. */
  placed?: boolean;
}

interface Committed {
  readonly commit: string;
  readonly environments: readonly string[];
}

/** Stages every folder in the git directory, swaps them in, commits; puts everything back on failure. */
function writeAndCommit(
  git: Git,
  checkout: CheckoutState,
  publish: readonly PlatformEnvironment[],
  specs: readonly EnvironmentSpec[],
  source: SourceRevision,
): Committed | undefined {
  // Inside the git directory: on the working tree's file system (so folders move by rename) and invisible
  // to `git status`.
  const staging = mkdtempSync(join(checkout.gitDir, "mlops-platform-gitops-"));
  const swapped: Swap[] = [];
  const paths = publish.map(({ environment }) => environment.gitops.path);
  try {
    const next = join(staging, "next");
    synthCharts(next, specs, { loaded: publish });
    mkdirSync(join(staging, "previous"));
    for (const { environment } of publish) {
      const target = join(checkout.root, environment.gitops.path);
      const createdParent = firstMissing(checkout.root, dirname(environment.gitops.path));
      mkdirSync(dirname(target), { recursive: true });
      const swap: Swap = { target, ...(createdParent && { createdParent }) };
      swapped.push(swap);
      if (existsSync(target)) {
        const previous = join(staging, "previous", environment.name);
        move(target, previous);
        swap.previous = previous;
      }
      move(join(next, environment.name), target);
      swap.placed = true;
    }
    git.run(["add", "--all", "--force", "--", ...paths]);
    const changed = publish
      .filter(
        ({ environment }) =>
          git.try(["diff", "--cached", "--quiet", "--", environment.gitops.path]).status !== 0,
      )
      .map(({ environment }) => environment.name);
    if (changed.length === 0) return undefined;
    git.run(
      ["commit", "--quiet", "--file=-"],
      commitMessage(
        publish.filter(({ environment }) => changed.includes(environment.name)),
        source,
      ),
    );
    return { commit: git.run(["rev-parse", "HEAD"]).trim(), environments: changed };
  } catch (error) {
    restore(git, checkout, swapped, paths);
    throw error;
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}

function restore(
  git: Git,
  checkout: CheckoutState,
  swapped: readonly Swap[],
  paths: readonly string[],
): void {
  for (const { target, previous, createdParent, placed } of [...swapped].reverse()) {
    if (placed) rmSync(target, { recursive: true, force: true });
    if (previous) move(previous, target);
    if (createdParent) rmSync(createdParent, { recursive: true, force: true });
  }
  // The index was clean before: put the folders' entries back as HEAD has them (or empty on an unborn branch).
  if (checkout.unborn) git.try(["rm", "-r", "--cached", "--quiet", "--ignore-unmatch", "--", ...paths]);
  else git.try(["reset", "--quiet", "--", ...paths]);
}

/** The outermost folder of `relative` (under root) that does not exist yet. */
function firstMissing(root: string, relative: string): string | undefined {
  let current = root;
  for (const segment of relative.split("/")) {
    if (segment === "." || segment === "") continue;
    current = join(current, segment);
    if (!existsSync(current)) return current;
  }
  return undefined;
}

function move(from: string, to: string): void {
  try {
    renameSync(from, to);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EXDEV") throw error;
    cpSync(from, to, { recursive: true });
    rmSync(from, { recursive: true, force: true });
  }
}

/** The subject names the environments and the source commit; the body says where each one went. */
export function commitMessage(changed: readonly PlatformEnvironment[], source: SourceRevision): string {
  const names = changed.map(({ environment }) => environment.name).join(", ");
  const from = source.commit ? ` from ${source.commit.slice(0, 12)}${source.dirty ? " (dirty)" : ""}` : "";
  return [
    `Cluster layer of ${names}${from}`,
    "",
    `Synthesized by npm run gitops from ${describeSource(source)}.`,
    "",
    "Environments changed:",
    ...changed.map(({ environment }) => `- ${environment.name}: ${environment.gitops.path}`),
    "",
  ].join("\n");
}

/** Pushes the branch to its upstream when it is ahead of it; notes what happened. */
function push(git: Git, checkout: CheckoutState, notes: string[]): boolean {
  const remote = checkout.remote as string;
  const upstream = checkout.upstreamBranch as string;
  const tracking = git.value(["rev-parse", "--verify", "--quiet", `refs/remotes/${remote}/${upstream}`]);
  const head = git.value(["rev-parse", "--verify", "--quiet", "HEAD"]);
  if (head === undefined || head === tracking) {
    notes.push(`nothing to push: ${remote}/${upstream} already has ${checkout.branch}`);
    return false;
  }
  const result = git.try(["push", "--quiet", remote, `HEAD:refs/heads/${upstream}`]);
  if (result.status !== 0) {
    throw new Error(
      `commit ${head.slice(0, 12)} is in ${checkout.root}, but pushing it to ${remote}/${upstream} failed: ${result.stderr.trim()}\nresolve that (for example git pull --rebase) and run git push`,
    );
  }
  notes.push(`pushed ${checkout.branch} to ${remote}/${upstream}`);
  return true;
}
