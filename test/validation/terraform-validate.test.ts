/**
 * Every AWS stack checked by real Terraform with the real provider schema, offline: synthesize all stacks
 * once, then `terraform init` (linking the provider from the local mirror) and `terraform validate` per
 * stack. Catches what the cdktf bindings let through: wrong attribute combinations, invalid references,
 * provider-side validation of literal values.
 *
 * Needs terraform and a mirror holding hashicorp/aws 5.100.0; without them the suite reports itself
 * skipped with the reason (see test/support/terraform.ts for where the mirror is looked for). The Azure and
 * GCP stacks are validated the same way wherever a mirror holds their providers.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadEnvironments } from "../../config";
import { synthStacks } from "../../stacks/main";
import {
  AWS_PROVIDER,
  describeTerraformFailure,
  type MirroredProvider,
  mirrorHolds,
  offlineTerraformEnv,
  runTerraform,
  type TerraformAvailability,
  terraformAvailability,
} from "../support/terraform";
import { describeIf } from "../support/tool-availability";

/** Each `terraform validate` loads the whole AWS schema: about 5-7 s and 600 MB. Two fit this machine. */
const PARALLEL_STACKS = 2;
const TERRAFORM_TIMEOUT_MS = 120_000;

interface Diagnostic {
  readonly severity: "error" | "warning";
  readonly summary: string;
  readonly detail?: string;
  readonly address?: string;
  readonly range?: { readonly filename: string; readonly start: { readonly line: number } };
  /** `context` is the enclosing block, e.g. resource.aws_s3_bucket.artifacts. */
  readonly snippet?: { readonly context?: string | null };
}

interface ValidateOutput {
  readonly valid: boolean;
  readonly error_count: number;
  readonly diagnostics: readonly Diagnostic[];
}

/** What one stack's init + validate produced; a failure is data, so no promise is left rejected. */
type StackValidation =
  | { readonly ok: true; readonly output: ValidateOutput }
  | { readonly ok: false; readonly failure: string };

const availability = terraformAvailability(AWS_PROVIDER);
const environments = loadEnvironments().map(({ environment }) => environment);
const awsStacks = environments.filter((environment) => environment.cloud === "aws").map(({ name }) => name);

/**
 * Starts `work` for every item, at most `limit` at a time: items are dealt round-robin into `limit` lanes
 * that each run one after another. Returns each item's promise so a test can wait for just its own.
 */
function startInLanes<T>(items: readonly string[], limit: number, work: (item: string) => Promise<T>) {
  const lanes: Promise<unknown>[] = Array.from({ length: limit }, () => Promise.resolve());
  const results = new Map<string, Promise<T>>();
  items.forEach((item, index) => {
    const lane = index % limit;
    // Run after the previous item of the lane however it ended.
    const result = lanes[lane].then(
      () => work(item),
      () => work(item),
    );
    lanes[lane] = result;
    results.set(item, result);
  });
  return results;
}

/** "error in resource.aws_s3_bucket.b (cdk.tf.json:120): Summary: detail", on one line. */
function formatDiagnostic(diagnostic: Diagnostic): string {
  const block = diagnostic.snippet?.context ?? diagnostic.address;
  const file = diagnostic.range && `${diagnostic.range.filename}:${diagnostic.range.start.line}`;
  const where = [diagnostic.severity, block && `in ${block}`, file && `(${file})`].filter(Boolean).join(" ");
  const detail = diagnostic.detail ? `: ${diagnostic.detail.replace(/\s+/g, " ").trim()}` : "";
  return `${where}: ${diagnostic.summary}${detail}`;
}

function readStackJson(stackDir: string): {
  terraform?: { required_providers?: Record<string, { version?: string }> };
} {
  return JSON.parse(readFileSync(join(stackDir, "cdk.tf.json"), "utf8"));
}

/** `terraform init` from the mirror and `terraform validate` in one synthesized stack's folder. */
async function validateStackIn(
  stackDir: string,
  options: { readonly mirror: string; readonly env: NodeJS.ProcessEnv; readonly signal: AbortSignal },
): Promise<StackValidation> {
  const common = { cwd: stackDir, env: options.env, timeoutMs: TERRAFORM_TIMEOUT_MS, signal: options.signal };
  const init = await runTerraform(
    ["init", "-backend=false", "-input=false", "-no-color", `-plugin-dir=${options.mirror}`],
    common,
  );
  if (init.exitCode !== 0) return { ok: false, failure: describeTerraformFailure(init) };
  const validate = await runTerraform(["validate", "-json", "-no-color"], common);
  try {
    // Exit code 1 with JSON on stdout just means "invalid": the diagnostics say why.
    return { ok: true, output: JSON.parse(validate.stdout) as ValidateOutput };
  } catch {
    return { ok: false, failure: describeTerraformFailure(validate) };
  }
}

/** The error diagnostics of a validation, or the failure that kept it from running. */
function validationErrors(validation: StackValidation): string[] {
  if (!validation.ok) throw new Error(validation.failure);
  return validation.output.diagnostics
    .filter((diagnostic) => diagnostic.severity === "error")
    .map(formatDiagnostic);
}

