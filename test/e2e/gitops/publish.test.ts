import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { synthCharts } from "../../../charts/main";
import type { EnvironmentSpec } from "../../../config";
import { ENVIRONMENT_SPECS } from "../../../config/environments";
import { type PublishOptions, publishClusterLayer } from "../../../tools/gitops/publish";
import { GitOpsFixture, git, sourceCheckout } from "./git-fixture";

const REPOSITORY = "https://git.example.com/platform/gitops.git";

/** Every file below `directory`, as relative paths, sorted. */
function filesUnder(directory: string): string[] {
  return readdirSync(directory, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(directory, join(entry.parentPath, entry.name)))
    .sort();
}

/**
 * The shipped AWS environments (one cloud is enough for git's side), publishing to one repository in the
 * forms users write (https and scp-like ssh).
 */
const SPECS: readonly EnvironmentSpec[] = ENVIRONMENT_SPECS.filter((spec) => spec.cloud === "aws").map(
  (spec) => {
    const gitops = {
      dev: { repositoryUrl: REPOSITORY },
      staging: { repositoryUrl: "git@git.example.com:platform/gitops" },
      prod: { repositoryUrl: REPOSITORY, path: "clusters/prod" },
      "prod-dr": { repositoryUrl: REPOSITORY, revision: "dr" },
    }[spec.name];
    return { ...spec, gitops };
  },
);

const OUTSIDE = {
  "README.md": "# GitOps repository\n",
  "clusters/legacy/app.yaml": "kind: ConfigMap\n",
  "dist/notes.txt": "beside the environments' folders\n",
};

