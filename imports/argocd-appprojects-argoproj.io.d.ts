import { ApiObject, ApiObjectMetadata, GroupVersionKind } from 'cdk8s';
import { Construct } from 'constructs';
export declare class AppProject extends ApiObject {
    static readonly GVK: GroupVersionKind;
    static manifest(props: AppProjectProps): any;
    constructor(scope: Construct, id: string, props: AppProjectProps);
    toJson(): any;
}
export interface AppProjectProps {
    readonly metadata: ApiObjectMetadata;
    readonly spec: AppProjectSpec;
}
export interface AppProjectSpec {
    readonly clusterResourceBlacklist?: AppProjectSpecClusterResourceBlacklist[];
    readonly clusterResourceWhitelist?: AppProjectSpecClusterResourceWhitelist[];
    readonly description?: string;
    readonly destinationServiceAccounts?: AppProjectSpecDestinationServiceAccounts[];
    readonly destinations?: AppProjectSpecDestinations[];
    readonly namespaceResourceBlacklist?: AppProjectSpecNamespaceResourceBlacklist[];
    readonly namespaceResourceWhitelist?: AppProjectSpecNamespaceResourceWhitelist[];
    readonly orphanedResources?: AppProjectSpecOrphanedResources;
    readonly permitOnlyProjectScopedClusters?: boolean;
    readonly roles?: AppProjectSpecRoles[];
    readonly signatureKeys?: AppProjectSpecSignatureKeys[];
    readonly sourceIntegrity?: AppProjectSpecSourceIntegrity;
    readonly sourceNamespaces?: string[];
    readonly sourceRepos?: string[];
    readonly syncWindows?: AppProjectSpecSyncWindows[];
}
export interface AppProjectSpecClusterResourceBlacklist {
    readonly group: string;
    readonly kind: string;
    readonly name?: string;
}
export interface AppProjectSpecClusterResourceWhitelist {
    readonly group: string;
    readonly kind: string;
    readonly name?: string;
}
export interface AppProjectSpecDestinationServiceAccounts {
    readonly defaultServiceAccount: string;
    readonly namespace?: string;
    readonly server: string;
}
export interface AppProjectSpecDestinations {
    readonly name?: string;
    readonly namespace?: string;
    readonly server?: string;
}
export interface AppProjectSpecNamespaceResourceBlacklist {
    readonly group: string;
    readonly kind: string;
}
export interface AppProjectSpecNamespaceResourceWhitelist {
    readonly group: string;
    readonly kind: string;
}
export interface AppProjectSpecOrphanedResources {
    readonly ignore?: AppProjectSpecOrphanedResourcesIgnore[];
    readonly warn?: boolean;
}
export interface AppProjectSpecRoles {
    readonly description?: string;
    readonly groups?: string[];
    readonly jwtTokens?: AppProjectSpecRolesJwtTokens[];
    readonly name: string;
    readonly policies?: string[];
}
export interface AppProjectSpecSignatureKeys {
    readonly keyId: string;
}
export interface AppProjectSpecSourceIntegrity {
    readonly git: AppProjectSpecSourceIntegrityGit;
}
export interface AppProjectSpecSyncWindows {
    readonly andOperator?: boolean;
    readonly applications?: string[];
    readonly clusters?: string[];
    readonly description?: string;
    readonly duration?: string;
    readonly kind?: string;
    readonly manualSync?: boolean;
    readonly namespaces?: string[];
    readonly schedule?: string;
    readonly syncOverrun?: boolean;
    readonly timeZone?: string;
}
export interface AppProjectSpecOrphanedResourcesIgnore {
    readonly group?: string;
    readonly kind?: string;
    readonly name?: string;
}
export interface AppProjectSpecRolesJwtTokens {
    readonly exp?: number;
    readonly iat: number;
    readonly id?: string;
}
export interface AppProjectSpecSourceIntegrityGit {
    readonly policies: AppProjectSpecSourceIntegrityGitPolicies[];
}
export interface AppProjectSpecSourceIntegrityGitPolicies {
    readonly gpg: AppProjectSpecSourceIntegrityGitPoliciesGpg;
    readonly repos: AppProjectSpecSourceIntegrityGitPoliciesRepos[];
}
export interface AppProjectSpecSourceIntegrityGitPoliciesGpg {
    readonly keys: string[];
    readonly mode: string;
}
export interface AppProjectSpecSourceIntegrityGitPoliciesRepos {
    readonly url: string;
}
