import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Yaml } from "cdk8s";
import { OutputFiles } from "../../charts/output-files";

describe("OutputFiles", () => {
  let scratch: string;
  let root: string;
  let target: string;
  beforeEach(() => {
    scratch = mkdtempSync(join(tmpdir(), "output-files-"));
    root = join(scratch, "staged");
    target = join(scratch, "dist");
  });
  afterEach(() => rmSync(scratch, { recursive: true, force: true }));

  const longAgo = new Date("2020-01-01T00:00:00Z");
  const age = (path: string) => utimesSync(path, longAgo, longAgo);
  const untouched = (path: string) => statSync(path).mtimeMs === longAgo.getTime();

  function files(entries: Record<string, string>): OutputFiles {
    const output = new OutputFiles(root);
    for (const [path, content] of Object.entries(entries)) output.add(join(root, path), content);
    return output;
  }

  test("writes every file into a new directory, folders included, and never into its root", () => {
    files({ "dev/a.yaml": "a\n", "dev/bootstrap/b.yaml": "b\n" }).writeTo(target, { prune: true });
    expect(readFileSync(join(target, "dev", "a.yaml"), "utf8")).toBe("a\n");
    expect(readFileSync(join(target, "dev", "bootstrap", "b.yaml"), "utf8")).toBe("b\n");
    expect(existsSync(root)).toBe(false);
  });

  test("rewrites only the files that changed", () => {
    files({ "dev/same.yaml": "same\n", "dev/changed.yaml": "old\n" }).writeTo(target, { prune: true });
    age(join(target, "dev", "same.yaml"));
    age(join(target, "dev", "changed.yaml"));
    files({ "dev/same.yaml": "same\n", "dev/changed.yaml": "new\n" }).writeTo(target, { prune: true });
    expect(untouched(join(target, "dev", "same.yaml"))).toBe(true);
    expect(untouched(join(target, "dev", "changed.yaml"))).toBe(false);
    expect(readFileSync(join(target, "dev", "changed.yaml"), "utf8")).toBe("new\n");
  });

  test("gives a file its mode, also one that exists with another", () => {
    mkdirSync(join(target, "dev"), { recursive: true });
    writeFileSync(join(target, "dev", "run.sh"), "#!/bin/sh\n", { mode: 0o644 });
    const output = new OutputFiles(root);
    output.add(join(root, "dev", "run.sh"), "#!/bin/sh\n", 0o755);
    output.writeTo(target, { prune: true });
    expect(statSync(join(target, "dev", "run.sh")).mode & 0o777).toBe(0o755);
  });

  test("with prune, removes what it does not hold and the folders left empty; without, keeps them", () => {
    mkdirSync(join(target, "gone", "deep"), { recursive: true });
    writeFileSync(join(target, "gone", "deep", "old.yaml"), "old\n");
    mkdirSync(join(target, "dev"), { recursive: true });
    writeFileSync(join(target, "dev", "stale.yaml"), "stale\n");
    files({ "dev/kept.yaml": "kept\n" }).writeTo(target, { prune: false });
    expect(existsSync(join(target, "dev", "stale.yaml"))).toBe(true);
    files({ "dev/kept.yaml": "kept\n" }).writeTo(target, { prune: true });
    expect(existsSync(join(target, "dev", "stale.yaml"))).toBe(false);
    expect(existsSync(join(target, "gone"))).toBe(false);
    expect(existsSync(join(target, "dev", "kept.yaml"))).toBe(true);
  });

  test("never prunes hidden entries: a .git folder or a .gitignore in the output stays", () => {
    mkdirSync(join(target, ".git", "objects"), { recursive: true });
    writeFileSync(join(target, ".git", "HEAD"), "ref: refs/heads/main\n");
    mkdirSync(join(target, "dev"), { recursive: true });
    writeFileSync(join(target, "dev", ".gitignore"), "*.tmp\n");
    files({ "dev/kept.yaml": "kept\n" }).writeTo(target, { prune: true });
    expect(readFileSync(join(target, ".git", "HEAD"), "utf8")).toBe("ref: refs/heads/main\n");
    expect(existsSync(join(target, ".git", "objects"))).toBe(true);
    expect(readFileSync(join(target, "dev", ".gitignore"), "utf8")).toBe("*.tmp\n");
  });

  test("refuses a file outside its root", () => {
    expect(() => new OutputFiles(root).add(join(scratch, "elsewhere.yaml"), "x")).toThrow(
      `OutputFiles: "${join(scratch, "elsewhere.yaml")}" is not under "${root}"`,
    );
  });

  test("collects the YAML cdk8s saves under its root, writes what it saves elsewhere, and restores Yaml.save", () => {
    const original = Yaml.save;
    const output = new OutputFiles(root);
    mkdirSync(scratch, { recursive: true });
    output.collectingYaml(() => {
      Yaml.save(join(root, "dev", "chart.k8s.yaml"), [{ kind: "ConfigMap" }]);
      Yaml.save(join(scratch, "outside.yaml"), [{ kind: "Secret" }]);
    });
    expect(Yaml.save).toBe(original);
    expect(output.paths).toEqual(["dev/chart.k8s.yaml"]);
    expect(readFileSync(join(scratch, "outside.yaml"), "utf8")).toBe("kind: Secret\n");
    output.writeTo(target, { prune: true });
    expect(readFileSync(join(target, "dev", "chart.k8s.yaml"), "utf8")).toBe("kind: ConfigMap\n");
  });
});
