import { cloudOf } from "../constructs/clouds";
import { suppressionProblem } from "../guardrails/packs";
import { checkWorkloads, type Report, resolveModel } from "./check-workloads";
import { DEPLOYMENT_TARGET_KINDS, type DeploymentTarget } from "./deployment-target";
import {
  CLOUDS,
  type CloudName,
  type Environment,
  type EnvironmentSpec,
  MAX_ZONES,
  type Tier,
} from "./environment-spec";
import { cidrsOverlap, parseCidr } from "./ipv4-cidr";
import { artifactBucketName } from "./names";
import { availabilityZones, supportedRegions } from "./regions";
import { schemaProblems } from "./spec-issues";
import { environmentSpecSchema, SPEC_CLOUDS } from "./spec-schema";
import {
  DEFAULT_GITOPS_REPOSITORY,
  DEFAULT_SERVICE_CIDR,
  SUPPORTED_POSTGRES_MAJORS,
  TIER_DEFAULTS,
} from "./tier-defaults";

/** One thing wrong with one environment: which environment, which field, what it got, what is allowed. */
export interface ConfigIssue {
  readonly environment: string;
  readonly field: string;
  readonly value: unknown;
  readonly allowed: string;
}

export function formatIssue(issue: ConfigIssue): string {
  return `environment "${issue.environment}", field ${issue.field}: got ${JSON.stringify(issue.value)}; expected ${issue.allowed}`;
}

/** Thrown before anything is synthesized when any environment spec is invalid; lists every issue found. */
export class InvalidEnvironmentError extends Error {
  constructor(readonly issues: readonly ConfigIssue[]) {
    super(
      issues.length === 1
        ? formatIssue(issues[0] as ConfigIssue)
        : `${issues.length} problems in the environment specs:\n${issues.map((issue) => `  - ${formatIssue(issue)}`).join("\n")}`,
    );
    this.name = "InvalidEnvironmentError";
  }
}

// At most 18 characters: every cloud name derived from it must fit its own limit (IAM roles: 64).
const NAME_PATTERN = /^[a-z][a-z0-9-]{0,16}[a-z0-9]$/;
const VPC_PREFIX_RANGE = { min: 16, max: 20 } as const;

export interface ResolveOptions {
  /** The day version support is judged on. @default today */
  readonly today?: Date;
}

/**
 * Validates every spec, applies tier defaults and returns the environments in the given order.
 * `targets` chooses, by environment name, where a stack deploys instead of its cloud (checked too).
 * Throws InvalidEnvironmentError naming every problem; nothing is returned half-checked.
 */
export function resolveEnvironments(
  specs: readonly EnvironmentSpec[],
  targets: Readonly<Record<string, DeploymentTarget>> = {},
  options: ResolveOptions = {},
): Environment[] {
  const today = isoDay(options.today ?? new Date());
  const issues: ConfigIssue[] = [];
  const resolved: Environment[] = [];
  const seen = new Set<string>();
  // Environments whose spec is not of the right shape: their own problems are reported, and the rules
  // between environments do not hold another environment's reference to one against it.
  const unresolved = new Set<string>();

  for (const spec of specs) {
    // Each field once: a value the schema refused is not judged again by the rules after it.
    const reported = new Set<string>();
    const report = (field: string, value: unknown, allowed: string) => {
      if (reported.has(field)) return;
      reported.add(field);
      issues.push({ environment: String(spec.name), field, value, allowed });
    };

    if (typeof spec.name !== "string" || !NAME_PATTERN.test(spec.name)) {
      report("name", spec.name, "2-18 lowercase letters, digits or hyphens, starting with a letter");
      continue;
    }
    if (seen.has(spec.name)) {
      report("name", spec.name, "a name no other environment uses");
      continue;
    }
    seen.add(spec.name);
    if (!includes(SPEC_CLOUDS, spec.cloud)) {
      const planned = includes(CLOUDS, spec.cloud) ? ` ("${spec.cloud}" is not implemented yet)` : "";
      report("cloud", spec.cloud, `one of ${list(SPEC_CLOUDS)}${planned}`);
      continue;
    }
    // Shape, types, field names and ranges, all at once. The rules below assume a spec of the right shape:
    // they run when nothing but a range is wrong, so every problem is found in one go.
    const problems = schemaProblems(environmentSpecSchema(), spec);
    for (const problem of problems) report(problem.field, problem.value, problem.allowed);
    if (problems.some((problem) => !problem.outOfRange)) {
      unresolved.add(spec.name);
      continue;
    }
    checkSharedFieldsRead(spec, report);
    const target = Object.hasOwn(targets, spec.name) ? targets[spec.name] : undefined;
    const environment = { ...applyDefaults(spec, spec.cloud, spec.tier), ...(target && { target }) };
    checkEnvironment(spec, environment, report, today);
    resolved.push(environment);
  }

  for (const [name, target] of Object.entries(targets)) {
    if (!seen.has(name)) {
      issues.push({
        environment: name,
        field: "target",
        value: target,
        allowed: `the name of an environment: ${list([...seen])}`,
      });
    }
  }
  checkAcrossEnvironments(resolved, unresolved, issues);
  if (issues.length > 0) throw new InvalidEnvironmentError(issues);
  return resolved;
}

