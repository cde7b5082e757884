/**
 * `npm run deploy:local -- <env> [--destroy-after] [--lift-deletion-protection]`
 * `npm run destroy:local -- <env> [--lift-deletion-protection]`
 *
 * Deploys one environment's stack with real Terraform into moto_server (an AWS API emulator) on a free
 * loopback port, prints the stack outputs and what the emulator cannot do, and leaves the emulator
 * running until `destroy:local` (or, with --destroy-after, destroys at once). Everything lives in
 * `.local/<env>/`: the synthesized stack, Terraform state (never the environment's real state), the
 * emulator's log and its process id. Whatever happens, no emulator is left running unrecorded: a failed
 * or interrupted deploy stops it.
 */
import { existsSync, rmdirSync } from "node:fs";
import { dirname, join } from "node:path";
import {
  describeEmulatorGaps,
  isRefusedDestroy,
  LocalDeployment,
} from "../tools/aws-emulator/local-deployment";
import { MOTO_INSTALL_HINT } from "../tools/aws-emulator/moto-server";
import { findExecutable } from "../tools/processes";
import { findProviderMirror } from "../tools/terraform";

const USAGE = [
  "usage: deploy-local <env> [--destroy-after] [--lift-deletion-protection]",
  "       deploy-local --destroy <env> [--lift-deletion-protection]",
  "",
  "  --destroy-after              destroy and stop the emulator once deployed",
  "  --destroy                    destroy what an earlier deploy left running, then stop its emulator",
  "  --lift-deletion-protection   before destroying, turn database.deletionProtection off and apply",
].join("\n");

interface Command {
  readonly environment: string;
  readonly destroyOnly: boolean;
  readonly destroyAfter: boolean;
  readonly liftDeletionProtection: boolean;
}

function parse(args: readonly string[]): Command | string {
  const flags = new Set(args.filter((arg) => arg.startsWith("--")));
  const names = args.filter((arg) => !arg.startsWith("--"));
  const known = ["--destroy", "--destroy-after", "--lift-deletion-protection"];
  const unknown = [...flags].filter((flag) => !known.includes(flag));
  if (unknown.length > 0) return `unknown option ${unknown.join(", ")}`;
  if (names.length !== 1) return "name exactly one environment";
  if (flags.has("--destroy") && flags.has("--destroy-after"))
    return "--destroy and --destroy-after exclude each other";
  return {
    environment: names[0] as string,
    destroyOnly: flags.has("--destroy"),
    destroyAfter: flags.has("--destroy-after"),
    liftDeletionProtection: flags.has("--lift-deletion-protection"),
  };
}

/** What is missing on this machine, one line each. */
function missingTools(): string[] {
  const missing: string[] = [];
  if (findExecutable("terraform") === undefined) missing.push("terraform is not on PATH (1.11 or newer)");
  const mirror = findProviderMirror();
  if (mirror.directory === undefined) missing.push(mirror.reason);
  if (findExecutable("moto_server") === undefined) {
    missing.push(`moto_server is not on PATH; install it with: ${MOTO_INSTALL_HINT}`);
  }
  return missing;
}

const say = (line = ""): void => {
  process.stdout.write(`${line}\n`);
};

/** "terraform apply 112.4 s, terraform plan 13.9 s". */
function timings(deployment: LocalDeployment): string {
  return deployment.history.map(({ command, seconds }) => `${command} ${seconds} s`).join(", ");
}

/** Stops the emulator, removes the working directory, and `.local/` once no environment is left in it. */
async function discard(deployment: LocalDeployment): Promise<void> {
  await deployment.discard();
  try {
    rmdirSync(dirname(deployment.workDir));
  } catch {
    // Another environment is deployed beside it, or it is already gone.
  }
}

function refusalHelp(environment: string): string {
  return [
    `Terraform refused to destroy "${environment}": its database has deletion protection (prevent_destroy), and nothing was destroyed.`,
    "Lift it deliberately: database.deletionProtection off in the spec, apply, then destroy. Locally that is:",
    `  npm run destroy:local -- ${environment} --lift-deletion-protection`,
  ].join("\n");
}

