import type { Environment } from "../../config/environment-spec";
import {
  accessLogBucketName,
  artifactBucketName,
  databaseInstanceId,
  modelIdentityName,
  namePrefix,
  PLATFORM_WORKLOADS,
  replicaBucketName,
  workloadIdentityName,
} from "../../config/names";
import { replicationRoleName } from "./artifact-bucket";
import { karpenterNames } from "./cluster/karpenter-addon";
import { eksRoleNames } from "./eks-cluster";
import { interruptionRuleName, KARPENTER_INTERRUPTION_EVENTS } from "./karpenter-prerequisites";

/** One name the AWS cloud layer derives, the limit of the resource it names, and the spec field it comes from. */
export interface DerivedName {
  readonly what: string;
  readonly name: string;
  /** Most characters the resource allows (AWS service quotas and naming rules). */
  readonly limit: number;
  /** The spec field whose value made the name; its value must shrink to fit. */
  readonly field: string;
  readonly value: string;
}

const IAM_ROLE = 64;
const S3_BUCKET = 63;
const RDS_IDENTIFIER = 63;
const SQS_QUEUE = 80;
const EVENTBRIDGE_RULE = 64;

/**
 * Every name with a tight limit that the AWS cloud layer builds for `env` (longer ones, such as log
 * groups and secrets, have room to spare), made by the same functions the contract and the constructs use,
 * so that it is checked where the environment is read rather than at apply.
 */
export function awsDerivedNames(env: Environment): DerivedName[] {
  const prefix = namePrefix(env.name);
  const fromName = (what: string, name: string, limit: number): DerivedName => ({
    what,
    name,
    limit,
    field: "name",
    value: env.name,
  });
  const eks = eksRoleNames(prefix);
  const karpenter = karpenterNames(prefix);
  const longestRuleSuffix = Object.values(KARPENTER_INTERRUPTION_EVENTS)
    .map(({ ruleSuffix }) => ruleSuffix)
    .reduce((longest, suffix) => (suffix.length > longest.length ? suffix : longest));
  const names: DerivedName[] = [
    fromName("IAM role", eks.cluster, IAM_ROLE),
    fromName("IAM role", eks.systemNodes, IAM_ROLE),
    fromName("IAM role", karpenter.nodeRole, IAM_ROLE),
    fromName("IAM role", karpenter.controllerRole, IAM_ROLE),
    ...Object.keys(PLATFORM_WORKLOADS).map((workload) =>
      fromName(
        "IAM role",
        workloadIdentityName(env.name, workload as keyof typeof PLATFORM_WORKLOADS),
        IAM_ROLE,
      ),
    ),
    fromName("S3 bucket", artifactBucketName(env.name), S3_BUCKET),
    fromName("RDS instance", databaseInstanceId(env.name), RDS_IDENTIFIER),
    fromName("SQS queue", karpenter.interruptionQueue, SQS_QUEUE),
    fromName("EventBridge rule", interruptionRuleName(prefix, longestRuleSuffix), EVENTBRIDGE_RULE),
    ...env.models.map(
      (model, index): DerivedName => ({
        what: "IAM role",
        name: modelIdentityName(env.name, model.name),
        limit: IAM_ROLE,
        field: `models[${index}].name`,
        value: model.name,
      }),
    ),
  ];
  // A recovery environment adopts its source's buckets and creates none.
  if (env.restores === undefined) {
    names.push(fromName("access-log S3 bucket", accessLogBucketName(env.name), S3_BUCKET));
  }
  if (env.artifacts.replicateToRecoveryRegion && env.restores === undefined) {
    const replica = replicaBucketName(env.name, env.recoveryRegion);
    names.push(fromName(`replica S3 bucket (in ${env.recoveryRegion})`, replica, S3_BUCKET));
    const replicaLogs = accessLogBucketName(env.name, env.recoveryRegion);
    names.push(fromName(`access-log S3 bucket (in ${env.recoveryRegion})`, replicaLogs, S3_BUCKET));
    names.push(fromName("IAM role", replicationRoleName(artifactBucketName(env.name)), IAM_ROLE));
  }
  return names;
}

/** The "expected ..." text for a derived name over its limit, or undefined when it fits. */
export function nameTooLong(derived: DerivedName): string | undefined {
  const over = derived.name.length - derived.limit;
  if (over <= 0) return undefined;
  return `at most ${derived.value.length - over} characters here: it makes the ${derived.what} "${derived.name}", ${derived.name.length} characters where AWS allows ${derived.limit}`;
}
