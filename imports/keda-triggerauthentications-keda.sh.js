"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.TriggerAuthenticationSpecHashiCorpVaultSecretsType = exports.TriggerAuthenticationSpecGcpSecretManagerPodIdentityProvider = exports.TriggerAuthenticationSpecGcpSecretManagerPodIdentityIdentityOwner = exports.TriggerAuthenticationSpecAzureKeyVaultPodIdentityProvider = exports.TriggerAuthenticationSpecAzureKeyVaultPodIdentityIdentityOwner = exports.TriggerAuthenticationSpecAwsSecretManagerPodIdentityProvider = exports.TriggerAuthenticationSpecAwsSecretManagerPodIdentityIdentityOwner = exports.TriggerAuthenticationSpecPodIdentityProvider = exports.TriggerAuthenticationSpecPodIdentityIdentityOwner = exports.TriggerAuthenticationSpecOauth2Type = exports.TriggerAuthenticationSpecHashiCorpVaultAuthentication = exports.TriggerAuthentication = void 0;
exports.toJson_TriggerAuthenticationProps = toJson_TriggerAuthenticationProps;
exports.toJson_TriggerAuthenticationSpec = toJson_TriggerAuthenticationSpec;
exports.toJson_TriggerAuthenticationSpecAwsSecretManager = toJson_TriggerAuthenticationSpecAwsSecretManager;
exports.toJson_TriggerAuthenticationSpecAzureKeyVault = toJson_TriggerAuthenticationSpecAzureKeyVault;
exports.toJson_TriggerAuthenticationSpecBoundServiceAccountToken = toJson_TriggerAuthenticationSpecBoundServiceAccountToken;
exports.toJson_TriggerAuthenticationSpecConfigMapTargetRef = toJson_TriggerAuthenticationSpecConfigMapTargetRef;
exports.toJson_TriggerAuthenticationSpecEnv = toJson_TriggerAuthenticationSpecEnv;
exports.toJson_TriggerAuthenticationSpecGcpSecretManager = toJson_TriggerAuthenticationSpecGcpSecretManager;
exports.toJson_TriggerAuthenticationSpecHashiCorpVault = toJson_TriggerAuthenticationSpecHashiCorpVault;
exports.toJson_TriggerAuthenticationSpecOauth2 = toJson_TriggerAuthenticationSpecOauth2;
exports.toJson_TriggerAuthenticationSpecPodIdentity = toJson_TriggerAuthenticationSpecPodIdentity;
exports.toJson_TriggerAuthenticationSpecSecretTargetRef = toJson_TriggerAuthenticationSpecSecretTargetRef;
exports.toJson_TriggerAuthenticationSpecAwsSecretManagerCredentials = toJson_TriggerAuthenticationSpecAwsSecretManagerCredentials;
exports.toJson_TriggerAuthenticationSpecAwsSecretManagerPodIdentity = toJson_TriggerAuthenticationSpecAwsSecretManagerPodIdentity;
exports.toJson_TriggerAuthenticationSpecAwsSecretManagerSecrets = toJson_TriggerAuthenticationSpecAwsSecretManagerSecrets;
exports.toJson_TriggerAuthenticationSpecAzureKeyVaultCloud = toJson_TriggerAuthenticationSpecAzureKeyVaultCloud;
exports.toJson_TriggerAuthenticationSpecAzureKeyVaultCredentials = toJson_TriggerAuthenticationSpecAzureKeyVaultCredentials;
exports.toJson_TriggerAuthenticationSpecAzureKeyVaultPodIdentity = toJson_TriggerAuthenticationSpecAzureKeyVaultPodIdentity;
exports.toJson_TriggerAuthenticationSpecAzureKeyVaultSecrets = toJson_TriggerAuthenticationSpecAzureKeyVaultSecrets;
exports.toJson_TriggerAuthenticationSpecGcpSecretManagerCredentials = toJson_TriggerAuthenticationSpecGcpSecretManagerCredentials;
exports.toJson_TriggerAuthenticationSpecGcpSecretManagerPodIdentity = toJson_TriggerAuthenticationSpecGcpSecretManagerPodIdentity;
exports.toJson_TriggerAuthenticationSpecGcpSecretManagerSecrets = toJson_TriggerAuthenticationSpecGcpSecretManagerSecrets;
exports.toJson_TriggerAuthenticationSpecHashiCorpVaultCredential = toJson_TriggerAuthenticationSpecHashiCorpVaultCredential;
exports.toJson_TriggerAuthenticationSpecHashiCorpVaultSecrets = toJson_TriggerAuthenticationSpecHashiCorpVaultSecrets;
exports.toJson_TriggerAuthenticationSpecOauth2ClientSecret = toJson_TriggerAuthenticationSpecOauth2ClientSecret;
exports.toJson_TriggerAuthenticationSpecAwsSecretManagerCredentialsAccessKey = toJson_TriggerAuthenticationSpecAwsSecretManagerCredentialsAccessKey;
exports.toJson_TriggerAuthenticationSpecAwsSecretManagerCredentialsAccessSecretKey = toJson_TriggerAuthenticationSpecAwsSecretManagerCredentialsAccessSecretKey;
exports.toJson_TriggerAuthenticationSpecAwsSecretManagerCredentialsAccessToken = toJson_TriggerAuthenticationSpecAwsSecretManagerCredentialsAccessToken;
exports.toJson_TriggerAuthenticationSpecAzureKeyVaultCredentialsClientSecret = toJson_TriggerAuthenticationSpecAzureKeyVaultCredentialsClientSecret;
exports.toJson_TriggerAuthenticationSpecGcpSecretManagerCredentialsClientSecret = toJson_TriggerAuthenticationSpecGcpSecretManagerCredentialsClientSecret;
exports.toJson_TriggerAuthenticationSpecHashiCorpVaultSecretsPkiData = toJson_TriggerAuthenticationSpecHashiCorpVaultSecretsPkiData;
exports.toJson_TriggerAuthenticationSpecOauth2ClientSecretValueFrom = toJson_TriggerAuthenticationSpecOauth2ClientSecretValueFrom;
exports.toJson_TriggerAuthenticationSpecAwsSecretManagerCredentialsAccessKeyValueFrom = toJson_TriggerAuthenticationSpecAwsSecretManagerCredentialsAccessKeyValueFrom;
exports.toJson_TriggerAuthenticationSpecAwsSecretManagerCredentialsAccessSecretKeyValueFrom = toJson_TriggerAuthenticationSpecAwsSecretManagerCredentialsAccessSecretKeyValueFrom;
exports.toJson_TriggerAuthenticationSpecAwsSecretManagerCredentialsAccessTokenValueFrom = toJson_TriggerAuthenticationSpecAwsSecretManagerCredentialsAccessTokenValueFrom;
exports.toJson_TriggerAuthenticationSpecAzureKeyVaultCredentialsClientSecretValueFrom = toJson_TriggerAuthenticationSpecAzureKeyVaultCredentialsClientSecretValueFrom;
exports.toJson_TriggerAuthenticationSpecGcpSecretManagerCredentialsClientSecretValueFrom = toJson_TriggerAuthenticationSpecGcpSecretManagerCredentialsClientSecretValueFrom;
exports.toJson_TriggerAuthenticationSpecOauth2ClientSecretValueFromSecretKeyRef = toJson_TriggerAuthenticationSpecOauth2ClientSecretValueFromSecretKeyRef;
exports.toJson_TriggerAuthenticationSpecAwsSecretManagerCredentialsAccessKeyValueFromSecretKeyRef = toJson_TriggerAuthenticationSpecAwsSecretManagerCredentialsAccessKeyValueFromSecretKeyRef;
exports.toJson_TriggerAuthenticationSpecAwsSecretManagerCredentialsAccessSecretKeyValueFromSecretKeyRef = toJson_TriggerAuthenticationSpecAwsSecretManagerCredentialsAccessSecretKeyValueFromSecretKeyRef;
exports.toJson_TriggerAuthenticationSpecAwsSecretManagerCredentialsAccessTokenValueFromSecretKeyRef = toJson_TriggerAuthenticationSpecAwsSecretManagerCredentialsAccessTokenValueFromSecretKeyRef;
exports.toJson_TriggerAuthenticationSpecAzureKeyVaultCredentialsClientSecretValueFromSecretKeyRef = toJson_TriggerAuthenticationSpecAzureKeyVaultCredentialsClientSecretValueFromSecretKeyRef;
exports.toJson_TriggerAuthenticationSpecGcpSecretManagerCredentialsClientSecretValueFromSecretKeyRef = toJson_TriggerAuthenticationSpecGcpSecretManagerCredentialsClientSecretValueFromSecretKeyRef;
const cdk8s_1 = require("cdk8s");
class TriggerAuthentication extends cdk8s_1.ApiObject {
    static GVK = {
        apiVersion: 'keda.sh/v1alpha1',
        kind: 'TriggerAuthentication',
    };
    static manifest(props) {
        return {
            ...TriggerAuthentication.GVK,
            ...toJson_TriggerAuthenticationProps(props),
        };
    }
    constructor(scope, id, props) {
        super(scope, id, {
            ...TriggerAuthentication.GVK,
            ...props,
        });
    }
    toJson() {
        const resolved = super.toJson();
        return {
            ...TriggerAuthentication.GVK,
            ...toJson_TriggerAuthenticationProps(resolved),
        };
    }
}
exports.TriggerAuthentication = TriggerAuthentication;
function toJson_TriggerAuthenticationProps(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'metadata': obj.metadata,
        'spec': toJson_TriggerAuthenticationSpec(obj.spec),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_TriggerAuthenticationSpec(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'awsSecretManager': toJson_TriggerAuthenticationSpecAwsSecretManager(obj.awsSecretManager),
        'azureKeyVault': toJson_TriggerAuthenticationSpecAzureKeyVault(obj.azureKeyVault),
        'boundServiceAccountToken': obj.boundServiceAccountToken?.map(y => toJson_TriggerAuthenticationSpecBoundServiceAccountToken(y)),
        'configMapTargetRef': obj.configMapTargetRef?.map(y => toJson_TriggerAuthenticationSpecConfigMapTargetRef(y)),
        'env': obj.env?.map(y => toJson_TriggerAuthenticationSpecEnv(y)),
        'filePath': obj.filePath,
        'gcpSecretManager': toJson_TriggerAuthenticationSpecGcpSecretManager(obj.gcpSecretManager),
        'hashiCorpVault': toJson_TriggerAuthenticationSpecHashiCorpVault(obj.hashiCorpVault),
        'oauth2': toJson_TriggerAuthenticationSpecOauth2(obj.oauth2),
        'podIdentity': toJson_TriggerAuthenticationSpecPodIdentity(obj.podIdentity),
        'secretTargetRef': obj.secretTargetRef?.map(y => toJson_TriggerAuthenticationSpecSecretTargetRef(y)),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_TriggerAuthenticationSpecAwsSecretManager(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'credentials': toJson_TriggerAuthenticationSpecAwsSecretManagerCredentials(obj.credentials),
        'podIdentity': toJson_TriggerAuthenticationSpecAwsSecretManagerPodIdentity(obj.podIdentity),
        'region': obj.region,
        'secrets': obj.secrets?.map(y => toJson_TriggerAuthenticationSpecAwsSecretManagerSecrets(y)),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_TriggerAuthenticationSpecAzureKeyVault(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'cloud': toJson_TriggerAuthenticationSpecAzureKeyVaultCloud(obj.cloud),
        'credentials': toJson_TriggerAuthenticationSpecAzureKeyVaultCredentials(obj.credentials),
        'podIdentity': toJson_TriggerAuthenticationSpecAzureKeyVaultPodIdentity(obj.podIdentity),
        'secrets': obj.secrets?.map(y => toJson_TriggerAuthenticationSpecAzureKeyVaultSecrets(y)),
        'vaultUri': obj.vaultUri,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_TriggerAuthenticationSpecBoundServiceAccountToken(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'parameter': obj.parameter,
        'serviceAccountName': obj.serviceAccountName,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_TriggerAuthenticationSpecConfigMapTargetRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'parameter': obj.parameter,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_TriggerAuthenticationSpecEnv(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'containerName': obj.containerName,
        'name': obj.name,
        'parameter': obj.parameter,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_TriggerAuthenticationSpecGcpSecretManager(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'credentials': toJson_TriggerAuthenticationSpecGcpSecretManagerCredentials(obj.credentials),
        'podIdentity': toJson_TriggerAuthenticationSpecGcpSecretManagerPodIdentity(obj.podIdentity),
        'secrets': obj.secrets?.map(y => toJson_TriggerAuthenticationSpecGcpSecretManagerSecrets(y)),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_TriggerAuthenticationSpecHashiCorpVault(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'address': obj.address,
        'authentication': obj.authentication,
        'credential': toJson_TriggerAuthenticationSpecHashiCorpVaultCredential(obj.credential),
        'mount': obj.mount,
        'namespace': obj.namespace,
        'role': obj.role,
        'secrets': obj.secrets?.map(y => toJson_TriggerAuthenticationSpecHashiCorpVaultSecrets(y)),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_TriggerAuthenticationSpecOauth2(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'clientId': obj.clientId,
        'clientSecret': toJson_TriggerAuthenticationSpecOauth2ClientSecret(obj.clientSecret),
        'scopes': obj.scopes?.map(y => y),
        'tokenUrl': obj.tokenUrl,
        'tokenUrlParams': ((obj.tokenUrlParams) === undefined) ? undefined : (Object.entries(obj.tokenUrlParams).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {})),
        'type': obj.type,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_TriggerAuthenticationSpecPodIdentity(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'externalID': obj.externalId,
        'identityAuthorityHost': obj.identityAuthorityHost,
        'identityId': obj.identityId,
        'identityOwner': obj.identityOwner,
        'identityTenantId': obj.identityTenantId,
        'provider': obj.provider,
        'roleArn': obj.roleArn,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_TriggerAuthenticationSpecSecretTargetRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'parameter': obj.parameter,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_TriggerAuthenticationSpecAwsSecretManagerCredentials(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'accessKey': toJson_TriggerAuthenticationSpecAwsSecretManagerCredentialsAccessKey(obj.accessKey),
        'accessSecretKey': toJson_TriggerAuthenticationSpecAwsSecretManagerCredentialsAccessSecretKey(obj.accessSecretKey),
        'accessToken': toJson_TriggerAuthenticationSpecAwsSecretManagerCredentialsAccessToken(obj.accessToken),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_TriggerAuthenticationSpecAwsSecretManagerPodIdentity(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'externalID': obj.externalId,
        'identityAuthorityHost': obj.identityAuthorityHost,
        'identityId': obj.identityId,
        'identityOwner': obj.identityOwner,
        'identityTenantId': obj.identityTenantId,
        'provider': obj.provider,
        'roleArn': obj.roleArn,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_TriggerAuthenticationSpecAwsSecretManagerSecrets(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'name': obj.name,
        'parameter': obj.parameter,
        'secretKey': obj.secretKey,
        'versionId': obj.versionId,
        'versionStage': obj.versionStage,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_TriggerAuthenticationSpecAzureKeyVaultCloud(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'activeDirectoryEndpoint': obj.activeDirectoryEndpoint,
        'keyVaultResourceURL': obj.keyVaultResourceUrl,
        'type': obj.type,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_TriggerAuthenticationSpecAzureKeyVaultCredentials(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'clientId': obj.clientId,
        'clientSecret': toJson_TriggerAuthenticationSpecAzureKeyVaultCredentialsClientSecret(obj.clientSecret),
        'tenantId': obj.tenantId,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_TriggerAuthenticationSpecAzureKeyVaultPodIdentity(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'externalID': obj.externalId,
        'identityAuthorityHost': obj.identityAuthorityHost,
        'identityId': obj.identityId,
        'identityOwner': obj.identityOwner,
        'identityTenantId': obj.identityTenantId,
        'provider': obj.provider,
        'roleArn': obj.roleArn,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_TriggerAuthenticationSpecAzureKeyVaultSecrets(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'name': obj.name,
        'parameter': obj.parameter,
        'version': obj.version,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_TriggerAuthenticationSpecGcpSecretManagerCredentials(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'clientSecret': toJson_TriggerAuthenticationSpecGcpSecretManagerCredentialsClientSecret(obj.clientSecret),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_TriggerAuthenticationSpecGcpSecretManagerPodIdentity(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'externalID': obj.externalId,
        'identityAuthorityHost': obj.identityAuthorityHost,
        'identityId': obj.identityId,
        'identityOwner': obj.identityOwner,
        'identityTenantId': obj.identityTenantId,
        'provider': obj.provider,
        'roleArn': obj.roleArn,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_TriggerAuthenticationSpecGcpSecretManagerSecrets(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'id': obj.id,
        'parameter': obj.parameter,
        'version': obj.version,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
var TriggerAuthenticationSpecHashiCorpVaultAuthentication;
(function (TriggerAuthenticationSpecHashiCorpVaultAuthentication) {
    TriggerAuthenticationSpecHashiCorpVaultAuthentication["TOKEN"] = "token";
    TriggerAuthenticationSpecHashiCorpVaultAuthentication["KUBERNETES"] = "kubernetes";
})(TriggerAuthenticationSpecHashiCorpVaultAuthentication || (exports.TriggerAuthenticationSpecHashiCorpVaultAuthentication = TriggerAuthenticationSpecHashiCorpVaultAuthentication = {}));
function toJson_TriggerAuthenticationSpecHashiCorpVaultCredential(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'serviceAccount': obj.serviceAccount,
        'serviceAccountName': obj.serviceAccountName,
        'token': obj.token,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_TriggerAuthenticationSpecHashiCorpVaultSecrets(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'parameter': obj.parameter,
        'path': obj.path,
        'pkiData': toJson_TriggerAuthenticationSpecHashiCorpVaultSecretsPkiData(obj.pkiData),
        'type': obj.type,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_TriggerAuthenticationSpecOauth2ClientSecret(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'valueFrom': toJson_TriggerAuthenticationSpecOauth2ClientSecretValueFrom(obj.valueFrom),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
var TriggerAuthenticationSpecOauth2Type;
(function (TriggerAuthenticationSpecOauth2Type) {
    TriggerAuthenticationSpecOauth2Type["CLIENT_CREDENTIALS"] = "clientCredentials";
})(TriggerAuthenticationSpecOauth2Type || (exports.TriggerAuthenticationSpecOauth2Type = TriggerAuthenticationSpecOauth2Type = {}));
var TriggerAuthenticationSpecPodIdentityIdentityOwner;
(function (TriggerAuthenticationSpecPodIdentityIdentityOwner) {
    TriggerAuthenticationSpecPodIdentityIdentityOwner["KEDA"] = "keda";
    TriggerAuthenticationSpecPodIdentityIdentityOwner["WORKLOAD"] = "workload";
})(TriggerAuthenticationSpecPodIdentityIdentityOwner || (exports.TriggerAuthenticationSpecPodIdentityIdentityOwner = TriggerAuthenticationSpecPodIdentityIdentityOwner = {}));
var TriggerAuthenticationSpecPodIdentityProvider;
(function (TriggerAuthenticationSpecPodIdentityProvider) {
    TriggerAuthenticationSpecPodIdentityProvider["AZURE_HYPHEN_WORKLOAD"] = "azure-workload";
    TriggerAuthenticationSpecPodIdentityProvider["GCP"] = "gcp";
    TriggerAuthenticationSpecPodIdentityProvider["AWS"] = "aws";
    TriggerAuthenticationSpecPodIdentityProvider["AWS_HYPHEN_EKS"] = "aws-eks";
    TriggerAuthenticationSpecPodIdentityProvider["NONE"] = "none";
})(TriggerAuthenticationSpecPodIdentityProvider || (exports.TriggerAuthenticationSpecPodIdentityProvider = TriggerAuthenticationSpecPodIdentityProvider = {}));
function toJson_TriggerAuthenticationSpecAwsSecretManagerCredentialsAccessKey(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'valueFrom': toJson_TriggerAuthenticationSpecAwsSecretManagerCredentialsAccessKeyValueFrom(obj.valueFrom),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_TriggerAuthenticationSpecAwsSecretManagerCredentialsAccessSecretKey(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'valueFrom': toJson_TriggerAuthenticationSpecAwsSecretManagerCredentialsAccessSecretKeyValueFrom(obj.valueFrom),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_TriggerAuthenticationSpecAwsSecretManagerCredentialsAccessToken(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'valueFrom': toJson_TriggerAuthenticationSpecAwsSecretManagerCredentialsAccessTokenValueFrom(obj.valueFrom),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
var TriggerAuthenticationSpecAwsSecretManagerPodIdentityIdentityOwner;
(function (TriggerAuthenticationSpecAwsSecretManagerPodIdentityIdentityOwner) {
    TriggerAuthenticationSpecAwsSecretManagerPodIdentityIdentityOwner["KEDA"] = "keda";
    TriggerAuthenticationSpecAwsSecretManagerPodIdentityIdentityOwner["WORKLOAD"] = "workload";
})(TriggerAuthenticationSpecAwsSecretManagerPodIdentityIdentityOwner || (exports.TriggerAuthenticationSpecAwsSecretManagerPodIdentityIdentityOwner = TriggerAuthenticationSpecAwsSecretManagerPodIdentityIdentityOwner = {}));
var TriggerAuthenticationSpecAwsSecretManagerPodIdentityProvider;
(function (TriggerAuthenticationSpecAwsSecretManagerPodIdentityProvider) {
    TriggerAuthenticationSpecAwsSecretManagerPodIdentityProvider["AZURE_HYPHEN_WORKLOAD"] = "azure-workload";
    TriggerAuthenticationSpecAwsSecretManagerPodIdentityProvider["GCP"] = "gcp";
    TriggerAuthenticationSpecAwsSecretManagerPodIdentityProvider["AWS"] = "aws";
    TriggerAuthenticationSpecAwsSecretManagerPodIdentityProvider["AWS_HYPHEN_EKS"] = "aws-eks";
    TriggerAuthenticationSpecAwsSecretManagerPodIdentityProvider["NONE"] = "none";
})(TriggerAuthenticationSpecAwsSecretManagerPodIdentityProvider || (exports.TriggerAuthenticationSpecAwsSecretManagerPodIdentityProvider = TriggerAuthenticationSpecAwsSecretManagerPodIdentityProvider = {}));
function toJson_TriggerAuthenticationSpecAzureKeyVaultCredentialsClientSecret(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'valueFrom': toJson_TriggerAuthenticationSpecAzureKeyVaultCredentialsClientSecretValueFrom(obj.valueFrom),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
var TriggerAuthenticationSpecAzureKeyVaultPodIdentityIdentityOwner;
(function (TriggerAuthenticationSpecAzureKeyVaultPodIdentityIdentityOwner) {
    TriggerAuthenticationSpecAzureKeyVaultPodIdentityIdentityOwner["KEDA"] = "keda";
    TriggerAuthenticationSpecAzureKeyVaultPodIdentityIdentityOwner["WORKLOAD"] = "workload";
})(TriggerAuthenticationSpecAzureKeyVaultPodIdentityIdentityOwner || (exports.TriggerAuthenticationSpecAzureKeyVaultPodIdentityIdentityOwner = TriggerAuthenticationSpecAzureKeyVaultPodIdentityIdentityOwner = {}));
var TriggerAuthenticationSpecAzureKeyVaultPodIdentityProvider;
(function (TriggerAuthenticationSpecAzureKeyVaultPodIdentityProvider) {
    TriggerAuthenticationSpecAzureKeyVaultPodIdentityProvider["AZURE_HYPHEN_WORKLOAD"] = "azure-workload";
    TriggerAuthenticationSpecAzureKeyVaultPodIdentityProvider["GCP"] = "gcp";
    TriggerAuthenticationSpecAzureKeyVaultPodIdentityProvider["AWS"] = "aws";
    TriggerAuthenticationSpecAzureKeyVaultPodIdentityProvider["AWS_HYPHEN_EKS"] = "aws-eks";
    TriggerAuthenticationSpecAzureKeyVaultPodIdentityProvider["NONE"] = "none";
})(TriggerAuthenticationSpecAzureKeyVaultPodIdentityProvider || (exports.TriggerAuthenticationSpecAzureKeyVaultPodIdentityProvider = TriggerAuthenticationSpecAzureKeyVaultPodIdentityProvider = {}));
function toJson_TriggerAuthenticationSpecGcpSecretManagerCredentialsClientSecret(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'valueFrom': toJson_TriggerAuthenticationSpecGcpSecretManagerCredentialsClientSecretValueFrom(obj.valueFrom),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
var TriggerAuthenticationSpecGcpSecretManagerPodIdentityIdentityOwner;
(function (TriggerAuthenticationSpecGcpSecretManagerPodIdentityIdentityOwner) {
    TriggerAuthenticationSpecGcpSecretManagerPodIdentityIdentityOwner["KEDA"] = "keda";
    TriggerAuthenticationSpecGcpSecretManagerPodIdentityIdentityOwner["WORKLOAD"] = "workload";
})(TriggerAuthenticationSpecGcpSecretManagerPodIdentityIdentityOwner || (exports.TriggerAuthenticationSpecGcpSecretManagerPodIdentityIdentityOwner = TriggerAuthenticationSpecGcpSecretManagerPodIdentityIdentityOwner = {}));
var TriggerAuthenticationSpecGcpSecretManagerPodIdentityProvider;
(function (TriggerAuthenticationSpecGcpSecretManagerPodIdentityProvider) {
    TriggerAuthenticationSpecGcpSecretManagerPodIdentityProvider["AZURE_HYPHEN_WORKLOAD"] = "azure-workload";
    TriggerAuthenticationSpecGcpSecretManagerPodIdentityProvider["GCP"] = "gcp";
    TriggerAuthenticationSpecGcpSecretManagerPodIdentityProvider["AWS"] = "aws";
    TriggerAuthenticationSpecGcpSecretManagerPodIdentityProvider["AWS_HYPHEN_EKS"] = "aws-eks";
    TriggerAuthenticationSpecGcpSecretManagerPodIdentityProvider["NONE"] = "none";
})(TriggerAuthenticationSpecGcpSecretManagerPodIdentityProvider || (exports.TriggerAuthenticationSpecGcpSecretManagerPodIdentityProvider = TriggerAuthenticationSpecGcpSecretManagerPodIdentityProvider = {}));
function toJson_TriggerAuthenticationSpecHashiCorpVaultSecretsPkiData(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'altNames': obj.altNames,
        'commonName': obj.commonName,
        'format': obj.format,
        'ipSans': obj.ipSans,
        'otherSans': obj.otherSans,
        'ttl': obj.ttl,
        'uriSans': obj.uriSans,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
var TriggerAuthenticationSpecHashiCorpVaultSecretsType;
(function (TriggerAuthenticationSpecHashiCorpVaultSecretsType) {
    TriggerAuthenticationSpecHashiCorpVaultSecretsType["SECRET_V2"] = "secretV2";
    TriggerAuthenticationSpecHashiCorpVaultSecretsType["SECRET"] = "secret";
    TriggerAuthenticationSpecHashiCorpVaultSecretsType["PKI"] = "pki";
})(TriggerAuthenticationSpecHashiCorpVaultSecretsType || (exports.TriggerAuthenticationSpecHashiCorpVaultSecretsType = TriggerAuthenticationSpecHashiCorpVaultSecretsType = {}));
function toJson_TriggerAuthenticationSpecOauth2ClientSecretValueFrom(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'secretKeyRef': toJson_TriggerAuthenticationSpecOauth2ClientSecretValueFromSecretKeyRef(obj.secretKeyRef),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_TriggerAuthenticationSpecAwsSecretManagerCredentialsAccessKeyValueFrom(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'secretKeyRef': toJson_TriggerAuthenticationSpecAwsSecretManagerCredentialsAccessKeyValueFromSecretKeyRef(obj.secretKeyRef),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_TriggerAuthenticationSpecAwsSecretManagerCredentialsAccessSecretKeyValueFrom(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'secretKeyRef': toJson_TriggerAuthenticationSpecAwsSecretManagerCredentialsAccessSecretKeyValueFromSecretKeyRef(obj.secretKeyRef),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_TriggerAuthenticationSpecAwsSecretManagerCredentialsAccessTokenValueFrom(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'secretKeyRef': toJson_TriggerAuthenticationSpecAwsSecretManagerCredentialsAccessTokenValueFromSecretKeyRef(obj.secretKeyRef),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_TriggerAuthenticationSpecAzureKeyVaultCredentialsClientSecretValueFrom(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'secretKeyRef': toJson_TriggerAuthenticationSpecAzureKeyVaultCredentialsClientSecretValueFromSecretKeyRef(obj.secretKeyRef),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_TriggerAuthenticationSpecGcpSecretManagerCredentialsClientSecretValueFrom(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'secretKeyRef': toJson_TriggerAuthenticationSpecGcpSecretManagerCredentialsClientSecretValueFromSecretKeyRef(obj.secretKeyRef),
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_TriggerAuthenticationSpecOauth2ClientSecretValueFromSecretKeyRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_TriggerAuthenticationSpecAwsSecretManagerCredentialsAccessKeyValueFromSecretKeyRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_TriggerAuthenticationSpecAwsSecretManagerCredentialsAccessSecretKeyValueFromSecretKeyRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_TriggerAuthenticationSpecAwsSecretManagerCredentialsAccessTokenValueFromSecretKeyRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_TriggerAuthenticationSpecAzureKeyVaultCredentialsClientSecretValueFromSecretKeyRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
function toJson_TriggerAuthenticationSpecGcpSecretManagerCredentialsClientSecretValueFromSecretKeyRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
    };
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
