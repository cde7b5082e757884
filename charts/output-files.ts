import {
  chmodSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { dirname, isAbsolute, join, relative, resolve, sep } from "node:path";
import { Yaml } from "cdk8s";

interface OutputFile {
  readonly content: string;
  /** @default the process's default for new files */
  readonly mode?: number;
}

/**
 * The files of a synth, held in memory under a root directory, written out only when everything has
 * been built and checked, and then only where they differ from what the directory holds.
 *
 * Why: creating a file is the slow part of writing one on the machines this runs on (about 0.3 ms
 * each, 140 chart files per synth), reading one back is a tenth of that, and most synths change few
 * files. Unchanged files also keep their modification times, so tools that watch `dist/` see only
 * real changes.
 */
export class OutputFiles {
  private readonly files = new Map<string, OutputFile>();
  private readonly root: string;

  /** @param root the directory the synth names its files under (it is never written to). */
  constructor(root: string) {
    this.root = resolve(root);
  }

  /** Adds (or replaces) the file at `path`, a path under the root. */
  add(path: string, content: string, mode?: number): void {
    this.files.set(this.relativePath(path), mode === undefined ? { content } : { content, mode });
  }

  /** The paths of the files held, relative to the root, sorted. */
  get paths(): string[] {
    return [...this.files.keys()].sort();
  }

  /**
   * Runs `work` (cdk8s synths) with the YAML files cdk8s saves under the root collected here instead of
   * written; a file it saves elsewhere is written as usual.
   */
  collectingYaml<T>(work: () => T): T {
    const original = Yaml.save;
    Yaml.save = (filePath: string, documents: unknown[]) => {
      if (this.holds(filePath)) this.add(filePath, Yaml.stringify(...documents));
      else original.call(Yaml, filePath, documents);
    };
    try {
      return work();
    } finally {
      Yaml.save = original;
    }
  }

  /**
   * Makes `directory` hold these files: writes each one that is missing or differs (content or mode),
   * and with `prune` removes every other file in it (hidden ones excepted) and the folders left empty.
   */
  writeTo(directory: string, { prune }: { readonly prune: boolean }): void {
    for (const [path, file] of this.files) {
      const target = join(directory, path);
      if (!sameFile(target, file)) {
        mkdirSync(dirname(target), { recursive: true });
        writeFileSync(target, file.content, file.mode === undefined ? {} : { mode: file.mode });
        // A mode given at creation only: an existing file keeps its old one unless told.
        if (file.mode !== undefined) chmodSync(target, file.mode);
      }
    }
    if (prune && existsSync(directory)) this.prune(directory, "");
  }

  /**
   * Removes what is not held under `directory/path`; whether the folder is empty afterwards. Hidden
   * entries (`.git`, `.gitignore`, an editor's folder) are never the synth's and are left alone.
   */
  private prune(directory: string, path: string): boolean {
    let empty = true;
    for (const entry of readdirSync(join(directory, path), { withFileTypes: true })) {
      const child = path === "" ? entry.name : `${path}/${entry.name}`;
      if (entry.name.startsWith(".") && !this.files.has(child)) {
        empty = false;
        continue;
      }
      if (entry.isDirectory()) {
        if (this.prune(directory, child)) rmdirSync(join(directory, child));
        else empty = false;
      } else if (this.files.has(child)) {
        empty = false;
      } else {
        rmSync(join(directory, child), { force: true });
      }
    }
    return empty;
  }

  private holds(path: string): boolean {
    const inside = relative(this.root, resolve(path));
    return inside !== "" && !inside.startsWith("..") && !isAbsolute(inside);
  }

  private relativePath(path: string): string {
    if (!this.holds(path)) throw new Error(`OutputFiles: "${path}" is not under "${this.root}"`);
    return relative(this.root, resolve(path)).split(sep).join("/");
  }
}

function sameFile(path: string, file: OutputFile): boolean {
  try {
    if (file.mode !== undefined && (statSync(path).mode & 0o777) !== file.mode) return false;
    return readFileSync(path, "utf8") === file.content;
  } catch {
    return false;
  }
}
