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
export declare function toJson_SecretStoreProps(obj: SecretStoreProps | undefined): Record<string, any> | undefined;
export interface SecretStoreSpec {
    readonly conditions?: SecretStoreSpecConditions[];
    readonly controller?: string;
    readonly provider: SecretStoreSpecProvider;
    readonly refreshInterval?: SecretStoreSpecRefreshInterval;
    readonly retrySettings?: SecretStoreSpecRetrySettings;
}
export declare function toJson_SecretStoreSpec(obj: SecretStoreSpec | undefined): Record<string, any> | undefined;
export interface SecretStoreSpecConditions {
    readonly namespaceRegexes?: string[];
    readonly namespaceSelector?: SecretStoreSpecConditionsNamespaceSelector;
    readonly namespaces?: string[];
}
export declare function toJson_SecretStoreSpecConditions(obj: SecretStoreSpecConditions | undefined): Record<string, any> | undefined;
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
export declare function toJson_SecretStoreSpecProvider(obj: SecretStoreSpecProvider | undefined): Record<string, any> | undefined;
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
export declare function toJson_SecretStoreSpecRetrySettings(obj: SecretStoreSpecRetrySettings | undefined): Record<string, any> | undefined;
export interface SecretStoreSpecConditionsNamespaceSelector {
    readonly matchExpressions?: SecretStoreSpecConditionsNamespaceSelectorMatchExpressions[];
    readonly matchLabels?: {
        [key: string]: string;
    };
}
export declare function toJson_SecretStoreSpecConditionsNamespaceSelector(obj: SecretStoreSpecConditionsNamespaceSelector | undefined): Record<string, any> | undefined;
export interface SecretStoreSpecProviderAkeyless {
    readonly akeylessGwApiUrl: string;
    readonly authSecretRef: SecretStoreSpecProviderAkeylessAuthSecretRef;
    readonly caBundle?: string;
    readonly caProvider?: SecretStoreSpecProviderAkeylessCaProvider;
    readonly ignoreCache?: boolean;
}
export declare function toJson_SecretStoreSpecProviderAkeyless(obj: SecretStoreSpecProviderAkeyless | undefined): Record<string, any> | undefined;
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
export declare function toJson_SecretStoreSpecProviderAws(obj: SecretStoreSpecProviderAws | undefined): Record<string, any> | undefined;
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
export declare function toJson_SecretStoreSpecProviderAzurekv(obj: SecretStoreSpecProviderAzurekv | undefined): Record<string, any> | undefined;
export interface SecretStoreSpecProviderBarbican {
    readonly auth: SecretStoreSpecProviderBarbicanAuth;
    readonly authUrl?: string;
    readonly domainName?: string;
    readonly region?: string;
    readonly tenantName?: string;
}
export declare function toJson_SecretStoreSpecProviderBarbican(obj: SecretStoreSpecProviderBarbican | undefined): Record<string, any> | undefined;
export interface SecretStoreSpecProviderBeyondtrust {
    readonly auth: SecretStoreSpecProviderBeyondtrustAuth;
    readonly server: SecretStoreSpecProviderBeyondtrustServer;
}
export declare function toJson_SecretStoreSpecProviderBeyondtrust(obj: SecretStoreSpecProviderBeyondtrust | undefined): Record<string, any> | undefined;
export interface SecretStoreSpecProviderBeyondtrustworkloadcredentials {
    readonly auth: SecretStoreSpecProviderBeyondtrustworkloadcredentialsAuth;
    readonly caBundle?: string;
    readonly caProvider?: SecretStoreSpecProviderBeyondtrustworkloadcredentialsCaProvider;
    readonly folderPath?: string;
    readonly server: SecretStoreSpecProviderBeyondtrustworkloadcredentialsServer;
}
export declare function toJson_SecretStoreSpecProviderBeyondtrustworkloadcredentials(obj: SecretStoreSpecProviderBeyondtrustworkloadcredentials | undefined): Record<string, any> | undefined;
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
export declare function toJson_SecretStoreSpecProviderBitwardensecretsmanager(obj: SecretStoreSpecProviderBitwardensecretsmanager | undefined): Record<string, any> | undefined;
export interface SecretStoreSpecProviderChef {
    readonly auth: SecretStoreSpecProviderChefAuth;
    readonly serverUrl: string;
    readonly username: string;
}
export declare function toJson_SecretStoreSpecProviderChef(obj: SecretStoreSpecProviderChef | undefined): Record<string, any> | undefined;
export interface SecretStoreSpecProviderCloudrusm {
    readonly auth: SecretStoreSpecProviderCloudrusmAuth;
    readonly projectId?: string;
}
export declare function toJson_SecretStoreSpecProviderCloudrusm(obj: SecretStoreSpecProviderCloudrusm | undefined): Record<string, any> | undefined;
export interface SecretStoreSpecProviderConjur {
    readonly auth: SecretStoreSpecProviderConjurAuth;
    readonly caBundle?: string;
    readonly caProvider?: SecretStoreSpecProviderConjurCaProvider;
    readonly url: string;
}
export declare function toJson_SecretStoreSpecProviderConjur(obj: SecretStoreSpecProviderConjur | undefined): Record<string, any> | undefined;
export interface SecretStoreSpecProviderCrd {
    readonly auth?: SecretStoreSpecProviderCrdAuth;
    readonly authRef?: SecretStoreSpecProviderCrdAuthRef;
    readonly resource: SecretStoreSpecProviderCrdResource;
    readonly server?: SecretStoreSpecProviderCrdServer;
    readonly whitelist?: SecretStoreSpecProviderCrdWhitelist;
}
export declare function toJson_SecretStoreSpecProviderCrd(obj: SecretStoreSpecProviderCrd | undefined): Record<string, any> | undefined;
export interface SecretStoreSpecProviderDelinea {
    readonly clientId: SecretStoreSpecProviderDelineaClientId;
    readonly clientSecret: SecretStoreSpecProviderDelineaClientSecret;
    readonly tenant: string;
    readonly tld?: string;
    readonly urlTemplate?: string;
}
export declare function toJson_SecretStoreSpecProviderDelinea(obj: SecretStoreSpecProviderDelinea | undefined): Record<string, any> | undefined;
export interface SecretStoreSpecProviderDoppler {
    readonly auth: SecretStoreSpecProviderDopplerAuth;
    readonly config?: string;
    readonly format?: SecretStoreSpecProviderDopplerFormat;
    readonly nameTransformer?: SecretStoreSpecProviderDopplerNameTransformer;
    readonly project?: string;
}
export declare function toJson_SecretStoreSpecProviderDoppler(obj: SecretStoreSpecProviderDoppler | undefined): Record<string, any> | undefined;
export interface SecretStoreSpecProviderDvls {
    readonly auth: SecretStoreSpecProviderDvlsAuth;
    readonly insecure?: boolean;
    readonly serverUrl: string;
    readonly vault?: string;
}
export declare function toJson_SecretStoreSpecProviderDvls(obj: SecretStoreSpecProviderDvls | undefined): Record<string, any> | undefined;
export interface SecretStoreSpecProviderFake {
    readonly data: SecretStoreSpecProviderFakeData[];
    readonly validationResult?: number;
}
export declare function toJson_SecretStoreSpecProviderFake(obj: SecretStoreSpecProviderFake | undefined): Record<string, any> | undefined;
export interface SecretStoreSpecProviderFortanix {
    readonly apiKey?: SecretStoreSpecProviderFortanixApiKey;
    readonly apiUrl?: string;
}
export declare function toJson_SecretStoreSpecProviderFortanix(obj: SecretStoreSpecProviderFortanix | undefined): Record<string, any> | undefined;
export interface SecretStoreSpecProviderGcpsm {
    readonly auth?: SecretStoreSpecProviderGcpsmAuth;
    readonly location?: string;
    readonly projectId?: string;
    readonly secretVersionSelectionPolicy?: string;
}
export declare function toJson_SecretStoreSpecProviderGcpsm(obj: SecretStoreSpecProviderGcpsm | undefined): Record<string, any> | undefined;
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
export declare function toJson_SecretStoreSpecProviderGithub(obj: SecretStoreSpecProviderGithub | undefined): Record<string, any> | undefined;
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
export declare function toJson_SecretStoreSpecProviderGitlab(obj: SecretStoreSpecProviderGitlab | undefined): Record<string, any> | undefined;
export interface SecretStoreSpecProviderIbm {
    readonly auth: SecretStoreSpecProviderIbmAuth;
    readonly serviceUrl?: string;
}
export declare function toJson_SecretStoreSpecProviderIbm(obj: SecretStoreSpecProviderIbm | undefined): Record<string, any> | undefined;
export interface SecretStoreSpecProviderInfisical {
    readonly auth: SecretStoreSpecProviderInfisicalAuth;
    readonly caBundle?: string;
    readonly caProvider?: SecretStoreSpecProviderInfisicalCaProvider;
    readonly hostApi?: string;
    readonly secretsScope: SecretStoreSpecProviderInfisicalSecretsScope;
}
export declare function toJson_SecretStoreSpecProviderInfisical(obj: SecretStoreSpecProviderInfisical | undefined): Record<string, any> | undefined;
export interface SecretStoreSpecProviderKeepersecurity {
    readonly authRef: SecretStoreSpecProviderKeepersecurityAuthRef;
    readonly folderId: string;
    readonly getByTitleFallback?: boolean;
}
export declare function toJson_SecretStoreSpecProviderKeepersecurity(obj: SecretStoreSpecProviderKeepersecurity | undefined): Record<string, any> | undefined;
export interface SecretStoreSpecProviderKubernetes {
    readonly auth?: SecretStoreSpecProviderKubernetesAuth;
    readonly authRef?: SecretStoreSpecProviderKubernetesAuthRef;
    readonly remoteNamespace?: string;
    readonly server?: SecretStoreSpecProviderKubernetesServer;
}
export declare function toJson_SecretStoreSpecProviderKubernetes(obj: SecretStoreSpecProviderKubernetes | undefined): Record<string, any> | undefined;
export interface SecretStoreSpecProviderNebiusmysterybox {
    readonly apiDomain: string;
    readonly auth: SecretStoreSpecProviderNebiusmysteryboxAuth;
    readonly caProvider?: SecretStoreSpecProviderNebiusmysteryboxCaProvider;
}
export declare function toJson_SecretStoreSpecProviderNebiusmysterybox(obj: SecretStoreSpecProviderNebiusmysterybox | undefined): Record<string, any> | undefined;
export interface SecretStoreSpecProviderNgrok {
    readonly apiUrl?: string;
    readonly auth: SecretStoreSpecProviderNgrokAuth;
    readonly vault: SecretStoreSpecProviderNgrokVault;
}
export declare function toJson_SecretStoreSpecProviderNgrok(obj: SecretStoreSpecProviderNgrok | undefined): Record<string, any> | undefined;
export interface SecretStoreSpecProviderOnboardbase {
    readonly apiHost: string;
    readonly auth: SecretStoreSpecProviderOnboardbaseAuth;
    readonly environment: string;
    readonly project: string;
}
export declare function toJson_SecretStoreSpecProviderOnboardbase(obj: SecretStoreSpecProviderOnboardbase | undefined): Record<string, any> | undefined;
export interface SecretStoreSpecProviderOnepassword {
    readonly auth: SecretStoreSpecProviderOnepasswordAuth;
    readonly connectHost: string;
    readonly vaults: {
        [key: string]: number;
    };
}
export declare function toJson_SecretStoreSpecProviderOnepassword(obj: SecretStoreSpecProviderOnepassword | undefined): Record<string, any> | undefined;
export interface SecretStoreSpecProviderOnepasswordSdk {
    readonly auth: SecretStoreSpecProviderOnepasswordSdkAuth;
    readonly cache?: SecretStoreSpecProviderOnepasswordSdkCache;
    readonly environment?: string;
    readonly integrationInfo?: SecretStoreSpecProviderOnepasswordSdkIntegrationInfo;
    readonly vault?: string;
}
export declare function toJson_SecretStoreSpecProviderOnepasswordSdk(obj: SecretStoreSpecProviderOnepasswordSdk | undefined): Record<string, any> | undefined;
export interface SecretStoreSpecProviderOpenBao {
    readonly auth?: SecretStoreSpecProviderOpenBaoAuth;
    readonly caBundle?: string;
    readonly caProvider?: SecretStoreSpecProviderOpenBaoCaProvider;
    readonly namespace?: string;
    readonly path?: string;
    readonly server: string;
    readonly version?: SecretStoreSpecProviderOpenBaoVersion;
}
export declare function toJson_SecretStoreSpecProviderOpenBao(obj: SecretStoreSpecProviderOpenBao | undefined): Record<string, any> | undefined;
export interface SecretStoreSpecProviderOracle {
    readonly auth?: SecretStoreSpecProviderOracleAuth;
    readonly compartment?: string;
    readonly encryptionKey?: string;
    readonly principalType?: SecretStoreSpecProviderOraclePrincipalType;
    readonly region: string;
    readonly serviceAccountRef?: SecretStoreSpecProviderOracleServiceAccountRef;
    readonly vault: string;
}
export declare function toJson_SecretStoreSpecProviderOracle(obj: SecretStoreSpecProviderOracle | undefined): Record<string, any> | undefined;
export interface SecretStoreSpecProviderOvh {
    readonly auth: SecretStoreSpecProviderOvhAuth;
    readonly casRequired?: boolean;
    readonly okmsTimeout?: number;
    readonly okmsid: string;
    readonly server: string;
}
export declare function toJson_SecretStoreSpecProviderOvh(obj: SecretStoreSpecProviderOvh | undefined): Record<string, any> | undefined;
export interface SecretStoreSpecProviderPassbolt {
    readonly auth: SecretStoreSpecProviderPassboltAuth;
    readonly caBundle?: string;
    readonly caProvider?: SecretStoreSpecProviderPassboltCaProvider;
    readonly host: string;
}
export declare function toJson_SecretStoreSpecProviderPassbolt(obj: SecretStoreSpecProviderPassbolt | undefined): Record<string, any> | undefined;
export interface SecretStoreSpecProviderPassworddepot {
    readonly auth: SecretStoreSpecProviderPassworddepotAuth;
    readonly database: string;
    readonly host: string;
}
export declare function toJson_SecretStoreSpecProviderPassworddepot(obj: SecretStoreSpecProviderPassworddepot | undefined): Record<string, any> | undefined;
export interface SecretStoreSpecProviderPrevider {
    readonly auth: SecretStoreSpecProviderPreviderAuth;
    readonly baseUri?: string;
}
export declare function toJson_SecretStoreSpecProviderPrevider(obj: SecretStoreSpecProviderPrevider | undefined): Record<string, any> | undefined;
export interface SecretStoreSpecProviderPulumi {
    readonly accessToken?: SecretStoreSpecProviderPulumiAccessToken;
    readonly apiUrl?: string;
    readonly auth?: SecretStoreSpecProviderPulumiAuth;
    readonly environment: string;
    readonly organization: string;
    readonly project: string;
}
export declare function toJson_SecretStoreSpecProviderPulumi(obj: SecretStoreSpecProviderPulumi | undefined): Record<string, any> | undefined;
export interface SecretStoreSpecProviderScaleway {
    readonly accessKey: SecretStoreSpecProviderScalewayAccessKey;
    readonly apiUrl?: string;
    readonly projectId: string;
    readonly region: string;
    readonly secretKey: SecretStoreSpecProviderScalewaySecretKey;
}
export declare function toJson_SecretStoreSpecProviderScaleway(obj: SecretStoreSpecProviderScaleway | undefined): Record<string, any> | undefined;
export interface SecretStoreSpecProviderSecretserver {
    readonly caBundle?: string;
    readonly caProvider?: SecretStoreSpecProviderSecretserverCaProvider;
    readonly domain?: string;
    readonly password?: SecretStoreSpecProviderSecretserverPassword;
    readonly serverUrl: string;
    readonly token?: SecretStoreSpecProviderSecretserverToken;
    readonly username?: SecretStoreSpecProviderSecretserverUsername;
}
export declare function toJson_SecretStoreSpecProviderSecretserver(obj: SecretStoreSpecProviderSecretserver | undefined): Record<string, any> | undefined;
export interface SecretStoreSpecProviderSenhasegura {
    readonly auth: SecretStoreSpecProviderSenhaseguraAuth;
    readonly ignoreSslCertificate?: boolean;
    readonly module: string;
    readonly url: string;
}
export declare function toJson_SecretStoreSpecProviderSenhasegura(obj: SecretStoreSpecProviderSenhasegura | undefined): Record<string, any> | undefined;
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
export declare function toJson_SecretStoreSpecProviderVault(obj: SecretStoreSpecProviderVault | undefined): Record<string, any> | undefined;
export interface SecretStoreSpecProviderVolcengine {
    readonly auth?: SecretStoreSpecProviderVolcengineAuth;
    readonly region: string;
}
export declare function toJson_SecretStoreSpecProviderVolcengine(obj: SecretStoreSpecProviderVolcengine | undefined): Record<string, any> | undefined;
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
export declare function toJson_SecretStoreSpecProviderWebhook(obj: SecretStoreSpecProviderWebhook | undefined): Record<string, any> | undefined;
export interface SecretStoreSpecProviderYandexcertificatemanager {
    readonly apiEndpoint?: string;
    readonly auth: SecretStoreSpecProviderYandexcertificatemanagerAuth;
    readonly caProvider?: SecretStoreSpecProviderYandexcertificatemanagerCaProvider;
    readonly fetching?: SecretStoreSpecProviderYandexcertificatemanagerFetching;
}
export declare function toJson_SecretStoreSpecProviderYandexcertificatemanager(obj: SecretStoreSpecProviderYandexcertificatemanager | undefined): Record<string, any> | undefined;
export interface SecretStoreSpecProviderYandexlockbox {
    readonly apiEndpoint?: string;
    readonly auth: SecretStoreSpecProviderYandexlockboxAuth;
    readonly caProvider?: SecretStoreSpecProviderYandexlockboxCaProvider;
    readonly fetching?: SecretStoreSpecProviderYandexlockboxFetching;
}
export declare function toJson_SecretStoreSpecProviderYandexlockbox(obj: SecretStoreSpecProviderYandexlockbox | undefined): Record<string, any> | undefined;
export interface SecretStoreSpecConditionsNamespaceSelectorMatchExpressions {
    readonly key: string;
    readonly operator: string;
    readonly values?: string[];
}
export declare function toJson_SecretStoreSpecConditionsNamespaceSelectorMatchExpressions(obj: SecretStoreSpecConditionsNamespaceSelectorMatchExpressions | undefined): Record<string, any> | undefined;
export interface SecretStoreSpecProviderAkeylessAuthSecretRef {
    readonly kubernetesAuth?: SecretStoreSpecProviderAkeylessAuthSecretRefKubernetesAuth;
    readonly secretRef?: SecretStoreSpecProviderAkeylessAuthSecretRefSecretRef;
    readonly serviceAccountRef?: SecretStoreSpecProviderAkeylessAuthSecretRefServiceAccountRef;
}
export declare function toJson_SecretStoreSpecProviderAkeylessAuthSecretRef(obj: SecretStoreSpecProviderAkeylessAuthSecretRef | undefined): Record<string, any> | undefined;
export interface SecretStoreSpecProviderAkeylessCaProvider {
    readonly key?: string;
    readonly name: string;
    readonly namespace?: string;
    readonly type: SecretStoreSpecProviderAkeylessCaProviderType;
}
export declare function toJson_SecretStoreSpecProviderAkeylessCaProvider(obj: SecretStoreSpecProviderAkeylessCaProvider | undefined): Record<string, any> | undefined;
export interface SecretStoreSpecProviderAwsAuth {
    readonly jwt?: SecretStoreSpecProviderAwsAuthJwt;
    readonly secretRef?: SecretStoreSpecProviderAwsAuthSecretRef;
}
export declare function toJson_SecretStoreSpecProviderAwsAuth(obj: SecretStoreSpecProviderAwsAuth | undefined): Record<string, any> | undefined;
export interface SecretStoreSpecProviderAwsSecretsManager {
    readonly forceDeleteWithoutRecovery?: boolean;
    readonly recoveryWindowInDays?: number;
}
export declare function toJson_SecretStoreSpecProviderAwsSecretsManager(obj: SecretStoreSpecProviderAwsSecretsManager | undefined): Record<string, any> | undefined;
export declare enum SecretStoreSpecProviderAwsService {
    SECRETS_MANAGER = "SecretsManager",
    PARAMETER_STORE = "ParameterStore",
    CERTIFICATE_MANAGER = "CertificateManager"
}
export interface SecretStoreSpecProviderAwsSessionTags {
    readonly key: string;
    readonly value: string;
}
export declare function toJson_SecretStoreSpecProviderAwsSessionTags(obj: SecretStoreSpecProviderAwsSessionTags | undefined): Record<string, any> | undefined;
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
export declare function toJson_SecretStoreSpecProviderAzurekvAuthSecretRef(obj: SecretStoreSpecProviderAzurekvAuthSecretRef | undefined): Record<string, any> | undefined;
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
export declare function toJson_SecretStoreSpecProviderAzurekvCustomCloudConfig(obj: SecretStoreSpecProviderAzurekvCustomCloudConfig | undefined): Record<string, any> | undefined;
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
export declare function toJson_SecretStoreSpecProviderAzurekvServiceAccountRef(obj: SecretStoreSpecProviderAzurekvServiceAccountRef | undefined): Record<string, any> | undefined;
export interface SecretStoreSpecProviderBarbicanAuth {
    readonly password: SecretStoreSpecProviderBarbicanAuthPassword;
    readonly username: SecretStoreSpecProviderBarbicanAuthUsername;
}
export declare function toJson_SecretStoreSpecProviderBarbicanAuth(obj: SecretStoreSpecProviderBarbicanAuth | undefined): Record<string, any> | undefined;
export interface SecretStoreSpecProviderBeyondtrustAuth {
    readonly apiKey?: SecretStoreSpecProviderBeyondtrustAuthApiKey;
    readonly certificate?: SecretStoreSpecProviderBeyondtrustAuthCertificate;
    readonly certificateKey?: SecretStoreSpecProviderBeyondtrustAuthCertificateKey;
    readonly clientId?: SecretStoreSpecProviderBeyondtrustAuthClientId;
    readonly clientSecret?: SecretStoreSpecProviderBeyondtrustAuthClientSecret;
}
export declare function toJson_SecretStoreSpecProviderBeyondtrustAuth(obj: SecretStoreSpecProviderBeyondtrustAuth | undefined): Record<string, any> | undefined;
export interface SecretStoreSpecProviderBeyondtrustServer {
    readonly apiUrl: string;
    readonly apiVersion?: string;
    readonly clientTimeOutSeconds?: number;
    readonly decrypt?: boolean;
    readonly retrievalType?: string;
    readonly separator?: string;
    readonly verifyCa: boolean;
}
export declare function toJson_SecretStoreSpecProviderBeyondtrustServer(obj: SecretStoreSpecProviderBeyondtrustServer | undefined): Record<string, any> | undefined;
export interface SecretStoreSpecProviderBeyondtrustworkloadcredentialsAuth {
    readonly apikey: SecretStoreSpecProviderBeyondtrustworkloadcredentialsAuthApikey;
}
export declare function toJson_SecretStoreSpecProviderBeyondtrustworkloadcredentialsAuth(obj: SecretStoreSpecProviderBeyondtrustworkloadcredentialsAuth | undefined): Record<string, any> | undefined;
export interface SecretStoreSpecProviderBeyondtrustworkloadcredentialsCaProvider {
    readonly key?: string;
    readonly name: string;
    readonly namespace?: string;
    readonly type: SecretStoreSpecProviderBeyondtrustworkloadcredentialsCaProviderType;
}
export declare function toJson_SecretStoreSpecProviderBeyondtrustworkloadcredentialsCaProvider(obj: SecretStoreSpecProviderBeyondtrustworkloadcredentialsCaProvider | undefined): Record<string, any> | undefined;
export interface SecretStoreSpecProviderBeyondtrustworkloadcredentialsServer {
    readonly apiUrl: string;
    readonly siteId: string;
}
export declare function toJson_SecretStoreSpecProviderBeyondtrustworkloadcredentialsServer(obj: SecretStoreSpecProviderBeyondtrustworkloadcredentialsServer | undefined): Record<string, any> | undefined;
export interface SecretStoreSpecProviderBitwardensecretsmanagerAuth {
    readonly secretRef: SecretStoreSpecProviderBitwardensecretsmanagerAuthSecretRef;
}
export declare function toJson_SecretStoreSpecProviderBitwardensecretsmanagerAuth(obj: SecretStoreSpecProviderBitwardensecretsmanagerAuth | undefined): Record<string, any> | undefined;
export interface SecretStoreSpecProviderBitwardensecretsmanagerCaProvider {
    readonly key?: string;
    readonly name: string;
    readonly namespace?: string;
    readonly type: SecretStoreSpecProviderBitwardensecretsmanagerCaProviderType;
}
export declare function toJson_SecretStoreSpecProviderBitwardensecretsmanagerCaProvider(obj: SecretStoreSpecProviderBitwardensecretsmanagerCaProvider | undefined): Record<string, any> | undefined;
export interface SecretStoreSpecProviderChefAuth {
    readonly secretRef: SecretStoreSpecProviderChefAuthSecretRef;
}
export declare function toJson_SecretStoreSpecProviderChefAuth(obj: SecretStoreSpecProviderChefAuth | undefined): Record<string, any> | undefined;
export interface SecretStoreSpecProviderCloudrusmAuth {
    readonly secretRef?: SecretStoreSpecProviderCloudrusmAuthSecretRef;
}
export declare function toJson_SecretStoreSpecProviderCloudrusmAuth(obj: SecretStoreSpecProviderCloudrusmAuth | undefined): Record<string, any> | undefined;
export interface SecretStoreSpecProviderConjurAuth {
    readonly apikey?: SecretStoreSpecProviderConjurAuthApikey;
    readonly cert?: SecretStoreSpecProviderConjurAuthCert;
    readonly jwt?: SecretStoreSpecProviderConjurAuthJwt;
}
export declare function toJson_SecretStoreSpecProviderConjurAuth(obj: SecretStoreSpecProviderConjurAuth | undefined): Record<string, any> | undefined;
export interface SecretStoreSpecProviderConjurCaProvider {
    readonly key?: string;
    readonly name: string;
    readonly namespace?: string;
    readonly type: SecretStoreSpecProviderConjurCaProviderType;
}
export declare function toJson_SecretStoreSpecProviderConjurCaProvider(obj: SecretStoreSpecProviderConjurCaProvider | undefined): Record<string, any> | undefined;
export interface SecretStoreSpecProviderCrdAuth {
    readonly cert?: SecretStoreSpecProviderCrdAuthCert;
    readonly serviceAccount?: SecretStoreSpecProviderCrdAuthServiceAccount;
    readonly token?: SecretStoreSpecProviderCrdAuthToken;
}
export declare function toJson_SecretStoreSpecProviderCrdAuth(obj: SecretStoreSpecProviderCrdAuth | undefined): Record<string, any> | undefined;
export interface SecretStoreSpecProviderCrdAuthRef {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export declare function toJson_SecretStoreSpecProviderCrdAuthRef(obj: SecretStoreSpecProviderCrdAuthRef | undefined): Record<string, any> | undefined;
export interface SecretStoreSpecProviderCrdResource {
    readonly group: string;
    readonly kind: string;
    readonly version: string;
}
export declare function toJson_SecretStoreSpecProviderCrdResource(obj: SecretStoreSpecProviderCrdResource | undefined): Record<string, any> | undefined;
export interface SecretStoreSpecProviderCrdServer {
    readonly caBundle?: string;
    readonly caProvider?: SecretStoreSpecProviderCrdServerCaProvider;
    readonly url?: string;
}
export declare function toJson_SecretStoreSpecProviderCrdServer(obj: SecretStoreSpecProviderCrdServer | undefined): Record<string, any> | undefined;
export interface SecretStoreSpecProviderCrdWhitelist {
    readonly rules?: SecretStoreSpecProviderCrdWhitelistRules[];
}
export declare function toJson_SecretStoreSpecProviderCrdWhitelist(obj: SecretStoreSpecProviderCrdWhitelist | undefined): Record<string, any> | undefined;
export interface SecretStoreSpecProviderDelineaClientId {
    readonly secretRef?: SecretStoreSpecProviderDelineaClientIdSecretRef;
    readonly value?: string;
}
export declare function toJson_SecretStoreSpecProviderDelineaClientId(obj: SecretStoreSpecProviderDelineaClientId | undefined): Record<string, any> | undefined;
export interface SecretStoreSpecProviderDelineaClientSecret {
    readonly secretRef?: SecretStoreSpecProviderDelineaClientSecretSecretRef;
    readonly value?: string;
}
export declare function toJson_SecretStoreSpecProviderDelineaClientSecret(obj: SecretStoreSpecProviderDelineaClientSecret | undefined): Record<string, any> | undefined;
export interface SecretStoreSpecProviderDopplerAuth {
    readonly oidcConfig?: SecretStoreSpecProviderDopplerAuthOidcConfig;
    readonly secretRef?: SecretStoreSpecProviderDopplerAuthSecretRef;
}
export declare function toJson_SecretStoreSpecProviderDopplerAuth(obj: SecretStoreSpecProviderDopplerAuth | undefined): Record<string, any> | undefined;
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
export declare function toJson_SecretStoreSpecProviderDvlsAuth(obj: SecretStoreSpecProviderDvlsAuth | undefined): Record<string, any> | undefined;
export interface SecretStoreSpecProviderFakeData {
    readonly key: string;
    readonly value: string;
    readonly version?: string;
}
export declare function toJson_SecretStoreSpecProviderFakeData(obj: SecretStoreSpecProviderFakeData | undefined): Record<string, any> | undefined;
export interface SecretStoreSpecProviderFortanixApiKey {
    readonly secretRef?: SecretStoreSpecProviderFortanixApiKeySecretRef;
}
export declare function toJson_SecretStoreSpecProviderFortanixApiKey(obj: SecretStoreSpecProviderFortanixApiKey | undefined): Record<string, any> | undefined;
export interface SecretStoreSpecProviderGcpsmAuth {
    readonly secretRef?: SecretStoreSpecProviderGcpsmAuthSecretRef;
    readonly workloadIdentity?: SecretStoreSpecProviderGcpsmAuthWorkloadIdentity;
    readonly workloadIdentityFederation?: SecretStoreSpecProviderGcpsmAuthWorkloadIdentityFederation;
}
export declare function toJson_SecretStoreSpecProviderGcpsmAuth(obj: SecretStoreSpecProviderGcpsmAuth | undefined): Record<string, any> | undefined;
export interface SecretStoreSpecProviderGithubAuth {
    readonly privateKey: SecretStoreSpecProviderGithubAuthPrivateKey;
}
export declare function toJson_SecretStoreSpecProviderGithubAuth(obj: SecretStoreSpecProviderGithubAuth | undefined): Record<string, any> | undefined;
export declare enum SecretStoreSpecProviderGithubOrgSecretVisibility {
    ALL = "all",
    PRIVATE = "private"
}
export interface SecretStoreSpecProviderGitlabAuth {
    readonly secretRef: SecretStoreSpecProviderGitlabAuthSecretRef;
}
export declare function toJson_SecretStoreSpecProviderGitlabAuth(obj: SecretStoreSpecProviderGitlabAuth | undefined): Record<string, any> | undefined;
export interface SecretStoreSpecProviderGitlabCaProvider {
    readonly key?: string;
    readonly name: string;
    readonly namespace?: string;
    readonly type: SecretStoreSpecProviderGitlabCaProviderType;
}
export declare function toJson_SecretStoreSpecProviderGitlabCaProvider(obj: SecretStoreSpecProviderGitlabCaProvider | undefined): Record<string, any> | undefined;
export interface SecretStoreSpecProviderIbmAuth {
    readonly containerAuth?: SecretStoreSpecProviderIbmAuthContainerAuth;
    readonly secretRef?: SecretStoreSpecProviderIbmAuthSecretRef;
}
export declare function toJson_SecretStoreSpecProviderIbmAuth(obj: SecretStoreSpecProviderIbmAuth | undefined): Record<string, any> | undefined;
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
export declare function toJson_SecretStoreSpecProviderInfisicalAuth(obj: SecretStoreSpecProviderInfisicalAuth | undefined): Record<string, any> | undefined;
export interface SecretStoreSpecProviderInfisicalCaProvider {
    readonly key?: string;
    readonly name: string;
    readonly namespace?: string;
    readonly type: SecretStoreSpecProviderInfisicalCaProviderType;
}
export declare function toJson_SecretStoreSpecProviderInfisicalCaProvider(obj: SecretStoreSpecProviderInfisicalCaProvider | undefined): Record<string, any> | undefined;
export interface SecretStoreSpecProviderInfisicalSecretsScope {
    readonly environmentSlug: string;
    readonly expandSecretReferences?: boolean;
    readonly organizationSlug?: string;
    readonly projectSlug: string;
    readonly recursive?: boolean;
    readonly secretsPath?: string;
}
export declare function toJson_SecretStoreSpecProviderInfisicalSecretsScope(obj: SecretStoreSpecProviderInfisicalSecretsScope | undefined): Record<string, any> | undefined;
export interface SecretStoreSpecProviderKeepersecurityAuthRef {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export declare function toJson_SecretStoreSpecProviderKeepersecurityAuthRef(obj: SecretStoreSpecProviderKeepersecurityAuthRef | undefined): Record<string, any> | undefined;
export interface SecretStoreSpecProviderKubernetesAuth {
    readonly cert?: SecretStoreSpecProviderKubernetesAuthCert;
    readonly serviceAccount?: SecretStoreSpecProviderKubernetesAuthServiceAccount;
    readonly token?: SecretStoreSpecProviderKubernetesAuthToken;
}
export declare function toJson_SecretStoreSpecProviderKubernetesAuth(obj: SecretStoreSpecProviderKubernetesAuth | undefined): Record<string, any> | undefined;
export interface SecretStoreSpecProviderKubernetesAuthRef {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export declare function toJson_SecretStoreSpecProviderKubernetesAuthRef(obj: SecretStoreSpecProviderKubernetesAuthRef | undefined): Record<string, any> | undefined;
export interface SecretStoreSpecProviderKubernetesServer {
    readonly caBundle?: string;
    readonly caProvider?: SecretStoreSpecProviderKubernetesServerCaProvider;
    readonly url?: string;
}
export declare function toJson_SecretStoreSpecProviderKubernetesServer(obj: SecretStoreSpecProviderKubernetesServer | undefined): Record<string, any> | undefined;
export interface SecretStoreSpecProviderNebiusmysteryboxAuth {
    readonly serviceAccountCredsSecretRef?: SecretStoreSpecProviderNebiusmysteryboxAuthServiceAccountCredsSecretRef;
    readonly tokenSecretRef?: SecretStoreSpecProviderNebiusmysteryboxAuthTokenSecretRef;
}
export declare function toJson_SecretStoreSpecProviderNebiusmysteryboxAuth(obj: SecretStoreSpecProviderNebiusmysteryboxAuth | undefined): Record<string, any> | undefined;
export interface SecretStoreSpecProviderNebiusmysteryboxCaProvider {
    readonly certSecretRef?: SecretStoreSpecProviderNebiusmysteryboxCaProviderCertSecretRef;
}
export declare function toJson_SecretStoreSpecProviderNebiusmysteryboxCaProvider(obj: SecretStoreSpecProviderNebiusmysteryboxCaProvider | undefined): Record<string, any> | undefined;
export interface SecretStoreSpecProviderNgrokAuth {
    readonly apiKey?: SecretStoreSpecProviderNgrokAuthApiKey;
}
export declare function toJson_SecretStoreSpecProviderNgrokAuth(obj: SecretStoreSpecProviderNgrokAuth | undefined): Record<string, any> | undefined;
export interface SecretStoreSpecProviderNgrokVault {
    readonly name: string;
}
export declare function toJson_SecretStoreSpecProviderNgrokVault(obj: SecretStoreSpecProviderNgrokVault | undefined): Record<string, any> | undefined;
export interface SecretStoreSpecProviderOnboardbaseAuth {
    readonly apiKeyRef: SecretStoreSpecProviderOnboardbaseAuthApiKeyRef;
    readonly passcodeRef: SecretStoreSpecProviderOnboardbaseAuthPasscodeRef;
}
export declare function toJson_SecretStoreSpecProviderOnboardbaseAuth(obj: SecretStoreSpecProviderOnboardbaseAuth | undefined): Record<string, any> | undefined;
export interface SecretStoreSpecProviderOnepasswordAuth {
    readonly secretRef: SecretStoreSpecProviderOnepasswordAuthSecretRef;
}
export declare function toJson_SecretStoreSpecProviderOnepasswordAuth(obj: SecretStoreSpecProviderOnepasswordAuth | undefined): Record<string, any> | undefined;
export interface SecretStoreSpecProviderOnepasswordSdkAuth {
    readonly serviceAccountSecretRef: SecretStoreSpecProviderOnepasswordSdkAuthServiceAccountSecretRef;
}
export declare function toJson_SecretStoreSpecProviderOnepasswordSdkAuth(obj: SecretStoreSpecProviderOnepasswordSdkAuth | undefined): Record<string, any> | undefined;
export interface SecretStoreSpecProviderOnepasswordSdkCache {
    readonly maxSize?: number;
    readonly ttl?: string;
}
export declare function toJson_SecretStoreSpecProviderOnepasswordSdkCache(obj: SecretStoreSpecProviderOnepasswordSdkCache | undefined): Record<string, any> | undefined;
export interface SecretStoreSpecProviderOnepasswordSdkIntegrationInfo {
    readonly name?: string;
    readonly version?: string;
}
export declare function toJson_SecretStoreSpecProviderOnepasswordSdkIntegrationInfo(obj: SecretStoreSpecProviderOnepasswordSdkIntegrationInfo | undefined): Record<string, any> | undefined;
export interface SecretStoreSpecProviderOpenBaoAuth {
    readonly appRole?: SecretStoreSpecProviderOpenBaoAuthAppRole;
    readonly namespace?: string;
    readonly tokenSecretRef?: SecretStoreSpecProviderOpenBaoAuthTokenSecretRef;
    readonly userPass?: SecretStoreSpecProviderOpenBaoAuthUserPass;
}
export declare function toJson_SecretStoreSpecProviderOpenBaoAuth(obj: SecretStoreSpecProviderOpenBaoAuth | undefined): Record<string, any> | undefined;
export interface SecretStoreSpecProviderOpenBaoCaProvider {
    readonly key?: string;
    readonly name: string;
    readonly namespace?: string;
    readonly type: SecretStoreSpecProviderOpenBaoCaProviderType;
}
export declare function toJson_SecretStoreSpecProviderOpenBaoCaProvider(obj: SecretStoreSpecProviderOpenBaoCaProvider | undefined): Record<string, any> | undefined;
export declare enum SecretStoreSpecProviderOpenBaoVersion {
    V1 = "v1",
    V2 = "v2"
}
export interface SecretStoreSpecProviderOracleAuth {
    readonly secretRef: SecretStoreSpecProviderOracleAuthSecretRef;
    readonly tenancy: string;
    readonly user: string;
}
export declare function toJson_SecretStoreSpecProviderOracleAuth(obj: SecretStoreSpecProviderOracleAuth | undefined): Record<string, any> | undefined;
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
export declare function toJson_SecretStoreSpecProviderOracleServiceAccountRef(obj: SecretStoreSpecProviderOracleServiceAccountRef | undefined): Record<string, any> | undefined;
export interface SecretStoreSpecProviderOvhAuth {
    readonly mtls?: SecretStoreSpecProviderOvhAuthMtls;
    readonly token?: SecretStoreSpecProviderOvhAuthToken;
}
export declare function toJson_SecretStoreSpecProviderOvhAuth(obj: SecretStoreSpecProviderOvhAuth | undefined): Record<string, any> | undefined;
export interface SecretStoreSpecProviderPassboltAuth {
    readonly passwordSecretRef: SecretStoreSpecProviderPassboltAuthPasswordSecretRef;
    readonly privateKeySecretRef: SecretStoreSpecProviderPassboltAuthPrivateKeySecretRef;
}
export declare function toJson_SecretStoreSpecProviderPassboltAuth(obj: SecretStoreSpecProviderPassboltAuth | undefined): Record<string, any> | undefined;
export interface SecretStoreSpecProviderPassboltCaProvider {
    readonly key?: string;
    readonly name: string;
    readonly namespace?: string;
    readonly type: SecretStoreSpecProviderPassboltCaProviderType;
}
export declare function toJson_SecretStoreSpecProviderPassboltCaProvider(obj: SecretStoreSpecProviderPassboltCaProvider | undefined): Record<string, any> | undefined;
export interface SecretStoreSpecProviderPassworddepotAuth {
    readonly secretRef: SecretStoreSpecProviderPassworddepotAuthSecretRef;
}
export declare function toJson_SecretStoreSpecProviderPassworddepotAuth(obj: SecretStoreSpecProviderPassworddepotAuth | undefined): Record<string, any> | undefined;
export interface SecretStoreSpecProviderPreviderAuth {
    readonly secretRef?: SecretStoreSpecProviderPreviderAuthSecretRef;
}
export declare function toJson_SecretStoreSpecProviderPreviderAuth(obj: SecretStoreSpecProviderPreviderAuth | undefined): Record<string, any> | undefined;
export interface SecretStoreSpecProviderPulumiAccessToken {
    readonly secretRef?: SecretStoreSpecProviderPulumiAccessTokenSecretRef;
}
export declare function toJson_SecretStoreSpecProviderPulumiAccessToken(obj: SecretStoreSpecProviderPulumiAccessToken | undefined): Record<string, any> | undefined;
export interface SecretStoreSpecProviderPulumiAuth {
    readonly accessToken?: SecretStoreSpecProviderPulumiAuthAccessToken;
    readonly oidcConfig?: SecretStoreSpecProviderPulumiAuthOidcConfig;
}
export declare function toJson_SecretStoreSpecProviderPulumiAuth(obj: SecretStoreSpecProviderPulumiAuth | undefined): Record<string, any> | undefined;
export interface SecretStoreSpecProviderScalewayAccessKey {
    readonly secretRef?: SecretStoreSpecProviderScalewayAccessKeySecretRef;
    readonly value?: string;
}
export declare function toJson_SecretStoreSpecProviderScalewayAccessKey(obj: SecretStoreSpecProviderScalewayAccessKey | undefined): Record<string, any> | undefined;
export interface SecretStoreSpecProviderScalewaySecretKey {
    readonly secretRef?: SecretStoreSpecProviderScalewaySecretKeySecretRef;
    readonly value?: string;
}
export declare function toJson_SecretStoreSpecProviderScalewaySecretKey(obj: SecretStoreSpecProviderScalewaySecretKey | undefined): Record<string, any> | undefined;
export interface SecretStoreSpecProviderSecretserverCaProvider {
    readonly key?: string;
    readonly name: string;
    readonly namespace?: string;
    readonly type: SecretStoreSpecProviderSecretserverCaProviderType;
}
export declare function toJson_SecretStoreSpecProviderSecretserverCaProvider(obj: SecretStoreSpecProviderSecretserverCaProvider | undefined): Record<string, any> | undefined;
export interface SecretStoreSpecProviderSecretserverPassword {
    readonly secretRef?: SecretStoreSpecProviderSecretserverPasswordSecretRef;
    readonly value?: string;
}
export declare function toJson_SecretStoreSpecProviderSecretserverPassword(obj: SecretStoreSpecProviderSecretserverPassword | undefined): Record<string, any> | undefined;
export interface SecretStoreSpecProviderSecretserverToken {
    readonly secretRef?: SecretStoreSpecProviderSecretserverTokenSecretRef;
    readonly value?: string;
}
export declare function toJson_SecretStoreSpecProviderSecretserverToken(obj: SecretStoreSpecProviderSecretserverToken | undefined): Record<string, any> | undefined;
export interface SecretStoreSpecProviderSecretserverUsername {
    readonly secretRef?: SecretStoreSpecProviderSecretserverUsernameSecretRef;
    readonly value?: string;
}
export declare function toJson_SecretStoreSpecProviderSecretserverUsername(obj: SecretStoreSpecProviderSecretserverUsername | undefined): Record<string, any> | undefined;
export interface SecretStoreSpecProviderSenhaseguraAuth {
    readonly clientId: string;
    readonly clientSecretSecretRef: SecretStoreSpecProviderSenhaseguraAuthClientSecretSecretRef;
}
export declare function toJson_SecretStoreSpecProviderSenhaseguraAuth(obj: SecretStoreSpecProviderSenhaseguraAuth | undefined): Record<string, any> | undefined;
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
export declare function toJson_SecretStoreSpecProviderVaultAuth(obj: SecretStoreSpecProviderVaultAuth | undefined): Record<string, any> | undefined;
export interface SecretStoreSpecProviderVaultCaProvider {
    readonly key?: string;
    readonly name: string;
    readonly namespace?: string;
    readonly type: SecretStoreSpecProviderVaultCaProviderType;
}
export declare function toJson_SecretStoreSpecProviderVaultCaProvider(obj: SecretStoreSpecProviderVaultCaProvider | undefined): Record<string, any> | undefined;
export interface SecretStoreSpecProviderVaultCheckAndSet {
    readonly required?: boolean;
}
export declare function toJson_SecretStoreSpecProviderVaultCheckAndSet(obj: SecretStoreSpecProviderVaultCheckAndSet | undefined): Record<string, any> | undefined;
export interface SecretStoreSpecProviderVaultTls {
    readonly certSecretRef?: SecretStoreSpecProviderVaultTlsCertSecretRef;
    readonly keySecretRef?: SecretStoreSpecProviderVaultTlsKeySecretRef;
}
export declare function toJson_SecretStoreSpecProviderVaultTls(obj: SecretStoreSpecProviderVaultTls | undefined): Record<string, any> | undefined;
export declare enum SecretStoreSpecProviderVaultVersion {
    V1 = "v1",
    V2 = "v2"
}
export interface SecretStoreSpecProviderVolcengineAuth {
    readonly secretRef?: SecretStoreSpecProviderVolcengineAuthSecretRef;
}
export declare function toJson_SecretStoreSpecProviderVolcengineAuth(obj: SecretStoreSpecProviderVolcengineAuth | undefined): Record<string, any> | undefined;
export interface SecretStoreSpecProviderWebhookAuth {
    readonly ntlm?: SecretStoreSpecProviderWebhookAuthNtlm;
}
export declare function toJson_SecretStoreSpecProviderWebhookAuth(obj: SecretStoreSpecProviderWebhookAuth | undefined): Record<string, any> | undefined;
export interface SecretStoreSpecProviderWebhookCaProvider {
    readonly key?: string;
    readonly name: string;
    readonly namespace?: string;
    readonly type: SecretStoreSpecProviderWebhookCaProviderType;
}
export declare function toJson_SecretStoreSpecProviderWebhookCaProvider(obj: SecretStoreSpecProviderWebhookCaProvider | undefined): Record<string, any> | undefined;
export interface SecretStoreSpecProviderWebhookResult {
    readonly jsonPath?: string;
}
export declare function toJson_SecretStoreSpecProviderWebhookResult(obj: SecretStoreSpecProviderWebhookResult | undefined): Record<string, any> | undefined;
export interface SecretStoreSpecProviderWebhookSecrets {
    readonly name: string;
    readonly secretRef: SecretStoreSpecProviderWebhookSecretsSecretRef;
}
export declare function toJson_SecretStoreSpecProviderWebhookSecrets(obj: SecretStoreSpecProviderWebhookSecrets | undefined): Record<string, any> | undefined;
export interface SecretStoreSpecProviderYandexcertificatemanagerAuth {
    readonly authorizedKeySecretRef?: SecretStoreSpecProviderYandexcertificatemanagerAuthAuthorizedKeySecretRef;
}
export declare function toJson_SecretStoreSpecProviderYandexcertificatemanagerAuth(obj: SecretStoreSpecProviderYandexcertificatemanagerAuth | undefined): Record<string, any> | undefined;
export interface SecretStoreSpecProviderYandexcertificatemanagerCaProvider {
    readonly certSecretRef?: SecretStoreSpecProviderYandexcertificatemanagerCaProviderCertSecretRef;
}
export declare function toJson_SecretStoreSpecProviderYandexcertificatemanagerCaProvider(obj: SecretStoreSpecProviderYandexcertificatemanagerCaProvider | undefined): Record<string, any> | undefined;
export interface SecretStoreSpecProviderYandexcertificatemanagerFetching {
    readonly byId?: any;
    readonly byName?: SecretStoreSpecProviderYandexcertificatemanagerFetchingByName;
}
export declare function toJson_SecretStoreSpecProviderYandexcertificatemanagerFetching(obj: SecretStoreSpecProviderYandexcertificatemanagerFetching | undefined): Record<string, any> | undefined;
export interface SecretStoreSpecProviderYandexlockboxAuth {
    readonly authorizedKeySecretRef?: SecretStoreSpecProviderYandexlockboxAuthAuthorizedKeySecretRef;
}
export declare function toJson_SecretStoreSpecProviderYandexlockboxAuth(obj: SecretStoreSpecProviderYandexlockboxAuth | undefined): Record<string, any> | undefined;
export interface SecretStoreSpecProviderYandexlockboxCaProvider {
    readonly certSecretRef?: SecretStoreSpecProviderYandexlockboxCaProviderCertSecretRef;
}
export declare function toJson_SecretStoreSpecProviderYandexlockboxCaProvider(obj: SecretStoreSpecProviderYandexlockboxCaProvider | undefined): Record<string, any> | undefined;
export interface SecretStoreSpecProviderYandexlockboxFetching {
    readonly byId?: any;
    readonly byName?: SecretStoreSpecProviderYandexlockboxFetchingByName;
}
export declare function toJson_SecretStoreSpecProviderYandexlockboxFetching(obj: SecretStoreSpecProviderYandexlockboxFetching | undefined): Record<string, any> | undefined;
export interface SecretStoreSpecProviderAkeylessAuthSecretRefKubernetesAuth {
    readonly accessId: string;
    readonly k8SConfName: string;
    readonly secretRef?: SecretStoreSpecProviderAkeylessAuthSecretRefKubernetesAuthSecretRef;
    readonly serviceAccountRef?: SecretStoreSpecProviderAkeylessAuthSecretRefKubernetesAuthServiceAccountRef;
}
export declare function toJson_SecretStoreSpecProviderAkeylessAuthSecretRefKubernetesAuth(obj: SecretStoreSpecProviderAkeylessAuthSecretRefKubernetesAuth | undefined): Record<string, any> | undefined;
export interface SecretStoreSpecProviderAkeylessAuthSecretRefSecretRef {
    readonly accessId?: SecretStoreSpecProviderAkeylessAuthSecretRefSecretRefAccessId;
    readonly accessType?: SecretStoreSpecProviderAkeylessAuthSecretRefSecretRefAccessType;
    readonly accessTypeParam?: SecretStoreSpecProviderAkeylessAuthSecretRefSecretRefAccessTypeParam;
}
export declare function toJson_SecretStoreSpecProviderAkeylessAuthSecretRefSecretRef(obj: SecretStoreSpecProviderAkeylessAuthSecretRefSecretRef | undefined): Record<string, any> | undefined;
export interface SecretStoreSpecProviderAkeylessAuthSecretRefServiceAccountRef {
    readonly audiences?: string[];
    readonly name: string;
    readonly namespace?: string;
}
export declare function toJson_SecretStoreSpecProviderAkeylessAuthSecretRefServiceAccountRef(obj: SecretStoreSpecProviderAkeylessAuthSecretRefServiceAccountRef | undefined): Record<string, any> | undefined;
export declare enum SecretStoreSpecProviderAkeylessCaProviderType {
    SECRET = "Secret",
    CONFIG_MAP = "ConfigMap"
}
export interface SecretStoreSpecProviderAwsAuthJwt {
    readonly serviceAccountRef?: SecretStoreSpecProviderAwsAuthJwtServiceAccountRef;
}
export declare function toJson_SecretStoreSpecProviderAwsAuthJwt(obj: SecretStoreSpecProviderAwsAuthJwt | undefined): Record<string, any> | undefined;
export interface SecretStoreSpecProviderAwsAuthSecretRef {
    readonly accessKeyIdSecretRef?: SecretStoreSpecProviderAwsAuthSecretRefAccessKeyIdSecretRef;
    readonly secretAccessKeySecretRef?: SecretStoreSpecProviderAwsAuthSecretRefSecretAccessKeySecretRef;
    readonly sessionTokenSecretRef?: SecretStoreSpecProviderAwsAuthSecretRefSessionTokenSecretRef;
}
export declare function toJson_SecretStoreSpecProviderAwsAuthSecretRef(obj: SecretStoreSpecProviderAwsAuthSecretRef | undefined): Record<string, any> | undefined;
export interface SecretStoreSpecProviderAzurekvAuthSecretRefClientCertificate {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export declare function toJson_SecretStoreSpecProviderAzurekvAuthSecretRefClientCertificate(obj: SecretStoreSpecProviderAzurekvAuthSecretRefClientCertificate | undefined): Record<string, any> | undefined;
export interface SecretStoreSpecProviderAzurekvAuthSecretRefClientId {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export declare function toJson_SecretStoreSpecProviderAzurekvAuthSecretRefClientId(obj: SecretStoreSpecProviderAzurekvAuthSecretRefClientId | undefined): Record<string, any> | undefined;
export interface SecretStoreSpecProviderAzurekvAuthSecretRefClientSecret {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export declare function toJson_SecretStoreSpecProviderAzurekvAuthSecretRefClientSecret(obj: SecretStoreSpecProviderAzurekvAuthSecretRefClientSecret | undefined): Record<string, any> | undefined;
export interface SecretStoreSpecProviderAzurekvAuthSecretRefTenantId {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export declare function toJson_SecretStoreSpecProviderAzurekvAuthSecretRefTenantId(obj: SecretStoreSpecProviderAzurekvAuthSecretRefTenantId | undefined): Record<string, any> | undefined;
export interface SecretStoreSpecProviderBarbicanAuthPassword {
    readonly secretRef: SecretStoreSpecProviderBarbicanAuthPasswordSecretRef;
}
export declare function toJson_SecretStoreSpecProviderBarbicanAuthPassword(obj: SecretStoreSpecProviderBarbicanAuthPassword | undefined): Record<string, any> | undefined;
export interface SecretStoreSpecProviderBarbicanAuthUsername {
    readonly secretRef?: SecretStoreSpecProviderBarbicanAuthUsernameSecretRef;
    readonly value?: string;
}
export declare function toJson_SecretStoreSpecProviderBarbicanAuthUsername(obj: SecretStoreSpecProviderBarbicanAuthUsername | undefined): Record<string, any> | undefined;
export interface SecretStoreSpecProviderBeyondtrustAuthApiKey {
    readonly secretRef?: SecretStoreSpecProviderBeyondtrustAuthApiKeySecretRef;
    readonly value?: string;
}
export declare function toJson_SecretStoreSpecProviderBeyondtrustAuthApiKey(obj: SecretStoreSpecProviderBeyondtrustAuthApiKey | undefined): Record<string, any> | undefined;
export interface SecretStoreSpecProviderBeyondtrustAuthCertificate {
    readonly secretRef?: SecretStoreSpecProviderBeyondtrustAuthCertificateSecretRef;
    readonly value?: string;
}
export declare function toJson_SecretStoreSpecProviderBeyondtrustAuthCertificate(obj: SecretStoreSpecProviderBeyondtrustAuthCertificate | undefined): Record<string, any> | undefined;
export interface SecretStoreSpecProviderBeyondtrustAuthCertificateKey {
    readonly secretRef?: SecretStoreSpecProviderBeyondtrustAuthCertificateKeySecretRef;
    readonly value?: string;
}
export declare function toJson_SecretStoreSpecProviderBeyondtrustAuthCertificateKey(obj: SecretStoreSpecProviderBeyondtrustAuthCertificateKey | undefined): Record<string, any> | undefined;
export interface SecretStoreSpecProviderBeyondtrustAuthClientId {
    readonly secretRef?: SecretStoreSpecProviderBeyondtrustAuthClientIdSecretRef;
    readonly value?: string;
}
export declare function toJson_SecretStoreSpecProviderBeyondtrustAuthClientId(obj: SecretStoreSpecProviderBeyondtrustAuthClientId | undefined): Record<string, any> | undefined;
export interface SecretStoreSpecProviderBeyondtrustAuthClientSecret {
    readonly secretRef?: SecretStoreSpecProviderBeyondtrustAuthClientSecretSecretRef;
    readonly value?: string;
}
export declare function toJson_SecretStoreSpecProviderBeyondtrustAuthClientSecret(obj: SecretStoreSpecProviderBeyondtrustAuthClientSecret | undefined): Record<string, any> | undefined;
export interface SecretStoreSpecProviderBeyondtrustworkloadcredentialsAuthApikey {
    readonly token: SecretStoreSpecProviderBeyondtrustworkloadcredentialsAuthApikeyToken;
}
export declare function toJson_SecretStoreSpecProviderBeyondtrustworkloadcredentialsAuthApikey(obj: SecretStoreSpecProviderBeyondtrustworkloadcredentialsAuthApikey | undefined): Record<string, any> | undefined;
export declare enum SecretStoreSpecProviderBeyondtrustworkloadcredentialsCaProviderType {
    SECRET = "Secret",
    CONFIG_MAP = "ConfigMap"
}
export interface SecretStoreSpecProviderBitwardensecretsmanagerAuthSecretRef {
    readonly credentials: SecretStoreSpecProviderBitwardensecretsmanagerAuthSecretRefCredentials;
}
export declare function toJson_SecretStoreSpecProviderBitwardensecretsmanagerAuthSecretRef(obj: SecretStoreSpecProviderBitwardensecretsmanagerAuthSecretRef | undefined): Record<string, any> | undefined;
export declare enum SecretStoreSpecProviderBitwardensecretsmanagerCaProviderType {
    SECRET = "Secret",
    CONFIG_MAP = "ConfigMap"
}
export interface SecretStoreSpecProviderChefAuthSecretRef {
    readonly privateKeySecretRef: SecretStoreSpecProviderChefAuthSecretRefPrivateKeySecretRef;
}
export declare function toJson_SecretStoreSpecProviderChefAuthSecretRef(obj: SecretStoreSpecProviderChefAuthSecretRef | undefined): Record<string, any> | undefined;
export interface SecretStoreSpecProviderCloudrusmAuthSecretRef {
    readonly accessKeyIdSecretRef: SecretStoreSpecProviderCloudrusmAuthSecretRefAccessKeyIdSecretRef;
    readonly accessKeySecretSecretRef: SecretStoreSpecProviderCloudrusmAuthSecretRefAccessKeySecretSecretRef;
}
export declare function toJson_SecretStoreSpecProviderCloudrusmAuthSecretRef(obj: SecretStoreSpecProviderCloudrusmAuthSecretRef | undefined): Record<string, any> | undefined;
export interface SecretStoreSpecProviderConjurAuthApikey {
    readonly account: string;
    readonly apiKeyRef: SecretStoreSpecProviderConjurAuthApikeyApiKeyRef;
    readonly userRef: SecretStoreSpecProviderConjurAuthApikeyUserRef;
}
export declare function toJson_SecretStoreSpecProviderConjurAuthApikey(obj: SecretStoreSpecProviderConjurAuthApikey | undefined): Record<string, any> | undefined;
export interface SecretStoreSpecProviderConjurAuthCert {
    readonly account: string;
    readonly clientCertRef: SecretStoreSpecProviderConjurAuthCertClientCertRef;
    readonly clientKeyRef: SecretStoreSpecProviderConjurAuthCertClientKeyRef;
    readonly hostId?: string;
    readonly serviceId: string;
}
export declare function toJson_SecretStoreSpecProviderConjurAuthCert(obj: SecretStoreSpecProviderConjurAuthCert | undefined): Record<string, any> | undefined;
export interface SecretStoreSpecProviderConjurAuthJwt {
    readonly account: string;
    readonly hostId?: string;
    readonly secretRef?: SecretStoreSpecProviderConjurAuthJwtSecretRef;
    readonly serviceAccountRef?: SecretStoreSpecProviderConjurAuthJwtServiceAccountRef;
    readonly serviceId: string;
}
export declare function toJson_SecretStoreSpecProviderConjurAuthJwt(obj: SecretStoreSpecProviderConjurAuthJwt | undefined): Record<string, any> | undefined;
export declare enum SecretStoreSpecProviderConjurCaProviderType {
    SECRET = "Secret",
    CONFIG_MAP = "ConfigMap"
}
export interface SecretStoreSpecProviderCrdAuthCert {
    readonly clientCert: SecretStoreSpecProviderCrdAuthCertClientCert;
    readonly clientKey: SecretStoreSpecProviderCrdAuthCertClientKey;
}
export declare function toJson_SecretStoreSpecProviderCrdAuthCert(obj: SecretStoreSpecProviderCrdAuthCert | undefined): Record<string, any> | undefined;
export interface SecretStoreSpecProviderCrdAuthServiceAccount {
    readonly audiences?: string[];
    readonly name: string;
    readonly namespace?: string;
}
export declare function toJson_SecretStoreSpecProviderCrdAuthServiceAccount(obj: SecretStoreSpecProviderCrdAuthServiceAccount | undefined): Record<string, any> | undefined;
export interface SecretStoreSpecProviderCrdAuthToken {
    readonly bearerToken: SecretStoreSpecProviderCrdAuthTokenBearerToken;
}
export declare function toJson_SecretStoreSpecProviderCrdAuthToken(obj: SecretStoreSpecProviderCrdAuthToken | undefined): Record<string, any> | undefined;
export interface SecretStoreSpecProviderCrdServerCaProvider {
    readonly key?: string;
    readonly name: string;
    readonly namespace?: string;
    readonly type: SecretStoreSpecProviderCrdServerCaProviderType;
}
export declare function toJson_SecretStoreSpecProviderCrdServerCaProvider(obj: SecretStoreSpecProviderCrdServerCaProvider | undefined): Record<string, any> | undefined;
export interface SecretStoreSpecProviderCrdWhitelistRules {
    readonly name?: string;
    readonly namespace?: string;
    readonly properties?: string[];
}
export declare function toJson_SecretStoreSpecProviderCrdWhitelistRules(obj: SecretStoreSpecProviderCrdWhitelistRules | undefined): Record<string, any> | undefined;
export interface SecretStoreSpecProviderDelineaClientIdSecretRef {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export declare function toJson_SecretStoreSpecProviderDelineaClientIdSecretRef(obj: SecretStoreSpecProviderDelineaClientIdSecretRef | undefined): Record<string, any> | undefined;
export interface SecretStoreSpecProviderDelineaClientSecretSecretRef {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export declare function toJson_SecretStoreSpecProviderDelineaClientSecretSecretRef(obj: SecretStoreSpecProviderDelineaClientSecretSecretRef | undefined): Record<string, any> | undefined;
export interface SecretStoreSpecProviderDopplerAuthOidcConfig {
    readonly expirationSeconds?: number;
    readonly identity: string;
    readonly serviceAccountRef: SecretStoreSpecProviderDopplerAuthOidcConfigServiceAccountRef;
}
export declare function toJson_SecretStoreSpecProviderDopplerAuthOidcConfig(obj: SecretStoreSpecProviderDopplerAuthOidcConfig | undefined): Record<string, any> | undefined;
export interface SecretStoreSpecProviderDopplerAuthSecretRef {
    readonly dopplerToken: SecretStoreSpecProviderDopplerAuthSecretRefDopplerToken;
}
export declare function toJson_SecretStoreSpecProviderDopplerAuthSecretRef(obj: SecretStoreSpecProviderDopplerAuthSecretRef | undefined): Record<string, any> | undefined;
export interface SecretStoreSpecProviderDvlsAuthSecretRef {
    readonly appId: SecretStoreSpecProviderDvlsAuthSecretRefAppId;
    readonly appSecret: SecretStoreSpecProviderDvlsAuthSecretRefAppSecret;
}
export declare function toJson_SecretStoreSpecProviderDvlsAuthSecretRef(obj: SecretStoreSpecProviderDvlsAuthSecretRef | undefined): Record<string, any> | undefined;
export interface SecretStoreSpecProviderFortanixApiKeySecretRef {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export declare function toJson_SecretStoreSpecProviderFortanixApiKeySecretRef(obj: SecretStoreSpecProviderFortanixApiKeySecretRef | undefined): Record<string, any> | undefined;
export interface SecretStoreSpecProviderGcpsmAuthSecretRef {
    readonly secretAccessKeySecretRef?: SecretStoreSpecProviderGcpsmAuthSecretRefSecretAccessKeySecretRef;
}
export declare function toJson_SecretStoreSpecProviderGcpsmAuthSecretRef(obj: SecretStoreSpecProviderGcpsmAuthSecretRef | undefined): Record<string, any> | undefined;
export interface SecretStoreSpecProviderGcpsmAuthWorkloadIdentity {
    readonly clusterLocation?: string;
    readonly clusterName?: string;
    readonly clusterProjectId?: string;
    readonly serviceAccountRef: SecretStoreSpecProviderGcpsmAuthWorkloadIdentityServiceAccountRef;
}
export declare function toJson_SecretStoreSpecProviderGcpsmAuthWorkloadIdentity(obj: SecretStoreSpecProviderGcpsmAuthWorkloadIdentity | undefined): Record<string, any> | undefined;
export interface SecretStoreSpecProviderGcpsmAuthWorkloadIdentityFederation {
    readonly audience?: string;
    readonly awsSecurityCredentials?: SecretStoreSpecProviderGcpsmAuthWorkloadIdentityFederationAwsSecurityCredentials;
    readonly credConfig?: SecretStoreSpecProviderGcpsmAuthWorkloadIdentityFederationCredConfig;
    readonly externalTokenEndpoint?: string;
    readonly gcpServiceAccountEmail?: string;
    readonly serviceAccountRef?: SecretStoreSpecProviderGcpsmAuthWorkloadIdentityFederationServiceAccountRef;
}
export declare function toJson_SecretStoreSpecProviderGcpsmAuthWorkloadIdentityFederation(obj: SecretStoreSpecProviderGcpsmAuthWorkloadIdentityFederation | undefined): Record<string, any> | undefined;
export interface SecretStoreSpecProviderGithubAuthPrivateKey {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export declare function toJson_SecretStoreSpecProviderGithubAuthPrivateKey(obj: SecretStoreSpecProviderGithubAuthPrivateKey | undefined): Record<string, any> | undefined;
export interface SecretStoreSpecProviderGitlabAuthSecretRef {
    readonly accessToken?: SecretStoreSpecProviderGitlabAuthSecretRefAccessToken;
}
export declare function toJson_SecretStoreSpecProviderGitlabAuthSecretRef(obj: SecretStoreSpecProviderGitlabAuthSecretRef | undefined): Record<string, any> | undefined;
export declare enum SecretStoreSpecProviderGitlabCaProviderType {
    SECRET = "Secret",
    CONFIG_MAP = "ConfigMap"
}
export interface SecretStoreSpecProviderIbmAuthContainerAuth {
    readonly iamEndpoint?: string;
    readonly profile: string;
    readonly tokenLocation?: string;
}
export declare function toJson_SecretStoreSpecProviderIbmAuthContainerAuth(obj: SecretStoreSpecProviderIbmAuthContainerAuth | undefined): Record<string, any> | undefined;
export interface SecretStoreSpecProviderIbmAuthSecretRef {
    readonly iamEndpoint?: string;
    readonly secretApiKeySecretRef?: SecretStoreSpecProviderIbmAuthSecretRefSecretApiKeySecretRef;
}
export declare function toJson_SecretStoreSpecProviderIbmAuthSecretRef(obj: SecretStoreSpecProviderIbmAuthSecretRef | undefined): Record<string, any> | undefined;
export interface SecretStoreSpecProviderInfisicalAuthAwsAuthCredentials {
    readonly identityId: SecretStoreSpecProviderInfisicalAuthAwsAuthCredentialsIdentityId;
}
export declare function toJson_SecretStoreSpecProviderInfisicalAuthAwsAuthCredentials(obj: SecretStoreSpecProviderInfisicalAuthAwsAuthCredentials | undefined): Record<string, any> | undefined;
export interface SecretStoreSpecProviderInfisicalAuthAzureAuthCredentials {
    readonly identityId: SecretStoreSpecProviderInfisicalAuthAzureAuthCredentialsIdentityId;
    readonly resource?: SecretStoreSpecProviderInfisicalAuthAzureAuthCredentialsResource;
}
export declare function toJson_SecretStoreSpecProviderInfisicalAuthAzureAuthCredentials(obj: SecretStoreSpecProviderInfisicalAuthAzureAuthCredentials | undefined): Record<string, any> | undefined;
export interface SecretStoreSpecProviderInfisicalAuthGcpIamAuthCredentials {
    readonly identityId: SecretStoreSpecProviderInfisicalAuthGcpIamAuthCredentialsIdentityId;
    readonly serviceAccountKeyFilePath: SecretStoreSpecProviderInfisicalAuthGcpIamAuthCredentialsServiceAccountKeyFilePath;
}
export declare function toJson_SecretStoreSpecProviderInfisicalAuthGcpIamAuthCredentials(obj: SecretStoreSpecProviderInfisicalAuthGcpIamAuthCredentials | undefined): Record<string, any> | undefined;
export interface SecretStoreSpecProviderInfisicalAuthGcpIdTokenAuthCredentials {
    readonly identityId: SecretStoreSpecProviderInfisicalAuthGcpIdTokenAuthCredentialsIdentityId;
}
export declare function toJson_SecretStoreSpecProviderInfisicalAuthGcpIdTokenAuthCredentials(obj: SecretStoreSpecProviderInfisicalAuthGcpIdTokenAuthCredentials | undefined): Record<string, any> | undefined;
export interface SecretStoreSpecProviderInfisicalAuthJwtAuthCredentials {
    readonly identityId: SecretStoreSpecProviderInfisicalAuthJwtAuthCredentialsIdentityId;
    readonly jwt: SecretStoreSpecProviderInfisicalAuthJwtAuthCredentialsJwt;
}
export declare function toJson_SecretStoreSpecProviderInfisicalAuthJwtAuthCredentials(obj: SecretStoreSpecProviderInfisicalAuthJwtAuthCredentials | undefined): Record<string, any> | undefined;
export interface SecretStoreSpecProviderInfisicalAuthKubernetesAuthCredentials {
    readonly identityId: SecretStoreSpecProviderInfisicalAuthKubernetesAuthCredentialsIdentityId;
    readonly serviceAccountTokenPath?: SecretStoreSpecProviderInfisicalAuthKubernetesAuthCredentialsServiceAccountTokenPath;
}
export declare function toJson_SecretStoreSpecProviderInfisicalAuthKubernetesAuthCredentials(obj: SecretStoreSpecProviderInfisicalAuthKubernetesAuthCredentials | undefined): Record<string, any> | undefined;
export interface SecretStoreSpecProviderInfisicalAuthLdapAuthCredentials {
    readonly identityId: SecretStoreSpecProviderInfisicalAuthLdapAuthCredentialsIdentityId;
    readonly ldapPassword: SecretStoreSpecProviderInfisicalAuthLdapAuthCredentialsLdapPassword;
    readonly ldapUsername: SecretStoreSpecProviderInfisicalAuthLdapAuthCredentialsLdapUsername;
}
export declare function toJson_SecretStoreSpecProviderInfisicalAuthLdapAuthCredentials(obj: SecretStoreSpecProviderInfisicalAuthLdapAuthCredentials | undefined): Record<string, any> | undefined;
export interface SecretStoreSpecProviderInfisicalAuthOciAuthCredentials {
    readonly fingerprint: SecretStoreSpecProviderInfisicalAuthOciAuthCredentialsFingerprint;
    readonly identityId: SecretStoreSpecProviderInfisicalAuthOciAuthCredentialsIdentityId;
    readonly privateKey: SecretStoreSpecProviderInfisicalAuthOciAuthCredentialsPrivateKey;
    readonly privateKeyPassphrase?: SecretStoreSpecProviderInfisicalAuthOciAuthCredentialsPrivateKeyPassphrase;
    readonly region: SecretStoreSpecProviderInfisicalAuthOciAuthCredentialsRegion;
    readonly tenancyId: SecretStoreSpecProviderInfisicalAuthOciAuthCredentialsTenancyId;
    readonly userId: SecretStoreSpecProviderInfisicalAuthOciAuthCredentialsUserId;
}
export declare function toJson_SecretStoreSpecProviderInfisicalAuthOciAuthCredentials(obj: SecretStoreSpecProviderInfisicalAuthOciAuthCredentials | undefined): Record<string, any> | undefined;
export interface SecretStoreSpecProviderInfisicalAuthTokenAuthCredentials {
    readonly accessToken: SecretStoreSpecProviderInfisicalAuthTokenAuthCredentialsAccessToken;
}
export declare function toJson_SecretStoreSpecProviderInfisicalAuthTokenAuthCredentials(obj: SecretStoreSpecProviderInfisicalAuthTokenAuthCredentials | undefined): Record<string, any> | undefined;
export interface SecretStoreSpecProviderInfisicalAuthUniversalAuthCredentials {
    readonly clientId: SecretStoreSpecProviderInfisicalAuthUniversalAuthCredentialsClientId;
    readonly clientSecret: SecretStoreSpecProviderInfisicalAuthUniversalAuthCredentialsClientSecret;
}
export declare function toJson_SecretStoreSpecProviderInfisicalAuthUniversalAuthCredentials(obj: SecretStoreSpecProviderInfisicalAuthUniversalAuthCredentials | undefined): Record<string, any> | undefined;
export declare enum SecretStoreSpecProviderInfisicalCaProviderType {
    SECRET = "Secret",
    CONFIG_MAP = "ConfigMap"
}
export interface SecretStoreSpecProviderKubernetesAuthCert {
    readonly clientCert: SecretStoreSpecProviderKubernetesAuthCertClientCert;
    readonly clientKey: SecretStoreSpecProviderKubernetesAuthCertClientKey;
}
export declare function toJson_SecretStoreSpecProviderKubernetesAuthCert(obj: SecretStoreSpecProviderKubernetesAuthCert | undefined): Record<string, any> | undefined;
export interface SecretStoreSpecProviderKubernetesAuthServiceAccount {
    readonly audiences?: string[];
    readonly name: string;
    readonly namespace?: string;
}
export declare function toJson_SecretStoreSpecProviderKubernetesAuthServiceAccount(obj: SecretStoreSpecProviderKubernetesAuthServiceAccount | undefined): Record<string, any> | undefined;
export interface SecretStoreSpecProviderKubernetesAuthToken {
    readonly bearerToken: SecretStoreSpecProviderKubernetesAuthTokenBearerToken;
}
export declare function toJson_SecretStoreSpecProviderKubernetesAuthToken(obj: SecretStoreSpecProviderKubernetesAuthToken | undefined): Record<string, any> | undefined;
export interface SecretStoreSpecProviderKubernetesServerCaProvider {
    readonly key?: string;
    readonly name: string;
    readonly namespace?: string;
    readonly type: SecretStoreSpecProviderKubernetesServerCaProviderType;
}
export declare function toJson_SecretStoreSpecProviderKubernetesServerCaProvider(obj: SecretStoreSpecProviderKubernetesServerCaProvider | undefined): Record<string, any> | undefined;
export interface SecretStoreSpecProviderNebiusmysteryboxAuthServiceAccountCredsSecretRef {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export declare function toJson_SecretStoreSpecProviderNebiusmysteryboxAuthServiceAccountCredsSecretRef(obj: SecretStoreSpecProviderNebiusmysteryboxAuthServiceAccountCredsSecretRef | undefined): Record<string, any> | undefined;
export interface SecretStoreSpecProviderNebiusmysteryboxAuthTokenSecretRef {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export declare function toJson_SecretStoreSpecProviderNebiusmysteryboxAuthTokenSecretRef(obj: SecretStoreSpecProviderNebiusmysteryboxAuthTokenSecretRef | undefined): Record<string, any> | undefined;
export interface SecretStoreSpecProviderNebiusmysteryboxCaProviderCertSecretRef {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export declare function toJson_SecretStoreSpecProviderNebiusmysteryboxCaProviderCertSecretRef(obj: SecretStoreSpecProviderNebiusmysteryboxCaProviderCertSecretRef | undefined): Record<string, any> | undefined;
export interface SecretStoreSpecProviderNgrokAuthApiKey {
    readonly secretRef?: SecretStoreSpecProviderNgrokAuthApiKeySecretRef;
}
export declare function toJson_SecretStoreSpecProviderNgrokAuthApiKey(obj: SecretStoreSpecProviderNgrokAuthApiKey | undefined): Record<string, any> | undefined;
export interface SecretStoreSpecProviderOnboardbaseAuthApiKeyRef {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export declare function toJson_SecretStoreSpecProviderOnboardbaseAuthApiKeyRef(obj: SecretStoreSpecProviderOnboardbaseAuthApiKeyRef | undefined): Record<string, any> | undefined;
export interface SecretStoreSpecProviderOnboardbaseAuthPasscodeRef {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export declare function toJson_SecretStoreSpecProviderOnboardbaseAuthPasscodeRef(obj: SecretStoreSpecProviderOnboardbaseAuthPasscodeRef | undefined): Record<string, any> | undefined;
export interface SecretStoreSpecProviderOnepasswordAuthSecretRef {
    readonly connectTokenSecretRef: SecretStoreSpecProviderOnepasswordAuthSecretRefConnectTokenSecretRef;
}
export declare function toJson_SecretStoreSpecProviderOnepasswordAuthSecretRef(obj: SecretStoreSpecProviderOnepasswordAuthSecretRef | undefined): Record<string, any> | undefined;
export interface SecretStoreSpecProviderOnepasswordSdkAuthServiceAccountSecretRef {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export declare function toJson_SecretStoreSpecProviderOnepasswordSdkAuthServiceAccountSecretRef(obj: SecretStoreSpecProviderOnepasswordSdkAuthServiceAccountSecretRef | undefined): Record<string, any> | undefined;
export interface SecretStoreSpecProviderOpenBaoAuthAppRole {
    readonly path: string;
    readonly roleId?: string;
    readonly roleRef?: SecretStoreSpecProviderOpenBaoAuthAppRoleRoleRef;
    readonly secretRef: SecretStoreSpecProviderOpenBaoAuthAppRoleSecretRef;
}
export declare function toJson_SecretStoreSpecProviderOpenBaoAuthAppRole(obj: SecretStoreSpecProviderOpenBaoAuthAppRole | undefined): Record<string, any> | undefined;
export interface SecretStoreSpecProviderOpenBaoAuthTokenSecretRef {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export declare function toJson_SecretStoreSpecProviderOpenBaoAuthTokenSecretRef(obj: SecretStoreSpecProviderOpenBaoAuthTokenSecretRef | undefined): Record<string, any> | undefined;
export interface SecretStoreSpecProviderOpenBaoAuthUserPass {
    readonly path: string;
    readonly secretRef?: SecretStoreSpecProviderOpenBaoAuthUserPassSecretRef;
    readonly username: string;
}
export declare function toJson_SecretStoreSpecProviderOpenBaoAuthUserPass(obj: SecretStoreSpecProviderOpenBaoAuthUserPass | undefined): Record<string, any> | undefined;
export declare enum SecretStoreSpecProviderOpenBaoCaProviderType {
    SECRET = "Secret",
    CONFIG_MAP = "ConfigMap"
}
export interface SecretStoreSpecProviderOracleAuthSecretRef {
    readonly fingerprint: SecretStoreSpecProviderOracleAuthSecretRefFingerprint;
    readonly privatekey: SecretStoreSpecProviderOracleAuthSecretRefPrivatekey;
}
export declare function toJson_SecretStoreSpecProviderOracleAuthSecretRef(obj: SecretStoreSpecProviderOracleAuthSecretRef | undefined): Record<string, any> | undefined;
export interface SecretStoreSpecProviderOvhAuthMtls {
    readonly caBundle?: string;
    readonly caProvider?: SecretStoreSpecProviderOvhAuthMtlsCaProvider;
    readonly certSecretRef: SecretStoreSpecProviderOvhAuthMtlsCertSecretRef;
    readonly keySecretRef: SecretStoreSpecProviderOvhAuthMtlsKeySecretRef;
}
export declare function toJson_SecretStoreSpecProviderOvhAuthMtls(obj: SecretStoreSpecProviderOvhAuthMtls | undefined): Record<string, any> | undefined;
export interface SecretStoreSpecProviderOvhAuthToken {
    readonly tokenSecretRef: SecretStoreSpecProviderOvhAuthTokenTokenSecretRef;
}
export declare function toJson_SecretStoreSpecProviderOvhAuthToken(obj: SecretStoreSpecProviderOvhAuthToken | undefined): Record<string, any> | undefined;
export interface SecretStoreSpecProviderPassboltAuthPasswordSecretRef {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export declare function toJson_SecretStoreSpecProviderPassboltAuthPasswordSecretRef(obj: SecretStoreSpecProviderPassboltAuthPasswordSecretRef | undefined): Record<string, any> | undefined;
export interface SecretStoreSpecProviderPassboltAuthPrivateKeySecretRef {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export declare function toJson_SecretStoreSpecProviderPassboltAuthPrivateKeySecretRef(obj: SecretStoreSpecProviderPassboltAuthPrivateKeySecretRef | undefined): Record<string, any> | undefined;
export declare enum SecretStoreSpecProviderPassboltCaProviderType {
    SECRET = "Secret",
    CONFIG_MAP = "ConfigMap"
}
export interface SecretStoreSpecProviderPassworddepotAuthSecretRef {
    readonly credentials?: SecretStoreSpecProviderPassworddepotAuthSecretRefCredentials;
}
export declare function toJson_SecretStoreSpecProviderPassworddepotAuthSecretRef(obj: SecretStoreSpecProviderPassworddepotAuthSecretRef | undefined): Record<string, any> | undefined;
export interface SecretStoreSpecProviderPreviderAuthSecretRef {
    readonly accessToken: SecretStoreSpecProviderPreviderAuthSecretRefAccessToken;
}
export declare function toJson_SecretStoreSpecProviderPreviderAuthSecretRef(obj: SecretStoreSpecProviderPreviderAuthSecretRef | undefined): Record<string, any> | undefined;
export interface SecretStoreSpecProviderPulumiAccessTokenSecretRef {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export declare function toJson_SecretStoreSpecProviderPulumiAccessTokenSecretRef(obj: SecretStoreSpecProviderPulumiAccessTokenSecretRef | undefined): Record<string, any> | undefined;
export interface SecretStoreSpecProviderPulumiAuthAccessToken {
    readonly secretRef?: SecretStoreSpecProviderPulumiAuthAccessTokenSecretRef;
}
export declare function toJson_SecretStoreSpecProviderPulumiAuthAccessToken(obj: SecretStoreSpecProviderPulumiAuthAccessToken | undefined): Record<string, any> | undefined;
export interface SecretStoreSpecProviderPulumiAuthOidcConfig {
    readonly expirationSeconds?: number;
    readonly organization: string;
    readonly serviceAccountRef: SecretStoreSpecProviderPulumiAuthOidcConfigServiceAccountRef;
}
export declare function toJson_SecretStoreSpecProviderPulumiAuthOidcConfig(obj: SecretStoreSpecProviderPulumiAuthOidcConfig | undefined): Record<string, any> | undefined;
export interface SecretStoreSpecProviderScalewayAccessKeySecretRef {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export declare function toJson_SecretStoreSpecProviderScalewayAccessKeySecretRef(obj: SecretStoreSpecProviderScalewayAccessKeySecretRef | undefined): Record<string, any> | undefined;
export interface SecretStoreSpecProviderScalewaySecretKeySecretRef {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export declare function toJson_SecretStoreSpecProviderScalewaySecretKeySecretRef(obj: SecretStoreSpecProviderScalewaySecretKeySecretRef | undefined): Record<string, any> | undefined;
export declare enum SecretStoreSpecProviderSecretserverCaProviderType {
    SECRET = "Secret",
    CONFIG_MAP = "ConfigMap"
}
export interface SecretStoreSpecProviderSecretserverPasswordSecretRef {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export declare function toJson_SecretStoreSpecProviderSecretserverPasswordSecretRef(obj: SecretStoreSpecProviderSecretserverPasswordSecretRef | undefined): Record<string, any> | undefined;
export interface SecretStoreSpecProviderSecretserverTokenSecretRef {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export declare function toJson_SecretStoreSpecProviderSecretserverTokenSecretRef(obj: SecretStoreSpecProviderSecretserverTokenSecretRef | undefined): Record<string, any> | undefined;
export interface SecretStoreSpecProviderSecretserverUsernameSecretRef {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export declare function toJson_SecretStoreSpecProviderSecretserverUsernameSecretRef(obj: SecretStoreSpecProviderSecretserverUsernameSecretRef | undefined): Record<string, any> | undefined;
export interface SecretStoreSpecProviderSenhaseguraAuthClientSecretSecretRef {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export declare function toJson_SecretStoreSpecProviderSenhaseguraAuthClientSecretSecretRef(obj: SecretStoreSpecProviderSenhaseguraAuthClientSecretSecretRef | undefined): Record<string, any> | undefined;
export interface SecretStoreSpecProviderVaultAuthAppRole {
    readonly path: string;
    readonly roleId?: string;
    readonly roleRef?: SecretStoreSpecProviderVaultAuthAppRoleRoleRef;
    readonly secretRef: SecretStoreSpecProviderVaultAuthAppRoleSecretRef;
}
export declare function toJson_SecretStoreSpecProviderVaultAuthAppRole(obj: SecretStoreSpecProviderVaultAuthAppRole | undefined): Record<string, any> | undefined;
export interface SecretStoreSpecProviderVaultAuthCert {
    readonly clientCert?: SecretStoreSpecProviderVaultAuthCertClientCert;
    readonly path?: string;
    readonly secretRef?: SecretStoreSpecProviderVaultAuthCertSecretRef;
    readonly vaultRole?: string;
}
export declare function toJson_SecretStoreSpecProviderVaultAuthCert(obj: SecretStoreSpecProviderVaultAuthCert | undefined): Record<string, any> | undefined;
export interface SecretStoreSpecProviderVaultAuthGcp {
    readonly location?: string;
    readonly path?: string;
    readonly projectId?: string;
    readonly role: string;
    readonly secretRef?: SecretStoreSpecProviderVaultAuthGcpSecretRef;
    readonly serviceAccountRef?: SecretStoreSpecProviderVaultAuthGcpServiceAccountRef;
    readonly workloadIdentity?: SecretStoreSpecProviderVaultAuthGcpWorkloadIdentity;
}
export declare function toJson_SecretStoreSpecProviderVaultAuthGcp(obj: SecretStoreSpecProviderVaultAuthGcp | undefined): Record<string, any> | undefined;
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
export declare function toJson_SecretStoreSpecProviderVaultAuthIam(obj: SecretStoreSpecProviderVaultAuthIam | undefined): Record<string, any> | undefined;
export interface SecretStoreSpecProviderVaultAuthJwt {
    readonly kubernetesServiceAccountToken?: SecretStoreSpecProviderVaultAuthJwtKubernetesServiceAccountToken;
    readonly path: string;
    readonly role?: string;
    readonly secretRef?: SecretStoreSpecProviderVaultAuthJwtSecretRef;
}
export declare function toJson_SecretStoreSpecProviderVaultAuthJwt(obj: SecretStoreSpecProviderVaultAuthJwt | undefined): Record<string, any> | undefined;
export interface SecretStoreSpecProviderVaultAuthKubernetes {
    readonly mountPath: string;
    readonly role: string;
    readonly secretRef?: SecretStoreSpecProviderVaultAuthKubernetesSecretRef;
    readonly serviceAccountRef?: SecretStoreSpecProviderVaultAuthKubernetesServiceAccountRef;
}
export declare function toJson_SecretStoreSpecProviderVaultAuthKubernetes(obj: SecretStoreSpecProviderVaultAuthKubernetes | undefined): Record<string, any> | undefined;
export interface SecretStoreSpecProviderVaultAuthLdap {
    readonly path: string;
    readonly secretRef?: SecretStoreSpecProviderVaultAuthLdapSecretRef;
    readonly username: string;
}
export declare function toJson_SecretStoreSpecProviderVaultAuthLdap(obj: SecretStoreSpecProviderVaultAuthLdap | undefined): Record<string, any> | undefined;
export interface SecretStoreSpecProviderVaultAuthTokenSecretRef {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export declare function toJson_SecretStoreSpecProviderVaultAuthTokenSecretRef(obj: SecretStoreSpecProviderVaultAuthTokenSecretRef | undefined): Record<string, any> | undefined;
export interface SecretStoreSpecProviderVaultAuthUserPass {
    readonly path: string;
    readonly secretRef?: SecretStoreSpecProviderVaultAuthUserPassSecretRef;
    readonly username: string;
}
export declare function toJson_SecretStoreSpecProviderVaultAuthUserPass(obj: SecretStoreSpecProviderVaultAuthUserPass | undefined): Record<string, any> | undefined;
export declare enum SecretStoreSpecProviderVaultCaProviderType {
    SECRET = "Secret",
    CONFIG_MAP = "ConfigMap"
}
export interface SecretStoreSpecProviderVaultTlsCertSecretRef {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export declare function toJson_SecretStoreSpecProviderVaultTlsCertSecretRef(obj: SecretStoreSpecProviderVaultTlsCertSecretRef | undefined): Record<string, any> | undefined;
export interface SecretStoreSpecProviderVaultTlsKeySecretRef {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export declare function toJson_SecretStoreSpecProviderVaultTlsKeySecretRef(obj: SecretStoreSpecProviderVaultTlsKeySecretRef | undefined): Record<string, any> | undefined;
export interface SecretStoreSpecProviderVolcengineAuthSecretRef {
    readonly accessKeyId: SecretStoreSpecProviderVolcengineAuthSecretRefAccessKeyId;
    readonly secretAccessKey: SecretStoreSpecProviderVolcengineAuthSecretRefSecretAccessKey;
    readonly token?: SecretStoreSpecProviderVolcengineAuthSecretRefToken;
}
export declare function toJson_SecretStoreSpecProviderVolcengineAuthSecretRef(obj: SecretStoreSpecProviderVolcengineAuthSecretRef | undefined): Record<string, any> | undefined;
export interface SecretStoreSpecProviderWebhookAuthNtlm {
    readonly passwordSecret: SecretStoreSpecProviderWebhookAuthNtlmPasswordSecret;
    readonly usernameSecret: SecretStoreSpecProviderWebhookAuthNtlmUsernameSecret;
}
export declare function toJson_SecretStoreSpecProviderWebhookAuthNtlm(obj: SecretStoreSpecProviderWebhookAuthNtlm | undefined): Record<string, any> | undefined;
export declare enum SecretStoreSpecProviderWebhookCaProviderType {
    SECRET = "Secret",
    CONFIG_MAP = "ConfigMap"
}
export interface SecretStoreSpecProviderWebhookSecretsSecretRef {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export declare function toJson_SecretStoreSpecProviderWebhookSecretsSecretRef(obj: SecretStoreSpecProviderWebhookSecretsSecretRef | undefined): Record<string, any> | undefined;
export interface SecretStoreSpecProviderYandexcertificatemanagerAuthAuthorizedKeySecretRef {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export declare function toJson_SecretStoreSpecProviderYandexcertificatemanagerAuthAuthorizedKeySecretRef(obj: SecretStoreSpecProviderYandexcertificatemanagerAuthAuthorizedKeySecretRef | undefined): Record<string, any> | undefined;
export interface SecretStoreSpecProviderYandexcertificatemanagerCaProviderCertSecretRef {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export declare function toJson_SecretStoreSpecProviderYandexcertificatemanagerCaProviderCertSecretRef(obj: SecretStoreSpecProviderYandexcertificatemanagerCaProviderCertSecretRef | undefined): Record<string, any> | undefined;
export interface SecretStoreSpecProviderYandexcertificatemanagerFetchingByName {
    readonly folderId: string;
}
export declare function toJson_SecretStoreSpecProviderYandexcertificatemanagerFetchingByName(obj: SecretStoreSpecProviderYandexcertificatemanagerFetchingByName | undefined): Record<string, any> | undefined;
export interface SecretStoreSpecProviderYandexlockboxAuthAuthorizedKeySecretRef {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export declare function toJson_SecretStoreSpecProviderYandexlockboxAuthAuthorizedKeySecretRef(obj: SecretStoreSpecProviderYandexlockboxAuthAuthorizedKeySecretRef | undefined): Record<string, any> | undefined;
export interface SecretStoreSpecProviderYandexlockboxCaProviderCertSecretRef {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export declare function toJson_SecretStoreSpecProviderYandexlockboxCaProviderCertSecretRef(obj: SecretStoreSpecProviderYandexlockboxCaProviderCertSecretRef | undefined): Record<string, any> | undefined;
export interface SecretStoreSpecProviderYandexlockboxFetchingByName {
    readonly folderId: string;
}
export declare function toJson_SecretStoreSpecProviderYandexlockboxFetchingByName(obj: SecretStoreSpecProviderYandexlockboxFetchingByName | undefined): Record<string, any> | undefined;
export interface SecretStoreSpecProviderAkeylessAuthSecretRefKubernetesAuthSecretRef {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export declare function toJson_SecretStoreSpecProviderAkeylessAuthSecretRefKubernetesAuthSecretRef(obj: SecretStoreSpecProviderAkeylessAuthSecretRefKubernetesAuthSecretRef | undefined): Record<string, any> | undefined;
export interface SecretStoreSpecProviderAkeylessAuthSecretRefKubernetesAuthServiceAccountRef {
    readonly audiences?: string[];
    readonly name: string;
    readonly namespace?: string;
}
export declare function toJson_SecretStoreSpecProviderAkeylessAuthSecretRefKubernetesAuthServiceAccountRef(obj: SecretStoreSpecProviderAkeylessAuthSecretRefKubernetesAuthServiceAccountRef | undefined): Record<string, any> | undefined;
export interface SecretStoreSpecProviderAkeylessAuthSecretRefSecretRefAccessId {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export declare function toJson_SecretStoreSpecProviderAkeylessAuthSecretRefSecretRefAccessId(obj: SecretStoreSpecProviderAkeylessAuthSecretRefSecretRefAccessId | undefined): Record<string, any> | undefined;
export interface SecretStoreSpecProviderAkeylessAuthSecretRefSecretRefAccessType {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export declare function toJson_SecretStoreSpecProviderAkeylessAuthSecretRefSecretRefAccessType(obj: SecretStoreSpecProviderAkeylessAuthSecretRefSecretRefAccessType | undefined): Record<string, any> | undefined;
export interface SecretStoreSpecProviderAkeylessAuthSecretRefSecretRefAccessTypeParam {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export declare function toJson_SecretStoreSpecProviderAkeylessAuthSecretRefSecretRefAccessTypeParam(obj: SecretStoreSpecProviderAkeylessAuthSecretRefSecretRefAccessTypeParam | undefined): Record<string, any> | undefined;
export interface SecretStoreSpecProviderAwsAuthJwtServiceAccountRef {
    readonly audiences?: string[];
    readonly name: string;
    readonly namespace?: string;
}
export declare function toJson_SecretStoreSpecProviderAwsAuthJwtServiceAccountRef(obj: SecretStoreSpecProviderAwsAuthJwtServiceAccountRef | undefined): Record<string, any> | undefined;
export interface SecretStoreSpecProviderAwsAuthSecretRefAccessKeyIdSecretRef {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export declare function toJson_SecretStoreSpecProviderAwsAuthSecretRefAccessKeyIdSecretRef(obj: SecretStoreSpecProviderAwsAuthSecretRefAccessKeyIdSecretRef | undefined): Record<string, any> | undefined;
export interface SecretStoreSpecProviderAwsAuthSecretRefSecretAccessKeySecretRef {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export declare function toJson_SecretStoreSpecProviderAwsAuthSecretRefSecretAccessKeySecretRef(obj: SecretStoreSpecProviderAwsAuthSecretRefSecretAccessKeySecretRef | undefined): Record<string, any> | undefined;
export interface SecretStoreSpecProviderAwsAuthSecretRefSessionTokenSecretRef {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export declare function toJson_SecretStoreSpecProviderAwsAuthSecretRefSessionTokenSecretRef(obj: SecretStoreSpecProviderAwsAuthSecretRefSessionTokenSecretRef | undefined): Record<string, any> | undefined;
export interface SecretStoreSpecProviderBarbicanAuthPasswordSecretRef {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export declare function toJson_SecretStoreSpecProviderBarbicanAuthPasswordSecretRef(obj: SecretStoreSpecProviderBarbicanAuthPasswordSecretRef | undefined): Record<string, any> | undefined;
export interface SecretStoreSpecProviderBarbicanAuthUsernameSecretRef {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export declare function toJson_SecretStoreSpecProviderBarbicanAuthUsernameSecretRef(obj: SecretStoreSpecProviderBarbicanAuthUsernameSecretRef | undefined): Record<string, any> | undefined;
export interface SecretStoreSpecProviderBeyondtrustAuthApiKeySecretRef {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export declare function toJson_SecretStoreSpecProviderBeyondtrustAuthApiKeySecretRef(obj: SecretStoreSpecProviderBeyondtrustAuthApiKeySecretRef | undefined): Record<string, any> | undefined;
export interface SecretStoreSpecProviderBeyondtrustAuthCertificateSecretRef {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export declare function toJson_SecretStoreSpecProviderBeyondtrustAuthCertificateSecretRef(obj: SecretStoreSpecProviderBeyondtrustAuthCertificateSecretRef | undefined): Record<string, any> | undefined;
export interface SecretStoreSpecProviderBeyondtrustAuthCertificateKeySecretRef {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export declare function toJson_SecretStoreSpecProviderBeyondtrustAuthCertificateKeySecretRef(obj: SecretStoreSpecProviderBeyondtrustAuthCertificateKeySecretRef | undefined): Record<string, any> | undefined;
export interface SecretStoreSpecProviderBeyondtrustAuthClientIdSecretRef {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export declare function toJson_SecretStoreSpecProviderBeyondtrustAuthClientIdSecretRef(obj: SecretStoreSpecProviderBeyondtrustAuthClientIdSecretRef | undefined): Record<string, any> | undefined;
export interface SecretStoreSpecProviderBeyondtrustAuthClientSecretSecretRef {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export declare function toJson_SecretStoreSpecProviderBeyondtrustAuthClientSecretSecretRef(obj: SecretStoreSpecProviderBeyondtrustAuthClientSecretSecretRef | undefined): Record<string, any> | undefined;
export interface SecretStoreSpecProviderBeyondtrustworkloadcredentialsAuthApikeyToken {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export declare function toJson_SecretStoreSpecProviderBeyondtrustworkloadcredentialsAuthApikeyToken(obj: SecretStoreSpecProviderBeyondtrustworkloadcredentialsAuthApikeyToken | undefined): Record<string, any> | undefined;
export interface SecretStoreSpecProviderBitwardensecretsmanagerAuthSecretRefCredentials {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export declare function toJson_SecretStoreSpecProviderBitwardensecretsmanagerAuthSecretRefCredentials(obj: SecretStoreSpecProviderBitwardensecretsmanagerAuthSecretRefCredentials | undefined): Record<string, any> | undefined;
export interface SecretStoreSpecProviderChefAuthSecretRefPrivateKeySecretRef {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export declare function toJson_SecretStoreSpecProviderChefAuthSecretRefPrivateKeySecretRef(obj: SecretStoreSpecProviderChefAuthSecretRefPrivateKeySecretRef | undefined): Record<string, any> | undefined;
export interface SecretStoreSpecProviderCloudrusmAuthSecretRefAccessKeyIdSecretRef {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export declare function toJson_SecretStoreSpecProviderCloudrusmAuthSecretRefAccessKeyIdSecretRef(obj: SecretStoreSpecProviderCloudrusmAuthSecretRefAccessKeyIdSecretRef | undefined): Record<string, any> | undefined;
export interface SecretStoreSpecProviderCloudrusmAuthSecretRefAccessKeySecretSecretRef {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export declare function toJson_SecretStoreSpecProviderCloudrusmAuthSecretRefAccessKeySecretSecretRef(obj: SecretStoreSpecProviderCloudrusmAuthSecretRefAccessKeySecretSecretRef | undefined): Record<string, any> | undefined;
export interface SecretStoreSpecProviderConjurAuthApikeyApiKeyRef {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export declare function toJson_SecretStoreSpecProviderConjurAuthApikeyApiKeyRef(obj: SecretStoreSpecProviderConjurAuthApikeyApiKeyRef | undefined): Record<string, any> | undefined;
export interface SecretStoreSpecProviderConjurAuthApikeyUserRef {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export declare function toJson_SecretStoreSpecProviderConjurAuthApikeyUserRef(obj: SecretStoreSpecProviderConjurAuthApikeyUserRef | undefined): Record<string, any> | undefined;
export interface SecretStoreSpecProviderConjurAuthCertClientCertRef {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export declare function toJson_SecretStoreSpecProviderConjurAuthCertClientCertRef(obj: SecretStoreSpecProviderConjurAuthCertClientCertRef | undefined): Record<string, any> | undefined;
export interface SecretStoreSpecProviderConjurAuthCertClientKeyRef {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export declare function toJson_SecretStoreSpecProviderConjurAuthCertClientKeyRef(obj: SecretStoreSpecProviderConjurAuthCertClientKeyRef | undefined): Record<string, any> | undefined;
export interface SecretStoreSpecProviderConjurAuthJwtSecretRef {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export declare function toJson_SecretStoreSpecProviderConjurAuthJwtSecretRef(obj: SecretStoreSpecProviderConjurAuthJwtSecretRef | undefined): Record<string, any> | undefined;
export interface SecretStoreSpecProviderConjurAuthJwtServiceAccountRef {
    readonly audiences?: string[];
    readonly name: string;
    readonly namespace?: string;
}
export declare function toJson_SecretStoreSpecProviderConjurAuthJwtServiceAccountRef(obj: SecretStoreSpecProviderConjurAuthJwtServiceAccountRef | undefined): Record<string, any> | undefined;
export interface SecretStoreSpecProviderCrdAuthCertClientCert {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export declare function toJson_SecretStoreSpecProviderCrdAuthCertClientCert(obj: SecretStoreSpecProviderCrdAuthCertClientCert | undefined): Record<string, any> | undefined;
export interface SecretStoreSpecProviderCrdAuthCertClientKey {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export declare function toJson_SecretStoreSpecProviderCrdAuthCertClientKey(obj: SecretStoreSpecProviderCrdAuthCertClientKey | undefined): Record<string, any> | undefined;
export interface SecretStoreSpecProviderCrdAuthTokenBearerToken {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export declare function toJson_SecretStoreSpecProviderCrdAuthTokenBearerToken(obj: SecretStoreSpecProviderCrdAuthTokenBearerToken | undefined): Record<string, any> | undefined;
export declare enum SecretStoreSpecProviderCrdServerCaProviderType {
    SECRET = "Secret",
    CONFIG_MAP = "ConfigMap"
}
export interface SecretStoreSpecProviderDopplerAuthOidcConfigServiceAccountRef {
    readonly audiences?: string[];
    readonly name: string;
    readonly namespace?: string;
}
export declare function toJson_SecretStoreSpecProviderDopplerAuthOidcConfigServiceAccountRef(obj: SecretStoreSpecProviderDopplerAuthOidcConfigServiceAccountRef | undefined): Record<string, any> | undefined;
export interface SecretStoreSpecProviderDopplerAuthSecretRefDopplerToken {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export declare function toJson_SecretStoreSpecProviderDopplerAuthSecretRefDopplerToken(obj: SecretStoreSpecProviderDopplerAuthSecretRefDopplerToken | undefined): Record<string, any> | undefined;
export interface SecretStoreSpecProviderDvlsAuthSecretRefAppId {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export declare function toJson_SecretStoreSpecProviderDvlsAuthSecretRefAppId(obj: SecretStoreSpecProviderDvlsAuthSecretRefAppId | undefined): Record<string, any> | undefined;
export interface SecretStoreSpecProviderDvlsAuthSecretRefAppSecret {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export declare function toJson_SecretStoreSpecProviderDvlsAuthSecretRefAppSecret(obj: SecretStoreSpecProviderDvlsAuthSecretRefAppSecret | undefined): Record<string, any> | undefined;
export interface SecretStoreSpecProviderGcpsmAuthSecretRefSecretAccessKeySecretRef {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export declare function toJson_SecretStoreSpecProviderGcpsmAuthSecretRefSecretAccessKeySecretRef(obj: SecretStoreSpecProviderGcpsmAuthSecretRefSecretAccessKeySecretRef | undefined): Record<string, any> | undefined;
export interface SecretStoreSpecProviderGcpsmAuthWorkloadIdentityServiceAccountRef {
    readonly audiences?: string[];
    readonly name: string;
    readonly namespace?: string;
}
export declare function toJson_SecretStoreSpecProviderGcpsmAuthWorkloadIdentityServiceAccountRef(obj: SecretStoreSpecProviderGcpsmAuthWorkloadIdentityServiceAccountRef | undefined): Record<string, any> | undefined;
export interface SecretStoreSpecProviderGcpsmAuthWorkloadIdentityFederationAwsSecurityCredentials {
    readonly awsCredentialsSecretRef: SecretStoreSpecProviderGcpsmAuthWorkloadIdentityFederationAwsSecurityCredentialsAwsCredentialsSecretRef;
    readonly region: string;
}
export declare function toJson_SecretStoreSpecProviderGcpsmAuthWorkloadIdentityFederationAwsSecurityCredentials(obj: SecretStoreSpecProviderGcpsmAuthWorkloadIdentityFederationAwsSecurityCredentials | undefined): Record<string, any> | undefined;
export interface SecretStoreSpecProviderGcpsmAuthWorkloadIdentityFederationCredConfig {
    readonly key: string;
    readonly name: string;
    readonly namespace?: string;
}
export declare function toJson_SecretStoreSpecProviderGcpsmAuthWorkloadIdentityFederationCredConfig(obj: SecretStoreSpecProviderGcpsmAuthWorkloadIdentityFederationCredConfig | undefined): Record<string, any> | undefined;
export interface SecretStoreSpecProviderGcpsmAuthWorkloadIdentityFederationServiceAccountRef {
    readonly audiences?: string[];
    readonly name: string;
    readonly namespace?: string;
}
export declare function toJson_SecretStoreSpecProviderGcpsmAuthWorkloadIdentityFederationServiceAccountRef(obj: SecretStoreSpecProviderGcpsmAuthWorkloadIdentityFederationServiceAccountRef | undefined): Record<string, any> | undefined;
export interface SecretStoreSpecProviderGitlabAuthSecretRefAccessToken {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export declare function toJson_SecretStoreSpecProviderGitlabAuthSecretRefAccessToken(obj: SecretStoreSpecProviderGitlabAuthSecretRefAccessToken | undefined): Record<string, any> | undefined;
export interface SecretStoreSpecProviderIbmAuthSecretRefSecretApiKeySecretRef {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export declare function toJson_SecretStoreSpecProviderIbmAuthSecretRefSecretApiKeySecretRef(obj: SecretStoreSpecProviderIbmAuthSecretRefSecretApiKeySecretRef | undefined): Record<string, any> | undefined;
export interface SecretStoreSpecProviderInfisicalAuthAwsAuthCredentialsIdentityId {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export declare function toJson_SecretStoreSpecProviderInfisicalAuthAwsAuthCredentialsIdentityId(obj: SecretStoreSpecProviderInfisicalAuthAwsAuthCredentialsIdentityId | undefined): Record<string, any> | undefined;
export interface SecretStoreSpecProviderInfisicalAuthAzureAuthCredentialsIdentityId {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export declare function toJson_SecretStoreSpecProviderInfisicalAuthAzureAuthCredentialsIdentityId(obj: SecretStoreSpecProviderInfisicalAuthAzureAuthCredentialsIdentityId | undefined): Record<string, any> | undefined;
export interface SecretStoreSpecProviderInfisicalAuthAzureAuthCredentialsResource {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export declare function toJson_SecretStoreSpecProviderInfisicalAuthAzureAuthCredentialsResource(obj: SecretStoreSpecProviderInfisicalAuthAzureAuthCredentialsResource | undefined): Record<string, any> | undefined;
export interface SecretStoreSpecProviderInfisicalAuthGcpIamAuthCredentialsIdentityId {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export declare function toJson_SecretStoreSpecProviderInfisicalAuthGcpIamAuthCredentialsIdentityId(obj: SecretStoreSpecProviderInfisicalAuthGcpIamAuthCredentialsIdentityId | undefined): Record<string, any> | undefined;
export interface SecretStoreSpecProviderInfisicalAuthGcpIamAuthCredentialsServiceAccountKeyFilePath {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export declare function toJson_SecretStoreSpecProviderInfisicalAuthGcpIamAuthCredentialsServiceAccountKeyFilePath(obj: SecretStoreSpecProviderInfisicalAuthGcpIamAuthCredentialsServiceAccountKeyFilePath | undefined): Record<string, any> | undefined;
export interface SecretStoreSpecProviderInfisicalAuthGcpIdTokenAuthCredentialsIdentityId {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export declare function toJson_SecretStoreSpecProviderInfisicalAuthGcpIdTokenAuthCredentialsIdentityId(obj: SecretStoreSpecProviderInfisicalAuthGcpIdTokenAuthCredentialsIdentityId | undefined): Record<string, any> | undefined;
export interface SecretStoreSpecProviderInfisicalAuthJwtAuthCredentialsIdentityId {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export declare function toJson_SecretStoreSpecProviderInfisicalAuthJwtAuthCredentialsIdentityId(obj: SecretStoreSpecProviderInfisicalAuthJwtAuthCredentialsIdentityId | undefined): Record<string, any> | undefined;
export interface SecretStoreSpecProviderInfisicalAuthJwtAuthCredentialsJwt {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export declare function toJson_SecretStoreSpecProviderInfisicalAuthJwtAuthCredentialsJwt(obj: SecretStoreSpecProviderInfisicalAuthJwtAuthCredentialsJwt | undefined): Record<string, any> | undefined;
export interface SecretStoreSpecProviderInfisicalAuthKubernetesAuthCredentialsIdentityId {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export declare function toJson_SecretStoreSpecProviderInfisicalAuthKubernetesAuthCredentialsIdentityId(obj: SecretStoreSpecProviderInfisicalAuthKubernetesAuthCredentialsIdentityId | undefined): Record<string, any> | undefined;
export interface SecretStoreSpecProviderInfisicalAuthKubernetesAuthCredentialsServiceAccountTokenPath {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export declare function toJson_SecretStoreSpecProviderInfisicalAuthKubernetesAuthCredentialsServiceAccountTokenPath(obj: SecretStoreSpecProviderInfisicalAuthKubernetesAuthCredentialsServiceAccountTokenPath | undefined): Record<string, any> | undefined;
export interface SecretStoreSpecProviderInfisicalAuthLdapAuthCredentialsIdentityId {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export declare function toJson_SecretStoreSpecProviderInfisicalAuthLdapAuthCredentialsIdentityId(obj: SecretStoreSpecProviderInfisicalAuthLdapAuthCredentialsIdentityId | undefined): Record<string, any> | undefined;
export interface SecretStoreSpecProviderInfisicalAuthLdapAuthCredentialsLdapPassword {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export declare function toJson_SecretStoreSpecProviderInfisicalAuthLdapAuthCredentialsLdapPassword(obj: SecretStoreSpecProviderInfisicalAuthLdapAuthCredentialsLdapPassword | undefined): Record<string, any> | undefined;
export interface SecretStoreSpecProviderInfisicalAuthLdapAuthCredentialsLdapUsername {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export declare function toJson_SecretStoreSpecProviderInfisicalAuthLdapAuthCredentialsLdapUsername(obj: SecretStoreSpecProviderInfisicalAuthLdapAuthCredentialsLdapUsername | undefined): Record<string, any> | undefined;
export interface SecretStoreSpecProviderInfisicalAuthOciAuthCredentialsFingerprint {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export declare function toJson_SecretStoreSpecProviderInfisicalAuthOciAuthCredentialsFingerprint(obj: SecretStoreSpecProviderInfisicalAuthOciAuthCredentialsFingerprint | undefined): Record<string, any> | undefined;
export interface SecretStoreSpecProviderInfisicalAuthOciAuthCredentialsIdentityId {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export declare function toJson_SecretStoreSpecProviderInfisicalAuthOciAuthCredentialsIdentityId(obj: SecretStoreSpecProviderInfisicalAuthOciAuthCredentialsIdentityId | undefined): Record<string, any> | undefined;
export interface SecretStoreSpecProviderInfisicalAuthOciAuthCredentialsPrivateKey {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export declare function toJson_SecretStoreSpecProviderInfisicalAuthOciAuthCredentialsPrivateKey(obj: SecretStoreSpecProviderInfisicalAuthOciAuthCredentialsPrivateKey | undefined): Record<string, any> | undefined;
export interface SecretStoreSpecProviderInfisicalAuthOciAuthCredentialsPrivateKeyPassphrase {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export declare function toJson_SecretStoreSpecProviderInfisicalAuthOciAuthCredentialsPrivateKeyPassphrase(obj: SecretStoreSpecProviderInfisicalAuthOciAuthCredentialsPrivateKeyPassphrase | undefined): Record<string, any> | undefined;
export interface SecretStoreSpecProviderInfisicalAuthOciAuthCredentialsRegion {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export declare function toJson_SecretStoreSpecProviderInfisicalAuthOciAuthCredentialsRegion(obj: SecretStoreSpecProviderInfisicalAuthOciAuthCredentialsRegion | undefined): Record<string, any> | undefined;
export interface SecretStoreSpecProviderInfisicalAuthOciAuthCredentialsTenancyId {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export declare function toJson_SecretStoreSpecProviderInfisicalAuthOciAuthCredentialsTenancyId(obj: SecretStoreSpecProviderInfisicalAuthOciAuthCredentialsTenancyId | undefined): Record<string, any> | undefined;
export interface SecretStoreSpecProviderInfisicalAuthOciAuthCredentialsUserId {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export declare function toJson_SecretStoreSpecProviderInfisicalAuthOciAuthCredentialsUserId(obj: SecretStoreSpecProviderInfisicalAuthOciAuthCredentialsUserId | undefined): Record<string, any> | undefined;
export interface SecretStoreSpecProviderInfisicalAuthTokenAuthCredentialsAccessToken {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export declare function toJson_SecretStoreSpecProviderInfisicalAuthTokenAuthCredentialsAccessToken(obj: SecretStoreSpecProviderInfisicalAuthTokenAuthCredentialsAccessToken | undefined): Record<string, any> | undefined;
export interface SecretStoreSpecProviderInfisicalAuthUniversalAuthCredentialsClientId {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export declare function toJson_SecretStoreSpecProviderInfisicalAuthUniversalAuthCredentialsClientId(obj: SecretStoreSpecProviderInfisicalAuthUniversalAuthCredentialsClientId | undefined): Record<string, any> | undefined;
export interface SecretStoreSpecProviderInfisicalAuthUniversalAuthCredentialsClientSecret {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export declare function toJson_SecretStoreSpecProviderInfisicalAuthUniversalAuthCredentialsClientSecret(obj: SecretStoreSpecProviderInfisicalAuthUniversalAuthCredentialsClientSecret | undefined): Record<string, any> | undefined;
export interface SecretStoreSpecProviderKubernetesAuthCertClientCert {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export declare function toJson_SecretStoreSpecProviderKubernetesAuthCertClientCert(obj: SecretStoreSpecProviderKubernetesAuthCertClientCert | undefined): Record<string, any> | undefined;
export interface SecretStoreSpecProviderKubernetesAuthCertClientKey {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export declare function toJson_SecretStoreSpecProviderKubernetesAuthCertClientKey(obj: SecretStoreSpecProviderKubernetesAuthCertClientKey | undefined): Record<string, any> | undefined;
export interface SecretStoreSpecProviderKubernetesAuthTokenBearerToken {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export declare function toJson_SecretStoreSpecProviderKubernetesAuthTokenBearerToken(obj: SecretStoreSpecProviderKubernetesAuthTokenBearerToken | undefined): Record<string, any> | undefined;
export declare enum SecretStoreSpecProviderKubernetesServerCaProviderType {
    SECRET = "Secret",
    CONFIG_MAP = "ConfigMap"
}
export interface SecretStoreSpecProviderNgrokAuthApiKeySecretRef {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export declare function toJson_SecretStoreSpecProviderNgrokAuthApiKeySecretRef(obj: SecretStoreSpecProviderNgrokAuthApiKeySecretRef | undefined): Record<string, any> | undefined;
export interface SecretStoreSpecProviderOnepasswordAuthSecretRefConnectTokenSecretRef {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export declare function toJson_SecretStoreSpecProviderOnepasswordAuthSecretRefConnectTokenSecretRef(obj: SecretStoreSpecProviderOnepasswordAuthSecretRefConnectTokenSecretRef | undefined): Record<string, any> | undefined;
export interface SecretStoreSpecProviderOpenBaoAuthAppRoleRoleRef {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export declare function toJson_SecretStoreSpecProviderOpenBaoAuthAppRoleRoleRef(obj: SecretStoreSpecProviderOpenBaoAuthAppRoleRoleRef | undefined): Record<string, any> | undefined;
export interface SecretStoreSpecProviderOpenBaoAuthAppRoleSecretRef {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export declare function toJson_SecretStoreSpecProviderOpenBaoAuthAppRoleSecretRef(obj: SecretStoreSpecProviderOpenBaoAuthAppRoleSecretRef | undefined): Record<string, any> | undefined;
export interface SecretStoreSpecProviderOpenBaoAuthUserPassSecretRef {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export declare function toJson_SecretStoreSpecProviderOpenBaoAuthUserPassSecretRef(obj: SecretStoreSpecProviderOpenBaoAuthUserPassSecretRef | undefined): Record<string, any> | undefined;
export interface SecretStoreSpecProviderOracleAuthSecretRefFingerprint {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export declare function toJson_SecretStoreSpecProviderOracleAuthSecretRefFingerprint(obj: SecretStoreSpecProviderOracleAuthSecretRefFingerprint | undefined): Record<string, any> | undefined;
export interface SecretStoreSpecProviderOracleAuthSecretRefPrivatekey {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export declare function toJson_SecretStoreSpecProviderOracleAuthSecretRefPrivatekey(obj: SecretStoreSpecProviderOracleAuthSecretRefPrivatekey | undefined): Record<string, any> | undefined;
export interface SecretStoreSpecProviderOvhAuthMtlsCaProvider {
    readonly key?: string;
    readonly name: string;
    readonly namespace?: string;
    readonly type: SecretStoreSpecProviderOvhAuthMtlsCaProviderType;
}
export declare function toJson_SecretStoreSpecProviderOvhAuthMtlsCaProvider(obj: SecretStoreSpecProviderOvhAuthMtlsCaProvider | undefined): Record<string, any> | undefined;
export interface SecretStoreSpecProviderOvhAuthMtlsCertSecretRef {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export declare function toJson_SecretStoreSpecProviderOvhAuthMtlsCertSecretRef(obj: SecretStoreSpecProviderOvhAuthMtlsCertSecretRef | undefined): Record<string, any> | undefined;
export interface SecretStoreSpecProviderOvhAuthMtlsKeySecretRef {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export declare function toJson_SecretStoreSpecProviderOvhAuthMtlsKeySecretRef(obj: SecretStoreSpecProviderOvhAuthMtlsKeySecretRef | undefined): Record<string, any> | undefined;
export interface SecretStoreSpecProviderOvhAuthTokenTokenSecretRef {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export declare function toJson_SecretStoreSpecProviderOvhAuthTokenTokenSecretRef(obj: SecretStoreSpecProviderOvhAuthTokenTokenSecretRef | undefined): Record<string, any> | undefined;
export interface SecretStoreSpecProviderPassworddepotAuthSecretRefCredentials {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export declare function toJson_SecretStoreSpecProviderPassworddepotAuthSecretRefCredentials(obj: SecretStoreSpecProviderPassworddepotAuthSecretRefCredentials | undefined): Record<string, any> | undefined;
export interface SecretStoreSpecProviderPreviderAuthSecretRefAccessToken {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export declare function toJson_SecretStoreSpecProviderPreviderAuthSecretRefAccessToken(obj: SecretStoreSpecProviderPreviderAuthSecretRefAccessToken | undefined): Record<string, any> | undefined;
export interface SecretStoreSpecProviderPulumiAuthAccessTokenSecretRef {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export declare function toJson_SecretStoreSpecProviderPulumiAuthAccessTokenSecretRef(obj: SecretStoreSpecProviderPulumiAuthAccessTokenSecretRef | undefined): Record<string, any> | undefined;
export interface SecretStoreSpecProviderPulumiAuthOidcConfigServiceAccountRef {
    readonly audiences?: string[];
    readonly name: string;
    readonly namespace?: string;
}
export declare function toJson_SecretStoreSpecProviderPulumiAuthOidcConfigServiceAccountRef(obj: SecretStoreSpecProviderPulumiAuthOidcConfigServiceAccountRef | undefined): Record<string, any> | undefined;
export interface SecretStoreSpecProviderVaultAuthAppRoleRoleRef {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export declare function toJson_SecretStoreSpecProviderVaultAuthAppRoleRoleRef(obj: SecretStoreSpecProviderVaultAuthAppRoleRoleRef | undefined): Record<string, any> | undefined;
export interface SecretStoreSpecProviderVaultAuthAppRoleSecretRef {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export declare function toJson_SecretStoreSpecProviderVaultAuthAppRoleSecretRef(obj: SecretStoreSpecProviderVaultAuthAppRoleSecretRef | undefined): Record<string, any> | undefined;
export interface SecretStoreSpecProviderVaultAuthCertClientCert {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export declare function toJson_SecretStoreSpecProviderVaultAuthCertClientCert(obj: SecretStoreSpecProviderVaultAuthCertClientCert | undefined): Record<string, any> | undefined;
export interface SecretStoreSpecProviderVaultAuthCertSecretRef {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export declare function toJson_SecretStoreSpecProviderVaultAuthCertSecretRef(obj: SecretStoreSpecProviderVaultAuthCertSecretRef | undefined): Record<string, any> | undefined;
export interface SecretStoreSpecProviderVaultAuthGcpSecretRef {
    readonly secretAccessKeySecretRef?: SecretStoreSpecProviderVaultAuthGcpSecretRefSecretAccessKeySecretRef;
}
export declare function toJson_SecretStoreSpecProviderVaultAuthGcpSecretRef(obj: SecretStoreSpecProviderVaultAuthGcpSecretRef | undefined): Record<string, any> | undefined;
export interface SecretStoreSpecProviderVaultAuthGcpServiceAccountRef {
    readonly audiences?: string[];
    readonly name: string;
    readonly namespace?: string;
}
export declare function toJson_SecretStoreSpecProviderVaultAuthGcpServiceAccountRef(obj: SecretStoreSpecProviderVaultAuthGcpServiceAccountRef | undefined): Record<string, any> | undefined;
export interface SecretStoreSpecProviderVaultAuthGcpWorkloadIdentity {
    readonly clusterLocation?: string;
    readonly clusterName?: string;
    readonly clusterProjectId?: string;
    readonly serviceAccountRef: SecretStoreSpecProviderVaultAuthGcpWorkloadIdentityServiceAccountRef;
}
export declare function toJson_SecretStoreSpecProviderVaultAuthGcpWorkloadIdentity(obj: SecretStoreSpecProviderVaultAuthGcpWorkloadIdentity | undefined): Record<string, any> | undefined;
export interface SecretStoreSpecProviderVaultAuthIamJwt {
    readonly serviceAccountRef?: SecretStoreSpecProviderVaultAuthIamJwtServiceAccountRef;
}
export declare function toJson_SecretStoreSpecProviderVaultAuthIamJwt(obj: SecretStoreSpecProviderVaultAuthIamJwt | undefined): Record<string, any> | undefined;
export interface SecretStoreSpecProviderVaultAuthIamSecretRef {
    readonly accessKeyIdSecretRef?: SecretStoreSpecProviderVaultAuthIamSecretRefAccessKeyIdSecretRef;
    readonly secretAccessKeySecretRef?: SecretStoreSpecProviderVaultAuthIamSecretRefSecretAccessKeySecretRef;
    readonly sessionTokenSecretRef?: SecretStoreSpecProviderVaultAuthIamSecretRefSessionTokenSecretRef;
}
export declare function toJson_SecretStoreSpecProviderVaultAuthIamSecretRef(obj: SecretStoreSpecProviderVaultAuthIamSecretRef | undefined): Record<string, any> | undefined;
export interface SecretStoreSpecProviderVaultAuthJwtKubernetesServiceAccountToken {
    readonly audiences?: string[];
    readonly expirationSeconds?: number;
    readonly serviceAccountRef: SecretStoreSpecProviderVaultAuthJwtKubernetesServiceAccountTokenServiceAccountRef;
}
export declare function toJson_SecretStoreSpecProviderVaultAuthJwtKubernetesServiceAccountToken(obj: SecretStoreSpecProviderVaultAuthJwtKubernetesServiceAccountToken | undefined): Record<string, any> | undefined;
export interface SecretStoreSpecProviderVaultAuthJwtSecretRef {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export declare function toJson_SecretStoreSpecProviderVaultAuthJwtSecretRef(obj: SecretStoreSpecProviderVaultAuthJwtSecretRef | undefined): Record<string, any> | undefined;
export interface SecretStoreSpecProviderVaultAuthKubernetesSecretRef {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export declare function toJson_SecretStoreSpecProviderVaultAuthKubernetesSecretRef(obj: SecretStoreSpecProviderVaultAuthKubernetesSecretRef | undefined): Record<string, any> | undefined;
export interface SecretStoreSpecProviderVaultAuthKubernetesServiceAccountRef {
    readonly audiences?: string[];
    readonly name: string;
    readonly namespace?: string;
}
export declare function toJson_SecretStoreSpecProviderVaultAuthKubernetesServiceAccountRef(obj: SecretStoreSpecProviderVaultAuthKubernetesServiceAccountRef | undefined): Record<string, any> | undefined;
export interface SecretStoreSpecProviderVaultAuthLdapSecretRef {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export declare function toJson_SecretStoreSpecProviderVaultAuthLdapSecretRef(obj: SecretStoreSpecProviderVaultAuthLdapSecretRef | undefined): Record<string, any> | undefined;
export interface SecretStoreSpecProviderVaultAuthUserPassSecretRef {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export declare function toJson_SecretStoreSpecProviderVaultAuthUserPassSecretRef(obj: SecretStoreSpecProviderVaultAuthUserPassSecretRef | undefined): Record<string, any> | undefined;
export interface SecretStoreSpecProviderVolcengineAuthSecretRefAccessKeyId {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export declare function toJson_SecretStoreSpecProviderVolcengineAuthSecretRefAccessKeyId(obj: SecretStoreSpecProviderVolcengineAuthSecretRefAccessKeyId | undefined): Record<string, any> | undefined;
export interface SecretStoreSpecProviderVolcengineAuthSecretRefSecretAccessKey {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export declare function toJson_SecretStoreSpecProviderVolcengineAuthSecretRefSecretAccessKey(obj: SecretStoreSpecProviderVolcengineAuthSecretRefSecretAccessKey | undefined): Record<string, any> | undefined;
export interface SecretStoreSpecProviderVolcengineAuthSecretRefToken {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export declare function toJson_SecretStoreSpecProviderVolcengineAuthSecretRefToken(obj: SecretStoreSpecProviderVolcengineAuthSecretRefToken | undefined): Record<string, any> | undefined;
export interface SecretStoreSpecProviderWebhookAuthNtlmPasswordSecret {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export declare function toJson_SecretStoreSpecProviderWebhookAuthNtlmPasswordSecret(obj: SecretStoreSpecProviderWebhookAuthNtlmPasswordSecret | undefined): Record<string, any> | undefined;
export interface SecretStoreSpecProviderWebhookAuthNtlmUsernameSecret {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export declare function toJson_SecretStoreSpecProviderWebhookAuthNtlmUsernameSecret(obj: SecretStoreSpecProviderWebhookAuthNtlmUsernameSecret | undefined): Record<string, any> | undefined;
export interface SecretStoreSpecProviderGcpsmAuthWorkloadIdentityFederationAwsSecurityCredentialsAwsCredentialsSecretRef {
    readonly name: string;
    readonly namespace?: string;
}
export declare function toJson_SecretStoreSpecProviderGcpsmAuthWorkloadIdentityFederationAwsSecurityCredentialsAwsCredentialsSecretRef(obj: SecretStoreSpecProviderGcpsmAuthWorkloadIdentityFederationAwsSecurityCredentialsAwsCredentialsSecretRef | undefined): Record<string, any> | undefined;
export declare enum SecretStoreSpecProviderOvhAuthMtlsCaProviderType {
    SECRET = "Secret",
    CONFIG_MAP = "ConfigMap"
}
export interface SecretStoreSpecProviderVaultAuthGcpSecretRefSecretAccessKeySecretRef {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export declare function toJson_SecretStoreSpecProviderVaultAuthGcpSecretRefSecretAccessKeySecretRef(obj: SecretStoreSpecProviderVaultAuthGcpSecretRefSecretAccessKeySecretRef | undefined): Record<string, any> | undefined;
export interface SecretStoreSpecProviderVaultAuthGcpWorkloadIdentityServiceAccountRef {
    readonly audiences?: string[];
    readonly name: string;
    readonly namespace?: string;
}
export declare function toJson_SecretStoreSpecProviderVaultAuthGcpWorkloadIdentityServiceAccountRef(obj: SecretStoreSpecProviderVaultAuthGcpWorkloadIdentityServiceAccountRef | undefined): Record<string, any> | undefined;
export interface SecretStoreSpecProviderVaultAuthIamJwtServiceAccountRef {
    readonly audiences?: string[];
    readonly name: string;
    readonly namespace?: string;
}
export declare function toJson_SecretStoreSpecProviderVaultAuthIamJwtServiceAccountRef(obj: SecretStoreSpecProviderVaultAuthIamJwtServiceAccountRef | undefined): Record<string, any> | undefined;
export interface SecretStoreSpecProviderVaultAuthIamSecretRefAccessKeyIdSecretRef {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export declare function toJson_SecretStoreSpecProviderVaultAuthIamSecretRefAccessKeyIdSecretRef(obj: SecretStoreSpecProviderVaultAuthIamSecretRefAccessKeyIdSecretRef | undefined): Record<string, any> | undefined;
export interface SecretStoreSpecProviderVaultAuthIamSecretRefSecretAccessKeySecretRef {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export declare function toJson_SecretStoreSpecProviderVaultAuthIamSecretRefSecretAccessKeySecretRef(obj: SecretStoreSpecProviderVaultAuthIamSecretRefSecretAccessKeySecretRef | undefined): Record<string, any> | undefined;
export interface SecretStoreSpecProviderVaultAuthIamSecretRefSessionTokenSecretRef {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export declare function toJson_SecretStoreSpecProviderVaultAuthIamSecretRefSessionTokenSecretRef(obj: SecretStoreSpecProviderVaultAuthIamSecretRefSessionTokenSecretRef | undefined): Record<string, any> | undefined;
export interface SecretStoreSpecProviderVaultAuthJwtKubernetesServiceAccountTokenServiceAccountRef {
    readonly audiences?: string[];
    readonly name: string;
    readonly namespace?: string;
}
export declare function toJson_SecretStoreSpecProviderVaultAuthJwtKubernetesServiceAccountTokenServiceAccountRef(obj: SecretStoreSpecProviderVaultAuthJwtKubernetesServiceAccountTokenServiceAccountRef | undefined): Record<string, any> | undefined;
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
export declare function toJson_SecretStoreV1Beta1Props(obj: SecretStoreV1Beta1Props | undefined): Record<string, any> | undefined;
export interface SecretStoreV1Beta1Spec {
    readonly conditions?: SecretStoreV1Beta1SpecConditions[];
    readonly controller?: string;
    readonly provider: SecretStoreV1Beta1SpecProvider;
    readonly refreshInterval?: number;
    readonly retrySettings?: SecretStoreV1Beta1SpecRetrySettings;
}
export declare function toJson_SecretStoreV1Beta1Spec(obj: SecretStoreV1Beta1Spec | undefined): Record<string, any> | undefined;
export interface SecretStoreV1Beta1SpecConditions {
    readonly namespaceRegexes?: string[];
    readonly namespaceSelector?: SecretStoreV1Beta1SpecConditionsNamespaceSelector;
    readonly namespaces?: string[];
}
export declare function toJson_SecretStoreV1Beta1SpecConditions(obj: SecretStoreV1Beta1SpecConditions | undefined): Record<string, any> | undefined;
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
export declare function toJson_SecretStoreV1Beta1SpecProvider(obj: SecretStoreV1Beta1SpecProvider | undefined): Record<string, any> | undefined;
export interface SecretStoreV1Beta1SpecRetrySettings {
    readonly maxRetries?: number;
    readonly retryInterval?: string;
}
export declare function toJson_SecretStoreV1Beta1SpecRetrySettings(obj: SecretStoreV1Beta1SpecRetrySettings | undefined): Record<string, any> | undefined;
export interface SecretStoreV1Beta1SpecConditionsNamespaceSelector {
    readonly matchExpressions?: SecretStoreV1Beta1SpecConditionsNamespaceSelectorMatchExpressions[];
    readonly matchLabels?: {
        [key: string]: string;
    };
}
export declare function toJson_SecretStoreV1Beta1SpecConditionsNamespaceSelector(obj: SecretStoreV1Beta1SpecConditionsNamespaceSelector | undefined): Record<string, any> | undefined;
export interface SecretStoreV1Beta1SpecProviderAkeyless {
    readonly akeylessGwApiUrl: string;
    readonly authSecretRef: SecretStoreV1Beta1SpecProviderAkeylessAuthSecretRef;
    readonly caBundle?: string;
    readonly caProvider?: SecretStoreV1Beta1SpecProviderAkeylessCaProvider;
}
export declare function toJson_SecretStoreV1Beta1SpecProviderAkeyless(obj: SecretStoreV1Beta1SpecProviderAkeyless | undefined): Record<string, any> | undefined;
export interface SecretStoreV1Beta1SpecProviderAlibaba {
    readonly auth: SecretStoreV1Beta1SpecProviderAlibabaAuth;
    readonly regionId: string;
}
export declare function toJson_SecretStoreV1Beta1SpecProviderAlibaba(obj: SecretStoreV1Beta1SpecProviderAlibaba | undefined): Record<string, any> | undefined;
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
export declare function toJson_SecretStoreV1Beta1SpecProviderAws(obj: SecretStoreV1Beta1SpecProviderAws | undefined): Record<string, any> | undefined;
export interface SecretStoreV1Beta1SpecProviderAzurekv {
    readonly authSecretRef?: SecretStoreV1Beta1SpecProviderAzurekvAuthSecretRef;
    readonly authType?: SecretStoreV1Beta1SpecProviderAzurekvAuthType;
    readonly environmentType?: SecretStoreV1Beta1SpecProviderAzurekvEnvironmentType;
    readonly identityId?: string;
    readonly serviceAccountRef?: SecretStoreV1Beta1SpecProviderAzurekvServiceAccountRef;
    readonly tenantId?: string;
    readonly vaultUrl: string;
}
export declare function toJson_SecretStoreV1Beta1SpecProviderAzurekv(obj: SecretStoreV1Beta1SpecProviderAzurekv | undefined): Record<string, any> | undefined;
export interface SecretStoreV1Beta1SpecProviderBeyondtrust {
    readonly auth: SecretStoreV1Beta1SpecProviderBeyondtrustAuth;
    readonly server: SecretStoreV1Beta1SpecProviderBeyondtrustServer;
}
export declare function toJson_SecretStoreV1Beta1SpecProviderBeyondtrust(obj: SecretStoreV1Beta1SpecProviderBeyondtrust | undefined): Record<string, any> | undefined;
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
export declare function toJson_SecretStoreV1Beta1SpecProviderBitwardensecretsmanager(obj: SecretStoreV1Beta1SpecProviderBitwardensecretsmanager | undefined): Record<string, any> | undefined;
export interface SecretStoreV1Beta1SpecProviderChef {
    readonly auth: SecretStoreV1Beta1SpecProviderChefAuth;
    readonly serverUrl: string;
    readonly username: string;
}
export declare function toJson_SecretStoreV1Beta1SpecProviderChef(obj: SecretStoreV1Beta1SpecProviderChef | undefined): Record<string, any> | undefined;
export interface SecretStoreV1Beta1SpecProviderCloudrusm {
    readonly auth: SecretStoreV1Beta1SpecProviderCloudrusmAuth;
    readonly projectId?: string;
}
export declare function toJson_SecretStoreV1Beta1SpecProviderCloudrusm(obj: SecretStoreV1Beta1SpecProviderCloudrusm | undefined): Record<string, any> | undefined;
export interface SecretStoreV1Beta1SpecProviderConjur {
    readonly auth: SecretStoreV1Beta1SpecProviderConjurAuth;
    readonly caBundle?: string;
    readonly caProvider?: SecretStoreV1Beta1SpecProviderConjurCaProvider;
    readonly url: string;
}
export declare function toJson_SecretStoreV1Beta1SpecProviderConjur(obj: SecretStoreV1Beta1SpecProviderConjur | undefined): Record<string, any> | undefined;
export interface SecretStoreV1Beta1SpecProviderDelinea {
    readonly clientId: SecretStoreV1Beta1SpecProviderDelineaClientId;
    readonly clientSecret: SecretStoreV1Beta1SpecProviderDelineaClientSecret;
    readonly tenant: string;
    readonly tld?: string;
    readonly urlTemplate?: string;
}
export declare function toJson_SecretStoreV1Beta1SpecProviderDelinea(obj: SecretStoreV1Beta1SpecProviderDelinea | undefined): Record<string, any> | undefined;
export interface SecretStoreV1Beta1SpecProviderDevice42 {
    readonly auth: SecretStoreV1Beta1SpecProviderDevice42Auth;
    readonly host: string;
}
export declare function toJson_SecretStoreV1Beta1SpecProviderDevice42(obj: SecretStoreV1Beta1SpecProviderDevice42 | undefined): Record<string, any> | undefined;
export interface SecretStoreV1Beta1SpecProviderDoppler {
    readonly auth: SecretStoreV1Beta1SpecProviderDopplerAuth;
    readonly config?: string;
    readonly format?: SecretStoreV1Beta1SpecProviderDopplerFormat;
    readonly nameTransformer?: SecretStoreV1Beta1SpecProviderDopplerNameTransformer;
    readonly project?: string;
}
export declare function toJson_SecretStoreV1Beta1SpecProviderDoppler(obj: SecretStoreV1Beta1SpecProviderDoppler | undefined): Record<string, any> | undefined;
export interface SecretStoreV1Beta1SpecProviderFake {
    readonly data: SecretStoreV1Beta1SpecProviderFakeData[];
}
export declare function toJson_SecretStoreV1Beta1SpecProviderFake(obj: SecretStoreV1Beta1SpecProviderFake | undefined): Record<string, any> | undefined;
export interface SecretStoreV1Beta1SpecProviderFortanix {
    readonly apiKey?: SecretStoreV1Beta1SpecProviderFortanixApiKey;
    readonly apiUrl?: string;
}
export declare function toJson_SecretStoreV1Beta1SpecProviderFortanix(obj: SecretStoreV1Beta1SpecProviderFortanix | undefined): Record<string, any> | undefined;
export interface SecretStoreV1Beta1SpecProviderGcpsm {
    readonly auth?: SecretStoreV1Beta1SpecProviderGcpsmAuth;
    readonly location?: string;
    readonly projectId?: string;
}
export declare function toJson_SecretStoreV1Beta1SpecProviderGcpsm(obj: SecretStoreV1Beta1SpecProviderGcpsm | undefined): Record<string, any> | undefined;
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
export declare function toJson_SecretStoreV1Beta1SpecProviderGithub(obj: SecretStoreV1Beta1SpecProviderGithub | undefined): Record<string, any> | undefined;
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
export declare function toJson_SecretStoreV1Beta1SpecProviderGitlab(obj: SecretStoreV1Beta1SpecProviderGitlab | undefined): Record<string, any> | undefined;
export interface SecretStoreV1Beta1SpecProviderIbm {
    readonly auth: SecretStoreV1Beta1SpecProviderIbmAuth;
    readonly serviceUrl?: string;
}
export declare function toJson_SecretStoreV1Beta1SpecProviderIbm(obj: SecretStoreV1Beta1SpecProviderIbm | undefined): Record<string, any> | undefined;
export interface SecretStoreV1Beta1SpecProviderInfisical {
    readonly auth: SecretStoreV1Beta1SpecProviderInfisicalAuth;
    readonly hostApi?: string;
    readonly secretsScope: SecretStoreV1Beta1SpecProviderInfisicalSecretsScope;
}
export declare function toJson_SecretStoreV1Beta1SpecProviderInfisical(obj: SecretStoreV1Beta1SpecProviderInfisical | undefined): Record<string, any> | undefined;
export interface SecretStoreV1Beta1SpecProviderKeepersecurity {
    readonly authRef: SecretStoreV1Beta1SpecProviderKeepersecurityAuthRef;
    readonly folderId: string;
}
export declare function toJson_SecretStoreV1Beta1SpecProviderKeepersecurity(obj: SecretStoreV1Beta1SpecProviderKeepersecurity | undefined): Record<string, any> | undefined;
export interface SecretStoreV1Beta1SpecProviderKubernetes {
    readonly auth?: SecretStoreV1Beta1SpecProviderKubernetesAuth;
    readonly authRef?: SecretStoreV1Beta1SpecProviderKubernetesAuthRef;
    readonly remoteNamespace?: string;
    readonly server?: SecretStoreV1Beta1SpecProviderKubernetesServer;
}
export declare function toJson_SecretStoreV1Beta1SpecProviderKubernetes(obj: SecretStoreV1Beta1SpecProviderKubernetes | undefined): Record<string, any> | undefined;
export interface SecretStoreV1Beta1SpecProviderOnboardbase {
    readonly apiHost: string;
    readonly auth: SecretStoreV1Beta1SpecProviderOnboardbaseAuth;
    readonly environment: string;
    readonly project: string;
}
export declare function toJson_SecretStoreV1Beta1SpecProviderOnboardbase(obj: SecretStoreV1Beta1SpecProviderOnboardbase | undefined): Record<string, any> | undefined;
export interface SecretStoreV1Beta1SpecProviderOnepassword {
    readonly auth: SecretStoreV1Beta1SpecProviderOnepasswordAuth;
    readonly connectHost: string;
    readonly vaults: {
        [key: string]: number;
    };
}
export declare function toJson_SecretStoreV1Beta1SpecProviderOnepassword(obj: SecretStoreV1Beta1SpecProviderOnepassword | undefined): Record<string, any> | undefined;
export interface SecretStoreV1Beta1SpecProviderOracle {
    readonly auth?: SecretStoreV1Beta1SpecProviderOracleAuth;
    readonly compartment?: string;
    readonly encryptionKey?: string;
    readonly principalType?: SecretStoreV1Beta1SpecProviderOraclePrincipalType;
    readonly region: string;
    readonly serviceAccountRef?: SecretStoreV1Beta1SpecProviderOracleServiceAccountRef;
    readonly vault: string;
}
export declare function toJson_SecretStoreV1Beta1SpecProviderOracle(obj: SecretStoreV1Beta1SpecProviderOracle | undefined): Record<string, any> | undefined;
export interface SecretStoreV1Beta1SpecProviderPassbolt {
    readonly auth: SecretStoreV1Beta1SpecProviderPassboltAuth;
    readonly host: string;
}
export declare function toJson_SecretStoreV1Beta1SpecProviderPassbolt(obj: SecretStoreV1Beta1SpecProviderPassbolt | undefined): Record<string, any> | undefined;
export interface SecretStoreV1Beta1SpecProviderPassworddepot {
    readonly auth: SecretStoreV1Beta1SpecProviderPassworddepotAuth;
    readonly database: string;
    readonly host: string;
}
export declare function toJson_SecretStoreV1Beta1SpecProviderPassworddepot(obj: SecretStoreV1Beta1SpecProviderPassworddepot | undefined): Record<string, any> | undefined;
export interface SecretStoreV1Beta1SpecProviderPrevider {
    readonly auth: SecretStoreV1Beta1SpecProviderPreviderAuth;
    readonly baseUri?: string;
}
export declare function toJson_SecretStoreV1Beta1SpecProviderPrevider(obj: SecretStoreV1Beta1SpecProviderPrevider | undefined): Record<string, any> | undefined;
export interface SecretStoreV1Beta1SpecProviderPulumi {
    readonly accessToken: SecretStoreV1Beta1SpecProviderPulumiAccessToken;
    readonly apiUrl?: string;
    readonly environment: string;
    readonly organization: string;
    readonly project: string;
}
export declare function toJson_SecretStoreV1Beta1SpecProviderPulumi(obj: SecretStoreV1Beta1SpecProviderPulumi | undefined): Record<string, any> | undefined;
export interface SecretStoreV1Beta1SpecProviderScaleway {
    readonly accessKey: SecretStoreV1Beta1SpecProviderScalewayAccessKey;
    readonly apiUrl?: string;
    readonly projectId: string;
    readonly region: string;
    readonly secretKey: SecretStoreV1Beta1SpecProviderScalewaySecretKey;
}
export declare function toJson_SecretStoreV1Beta1SpecProviderScaleway(obj: SecretStoreV1Beta1SpecProviderScaleway | undefined): Record<string, any> | undefined;
export interface SecretStoreV1Beta1SpecProviderSecretserver {
    readonly password: SecretStoreV1Beta1SpecProviderSecretserverPassword;
    readonly serverUrl: string;
    readonly username: SecretStoreV1Beta1SpecProviderSecretserverUsername;
}
export declare function toJson_SecretStoreV1Beta1SpecProviderSecretserver(obj: SecretStoreV1Beta1SpecProviderSecretserver | undefined): Record<string, any> | undefined;
export interface SecretStoreV1Beta1SpecProviderSenhasegura {
    readonly auth: SecretStoreV1Beta1SpecProviderSenhaseguraAuth;
    readonly ignoreSslCertificate?: boolean;
    readonly module: string;
    readonly url: string;
}
export declare function toJson_SecretStoreV1Beta1SpecProviderSenhasegura(obj: SecretStoreV1Beta1SpecProviderSenhasegura | undefined): Record<string, any> | undefined;
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
export declare function toJson_SecretStoreV1Beta1SpecProviderVault(obj: SecretStoreV1Beta1SpecProviderVault | undefined): Record<string, any> | undefined;
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
export declare function toJson_SecretStoreV1Beta1SpecProviderWebhook(obj: SecretStoreV1Beta1SpecProviderWebhook | undefined): Record<string, any> | undefined;
export interface SecretStoreV1Beta1SpecProviderYandexcertificatemanager {
    readonly apiEndpoint?: string;
    readonly auth: SecretStoreV1Beta1SpecProviderYandexcertificatemanagerAuth;
    readonly caProvider?: SecretStoreV1Beta1SpecProviderYandexcertificatemanagerCaProvider;
}
export declare function toJson_SecretStoreV1Beta1SpecProviderYandexcertificatemanager(obj: SecretStoreV1Beta1SpecProviderYandexcertificatemanager | undefined): Record<string, any> | undefined;
export interface SecretStoreV1Beta1SpecProviderYandexlockbox {
    readonly apiEndpoint?: string;
    readonly auth: SecretStoreV1Beta1SpecProviderYandexlockboxAuth;
    readonly caProvider?: SecretStoreV1Beta1SpecProviderYandexlockboxCaProvider;
}
export declare function toJson_SecretStoreV1Beta1SpecProviderYandexlockbox(obj: SecretStoreV1Beta1SpecProviderYandexlockbox | undefined): Record<string, any> | undefined;
export interface SecretStoreV1Beta1SpecConditionsNamespaceSelectorMatchExpressions {
    readonly key: string;
    readonly operator: string;
    readonly values?: string[];
}
export declare function toJson_SecretStoreV1Beta1SpecConditionsNamespaceSelectorMatchExpressions(obj: SecretStoreV1Beta1SpecConditionsNamespaceSelectorMatchExpressions | undefined): Record<string, any> | undefined;
export interface SecretStoreV1Beta1SpecProviderAkeylessAuthSecretRef {
    readonly kubernetesAuth?: SecretStoreV1Beta1SpecProviderAkeylessAuthSecretRefKubernetesAuth;
    readonly secretRef?: SecretStoreV1Beta1SpecProviderAkeylessAuthSecretRefSecretRef;
}
export declare function toJson_SecretStoreV1Beta1SpecProviderAkeylessAuthSecretRef(obj: SecretStoreV1Beta1SpecProviderAkeylessAuthSecretRef | undefined): Record<string, any> | undefined;
export interface SecretStoreV1Beta1SpecProviderAkeylessCaProvider {
    readonly key?: string;
    readonly name: string;
    readonly namespace?: string;
    readonly type: SecretStoreV1Beta1SpecProviderAkeylessCaProviderType;
}
export declare function toJson_SecretStoreV1Beta1SpecProviderAkeylessCaProvider(obj: SecretStoreV1Beta1SpecProviderAkeylessCaProvider | undefined): Record<string, any> | undefined;
export interface SecretStoreV1Beta1SpecProviderAlibabaAuth {
    readonly rrsa?: SecretStoreV1Beta1SpecProviderAlibabaAuthRrsa;
    readonly secretRef?: SecretStoreV1Beta1SpecProviderAlibabaAuthSecretRef;
}
export declare function toJson_SecretStoreV1Beta1SpecProviderAlibabaAuth(obj: SecretStoreV1Beta1SpecProviderAlibabaAuth | undefined): Record<string, any> | undefined;
export interface SecretStoreV1Beta1SpecProviderAwsAuth {
    readonly jwt?: SecretStoreV1Beta1SpecProviderAwsAuthJwt;
    readonly secretRef?: SecretStoreV1Beta1SpecProviderAwsAuthSecretRef;
}
export declare function toJson_SecretStoreV1Beta1SpecProviderAwsAuth(obj: SecretStoreV1Beta1SpecProviderAwsAuth | undefined): Record<string, any> | undefined;
export interface SecretStoreV1Beta1SpecProviderAwsSecretsManager {
    readonly forceDeleteWithoutRecovery?: boolean;
    readonly recoveryWindowInDays?: number;
}
export declare function toJson_SecretStoreV1Beta1SpecProviderAwsSecretsManager(obj: SecretStoreV1Beta1SpecProviderAwsSecretsManager | undefined): Record<string, any> | undefined;
export declare enum SecretStoreV1Beta1SpecProviderAwsService {
    SECRETS_MANAGER = "SecretsManager",
    PARAMETER_STORE = "ParameterStore"
}
export interface SecretStoreV1Beta1SpecProviderAwsSessionTags {
    readonly key: string;
    readonly value: string;
}
export declare function toJson_SecretStoreV1Beta1SpecProviderAwsSessionTags(obj: SecretStoreV1Beta1SpecProviderAwsSessionTags | undefined): Record<string, any> | undefined;
export interface SecretStoreV1Beta1SpecProviderAzurekvAuthSecretRef {
    readonly clientCertificate?: SecretStoreV1Beta1SpecProviderAzurekvAuthSecretRefClientCertificate;
    readonly clientId?: SecretStoreV1Beta1SpecProviderAzurekvAuthSecretRefClientId;
    readonly clientSecret?: SecretStoreV1Beta1SpecProviderAzurekvAuthSecretRefClientSecret;
    readonly tenantId?: SecretStoreV1Beta1SpecProviderAzurekvAuthSecretRefTenantId;
}
export declare function toJson_SecretStoreV1Beta1SpecProviderAzurekvAuthSecretRef(obj: SecretStoreV1Beta1SpecProviderAzurekvAuthSecretRef | undefined): Record<string, any> | undefined;
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
export declare function toJson_SecretStoreV1Beta1SpecProviderAzurekvServiceAccountRef(obj: SecretStoreV1Beta1SpecProviderAzurekvServiceAccountRef | undefined): Record<string, any> | undefined;
export interface SecretStoreV1Beta1SpecProviderBeyondtrustAuth {
    readonly apiKey?: SecretStoreV1Beta1SpecProviderBeyondtrustAuthApiKey;
    readonly certificate?: SecretStoreV1Beta1SpecProviderBeyondtrustAuthCertificate;
    readonly certificateKey?: SecretStoreV1Beta1SpecProviderBeyondtrustAuthCertificateKey;
    readonly clientId?: SecretStoreV1Beta1SpecProviderBeyondtrustAuthClientId;
    readonly clientSecret?: SecretStoreV1Beta1SpecProviderBeyondtrustAuthClientSecret;
}
export declare function toJson_SecretStoreV1Beta1SpecProviderBeyondtrustAuth(obj: SecretStoreV1Beta1SpecProviderBeyondtrustAuth | undefined): Record<string, any> | undefined;
export interface SecretStoreV1Beta1SpecProviderBeyondtrustServer {
    readonly apiUrl: string;
    readonly apiVersion?: string;
    readonly clientTimeOutSeconds?: number;
    readonly decrypt?: boolean;
    readonly retrievalType?: string;
    readonly separator?: string;
    readonly verifyCa: boolean;
}
export declare function toJson_SecretStoreV1Beta1SpecProviderBeyondtrustServer(obj: SecretStoreV1Beta1SpecProviderBeyondtrustServer | undefined): Record<string, any> | undefined;
export interface SecretStoreV1Beta1SpecProviderBitwardensecretsmanagerAuth {
    readonly secretRef: SecretStoreV1Beta1SpecProviderBitwardensecretsmanagerAuthSecretRef;
}
export declare function toJson_SecretStoreV1Beta1SpecProviderBitwardensecretsmanagerAuth(obj: SecretStoreV1Beta1SpecProviderBitwardensecretsmanagerAuth | undefined): Record<string, any> | undefined;
export interface SecretStoreV1Beta1SpecProviderBitwardensecretsmanagerCaProvider {
    readonly key?: string;
    readonly name: string;
    readonly namespace?: string;
    readonly type: SecretStoreV1Beta1SpecProviderBitwardensecretsmanagerCaProviderType;
}
export declare function toJson_SecretStoreV1Beta1SpecProviderBitwardensecretsmanagerCaProvider(obj: SecretStoreV1Beta1SpecProviderBitwardensecretsmanagerCaProvider | undefined): Record<string, any> | undefined;
export interface SecretStoreV1Beta1SpecProviderChefAuth {
    readonly secretRef: SecretStoreV1Beta1SpecProviderChefAuthSecretRef;
}
export declare function toJson_SecretStoreV1Beta1SpecProviderChefAuth(obj: SecretStoreV1Beta1SpecProviderChefAuth | undefined): Record<string, any> | undefined;
export interface SecretStoreV1Beta1SpecProviderCloudrusmAuth {
    readonly secretRef?: SecretStoreV1Beta1SpecProviderCloudrusmAuthSecretRef;
}
export declare function toJson_SecretStoreV1Beta1SpecProviderCloudrusmAuth(obj: SecretStoreV1Beta1SpecProviderCloudrusmAuth | undefined): Record<string, any> | undefined;
export interface SecretStoreV1Beta1SpecProviderConjurAuth {
    readonly apikey?: SecretStoreV1Beta1SpecProviderConjurAuthApikey;
    readonly jwt?: SecretStoreV1Beta1SpecProviderConjurAuthJwt;
}
export declare function toJson_SecretStoreV1Beta1SpecProviderConjurAuth(obj: SecretStoreV1Beta1SpecProviderConjurAuth | undefined): Record<string, any> | undefined;
export interface SecretStoreV1Beta1SpecProviderConjurCaProvider {
    readonly key?: string;
    readonly name: string;
    readonly namespace?: string;
    readonly type: SecretStoreV1Beta1SpecProviderConjurCaProviderType;
}
export declare function toJson_SecretStoreV1Beta1SpecProviderConjurCaProvider(obj: SecretStoreV1Beta1SpecProviderConjurCaProvider | undefined): Record<string, any> | undefined;
export interface SecretStoreV1Beta1SpecProviderDelineaClientId {
    readonly secretRef?: SecretStoreV1Beta1SpecProviderDelineaClientIdSecretRef;
    readonly value?: string;
}
export declare function toJson_SecretStoreV1Beta1SpecProviderDelineaClientId(obj: SecretStoreV1Beta1SpecProviderDelineaClientId | undefined): Record<string, any> | undefined;
export interface SecretStoreV1Beta1SpecProviderDelineaClientSecret {
    readonly secretRef?: SecretStoreV1Beta1SpecProviderDelineaClientSecretSecretRef;
    readonly value?: string;
}
export declare function toJson_SecretStoreV1Beta1SpecProviderDelineaClientSecret(obj: SecretStoreV1Beta1SpecProviderDelineaClientSecret | undefined): Record<string, any> | undefined;
export interface SecretStoreV1Beta1SpecProviderDevice42Auth {
    readonly secretRef: SecretStoreV1Beta1SpecProviderDevice42AuthSecretRef;
}
export declare function toJson_SecretStoreV1Beta1SpecProviderDevice42Auth(obj: SecretStoreV1Beta1SpecProviderDevice42Auth | undefined): Record<string, any> | undefined;
export interface SecretStoreV1Beta1SpecProviderDopplerAuth {
    readonly secretRef: SecretStoreV1Beta1SpecProviderDopplerAuthSecretRef;
}
export declare function toJson_SecretStoreV1Beta1SpecProviderDopplerAuth(obj: SecretStoreV1Beta1SpecProviderDopplerAuth | undefined): Record<string, any> | undefined;
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
export declare function toJson_SecretStoreV1Beta1SpecProviderFakeData(obj: SecretStoreV1Beta1SpecProviderFakeData | undefined): Record<string, any> | undefined;
export interface SecretStoreV1Beta1SpecProviderFortanixApiKey {
    readonly secretRef?: SecretStoreV1Beta1SpecProviderFortanixApiKeySecretRef;
}
export declare function toJson_SecretStoreV1Beta1SpecProviderFortanixApiKey(obj: SecretStoreV1Beta1SpecProviderFortanixApiKey | undefined): Record<string, any> | undefined;
export interface SecretStoreV1Beta1SpecProviderGcpsmAuth {
    readonly secretRef?: SecretStoreV1Beta1SpecProviderGcpsmAuthSecretRef;
    readonly workloadIdentity?: SecretStoreV1Beta1SpecProviderGcpsmAuthWorkloadIdentity;
}
export declare function toJson_SecretStoreV1Beta1SpecProviderGcpsmAuth(obj: SecretStoreV1Beta1SpecProviderGcpsmAuth | undefined): Record<string, any> | undefined;
export interface SecretStoreV1Beta1SpecProviderGithubAuth {
    readonly privateKey: SecretStoreV1Beta1SpecProviderGithubAuthPrivateKey;
}
export declare function toJson_SecretStoreV1Beta1SpecProviderGithubAuth(obj: SecretStoreV1Beta1SpecProviderGithubAuth | undefined): Record<string, any> | undefined;
export interface SecretStoreV1Beta1SpecProviderGitlabAuth {
    readonly secretRef: SecretStoreV1Beta1SpecProviderGitlabAuthSecretRef;
}
export declare function toJson_SecretStoreV1Beta1SpecProviderGitlabAuth(obj: SecretStoreV1Beta1SpecProviderGitlabAuth | undefined): Record<string, any> | undefined;
export interface SecretStoreV1Beta1SpecProviderGitlabCaProvider {
    readonly key?: string;
    readonly name: string;
    readonly namespace?: string;
    readonly type: SecretStoreV1Beta1SpecProviderGitlabCaProviderType;
}
export declare function toJson_SecretStoreV1Beta1SpecProviderGitlabCaProvider(obj: SecretStoreV1Beta1SpecProviderGitlabCaProvider | undefined): Record<string, any> | undefined;
export interface SecretStoreV1Beta1SpecProviderIbmAuth {
    readonly containerAuth?: SecretStoreV1Beta1SpecProviderIbmAuthContainerAuth;
    readonly secretRef?: SecretStoreV1Beta1SpecProviderIbmAuthSecretRef;
}
export declare function toJson_SecretStoreV1Beta1SpecProviderIbmAuth(obj: SecretStoreV1Beta1SpecProviderIbmAuth | undefined): Record<string, any> | undefined;
export interface SecretStoreV1Beta1SpecProviderInfisicalAuth {
    readonly universalAuthCredentials?: SecretStoreV1Beta1SpecProviderInfisicalAuthUniversalAuthCredentials;
}
export declare function toJson_SecretStoreV1Beta1SpecProviderInfisicalAuth(obj: SecretStoreV1Beta1SpecProviderInfisicalAuth | undefined): Record<string, any> | undefined;
export interface SecretStoreV1Beta1SpecProviderInfisicalSecretsScope {
    readonly environmentSlug: string;
    readonly expandSecretReferences?: boolean;
    readonly projectSlug: string;
    readonly recursive?: boolean;
    readonly secretsPath?: string;
}
export declare function toJson_SecretStoreV1Beta1SpecProviderInfisicalSecretsScope(obj: SecretStoreV1Beta1SpecProviderInfisicalSecretsScope | undefined): Record<string, any> | undefined;
export interface SecretStoreV1Beta1SpecProviderKeepersecurityAuthRef {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export declare function toJson_SecretStoreV1Beta1SpecProviderKeepersecurityAuthRef(obj: SecretStoreV1Beta1SpecProviderKeepersecurityAuthRef | undefined): Record<string, any> | undefined;
export interface SecretStoreV1Beta1SpecProviderKubernetesAuth {
    readonly cert?: SecretStoreV1Beta1SpecProviderKubernetesAuthCert;
    readonly serviceAccount?: SecretStoreV1Beta1SpecProviderKubernetesAuthServiceAccount;
    readonly token?: SecretStoreV1Beta1SpecProviderKubernetesAuthToken;
}
export declare function toJson_SecretStoreV1Beta1SpecProviderKubernetesAuth(obj: SecretStoreV1Beta1SpecProviderKubernetesAuth | undefined): Record<string, any> | undefined;
export interface SecretStoreV1Beta1SpecProviderKubernetesAuthRef {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export declare function toJson_SecretStoreV1Beta1SpecProviderKubernetesAuthRef(obj: SecretStoreV1Beta1SpecProviderKubernetesAuthRef | undefined): Record<string, any> | undefined;
export interface SecretStoreV1Beta1SpecProviderKubernetesServer {
    readonly caBundle?: string;
    readonly caProvider?: SecretStoreV1Beta1SpecProviderKubernetesServerCaProvider;
    readonly url?: string;
}
export declare function toJson_SecretStoreV1Beta1SpecProviderKubernetesServer(obj: SecretStoreV1Beta1SpecProviderKubernetesServer | undefined): Record<string, any> | undefined;
export interface SecretStoreV1Beta1SpecProviderOnboardbaseAuth {
    readonly apiKeyRef: SecretStoreV1Beta1SpecProviderOnboardbaseAuthApiKeyRef;
    readonly passcodeRef: SecretStoreV1Beta1SpecProviderOnboardbaseAuthPasscodeRef;
}
export declare function toJson_SecretStoreV1Beta1SpecProviderOnboardbaseAuth(obj: SecretStoreV1Beta1SpecProviderOnboardbaseAuth | undefined): Record<string, any> | undefined;
export interface SecretStoreV1Beta1SpecProviderOnepasswordAuth {
    readonly secretRef: SecretStoreV1Beta1SpecProviderOnepasswordAuthSecretRef;
}
export declare function toJson_SecretStoreV1Beta1SpecProviderOnepasswordAuth(obj: SecretStoreV1Beta1SpecProviderOnepasswordAuth | undefined): Record<string, any> | undefined;
export interface SecretStoreV1Beta1SpecProviderOracleAuth {
    readonly secretRef: SecretStoreV1Beta1SpecProviderOracleAuthSecretRef;
    readonly tenancy: string;
    readonly user: string;
}
export declare function toJson_SecretStoreV1Beta1SpecProviderOracleAuth(obj: SecretStoreV1Beta1SpecProviderOracleAuth | undefined): Record<string, any> | undefined;
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
export declare function toJson_SecretStoreV1Beta1SpecProviderOracleServiceAccountRef(obj: SecretStoreV1Beta1SpecProviderOracleServiceAccountRef | undefined): Record<string, any> | undefined;
export interface SecretStoreV1Beta1SpecProviderPassboltAuth {
    readonly passwordSecretRef: SecretStoreV1Beta1SpecProviderPassboltAuthPasswordSecretRef;
    readonly privateKeySecretRef: SecretStoreV1Beta1SpecProviderPassboltAuthPrivateKeySecretRef;
}
export declare function toJson_SecretStoreV1Beta1SpecProviderPassboltAuth(obj: SecretStoreV1Beta1SpecProviderPassboltAuth | undefined): Record<string, any> | undefined;
export interface SecretStoreV1Beta1SpecProviderPassworddepotAuth {
    readonly secretRef: SecretStoreV1Beta1SpecProviderPassworddepotAuthSecretRef;
}
export declare function toJson_SecretStoreV1Beta1SpecProviderPassworddepotAuth(obj: SecretStoreV1Beta1SpecProviderPassworddepotAuth | undefined): Record<string, any> | undefined;
export interface SecretStoreV1Beta1SpecProviderPreviderAuth {
    readonly secretRef?: SecretStoreV1Beta1SpecProviderPreviderAuthSecretRef;
}
export declare function toJson_SecretStoreV1Beta1SpecProviderPreviderAuth(obj: SecretStoreV1Beta1SpecProviderPreviderAuth | undefined): Record<string, any> | undefined;
export interface SecretStoreV1Beta1SpecProviderPulumiAccessToken {
    readonly secretRef?: SecretStoreV1Beta1SpecProviderPulumiAccessTokenSecretRef;
}
export declare function toJson_SecretStoreV1Beta1SpecProviderPulumiAccessToken(obj: SecretStoreV1Beta1SpecProviderPulumiAccessToken | undefined): Record<string, any> | undefined;
export interface SecretStoreV1Beta1SpecProviderScalewayAccessKey {
    readonly secretRef?: SecretStoreV1Beta1SpecProviderScalewayAccessKeySecretRef;
    readonly value?: string;
}
export declare function toJson_SecretStoreV1Beta1SpecProviderScalewayAccessKey(obj: SecretStoreV1Beta1SpecProviderScalewayAccessKey | undefined): Record<string, any> | undefined;
export interface SecretStoreV1Beta1SpecProviderScalewaySecretKey {
    readonly secretRef?: SecretStoreV1Beta1SpecProviderScalewaySecretKeySecretRef;
    readonly value?: string;
}
export declare function toJson_SecretStoreV1Beta1SpecProviderScalewaySecretKey(obj: SecretStoreV1Beta1SpecProviderScalewaySecretKey | undefined): Record<string, any> | undefined;
export interface SecretStoreV1Beta1SpecProviderSecretserverPassword {
    readonly secretRef?: SecretStoreV1Beta1SpecProviderSecretserverPasswordSecretRef;
    readonly value?: string;
}
export declare function toJson_SecretStoreV1Beta1SpecProviderSecretserverPassword(obj: SecretStoreV1Beta1SpecProviderSecretserverPassword | undefined): Record<string, any> | undefined;
export interface SecretStoreV1Beta1SpecProviderSecretserverUsername {
    readonly secretRef?: SecretStoreV1Beta1SpecProviderSecretserverUsernameSecretRef;
    readonly value?: string;
}
export declare function toJson_SecretStoreV1Beta1SpecProviderSecretserverUsername(obj: SecretStoreV1Beta1SpecProviderSecretserverUsername | undefined): Record<string, any> | undefined;
export interface SecretStoreV1Beta1SpecProviderSenhaseguraAuth {
    readonly clientId: string;
    readonly clientSecretSecretRef: SecretStoreV1Beta1SpecProviderSenhaseguraAuthClientSecretSecretRef;
}
export declare function toJson_SecretStoreV1Beta1SpecProviderSenhaseguraAuth(obj: SecretStoreV1Beta1SpecProviderSenhaseguraAuth | undefined): Record<string, any> | undefined;
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
export declare function toJson_SecretStoreV1Beta1SpecProviderVaultAuth(obj: SecretStoreV1Beta1SpecProviderVaultAuth | undefined): Record<string, any> | undefined;
export interface SecretStoreV1Beta1SpecProviderVaultCaProvider {
    readonly key?: string;
    readonly name: string;
    readonly namespace?: string;
    readonly type: SecretStoreV1Beta1SpecProviderVaultCaProviderType;
}
export declare function toJson_SecretStoreV1Beta1SpecProviderVaultCaProvider(obj: SecretStoreV1Beta1SpecProviderVaultCaProvider | undefined): Record<string, any> | undefined;
export interface SecretStoreV1Beta1SpecProviderVaultTls {
    readonly certSecretRef?: SecretStoreV1Beta1SpecProviderVaultTlsCertSecretRef;
    readonly keySecretRef?: SecretStoreV1Beta1SpecProviderVaultTlsKeySecretRef;
}
export declare function toJson_SecretStoreV1Beta1SpecProviderVaultTls(obj: SecretStoreV1Beta1SpecProviderVaultTls | undefined): Record<string, any> | undefined;
export declare enum SecretStoreV1Beta1SpecProviderVaultVersion {
    V1 = "v1",
    V2 = "v2"
}
export interface SecretStoreV1Beta1SpecProviderWebhookAuth {
    readonly ntlm?: SecretStoreV1Beta1SpecProviderWebhookAuthNtlm;
}
export declare function toJson_SecretStoreV1Beta1SpecProviderWebhookAuth(obj: SecretStoreV1Beta1SpecProviderWebhookAuth | undefined): Record<string, any> | undefined;
export interface SecretStoreV1Beta1SpecProviderWebhookCaProvider {
    readonly key?: string;
    readonly name: string;
    readonly namespace?: string;
    readonly type: SecretStoreV1Beta1SpecProviderWebhookCaProviderType;
}
export declare function toJson_SecretStoreV1Beta1SpecProviderWebhookCaProvider(obj: SecretStoreV1Beta1SpecProviderWebhookCaProvider | undefined): Record<string, any> | undefined;
export interface SecretStoreV1Beta1SpecProviderWebhookResult {
    readonly jsonPath?: string;
}
export declare function toJson_SecretStoreV1Beta1SpecProviderWebhookResult(obj: SecretStoreV1Beta1SpecProviderWebhookResult | undefined): Record<string, any> | undefined;
export interface SecretStoreV1Beta1SpecProviderWebhookSecrets {
    readonly name: string;
    readonly secretRef: SecretStoreV1Beta1SpecProviderWebhookSecretsSecretRef;
}
export declare function toJson_SecretStoreV1Beta1SpecProviderWebhookSecrets(obj: SecretStoreV1Beta1SpecProviderWebhookSecrets | undefined): Record<string, any> | undefined;
export interface SecretStoreV1Beta1SpecProviderYandexcertificatemanagerAuth {
    readonly authorizedKeySecretRef?: SecretStoreV1Beta1SpecProviderYandexcertificatemanagerAuthAuthorizedKeySecretRef;
}
export declare function toJson_SecretStoreV1Beta1SpecProviderYandexcertificatemanagerAuth(obj: SecretStoreV1Beta1SpecProviderYandexcertificatemanagerAuth | undefined): Record<string, any> | undefined;
export interface SecretStoreV1Beta1SpecProviderYandexcertificatemanagerCaProvider {
    readonly certSecretRef?: SecretStoreV1Beta1SpecProviderYandexcertificatemanagerCaProviderCertSecretRef;
}
export declare function toJson_SecretStoreV1Beta1SpecProviderYandexcertificatemanagerCaProvider(obj: SecretStoreV1Beta1SpecProviderYandexcertificatemanagerCaProvider | undefined): Record<string, any> | undefined;
export interface SecretStoreV1Beta1SpecProviderYandexlockboxAuth {
    readonly authorizedKeySecretRef?: SecretStoreV1Beta1SpecProviderYandexlockboxAuthAuthorizedKeySecretRef;
}
export declare function toJson_SecretStoreV1Beta1SpecProviderYandexlockboxAuth(obj: SecretStoreV1Beta1SpecProviderYandexlockboxAuth | undefined): Record<string, any> | undefined;
export interface SecretStoreV1Beta1SpecProviderYandexlockboxCaProvider {
    readonly certSecretRef?: SecretStoreV1Beta1SpecProviderYandexlockboxCaProviderCertSecretRef;
}
export declare function toJson_SecretStoreV1Beta1SpecProviderYandexlockboxCaProvider(obj: SecretStoreV1Beta1SpecProviderYandexlockboxCaProvider | undefined): Record<string, any> | undefined;
export interface SecretStoreV1Beta1SpecProviderAkeylessAuthSecretRefKubernetesAuth {
    readonly accessId: string;
    readonly k8SConfName: string;
    readonly secretRef?: SecretStoreV1Beta1SpecProviderAkeylessAuthSecretRefKubernetesAuthSecretRef;
    readonly serviceAccountRef?: SecretStoreV1Beta1SpecProviderAkeylessAuthSecretRefKubernetesAuthServiceAccountRef;
}
export declare function toJson_SecretStoreV1Beta1SpecProviderAkeylessAuthSecretRefKubernetesAuth(obj: SecretStoreV1Beta1SpecProviderAkeylessAuthSecretRefKubernetesAuth | undefined): Record<string, any> | undefined;
export interface SecretStoreV1Beta1SpecProviderAkeylessAuthSecretRefSecretRef {
    readonly accessId?: SecretStoreV1Beta1SpecProviderAkeylessAuthSecretRefSecretRefAccessId;
    readonly accessType?: SecretStoreV1Beta1SpecProviderAkeylessAuthSecretRefSecretRefAccessType;
    readonly accessTypeParam?: SecretStoreV1Beta1SpecProviderAkeylessAuthSecretRefSecretRefAccessTypeParam;
}
export declare function toJson_SecretStoreV1Beta1SpecProviderAkeylessAuthSecretRefSecretRef(obj: SecretStoreV1Beta1SpecProviderAkeylessAuthSecretRefSecretRef | undefined): Record<string, any> | undefined;
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
export declare function toJson_SecretStoreV1Beta1SpecProviderAlibabaAuthRrsa(obj: SecretStoreV1Beta1SpecProviderAlibabaAuthRrsa | undefined): Record<string, any> | undefined;
export interface SecretStoreV1Beta1SpecProviderAlibabaAuthSecretRef {
    readonly accessKeyIdSecretRef: SecretStoreV1Beta1SpecProviderAlibabaAuthSecretRefAccessKeyIdSecretRef;
    readonly accessKeySecretSecretRef: SecretStoreV1Beta1SpecProviderAlibabaAuthSecretRefAccessKeySecretSecretRef;
}
export declare function toJson_SecretStoreV1Beta1SpecProviderAlibabaAuthSecretRef(obj: SecretStoreV1Beta1SpecProviderAlibabaAuthSecretRef | undefined): Record<string, any> | undefined;
export interface SecretStoreV1Beta1SpecProviderAwsAuthJwt {
    readonly serviceAccountRef?: SecretStoreV1Beta1SpecProviderAwsAuthJwtServiceAccountRef;
}
export declare function toJson_SecretStoreV1Beta1SpecProviderAwsAuthJwt(obj: SecretStoreV1Beta1SpecProviderAwsAuthJwt | undefined): Record<string, any> | undefined;
export interface SecretStoreV1Beta1SpecProviderAwsAuthSecretRef {
    readonly accessKeyIdSecretRef?: SecretStoreV1Beta1SpecProviderAwsAuthSecretRefAccessKeyIdSecretRef;
    readonly secretAccessKeySecretRef?: SecretStoreV1Beta1SpecProviderAwsAuthSecretRefSecretAccessKeySecretRef;
    readonly sessionTokenSecretRef?: SecretStoreV1Beta1SpecProviderAwsAuthSecretRefSessionTokenSecretRef;
}
export declare function toJson_SecretStoreV1Beta1SpecProviderAwsAuthSecretRef(obj: SecretStoreV1Beta1SpecProviderAwsAuthSecretRef | undefined): Record<string, any> | undefined;
export interface SecretStoreV1Beta1SpecProviderAzurekvAuthSecretRefClientCertificate {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export declare function toJson_SecretStoreV1Beta1SpecProviderAzurekvAuthSecretRefClientCertificate(obj: SecretStoreV1Beta1SpecProviderAzurekvAuthSecretRefClientCertificate | undefined): Record<string, any> | undefined;
export interface SecretStoreV1Beta1SpecProviderAzurekvAuthSecretRefClientId {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export declare function toJson_SecretStoreV1Beta1SpecProviderAzurekvAuthSecretRefClientId(obj: SecretStoreV1Beta1SpecProviderAzurekvAuthSecretRefClientId | undefined): Record<string, any> | undefined;
export interface SecretStoreV1Beta1SpecProviderAzurekvAuthSecretRefClientSecret {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export declare function toJson_SecretStoreV1Beta1SpecProviderAzurekvAuthSecretRefClientSecret(obj: SecretStoreV1Beta1SpecProviderAzurekvAuthSecretRefClientSecret | undefined): Record<string, any> | undefined;
export interface SecretStoreV1Beta1SpecProviderAzurekvAuthSecretRefTenantId {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export declare function toJson_SecretStoreV1Beta1SpecProviderAzurekvAuthSecretRefTenantId(obj: SecretStoreV1Beta1SpecProviderAzurekvAuthSecretRefTenantId | undefined): Record<string, any> | undefined;
export interface SecretStoreV1Beta1SpecProviderBeyondtrustAuthApiKey {
    readonly secretRef?: SecretStoreV1Beta1SpecProviderBeyondtrustAuthApiKeySecretRef;
    readonly value?: string;
}
export declare function toJson_SecretStoreV1Beta1SpecProviderBeyondtrustAuthApiKey(obj: SecretStoreV1Beta1SpecProviderBeyondtrustAuthApiKey | undefined): Record<string, any> | undefined;
export interface SecretStoreV1Beta1SpecProviderBeyondtrustAuthCertificate {
    readonly secretRef?: SecretStoreV1Beta1SpecProviderBeyondtrustAuthCertificateSecretRef;
    readonly value?: string;
}
export declare function toJson_SecretStoreV1Beta1SpecProviderBeyondtrustAuthCertificate(obj: SecretStoreV1Beta1SpecProviderBeyondtrustAuthCertificate | undefined): Record<string, any> | undefined;
export interface SecretStoreV1Beta1SpecProviderBeyondtrustAuthCertificateKey {
    readonly secretRef?: SecretStoreV1Beta1SpecProviderBeyondtrustAuthCertificateKeySecretRef;
    readonly value?: string;
}
export declare function toJson_SecretStoreV1Beta1SpecProviderBeyondtrustAuthCertificateKey(obj: SecretStoreV1Beta1SpecProviderBeyondtrustAuthCertificateKey | undefined): Record<string, any> | undefined;
export interface SecretStoreV1Beta1SpecProviderBeyondtrustAuthClientId {
    readonly secretRef?: SecretStoreV1Beta1SpecProviderBeyondtrustAuthClientIdSecretRef;
    readonly value?: string;
}
export declare function toJson_SecretStoreV1Beta1SpecProviderBeyondtrustAuthClientId(obj: SecretStoreV1Beta1SpecProviderBeyondtrustAuthClientId | undefined): Record<string, any> | undefined;
export interface SecretStoreV1Beta1SpecProviderBeyondtrustAuthClientSecret {
    readonly secretRef?: SecretStoreV1Beta1SpecProviderBeyondtrustAuthClientSecretSecretRef;
    readonly value?: string;
}
export declare function toJson_SecretStoreV1Beta1SpecProviderBeyondtrustAuthClientSecret(obj: SecretStoreV1Beta1SpecProviderBeyondtrustAuthClientSecret | undefined): Record<string, any> | undefined;
export interface SecretStoreV1Beta1SpecProviderBitwardensecretsmanagerAuthSecretRef {
    readonly credentials: SecretStoreV1Beta1SpecProviderBitwardensecretsmanagerAuthSecretRefCredentials;
}
export declare function toJson_SecretStoreV1Beta1SpecProviderBitwardensecretsmanagerAuthSecretRef(obj: SecretStoreV1Beta1SpecProviderBitwardensecretsmanagerAuthSecretRef | undefined): Record<string, any> | undefined;
export declare enum SecretStoreV1Beta1SpecProviderBitwardensecretsmanagerCaProviderType {
    SECRET = "Secret",
    CONFIG_MAP = "ConfigMap"
}
export interface SecretStoreV1Beta1SpecProviderChefAuthSecretRef {
    readonly privateKeySecretRef: SecretStoreV1Beta1SpecProviderChefAuthSecretRefPrivateKeySecretRef;
}
export declare function toJson_SecretStoreV1Beta1SpecProviderChefAuthSecretRef(obj: SecretStoreV1Beta1SpecProviderChefAuthSecretRef | undefined): Record<string, any> | undefined;
export interface SecretStoreV1Beta1SpecProviderCloudrusmAuthSecretRef {
    readonly accessKeyIdSecretRef: SecretStoreV1Beta1SpecProviderCloudrusmAuthSecretRefAccessKeyIdSecretRef;
    readonly accessKeySecretSecretRef: SecretStoreV1Beta1SpecProviderCloudrusmAuthSecretRefAccessKeySecretSecretRef;
}
export declare function toJson_SecretStoreV1Beta1SpecProviderCloudrusmAuthSecretRef(obj: SecretStoreV1Beta1SpecProviderCloudrusmAuthSecretRef | undefined): Record<string, any> | undefined;
export interface SecretStoreV1Beta1SpecProviderConjurAuthApikey {
    readonly account: string;
    readonly apiKeyRef: SecretStoreV1Beta1SpecProviderConjurAuthApikeyApiKeyRef;
    readonly userRef: SecretStoreV1Beta1SpecProviderConjurAuthApikeyUserRef;
}
export declare function toJson_SecretStoreV1Beta1SpecProviderConjurAuthApikey(obj: SecretStoreV1Beta1SpecProviderConjurAuthApikey | undefined): Record<string, any> | undefined;
export interface SecretStoreV1Beta1SpecProviderConjurAuthJwt {
    readonly account: string;
    readonly hostId?: string;
    readonly secretRef?: SecretStoreV1Beta1SpecProviderConjurAuthJwtSecretRef;
    readonly serviceAccountRef?: SecretStoreV1Beta1SpecProviderConjurAuthJwtServiceAccountRef;
    readonly serviceId: string;
}
export declare function toJson_SecretStoreV1Beta1SpecProviderConjurAuthJwt(obj: SecretStoreV1Beta1SpecProviderConjurAuthJwt | undefined): Record<string, any> | undefined;
export declare enum SecretStoreV1Beta1SpecProviderConjurCaProviderType {
    SECRET = "Secret",
    CONFIG_MAP = "ConfigMap"
}
export interface SecretStoreV1Beta1SpecProviderDelineaClientIdSecretRef {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export declare function toJson_SecretStoreV1Beta1SpecProviderDelineaClientIdSecretRef(obj: SecretStoreV1Beta1SpecProviderDelineaClientIdSecretRef | undefined): Record<string, any> | undefined;
export interface SecretStoreV1Beta1SpecProviderDelineaClientSecretSecretRef {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export declare function toJson_SecretStoreV1Beta1SpecProviderDelineaClientSecretSecretRef(obj: SecretStoreV1Beta1SpecProviderDelineaClientSecretSecretRef | undefined): Record<string, any> | undefined;
export interface SecretStoreV1Beta1SpecProviderDevice42AuthSecretRef {
    readonly credentials?: SecretStoreV1Beta1SpecProviderDevice42AuthSecretRefCredentials;
}
export declare function toJson_SecretStoreV1Beta1SpecProviderDevice42AuthSecretRef(obj: SecretStoreV1Beta1SpecProviderDevice42AuthSecretRef | undefined): Record<string, any> | undefined;
export interface SecretStoreV1Beta1SpecProviderDopplerAuthSecretRef {
    readonly dopplerToken: SecretStoreV1Beta1SpecProviderDopplerAuthSecretRefDopplerToken;
}
export declare function toJson_SecretStoreV1Beta1SpecProviderDopplerAuthSecretRef(obj: SecretStoreV1Beta1SpecProviderDopplerAuthSecretRef | undefined): Record<string, any> | undefined;
export interface SecretStoreV1Beta1SpecProviderFortanixApiKeySecretRef {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export declare function toJson_SecretStoreV1Beta1SpecProviderFortanixApiKeySecretRef(obj: SecretStoreV1Beta1SpecProviderFortanixApiKeySecretRef | undefined): Record<string, any> | undefined;
export interface SecretStoreV1Beta1SpecProviderGcpsmAuthSecretRef {
    readonly secretAccessKeySecretRef?: SecretStoreV1Beta1SpecProviderGcpsmAuthSecretRefSecretAccessKeySecretRef;
}
export declare function toJson_SecretStoreV1Beta1SpecProviderGcpsmAuthSecretRef(obj: SecretStoreV1Beta1SpecProviderGcpsmAuthSecretRef | undefined): Record<string, any> | undefined;
export interface SecretStoreV1Beta1SpecProviderGcpsmAuthWorkloadIdentity {
    readonly clusterLocation?: string;
    readonly clusterName?: string;
    readonly clusterProjectId?: string;
    readonly serviceAccountRef: SecretStoreV1Beta1SpecProviderGcpsmAuthWorkloadIdentityServiceAccountRef;
}
export declare function toJson_SecretStoreV1Beta1SpecProviderGcpsmAuthWorkloadIdentity(obj: SecretStoreV1Beta1SpecProviderGcpsmAuthWorkloadIdentity | undefined): Record<string, any> | undefined;
export interface SecretStoreV1Beta1SpecProviderGithubAuthPrivateKey {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export declare function toJson_SecretStoreV1Beta1SpecProviderGithubAuthPrivateKey(obj: SecretStoreV1Beta1SpecProviderGithubAuthPrivateKey | undefined): Record<string, any> | undefined;
export interface SecretStoreV1Beta1SpecProviderGitlabAuthSecretRef {
    readonly accessToken?: SecretStoreV1Beta1SpecProviderGitlabAuthSecretRefAccessToken;
}
export declare function toJson_SecretStoreV1Beta1SpecProviderGitlabAuthSecretRef(obj: SecretStoreV1Beta1SpecProviderGitlabAuthSecretRef | undefined): Record<string, any> | undefined;
export declare enum SecretStoreV1Beta1SpecProviderGitlabCaProviderType {
    SECRET = "Secret",
    CONFIG_MAP = "ConfigMap"
}
export interface SecretStoreV1Beta1SpecProviderIbmAuthContainerAuth {
    readonly iamEndpoint?: string;
    readonly profile: string;
    readonly tokenLocation?: string;
}
export declare function toJson_SecretStoreV1Beta1SpecProviderIbmAuthContainerAuth(obj: SecretStoreV1Beta1SpecProviderIbmAuthContainerAuth | undefined): Record<string, any> | undefined;
export interface SecretStoreV1Beta1SpecProviderIbmAuthSecretRef {
    readonly secretApiKeySecretRef?: SecretStoreV1Beta1SpecProviderIbmAuthSecretRefSecretApiKeySecretRef;
}
export declare function toJson_SecretStoreV1Beta1SpecProviderIbmAuthSecretRef(obj: SecretStoreV1Beta1SpecProviderIbmAuthSecretRef | undefined): Record<string, any> | undefined;
export interface SecretStoreV1Beta1SpecProviderInfisicalAuthUniversalAuthCredentials {
    readonly clientId: SecretStoreV1Beta1SpecProviderInfisicalAuthUniversalAuthCredentialsClientId;
    readonly clientSecret: SecretStoreV1Beta1SpecProviderInfisicalAuthUniversalAuthCredentialsClientSecret;
}
export declare function toJson_SecretStoreV1Beta1SpecProviderInfisicalAuthUniversalAuthCredentials(obj: SecretStoreV1Beta1SpecProviderInfisicalAuthUniversalAuthCredentials | undefined): Record<string, any> | undefined;
export interface SecretStoreV1Beta1SpecProviderKubernetesAuthCert {
    readonly clientCert?: SecretStoreV1Beta1SpecProviderKubernetesAuthCertClientCert;
    readonly clientKey?: SecretStoreV1Beta1SpecProviderKubernetesAuthCertClientKey;
}
export declare function toJson_SecretStoreV1Beta1SpecProviderKubernetesAuthCert(obj: SecretStoreV1Beta1SpecProviderKubernetesAuthCert | undefined): Record<string, any> | undefined;
export interface SecretStoreV1Beta1SpecProviderKubernetesAuthServiceAccount {
    readonly audiences?: string[];
    readonly name: string;
    readonly namespace?: string;
}
export declare function toJson_SecretStoreV1Beta1SpecProviderKubernetesAuthServiceAccount(obj: SecretStoreV1Beta1SpecProviderKubernetesAuthServiceAccount | undefined): Record<string, any> | undefined;
export interface SecretStoreV1Beta1SpecProviderKubernetesAuthToken {
    readonly bearerToken?: SecretStoreV1Beta1SpecProviderKubernetesAuthTokenBearerToken;
}
export declare function toJson_SecretStoreV1Beta1SpecProviderKubernetesAuthToken(obj: SecretStoreV1Beta1SpecProviderKubernetesAuthToken | undefined): Record<string, any> | undefined;
export interface SecretStoreV1Beta1SpecProviderKubernetesServerCaProvider {
    readonly key?: string;
    readonly name: string;
    readonly namespace?: string;
    readonly type: SecretStoreV1Beta1SpecProviderKubernetesServerCaProviderType;
}
export declare function toJson_SecretStoreV1Beta1SpecProviderKubernetesServerCaProvider(obj: SecretStoreV1Beta1SpecProviderKubernetesServerCaProvider | undefined): Record<string, any> | undefined;
export interface SecretStoreV1Beta1SpecProviderOnboardbaseAuthApiKeyRef {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export declare function toJson_SecretStoreV1Beta1SpecProviderOnboardbaseAuthApiKeyRef(obj: SecretStoreV1Beta1SpecProviderOnboardbaseAuthApiKeyRef | undefined): Record<string, any> | undefined;
export interface SecretStoreV1Beta1SpecProviderOnboardbaseAuthPasscodeRef {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export declare function toJson_SecretStoreV1Beta1SpecProviderOnboardbaseAuthPasscodeRef(obj: SecretStoreV1Beta1SpecProviderOnboardbaseAuthPasscodeRef | undefined): Record<string, any> | undefined;
export interface SecretStoreV1Beta1SpecProviderOnepasswordAuthSecretRef {
    readonly connectTokenSecretRef: SecretStoreV1Beta1SpecProviderOnepasswordAuthSecretRefConnectTokenSecretRef;
}
export declare function toJson_SecretStoreV1Beta1SpecProviderOnepasswordAuthSecretRef(obj: SecretStoreV1Beta1SpecProviderOnepasswordAuthSecretRef | undefined): Record<string, any> | undefined;
export interface SecretStoreV1Beta1SpecProviderOracleAuthSecretRef {
    readonly fingerprint: SecretStoreV1Beta1SpecProviderOracleAuthSecretRefFingerprint;
    readonly privatekey: SecretStoreV1Beta1SpecProviderOracleAuthSecretRefPrivatekey;
}
export declare function toJson_SecretStoreV1Beta1SpecProviderOracleAuthSecretRef(obj: SecretStoreV1Beta1SpecProviderOracleAuthSecretRef | undefined): Record<string, any> | undefined;
export interface SecretStoreV1Beta1SpecProviderPassboltAuthPasswordSecretRef {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export declare function toJson_SecretStoreV1Beta1SpecProviderPassboltAuthPasswordSecretRef(obj: SecretStoreV1Beta1SpecProviderPassboltAuthPasswordSecretRef | undefined): Record<string, any> | undefined;
export interface SecretStoreV1Beta1SpecProviderPassboltAuthPrivateKeySecretRef {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export declare function toJson_SecretStoreV1Beta1SpecProviderPassboltAuthPrivateKeySecretRef(obj: SecretStoreV1Beta1SpecProviderPassboltAuthPrivateKeySecretRef | undefined): Record<string, any> | undefined;
export interface SecretStoreV1Beta1SpecProviderPassworddepotAuthSecretRef {
    readonly credentials?: SecretStoreV1Beta1SpecProviderPassworddepotAuthSecretRefCredentials;
}
export declare function toJson_SecretStoreV1Beta1SpecProviderPassworddepotAuthSecretRef(obj: SecretStoreV1Beta1SpecProviderPassworddepotAuthSecretRef | undefined): Record<string, any> | undefined;
export interface SecretStoreV1Beta1SpecProviderPreviderAuthSecretRef {
    readonly accessToken: SecretStoreV1Beta1SpecProviderPreviderAuthSecretRefAccessToken;
}
export declare function toJson_SecretStoreV1Beta1SpecProviderPreviderAuthSecretRef(obj: SecretStoreV1Beta1SpecProviderPreviderAuthSecretRef | undefined): Record<string, any> | undefined;
export interface SecretStoreV1Beta1SpecProviderPulumiAccessTokenSecretRef {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export declare function toJson_SecretStoreV1Beta1SpecProviderPulumiAccessTokenSecretRef(obj: SecretStoreV1Beta1SpecProviderPulumiAccessTokenSecretRef | undefined): Record<string, any> | undefined;
export interface SecretStoreV1Beta1SpecProviderScalewayAccessKeySecretRef {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export declare function toJson_SecretStoreV1Beta1SpecProviderScalewayAccessKeySecretRef(obj: SecretStoreV1Beta1SpecProviderScalewayAccessKeySecretRef | undefined): Record<string, any> | undefined;
export interface SecretStoreV1Beta1SpecProviderScalewaySecretKeySecretRef {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export declare function toJson_SecretStoreV1Beta1SpecProviderScalewaySecretKeySecretRef(obj: SecretStoreV1Beta1SpecProviderScalewaySecretKeySecretRef | undefined): Record<string, any> | undefined;
export interface SecretStoreV1Beta1SpecProviderSecretserverPasswordSecretRef {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export declare function toJson_SecretStoreV1Beta1SpecProviderSecretserverPasswordSecretRef(obj: SecretStoreV1Beta1SpecProviderSecretserverPasswordSecretRef | undefined): Record<string, any> | undefined;
export interface SecretStoreV1Beta1SpecProviderSecretserverUsernameSecretRef {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export declare function toJson_SecretStoreV1Beta1SpecProviderSecretserverUsernameSecretRef(obj: SecretStoreV1Beta1SpecProviderSecretserverUsernameSecretRef | undefined): Record<string, any> | undefined;
export interface SecretStoreV1Beta1SpecProviderSenhaseguraAuthClientSecretSecretRef {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export declare function toJson_SecretStoreV1Beta1SpecProviderSenhaseguraAuthClientSecretSecretRef(obj: SecretStoreV1Beta1SpecProviderSenhaseguraAuthClientSecretSecretRef | undefined): Record<string, any> | undefined;
export interface SecretStoreV1Beta1SpecProviderVaultAuthAppRole {
    readonly path: string;
    readonly roleId?: string;
    readonly roleRef?: SecretStoreV1Beta1SpecProviderVaultAuthAppRoleRoleRef;
    readonly secretRef: SecretStoreV1Beta1SpecProviderVaultAuthAppRoleSecretRef;
}
export declare function toJson_SecretStoreV1Beta1SpecProviderVaultAuthAppRole(obj: SecretStoreV1Beta1SpecProviderVaultAuthAppRole | undefined): Record<string, any> | undefined;
export interface SecretStoreV1Beta1SpecProviderVaultAuthCert {
    readonly clientCert?: SecretStoreV1Beta1SpecProviderVaultAuthCertClientCert;
    readonly secretRef?: SecretStoreV1Beta1SpecProviderVaultAuthCertSecretRef;
}
export declare function toJson_SecretStoreV1Beta1SpecProviderVaultAuthCert(obj: SecretStoreV1Beta1SpecProviderVaultAuthCert | undefined): Record<string, any> | undefined;
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
export declare function toJson_SecretStoreV1Beta1SpecProviderVaultAuthIam(obj: SecretStoreV1Beta1SpecProviderVaultAuthIam | undefined): Record<string, any> | undefined;
export interface SecretStoreV1Beta1SpecProviderVaultAuthJwt {
    readonly kubernetesServiceAccountToken?: SecretStoreV1Beta1SpecProviderVaultAuthJwtKubernetesServiceAccountToken;
    readonly path: string;
    readonly role?: string;
    readonly secretRef?: SecretStoreV1Beta1SpecProviderVaultAuthJwtSecretRef;
}
export declare function toJson_SecretStoreV1Beta1SpecProviderVaultAuthJwt(obj: SecretStoreV1Beta1SpecProviderVaultAuthJwt | undefined): Record<string, any> | undefined;
export interface SecretStoreV1Beta1SpecProviderVaultAuthKubernetes {
    readonly mountPath: string;
    readonly role: string;
    readonly secretRef?: SecretStoreV1Beta1SpecProviderVaultAuthKubernetesSecretRef;
    readonly serviceAccountRef?: SecretStoreV1Beta1SpecProviderVaultAuthKubernetesServiceAccountRef;
}
export declare function toJson_SecretStoreV1Beta1SpecProviderVaultAuthKubernetes(obj: SecretStoreV1Beta1SpecProviderVaultAuthKubernetes | undefined): Record<string, any> | undefined;
export interface SecretStoreV1Beta1SpecProviderVaultAuthLdap {
    readonly path: string;
    readonly secretRef?: SecretStoreV1Beta1SpecProviderVaultAuthLdapSecretRef;
    readonly username: string;
}
export declare function toJson_SecretStoreV1Beta1SpecProviderVaultAuthLdap(obj: SecretStoreV1Beta1SpecProviderVaultAuthLdap | undefined): Record<string, any> | undefined;
export interface SecretStoreV1Beta1SpecProviderVaultAuthTokenSecretRef {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export declare function toJson_SecretStoreV1Beta1SpecProviderVaultAuthTokenSecretRef(obj: SecretStoreV1Beta1SpecProviderVaultAuthTokenSecretRef | undefined): Record<string, any> | undefined;
export interface SecretStoreV1Beta1SpecProviderVaultAuthUserPass {
    readonly path: string;
    readonly secretRef?: SecretStoreV1Beta1SpecProviderVaultAuthUserPassSecretRef;
    readonly username: string;
}
export declare function toJson_SecretStoreV1Beta1SpecProviderVaultAuthUserPass(obj: SecretStoreV1Beta1SpecProviderVaultAuthUserPass | undefined): Record<string, any> | undefined;
export declare enum SecretStoreV1Beta1SpecProviderVaultCaProviderType {
    SECRET = "Secret",
    CONFIG_MAP = "ConfigMap"
}
export interface SecretStoreV1Beta1SpecProviderVaultTlsCertSecretRef {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export declare function toJson_SecretStoreV1Beta1SpecProviderVaultTlsCertSecretRef(obj: SecretStoreV1Beta1SpecProviderVaultTlsCertSecretRef | undefined): Record<string, any> | undefined;
export interface SecretStoreV1Beta1SpecProviderVaultTlsKeySecretRef {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export declare function toJson_SecretStoreV1Beta1SpecProviderVaultTlsKeySecretRef(obj: SecretStoreV1Beta1SpecProviderVaultTlsKeySecretRef | undefined): Record<string, any> | undefined;
export interface SecretStoreV1Beta1SpecProviderWebhookAuthNtlm {
    readonly passwordSecret: SecretStoreV1Beta1SpecProviderWebhookAuthNtlmPasswordSecret;
    readonly usernameSecret: SecretStoreV1Beta1SpecProviderWebhookAuthNtlmUsernameSecret;
}
export declare function toJson_SecretStoreV1Beta1SpecProviderWebhookAuthNtlm(obj: SecretStoreV1Beta1SpecProviderWebhookAuthNtlm | undefined): Record<string, any> | undefined;
export declare enum SecretStoreV1Beta1SpecProviderWebhookCaProviderType {
    SECRET = "Secret",
    CONFIG_MAP = "ConfigMap"
}
export interface SecretStoreV1Beta1SpecProviderWebhookSecretsSecretRef {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export declare function toJson_SecretStoreV1Beta1SpecProviderWebhookSecretsSecretRef(obj: SecretStoreV1Beta1SpecProviderWebhookSecretsSecretRef | undefined): Record<string, any> | undefined;
export interface SecretStoreV1Beta1SpecProviderYandexcertificatemanagerAuthAuthorizedKeySecretRef {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export declare function toJson_SecretStoreV1Beta1SpecProviderYandexcertificatemanagerAuthAuthorizedKeySecretRef(obj: SecretStoreV1Beta1SpecProviderYandexcertificatemanagerAuthAuthorizedKeySecretRef | undefined): Record<string, any> | undefined;
export interface SecretStoreV1Beta1SpecProviderYandexcertificatemanagerCaProviderCertSecretRef {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export declare function toJson_SecretStoreV1Beta1SpecProviderYandexcertificatemanagerCaProviderCertSecretRef(obj: SecretStoreV1Beta1SpecProviderYandexcertificatemanagerCaProviderCertSecretRef | undefined): Record<string, any> | undefined;
export interface SecretStoreV1Beta1SpecProviderYandexlockboxAuthAuthorizedKeySecretRef {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export declare function toJson_SecretStoreV1Beta1SpecProviderYandexlockboxAuthAuthorizedKeySecretRef(obj: SecretStoreV1Beta1SpecProviderYandexlockboxAuthAuthorizedKeySecretRef | undefined): Record<string, any> | undefined;
export interface SecretStoreV1Beta1SpecProviderYandexlockboxCaProviderCertSecretRef {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export declare function toJson_SecretStoreV1Beta1SpecProviderYandexlockboxCaProviderCertSecretRef(obj: SecretStoreV1Beta1SpecProviderYandexlockboxCaProviderCertSecretRef | undefined): Record<string, any> | undefined;
export interface SecretStoreV1Beta1SpecProviderAkeylessAuthSecretRefKubernetesAuthSecretRef {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export declare function toJson_SecretStoreV1Beta1SpecProviderAkeylessAuthSecretRefKubernetesAuthSecretRef(obj: SecretStoreV1Beta1SpecProviderAkeylessAuthSecretRefKubernetesAuthSecretRef | undefined): Record<string, any> | undefined;
export interface SecretStoreV1Beta1SpecProviderAkeylessAuthSecretRefKubernetesAuthServiceAccountRef {
    readonly audiences?: string[];
    readonly name: string;
    readonly namespace?: string;
}
export declare function toJson_SecretStoreV1Beta1SpecProviderAkeylessAuthSecretRefKubernetesAuthServiceAccountRef(obj: SecretStoreV1Beta1SpecProviderAkeylessAuthSecretRefKubernetesAuthServiceAccountRef | undefined): Record<string, any> | undefined;
export interface SecretStoreV1Beta1SpecProviderAkeylessAuthSecretRefSecretRefAccessId {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export declare function toJson_SecretStoreV1Beta1SpecProviderAkeylessAuthSecretRefSecretRefAccessId(obj: SecretStoreV1Beta1SpecProviderAkeylessAuthSecretRefSecretRefAccessId | undefined): Record<string, any> | undefined;
export interface SecretStoreV1Beta1SpecProviderAkeylessAuthSecretRefSecretRefAccessType {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export declare function toJson_SecretStoreV1Beta1SpecProviderAkeylessAuthSecretRefSecretRefAccessType(obj: SecretStoreV1Beta1SpecProviderAkeylessAuthSecretRefSecretRefAccessType | undefined): Record<string, any> | undefined;
export interface SecretStoreV1Beta1SpecProviderAkeylessAuthSecretRefSecretRefAccessTypeParam {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export declare function toJson_SecretStoreV1Beta1SpecProviderAkeylessAuthSecretRefSecretRefAccessTypeParam(obj: SecretStoreV1Beta1SpecProviderAkeylessAuthSecretRefSecretRefAccessTypeParam | undefined): Record<string, any> | undefined;
export interface SecretStoreV1Beta1SpecProviderAlibabaAuthSecretRefAccessKeyIdSecretRef {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export declare function toJson_SecretStoreV1Beta1SpecProviderAlibabaAuthSecretRefAccessKeyIdSecretRef(obj: SecretStoreV1Beta1SpecProviderAlibabaAuthSecretRefAccessKeyIdSecretRef | undefined): Record<string, any> | undefined;
export interface SecretStoreV1Beta1SpecProviderAlibabaAuthSecretRefAccessKeySecretSecretRef {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export declare function toJson_SecretStoreV1Beta1SpecProviderAlibabaAuthSecretRefAccessKeySecretSecretRef(obj: SecretStoreV1Beta1SpecProviderAlibabaAuthSecretRefAccessKeySecretSecretRef | undefined): Record<string, any> | undefined;
export interface SecretStoreV1Beta1SpecProviderAwsAuthJwtServiceAccountRef {
    readonly audiences?: string[];
    readonly name: string;
    readonly namespace?: string;
}
export declare function toJson_SecretStoreV1Beta1SpecProviderAwsAuthJwtServiceAccountRef(obj: SecretStoreV1Beta1SpecProviderAwsAuthJwtServiceAccountRef | undefined): Record<string, any> | undefined;
export interface SecretStoreV1Beta1SpecProviderAwsAuthSecretRefAccessKeyIdSecretRef {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export declare function toJson_SecretStoreV1Beta1SpecProviderAwsAuthSecretRefAccessKeyIdSecretRef(obj: SecretStoreV1Beta1SpecProviderAwsAuthSecretRefAccessKeyIdSecretRef | undefined): Record<string, any> | undefined;
export interface SecretStoreV1Beta1SpecProviderAwsAuthSecretRefSecretAccessKeySecretRef {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export declare function toJson_SecretStoreV1Beta1SpecProviderAwsAuthSecretRefSecretAccessKeySecretRef(obj: SecretStoreV1Beta1SpecProviderAwsAuthSecretRefSecretAccessKeySecretRef | undefined): Record<string, any> | undefined;
export interface SecretStoreV1Beta1SpecProviderAwsAuthSecretRefSessionTokenSecretRef {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export declare function toJson_SecretStoreV1Beta1SpecProviderAwsAuthSecretRefSessionTokenSecretRef(obj: SecretStoreV1Beta1SpecProviderAwsAuthSecretRefSessionTokenSecretRef | undefined): Record<string, any> | undefined;
export interface SecretStoreV1Beta1SpecProviderBeyondtrustAuthApiKeySecretRef {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export declare function toJson_SecretStoreV1Beta1SpecProviderBeyondtrustAuthApiKeySecretRef(obj: SecretStoreV1Beta1SpecProviderBeyondtrustAuthApiKeySecretRef | undefined): Record<string, any> | undefined;
export interface SecretStoreV1Beta1SpecProviderBeyondtrustAuthCertificateSecretRef {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export declare function toJson_SecretStoreV1Beta1SpecProviderBeyondtrustAuthCertificateSecretRef(obj: SecretStoreV1Beta1SpecProviderBeyondtrustAuthCertificateSecretRef | undefined): Record<string, any> | undefined;
export interface SecretStoreV1Beta1SpecProviderBeyondtrustAuthCertificateKeySecretRef {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export declare function toJson_SecretStoreV1Beta1SpecProviderBeyondtrustAuthCertificateKeySecretRef(obj: SecretStoreV1Beta1SpecProviderBeyondtrustAuthCertificateKeySecretRef | undefined): Record<string, any> | undefined;
export interface SecretStoreV1Beta1SpecProviderBeyondtrustAuthClientIdSecretRef {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export declare function toJson_SecretStoreV1Beta1SpecProviderBeyondtrustAuthClientIdSecretRef(obj: SecretStoreV1Beta1SpecProviderBeyondtrustAuthClientIdSecretRef | undefined): Record<string, any> | undefined;
export interface SecretStoreV1Beta1SpecProviderBeyondtrustAuthClientSecretSecretRef {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export declare function toJson_SecretStoreV1Beta1SpecProviderBeyondtrustAuthClientSecretSecretRef(obj: SecretStoreV1Beta1SpecProviderBeyondtrustAuthClientSecretSecretRef | undefined): Record<string, any> | undefined;
export interface SecretStoreV1Beta1SpecProviderBitwardensecretsmanagerAuthSecretRefCredentials {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export declare function toJson_SecretStoreV1Beta1SpecProviderBitwardensecretsmanagerAuthSecretRefCredentials(obj: SecretStoreV1Beta1SpecProviderBitwardensecretsmanagerAuthSecretRefCredentials | undefined): Record<string, any> | undefined;
export interface SecretStoreV1Beta1SpecProviderChefAuthSecretRefPrivateKeySecretRef {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export declare function toJson_SecretStoreV1Beta1SpecProviderChefAuthSecretRefPrivateKeySecretRef(obj: SecretStoreV1Beta1SpecProviderChefAuthSecretRefPrivateKeySecretRef | undefined): Record<string, any> | undefined;
export interface SecretStoreV1Beta1SpecProviderCloudrusmAuthSecretRefAccessKeyIdSecretRef {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export declare function toJson_SecretStoreV1Beta1SpecProviderCloudrusmAuthSecretRefAccessKeyIdSecretRef(obj: SecretStoreV1Beta1SpecProviderCloudrusmAuthSecretRefAccessKeyIdSecretRef | undefined): Record<string, any> | undefined;
export interface SecretStoreV1Beta1SpecProviderCloudrusmAuthSecretRefAccessKeySecretSecretRef {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export declare function toJson_SecretStoreV1Beta1SpecProviderCloudrusmAuthSecretRefAccessKeySecretSecretRef(obj: SecretStoreV1Beta1SpecProviderCloudrusmAuthSecretRefAccessKeySecretSecretRef | undefined): Record<string, any> | undefined;
export interface SecretStoreV1Beta1SpecProviderConjurAuthApikeyApiKeyRef {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export declare function toJson_SecretStoreV1Beta1SpecProviderConjurAuthApikeyApiKeyRef(obj: SecretStoreV1Beta1SpecProviderConjurAuthApikeyApiKeyRef | undefined): Record<string, any> | undefined;
export interface SecretStoreV1Beta1SpecProviderConjurAuthApikeyUserRef {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export declare function toJson_SecretStoreV1Beta1SpecProviderConjurAuthApikeyUserRef(obj: SecretStoreV1Beta1SpecProviderConjurAuthApikeyUserRef | undefined): Record<string, any> | undefined;
export interface SecretStoreV1Beta1SpecProviderConjurAuthJwtSecretRef {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export declare function toJson_SecretStoreV1Beta1SpecProviderConjurAuthJwtSecretRef(obj: SecretStoreV1Beta1SpecProviderConjurAuthJwtSecretRef | undefined): Record<string, any> | undefined;
export interface SecretStoreV1Beta1SpecProviderConjurAuthJwtServiceAccountRef {
    readonly audiences?: string[];
    readonly name: string;
    readonly namespace?: string;
}
export declare function toJson_SecretStoreV1Beta1SpecProviderConjurAuthJwtServiceAccountRef(obj: SecretStoreV1Beta1SpecProviderConjurAuthJwtServiceAccountRef | undefined): Record<string, any> | undefined;
export interface SecretStoreV1Beta1SpecProviderDevice42AuthSecretRefCredentials {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export declare function toJson_SecretStoreV1Beta1SpecProviderDevice42AuthSecretRefCredentials(obj: SecretStoreV1Beta1SpecProviderDevice42AuthSecretRefCredentials | undefined): Record<string, any> | undefined;
export interface SecretStoreV1Beta1SpecProviderDopplerAuthSecretRefDopplerToken {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export declare function toJson_SecretStoreV1Beta1SpecProviderDopplerAuthSecretRefDopplerToken(obj: SecretStoreV1Beta1SpecProviderDopplerAuthSecretRefDopplerToken | undefined): Record<string, any> | undefined;
export interface SecretStoreV1Beta1SpecProviderGcpsmAuthSecretRefSecretAccessKeySecretRef {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export declare function toJson_SecretStoreV1Beta1SpecProviderGcpsmAuthSecretRefSecretAccessKeySecretRef(obj: SecretStoreV1Beta1SpecProviderGcpsmAuthSecretRefSecretAccessKeySecretRef | undefined): Record<string, any> | undefined;
export interface SecretStoreV1Beta1SpecProviderGcpsmAuthWorkloadIdentityServiceAccountRef {
    readonly audiences?: string[];
    readonly name: string;
    readonly namespace?: string;
}
export declare function toJson_SecretStoreV1Beta1SpecProviderGcpsmAuthWorkloadIdentityServiceAccountRef(obj: SecretStoreV1Beta1SpecProviderGcpsmAuthWorkloadIdentityServiceAccountRef | undefined): Record<string, any> | undefined;
export interface SecretStoreV1Beta1SpecProviderGitlabAuthSecretRefAccessToken {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export declare function toJson_SecretStoreV1Beta1SpecProviderGitlabAuthSecretRefAccessToken(obj: SecretStoreV1Beta1SpecProviderGitlabAuthSecretRefAccessToken | undefined): Record<string, any> | undefined;
export interface SecretStoreV1Beta1SpecProviderIbmAuthSecretRefSecretApiKeySecretRef {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export declare function toJson_SecretStoreV1Beta1SpecProviderIbmAuthSecretRefSecretApiKeySecretRef(obj: SecretStoreV1Beta1SpecProviderIbmAuthSecretRefSecretApiKeySecretRef | undefined): Record<string, any> | undefined;
export interface SecretStoreV1Beta1SpecProviderInfisicalAuthUniversalAuthCredentialsClientId {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export declare function toJson_SecretStoreV1Beta1SpecProviderInfisicalAuthUniversalAuthCredentialsClientId(obj: SecretStoreV1Beta1SpecProviderInfisicalAuthUniversalAuthCredentialsClientId | undefined): Record<string, any> | undefined;
export interface SecretStoreV1Beta1SpecProviderInfisicalAuthUniversalAuthCredentialsClientSecret {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export declare function toJson_SecretStoreV1Beta1SpecProviderInfisicalAuthUniversalAuthCredentialsClientSecret(obj: SecretStoreV1Beta1SpecProviderInfisicalAuthUniversalAuthCredentialsClientSecret | undefined): Record<string, any> | undefined;
export interface SecretStoreV1Beta1SpecProviderKubernetesAuthCertClientCert {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export declare function toJson_SecretStoreV1Beta1SpecProviderKubernetesAuthCertClientCert(obj: SecretStoreV1Beta1SpecProviderKubernetesAuthCertClientCert | undefined): Record<string, any> | undefined;
export interface SecretStoreV1Beta1SpecProviderKubernetesAuthCertClientKey {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export declare function toJson_SecretStoreV1Beta1SpecProviderKubernetesAuthCertClientKey(obj: SecretStoreV1Beta1SpecProviderKubernetesAuthCertClientKey | undefined): Record<string, any> | undefined;
export interface SecretStoreV1Beta1SpecProviderKubernetesAuthTokenBearerToken {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export declare function toJson_SecretStoreV1Beta1SpecProviderKubernetesAuthTokenBearerToken(obj: SecretStoreV1Beta1SpecProviderKubernetesAuthTokenBearerToken | undefined): Record<string, any> | undefined;
export declare enum SecretStoreV1Beta1SpecProviderKubernetesServerCaProviderType {
    SECRET = "Secret",
    CONFIG_MAP = "ConfigMap"
}
export interface SecretStoreV1Beta1SpecProviderOnepasswordAuthSecretRefConnectTokenSecretRef {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export declare function toJson_SecretStoreV1Beta1SpecProviderOnepasswordAuthSecretRefConnectTokenSecretRef(obj: SecretStoreV1Beta1SpecProviderOnepasswordAuthSecretRefConnectTokenSecretRef | undefined): Record<string, any> | undefined;
export interface SecretStoreV1Beta1SpecProviderOracleAuthSecretRefFingerprint {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export declare function toJson_SecretStoreV1Beta1SpecProviderOracleAuthSecretRefFingerprint(obj: SecretStoreV1Beta1SpecProviderOracleAuthSecretRefFingerprint | undefined): Record<string, any> | undefined;
export interface SecretStoreV1Beta1SpecProviderOracleAuthSecretRefPrivatekey {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export declare function toJson_SecretStoreV1Beta1SpecProviderOracleAuthSecretRefPrivatekey(obj: SecretStoreV1Beta1SpecProviderOracleAuthSecretRefPrivatekey | undefined): Record<string, any> | undefined;
export interface SecretStoreV1Beta1SpecProviderPassworddepotAuthSecretRefCredentials {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export declare function toJson_SecretStoreV1Beta1SpecProviderPassworddepotAuthSecretRefCredentials(obj: SecretStoreV1Beta1SpecProviderPassworddepotAuthSecretRefCredentials | undefined): Record<string, any> | undefined;
export interface SecretStoreV1Beta1SpecProviderPreviderAuthSecretRefAccessToken {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export declare function toJson_SecretStoreV1Beta1SpecProviderPreviderAuthSecretRefAccessToken(obj: SecretStoreV1Beta1SpecProviderPreviderAuthSecretRefAccessToken | undefined): Record<string, any> | undefined;
export interface SecretStoreV1Beta1SpecProviderVaultAuthAppRoleRoleRef {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export declare function toJson_SecretStoreV1Beta1SpecProviderVaultAuthAppRoleRoleRef(obj: SecretStoreV1Beta1SpecProviderVaultAuthAppRoleRoleRef | undefined): Record<string, any> | undefined;
export interface SecretStoreV1Beta1SpecProviderVaultAuthAppRoleSecretRef {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export declare function toJson_SecretStoreV1Beta1SpecProviderVaultAuthAppRoleSecretRef(obj: SecretStoreV1Beta1SpecProviderVaultAuthAppRoleSecretRef | undefined): Record<string, any> | undefined;
export interface SecretStoreV1Beta1SpecProviderVaultAuthCertClientCert {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export declare function toJson_SecretStoreV1Beta1SpecProviderVaultAuthCertClientCert(obj: SecretStoreV1Beta1SpecProviderVaultAuthCertClientCert | undefined): Record<string, any> | undefined;
export interface SecretStoreV1Beta1SpecProviderVaultAuthCertSecretRef {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export declare function toJson_SecretStoreV1Beta1SpecProviderVaultAuthCertSecretRef(obj: SecretStoreV1Beta1SpecProviderVaultAuthCertSecretRef | undefined): Record<string, any> | undefined;
export interface SecretStoreV1Beta1SpecProviderVaultAuthIamJwt {
    readonly serviceAccountRef?: SecretStoreV1Beta1SpecProviderVaultAuthIamJwtServiceAccountRef;
}
export declare function toJson_SecretStoreV1Beta1SpecProviderVaultAuthIamJwt(obj: SecretStoreV1Beta1SpecProviderVaultAuthIamJwt | undefined): Record<string, any> | undefined;
export interface SecretStoreV1Beta1SpecProviderVaultAuthIamSecretRef {
    readonly accessKeyIdSecretRef?: SecretStoreV1Beta1SpecProviderVaultAuthIamSecretRefAccessKeyIdSecretRef;
    readonly secretAccessKeySecretRef?: SecretStoreV1Beta1SpecProviderVaultAuthIamSecretRefSecretAccessKeySecretRef;
    readonly sessionTokenSecretRef?: SecretStoreV1Beta1SpecProviderVaultAuthIamSecretRefSessionTokenSecretRef;
}
export declare function toJson_SecretStoreV1Beta1SpecProviderVaultAuthIamSecretRef(obj: SecretStoreV1Beta1SpecProviderVaultAuthIamSecretRef | undefined): Record<string, any> | undefined;
export interface SecretStoreV1Beta1SpecProviderVaultAuthJwtKubernetesServiceAccountToken {
    readonly audiences?: string[];
    readonly expirationSeconds?: number;
    readonly serviceAccountRef: SecretStoreV1Beta1SpecProviderVaultAuthJwtKubernetesServiceAccountTokenServiceAccountRef;
}
export declare function toJson_SecretStoreV1Beta1SpecProviderVaultAuthJwtKubernetesServiceAccountToken(obj: SecretStoreV1Beta1SpecProviderVaultAuthJwtKubernetesServiceAccountToken | undefined): Record<string, any> | undefined;
export interface SecretStoreV1Beta1SpecProviderVaultAuthJwtSecretRef {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export declare function toJson_SecretStoreV1Beta1SpecProviderVaultAuthJwtSecretRef(obj: SecretStoreV1Beta1SpecProviderVaultAuthJwtSecretRef | undefined): Record<string, any> | undefined;
export interface SecretStoreV1Beta1SpecProviderVaultAuthKubernetesSecretRef {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export declare function toJson_SecretStoreV1Beta1SpecProviderVaultAuthKubernetesSecretRef(obj: SecretStoreV1Beta1SpecProviderVaultAuthKubernetesSecretRef | undefined): Record<string, any> | undefined;
export interface SecretStoreV1Beta1SpecProviderVaultAuthKubernetesServiceAccountRef {
    readonly audiences?: string[];
    readonly name: string;
    readonly namespace?: string;
}
export declare function toJson_SecretStoreV1Beta1SpecProviderVaultAuthKubernetesServiceAccountRef(obj: SecretStoreV1Beta1SpecProviderVaultAuthKubernetesServiceAccountRef | undefined): Record<string, any> | undefined;
export interface SecretStoreV1Beta1SpecProviderVaultAuthLdapSecretRef {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export declare function toJson_SecretStoreV1Beta1SpecProviderVaultAuthLdapSecretRef(obj: SecretStoreV1Beta1SpecProviderVaultAuthLdapSecretRef | undefined): Record<string, any> | undefined;
export interface SecretStoreV1Beta1SpecProviderVaultAuthUserPassSecretRef {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export declare function toJson_SecretStoreV1Beta1SpecProviderVaultAuthUserPassSecretRef(obj: SecretStoreV1Beta1SpecProviderVaultAuthUserPassSecretRef | undefined): Record<string, any> | undefined;
export interface SecretStoreV1Beta1SpecProviderWebhookAuthNtlmPasswordSecret {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export declare function toJson_SecretStoreV1Beta1SpecProviderWebhookAuthNtlmPasswordSecret(obj: SecretStoreV1Beta1SpecProviderWebhookAuthNtlmPasswordSecret | undefined): Record<string, any> | undefined;
export interface SecretStoreV1Beta1SpecProviderWebhookAuthNtlmUsernameSecret {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export declare function toJson_SecretStoreV1Beta1SpecProviderWebhookAuthNtlmUsernameSecret(obj: SecretStoreV1Beta1SpecProviderWebhookAuthNtlmUsernameSecret | undefined): Record<string, any> | undefined;
export interface SecretStoreV1Beta1SpecProviderVaultAuthIamJwtServiceAccountRef {
    readonly audiences?: string[];
    readonly name: string;
    readonly namespace?: string;
}
export declare function toJson_SecretStoreV1Beta1SpecProviderVaultAuthIamJwtServiceAccountRef(obj: SecretStoreV1Beta1SpecProviderVaultAuthIamJwtServiceAccountRef | undefined): Record<string, any> | undefined;
export interface SecretStoreV1Beta1SpecProviderVaultAuthIamSecretRefAccessKeyIdSecretRef {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export declare function toJson_SecretStoreV1Beta1SpecProviderVaultAuthIamSecretRefAccessKeyIdSecretRef(obj: SecretStoreV1Beta1SpecProviderVaultAuthIamSecretRefAccessKeyIdSecretRef | undefined): Record<string, any> | undefined;
export interface SecretStoreV1Beta1SpecProviderVaultAuthIamSecretRefSecretAccessKeySecretRef {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export declare function toJson_SecretStoreV1Beta1SpecProviderVaultAuthIamSecretRefSecretAccessKeySecretRef(obj: SecretStoreV1Beta1SpecProviderVaultAuthIamSecretRefSecretAccessKeySecretRef | undefined): Record<string, any> | undefined;
export interface SecretStoreV1Beta1SpecProviderVaultAuthIamSecretRefSessionTokenSecretRef {
    readonly key?: string;
    readonly name?: string;
    readonly namespace?: string;
}
export declare function toJson_SecretStoreV1Beta1SpecProviderVaultAuthIamSecretRefSessionTokenSecretRef(obj: SecretStoreV1Beta1SpecProviderVaultAuthIamSecretRefSessionTokenSecretRef | undefined): Record<string, any> | undefined;
export interface SecretStoreV1Beta1SpecProviderVaultAuthJwtKubernetesServiceAccountTokenServiceAccountRef {
    readonly audiences?: string[];
    readonly name: string;
    readonly namespace?: string;
}
export declare function toJson_SecretStoreV1Beta1SpecProviderVaultAuthJwtKubernetesServiceAccountTokenServiceAccountRef(obj: SecretStoreV1Beta1SpecProviderVaultAuthJwtKubernetesServiceAccountTokenServiceAccountRef | undefined): Record<string, any> | undefined;
