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
// generated by cdk8s
const cdk8s_1 = require("cdk8s");
/**
 * TriggerAuthentication defines how a trigger can authenticate
 *
 * @schema TriggerAuthentication
 */
class TriggerAuthentication extends cdk8s_1.ApiObject {
    /**
     * Returns the apiVersion and kind for "TriggerAuthentication"
     */
    static GVK = {
        apiVersion: 'keda.sh/v1alpha1',
        kind: 'TriggerAuthentication',
    };
    /**
     * Renders a Kubernetes manifest for "TriggerAuthentication".
     *
     * This can be used to inline resource manifests inside other objects (e.g. as templates).
     *
     * @param props initialization props
     */
    static manifest(props) {
        return {
            ...TriggerAuthentication.GVK,
            ...toJson_TriggerAuthenticationProps(props),
        };
    }
    /**
     * Defines a "TriggerAuthentication" API object
     * @param scope the scope in which to define this object
     * @param id a scope-local name for the object
     * @param props initialization props
     */
    constructor(scope, id, props) {
        super(scope, id, {
            ...TriggerAuthentication.GVK,
            ...props,
        });
    }
    /**
     * Renders the object to Kubernetes JSON.
     */
    toJson() {
        const resolved = super.toJson();
        return {
            ...TriggerAuthentication.GVK,
            ...toJson_TriggerAuthenticationProps(resolved),
        };
    }
}
exports.TriggerAuthentication = TriggerAuthentication;
/**
 * Converts an object of type 'TriggerAuthenticationProps' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_TriggerAuthenticationProps(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'metadata': obj.metadata,
        'spec': toJson_TriggerAuthenticationSpec(obj.spec),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'TriggerAuthenticationSpec' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
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
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'TriggerAuthenticationSpecAwsSecretManager' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
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
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'TriggerAuthenticationSpecAzureKeyVault' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
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
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'TriggerAuthenticationSpecBoundServiceAccountToken' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_TriggerAuthenticationSpecBoundServiceAccountToken(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'parameter': obj.parameter,
        'serviceAccountName': obj.serviceAccountName,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'TriggerAuthenticationSpecConfigMapTargetRef' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_TriggerAuthenticationSpecConfigMapTargetRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'parameter': obj.parameter,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'TriggerAuthenticationSpecEnv' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_TriggerAuthenticationSpecEnv(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'containerName': obj.containerName,
        'name': obj.name,
        'parameter': obj.parameter,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'TriggerAuthenticationSpecGcpSecretManager' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_TriggerAuthenticationSpecGcpSecretManager(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'credentials': toJson_TriggerAuthenticationSpecGcpSecretManagerCredentials(obj.credentials),
        'podIdentity': toJson_TriggerAuthenticationSpecGcpSecretManagerPodIdentity(obj.podIdentity),
        'secrets': obj.secrets?.map(y => toJson_TriggerAuthenticationSpecGcpSecretManagerSecrets(y)),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'TriggerAuthenticationSpecHashiCorpVault' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
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
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'TriggerAuthenticationSpecOauth2' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
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
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'TriggerAuthenticationSpecPodIdentity' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
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
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'TriggerAuthenticationSpecSecretTargetRef' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_TriggerAuthenticationSpecSecretTargetRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
        'parameter': obj.parameter,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'TriggerAuthenticationSpecAwsSecretManagerCredentials' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_TriggerAuthenticationSpecAwsSecretManagerCredentials(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'accessKey': toJson_TriggerAuthenticationSpecAwsSecretManagerCredentialsAccessKey(obj.accessKey),
        'accessSecretKey': toJson_TriggerAuthenticationSpecAwsSecretManagerCredentialsAccessSecretKey(obj.accessSecretKey),
        'accessToken': toJson_TriggerAuthenticationSpecAwsSecretManagerCredentialsAccessToken(obj.accessToken),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'TriggerAuthenticationSpecAwsSecretManagerPodIdentity' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
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
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'TriggerAuthenticationSpecAwsSecretManagerSecrets' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
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
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'TriggerAuthenticationSpecAzureKeyVaultCloud' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_TriggerAuthenticationSpecAzureKeyVaultCloud(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'activeDirectoryEndpoint': obj.activeDirectoryEndpoint,
        'keyVaultResourceURL': obj.keyVaultResourceUrl,
        'type': obj.type,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'TriggerAuthenticationSpecAzureKeyVaultCredentials' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_TriggerAuthenticationSpecAzureKeyVaultCredentials(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'clientId': obj.clientId,
        'clientSecret': toJson_TriggerAuthenticationSpecAzureKeyVaultCredentialsClientSecret(obj.clientSecret),
        'tenantId': obj.tenantId,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'TriggerAuthenticationSpecAzureKeyVaultPodIdentity' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
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
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'TriggerAuthenticationSpecAzureKeyVaultSecrets' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_TriggerAuthenticationSpecAzureKeyVaultSecrets(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'name': obj.name,
        'parameter': obj.parameter,
        'version': obj.version,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'TriggerAuthenticationSpecGcpSecretManagerCredentials' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_TriggerAuthenticationSpecGcpSecretManagerCredentials(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'clientSecret': toJson_TriggerAuthenticationSpecGcpSecretManagerCredentialsClientSecret(obj.clientSecret),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'TriggerAuthenticationSpecGcpSecretManagerPodIdentity' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
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
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'TriggerAuthenticationSpecGcpSecretManagerSecrets' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_TriggerAuthenticationSpecGcpSecretManagerSecrets(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'id': obj.id,
        'parameter': obj.parameter,
        'version': obj.version,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
/**
 * VaultAuthentication contains the list of Hashicorp Vault authentication methods
 *
 * @schema TriggerAuthenticationSpecHashiCorpVaultAuthentication
 */
