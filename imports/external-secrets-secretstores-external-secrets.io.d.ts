import { ApiObject, ApiObjectMetadata, GroupVersionKind } from 'cdk8s';
import { Construct } from 'constructs';
export declare class SecretStore extends ApiObject {
    static readonly GVK: GroupVersionKind;
    static manifest(props?: SecretStoreProps): any;
    constructor(scope: Construct, id: string, props?: SecretStoreProps);
    toJson(): any;
}
export interface SecretStoreProps {
    readonly metadata?: ApiObjectMetadata;
    readonly spec?: SecretStoreSpec;
}
export interface SecretStoreSpec {
    readonly conditions?: SecretStoreSpecConditions[];
    readonly controller?: string;
    readonly provider: SecretStoreSpecProvider;
    readonly refreshInterval?: SecretStoreSpecRefreshInterval;
    readonly retrySettings?: SecretStoreSpecRetrySettings;
}
export interface SecretStoreSpecConditions {
    readonly namespaceRegexes?: string[];
    readonly namespaceSelector?: SecretStoreSpecConditionsNamespaceSelector;
    readonly namespaces?: string[];
}
export interface SecretStoreSpecProvider {
    readonly akeyless?: SecretStoreSpecProviderAkeyless;
    readonly aws?: SecretStoreSpecProviderAws;
    readonly azurekv?: SecretStoreSpecProviderAzurekv;
    readonly barbican?: SecretStoreSpecProviderBarbican;
    readonly beyondtrust?: SecretStoreSpecProviderBeyondtrust;
    readonly beyondtrustworkloadcredentials?: SecretStoreSpecProviderBeyondtrustworkloadcredentials;
    readonly bitwardensecretsmanager?: SecretStoreSpecProviderBitwardensecretsmanager;
    readonly chef?: SecretStoreSpecProviderChef;
    readonly cloudrusm?: SecretStoreSpecProviderCloudrusm;
    readonly conjur?: SecretStoreSpecProviderConjur;
    readonly crd?: SecretStoreSpecProviderCrd;
    readonly delinea?: SecretStoreSpecProviderDelinea;
    readonly doppler?: SecretStoreSpecProviderDoppler;
    readonly dvls?: SecretStoreSpecProviderDvls;
    readonly fake?: SecretStoreSpecProviderFake;
    readonly fortanix?: SecretStoreSpecProviderFortanix;
    readonly gcpsm?: SecretStoreSpecProviderGcpsm;
    readonly github?: SecretStoreSpecProviderGithub;
    readonly gitlab?: SecretStoreSpecProviderGitlab;
    readonly ibm?: SecretStoreSpecProviderIbm;
    readonly infisical?: SecretStoreSpecProviderInfisical;
    readonly keepersecurity?: SecretStoreSpecProviderKeepersecurity;
    readonly kubernetes?: SecretStoreSpecProviderKubernetes;
    readonly nebiusmysterybox?: SecretStoreSpecProviderNebiusmysterybox;
    readonly ngrok?: SecretStoreSpecProviderNgrok;
    readonly onboardbase?: SecretStoreSpecProviderOnboardbase;
    readonly onepassword?: SecretStoreSpecProviderOnepassword;
    readonly onepasswordSdk?: SecretStoreSpecProviderOnepasswordSdk;
    readonly openBao?: SecretStoreSpecProviderOpenBao;
    readonly oracle?: SecretStoreSpecProviderOracle;
    readonly ovh?: SecretStoreSpecProviderOvh;
    readonly passbolt?: SecretStoreSpecProviderPassbolt;
    readonly passworddepot?: SecretStoreSpecProviderPassworddepot;
    readonly previder?: SecretStoreSpecProviderPrevider;
    readonly pulumi?: SecretStoreSpecProviderPulumi;
    readonly scaleway?: SecretStoreSpecProviderScaleway;
    readonly secretserver?: SecretStoreSpecProviderSecretserver;
    readonly senhasegura?: SecretStoreSpecProviderSenhasegura;
    readonly vault?: SecretStoreSpecProviderVault;
    readonly volcengine?: SecretStoreSpecProviderVolcengine;
    readonly webhook?: SecretStoreSpecProviderWebhook;
    readonly yandexcertificatemanager?: SecretStoreSpecProviderYandexcertificatemanager;
    readonly yandexlockbox?: SecretStoreSpecProviderYandexlockbox;
}
export declare class SecretStoreSpecRefreshInterval {
    readonly value: number | string;
    static fromNumber(value: number): SecretStoreSpecRefreshInterval;
    static fromString(value: string): SecretStoreSpecRefreshInterval;
    private constructor();
}
export interface SecretStoreSpecRetrySettings {
    readonly maxRetries?: number;
    readonly retryInterval?: string;
}
export interface SecretStoreSpecConditionsNamespaceSelector {
    readonly matchExpressions?: SecretStoreSpecConditionsNamespaceSelectorMatchExpressions[];
    readonly matchLabels?: {
        [key: string]: string;
    };
}
export interface SecretStoreSpecProviderAkeyless {
    readonly akeylessGwApiUrl: string;
    readonly authSecretRef: SecretStoreSpecProviderAkeylessAuthSecretRef;
    readonly caBundle?: string;
    readonly caProvider?: SecretStoreSpecProviderAkeylessCaProvider;
    readonly ignoreCache?: boolean;
}
export interface SecretStoreSpecProviderAws {
    readonly additionalRoles?: string[];
    readonly auth?: SecretStoreSpecProviderAwsAuth;
    readonly customSessionTags?: {
        [key: string]: string;
    };
    readonly externalId?: string;
    readonly prefix?: string;
    readonly region: string;
    readonly role?: string;
    readonly secretsManager?: SecretStoreSpecProviderAwsSecretsManager;
    readonly service: SecretStoreSpecProviderAwsService;
    readonly sessionTags?: SecretStoreSpecProviderAwsSessionTags[];
    readonly sessionTagsPolicy?: SecretStoreSpecProviderAwsSessionTagsPolicy;
    readonly transitiveTagKeys?: string[];
}
export interface SecretStoreSpecProviderAzurekv {
    readonly authSecretRef?: SecretStoreSpecProviderAzurekvAuthSecretRef;
    readonly authType?: SecretStoreSpecProviderAzurekvAuthType;
    readonly customCloudConfig?: SecretStoreSpecProviderAzurekvCustomCloudConfig;
    readonly environmentType?: SecretStoreSpecProviderAzurekvEnvironmentType;
    readonly identityId?: string;
    readonly serviceAccountRef?: SecretStoreSpecProviderAzurekvServiceAccountRef;
    readonly tenantId?: string;
    readonly useAzureSdk?: boolean;
    readonly vaultUrl: string;
}
export interface SecretStoreSpecProviderBarbican {
    readonly auth: SecretStoreSpecProviderBarbicanAuth;
    readonly authUrl?: string;
    readonly domainName?: string;
    readonly region?: string;
    readonly tenantName?: string;
}
export interface SecretStoreSpecProviderBeyondtrust {
    readonly auth: SecretStoreSpecProviderBeyondtrustAuth;
    readonly server: SecretStoreSpecProviderBeyondtrustServer;
}
export interface SecretStoreSpecProviderBeyondtrustworkloadcredentials {
    readonly auth: SecretStoreSpecProviderBeyondtrustworkloadcredentialsAuth;
    readonly caBundle?: string;
    readonly caProvider?: SecretStoreSpecProviderBeyondtrustworkloadcredentialsCaProvider;
    readonly folderPath?: string;
    readonly server: SecretStoreSpecProviderBeyondtrustworkloadcredentialsServer;
}
export interface SecretStoreSpecProviderBitwardensecretsmanager {
    readonly apiUrl?: string;
    readonly auth: SecretStoreSpecProviderBitwardensecretsmanagerAuth;
    readonly bitwardenServerSdkurl?: string;
    readonly caBundle?: string;
    readonly caProvider?: SecretStoreSpecProviderBitwardensecretsmanagerCaProvider;
    readonly identityUrl?: string;
    readonly organizationId: string;
    readonly projectId: string;
}
export interface SecretStoreSpecProviderChef {
    readonly auth: SecretStoreSpecProviderChefAuth;
    readonly serverUrl: string;
    readonly username: string;
}
export interface SecretStoreSpecProviderCloudrusm {
    readonly auth: SecretStoreSpecProviderCloudrusmAuth;
    readonly projectId?: string;
}
export interface SecretStoreSpecProviderConjur {
    readonly auth: SecretStoreSpecProviderConjurAuth;
    readonly caBundle?: string;
    readonly caProvider?: SecretStoreSpecProviderConjurCaProvider;
    readonly url: string;
}
export interface SecretStoreSpecProviderCrd {
    readonly auth?: SecretStoreSpecProviderCrdAuth;
    readonly authRef?: SecretStoreSpecProviderCrdAuthRef;
    readonly resource: SecretStoreSpecProviderCrdResource;
    readonly server?: SecretStoreSpecProviderCrdServer;
    readonly whitelist?: SecretStoreSpecProviderCrdWhitelist;
}
export interface SecretStoreSpecProviderDelinea {
    readonly clientId: SecretStoreSpecProviderDelineaClientId;
    readonly clientSecret: SecretStoreSpecProviderDelineaClientSecret;
    readonly tenant: string;
    readonly tld?: string;
    readonly urlTemplate?: string;
}
export interface SecretStoreSpecProviderDoppler {
    readonly auth: SecretStoreSpecProviderDopplerAuth;
    readonly config?: string;
    readonly format?: SecretStoreSpecProviderDopplerFormat;
    readonly nameTransformer?: SecretStoreSpecProviderDopplerNameTransformer;
    readonly project?: string;
}
export interface SecretStoreSpecProviderDvls {
    readonly auth: SecretStoreSpecProviderDvlsAuth;
    readonly insecure?: boolean;
    readonly serverUrl: string;
    readonly vault?: string;
}
export interface SecretStoreSpecProviderFake {
    readonly data: SecretStoreSpecProviderFakeData[];
    readonly validationResult?: number;
}
export interface SecretStoreSpecProviderFortanix {
    readonly apiKey?: SecretStoreSpecProviderFortanixApiKey;
    readonly apiUrl?: string;
}
export interface SecretStoreSpecProviderGcpsm {
    readonly auth?: SecretStoreSpecProviderGcpsmAuth;
    readonly location?: string;
    readonly projectId?: string;
    readonly secretVersionSelectionPolicy?: string;
}
export interface SecretStoreSpecProviderGithub {
    readonly appId: number;
    readonly auth: SecretStoreSpecProviderGithubAuth;
    readonly environment?: string;
    readonly installationId: number;
    readonly orgSecretVisibility?: SecretStoreSpecProviderGithubOrgSecretVisibility;
    readonly organization: string;
    readonly repository?: string;
    readonly uploadUrl?: string;
    readonly url?: string;
}
export interface SecretStoreSpecProviderGitlab {
    readonly auth: SecretStoreSpecProviderGitlabAuth;
    readonly caBundle?: string;
    readonly caProvider?: SecretStoreSpecProviderGitlabCaProvider;
    readonly environment?: string;
    readonly groupIDs?: string[];
    readonly inheritFromGroups?: boolean;
    readonly projectId?: string;
    readonly url?: string;
}
export interface SecretStoreSpecProviderIbm {
    readonly auth: SecretStoreSpecProviderIbmAuth;
    readonly serviceUrl?: string;
}
export interface SecretStoreSpecProviderInfisical {
    readonly auth: SecretStoreSpecProviderInfisicalAuth;
    readonly caBundle?: string;
    readonly caProvider?: SecretStoreSpecProviderInfisicalCaProvider;
    readonly hostApi?: string;
    readonly secretsScope: SecretStoreSpecProviderInfisicalSecretsScope;
}
export interface SecretStoreSpecProviderKeepersecurity {
    readonly authRef: SecretStoreSpecProviderKeepersecurityAuthRef;
    readonly folderId: string;
    readonly getByTitleFallback?: boolean;
}
export interface SecretStoreSpecProviderKubernetes {
    readonly auth?: SecretStoreSpecProviderKubernetesAuth;
    readonly authRef?: SecretStoreSpecProviderKubernetesAuthRef;
    readonly remoteNamespace?: string;
    readonly server?: SecretStoreSpecProviderKubernetesServer;
}
export interface SecretStoreSpecProviderNebiusmysterybox {
    readonly apiDomain: string;
    readonly auth: SecretStoreSpecProviderNebiusmysteryboxAuth;
    readonly caProvider?: SecretStoreSpecProviderNebiusmysteryboxCaProvider;
}
export interface SecretStoreSpecProviderNgrok {
    readonly apiUrl?: string;
    readonly auth: SecretStoreSpecProviderNgrokAuth;
    readonly vault: SecretStoreSpecProviderNgrokVault;
}
export interface SecretStoreSpecProviderOnboardbase {
    readonly apiHost: string;
    readonly auth: SecretStoreSpecProviderOnboardbaseAuth;
    readonly environment: string;
    readonly project: string;
}
export interface SecretStoreSpecProviderOnepassword {
    readonly auth: SecretStoreSpecProviderOnepasswordAuth;
    readonly connectHost: string;
    readonly vaults: {
        [key: string]: number;
    };
}
export interface SecretStoreSpecProviderOnepasswordSdk {
    readonly auth: SecretStoreSpecProviderOnepasswordSdkAuth;
    readonly cache?: SecretStoreSpecProviderOnepasswordSdkCache;
    readonly environment?: string;
    readonly integrationInfo?: SecretStoreSpecProviderOnepasswordSdkIntegrationInfo;
    readonly vault?: string;
}
export interface SecretStoreSpecProviderOpenBao {
    readonly auth?: SecretStoreSpecProviderOpenBaoAuth;
    readonly caBundle?: string;
    readonly caProvider?: SecretStoreSpecProviderOpenBaoCaProvider;
    readonly namespace?: string;
    readonly path?: string;
    readonly server: string;
    readonly version?: SecretStoreSpecProviderOpenBaoVersion;
}
export interface SecretStoreSpecProviderOracle {
    readonly auth?: SecretStoreSpecProviderOracleAuth;
    readonly compartment?: string;
    readonly encryptionKey?: string;
    readonly principalType?: SecretStoreSpecProviderOraclePrincipalType;
    readonly region: string;
    readonly serviceAccountRef?: SecretStoreSpecProviderOracleServiceAccountRef;
    readonly vault: string;
}
export interface SecretStoreSpecProviderOvh {
    readonly auth: SecretStoreSpecProviderOvhAuth;
    readonly casRequired?: boolean;
    readonly okmsTimeout?: number;
    readonly okmsid: string;
    readonly server: string;
}
export interface SecretStoreSpecProviderPassbolt {
    readonly auth: SecretStoreSpecProviderPassboltAuth;
    readonly caBundle?: string;
    readonly caProvider?: SecretStoreSpecProviderPassboltCaProvider;
    readonly host: string;
}
export interface SecretStoreSpecProviderPassworddepot {
    readonly auth: SecretStoreSpecProviderPassworddepotAuth;
    readonly database: string;
    readonly host: string;
}
export interface SecretStoreSpecProviderPrevider {
    readonly auth: SecretStoreSpecProviderPreviderAuth;
    readonly baseUri?: string;
}
export interface SecretStoreSpecProviderPulumi {
    readonly accessToken?: SecretStoreSpecProviderPulumiAccessToken;
    readonly apiUrl?: string;
    readonly auth?: SecretStoreSpecProviderPulumiAuth;
    readonly environment: string;
    readonly organization: string;
    readonly project: string;
}
export interface SecretStoreSpecProviderScaleway {
    readonly accessKey: SecretStoreSpecProviderScalewayAccessKey;
    readonly apiUrl?: string;
    readonly projectId: string;
    readonly region: string;
    readonly secretKey: SecretStoreSpecProviderScalewaySecretKey;
}
export interface SecretStoreSpecProviderSecretserver {
    readonly caBundle?: string;
    readonly caProvider?: SecretStoreSpecProviderSecretserverCaProvider;
    readonly domain?: string;
    readonly password?: SecretStoreSpecProviderSecretserverPassword;
    readonly serverUrl: string;
    readonly token?: SecretStoreSpecProviderSecretserverToken;
    readonly username?: SecretStoreSpecProviderSecretserverUsername;
}
export interface SecretStoreSpecProviderSenhasegura {
    readonly auth: SecretStoreSpecProviderSenhaseguraAuth;
    readonly ignoreSslCertificate?: boolean;
    readonly module: string;
    readonly url: string;
}
export interface SecretStoreSpecProviderVault {
    readonly auth?: SecretStoreSpecProviderVaultAuth;
    readonly caBundle?: string;
    readonly caProvider?: SecretStoreSpecProviderVaultCaProvider;
    readonly checkAndSet?: SecretStoreSpecProviderVaultCheckAndSet;
    readonly forwardInconsistent?: boolean;
    readonly headers?: {
        [key: string]: string;
    };
    readonly namespace?: string;
    readonly path?: string;
    readonly readYourWrites?: boolean;
    readonly server: string;
    readonly tls?: SecretStoreSpecProviderVaultTls;
    readonly version?: SecretStoreSpecProviderVaultVersion;
}
export interface SecretStoreSpecProviderVolcengine {
    readonly auth?: SecretStoreSpecProviderVolcengineAuth;
    readonly region: string;
}
export interface SecretStoreSpecProviderWebhook {
    readonly auth?: SecretStoreSpecProviderWebhookAuth;
    readonly body?: string;
    readonly caBundle?: string;
    readonly caProvider?: SecretStoreSpecProviderWebhookCaProvider;
    readonly headers?: {
        [key: string]: string;
    };
    readonly method?: string;
    readonly result?: SecretStoreSpecProviderWebhookResult;
    readonly secrets?: SecretStoreSpecProviderWebhookSecrets[];
    readonly timeout?: string;
    readonly url: string;
}
export interface SecretStoreSpecProviderYandexcertificatemanager {
    readonly apiEndpoint?: string;
    readonly auth: SecretStoreSpecProviderYandexcertificatemanagerAuth;
    readonly caProvider?: SecretStoreSpecProviderYandexcertificatemanagerCaProvider;
    readonly fetching?: SecretStoreSpecProviderYandexcertificatemanagerFetching;
}
export interface SecretStoreSpecProviderYandexlockbox {
    readonly apiEndpoint?: string;
    readonly auth: SecretStoreSpecProviderYandexlockboxAuth;
    readonly caProvider?: SecretStoreSpecProviderYandexlockboxCaProvider;
    readonly fetching?: SecretStoreSpecProviderYandexlockboxFetching;
}
export interface SecretStoreSpecConditionsNamespaceSelectorMatchExpressions {
    readonly key: string;
    readonly operator: string;
    readonly values?: string[];
}
export interface SecretStoreSpecProviderAkeylessAuthSecretRef {
    readonly kubernetesAuth?: SecretStoreSpecProviderAkeylessAuthSecretRefKubernetesAuth;
    readonly secretRef?: SecretStoreSpecProviderAkeylessAuthSecretRefSecretRef;
    readonly serviceAccountRef?: SecretStoreSpecProviderAkeylessAuthSecretRefServiceAccountRef;
}
export interface SecretStoreSpecProviderAkeylessCaProvider {
    readonly key?: string;
    readonly name: string;
    readonly namespace?: string;
    readonly type: SecretStoreSpecProviderAkeylessCaProviderType;
}
export interface SecretStoreSpecProviderAwsAuth {
    readonly jwt?: SecretStoreSpecProviderAwsAuthJwt;
    readonly secretRef?: SecretStoreSpecProviderAwsAuthSecretRef;
}
export interface SecretStoreSpecProviderAwsSecretsManager {
    readonly forceDeleteWithoutRecovery?: boolean;
    readonly recoveryWindowInDays?: number;
}
export declare enum SecretStoreSpecProviderAwsService {
    SECRETS_MANAGER = "SecretsManager",
    PARAMETER_STORE = "ParameterStore",
    CERTIFICATE_MANAGER = "CertificateManager"
}
export interface SecretStoreSpecProviderAwsSessionTags {
    readonly key: string;
    readonly value: string;
}
export declare enum SecretStoreSpecProviderAwsSessionTagsPolicy {
    NONE = "None",
    SIMPLE = "Simple",
    CUSTOM = "Custom"
}
export interface SecretStoreSpecProviderAzurekvAuthSecretRef {
    readonly clientCertificate?: SecretStoreSpecProviderAzurekvAuthSecretRefClientCertificate;
    readonly clientId?: SecretStoreSpecProviderAzurekvAuthSecretRefClientId;
    readonly clientSecret?: SecretStoreSpecProviderAzurekvAuthSecretRefClientSecret;
    readonly tenantId?: SecretStoreSpecProviderAzurekvAuthSecretRefTenantId;
}
export declare enum SecretStoreSpecProviderAzurekvAuthType {
    SERVICE_PRINCIPAL = "ServicePrincipal",
    MANAGED_IDENTITY = "ManagedIdentity",
    WORKLOAD_IDENTITY = "WorkloadIdentity"
}
export interface SecretStoreSpecProviderAzurekvCustomCloudConfig {
    readonly activeDirectoryEndpoint: string;
    readonly keyVaultDnsSuffix?: string;
    readonly keyVaultEndpoint?: string;
    readonly resourceManagerEndpoint?: string;
}
export declare enum SecretStoreSpecProviderAzurekvEnvironmentType {
    PUBLIC_CLOUD = "PublicCloud",
    US_GOVERNMENT_CLOUD = "USGovernmentCloud",
    CHINA_CLOUD = "ChinaCloud",
    GERMAN_CLOUD = "GermanCloud",
    AZURE_STACK_CLOUD = "AzureStackCloud"
}
export interface SecretStoreSpecProviderAzurekvServiceAccountRef {
    readonly audiences?: string[];
    readonly name: string;
    readonly namespace?: string;
}
export interface SecretStoreSpecProviderBarbicanAuth {
    readonly password: SecretStoreSpecProviderBarbicanAuthPassword;
    readonly username: SecretStoreSpecProviderBarbicanAuthUsername;
}
export interface SecretStoreSpecProviderBeyondtrustAuth {
    readonly apiKey?: SecretStoreSpecProviderBeyondtrustAuthApiKey;
    readonly certificate?: SecretStoreSpecProviderBeyondtrustAuthCertificate;
    readonly certificateKey?: SecretStoreSpecProviderBeyondtrustAuthCertificateKey;
    readonly clientId?: SecretStoreSpecProviderBeyondtrustAuthClientId;
    readonly clientSecret?: SecretStoreSpecProviderBeyondtrustAuthClientSecret;
}
export interface SecretStoreSpecProviderBeyondtrustServer {
    readonly apiUrl: string;
    readonly apiVersion?: string;
    readonly clientTimeOutSeconds?: number;
    readonly decrypt?: boolean;
    readonly retrievalType?: string;
    readonly separator?: string;
    readonly verifyCa: boolean;
}
export interface SecretStoreSpecProviderBeyondtrustworkloadcredentialsAuth {
    readonly apikey: SecretStoreSpecProviderBeyondtrustworkloadcredentialsAuthApikey;
}
export interface SecretStoreSpecProviderBeyondtrustworkloadcredentialsCaProvider {
    readonly key?: string;
    readonly name: string;
    readonly namespace?: string;
    readonly type: SecretStoreSpecProviderBeyondtrustworkloadcredentialsCaProviderType;
}
export interface SecretStoreSpecProviderBeyondtrustworkloadcredentialsServer {
    readonly apiUrl: string;
    readonly siteId: string;
}
export interface SecretStoreSpecProviderBitwardensecretsmanagerAuth {
    readonly secretRef: SecretStoreSpecProviderBitwardensecretsmanagerAuthSecretRef;
}
export interface SecretStoreSpecProviderBitwardensecretsmanagerCaProvider {
    readonly key?: string;
    readonly name: string;
    readonly namespace?: string;
    readonly type: SecretStoreSpecProviderBitwardensecretsmanagerCaProviderType;
}
export interface SecretStoreSpecProviderChefAuth {
    readonly secretRef: SecretStoreSpecProviderChefAuthSecretRef;
}
export interface SecretStoreSpecProviderCloudrusmAuth {
    readonly secretRef?: SecretStoreSpecProviderCloudrusmAuthSecretRef;
}
export interface SecretStoreSpecProviderConjurAuth {
    readonly apikey?: SecretStoreSpecProviderConjurAuthApikey;
    readonly cert?: SecretStoreSpecProviderConjurAuthCert;
    readonly jwt?: SecretStoreSpecProviderConjurAuthJwt;
}
export interface SecretStoreSpecProviderConjurCaProvider {
    readonly key?: string;
    readonly name: string;
    readonly namespace?: string;
    readonly type: SecretStoreSpecProviderConjurCaProviderType;
}
export interface SecretStoreSpecProviderCrdAuth {
    readonly cert?: SecretStoreSpecProviderCrdAuthCert;
    readonly serviceAccount?: SecretStoreSpecProviderCrdAuthServiceAccount;
    readonly token?: SecretStoreSpecProviderCrdAuthToken;
}
export interface SecretStoreSpecProviderCrdAuthRef {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export interface SecretStoreSpecProviderCrdResource {
    readonly group: string;
    readonly kind: string;
    readonly version: string;
}
export interface SecretStoreSpecProviderCrdServer {
    readonly caBundle?: string;
    readonly caProvider?: SecretStoreSpecProviderCrdServerCaProvider;
    readonly url?: string;
}
export interface SecretStoreSpecProviderCrdWhitelist {
    readonly rules?: SecretStoreSpecProviderCrdWhitelistRules[];
}
export interface SecretStoreSpecProviderDelineaClientId {
    readonly secretRef?: SecretStoreSpecProviderDelineaClientIdSecretRef;
    readonly value?: string;
}
export interface SecretStoreSpecProviderDelineaClientSecret {
    readonly secretRef?: SecretStoreSpecProviderDelineaClientSecretSecretRef;
    readonly value?: string;
}
export interface SecretStoreSpecProviderDopplerAuth {
    readonly oidcConfig?: SecretStoreSpecProviderDopplerAuthOidcConfig;
    readonly secretRef?: SecretStoreSpecProviderDopplerAuthSecretRef;
}
export declare enum SecretStoreSpecProviderDopplerFormat {
    JSON = "json",
    DOTNET_HYPHEN_JSON = "dotnet-json",
    ENV = "env",
    YAML = "yaml",
    DOCKER = "docker"
}
export declare enum SecretStoreSpecProviderDopplerNameTransformer {
    UPPER_HYPHEN_CAMEL = "upper-camel",
    CAMEL = "camel",
    LOWER_HYPHEN_SNAKE = "lower-snake",
    TF_HYPHEN_VAR = "tf-var",
    DOTNET_HYPHEN_ENV = "dotnet-env",
    LOWER_HYPHEN_KEBAB = "lower-kebab"
}
export interface SecretStoreSpecProviderDvlsAuth {
    readonly secretRef: SecretStoreSpecProviderDvlsAuthSecretRef;
}
export interface SecretStoreSpecProviderFakeData {
    readonly key: string;
    readonly value: string;
    readonly version?: string;
}
export interface SecretStoreSpecProviderFortanixApiKey {
    readonly secretRef?: SecretStoreSpecProviderFortanixApiKeySecretRef;
}
export interface SecretStoreSpecProviderGcpsmAuth {
    readonly secretRef?: SecretStoreSpecProviderGcpsmAuthSecretRef;
    readonly workloadIdentity?: SecretStoreSpecProviderGcpsmAuthWorkloadIdentity;
    readonly workloadIdentityFederation?: SecretStoreSpecProviderGcpsmAuthWorkloadIdentityFederation;
}
export interface SecretStoreSpecProviderGithubAuth {
    readonly privateKey: SecretStoreSpecProviderGithubAuthPrivateKey;
}
export declare enum SecretStoreSpecProviderGithubOrgSecretVisibility {
    ALL = "all",
    PRIVATE = "private"
}
export interface SecretStoreSpecProviderGitlabAuth {
    readonly secretRef: SecretStoreSpecProviderGitlabAuthSecretRef;
}
export interface SecretStoreSpecProviderGitlabCaProvider {
    readonly key?: string;
    readonly name: string;
    readonly namespace?: string;
    readonly type: SecretStoreSpecProviderGitlabCaProviderType;
}
export interface SecretStoreSpecProviderIbmAuth {
    readonly containerAuth?: SecretStoreSpecProviderIbmAuthContainerAuth;
    readonly secretRef?: SecretStoreSpecProviderIbmAuthSecretRef;
}
export interface SecretStoreSpecProviderInfisicalAuth {
    readonly awsAuthCredentials?: SecretStoreSpecProviderInfisicalAuthAwsAuthCredentials;
    readonly azureAuthCredentials?: SecretStoreSpecProviderInfisicalAuthAzureAuthCredentials;
    readonly gcpIamAuthCredentials?: SecretStoreSpecProviderInfisicalAuthGcpIamAuthCredentials;
    readonly gcpIdTokenAuthCredentials?: SecretStoreSpecProviderInfisicalAuthGcpIdTokenAuthCredentials;
    readonly jwtAuthCredentials?: SecretStoreSpecProviderInfisicalAuthJwtAuthCredentials;
    readonly kubernetesAuthCredentials?: SecretStoreSpecProviderInfisicalAuthKubernetesAuthCredentials;
    readonly ldapAuthCredentials?: SecretStoreSpecProviderInfisicalAuthLdapAuthCredentials;
    readonly ociAuthCredentials?: SecretStoreSpecProviderInfisicalAuthOciAuthCredentials;
    readonly tokenAuthCredentials?: SecretStoreSpecProviderInfisicalAuthTokenAuthCredentials;
    readonly universalAuthCredentials?: SecretStoreSpecProviderInfisicalAuthUniversalAuthCredentials;
}
export interface SecretStoreSpecProviderInfisicalCaProvider {
    readonly key?: string;
    readonly name: string;
    readonly namespace?: string;
    readonly type: SecretStoreSpecProviderInfisicalCaProviderType;
}
export interface SecretStoreSpecProviderInfisicalSecretsScope {
    readonly environmentSlug: string;
    readonly expandSecretReferences?: boolean;
    readonly organizationSlug?: string;
    readonly projectSlug: string;
    readonly recursive?: boolean;
    readonly secretsPath?: string;
}
export interface SecretStoreSpecProviderKeepersecurityAuthRef {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export interface SecretStoreSpecProviderKubernetesAuth {
    readonly cert?: SecretStoreSpecProviderKubernetesAuthCert;
    readonly serviceAccount?: SecretStoreSpecProviderKubernetesAuthServiceAccount;
    readonly token?: SecretStoreSpecProviderKubernetesAuthToken;
}
export interface SecretStoreSpecProviderKubernetesAuthRef {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export interface SecretStoreSpecProviderKubernetesServer {
    readonly caBundle?: string;
    readonly caProvider?: SecretStoreSpecProviderKubernetesServerCaProvider;
    readonly url?: string;
}
export interface SecretStoreSpecProviderNebiusmysteryboxAuth {
    readonly serviceAccountCredsSecretRef?: SecretStoreSpecProviderNebiusmysteryboxAuthServiceAccountCredsSecretRef;
    readonly tokenSecretRef?: SecretStoreSpecProviderNebiusmysteryboxAuthTokenSecretRef;
}
export interface SecretStoreSpecProviderNebiusmysteryboxCaProvider {
    readonly certSecretRef?: SecretStoreSpecProviderNebiusmysteryboxCaProviderCertSecretRef;
}
export interface SecretStoreSpecProviderNgrokAuth {
    readonly apiKey?: SecretStoreSpecProviderNgrokAuthApiKey;
}
export interface SecretStoreSpecProviderNgrokVault {
    readonly name: string;
}
export interface SecretStoreSpecProviderOnboardbaseAuth {
    readonly apiKeyRef: SecretStoreSpecProviderOnboardbaseAuthApiKeyRef;
    readonly passcodeRef: SecretStoreSpecProviderOnboardbaseAuthPasscodeRef;
}
export interface SecretStoreSpecProviderOnepasswordAuth {
    readonly secretRef: SecretStoreSpecProviderOnepasswordAuthSecretRef;
}
export interface SecretStoreSpecProviderOnepasswordSdkAuth {
    readonly serviceAccountSecretRef: SecretStoreSpecProviderOnepasswordSdkAuthServiceAccountSecretRef;
}
export interface SecretStoreSpecProviderOnepasswordSdkCache {
    readonly maxSize?: number;
    readonly ttl?: string;
}
export interface SecretStoreSpecProviderOnepasswordSdkIntegrationInfo {
    readonly name?: string;
    readonly version?: string;
}
export interface SecretStoreSpecProviderOpenBaoAuth {
    readonly appRole?: SecretStoreSpecProviderOpenBaoAuthAppRole;
    readonly namespace?: string;
    readonly tokenSecretRef?: SecretStoreSpecProviderOpenBaoAuthTokenSecretRef;
    readonly userPass?: SecretStoreSpecProviderOpenBaoAuthUserPass;
}
export interface SecretStoreSpecProviderOpenBaoCaProvider {
    readonly key?: string;
    readonly name: string;
    readonly namespace?: string;
    readonly type: SecretStoreSpecProviderOpenBaoCaProviderType;
}
export declare enum SecretStoreSpecProviderOpenBaoVersion {
    V1 = "v1",
    V2 = "v2"
}
export interface SecretStoreSpecProviderOracleAuth {
    readonly secretRef: SecretStoreSpecProviderOracleAuthSecretRef;
    readonly tenancy: string;
    readonly user: string;
}
export declare enum SecretStoreSpecProviderOraclePrincipalType {
    USER_PRINCIPAL = "UserPrincipal",
    INSTANCE_PRINCIPAL = "InstancePrincipal",
    WORKLOAD = "Workload"
}
export interface SecretStoreSpecProviderOracleServiceAccountRef {
    readonly audiences?: string[];
    readonly name: string;
    readonly namespace?: string;
}
export interface SecretStoreSpecProviderOvhAuth {
    readonly mtls?: SecretStoreSpecProviderOvhAuthMtls;
    readonly token?: SecretStoreSpecProviderOvhAuthToken;
}
export interface SecretStoreSpecProviderPassboltAuth {
    readonly passwordSecretRef: SecretStoreSpecProviderPassboltAuthPasswordSecretRef;
    readonly privateKeySecretRef: SecretStoreSpecProviderPassboltAuthPrivateKeySecretRef;
}
export interface SecretStoreSpecProviderPassboltCaProvider {
    readonly key?: string;
    readonly name: string;
    readonly namespace?: string;
    readonly type: SecretStoreSpecProviderPassboltCaProviderType;
}
export interface SecretStoreSpecProviderPassworddepotAuth {
    readonly secretRef: SecretStoreSpecProviderPassworddepotAuthSecretRef;
}
export interface SecretStoreSpecProviderPreviderAuth {
    readonly secretRef?: SecretStoreSpecProviderPreviderAuthSecretRef;
}
export interface SecretStoreSpecProviderPulumiAccessToken {
    readonly secretRef?: SecretStoreSpecProviderPulumiAccessTokenSecretRef;
}
export interface SecretStoreSpecProviderPulumiAuth {
    readonly accessToken?: SecretStoreSpecProviderPulumiAuthAccessToken;
    readonly oidcConfig?: SecretStoreSpecProviderPulumiAuthOidcConfig;
}
export interface SecretStoreSpecProviderScalewayAccessKey {
    readonly secretRef?: SecretStoreSpecProviderScalewayAccessKeySecretRef;
    readonly value?: string;
}
export interface SecretStoreSpecProviderScalewaySecretKey {
    readonly secretRef?: SecretStoreSpecProviderScalewaySecretKeySecretRef;
    readonly value?: string;
}
export interface SecretStoreSpecProviderSecretserverCaProvider {
    readonly key?: string;
    readonly name: string;
    readonly namespace?: string;
    readonly type: SecretStoreSpecProviderSecretserverCaProviderType;
}
export interface SecretStoreSpecProviderSecretserverPassword {
    readonly secretRef?: SecretStoreSpecProviderSecretserverPasswordSecretRef;
    readonly value?: string;
}
export interface SecretStoreSpecProviderSecretserverToken {
    readonly secretRef?: SecretStoreSpecProviderSecretserverTokenSecretRef;
    readonly value?: string;
}
export interface SecretStoreSpecProviderSecretserverUsername {
    readonly secretRef?: SecretStoreSpecProviderSecretserverUsernameSecretRef;
    readonly value?: string;
}
export interface SecretStoreSpecProviderSenhaseguraAuth {
    readonly clientId: string;
    readonly clientSecretSecretRef: SecretStoreSpecProviderSenhaseguraAuthClientSecretSecretRef;
}
export interface SecretStoreSpecProviderVaultAuth {
    readonly appRole?: SecretStoreSpecProviderVaultAuthAppRole;
    readonly cert?: SecretStoreSpecProviderVaultAuthCert;
    readonly gcp?: SecretStoreSpecProviderVaultAuthGcp;
    readonly iam?: SecretStoreSpecProviderVaultAuthIam;
    readonly jwt?: SecretStoreSpecProviderVaultAuthJwt;
    readonly kubernetes?: SecretStoreSpecProviderVaultAuthKubernetes;
    readonly ldap?: SecretStoreSpecProviderVaultAuthLdap;
    readonly namespace?: string;
    readonly tokenSecretRef?: SecretStoreSpecProviderVaultAuthTokenSecretRef;
    readonly userPass?: SecretStoreSpecProviderVaultAuthUserPass;
}
export interface SecretStoreSpecProviderVaultCaProvider {
    readonly key?: string;
    readonly name: string;
    readonly namespace?: string;
    readonly type: SecretStoreSpecProviderVaultCaProviderType;
}
export interface SecretStoreSpecProviderVaultCheckAndSet {
    readonly required?: boolean;
}
export interface SecretStoreSpecProviderVaultTls {
    readonly certSecretRef?: SecretStoreSpecProviderVaultTlsCertSecretRef;
    readonly keySecretRef?: SecretStoreSpecProviderVaultTlsKeySecretRef;
}
export declare enum SecretStoreSpecProviderVaultVersion {
    V1 = "v1",
    V2 = "v2"
}
export interface SecretStoreSpecProviderVolcengineAuth {
    readonly secretRef?: SecretStoreSpecProviderVolcengineAuthSecretRef;
}
export interface SecretStoreSpecProviderWebhookAuth {
    readonly ntlm?: SecretStoreSpecProviderWebhookAuthNtlm;
}
export interface SecretStoreSpecProviderWebhookCaProvider {
    readonly key?: string;
    readonly name: string;
    readonly namespace?: string;
    readonly type: SecretStoreSpecProviderWebhookCaProviderType;
}
export interface SecretStoreSpecProviderWebhookResult {
    readonly jsonPath?: string;
}
export interface SecretStoreSpecProviderWebhookSecrets {
    readonly name: string;
    readonly secretRef: SecretStoreSpecProviderWebhookSecretsSecretRef;
}
export interface SecretStoreSpecProviderYandexcertificatemanagerAuth {
    readonly authorizedKeySecretRef?: SecretStoreSpecProviderYandexcertificatemanagerAuthAuthorizedKeySecretRef;
}
export interface SecretStoreSpecProviderYandexcertificatemanagerCaProvider {
    readonly certSecretRef?: SecretStoreSpecProviderYandexcertificatemanagerCaProviderCertSecretRef;
}
export interface SecretStoreSpecProviderYandexcertificatemanagerFetching {
    readonly byId?: any;
    readonly byName?: SecretStoreSpecProviderYandexcertificatemanagerFetchingByName;
}
export interface SecretStoreSpecProviderYandexlockboxAuth {
    readonly authorizedKeySecretRef?: SecretStoreSpecProviderYandexlockboxAuthAuthorizedKeySecretRef;
}
export interface SecretStoreSpecProviderYandexlockboxCaProvider {
    readonly certSecretRef?: SecretStoreSpecProviderYandexlockboxCaProviderCertSecretRef;
}
export interface SecretStoreSpecProviderYandexlockboxFetching {
    readonly byId?: any;
    readonly byName?: SecretStoreSpecProviderYandexlockboxFetchingByName;
}
export interface SecretStoreSpecProviderAkeylessAuthSecretRefKubernetesAuth {
    readonly accessId: string;
    readonly k8SConfName: string;
    readonly secretRef?: SecretStoreSpecProviderAkeylessAuthSecretRefKubernetesAuthSecretRef;
    readonly serviceAccountRef?: SecretStoreSpecProviderAkeylessAuthSecretRefKubernetesAuthServiceAccountRef;
}
export interface SecretStoreSpecProviderAkeylessAuthSecretRefSecretRef {
    readonly accessId?: SecretStoreSpecProviderAkeylessAuthSecretRefSecretRefAccessId;
    readonly accessType?: SecretStoreSpecProviderAkeylessAuthSecretRefSecretRefAccessType;
    readonly accessTypeParam?: SecretStoreSpecProviderAkeylessAuthSecretRefSecretRefAccessTypeParam;
}
export interface SecretStoreSpecProviderAkeylessAuthSecretRefServiceAccountRef {
    readonly audiences?: string[];
    readonly name: string;
    readonly namespace?: string;
}
export declare enum SecretStoreSpecProviderAkeylessCaProviderType {
    SECRET = "Secret",
    CONFIG_MAP = "ConfigMap"
}
export interface SecretStoreSpecProviderAwsAuthJwt {
    readonly serviceAccountRef?: SecretStoreSpecProviderAwsAuthJwtServiceAccountRef;
}
export interface SecretStoreSpecProviderAwsAuthSecretRef {
    readonly accessKeyIdSecretRef?: SecretStoreSpecProviderAwsAuthSecretRefAccessKeyIdSecretRef;
    readonly secretAccessKeySecretRef?: SecretStoreSpecProviderAwsAuthSecretRefSecretAccessKeySecretRef;
    readonly sessionTokenSecretRef?: SecretStoreSpecProviderAwsAuthSecretRefSessionTokenSecretRef;
}
export interface SecretStoreSpecProviderAzurekvAuthSecretRefClientCertificate {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export interface SecretStoreSpecProviderAzurekvAuthSecretRefClientId {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export interface SecretStoreSpecProviderAzurekvAuthSecretRefClientSecret {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export interface SecretStoreSpecProviderAzurekvAuthSecretRefTenantId {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export interface SecretStoreSpecProviderBarbicanAuthPassword {
    readonly secretRef: SecretStoreSpecProviderBarbicanAuthPasswordSecretRef;
}
export interface SecretStoreSpecProviderBarbicanAuthUsername {
    readonly secretRef?: SecretStoreSpecProviderBarbicanAuthUsernameSecretRef;
    readonly value?: string;
}
export interface SecretStoreSpecProviderBeyondtrustAuthApiKey {
    readonly secretRef?: SecretStoreSpecProviderBeyondtrustAuthApiKeySecretRef;
    readonly value?: string;
}
export interface SecretStoreSpecProviderBeyondtrustAuthCertificate {
    readonly secretRef?: SecretStoreSpecProviderBeyondtrustAuthCertificateSecretRef;
    readonly value?: string;
}
export interface SecretStoreSpecProviderBeyondtrustAuthCertificateKey {
    readonly secretRef?: SecretStoreSpecProviderBeyondtrustAuthCertificateKeySecretRef;
    readonly value?: string;
}
export interface SecretStoreSpecProviderBeyondtrustAuthClientId {
    readonly secretRef?: SecretStoreSpecProviderBeyondtrustAuthClientIdSecretRef;
    readonly value?: string;
}
export interface SecretStoreSpecProviderBeyondtrustAuthClientSecret {
    readonly secretRef?: SecretStoreSpecProviderBeyondtrustAuthClientSecretSecretRef;
    readonly value?: string;
}
export interface SecretStoreSpecProviderBeyondtrustworkloadcredentialsAuthApikey {
    readonly token: SecretStoreSpecProviderBeyondtrustworkloadcredentialsAuthApikeyToken;
}
export declare enum SecretStoreSpecProviderBeyondtrustworkloadcredentialsCaProviderType {
    SECRET = "Secret",
    CONFIG_MAP = "ConfigMap"
}
export interface SecretStoreSpecProviderBitwardensecretsmanagerAuthSecretRef {
    readonly credentials: SecretStoreSpecProviderBitwardensecretsmanagerAuthSecretRefCredentials;
}
export declare enum SecretStoreSpecProviderBitwardensecretsmanagerCaProviderType {
    SECRET = "Secret",
    CONFIG_MAP = "ConfigMap"
}
export interface SecretStoreSpecProviderChefAuthSecretRef {
    readonly privateKeySecretRef: SecretStoreSpecProviderChefAuthSecretRefPrivateKeySecretRef;
}
export interface SecretStoreSpecProviderCloudrusmAuthSecretRef {
    readonly accessKeyIdSecretRef: SecretStoreSpecProviderCloudrusmAuthSecretRefAccessKeyIdSecretRef;
    readonly accessKeySecretSecretRef: SecretStoreSpecProviderCloudrusmAuthSecretRefAccessKeySecretSecretRef;
}
export interface SecretStoreSpecProviderConjurAuthApikey {
    readonly account: string;
    readonly apiKeyRef: SecretStoreSpecProviderConjurAuthApikeyApiKeyRef;
    readonly userRef: SecretStoreSpecProviderConjurAuthApikeyUserRef;
}
export interface SecretStoreSpecProviderConjurAuthCert {
    readonly account: string;
    readonly clientCertRef: SecretStoreSpecProviderConjurAuthCertClientCertRef;
    readonly clientKeyRef: SecretStoreSpecProviderConjurAuthCertClientKeyRef;
    readonly hostId?: string;
    readonly serviceId: string;
}
export interface SecretStoreSpecProviderConjurAuthJwt {
    readonly account: string;
    readonly hostId?: string;
    readonly secretRef?: SecretStoreSpecProviderConjurAuthJwtSecretRef;
    readonly serviceAccountRef?: SecretStoreSpecProviderConjurAuthJwtServiceAccountRef;
    readonly serviceId: string;
}
export declare enum SecretStoreSpecProviderConjurCaProviderType {
    SECRET = "Secret",
    CONFIG_MAP = "ConfigMap"
}
export interface SecretStoreSpecProviderCrdAuthCert {
    readonly clientCert: SecretStoreSpecProviderCrdAuthCertClientCert;
    readonly clientKey: SecretStoreSpecProviderCrdAuthCertClientKey;
}
export interface SecretStoreSpecProviderCrdAuthServiceAccount {
    readonly audiences?: string[];
    readonly name: string;
    readonly namespace?: string;
}
export interface SecretStoreSpecProviderCrdAuthToken {
    readonly bearerToken: SecretStoreSpecProviderCrdAuthTokenBearerToken;
}
export interface SecretStoreSpecProviderCrdServerCaProvider {
    readonly key?: string;
    readonly name: string;
    readonly namespace?: string;
    readonly type: SecretStoreSpecProviderCrdServerCaProviderType;
}
export interface SecretStoreSpecProviderCrdWhitelistRules {
    readonly name?: string;
    readonly namespace?: string;
    readonly properties?: string[];
}
export interface SecretStoreSpecProviderDelineaClientIdSecretRef {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export interface SecretStoreSpecProviderDelineaClientSecretSecretRef {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export interface SecretStoreSpecProviderDopplerAuthOidcConfig {
    readonly expirationSeconds?: number;
    readonly identity: string;
    readonly serviceAccountRef: SecretStoreSpecProviderDopplerAuthOidcConfigServiceAccountRef;
}
export interface SecretStoreSpecProviderDopplerAuthSecretRef {
    readonly dopplerToken: SecretStoreSpecProviderDopplerAuthSecretRefDopplerToken;
}
export interface SecretStoreSpecProviderDvlsAuthSecretRef {
    readonly appId: SecretStoreSpecProviderDvlsAuthSecretRefAppId;
    readonly appSecret: SecretStoreSpecProviderDvlsAuthSecretRefAppSecret;
}
export interface SecretStoreSpecProviderFortanixApiKeySecretRef {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export interface SecretStoreSpecProviderGcpsmAuthSecretRef {
    readonly secretAccessKeySecretRef?: SecretStoreSpecProviderGcpsmAuthSecretRefSecretAccessKeySecretRef;
}
export interface SecretStoreSpecProviderGcpsmAuthWorkloadIdentity {
    readonly clusterLocation?: string;
    readonly clusterName?: string;
    readonly clusterProjectId?: string;
    readonly serviceAccountRef: SecretStoreSpecProviderGcpsmAuthWorkloadIdentityServiceAccountRef;
}
export interface SecretStoreSpecProviderGcpsmAuthWorkloadIdentityFederation {
    readonly audience?: string;
    readonly awsSecurityCredentials?: SecretStoreSpecProviderGcpsmAuthWorkloadIdentityFederationAwsSecurityCredentials;
    readonly credConfig?: SecretStoreSpecProviderGcpsmAuthWorkloadIdentityFederationCredConfig;
    readonly externalTokenEndpoint?: string;
    readonly gcpServiceAccountEmail?: string;
    readonly serviceAccountRef?: SecretStoreSpecProviderGcpsmAuthWorkloadIdentityFederationServiceAccountRef;
}
export interface SecretStoreSpecProviderGithubAuthPrivateKey {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export interface SecretStoreSpecProviderGitlabAuthSecretRef {
    readonly accessToken?: SecretStoreSpecProviderGitlabAuthSecretRefAccessToken;
}
export declare enum SecretStoreSpecProviderGitlabCaProviderType {
    SECRET = "Secret",
    CONFIG_MAP = "ConfigMap"
}
export interface SecretStoreSpecProviderIbmAuthContainerAuth {
    readonly iamEndpoint?: string;
    readonly profile: string;
    readonly tokenLocation?: string;
}
export interface SecretStoreSpecProviderIbmAuthSecretRef {
    readonly iamEndpoint?: string;
    readonly secretApiKeySecretRef?: SecretStoreSpecProviderIbmAuthSecretRefSecretApiKeySecretRef;
}
export interface SecretStoreSpecProviderInfisicalAuthAwsAuthCredentials {
    readonly identityId: SecretStoreSpecProviderInfisicalAuthAwsAuthCredentialsIdentityId;
}
export interface SecretStoreSpecProviderInfisicalAuthAzureAuthCredentials {
    readonly identityId: SecretStoreSpecProviderInfisicalAuthAzureAuthCredentialsIdentityId;
    readonly resource?: SecretStoreSpecProviderInfisicalAuthAzureAuthCredentialsResource;
}
export interface SecretStoreSpecProviderInfisicalAuthGcpIamAuthCredentials {
    readonly identityId: SecretStoreSpecProviderInfisicalAuthGcpIamAuthCredentialsIdentityId;
    readonly serviceAccountKeyFilePath: SecretStoreSpecProviderInfisicalAuthGcpIamAuthCredentialsServiceAccountKeyFilePath;
}
export interface SecretStoreSpecProviderInfisicalAuthGcpIdTokenAuthCredentials {
    readonly identityId: SecretStoreSpecProviderInfisicalAuthGcpIdTokenAuthCredentialsIdentityId;
}
export interface SecretStoreSpecProviderInfisicalAuthJwtAuthCredentials {
    readonly identityId: SecretStoreSpecProviderInfisicalAuthJwtAuthCredentialsIdentityId;
    readonly jwt: SecretStoreSpecProviderInfisicalAuthJwtAuthCredentialsJwt;
}
export interface SecretStoreSpecProviderInfisicalAuthKubernetesAuthCredentials {
    readonly identityId: SecretStoreSpecProviderInfisicalAuthKubernetesAuthCredentialsIdentityId;
    readonly serviceAccountTokenPath?: SecretStoreSpecProviderInfisicalAuthKubernetesAuthCredentialsServiceAccountTokenPath;
}
export interface SecretStoreSpecProviderInfisicalAuthLdapAuthCredentials {
    readonly identityId: SecretStoreSpecProviderInfisicalAuthLdapAuthCredentialsIdentityId;
    readonly ldapPassword: SecretStoreSpecProviderInfisicalAuthLdapAuthCredentialsLdapPassword;
    readonly ldapUsername: SecretStoreSpecProviderInfisicalAuthLdapAuthCredentialsLdapUsername;
}
export interface SecretStoreSpecProviderInfisicalAuthOciAuthCredentials {
    readonly fingerprint: SecretStoreSpecProviderInfisicalAuthOciAuthCredentialsFingerprint;
    readonly identityId: SecretStoreSpecProviderInfisicalAuthOciAuthCredentialsIdentityId;
    readonly privateKey: SecretStoreSpecProviderInfisicalAuthOciAuthCredentialsPrivateKey;
    readonly privateKeyPassphrase?: SecretStoreSpecProviderInfisicalAuthOciAuthCredentialsPrivateKeyPassphrase;
    readonly region: SecretStoreSpecProviderInfisicalAuthOciAuthCredentialsRegion;
    readonly tenancyId: SecretStoreSpecProviderInfisicalAuthOciAuthCredentialsTenancyId;
    readonly userId: SecretStoreSpecProviderInfisicalAuthOciAuthCredentialsUserId;
}
export interface SecretStoreSpecProviderInfisicalAuthTokenAuthCredentials {
    readonly accessToken: SecretStoreSpecProviderInfisicalAuthTokenAuthCredentialsAccessToken;
}
export interface SecretStoreSpecProviderInfisicalAuthUniversalAuthCredentials {
    readonly clientId: SecretStoreSpecProviderInfisicalAuthUniversalAuthCredentialsClientId;
    readonly clientSecret: SecretStoreSpecProviderInfisicalAuthUniversalAuthCredentialsClientSecret;
}
export declare enum SecretStoreSpecProviderInfisicalCaProviderType {
    SECRET = "Secret",
    CONFIG_MAP = "ConfigMap"
}
export interface SecretStoreSpecProviderKubernetesAuthCert {
    readonly clientCert: SecretStoreSpecProviderKubernetesAuthCertClientCert;
    readonly clientKey: SecretStoreSpecProviderKubernetesAuthCertClientKey;
}
export interface SecretStoreSpecProviderKubernetesAuthServiceAccount {
    readonly audiences?: string[];
    readonly name: string;
    readonly namespace?: string;
}
export interface SecretStoreSpecProviderKubernetesAuthToken {
    readonly bearerToken: SecretStoreSpecProviderKubernetesAuthTokenBearerToken;
}
export interface SecretStoreSpecProviderKubernetesServerCaProvider {
    readonly key?: string;
    readonly name: string;
    readonly namespace?: string;
    readonly type: SecretStoreSpecProviderKubernetesServerCaProviderType;
}
export interface SecretStoreSpecProviderNebiusmysteryboxAuthServiceAccountCredsSecretRef {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export interface SecretStoreSpecProviderNebiusmysteryboxAuthTokenSecretRef {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export interface SecretStoreSpecProviderNebiusmysteryboxCaProviderCertSecretRef {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export interface SecretStoreSpecProviderNgrokAuthApiKey {
    readonly secretRef?: SecretStoreSpecProviderNgrokAuthApiKeySecretRef;
}
export interface SecretStoreSpecProviderOnboardbaseAuthApiKeyRef {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export interface SecretStoreSpecProviderOnboardbaseAuthPasscodeRef {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export interface SecretStoreSpecProviderOnepasswordAuthSecretRef {
    readonly connectTokenSecretRef: SecretStoreSpecProviderOnepasswordAuthSecretRefConnectTokenSecretRef;
}
export interface SecretStoreSpecProviderOnepasswordSdkAuthServiceAccountSecretRef {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export interface SecretStoreSpecProviderOpenBaoAuthAppRole {
    readonly path: string;
    readonly roleId?: string;
    readonly roleRef?: SecretStoreSpecProviderOpenBaoAuthAppRoleRoleRef;
    readonly secretRef: SecretStoreSpecProviderOpenBaoAuthAppRoleSecretRef;
}
export interface SecretStoreSpecProviderOpenBaoAuthTokenSecretRef {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export interface SecretStoreSpecProviderOpenBaoAuthUserPass {
    readonly path: string;
    readonly secretRef?: SecretStoreSpecProviderOpenBaoAuthUserPassSecretRef;
    readonly username: string;
}
export declare enum SecretStoreSpecProviderOpenBaoCaProviderType {
    SECRET = "Secret",
    CONFIG_MAP = "ConfigMap"
}
export interface SecretStoreSpecProviderOracleAuthSecretRef {
    readonly fingerprint: SecretStoreSpecProviderOracleAuthSecretRefFingerprint;
    readonly privatekey: SecretStoreSpecProviderOracleAuthSecretRefPrivatekey;
}
export interface SecretStoreSpecProviderOvhAuthMtls {
    readonly caBundle?: string;
    readonly caProvider?: SecretStoreSpecProviderOvhAuthMtlsCaProvider;
    readonly certSecretRef: SecretStoreSpecProviderOvhAuthMtlsCertSecretRef;
    readonly keySecretRef: SecretStoreSpecProviderOvhAuthMtlsKeySecretRef;
}
export interface SecretStoreSpecProviderOvhAuthToken {
    readonly tokenSecretRef: SecretStoreSpecProviderOvhAuthTokenTokenSecretRef;
}
export interface SecretStoreSpecProviderPassboltAuthPasswordSecretRef {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export interface SecretStoreSpecProviderPassboltAuthPrivateKeySecretRef {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export declare enum SecretStoreSpecProviderPassboltCaProviderType {
    SECRET = "Secret",
    CONFIG_MAP = "ConfigMap"
}
export interface SecretStoreSpecProviderPassworddepotAuthSecretRef {
    readonly credentials?: SecretStoreSpecProviderPassworddepotAuthSecretRefCredentials;
}
export interface SecretStoreSpecProviderPreviderAuthSecretRef {
    readonly accessToken: SecretStoreSpecProviderPreviderAuthSecretRefAccessToken;
}
export interface SecretStoreSpecProviderPulumiAccessTokenSecretRef {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export interface SecretStoreSpecProviderPulumiAuthAccessToken {
    readonly secretRef?: SecretStoreSpecProviderPulumiAuthAccessTokenSecretRef;
}
export interface SecretStoreSpecProviderPulumiAuthOidcConfig {
    readonly expirationSeconds?: number;
    readonly organization: string;
    readonly serviceAccountRef: SecretStoreSpecProviderPulumiAuthOidcConfigServiceAccountRef;
}
export interface SecretStoreSpecProviderScalewayAccessKeySecretRef {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export interface SecretStoreSpecProviderScalewaySecretKeySecretRef {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export declare enum SecretStoreSpecProviderSecretserverCaProviderType {
    SECRET = "Secret",
    CONFIG_MAP = "ConfigMap"
}
export interface SecretStoreSpecProviderSecretserverPasswordSecretRef {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export interface SecretStoreSpecProviderSecretserverTokenSecretRef {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export interface SecretStoreSpecProviderSecretserverUsernameSecretRef {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export interface SecretStoreSpecProviderSenhaseguraAuthClientSecretSecretRef {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export interface SecretStoreSpecProviderVaultAuthAppRole {
    readonly path: string;
    readonly roleId?: string;
    readonly roleRef?: SecretStoreSpecProviderVaultAuthAppRoleRoleRef;
    readonly secretRef: SecretStoreSpecProviderVaultAuthAppRoleSecretRef;
}
export interface SecretStoreSpecProviderVaultAuthCert {
    readonly clientCert?: SecretStoreSpecProviderVaultAuthCertClientCert;
    readonly path?: string;
    readonly secretRef?: SecretStoreSpecProviderVaultAuthCertSecretRef;
    readonly vaultRole?: string;
}
export interface SecretStoreSpecProviderVaultAuthGcp {
    readonly location?: string;
    readonly path?: string;
    readonly projectId?: string;
    readonly role: string;
    readonly secretRef?: SecretStoreSpecProviderVaultAuthGcpSecretRef;
    readonly serviceAccountRef?: SecretStoreSpecProviderVaultAuthGcpServiceAccountRef;
    readonly workloadIdentity?: SecretStoreSpecProviderVaultAuthGcpWorkloadIdentity;
}
export interface SecretStoreSpecProviderVaultAuthIam {
    readonly externalId?: string;
    readonly jwt?: SecretStoreSpecProviderVaultAuthIamJwt;
    readonly path?: string;
    readonly region?: string;
    readonly role?: string;
    readonly secretRef?: SecretStoreSpecProviderVaultAuthIamSecretRef;
    readonly vaultAwsIamServerId?: string;
    readonly vaultRole: string;
}
export interface SecretStoreSpecProviderVaultAuthJwt {
    readonly kubernetesServiceAccountToken?: SecretStoreSpecProviderVaultAuthJwtKubernetesServiceAccountToken;
    readonly path: string;
    readonly role?: string;
    readonly secretRef?: SecretStoreSpecProviderVaultAuthJwtSecretRef;
}
export interface SecretStoreSpecProviderVaultAuthKubernetes {
    readonly mountPath: string;
    readonly role: string;
    readonly secretRef?: SecretStoreSpecProviderVaultAuthKubernetesSecretRef;
    readonly serviceAccountRef?: SecretStoreSpecProviderVaultAuthKubernetesServiceAccountRef;
}
export interface SecretStoreSpecProviderVaultAuthLdap {
    readonly path: string;
    readonly secretRef?: SecretStoreSpecProviderVaultAuthLdapSecretRef;
    readonly username: string;
}
export interface SecretStoreSpecProviderVaultAuthTokenSecretRef {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export interface SecretStoreSpecProviderVaultAuthUserPass {
    readonly path: string;
    readonly secretRef?: SecretStoreSpecProviderVaultAuthUserPassSecretRef;
    readonly username: string;
}
export declare enum SecretStoreSpecProviderVaultCaProviderType {
    SECRET = "Secret",
    CONFIG_MAP = "ConfigMap"
}
export interface SecretStoreSpecProviderVaultTlsCertSecretRef {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export interface SecretStoreSpecProviderVaultTlsKeySecretRef {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export interface SecretStoreSpecProviderVolcengineAuthSecretRef {
    readonly accessKeyId: SecretStoreSpecProviderVolcengineAuthSecretRefAccessKeyId;
    readonly secretAccessKey: SecretStoreSpecProviderVolcengineAuthSecretRefSecretAccessKey;
    readonly token?: SecretStoreSpecProviderVolcengineAuthSecretRefToken;
}
export interface SecretStoreSpecProviderWebhookAuthNtlm {
    readonly passwordSecret: SecretStoreSpecProviderWebhookAuthNtlmPasswordSecret;
    readonly usernameSecret: SecretStoreSpecProviderWebhookAuthNtlmUsernameSecret;
}
export declare enum SecretStoreSpecProviderWebhookCaProviderType {
    SECRET = "Secret",
    CONFIG_MAP = "ConfigMap"
}
export interface SecretStoreSpecProviderWebhookSecretsSecretRef {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export interface SecretStoreSpecProviderYandexcertificatemanagerAuthAuthorizedKeySecretRef {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export interface SecretStoreSpecProviderYandexcertificatemanagerCaProviderCertSecretRef {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export interface SecretStoreSpecProviderYandexcertificatemanagerFetchingByName {
    readonly folderId: string;
}
export interface SecretStoreSpecProviderYandexlockboxAuthAuthorizedKeySecretRef {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export interface SecretStoreSpecProviderYandexlockboxCaProviderCertSecretRef {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export interface SecretStoreSpecProviderYandexlockboxFetchingByName {
    readonly folderId: string;
}
export interface SecretStoreSpecProviderAkeylessAuthSecretRefKubernetesAuthSecretRef {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export interface SecretStoreSpecProviderAkeylessAuthSecretRefKubernetesAuthServiceAccountRef {
    readonly audiences?: string[];
    readonly name: string;
    readonly namespace?: string;
}
export interface SecretStoreSpecProviderAkeylessAuthSecretRefSecretRefAccessId {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export interface SecretStoreSpecProviderAkeylessAuthSecretRefSecretRefAccessType {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export interface SecretStoreSpecProviderAkeylessAuthSecretRefSecretRefAccessTypeParam {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export interface SecretStoreSpecProviderAwsAuthJwtServiceAccountRef {
    readonly audiences?: string[];
    readonly name: string;
    readonly namespace?: string;
}
export interface SecretStoreSpecProviderAwsAuthSecretRefAccessKeyIdSecretRef {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export interface SecretStoreSpecProviderAwsAuthSecretRefSecretAccessKeySecretRef {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export interface SecretStoreSpecProviderAwsAuthSecretRefSessionTokenSecretRef {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export interface SecretStoreSpecProviderBarbicanAuthPasswordSecretRef {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export interface SecretStoreSpecProviderBarbicanAuthUsernameSecretRef {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export interface SecretStoreSpecProviderBeyondtrustAuthApiKeySecretRef {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export interface SecretStoreSpecProviderBeyondtrustAuthCertificateSecretRef {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export interface SecretStoreSpecProviderBeyondtrustAuthCertificateKeySecretRef {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export interface SecretStoreSpecProviderBeyondtrustAuthClientIdSecretRef {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export interface SecretStoreSpecProviderBeyondtrustAuthClientSecretSecretRef {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export interface SecretStoreSpecProviderBeyondtrustworkloadcredentialsAuthApikeyToken {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export interface SecretStoreSpecProviderBitwardensecretsmanagerAuthSecretRefCredentials {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export interface SecretStoreSpecProviderChefAuthSecretRefPrivateKeySecretRef {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export interface SecretStoreSpecProviderCloudrusmAuthSecretRefAccessKeyIdSecretRef {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export interface SecretStoreSpecProviderCloudrusmAuthSecretRefAccessKeySecretSecretRef {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export interface SecretStoreSpecProviderConjurAuthApikeyApiKeyRef {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export interface SecretStoreSpecProviderConjurAuthApikeyUserRef {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export interface SecretStoreSpecProviderConjurAuthCertClientCertRef {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export interface SecretStoreSpecProviderConjurAuthCertClientKeyRef {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export interface SecretStoreSpecProviderConjurAuthJwtSecretRef {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export interface SecretStoreSpecProviderConjurAuthJwtServiceAccountRef {
    readonly audiences?: string[];
    readonly name: string;
    readonly namespace?: string;
}
export interface SecretStoreSpecProviderCrdAuthCertClientCert {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export interface SecretStoreSpecProviderCrdAuthCertClientKey {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export interface SecretStoreSpecProviderCrdAuthTokenBearerToken {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export declare enum SecretStoreSpecProviderCrdServerCaProviderType {
    SECRET = "Secret",
    CONFIG_MAP = "ConfigMap"
}
export interface SecretStoreSpecProviderDopplerAuthOidcConfigServiceAccountRef {
    readonly audiences?: string[];
    readonly name: string;
    readonly namespace?: string;
}
export interface SecretStoreSpecProviderDopplerAuthSecretRefDopplerToken {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export interface SecretStoreSpecProviderDvlsAuthSecretRefAppId {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export interface SecretStoreSpecProviderDvlsAuthSecretRefAppSecret {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export interface SecretStoreSpecProviderGcpsmAuthSecretRefSecretAccessKeySecretRef {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export interface SecretStoreSpecProviderGcpsmAuthWorkloadIdentityServiceAccountRef {
    readonly audiences?: string[];
    readonly name: string;
    readonly namespace?: string;
}
export interface SecretStoreSpecProviderGcpsmAuthWorkloadIdentityFederationAwsSecurityCredentials {
    readonly awsCredentialsSecretRef: SecretStoreSpecProviderGcpsmAuthWorkloadIdentityFederationAwsSecurityCredentialsAwsCredentialsSecretRef;
    readonly region: string;
}
export interface SecretStoreSpecProviderGcpsmAuthWorkloadIdentityFederationCredConfig {
    readonly key: string;
    readonly name: string;
    readonly namespace?: string;
}
export interface SecretStoreSpecProviderGcpsmAuthWorkloadIdentityFederationServiceAccountRef {
    readonly audiences?: string[];
    readonly name: string;
    readonly namespace?: string;
}
export interface SecretStoreSpecProviderGitlabAuthSecretRefAccessToken {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export interface SecretStoreSpecProviderIbmAuthSecretRefSecretApiKeySecretRef {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export interface SecretStoreSpecProviderInfisicalAuthAwsAuthCredentialsIdentityId {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export interface SecretStoreSpecProviderInfisicalAuthAzureAuthCredentialsIdentityId {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export interface SecretStoreSpecProviderInfisicalAuthAzureAuthCredentialsResource {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export interface SecretStoreSpecProviderInfisicalAuthGcpIamAuthCredentialsIdentityId {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export interface SecretStoreSpecProviderInfisicalAuthGcpIamAuthCredentialsServiceAccountKeyFilePath {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export interface SecretStoreSpecProviderInfisicalAuthGcpIdTokenAuthCredentialsIdentityId {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export interface SecretStoreSpecProviderInfisicalAuthJwtAuthCredentialsIdentityId {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export interface SecretStoreSpecProviderInfisicalAuthJwtAuthCredentialsJwt {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export interface SecretStoreSpecProviderInfisicalAuthKubernetesAuthCredentialsIdentityId {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export interface SecretStoreSpecProviderInfisicalAuthKubernetesAuthCredentialsServiceAccountTokenPath {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export interface SecretStoreSpecProviderInfisicalAuthLdapAuthCredentialsIdentityId {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export interface SecretStoreSpecProviderInfisicalAuthLdapAuthCredentialsLdapPassword {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export interface SecretStoreSpecProviderInfisicalAuthLdapAuthCredentialsLdapUsername {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export interface SecretStoreSpecProviderInfisicalAuthOciAuthCredentialsFingerprint {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export interface SecretStoreSpecProviderInfisicalAuthOciAuthCredentialsIdentityId {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export interface SecretStoreSpecProviderInfisicalAuthOciAuthCredentialsPrivateKey {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export interface SecretStoreSpecProviderInfisicalAuthOciAuthCredentialsPrivateKeyPassphrase {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export interface SecretStoreSpecProviderInfisicalAuthOciAuthCredentialsRegion {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export interface SecretStoreSpecProviderInfisicalAuthOciAuthCredentialsTenancyId {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export interface SecretStoreSpecProviderInfisicalAuthOciAuthCredentialsUserId {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export interface SecretStoreSpecProviderInfisicalAuthTokenAuthCredentialsAccessToken {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export interface SecretStoreSpecProviderInfisicalAuthUniversalAuthCredentialsClientId {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export interface SecretStoreSpecProviderInfisicalAuthUniversalAuthCredentialsClientSecret {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export interface SecretStoreSpecProviderKubernetesAuthCertClientCert {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export interface SecretStoreSpecProviderKubernetesAuthCertClientKey {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export interface SecretStoreSpecProviderKubernetesAuthTokenBearerToken {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export declare enum SecretStoreSpecProviderKubernetesServerCaProviderType {
    SECRET = "Secret",
    CONFIG_MAP = "ConfigMap"
}
export interface SecretStoreSpecProviderNgrokAuthApiKeySecretRef {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export interface SecretStoreSpecProviderOnepasswordAuthSecretRefConnectTokenSecretRef {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export interface SecretStoreSpecProviderOpenBaoAuthAppRoleRoleRef {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export interface SecretStoreSpecProviderOpenBaoAuthAppRoleSecretRef {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export interface SecretStoreSpecProviderOpenBaoAuthUserPassSecretRef {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export interface SecretStoreSpecProviderOracleAuthSecretRefFingerprint {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export interface SecretStoreSpecProviderOracleAuthSecretRefPrivatekey {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export interface SecretStoreSpecProviderOvhAuthMtlsCaProvider {
    readonly key?: string;
    readonly name: string;
    readonly namespace?: string;
    readonly type: SecretStoreSpecProviderOvhAuthMtlsCaProviderType;
}
export interface SecretStoreSpecProviderOvhAuthMtlsCertSecretRef {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export interface SecretStoreSpecProviderOvhAuthMtlsKeySecretRef {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export interface SecretStoreSpecProviderOvhAuthTokenTokenSecretRef {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export interface SecretStoreSpecProviderPassworddepotAuthSecretRefCredentials {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export interface SecretStoreSpecProviderPreviderAuthSecretRefAccessToken {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export interface SecretStoreSpecProviderPulumiAuthAccessTokenSecretRef {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export interface SecretStoreSpecProviderPulumiAuthOidcConfigServiceAccountRef {
    readonly audiences?: string[];
    readonly name: string;
    readonly namespace?: string;
}
export interface SecretStoreSpecProviderVaultAuthAppRoleRoleRef {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export interface SecretStoreSpecProviderVaultAuthAppRoleSecretRef {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export interface SecretStoreSpecProviderVaultAuthCertClientCert {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export interface SecretStoreSpecProviderVaultAuthCertSecretRef {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export interface SecretStoreSpecProviderVaultAuthGcpSecretRef {
    readonly secretAccessKeySecretRef?: SecretStoreSpecProviderVaultAuthGcpSecretRefSecretAccessKeySecretRef;
}
export interface SecretStoreSpecProviderVaultAuthGcpServiceAccountRef {
    readonly audiences?: string[];
    readonly name: string;
    readonly namespace?: string;
}
export interface SecretStoreSpecProviderVaultAuthGcpWorkloadIdentity {
    readonly clusterLocation?: string;
    readonly clusterName?: string;
    readonly clusterProjectId?: string;
    readonly serviceAccountRef: SecretStoreSpecProviderVaultAuthGcpWorkloadIdentityServiceAccountRef;
}
export interface SecretStoreSpecProviderVaultAuthIamJwt {
    readonly serviceAccountRef?: SecretStoreSpecProviderVaultAuthIamJwtServiceAccountRef;
}
export interface SecretStoreSpecProviderVaultAuthIamSecretRef {
    readonly accessKeyIdSecretRef?: SecretStoreSpecProviderVaultAuthIamSecretRefAccessKeyIdSecretRef;
    readonly secretAccessKeySecretRef?: SecretStoreSpecProviderVaultAuthIamSecretRefSecretAccessKeySecretRef;
    readonly sessionTokenSecretRef?: SecretStoreSpecProviderVaultAuthIamSecretRefSessionTokenSecretRef;
}
export interface SecretStoreSpecProviderVaultAuthJwtKubernetesServiceAccountToken {
    readonly audiences?: string[];
    readonly expirationSeconds?: number;
    readonly serviceAccountRef: SecretStoreSpecProviderVaultAuthJwtKubernetesServiceAccountTokenServiceAccountRef;
}
export interface SecretStoreSpecProviderVaultAuthJwtSecretRef {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export interface SecretStoreSpecProviderVaultAuthKubernetesSecretRef {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export interface SecretStoreSpecProviderVaultAuthKubernetesServiceAccountRef {
    readonly audiences?: string[];
    readonly name: string;
    readonly namespace?: string;
}
export interface SecretStoreSpecProviderVaultAuthLdapSecretRef {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export interface SecretStoreSpecProviderVaultAuthUserPassSecretRef {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export interface SecretStoreSpecProviderVolcengineAuthSecretRefAccessKeyId {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export interface SecretStoreSpecProviderVolcengineAuthSecretRefSecretAccessKey {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export interface SecretStoreSpecProviderVolcengineAuthSecretRefToken {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export interface SecretStoreSpecProviderWebhookAuthNtlmPasswordSecret {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export interface SecretStoreSpecProviderWebhookAuthNtlmUsernameSecret {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export interface SecretStoreSpecProviderGcpsmAuthWorkloadIdentityFederationAwsSecurityCredentialsAwsCredentialsSecretRef {
    readonly name: string;
    readonly namespace?: string;
}
export declare enum SecretStoreSpecProviderOvhAuthMtlsCaProviderType {
    SECRET = "Secret",
    CONFIG_MAP = "ConfigMap"
}
export interface SecretStoreSpecProviderVaultAuthGcpSecretRefSecretAccessKeySecretRef {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export interface SecretStoreSpecProviderVaultAuthGcpWorkloadIdentityServiceAccountRef {
    readonly audiences?: string[];
    readonly name: string;
    readonly namespace?: string;
}
export interface SecretStoreSpecProviderVaultAuthIamJwtServiceAccountRef {
    readonly audiences?: string[];
    readonly name: string;
    readonly namespace?: string;
}
export interface SecretStoreSpecProviderVaultAuthIamSecretRefAccessKeyIdSecretRef {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export interface SecretStoreSpecProviderVaultAuthIamSecretRefSecretAccessKeySecretRef {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export interface SecretStoreSpecProviderVaultAuthIamSecretRefSessionTokenSecretRef {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export interface SecretStoreSpecProviderVaultAuthJwtKubernetesServiceAccountTokenServiceAccountRef {
    readonly audiences?: string[];
    readonly name: string;
    readonly namespace?: string;
}
export declare class SecretStoreV1Beta1 extends ApiObject {
    static readonly GVK: GroupVersionKind;
    static manifest(props?: SecretStoreV1Beta1Props): any;
    constructor(scope: Construct, id: string, props?: SecretStoreV1Beta1Props);
    toJson(): any;
}
export interface SecretStoreV1Beta1Props {
    readonly metadata?: ApiObjectMetadata;
    readonly spec?: SecretStoreV1Beta1Spec;
}
export interface SecretStoreV1Beta1Spec {
    readonly conditions?: SecretStoreV1Beta1SpecConditions[];
    readonly controller?: string;
    readonly provider: SecretStoreV1Beta1SpecProvider;
    readonly refreshInterval?: number;
    readonly retrySettings?: SecretStoreV1Beta1SpecRetrySettings;
}
export interface SecretStoreV1Beta1SpecConditions {
    readonly namespaceRegexes?: string[];
    readonly namespaceSelector?: SecretStoreV1Beta1SpecConditionsNamespaceSelector;
    readonly namespaces?: string[];
}
export interface SecretStoreV1Beta1SpecProvider {
    readonly akeyless?: SecretStoreV1Beta1SpecProviderAkeyless;
    readonly alibaba?: SecretStoreV1Beta1SpecProviderAlibaba;
    readonly aws?: SecretStoreV1Beta1SpecProviderAws;
    readonly azurekv?: SecretStoreV1Beta1SpecProviderAzurekv;
    readonly beyondtrust?: SecretStoreV1Beta1SpecProviderBeyondtrust;
    readonly bitwardensecretsmanager?: SecretStoreV1Beta1SpecProviderBitwardensecretsmanager;
    readonly chef?: SecretStoreV1Beta1SpecProviderChef;
    readonly cloudrusm?: SecretStoreV1Beta1SpecProviderCloudrusm;
    readonly conjur?: SecretStoreV1Beta1SpecProviderConjur;
    readonly delinea?: SecretStoreV1Beta1SpecProviderDelinea;
    readonly device42?: SecretStoreV1Beta1SpecProviderDevice42;
    readonly doppler?: SecretStoreV1Beta1SpecProviderDoppler;
    readonly fake?: SecretStoreV1Beta1SpecProviderFake;
    readonly fortanix?: SecretStoreV1Beta1SpecProviderFortanix;
    readonly gcpsm?: SecretStoreV1Beta1SpecProviderGcpsm;
    readonly github?: SecretStoreV1Beta1SpecProviderGithub;
    readonly gitlab?: SecretStoreV1Beta1SpecProviderGitlab;
    readonly ibm?: SecretStoreV1Beta1SpecProviderIbm;
    readonly infisical?: SecretStoreV1Beta1SpecProviderInfisical;
    readonly keepersecurity?: SecretStoreV1Beta1SpecProviderKeepersecurity;
    readonly kubernetes?: SecretStoreV1Beta1SpecProviderKubernetes;
    readonly onboardbase?: SecretStoreV1Beta1SpecProviderOnboardbase;
    readonly onepassword?: SecretStoreV1Beta1SpecProviderOnepassword;
    readonly oracle?: SecretStoreV1Beta1SpecProviderOracle;
    readonly passbolt?: SecretStoreV1Beta1SpecProviderPassbolt;
    readonly passworddepot?: SecretStoreV1Beta1SpecProviderPassworddepot;
    readonly previder?: SecretStoreV1Beta1SpecProviderPrevider;
    readonly pulumi?: SecretStoreV1Beta1SpecProviderPulumi;
    readonly scaleway?: SecretStoreV1Beta1SpecProviderScaleway;
    readonly secretserver?: SecretStoreV1Beta1SpecProviderSecretserver;
    readonly senhasegura?: SecretStoreV1Beta1SpecProviderSenhasegura;
    readonly vault?: SecretStoreV1Beta1SpecProviderVault;
    readonly webhook?: SecretStoreV1Beta1SpecProviderWebhook;
    readonly yandexcertificatemanager?: SecretStoreV1Beta1SpecProviderYandexcertificatemanager;
    readonly yandexlockbox?: SecretStoreV1Beta1SpecProviderYandexlockbox;
}
export interface SecretStoreV1Beta1SpecRetrySettings {
    readonly maxRetries?: number;
    readonly retryInterval?: string;
}
export interface SecretStoreV1Beta1SpecConditionsNamespaceSelector {
    readonly matchExpressions?: SecretStoreV1Beta1SpecConditionsNamespaceSelectorMatchExpressions[];
    readonly matchLabels?: {
        [key: string]: string;
    };
}
export interface SecretStoreV1Beta1SpecProviderAkeyless {
    readonly akeylessGwApiUrl: string;
    readonly authSecretRef: SecretStoreV1Beta1SpecProviderAkeylessAuthSecretRef;
    readonly caBundle?: string;
    readonly caProvider?: SecretStoreV1Beta1SpecProviderAkeylessCaProvider;
}
export interface SecretStoreV1Beta1SpecProviderAlibaba {
    readonly auth: SecretStoreV1Beta1SpecProviderAlibabaAuth;
    readonly regionId: string;
}
export interface SecretStoreV1Beta1SpecProviderAws {
    readonly additionalRoles?: string[];
    readonly auth?: SecretStoreV1Beta1SpecProviderAwsAuth;
    readonly externalId?: string;
    readonly prefix?: string;
    readonly region: string;
    readonly role?: string;
    readonly secretsManager?: SecretStoreV1Beta1SpecProviderAwsSecretsManager;
    readonly service: SecretStoreV1Beta1SpecProviderAwsService;
    readonly sessionTags?: SecretStoreV1Beta1SpecProviderAwsSessionTags[];
    readonly transitiveTagKeys?: string[];
}
export interface SecretStoreV1Beta1SpecProviderAzurekv {
    readonly authSecretRef?: SecretStoreV1Beta1SpecProviderAzurekvAuthSecretRef;
    readonly authType?: SecretStoreV1Beta1SpecProviderAzurekvAuthType;
    readonly environmentType?: SecretStoreV1Beta1SpecProviderAzurekvEnvironmentType;
    readonly identityId?: string;
    readonly serviceAccountRef?: SecretStoreV1Beta1SpecProviderAzurekvServiceAccountRef;
    readonly tenantId?: string;
    readonly vaultUrl: string;
}
export interface SecretStoreV1Beta1SpecProviderBeyondtrust {
    readonly auth: SecretStoreV1Beta1SpecProviderBeyondtrustAuth;
    readonly server: SecretStoreV1Beta1SpecProviderBeyondtrustServer;
}
export interface SecretStoreV1Beta1SpecProviderBitwardensecretsmanager {
    readonly apiUrl?: string;
    readonly auth: SecretStoreV1Beta1SpecProviderBitwardensecretsmanagerAuth;
    readonly bitwardenServerSdkurl?: string;
    readonly caBundle?: string;
    readonly caProvider?: SecretStoreV1Beta1SpecProviderBitwardensecretsmanagerCaProvider;
    readonly identityUrl?: string;
    readonly organizationId: string;
    readonly projectId: string;
}
export interface SecretStoreV1Beta1SpecProviderChef {
    readonly auth: SecretStoreV1Beta1SpecProviderChefAuth;
    readonly serverUrl: string;
    readonly username: string;
}
export interface SecretStoreV1Beta1SpecProviderCloudrusm {
    readonly auth: SecretStoreV1Beta1SpecProviderCloudrusmAuth;
    readonly projectId?: string;
}
export interface SecretStoreV1Beta1SpecProviderConjur {
    readonly auth: SecretStoreV1Beta1SpecProviderConjurAuth;
    readonly caBundle?: string;
    readonly caProvider?: SecretStoreV1Beta1SpecProviderConjurCaProvider;
    readonly url: string;
}
export interface SecretStoreV1Beta1SpecProviderDelinea {
    readonly clientId: SecretStoreV1Beta1SpecProviderDelineaClientId;
    readonly clientSecret: SecretStoreV1Beta1SpecProviderDelineaClientSecret;
    readonly tenant: string;
    readonly tld?: string;
    readonly urlTemplate?: string;
}
export interface SecretStoreV1Beta1SpecProviderDevice42 {
    readonly auth: SecretStoreV1Beta1SpecProviderDevice42Auth;
    readonly host: string;
}
export interface SecretStoreV1Beta1SpecProviderDoppler {
    readonly auth: SecretStoreV1Beta1SpecProviderDopplerAuth;
    readonly config?: string;
    readonly format?: SecretStoreV1Beta1SpecProviderDopplerFormat;
    readonly nameTransformer?: SecretStoreV1Beta1SpecProviderDopplerNameTransformer;
    readonly project?: string;
}
export interface SecretStoreV1Beta1SpecProviderFake {
    readonly data: SecretStoreV1Beta1SpecProviderFakeData[];
}
export interface SecretStoreV1Beta1SpecProviderFortanix {
    readonly apiKey?: SecretStoreV1Beta1SpecProviderFortanixApiKey;
    readonly apiUrl?: string;
}
export interface SecretStoreV1Beta1SpecProviderGcpsm {
    readonly auth?: SecretStoreV1Beta1SpecProviderGcpsmAuth;
    readonly location?: string;
    readonly projectId?: string;
}
export interface SecretStoreV1Beta1SpecProviderGithub {
    readonly appId: number;
    readonly auth: SecretStoreV1Beta1SpecProviderGithubAuth;
    readonly environment?: string;
    readonly installationId: number;
    readonly organization: string;
    readonly repository?: string;
    readonly uploadUrl?: string;
    readonly url?: string;
}
export interface SecretStoreV1Beta1SpecProviderGitlab {
    readonly auth: SecretStoreV1Beta1SpecProviderGitlabAuth;
    readonly caBundle?: string;
    readonly caProvider?: SecretStoreV1Beta1SpecProviderGitlabCaProvider;
    readonly environment?: string;
    readonly groupIDs?: string[];
    readonly inheritFromGroups?: boolean;
    readonly projectId?: string;
    readonly url?: string;
}
export interface SecretStoreV1Beta1SpecProviderIbm {
    readonly auth: SecretStoreV1Beta1SpecProviderIbmAuth;
    readonly serviceUrl?: string;
}
export interface SecretStoreV1Beta1SpecProviderInfisical {
    readonly auth: SecretStoreV1Beta1SpecProviderInfisicalAuth;
    readonly hostApi?: string;
    readonly secretsScope: SecretStoreV1Beta1SpecProviderInfisicalSecretsScope;
}
export interface SecretStoreV1Beta1SpecProviderKeepersecurity {
    readonly authRef: SecretStoreV1Beta1SpecProviderKeepersecurityAuthRef;
    readonly folderId: string;
}
export interface SecretStoreV1Beta1SpecProviderKubernetes {
    readonly auth?: SecretStoreV1Beta1SpecProviderKubernetesAuth;
    readonly authRef?: SecretStoreV1Beta1SpecProviderKubernetesAuthRef;
    readonly remoteNamespace?: string;
    readonly server?: SecretStoreV1Beta1SpecProviderKubernetesServer;
}
export interface SecretStoreV1Beta1SpecProviderOnboardbase {
    readonly apiHost: string;
    readonly auth: SecretStoreV1Beta1SpecProviderOnboardbaseAuth;
    readonly environment: string;
    readonly project: string;
}
export interface SecretStoreV1Beta1SpecProviderOnepassword {
    readonly auth: SecretStoreV1Beta1SpecProviderOnepasswordAuth;
    readonly connectHost: string;
    readonly vaults: {
        [key: string]: number;
    };
}
export interface SecretStoreV1Beta1SpecProviderOracle {
    readonly auth?: SecretStoreV1Beta1SpecProviderOracleAuth;
    readonly compartment?: string;
    readonly encryptionKey?: string;
    readonly principalType?: SecretStoreV1Beta1SpecProviderOraclePrincipalType;
    readonly region: string;
    readonly serviceAccountRef?: SecretStoreV1Beta1SpecProviderOracleServiceAccountRef;
    readonly vault: string;
}
export interface SecretStoreV1Beta1SpecProviderPassbolt {
    readonly auth: SecretStoreV1Beta1SpecProviderPassboltAuth;
    readonly host: string;
}
export interface SecretStoreV1Beta1SpecProviderPassworddepot {
    readonly auth: SecretStoreV1Beta1SpecProviderPassworddepotAuth;
    readonly database: string;
    readonly host: string;
}
export interface SecretStoreV1Beta1SpecProviderPrevider {
    readonly auth: SecretStoreV1Beta1SpecProviderPreviderAuth;
    readonly baseUri?: string;
}
export interface SecretStoreV1Beta1SpecProviderPulumi {
    readonly accessToken: SecretStoreV1Beta1SpecProviderPulumiAccessToken;
    readonly apiUrl?: string;
    readonly environment: string;
    readonly organization: string;
    readonly project: string;
}
export interface SecretStoreV1Beta1SpecProviderScaleway {
    readonly accessKey: SecretStoreV1Beta1SpecProviderScalewayAccessKey;
    readonly apiUrl?: string;
    readonly projectId: string;
    readonly region: string;
    readonly secretKey: SecretStoreV1Beta1SpecProviderScalewaySecretKey;
}
export interface SecretStoreV1Beta1SpecProviderSecretserver {
    readonly password: SecretStoreV1Beta1SpecProviderSecretserverPassword;
    readonly serverUrl: string;
    readonly username: SecretStoreV1Beta1SpecProviderSecretserverUsername;
}
export interface SecretStoreV1Beta1SpecProviderSenhasegura {
    readonly auth: SecretStoreV1Beta1SpecProviderSenhaseguraAuth;
    readonly ignoreSslCertificate?: boolean;
    readonly module: string;
    readonly url: string;
}
export interface SecretStoreV1Beta1SpecProviderVault {
    readonly auth?: SecretStoreV1Beta1SpecProviderVaultAuth;
    readonly caBundle?: string;
    readonly caProvider?: SecretStoreV1Beta1SpecProviderVaultCaProvider;
    readonly forwardInconsistent?: boolean;
    readonly headers?: {
        [key: string]: string;
    };
    readonly namespace?: string;
    readonly path?: string;
    readonly readYourWrites?: boolean;
    readonly server: string;
    readonly tls?: SecretStoreV1Beta1SpecProviderVaultTls;
    readonly version?: SecretStoreV1Beta1SpecProviderVaultVersion;
}
export interface SecretStoreV1Beta1SpecProviderWebhook {
    readonly auth?: SecretStoreV1Beta1SpecProviderWebhookAuth;
    readonly body?: string;
    readonly caBundle?: string;
    readonly caProvider?: SecretStoreV1Beta1SpecProviderWebhookCaProvider;
    readonly headers?: {
        [key: string]: string;
    };
    readonly method?: string;
    readonly result: SecretStoreV1Beta1SpecProviderWebhookResult;
    readonly secrets?: SecretStoreV1Beta1SpecProviderWebhookSecrets[];
    readonly timeout?: string;
    readonly url: string;
}
export interface SecretStoreV1Beta1SpecProviderYandexcertificatemanager {
    readonly apiEndpoint?: string;
    readonly auth: SecretStoreV1Beta1SpecProviderYandexcertificatemanagerAuth;
    readonly caProvider?: SecretStoreV1Beta1SpecProviderYandexcertificatemanagerCaProvider;
}
export interface SecretStoreV1Beta1SpecProviderYandexlockbox {
    readonly apiEndpoint?: string;
    readonly auth: SecretStoreV1Beta1SpecProviderYandexlockboxAuth;
    readonly caProvider?: SecretStoreV1Beta1SpecProviderYandexlockboxCaProvider;
}
export interface SecretStoreV1Beta1SpecConditionsNamespaceSelectorMatchExpressions {
    readonly key: string;
    readonly operator: string;
    readonly values?: string[];
}
export interface SecretStoreV1Beta1SpecProviderAkeylessAuthSecretRef {
    readonly kubernetesAuth?: SecretStoreV1Beta1SpecProviderAkeylessAuthSecretRefKubernetesAuth;
    readonly secretRef?: SecretStoreV1Beta1SpecProviderAkeylessAuthSecretRefSecretRef;
}
export interface SecretStoreV1Beta1SpecProviderAkeylessCaProvider {
    readonly key?: string;
    readonly name: string;
    readonly namespace?: string;
    readonly type: SecretStoreV1Beta1SpecProviderAkeylessCaProviderType;
}
export interface SecretStoreV1Beta1SpecProviderAlibabaAuth {
    readonly rrsa?: SecretStoreV1Beta1SpecProviderAlibabaAuthRrsa;
    readonly secretRef?: SecretStoreV1Beta1SpecProviderAlibabaAuthSecretRef;
}
export interface SecretStoreV1Beta1SpecProviderAwsAuth {
    readonly jwt?: SecretStoreV1Beta1SpecProviderAwsAuthJwt;
    readonly secretRef?: SecretStoreV1Beta1SpecProviderAwsAuthSecretRef;
}
export interface SecretStoreV1Beta1SpecProviderAwsSecretsManager {
    readonly forceDeleteWithoutRecovery?: boolean;
    readonly recoveryWindowInDays?: number;
}
export declare enum SecretStoreV1Beta1SpecProviderAwsService {
    SECRETS_MANAGER = "SecretsManager",
    PARAMETER_STORE = "ParameterStore"
}
export interface SecretStoreV1Beta1SpecProviderAwsSessionTags {
    readonly key: string;
    readonly value: string;
}
export interface SecretStoreV1Beta1SpecProviderAzurekvAuthSecretRef {
    readonly clientCertificate?: SecretStoreV1Beta1SpecProviderAzurekvAuthSecretRefClientCertificate;
    readonly clientId?: SecretStoreV1Beta1SpecProviderAzurekvAuthSecretRefClientId;
    readonly clientSecret?: SecretStoreV1Beta1SpecProviderAzurekvAuthSecretRefClientSecret;
    readonly tenantId?: SecretStoreV1Beta1SpecProviderAzurekvAuthSecretRefTenantId;
}
export declare enum SecretStoreV1Beta1SpecProviderAzurekvAuthType {
    SERVICE_PRINCIPAL = "ServicePrincipal",
    MANAGED_IDENTITY = "ManagedIdentity",
    WORKLOAD_IDENTITY = "WorkloadIdentity"
}
export declare enum SecretStoreV1Beta1SpecProviderAzurekvEnvironmentType {
    PUBLIC_CLOUD = "PublicCloud",
    US_GOVERNMENT_CLOUD = "USGovernmentCloud",
    CHINA_CLOUD = "ChinaCloud",
    GERMAN_CLOUD = "GermanCloud"
}
export interface SecretStoreV1Beta1SpecProviderAzurekvServiceAccountRef {
    readonly audiences?: string[];
    readonly name: string;
    readonly namespace?: string;
}
export interface SecretStoreV1Beta1SpecProviderBeyondtrustAuth {
    readonly apiKey?: SecretStoreV1Beta1SpecProviderBeyondtrustAuthApiKey;
    readonly certificate?: SecretStoreV1Beta1SpecProviderBeyondtrustAuthCertificate;
    readonly certificateKey?: SecretStoreV1Beta1SpecProviderBeyondtrustAuthCertificateKey;
    readonly clientId?: SecretStoreV1Beta1SpecProviderBeyondtrustAuthClientId;
    readonly clientSecret?: SecretStoreV1Beta1SpecProviderBeyondtrustAuthClientSecret;
}
export interface SecretStoreV1Beta1SpecProviderBeyondtrustServer {
    readonly apiUrl: string;
    readonly apiVersion?: string;
    readonly clientTimeOutSeconds?: number;
    readonly decrypt?: boolean;
    readonly retrievalType?: string;
    readonly separator?: string;
    readonly verifyCa: boolean;
}
export interface SecretStoreV1Beta1SpecProviderBitwardensecretsmanagerAuth {
    readonly secretRef: SecretStoreV1Beta1SpecProviderBitwardensecretsmanagerAuthSecretRef;
}
export interface SecretStoreV1Beta1SpecProviderBitwardensecretsmanagerCaProvider {
    readonly key?: string;
    readonly name: string;
    readonly namespace?: string;
    readonly type: SecretStoreV1Beta1SpecProviderBitwardensecretsmanagerCaProviderType;
}
export interface SecretStoreV1Beta1SpecProviderChefAuth {
    readonly secretRef: SecretStoreV1Beta1SpecProviderChefAuthSecretRef;
}
export interface SecretStoreV1Beta1SpecProviderCloudrusmAuth {
    readonly secretRef?: SecretStoreV1Beta1SpecProviderCloudrusmAuthSecretRef;
}
export interface SecretStoreV1Beta1SpecProviderConjurAuth {
    readonly apikey?: SecretStoreV1Beta1SpecProviderConjurAuthApikey;
    readonly jwt?: SecretStoreV1Beta1SpecProviderConjurAuthJwt;
}
export interface SecretStoreV1Beta1SpecProviderConjurCaProvider {
    readonly key?: string;
    readonly name: string;
    readonly namespace?: string;
    readonly type: SecretStoreV1Beta1SpecProviderConjurCaProviderType;
}
export interface SecretStoreV1Beta1SpecProviderDelineaClientId {
    readonly secretRef?: SecretStoreV1Beta1SpecProviderDelineaClientIdSecretRef;
    readonly value?: string;
}
export interface SecretStoreV1Beta1SpecProviderDelineaClientSecret {
    readonly secretRef?: SecretStoreV1Beta1SpecProviderDelineaClientSecretSecretRef;
    readonly value?: string;
}
export interface SecretStoreV1Beta1SpecProviderDevice42Auth {
    readonly secretRef: SecretStoreV1Beta1SpecProviderDevice42AuthSecretRef;
}
export interface SecretStoreV1Beta1SpecProviderDopplerAuth {
    readonly secretRef: SecretStoreV1Beta1SpecProviderDopplerAuthSecretRef;
}
export declare enum SecretStoreV1Beta1SpecProviderDopplerFormat {
    JSON = "json",
    DOTNET_HYPHEN_JSON = "dotnet-json",
    ENV = "env",
    YAML = "yaml",
    DOCKER = "docker"
}
export declare enum SecretStoreV1Beta1SpecProviderDopplerNameTransformer {
    UPPER_HYPHEN_CAMEL = "upper-camel",
    CAMEL = "camel",
    LOWER_HYPHEN_SNAKE = "lower-snake",
    TF_HYPHEN_VAR = "tf-var",
    DOTNET_HYPHEN_ENV = "dotnet-env",
    LOWER_HYPHEN_KEBAB = "lower-kebab"
}
export interface SecretStoreV1Beta1SpecProviderFakeData {
    readonly key: string;
    readonly value: string;
    readonly version?: string;
}
export interface SecretStoreV1Beta1SpecProviderFortanixApiKey {
    readonly secretRef?: SecretStoreV1Beta1SpecProviderFortanixApiKeySecretRef;
}
export interface SecretStoreV1Beta1SpecProviderGcpsmAuth {
    readonly secretRef?: SecretStoreV1Beta1SpecProviderGcpsmAuthSecretRef;
    readonly workloadIdentity?: SecretStoreV1Beta1SpecProviderGcpsmAuthWorkloadIdentity;
}
export interface SecretStoreV1Beta1SpecProviderGithubAuth {
    readonly privateKey: SecretStoreV1Beta1SpecProviderGithubAuthPrivateKey;
}
export interface SecretStoreV1Beta1SpecProviderGitlabAuth {
    readonly secretRef: SecretStoreV1Beta1SpecProviderGitlabAuthSecretRef;
}
export interface SecretStoreV1Beta1SpecProviderGitlabCaProvider {
    readonly key?: string;
    readonly name: string;
    readonly namespace?: string;
    readonly type: SecretStoreV1Beta1SpecProviderGitlabCaProviderType;
}
export interface SecretStoreV1Beta1SpecProviderIbmAuth {
    readonly containerAuth?: SecretStoreV1Beta1SpecProviderIbmAuthContainerAuth;
    readonly secretRef?: SecretStoreV1Beta1SpecProviderIbmAuthSecretRef;
}
export interface SecretStoreV1Beta1SpecProviderInfisicalAuth {
    readonly universalAuthCredentials?: SecretStoreV1Beta1SpecProviderInfisicalAuthUniversalAuthCredentials;
}
export interface SecretStoreV1Beta1SpecProviderInfisicalSecretsScope {
    readonly environmentSlug: string;
    readonly expandSecretReferences?: boolean;
    readonly projectSlug: string;
    readonly recursive?: boolean;
    readonly secretsPath?: string;
}
export interface SecretStoreV1Beta1SpecProviderKeepersecurityAuthRef {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export interface SecretStoreV1Beta1SpecProviderKubernetesAuth {
    readonly cert?: SecretStoreV1Beta1SpecProviderKubernetesAuthCert;
    readonly serviceAccount?: SecretStoreV1Beta1SpecProviderKubernetesAuthServiceAccount;
    readonly token?: SecretStoreV1Beta1SpecProviderKubernetesAuthToken;
}
export interface SecretStoreV1Beta1SpecProviderKubernetesAuthRef {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export interface SecretStoreV1Beta1SpecProviderKubernetesServer {
    readonly caBundle?: string;
    readonly caProvider?: SecretStoreV1Beta1SpecProviderKubernetesServerCaProvider;
    readonly url?: string;
}
export interface SecretStoreV1Beta1SpecProviderOnboardbaseAuth {
    readonly apiKeyRef: SecretStoreV1Beta1SpecProviderOnboardbaseAuthApiKeyRef;
    readonly passcodeRef: SecretStoreV1Beta1SpecProviderOnboardbaseAuthPasscodeRef;
}
export interface SecretStoreV1Beta1SpecProviderOnepasswordAuth {
    readonly secretRef: SecretStoreV1Beta1SpecProviderOnepasswordAuthSecretRef;
}
export interface SecretStoreV1Beta1SpecProviderOracleAuth {
    readonly secretRef: SecretStoreV1Beta1SpecProviderOracleAuthSecretRef;
    readonly tenancy: string;
    readonly user: string;
}
export declare enum SecretStoreV1Beta1SpecProviderOraclePrincipalType {
    USER_PRINCIPAL = "UserPrincipal",
    INSTANCE_PRINCIPAL = "InstancePrincipal",
    WORKLOAD = "Workload"
}
export interface SecretStoreV1Beta1SpecProviderOracleServiceAccountRef {
    readonly audiences?: string[];
    readonly name: string;
    readonly namespace?: string;
}
export interface SecretStoreV1Beta1SpecProviderPassboltAuth {
    readonly passwordSecretRef: SecretStoreV1Beta1SpecProviderPassboltAuthPasswordSecretRef;
    readonly privateKeySecretRef: SecretStoreV1Beta1SpecProviderPassboltAuthPrivateKeySecretRef;
}
export interface SecretStoreV1Beta1SpecProviderPassworddepotAuth {
    readonly secretRef: SecretStoreV1Beta1SpecProviderPassworddepotAuthSecretRef;
}
export interface SecretStoreV1Beta1SpecProviderPreviderAuth {
    readonly secretRef?: SecretStoreV1Beta1SpecProviderPreviderAuthSecretRef;
}
export interface SecretStoreV1Beta1SpecProviderPulumiAccessToken {
    readonly secretRef?: SecretStoreV1Beta1SpecProviderPulumiAccessTokenSecretRef;
}
export interface SecretStoreV1Beta1SpecProviderScalewayAccessKey {
    readonly secretRef?: SecretStoreV1Beta1SpecProviderScalewayAccessKeySecretRef;
    readonly value?: string;
}
export interface SecretStoreV1Beta1SpecProviderScalewaySecretKey {
    readonly secretRef?: SecretStoreV1Beta1SpecProviderScalewaySecretKeySecretRef;
    readonly value?: string;
}
export interface SecretStoreV1Beta1SpecProviderSecretserverPassword {
    readonly secretRef?: SecretStoreV1Beta1SpecProviderSecretserverPasswordSecretRef;
    readonly value?: string;
}
export interface SecretStoreV1Beta1SpecProviderSecretserverUsername {
    readonly secretRef?: SecretStoreV1Beta1SpecProviderSecretserverUsernameSecretRef;
    readonly value?: string;
}
export interface SecretStoreV1Beta1SpecProviderSenhaseguraAuth {
    readonly clientId: string;
    readonly clientSecretSecretRef: SecretStoreV1Beta1SpecProviderSenhaseguraAuthClientSecretSecretRef;
}
export interface SecretStoreV1Beta1SpecProviderVaultAuth {
    readonly appRole?: SecretStoreV1Beta1SpecProviderVaultAuthAppRole;
    readonly cert?: SecretStoreV1Beta1SpecProviderVaultAuthCert;
    readonly iam?: SecretStoreV1Beta1SpecProviderVaultAuthIam;
    readonly jwt?: SecretStoreV1Beta1SpecProviderVaultAuthJwt;
    readonly kubernetes?: SecretStoreV1Beta1SpecProviderVaultAuthKubernetes;
    readonly ldap?: SecretStoreV1Beta1SpecProviderVaultAuthLdap;
    readonly namespace?: string;
    readonly tokenSecretRef?: SecretStoreV1Beta1SpecProviderVaultAuthTokenSecretRef;
    readonly userPass?: SecretStoreV1Beta1SpecProviderVaultAuthUserPass;
}
export interface SecretStoreV1Beta1SpecProviderVaultCaProvider {
    readonly key?: string;
    readonly name: string;
    readonly namespace?: string;
    readonly type: SecretStoreV1Beta1SpecProviderVaultCaProviderType;
}
export interface SecretStoreV1Beta1SpecProviderVaultTls {
    readonly certSecretRef?: SecretStoreV1Beta1SpecProviderVaultTlsCertSecretRef;
    readonly keySecretRef?: SecretStoreV1Beta1SpecProviderVaultTlsKeySecretRef;
}
export declare enum SecretStoreV1Beta1SpecProviderVaultVersion {
    V1 = "v1",
    V2 = "v2"
}
export interface SecretStoreV1Beta1SpecProviderWebhookAuth {
    readonly ntlm?: SecretStoreV1Beta1SpecProviderWebhookAuthNtlm;
}
export interface SecretStoreV1Beta1SpecProviderWebhookCaProvider {
    readonly key?: string;
    readonly name: string;
    readonly namespace?: string;
    readonly type: SecretStoreV1Beta1SpecProviderWebhookCaProviderType;
}
export interface SecretStoreV1Beta1SpecProviderWebhookResult {
    readonly jsonPath?: string;
}
export interface SecretStoreV1Beta1SpecProviderWebhookSecrets {
    readonly name: string;
    readonly secretRef: SecretStoreV1Beta1SpecProviderWebhookSecretsSecretRef;
}
export interface SecretStoreV1Beta1SpecProviderYandexcertificatemanagerAuth {
    readonly authorizedKeySecretRef?: SecretStoreV1Beta1SpecProviderYandexcertificatemanagerAuthAuthorizedKeySecretRef;
}
export interface SecretStoreV1Beta1SpecProviderYandexcertificatemanagerCaProvider {
    readonly certSecretRef?: SecretStoreV1Beta1SpecProviderYandexcertificatemanagerCaProviderCertSecretRef;
}
export interface SecretStoreV1Beta1SpecProviderYandexlockboxAuth {
    readonly authorizedKeySecretRef?: SecretStoreV1Beta1SpecProviderYandexlockboxAuthAuthorizedKeySecretRef;
}
export interface SecretStoreV1Beta1SpecProviderYandexlockboxCaProvider {
    readonly certSecretRef?: SecretStoreV1Beta1SpecProviderYandexlockboxCaProviderCertSecretRef;
}
export interface SecretStoreV1Beta1SpecProviderAkeylessAuthSecretRefKubernetesAuth {
    readonly accessId: string;
    readonly k8SConfName: string;
    readonly secretRef?: SecretStoreV1Beta1SpecProviderAkeylessAuthSecretRefKubernetesAuthSecretRef;
    readonly serviceAccountRef?: SecretStoreV1Beta1SpecProviderAkeylessAuthSecretRefKubernetesAuthServiceAccountRef;
}
export interface SecretStoreV1Beta1SpecProviderAkeylessAuthSecretRefSecretRef {
    readonly accessId?: SecretStoreV1Beta1SpecProviderAkeylessAuthSecretRefSecretRefAccessId;
    readonly accessType?: SecretStoreV1Beta1SpecProviderAkeylessAuthSecretRefSecretRefAccessType;
    readonly accessTypeParam?: SecretStoreV1Beta1SpecProviderAkeylessAuthSecretRefSecretRefAccessTypeParam;
}
export declare enum SecretStoreV1Beta1SpecProviderAkeylessCaProviderType {
    SECRET = "Secret",
    CONFIG_MAP = "ConfigMap"
}
export interface SecretStoreV1Beta1SpecProviderAlibabaAuthRrsa {
    readonly oidcProviderArn: string;
    readonly oidcTokenFilePath: string;
    readonly roleArn: string;
    readonly sessionName: string;
}
export interface SecretStoreV1Beta1SpecProviderAlibabaAuthSecretRef {
    readonly accessKeyIdSecretRef: SecretStoreV1Beta1SpecProviderAlibabaAuthSecretRefAccessKeyIdSecretRef;
    readonly accessKeySecretSecretRef: SecretStoreV1Beta1SpecProviderAlibabaAuthSecretRefAccessKeySecretSecretRef;
}
export interface SecretStoreV1Beta1SpecProviderAwsAuthJwt {
    readonly serviceAccountRef?: SecretStoreV1Beta1SpecProviderAwsAuthJwtServiceAccountRef;
}
export interface SecretStoreV1Beta1SpecProviderAwsAuthSecretRef {
    readonly accessKeyIdSecretRef?: SecretStoreV1Beta1SpecProviderAwsAuthSecretRefAccessKeyIdSecretRef;
    readonly secretAccessKeySecretRef?: SecretStoreV1Beta1SpecProviderAwsAuthSecretRefSecretAccessKeySecretRef;
    readonly sessionTokenSecretRef?: SecretStoreV1Beta1SpecProviderAwsAuthSecretRefSessionTokenSecretRef;
}
export interface SecretStoreV1Beta1SpecProviderAzurekvAuthSecretRefClientCertificate {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export interface SecretStoreV1Beta1SpecProviderAzurekvAuthSecretRefClientId {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export interface SecretStoreV1Beta1SpecProviderAzurekvAuthSecretRefClientSecret {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export interface SecretStoreV1Beta1SpecProviderAzurekvAuthSecretRefTenantId {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export interface SecretStoreV1Beta1SpecProviderBeyondtrustAuthApiKey {
    readonly secretRef?: SecretStoreV1Beta1SpecProviderBeyondtrustAuthApiKeySecretRef;
    readonly value?: string;
}
export interface SecretStoreV1Beta1SpecProviderBeyondtrustAuthCertificate {
    readonly secretRef?: SecretStoreV1Beta1SpecProviderBeyondtrustAuthCertificateSecretRef;
    readonly value?: string;
}
export interface SecretStoreV1Beta1SpecProviderBeyondtrustAuthCertificateKey {
    readonly secretRef?: SecretStoreV1Beta1SpecProviderBeyondtrustAuthCertificateKeySecretRef;
    readonly value?: string;
}
export interface SecretStoreV1Beta1SpecProviderBeyondtrustAuthClientId {
    readonly secretRef?: SecretStoreV1Beta1SpecProviderBeyondtrustAuthClientIdSecretRef;
    readonly value?: string;
}
export interface SecretStoreV1Beta1SpecProviderBeyondtrustAuthClientSecret {
    readonly secretRef?: SecretStoreV1Beta1SpecProviderBeyondtrustAuthClientSecretSecretRef;
    readonly value?: string;
}
export interface SecretStoreV1Beta1SpecProviderBitwardensecretsmanagerAuthSecretRef {
    readonly credentials: SecretStoreV1Beta1SpecProviderBitwardensecretsmanagerAuthSecretRefCredentials;
}
export declare enum SecretStoreV1Beta1SpecProviderBitwardensecretsmanagerCaProviderType {
    SECRET = "Secret",
    CONFIG_MAP = "ConfigMap"
}
export interface SecretStoreV1Beta1SpecProviderChefAuthSecretRef {
    readonly privateKeySecretRef: SecretStoreV1Beta1SpecProviderChefAuthSecretRefPrivateKeySecretRef;
}
export interface SecretStoreV1Beta1SpecProviderCloudrusmAuthSecretRef {
    readonly accessKeyIdSecretRef: SecretStoreV1Beta1SpecProviderCloudrusmAuthSecretRefAccessKeyIdSecretRef;
    readonly accessKeySecretSecretRef: SecretStoreV1Beta1SpecProviderCloudrusmAuthSecretRefAccessKeySecretSecretRef;
}
export interface SecretStoreV1Beta1SpecProviderConjurAuthApikey {
    readonly account: string;
    readonly apiKeyRef: SecretStoreV1Beta1SpecProviderConjurAuthApikeyApiKeyRef;
    readonly userRef: SecretStoreV1Beta1SpecProviderConjurAuthApikeyUserRef;
}
export interface SecretStoreV1Beta1SpecProviderConjurAuthJwt {
    readonly account: string;
    readonly hostId?: string;
    readonly secretRef?: SecretStoreV1Beta1SpecProviderConjurAuthJwtSecretRef;
    readonly serviceAccountRef?: SecretStoreV1Beta1SpecProviderConjurAuthJwtServiceAccountRef;
    readonly serviceId: string;
}
export declare enum SecretStoreV1Beta1SpecProviderConjurCaProviderType {
    SECRET = "Secret",
    CONFIG_MAP = "ConfigMap"
}
export interface SecretStoreV1Beta1SpecProviderDelineaClientIdSecretRef {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export interface SecretStoreV1Beta1SpecProviderDelineaClientSecretSecretRef {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export interface SecretStoreV1Beta1SpecProviderDevice42AuthSecretRef {
    readonly credentials?: SecretStoreV1Beta1SpecProviderDevice42AuthSecretRefCredentials;
}
export interface SecretStoreV1Beta1SpecProviderDopplerAuthSecretRef {
    readonly dopplerToken: SecretStoreV1Beta1SpecProviderDopplerAuthSecretRefDopplerToken;
}
export interface SecretStoreV1Beta1SpecProviderFortanixApiKeySecretRef {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export interface SecretStoreV1Beta1SpecProviderGcpsmAuthSecretRef {
    readonly secretAccessKeySecretRef?: SecretStoreV1Beta1SpecProviderGcpsmAuthSecretRefSecretAccessKeySecretRef;
}
export interface SecretStoreV1Beta1SpecProviderGcpsmAuthWorkloadIdentity {
    readonly clusterLocation?: string;
    readonly clusterName?: string;
    readonly clusterProjectId?: string;
    readonly serviceAccountRef: SecretStoreV1Beta1SpecProviderGcpsmAuthWorkloadIdentityServiceAccountRef;
}
export interface SecretStoreV1Beta1SpecProviderGithubAuthPrivateKey {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export interface SecretStoreV1Beta1SpecProviderGitlabAuthSecretRef {
    readonly accessToken?: SecretStoreV1Beta1SpecProviderGitlabAuthSecretRefAccessToken;
}
export declare enum SecretStoreV1Beta1SpecProviderGitlabCaProviderType {
    SECRET = "Secret",
    CONFIG_MAP = "ConfigMap"
}
export interface SecretStoreV1Beta1SpecProviderIbmAuthContainerAuth {
    readonly iamEndpoint?: string;
    readonly profile: string;
    readonly tokenLocation?: string;
}
export interface SecretStoreV1Beta1SpecProviderIbmAuthSecretRef {
    readonly secretApiKeySecretRef?: SecretStoreV1Beta1SpecProviderIbmAuthSecretRefSecretApiKeySecretRef;
}
export interface SecretStoreV1Beta1SpecProviderInfisicalAuthUniversalAuthCredentials {
    readonly clientId: SecretStoreV1Beta1SpecProviderInfisicalAuthUniversalAuthCredentialsClientId;
    readonly clientSecret: SecretStoreV1Beta1SpecProviderInfisicalAuthUniversalAuthCredentialsClientSecret;
}
export interface SecretStoreV1Beta1SpecProviderKubernetesAuthCert {
    readonly clientCert?: SecretStoreV1Beta1SpecProviderKubernetesAuthCertClientCert;
    readonly clientKey?: SecretStoreV1Beta1SpecProviderKubernetesAuthCertClientKey;
}
export interface SecretStoreV1Beta1SpecProviderKubernetesAuthServiceAccount {
    readonly audiences?: string[];
    readonly name: string;
    readonly namespace?: string;
}
export interface SecretStoreV1Beta1SpecProviderKubernetesAuthToken {
    readonly bearerToken?: SecretStoreV1Beta1SpecProviderKubernetesAuthTokenBearerToken;
}
export interface SecretStoreV1Beta1SpecProviderKubernetesServerCaProvider {
    readonly key?: string;
    readonly name: string;
    readonly namespace?: string;
    readonly type: SecretStoreV1Beta1SpecProviderKubernetesServerCaProviderType;
}
export interface SecretStoreV1Beta1SpecProviderOnboardbaseAuthApiKeyRef {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export interface SecretStoreV1Beta1SpecProviderOnboardbaseAuthPasscodeRef {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export interface SecretStoreV1Beta1SpecProviderOnepasswordAuthSecretRef {
    readonly connectTokenSecretRef: SecretStoreV1Beta1SpecProviderOnepasswordAuthSecretRefConnectTokenSecretRef;
}
export interface SecretStoreV1Beta1SpecProviderOracleAuthSecretRef {
    readonly fingerprint: SecretStoreV1Beta1SpecProviderOracleAuthSecretRefFingerprint;
    readonly privatekey: SecretStoreV1Beta1SpecProviderOracleAuthSecretRefPrivatekey;
}
export interface SecretStoreV1Beta1SpecProviderPassboltAuthPasswordSecretRef {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export interface SecretStoreV1Beta1SpecProviderPassboltAuthPrivateKeySecretRef {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export interface SecretStoreV1Beta1SpecProviderPassworddepotAuthSecretRef {
    readonly credentials?: SecretStoreV1Beta1SpecProviderPassworddepotAuthSecretRefCredentials;
}
export interface SecretStoreV1Beta1SpecProviderPreviderAuthSecretRef {
    readonly accessToken: SecretStoreV1Beta1SpecProviderPreviderAuthSecretRefAccessToken;
}
export interface SecretStoreV1Beta1SpecProviderPulumiAccessTokenSecretRef {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export interface SecretStoreV1Beta1SpecProviderScalewayAccessKeySecretRef {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export interface SecretStoreV1Beta1SpecProviderScalewaySecretKeySecretRef {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export interface SecretStoreV1Beta1SpecProviderSecretserverPasswordSecretRef {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export interface SecretStoreV1Beta1SpecProviderSecretserverUsernameSecretRef {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export interface SecretStoreV1Beta1SpecProviderSenhaseguraAuthClientSecretSecretRef {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export interface SecretStoreV1Beta1SpecProviderVaultAuthAppRole {
    readonly path: string;
    readonly roleId?: string;
    readonly roleRef?: SecretStoreV1Beta1SpecProviderVaultAuthAppRoleRoleRef;
    readonly secretRef: SecretStoreV1Beta1SpecProviderVaultAuthAppRoleSecretRef;
}
export interface SecretStoreV1Beta1SpecProviderVaultAuthCert {
    readonly clientCert?: SecretStoreV1Beta1SpecProviderVaultAuthCertClientCert;
    readonly secretRef?: SecretStoreV1Beta1SpecProviderVaultAuthCertSecretRef;
}
export interface SecretStoreV1Beta1SpecProviderVaultAuthIam {
    readonly externalId?: string;
    readonly jwt?: SecretStoreV1Beta1SpecProviderVaultAuthIamJwt;
    readonly path?: string;
    readonly region?: string;
    readonly role?: string;
    readonly secretRef?: SecretStoreV1Beta1SpecProviderVaultAuthIamSecretRef;
    readonly vaultAwsIamServerId?: string;
    readonly vaultRole: string;
}
export interface SecretStoreV1Beta1SpecProviderVaultAuthJwt {
    readonly kubernetesServiceAccountToken?: SecretStoreV1Beta1SpecProviderVaultAuthJwtKubernetesServiceAccountToken;
    readonly path: string;
    readonly role?: string;
    readonly secretRef?: SecretStoreV1Beta1SpecProviderVaultAuthJwtSecretRef;
}
export interface SecretStoreV1Beta1SpecProviderVaultAuthKubernetes {
    readonly mountPath: string;
    readonly role: string;
    readonly secretRef?: SecretStoreV1Beta1SpecProviderVaultAuthKubernetesSecretRef;
    readonly serviceAccountRef?: SecretStoreV1Beta1SpecProviderVaultAuthKubernetesServiceAccountRef;
}
export interface SecretStoreV1Beta1SpecProviderVaultAuthLdap {
    readonly path: string;
    readonly secretRef?: SecretStoreV1Beta1SpecProviderVaultAuthLdapSecretRef;
    readonly username: string;
}
export interface SecretStoreV1Beta1SpecProviderVaultAuthTokenSecretRef {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export interface SecretStoreV1Beta1SpecProviderVaultAuthUserPass {
    readonly path: string;
    readonly secretRef?: SecretStoreV1Beta1SpecProviderVaultAuthUserPassSecretRef;
    readonly username: string;
}
export declare enum SecretStoreV1Beta1SpecProviderVaultCaProviderType {
    SECRET = "Secret",
    CONFIG_MAP = "ConfigMap"
}
export interface SecretStoreV1Beta1SpecProviderVaultTlsCertSecretRef {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export interface SecretStoreV1Beta1SpecProviderVaultTlsKeySecretRef {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export interface SecretStoreV1Beta1SpecProviderWebhookAuthNtlm {
    readonly passwordSecret: SecretStoreV1Beta1SpecProviderWebhookAuthNtlmPasswordSecret;
    readonly usernameSecret: SecretStoreV1Beta1SpecProviderWebhookAuthNtlmUsernameSecret;
}
export declare enum SecretStoreV1Beta1SpecProviderWebhookCaProviderType {
    SECRET = "Secret",
    CONFIG_MAP = "ConfigMap"
}
export interface SecretStoreV1Beta1SpecProviderWebhookSecretsSecretRef {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export interface SecretStoreV1Beta1SpecProviderYandexcertificatemanagerAuthAuthorizedKeySecretRef {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export interface SecretStoreV1Beta1SpecProviderYandexcertificatemanagerCaProviderCertSecretRef {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export interface SecretStoreV1Beta1SpecProviderYandexlockboxAuthAuthorizedKeySecretRef {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export interface SecretStoreV1Beta1SpecProviderYandexlockboxCaProviderCertSecretRef {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export interface SecretStoreV1Beta1SpecProviderAkeylessAuthSecretRefKubernetesAuthSecretRef {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export interface SecretStoreV1Beta1SpecProviderAkeylessAuthSecretRefKubernetesAuthServiceAccountRef {
    readonly audiences?: string[];
    readonly name: string;
    readonly namespace?: string;
}
export interface SecretStoreV1Beta1SpecProviderAkeylessAuthSecretRefSecretRefAccessId {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export interface SecretStoreV1Beta1SpecProviderAkeylessAuthSecretRefSecretRefAccessType {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export interface SecretStoreV1Beta1SpecProviderAkeylessAuthSecretRefSecretRefAccessTypeParam {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export interface SecretStoreV1Beta1SpecProviderAlibabaAuthSecretRefAccessKeyIdSecretRef {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export interface SecretStoreV1Beta1SpecProviderAlibabaAuthSecretRefAccessKeySecretSecretRef {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export interface SecretStoreV1Beta1SpecProviderAwsAuthJwtServiceAccountRef {
    readonly audiences?: string[];
    readonly name: string;
    readonly namespace?: string;
}
export interface SecretStoreV1Beta1SpecProviderAwsAuthSecretRefAccessKeyIdSecretRef {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export interface SecretStoreV1Beta1SpecProviderAwsAuthSecretRefSecretAccessKeySecretRef {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export interface SecretStoreV1Beta1SpecProviderAwsAuthSecretRefSessionTokenSecretRef {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export interface SecretStoreV1Beta1SpecProviderBeyondtrustAuthApiKeySecretRef {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export interface SecretStoreV1Beta1SpecProviderBeyondtrustAuthCertificateSecretRef {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export interface SecretStoreV1Beta1SpecProviderBeyondtrustAuthCertificateKeySecretRef {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export interface SecretStoreV1Beta1SpecProviderBeyondtrustAuthClientIdSecretRef {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export interface SecretStoreV1Beta1SpecProviderBeyondtrustAuthClientSecretSecretRef {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export interface SecretStoreV1Beta1SpecProviderBitwardensecretsmanagerAuthSecretRefCredentials {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export interface SecretStoreV1Beta1SpecProviderChefAuthSecretRefPrivateKeySecretRef {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export interface SecretStoreV1Beta1SpecProviderCloudrusmAuthSecretRefAccessKeyIdSecretRef {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export interface SecretStoreV1Beta1SpecProviderCloudrusmAuthSecretRefAccessKeySecretSecretRef {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export interface SecretStoreV1Beta1SpecProviderConjurAuthApikeyApiKeyRef {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export interface SecretStoreV1Beta1SpecProviderConjurAuthApikeyUserRef {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export interface SecretStoreV1Beta1SpecProviderConjurAuthJwtSecretRef {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export interface SecretStoreV1Beta1SpecProviderConjurAuthJwtServiceAccountRef {
    readonly audiences?: string[];
    readonly name: string;
    readonly namespace?: string;
}
export interface SecretStoreV1Beta1SpecProviderDevice42AuthSecretRefCredentials {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export interface SecretStoreV1Beta1SpecProviderDopplerAuthSecretRefDopplerToken {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export interface SecretStoreV1Beta1SpecProviderGcpsmAuthSecretRefSecretAccessKeySecretRef {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export interface SecretStoreV1Beta1SpecProviderGcpsmAuthWorkloadIdentityServiceAccountRef {
    readonly audiences?: string[];
    readonly name: string;
    readonly namespace?: string;
}
export interface SecretStoreV1Beta1SpecProviderGitlabAuthSecretRefAccessToken {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export interface SecretStoreV1Beta1SpecProviderIbmAuthSecretRefSecretApiKeySecretRef {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export interface SecretStoreV1Beta1SpecProviderInfisicalAuthUniversalAuthCredentialsClientId {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export interface SecretStoreV1Beta1SpecProviderInfisicalAuthUniversalAuthCredentialsClientSecret {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export interface SecretStoreV1Beta1SpecProviderKubernetesAuthCertClientCert {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export interface SecretStoreV1Beta1SpecProviderKubernetesAuthCertClientKey {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export interface SecretStoreV1Beta1SpecProviderKubernetesAuthTokenBearerToken {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export declare enum SecretStoreV1Beta1SpecProviderKubernetesServerCaProviderType {
    SECRET = "Secret",
    CONFIG_MAP = "ConfigMap"
}
export interface SecretStoreV1Beta1SpecProviderOnepasswordAuthSecretRefConnectTokenSecretRef {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export interface SecretStoreV1Beta1SpecProviderOracleAuthSecretRefFingerprint {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export interface SecretStoreV1Beta1SpecProviderOracleAuthSecretRefPrivatekey {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export interface SecretStoreV1Beta1SpecProviderPassworddepotAuthSecretRefCredentials {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export interface SecretStoreV1Beta1SpecProviderPreviderAuthSecretRefAccessToken {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export interface SecretStoreV1Beta1SpecProviderVaultAuthAppRoleRoleRef {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export interface SecretStoreV1Beta1SpecProviderVaultAuthAppRoleSecretRef {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export interface SecretStoreV1Beta1SpecProviderVaultAuthCertClientCert {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export interface SecretStoreV1Beta1SpecProviderVaultAuthCertSecretRef {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export interface SecretStoreV1Beta1SpecProviderVaultAuthIamJwt {
    readonly serviceAccountRef?: SecretStoreV1Beta1SpecProviderVaultAuthIamJwtServiceAccountRef;
}
export interface SecretStoreV1Beta1SpecProviderVaultAuthIamSecretRef {
    readonly accessKeyIdSecretRef?: SecretStoreV1Beta1SpecProviderVaultAuthIamSecretRefAccessKeyIdSecretRef;
    readonly secretAccessKeySecretRef?: SecretStoreV1Beta1SpecProviderVaultAuthIamSecretRefSecretAccessKeySecretRef;
    readonly sessionTokenSecretRef?: SecretStoreV1Beta1SpecProviderVaultAuthIamSecretRefSessionTokenSecretRef;
}
export interface SecretStoreV1Beta1SpecProviderVaultAuthJwtKubernetesServiceAccountToken {
    readonly audiences?: string[];
    readonly expirationSeconds?: number;
    readonly serviceAccountRef: SecretStoreV1Beta1SpecProviderVaultAuthJwtKubernetesServiceAccountTokenServiceAccountRef;
}
export interface SecretStoreV1Beta1SpecProviderVaultAuthJwtSecretRef {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export interface SecretStoreV1Beta1SpecProviderVaultAuthKubernetesSecretRef {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export interface SecretStoreV1Beta1SpecProviderVaultAuthKubernetesServiceAccountRef {
    readonly audiences?: string[];
    readonly name: string;
    readonly namespace?: string;
}
export interface SecretStoreV1Beta1SpecProviderVaultAuthLdapSecretRef {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export interface SecretStoreV1Beta1SpecProviderVaultAuthUserPassSecretRef {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export interface SecretStoreV1Beta1SpecProviderWebhookAuthNtlmPasswordSecret {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export interface SecretStoreV1Beta1SpecProviderWebhookAuthNtlmUsernameSecret {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export interface SecretStoreV1Beta1SpecProviderVaultAuthIamJwtServiceAccountRef {
    readonly audiences?: string[];
    readonly name: string;
    readonly namespace?: string;
}
export interface SecretStoreV1Beta1SpecProviderVaultAuthIamSecretRefAccessKeyIdSecretRef {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export interface SecretStoreV1Beta1SpecProviderVaultAuthIamSecretRefSecretAccessKeySecretRef {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export interface SecretStoreV1Beta1SpecProviderVaultAuthIamSecretRefSessionTokenSecretRef {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export interface SecretStoreV1Beta1SpecProviderVaultAuthJwtKubernetesServiceAccountTokenServiceAccountRef {
    readonly audiences?: string[];
    readonly name: string;
    readonly namespace?: string;
}
