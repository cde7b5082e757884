/**
 * Running real Terraform offline: find a filesystem provider mirror, build an environment in which
 * Terraform never reaches the network, and run a command with a timeout.
 *
 * Used by the local deployment (bin/deploy-local.ts), the `terraform validate` suite and the end-to-end
 * suites. Nothing here reads project config: callers pass directories and providers in.
 */
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { homedir } from "node:os";
import { join } from "node:path";
import { findExecutable, killGroupWhenThisProcessEnds } from "./processes";

/** A provider as Terraform addresses it in a mirror: registry.terraform.io/<namespace>/<type>/<version>. */
export interface MirroredProvider {
  readonly namespace: string;
  readonly type: string;
  readonly version: string;
}

/**
 * The provider the machine image mirrors, and the one `@cdktf/provider-aws` 20.1.0 is generated for.
 * Upgrading the package without upgrading the mirror must fail a test, not skip it.
 */
export const AWS_PROVIDER: MirroredProvider = { namespace: "hashicorp", type: "aws", version: "5.100.0" };

/** Set to a directory holding `registry.terraform.io/...` to choose the mirror explicitly. */
export const MIRROR_ENV_VAR = "MLOPS_TF_PROVIDER_MIRROR";

/** Where the machine image puts its mirror. */
const IMAGE_MIRROR = "/opt/tf-plugins";

/**
 * Terraform's own implied local mirror directories on Unix, then a couple of common install locations.
 * Listed explicitly: searching the whole disk is too slow for a test run.
 */
function conventionalMirrors(): string[] {
  const dataHome = process.env.XDG_DATA_HOME ?? join(homedir(), ".local", "share");
  return [
    join(homedir(), ".terraform.d", "plugins"),
    join(dataHome, "terraform", "plugins"),
    "/usr/local/share/terraform/plugins",
    "/usr/share/terraform/plugins",
    "/opt/terraform/plugins",
  ];
}

/** Terraform's name for this machine's platform, e.g. linux_amd64. */
export function terraformPlatform(): string {
  const arch = ({ x64: "amd64", arm64: "arm64", ia32: "386", arm: "arm" } as Record<string, string>)[
    process.arch
  ];
  return `${process.platform}_${arch ?? process.arch}`;
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/**
 * Whether `mirrorDir` holds the provider for this platform, in either mirror layout Terraform accepts:
 * unpacked (`.../<version>/<platform>/terraform-provider-<type>_*`) or packed (a zip next to the versions).
 */
export function mirrorHolds(mirrorDir: string, provider: MirroredProvider = AWS_PROVIDER): boolean {
  const providerDir = join(mirrorDir, "registry.terraform.io", provider.namespace, provider.type);
  const platform = terraformPlatform();
  const unpackedDir = join(providerDir, provider.version, platform);
  if (isDirectory(unpackedDir)) {
    const binaryPrefix = `terraform-provider-${provider.type}`;
    if (readdirSync(unpackedDir).some((entry) => entry.startsWith(binaryPrefix))) {
      return true;
    }
  }
  return existsSync(
    join(providerDir, `terraform-provider-${provider.type}_${provider.version}_${platform}.zip`),
  );
}

/** Versions of a provider present in a mirror (any layout, any platform), sorted; for error messages. */
export function mirroredVersions(mirrorDir: string, provider: Omit<MirroredProvider, "version">): string[] {
  const providerDir = join(mirrorDir, "registry.terraform.io", provider.namespace, provider.type);
  try {
    const versions = new Set<string>();
    for (const entry of readdirSync(providerDir)) {
      const packed = new RegExp(`^terraform-provider-${provider.type}_([^_]+)_`).exec(entry);
      if (packed?.[1] !== undefined) {
        versions.add(packed[1]);
      } else if (isDirectory(join(providerDir, entry))) {
        versions.add(entry);
      }
    }
    return [...versions].sort();
  } catch {
    return [];
  }
}

export interface MirrorLookup {
  /** The mirror directory (the one holding `registry.terraform.io`), when one holds the provider. */
  readonly directory: string | undefined;
  /** Why no mirror was found; empty when one was. */
  readonly reason: string;
}

/**
 * Finds a filesystem mirror holding `provider`. An explicit MLOPS_TF_PROVIDER_MIRROR is the only place
 * looked at (a wrong explicit setting should be reported, not papered over by another mirror); otherwise
 * the image's /opt/tf-plugins, then Terraform's conventional plugin directories.
 */
export function findProviderMirror(provider: MirroredProvider = AWS_PROVIDER): MirrorLookup {
  const wanted = `registry.terraform.io/${provider.namespace}/${provider.type} ${provider.version} (${terraformPlatform()})`;
  const explicit = process.env[MIRROR_ENV_VAR];
  if (explicit !== undefined && explicit !== "") {
    return mirrorHolds(explicit, provider)
      ? { directory: explicit, reason: "" }
      : { directory: undefined, reason: `${MIRROR_ENV_VAR}=${explicit} does not hold ${wanted}` };
  }
  const candidates = [IMAGE_MIRROR, ...conventionalMirrors()];
  const found = candidates.find((candidate) => mirrorHolds(candidate, provider));
  return found !== undefined
    ? { directory: found, reason: "" }
    : {
        directory: undefined,
        reason: `no provider mirror holds ${wanted}; looked in ${candidates.join(", ")} (set ${MIRROR_ENV_VAR})`,
      };
}

/** HCL string literal (JSON escaping is valid HCL for the characters a path can hold). */
function hclString(value: string): string {
  return JSON.stringify(value);
}

/**
 * Writes a Terraform CLI config into `workDir` that installs every provider from `mirrorDir` only (no
 * `direct` method, so a provider missing from the mirror fails `init` instead of reaching for the
 * registry) and disables the update check, and returns the process environment that uses it.
 *
 * With it a plain `terraform init` (as `cdktf deploy` runs it) is offline too, not only `-plugin-dir`.
 * It also replaces the machine's TF_CLI_CONFIG_FILE, which points at a missing file, and keeps
 * terraform's temporary files (provider plugin sockets) in `workDir/tmp`: a terraform killed before it
 * cleans up leaves them there, not in the system's temporary directory.
 */
export function offlineTerraformEnv(workDir: string, mirrorDir: string): NodeJS.ProcessEnv {
  const configFile = join(workDir, "offline.tfrc");
  const config = [
    "# Written by bin/lib/terraform.ts: providers come from the local mirror only.",
    "disable_checkpoint = true",
    "provider_installation {",
    "  filesystem_mirror {",
    `    path = ${hclString(mirrorDir)}`,
    "  }",
    "}",
    "",
  ].join("\n");
  writeFileSync(configFile, config);
  // Plugin sockets are created as `<dir>/plugin<digits>`, and a Unix socket path holds at most ~104 bytes.
  const temporaryDir = join(workDir, "tmp");
  const fitsSocketPaths = Buffer.byteLength(temporaryDir) <= 80;
  if (fitsSocketPaths) mkdirSync(temporaryDir, { recursive: true });
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    ...(fitsSocketPaths && { TMPDIR: temporaryDir }),
    TF_CLI_CONFIG_FILE: configFile,
    CHECKPOINT_DISABLE: "1",
    TF_IN_AUTOMATION: "1",
    TF_INPUT: "0",
  };
  // A plugin cache would copy the 675 MB provider instead of linking it from the mirror.
  delete env.TF_PLUGIN_CACHE_DIR;
  return env;
}