var TriggerAuthenticationSpecHashiCorpVaultAuthentication;
(function (TriggerAuthenticationSpecHashiCorpVaultAuthentication) {
    /** token */
    TriggerAuthenticationSpecHashiCorpVaultAuthentication["TOKEN"] = "token";
    /** kubernetes */
    TriggerAuthenticationSpecHashiCorpVaultAuthentication["KUBERNETES"] = "kubernetes";
})(TriggerAuthenticationSpecHashiCorpVaultAuthentication || (exports.TriggerAuthenticationSpecHashiCorpVaultAuthentication = TriggerAuthenticationSpecHashiCorpVaultAuthentication = {}));
/**
 * Converts an object of type 'TriggerAuthenticationSpecHashiCorpVaultCredential' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_TriggerAuthenticationSpecHashiCorpVaultCredential(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'serviceAccount': obj.serviceAccount,
        'serviceAccountName': obj.serviceAccountName,
        'token': obj.token,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'TriggerAuthenticationSpecHashiCorpVaultSecrets' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
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
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'TriggerAuthenticationSpecOauth2ClientSecret' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_TriggerAuthenticationSpecOauth2ClientSecret(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'valueFrom': toJson_TriggerAuthenticationSpecOauth2ClientSecretValueFrom(obj.valueFrom),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
/**
 * @schema TriggerAuthenticationSpecOauth2Type
 */
var TriggerAuthenticationSpecOauth2Type;
(function (TriggerAuthenticationSpecOauth2Type) {
    /** clientCredentials */
    TriggerAuthenticationSpecOauth2Type["CLIENT_CREDENTIALS"] = "clientCredentials";
})(TriggerAuthenticationSpecOauth2Type || (exports.TriggerAuthenticationSpecOauth2Type = TriggerAuthenticationSpecOauth2Type = {}));
/**
 * IdentityOwner configures which identity has to be used during auto discovery, keda or the scaled workload. Mutually exclusive with roleArn
 *
 * @schema TriggerAuthenticationSpecPodIdentityIdentityOwner
 */
