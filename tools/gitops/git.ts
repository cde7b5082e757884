import { spawnSync } from "node:child_process";
import { findExecutable } from "../processes";

/** The oldest git whose commands and options the publisher uses (`git init --initial-branch` in tests: 2.28). */
export const MINIMUM_GIT = "2.28";

/** A git command that failed: the command as typed, its exit status and what git said. */
export class GitCommandError extends Error {
  constructor(
    readonly args: readonly string[],
    readonly status: number | null,
    readonly stderr: string,
  ) {
    super(`git ${args.join(" ")} failed (exit ${status ?? "signal"}): ${stderr.trim() || "no message"}`);
    this.name = "GitCommandError";
  }
}

export interface GitResult {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * The git command line in one directory. Arguments are passed as an array, never through a shell, and
 * pathspecs are literal (`--literal-pathspecs`): a folder name is never read as a pattern.
 */
export class Git {
  private readonly executable: string;

  constructor(readonly cwd: string) {
    const executable = findExecutable("git");
    if (!executable) throw new Error(`git is not on PATH: install git ${MINIMUM_GIT} or newer`);
    this.executable = executable;
  }

  /** Runs `git <args>`; the caller reads the status. */
  try(args: readonly string[], input?: string): GitResult {
    const result = spawnSync(this.executable, ["--literal-pathspecs", ...args], {
      cwd: this.cwd,
      encoding: "utf8",
      input,
      maxBuffer: 64 * 1024 * 1024,
    });
    if (result.error) throw result.error;
    return { status: result.status, stdout: result.stdout, stderr: result.stderr };
  }

  /** Runs `git <args>` and returns its output; throws GitCommandError when it fails. */
  run(args: readonly string[], input?: string): string {
    const result = this.try(args, input);
    if (result.status !== 0) throw new GitCommandError(args, result.status, result.stderr);
    return result.stdout;
  }

  /** The one-line output of `git <args>`, or undefined when git fails (an unset key, an unborn branch). */
  value(args: readonly string[]): string | undefined {
    const result = this.try(args);
    return result.status === 0 ? result.stdout.trim() : undefined;
  }

  /** NUL-separated output (`-z`) as a list. */
  list(args: readonly string[]): string[] {
    return this.run(args)
      .split("\0")
      .filter((entry) => entry !== "");
  }
}
