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
export interface TriggerAuthenticationSpecAwsSecretManager {
    readonly credentials?: TriggerAuthenticationSpecAwsSecretManagerCredentials;
    readonly podIdentity?: TriggerAuthenticationSpecAwsSecretManagerPodIdentity;
    readonly region?: string;
    readonly secrets: TriggerAuthenticationSpecAwsSecretManagerSecrets[];
}
export interface TriggerAuthenticationSpecAzureKeyVault {
    readonly cloud?: TriggerAuthenticationSpecAzureKeyVaultCloud;
    readonly credentials?: TriggerAuthenticationSpecAzureKeyVaultCredentials;
    readonly podIdentity?: TriggerAuthenticationSpecAzureKeyVaultPodIdentity;
    readonly secrets: TriggerAuthenticationSpecAzureKeyVaultSecrets[];
    readonly vaultUri: string;
}
export interface TriggerAuthenticationSpecBoundServiceAccountToken {
    readonly parameter: string;
    readonly serviceAccountName: string;
}
export interface TriggerAuthenticationSpecConfigMapTargetRef {
    readonly key: string;
    readonly name: string;
    readonly parameter: string;
}
export interface TriggerAuthenticationSpecEnv {
    readonly containerName?: string;
    readonly name: string;
    readonly parameter: string;
}
export interface TriggerAuthenticationSpecGcpSecretManager {
    readonly credentials?: TriggerAuthenticationSpecGcpSecretManagerCredentials;
    readonly podIdentity?: TriggerAuthenticationSpecGcpSecretManagerPodIdentity;
    readonly secrets: TriggerAuthenticationSpecGcpSecretManagerSecrets[];
}
export interface TriggerAuthenticationSpecHashiCorpVault {
    readonly address: string;
    readonly authentication: TriggerAuthenticationSpecHashiCorpVaultAuthentication;
    readonly credential?: TriggerAuthenticationSpecHashiCorpVaultCredential;
    readonly mount?: string;
    readonly namespace?: string;
    readonly role?: string;
    readonly secrets: TriggerAuthenticationSpecHashiCorpVaultSecrets[];
}
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
export interface TriggerAuthenticationSpecPodIdentity {
    readonly externalId?: string;
    readonly identityAuthorityHost?: string;
    readonly identityId?: string;
    readonly identityOwner?: TriggerAuthenticationSpecPodIdentityIdentityOwner;
    readonly identityTenantId?: string;
    readonly provider: TriggerAuthenticationSpecPodIdentityProvider;
    readonly roleArn?: string;
}
export interface TriggerAuthenticationSpecSecretTargetRef {
    readonly key: string;
    readonly name: string;
    readonly parameter: string;
}
export interface TriggerAuthenticationSpecAwsSecretManagerCredentials {
    readonly accessKey: TriggerAuthenticationSpecAwsSecretManagerCredentialsAccessKey;
    readonly accessSecretKey: TriggerAuthenticationSpecAwsSecretManagerCredentialsAccessSecretKey;
    readonly accessToken?: TriggerAuthenticationSpecAwsSecretManagerCredentialsAccessToken;
}
export interface TriggerAuthenticationSpecAwsSecretManagerPodIdentity {
    readonly externalId?: string;
    readonly identityAuthorityHost?: string;
    readonly identityId?: string;
    readonly identityOwner?: TriggerAuthenticationSpecAwsSecretManagerPodIdentityIdentityOwner;
    readonly identityTenantId?: string;
    readonly provider: TriggerAuthenticationSpecAwsSecretManagerPodIdentityProvider;
    readonly roleArn?: string;
}
export interface TriggerAuthenticationSpecAwsSecretManagerSecrets {
    readonly name: string;
    readonly parameter: string;
    readonly secretKey?: string;
    readonly versionId?: string;
    readonly versionStage?: string;
}
export interface TriggerAuthenticationSpecAzureKeyVaultCloud {
    readonly activeDirectoryEndpoint?: string;
    readonly keyVaultResourceUrl?: string;
    readonly type: string;
}
export interface TriggerAuthenticationSpecAzureKeyVaultCredentials {
    readonly clientId: string;
    readonly clientSecret: TriggerAuthenticationSpecAzureKeyVaultCredentialsClientSecret;
    readonly tenantId: string;
}
export interface TriggerAuthenticationSpecAzureKeyVaultPodIdentity {
    readonly externalId?: string;
    readonly identityAuthorityHost?: string;
    readonly identityId?: string;
    readonly identityOwner?: TriggerAuthenticationSpecAzureKeyVaultPodIdentityIdentityOwner;
    readonly identityTenantId?: string;
    readonly provider: TriggerAuthenticationSpecAzureKeyVaultPodIdentityProvider;
    readonly roleArn?: string;
}
export interface TriggerAuthenticationSpecAzureKeyVaultSecrets {
    readonly name: string;
    readonly parameter: string;
    readonly version?: string;
}
export interface TriggerAuthenticationSpecGcpSecretManagerCredentials {
    readonly clientSecret: TriggerAuthenticationSpecGcpSecretManagerCredentialsClientSecret;
}
export interface TriggerAuthenticationSpecGcpSecretManagerPodIdentity {
    readonly externalId?: string;
    readonly identityAuthorityHost?: string;
    readonly identityId?: string;
    readonly identityOwner?: TriggerAuthenticationSpecGcpSecretManagerPodIdentityIdentityOwner;
    readonly identityTenantId?: string;
    readonly provider: TriggerAuthenticationSpecGcpSecretManagerPodIdentityProvider;
    readonly roleArn?: string;
}
export interface TriggerAuthenticationSpecGcpSecretManagerSecrets {
    readonly id: string;
    readonly parameter: string;
    readonly version?: string;
}
export declare enum TriggerAuthenticationSpecHashiCorpVaultAuthentication {
    TOKEN = "token",
    KUBERNETES = "kubernetes"
}
export interface TriggerAuthenticationSpecHashiCorpVaultCredential {
    readonly serviceAccount?: string;
    readonly serviceAccountName?: string;
    readonly token?: string;
}
export interface TriggerAuthenticationSpecHashiCorpVaultSecrets {
    readonly key: string;
    readonly parameter: string;
    readonly path: string;
    readonly pkiData?: TriggerAuthenticationSpecHashiCorpVaultSecretsPkiData;
    readonly type?: TriggerAuthenticationSpecHashiCorpVaultSecretsType;
}
export interface TriggerAuthenticationSpecOauth2ClientSecret {
    readonly valueFrom: TriggerAuthenticationSpecOauth2ClientSecretValueFrom;
}
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
export interface TriggerAuthenticationSpecAwsSecretManagerCredentialsAccessSecretKey {
    readonly valueFrom: TriggerAuthenticationSpecAwsSecretManagerCredentialsAccessSecretKeyValueFrom;
}
export interface TriggerAuthenticationSpecAwsSecretManagerCredentialsAccessToken {
    readonly valueFrom: TriggerAuthenticationSpecAwsSecretManagerCredentialsAccessTokenValueFrom;
}
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
export declare enum TriggerAuthenticationSpecHashiCorpVaultSecretsType {
    SECRET_V2 = "secretV2",
    SECRET = "secret",
    PKI = "pki"
}
export interface TriggerAuthenticationSpecOauth2ClientSecretValueFrom {
    readonly secretKeyRef: TriggerAuthenticationSpecOauth2ClientSecretValueFromSecretKeyRef;
}
export interface TriggerAuthenticationSpecAwsSecretManagerCredentialsAccessKeyValueFrom {
    readonly secretKeyRef: TriggerAuthenticationSpecAwsSecretManagerCredentialsAccessKeyValueFromSecretKeyRef;
}
export interface TriggerAuthenticationSpecAwsSecretManagerCredentialsAccessSecretKeyValueFrom {
    readonly secretKeyRef: TriggerAuthenticationSpecAwsSecretManagerCredentialsAccessSecretKeyValueFromSecretKeyRef;
}
export interface TriggerAuthenticationSpecAwsSecretManagerCredentialsAccessTokenValueFrom {
    readonly secretKeyRef: TriggerAuthenticationSpecAwsSecretManagerCredentialsAccessTokenValueFromSecretKeyRef;
}
export interface TriggerAuthenticationSpecAzureKeyVaultCredentialsClientSecretValueFrom {
    readonly secretKeyRef: TriggerAuthenticationSpecAzureKeyVaultCredentialsClientSecretValueFromSecretKeyRef;
}
export interface TriggerAuthenticationSpecGcpSecretManagerCredentialsClientSecretValueFrom {
    readonly secretKeyRef: TriggerAuthenticationSpecGcpSecretManagerCredentialsClientSecretValueFromSecretKeyRef;
}
export interface TriggerAuthenticationSpecOauth2ClientSecretValueFromSecretKeyRef {
    readonly key: string;
    readonly name: string;
}
export interface TriggerAuthenticationSpecAwsSecretManagerCredentialsAccessKeyValueFromSecretKeyRef {
    readonly key: string;
    readonly name: string;
}
export interface TriggerAuthenticationSpecAwsSecretManagerCredentialsAccessSecretKeyValueFromSecretKeyRef {
    readonly key: string;
    readonly name: string;
}
export interface TriggerAuthenticationSpecAwsSecretManagerCredentialsAccessTokenValueFromSecretKeyRef {
    readonly key: string;
    readonly name: string;
}
export interface TriggerAuthenticationSpecAzureKeyVaultCredentialsClientSecretValueFromSecretKeyRef {
    readonly key: string;
    readonly name: string;
}
export interface TriggerAuthenticationSpecGcpSecretManagerCredentialsClientSecretValueFromSecretKeyRef {
    readonly key: string;
    readonly name: string;
}
