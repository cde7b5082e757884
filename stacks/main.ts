import { App, Aspects } from "cdktf";
import {
  type DeploymentTarget,
  type Environment,
  type EnvironmentSpec,
  loadEnvironments,
  type PlatformEnvironment,
} from "../config";
import { ENVIRONMENT_SPECS } from "../config/environments";
import { kubernetesUpgradeReminder } from "../config/kubernetes-support";
import { terraformRulesOf } from "../guardrails/packs";
import type { GuardrailReport } from "../guardrails/report";
import { TerraformGuardrails } from "../guardrails/terraform-guardrails";
import { withFastTokenResolution } from "./fast-token-resolution";
import { PlatformStack } from "./platform-stack";
import { withoutTokenStackTraces } from "./without-token-stack-traces";

export interface SynthStacksOptions {
  /** Where the named environments deploy instead of their cloud. @default {} (every one to its cloud) */
  readonly targets?: Readonly<Record<string, DeploymentTarget>>;
  /** Build only these environments' stacks; every spec is still validated. @default every environment */
  readonly stacks?: readonly string[];
  /** The environments, already loaded from `specs` (by a caller that synthesizes charts too). @default loaded here */
  readonly loaded?: readonly PlatformEnvironment[];
  /** Where each stack's guardrail result is added. @default the guardrails do not run */
  readonly guardrails?: GuardrailReport;
  /** The output directory as reports name it (when `outdir` is a staging directory). @default outdir */
  readonly reportedOutdir?: string;
}

/**
 * The cdktf app: one stack per environment. Run by `cdktf synth|diff|deploy` (through stacks/app.ts)
 * and by `npm run synth` (bin/synth.ts). Every spec is validated before any stack is built, so
 * bad config writes nothing.
 */
export function synthStacks(
  outdir?: string,
  specs: readonly EnvironmentSpec[] = ENVIRONMENT_SPECS,
  options: SynthStacksOptions = {},
): string[] {
  const all = options.loaded ?? loadEnvironments(specs, options.targets);
  const unknown = (options.stacks ?? []).filter(
    (name) => !all.some(({ environment }) => environment.name === name),
  );
  if (unknown.length > 0) {
    throw new Error(
      `synthStacks: no environment named ${unknown.map((name) => `"${name}"`).join(", ")}; expected one of ${all.map(({ environment }) => `"${environment.name}"`).join(", ")}`,
    );
  }
  const environments = all.filter(
    ({ environment }) => options.stacks === undefined || options.stacks.includes(environment.name),
  );
  // Stack traces in construct metadata cost most of the synth time and are never read; resolution takes a
  // shortcut through the plain data that makes up most of a stack.
  const notes = withoutTokenStackTraces(() =>
    withFastTokenResolution(() => {
      const app = new App({ ...(outdir && { outdir }), stackTraces: false });
      const stacks = environments.map((platform) => {
        const stack = new PlatformStack(app, platform);
        return { stack, guard: options.guardrails && guardStack(stack, platform.environment) };
      });
      app.synth();
      const reported = options.reportedOutdir ?? outdir ?? "cdktf.out";
      for (const { stack, guard } of stacks) {
        const file = `${reported}/stacks/${stack.node.id}/cdk.tf.json`;
        if (guard) options.guardrails?.add(guard.check(stack.node.id, file, stack.synthesizedJson));
      }
      return stacks.map(({ stack }) => stack.stateNote);
    }),
  );
  const reminders = environments
    .map(({ environment }) => kubernetesUpgradeReminder(environment))
    .filter((reminder) => reminder !== undefined);
  return [...notes, ...reminders];
}

/** The cloud's rules over one stack, as an Aspect gathering the suppressions declared on its constructs. */
function guardStack(stack: PlatformStack, env: Environment): TerraformGuardrails {
  const guard = new TerraformGuardrails(terraformRulesOf(env.cloud), {
    environment: env.name,
    cloud: env.cloud,
    tier: env.tier,
    suppressions: env.guardrailSuppressions,
  });
  Aspects.of(stack).add(guard);
  return guard;
}
