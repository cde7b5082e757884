import { ApiObject, ApiObjectMetadata, GroupVersionKind } from 'cdk8s';
import { Construct } from 'constructs';
export declare class ExternalSecret extends ApiObject {
    static readonly GVK: GroupVersionKind;
    static manifest(props?: ExternalSecretProps): any;
    constructor(scope: Construct, id: string, props?: ExternalSecretProps);
    toJson(): any;
}
export interface ExternalSecretProps {
    readonly metadata?: ApiObjectMetadata;
    readonly spec?: ExternalSecretSpec;
}
export interface ExternalSecretSpec {
    readonly data?: ExternalSecretSpecData[];
    readonly dataFrom?: ExternalSecretSpecDataFrom[];
    readonly refreshInterval?: string;
    readonly refreshPolicy?: ExternalSecretSpecRefreshPolicy;
    readonly secretStoreRef?: ExternalSecretSpecSecretStoreRef;
    readonly syncWindows?: ExternalSecretSpecSyncWindows;
    readonly target?: ExternalSecretSpecTarget;
}
export interface ExternalSecretSpecData {
    readonly remoteRef: ExternalSecretSpecDataRemoteRef;
    readonly secretKey: string;
    readonly sourceRef?: ExternalSecretSpecDataSourceRef;
}
export interface ExternalSecretSpecDataFrom {
    readonly extract?: ExternalSecretSpecDataFromExtract;
    readonly find?: ExternalSecretSpecDataFromFind;
    readonly rewrite?: ExternalSecretSpecDataFromRewrite[];
    readonly sourceRef?: ExternalSecretSpecDataFromSourceRef;
}
export declare enum ExternalSecretSpecRefreshPolicy {
    CREATED_ONCE = "CreatedOnce",
    PERIODIC = "Periodic",
    ON_CHANGE = "OnChange"
}
export interface ExternalSecretSpecSecretStoreRef {
    readonly kind?: ExternalSecretSpecSecretStoreRefKind;
    readonly name?: string;
}
export interface ExternalSecretSpecSyncWindows {
    readonly kind: ExternalSecretSpecSyncWindowsKind;
    readonly windows: ExternalSecretSpecSyncWindowsWindows[];
}
export interface ExternalSecretSpecTarget {
    readonly creationPolicy?: ExternalSecretSpecTargetCreationPolicy;
    readonly deletionPolicy?: ExternalSecretSpecTargetDeletionPolicy;
    readonly immutable?: boolean;
    readonly manifest?: ExternalSecretSpecTargetManifest;
    readonly name?: string;
    readonly template?: ExternalSecretSpecTargetTemplate;
}
export interface ExternalSecretSpecDataRemoteRef {
    readonly conversionStrategy?: ExternalSecretSpecDataRemoteRefConversionStrategy;
    readonly decodingStrategy?: ExternalSecretSpecDataRemoteRefDecodingStrategy;
    readonly key: string;
    readonly metadataPolicy?: ExternalSecretSpecDataRemoteRefMetadataPolicy;
    readonly nullBytePolicy?: ExternalSecretSpecDataRemoteRefNullBytePolicy;
    readonly property?: string;
    readonly version?: string;
}
export interface ExternalSecretSpecDataSourceRef {
    readonly generatorRef?: ExternalSecretSpecDataSourceRefGeneratorRef;
    readonly storeRef?: ExternalSecretSpecDataSourceRefStoreRef;
}
export interface ExternalSecretSpecDataFromExtract {
    readonly conversionStrategy?: ExternalSecretSpecDataFromExtractConversionStrategy;
    readonly decodingStrategy?: ExternalSecretSpecDataFromExtractDecodingStrategy;
    readonly key: string;
    readonly metadataPolicy?: ExternalSecretSpecDataFromExtractMetadataPolicy;
    readonly nullBytePolicy?: ExternalSecretSpecDataFromExtractNullBytePolicy;
    readonly property?: string;
    readonly version?: string;
}
export interface ExternalSecretSpecDataFromFind {
    readonly conversionStrategy?: ExternalSecretSpecDataFromFindConversionStrategy;
    readonly decodingStrategy?: ExternalSecretSpecDataFromFindDecodingStrategy;
    readonly name?: ExternalSecretSpecDataFromFindName;
    readonly nullBytePolicy?: ExternalSecretSpecDataFromFindNullBytePolicy;
    readonly path?: string;
    readonly tags?: {
        [key: string]: string;
    };
}
export interface ExternalSecretSpecDataFromRewrite {
    readonly merge?: ExternalSecretSpecDataFromRewriteMerge;
    readonly regexp?: ExternalSecretSpecDataFromRewriteRegexp;
    readonly transform?: ExternalSecretSpecDataFromRewriteTransform;
}
export interface ExternalSecretSpecDataFromSourceRef {
    readonly generatorRef?: ExternalSecretSpecDataFromSourceRefGeneratorRef;
    readonly storeRef?: ExternalSecretSpecDataFromSourceRefStoreRef;
}
export declare enum ExternalSecretSpecSecretStoreRefKind {
    SECRET_STORE = "SecretStore",
    CLUSTER_SECRET_STORE = "ClusterSecretStore"
}
export declare enum ExternalSecretSpecSyncWindowsKind {
    ALLOW = "allow",
    DENY = "deny"
}
export interface ExternalSecretSpecSyncWindowsWindows {
    readonly duration: string;
    readonly schedule: string;
}
export declare enum ExternalSecretSpecTargetCreationPolicy {
    OWNER = "Owner",
    ORPHAN = "Orphan",
    MERGE = "Merge",
    NONE = "None",
    CREATE_OR_MERGE = "CreateOrMerge"
}
export declare enum ExternalSecretSpecTargetDeletionPolicy {
    DELETE = "Delete",
    MERGE = "Merge",
    RETAIN = "Retain"
}
export interface ExternalSecretSpecTargetManifest {
    readonly apiVersion: string;
    readonly kind: string;
}
export interface ExternalSecretSpecTargetTemplate {
    readonly data?: {
        [key: string]: string;
    };
    readonly engineVersion?: ExternalSecretSpecTargetTemplateEngineVersion;
    readonly mergePolicy?: ExternalSecretSpecTargetTemplateMergePolicy;
    readonly metadata?: ExternalSecretSpecTargetTemplateMetadata;
    readonly templateFrom?: ExternalSecretSpecTargetTemplateTemplateFrom[];
    readonly type?: string;
}
export declare enum ExternalSecretSpecDataRemoteRefConversionStrategy {
    DEFAULT = "Default",
    UNICODE = "Unicode"
}
export declare enum ExternalSecretSpecDataRemoteRefDecodingStrategy {
    AUTO = "Auto",
    BASE64 = "Base64",
    BASE64_URL = "Base64URL",
    NONE = "None"
}
export declare enum ExternalSecretSpecDataRemoteRefMetadataPolicy {
    NONE = "None",
    FETCH = "Fetch"
}
export declare enum ExternalSecretSpecDataRemoteRefNullBytePolicy {
    IGNORE = "Ignore",
    FAIL = "Fail"
}
export interface ExternalSecretSpecDataSourceRefGeneratorRef {
    readonly apiVersion?: string;
    readonly kind: ExternalSecretSpecDataSourceRefGeneratorRefKind;
    readonly name: string;
}
export interface ExternalSecretSpecDataSourceRefStoreRef {
    readonly kind?: ExternalSecretSpecDataSourceRefStoreRefKind;
    readonly name?: string;
}
export declare enum ExternalSecretSpecDataFromExtractConversionStrategy {
    DEFAULT = "Default",
    UNICODE = "Unicode"
}
export declare enum ExternalSecretSpecDataFromExtractDecodingStrategy {
    AUTO = "Auto",
    BASE64 = "Base64",
    BASE64_URL = "Base64URL",
    NONE = "None"
}
export declare enum ExternalSecretSpecDataFromExtractMetadataPolicy {
    NONE = "None",
    FETCH = "Fetch"
}
export declare enum ExternalSecretSpecDataFromExtractNullBytePolicy {
    IGNORE = "Ignore",
    FAIL = "Fail"
}
export declare enum ExternalSecretSpecDataFromFindConversionStrategy {
    DEFAULT = "Default",
    UNICODE = "Unicode"
}
export declare enum ExternalSecretSpecDataFromFindDecodingStrategy {
    AUTO = "Auto",
    BASE64 = "Base64",
    BASE64_URL = "Base64URL",
    NONE = "None"
}
export interface ExternalSecretSpecDataFromFindName {
    readonly regexp?: string;
}
export declare enum ExternalSecretSpecDataFromFindNullBytePolicy {
    IGNORE = "Ignore",
    FAIL = "Fail"
}
export interface ExternalSecretSpecDataFromRewriteMerge {
    readonly conflictPolicy?: ExternalSecretSpecDataFromRewriteMergeConflictPolicy;
    readonly into?: string;
    readonly priority?: string[];
    readonly priorityPolicy?: ExternalSecretSpecDataFromRewriteMergePriorityPolicy;
    readonly strategy?: ExternalSecretSpecDataFromRewriteMergeStrategy;
}
export interface ExternalSecretSpecDataFromRewriteRegexp {
    readonly source: string;
    readonly target: string;
}
export interface ExternalSecretSpecDataFromRewriteTransform {
    readonly template: string;
}
export interface ExternalSecretSpecDataFromSourceRefGeneratorRef {
    readonly apiVersion?: string;
    readonly kind: ExternalSecretSpecDataFromSourceRefGeneratorRefKind;
    readonly name: string;
}
export interface ExternalSecretSpecDataFromSourceRefStoreRef {
    readonly kind?: ExternalSecretSpecDataFromSourceRefStoreRefKind;
    readonly name?: string;
}
export declare enum ExternalSecretSpecTargetTemplateEngineVersion {
    V2 = "v2"
}
export declare enum ExternalSecretSpecTargetTemplateMergePolicy {
    REPLACE = "Replace",
    MERGE = "Merge"
}
export interface ExternalSecretSpecTargetTemplateMetadata {
    readonly annotations?: {
        [key: string]: string;
    };
    readonly finalizers?: string[];
    readonly labels?: {
        [key: string]: string;
    };
}
export interface ExternalSecretSpecTargetTemplateTemplateFrom {
    readonly configMap?: ExternalSecretSpecTargetTemplateTemplateFromConfigMap;
    readonly literal?: string;
    readonly secret?: ExternalSecretSpecTargetTemplateTemplateFromSecret;
    readonly target?: string;
    readonly valuesDecodingStrategy?: ExternalSecretSpecTargetTemplateTemplateFromValuesDecodingStrategy;
}
export declare enum ExternalSecretSpecDataSourceRefGeneratorRefKind {
    ACR_ACCESS_TOKEN = "ACRAccessToken",
    BEYONDTRUST_WORKLOAD_CREDENTIALS_DYNAMIC_SECRET = "BeyondtrustWorkloadCredentialsDynamicSecret",
    CLUSTER_GENERATOR = "ClusterGenerator",
    CLOUDSMITH_ACCESS_TOKEN = "CloudsmithAccessToken",
    ECR_AUTHORIZATION_TOKEN = "ECRAuthorizationToken",
    FAKE = "Fake",
    GCR_ACCESS_TOKEN = "GCRAccessToken",
    GITHUB_ACCESS_TOKEN = "GithubAccessToken",
    GITLAB_DEPLOY_TOKEN = "GitlabDeployToken",
    QUAY_ACCESS_TOKEN = "QuayAccessToken",
    PASSWORD = "Password",
    SSH_KEY = "SSHKey",
    STS_SESSION_TOKEN = "STSSessionToken",
    UUID = "UUID",
    VAULT_DYNAMIC_SECRET = "VaultDynamicSecret",
    WEBHOOK = "Webhook",
    GRAFANA = "Grafana",
    MFA = "MFA"
}
export declare enum ExternalSecretSpecDataSourceRefStoreRefKind {
    SECRET_STORE = "SecretStore",
    CLUSTER_SECRET_STORE = "ClusterSecretStore"
}
export declare enum ExternalSecretSpecDataFromRewriteMergeConflictPolicy {
    IGNORE = "Ignore",
    ERROR = "Error"
}
export declare enum ExternalSecretSpecDataFromRewriteMergePriorityPolicy {
    IGNORE_NOT_FOUND = "IgnoreNotFound",
    STRICT = "Strict"
}
export declare enum ExternalSecretSpecDataFromRewriteMergeStrategy {
    EXTRACT = "Extract",
    JSON = "JSON"
}
export declare enum ExternalSecretSpecDataFromSourceRefGeneratorRefKind {
    ACR_ACCESS_TOKEN = "ACRAccessToken",
    BEYONDTRUST_WORKLOAD_CREDENTIALS_DYNAMIC_SECRET = "BeyondtrustWorkloadCredentialsDynamicSecret",
    CLUSTER_GENERATOR = "ClusterGenerator",
    CLOUDSMITH_ACCESS_TOKEN = "CloudsmithAccessToken",
    ECR_AUTHORIZATION_TOKEN = "ECRAuthorizationToken",
    FAKE = "Fake",
    GCR_ACCESS_TOKEN = "GCRAccessToken",
    GITHUB_ACCESS_TOKEN = "GithubAccessToken",
    GITLAB_DEPLOY_TOKEN = "GitlabDeployToken",
    QUAY_ACCESS_TOKEN = "QuayAccessToken",
    PASSWORD = "Password",
    SSH_KEY = "SSHKey",
    STS_SESSION_TOKEN = "STSSessionToken",
    UUID = "UUID",
    VAULT_DYNAMIC_SECRET = "VaultDynamicSecret",
    WEBHOOK = "Webhook",
    GRAFANA = "Grafana",
    MFA = "MFA"
}
export declare enum ExternalSecretSpecDataFromSourceRefStoreRefKind {
    SECRET_STORE = "SecretStore",
    CLUSTER_SECRET_STORE = "ClusterSecretStore"
}
export interface ExternalSecretSpecTargetTemplateTemplateFromConfigMap {
    readonly items: ExternalSecretSpecTargetTemplateTemplateFromConfigMapItems[];
    readonly name: string;
}
export interface ExternalSecretSpecTargetTemplateTemplateFromSecret {
    readonly items: ExternalSecretSpecTargetTemplateTemplateFromSecretItems[];
    readonly name: string;
}
export declare enum ExternalSecretSpecTargetTemplateTemplateFromValuesDecodingStrategy {
    AUTO = "Auto",
    BASE64 = "Base64",
    BASE64_URL = "Base64URL",
    NONE = "None"
}
export interface ExternalSecretSpecTargetTemplateTemplateFromConfigMapItems {
    readonly key: string;
    readonly templateAs?: ExternalSecretSpecTargetTemplateTemplateFromConfigMapItemsTemplateAs;
}
export interface ExternalSecretSpecTargetTemplateTemplateFromSecretItems {
    readonly key: string;
    readonly templateAs?: ExternalSecretSpecTargetTemplateTemplateFromSecretItemsTemplateAs;
}
export declare enum ExternalSecretSpecTargetTemplateTemplateFromConfigMapItemsTemplateAs {
    VALUES = "Values",
    KEYS_AND_VALUES = "KeysAndValues"
}
export declare enum ExternalSecretSpecTargetTemplateTemplateFromSecretItemsTemplateAs {
    VALUES = "Values",
    KEYS_AND_VALUES = "KeysAndValues"
}
export declare class ExternalSecretV1Beta1 extends ApiObject {
    static readonly GVK: GroupVersionKind;
    static manifest(props?: ExternalSecretV1Beta1Props): any;
    constructor(scope: Construct, id: string, props?: ExternalSecretV1Beta1Props);
    toJson(): any;
}
export interface ExternalSecretV1Beta1Props {
    readonly metadata?: ApiObjectMetadata;
    readonly spec?: ExternalSecretV1Beta1Spec;
}
export interface ExternalSecretV1Beta1Spec {
    readonly data?: ExternalSecretV1Beta1SpecData[];
    readonly dataFrom?: ExternalSecretV1Beta1SpecDataFrom[];
    readonly refreshInterval?: string;
    readonly refreshPolicy?: ExternalSecretV1Beta1SpecRefreshPolicy;
    readonly secretStoreRef?: ExternalSecretV1Beta1SpecSecretStoreRef;
    readonly target?: ExternalSecretV1Beta1SpecTarget;
}
export interface ExternalSecretV1Beta1SpecData {
    readonly remoteRef: ExternalSecretV1Beta1SpecDataRemoteRef;
    readonly secretKey: string;
    readonly sourceRef?: ExternalSecretV1Beta1SpecDataSourceRef;
}
export interface ExternalSecretV1Beta1SpecDataFrom {
    readonly extract?: ExternalSecretV1Beta1SpecDataFromExtract;
    readonly find?: ExternalSecretV1Beta1SpecDataFromFind;
    readonly rewrite?: ExternalSecretV1Beta1SpecDataFromRewrite[];
    readonly sourceRef?: ExternalSecretV1Beta1SpecDataFromSourceRef;
}
export declare enum ExternalSecretV1Beta1SpecRefreshPolicy {
    CREATED_ONCE = "CreatedOnce",
    PERIODIC = "Periodic",
    ON_CHANGE = "OnChange"
}
export interface ExternalSecretV1Beta1SpecSecretStoreRef {
    readonly kind?: ExternalSecretV1Beta1SpecSecretStoreRefKind;
    readonly name?: string;
}
export interface ExternalSecretV1Beta1SpecTarget {
    readonly creationPolicy?: ExternalSecretV1Beta1SpecTargetCreationPolicy;
    readonly deletionPolicy?: ExternalSecretV1Beta1SpecTargetDeletionPolicy;
    readonly immutable?: boolean;
    readonly name?: string;
    readonly template?: ExternalSecretV1Beta1SpecTargetTemplate;
}
export interface ExternalSecretV1Beta1SpecDataRemoteRef {
    readonly conversionStrategy?: ExternalSecretV1Beta1SpecDataRemoteRefConversionStrategy;
    readonly decodingStrategy?: ExternalSecretV1Beta1SpecDataRemoteRefDecodingStrategy;
    readonly key: string;
    readonly metadataPolicy?: ExternalSecretV1Beta1SpecDataRemoteRefMetadataPolicy;
    readonly property?: string;
    readonly version?: string;
}
export interface ExternalSecretV1Beta1SpecDataSourceRef {
    readonly generatorRef?: ExternalSecretV1Beta1SpecDataSourceRefGeneratorRef;
    readonly storeRef?: ExternalSecretV1Beta1SpecDataSourceRefStoreRef;
}
export interface ExternalSecretV1Beta1SpecDataFromExtract {
    readonly conversionStrategy?: ExternalSecretV1Beta1SpecDataFromExtractConversionStrategy;
    readonly decodingStrategy?: ExternalSecretV1Beta1SpecDataFromExtractDecodingStrategy;
    readonly key: string;
    readonly metadataPolicy?: ExternalSecretV1Beta1SpecDataFromExtractMetadataPolicy;
    readonly property?: string;
    readonly version?: string;
}
export interface ExternalSecretV1Beta1SpecDataFromFind {
    readonly conversionStrategy?: ExternalSecretV1Beta1SpecDataFromFindConversionStrategy;
    readonly decodingStrategy?: ExternalSecretV1Beta1SpecDataFromFindDecodingStrategy;
    readonly name?: ExternalSecretV1Beta1SpecDataFromFindName;
    readonly path?: string;
    readonly tags?: {
        [key: string]: string;
    };
}
export interface ExternalSecretV1Beta1SpecDataFromRewrite {
    readonly regexp?: ExternalSecretV1Beta1SpecDataFromRewriteRegexp;
    readonly transform?: ExternalSecretV1Beta1SpecDataFromRewriteTransform;
}
export interface ExternalSecretV1Beta1SpecDataFromSourceRef {
    readonly generatorRef?: ExternalSecretV1Beta1SpecDataFromSourceRefGeneratorRef;
    readonly storeRef?: ExternalSecretV1Beta1SpecDataFromSourceRefStoreRef;
}
export declare enum ExternalSecretV1Beta1SpecSecretStoreRefKind {
    SECRET_STORE = "SecretStore",
    CLUSTER_SECRET_STORE = "ClusterSecretStore"
}
export declare enum ExternalSecretV1Beta1SpecTargetCreationPolicy {
    OWNER = "Owner",
    ORPHAN = "Orphan",
    MERGE = "Merge",
    NONE = "None"
}
export declare enum ExternalSecretV1Beta1SpecTargetDeletionPolicy {
    DELETE = "Delete",
    MERGE = "Merge",
    RETAIN = "Retain"
}
export interface ExternalSecretV1Beta1SpecTargetTemplate {
    readonly data?: {
        [key: string]: string;
    };
    readonly engineVersion?: ExternalSecretV1Beta1SpecTargetTemplateEngineVersion;
    readonly mergePolicy?: ExternalSecretV1Beta1SpecTargetTemplateMergePolicy;
    readonly metadata?: ExternalSecretV1Beta1SpecTargetTemplateMetadata;
    readonly templateFrom?: ExternalSecretV1Beta1SpecTargetTemplateTemplateFrom[];
    readonly type?: string;
}
export declare enum ExternalSecretV1Beta1SpecDataRemoteRefConversionStrategy {
    DEFAULT = "Default",
    UNICODE = "Unicode"
}
export declare enum ExternalSecretV1Beta1SpecDataRemoteRefDecodingStrategy {
    AUTO = "Auto",
    BASE64 = "Base64",
    BASE64_URL = "Base64URL",
    NONE = "None"
}
export declare enum ExternalSecretV1Beta1SpecDataRemoteRefMetadataPolicy {
    NONE = "None",
    FETCH = "Fetch"
}
export interface ExternalSecretV1Beta1SpecDataSourceRefGeneratorRef {
    readonly apiVersion?: string;
    readonly kind: ExternalSecretV1Beta1SpecDataSourceRefGeneratorRefKind;
    readonly name: string;
}
export interface ExternalSecretV1Beta1SpecDataSourceRefStoreRef {
    readonly kind?: ExternalSecretV1Beta1SpecDataSourceRefStoreRefKind;
    readonly name?: string;
}
export declare enum ExternalSecretV1Beta1SpecDataFromExtractConversionStrategy {
    DEFAULT = "Default",
    UNICODE = "Unicode"
}
export declare enum ExternalSecretV1Beta1SpecDataFromExtractDecodingStrategy {
    AUTO = "Auto",
    BASE64 = "Base64",
    BASE64_URL = "Base64URL",
    NONE = "None"
}
export declare enum ExternalSecretV1Beta1SpecDataFromExtractMetadataPolicy {
    NONE = "None",
    FETCH = "Fetch"
}
export declare enum ExternalSecretV1Beta1SpecDataFromFindConversionStrategy {
    DEFAULT = "Default",
    UNICODE = "Unicode"
}
export declare enum ExternalSecretV1Beta1SpecDataFromFindDecodingStrategy {
    AUTO = "Auto",
    BASE64 = "Base64",
    BASE64_URL = "Base64URL",
    NONE = "None"
}
export interface ExternalSecretV1Beta1SpecDataFromFindName {
    readonly regexp?: string;
}
export interface ExternalSecretV1Beta1SpecDataFromRewriteRegexp {
    readonly source: string;
    readonly target: string;
}
export interface ExternalSecretV1Beta1SpecDataFromRewriteTransform {
    readonly template: string;
}
export interface ExternalSecretV1Beta1SpecDataFromSourceRefGeneratorRef {
    readonly apiVersion?: string;
    readonly kind: ExternalSecretV1Beta1SpecDataFromSourceRefGeneratorRefKind;
    readonly name: string;
}
export interface ExternalSecretV1Beta1SpecDataFromSourceRefStoreRef {
    readonly kind?: ExternalSecretV1Beta1SpecDataFromSourceRefStoreRefKind;
    readonly name?: string;
}
export declare enum ExternalSecretV1Beta1SpecTargetTemplateEngineVersion {
    V2 = "v2"
}
export declare enum ExternalSecretV1Beta1SpecTargetTemplateMergePolicy {
    REPLACE = "Replace",
    MERGE = "Merge"
}
export interface ExternalSecretV1Beta1SpecTargetTemplateMetadata {
    readonly annotations?: {
        [key: string]: string;
    };
    readonly labels?: {
        [key: string]: string;
    };
}
export interface ExternalSecretV1Beta1SpecTargetTemplateTemplateFrom {
    readonly configMap?: ExternalSecretV1Beta1SpecTargetTemplateTemplateFromConfigMap;
    readonly literal?: string;
    readonly secret?: ExternalSecretV1Beta1SpecTargetTemplateTemplateFromSecret;
    readonly target?: ExternalSecretV1Beta1SpecTargetTemplateTemplateFromTarget;
}
export declare enum ExternalSecretV1Beta1SpecDataSourceRefGeneratorRefKind {
    ACR_ACCESS_TOKEN = "ACRAccessToken",
    CLUSTER_GENERATOR = "ClusterGenerator",
    ECR_AUTHORIZATION_TOKEN = "ECRAuthorizationToken",
    FAKE = "Fake",
    GCR_ACCESS_TOKEN = "GCRAccessToken",
    GITHUB_ACCESS_TOKEN = "GithubAccessToken",
    QUAY_ACCESS_TOKEN = "QuayAccessToken",
    PASSWORD = "Password",
    SSH_KEY = "SSHKey",
    STS_SESSION_TOKEN = "STSSessionToken",
    UUID = "UUID",
    VAULT_DYNAMIC_SECRET = "VaultDynamicSecret",
    WEBHOOK = "Webhook",
    GRAFANA = "Grafana"
}
export declare enum ExternalSecretV1Beta1SpecDataSourceRefStoreRefKind {
    SECRET_STORE = "SecretStore",
    CLUSTER_SECRET_STORE = "ClusterSecretStore"
}
export declare enum ExternalSecretV1Beta1SpecDataFromSourceRefGeneratorRefKind {
    ACR_ACCESS_TOKEN = "ACRAccessToken",
    CLUSTER_GENERATOR = "ClusterGenerator",
    ECR_AUTHORIZATION_TOKEN = "ECRAuthorizationToken",
    FAKE = "Fake",
    GCR_ACCESS_TOKEN = "GCRAccessToken",
    GITHUB_ACCESS_TOKEN = "GithubAccessToken",
    QUAY_ACCESS_TOKEN = "QuayAccessToken",
    PASSWORD = "Password",
    SSH_KEY = "SSHKey",
    STS_SESSION_TOKEN = "STSSessionToken",
    UUID = "UUID",
    VAULT_DYNAMIC_SECRET = "VaultDynamicSecret",
    WEBHOOK = "Webhook",
    GRAFANA = "Grafana"
}
export declare enum ExternalSecretV1Beta1SpecDataFromSourceRefStoreRefKind {
    SECRET_STORE = "SecretStore",
    CLUSTER_SECRET_STORE = "ClusterSecretStore"
}
export interface ExternalSecretV1Beta1SpecTargetTemplateTemplateFromConfigMap {
    readonly items: ExternalSecretV1Beta1SpecTargetTemplateTemplateFromConfigMapItems[];
    readonly name: string;
}
export interface ExternalSecretV1Beta1SpecTargetTemplateTemplateFromSecret {
    readonly items: ExternalSecretV1Beta1SpecTargetTemplateTemplateFromSecretItems[];
    readonly name: string;
}
export declare enum ExternalSecretV1Beta1SpecTargetTemplateTemplateFromTarget {
    DATA = "Data",
    ANNOTATIONS = "Annotations",
    LABELS = "Labels"
}
export interface ExternalSecretV1Beta1SpecTargetTemplateTemplateFromConfigMapItems {
    readonly key: string;
    readonly templateAs?: ExternalSecretV1Beta1SpecTargetTemplateTemplateFromConfigMapItemsTemplateAs;
}
export interface ExternalSecretV1Beta1SpecTargetTemplateTemplateFromSecretItems {
    readonly key: string;
    readonly templateAs?: ExternalSecretV1Beta1SpecTargetTemplateTemplateFromSecretItemsTemplateAs;
}
export declare enum ExternalSecretV1Beta1SpecTargetTemplateTemplateFromConfigMapItemsTemplateAs {
    VALUES = "Values",
    KEYS_AND_VALUES = "KeysAndValues"
}
export declare enum ExternalSecretV1Beta1SpecTargetTemplateTemplateFromSecretItemsTemplateAs {
    VALUES = "Values",
    KEYS_AND_VALUES = "KeysAndValues"
}
