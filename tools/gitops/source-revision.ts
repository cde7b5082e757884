import { existsSync } from "node:fs";
import { join } from "node:path";
import { Git } from "./git";

/** The platform sources a publication was synthesized from. */
export interface SourceRevision {
  /** The commit checked out in the platform's repository; undefined outside a git checkout. */
  readonly commit?: string;
  /** Whether the working tree had uncommitted changes (then the output may differ from the commit's). */
  readonly dirty: boolean;
}

/** HEAD of the platform checkout at `directory` and whether its working tree is dirty. */
export function sourceRevision(directory: string): SourceRevision {
  if (!existsSync(join(directory, ".git"))) return { dirty: false };
  const git = new Git(directory);
  const commit = git.value(["rev-parse", "--verify", "--quiet", "HEAD"]);
  const status = git.try(["status", "--porcelain=v1", "--untracked-files=all"]);
  return { ...(commit && { commit }), dirty: status.status !== 0 || status.stdout.trim() !== "" };
}

/** How a commit message and the command's output name the source. */
export function describeSource(source: SourceRevision): string {
  if (!source.commit) return "platform sources outside a git checkout (no commit to name)";
  return source.dirty
    ? `platform commit ${source.commit}, working tree with uncommitted changes`
    : `platform commit ${source.commit}, working tree clean`;
}