var TriggerAuthenticationSpecPodIdentityIdentityOwner;
(function (TriggerAuthenticationSpecPodIdentityIdentityOwner) {
    /** keda */
    TriggerAuthenticationSpecPodIdentityIdentityOwner["KEDA"] = "keda";
    /** workload */
    TriggerAuthenticationSpecPodIdentityIdentityOwner["WORKLOAD"] = "workload";
})(TriggerAuthenticationSpecPodIdentityIdentityOwner || (exports.TriggerAuthenticationSpecPodIdentityIdentityOwner = TriggerAuthenticationSpecPodIdentityIdentityOwner = {}));
/**
 * PodIdentityProvider contains the list of providers
 *
 * @schema TriggerAuthenticationSpecPodIdentityProvider
 */
var TriggerAuthenticationSpecPodIdentityProvider;
(function (TriggerAuthenticationSpecPodIdentityProvider) {
    /** azure-workload */
    TriggerAuthenticationSpecPodIdentityProvider["AZURE_HYPHEN_WORKLOAD"] = "azure-workload";
    /** gcp */
    TriggerAuthenticationSpecPodIdentityProvider["GCP"] = "gcp";
    /** aws */
    TriggerAuthenticationSpecPodIdentityProvider["AWS"] = "aws";
    /** aws-eks */
    TriggerAuthenticationSpecPodIdentityProvider["AWS_HYPHEN_EKS"] = "aws-eks";
    /** none */
    TriggerAuthenticationSpecPodIdentityProvider["NONE"] = "none";
})(TriggerAuthenticationSpecPodIdentityProvider || (exports.TriggerAuthenticationSpecPodIdentityProvider = TriggerAuthenticationSpecPodIdentityProvider = {}));
/**
 * Converts an object of type 'TriggerAuthenticationSpecAwsSecretManagerCredentialsAccessKey' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_TriggerAuthenticationSpecAwsSecretManagerCredentialsAccessKey(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'valueFrom': toJson_TriggerAuthenticationSpecAwsSecretManagerCredentialsAccessKeyValueFrom(obj.valueFrom),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'TriggerAuthenticationSpecAwsSecretManagerCredentialsAccessSecretKey' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_TriggerAuthenticationSpecAwsSecretManagerCredentialsAccessSecretKey(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'valueFrom': toJson_TriggerAuthenticationSpecAwsSecretManagerCredentialsAccessSecretKeyValueFrom(obj.valueFrom),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'TriggerAuthenticationSpecAwsSecretManagerCredentialsAccessToken' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_TriggerAuthenticationSpecAwsSecretManagerCredentialsAccessToken(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'valueFrom': toJson_TriggerAuthenticationSpecAwsSecretManagerCredentialsAccessTokenValueFrom(obj.valueFrom),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
/**
 * IdentityOwner configures which identity has to be used during auto discovery, keda or the scaled workload. Mutually exclusive with roleArn
 *
 * @schema TriggerAuthenticationSpecAwsSecretManagerPodIdentityIdentityOwner
 */
var TriggerAuthenticationSpecAwsSecretManagerPodIdentityIdentityOwner;
(function (TriggerAuthenticationSpecAwsSecretManagerPodIdentityIdentityOwner) {
    /** keda */
    TriggerAuthenticationSpecAwsSecretManagerPodIdentityIdentityOwner["KEDA"] = "keda";
    /** workload */
    TriggerAuthenticationSpecAwsSecretManagerPodIdentityIdentityOwner["WORKLOAD"] = "workload";
})(TriggerAuthenticationSpecAwsSecretManagerPodIdentityIdentityOwner || (exports.TriggerAuthenticationSpecAwsSecretManagerPodIdentityIdentityOwner = TriggerAuthenticationSpecAwsSecretManagerPodIdentityIdentityOwner = {}));
/**
 * PodIdentityProvider contains the list of providers
 *
 * @schema TriggerAuthenticationSpecAwsSecretManagerPodIdentityProvider
 */
