/**
 * The local deployment target: one environment's stack deployed by real Terraform into moto_server on
 * this machine. The stack is the environment's own, synthesized with an emulator target (see
 * config/deployment-target.ts): same resources minus the emulator's known gaps, providers pointed at the
 * emulator, state kept in the working directory. Used by bin/deploy-local.ts and the end-to-end tests.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { type EnvironmentSpec, loadEnvironments, type PlatformEnvironment } from "../../config";
import { ENVIRONMENT_SPECS } from "../../config/environments";
import { AWS_EMULATOR_GAPS, type EmulatorGap } from "../../constructs/aws/emulator-gaps";
import { synthStacks } from "../../stacks/main";
import { EMULATOR_STATE_FILE } from "../../stacks/platform-stack";
import {
  describeTerraformFailure,
  findProviderMirror,
  offlineTerraformEnv,
  runTerraform,
  type TerraformResult,
} from "../terraform";
import { isMotoServer, type MotoServer, startMotoServer, stopMotoServer } from "./moto-server";

export interface LocalDeploymentOptions {
  /** Name of the environment to deploy. */
  readonly environment: string;
  /** Directory of its own for the synthesized stack, Terraform state, the emulator's log and record. */
  readonly workDir: string;
  /** @default the shipped environments (config/environments) */
  readonly specs?: readonly EnvironmentSpec[];
  /** Filesystem mirror holding hashicorp/aws. @default found by findProviderMirror() */
  readonly mirror?: string;
  /** Where terraform's output is copied as it runs. @default not copied */
  readonly echo?: NodeJS.WritableStream;
  /** Aborting stops the running terraform command; the caller then stops the emulator. */
  readonly signal?: AbortSignal;
}

/** What a deployment left running records in its working directory, so a later process can destroy it. */
export interface EmulatorRecord {
  readonly environment: string;
  readonly accountId: string;
  readonly pid: number;
  readonly port: number;
  readonly endpoint: string;
  readonly startedAt: string;
}

/** A terraform command that did not succeed; the message carries the end of its output. */
export class TerraformCommandError extends Error {
  constructor(readonly result: TerraformResult) {
    super(describeTerraformFailure(result));
    this.name = "TerraformCommandError";
  }
}

/** Whether a failed destroy was Terraform refusing it (a resource with prevent_destroy, i.e. deletion protection). */
export function isRefusedDestroy(error: unknown): boolean {
  return error instanceof TerraformCommandError && /prevent_destroy/.test(error.result.stderr);
}

/** The documented way to lift deletion protection: the same specs with database.deletionProtection off. */
export function withDeletionProtectionLifted(
  specs: readonly EnvironmentSpec[],
  environment: string,
): EnvironmentSpec[] {
  return specs.map((spec) =>
    spec.name === environment ? { ...spec, database: { ...spec.database, deletionProtection: false } } : spec,
  );
}

/** The gap list as printed by the local deploy. */
export function describeEmulatorGaps(gaps: readonly EmulatorGap[] = AWS_EMULATOR_GAPS): string[] {
  const leftOut = gaps.filter((gap) => gap.ignoredAttributes === undefined);
  const notReadBack = gaps.filter((gap) => gap.ignoredAttributes !== undefined);
  return [
    "Left out of the local deployment (the emulator cannot create them):",
    ...leftOut.map((gap) => `  - ${gap.resourceType}: ${gap.reason}`),
    "Created, with drift of these attributes ignored (the emulator does not report them back):",
    ...notReadBack.map(
      (gap) => `  - ${gap.resourceType} (${gap.ignoredAttributes?.join(", ")}): ${gap.reason}`,
    ),
  ];
}

const MINUTE_MS = 60_000;
const RECORD_FILE = "emulator.json";

/**
 * The process environment terraform runs with: offline provider installation, and nothing from the
 * caller's shell that could send a request to real AWS (profiles, credentials, endpoint overrides).
 */
function emulatorOnlyEnv(workDir: string, mirror: string): NodeJS.ProcessEnv {
  const env = offlineTerraformEnv(workDir, mirror);
  for (const name of Object.keys(env)) {
    if (name.startsWith("AWS_")) delete env[name];
  }
  return {
    ...env,
    AWS_CONFIG_FILE: "/dev/null",
    AWS_SHARED_CREDENTIALS_FILE: "/dev/null",
    AWS_EC2_METADATA_DISABLED: "true",
  };
}

