import { SecretManagerSecretIamMember } from "@cdktf/provider-google/lib/secret-manager-secret-iam-member";
import { ServiceAccount } from "@cdktf/provider-google/lib/service-account";
import { ServiceAccountIamMember } from "@cdktf/provider-google/lib/service-account-iam-member";
import { StorageBucketIamMember } from "@cdktf/provider-google/lib/storage-bucket-iam-member";
import { Construct } from "constructs";
import type { BucketAccess } from "../../config/platform-contract";
import type { WorkloadIdentities } from "../cloud-platform";
import { serviceAccountId } from "./gcp-names";

export interface GcpWorkloadProps {
  /** The identity's name (`mlops-platform-<env>-<suffix>`): the service account's display name and id source. */
  readonly identityName: string;
  readonly namespace: string;
  readonly serviceAccount: string;
  readonly bucketPrefixes: readonly { readonly prefix: string; readonly access: BucketAccess }[];
  readonly readsDatabaseCredentials: boolean;
  /**
   * The workload signs URLs as its own service account without a key (IAM signBlob on itself): the account
   * gets `roles/iam.serviceAccountTokenCreator` on itself only, never on the project. @default false
   */
  readonly signsAsItself?: boolean;
}

export interface GcpWorkloadIdentitiesProps {
  readonly projectId: string;
  /** `<project>.svc.id.goog`: the cluster's Workload Identity pool. */
  readonly workloadPool: string;
  readonly bucketName: string;
  /** Secret Manager secret (id) with the database credentials. */
  readonly databaseSecretId: string;
  readonly workloads: Readonly<Record<string, GcpWorkloadProps>>;
}

/** Roles by access: reading, or reading, writing and deleting (versioning and soft delete keep what goes). */
const BUCKET_ROLES: Readonly<Record<BucketAccess, string>> = {
  read: "roles/storage.objectViewer",
  "read-write": "roles/storage.objectUser",
};

/**
 * One Google service account per workload, bound to exactly its Kubernetes service account through
 * Workload Identity for GKE (`roles/iam.workloadIdentityUser` for `<pool>[<ns>/<sa>]`), with bucket access
 * limited by IAM conditions to its key prefixes (object names; listing is a bucket-level permission, so
 * the condition admits the bucket itself for it) and `secretAccessor` on the database secret where it
 * reads it. Service accounts rather than direct federation principals: External Secrets' GCP provider and
 * KServe's storage initializer both expect the `iam.gke.io/gcp-service-account` annotation.
 */
export class GcpWorkloadIdentities extends Construct implements WorkloadIdentities {
  readonly workloadNames: readonly string[];
  private readonly emails = new Map<string, string>();

  constructor(scope: Construct, id: string, props: GcpWorkloadIdentitiesProps) {
    super(scope, id);
    this.workloadNames = Object.keys(props.workloads);
    for (const [workload, identity] of Object.entries(props.workloads)) {
      const account = new ServiceAccount(this, `${workload}-sa`, {
        accountId: serviceAccountId(identity.identityName),
        displayName: identity.identityName,
        description: `Workload Identity of ${identity.namespace}/${identity.serviceAccount}`,
      });
      this.emails.set(workload, account.email);
      new ServiceAccountIamMember(this, `${workload}-workload-identity`, {
        serviceAccountId: account.name,
        role: "roles/iam.workloadIdentityUser",
        member: `serviceAccount:${props.workloadPool}[${identity.namespace}/${identity.serviceAccount}]`,
      });
      const member = `serviceAccount:${account.email}`;
      if (identity.signsAsItself) {
        new ServiceAccountIamMember(this, `${workload}-sign-as-itself`, {
          serviceAccountId: account.name,
          role: "roles/iam.serviceAccountTokenCreator",
          member,
        });
      }
      identity.bucketPrefixes.forEach(({ prefix, access }, index) => {
        new StorageBucketIamMember(this, `${workload}-bucket-${index}`, {
          bucket: props.bucketName,
          role: BUCKET_ROLES[access],
          member,
          condition: {
            title: `${access} ${prefix}/`.slice(0, 100),
            description: `Objects under ${prefix}/ only`,
            expression: prefixCondition(props.bucketName, prefix),
          },
        });
      });
      if (identity.readsDatabaseCredentials) {
        new SecretManagerSecretIamMember(this, `${workload}-database-secret`, {
          secretId: props.databaseSecretId,
          role: "roles/secretmanager.secretAccessor",
          member,
        });
      }
    }
  }

  principalOf(workload: string): string {
    const email = this.emails.get(workload);
    if (email === undefined) throw new Error(`GcpWorkloadIdentities: no workload "${workload}"`);
    return email;
  }
}

/** The IAM condition admitting the objects under `prefix/` (and the bucket itself, for listing). */
export function prefixCondition(bucket: string, prefix: string): string {
  return `resource.type == "storage.googleapis.com/Bucket" || resource.name.startsWith("projects/_/buckets/${bucket}/objects/${prefix}/")`;
}
