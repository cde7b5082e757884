import { FederatedIdentityCredential } from "@cdktf/provider-azurerm/lib/federated-identity-credential";
import { RoleAssignment } from "@cdktf/provider-azurerm/lib/role-assignment";
import { RoleDefinition } from "@cdktf/provider-azurerm/lib/role-definition";
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

const BLOB = "Microsoft.Storage/storageAccounts/blobServices/containers/blobs";
const CONTAINER_NAME = "@Resource[Microsoft.Storage/storageAccounts/blobServices/containers:name]";
const BLOB_PATH = `@Resource[${BLOB}:path]`;
const LIST_PREFIX = `@Request[${BLOB}:prefix]`;
/** Reading a blob and listing blobs: one data action, two suboperations with different attributes. */
export const READ_ACTION = `${BLOB}/read`;
/** The suboperation of `blobs/read` that lists blobs: it has no blob path, only the request's prefix. */
export const LIST_SUBOPERATION = "Blob.List";

/** Names the operations a condition's clause governs; reads of blobs (not listings) for `blobs/read`. */
function targetsOf(action: string): string {
  return action === READ_ACTION
    ? `!(ActionMatches{'${action}'} AND NOT SubOperationMatches{'${LIST_SUBOPERATION}'})`
    : `!(ActionMatches{'${action}'})`;
}

/**
 * The blob data role condition that limits a role assignment to blobs under `prefixes` of one container
 * (Azure ABAC, condition version 2.0): the actions it covers are allowed only where the blob path starts
 * with a prefix, and where it covers `blobs/read`, listing (suboperation `Blob.List`, which has no blob
 * path: an operation lacking an attribute its condition names is refused) only where the requested
 * prefix does; every other action of the role is unaffected.
 */
export function blobPathCondition(
  container: string,
  prefixes: readonly string[],
  actions: readonly string[],
): string {
  const inContainer = `${CONTAINER_NAME} StringEquals '${container}'`;
  const under = (attribute: string) =>
    prefixes.map((prefix) => `${attribute} StringStartsWith '${prefix}/'`).join(" OR ");
  const paths = `((${actions.map(targetsOf).join(" AND ")}) OR (${inContainer} AND (${under(BLOB_PATH)})))`;
  if (!actions.includes(READ_ACTION)) return paths;
  const listing = `((!(ActionMatches{'${READ_ACTION}'} AND SubOperationMatches{'${LIST_SUBOPERATION}'})) OR (${inContainer} AND (${under(LIST_PREFIX)})))`;
  return `${paths} AND ${listing}`;
}

const READ_ACTIONS = [READ_ACTION];
/** Every data action of Storage Blob Data Contributor (`move/action` renames, on hierarchical namespaces). */
const WRITE_ACTIONS = [
  READ_ACTION,
  `${BLOB}/write`,
  `${BLOB}/add/action`,
  `${BLOB}/delete`,
  `${BLOB}/move/action`,
];
/** Deleting a blob version for good: only for a workload that takes back what it wrote (the backups). */
export const DELETE_VERSION_ACTION = `${BLOB}/deleteBlobVersion/action`;

/** A condition that refuses `action` everywhere, to AND onto a role assignment's condition. */
export function refuseAction(action: string): string {
  return `(!(ActionMatches{'${action}'}))`;
}

/**
 * One user-assigned managed identity per workload, each with a federated credential that trusts exactly
 * its `system:serviceaccount:<ns>:<sa>` from the cluster's issuer; blob data roles on the artifact
 * account limited by condition to the workload's prefixes in the container (and, for a workload that takes
 * back what it wrote, a role of its own to delete blob versions there); Key Vault Secrets User on the
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
        role: { readonly roleDefinitionName: string } | { readonly roleDefinitionId: string },
        prefixes: readonly string[],
        actions: readonly string[],
        extra = "",
      ) => {
        if (prefixes.length === 0) return;
        new RoleAssignment(this, `${workload}-${key}`, {
          scope: props.storageAccountId,
          ...role,
          principalId: identity.principalId,
          principalType: "ServicePrincipal",
          condition: `${blobPathCondition(props.containerName, prefixes, actions)}${extra}`,
          conditionVersion: "2.0",
        });
      };
      const reader = { roleDefinitionName: "Storage Blob Data Reader" };
      const contributor = { roleDefinitionName: "Storage Blob Data Contributor" };
      grant("blob-reader", reader, rows("read", false), READ_ACTIONS);
      // Writers may not delete versions for good, whatever the role would allow.
      grant(
        "blob-contributor",
        contributor,
        rows("read-write", false),
        WRITE_ACTIONS,
        ` AND ${refuseAction(DELETE_VERSION_ACTION)}`,
      );
      const versioned = rows("read-write", true);
      grant("blob-contributor-versions", contributor, versioned, WRITE_ACTIONS);
      if (versioned.length > 0) {
        // Storage Blob Data Contributor has no deleteBlobVersion/action (only Owner's blobs/* has): a role
        // of that one action, on this account alone, under the same prefixes.
        const versionDeleter = new RoleDefinition(this, `${workload}-blob-version-deleter`, {
          name: `${spec.identityName}-blob-version-deleter`,
          scope: props.storageAccountId,
          description: `Deletes blob versions for ${spec.identityName} (its role assignment limits the prefixes)`,
          permissions: [{ dataActions: [DELETE_VERSION_ACTION] }],
          assignableScopes: [props.storageAccountId],
        });
        grant(
          "blob-version-delete",
          { roleDefinitionId: versionDeleter.roleDefinitionResourceId },
          versioned,
          [DELETE_VERSION_ACTION],
        );
      }
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
