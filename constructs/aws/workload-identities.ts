import { Construct } from "constructs";
import type { BucketAccess } from "../../config/platform-contract";
import type { WorkloadIdentities as WorkloadIdentitiesCapability } from "../cloud-platform";
import type { PolicyStatement } from "./iam-policy";
import { ServiceAccountRole } from "./service-account-role";

export type { BucketAccess };

export interface WorkloadIdentityProps {
  readonly roleName: string;
  readonly namespace: string;
  readonly serviceAccount: string;
  /**
   * Key prefixes of the artifact bucket the workload uses (no slashes at either end). `removesVersions`
   * also lets it delete object versions there for good, which versioning otherwise keeps: only for a
   * workload that must take back what it wrote (the backup job removes a dump that failed verification).
   */
  readonly bucketPrefixes: readonly {
    readonly prefix: string;
    readonly access: BucketAccess;
    /** @default false */
    readonly removesVersions?: boolean;
  }[];
  /** Whether it reads the database credentials secret. @default false */
  readonly readsDatabaseCredentials?: boolean;
}

export interface WorkloadIdentitiesProps {
  readonly oidcProviderArn: string;
  readonly oidcIssuerUrl: string;
  readonly bucketArn: string;
  readonly bucketKeyArn: string;
  readonly databaseSecretArn: string;
  readonly databaseSecretKeyArn: string;
  readonly workloads: Readonly<Record<string, WorkloadIdentityProps>>;
}

/**
 * One IAM role per platform service account, each limited to its own bucket prefixes (and the keys that
 * decrypt them) and, where it needs one, the database credentials secret.
 */
export class WorkloadIdentities extends Construct implements WorkloadIdentitiesCapability {
  readonly roles: Readonly<Record<string, ServiceAccountRole>>;
  readonly workloadNames: readonly string[];

  constructor(scope: Construct, id: string, props: WorkloadIdentitiesProps) {
    super(scope, id);
    const roles: Record<string, ServiceAccountRole> = {};
    for (const [name, workload] of Object.entries(props.workloads)) {
      if (workload.bucketPrefixes.length === 0 && !workload.readsDatabaseCredentials) {
        throw new Error(
          `WorkloadIdentities: workload "${name}" has no bucketPrefixes and reads no secret; it needs no role`,
        );
      }
      for (const { prefix } of workload.bucketPrefixes) {
        if (prefix.length === 0 || prefix.startsWith("/") || prefix.endsWith("/") || prefix.includes("*")) {
          throw new Error(
            `WorkloadIdentities: workload "${name}" has bucket prefix "${prefix}"; expected a non-empty key prefix without leading/trailing "/" or "*"`,
          );
        }
      }
      roles[name] = new ServiceAccountRole(this, name, {
        roleName: workload.roleName,
        oidcProviderArn: props.oidcProviderArn,
        oidcIssuerUrl: props.oidcIssuerUrl,
        namespace: workload.namespace,
        serviceAccount: workload.serviceAccount,
        statements: statementsFor(workload, props),
      });
    }
    this.roles = roles;
    this.workloadNames = Object.keys(roles);
  }

  principalOf(workload: string): string {
    const role = this.roles[workload];
    if (!role) throw new Error(`WorkloadIdentities: no role for workload "${workload}"`);
    return role.arn;
  }
}

function statementsFor(workload: WorkloadIdentityProps, props: WorkloadIdentitiesProps): PolicyStatement[] {
  const statements: PolicyStatement[] = [];
  const prefixes = workload.bucketPrefixes;
  if (prefixes.length > 0) {
    statements.push({
      Sid: "ListOwnPrefixes",
      Effect: "Allow",
      Action: "s3:ListBucket",
      Resource: props.bucketArn,
      Condition: { StringLike: { "s3:prefix": prefixes.flatMap(({ prefix }) => [prefix, `${prefix}/*`]) } },
    });
    statements.push({
      Sid: "ReadOwnObjects",
      Effect: "Allow",
      Action: ["s3:GetObject", "s3:GetObjectVersion"],
      Resource: prefixes.map(({ prefix }) => `${props.bucketArn}/${prefix}/*`),
    });
    const writable = prefixes.filter(({ access }) => access === "read-write");
    if (writable.length > 0) {
      statements.push({
        Sid: "WriteOwnObjects",
        Effect: "Allow",
        Action: ["s3:PutObject", "s3:DeleteObject", "s3:AbortMultipartUpload"],
        Resource: writable.map(({ prefix }) => `${props.bucketArn}/${prefix}/*`),
      });
    }
    const removable = writable.filter(({ removesVersions }) => removesVersions);
    if (removable.length > 0) {
      statements.push({
        Sid: "RemoveOwnObjectVersions",
        Effect: "Allow",
        Action: "s3:DeleteObjectVersion",
        Resource: removable.map(({ prefix }) => `${props.bucketArn}/${prefix}/*`),
      });
    }
    statements.push({
      Sid: "UseBucketKey",
      Effect: "Allow",
      Action: writable.length > 0 ? ["kms:Decrypt", "kms:GenerateDataKey"] : ["kms:Decrypt"],
      Resource: props.bucketKeyArn,
    });
  }
  if (workload.readsDatabaseCredentials) {
    statements.push({
      Sid: "ReadDatabaseCredentials",
      Effect: "Allow",
      Action: ["secretsmanager:GetSecretValue", "secretsmanager:DescribeSecret"],
      Resource: props.databaseSecretArn,
    });
    statements.push({
      Sid: "DecryptDatabaseCredentials",
      Effect: "Allow",
      Action: "kms:Decrypt",
      Resource: props.databaseSecretKeyArn,
    });
  }
  return statements;
}
