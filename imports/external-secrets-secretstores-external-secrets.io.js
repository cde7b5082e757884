"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.SecretStoreV1Beta1SpecProviderKubernetesServerCaProviderType = exports.SecretStoreV1Beta1SpecProviderWebhookCaProviderType = exports.SecretStoreV1Beta1SpecProviderVaultCaProviderType = exports.SecretStoreV1Beta1SpecProviderGitlabCaProviderType = exports.SecretStoreV1Beta1SpecProviderConjurCaProviderType = exports.SecretStoreV1Beta1SpecProviderBitwardensecretsmanagerCaProviderType = exports.SecretStoreV1Beta1SpecProviderAkeylessCaProviderType = exports.SecretStoreV1Beta1SpecProviderVaultVersion = exports.SecretStoreV1Beta1SpecProviderOraclePrincipalType = exports.SecretStoreV1Beta1SpecProviderDopplerNameTransformer = exports.SecretStoreV1Beta1SpecProviderDopplerFormat = exports.SecretStoreV1Beta1SpecProviderAzurekvEnvironmentType = exports.SecretStoreV1Beta1SpecProviderAzurekvAuthType = exports.SecretStoreV1Beta1SpecProviderAwsService = exports.SecretStoreV1Beta1 = exports.SecretStoreSpecProviderOvhAuthMtlsCaProviderType = exports.SecretStoreSpecProviderKubernetesServerCaProviderType = exports.SecretStoreSpecProviderCrdServerCaProviderType = exports.SecretStoreSpecProviderWebhookCaProviderType = exports.SecretStoreSpecProviderVaultCaProviderType = exports.SecretStoreSpecProviderSecretserverCaProviderType = exports.SecretStoreSpecProviderPassboltCaProviderType = exports.SecretStoreSpecProviderOpenBaoCaProviderType = exports.SecretStoreSpecProviderInfisicalCaProviderType = exports.SecretStoreSpecProviderGitlabCaProviderType = exports.SecretStoreSpecProviderConjurCaProviderType = exports.SecretStoreSpecProviderBitwardensecretsmanagerCaProviderType = exports.SecretStoreSpecProviderBeyondtrustworkloadcredentialsCaProviderType = exports.SecretStoreSpecProviderAkeylessCaProviderType = exports.SecretStoreSpecProviderVaultVersion = exports.SecretStoreSpecProviderOraclePrincipalType = exports.SecretStoreSpecProviderOpenBaoVersion = exports.SecretStoreSpecProviderGithubOrgSecretVisibility = exports.SecretStoreSpecProviderDopplerNameTransformer = exports.SecretStoreSpecProviderDopplerFormat = exports.SecretStoreSpecProviderAzurekvEnvironmentType = exports.SecretStoreSpecProviderAzurekvAuthType = exports.SecretStoreSpecProviderAwsSessionTagsPolicy = exports.SecretStoreSpecProviderAwsService = exports.SecretStoreSpecRefreshInterval = exports.SecretStore = void 0;
const lean_serializers_1 = require("./lean-serializers");
const cdk8s_1 = require("cdk8s");
class SecretStore extends cdk8s_1.ApiObject {
    static GVK = {
        apiVersion: 'external-secrets.io/v1',
        kind: 'SecretStore',
    };
    static manifest(props = {}) {
        return {
            ...SecretStore.GVK,
            ...toJson_SecretStoreProps(props),
        };
    }
    constructor(scope, id, props = {}) {
        super(scope, id, {
            ...SecretStore.GVK,
            ...props,
        });
    }
    toJson() {
        const resolved = super.toJson();
        return {
            ...SecretStore.GVK,
            ...toJson_SecretStoreProps(resolved),
        };
    }
}
exports.SecretStore = SecretStore;
function toJson_SecretStoreProps(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'metadata': obj.metadata,
        'spec': toJson_SecretStoreSpec(obj.spec),
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreSpec(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'conditions': obj.conditions?.map(y => toJson_SecretStoreSpecConditions(y)),
        'controller': obj.controller,
        'provider': toJson_SecretStoreSpecProvider(obj.provider),
        'refreshInterval': obj.refreshInterval?.value,
        'retrySettings': toJson_SecretStoreSpecRetrySettings(obj.retrySettings),
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreSpecConditions(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'namespaceRegexes': obj.namespaceRegexes?.map(y => y),
        'namespaceSelector': toJson_SecretStoreSpecConditionsNamespaceSelector(obj.namespaceSelector),
        'namespaces': obj.namespaces?.map(y => y),
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreSpecProvider(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'akeyless': toJson_SecretStoreSpecProviderAkeyless(obj.akeyless),
        'aws': toJson_SecretStoreSpecProviderAws(obj.aws),
        'azurekv': toJson_SecretStoreSpecProviderAzurekv(obj.azurekv),
        'barbican': toJson_SecretStoreSpecProviderBarbican(obj.barbican),
        'beyondtrust': toJson_SecretStoreSpecProviderBeyondtrust(obj.beyondtrust),
        'beyondtrustworkloadcredentials': toJson_SecretStoreSpecProviderBeyondtrustworkloadcredentials(obj.beyondtrustworkloadcredentials),
        'bitwardensecretsmanager': toJson_SecretStoreSpecProviderBitwardensecretsmanager(obj.bitwardensecretsmanager),
        'chef': toJson_SecretStoreSpecProviderChef(obj.chef),
        'cloudrusm': toJson_SecretStoreSpecProviderCloudrusm(obj.cloudrusm),
        'conjur': toJson_SecretStoreSpecProviderConjur(obj.conjur),
        'crd': toJson_SecretStoreSpecProviderCrd(obj.crd),
        'delinea': toJson_SecretStoreSpecProviderDelinea(obj.delinea),
        'doppler': toJson_SecretStoreSpecProviderDoppler(obj.doppler),
        'dvls': toJson_SecretStoreSpecProviderDvls(obj.dvls),
        'fake': toJson_SecretStoreSpecProviderFake(obj.fake),
        'fortanix': toJson_SecretStoreSpecProviderFortanix(obj.fortanix),
        'gcpsm': toJson_SecretStoreSpecProviderGcpsm(obj.gcpsm),
        'github': toJson_SecretStoreSpecProviderGithub(obj.github),
        'gitlab': toJson_SecretStoreSpecProviderGitlab(obj.gitlab),
        'ibm': toJson_SecretStoreSpecProviderIbm(obj.ibm),
        'infisical': toJson_SecretStoreSpecProviderInfisical(obj.infisical),
        'keepersecurity': toJson_SecretStoreSpecProviderKeepersecurity(obj.keepersecurity),
        'kubernetes': toJson_SecretStoreSpecProviderKubernetes(obj.kubernetes),
        'nebiusmysterybox': toJson_SecretStoreSpecProviderNebiusmysterybox(obj.nebiusmysterybox),
        'ngrok': toJson_SecretStoreSpecProviderNgrok(obj.ngrok),
        'onboardbase': toJson_SecretStoreSpecProviderOnboardbase(obj.onboardbase),
        'onepassword': toJson_SecretStoreSpecProviderOnepassword(obj.onepassword),
        'onepasswordSDK': toJson_SecretStoreSpecProviderOnepasswordSdk(obj.onepasswordSdk),
        'openBao': toJson_SecretStoreSpecProviderOpenBao(obj.openBao),
        'oracle': toJson_SecretStoreSpecProviderOracle(obj.oracle),
        'ovh': toJson_SecretStoreSpecProviderOvh(obj.ovh),
        'passbolt': toJson_SecretStoreSpecProviderPassbolt(obj.passbolt),
        'passworddepot': toJson_SecretStoreSpecProviderPassworddepot(obj.passworddepot),
        'previder': toJson_SecretStoreSpecProviderPrevider(obj.previder),
        'pulumi': toJson_SecretStoreSpecProviderPulumi(obj.pulumi),
        'scaleway': toJson_SecretStoreSpecProviderScaleway(obj.scaleway),
        'secretserver': toJson_SecretStoreSpecProviderSecretserver(obj.secretserver),
        'senhasegura': toJson_SecretStoreSpecProviderSenhasegura(obj.senhasegura),
        'vault': toJson_SecretStoreSpecProviderVault(obj.vault),
        'volcengine': toJson_SecretStoreSpecProviderVolcengine(obj.volcengine),
        'webhook': toJson_SecretStoreSpecProviderWebhook(obj.webhook),
        'yandexcertificatemanager': toJson_SecretStoreSpecProviderYandexcertificatemanager(obj.yandexcertificatemanager),
        'yandexlockbox': toJson_SecretStoreSpecProviderYandexlockbox(obj.yandexlockbox),
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
class SecretStoreSpecRefreshInterval {
    value;
    static fromNumber(value) {
        return new SecretStoreSpecRefreshInterval(value);
    }
    static fromString(value) {
        return new SecretStoreSpecRefreshInterval(value);
    }
    constructor(value) {
        this.value = value;
    }
}
exports.SecretStoreSpecRefreshInterval = SecretStoreSpecRefreshInterval;
function toJson_SecretStoreSpecRetrySettings(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'maxRetries': obj.maxRetries,
        'retryInterval': obj.retryInterval,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreSpecConditionsNamespaceSelector(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'matchExpressions': obj.matchExpressions?.map(y => toJson_SecretStoreSpecConditionsNamespaceSelectorMatchExpressions(y)),
        'matchLabels': ((obj.matchLabels) === undefined) ? undefined : ((0, lean_serializers_1.mapDefinedEntries)(obj.matchLabels, (value) => value)),
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreSpecProviderAkeyless(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'akeylessGWApiURL': obj.akeylessGwApiUrl,
        'authSecretRef': toJson_SecretStoreSpecProviderAkeylessAuthSecretRef(obj.authSecretRef),
        'caBundle': obj.caBundle,
        'caProvider': toJson_SecretStoreSpecProviderAkeylessCaProvider(obj.caProvider),
        'ignoreCache': obj.ignoreCache,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreSpecProviderAws(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'additionalRoles': obj.additionalRoles?.map(y => y),
        'auth': toJson_SecretStoreSpecProviderAwsAuth(obj.auth),
        'customSessionTags': ((obj.customSessionTags) === undefined) ? undefined : ((0, lean_serializers_1.mapDefinedEntries)(obj.customSessionTags, (value) => value)),
        'externalID': obj.externalId,
        'prefix': obj.prefix,
        'region': obj.region,
        'role': obj.role,
        'secretsManager': toJson_SecretStoreSpecProviderAwsSecretsManager(obj.secretsManager),
        'service': obj.service,
        'sessionTags': obj.sessionTags?.map(y => toJson_SecretStoreSpecProviderAwsSessionTags(y)),
        'sessionTagsPolicy': obj.sessionTagsPolicy,
        'transitiveTagKeys': obj.transitiveTagKeys?.map(y => y),
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreSpecProviderAzurekv(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'authSecretRef': toJson_SecretStoreSpecProviderAzurekvAuthSecretRef(obj.authSecretRef),
        'authType': obj.authType,
        'customCloudConfig': toJson_SecretStoreSpecProviderAzurekvCustomCloudConfig(obj.customCloudConfig),
        'environmentType': obj.environmentType,
        'identityId': obj.identityId,
        'serviceAccountRef': toJson_SecretStoreSpecProviderAzurekvServiceAccountRef(obj.serviceAccountRef),
        'tenantId': obj.tenantId,
        'useAzureSDK': obj.useAzureSdk,
        'vaultUrl': obj.vaultUrl,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreSpecProviderBarbican(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'auth': toJson_SecretStoreSpecProviderBarbicanAuth(obj.auth),
        'authURL': obj.authUrl,
        'domainName': obj.domainName,
        'region': obj.region,
        'tenantName': obj.tenantName,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreSpecProviderBeyondtrust(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'auth': toJson_SecretStoreSpecProviderBeyondtrustAuth(obj.auth),
        'server': toJson_SecretStoreSpecProviderBeyondtrustServer(obj.server),
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreSpecProviderBeyondtrustworkloadcredentials(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'auth': toJson_SecretStoreSpecProviderBeyondtrustworkloadcredentialsAuth(obj.auth),
        'caBundle': obj.caBundle,
        'caProvider': toJson_SecretStoreSpecProviderBeyondtrustworkloadcredentialsCaProvider(obj.caProvider),
        'folderPath': obj.folderPath,
        'server': toJson_SecretStoreSpecProviderBeyondtrustworkloadcredentialsServer(obj.server),
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreSpecProviderBitwardensecretsmanager(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'apiURL': obj.apiUrl,
        'auth': toJson_SecretStoreSpecProviderBitwardensecretsmanagerAuth(obj.auth),
        'bitwardenServerSDKURL': obj.bitwardenServerSdkurl,
        'caBundle': obj.caBundle,
        'caProvider': toJson_SecretStoreSpecProviderBitwardensecretsmanagerCaProvider(obj.caProvider),
        'identityURL': obj.identityUrl,
        'organizationID': obj.organizationId,
        'projectID': obj.projectId,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreSpecProviderChef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'auth': toJson_SecretStoreSpecProviderChefAuth(obj.auth),
        'serverUrl': obj.serverUrl,
        'username': obj.username,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreSpecProviderCloudrusm(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'auth': toJson_SecretStoreSpecProviderCloudrusmAuth(obj.auth),
        'projectID': obj.projectId,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreSpecProviderConjur(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'auth': toJson_SecretStoreSpecProviderConjurAuth(obj.auth),
        'caBundle': obj.caBundle,
        'caProvider': toJson_SecretStoreSpecProviderConjurCaProvider(obj.caProvider),
        'url': obj.url,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreSpecProviderCrd(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'auth': toJson_SecretStoreSpecProviderCrdAuth(obj.auth),
        'authRef': toJson_SecretStoreSpecProviderCrdAuthRef(obj.authRef),
        'resource': toJson_SecretStoreSpecProviderCrdResource(obj.resource),
        'server': toJson_SecretStoreSpecProviderCrdServer(obj.server),
        'whitelist': toJson_SecretStoreSpecProviderCrdWhitelist(obj.whitelist),
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreSpecProviderDelinea(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'clientId': toJson_SecretStoreSpecProviderDelineaClientId(obj.clientId),
        'clientSecret': toJson_SecretStoreSpecProviderDelineaClientSecret(obj.clientSecret),
        'tenant': obj.tenant,
        'tld': obj.tld,
        'urlTemplate': obj.urlTemplate,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreSpecProviderDoppler(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'auth': toJson_SecretStoreSpecProviderDopplerAuth(obj.auth),
        'config': obj.config,
        'format': obj.format,
        'nameTransformer': obj.nameTransformer,
        'project': obj.project,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreSpecProviderDvls(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'auth': toJson_SecretStoreSpecProviderDvlsAuth(obj.auth),
        'insecure': obj.insecure,
        'serverUrl': obj.serverUrl,
        'vault': obj.vault,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreSpecProviderFake(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'data': obj.data?.map(y => toJson_SecretStoreSpecProviderFakeData(y)),
        'validationResult': obj.validationResult,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreSpecProviderFortanix(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'apiKey': toJson_SecretStoreSpecProviderFortanixApiKey(obj.apiKey),
        'apiUrl': obj.apiUrl,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreSpecProviderGcpsm(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'auth': toJson_SecretStoreSpecProviderGcpsmAuth(obj.auth),
        'location': obj.location,
        'projectID': obj.projectId,
        'secretVersionSelectionPolicy': obj.secretVersionSelectionPolicy,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreSpecProviderGithub(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'appID': obj.appId,
        'auth': toJson_SecretStoreSpecProviderGithubAuth(obj.auth),
        'environment': obj.environment,
        'installationID': obj.installationId,
        'orgSecretVisibility': obj.orgSecretVisibility,
        'organization': obj.organization,
        'repository': obj.repository,
        'uploadURL': obj.uploadUrl,
        'url': obj.url,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreSpecProviderGitlab(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'auth': toJson_SecretStoreSpecProviderGitlabAuth(obj.auth),
        'caBundle': obj.caBundle,
        'caProvider': toJson_SecretStoreSpecProviderGitlabCaProvider(obj.caProvider),
        'environment': obj.environment,
        'groupIDs': obj.groupIDs?.map(y => y),
        'inheritFromGroups': obj.inheritFromGroups,
        'projectID': obj.projectId,
        'url': obj.url,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreSpecProviderIbm(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'auth': toJson_SecretStoreSpecProviderIbmAuth(obj.auth),
        'serviceUrl': obj.serviceUrl,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreSpecProviderInfisical(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'auth': toJson_SecretStoreSpecProviderInfisicalAuth(obj.auth),
        'caBundle': obj.caBundle,
        'caProvider': toJson_SecretStoreSpecProviderInfisicalCaProvider(obj.caProvider),
        'hostAPI': obj.hostApi,
        'secretsScope': toJson_SecretStoreSpecProviderInfisicalSecretsScope(obj.secretsScope),
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreSpecProviderKeepersecurity(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'authRef': toJson_SecretStoreSpecProviderKeepersecurityAuthRef(obj.authRef),
        'folderID': obj.folderId,
        'getByTitleFallback': obj.getByTitleFallback,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreSpecProviderKubernetes(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'auth': toJson_SecretStoreSpecProviderKubernetesAuth(obj.auth),
        'authRef': toJson_SecretStoreSpecProviderKubernetesAuthRef(obj.authRef),
        'remoteNamespace': obj.remoteNamespace,
        'server': toJson_SecretStoreSpecProviderKubernetesServer(obj.server),
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreSpecProviderNebiusmysterybox(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'apiDomain': obj.apiDomain,
        'auth': toJson_SecretStoreSpecProviderNebiusmysteryboxAuth(obj.auth),
        'caProvider': toJson_SecretStoreSpecProviderNebiusmysteryboxCaProvider(obj.caProvider),
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreSpecProviderNgrok(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'apiUrl': obj.apiUrl,
        'auth': toJson_SecretStoreSpecProviderNgrokAuth(obj.auth),
        'vault': toJson_SecretStoreSpecProviderNgrokVault(obj.vault),
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreSpecProviderOnboardbase(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'apiHost': obj.apiHost,
        'auth': toJson_SecretStoreSpecProviderOnboardbaseAuth(obj.auth),
        'environment': obj.environment,
        'project': obj.project,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreSpecProviderOnepassword(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'auth': toJson_SecretStoreSpecProviderOnepasswordAuth(obj.auth),
        'connectHost': obj.connectHost,
        'vaults': ((obj.vaults) === undefined) ? undefined : ((0, lean_serializers_1.mapDefinedEntries)(obj.vaults, (value) => value)),
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreSpecProviderOnepasswordSdk(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'auth': toJson_SecretStoreSpecProviderOnepasswordSdkAuth(obj.auth),
        'cache': toJson_SecretStoreSpecProviderOnepasswordSdkCache(obj.cache),
        'environment': obj.environment,
        'integrationInfo': toJson_SecretStoreSpecProviderOnepasswordSdkIntegrationInfo(obj.integrationInfo),
        'vault': obj.vault,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreSpecProviderOpenBao(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'auth': toJson_SecretStoreSpecProviderOpenBaoAuth(obj.auth),
        'caBundle': obj.caBundle,
        'caProvider': toJson_SecretStoreSpecProviderOpenBaoCaProvider(obj.caProvider),
        'namespace': obj.namespace,
        'path': obj.path,
        'server': obj.server,
        'version': obj.version,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreSpecProviderOracle(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'auth': toJson_SecretStoreSpecProviderOracleAuth(obj.auth),
        'compartment': obj.compartment,
        'encryptionKey': obj.encryptionKey,
        'principalType': obj.principalType,
        'region': obj.region,
        'serviceAccountRef': toJson_SecretStoreSpecProviderOracleServiceAccountRef(obj.serviceAccountRef),
        'vault': obj.vault,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreSpecProviderOvh(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'auth': toJson_SecretStoreSpecProviderOvhAuth(obj.auth),
        'casRequired': obj.casRequired,
        'okmsTimeout': obj.okmsTimeout,
        'okmsid': obj.okmsid,
        'server': obj.server,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreSpecProviderPassbolt(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'auth': toJson_SecretStoreSpecProviderPassboltAuth(obj.auth),
        'caBundle': obj.caBundle,
        'caProvider': toJson_SecretStoreSpecProviderPassboltCaProvider(obj.caProvider),
        'host': obj.host,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreSpecProviderPassworddepot(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'auth': toJson_SecretStoreSpecProviderPassworddepotAuth(obj.auth),
        'database': obj.database,
        'host': obj.host,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreSpecProviderPrevider(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'auth': toJson_SecretStoreSpecProviderPreviderAuth(obj.auth),
        'baseUri': obj.baseUri,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreSpecProviderPulumi(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'accessToken': toJson_SecretStoreSpecProviderPulumiAccessToken(obj.accessToken),
        'apiUrl': obj.apiUrl,
        'auth': toJson_SecretStoreSpecProviderPulumiAuth(obj.auth),
        'environment': obj.environment,
        'organization': obj.organization,
        'project': obj.project,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreSpecProviderScaleway(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'accessKey': toJson_SecretStoreSpecProviderScalewayAccessKey(obj.accessKey),
        'apiUrl': obj.apiUrl,
        'projectId': obj.projectId,
        'region': obj.region,
        'secretKey': toJson_SecretStoreSpecProviderScalewaySecretKey(obj.secretKey),
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreSpecProviderSecretserver(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'caBundle': obj.caBundle,
        'caProvider': toJson_SecretStoreSpecProviderSecretserverCaProvider(obj.caProvider),
        'domain': obj.domain,
        'password': toJson_SecretStoreSpecProviderSecretserverPassword(obj.password),
        'serverURL': obj.serverUrl,
        'token': toJson_SecretStoreSpecProviderSecretserverToken(obj.token),
        'username': toJson_SecretStoreSpecProviderSecretserverUsername(obj.username),
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreSpecProviderSenhasegura(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'auth': toJson_SecretStoreSpecProviderSenhaseguraAuth(obj.auth),
        'ignoreSslCertificate': obj.ignoreSslCertificate,
        'module': obj.module,
        'url': obj.url,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreSpecProviderVault(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'auth': toJson_SecretStoreSpecProviderVaultAuth(obj.auth),
        'caBundle': obj.caBundle,
        'caProvider': toJson_SecretStoreSpecProviderVaultCaProvider(obj.caProvider),
        'checkAndSet': toJson_SecretStoreSpecProviderVaultCheckAndSet(obj.checkAndSet),
        'forwardInconsistent': obj.forwardInconsistent,
        'headers': ((obj.headers) === undefined) ? undefined : ((0, lean_serializers_1.mapDefinedEntries)(obj.headers, (value) => value)),
        'namespace': obj.namespace,
        'path': obj.path,
        'readYourWrites': obj.readYourWrites,
        'server': obj.server,
        'tls': toJson_SecretStoreSpecProviderVaultTls(obj.tls),
        'version': obj.version,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreSpecProviderVolcengine(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'auth': toJson_SecretStoreSpecProviderVolcengineAuth(obj.auth),
        'region': obj.region,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreSpecProviderWebhook(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'auth': toJson_SecretStoreSpecProviderWebhookAuth(obj.auth),
        'body': obj.body,
        'caBundle': obj.caBundle,
        'caProvider': toJson_SecretStoreSpecProviderWebhookCaProvider(obj.caProvider),
        'headers': ((obj.headers) === undefined) ? undefined : ((0, lean_serializers_1.mapDefinedEntries)(obj.headers, (value) => value)),
        'method': obj.method,
        'result': toJson_SecretStoreSpecProviderWebhookResult(obj.result),
        'secrets': obj.secrets?.map(y => toJson_SecretStoreSpecProviderWebhookSecrets(y)),
        'timeout': obj.timeout,
        'url': obj.url,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreSpecProviderYandexcertificatemanager(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'apiEndpoint': obj.apiEndpoint,
        'auth': toJson_SecretStoreSpecProviderYandexcertificatemanagerAuth(obj.auth),
        'caProvider': toJson_SecretStoreSpecProviderYandexcertificatemanagerCaProvider(obj.caProvider),
        'fetching': toJson_SecretStoreSpecProviderYandexcertificatemanagerFetching(obj.fetching),
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreSpecProviderYandexlockbox(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'apiEndpoint': obj.apiEndpoint,
        'auth': toJson_SecretStoreSpecProviderYandexlockboxAuth(obj.auth),
        'caProvider': toJson_SecretStoreSpecProviderYandexlockboxCaProvider(obj.caProvider),
        'fetching': toJson_SecretStoreSpecProviderYandexlockboxFetching(obj.fetching),
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreSpecConditionsNamespaceSelectorMatchExpressions(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'operator': obj.operator,
        'values': obj.values?.map(y => y),
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreSpecProviderAkeylessAuthSecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'kubernetesAuth': toJson_SecretStoreSpecProviderAkeylessAuthSecretRefKubernetesAuth(obj.kubernetesAuth),
        'secretRef': toJson_SecretStoreSpecProviderAkeylessAuthSecretRefSecretRef(obj.secretRef),
        'serviceAccountRef': toJson_SecretStoreSpecProviderAkeylessAuthSecretRefServiceAccountRef(obj.serviceAccountRef),
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreSpecProviderAkeylessCaProvider(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
        'type': obj.type,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreSpecProviderAwsAuth(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'jwt': toJson_SecretStoreSpecProviderAwsAuthJwt(obj.jwt),
        'secretRef': toJson_SecretStoreSpecProviderAwsAuthSecretRef(obj.secretRef),
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreSpecProviderAwsSecretsManager(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'forceDeleteWithoutRecovery': obj.forceDeleteWithoutRecovery,
        'recoveryWindowInDays': obj.recoveryWindowInDays,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
var SecretStoreSpecProviderAwsService;
(function (SecretStoreSpecProviderAwsService) {
    SecretStoreSpecProviderAwsService["SECRETS_MANAGER"] = "SecretsManager";
    SecretStoreSpecProviderAwsService["PARAMETER_STORE"] = "ParameterStore";
    SecretStoreSpecProviderAwsService["CERTIFICATE_MANAGER"] = "CertificateManager";
})(SecretStoreSpecProviderAwsService || (exports.SecretStoreSpecProviderAwsService = SecretStoreSpecProviderAwsService = {}));
function toJson_SecretStoreSpecProviderAwsSessionTags(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'value': obj.value,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
var SecretStoreSpecProviderAwsSessionTagsPolicy;
(function (SecretStoreSpecProviderAwsSessionTagsPolicy) {
    SecretStoreSpecProviderAwsSessionTagsPolicy["NONE"] = "None";
    SecretStoreSpecProviderAwsSessionTagsPolicy["SIMPLE"] = "Simple";
    SecretStoreSpecProviderAwsSessionTagsPolicy["CUSTOM"] = "Custom";
})(SecretStoreSpecProviderAwsSessionTagsPolicy || (exports.SecretStoreSpecProviderAwsSessionTagsPolicy = SecretStoreSpecProviderAwsSessionTagsPolicy = {}));
function toJson_SecretStoreSpecProviderAzurekvAuthSecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'clientCertificate': toJson_SecretStoreSpecProviderAzurekvAuthSecretRefClientCertificate(obj.clientCertificate),
        'clientId': toJson_SecretStoreSpecProviderAzurekvAuthSecretRefClientId(obj.clientId),
        'clientSecret': toJson_SecretStoreSpecProviderAzurekvAuthSecretRefClientSecret(obj.clientSecret),
        'tenantId': toJson_SecretStoreSpecProviderAzurekvAuthSecretRefTenantId(obj.tenantId),
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
var SecretStoreSpecProviderAzurekvAuthType;
(function (SecretStoreSpecProviderAzurekvAuthType) {
    SecretStoreSpecProviderAzurekvAuthType["SERVICE_PRINCIPAL"] = "ServicePrincipal";
    SecretStoreSpecProviderAzurekvAuthType["MANAGED_IDENTITY"] = "ManagedIdentity";
    SecretStoreSpecProviderAzurekvAuthType["WORKLOAD_IDENTITY"] = "WorkloadIdentity";
})(SecretStoreSpecProviderAzurekvAuthType || (exports.SecretStoreSpecProviderAzurekvAuthType = SecretStoreSpecProviderAzurekvAuthType = {}));
function toJson_SecretStoreSpecProviderAzurekvCustomCloudConfig(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'activeDirectoryEndpoint': obj.activeDirectoryEndpoint,
        'keyVaultDNSSuffix': obj.keyVaultDnsSuffix,
        'keyVaultEndpoint': obj.keyVaultEndpoint,
        'resourceManagerEndpoint': obj.resourceManagerEndpoint,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
var SecretStoreSpecProviderAzurekvEnvironmentType;
(function (SecretStoreSpecProviderAzurekvEnvironmentType) {
    SecretStoreSpecProviderAzurekvEnvironmentType["PUBLIC_CLOUD"] = "PublicCloud";
    SecretStoreSpecProviderAzurekvEnvironmentType["US_GOVERNMENT_CLOUD"] = "USGovernmentCloud";
    SecretStoreSpecProviderAzurekvEnvironmentType["CHINA_CLOUD"] = "ChinaCloud";
    SecretStoreSpecProviderAzurekvEnvironmentType["GERMAN_CLOUD"] = "GermanCloud";
    SecretStoreSpecProviderAzurekvEnvironmentType["AZURE_STACK_CLOUD"] = "AzureStackCloud";
})(SecretStoreSpecProviderAzurekvEnvironmentType || (exports.SecretStoreSpecProviderAzurekvEnvironmentType = SecretStoreSpecProviderAzurekvEnvironmentType = {}));
function toJson_SecretStoreSpecProviderAzurekvServiceAccountRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'audiences': obj.audiences?.map(y => y),
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreSpecProviderBarbicanAuth(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'password': toJson_SecretStoreSpecProviderBarbicanAuthPassword(obj.password),
        'username': toJson_SecretStoreSpecProviderBarbicanAuthUsername(obj.username),
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreSpecProviderBeyondtrustAuth(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'apiKey': toJson_SecretStoreSpecProviderBeyondtrustAuthApiKey(obj.apiKey),
        'certificate': toJson_SecretStoreSpecProviderBeyondtrustAuthCertificate(obj.certificate),
        'certificateKey': toJson_SecretStoreSpecProviderBeyondtrustAuthCertificateKey(obj.certificateKey),
        'clientId': toJson_SecretStoreSpecProviderBeyondtrustAuthClientId(obj.clientId),
        'clientSecret': toJson_SecretStoreSpecProviderBeyondtrustAuthClientSecret(obj.clientSecret),
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreSpecProviderBeyondtrustServer(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'apiUrl': obj.apiUrl,
        'apiVersion': obj.apiVersion,
        'clientTimeOutSeconds': obj.clientTimeOutSeconds,
        'decrypt': obj.decrypt,
        'retrievalType': obj.retrievalType,
        'separator': obj.separator,
        'verifyCA': obj.verifyCa,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreSpecProviderBeyondtrustworkloadcredentialsAuth(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'apikey': toJson_SecretStoreSpecProviderBeyondtrustworkloadcredentialsAuthApikey(obj.apikey),
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreSpecProviderBeyondtrustworkloadcredentialsCaProvider(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
        'type': obj.type,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreSpecProviderBeyondtrustworkloadcredentialsServer(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'apiUrl': obj.apiUrl,
        'siteId': obj.siteId,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreSpecProviderBitwardensecretsmanagerAuth(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'secretRef': toJson_SecretStoreSpecProviderBitwardensecretsmanagerAuthSecretRef(obj.secretRef),
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreSpecProviderBitwardensecretsmanagerCaProvider(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
        'type': obj.type,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreSpecProviderChefAuth(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'secretRef': toJson_SecretStoreSpecProviderChefAuthSecretRef(obj.secretRef),
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreSpecProviderCloudrusmAuth(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'secretRef': toJson_SecretStoreSpecProviderCloudrusmAuthSecretRef(obj.secretRef),
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreSpecProviderConjurAuth(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'apikey': toJson_SecretStoreSpecProviderConjurAuthApikey(obj.apikey),
        'cert': toJson_SecretStoreSpecProviderConjurAuthCert(obj.cert),
        'jwt': toJson_SecretStoreSpecProviderConjurAuthJwt(obj.jwt),
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreSpecProviderConjurCaProvider(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
        'type': obj.type,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreSpecProviderCrdAuth(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'cert': toJson_SecretStoreSpecProviderCrdAuthCert(obj.cert),
        'serviceAccount': toJson_SecretStoreSpecProviderCrdAuthServiceAccount(obj.serviceAccount),
        'token': toJson_SecretStoreSpecProviderCrdAuthToken(obj.token),
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreSpecProviderCrdAuthRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreSpecProviderCrdResource(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'group': obj.group,
        'kind': obj.kind,
        'version': obj.version,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreSpecProviderCrdServer(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'caBundle': obj.caBundle,
        'caProvider': toJson_SecretStoreSpecProviderCrdServerCaProvider(obj.caProvider),
        'url': obj.url,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreSpecProviderCrdWhitelist(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'rules': obj.rules?.map(y => toJson_SecretStoreSpecProviderCrdWhitelistRules(y)),
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreSpecProviderDelineaClientId(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'secretRef': toJson_SecretStoreSpecProviderDelineaClientIdSecretRef(obj.secretRef),
        'value': obj.value,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreSpecProviderDelineaClientSecret(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'secretRef': toJson_SecretStoreSpecProviderDelineaClientSecretSecretRef(obj.secretRef),
        'value': obj.value,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreSpecProviderDopplerAuth(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'oidcConfig': toJson_SecretStoreSpecProviderDopplerAuthOidcConfig(obj.oidcConfig),
        'secretRef': toJson_SecretStoreSpecProviderDopplerAuthSecretRef(obj.secretRef),
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
var SecretStoreSpecProviderDopplerFormat;
(function (SecretStoreSpecProviderDopplerFormat) {
    SecretStoreSpecProviderDopplerFormat["JSON"] = "json";
    SecretStoreSpecProviderDopplerFormat["DOTNET_HYPHEN_JSON"] = "dotnet-json";
    SecretStoreSpecProviderDopplerFormat["ENV"] = "env";
    SecretStoreSpecProviderDopplerFormat["YAML"] = "yaml";
    SecretStoreSpecProviderDopplerFormat["DOCKER"] = "docker";
})(SecretStoreSpecProviderDopplerFormat || (exports.SecretStoreSpecProviderDopplerFormat = SecretStoreSpecProviderDopplerFormat = {}));
var SecretStoreSpecProviderDopplerNameTransformer;
(function (SecretStoreSpecProviderDopplerNameTransformer) {
    SecretStoreSpecProviderDopplerNameTransformer["UPPER_HYPHEN_CAMEL"] = "upper-camel";
    SecretStoreSpecProviderDopplerNameTransformer["CAMEL"] = "camel";
    SecretStoreSpecProviderDopplerNameTransformer["LOWER_HYPHEN_SNAKE"] = "lower-snake";
    SecretStoreSpecProviderDopplerNameTransformer["TF_HYPHEN_VAR"] = "tf-var";
    SecretStoreSpecProviderDopplerNameTransformer["DOTNET_HYPHEN_ENV"] = "dotnet-env";
    SecretStoreSpecProviderDopplerNameTransformer["LOWER_HYPHEN_KEBAB"] = "lower-kebab";
})(SecretStoreSpecProviderDopplerNameTransformer || (exports.SecretStoreSpecProviderDopplerNameTransformer = SecretStoreSpecProviderDopplerNameTransformer = {}));
function toJson_SecretStoreSpecProviderDvlsAuth(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'secretRef': toJson_SecretStoreSpecProviderDvlsAuthSecretRef(obj.secretRef),
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreSpecProviderFakeData(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'value': obj.value,
        'version': obj.version,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreSpecProviderFortanixApiKey(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'secretRef': toJson_SecretStoreSpecProviderFortanixApiKeySecretRef(obj.secretRef),
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreSpecProviderGcpsmAuth(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'secretRef': toJson_SecretStoreSpecProviderGcpsmAuthSecretRef(obj.secretRef),
        'workloadIdentity': toJson_SecretStoreSpecProviderGcpsmAuthWorkloadIdentity(obj.workloadIdentity),
        'workloadIdentityFederation': toJson_SecretStoreSpecProviderGcpsmAuthWorkloadIdentityFederation(obj.workloadIdentityFederation),
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreSpecProviderGithubAuth(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'privateKey': toJson_SecretStoreSpecProviderGithubAuthPrivateKey(obj.privateKey),
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
var SecretStoreSpecProviderGithubOrgSecretVisibility;
(function (SecretStoreSpecProviderGithubOrgSecretVisibility) {
    SecretStoreSpecProviderGithubOrgSecretVisibility["ALL"] = "all";
    SecretStoreSpecProviderGithubOrgSecretVisibility["PRIVATE"] = "private";
})(SecretStoreSpecProviderGithubOrgSecretVisibility || (exports.SecretStoreSpecProviderGithubOrgSecretVisibility = SecretStoreSpecProviderGithubOrgSecretVisibility = {}));
function toJson_SecretStoreSpecProviderGitlabAuth(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'SecretRef': toJson_SecretStoreSpecProviderGitlabAuthSecretRef(obj.secretRef),
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreSpecProviderGitlabCaProvider(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
        'type': obj.type,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreSpecProviderIbmAuth(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'containerAuth': toJson_SecretStoreSpecProviderIbmAuthContainerAuth(obj.containerAuth),
        'secretRef': toJson_SecretStoreSpecProviderIbmAuthSecretRef(obj.secretRef),
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreSpecProviderInfisicalAuth(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'awsAuthCredentials': toJson_SecretStoreSpecProviderInfisicalAuthAwsAuthCredentials(obj.awsAuthCredentials),
        'azureAuthCredentials': toJson_SecretStoreSpecProviderInfisicalAuthAzureAuthCredentials(obj.azureAuthCredentials),
        'gcpIamAuthCredentials': toJson_SecretStoreSpecProviderInfisicalAuthGcpIamAuthCredentials(obj.gcpIamAuthCredentials),
        'gcpIdTokenAuthCredentials': toJson_SecretStoreSpecProviderInfisicalAuthGcpIdTokenAuthCredentials(obj.gcpIdTokenAuthCredentials),
        'jwtAuthCredentials': toJson_SecretStoreSpecProviderInfisicalAuthJwtAuthCredentials(obj.jwtAuthCredentials),
        'kubernetesAuthCredentials': toJson_SecretStoreSpecProviderInfisicalAuthKubernetesAuthCredentials(obj.kubernetesAuthCredentials),
        'ldapAuthCredentials': toJson_SecretStoreSpecProviderInfisicalAuthLdapAuthCredentials(obj.ldapAuthCredentials),
        'ociAuthCredentials': toJson_SecretStoreSpecProviderInfisicalAuthOciAuthCredentials(obj.ociAuthCredentials),
        'tokenAuthCredentials': toJson_SecretStoreSpecProviderInfisicalAuthTokenAuthCredentials(obj.tokenAuthCredentials),
        'universalAuthCredentials': toJson_SecretStoreSpecProviderInfisicalAuthUniversalAuthCredentials(obj.universalAuthCredentials),
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreSpecProviderInfisicalCaProvider(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
        'type': obj.type,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreSpecProviderInfisicalSecretsScope(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'environmentSlug': obj.environmentSlug,
        'expandSecretReferences': obj.expandSecretReferences,
        'organizationSlug': obj.organizationSlug,
        'projectSlug': obj.projectSlug,
        'recursive': obj.recursive,
        'secretsPath': obj.secretsPath,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreSpecProviderKeepersecurityAuthRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreSpecProviderKubernetesAuth(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'cert': toJson_SecretStoreSpecProviderKubernetesAuthCert(obj.cert),
        'serviceAccount': toJson_SecretStoreSpecProviderKubernetesAuthServiceAccount(obj.serviceAccount),
        'token': toJson_SecretStoreSpecProviderKubernetesAuthToken(obj.token),
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreSpecProviderKubernetesAuthRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreSpecProviderKubernetesServer(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'caBundle': obj.caBundle,
        'caProvider': toJson_SecretStoreSpecProviderKubernetesServerCaProvider(obj.caProvider),
        'url': obj.url,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreSpecProviderNebiusmysteryboxAuth(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'serviceAccountCredsSecretRef': toJson_SecretStoreSpecProviderNebiusmysteryboxAuthServiceAccountCredsSecretRef(obj.serviceAccountCredsSecretRef),
        'tokenSecretRef': toJson_SecretStoreSpecProviderNebiusmysteryboxAuthTokenSecretRef(obj.tokenSecretRef),
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreSpecProviderNebiusmysteryboxCaProvider(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'certSecretRef': toJson_SecretStoreSpecProviderNebiusmysteryboxCaProviderCertSecretRef(obj.certSecretRef),
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreSpecProviderNgrokAuth(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'apiKey': toJson_SecretStoreSpecProviderNgrokAuthApiKey(obj.apiKey),
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreSpecProviderNgrokVault(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'name': obj.name,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreSpecProviderOnboardbaseAuth(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'apiKeyRef': toJson_SecretStoreSpecProviderOnboardbaseAuthApiKeyRef(obj.apiKeyRef),
        'passcodeRef': toJson_SecretStoreSpecProviderOnboardbaseAuthPasscodeRef(obj.passcodeRef),
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreSpecProviderOnepasswordAuth(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'secretRef': toJson_SecretStoreSpecProviderOnepasswordAuthSecretRef(obj.secretRef),
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreSpecProviderOnepasswordSdkAuth(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'serviceAccountSecretRef': toJson_SecretStoreSpecProviderOnepasswordSdkAuthServiceAccountSecretRef(obj.serviceAccountSecretRef),
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreSpecProviderOnepasswordSdkCache(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'maxSize': obj.maxSize,
        'ttl': obj.ttl,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreSpecProviderOnepasswordSdkIntegrationInfo(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'name': obj.name,
        'version': obj.version,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreSpecProviderOpenBaoAuth(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'appRole': toJson_SecretStoreSpecProviderOpenBaoAuthAppRole(obj.appRole),
        'namespace': obj.namespace,
        'tokenSecretRef': toJson_SecretStoreSpecProviderOpenBaoAuthTokenSecretRef(obj.tokenSecretRef),
        'userPass': toJson_SecretStoreSpecProviderOpenBaoAuthUserPass(obj.userPass),
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreSpecProviderOpenBaoCaProvider(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
        'type': obj.type,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
var SecretStoreSpecProviderOpenBaoVersion;
(function (SecretStoreSpecProviderOpenBaoVersion) {
    SecretStoreSpecProviderOpenBaoVersion["V1"] = "v1";
    SecretStoreSpecProviderOpenBaoVersion["V2"] = "v2";
})(SecretStoreSpecProviderOpenBaoVersion || (exports.SecretStoreSpecProviderOpenBaoVersion = SecretStoreSpecProviderOpenBaoVersion = {}));
function toJson_SecretStoreSpecProviderOracleAuth(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'secretRef': toJson_SecretStoreSpecProviderOracleAuthSecretRef(obj.secretRef),
        'tenancy': obj.tenancy,
        'user': obj.user,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
var SecretStoreSpecProviderOraclePrincipalType;
(function (SecretStoreSpecProviderOraclePrincipalType) {
    SecretStoreSpecProviderOraclePrincipalType["USER_PRINCIPAL"] = "UserPrincipal";
    SecretStoreSpecProviderOraclePrincipalType["INSTANCE_PRINCIPAL"] = "InstancePrincipal";
    SecretStoreSpecProviderOraclePrincipalType["WORKLOAD"] = "Workload";
})(SecretStoreSpecProviderOraclePrincipalType || (exports.SecretStoreSpecProviderOraclePrincipalType = SecretStoreSpecProviderOraclePrincipalType = {}));
function toJson_SecretStoreSpecProviderOracleServiceAccountRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'audiences': obj.audiences?.map(y => y),
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreSpecProviderOvhAuth(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'mtls': toJson_SecretStoreSpecProviderOvhAuthMtls(obj.mtls),
        'token': toJson_SecretStoreSpecProviderOvhAuthToken(obj.token),
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreSpecProviderPassboltAuth(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'passwordSecretRef': toJson_SecretStoreSpecProviderPassboltAuthPasswordSecretRef(obj.passwordSecretRef),
        'privateKeySecretRef': toJson_SecretStoreSpecProviderPassboltAuthPrivateKeySecretRef(obj.privateKeySecretRef),
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreSpecProviderPassboltCaProvider(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
        'type': obj.type,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreSpecProviderPassworddepotAuth(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'secretRef': toJson_SecretStoreSpecProviderPassworddepotAuthSecretRef(obj.secretRef),
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreSpecProviderPreviderAuth(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'secretRef': toJson_SecretStoreSpecProviderPreviderAuthSecretRef(obj.secretRef),
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreSpecProviderPulumiAccessToken(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'secretRef': toJson_SecretStoreSpecProviderPulumiAccessTokenSecretRef(obj.secretRef),
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreSpecProviderPulumiAuth(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'accessToken': toJson_SecretStoreSpecProviderPulumiAuthAccessToken(obj.accessToken),
        'oidcConfig': toJson_SecretStoreSpecProviderPulumiAuthOidcConfig(obj.oidcConfig),
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreSpecProviderScalewayAccessKey(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'secretRef': toJson_SecretStoreSpecProviderScalewayAccessKeySecretRef(obj.secretRef),
        'value': obj.value,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreSpecProviderScalewaySecretKey(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'secretRef': toJson_SecretStoreSpecProviderScalewaySecretKeySecretRef(obj.secretRef),
        'value': obj.value,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreSpecProviderSecretserverCaProvider(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
        'type': obj.type,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreSpecProviderSecretserverPassword(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'secretRef': toJson_SecretStoreSpecProviderSecretserverPasswordSecretRef(obj.secretRef),
        'value': obj.value,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreSpecProviderSecretserverToken(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'secretRef': toJson_SecretStoreSpecProviderSecretserverTokenSecretRef(obj.secretRef),
        'value': obj.value,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreSpecProviderSecretserverUsername(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'secretRef': toJson_SecretStoreSpecProviderSecretserverUsernameSecretRef(obj.secretRef),
        'value': obj.value,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreSpecProviderSenhaseguraAuth(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'clientId': obj.clientId,
        'clientSecretSecretRef': toJson_SecretStoreSpecProviderSenhaseguraAuthClientSecretSecretRef(obj.clientSecretSecretRef),
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreSpecProviderVaultAuth(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'appRole': toJson_SecretStoreSpecProviderVaultAuthAppRole(obj.appRole),
        'cert': toJson_SecretStoreSpecProviderVaultAuthCert(obj.cert),
        'gcp': toJson_SecretStoreSpecProviderVaultAuthGcp(obj.gcp),
        'iam': toJson_SecretStoreSpecProviderVaultAuthIam(obj.iam),
        'jwt': toJson_SecretStoreSpecProviderVaultAuthJwt(obj.jwt),
        'kubernetes': toJson_SecretStoreSpecProviderVaultAuthKubernetes(obj.kubernetes),
        'ldap': toJson_SecretStoreSpecProviderVaultAuthLdap(obj.ldap),
        'namespace': obj.namespace,
        'tokenSecretRef': toJson_SecretStoreSpecProviderVaultAuthTokenSecretRef(obj.tokenSecretRef),
        'userPass': toJson_SecretStoreSpecProviderVaultAuthUserPass(obj.userPass),
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreSpecProviderVaultCaProvider(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
        'type': obj.type,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreSpecProviderVaultCheckAndSet(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'required': obj.required,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreSpecProviderVaultTls(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'certSecretRef': toJson_SecretStoreSpecProviderVaultTlsCertSecretRef(obj.certSecretRef),
        'keySecretRef': toJson_SecretStoreSpecProviderVaultTlsKeySecretRef(obj.keySecretRef),
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
var SecretStoreSpecProviderVaultVersion;
(function (SecretStoreSpecProviderVaultVersion) {
    SecretStoreSpecProviderVaultVersion["V1"] = "v1";
    SecretStoreSpecProviderVaultVersion["V2"] = "v2";
})(SecretStoreSpecProviderVaultVersion || (exports.SecretStoreSpecProviderVaultVersion = SecretStoreSpecProviderVaultVersion = {}));
function toJson_SecretStoreSpecProviderVolcengineAuth(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'secretRef': toJson_SecretStoreSpecProviderVolcengineAuthSecretRef(obj.secretRef),
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreSpecProviderWebhookAuth(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'ntlm': toJson_SecretStoreSpecProviderWebhookAuthNtlm(obj.ntlm),
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreSpecProviderWebhookCaProvider(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
        'type': obj.type,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreSpecProviderWebhookResult(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'jsonPath': obj.jsonPath,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreSpecProviderWebhookSecrets(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'name': obj.name,
        'secretRef': toJson_SecretStoreSpecProviderWebhookSecretsSecretRef(obj.secretRef),
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreSpecProviderYandexcertificatemanagerAuth(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'authorizedKeySecretRef': toJson_SecretStoreSpecProviderYandexcertificatemanagerAuthAuthorizedKeySecretRef(obj.authorizedKeySecretRef),
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreSpecProviderYandexcertificatemanagerCaProvider(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'certSecretRef': toJson_SecretStoreSpecProviderYandexcertificatemanagerCaProviderCertSecretRef(obj.certSecretRef),
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreSpecProviderYandexcertificatemanagerFetching(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'byID': obj.byId,
        'byName': toJson_SecretStoreSpecProviderYandexcertificatemanagerFetchingByName(obj.byName),
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreSpecProviderYandexlockboxAuth(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'authorizedKeySecretRef': toJson_SecretStoreSpecProviderYandexlockboxAuthAuthorizedKeySecretRef(obj.authorizedKeySecretRef),
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreSpecProviderYandexlockboxCaProvider(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'certSecretRef': toJson_SecretStoreSpecProviderYandexlockboxCaProviderCertSecretRef(obj.certSecretRef),
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreSpecProviderYandexlockboxFetching(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'byID': obj.byId,
        'byName': toJson_SecretStoreSpecProviderYandexlockboxFetchingByName(obj.byName),
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreSpecProviderAkeylessAuthSecretRefKubernetesAuth(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'accessID': obj.accessId,
        'k8sConfName': obj.k8SConfName,
        'secretRef': toJson_SecretStoreSpecProviderAkeylessAuthSecretRefKubernetesAuthSecretRef(obj.secretRef),
        'serviceAccountRef': toJson_SecretStoreSpecProviderAkeylessAuthSecretRefKubernetesAuthServiceAccountRef(obj.serviceAccountRef),
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreSpecProviderAkeylessAuthSecretRefSecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'accessID': toJson_SecretStoreSpecProviderAkeylessAuthSecretRefSecretRefAccessId(obj.accessId),
        'accessType': toJson_SecretStoreSpecProviderAkeylessAuthSecretRefSecretRefAccessType(obj.accessType),
        'accessTypeParam': toJson_SecretStoreSpecProviderAkeylessAuthSecretRefSecretRefAccessTypeParam(obj.accessTypeParam),
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreSpecProviderAkeylessAuthSecretRefServiceAccountRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'audiences': obj.audiences?.map(y => y),
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
var SecretStoreSpecProviderAkeylessCaProviderType;
(function (SecretStoreSpecProviderAkeylessCaProviderType) {
    SecretStoreSpecProviderAkeylessCaProviderType["SECRET"] = "Secret";
    SecretStoreSpecProviderAkeylessCaProviderType["CONFIG_MAP"] = "ConfigMap";
})(SecretStoreSpecProviderAkeylessCaProviderType || (exports.SecretStoreSpecProviderAkeylessCaProviderType = SecretStoreSpecProviderAkeylessCaProviderType = {}));
function toJson_SecretStoreSpecProviderAwsAuthJwt(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'serviceAccountRef': toJson_SecretStoreSpecProviderAwsAuthJwtServiceAccountRef(obj.serviceAccountRef),
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreSpecProviderAwsAuthSecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'accessKeyIDSecretRef': toJson_SecretStoreSpecProviderAwsAuthSecretRefAccessKeyIdSecretRef(obj.accessKeyIdSecretRef),
        'secretAccessKeySecretRef': toJson_SecretStoreSpecProviderAwsAuthSecretRefSecretAccessKeySecretRef(obj.secretAccessKeySecretRef),
        'sessionTokenSecretRef': toJson_SecretStoreSpecProviderAwsAuthSecretRefSessionTokenSecretRef(obj.sessionTokenSecretRef),
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreSpecProviderAzurekvAuthSecretRefClientCertificate(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreSpecProviderAzurekvAuthSecretRefClientId(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreSpecProviderAzurekvAuthSecretRefClientSecret(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreSpecProviderAzurekvAuthSecretRefTenantId(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreSpecProviderBarbicanAuthPassword(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'secretRef': toJson_SecretStoreSpecProviderBarbicanAuthPasswordSecretRef(obj.secretRef),
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreSpecProviderBarbicanAuthUsername(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'secretRef': toJson_SecretStoreSpecProviderBarbicanAuthUsernameSecretRef(obj.secretRef),
        'value': obj.value,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreSpecProviderBeyondtrustAuthApiKey(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'secretRef': toJson_SecretStoreSpecProviderBeyondtrustAuthApiKeySecretRef(obj.secretRef),
        'value': obj.value,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreSpecProviderBeyondtrustAuthCertificate(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'secretRef': toJson_SecretStoreSpecProviderBeyondtrustAuthCertificateSecretRef(obj.secretRef),
        'value': obj.value,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreSpecProviderBeyondtrustAuthCertificateKey(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'secretRef': toJson_SecretStoreSpecProviderBeyondtrustAuthCertificateKeySecretRef(obj.secretRef),
        'value': obj.value,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreSpecProviderBeyondtrustAuthClientId(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'secretRef': toJson_SecretStoreSpecProviderBeyondtrustAuthClientIdSecretRef(obj.secretRef),
        'value': obj.value,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreSpecProviderBeyondtrustAuthClientSecret(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'secretRef': toJson_SecretStoreSpecProviderBeyondtrustAuthClientSecretSecretRef(obj.secretRef),
        'value': obj.value,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreSpecProviderBeyondtrustworkloadcredentialsAuthApikey(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'token': toJson_SecretStoreSpecProviderBeyondtrustworkloadcredentialsAuthApikeyToken(obj.token),
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
var SecretStoreSpecProviderBeyondtrustworkloadcredentialsCaProviderType;
(function (SecretStoreSpecProviderBeyondtrustworkloadcredentialsCaProviderType) {
    SecretStoreSpecProviderBeyondtrustworkloadcredentialsCaProviderType["SECRET"] = "Secret";
    SecretStoreSpecProviderBeyondtrustworkloadcredentialsCaProviderType["CONFIG_MAP"] = "ConfigMap";
})(SecretStoreSpecProviderBeyondtrustworkloadcredentialsCaProviderType || (exports.SecretStoreSpecProviderBeyondtrustworkloadcredentialsCaProviderType = SecretStoreSpecProviderBeyondtrustworkloadcredentialsCaProviderType = {}));
function toJson_SecretStoreSpecProviderBitwardensecretsmanagerAuthSecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'credentials': toJson_SecretStoreSpecProviderBitwardensecretsmanagerAuthSecretRefCredentials(obj.credentials),
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
var SecretStoreSpecProviderBitwardensecretsmanagerCaProviderType;
(function (SecretStoreSpecProviderBitwardensecretsmanagerCaProviderType) {
    SecretStoreSpecProviderBitwardensecretsmanagerCaProviderType["SECRET"] = "Secret";
    SecretStoreSpecProviderBitwardensecretsmanagerCaProviderType["CONFIG_MAP"] = "ConfigMap";
})(SecretStoreSpecProviderBitwardensecretsmanagerCaProviderType || (exports.SecretStoreSpecProviderBitwardensecretsmanagerCaProviderType = SecretStoreSpecProviderBitwardensecretsmanagerCaProviderType = {}));
function toJson_SecretStoreSpecProviderChefAuthSecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'privateKeySecretRef': toJson_SecretStoreSpecProviderChefAuthSecretRefPrivateKeySecretRef(obj.privateKeySecretRef),
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreSpecProviderCloudrusmAuthSecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'accessKeyIDSecretRef': toJson_SecretStoreSpecProviderCloudrusmAuthSecretRefAccessKeyIdSecretRef(obj.accessKeyIdSecretRef),
        'accessKeySecretSecretRef': toJson_SecretStoreSpecProviderCloudrusmAuthSecretRefAccessKeySecretSecretRef(obj.accessKeySecretSecretRef),
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreSpecProviderConjurAuthApikey(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'account': obj.account,
        'apiKeyRef': toJson_SecretStoreSpecProviderConjurAuthApikeyApiKeyRef(obj.apiKeyRef),
        'userRef': toJson_SecretStoreSpecProviderConjurAuthApikeyUserRef(obj.userRef),
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreSpecProviderConjurAuthCert(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'account': obj.account,
        'clientCertRef': toJson_SecretStoreSpecProviderConjurAuthCertClientCertRef(obj.clientCertRef),
        'clientKeyRef': toJson_SecretStoreSpecProviderConjurAuthCertClientKeyRef(obj.clientKeyRef),
        'hostId': obj.hostId,
        'serviceID': obj.serviceId,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreSpecProviderConjurAuthJwt(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'account': obj.account,
        'hostId': obj.hostId,
        'secretRef': toJson_SecretStoreSpecProviderConjurAuthJwtSecretRef(obj.secretRef),
        'serviceAccountRef': toJson_SecretStoreSpecProviderConjurAuthJwtServiceAccountRef(obj.serviceAccountRef),
        'serviceID': obj.serviceId,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
var SecretStoreSpecProviderConjurCaProviderType;
(function (SecretStoreSpecProviderConjurCaProviderType) {
    SecretStoreSpecProviderConjurCaProviderType["SECRET"] = "Secret";
    SecretStoreSpecProviderConjurCaProviderType["CONFIG_MAP"] = "ConfigMap";
})(SecretStoreSpecProviderConjurCaProviderType || (exports.SecretStoreSpecProviderConjurCaProviderType = SecretStoreSpecProviderConjurCaProviderType = {}));
function toJson_SecretStoreSpecProviderCrdAuthCert(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'clientCert': toJson_SecretStoreSpecProviderCrdAuthCertClientCert(obj.clientCert),
        'clientKey': toJson_SecretStoreSpecProviderCrdAuthCertClientKey(obj.clientKey),
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreSpecProviderCrdAuthServiceAccount(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'audiences': obj.audiences?.map(y => y),
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreSpecProviderCrdAuthToken(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'bearerToken': toJson_SecretStoreSpecProviderCrdAuthTokenBearerToken(obj.bearerToken),
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreSpecProviderCrdServerCaProvider(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
        'type': obj.type,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreSpecProviderCrdWhitelistRules(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'name': obj.name,
        'namespace': obj.namespace,
        'properties': obj.properties?.map(y => y),
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreSpecProviderDelineaClientIdSecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreSpecProviderDelineaClientSecretSecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreSpecProviderDopplerAuthOidcConfig(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'expirationSeconds': obj.expirationSeconds,
        'identity': obj.identity,
        'serviceAccountRef': toJson_SecretStoreSpecProviderDopplerAuthOidcConfigServiceAccountRef(obj.serviceAccountRef),
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreSpecProviderDopplerAuthSecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'dopplerToken': toJson_SecretStoreSpecProviderDopplerAuthSecretRefDopplerToken(obj.dopplerToken),
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreSpecProviderDvlsAuthSecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'appId': toJson_SecretStoreSpecProviderDvlsAuthSecretRefAppId(obj.appId),
        'appSecret': toJson_SecretStoreSpecProviderDvlsAuthSecretRefAppSecret(obj.appSecret),
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreSpecProviderFortanixApiKeySecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreSpecProviderGcpsmAuthSecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'secretAccessKeySecretRef': toJson_SecretStoreSpecProviderGcpsmAuthSecretRefSecretAccessKeySecretRef(obj.secretAccessKeySecretRef),
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreSpecProviderGcpsmAuthWorkloadIdentity(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'clusterLocation': obj.clusterLocation,
        'clusterName': obj.clusterName,
        'clusterProjectID': obj.clusterProjectId,
        'serviceAccountRef': toJson_SecretStoreSpecProviderGcpsmAuthWorkloadIdentityServiceAccountRef(obj.serviceAccountRef),
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreSpecProviderGcpsmAuthWorkloadIdentityFederation(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'audience': obj.audience,
        'awsSecurityCredentials': toJson_SecretStoreSpecProviderGcpsmAuthWorkloadIdentityFederationAwsSecurityCredentials(obj.awsSecurityCredentials),
        'credConfig': toJson_SecretStoreSpecProviderGcpsmAuthWorkloadIdentityFederationCredConfig(obj.credConfig),
        'externalTokenEndpoint': obj.externalTokenEndpoint,
        'gcpServiceAccountEmail': obj.gcpServiceAccountEmail,
        'serviceAccountRef': toJson_SecretStoreSpecProviderGcpsmAuthWorkloadIdentityFederationServiceAccountRef(obj.serviceAccountRef),
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreSpecProviderGithubAuthPrivateKey(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreSpecProviderGitlabAuthSecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'accessToken': toJson_SecretStoreSpecProviderGitlabAuthSecretRefAccessToken(obj.accessToken),
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
var SecretStoreSpecProviderGitlabCaProviderType;
(function (SecretStoreSpecProviderGitlabCaProviderType) {
    SecretStoreSpecProviderGitlabCaProviderType["SECRET"] = "Secret";
    SecretStoreSpecProviderGitlabCaProviderType["CONFIG_MAP"] = "ConfigMap";
})(SecretStoreSpecProviderGitlabCaProviderType || (exports.SecretStoreSpecProviderGitlabCaProviderType = SecretStoreSpecProviderGitlabCaProviderType = {}));
function toJson_SecretStoreSpecProviderIbmAuthContainerAuth(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'iamEndpoint': obj.iamEndpoint,
        'profile': obj.profile,
        'tokenLocation': obj.tokenLocation,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreSpecProviderIbmAuthSecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'iamEndpoint': obj.iamEndpoint,
        'secretApiKeySecretRef': toJson_SecretStoreSpecProviderIbmAuthSecretRefSecretApiKeySecretRef(obj.secretApiKeySecretRef),
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreSpecProviderInfisicalAuthAwsAuthCredentials(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'identityId': toJson_SecretStoreSpecProviderInfisicalAuthAwsAuthCredentialsIdentityId(obj.identityId),
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreSpecProviderInfisicalAuthAzureAuthCredentials(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'identityId': toJson_SecretStoreSpecProviderInfisicalAuthAzureAuthCredentialsIdentityId(obj.identityId),
        'resource': toJson_SecretStoreSpecProviderInfisicalAuthAzureAuthCredentialsResource(obj.resource),
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreSpecProviderInfisicalAuthGcpIamAuthCredentials(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'identityId': toJson_SecretStoreSpecProviderInfisicalAuthGcpIamAuthCredentialsIdentityId(obj.identityId),
        'serviceAccountKeyFilePath': toJson_SecretStoreSpecProviderInfisicalAuthGcpIamAuthCredentialsServiceAccountKeyFilePath(obj.serviceAccountKeyFilePath),
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreSpecProviderInfisicalAuthGcpIdTokenAuthCredentials(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'identityId': toJson_SecretStoreSpecProviderInfisicalAuthGcpIdTokenAuthCredentialsIdentityId(obj.identityId),
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreSpecProviderInfisicalAuthJwtAuthCredentials(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'identityId': toJson_SecretStoreSpecProviderInfisicalAuthJwtAuthCredentialsIdentityId(obj.identityId),
        'jwt': toJson_SecretStoreSpecProviderInfisicalAuthJwtAuthCredentialsJwt(obj.jwt),
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreSpecProviderInfisicalAuthKubernetesAuthCredentials(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'identityId': toJson_SecretStoreSpecProviderInfisicalAuthKubernetesAuthCredentialsIdentityId(obj.identityId),
        'serviceAccountTokenPath': toJson_SecretStoreSpecProviderInfisicalAuthKubernetesAuthCredentialsServiceAccountTokenPath(obj.serviceAccountTokenPath),
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreSpecProviderInfisicalAuthLdapAuthCredentials(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'identityId': toJson_SecretStoreSpecProviderInfisicalAuthLdapAuthCredentialsIdentityId(obj.identityId),
        'ldapPassword': toJson_SecretStoreSpecProviderInfisicalAuthLdapAuthCredentialsLdapPassword(obj.ldapPassword),
        'ldapUsername': toJson_SecretStoreSpecProviderInfisicalAuthLdapAuthCredentialsLdapUsername(obj.ldapUsername),
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreSpecProviderInfisicalAuthOciAuthCredentials(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'fingerprint': toJson_SecretStoreSpecProviderInfisicalAuthOciAuthCredentialsFingerprint(obj.fingerprint),
        'identityId': toJson_SecretStoreSpecProviderInfisicalAuthOciAuthCredentialsIdentityId(obj.identityId),
        'privateKey': toJson_SecretStoreSpecProviderInfisicalAuthOciAuthCredentialsPrivateKey(obj.privateKey),
        'privateKeyPassphrase': toJson_SecretStoreSpecProviderInfisicalAuthOciAuthCredentialsPrivateKeyPassphrase(obj.privateKeyPassphrase),
        'region': toJson_SecretStoreSpecProviderInfisicalAuthOciAuthCredentialsRegion(obj.region),
        'tenancyId': toJson_SecretStoreSpecProviderInfisicalAuthOciAuthCredentialsTenancyId(obj.tenancyId),
        'userId': toJson_SecretStoreSpecProviderInfisicalAuthOciAuthCredentialsUserId(obj.userId),
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreSpecProviderInfisicalAuthTokenAuthCredentials(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'accessToken': toJson_SecretStoreSpecProviderInfisicalAuthTokenAuthCredentialsAccessToken(obj.accessToken),
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreSpecProviderInfisicalAuthUniversalAuthCredentials(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'clientId': toJson_SecretStoreSpecProviderInfisicalAuthUniversalAuthCredentialsClientId(obj.clientId),
        'clientSecret': toJson_SecretStoreSpecProviderInfisicalAuthUniversalAuthCredentialsClientSecret(obj.clientSecret),
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
var SecretStoreSpecProviderInfisicalCaProviderType;
(function (SecretStoreSpecProviderInfisicalCaProviderType) {
    SecretStoreSpecProviderInfisicalCaProviderType["SECRET"] = "Secret";
    SecretStoreSpecProviderInfisicalCaProviderType["CONFIG_MAP"] = "ConfigMap";
})(SecretStoreSpecProviderInfisicalCaProviderType || (exports.SecretStoreSpecProviderInfisicalCaProviderType = SecretStoreSpecProviderInfisicalCaProviderType = {}));
function toJson_SecretStoreSpecProviderKubernetesAuthCert(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'clientCert': toJson_SecretStoreSpecProviderKubernetesAuthCertClientCert(obj.clientCert),
        'clientKey': toJson_SecretStoreSpecProviderKubernetesAuthCertClientKey(obj.clientKey),
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreSpecProviderKubernetesAuthServiceAccount(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'audiences': obj.audiences?.map(y => y),
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreSpecProviderKubernetesAuthToken(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'bearerToken': toJson_SecretStoreSpecProviderKubernetesAuthTokenBearerToken(obj.bearerToken),
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreSpecProviderKubernetesServerCaProvider(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
        'type': obj.type,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreSpecProviderNebiusmysteryboxAuthServiceAccountCredsSecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreSpecProviderNebiusmysteryboxAuthTokenSecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreSpecProviderNebiusmysteryboxCaProviderCertSecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreSpecProviderNgrokAuthApiKey(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'secretRef': toJson_SecretStoreSpecProviderNgrokAuthApiKeySecretRef(obj.secretRef),
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreSpecProviderOnboardbaseAuthApiKeyRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreSpecProviderOnboardbaseAuthPasscodeRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreSpecProviderOnepasswordAuthSecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'connectTokenSecretRef': toJson_SecretStoreSpecProviderOnepasswordAuthSecretRefConnectTokenSecretRef(obj.connectTokenSecretRef),
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreSpecProviderOnepasswordSdkAuthServiceAccountSecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreSpecProviderOpenBaoAuthAppRole(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'path': obj.path,
        'roleId': obj.roleId,
        'roleRef': toJson_SecretStoreSpecProviderOpenBaoAuthAppRoleRoleRef(obj.roleRef),
        'secretRef': toJson_SecretStoreSpecProviderOpenBaoAuthAppRoleSecretRef(obj.secretRef),
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreSpecProviderOpenBaoAuthTokenSecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreSpecProviderOpenBaoAuthUserPass(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'path': obj.path,
        'secretRef': toJson_SecretStoreSpecProviderOpenBaoAuthUserPassSecretRef(obj.secretRef),
        'username': obj.username,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
var SecretStoreSpecProviderOpenBaoCaProviderType;
(function (SecretStoreSpecProviderOpenBaoCaProviderType) {
    SecretStoreSpecProviderOpenBaoCaProviderType["SECRET"] = "Secret";
    SecretStoreSpecProviderOpenBaoCaProviderType["CONFIG_MAP"] = "ConfigMap";
})(SecretStoreSpecProviderOpenBaoCaProviderType || (exports.SecretStoreSpecProviderOpenBaoCaProviderType = SecretStoreSpecProviderOpenBaoCaProviderType = {}));
function toJson_SecretStoreSpecProviderOracleAuthSecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'fingerprint': toJson_SecretStoreSpecProviderOracleAuthSecretRefFingerprint(obj.fingerprint),
        'privatekey': toJson_SecretStoreSpecProviderOracleAuthSecretRefPrivatekey(obj.privatekey),
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreSpecProviderOvhAuthMtls(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'caBundle': obj.caBundle,
        'caProvider': toJson_SecretStoreSpecProviderOvhAuthMtlsCaProvider(obj.caProvider),
        'certSecretRef': toJson_SecretStoreSpecProviderOvhAuthMtlsCertSecretRef(obj.certSecretRef),
        'keySecretRef': toJson_SecretStoreSpecProviderOvhAuthMtlsKeySecretRef(obj.keySecretRef),
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreSpecProviderOvhAuthToken(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'tokenSecretRef': toJson_SecretStoreSpecProviderOvhAuthTokenTokenSecretRef(obj.tokenSecretRef),
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreSpecProviderPassboltAuthPasswordSecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreSpecProviderPassboltAuthPrivateKeySecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
var SecretStoreSpecProviderPassboltCaProviderType;
(function (SecretStoreSpecProviderPassboltCaProviderType) {
    SecretStoreSpecProviderPassboltCaProviderType["SECRET"] = "Secret";
    SecretStoreSpecProviderPassboltCaProviderType["CONFIG_MAP"] = "ConfigMap";
})(SecretStoreSpecProviderPassboltCaProviderType || (exports.SecretStoreSpecProviderPassboltCaProviderType = SecretStoreSpecProviderPassboltCaProviderType = {}));
function toJson_SecretStoreSpecProviderPassworddepotAuthSecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'credentials': toJson_SecretStoreSpecProviderPassworddepotAuthSecretRefCredentials(obj.credentials),
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreSpecProviderPreviderAuthSecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'accessToken': toJson_SecretStoreSpecProviderPreviderAuthSecretRefAccessToken(obj.accessToken),
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreSpecProviderPulumiAccessTokenSecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreSpecProviderPulumiAuthAccessToken(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'secretRef': toJson_SecretStoreSpecProviderPulumiAuthAccessTokenSecretRef(obj.secretRef),
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreSpecProviderPulumiAuthOidcConfig(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'expirationSeconds': obj.expirationSeconds,
        'organization': obj.organization,
        'serviceAccountRef': toJson_SecretStoreSpecProviderPulumiAuthOidcConfigServiceAccountRef(obj.serviceAccountRef),
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreSpecProviderScalewayAccessKeySecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreSpecProviderScalewaySecretKeySecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
var SecretStoreSpecProviderSecretserverCaProviderType;
(function (SecretStoreSpecProviderSecretserverCaProviderType) {
    SecretStoreSpecProviderSecretserverCaProviderType["SECRET"] = "Secret";
    SecretStoreSpecProviderSecretserverCaProviderType["CONFIG_MAP"] = "ConfigMap";
})(SecretStoreSpecProviderSecretserverCaProviderType || (exports.SecretStoreSpecProviderSecretserverCaProviderType = SecretStoreSpecProviderSecretserverCaProviderType = {}));
function toJson_SecretStoreSpecProviderSecretserverPasswordSecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreSpecProviderSecretserverTokenSecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreSpecProviderSecretserverUsernameSecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreSpecProviderSenhaseguraAuthClientSecretSecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreSpecProviderVaultAuthAppRole(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'path': obj.path,
        'roleId': obj.roleId,
        'roleRef': toJson_SecretStoreSpecProviderVaultAuthAppRoleRoleRef(obj.roleRef),
        'secretRef': toJson_SecretStoreSpecProviderVaultAuthAppRoleSecretRef(obj.secretRef),
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreSpecProviderVaultAuthCert(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'clientCert': toJson_SecretStoreSpecProviderVaultAuthCertClientCert(obj.clientCert),
        'path': obj.path,
        'secretRef': toJson_SecretStoreSpecProviderVaultAuthCertSecretRef(obj.secretRef),
        'vaultRole': obj.vaultRole,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreSpecProviderVaultAuthGcp(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'location': obj.location,
        'path': obj.path,
        'projectID': obj.projectId,
        'role': obj.role,
        'secretRef': toJson_SecretStoreSpecProviderVaultAuthGcpSecretRef(obj.secretRef),
        'serviceAccountRef': toJson_SecretStoreSpecProviderVaultAuthGcpServiceAccountRef(obj.serviceAccountRef),
        'workloadIdentity': toJson_SecretStoreSpecProviderVaultAuthGcpWorkloadIdentity(obj.workloadIdentity),
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreSpecProviderVaultAuthIam(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'externalID': obj.externalId,
        'jwt': toJson_SecretStoreSpecProviderVaultAuthIamJwt(obj.jwt),
        'path': obj.path,
        'region': obj.region,
        'role': obj.role,
        'secretRef': toJson_SecretStoreSpecProviderVaultAuthIamSecretRef(obj.secretRef),
        'vaultAwsIamServerID': obj.vaultAwsIamServerId,
        'vaultRole': obj.vaultRole,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreSpecProviderVaultAuthJwt(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'kubernetesServiceAccountToken': toJson_SecretStoreSpecProviderVaultAuthJwtKubernetesServiceAccountToken(obj.kubernetesServiceAccountToken),
        'path': obj.path,
        'role': obj.role,
        'secretRef': toJson_SecretStoreSpecProviderVaultAuthJwtSecretRef(obj.secretRef),
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreSpecProviderVaultAuthKubernetes(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'mountPath': obj.mountPath,
        'role': obj.role,
        'secretRef': toJson_SecretStoreSpecProviderVaultAuthKubernetesSecretRef(obj.secretRef),
        'serviceAccountRef': toJson_SecretStoreSpecProviderVaultAuthKubernetesServiceAccountRef(obj.serviceAccountRef),
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreSpecProviderVaultAuthLdap(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'path': obj.path,
        'secretRef': toJson_SecretStoreSpecProviderVaultAuthLdapSecretRef(obj.secretRef),
        'username': obj.username,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreSpecProviderVaultAuthTokenSecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreSpecProviderVaultAuthUserPass(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'path': obj.path,
        'secretRef': toJson_SecretStoreSpecProviderVaultAuthUserPassSecretRef(obj.secretRef),
        'username': obj.username,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
var SecretStoreSpecProviderVaultCaProviderType;
(function (SecretStoreSpecProviderVaultCaProviderType) {
    SecretStoreSpecProviderVaultCaProviderType["SECRET"] = "Secret";
    SecretStoreSpecProviderVaultCaProviderType["CONFIG_MAP"] = "ConfigMap";
})(SecretStoreSpecProviderVaultCaProviderType || (exports.SecretStoreSpecProviderVaultCaProviderType = SecretStoreSpecProviderVaultCaProviderType = {}));
function toJson_SecretStoreSpecProviderVaultTlsCertSecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreSpecProviderVaultTlsKeySecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreSpecProviderVolcengineAuthSecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'accessKeyID': toJson_SecretStoreSpecProviderVolcengineAuthSecretRefAccessKeyId(obj.accessKeyId),
        'secretAccessKey': toJson_SecretStoreSpecProviderVolcengineAuthSecretRefSecretAccessKey(obj.secretAccessKey),
        'token': toJson_SecretStoreSpecProviderVolcengineAuthSecretRefToken(obj.token),
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreSpecProviderWebhookAuthNtlm(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'passwordSecret': toJson_SecretStoreSpecProviderWebhookAuthNtlmPasswordSecret(obj.passwordSecret),
        'usernameSecret': toJson_SecretStoreSpecProviderWebhookAuthNtlmUsernameSecret(obj.usernameSecret),
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
var SecretStoreSpecProviderWebhookCaProviderType;
(function (SecretStoreSpecProviderWebhookCaProviderType) {
    SecretStoreSpecProviderWebhookCaProviderType["SECRET"] = "Secret";
    SecretStoreSpecProviderWebhookCaProviderType["CONFIG_MAP"] = "ConfigMap";
})(SecretStoreSpecProviderWebhookCaProviderType || (exports.SecretStoreSpecProviderWebhookCaProviderType = SecretStoreSpecProviderWebhookCaProviderType = {}));
function toJson_SecretStoreSpecProviderWebhookSecretsSecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreSpecProviderYandexcertificatemanagerAuthAuthorizedKeySecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreSpecProviderYandexcertificatemanagerCaProviderCertSecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreSpecProviderYandexcertificatemanagerFetchingByName(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'folderID': obj.folderId,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreSpecProviderYandexlockboxAuthAuthorizedKeySecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreSpecProviderYandexlockboxCaProviderCertSecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreSpecProviderYandexlockboxFetchingByName(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'folderID': obj.folderId,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreSpecProviderAkeylessAuthSecretRefKubernetesAuthSecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreSpecProviderAkeylessAuthSecretRefKubernetesAuthServiceAccountRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'audiences': obj.audiences?.map(y => y),
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreSpecProviderAkeylessAuthSecretRefSecretRefAccessId(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreSpecProviderAkeylessAuthSecretRefSecretRefAccessType(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreSpecProviderAkeylessAuthSecretRefSecretRefAccessTypeParam(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreSpecProviderAwsAuthJwtServiceAccountRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'audiences': obj.audiences?.map(y => y),
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreSpecProviderAwsAuthSecretRefAccessKeyIdSecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreSpecProviderAwsAuthSecretRefSecretAccessKeySecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreSpecProviderAwsAuthSecretRefSessionTokenSecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreSpecProviderBarbicanAuthPasswordSecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreSpecProviderBarbicanAuthUsernameSecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreSpecProviderBeyondtrustAuthApiKeySecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreSpecProviderBeyondtrustAuthCertificateSecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreSpecProviderBeyondtrustAuthCertificateKeySecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreSpecProviderBeyondtrustAuthClientIdSecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreSpecProviderBeyondtrustAuthClientSecretSecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreSpecProviderBeyondtrustworkloadcredentialsAuthApikeyToken(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreSpecProviderBitwardensecretsmanagerAuthSecretRefCredentials(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreSpecProviderChefAuthSecretRefPrivateKeySecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreSpecProviderCloudrusmAuthSecretRefAccessKeyIdSecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreSpecProviderCloudrusmAuthSecretRefAccessKeySecretSecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreSpecProviderConjurAuthApikeyApiKeyRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreSpecProviderConjurAuthApikeyUserRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreSpecProviderConjurAuthCertClientCertRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreSpecProviderConjurAuthCertClientKeyRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreSpecProviderConjurAuthJwtSecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreSpecProviderConjurAuthJwtServiceAccountRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'audiences': obj.audiences?.map(y => y),
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreSpecProviderCrdAuthCertClientCert(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreSpecProviderCrdAuthCertClientKey(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreSpecProviderCrdAuthTokenBearerToken(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
var SecretStoreSpecProviderCrdServerCaProviderType;
(function (SecretStoreSpecProviderCrdServerCaProviderType) {
    SecretStoreSpecProviderCrdServerCaProviderType["SECRET"] = "Secret";
    SecretStoreSpecProviderCrdServerCaProviderType["CONFIG_MAP"] = "ConfigMap";
})(SecretStoreSpecProviderCrdServerCaProviderType || (exports.SecretStoreSpecProviderCrdServerCaProviderType = SecretStoreSpecProviderCrdServerCaProviderType = {}));
function toJson_SecretStoreSpecProviderDopplerAuthOidcConfigServiceAccountRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'audiences': obj.audiences?.map(y => y),
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreSpecProviderDopplerAuthSecretRefDopplerToken(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreSpecProviderDvlsAuthSecretRefAppId(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreSpecProviderDvlsAuthSecretRefAppSecret(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreSpecProviderGcpsmAuthSecretRefSecretAccessKeySecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreSpecProviderGcpsmAuthWorkloadIdentityServiceAccountRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'audiences': obj.audiences?.map(y => y),
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreSpecProviderGcpsmAuthWorkloadIdentityFederationAwsSecurityCredentials(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'awsCredentialsSecretRef': toJson_SecretStoreSpecProviderGcpsmAuthWorkloadIdentityFederationAwsSecurityCredentialsAwsCredentialsSecretRef(obj.awsCredentialsSecretRef),
        'region': obj.region,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreSpecProviderGcpsmAuthWorkloadIdentityFederationCredConfig(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreSpecProviderGcpsmAuthWorkloadIdentityFederationServiceAccountRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'audiences': obj.audiences?.map(y => y),
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreSpecProviderGitlabAuthSecretRefAccessToken(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreSpecProviderIbmAuthSecretRefSecretApiKeySecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreSpecProviderInfisicalAuthAwsAuthCredentialsIdentityId(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreSpecProviderInfisicalAuthAzureAuthCredentialsIdentityId(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreSpecProviderInfisicalAuthAzureAuthCredentialsResource(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreSpecProviderInfisicalAuthGcpIamAuthCredentialsIdentityId(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreSpecProviderInfisicalAuthGcpIamAuthCredentialsServiceAccountKeyFilePath(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreSpecProviderInfisicalAuthGcpIdTokenAuthCredentialsIdentityId(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreSpecProviderInfisicalAuthJwtAuthCredentialsIdentityId(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreSpecProviderInfisicalAuthJwtAuthCredentialsJwt(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreSpecProviderInfisicalAuthKubernetesAuthCredentialsIdentityId(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreSpecProviderInfisicalAuthKubernetesAuthCredentialsServiceAccountTokenPath(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreSpecProviderInfisicalAuthLdapAuthCredentialsIdentityId(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreSpecProviderInfisicalAuthLdapAuthCredentialsLdapPassword(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreSpecProviderInfisicalAuthLdapAuthCredentialsLdapUsername(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreSpecProviderInfisicalAuthOciAuthCredentialsFingerprint(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreSpecProviderInfisicalAuthOciAuthCredentialsIdentityId(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreSpecProviderInfisicalAuthOciAuthCredentialsPrivateKey(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreSpecProviderInfisicalAuthOciAuthCredentialsPrivateKeyPassphrase(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreSpecProviderInfisicalAuthOciAuthCredentialsRegion(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreSpecProviderInfisicalAuthOciAuthCredentialsTenancyId(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreSpecProviderInfisicalAuthOciAuthCredentialsUserId(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreSpecProviderInfisicalAuthTokenAuthCredentialsAccessToken(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreSpecProviderInfisicalAuthUniversalAuthCredentialsClientId(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreSpecProviderInfisicalAuthUniversalAuthCredentialsClientSecret(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreSpecProviderKubernetesAuthCertClientCert(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreSpecProviderKubernetesAuthCertClientKey(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreSpecProviderKubernetesAuthTokenBearerToken(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
var SecretStoreSpecProviderKubernetesServerCaProviderType;
(function (SecretStoreSpecProviderKubernetesServerCaProviderType) {
    SecretStoreSpecProviderKubernetesServerCaProviderType["SECRET"] = "Secret";
    SecretStoreSpecProviderKubernetesServerCaProviderType["CONFIG_MAP"] = "ConfigMap";
})(SecretStoreSpecProviderKubernetesServerCaProviderType || (exports.SecretStoreSpecProviderKubernetesServerCaProviderType = SecretStoreSpecProviderKubernetesServerCaProviderType = {}));
function toJson_SecretStoreSpecProviderNgrokAuthApiKeySecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreSpecProviderOnepasswordAuthSecretRefConnectTokenSecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreSpecProviderOpenBaoAuthAppRoleRoleRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreSpecProviderOpenBaoAuthAppRoleSecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreSpecProviderOpenBaoAuthUserPassSecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreSpecProviderOracleAuthSecretRefFingerprint(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreSpecProviderOracleAuthSecretRefPrivatekey(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreSpecProviderOvhAuthMtlsCaProvider(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
        'type': obj.type,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreSpecProviderOvhAuthMtlsCertSecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreSpecProviderOvhAuthMtlsKeySecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreSpecProviderOvhAuthTokenTokenSecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreSpecProviderPassworddepotAuthSecretRefCredentials(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreSpecProviderPreviderAuthSecretRefAccessToken(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreSpecProviderPulumiAuthAccessTokenSecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreSpecProviderPulumiAuthOidcConfigServiceAccountRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'audiences': obj.audiences?.map(y => y),
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreSpecProviderVaultAuthAppRoleRoleRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreSpecProviderVaultAuthAppRoleSecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreSpecProviderVaultAuthCertClientCert(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreSpecProviderVaultAuthCertSecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreSpecProviderVaultAuthGcpSecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'secretAccessKeySecretRef': toJson_SecretStoreSpecProviderVaultAuthGcpSecretRefSecretAccessKeySecretRef(obj.secretAccessKeySecretRef),
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreSpecProviderVaultAuthGcpServiceAccountRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'audiences': obj.audiences?.map(y => y),
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreSpecProviderVaultAuthGcpWorkloadIdentity(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'clusterLocation': obj.clusterLocation,
        'clusterName': obj.clusterName,
        'clusterProjectID': obj.clusterProjectId,
        'serviceAccountRef': toJson_SecretStoreSpecProviderVaultAuthGcpWorkloadIdentityServiceAccountRef(obj.serviceAccountRef),
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreSpecProviderVaultAuthIamJwt(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'serviceAccountRef': toJson_SecretStoreSpecProviderVaultAuthIamJwtServiceAccountRef(obj.serviceAccountRef),
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreSpecProviderVaultAuthIamSecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'accessKeyIDSecretRef': toJson_SecretStoreSpecProviderVaultAuthIamSecretRefAccessKeyIdSecretRef(obj.accessKeyIdSecretRef),
        'secretAccessKeySecretRef': toJson_SecretStoreSpecProviderVaultAuthIamSecretRefSecretAccessKeySecretRef(obj.secretAccessKeySecretRef),
        'sessionTokenSecretRef': toJson_SecretStoreSpecProviderVaultAuthIamSecretRefSessionTokenSecretRef(obj.sessionTokenSecretRef),
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreSpecProviderVaultAuthJwtKubernetesServiceAccountToken(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'audiences': obj.audiences?.map(y => y),
        'expirationSeconds': obj.expirationSeconds,
        'serviceAccountRef': toJson_SecretStoreSpecProviderVaultAuthJwtKubernetesServiceAccountTokenServiceAccountRef(obj.serviceAccountRef),
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreSpecProviderVaultAuthJwtSecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreSpecProviderVaultAuthKubernetesSecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreSpecProviderVaultAuthKubernetesServiceAccountRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'audiences': obj.audiences?.map(y => y),
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreSpecProviderVaultAuthLdapSecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreSpecProviderVaultAuthUserPassSecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreSpecProviderVolcengineAuthSecretRefAccessKeyId(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreSpecProviderVolcengineAuthSecretRefSecretAccessKey(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreSpecProviderVolcengineAuthSecretRefToken(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreSpecProviderWebhookAuthNtlmPasswordSecret(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreSpecProviderWebhookAuthNtlmUsernameSecret(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreSpecProviderGcpsmAuthWorkloadIdentityFederationAwsSecurityCredentialsAwsCredentialsSecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
var SecretStoreSpecProviderOvhAuthMtlsCaProviderType;
(function (SecretStoreSpecProviderOvhAuthMtlsCaProviderType) {
    SecretStoreSpecProviderOvhAuthMtlsCaProviderType["SECRET"] = "Secret";
    SecretStoreSpecProviderOvhAuthMtlsCaProviderType["CONFIG_MAP"] = "ConfigMap";
})(SecretStoreSpecProviderOvhAuthMtlsCaProviderType || (exports.SecretStoreSpecProviderOvhAuthMtlsCaProviderType = SecretStoreSpecProviderOvhAuthMtlsCaProviderType = {}));
function toJson_SecretStoreSpecProviderVaultAuthGcpSecretRefSecretAccessKeySecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreSpecProviderVaultAuthGcpWorkloadIdentityServiceAccountRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'audiences': obj.audiences?.map(y => y),
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreSpecProviderVaultAuthIamJwtServiceAccountRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'audiences': obj.audiences?.map(y => y),
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreSpecProviderVaultAuthIamSecretRefAccessKeyIdSecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreSpecProviderVaultAuthIamSecretRefSecretAccessKeySecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreSpecProviderVaultAuthIamSecretRefSessionTokenSecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreSpecProviderVaultAuthJwtKubernetesServiceAccountTokenServiceAccountRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'audiences': obj.audiences?.map(y => y),
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
class SecretStoreV1Beta1 extends cdk8s_1.ApiObject {
    static GVK = {
        apiVersion: 'external-secrets.io/v1beta1',
        kind: 'SecretStore',
    };
    static manifest(props = {}) {
        return {
            ...SecretStoreV1Beta1.GVK,
            ...toJson_SecretStoreV1Beta1Props(props),
        };
    }
    constructor(scope, id, props = {}) {
        super(scope, id, {
            ...SecretStoreV1Beta1.GVK,
            ...props,
        });
    }
    toJson() {
        const resolved = super.toJson();
        return {
            ...SecretStoreV1Beta1.GVK,
            ...toJson_SecretStoreV1Beta1Props(resolved),
        };
    }
}
exports.SecretStoreV1Beta1 = SecretStoreV1Beta1;
function toJson_SecretStoreV1Beta1Props(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'metadata': obj.metadata,
        'spec': toJson_SecretStoreV1Beta1Spec(obj.spec),
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreV1Beta1Spec(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'conditions': obj.conditions?.map(y => toJson_SecretStoreV1Beta1SpecConditions(y)),
        'controller': obj.controller,
        'provider': toJson_SecretStoreV1Beta1SpecProvider(obj.provider),
        'refreshInterval': obj.refreshInterval,
        'retrySettings': toJson_SecretStoreV1Beta1SpecRetrySettings(obj.retrySettings),
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreV1Beta1SpecConditions(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'namespaceRegexes': obj.namespaceRegexes?.map(y => y),
        'namespaceSelector': toJson_SecretStoreV1Beta1SpecConditionsNamespaceSelector(obj.namespaceSelector),
        'namespaces': obj.namespaces?.map(y => y),
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreV1Beta1SpecProvider(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'akeyless': toJson_SecretStoreV1Beta1SpecProviderAkeyless(obj.akeyless),
        'alibaba': toJson_SecretStoreV1Beta1SpecProviderAlibaba(obj.alibaba),
        'aws': toJson_SecretStoreV1Beta1SpecProviderAws(obj.aws),
        'azurekv': toJson_SecretStoreV1Beta1SpecProviderAzurekv(obj.azurekv),
        'beyondtrust': toJson_SecretStoreV1Beta1SpecProviderBeyondtrust(obj.beyondtrust),
        'bitwardensecretsmanager': toJson_SecretStoreV1Beta1SpecProviderBitwardensecretsmanager(obj.bitwardensecretsmanager),
        'chef': toJson_SecretStoreV1Beta1SpecProviderChef(obj.chef),
        'cloudrusm': toJson_SecretStoreV1Beta1SpecProviderCloudrusm(obj.cloudrusm),
        'conjur': toJson_SecretStoreV1Beta1SpecProviderConjur(obj.conjur),
        'delinea': toJson_SecretStoreV1Beta1SpecProviderDelinea(obj.delinea),
        'device42': toJson_SecretStoreV1Beta1SpecProviderDevice42(obj.device42),
        'doppler': toJson_SecretStoreV1Beta1SpecProviderDoppler(obj.doppler),
        'fake': toJson_SecretStoreV1Beta1SpecProviderFake(obj.fake),
        'fortanix': toJson_SecretStoreV1Beta1SpecProviderFortanix(obj.fortanix),
        'gcpsm': toJson_SecretStoreV1Beta1SpecProviderGcpsm(obj.gcpsm),
        'github': toJson_SecretStoreV1Beta1SpecProviderGithub(obj.github),
        'gitlab': toJson_SecretStoreV1Beta1SpecProviderGitlab(obj.gitlab),
        'ibm': toJson_SecretStoreV1Beta1SpecProviderIbm(obj.ibm),
        'infisical': toJson_SecretStoreV1Beta1SpecProviderInfisical(obj.infisical),
        'keepersecurity': toJson_SecretStoreV1Beta1SpecProviderKeepersecurity(obj.keepersecurity),
        'kubernetes': toJson_SecretStoreV1Beta1SpecProviderKubernetes(obj.kubernetes),
        'onboardbase': toJson_SecretStoreV1Beta1SpecProviderOnboardbase(obj.onboardbase),
        'onepassword': toJson_SecretStoreV1Beta1SpecProviderOnepassword(obj.onepassword),
        'oracle': toJson_SecretStoreV1Beta1SpecProviderOracle(obj.oracle),
        'passbolt': toJson_SecretStoreV1Beta1SpecProviderPassbolt(obj.passbolt),
        'passworddepot': toJson_SecretStoreV1Beta1SpecProviderPassworddepot(obj.passworddepot),
        'previder': toJson_SecretStoreV1Beta1SpecProviderPrevider(obj.previder),
        'pulumi': toJson_SecretStoreV1Beta1SpecProviderPulumi(obj.pulumi),
        'scaleway': toJson_SecretStoreV1Beta1SpecProviderScaleway(obj.scaleway),
        'secretserver': toJson_SecretStoreV1Beta1SpecProviderSecretserver(obj.secretserver),
        'senhasegura': toJson_SecretStoreV1Beta1SpecProviderSenhasegura(obj.senhasegura),
        'vault': toJson_SecretStoreV1Beta1SpecProviderVault(obj.vault),
        'webhook': toJson_SecretStoreV1Beta1SpecProviderWebhook(obj.webhook),
        'yandexcertificatemanager': toJson_SecretStoreV1Beta1SpecProviderYandexcertificatemanager(obj.yandexcertificatemanager),
        'yandexlockbox': toJson_SecretStoreV1Beta1SpecProviderYandexlockbox(obj.yandexlockbox),
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreV1Beta1SpecRetrySettings(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'maxRetries': obj.maxRetries,
        'retryInterval': obj.retryInterval,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreV1Beta1SpecConditionsNamespaceSelector(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'matchExpressions': obj.matchExpressions?.map(y => toJson_SecretStoreV1Beta1SpecConditionsNamespaceSelectorMatchExpressions(y)),
        'matchLabels': ((obj.matchLabels) === undefined) ? undefined : ((0, lean_serializers_1.mapDefinedEntries)(obj.matchLabels, (value) => value)),
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreV1Beta1SpecProviderAkeyless(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'akeylessGWApiURL': obj.akeylessGwApiUrl,
        'authSecretRef': toJson_SecretStoreV1Beta1SpecProviderAkeylessAuthSecretRef(obj.authSecretRef),
        'caBundle': obj.caBundle,
        'caProvider': toJson_SecretStoreV1Beta1SpecProviderAkeylessCaProvider(obj.caProvider),
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreV1Beta1SpecProviderAlibaba(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'auth': toJson_SecretStoreV1Beta1SpecProviderAlibabaAuth(obj.auth),
        'regionID': obj.regionId,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreV1Beta1SpecProviderAws(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'additionalRoles': obj.additionalRoles?.map(y => y),
        'auth': toJson_SecretStoreV1Beta1SpecProviderAwsAuth(obj.auth),
        'externalID': obj.externalId,
        'prefix': obj.prefix,
        'region': obj.region,
        'role': obj.role,
        'secretsManager': toJson_SecretStoreV1Beta1SpecProviderAwsSecretsManager(obj.secretsManager),
        'service': obj.service,
        'sessionTags': obj.sessionTags?.map(y => toJson_SecretStoreV1Beta1SpecProviderAwsSessionTags(y)),
        'transitiveTagKeys': obj.transitiveTagKeys?.map(y => y),
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreV1Beta1SpecProviderAzurekv(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'authSecretRef': toJson_SecretStoreV1Beta1SpecProviderAzurekvAuthSecretRef(obj.authSecretRef),
        'authType': obj.authType,
        'environmentType': obj.environmentType,
        'identityId': obj.identityId,
        'serviceAccountRef': toJson_SecretStoreV1Beta1SpecProviderAzurekvServiceAccountRef(obj.serviceAccountRef),
        'tenantId': obj.tenantId,
        'vaultUrl': obj.vaultUrl,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreV1Beta1SpecProviderBeyondtrust(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'auth': toJson_SecretStoreV1Beta1SpecProviderBeyondtrustAuth(obj.auth),
        'server': toJson_SecretStoreV1Beta1SpecProviderBeyondtrustServer(obj.server),
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreV1Beta1SpecProviderBitwardensecretsmanager(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'apiURL': obj.apiUrl,
        'auth': toJson_SecretStoreV1Beta1SpecProviderBitwardensecretsmanagerAuth(obj.auth),
        'bitwardenServerSDKURL': obj.bitwardenServerSdkurl,
        'caBundle': obj.caBundle,
        'caProvider': toJson_SecretStoreV1Beta1SpecProviderBitwardensecretsmanagerCaProvider(obj.caProvider),
        'identityURL': obj.identityUrl,
        'organizationID': obj.organizationId,
        'projectID': obj.projectId,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreV1Beta1SpecProviderChef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'auth': toJson_SecretStoreV1Beta1SpecProviderChefAuth(obj.auth),
        'serverUrl': obj.serverUrl,
        'username': obj.username,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreV1Beta1SpecProviderCloudrusm(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'auth': toJson_SecretStoreV1Beta1SpecProviderCloudrusmAuth(obj.auth),
        'projectID': obj.projectId,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreV1Beta1SpecProviderConjur(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'auth': toJson_SecretStoreV1Beta1SpecProviderConjurAuth(obj.auth),
        'caBundle': obj.caBundle,
        'caProvider': toJson_SecretStoreV1Beta1SpecProviderConjurCaProvider(obj.caProvider),
        'url': obj.url,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreV1Beta1SpecProviderDelinea(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'clientId': toJson_SecretStoreV1Beta1SpecProviderDelineaClientId(obj.clientId),
        'clientSecret': toJson_SecretStoreV1Beta1SpecProviderDelineaClientSecret(obj.clientSecret),
        'tenant': obj.tenant,
        'tld': obj.tld,
        'urlTemplate': obj.urlTemplate,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreV1Beta1SpecProviderDevice42(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'auth': toJson_SecretStoreV1Beta1SpecProviderDevice42Auth(obj.auth),
        'host': obj.host,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreV1Beta1SpecProviderDoppler(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'auth': toJson_SecretStoreV1Beta1SpecProviderDopplerAuth(obj.auth),
        'config': obj.config,
        'format': obj.format,
        'nameTransformer': obj.nameTransformer,
        'project': obj.project,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreV1Beta1SpecProviderFake(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'data': obj.data?.map(y => toJson_SecretStoreV1Beta1SpecProviderFakeData(y)),
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreV1Beta1SpecProviderFortanix(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'apiKey': toJson_SecretStoreV1Beta1SpecProviderFortanixApiKey(obj.apiKey),
        'apiUrl': obj.apiUrl,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreV1Beta1SpecProviderGcpsm(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'auth': toJson_SecretStoreV1Beta1SpecProviderGcpsmAuth(obj.auth),
        'location': obj.location,
        'projectID': obj.projectId,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreV1Beta1SpecProviderGithub(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'appID': obj.appId,
        'auth': toJson_SecretStoreV1Beta1SpecProviderGithubAuth(obj.auth),
        'environment': obj.environment,
        'installationID': obj.installationId,
        'organization': obj.organization,
        'repository': obj.repository,
        'uploadURL': obj.uploadUrl,
        'url': obj.url,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreV1Beta1SpecProviderGitlab(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'auth': toJson_SecretStoreV1Beta1SpecProviderGitlabAuth(obj.auth),
        'caBundle': obj.caBundle,
        'caProvider': toJson_SecretStoreV1Beta1SpecProviderGitlabCaProvider(obj.caProvider),
        'environment': obj.environment,
        'groupIDs': obj.groupIDs?.map(y => y),
        'inheritFromGroups': obj.inheritFromGroups,
        'projectID': obj.projectId,
        'url': obj.url,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreV1Beta1SpecProviderIbm(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'auth': toJson_SecretStoreV1Beta1SpecProviderIbmAuth(obj.auth),
        'serviceUrl': obj.serviceUrl,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreV1Beta1SpecProviderInfisical(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'auth': toJson_SecretStoreV1Beta1SpecProviderInfisicalAuth(obj.auth),
        'hostAPI': obj.hostApi,
        'secretsScope': toJson_SecretStoreV1Beta1SpecProviderInfisicalSecretsScope(obj.secretsScope),
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreV1Beta1SpecProviderKeepersecurity(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'authRef': toJson_SecretStoreV1Beta1SpecProviderKeepersecurityAuthRef(obj.authRef),
        'folderID': obj.folderId,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreV1Beta1SpecProviderKubernetes(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'auth': toJson_SecretStoreV1Beta1SpecProviderKubernetesAuth(obj.auth),
        'authRef': toJson_SecretStoreV1Beta1SpecProviderKubernetesAuthRef(obj.authRef),
        'remoteNamespace': obj.remoteNamespace,
        'server': toJson_SecretStoreV1Beta1SpecProviderKubernetesServer(obj.server),
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreV1Beta1SpecProviderOnboardbase(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'apiHost': obj.apiHost,
        'auth': toJson_SecretStoreV1Beta1SpecProviderOnboardbaseAuth(obj.auth),
        'environment': obj.environment,
        'project': obj.project,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreV1Beta1SpecProviderOnepassword(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'auth': toJson_SecretStoreV1Beta1SpecProviderOnepasswordAuth(obj.auth),
        'connectHost': obj.connectHost,
        'vaults': ((obj.vaults) === undefined) ? undefined : ((0, lean_serializers_1.mapDefinedEntries)(obj.vaults, (value) => value)),
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreV1Beta1SpecProviderOracle(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'auth': toJson_SecretStoreV1Beta1SpecProviderOracleAuth(obj.auth),
        'compartment': obj.compartment,
        'encryptionKey': obj.encryptionKey,
        'principalType': obj.principalType,
        'region': obj.region,
        'serviceAccountRef': toJson_SecretStoreV1Beta1SpecProviderOracleServiceAccountRef(obj.serviceAccountRef),
        'vault': obj.vault,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreV1Beta1SpecProviderPassbolt(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'auth': toJson_SecretStoreV1Beta1SpecProviderPassboltAuth(obj.auth),
        'host': obj.host,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreV1Beta1SpecProviderPassworddepot(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'auth': toJson_SecretStoreV1Beta1SpecProviderPassworddepotAuth(obj.auth),
        'database': obj.database,
        'host': obj.host,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreV1Beta1SpecProviderPrevider(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'auth': toJson_SecretStoreV1Beta1SpecProviderPreviderAuth(obj.auth),
        'baseUri': obj.baseUri,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreV1Beta1SpecProviderPulumi(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'accessToken': toJson_SecretStoreV1Beta1SpecProviderPulumiAccessToken(obj.accessToken),
        'apiUrl': obj.apiUrl,
        'environment': obj.environment,
        'organization': obj.organization,
        'project': obj.project,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreV1Beta1SpecProviderScaleway(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'accessKey': toJson_SecretStoreV1Beta1SpecProviderScalewayAccessKey(obj.accessKey),
        'apiUrl': obj.apiUrl,
        'projectId': obj.projectId,
        'region': obj.region,
        'secretKey': toJson_SecretStoreV1Beta1SpecProviderScalewaySecretKey(obj.secretKey),
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreV1Beta1SpecProviderSecretserver(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'password': toJson_SecretStoreV1Beta1SpecProviderSecretserverPassword(obj.password),
        'serverURL': obj.serverUrl,
        'username': toJson_SecretStoreV1Beta1SpecProviderSecretserverUsername(obj.username),
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreV1Beta1SpecProviderSenhasegura(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'auth': toJson_SecretStoreV1Beta1SpecProviderSenhaseguraAuth(obj.auth),
        'ignoreSslCertificate': obj.ignoreSslCertificate,
        'module': obj.module,
        'url': obj.url,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreV1Beta1SpecProviderVault(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'auth': toJson_SecretStoreV1Beta1SpecProviderVaultAuth(obj.auth),
        'caBundle': obj.caBundle,
        'caProvider': toJson_SecretStoreV1Beta1SpecProviderVaultCaProvider(obj.caProvider),
        'forwardInconsistent': obj.forwardInconsistent,
        'headers': ((obj.headers) === undefined) ? undefined : ((0, lean_serializers_1.mapDefinedEntries)(obj.headers, (value) => value)),
        'namespace': obj.namespace,
        'path': obj.path,
        'readYourWrites': obj.readYourWrites,
        'server': obj.server,
        'tls': toJson_SecretStoreV1Beta1SpecProviderVaultTls(obj.tls),
        'version': obj.version,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreV1Beta1SpecProviderWebhook(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'auth': toJson_SecretStoreV1Beta1SpecProviderWebhookAuth(obj.auth),
        'body': obj.body,
        'caBundle': obj.caBundle,
        'caProvider': toJson_SecretStoreV1Beta1SpecProviderWebhookCaProvider(obj.caProvider),
        'headers': ((obj.headers) === undefined) ? undefined : ((0, lean_serializers_1.mapDefinedEntries)(obj.headers, (value) => value)),
        'method': obj.method,
        'result': toJson_SecretStoreV1Beta1SpecProviderWebhookResult(obj.result),
        'secrets': obj.secrets?.map(y => toJson_SecretStoreV1Beta1SpecProviderWebhookSecrets(y)),
        'timeout': obj.timeout,
        'url': obj.url,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreV1Beta1SpecProviderYandexcertificatemanager(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'apiEndpoint': obj.apiEndpoint,
        'auth': toJson_SecretStoreV1Beta1SpecProviderYandexcertificatemanagerAuth(obj.auth),
        'caProvider': toJson_SecretStoreV1Beta1SpecProviderYandexcertificatemanagerCaProvider(obj.caProvider),
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreV1Beta1SpecProviderYandexlockbox(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'apiEndpoint': obj.apiEndpoint,
        'auth': toJson_SecretStoreV1Beta1SpecProviderYandexlockboxAuth(obj.auth),
        'caProvider': toJson_SecretStoreV1Beta1SpecProviderYandexlockboxCaProvider(obj.caProvider),
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreV1Beta1SpecConditionsNamespaceSelectorMatchExpressions(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'operator': obj.operator,
        'values': obj.values?.map(y => y),
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreV1Beta1SpecProviderAkeylessAuthSecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'kubernetesAuth': toJson_SecretStoreV1Beta1SpecProviderAkeylessAuthSecretRefKubernetesAuth(obj.kubernetesAuth),
        'secretRef': toJson_SecretStoreV1Beta1SpecProviderAkeylessAuthSecretRefSecretRef(obj.secretRef),
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreV1Beta1SpecProviderAkeylessCaProvider(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
        'type': obj.type,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreV1Beta1SpecProviderAlibabaAuth(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'rrsa': toJson_SecretStoreV1Beta1SpecProviderAlibabaAuthRrsa(obj.rrsa),
        'secretRef': toJson_SecretStoreV1Beta1SpecProviderAlibabaAuthSecretRef(obj.secretRef),
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreV1Beta1SpecProviderAwsAuth(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'jwt': toJson_SecretStoreV1Beta1SpecProviderAwsAuthJwt(obj.jwt),
        'secretRef': toJson_SecretStoreV1Beta1SpecProviderAwsAuthSecretRef(obj.secretRef),
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreV1Beta1SpecProviderAwsSecretsManager(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'forceDeleteWithoutRecovery': obj.forceDeleteWithoutRecovery,
        'recoveryWindowInDays': obj.recoveryWindowInDays,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
var SecretStoreV1Beta1SpecProviderAwsService;
(function (SecretStoreV1Beta1SpecProviderAwsService) {
    SecretStoreV1Beta1SpecProviderAwsService["SECRETS_MANAGER"] = "SecretsManager";
    SecretStoreV1Beta1SpecProviderAwsService["PARAMETER_STORE"] = "ParameterStore";
})(SecretStoreV1Beta1SpecProviderAwsService || (exports.SecretStoreV1Beta1SpecProviderAwsService = SecretStoreV1Beta1SpecProviderAwsService = {}));
function toJson_SecretStoreV1Beta1SpecProviderAwsSessionTags(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'value': obj.value,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreV1Beta1SpecProviderAzurekvAuthSecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'clientCertificate': toJson_SecretStoreV1Beta1SpecProviderAzurekvAuthSecretRefClientCertificate(obj.clientCertificate),
        'clientId': toJson_SecretStoreV1Beta1SpecProviderAzurekvAuthSecretRefClientId(obj.clientId),
        'clientSecret': toJson_SecretStoreV1Beta1SpecProviderAzurekvAuthSecretRefClientSecret(obj.clientSecret),
        'tenantId': toJson_SecretStoreV1Beta1SpecProviderAzurekvAuthSecretRefTenantId(obj.tenantId),
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
var SecretStoreV1Beta1SpecProviderAzurekvAuthType;
(function (SecretStoreV1Beta1SpecProviderAzurekvAuthType) {
    SecretStoreV1Beta1SpecProviderAzurekvAuthType["SERVICE_PRINCIPAL"] = "ServicePrincipal";
    SecretStoreV1Beta1SpecProviderAzurekvAuthType["MANAGED_IDENTITY"] = "ManagedIdentity";
    SecretStoreV1Beta1SpecProviderAzurekvAuthType["WORKLOAD_IDENTITY"] = "WorkloadIdentity";
})(SecretStoreV1Beta1SpecProviderAzurekvAuthType || (exports.SecretStoreV1Beta1SpecProviderAzurekvAuthType = SecretStoreV1Beta1SpecProviderAzurekvAuthType = {}));
var SecretStoreV1Beta1SpecProviderAzurekvEnvironmentType;
(function (SecretStoreV1Beta1SpecProviderAzurekvEnvironmentType) {
    SecretStoreV1Beta1SpecProviderAzurekvEnvironmentType["PUBLIC_CLOUD"] = "PublicCloud";
    SecretStoreV1Beta1SpecProviderAzurekvEnvironmentType["US_GOVERNMENT_CLOUD"] = "USGovernmentCloud";
    SecretStoreV1Beta1SpecProviderAzurekvEnvironmentType["CHINA_CLOUD"] = "ChinaCloud";
    SecretStoreV1Beta1SpecProviderAzurekvEnvironmentType["GERMAN_CLOUD"] = "GermanCloud";
})(SecretStoreV1Beta1SpecProviderAzurekvEnvironmentType || (exports.SecretStoreV1Beta1SpecProviderAzurekvEnvironmentType = SecretStoreV1Beta1SpecProviderAzurekvEnvironmentType = {}));
function toJson_SecretStoreV1Beta1SpecProviderAzurekvServiceAccountRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'audiences': obj.audiences?.map(y => y),
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreV1Beta1SpecProviderBeyondtrustAuth(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'apiKey': toJson_SecretStoreV1Beta1SpecProviderBeyondtrustAuthApiKey(obj.apiKey),
        'certificate': toJson_SecretStoreV1Beta1SpecProviderBeyondtrustAuthCertificate(obj.certificate),
        'certificateKey': toJson_SecretStoreV1Beta1SpecProviderBeyondtrustAuthCertificateKey(obj.certificateKey),
        'clientId': toJson_SecretStoreV1Beta1SpecProviderBeyondtrustAuthClientId(obj.clientId),
        'clientSecret': toJson_SecretStoreV1Beta1SpecProviderBeyondtrustAuthClientSecret(obj.clientSecret),
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreV1Beta1SpecProviderBeyondtrustServer(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'apiUrl': obj.apiUrl,
        'apiVersion': obj.apiVersion,
        'clientTimeOutSeconds': obj.clientTimeOutSeconds,
        'decrypt': obj.decrypt,
        'retrievalType': obj.retrievalType,
        'separator': obj.separator,
        'verifyCA': obj.verifyCa,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreV1Beta1SpecProviderBitwardensecretsmanagerAuth(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'secretRef': toJson_SecretStoreV1Beta1SpecProviderBitwardensecretsmanagerAuthSecretRef(obj.secretRef),
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreV1Beta1SpecProviderBitwardensecretsmanagerCaProvider(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
        'type': obj.type,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreV1Beta1SpecProviderChefAuth(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'secretRef': toJson_SecretStoreV1Beta1SpecProviderChefAuthSecretRef(obj.secretRef),
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreV1Beta1SpecProviderCloudrusmAuth(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'secretRef': toJson_SecretStoreV1Beta1SpecProviderCloudrusmAuthSecretRef(obj.secretRef),
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreV1Beta1SpecProviderConjurAuth(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'apikey': toJson_SecretStoreV1Beta1SpecProviderConjurAuthApikey(obj.apikey),
        'jwt': toJson_SecretStoreV1Beta1SpecProviderConjurAuthJwt(obj.jwt),
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreV1Beta1SpecProviderConjurCaProvider(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
        'type': obj.type,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreV1Beta1SpecProviderDelineaClientId(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'secretRef': toJson_SecretStoreV1Beta1SpecProviderDelineaClientIdSecretRef(obj.secretRef),
        'value': obj.value,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreV1Beta1SpecProviderDelineaClientSecret(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'secretRef': toJson_SecretStoreV1Beta1SpecProviderDelineaClientSecretSecretRef(obj.secretRef),
        'value': obj.value,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreV1Beta1SpecProviderDevice42Auth(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'secretRef': toJson_SecretStoreV1Beta1SpecProviderDevice42AuthSecretRef(obj.secretRef),
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreV1Beta1SpecProviderDopplerAuth(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'secretRef': toJson_SecretStoreV1Beta1SpecProviderDopplerAuthSecretRef(obj.secretRef),
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
var SecretStoreV1Beta1SpecProviderDopplerFormat;
(function (SecretStoreV1Beta1SpecProviderDopplerFormat) {
    SecretStoreV1Beta1SpecProviderDopplerFormat["JSON"] = "json";
    SecretStoreV1Beta1SpecProviderDopplerFormat["DOTNET_HYPHEN_JSON"] = "dotnet-json";
    SecretStoreV1Beta1SpecProviderDopplerFormat["ENV"] = "env";
    SecretStoreV1Beta1SpecProviderDopplerFormat["YAML"] = "yaml";
    SecretStoreV1Beta1SpecProviderDopplerFormat["DOCKER"] = "docker";
})(SecretStoreV1Beta1SpecProviderDopplerFormat || (exports.SecretStoreV1Beta1SpecProviderDopplerFormat = SecretStoreV1Beta1SpecProviderDopplerFormat = {}));
var SecretStoreV1Beta1SpecProviderDopplerNameTransformer;
(function (SecretStoreV1Beta1SpecProviderDopplerNameTransformer) {
    SecretStoreV1Beta1SpecProviderDopplerNameTransformer["UPPER_HYPHEN_CAMEL"] = "upper-camel";
    SecretStoreV1Beta1SpecProviderDopplerNameTransformer["CAMEL"] = "camel";
    SecretStoreV1Beta1SpecProviderDopplerNameTransformer["LOWER_HYPHEN_SNAKE"] = "lower-snake";
    SecretStoreV1Beta1SpecProviderDopplerNameTransformer["TF_HYPHEN_VAR"] = "tf-var";
    SecretStoreV1Beta1SpecProviderDopplerNameTransformer["DOTNET_HYPHEN_ENV"] = "dotnet-env";
    SecretStoreV1Beta1SpecProviderDopplerNameTransformer["LOWER_HYPHEN_KEBAB"] = "lower-kebab";
})(SecretStoreV1Beta1SpecProviderDopplerNameTransformer || (exports.SecretStoreV1Beta1SpecProviderDopplerNameTransformer = SecretStoreV1Beta1SpecProviderDopplerNameTransformer = {}));
function toJson_SecretStoreV1Beta1SpecProviderFakeData(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'value': obj.value,
        'version': obj.version,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreV1Beta1SpecProviderFortanixApiKey(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'secretRef': toJson_SecretStoreV1Beta1SpecProviderFortanixApiKeySecretRef(obj.secretRef),
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreV1Beta1SpecProviderGcpsmAuth(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'secretRef': toJson_SecretStoreV1Beta1SpecProviderGcpsmAuthSecretRef(obj.secretRef),
        'workloadIdentity': toJson_SecretStoreV1Beta1SpecProviderGcpsmAuthWorkloadIdentity(obj.workloadIdentity),
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreV1Beta1SpecProviderGithubAuth(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'privateKey': toJson_SecretStoreV1Beta1SpecProviderGithubAuthPrivateKey(obj.privateKey),
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreV1Beta1SpecProviderGitlabAuth(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'SecretRef': toJson_SecretStoreV1Beta1SpecProviderGitlabAuthSecretRef(obj.secretRef),
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreV1Beta1SpecProviderGitlabCaProvider(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
        'type': obj.type,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreV1Beta1SpecProviderIbmAuth(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'containerAuth': toJson_SecretStoreV1Beta1SpecProviderIbmAuthContainerAuth(obj.containerAuth),
        'secretRef': toJson_SecretStoreV1Beta1SpecProviderIbmAuthSecretRef(obj.secretRef),
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreV1Beta1SpecProviderInfisicalAuth(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'universalAuthCredentials': toJson_SecretStoreV1Beta1SpecProviderInfisicalAuthUniversalAuthCredentials(obj.universalAuthCredentials),
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreV1Beta1SpecProviderInfisicalSecretsScope(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'environmentSlug': obj.environmentSlug,
        'expandSecretReferences': obj.expandSecretReferences,
        'projectSlug': obj.projectSlug,
        'recursive': obj.recursive,
        'secretsPath': obj.secretsPath,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreV1Beta1SpecProviderKeepersecurityAuthRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreV1Beta1SpecProviderKubernetesAuth(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'cert': toJson_SecretStoreV1Beta1SpecProviderKubernetesAuthCert(obj.cert),
        'serviceAccount': toJson_SecretStoreV1Beta1SpecProviderKubernetesAuthServiceAccount(obj.serviceAccount),
        'token': toJson_SecretStoreV1Beta1SpecProviderKubernetesAuthToken(obj.token),
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreV1Beta1SpecProviderKubernetesAuthRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreV1Beta1SpecProviderKubernetesServer(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'caBundle': obj.caBundle,
        'caProvider': toJson_SecretStoreV1Beta1SpecProviderKubernetesServerCaProvider(obj.caProvider),
        'url': obj.url,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreV1Beta1SpecProviderOnboardbaseAuth(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'apiKeyRef': toJson_SecretStoreV1Beta1SpecProviderOnboardbaseAuthApiKeyRef(obj.apiKeyRef),
        'passcodeRef': toJson_SecretStoreV1Beta1SpecProviderOnboardbaseAuthPasscodeRef(obj.passcodeRef),
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreV1Beta1SpecProviderOnepasswordAuth(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'secretRef': toJson_SecretStoreV1Beta1SpecProviderOnepasswordAuthSecretRef(obj.secretRef),
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreV1Beta1SpecProviderOracleAuth(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'secretRef': toJson_SecretStoreV1Beta1SpecProviderOracleAuthSecretRef(obj.secretRef),
        'tenancy': obj.tenancy,
        'user': obj.user,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
var SecretStoreV1Beta1SpecProviderOraclePrincipalType;
(function (SecretStoreV1Beta1SpecProviderOraclePrincipalType) {
    SecretStoreV1Beta1SpecProviderOraclePrincipalType["USER_PRINCIPAL"] = "UserPrincipal";
    SecretStoreV1Beta1SpecProviderOraclePrincipalType["INSTANCE_PRINCIPAL"] = "InstancePrincipal";
    SecretStoreV1Beta1SpecProviderOraclePrincipalType["WORKLOAD"] = "Workload";
})(SecretStoreV1Beta1SpecProviderOraclePrincipalType || (exports.SecretStoreV1Beta1SpecProviderOraclePrincipalType = SecretStoreV1Beta1SpecProviderOraclePrincipalType = {}));
function toJson_SecretStoreV1Beta1SpecProviderOracleServiceAccountRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'audiences': obj.audiences?.map(y => y),
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreV1Beta1SpecProviderPassboltAuth(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'passwordSecretRef': toJson_SecretStoreV1Beta1SpecProviderPassboltAuthPasswordSecretRef(obj.passwordSecretRef),
        'privateKeySecretRef': toJson_SecretStoreV1Beta1SpecProviderPassboltAuthPrivateKeySecretRef(obj.privateKeySecretRef),
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreV1Beta1SpecProviderPassworddepotAuth(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'secretRef': toJson_SecretStoreV1Beta1SpecProviderPassworddepotAuthSecretRef(obj.secretRef),
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreV1Beta1SpecProviderPreviderAuth(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'secretRef': toJson_SecretStoreV1Beta1SpecProviderPreviderAuthSecretRef(obj.secretRef),
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreV1Beta1SpecProviderPulumiAccessToken(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'secretRef': toJson_SecretStoreV1Beta1SpecProviderPulumiAccessTokenSecretRef(obj.secretRef),
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreV1Beta1SpecProviderScalewayAccessKey(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'secretRef': toJson_SecretStoreV1Beta1SpecProviderScalewayAccessKeySecretRef(obj.secretRef),
        'value': obj.value,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreV1Beta1SpecProviderScalewaySecretKey(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'secretRef': toJson_SecretStoreV1Beta1SpecProviderScalewaySecretKeySecretRef(obj.secretRef),
        'value': obj.value,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreV1Beta1SpecProviderSecretserverPassword(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'secretRef': toJson_SecretStoreV1Beta1SpecProviderSecretserverPasswordSecretRef(obj.secretRef),
        'value': obj.value,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreV1Beta1SpecProviderSecretserverUsername(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'secretRef': toJson_SecretStoreV1Beta1SpecProviderSecretserverUsernameSecretRef(obj.secretRef),
        'value': obj.value,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreV1Beta1SpecProviderSenhaseguraAuth(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'clientId': obj.clientId,
        'clientSecretSecretRef': toJson_SecretStoreV1Beta1SpecProviderSenhaseguraAuthClientSecretSecretRef(obj.clientSecretSecretRef),
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreV1Beta1SpecProviderVaultAuth(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'appRole': toJson_SecretStoreV1Beta1SpecProviderVaultAuthAppRole(obj.appRole),
        'cert': toJson_SecretStoreV1Beta1SpecProviderVaultAuthCert(obj.cert),
        'iam': toJson_SecretStoreV1Beta1SpecProviderVaultAuthIam(obj.iam),
        'jwt': toJson_SecretStoreV1Beta1SpecProviderVaultAuthJwt(obj.jwt),
        'kubernetes': toJson_SecretStoreV1Beta1SpecProviderVaultAuthKubernetes(obj.kubernetes),
        'ldap': toJson_SecretStoreV1Beta1SpecProviderVaultAuthLdap(obj.ldap),
        'namespace': obj.namespace,
        'tokenSecretRef': toJson_SecretStoreV1Beta1SpecProviderVaultAuthTokenSecretRef(obj.tokenSecretRef),
        'userPass': toJson_SecretStoreV1Beta1SpecProviderVaultAuthUserPass(obj.userPass),
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreV1Beta1SpecProviderVaultCaProvider(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
        'type': obj.type,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreV1Beta1SpecProviderVaultTls(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'certSecretRef': toJson_SecretStoreV1Beta1SpecProviderVaultTlsCertSecretRef(obj.certSecretRef),
        'keySecretRef': toJson_SecretStoreV1Beta1SpecProviderVaultTlsKeySecretRef(obj.keySecretRef),
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
var SecretStoreV1Beta1SpecProviderVaultVersion;
(function (SecretStoreV1Beta1SpecProviderVaultVersion) {
    SecretStoreV1Beta1SpecProviderVaultVersion["V1"] = "v1";
    SecretStoreV1Beta1SpecProviderVaultVersion["V2"] = "v2";
})(SecretStoreV1Beta1SpecProviderVaultVersion || (exports.SecretStoreV1Beta1SpecProviderVaultVersion = SecretStoreV1Beta1SpecProviderVaultVersion = {}));
function toJson_SecretStoreV1Beta1SpecProviderWebhookAuth(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'ntlm': toJson_SecretStoreV1Beta1SpecProviderWebhookAuthNtlm(obj.ntlm),
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreV1Beta1SpecProviderWebhookCaProvider(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
        'type': obj.type,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreV1Beta1SpecProviderWebhookResult(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'jsonPath': obj.jsonPath,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreV1Beta1SpecProviderWebhookSecrets(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'name': obj.name,
        'secretRef': toJson_SecretStoreV1Beta1SpecProviderWebhookSecretsSecretRef(obj.secretRef),
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreV1Beta1SpecProviderYandexcertificatemanagerAuth(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'authorizedKeySecretRef': toJson_SecretStoreV1Beta1SpecProviderYandexcertificatemanagerAuthAuthorizedKeySecretRef(obj.authorizedKeySecretRef),
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreV1Beta1SpecProviderYandexcertificatemanagerCaProvider(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'certSecretRef': toJson_SecretStoreV1Beta1SpecProviderYandexcertificatemanagerCaProviderCertSecretRef(obj.certSecretRef),
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreV1Beta1SpecProviderYandexlockboxAuth(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'authorizedKeySecretRef': toJson_SecretStoreV1Beta1SpecProviderYandexlockboxAuthAuthorizedKeySecretRef(obj.authorizedKeySecretRef),
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreV1Beta1SpecProviderYandexlockboxCaProvider(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'certSecretRef': toJson_SecretStoreV1Beta1SpecProviderYandexlockboxCaProviderCertSecretRef(obj.certSecretRef),
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreV1Beta1SpecProviderAkeylessAuthSecretRefKubernetesAuth(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'accessID': obj.accessId,
        'k8sConfName': obj.k8SConfName,
        'secretRef': toJson_SecretStoreV1Beta1SpecProviderAkeylessAuthSecretRefKubernetesAuthSecretRef(obj.secretRef),
        'serviceAccountRef': toJson_SecretStoreV1Beta1SpecProviderAkeylessAuthSecretRefKubernetesAuthServiceAccountRef(obj.serviceAccountRef),
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreV1Beta1SpecProviderAkeylessAuthSecretRefSecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'accessID': toJson_SecretStoreV1Beta1SpecProviderAkeylessAuthSecretRefSecretRefAccessId(obj.accessId),
        'accessType': toJson_SecretStoreV1Beta1SpecProviderAkeylessAuthSecretRefSecretRefAccessType(obj.accessType),
        'accessTypeParam': toJson_SecretStoreV1Beta1SpecProviderAkeylessAuthSecretRefSecretRefAccessTypeParam(obj.accessTypeParam),
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
var SecretStoreV1Beta1SpecProviderAkeylessCaProviderType;
(function (SecretStoreV1Beta1SpecProviderAkeylessCaProviderType) {
    SecretStoreV1Beta1SpecProviderAkeylessCaProviderType["SECRET"] = "Secret";
    SecretStoreV1Beta1SpecProviderAkeylessCaProviderType["CONFIG_MAP"] = "ConfigMap";
})(SecretStoreV1Beta1SpecProviderAkeylessCaProviderType || (exports.SecretStoreV1Beta1SpecProviderAkeylessCaProviderType = SecretStoreV1Beta1SpecProviderAkeylessCaProviderType = {}));
function toJson_SecretStoreV1Beta1SpecProviderAlibabaAuthRrsa(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'oidcProviderArn': obj.oidcProviderArn,
        'oidcTokenFilePath': obj.oidcTokenFilePath,
        'roleArn': obj.roleArn,
        'sessionName': obj.sessionName,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreV1Beta1SpecProviderAlibabaAuthSecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'accessKeyIDSecretRef': toJson_SecretStoreV1Beta1SpecProviderAlibabaAuthSecretRefAccessKeyIdSecretRef(obj.accessKeyIdSecretRef),
        'accessKeySecretSecretRef': toJson_SecretStoreV1Beta1SpecProviderAlibabaAuthSecretRefAccessKeySecretSecretRef(obj.accessKeySecretSecretRef),
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreV1Beta1SpecProviderAwsAuthJwt(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'serviceAccountRef': toJson_SecretStoreV1Beta1SpecProviderAwsAuthJwtServiceAccountRef(obj.serviceAccountRef),
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreV1Beta1SpecProviderAwsAuthSecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'accessKeyIDSecretRef': toJson_SecretStoreV1Beta1SpecProviderAwsAuthSecretRefAccessKeyIdSecretRef(obj.accessKeyIdSecretRef),
        'secretAccessKeySecretRef': toJson_SecretStoreV1Beta1SpecProviderAwsAuthSecretRefSecretAccessKeySecretRef(obj.secretAccessKeySecretRef),
        'sessionTokenSecretRef': toJson_SecretStoreV1Beta1SpecProviderAwsAuthSecretRefSessionTokenSecretRef(obj.sessionTokenSecretRef),
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreV1Beta1SpecProviderAzurekvAuthSecretRefClientCertificate(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreV1Beta1SpecProviderAzurekvAuthSecretRefClientId(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreV1Beta1SpecProviderAzurekvAuthSecretRefClientSecret(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreV1Beta1SpecProviderAzurekvAuthSecretRefTenantId(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreV1Beta1SpecProviderBeyondtrustAuthApiKey(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'secretRef': toJson_SecretStoreV1Beta1SpecProviderBeyondtrustAuthApiKeySecretRef(obj.secretRef),
        'value': obj.value,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreV1Beta1SpecProviderBeyondtrustAuthCertificate(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'secretRef': toJson_SecretStoreV1Beta1SpecProviderBeyondtrustAuthCertificateSecretRef(obj.secretRef),
        'value': obj.value,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreV1Beta1SpecProviderBeyondtrustAuthCertificateKey(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'secretRef': toJson_SecretStoreV1Beta1SpecProviderBeyondtrustAuthCertificateKeySecretRef(obj.secretRef),
        'value': obj.value,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreV1Beta1SpecProviderBeyondtrustAuthClientId(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'secretRef': toJson_SecretStoreV1Beta1SpecProviderBeyondtrustAuthClientIdSecretRef(obj.secretRef),
        'value': obj.value,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreV1Beta1SpecProviderBeyondtrustAuthClientSecret(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'secretRef': toJson_SecretStoreV1Beta1SpecProviderBeyondtrustAuthClientSecretSecretRef(obj.secretRef),
        'value': obj.value,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreV1Beta1SpecProviderBitwardensecretsmanagerAuthSecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'credentials': toJson_SecretStoreV1Beta1SpecProviderBitwardensecretsmanagerAuthSecretRefCredentials(obj.credentials),
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
var SecretStoreV1Beta1SpecProviderBitwardensecretsmanagerCaProviderType;
(function (SecretStoreV1Beta1SpecProviderBitwardensecretsmanagerCaProviderType) {
    SecretStoreV1Beta1SpecProviderBitwardensecretsmanagerCaProviderType["SECRET"] = "Secret";
    SecretStoreV1Beta1SpecProviderBitwardensecretsmanagerCaProviderType["CONFIG_MAP"] = "ConfigMap";
})(SecretStoreV1Beta1SpecProviderBitwardensecretsmanagerCaProviderType || (exports.SecretStoreV1Beta1SpecProviderBitwardensecretsmanagerCaProviderType = SecretStoreV1Beta1SpecProviderBitwardensecretsmanagerCaProviderType = {}));
function toJson_SecretStoreV1Beta1SpecProviderChefAuthSecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'privateKeySecretRef': toJson_SecretStoreV1Beta1SpecProviderChefAuthSecretRefPrivateKeySecretRef(obj.privateKeySecretRef),
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreV1Beta1SpecProviderCloudrusmAuthSecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'accessKeyIDSecretRef': toJson_SecretStoreV1Beta1SpecProviderCloudrusmAuthSecretRefAccessKeyIdSecretRef(obj.accessKeyIdSecretRef),
        'accessKeySecretSecretRef': toJson_SecretStoreV1Beta1SpecProviderCloudrusmAuthSecretRefAccessKeySecretSecretRef(obj.accessKeySecretSecretRef),
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreV1Beta1SpecProviderConjurAuthApikey(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'account': obj.account,
        'apiKeyRef': toJson_SecretStoreV1Beta1SpecProviderConjurAuthApikeyApiKeyRef(obj.apiKeyRef),
        'userRef': toJson_SecretStoreV1Beta1SpecProviderConjurAuthApikeyUserRef(obj.userRef),
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreV1Beta1SpecProviderConjurAuthJwt(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'account': obj.account,
        'hostId': obj.hostId,
        'secretRef': toJson_SecretStoreV1Beta1SpecProviderConjurAuthJwtSecretRef(obj.secretRef),
        'serviceAccountRef': toJson_SecretStoreV1Beta1SpecProviderConjurAuthJwtServiceAccountRef(obj.serviceAccountRef),
        'serviceID': obj.serviceId,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
var SecretStoreV1Beta1SpecProviderConjurCaProviderType;
(function (SecretStoreV1Beta1SpecProviderConjurCaProviderType) {
    SecretStoreV1Beta1SpecProviderConjurCaProviderType["SECRET"] = "Secret";
    SecretStoreV1Beta1SpecProviderConjurCaProviderType["CONFIG_MAP"] = "ConfigMap";
})(SecretStoreV1Beta1SpecProviderConjurCaProviderType || (exports.SecretStoreV1Beta1SpecProviderConjurCaProviderType = SecretStoreV1Beta1SpecProviderConjurCaProviderType = {}));
function toJson_SecretStoreV1Beta1SpecProviderDelineaClientIdSecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreV1Beta1SpecProviderDelineaClientSecretSecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreV1Beta1SpecProviderDevice42AuthSecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'credentials': toJson_SecretStoreV1Beta1SpecProviderDevice42AuthSecretRefCredentials(obj.credentials),
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreV1Beta1SpecProviderDopplerAuthSecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'dopplerToken': toJson_SecretStoreV1Beta1SpecProviderDopplerAuthSecretRefDopplerToken(obj.dopplerToken),
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreV1Beta1SpecProviderFortanixApiKeySecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreV1Beta1SpecProviderGcpsmAuthSecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'secretAccessKeySecretRef': toJson_SecretStoreV1Beta1SpecProviderGcpsmAuthSecretRefSecretAccessKeySecretRef(obj.secretAccessKeySecretRef),
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreV1Beta1SpecProviderGcpsmAuthWorkloadIdentity(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'clusterLocation': obj.clusterLocation,
        'clusterName': obj.clusterName,
        'clusterProjectID': obj.clusterProjectId,
        'serviceAccountRef': toJson_SecretStoreV1Beta1SpecProviderGcpsmAuthWorkloadIdentityServiceAccountRef(obj.serviceAccountRef),
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreV1Beta1SpecProviderGithubAuthPrivateKey(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreV1Beta1SpecProviderGitlabAuthSecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'accessToken': toJson_SecretStoreV1Beta1SpecProviderGitlabAuthSecretRefAccessToken(obj.accessToken),
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
var SecretStoreV1Beta1SpecProviderGitlabCaProviderType;
(function (SecretStoreV1Beta1SpecProviderGitlabCaProviderType) {
    SecretStoreV1Beta1SpecProviderGitlabCaProviderType["SECRET"] = "Secret";
    SecretStoreV1Beta1SpecProviderGitlabCaProviderType["CONFIG_MAP"] = "ConfigMap";
})(SecretStoreV1Beta1SpecProviderGitlabCaProviderType || (exports.SecretStoreV1Beta1SpecProviderGitlabCaProviderType = SecretStoreV1Beta1SpecProviderGitlabCaProviderType = {}));
function toJson_SecretStoreV1Beta1SpecProviderIbmAuthContainerAuth(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'iamEndpoint': obj.iamEndpoint,
        'profile': obj.profile,
        'tokenLocation': obj.tokenLocation,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreV1Beta1SpecProviderIbmAuthSecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'secretApiKeySecretRef': toJson_SecretStoreV1Beta1SpecProviderIbmAuthSecretRefSecretApiKeySecretRef(obj.secretApiKeySecretRef),
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreV1Beta1SpecProviderInfisicalAuthUniversalAuthCredentials(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'clientId': toJson_SecretStoreV1Beta1SpecProviderInfisicalAuthUniversalAuthCredentialsClientId(obj.clientId),
        'clientSecret': toJson_SecretStoreV1Beta1SpecProviderInfisicalAuthUniversalAuthCredentialsClientSecret(obj.clientSecret),
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreV1Beta1SpecProviderKubernetesAuthCert(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'clientCert': toJson_SecretStoreV1Beta1SpecProviderKubernetesAuthCertClientCert(obj.clientCert),
        'clientKey': toJson_SecretStoreV1Beta1SpecProviderKubernetesAuthCertClientKey(obj.clientKey),
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreV1Beta1SpecProviderKubernetesAuthServiceAccount(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'audiences': obj.audiences?.map(y => y),
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreV1Beta1SpecProviderKubernetesAuthToken(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'bearerToken': toJson_SecretStoreV1Beta1SpecProviderKubernetesAuthTokenBearerToken(obj.bearerToken),
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreV1Beta1SpecProviderKubernetesServerCaProvider(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
        'type': obj.type,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreV1Beta1SpecProviderOnboardbaseAuthApiKeyRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreV1Beta1SpecProviderOnboardbaseAuthPasscodeRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreV1Beta1SpecProviderOnepasswordAuthSecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'connectTokenSecretRef': toJson_SecretStoreV1Beta1SpecProviderOnepasswordAuthSecretRefConnectTokenSecretRef(obj.connectTokenSecretRef),
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreV1Beta1SpecProviderOracleAuthSecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'fingerprint': toJson_SecretStoreV1Beta1SpecProviderOracleAuthSecretRefFingerprint(obj.fingerprint),
        'privatekey': toJson_SecretStoreV1Beta1SpecProviderOracleAuthSecretRefPrivatekey(obj.privatekey),
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreV1Beta1SpecProviderPassboltAuthPasswordSecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreV1Beta1SpecProviderPassboltAuthPrivateKeySecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreV1Beta1SpecProviderPassworddepotAuthSecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'credentials': toJson_SecretStoreV1Beta1SpecProviderPassworddepotAuthSecretRefCredentials(obj.credentials),
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreV1Beta1SpecProviderPreviderAuthSecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'accessToken': toJson_SecretStoreV1Beta1SpecProviderPreviderAuthSecretRefAccessToken(obj.accessToken),
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreV1Beta1SpecProviderPulumiAccessTokenSecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreV1Beta1SpecProviderScalewayAccessKeySecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreV1Beta1SpecProviderScalewaySecretKeySecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreV1Beta1SpecProviderSecretserverPasswordSecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreV1Beta1SpecProviderSecretserverUsernameSecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreV1Beta1SpecProviderSenhaseguraAuthClientSecretSecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreV1Beta1SpecProviderVaultAuthAppRole(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'path': obj.path,
        'roleId': obj.roleId,
        'roleRef': toJson_SecretStoreV1Beta1SpecProviderVaultAuthAppRoleRoleRef(obj.roleRef),
        'secretRef': toJson_SecretStoreV1Beta1SpecProviderVaultAuthAppRoleSecretRef(obj.secretRef),
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreV1Beta1SpecProviderVaultAuthCert(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'clientCert': toJson_SecretStoreV1Beta1SpecProviderVaultAuthCertClientCert(obj.clientCert),
        'secretRef': toJson_SecretStoreV1Beta1SpecProviderVaultAuthCertSecretRef(obj.secretRef),
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreV1Beta1SpecProviderVaultAuthIam(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'externalID': obj.externalId,
        'jwt': toJson_SecretStoreV1Beta1SpecProviderVaultAuthIamJwt(obj.jwt),
        'path': obj.path,
        'region': obj.region,
        'role': obj.role,
        'secretRef': toJson_SecretStoreV1Beta1SpecProviderVaultAuthIamSecretRef(obj.secretRef),
        'vaultAwsIamServerID': obj.vaultAwsIamServerId,
        'vaultRole': obj.vaultRole,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreV1Beta1SpecProviderVaultAuthJwt(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'kubernetesServiceAccountToken': toJson_SecretStoreV1Beta1SpecProviderVaultAuthJwtKubernetesServiceAccountToken(obj.kubernetesServiceAccountToken),
        'path': obj.path,
        'role': obj.role,
        'secretRef': toJson_SecretStoreV1Beta1SpecProviderVaultAuthJwtSecretRef(obj.secretRef),
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreV1Beta1SpecProviderVaultAuthKubernetes(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'mountPath': obj.mountPath,
        'role': obj.role,
        'secretRef': toJson_SecretStoreV1Beta1SpecProviderVaultAuthKubernetesSecretRef(obj.secretRef),
        'serviceAccountRef': toJson_SecretStoreV1Beta1SpecProviderVaultAuthKubernetesServiceAccountRef(obj.serviceAccountRef),
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreV1Beta1SpecProviderVaultAuthLdap(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'path': obj.path,
        'secretRef': toJson_SecretStoreV1Beta1SpecProviderVaultAuthLdapSecretRef(obj.secretRef),
        'username': obj.username,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreV1Beta1SpecProviderVaultAuthTokenSecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreV1Beta1SpecProviderVaultAuthUserPass(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'path': obj.path,
        'secretRef': toJson_SecretStoreV1Beta1SpecProviderVaultAuthUserPassSecretRef(obj.secretRef),
        'username': obj.username,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
var SecretStoreV1Beta1SpecProviderVaultCaProviderType;
(function (SecretStoreV1Beta1SpecProviderVaultCaProviderType) {
    SecretStoreV1Beta1SpecProviderVaultCaProviderType["SECRET"] = "Secret";
    SecretStoreV1Beta1SpecProviderVaultCaProviderType["CONFIG_MAP"] = "ConfigMap";
})(SecretStoreV1Beta1SpecProviderVaultCaProviderType || (exports.SecretStoreV1Beta1SpecProviderVaultCaProviderType = SecretStoreV1Beta1SpecProviderVaultCaProviderType = {}));
function toJson_SecretStoreV1Beta1SpecProviderVaultTlsCertSecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreV1Beta1SpecProviderVaultTlsKeySecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreV1Beta1SpecProviderWebhookAuthNtlm(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'passwordSecret': toJson_SecretStoreV1Beta1SpecProviderWebhookAuthNtlmPasswordSecret(obj.passwordSecret),
        'usernameSecret': toJson_SecretStoreV1Beta1SpecProviderWebhookAuthNtlmUsernameSecret(obj.usernameSecret),
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
var SecretStoreV1Beta1SpecProviderWebhookCaProviderType;
(function (SecretStoreV1Beta1SpecProviderWebhookCaProviderType) {
    SecretStoreV1Beta1SpecProviderWebhookCaProviderType["SECRET"] = "Secret";
    SecretStoreV1Beta1SpecProviderWebhookCaProviderType["CONFIG_MAP"] = "ConfigMap";
})(SecretStoreV1Beta1SpecProviderWebhookCaProviderType || (exports.SecretStoreV1Beta1SpecProviderWebhookCaProviderType = SecretStoreV1Beta1SpecProviderWebhookCaProviderType = {}));
function toJson_SecretStoreV1Beta1SpecProviderWebhookSecretsSecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreV1Beta1SpecProviderYandexcertificatemanagerAuthAuthorizedKeySecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreV1Beta1SpecProviderYandexcertificatemanagerCaProviderCertSecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreV1Beta1SpecProviderYandexlockboxAuthAuthorizedKeySecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreV1Beta1SpecProviderYandexlockboxCaProviderCertSecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreV1Beta1SpecProviderAkeylessAuthSecretRefKubernetesAuthSecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreV1Beta1SpecProviderAkeylessAuthSecretRefKubernetesAuthServiceAccountRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'audiences': obj.audiences?.map(y => y),
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreV1Beta1SpecProviderAkeylessAuthSecretRefSecretRefAccessId(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreV1Beta1SpecProviderAkeylessAuthSecretRefSecretRefAccessType(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreV1Beta1SpecProviderAkeylessAuthSecretRefSecretRefAccessTypeParam(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreV1Beta1SpecProviderAlibabaAuthSecretRefAccessKeyIdSecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreV1Beta1SpecProviderAlibabaAuthSecretRefAccessKeySecretSecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreV1Beta1SpecProviderAwsAuthJwtServiceAccountRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'audiences': obj.audiences?.map(y => y),
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreV1Beta1SpecProviderAwsAuthSecretRefAccessKeyIdSecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreV1Beta1SpecProviderAwsAuthSecretRefSecretAccessKeySecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreV1Beta1SpecProviderAwsAuthSecretRefSessionTokenSecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreV1Beta1SpecProviderBeyondtrustAuthApiKeySecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreV1Beta1SpecProviderBeyondtrustAuthCertificateSecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreV1Beta1SpecProviderBeyondtrustAuthCertificateKeySecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreV1Beta1SpecProviderBeyondtrustAuthClientIdSecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreV1Beta1SpecProviderBeyondtrustAuthClientSecretSecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreV1Beta1SpecProviderBitwardensecretsmanagerAuthSecretRefCredentials(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreV1Beta1SpecProviderChefAuthSecretRefPrivateKeySecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreV1Beta1SpecProviderCloudrusmAuthSecretRefAccessKeyIdSecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreV1Beta1SpecProviderCloudrusmAuthSecretRefAccessKeySecretSecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreV1Beta1SpecProviderConjurAuthApikeyApiKeyRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreV1Beta1SpecProviderConjurAuthApikeyUserRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreV1Beta1SpecProviderConjurAuthJwtSecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreV1Beta1SpecProviderConjurAuthJwtServiceAccountRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'audiences': obj.audiences?.map(y => y),
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreV1Beta1SpecProviderDevice42AuthSecretRefCredentials(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreV1Beta1SpecProviderDopplerAuthSecretRefDopplerToken(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreV1Beta1SpecProviderGcpsmAuthSecretRefSecretAccessKeySecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreV1Beta1SpecProviderGcpsmAuthWorkloadIdentityServiceAccountRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'audiences': obj.audiences?.map(y => y),
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreV1Beta1SpecProviderGitlabAuthSecretRefAccessToken(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreV1Beta1SpecProviderIbmAuthSecretRefSecretApiKeySecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreV1Beta1SpecProviderInfisicalAuthUniversalAuthCredentialsClientId(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreV1Beta1SpecProviderInfisicalAuthUniversalAuthCredentialsClientSecret(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreV1Beta1SpecProviderKubernetesAuthCertClientCert(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreV1Beta1SpecProviderKubernetesAuthCertClientKey(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreV1Beta1SpecProviderKubernetesAuthTokenBearerToken(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
var SecretStoreV1Beta1SpecProviderKubernetesServerCaProviderType;
(function (SecretStoreV1Beta1SpecProviderKubernetesServerCaProviderType) {
    SecretStoreV1Beta1SpecProviderKubernetesServerCaProviderType["SECRET"] = "Secret";
    SecretStoreV1Beta1SpecProviderKubernetesServerCaProviderType["CONFIG_MAP"] = "ConfigMap";
})(SecretStoreV1Beta1SpecProviderKubernetesServerCaProviderType || (exports.SecretStoreV1Beta1SpecProviderKubernetesServerCaProviderType = SecretStoreV1Beta1SpecProviderKubernetesServerCaProviderType = {}));
function toJson_SecretStoreV1Beta1SpecProviderOnepasswordAuthSecretRefConnectTokenSecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreV1Beta1SpecProviderOracleAuthSecretRefFingerprint(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreV1Beta1SpecProviderOracleAuthSecretRefPrivatekey(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreV1Beta1SpecProviderPassworddepotAuthSecretRefCredentials(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreV1Beta1SpecProviderPreviderAuthSecretRefAccessToken(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreV1Beta1SpecProviderVaultAuthAppRoleRoleRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreV1Beta1SpecProviderVaultAuthAppRoleSecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreV1Beta1SpecProviderVaultAuthCertClientCert(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreV1Beta1SpecProviderVaultAuthCertSecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreV1Beta1SpecProviderVaultAuthIamJwt(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'serviceAccountRef': toJson_SecretStoreV1Beta1SpecProviderVaultAuthIamJwtServiceAccountRef(obj.serviceAccountRef),
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreV1Beta1SpecProviderVaultAuthIamSecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'accessKeyIDSecretRef': toJson_SecretStoreV1Beta1SpecProviderVaultAuthIamSecretRefAccessKeyIdSecretRef(obj.accessKeyIdSecretRef),
        'secretAccessKeySecretRef': toJson_SecretStoreV1Beta1SpecProviderVaultAuthIamSecretRefSecretAccessKeySecretRef(obj.secretAccessKeySecretRef),
        'sessionTokenSecretRef': toJson_SecretStoreV1Beta1SpecProviderVaultAuthIamSecretRefSessionTokenSecretRef(obj.sessionTokenSecretRef),
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreV1Beta1SpecProviderVaultAuthJwtKubernetesServiceAccountToken(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'audiences': obj.audiences?.map(y => y),
        'expirationSeconds': obj.expirationSeconds,
        'serviceAccountRef': toJson_SecretStoreV1Beta1SpecProviderVaultAuthJwtKubernetesServiceAccountTokenServiceAccountRef(obj.serviceAccountRef),
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreV1Beta1SpecProviderVaultAuthJwtSecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreV1Beta1SpecProviderVaultAuthKubernetesSecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreV1Beta1SpecProviderVaultAuthKubernetesServiceAccountRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'audiences': obj.audiences?.map(y => y),
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreV1Beta1SpecProviderVaultAuthLdapSecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreV1Beta1SpecProviderVaultAuthUserPassSecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreV1Beta1SpecProviderWebhookAuthNtlmPasswordSecret(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreV1Beta1SpecProviderWebhookAuthNtlmUsernameSecret(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreV1Beta1SpecProviderVaultAuthIamJwtServiceAccountRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'audiences': obj.audiences?.map(y => y),
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreV1Beta1SpecProviderVaultAuthIamSecretRefAccessKeyIdSecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreV1Beta1SpecProviderVaultAuthIamSecretRefSecretAccessKeySecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreV1Beta1SpecProviderVaultAuthIamSecretRefSessionTokenSecretRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_SecretStoreV1Beta1SpecProviderVaultAuthJwtKubernetesServiceAccountTokenServiceAccountRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'audiences': obj.audiences?.map(y => y),
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
