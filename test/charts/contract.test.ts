import { clusterLayer, type Manifest } from "../support/cluster-layer";
import { type Json, policy, synthStack } from "../support/terraform-json";

/**
 * The contract between the layers, checked from both ends: every bucket, secret and role a chart names
 * is one the environment's stack creates (for a recovery environment, the bucket its source's stack
 * replicates into), and every role's trust policy names the service account that uses it.
 */

const ENVIRONMENTS = ["dev", "staging", "prod", "prod-dr"];
const ROLE_ANNOTATION = "eks.amazonaws.com/role-arn";

/** Every string in a manifest, with its path, for scanning. */
function strings(value: Json, path = ""): { path: string; value: string }[] {
  if (typeof value === "string") return [{ path, value }];
  if (Array.isArray(value)) return value.flatMap((item, index) => strings(item, `${path}[${index}]`));
  if (value && typeof value === "object")
    return Object.entries(value).flatMap(([key, item]) => strings(item, `${path}.${key}`));
  return [];
}

/** Names of everything the stack creates or reads, by the attributes that carry names. */
function stackNames(stackName: string): Set<string> {
  const stack = synthStack(stackName);
  const names = new Set<string>();
  for (const resources of Object.values(stack.json.resource ?? {}) as Record<string, Json>[]) {
    for (const resource of Object.values(resources)) {
      for (const attribute of ["name", "bucket", "identifier"]) {
        if (typeof resource[attribute] === "string") names.add(resource[attribute]);
      }
    }
  }
  return names;
}

describe.each(ENVIRONMENTS)("the %s charts name only what the %s stack creates", (name) => {
  const stack = synthStack(name);
  const layer = clusterLayer(name);
  const roles = new Map(stack.resourceList("aws_iam_role").map((role: Json) => [role.name, role]));
  const serviceAccounts: Manifest[] = layer
    .ofKind("ServiceAccount")
    .filter((account) => account.metadata.annotations?.[ROLE_ANNOTATION]);

  test("every service account bound to a cloud role names a role of this stack that trusts exactly it", () => {
    expect(serviceAccounts.length).toBeGreaterThanOrEqual(3);
    for (const account of serviceAccounts) {
      const arn: string = account.metadata.annotations[ROLE_ANNOTATION];
      const [, accountId, roleName] = arn.match(/^arn:aws:iam::(\d{12}):role\/(.+)$/) ?? [];
      expect(accountId).toBe(accountIdOf(stack));
      const role = roles.get(roleName);
      expect([arn, role ? "created" : "missing"]).toEqual([arn, "created"]);
      const subject = Object.values(policy(role.assume_role_policy).Statement[0].Condition.StringEquals)[0];
      expect(subject).toBe(`system:serviceaccount:${account.metadata.namespace}:${account.metadata.name}`);
    }
  });

  test("every secret an ExternalSecret reads is a secret this stack creates", () => {
    const secrets = new Set(
      stack.resourceList("aws_secretsmanager_secret").map((secret: Json) => secret.name),
    );
    const keys = layer
      .ofKind("ExternalSecret")
      .flatMap((external: Manifest) => [
        ...(external.spec.data ?? []).map((entry: Json) => entry.remoteRef.key),
        ...(external.spec.dataFrom ?? []).map((entry: Json) => entry.extract?.key).filter(Boolean),
      ]);
    expect(keys.length).toBeGreaterThan(0);
    for (const key of keys) expect([key, secrets.has(key)]).toEqual([key, true]);
  });

  test("every bucket the charts use is this environment's artifact bucket, created by a stack", () => {
    const used = new Set<string>();
    for (const { value } of layer.all.flatMap((manifest) => strings(manifest))) {
      for (const match of value.matchAll(/s3:\/\/([a-z0-9.-]+)/g)) used.add(match[1] as string);
    }
    // Buckets handed to containers by name (e.g. BACKUP_BUCKET), not as URIs.
    const bucketVariables = layer.all
      .flatMap((manifest) => environmentVariables(manifest))
      .filter((variable) => /BUCKET$/.test(variable.name));
    expect(bucketVariables.length).toBeGreaterThan(0);
    for (const variable of bucketVariables) used.add(variable.value);
    const creator = name === "prod-dr" ? synthStack("prod") : stack;
    const buckets = new Set(creator.resourceList("aws_s3_bucket").map((bucket: Json) => bucket.bucket));
    expect(used).toEqual(new Set([expectedBucket(name)]));
    for (const bucket of used) expect([bucket, buckets.has(bucket)]).toEqual([bucket, true]);
  });

  test("every cloud name with the environment's prefix in the charts is one the stacks create", () => {
    const known = new Set([...stackNames(name), ...(name === "prod-dr" ? stackNames("prod") : [])]);
    // Cloud names start with `mlops-platform-<env>` (prod-dr also uses prod's replica bucket); bucket
    // URIs are checked above, so the path after `s3://<bucket>` is not a name.
    const prefixes = name === "prod-dr" ? "(?:prod-dr|prod)" : name;
    const cloudName = new RegExp(
      `(?<!s3://)mlops-platform-${prefixes}(?:-[a-z0-9-]*[a-z0-9])?(?:/[a-z0-9-]+)?(?![a-z0-9.-])`,
      "g",
    );
    const unknown = new Set<string>();
    let checked = 0;
    for (const { value } of layer.all.flatMap((manifest) => strings(manifest))) {
      for (const match of value.matchAll(cloudName)) {
        checked += 1;
        if (!known.has(match[0])) unknown.add(match[0]);
      }
    }
    expect([...unknown]).toEqual([]);
    expect(checked).toBeGreaterThan(0);
  });
});

/** Every `{ name, value }` environment variable with a literal value, anywhere in a manifest. */
function environmentVariables(value: Json): { name: string; value: string }[] {
  if (Array.isArray(value)) return value.flatMap(environmentVariables);
  if (!value || typeof value !== "object") return [];
  const own = Array.isArray(value.env)
    ? value.env
        .filter((variable: Json) => typeof variable.value === "string")
        .map((variable: Json) => ({ name: variable.name, value: variable.value }))
    : [];
  return [...own, ...Object.values(value).flatMap(environmentVariables)];
}

function expectedBucket(environment: string): string {
  return environment === "prod-dr"
    ? "mlops-platform-prod-mlflow-artifacts-us-west-2"
    : `mlops-platform-${environment}-mlflow-artifacts`;
}

function accountIdOf(stack: ReturnType<typeof synthStack>): string {
  return stack.json.provider.aws[0].allowed_account_ids[0];
}
