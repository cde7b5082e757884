import { ApiObject, ApiObjectMetadata, GroupVersionKind } from 'cdk8s';
import { Construct } from 'constructs';
export declare class TriggerAuthentication extends ApiObject {
    static readonly GVK: GroupVersionKind;
    static manifest(props: TriggerAuthenticationProps): any;
    constructor(scope: Construct, id: string, props: TriggerAuthenticationProps);
    toJson(): any;
}
export interface TriggerAuthenticationProps {
    readonly metadata?: ApiObjectMetadata;
    readonly spec: TriggerAuthenticationSpec;
}
export declare function toJson_TriggerAuthenticationProps(obj: TriggerAuthenticationProps | undefined): Record<string, any> | undefined;
export interface TriggerAuthenticationSpec {
    readonly awsSecretManager?: TriggerAuthenticationSpecAwsSecretManager;
    readonly azureKeyVault?: TriggerAuthenticationSpecAzureKeyVault;
    readonly boundServiceAccountToken?: TriggerAuthenticationSpecBoundServiceAccountToken[];
    readonly configMapTargetRef?: TriggerAuthenticationSpecConfigMapTargetRef[];
    readonly env?: TriggerAuthenticationSpecEnv[];
    readonly filePath?: string;
    readonly gcpSecretManager?: TriggerAuthenticationSpecGcpSecretManager;
    readonly hashiCorpVault?: TriggerAuthenticationSpecHashiCorpVault;
    readonly oauth2?: TriggerAuthenticationSpecOauth2;
    readonly podIdentity?: TriggerAuthenticationSpecPodIdentity;
    readonly secretTargetRef?: TriggerAuthenticationSpecSecretTargetRef[];
}
export declare function toJson_TriggerAuthenticationSpec(obj: TriggerAuthenticationSpec | undefined): Record<string, any> | undefined;
export interface TriggerAuthenticationSpecAwsSecretManager {
    readonly credentials?: TriggerAuthenticationSpecAwsSecretManagerCredentials;
    readonly podIdentity?: TriggerAuthenticationSpecAwsSecretManagerPodIdentity;
    readonly region?: string;
    readonly secrets: TriggerAuthenticationSpecAwsSecretManagerSecrets[];
}
export declare function toJson_TriggerAuthenticationSpecAwsSecretManager(obj: TriggerAuthenticationSpecAwsSecretManager | undefined): Record<string, any> | undefined;
export interface TriggerAuthenticationSpecAzureKeyVault {
    readonly cloud?: TriggerAuthenticationSpecAzureKeyVaultCloud;
    readonly credentials?: TriggerAuthenticationSpecAzureKeyVaultCredentials;
    readonly podIdentity?: TriggerAuthenticationSpecAzureKeyVaultPodIdentity;
    readonly secrets: TriggerAuthenticationSpecAzureKeyVaultSecrets[];
    readonly vaultUri: string;
}
export declare function toJson_TriggerAuthenticationSpecAzureKeyVault(obj: TriggerAuthenticationSpecAzureKeyVault | undefined): Record<string, any> | undefined;
export interface TriggerAuthenticationSpecBoundServiceAccountToken {
    readonly parameter: string;
    readonly serviceAccountName: string;
}
export declare function toJson_TriggerAuthenticationSpecBoundServiceAccountToken(obj: TriggerAuthenticationSpecBoundServiceAccountToken | undefined): Record<string, any> | undefined;
export interface TriggerAuthenticationSpecConfigMapTargetRef {
    readonly key: string;
    readonly name: string;
    readonly parameter: string;
}
export declare function toJson_TriggerAuthenticationSpecConfigMapTargetRef(obj: TriggerAuthenticationSpecConfigMapTargetRef | undefined): Record<string, any> | undefined;
export interface TriggerAuthenticationSpecEnv {
    readonly containerName?: string;
    readonly name: string;
    readonly parameter: string;
}
export declare function toJson_TriggerAuthenticationSpecEnv(obj: TriggerAuthenticationSpecEnv | undefined): Record<string, any> | undefined;
export interface TriggerAuthenticationSpecGcpSecretManager {
    readonly credentials?: TriggerAuthenticationSpecGcpSecretManagerCredentials;
    readonly podIdentity?: TriggerAuthenticationSpecGcpSecretManagerPodIdentity;
    readonly secrets: TriggerAuthenticationSpecGcpSecretManagerSecrets[];
}
export declare function toJson_TriggerAuthenticationSpecGcpSecretManager(obj: TriggerAuthenticationSpecGcpSecretManager | undefined): Record<string, any> | undefined;
export interface TriggerAuthenticationSpecHashiCorpVault {
    readonly address: string;
    readonly authentication: TriggerAuthenticationSpecHashiCorpVaultAuthentication;
    readonly credential?: TriggerAuthenticationSpecHashiCorpVaultCredential;
    readonly mount?: string;
    readonly namespace?: string;
    readonly role?: string;
    readonly secrets: TriggerAuthenticationSpecHashiCorpVaultSecrets[];
}
export declare function toJson_TriggerAuthenticationSpecHashiCorpVault(obj: TriggerAuthenticationSpecHashiCorpVault | undefined): Record<string, any> | undefined;
export interface TriggerAuthenticationSpecOauth2 {
    readonly clientId: string;
    readonly clientSecret?: TriggerAuthenticationSpecOauth2ClientSecret;
    readonly scopes?: string[];
    readonly tokenUrl: string;
    readonly tokenUrlParams?: {
        [key: string]: string;
    };
    readonly type: TriggerAuthenticationSpecOauth2Type;
}
export declare function toJson_TriggerAuthenticationSpecOauth2(obj: TriggerAuthenticationSpecOauth2 | undefined): Record<string, any> | undefined;
export interface TriggerAuthenticationSpecPodIdentity {
    readonly externalId?: string;
    readonly identityAuthorityHost?: string;
    readonly identityId?: string;
    readonly identityOwner?: TriggerAuthenticationSpecPodIdentityIdentityOwner;
    readonly identityTenantId?: string;
    readonly provider: TriggerAuthenticationSpecPodIdentityProvider;
    readonly roleArn?: string;
}
export declare function toJson_TriggerAuthenticationSpecPodIdentity(obj: TriggerAuthenticationSpecPodIdentity | undefined): Record<string, any> | undefined;
export interface TriggerAuthenticationSpecSecretTargetRef {
    readonly key: string;
    readonly name: string;
    readonly parameter: string;
}
export declare function toJson_TriggerAuthenticationSpecSecretTargetRef(obj: TriggerAuthenticationSpecSecretTargetRef | undefined): Record<string, any> | undefined;
export interface TriggerAuthenticationSpecAwsSecretManagerCredentials {
    readonly accessKey: TriggerAuthenticationSpecAwsSecretManagerCredentialsAccessKey;
    readonly accessSecretKey: TriggerAuthenticationSpecAwsSecretManagerCredentialsAccessSecretKey;
    readonly accessToken?: TriggerAuthenticationSpecAwsSecretManagerCredentialsAccessToken;
}
export declare function toJson_TriggerAuthenticationSpecAwsSecretManagerCredentials(obj: TriggerAuthenticationSpecAwsSecretManagerCredentials | undefined): Record<string, any> | undefined;
export interface TriggerAuthenticationSpecAwsSecretManagerPodIdentity {
    readonly externalId?: string;
    readonly identityAuthorityHost?: string;
    readonly identityId?: string;
    readonly identityOwner?: TriggerAuthenticationSpecAwsSecretManagerPodIdentityIdentityOwner;
    readonly identityTenantId?: string;
    readonly provider: TriggerAuthenticationSpecAwsSecretManagerPodIdentityProvider;
    readonly roleArn?: string;
}
export declare function toJson_TriggerAuthenticationSpecAwsSecretManagerPodIdentity(obj: TriggerAuthenticationSpecAwsSecretManagerPodIdentity | undefined): Record<string, any> | undefined;
export interface TriggerAuthenticationSpecAwsSecretManagerSecrets {
    readonly name: string;
    readonly parameter: string;
    readonly secretKey?: string;
    readonly versionId?: string;
    readonly versionStage?: string;
}
export declare function toJson_TriggerAuthenticationSpecAwsSecretManagerSecrets(obj: TriggerAuthenticationSpecAwsSecretManagerSecrets | undefined): Record<string, any> | undefined;
export interface TriggerAuthenticationSpecAzureKeyVaultCloud {
    readonly activeDirectoryEndpoint?: string;
    readonly keyVaultResourceUrl?: string;
    readonly type: string;
}
export declare function toJson_TriggerAuthenticationSpecAzureKeyVaultCloud(obj: TriggerAuthenticationSpecAzureKeyVaultCloud | undefined): Record<string, any> | undefined;
export interface TriggerAuthenticationSpecAzureKeyVaultCredentials {
    readonly clientId: string;
    readonly clientSecret: TriggerAuthenticationSpecAzureKeyVaultCredentialsClientSecret;
    readonly tenantId: string;
}
export declare function toJson_TriggerAuthenticationSpecAzureKeyVaultCredentials(obj: TriggerAuthenticationSpecAzureKeyVaultCredentials | undefined): Record<string, any> | undefined;
export interface TriggerAuthenticationSpecAzureKeyVaultPodIdentity {
    readonly externalId?: string;
    readonly identityAuthorityHost?: string;
    readonly identityId?: string;
    readonly identityOwner?: TriggerAuthenticationSpecAzureKeyVaultPodIdentityIdentityOwner;
    readonly identityTenantId?: string;
    readonly provider: TriggerAuthenticationSpecAzureKeyVaultPodIdentityProvider;
    readonly roleArn?: string;
}
export declare function toJson_TriggerAuthenticationSpecAzureKeyVaultPodIdentity(obj: TriggerAuthenticationSpecAzureKeyVaultPodIdentity | undefined): Record<string, any> | undefined;
export interface TriggerAuthenticationSpecAzureKeyVaultSecrets {
    readonly name: string;
    readonly parameter: string;
    readonly version?: string;
}
export declare function toJson_TriggerAuthenticationSpecAzureKeyVaultSecrets(obj: TriggerAuthenticationSpecAzureKeyVaultSecrets | undefined): Record<string, any> | undefined;
export interface TriggerAuthenticationSpecGcpSecretManagerCredentials {
    readonly clientSecret: TriggerAuthenticationSpecGcpSecretManagerCredentialsClientSecret;
}
export declare function toJson_TriggerAuthenticationSpecGcpSecretManagerCredentials(obj: TriggerAuthenticationSpecGcpSecretManagerCredentials | undefined): Record<string, any> | undefined;
export interface TriggerAuthenticationSpecGcpSecretManagerPodIdentity {
    readonly externalId?: string;
    readonly identityAuthorityHost?: string;
    readonly identityId?: string;
    readonly identityOwner?: TriggerAuthenticationSpecGcpSecretManagerPodIdentityIdentityOwner;
    readonly identityTenantId?: string;
    readonly provider: TriggerAuthenticationSpecGcpSecretManagerPodIdentityProvider;
    readonly roleArn?: string;
}
export declare function toJson_TriggerAuthenticationSpecGcpSecretManagerPodIdentity(obj: TriggerAuthenticationSpecGcpSecretManagerPodIdentity | undefined): Record<string, any> | undefined;
export interface TriggerAuthenticationSpecGcpSecretManagerSecrets {
    readonly id: string;
    readonly parameter: string;
    readonly version?: string;
}
export declare function toJson_TriggerAuthenticationSpecGcpSecretManagerSecrets(obj: TriggerAuthenticationSpecGcpSecretManagerSecrets | undefined): Record<string, any> | undefined;
export declare enum TriggerAuthenticationSpecHashiCorpVaultAuthentication {
    TOKEN = "token",
    KUBERNETES = "kubernetes"
}
export interface TriggerAuthenticationSpecHashiCorpVaultCredential {
    readonly serviceAccount?: string;
    readonly serviceAccountName?: string;
    readonly token?: string;
}
export declare function toJson_TriggerAuthenticationSpecHashiCorpVaultCredential(obj: TriggerAuthenticationSpecHashiCorpVaultCredential | undefined): Record<string, any> | undefined;
export interface TriggerAuthenticationSpecHashiCorpVaultSecrets {
    readonly key: string;
    readonly parameter: string;
    readonly path: string;
    readonly pkiData?: TriggerAuthenticationSpecHashiCorpVaultSecretsPkiData;
    readonly type?: TriggerAuthenticationSpecHashiCorpVaultSecretsType;
}
export declare function toJson_TriggerAuthenticationSpecHashiCorpVaultSecrets(obj: TriggerAuthenticationSpecHashiCorpVaultSecrets | undefined): Record<string, any> | undefined;
export interface TriggerAuthenticationSpecOauth2ClientSecret {
    readonly valueFrom: TriggerAuthenticationSpecOauth2ClientSecretValueFrom;
}
export declare function toJson_TriggerAuthenticationSpecOauth2ClientSecret(obj: TriggerAuthenticationSpecOauth2ClientSecret | undefined): Record<string, any> | undefined;
export declare enum TriggerAuthenticationSpecOauth2Type {
    CLIENT_CREDENTIALS = "clientCredentials"
}
export declare enum TriggerAuthenticationSpecPodIdentityIdentityOwner {
    KEDA = "keda",
    WORKLOAD = "workload"
}
export declare enum TriggerAuthenticationSpecPodIdentityProvider {
    AZURE_HYPHEN_WORKLOAD = "azure-workload",
    GCP = "gcp",
    AWS = "aws",
    AWS_HYPHEN_EKS = "aws-eks",
    NONE = "none"
}
export interface TriggerAuthenticationSpecAwsSecretManagerCredentialsAccessKey {
    readonly valueFrom: TriggerAuthenticationSpecAwsSecretManagerCredentialsAccessKeyValueFrom;
}
export declare function toJson_TriggerAuthenticationSpecAwsSecretManagerCredentialsAccessKey(obj: TriggerAuthenticationSpecAwsSecretManagerCredentialsAccessKey | undefined): Record<string, any> | undefined;
export interface TriggerAuthenticationSpecAwsSecretManagerCredentialsAccessSecretKey {
    readonly valueFrom: TriggerAuthenticationSpecAwsSecretManagerCredentialsAccessSecretKeyValueFrom;
}
export declare function toJson_TriggerAuthenticationSpecAwsSecretManagerCredentialsAccessSecretKey(obj: TriggerAuthenticationSpecAwsSecretManagerCredentialsAccessSecretKey | undefined): Record<string, any> | undefined;
export interface TriggerAuthenticationSpecAwsSecretManagerCredentialsAccessToken {
    readonly valueFrom: TriggerAuthenticationSpecAwsSecretManagerCredentialsAccessTokenValueFrom;
}
export declare function toJson_TriggerAuthenticationSpecAwsSecretManagerCredentialsAccessToken(obj: TriggerAuthenticationSpecAwsSecretManagerCredentialsAccessToken | undefined): Record<string, any> | undefined;
export declare enum TriggerAuthenticationSpecAwsSecretManagerPodIdentityIdentityOwner {
    KEDA = "keda",
    WORKLOAD = "workload"
}
export declare enum TriggerAuthenticationSpecAwsSecretManagerPodIdentityProvider {
    AZURE_HYPHEN_WORKLOAD = "azure-workload",
    GCP = "gcp",
    AWS = "aws",
    AWS_HYPHEN_EKS = "aws-eks",
    NONE = "none"
}
export interface TriggerAuthenticationSpecAzureKeyVaultCredentialsClientSecret {
    readonly valueFrom: TriggerAuthenticationSpecAzureKeyVaultCredentialsClientSecretValueFrom;
}
export declare function toJson_TriggerAuthenticationSpecAzureKeyVaultCredentialsClientSecret(obj: TriggerAuthenticationSpecAzureKeyVaultCredentialsClientSecret | undefined): Record<string, any> | undefined;
export declare enum TriggerAuthenticationSpecAzureKeyVaultPodIdentityIdentityOwner {
    KEDA = "keda",
    WORKLOAD = "workload"
}
export declare enum TriggerAuthenticationSpecAzureKeyVaultPodIdentityProvider {
    AZURE_HYPHEN_WORKLOAD = "azure-workload",
    GCP = "gcp",
    AWS = "aws",
    AWS_HYPHEN_EKS = "aws-eks",
    NONE = "none"
}
export interface TriggerAuthenticationSpecGcpSecretManagerCredentialsClientSecret {
    readonly valueFrom: TriggerAuthenticationSpecGcpSecretManagerCredentialsClientSecretValueFrom;
}
export declare function toJson_TriggerAuthenticationSpecGcpSecretManagerCredentialsClientSecret(obj: TriggerAuthenticationSpecGcpSecretManagerCredentialsClientSecret | undefined): Record<string, any> | undefined;
export declare enum TriggerAuthenticationSpecGcpSecretManagerPodIdentityIdentityOwner {
    KEDA = "keda",
    WORKLOAD = "workload"
}
export declare enum TriggerAuthenticationSpecGcpSecretManagerPodIdentityProvider {
    AZURE_HYPHEN_WORKLOAD = "azure-workload",
    GCP = "gcp",
    AWS = "aws",
    AWS_HYPHEN_EKS = "aws-eks",
    NONE = "none"
}
export interface TriggerAuthenticationSpecHashiCorpVaultSecretsPkiData {
    readonly altNames?: string;
    readonly commonName?: string;
    readonly format?: string;
    readonly ipSans?: string;
    readonly otherSans?: string;
    readonly ttl?: string;
    readonly uriSans?: string;
}
export declare function toJson_TriggerAuthenticationSpecHashiCorpVaultSecretsPkiData(obj: TriggerAuthenticationSpecHashiCorpVaultSecretsPkiData | undefined): Record<string, any> | undefined;
export declare enum TriggerAuthenticationSpecHashiCorpVaultSecretsType {
    SECRET_V2 = "secretV2",
    SECRET = "secret",
    PKI = "pki"
}
export interface TriggerAuthenticationSpecOauth2ClientSecretValueFrom {
    readonly secretKeyRef: TriggerAuthenticationSpecOauth2ClientSecretValueFromSecretKeyRef;
}
export declare function toJson_TriggerAuthenticationSpecOauth2ClientSecretValueFrom(obj: TriggerAuthenticationSpecOauth2ClientSecretValueFrom | undefined): Record<string, any> | undefined;
export interface TriggerAuthenticationSpecAwsSecretManagerCredentialsAccessKeyValueFrom {
    readonly secretKeyRef: TriggerAuthenticationSpecAwsSecretManagerCredentialsAccessKeyValueFromSecretKeyRef;
}
export declare function toJson_TriggerAuthenticationSpecAwsSecretManagerCredentialsAccessKeyValueFrom(obj: TriggerAuthenticationSpecAwsSecretManagerCredentialsAccessKeyValueFrom | undefined): Record<string, any> | undefined;
export interface TriggerAuthenticationSpecAwsSecretManagerCredentialsAccessSecretKeyValueFrom {
    readonly secretKeyRef: TriggerAuthenticationSpecAwsSecretManagerCredentialsAccessSecretKeyValueFromSecretKeyRef;
}
export declare function toJson_TriggerAuthenticationSpecAwsSecretManagerCredentialsAccessSecretKeyValueFrom(obj: TriggerAuthenticationSpecAwsSecretManagerCredentialsAccessSecretKeyValueFrom | undefined): Record<string, any> | undefined;
export interface TriggerAuthenticationSpecAwsSecretManagerCredentialsAccessTokenValueFrom {
    readonly secretKeyRef: TriggerAuthenticationSpecAwsSecretManagerCredentialsAccessTokenValueFromSecretKeyRef;
}
export declare function toJson_TriggerAuthenticationSpecAwsSecretManagerCredentialsAccessTokenValueFrom(obj: TriggerAuthenticationSpecAwsSecretManagerCredentialsAccessTokenValueFrom | undefined): Record<string, any> | undefined;
export interface TriggerAuthenticationSpecAzureKeyVaultCredentialsClientSecretValueFrom {
    readonly secretKeyRef: TriggerAuthenticationSpecAzureKeyVaultCredentialsClientSecretValueFromSecretKeyRef;
}
export declare function toJson_TriggerAuthenticationSpecAzureKeyVaultCredentialsClientSecretValueFrom(obj: TriggerAuthenticationSpecAzureKeyVaultCredentialsClientSecretValueFrom | undefined): Record<string, any> | undefined;
export interface TriggerAuthenticationSpecGcpSecretManagerCredentialsClientSecretValueFrom {
    readonly secretKeyRef: TriggerAuthenticationSpecGcpSecretManagerCredentialsClientSecretValueFromSecretKeyRef;
}
export declare function toJson_TriggerAuthenticationSpecGcpSecretManagerCredentialsClientSecretValueFrom(obj: TriggerAuthenticationSpecGcpSecretManagerCredentialsClientSecretValueFrom | undefined): Record<string, any> | undefined;
export interface TriggerAuthenticationSpecOauth2ClientSecretValueFromSecretKeyRef {
    readonly key: string;
    readonly name: string;
}
export declare function toJson_TriggerAuthenticationSpecOauth2ClientSecretValueFromSecretKeyRef(obj: TriggerAuthenticationSpecOauth2ClientSecretValueFromSecretKeyRef | undefined): Record<string, any> | undefined;
export interface TriggerAuthenticationSpecAwsSecretManagerCredentialsAccessKeyValueFromSecretKeyRef {
    readonly key: string;
    readonly name: string;
}
export declare function toJson_TriggerAuthenticationSpecAwsSecretManagerCredentialsAccessKeyValueFromSecretKeyRef(obj: TriggerAuthenticationSpecAwsSecretManagerCredentialsAccessKeyValueFromSecretKeyRef | undefined): Record<string, any> | undefined;
export interface TriggerAuthenticationSpecAwsSecretManagerCredentialsAccessSecretKeyValueFromSecretKeyRef {
    readonly key: string;
    readonly name: string;
}
export declare function toJson_TriggerAuthenticationSpecAwsSecretManagerCredentialsAccessSecretKeyValueFromSecretKeyRef(obj: TriggerAuthenticationSpecAwsSecretManagerCredentialsAccessSecretKeyValueFromSecretKeyRef | undefined): Record<string, any> | undefined;
export interface TriggerAuthenticationSpecAwsSecretManagerCredentialsAccessTokenValueFromSecretKeyRef {
    readonly key: string;
    readonly name: string;
}
export declare function toJson_TriggerAuthenticationSpecAwsSecretManagerCredentialsAccessTokenValueFromSecretKeyRef(obj: TriggerAuthenticationSpecAwsSecretManagerCredentialsAccessTokenValueFromSecretKeyRef | undefined): Record<string, any> | undefined;
export interface TriggerAuthenticationSpecAzureKeyVaultCredentialsClientSecretValueFromSecretKeyRef {
    readonly key: string;
    readonly name: string;
}
export declare function toJson_TriggerAuthenticationSpecAzureKeyVaultCredentialsClientSecretValueFromSecretKeyRef(obj: TriggerAuthenticationSpecAzureKeyVaultCredentialsClientSecretValueFromSecretKeyRef | undefined): Record<string, any> | undefined;
export interface TriggerAuthenticationSpecGcpSecretManagerCredentialsClientSecretValueFromSecretKeyRef {
    readonly key: string;
    readonly name: string;
}
export declare function toJson_TriggerAuthenticationSpecGcpSecretManagerCredentialsClientSecretValueFromSecretKeyRef(obj: TriggerAuthenticationSpecGcpSecretManagerCredentialsClientSecretValueFromSecretKeyRef | undefined): Record<string, any> | undefined;