describe("npm run gitops: publishing the cluster layer into a real git checkout", () => {
  let fixture: GitOpsFixture;
  let source: { directory: string; commit: string };
  let scratch: string;

  beforeEach(() => {
    fixture = new GitOpsFixture(REPOSITORY, OUTSIDE);
    scratch = mkdtempSync(join(tmpdir(), "gitops-source-"));
    source = sourceCheckout(scratch);
  });
  afterEach(() => {
    fixture.dispose();
    rmSync(scratch, { recursive: true, force: true });
  });

  const publish = (options: Partial<PublishOptions> = {}) =>
    publishClusterLayer({
      repo: fixture.checkout,
      specs: SPECS,
      recordedOutputsDir: join(scratch, "recorded"),
      sourceDir: source.directory,
      ...options,
    });

  test("the first publish commits every matching environment's files at its path, and nothing else", () => {
    const before = fixture.head();
    const result = publish();

    expect(result.changed).toEqual(["dev", "staging", "prod"]);
    expect(result.commit).toBe(fixture.head());
    expect(git(fixture.checkout, "rev-parse", "HEAD~1").trim()).toBe(before);
    // Exactly what synth produces, at each environment's path.
    const expected = mkdtempSync(join(scratch, "synth-"));
    synthCharts(expected, SPECS, { recordedOutputsDir: join(scratch, "recorded") });
    for (const [name, path] of [
      ["dev", "dist/dev"],
      ["staging", "dist/staging"],
      ["prod", "clusters/prod"],
    ] as const) {
      const files = filesUnder(join(expected, name));
      expect(files).toEqual(expect.arrayContaining(["mlflow.k8s.yaml", "bootstrap/bootstrap.sh"]));
      expect(filesUnder(join(fixture.checkout, path))).toEqual(files);
      for (const file of files) {
        expect(fixture.read(`${path}/${file}`)).toBe(readFileSync(join(expected, name, file), "utf8"));
      }
    }
    // The commit adds those files only; the repository's other files are as they were.
    const touched = git(fixture.checkout, "show", "--name-status", "--format=", "HEAD").trim().split("\n");
    expect(touched.every((line) => /^A\t(dist\/dev|dist\/staging|clusters\/prod)\//.test(line))).toBe(true);
    for (const [path, content] of Object.entries(OUTSIDE)) expect(fixture.read(path)).toBe(content);
    expect(git(fixture.checkout, "status", "--porcelain", "--ignored")).toBe("");
    expect(fixture.leftoversInGitDir()).toEqual([]);
    // prod-dr follows another branch: left out, and the output says why.
    expect(fixture.committedFiles().some((file) => file.startsWith("dist/prod-dr/"))).toBe(false);
    expect(result.notes).toContain(
      'left out prod-dr: it follows revision "dr", the checkout is on branch "main"',
    );
  });

  test("the commit message names the source commit, whether its tree was dirty, and the environments changed", () => {
    publish({ environments: ["dev"] });
    expect(git(fixture.checkout, "log", "-1", "--format=%B").trimEnd()).toBe(
      [
        `Cluster layer of dev from ${source.commit.slice(0, 12)}`,
        "",
        `Synthesized by npm run gitops from platform commit ${source.commit}, working tree clean.`,
        "",
        "Environments changed:",
        "- dev: dist/dev",
      ].join("\n"),
    );

    writeFileSync(join(source.directory, "README.md"), "edited, not committed\n");
    fixture.write("dist/staging/stale.k8s.yaml", "kind: ConfigMap\n");
    fixture.commitAll("A stale file");
    publish({ environments: ["staging", "dev"] });
    const message = git(fixture.checkout, "log", "-1", "--format=%B");
    expect(message).toContain(`Cluster layer of staging from ${source.commit.slice(0, 12)} (dirty)\n`);
    expect(message).toContain(
      `from platform commit ${source.commit}, working tree with uncommitted changes.`,
    );
    expect(message).toContain("Environments changed:\n- staging: dist/staging\n");
    expect(message).not.toContain("- dev");
  });

  test("a second run commits nothing and says so", () => {
    const first = publish();
    const fingerprint = fixture.fingerprint();
    const second = publish();
    expect(second.commit).toBeUndefined();
    expect(second.changed).toEqual([]);
    expect(fixture.head()).toBe(first.commit);
    expect(fixture.fingerprint()).toBe(fingerprint);
    expect(second.notes).toContain("nothing changed in dist/dev, dist/staging, clusters/prod: no commit");
  });

  test("files the platform no longer produces are pruned from its folders only", () => {
    publish();
    fixture.write("dist/dev/retired.k8s.yaml", "kind: ConfigMap\n");
    fixture.write("dist/dev/old/nested.yaml", "kind: Secret\n");
    fixture.write("dist/dev-notes/keep.txt", "a sibling folder, not dev's\n");
    fixture.commitAll("Files the platform does not produce");

    const result = publish();
    expect(result.changed).toEqual(["dev"]);
    expect(git(fixture.checkout, "show", "--name-status", "--format=", "HEAD").trim().split("\n")).toEqual([
      "D\tdist/dev/old/nested.yaml",
      "D\tdist/dev/retired.k8s.yaml",
    ]);
    expect(readdirSync(join(fixture.checkout, "dist/dev"))).not.toContain("old");
    expect(fixture.read("dist/dev-notes/keep.txt")).toBe("a sibling folder, not dev's\n");
    for (const [path, content] of Object.entries(OUTSIDE)) expect(fixture.read(path)).toBe(content);
  });

  test("--push sends the commit to the checkout's upstream (the bare remote)", () => {
    const result = publish({ push: true });
    expect(result.pushed).toBe(true);
    expect(git(fixture.bare, "rev-parse", "refs/heads/main").trim()).toBe(result.commit);
    expect(result.notes).toContain("pushed main to origin/main");
    const again = publish({ push: true });
    expect(again.pushed).toBe(false);
    expect(again.notes).toContain("nothing to push: origin/main already has main");
  });

  test("a new, empty repository gets its first commit and push", () => {
    const empty = new GitOpsFixture(REPOSITORY);
    try {
      const result = publishClusterLayer({
        repo: empty.checkout,
        specs: SPECS,
        environments: ["dev"],
        push: true,
        recordedOutputsDir: join(scratch, "recorded"),
        sourceDir: source.directory,
      });
      expect(result.changed).toEqual(["dev"]);
      expect(git(empty.bare, "rev-parse", "refs/heads/main").trim()).toBe(result.commit);
      expect(empty.committedFiles().every((file) => file.startsWith("dist/dev/"))).toBe(true);
    } finally {
      empty.dispose();
      process.env.GIT_CONFIG_NOSYSTEM = "1";
      process.env.GIT_CONFIG_GLOBAL = join(fixture.root, "gitconfig");
    }
  });

  describe("refuses before writing anything", () => {
    const refused = (options: Partial<PublishOptions>, message: string) => {
      const before = fixture.fingerprint();
      expect(() => publish(options)).toThrow(message);
      expect(fixture.fingerprint()).toBe(before);
      expect(fixture.leftoversInGitDir()).toEqual([]);
    };

    test("a dirty checkout", () => {
      fixture.write("README.md", "edited\n");
      fixture.write("scratch.txt", "untracked\n");
      refused(
        {},
        `nothing was written: the checkout ${fixture.checkout} has uncommitted changes (M README.md, ?? scratch.txt); expected a clean checkout: commit, stash or remove them first`,
      );
    });

    test("a checkout of another repository", () => {
      git(fixture.checkout, "remote", "set-url", "origin", "https://git.example.com/platform/other.git");
      refused(
        {},
        `nothing was written: no environment publishes to this checkout: the checkout ${fixture.checkout} is a clone of https://git.example.com/platform/other.git (remote "origin"), on branch "main"; expected a clone of the repository and branch an environment names (dev, prod: ${REPOSITORY} at "main"; staging: git@git.example.com:platform/gitops at "main"; prod-dr: ${REPOSITORY} at "dr")`,
      );
      refused(
        { environments: ["dev"] },
        `nothing was written: environment "dev" publishes to ${REPOSITORY} (gitops.repositoryUrl), but the checkout ${fixture.checkout} is a clone of https://git.example.com/platform/other.git (remote "origin"); expected a clone of ${REPOSITORY}`,
      );
    });

    test("a branch other than the environments' revision", () => {
      git(fixture.checkout, "switch", "--quiet", "-c", "feature");
      refused({}, "nothing was written: no environment publishes to this checkout");
      refused(
        { environments: ["dev", "staging"] },
        `nothing was written: 2 problems:\n  - environment "dev" follows revision "main" (gitops.revision), but the checkout is on branch "feature"; expected branch "main": git switch main, or publish dev on its own\n  - environment "staging" follows revision "main"`,
      );
    });

    test("an environment whose revision differs from the checkout's branch", () => {
      refused(
        { environments: ["dev", "prod-dr"] },
        'nothing was written: environment "prod-dr" follows revision "dr" (gitops.revision), but the checkout is on branch "main"; expected branch "dr": git switch dr, or publish prod-dr on its own',
      );
    });

    test("an unknown environment, with the name it probably meant", () => {
      refused(
        { environments: ["stagin"] },
        'nothing was written: --env stagin: no such environment; did you mean "staging"? Known environments: dev, staging, prod, prod-dr',
      );
    });

    test("files git ignores inside a folder it would replace", () => {
      fixture.write(".gitignore", "*.swp\n");
      fixture.write("dist/dev/mlflow.k8s.yaml.swp", "an editor's file\n");
      git(fixture.checkout, "add", ".gitignore");
      git(fixture.checkout, "commit", "--quiet", "-m", "Ignore swap files");
      refused(
        {},
        "nothing was written: files git ignores are in the folders the platform replaces (dist/dev/mlflow.k8s.yaml.swp); expected only the platform's files there: move or delete them first",
      );
    });

    test("--push from a branch behind its upstream", () => {
      fixture.advanceRemote("clusters/legacy/new.yaml", "kind: ConfigMap\n");
      refused(
        { push: true },
        'nothing was written: --push: branch "main" is 1 commit(s) behind origin/main; expected it up to date: git pull --rebase first',
      );
    });

    test("folders inside one another, the repository's root or .git", () => {
      const withPaths = (paths: Readonly<Record<string, string>>) =>
        SPECS.map((spec) => ({
          ...spec,
          gitops: { ...spec.gitops, path: paths[spec.name] ?? `dist/${spec.name}` },
        }));
      // Nested folders and "." are the spec's to refuse (npm run gitops prints "nothing was written: " first).
      refused(
        { specs: withPaths({ prod: "dist/dev/prod" }), environments: ["dev"] },
        `environment "prod", field gitops.path: got "dist/dev/prod"; expected a folder of its own in ${REPOSITORY} at main, neither inside nor containing another environment's: it is inside "dist/dev", the folder of environment "dev" (publishing that one would prune it) (leave gitops.path out for dist/prod)`,
      );
      refused(
        { specs: withPaths({ dev: "." }), environments: ["dev"] },
        `environment "dev", field gitops.path: got "."; expected a relative folder in the repository, such as "dist/prod"`,
      );
      refused(
        { specs: withPaths({ dev: ".git/hooks" }), environments: ["dev"] },
        `nothing was written: environment "dev", field gitops.path: got ".git/hooks"; expected a folder below the repository's root, outside .git`,
      );
    });

    test("a folder reached through a symbolic link", () => {
      mkdirSync(join(fixture.root, "elsewhere"));
      symlinkSync(join(fixture.root, "elsewhere"), join(fixture.checkout, "clusters", "prod"));
      fixture.commitAll("A link out of the checkout");
      refused(
        { environments: ["prod"] },
        `nothing was written: ${join(fixture.checkout, "clusters", "prod")} in the checkout is a symbolic link; expected a real folder at clusters/prod: the platform writes only inside the checkout`,
      );
      expect(readdirSync(join(fixture.root, "elsewhere"))).toEqual([]);
    });

    test("a folder that is no checkout, a detached HEAD, a checkout without a remote", () => {
      refused(
        { repo: join(fixture.root, "missing") },
        `nothing was written: --repo ${join(fixture.root, "missing")}: no such folder`,
      );
      refused(
        { repo: scratch },
        `nothing was written: --repo ${scratch}: not a git working tree (fatal: not a git repository`,
      );
      refused({ repo: fixture.bare }, `nothing was written: --repo ${fixture.bare}: not a git working tree`);
      git(fixture.checkout, "checkout", "--quiet", "--detach");
      refused(
        {},
        `nothing was written: the checkout ${fixture.checkout} is on no branch (detached HEAD); expected the branch ArgoCD follows (gitops.revision: "main", "dr"): git switch <branch>`,
      );
      git(fixture.checkout, "switch", "--quiet", "main");
      git(fixture.checkout, "remote", "remove", "origin");
      refused(
        {},
        `nothing was written: the checkout ${fixture.checkout} has no remote "origin" and its branch tracks none; expected a clone of the GitOps repository ("${REPOSITORY}", "git@git.example.com:platform/gitops")`,
      );
    });

    test("--push from a branch without an upstream", () => {
      git(fixture.checkout, "branch", "--unset-upstream");
      refused(
        { push: true },
        'nothing was written: --push: branch "main" tracks no remote branch; expected an upstream: git branch --set-upstream-to=origin/main, or publish without --push',
      );
    });
  });

  test("a push the remote refuses leaves the commit in the checkout and says how to push it", () => {
    writeFileSync(
      join(fixture.bare, "hooks", "pre-receive"),
      "#!/bin/sh\necho 'protected branch' >&2\nexit 1\n",
      {
        mode: 0o755,
      },
    );
    const before = fixture.head();
    expect(() => publish({ push: true })).toThrow(
      /^commit [0-9a-f]{12} is in .*, but pushing it to origin\/main failed: [\s\S]*protected branch[\s\S]*run git push$/,
    );
    expect(git(fixture.checkout, "rev-parse", "HEAD~1").trim()).toBe(before);
    expect(git(fixture.bare, "rev-parse", "refs/heads/main").trim()).toBe(before);
  });

  test("a commit that fails puts the checkout back as it was", () => {
    publish({ environments: ["dev"] });
    fixture.write("dist/dev/retired.k8s.yaml", "kind: ConfigMap\n");
    fixture.commitAll("A file to prune");
    const hook = join(fixture.checkout, ".git", "hooks", "pre-commit");
    writeFileSync(hook, "#!/bin/sh\necho 'rejected by the repository hook' >&2\nexit 1\n", { mode: 0o755 });
    const before = fixture.fingerprint();
    expect(() => publish()).toThrow("rejected by the repository hook");
    expect(fixture.fingerprint()).toBe(before);
    expect(fixture.read("dist/dev/retired.k8s.yaml")).toBe("kind: ConfigMap\n");
    expect(fixture.leftoversInGitDir()).toEqual([]);
  });
});
