import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";

const root = join(__dirname, "..", "..");
const runner = join(root, "bin", "run-bundled.cjs");

/**
 * bin/run-bundled.cjs on a small entry point of its own, in a folder of the project (the bundle cache
 * is keyed by the entry's path, so nothing here touches the bundles of the real commands).
 */
describe("bin/run-bundled.cjs", () => {
  const folder = mkdtempSync(join(root, "test", "bin", ".run-bundled-"));
  const entry = join(folder, "entry.ts");
  const imported = join(folder, "value.ts");
  const bundle = join(
    root,
    "node_modules",
    ".cache",
    "mlops-platform",
    `${relative(root, entry).replace(/[\\/]/g, "__").replace(/\.ts$/, "")}.cjs`,
  );
  const run = () =>
    execFileSync(process.execPath, [runner, entry, "--flag"], { cwd: root, encoding: "utf8" });
  /** Moves a file's modification time `seconds` into the future (file systems keep coarse times). */
  const touchAhead = (path: string, seconds: number) => {
    const later = new Date(Date.now() + seconds * 1000);
    utimesSync(path, later, later);
  };

  beforeAll(() => {
    writeFileSync(imported, 'export const value = "first";\n');
    writeFileSync(
      entry,
      'import { value } from "./value";\nconsole.log(value, process.argv.slice(2).join(" "));\n',
    );
  });
  afterAll(() => {
    rmSync(folder, { recursive: true, force: true });
    for (const suffix of ["", ".inputs.json", ".v8-code-cache"])
      rmSync(`${bundle}${suffix}`, { force: true });
  });

  test("runs the entry point with its arguments, then again from the cached bundle", () => {
    expect(run()).toBe("first --flag\n");
    const built = statSync(bundle).mtimeMs;
    expect(run()).toBe("first --flag\n");
    expect(statSync(bundle).mtimeMs).toBe(built);
  });

  test("rebuilds when a project file the entry imports changes", () => {
    writeFileSync(imported, 'export const value = "second";\n');
    touchAhead(imported, 5);
    expect(run()).toBe("second --flag\n");
  });

  test("rebuilds when npm changes node_modules (its record, node_modules/.package-lock.json, is newer)", () => {
    touchAhead(imported, -60);
    run();
    const built = statSync(bundle).mtimeMs;
    const record = join(root, "node_modules", ".package-lock.json");
    const { atime, mtime } = statSync(record);
    try {
      touchAhead(record, 10);
      run();
      expect(statSync(bundle).mtimeMs).toBeGreaterThan(built);
    } finally {
      utimesSync(record, atime, mtime);
    }
  });

  test("rebuilds when the way bundles are built changes (bin/run-bundled.cjs is newer)", () => {
    touchAhead(imported, -60);
    run();
    const built = statSync(bundle).mtimeMs;
    const { atime, mtime } = statSync(runner);
    try {
      touchAhead(runner, 10);
      run();
      expect(statSync(bundle).mtimeMs).toBeGreaterThan(built);
    } finally {
      utimesSync(runner, atime, mtime);
    }
  });
});
