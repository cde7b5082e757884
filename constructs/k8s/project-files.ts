import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";

/** A folder only the project's own root holds: it tells the root apart from any other package.json. */
const MARKER_FOLDER = join("constructs", "k8s", "scripts");

/**
 * The project's root folder: the nearest folder at or above `startDir` holding both `package.json` and
 * `constructs/k8s/scripts`. Walking up (rather than a fixed `../..`) keeps it right both when this file runs
 * from source and when it runs from the esbuild bundle in `node_modules/.cache/mlops-platform/`.
 */
export function projectRoot(startDir: string = __dirname): string {
  let dir = startDir;
  for (;;) {
    if (existsSync(join(dir, "package.json")) && existsSync(join(dir, MARKER_FOLDER))) return dir;
    const parent = dirname(dir);
    if (parent === dir) {
      throw new Error(
        `projectRoot: no folder at or above "${startDir}" holds both package.json and ${MARKER_FOLDER}`,
      );
    }
    dir = parent;
  }
}

/** The text of a file of the project, by its path relative to the project root (read as UTF-8, unchanged). */
export function readProjectFile(relativePath: string): string {
  return readFileSync(join(projectRoot(), relativePath), "utf8");
}