export interface RunTerraformOptions {
  readonly cwd: string;
  /** The whole environment of the process (usually from offlineTerraformEnv). @default process.env */
  readonly env?: NodeJS.ProcessEnv;
  /** Killed (SIGTERM, then SIGKILL 5 s later) when it runs longer. @default 120000 */
  readonly timeoutMs?: number;
  /** Aborting kills the process the same way, e.g. from afterAll when tests gave up waiting. */
  readonly signal?: AbortSignal;
  /** @default terraform found on PATH */
  readonly terraformPath?: string;
  /** Also copy terraform's output here as it arrives (e.g. process.stdout). @default not copied */
  readonly echo?: NodeJS.WritableStream;
}

export interface TerraformResult {
  readonly args: readonly string[];
  /** null when the process was killed by a signal. */
  readonly exitCode: number | null;
  readonly stdout: string;
  readonly stderr: string;
  readonly timedOut: boolean;
  readonly aborted: boolean;
  readonly durationMs: number;
}

const KILL_GRACE_MS = 5000;

/**
 * Runs terraform and resolves with its output and exit code; never rejects for a failing command (only
 * when terraform cannot be started). Runs in its own process group so that a kill also reaches the
 * provider plugins it started, and never outlives this process (a watchdog stops it even after SIGKILL).
 */
export function runTerraform(
  args: readonly string[],
  options: RunTerraformOptions,
): Promise<TerraformResult> {
  const terraform = options.terraformPath ?? findExecutable("terraform");
  if (terraform === undefined) {
    return Promise.reject(new Error("terraform is not on PATH"));
  }
  const timeoutMs = options.timeoutMs ?? 120_000;
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(terraform, [...args], {
      cwd: options.cwd,
      env: options.env ?? process.env,
      stdio: ["ignore", "pipe", "pipe"],
      detached: true,
    });
    const cancelWatchdog = child.pid === undefined ? () => {} : killGroupWhenThisProcessEnds(child.pid);
    let stdout = "";
    let stderr = "";
    let timedOut = false;
    let aborted = false;
    let killTimer: NodeJS.Timeout | undefined;
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => {
      stdout += chunk;
      options.echo?.write(chunk);
    });
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => {
      stderr += chunk;
      options.echo?.write(chunk);
    });

    const signalGroup = (signal: NodeJS.Signals): void => {
      if (child.pid === undefined) return;
      try {
        process.kill(-child.pid, signal);
      } catch {
        // Already gone.
      }
    };
    const stop = (): void => {
      signalGroup("SIGTERM");
      killTimer ??= setTimeout(() => signalGroup("SIGKILL"), KILL_GRACE_MS);
    };
    const onAbort = (): void => {
      aborted = true;
      stop();
    };
    const timeout = setTimeout(() => {
      timedOut = true;
      stop();
    }, timeoutMs);
    options.signal?.addEventListener("abort", onAbort, { once: true });
    if (options.signal?.aborted) onAbort();

    const finish = (): void => {
      cancelWatchdog();
      clearTimeout(timeout);
      if (killTimer !== undefined) clearTimeout(killTimer);
      options.signal?.removeEventListener("abort", onAbort);
    };
    child.once("error", (error) => {
      finish();
      reject(error);
    });
    child.once("close", (exitCode) => {
      finish();
      resolve({
        args,
        exitCode,
        stdout,
        stderr,
        timedOut,
        aborted,
        durationMs: Math.round(performance.now() - started),
      });
    });
  });
}

/** One line for a failure message: the command, how it ended, and the end of its output. */
export function describeTerraformFailure(result: TerraformResult, outputChars = 4000): string {
  const ending = result.timedOut
    ? "timed out"
    : result.aborted
      ? "was aborted"
      : `exited with ${result.exitCode ?? "a signal"}`;
  const output = `${result.stderr}\n${result.stdout}`.trim().slice(-outputChars);
  return `terraform ${result.args.join(" ")} ${ending} after ${result.durationMs} ms:\n${output}`;
}