function applyDefaults(spec: EnvironmentSpec, cloud: CloudName, tier: Tier): Environment {
  const defaults = TIER_DEFAULTS[tier];
  const zoneCount = spec.network?.availabilityZoneCount ?? defaults.availabilityZoneCount;
  return {
    name: spec.name,
    cloud,
    region: spec.region,
    recoveryRegion: spec.recoveryRegion,
    tier,
    ...(spec.restores !== undefined && { restores: spec.restores }),
    ...(spec.failedOverTo !== undefined && { failedOverTo: spec.failedOverTo }),
    ...cloudOf(cloud).resolveSettings(spec, tier),
    network: {
      vpcCidr: spec.network?.vpcCidr,
      serviceCidr: spec.network?.serviceCidr ?? DEFAULT_SERVICE_CIDR,
      availabilityZones: availabilityZones(cloud, spec.region ?? "").slice(0, Math.max(0, zoneCount)),
      natGateways: spec.network?.natGateways ?? defaults.natGateways,
    },
    cluster: {
      version: cloudOf(cloud).kubernetes.defaultVersion,
      publicAccessCidrs: [],
      ...defaults.cluster,
      ...spec.cluster,
      systemNodes: { ...defaults.cluster.systemNodes, ...spec.cluster?.systemNodes },
    },
    gpu: { ...defaults.gpu, ...spec.gpu },
    database: { ...defaults.database, ...spec.database },
    artifacts: { ...defaults.artifacts, ...spec.artifacts },
    models: (spec.models ?? []).map(resolveModel),
    mlflow: { ...defaults.mlflow, ...spec.mlflow },
    backups: { ...defaults.backups, ...spec.backups },
    training: spec.training ?? {},
    gitops: {
      repositoryUrl: DEFAULT_GITOPS_REPOSITORY,
      revision: "main",
      path: `dist/${spec.name}`,
      ...spec.gitops,
    },
    stateBackend: spec.stateBackend ?? { kind: "local" },
    tags: spec.tags ?? {},
    guardrailSuppressions: spec.guardrails?.suppressions ?? [],
  };
}

/** A shared field the environment's cloud never reads is refused, not silently ignored (Cloud.unreadSharedFields). */
function checkSharedFieldsRead(spec: EnvironmentSpec, report: Report): void {
  for (const [field, unread] of Object.entries(cloudOf(spec.cloud).unreadSharedFields)) {
    const value = field.split(".").reduce<unknown>((section, key) => {
      return section !== null && typeof section === "object"
        ? (section as Record<string, unknown>)[key]
        : undefined;
    }, spec);
    if (value === undefined) continue;
    const instead = typeof unread === "function" ? unread(spec) : unread;
    if (instead !== undefined)
      report(field, value, `no value on ${spec.cloud}, whose platform does not read it; ${instead}`);
  }
}

