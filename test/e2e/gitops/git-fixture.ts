import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import {
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative } from "node:path";

/** `git <args>` in `cwd`, its output; throws with git's message when it fails. */
export function git(cwd: string, ...args: string[]): string {
  return execFileSync("git", args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
}

/**
 * Real git repositories for the publisher's tests: a bare remote standing for the GitOps server, and a
 * clone of it whose `origin` is the URL the specs name. git reaches the bare repository through
 * `url.<bare>.insteadOf <spec URL>`, so fetch and push really happen. The machine's and the user's git
 * configuration are kept out (GIT_CONFIG_NOSYSTEM, GIT_CONFIG_GLOBAL), the identity is set in the clone.
 */
export class GitOpsFixture {
  readonly root = mkdtempSync(join(tmpdir(), "gitops-publish-"));
  readonly bare = join(this.root, "remote.git");
  readonly checkout = join(this.root, "checkout");
  private readonly savedEnv = {
    GIT_CONFIG_NOSYSTEM: process.env.GIT_CONFIG_NOSYSTEM,
    GIT_CONFIG_GLOBAL: process.env.GIT_CONFIG_GLOBAL,
  };

  constructor(
    readonly remoteUrl: string,
    seed: Readonly<Record<string, string>> = {},
  ) {
    const globalConfig = join(this.root, "gitconfig");
    writeFileSync(globalConfig, "");
    process.env.GIT_CONFIG_NOSYSTEM = "1";
    process.env.GIT_CONFIG_GLOBAL = globalConfig;
    git(this.root, "init", "--quiet", "--bare", "--initial-branch=main", this.bare);
    if (Object.keys(seed).length > 0) {
      const work = join(this.root, "seed");
      git(this.root, "init", "--quiet", "--initial-branch=main", work);
      this.identify(work);
      for (const [path, content] of Object.entries(seed)) this.write(path, content, work);
      git(work, "add", "--all");
      git(work, "commit", "--quiet", "-m", "Seed the GitOps repository");
      git(work, "push", "--quiet", this.bare, "main");
    }
    git(this.root, "clone", "--quiet", this.bare, this.checkout);
    this.identify(this.checkout);
    git(this.checkout, "remote", "set-url", "origin", remoteUrl);
    git(this.checkout, "config", `url.${this.bare}.insteadOf`, remoteUrl);
  }

  /** Writes a file of the checkout (or of `base`), creating its folders. */
  write(path: string, content: string, base = this.checkout): void {
    mkdirSync(dirname(join(base, path)), { recursive: true });
    writeFileSync(join(base, path), content);
  }

  read(path: string): string {
    return readFileSync(join(this.checkout, path), "utf8");
  }

  /** Commits everything in the checkout, as a user of the GitOps repository would. */
  commitAll(message: string): string {
    git(this.checkout, "add", "--all");
    git(this.checkout, "commit", "--quiet", "-m", message);
    return this.head();
  }

  /** Someone else pushes a commit to the remote; the checkout fetches it (and is then behind). */
  advanceRemote(path: string, content: string): void {
    const other = join(this.root, "other-clone");
    git(this.root, "clone", "--quiet", this.bare, other);
    this.identify(other);
    this.write(path, content, other);
    git(other, "add", "--all");
    git(other, "commit", "--quiet", "-m", "A change from elsewhere");
    git(other, "push", "--quiet", "origin", "main");
    git(this.checkout, "fetch", "--quiet", "origin");
  }

  head(): string {
    return git(this.checkout, "rev-parse", "HEAD").trim();
  }

  /** Files committed at HEAD, sorted. */
  committedFiles(): string[] {
    return git(this.checkout, "ls-tree", "-r", "--name-only", "HEAD").split("\n").filter(Boolean).sort();
  }

  /** Everything a run could change: HEAD, index and working tree (files and contents, .git aside). */
  fingerprint(): string {
    const hash = createHash("sha256");
    hash.update(git(this.checkout, "rev-parse", "--verify", "--quiet", "HEAD").trim());
    hash.update(git(this.checkout, "status", "--porcelain=v1", "--untracked-files=all", "--ignored"));
    hash.update(git(this.checkout, "ls-files", "--stage"));
    for (const file of walk(this.checkout)) {
      hash.update(`${relative(this.checkout, file)}\0`);
      hash.update(lstatSync(file).isSymbolicLink() ? `-> ${readlinkSync(file)}` : readFileSync(file));
    }
    return hash.digest("hex");
  }

  /** Entries the publisher left in the git directory (its staging area must be gone after every run). */
  leftoversInGitDir(): string[] {
    return readdirSync(join(this.checkout, ".git")).filter((entry) =>
      entry.startsWith("mlops-platform-gitops-"),
    );
  }

  dispose(): void {
    for (const [name, value] of Object.entries(this.savedEnv)) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
    rmSync(this.root, { recursive: true, force: true });
  }

  private identify(repository: string): void {
    git(repository, "config", "user.name", "GitOps Test");
    git(repository, "config", "user.email", "gitops-test@example.com");
  }
}

/** A platform checkout with one commit, to be named as the source of a publication. */
export function sourceCheckout(root: string): { directory: string; commit: string } {
  const directory = join(root, "platform");
  git(root, "init", "--quiet", "--initial-branch=main", directory);
  git(directory, "config", "user.name", "Platform Test");
  git(directory, "config", "user.email", "platform-test@example.com");
  writeFileSync(join(directory, "README.md"), "platform\n");
  git(directory, "add", "--all");
  git(directory, "commit", "--quiet", "-m", "Platform sources");
  return { directory, commit: git(directory, "rev-parse", "HEAD").trim() };
}

function walk(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true })
    .filter((entry) => entry.name !== ".git")
    .flatMap((entry) =>
      entry.isDirectory() && !entry.isSymbolicLink()
        ? walk(join(directory, entry.name))
        : [join(directory, entry.name)],
    )
    .sort();
}