describeIf(availability)("terraform validate (real provider, offline)", () => {
  const mirror = availability.mirror as string; // set whenever the suite runs
  const aborter = new AbortController();
  let workDir = "";
  let stacksDir = "";
  let env: NodeJS.ProcessEnv = {};
  let validations = new Map<string, Promise<StackValidation>>();

  const validateStack = (stack: string) =>
    validateStackIn(join(stacksDir, stack), { mirror, env, signal: aborter.signal });

  beforeAll(() => {
    workDir = mkdtempSync(join(tmpdir(), "mlops-tf-validate-"));
    synthStacks(workDir);
    stacksDir = join(workDir, "stacks");
    env = offlineTerraformEnv(workDir, mirror);
    // Start every stack now; each test below waits for its own, so two run while the others queue.
    validations = startInLanes(awsStacks, PARALLEL_STACKS, (stack) =>
      validateStack(stack).catch((error: unknown) => ({
        ok: false as const,
        failure: `could not run terraform for ${stack}: ${error instanceof Error ? error.message : String(error)}`,
      })),
    );
  }, 60_000);

  afterAll(async () => {
    // Stop terraform still running (a test timed out or failed early) before deleting its directory.
    aborter.abort();
    await Promise.allSettled(validations.values());
    if (workDir !== "") rmSync(workDir, { recursive: true, force: true });
  }, 30_000);

  test("synthesizes one stack per environment", () => {
    expect(readdirSync(stacksDir).sort()).toEqual(environments.map(({ name }) => name).sort());
  });

  test.each(awsStacks)(`%s pins the mirrored aws provider (${AWS_PROVIDER.version})`, (stack) => {
    const pinned = readStackJson(join(stacksDir, stack)).terraform?.required_providers?.aws?.version;
    // A provider-package upgrade changes this pin; the mirror (and this constant) must be upgraded with it.
    expect({ stack, pinnedAwsProvider: pinned }).toEqual({
      stack,
      pinnedAwsProvider: AWS_PROVIDER.version,
    });
  });

  test.each(awsStacks)(
    "%s passes terraform validate",
    async (stack) => {
      const validation = await (validations.get(stack) as Promise<StackValidation>);
      const errors = validationErrors(validation);
      const valid = validation.ok && validation.output.valid;
      // Compared as one object so that a failure prints every error diagnostic.
      expect({ stack, valid, errors }).toEqual({ stack, valid: true, errors: [] });
    },
    TERRAFORM_TIMEOUT_MS * 2 + 30_000,
  );
});

/** The providers the other clouds' stacks pin (their cdktf bindings' and hashicorp/random's). */
const RANDOM_PROVIDER: MirroredProvider = { namespace: "hashicorp", type: "random", version: "3.7.2" };
const CLOUD_PROVIDERS: Readonly<Record<string, readonly MirroredProvider[]>> = {
  azure: [{ namespace: "hashicorp", type: "azurerm", version: "4.55.0" }, RANDOM_PROVIDER],
  gcp: [{ namespace: "hashicorp", type: "google", version: "6.50.0" }, RANDOM_PROVIDER],
};

/** Terraform, and one mirror holding every provider of the list. */
function availabilityOf(providers: readonly MirroredProvider[]): TerraformAvailability {
  const checks = providers.map((provider) => terraformAvailability(provider));
  const missing = checks.find((check) => !check.available);
  if (missing) return missing;
  const mirror = checks[0]?.mirror as string;
  const split = providers.find((provider) => !mirrorHolds(mirror, provider));
  return split
    ? {
        available: false,
        reason: `${mirror} does not hold ${split.type} ${split.version} too`,
        mirror: undefined,
      }
    : { available: true, reason: "", mirror };
}

// The other clouds' stacks, validated wherever a mirror holds their providers. No azurerm or google
// provider binary can be had on these machines (it is not a tool their image lacks), so without one they
// are reported skipped even under REQUIRE_E2E_TOOLS=1; test/validation/provider-schema.test.ts checks them
// against their providers' exact schemas.
for (const [cloud, providers] of Object.entries(CLOUD_PROVIDERS)) {
  const stacks = environments.filter((environment) => environment.cloud === cloud).map(({ name }) => name);
  if (stacks.length === 0) continue;
  const cloudAvailability = availabilityOf(providers);
  describeIf(cloudAvailability, { notOnThisImage: true })(`terraform validate, ${cloud} stacks`, () => {
    const aborter = new AbortController();
    let workDir = "";
    let env: NodeJS.ProcessEnv = {};

    beforeAll(() => {
      workDir = mkdtempSync(join(tmpdir(), `mlops-tf-validate-${cloud}-`));
      synthStacks(workDir, undefined, { stacks });
      env = offlineTerraformEnv(workDir, cloudAvailability.mirror as string);
    }, 60_000);

    afterAll(() => {
      aborter.abort();
      if (workDir !== "") rmSync(workDir, { recursive: true, force: true });
    });

    test.each(stacks)(
      "%s passes terraform validate",
      async (stack) => {
        const validation = await validateStackIn(join(workDir, "stacks", stack), {
          mirror: cloudAvailability.mirror as string,
          env,
          signal: aborter.signal,
        });
        expect({ stack, errors: validationErrors(validation) }).toEqual({ stack, errors: [] });
      },
      TERRAFORM_TIMEOUT_MS * 2 + 30_000,
    );
  });
}