var TriggerAuthenticationSpecAwsSecretManagerPodIdentityProvider;
(function (TriggerAuthenticationSpecAwsSecretManagerPodIdentityProvider) {
    /** azure-workload */
    TriggerAuthenticationSpecAwsSecretManagerPodIdentityProvider["AZURE_HYPHEN_WORKLOAD"] = "azure-workload";
    /** gcp */
    TriggerAuthenticationSpecAwsSecretManagerPodIdentityProvider["GCP"] = "gcp";
    /** aws */
    TriggerAuthenticationSpecAwsSecretManagerPodIdentityProvider["AWS"] = "aws";
    /** aws-eks */
    TriggerAuthenticationSpecAwsSecretManagerPodIdentityProvider["AWS_HYPHEN_EKS"] = "aws-eks";
    /** none */
    TriggerAuthenticationSpecAwsSecretManagerPodIdentityProvider["NONE"] = "none";
})(TriggerAuthenticationSpecAwsSecretManagerPodIdentityProvider || (exports.TriggerAuthenticationSpecAwsSecretManagerPodIdentityProvider = TriggerAuthenticationSpecAwsSecretManagerPodIdentityProvider = {}));
/**
 * Converts an object of type 'TriggerAuthenticationSpecAzureKeyVaultCredentialsClientSecret' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_TriggerAuthenticationSpecAzureKeyVaultCredentialsClientSecret(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'valueFrom': toJson_TriggerAuthenticationSpecAzureKeyVaultCredentialsClientSecretValueFrom(obj.valueFrom),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
/**
 * IdentityOwner configures which identity has to be used during auto discovery, keda or the scaled workload. Mutually exclusive with roleArn
 *
 * @schema TriggerAuthenticationSpecAzureKeyVaultPodIdentityIdentityOwner
 */
var TriggerAuthenticationSpecAzureKeyVaultPodIdentityIdentityOwner;
(function (TriggerAuthenticationSpecAzureKeyVaultPodIdentityIdentityOwner) {
    /** keda */
    TriggerAuthenticationSpecAzureKeyVaultPodIdentityIdentityOwner["KEDA"] = "keda";
    /** workload */
    TriggerAuthenticationSpecAzureKeyVaultPodIdentityIdentityOwner["WORKLOAD"] = "workload";
})(TriggerAuthenticationSpecAzureKeyVaultPodIdentityIdentityOwner || (exports.TriggerAuthenticationSpecAzureKeyVaultPodIdentityIdentityOwner = TriggerAuthenticationSpecAzureKeyVaultPodIdentityIdentityOwner = {}));
/**
 * PodIdentityProvider contains the list of providers
 *
 * @schema TriggerAuthenticationSpecAzureKeyVaultPodIdentityProvider
 */
var TriggerAuthenticationSpecAzureKeyVaultPodIdentityProvider;
(function (TriggerAuthenticationSpecAzureKeyVaultPodIdentityProvider) {
    /** azure-workload */
    TriggerAuthenticationSpecAzureKeyVaultPodIdentityProvider["AZURE_HYPHEN_WORKLOAD"] = "azure-workload";
    /** gcp */
    TriggerAuthenticationSpecAzureKeyVaultPodIdentityProvider["GCP"] = "gcp";
    /** aws */
    TriggerAuthenticationSpecAzureKeyVaultPodIdentityProvider["AWS"] = "aws";
    /** aws-eks */
    TriggerAuthenticationSpecAzureKeyVaultPodIdentityProvider["AWS_HYPHEN_EKS"] = "aws-eks";
    /** none */
    TriggerAuthenticationSpecAzureKeyVaultPodIdentityProvider["NONE"] = "none";
})(TriggerAuthenticationSpecAzureKeyVaultPodIdentityProvider || (exports.TriggerAuthenticationSpecAzureKeyVaultPodIdentityProvider = TriggerAuthenticationSpecAzureKeyVaultPodIdentityProvider = {}));
/**
 * Converts an object of type 'TriggerAuthenticationSpecGcpSecretManagerCredentialsClientSecret' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_TriggerAuthenticationSpecGcpSecretManagerCredentialsClientSecret(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'valueFrom': toJson_TriggerAuthenticationSpecGcpSecretManagerCredentialsClientSecretValueFrom(obj.valueFrom),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
/**
 * IdentityOwner configures which identity has to be used during auto discovery, keda or the scaled workload. Mutually exclusive with roleArn
 *
 * @schema TriggerAuthenticationSpecGcpSecretManagerPodIdentityIdentityOwner
 */