function checkEnvironment(spec: EnvironmentSpec, env: Environment, report: Report, today: string): void {
  const regions = supportedRegions(env.cloud);
  if (!regions.includes(env.region))
    report("region", env.region, `one of the ${env.cloud} regions: ${list(regions)}`);
  if (!regions.includes(env.recoveryRegion)) {
    report("recoveryRegion", env.recoveryRegion, `one of the ${env.cloud} regions: ${list(regions)}`);
  } else if (env.recoveryRegion === env.region) {
    report("recoveryRegion", env.recoveryRegion, `a region other than the primary region "${env.region}"`);
  }

  checkNetwork(spec, env, report);
  checkCluster(env, report, today);
  checkDatabase(env, report);
  checkWorkloads(env, report);
  if (env.target !== undefined && !includes(DEPLOYMENT_TARGET_KINDS, env.target.kind)) {
    report("target.kind", (env.target as { kind: unknown }).kind, `one of ${list(DEPLOYMENT_TARGET_KINDS)}`);
  }
  // The account, the state backend and the deployment target are the cloud's to judge.
  cloudOf(env.cloud).check(env, report);
  for (const [key, value] of Object.entries(env.tags)) {
    if (typeof value !== "string" || key.length === 0 || key.length > 63) {
      report(`tags.${key}`, value, "a string value under a key of 1-63 characters");
    }
  }
  env.guardrailSuppressions.forEach(({ rule, reason }, index) => {
    const problem = suppressionProblem(env.cloud, rule, reason);
    if (problem) {
      report(
        `guardrails.suppressions[${index}].${problem.field}`,
        problem.field === "rule" ? rule : reason,
        problem.allowed,
      );
    }
  });
}

function checkNetwork(spec: EnvironmentSpec, env: Environment, report: Report): void {
  const vpc = parseCidr(env.network.vpcCidr ?? "");
  if (!vpc || vpc.prefixLength < VPC_PREFIX_RANGE.min || vpc.prefixLength > VPC_PREFIX_RANGE.max) {
    report(
      "network.vpcCidr",
      env.network.vpcCidr,
      `an IPv4 CIDR block from /${VPC_PREFIX_RANGE.min} to /${VPC_PREFIX_RANGE.max} with no host bits set, such as "10.20.0.0/16"`,
    );
  }
  const service = parseCidr(env.network.serviceCidr);
  if (!service) {
    report("network.serviceCidr", env.network.serviceCidr, 'an IPv4 CIDR block such as "172.20.0.0/16"');
  } else if (vpc && cidrsOverlap(vpc, service)) {
    report(
      "network.serviceCidr",
      env.network.serviceCidr,
      `a range that does not overlap network.vpcCidr "${env.network.vpcCidr}"`,
    );
  }
  // The schema bounds the count by what the platform lays out; the region may offer fewer zones.
  const requestedZones = spec.network?.availabilityZoneCount ?? TIER_DEFAULTS[env.tier].availabilityZoneCount;
  const regionZones = availabilityZones(env.cloud, env.region).length;
  const maxZones = Math.min(MAX_ZONES, regionZones || MAX_ZONES);
  if (requestedZones > maxZones) {
    report("network.availabilityZoneCount", requestedZones, `an integer from 2 to ${maxZones}`);
  } else if (env.tier === "prod" && requestedZones < 3 && regionZones >= 3) {
    report("network.availabilityZoneCount", requestedZones, "3 in the prod tier");
  }
}

function checkCluster(env: Environment, report: Report, today: string): void {
  const { cluster } = env;
  const support = cloudOf(env.cloud).kubernetes;
  const versions = Object.keys(support.standardSupportEnds);
  const ends = support.standardSupportEnds[cluster.version];
  if (ends === undefined) {
    report("cluster.version", cluster.version, `a supported Kubernetes version: ${list(versions)}`);
  } else if (ends < today) {
    const current = versions.filter((version) => (support.standardSupportEnds[version] as string) >= today);
    report(
      "cluster.version",
      cluster.version,
      `a version still in ${support.service} standard support on ${today}: ${list(current)} (${cluster.version}'s ended on ${ends}; ${support.pastSupport})`,
    );
  }
  cluster.publicAccessCidrs.forEach((cidr, index) => {
    const parsed = parseCidr(cidr);
    if (!parsed || parsed.prefixLength === 0) {
      report(
        `cluster.publicAccessCidrs[${index}]`,
        cidr,
        'a specific IPv4 CIDR block such as "203.0.113.0/24" (never 0.0.0.0/0; leave the list empty for a private endpoint)',
      );
    }
  });
  // Each size's own range is the schema's; here, how they relate.
  const nodes = cluster.systemNodes;
  if (nodes.maxSize < nodes.minSize) {
    report("cluster.systemNodes.maxSize", nodes.maxSize, `an integer from minSize (${nodes.minSize}) to 100`);
  }
  if (nodes.desiredSize < nodes.minSize || nodes.desiredSize > nodes.maxSize) {
    report(
      "cluster.systemNodes.desiredSize",
      nodes.desiredSize,
      `an integer from minSize (${nodes.minSize}) to maxSize (${nodes.maxSize})`,
    );
  }
}