async function deploy(command: Command, workDir: string, signal: AbortSignal): Promise<number> {
  const earlier = LocalDeployment.resume({ environment: command.environment, workDir });
  if (earlier.kind === "running") {
    say(
      `"${command.environment}" is already deployed locally at ${earlier.record.endpoint} (moto_server pid ${earlier.record.pid}).`,
    );
    say(`Destroy it first: npm run destroy:local -- ${command.environment}`);
    return 1;
  }
  const deployment = new LocalDeployment({
    environment: command.environment,
    workDir,
    echo: process.stdout,
    signal,
  });
  // Whatever is left there (state, stack) described an emulator that is gone: start clean.
  if (existsSync(workDir)) await discard(deployment);

  say(
    `Deploying "${command.environment}" into moto_server as account ${deployment.accountId} (working directory ${workDir})`,
  );
  let outputs: Record<string, unknown>;
  try {
    outputs = await deployment.deploy();
  } catch (error) {
    // deploy() already stopped the emulator; the state described its contents.
    await discard(deployment);
    throw error;
  }

  say();
  say(
    `Deployed "${command.environment}" into moto_server at ${deployment.endpoint} (${timings(deployment)}).`,
  );
  say("Outputs:");
  for (const [name, value] of Object.entries(outputs)) say(`  ${name} = ${JSON.stringify(value)}`);
  say();
  for (const line of describeEmulatorGaps()) say(line);
  say();

  if (!command.destroyAfter) {
    deployment.detach();
    say(
      `The emulator keeps running at ${deployment.endpoint}: point any AWS client at it, e.g. aws --endpoint-url ${deployment.endpoint} s3 ls (any credentials).`,
    );
    say(`Destroy and stop it with: npm run destroy:local -- ${command.environment}`);
    return 0;
  }
  return destroyAndStop(deployment, command, true);
}

async function destroyAndStop(
  deployment: LocalDeployment,
  command: Command,
  stopAnyway: boolean,
): Promise<number> {
  try {
    await deployment.destroy({ liftDeletionProtection: command.liftDeletionProtection });
  } catch (error) {
    if (isRefusedDestroy(error) && !stopAnyway) {
      say(refusalHelp(command.environment));
      say(`The emulator keeps running at ${deployment.endpoint}.`);
      return 1;
    }
    say(
      isRefusedDestroy(error)
        ? refusalHelp(command.environment)
        : String(error instanceof Error ? error.message : error),
    );
    say("Stopping the emulator anyway: the emulated resources go with it.");
    await discard(deployment);
    return 1;
  }
  const took = timings(deployment);
  await discard(deployment);
  say(`Destroyed "${command.environment}" and stopped its emulator (${took}).`);
  return 0;
}

async function destroy(command: Command, workDir: string, signal: AbortSignal): Promise<number> {
  const found = LocalDeployment.resume({
    environment: command.environment,
    workDir,
    echo: process.stdout,
    signal,
  });
  if (found.kind === "none") {
    say(`Nothing of "${command.environment}" is deployed locally (no ${join(workDir, "emulator.json")}).`);
    return 0;
  }
  if (found.kind === "stale") {
    const deployment = new LocalDeployment({ environment: command.environment, workDir });
    await discard(deployment);
    say(
      `The emulator of "${command.environment}" (pid ${found.record.pid}) had already stopped, taking its resources with it; removed ${workDir}.`,
    );
    return 0;
  }
  say(`Destroying "${command.environment}" in moto_server at ${found.record.endpoint}`);
  // A refusal leaves everything as it was (that is the point of deletion protection).
  return destroyAndStop(found.deployment, command, false);
}

async function main(): Promise<number> {
  const command = parse(process.argv.slice(2));
  if (typeof command === "string") {
    process.stderr.write(`${command}\n${USAGE}\n`);
    return 2;
  }
  const missing = missingTools();
  if (missing.length > 0) {
    process.stderr.write(
      `The local deployment target needs:\n${missing.map((line) => `  - ${line}`).join("\n")}\n`,
    );
    return 1;
  }
  // Ctrl-C stops terraform first; the deploy then stops the emulator and exits. A second one exits at once
  // (the emulator's exit hook still stops it).
  const aborter = new AbortController();
  let interrupted = false;
  const onSignal = (signal: NodeJS.Signals): void => {
    if (interrupted) process.exit(130);
    interrupted = true;
    process.stderr.write(`\n${signal}: stopping terraform and the emulator...\n`);
    aborter.abort();
  };
  process.on("SIGINT", onSignal);
  process.on("SIGTERM", onSignal);
  process.on("SIGHUP", onSignal);

  const workDir = join(process.cwd(), ".local", command.environment);
  try {
    const status = command.destroyOnly
      ? await destroy(command, workDir, aborter.signal)
      : await deploy(command, workDir, aborter.signal);
    return interrupted ? 130 : status;
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    return interrupted ? 130 : 1;
  }
}

main().then((status) => process.exit(status));
