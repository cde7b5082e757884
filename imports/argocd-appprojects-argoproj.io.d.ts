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
export declare function toJson_AppProjectProps(obj: AppProjectProps | undefined): Record<string, any> | undefined;
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
export declare function toJson_AppProjectSpec(obj: AppProjectSpec | undefined): Record<string, any> | undefined;
export interface AppProjectSpecClusterResourceBlacklist {
    readonly group: string;
    readonly kind: string;
    readonly name?: string;
}
export declare function toJson_AppProjectSpecClusterResourceBlacklist(obj: AppProjectSpecClusterResourceBlacklist | undefined): Record<string, any> | undefined;
export interface AppProjectSpecClusterResourceWhitelist {
    readonly group: string;
    readonly kind: string;
    readonly name?: string;
}
export declare function toJson_AppProjectSpecClusterResourceWhitelist(obj: AppProjectSpecClusterResourceWhitelist | undefined): Record<string, any> | undefined;
export interface AppProjectSpecDestinationServiceAccounts {
    readonly defaultServiceAccount: string;
    readonly namespace?: string;
    readonly server: string;
}
export declare function toJson_AppProjectSpecDestinationServiceAccounts(obj: AppProjectSpecDestinationServiceAccounts | undefined): Record<string, any> | undefined;
export interface AppProjectSpecDestinations {
    readonly name?: string;
    readonly namespace?: string;
    readonly server?: string;
}
export declare function toJson_AppProjectSpecDestinations(obj: AppProjectSpecDestinations | undefined): Record<string, any> | undefined;
export interface AppProjectSpecNamespaceResourceBlacklist {
    readonly group: string;
    readonly kind: string;
}
export declare function toJson_AppProjectSpecNamespaceResourceBlacklist(obj: AppProjectSpecNamespaceResourceBlacklist | undefined): Record<string, any> | undefined;
export interface AppProjectSpecNamespaceResourceWhitelist {
    readonly group: string;
    readonly kind: string;
}
export declare function toJson_AppProjectSpecNamespaceResourceWhitelist(obj: AppProjectSpecNamespaceResourceWhitelist | undefined): Record<string, any> | undefined;
export interface AppProjectSpecOrphanedResources {
    readonly ignore?: AppProjectSpecOrphanedResourcesIgnore[];
    readonly warn?: boolean;
}
export declare function toJson_AppProjectSpecOrphanedResources(obj: AppProjectSpecOrphanedResources | undefined): Record<string, any> | undefined;
export interface AppProjectSpecRoles {
    readonly description?: string;
    readonly groups?: string[];
    readonly jwtTokens?: AppProjectSpecRolesJwtTokens[];
    readonly name: string;
    readonly policies?: string[];
}
export declare function toJson_AppProjectSpecRoles(obj: AppProjectSpecRoles | undefined): Record<string, any> | undefined;
export interface AppProjectSpecSignatureKeys {
    readonly keyId: string;
}
export declare function toJson_AppProjectSpecSignatureKeys(obj: AppProjectSpecSignatureKeys | undefined): Record<string, any> | undefined;
export interface AppProjectSpecSourceIntegrity {
    readonly git: AppProjectSpecSourceIntegrityGit;
}
export declare function toJson_AppProjectSpecSourceIntegrity(obj: AppProjectSpecSourceIntegrity | undefined): Record<string, any> | undefined;
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
export declare function toJson_AppProjectSpecSyncWindows(obj: AppProjectSpecSyncWindows | undefined): Record<string, any> | undefined;
export interface AppProjectSpecOrphanedResourcesIgnore {
    readonly group?: string;
    readonly kind?: string;
    readonly name?: string;
}
export declare function toJson_AppProjectSpecOrphanedResourcesIgnore(obj: AppProjectSpecOrphanedResourcesIgnore | undefined): Record<string, any> | undefined;
export interface AppProjectSpecRolesJwtTokens {
    readonly exp?: number;
    readonly iat: number;
    readonly id?: string;
}
export declare function toJson_AppProjectSpecRolesJwtTokens(obj: AppProjectSpecRolesJwtTokens | undefined): Record<string, any> | undefined;
export interface AppProjectSpecSourceIntegrityGit {
    readonly policies: AppProjectSpecSourceIntegrityGitPolicies[];
}
export declare function toJson_AppProjectSpecSourceIntegrityGit(obj: AppProjectSpecSourceIntegrityGit | undefined): Record<string, any> | undefined;
export interface AppProjectSpecSourceIntegrityGitPolicies {
    readonly gpg: AppProjectSpecSourceIntegrityGitPoliciesGpg;
    readonly repos: AppProjectSpecSourceIntegrityGitPoliciesRepos[];
}
export declare function toJson_AppProjectSpecSourceIntegrityGitPolicies(obj: AppProjectSpecSourceIntegrityGitPolicies | undefined): Record<string, any> | undefined;
export interface AppProjectSpecSourceIntegrityGitPoliciesGpg {
    readonly keys: string[];
    readonly mode: string;
}
export declare function toJson_AppProjectSpecSourceIntegrityGitPoliciesGpg(obj: AppProjectSpecSourceIntegrityGitPoliciesGpg | undefined): Record<string, any> | undefined;
export interface AppProjectSpecSourceIntegrityGitPoliciesRepos {
    readonly url: string;
}
export declare function toJson_AppProjectSpecSourceIntegrityGitPoliciesRepos(obj: AppProjectSpecSourceIntegrityGitPoliciesRepos | undefined): Record<string, any> | undefined;