function checkDatabase(env: Environment, report: Report): void {
  const { database } = env;
  if (!includes(SUPPORTED_POSTGRES_MAJORS, database.engineVersion)) {
    report(
      "database.engineVersion",
      database.engineVersion,
      `a PostgreSQL major version: ${list(SUPPORTED_POSTGRES_MAJORS)} (minor versions are applied by the cloud's automatic upgrades; a pinned minor would make the next plan try a downgrade)`,
    );
  }
  if (database.maxAllocatedStorageGiB < database.allocatedStorageGiB) {
    report(
      "database.maxAllocatedStorageGiB",
      database.maxAllocatedStorageGiB,
      `an integer from allocatedStorageGiB (${database.allocatedStorageGiB}) to 65536`,
    );
  }
}

/**
 * Rules that need all environments: distinct address ranges, state and GitOps folders, and recovery
 * environments that make sense. `unresolved` names the environments whose spec did not resolve: a
 * reference to one is not judged (its own problems say what is wrong).
 */
function checkAcrossEnvironments(
  envs: readonly Environment[],
  unresolved: ReadonlySet<string>,
  issues: ConfigIssue[],
): void {
  const byName = new Map(envs.map((env) => [env.name, env]));
  const reportOn =
    (environment: string): Report =>
    (field, value, allowed) =>
      issues.push({ environment, field, value, allowed });
  checkGitopsFolders(envs, reportOn);
  envs.forEach((env, index) => {
    const report = reportOn(env.name);
    checkCopiedFrom(env, envs, index, report);
    const vpc = parseCidr(env.network.vpcCidr ?? "");
    for (const earlier of envs.slice(0, index)) {
      const other = parseCidr(earlier.network.vpcCidr ?? "");
      if (vpc && other && cidrsOverlap(vpc, other)) {
        report(
          "network.vpcCidr",
          env.network.vpcCidr,
          `a range that does not overlap environment "${earlier.name}" (${earlier.network.vpcCidr})`,
        );
      }
    }
    if (env.failedOverTo !== undefined && !unresolved.has(env.failedOverTo)) {
      const recovery = byName.get(env.failedOverTo);
      if (recovery?.restores !== env.name) {
        const candidates = envs
          .filter((candidate) => candidate.restores === env.name)
          .map(({ name }) => name);
        report(
          "failedOverTo",
          env.failedOverTo,
          candidates.length > 0
            ? `the recovery environment that restores "${env.name}": ${list(candidates)}`
            : `the name of a recovery environment whose restores is "${env.name}" (none is defined)`,
        );
      }
    }
    if (env.restores === undefined || unresolved.has(env.restores)) return;
    const source = byName.get(env.restores);
    if (!source || env.restores === env.name) {
      const others = envs
        .filter((candidate) => candidate.name !== env.name)
        .map((candidate) => candidate.name);
      report("restores", env.restores, `the name of another environment: ${list(others)}`);
      return;
    }
    if (source.restores !== undefined) {
      report("restores", env.restores, "a primary environment (not itself a recovery environment)");
    } else if (source.cloud !== env.cloud) {
      report("restores", env.restores, `an environment on the same cloud ("${env.cloud}")`);
    } else if (env.region !== source.recoveryRegion) {
      report("region", env.region, `"${source.recoveryRegion}", the recovery region of "${source.name}"`);
    } else if (!source.database.replicateBackups || !source.artifacts.replicateToRecoveryRegion) {
      report(
        "restores",
        env.restores,
        `an environment that replicates its database backups and artifacts to "${env.region}" (database.replicateBackups and artifacts.replicateToRecoveryRegion)`,
      );
    }
  });
}

