import { FederatedIdentityCredential } from "@cdktf/provider-azurerm/lib/federated-identity-credential";
import { RoleAssignment } from "@cdktf/provider-azurerm/lib/role-assignment";
import { UserAssignedIdentity } from "@cdktf/provider-azurerm/lib/user-assigned-identity";
import { Construct } from "constructs";
import type { BucketAccess } from "../../config/platform-contract";
import type { WorkloadIdentities as IWorkloadIdentities } from "../cloud-platform";

/** The audience AKS workload identity tokens carry for Entra ID (azure-workload-identity docs). */
export const WORKLOAD_IDENTITY_AUDIENCE = "api://AzureADTokenExchange";

export interface AzureWorkloadProps {
  readonly identityName: string;
  readonly namespace: string;
  readonly serviceAccount: string;
  readonly bucketPrefixes: readonly {
    readonly prefix: string;
    readonly access: BucketAccess;
    readonly removesVersions?: boolean;
  }[];
  readonly readsDatabaseCredentials: boolean;
}

export interface AzureWorkloadIdentitiesProps {
  readonly resourceGroupName: string;
  readonly location: string;
  readonly oidcIssuerUrl: string;
  /** Resource id of the artifact storage account, its container's name and the database secret's id. */
  readonly storageAccountId: string;
  readonly containerName: string;
  readonly databaseSecretId: string;
  readonly workloads: Readonly<Record<string, AzureWorkloadProps>>;
  readonly tags: Readonly<Record<string, string>>;
}

/**
 * The blob data role condition that limits a role assignment to blobs under `prefixes` of one container
 * (Azure ABAC, condition version 2.0): the actions it covers are allowed only where the blob path starts
 * with a prefix; every other action of the role is unaffected.
 */
export function blobPathCondition(
  container: string,
  prefixes: readonly string[],
  actions: readonly string[],
): string {
  const paths = prefixes.map(
    (prefix) =>
      `@Resource[Microsoft.Storage/storageAccounts/blobServices/containers/blobs:path] StringStartsWith '${prefix}/'`,
  );
  const notActions = actions.map((action) => `!(ActionMatches{'${action}'})`).join(" AND ");
  return `((${notActions}) OR (@Resource[Microsoft.Storage/storageAccounts/blobServices/containers:name] StringEquals '${container}' AND (${paths.join(" OR ")})))`;
}

const BLOB = "Microsoft.Storage/storageAccounts/blobServices/containers/blobs";
const READ_ACTIONS = [`${BLOB}/read`];
const WRITE_ACTIONS = [`${BLOB}/read`, `${BLOB}/write`, `${BLOB}/add/action`, `${BLOB}/delete`];
/** Deleting a blob version for good: only for a workload that takes back what it wrote (the backups). */
export const DELETE_VERSION_ACTION = `${BLOB}/deleteBlobVersion/action`;

/** A condition that refuses `action` everywhere, to AND onto a role assignment's condition. */
export function refuseAction(action: string): string {
  return `(!(ActionMatches{'${action}'}))`;
}

/**
 * One user-assigned managed identity per workload, each with a federated credential that trusts exactly
 * its `system:serviceaccount:<ns>:<sa>` from the cluster's issuer; blob data roles on the artifact
 * account limited by condition to the workload's prefixes in the container; Key Vault Secrets User on the
 * database secret alone for those that read it.
 */
export class AzureWorkloadIdentities extends Construct implements IWorkloadIdentities {
  readonly identities: Record<string, UserAssignedIdentity> = {};
  readonly workloadNames: readonly string[];

  constructor(scope: Construct, id: string, props: AzureWorkloadIdentitiesProps) {
    super(scope, id);
    this.workloadNames = Object.keys(props.workloads);
    for (const [workload, spec] of Object.entries(props.workloads)) {
      const identity = new UserAssignedIdentity(this, `${workload}-identity`, {
        name: spec.identityName,
        resourceGroupName: props.resourceGroupName,
        location: props.location,
        tags: { ...props.tags },
      });
      this.identities[workload] = identity;
      new FederatedIdentityCredential(this, `${workload}-federated-credential`, {
        name: `${spec.namespace}-${spec.serviceAccount}`,
        resourceGroupName: props.resourceGroupName,
        parentId: identity.id,
        issuer: props.oidcIssuerUrl,
        subject: `system:serviceaccount:${spec.namespace}:${spec.serviceAccount}`,
        audience: [WORKLOAD_IDENTITY_AUDIENCE],
      });
      const rows = (access: BucketAccess, removesVersions: boolean) =>
        spec.bucketPrefixes
          .filter((row) => row.access === access && (row.removesVersions ?? false) === removesVersions)
          .map((row) => row.prefix);
      const grant = (
        key: string,
        role: string,
        prefixes: readonly string[],
        actions: readonly string[],
        extra = "",
      ) => {
        if (prefixes.length === 0) return;
        new RoleAssignment(this, `${workload}-${key}`, {
          scope: props.storageAccountId,
          roleDefinitionName: role,
          principalId: identity.principalId,
          principalType: "ServicePrincipal",
          condition: `${blobPathCondition(props.containerName, prefixes, actions)}${extra}`,
          conditionVersion: "2.0",
        });
      };
      grant("blob-reader", "Storage Blob Data Reader", rows("read", false), READ_ACTIONS);
      // Writers may not delete versions for good, whatever the role would allow.
      grant(
        "blob-contributor",
        "Storage Blob Data Contributor",
        rows("read-write", false),
        WRITE_ACTIONS,
        ` AND ${refuseAction(DELETE_VERSION_ACTION)}`,
      );
      grant("blob-contributor-versions", "Storage Blob Data Contributor", rows("read-write", true), [
        ...WRITE_ACTIONS,
        DELETE_VERSION_ACTION,
      ]);
      if (spec.readsDatabaseCredentials) {
        new RoleAssignment(this, `${workload}-database-secret`, {
          scope: props.databaseSecretId,
          roleDefinitionName: "Key Vault Secrets User",
          principalId: identity.principalId,
          principalType: "ServicePrincipal",
        });
      }
    }
  }

  /** The identity's client id: what its service account's annotation names. */
  principalOf(workload: string): string {
    const identity = this.identities[workload];
    if (!identity)
      throw new Error(
        `AzureWorkloadIdentities: no workload "${workload}" (known: ${this.workloadNames.join(", ")})`,
      );
    return identity.clientId;
  }
}
