"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.TriggerAuthenticationSpecHashiCorpVaultSecretsType = exports.TriggerAuthenticationSpecGcpSecretManagerPodIdentityProvider = exports.TriggerAuthenticationSpecGcpSecretManagerPodIdentityIdentityOwner = exports.TriggerAuthenticationSpecAzureKeyVaultPodIdentityProvider = exports.TriggerAuthenticationSpecAzureKeyVaultPodIdentityIdentityOwner = exports.TriggerAuthenticationSpecAwsSecretManagerPodIdentityProvider = exports.TriggerAuthenticationSpecAwsSecretManagerPodIdentityIdentityOwner = exports.TriggerAuthenticationSpecPodIdentityProvider = exports.TriggerAuthenticationSpecPodIdentityIdentityOwner = exports.TriggerAuthenticationSpecOauth2Type = exports.TriggerAuthenticationSpecHashiCorpVaultAuthentication = exports.TriggerAuthentication = void 0;
const lean_serializers_1 = require("./lean-serializers");
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
    return (0, lean_serializers_1.definedEntries)(result);
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
    return (0, lean_serializers_1.definedEntries)(result);
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
    return (0, lean_serializers_1.definedEntries)(result);
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
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_TriggerAuthenticationSpecBoundServiceAccountToken(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'parameter': obj.parameter,
        'serviceAccountName': obj.serviceAccountName,
    };
    return (0, lean_serializers_1.definedEntries)(result);
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
    return (0, lean_serializers_1.definedEntries)(result);
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
    return (0, lean_serializers_1.definedEntries)(result);
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
    return (0, lean_serializers_1.definedEntries)(result);
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
    return (0, lean_serializers_1.definedEntries)(result);
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
        'tokenUrlParams': ((obj.tokenUrlParams) === undefined) ? undefined : ((0, lean_serializers_1.mapDefinedEntries)(obj.tokenUrlParams, (value) => value)),
        'type': obj.type,
    };
    return (0, lean_serializers_1.definedEntries)(result);
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
    return (0, lean_serializers_1.definedEntries)(result);
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
    return (0, lean_serializers_1.definedEntries)(result);
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
    return (0, lean_serializers_1.definedEntries)(result);
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
    return (0, lean_serializers_1.definedEntries)(result);
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
    return (0, lean_serializers_1.definedEntries)(result);
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
    return (0, lean_serializers_1.definedEntries)(result);
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
    return (0, lean_serializers_1.definedEntries)(result);
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
    return (0, lean_serializers_1.definedEntries)(result);
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
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_TriggerAuthenticationSpecGcpSecretManagerCredentials(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'clientSecret': toJson_TriggerAuthenticationSpecGcpSecretManagerCredentialsClientSecret(obj.clientSecret),
    };
    return (0, lean_serializers_1.definedEntries)(result);
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
    return (0, lean_serializers_1.definedEntries)(result);
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
    return (0, lean_serializers_1.definedEntries)(result);
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
    return (0, lean_serializers_1.definedEntries)(result);
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
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_TriggerAuthenticationSpecOauth2ClientSecret(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'valueFrom': toJson_TriggerAuthenticationSpecOauth2ClientSecretValueFrom(obj.valueFrom),
    };
    return (0, lean_serializers_1.definedEntries)(result);
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
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_TriggerAuthenticationSpecAwsSecretManagerCredentialsAccessSecretKey(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'valueFrom': toJson_TriggerAuthenticationSpecAwsSecretManagerCredentialsAccessSecretKeyValueFrom(obj.valueFrom),
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_TriggerAuthenticationSpecAwsSecretManagerCredentialsAccessToken(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'valueFrom': toJson_TriggerAuthenticationSpecAwsSecretManagerCredentialsAccessTokenValueFrom(obj.valueFrom),
    };
    return (0, lean_serializers_1.definedEntries)(result);
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
    return (0, lean_serializers_1.definedEntries)(result);
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
    return (0, lean_serializers_1.definedEntries)(result);
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
    return (0, lean_serializers_1.definedEntries)(result);
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
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_TriggerAuthenticationSpecAwsSecretManagerCredentialsAccessKeyValueFrom(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'secretKeyRef': toJson_TriggerAuthenticationSpecAwsSecretManagerCredentialsAccessKeyValueFromSecretKeyRef(obj.secretKeyRef),
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_TriggerAuthenticationSpecAwsSecretManagerCredentialsAccessSecretKeyValueFrom(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'secretKeyRef': toJson_TriggerAuthenticationSpecAwsSecretManagerCredentialsAccessSecretKeyValueFromSecretKeyRef(obj.secretKeyRef),
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_TriggerAuthenticationSpecAwsSecretManagerCredentialsAccessTokenValueFrom(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'secretKeyRef': toJson_TriggerAuthenticationSpecAwsSecretManagerCredentialsAccessTokenValueFromSecretKeyRef(obj.secretKeyRef),
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_TriggerAuthenticationSpecAzureKeyVaultCredentialsClientSecretValueFrom(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'secretKeyRef': toJson_TriggerAuthenticationSpecAzureKeyVaultCredentialsClientSecretValueFromSecretKeyRef(obj.secretKeyRef),
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_TriggerAuthenticationSpecGcpSecretManagerCredentialsClientSecretValueFrom(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'secretKeyRef': toJson_TriggerAuthenticationSpecGcpSecretManagerCredentialsClientSecretValueFromSecretKeyRef(obj.secretKeyRef),
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_TriggerAuthenticationSpecOauth2ClientSecretValueFromSecretKeyRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_TriggerAuthenticationSpecAwsSecretManagerCredentialsAccessKeyValueFromSecretKeyRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_TriggerAuthenticationSpecAwsSecretManagerCredentialsAccessSecretKeyValueFromSecretKeyRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_TriggerAuthenticationSpecAwsSecretManagerCredentialsAccessTokenValueFromSecretKeyRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_TriggerAuthenticationSpecAzureKeyVaultCredentialsClientSecretValueFromSecretKeyRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_TriggerAuthenticationSpecGcpSecretManagerCredentialsClientSecretValueFromSecretKeyRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