function includes<T extends string>(values: readonly T[], value: unknown): value is T {
  return typeof value === "string" && (values as readonly string[]).includes(value);
}

function list(values: readonly string[]): string {
  return values.map((value) => `"${value}"`).join(", ");
}

/** "YYYY-MM-DD" of a date, in UTC. */
function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/**
 * GitOps folders of one repository and revision that are the same, or one inside the other: ArgoCD would
 * sync one environment's manifests into another cluster, and publishing the outer folder would prune the
 * inner one. The problem is the environment's whose path is not its own default (`dist/<env>`), which is
 * where a copied or mistyped value sits; when both are set, the later one's.
 */
function checkGitopsFolders(envs: readonly Environment[], reportOn: (environment: string) => Report): void {
  // Paths are canonical (checkWorkloads): relative, no "." or ".." segment, no trailing slash.
  const folder = (env: Environment) => env.gitops.path;
  const isDefault = (env: Environment) => folder(env) === `dist/${env.name}`;
  envs.forEach((later, index) => {
    for (const earlier of envs.slice(0, index)) {
      if (
        earlier.gitops.repositoryUrl !== later.gitops.repositoryUrl ||
        earlier.gitops.revision !== later.gitops.revision
      )
        continue;
      const [a, b] = [folder(earlier), folder(later)];
      if (a !== b && !b.startsWith(`${a}/`) && !a.startsWith(`${b}/`)) continue;
      // Report on the one that departs from its default; the other is then named as the one already there.
      const [culprit, other] = isDefault(later) && !isDefault(earlier) ? [earlier, later] : [later, earlier];
      const mine = folder(culprit);
      const theirs = folder(other);
      const where = `${culprit.gitops.repositoryUrl} at ${culprit.gitops.revision}`;
      const why =
        mine === theirs
          ? `environment "${other.name}" already syncs "${theirs}"`
          : theirs.startsWith(`${mine}/`)
            ? `it contains "${theirs}", the folder of environment "${other.name}" (publishing this one would prune it)`
            : `it is inside "${theirs}", the folder of environment "${other.name}" (publishing that one would prune it)`;
      reportOn(culprit.name)(
        "gitops.path",
        culprit.gitops.path,
        `a folder of its own in ${where}, neither inside nor containing another environment's: ${why} (leave gitops.path out for dist/${culprit.name})`,
      );
    }
  });
}

/** Values copied from another environment's file: a state location, or a dataset in the other's bucket. */
function checkCopiedFrom(
  env: Environment,
  envs: readonly Environment[],
  index: number,
  report: Report,
): void {
  const state = cloudOf(env.cloud).stateLocation?.(env);
  const stateTwin =
    state &&
    envs.slice(0, index).find((other) => cloudOf(other.cloud).stateLocation?.(other)?.uri === state.uri);
  if (state && stateTwin) {
    report(
      state.field,
      state.value,
      `a state of its own: environment "${stateTwin.name}" already keeps its Terraform state at ${state.uri}, and each deploy would overwrite the other's (leave ${state.field} out for the environment's own)`,
    );
  }
  const dataset = env.training.retrainDatasetUrl;
  if (typeof dataset !== "string") return;
  // A recovery environment reads its source's (replicated) bucket: that one is its own. The others' buckets
  // as their clouds spell them (a replica's name extends its source's, so a prefix match finds it too).
  const own = new Set([env.name, ...(env.restores ? [env.restores] : [])]);
  const owner = envs.find(
    (other) =>
      !own.has(other.name) &&
      Object.values(cloudOf(other.cloud).naming.bucketUris(artifactBucketName(other.name))).some((uri) =>
        dataset.startsWith(uri),
      ),
  );
  if (owner) {
    report(
      "training.retrainDatasetUrl",
      dataset,
      `a dataset of this environment (in its own bucket ${artifactBucketName(env.name)}, or an https:// URL): it is in the bucket of environment "${owner.name}"`,
    );
  }
}