/** One environment deployed (or being deployed) into its own emulator. */
export class LocalDeployment {
  readonly environment: string;
  readonly workDir: string;
  /** Where Terraform runs: the synthesized stack. */
  readonly stackDir: string;
  readonly stateFile: string;
  readonly logFile: string;
  readonly recordFile: string;
  readonly platform: PlatformEnvironment;
  private readonly specs: readonly EnvironmentSpec[];
  private readonly mirror: string;
  private readonly echo: NodeJS.WritableStream | undefined;
  private readonly signal: AbortSignal | undefined;
  private emulator: Pick<MotoServer, "endpoint" | "pid" | "stop" | "detach"> | undefined;
  /** The emulator this deployment started last, running or not: lets callers check it is really gone. */
  lastEmulator: { readonly pid: number; readonly port: number } | undefined;
  /** Every terraform command run so far, with how long it took and how it ended. */
  readonly history: {
    readonly command: string;
    readonly seconds: number;
    readonly exitCode: number | null;
  }[] = [];

  constructor(options: LocalDeploymentOptions) {
    this.specs = options.specs ?? ENVIRONMENT_SPECS;
    const platform = loadEnvironments(this.specs).find(
      ({ environment }) => environment.name === options.environment,
    );
    if (!platform) {
      const names = this.specs.map((spec) => `"${spec.name}"`).join(", ");
      throw new Error(`no environment named "${options.environment}"; expected one of ${names}`);
    }
    const { environment } = platform;
    if (environment.restores !== undefined) {
      throw new Error(
        `environment "${environment.name}" restores "${environment.restores}" from its replicated automated backups, which the emulator cannot create (see aws_db_instance_automated_backups_replication in constructs/aws/emulator-gaps.ts); it cannot be deployed locally`,
      );
    }
    if (environment.aws === undefined) {
      throw new Error(
        `environment "${environment.name}" is not on aws; only aws environments deploy locally`,
      );
    }
    const lookup = options.mirror === undefined ? findProviderMirror() : undefined;
    const mirror = options.mirror ?? lookup?.directory;
    if (mirror === undefined) throw new Error(lookup?.reason ?? "no provider mirror");
    this.mirror = mirror;
    this.platform = platform;
    this.environment = environment.name;
    this.workDir = options.workDir;
    this.stackDir = join(options.workDir, "stacks", environment.name);
    this.stateFile = join(options.workDir, EMULATOR_STATE_FILE);
    this.logFile = join(options.workDir, "moto_server.log");
    this.recordFile = join(options.workDir, RECORD_FILE);
    this.echo = options.echo;
    this.signal = options.signal;
  }

  /** The account the environment (and so its emulator) lives in. */
  get accountId(): string {
    return this.platform.environment.aws?.accountId as string;
  }

  /** The running emulator's endpoint. */
  get endpoint(): string {
    if (this.emulator === undefined) throw new Error(`the emulator of "${this.environment}" is not running`);
    return this.emulator.endpoint;
  }

  /**
   * Starts an emulator as the environment's account, synthesizes the stack against it, then terraform
   * init and apply; returns the stack outputs. If anything fails (or is aborted) the emulator is stopped
   * before the error is thrown: nothing is left running.
   */
  async deploy(): Promise<Record<string, unknown>> {
    mkdirSync(this.workDir, { recursive: true });
    const emulator = await startMotoServer({ accountId: this.accountId, logFile: this.logFile });
    this.emulator = emulator;
    this.lastEmulator = { pid: emulator.pid, port: emulator.port };
    try {
      const record: EmulatorRecord = {
        environment: this.environment,
        accountId: this.accountId,
        pid: emulator.pid,
        port: emulator.port,
        endpoint: emulator.endpoint,
        startedAt: new Date().toISOString(),
      };
      writeFileSync(this.recordFile, `${JSON.stringify(record, null, 2)}\n`);
      this.synth();
      await this.terraform(["init", "-input=false", "-no-color"], 2 * MINUTE_MS);
      await this.apply();
      return await this.outputs();
    } catch (error) {
      await this.stop();
      throw error;
    }
  }

  /** Writes the stack, targeting the running emulator, into the working directory. */
  synth(specs: readonly EnvironmentSpec[] = this.specs): string[] {
    return synthStacks(this.workDir, specs, {
      targets: { [this.environment]: { kind: "emulator", endpoint: this.endpoint } },
      stacks: [this.environment],
    });
  }

  async apply(): Promise<TerraformResult> {
    return this.terraform(["apply", "-auto-approve", "-input=false", "-no-color"], 15 * MINUTE_MS);
  }