var TriggerAuthenticationSpecGcpSecretManagerPodIdentityIdentityOwner;
(function (TriggerAuthenticationSpecGcpSecretManagerPodIdentityIdentityOwner) {
    /** keda */
    TriggerAuthenticationSpecGcpSecretManagerPodIdentityIdentityOwner["KEDA"] = "keda";
    /** workload */
    TriggerAuthenticationSpecGcpSecretManagerPodIdentityIdentityOwner["WORKLOAD"] = "workload";
})(TriggerAuthenticationSpecGcpSecretManagerPodIdentityIdentityOwner || (exports.TriggerAuthenticationSpecGcpSecretManagerPodIdentityIdentityOwner = TriggerAuthenticationSpecGcpSecretManagerPodIdentityIdentityOwner = {}));
/**
 * PodIdentityProvider contains the list of providers
 *
 * @schema TriggerAuthenticationSpecGcpSecretManagerPodIdentityProvider
 */
var TriggerAuthenticationSpecGcpSecretManagerPodIdentityProvider;
(function (TriggerAuthenticationSpecGcpSecretManagerPodIdentityProvider) {
    /** azure-workload */
    TriggerAuthenticationSpecGcpSecretManagerPodIdentityProvider["AZURE_HYPHEN_WORKLOAD"] = "azure-workload";
    /** gcp */
    TriggerAuthenticationSpecGcpSecretManagerPodIdentityProvider["GCP"] = "gcp";
    /** aws */
    TriggerAuthenticationSpecGcpSecretManagerPodIdentityProvider["AWS"] = "aws";
    /** aws-eks */
    TriggerAuthenticationSpecGcpSecretManagerPodIdentityProvider["AWS_HYPHEN_EKS"] = "aws-eks";
    /** none */
    TriggerAuthenticationSpecGcpSecretManagerPodIdentityProvider["NONE"] = "none";
})(TriggerAuthenticationSpecGcpSecretManagerPodIdentityProvider || (exports.TriggerAuthenticationSpecGcpSecretManagerPodIdentityProvider = TriggerAuthenticationSpecGcpSecretManagerPodIdentityProvider = {}));
/**
 * Converts an object of type 'TriggerAuthenticationSpecHashiCorpVaultSecretsPkiData' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
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
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
/**
 * VaultSecretType defines the type of vault secret
 *
 * @schema TriggerAuthenticationSpecHashiCorpVaultSecretsType
 */
var TriggerAuthenticationSpecHashiCorpVaultSecretsType;
(function (TriggerAuthenticationSpecHashiCorpVaultSecretsType) {
    /** secretV2 */
    TriggerAuthenticationSpecHashiCorpVaultSecretsType["SECRET_V2"] = "secretV2";
    /** secret */
    TriggerAuthenticationSpecHashiCorpVaultSecretsType["SECRET"] = "secret";
    /** pki */
    TriggerAuthenticationSpecHashiCorpVaultSecretsType["PKI"] = "pki";
})(TriggerAuthenticationSpecHashiCorpVaultSecretsType || (exports.TriggerAuthenticationSpecHashiCorpVaultSecretsType = TriggerAuthenticationSpecHashiCorpVaultSecretsType = {}));
/**
 * Converts an object of type 'TriggerAuthenticationSpecOauth2ClientSecretValueFrom' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_TriggerAuthenticationSpecOauth2ClientSecretValueFrom(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'secretKeyRef': toJson_TriggerAuthenticationSpecOauth2ClientSecretValueFromSecretKeyRef(obj.secretKeyRef),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'TriggerAuthenticationSpecAwsSecretManagerCredentialsAccessKeyValueFrom' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_TriggerAuthenticationSpecAwsSecretManagerCredentialsAccessKeyValueFrom(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'secretKeyRef': toJson_TriggerAuthenticationSpecAwsSecretManagerCredentialsAccessKeyValueFromSecretKeyRef(obj.secretKeyRef),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'TriggerAuthenticationSpecAwsSecretManagerCredentialsAccessSecretKeyValueFrom' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_TriggerAuthenticationSpecAwsSecretManagerCredentialsAccessSecretKeyValueFrom(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'secretKeyRef': toJson_TriggerAuthenticationSpecAwsSecretManagerCredentialsAccessSecretKeyValueFromSecretKeyRef(obj.secretKeyRef),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'TriggerAuthenticationSpecAwsSecretManagerCredentialsAccessTokenValueFrom' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_TriggerAuthenticationSpecAwsSecretManagerCredentialsAccessTokenValueFrom(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'secretKeyRef': toJson_TriggerAuthenticationSpecAwsSecretManagerCredentialsAccessTokenValueFromSecretKeyRef(obj.secretKeyRef),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'TriggerAuthenticationSpecAzureKeyVaultCredentialsClientSecretValueFrom' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_TriggerAuthenticationSpecAzureKeyVaultCredentialsClientSecretValueFrom(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'secretKeyRef': toJson_TriggerAuthenticationSpecAzureKeyVaultCredentialsClientSecretValueFromSecretKeyRef(obj.secretKeyRef),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'TriggerAuthenticationSpecGcpSecretManagerCredentialsClientSecretValueFrom' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_TriggerAuthenticationSpecGcpSecretManagerCredentialsClientSecretValueFrom(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'secretKeyRef': toJson_TriggerAuthenticationSpecGcpSecretManagerCredentialsClientSecretValueFromSecretKeyRef(obj.secretKeyRef),
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'TriggerAuthenticationSpecOauth2ClientSecretValueFromSecretKeyRef' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_TriggerAuthenticationSpecOauth2ClientSecretValueFromSecretKeyRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'TriggerAuthenticationSpecAwsSecretManagerCredentialsAccessKeyValueFromSecretKeyRef' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_TriggerAuthenticationSpecAwsSecretManagerCredentialsAccessKeyValueFromSecretKeyRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'TriggerAuthenticationSpecAwsSecretManagerCredentialsAccessSecretKeyValueFromSecretKeyRef' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_TriggerAuthenticationSpecAwsSecretManagerCredentialsAccessSecretKeyValueFromSecretKeyRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'TriggerAuthenticationSpecAwsSecretManagerCredentialsAccessTokenValueFromSecretKeyRef' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_TriggerAuthenticationSpecAwsSecretManagerCredentialsAccessTokenValueFromSecretKeyRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'TriggerAuthenticationSpecAzureKeyVaultCredentialsClientSecretValueFromSecretKeyRef' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_TriggerAuthenticationSpecAzureKeyVaultCredentialsClientSecretValueFromSecretKeyRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/**
 * Converts an object of type 'TriggerAuthenticationSpecGcpSecretManagerCredentialsClientSecretValueFromSecretKeyRef' to JSON representation.
 */
/* eslint-disable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
function toJson_TriggerAuthenticationSpecGcpSecretManagerCredentialsClientSecretValueFromSecretKeyRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'name': obj.name,
    };
    // filter undefined values
    return Object.entries(result).reduce((r, i) => (i[1] === undefined) ? r : ({ ...r, [i[0]]: i[1] }), {});
}
/* eslint-enable max-len, @stylistic/max-len, quote-props, @stylistic/quote-props */