  /** `terraform plan -detailed-exitcode`: whether anything would change. */
  async plan(): Promise<{ readonly changes: boolean; readonly result: TerraformResult }> {
    const result = await this.terraform(
      ["plan", "-detailed-exitcode", "-input=false", "-no-color"],
      5 * MINUTE_MS,
      [0, 2],
    );
    return { changes: result.exitCode === 2, result };
  }

  /**
   * `terraform destroy`. With `liftDeletionProtection` it first takes the documented path: the spec
   * with database.deletionProtection off, synthesized and applied. Throws TerraformCommandError when
   * Terraform refuses (see isRefusedDestroy) or fails; the emulator keeps running either way.
   */
  async destroy(options: { readonly liftDeletionProtection?: boolean } = {}): Promise<TerraformResult> {
    const args = ["destroy", "-auto-approve", "-input=false", "-no-color"];
    if (options.liftDeletionProtection) {
      this.synth(withDeletionProtectionLifted(this.specs, this.environment));
      await this.apply();
      // The apply has just read every resource back; reading them all again would only cost time.
      args.push("-refresh=false");
    }
    return this.terraform(args, 15 * MINUTE_MS);
  }

  /** The stack outputs (`terraform output -json`), by name. */
  async outputs(): Promise<Record<string, unknown>> {
    const result = await this.terraform(["output", "-json", "-no-color"], MINUTE_MS, [0], false);
    const outputs = JSON.parse(result.stdout) as Record<string, { value: unknown }>;
    return Object.fromEntries(Object.entries(outputs).map(([name, output]) => [name, output.value]));
  }

  /** Addresses of everything in the state (`terraform state list`). */
  async stateAddresses(): Promise<string[]> {
    const result = await this.terraform(["state", "list"], MINUTE_MS, [0], false);
    return result.stdout.split("\n").filter((line) => line !== "");
  }

  /** Stops the emulator (with everything it held) and forgets the record. */
  async stop(): Promise<void> {
    await this.emulator?.stop();
    this.emulator = undefined;
    rmSync(this.recordFile, { force: true });
  }

  /** Stops the emulator and removes the working directory: its state described the emulator's contents. */
  async discard(): Promise<void> {
    await this.stop();
    rmSync(this.workDir, { recursive: true, force: true });
  }

  /** Leaves the emulator running after this process ends; a later `LocalDeployment.resume` finds it. */
  detach(): void {
    this.emulator?.detach();
  }

  /**
   * Finds the deployment an earlier process left running in `workDir`: "running" with the deployment
   * attached to its emulator, "stale" when the record names an emulator that is gone, "none" otherwise.
   */
  static resume(
    options: LocalDeploymentOptions,
  ):
    | { readonly kind: "none" }
    | { readonly kind: "stale"; readonly record: EmulatorRecord }
    | { readonly kind: "running"; readonly deployment: LocalDeployment; readonly record: EmulatorRecord } {
    const recordFile = join(options.workDir, RECORD_FILE);
    if (!existsSync(recordFile)) return { kind: "none" };
    const record = JSON.parse(readFileSync(recordFile, "utf8")) as EmulatorRecord;
    if (!isMotoServer(record.pid)) return { kind: "stale", record };
    const deployment = new LocalDeployment(options);
    deployment.emulator = {
      endpoint: record.endpoint,
      pid: record.pid,
      stop: () => stopMotoServer(record.pid),
      detach: () => {},
    };
    return { kind: "running", deployment, record };
  }

  private async terraform(
    args: readonly string[],
    timeoutMs: number,
    successCodes: readonly number[] = [0],
    echo = true,
  ): Promise<TerraformResult> {
    if (this.signal?.aborted) throw new Error(`aborted before terraform ${args[0]}`);
    if (echo) this.echo?.write(`\n$ terraform ${args.join(" ")}\n`);
    const result = await runTerraform(args, {
      cwd: this.stackDir,
      env: emulatorOnlyEnv(this.workDir, this.mirror),
      timeoutMs,
      ...(this.signal && { signal: this.signal }),
      ...(echo && this.echo && { echo: this.echo }),
    });
    this.history.push({
      command: `terraform ${args.filter((arg) => !arg.startsWith("-")).join(" ")}`,
      seconds: Math.round(result.durationMs / 100) / 10,
      exitCode: result.exitCode,
    });
    if (result.exitCode === null || !successCodes.includes(result.exitCode)) {
      throw new TerraformCommandError(result);
    }
    return result;
  }
}
