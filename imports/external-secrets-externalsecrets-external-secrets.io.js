"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.ExternalSecretV1Beta1SpecTargetTemplateTemplateFromConfigMapItemsTemplateAs = exports.ExternalSecretV1Beta1SpecTargetTemplateTemplateFromTarget = exports.ExternalSecretV1Beta1SpecDataFromSourceRefStoreRefKind = exports.ExternalSecretV1Beta1SpecDataFromSourceRefGeneratorRefKind = exports.ExternalSecretV1Beta1SpecDataSourceRefStoreRefKind = exports.ExternalSecretV1Beta1SpecDataSourceRefGeneratorRefKind = exports.ExternalSecretV1Beta1SpecTargetTemplateMergePolicy = exports.ExternalSecretV1Beta1SpecTargetTemplateEngineVersion = exports.ExternalSecretV1Beta1SpecDataFromFindDecodingStrategy = exports.ExternalSecretV1Beta1SpecDataFromFindConversionStrategy = exports.ExternalSecretV1Beta1SpecDataFromExtractMetadataPolicy = exports.ExternalSecretV1Beta1SpecDataFromExtractDecodingStrategy = exports.ExternalSecretV1Beta1SpecDataFromExtractConversionStrategy = exports.ExternalSecretV1Beta1SpecDataRemoteRefMetadataPolicy = exports.ExternalSecretV1Beta1SpecDataRemoteRefDecodingStrategy = exports.ExternalSecretV1Beta1SpecDataRemoteRefConversionStrategy = exports.ExternalSecretV1Beta1SpecTargetDeletionPolicy = exports.ExternalSecretV1Beta1SpecTargetCreationPolicy = exports.ExternalSecretV1Beta1SpecSecretStoreRefKind = exports.ExternalSecretV1Beta1SpecRefreshPolicy = exports.ExternalSecretV1Beta1 = exports.ExternalSecretSpecTargetTemplateTemplateFromSecretItemsTemplateAs = exports.ExternalSecretSpecTargetTemplateTemplateFromConfigMapItemsTemplateAs = exports.ExternalSecretSpecTargetTemplateTemplateFromValuesDecodingStrategy = exports.ExternalSecretSpecDataFromSourceRefStoreRefKind = exports.ExternalSecretSpecDataFromSourceRefGeneratorRefKind = exports.ExternalSecretSpecDataFromRewriteMergeStrategy = exports.ExternalSecretSpecDataFromRewriteMergePriorityPolicy = exports.ExternalSecretSpecDataFromRewriteMergeConflictPolicy = exports.ExternalSecretSpecDataSourceRefStoreRefKind = exports.ExternalSecretSpecDataSourceRefGeneratorRefKind = exports.ExternalSecretSpecTargetTemplateMergePolicy = exports.ExternalSecretSpecTargetTemplateEngineVersion = exports.ExternalSecretSpecDataFromFindNullBytePolicy = exports.ExternalSecretSpecDataFromFindDecodingStrategy = exports.ExternalSecretSpecDataFromFindConversionStrategy = exports.ExternalSecretSpecDataFromExtractNullBytePolicy = exports.ExternalSecretSpecDataFromExtractMetadataPolicy = exports.ExternalSecretSpecDataFromExtractDecodingStrategy = exports.ExternalSecretSpecDataFromExtractConversionStrategy = exports.ExternalSecretSpecDataRemoteRefNullBytePolicy = exports.ExternalSecretSpecDataRemoteRefMetadataPolicy = exports.ExternalSecretSpecDataRemoteRefDecodingStrategy = exports.ExternalSecretSpecDataRemoteRefConversionStrategy = exports.ExternalSecretSpecTargetDeletionPolicy = exports.ExternalSecretSpecTargetCreationPolicy = exports.ExternalSecretSpecSyncWindowsKind = exports.ExternalSecretSpecSecretStoreRefKind = exports.ExternalSecretSpecRefreshPolicy = exports.ExternalSecret = void 0;
exports.ExternalSecretV1Beta1SpecTargetTemplateTemplateFromSecretItemsTemplateAs = void 0;
const lean_serializers_1 = require("./lean-serializers");
const cdk8s_1 = require("cdk8s");
class ExternalSecret extends cdk8s_1.ApiObject {
    static GVK = {
        apiVersion: 'external-secrets.io/v1',
        kind: 'ExternalSecret',
    };
    static manifest(props = {}) {
        return {
            ...ExternalSecret.GVK,
            ...toJson_ExternalSecretProps(props),
        };
    }
    constructor(scope, id, props = {}) {
        super(scope, id, {
            ...ExternalSecret.GVK,
            ...props,
        });
    }
    toJson() {
        const resolved = super.toJson();
        return {
            ...ExternalSecret.GVK,
            ...toJson_ExternalSecretProps(resolved),
        };
    }
}
exports.ExternalSecret = ExternalSecret;
function toJson_ExternalSecretProps(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'metadata': obj.metadata,
        'spec': toJson_ExternalSecretSpec(obj.spec),
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_ExternalSecretSpec(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'data': obj.data?.map(y => toJson_ExternalSecretSpecData(y)),
        'dataFrom': obj.dataFrom?.map(y => toJson_ExternalSecretSpecDataFrom(y)),
        'refreshInterval': obj.refreshInterval,
        'refreshPolicy': obj.refreshPolicy,
        'secretStoreRef': toJson_ExternalSecretSpecSecretStoreRef(obj.secretStoreRef),
        'syncWindows': toJson_ExternalSecretSpecSyncWindows(obj.syncWindows),
        'target': toJson_ExternalSecretSpecTarget(obj.target),
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_ExternalSecretSpecData(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'remoteRef': toJson_ExternalSecretSpecDataRemoteRef(obj.remoteRef),
        'secretKey': obj.secretKey,
        'sourceRef': toJson_ExternalSecretSpecDataSourceRef(obj.sourceRef),
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_ExternalSecretSpecDataFrom(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'extract': toJson_ExternalSecretSpecDataFromExtract(obj.extract),
        'find': toJson_ExternalSecretSpecDataFromFind(obj.find),
        'rewrite': obj.rewrite?.map(y => toJson_ExternalSecretSpecDataFromRewrite(y)),
        'sourceRef': toJson_ExternalSecretSpecDataFromSourceRef(obj.sourceRef),
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
var ExternalSecretSpecRefreshPolicy;
(function (ExternalSecretSpecRefreshPolicy) {
    ExternalSecretSpecRefreshPolicy["CREATED_ONCE"] = "CreatedOnce";
    ExternalSecretSpecRefreshPolicy["PERIODIC"] = "Periodic";
    ExternalSecretSpecRefreshPolicy["ON_CHANGE"] = "OnChange";
})(ExternalSecretSpecRefreshPolicy || (exports.ExternalSecretSpecRefreshPolicy = ExternalSecretSpecRefreshPolicy = {}));
function toJson_ExternalSecretSpecSecretStoreRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'kind': obj.kind,
        'name': obj.name,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_ExternalSecretSpecSyncWindows(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'kind': obj.kind,
        'windows': obj.windows?.map(y => toJson_ExternalSecretSpecSyncWindowsWindows(y)),
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_ExternalSecretSpecTarget(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'creationPolicy': obj.creationPolicy,
        'deletionPolicy': obj.deletionPolicy,
        'immutable': obj.immutable,
        'manifest': toJson_ExternalSecretSpecTargetManifest(obj.manifest),
        'name': obj.name,
        'template': toJson_ExternalSecretSpecTargetTemplate(obj.template),
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_ExternalSecretSpecDataRemoteRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'conversionStrategy': obj.conversionStrategy,
        'decodingStrategy': obj.decodingStrategy,
        'key': obj.key,
        'metadataPolicy': obj.metadataPolicy,
        'nullBytePolicy': obj.nullBytePolicy,
        'property': obj.property,
        'version': obj.version,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_ExternalSecretSpecDataSourceRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'generatorRef': toJson_ExternalSecretSpecDataSourceRefGeneratorRef(obj.generatorRef),
        'storeRef': toJson_ExternalSecretSpecDataSourceRefStoreRef(obj.storeRef),
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_ExternalSecretSpecDataFromExtract(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'conversionStrategy': obj.conversionStrategy,
        'decodingStrategy': obj.decodingStrategy,
        'key': obj.key,
        'metadataPolicy': obj.metadataPolicy,
        'nullBytePolicy': obj.nullBytePolicy,
        'property': obj.property,
        'version': obj.version,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_ExternalSecretSpecDataFromFind(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'conversionStrategy': obj.conversionStrategy,
        'decodingStrategy': obj.decodingStrategy,
        'name': toJson_ExternalSecretSpecDataFromFindName(obj.name),
        'nullBytePolicy': obj.nullBytePolicy,
        'path': obj.path,
        'tags': ((obj.tags) === undefined) ? undefined : ((0, lean_serializers_1.mapDefinedEntries)(obj.tags, (value) => value)),
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_ExternalSecretSpecDataFromRewrite(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'merge': toJson_ExternalSecretSpecDataFromRewriteMerge(obj.merge),
        'regexp': toJson_ExternalSecretSpecDataFromRewriteRegexp(obj.regexp),
        'transform': toJson_ExternalSecretSpecDataFromRewriteTransform(obj.transform),
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_ExternalSecretSpecDataFromSourceRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'generatorRef': toJson_ExternalSecretSpecDataFromSourceRefGeneratorRef(obj.generatorRef),
        'storeRef': toJson_ExternalSecretSpecDataFromSourceRefStoreRef(obj.storeRef),
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
var ExternalSecretSpecSecretStoreRefKind;
(function (ExternalSecretSpecSecretStoreRefKind) {
    ExternalSecretSpecSecretStoreRefKind["SECRET_STORE"] = "SecretStore";
    ExternalSecretSpecSecretStoreRefKind["CLUSTER_SECRET_STORE"] = "ClusterSecretStore";
})(ExternalSecretSpecSecretStoreRefKind || (exports.ExternalSecretSpecSecretStoreRefKind = ExternalSecretSpecSecretStoreRefKind = {}));
var ExternalSecretSpecSyncWindowsKind;
(function (ExternalSecretSpecSyncWindowsKind) {
    ExternalSecretSpecSyncWindowsKind["ALLOW"] = "allow";
    ExternalSecretSpecSyncWindowsKind["DENY"] = "deny";
})(ExternalSecretSpecSyncWindowsKind || (exports.ExternalSecretSpecSyncWindowsKind = ExternalSecretSpecSyncWindowsKind = {}));
function toJson_ExternalSecretSpecSyncWindowsWindows(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'duration': obj.duration,
        'schedule': obj.schedule,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
var ExternalSecretSpecTargetCreationPolicy;
(function (ExternalSecretSpecTargetCreationPolicy) {
    ExternalSecretSpecTargetCreationPolicy["OWNER"] = "Owner";
    ExternalSecretSpecTargetCreationPolicy["ORPHAN"] = "Orphan";
    ExternalSecretSpecTargetCreationPolicy["MERGE"] = "Merge";
    ExternalSecretSpecTargetCreationPolicy["NONE"] = "None";
    ExternalSecretSpecTargetCreationPolicy["CREATE_OR_MERGE"] = "CreateOrMerge";
})(ExternalSecretSpecTargetCreationPolicy || (exports.ExternalSecretSpecTargetCreationPolicy = ExternalSecretSpecTargetCreationPolicy = {}));
var ExternalSecretSpecTargetDeletionPolicy;
(function (ExternalSecretSpecTargetDeletionPolicy) {
    ExternalSecretSpecTargetDeletionPolicy["DELETE"] = "Delete";
    ExternalSecretSpecTargetDeletionPolicy["MERGE"] = "Merge";
    ExternalSecretSpecTargetDeletionPolicy["RETAIN"] = "Retain";
})(ExternalSecretSpecTargetDeletionPolicy || (exports.ExternalSecretSpecTargetDeletionPolicy = ExternalSecretSpecTargetDeletionPolicy = {}));
function toJson_ExternalSecretSpecTargetManifest(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'apiVersion': obj.apiVersion,
        'kind': obj.kind,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_ExternalSecretSpecTargetTemplate(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'data': ((obj.data) === undefined) ? undefined : ((0, lean_serializers_1.mapDefinedEntries)(obj.data, (value) => value)),
        'engineVersion': obj.engineVersion,
        'mergePolicy': obj.mergePolicy,
        'metadata': toJson_ExternalSecretSpecTargetTemplateMetadata(obj.metadata),
        'templateFrom': obj.templateFrom?.map(y => toJson_ExternalSecretSpecTargetTemplateTemplateFrom(y)),
        'type': obj.type,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
var ExternalSecretSpecDataRemoteRefConversionStrategy;
(function (ExternalSecretSpecDataRemoteRefConversionStrategy) {
    ExternalSecretSpecDataRemoteRefConversionStrategy["DEFAULT"] = "Default";
    ExternalSecretSpecDataRemoteRefConversionStrategy["UNICODE"] = "Unicode";
})(ExternalSecretSpecDataRemoteRefConversionStrategy || (exports.ExternalSecretSpecDataRemoteRefConversionStrategy = ExternalSecretSpecDataRemoteRefConversionStrategy = {}));
var ExternalSecretSpecDataRemoteRefDecodingStrategy;
(function (ExternalSecretSpecDataRemoteRefDecodingStrategy) {
    ExternalSecretSpecDataRemoteRefDecodingStrategy["AUTO"] = "Auto";
    ExternalSecretSpecDataRemoteRefDecodingStrategy["BASE64"] = "Base64";
    ExternalSecretSpecDataRemoteRefDecodingStrategy["BASE64_URL"] = "Base64URL";
    ExternalSecretSpecDataRemoteRefDecodingStrategy["NONE"] = "None";
})(ExternalSecretSpecDataRemoteRefDecodingStrategy || (exports.ExternalSecretSpecDataRemoteRefDecodingStrategy = ExternalSecretSpecDataRemoteRefDecodingStrategy = {}));
var ExternalSecretSpecDataRemoteRefMetadataPolicy;
(function (ExternalSecretSpecDataRemoteRefMetadataPolicy) {
    ExternalSecretSpecDataRemoteRefMetadataPolicy["NONE"] = "None";
    ExternalSecretSpecDataRemoteRefMetadataPolicy["FETCH"] = "Fetch";
})(ExternalSecretSpecDataRemoteRefMetadataPolicy || (exports.ExternalSecretSpecDataRemoteRefMetadataPolicy = ExternalSecretSpecDataRemoteRefMetadataPolicy = {}));
var ExternalSecretSpecDataRemoteRefNullBytePolicy;
(function (ExternalSecretSpecDataRemoteRefNullBytePolicy) {
    ExternalSecretSpecDataRemoteRefNullBytePolicy["IGNORE"] = "Ignore";
    ExternalSecretSpecDataRemoteRefNullBytePolicy["FAIL"] = "Fail";
})(ExternalSecretSpecDataRemoteRefNullBytePolicy || (exports.ExternalSecretSpecDataRemoteRefNullBytePolicy = ExternalSecretSpecDataRemoteRefNullBytePolicy = {}));
function toJson_ExternalSecretSpecDataSourceRefGeneratorRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'apiVersion': obj.apiVersion,
        'kind': obj.kind,
        'name': obj.name,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_ExternalSecretSpecDataSourceRefStoreRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'kind': obj.kind,
        'name': obj.name,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
var ExternalSecretSpecDataFromExtractConversionStrategy;
(function (ExternalSecretSpecDataFromExtractConversionStrategy) {
    ExternalSecretSpecDataFromExtractConversionStrategy["DEFAULT"] = "Default";
    ExternalSecretSpecDataFromExtractConversionStrategy["UNICODE"] = "Unicode";
})(ExternalSecretSpecDataFromExtractConversionStrategy || (exports.ExternalSecretSpecDataFromExtractConversionStrategy = ExternalSecretSpecDataFromExtractConversionStrategy = {}));
var ExternalSecretSpecDataFromExtractDecodingStrategy;
(function (ExternalSecretSpecDataFromExtractDecodingStrategy) {
    ExternalSecretSpecDataFromExtractDecodingStrategy["AUTO"] = "Auto";
    ExternalSecretSpecDataFromExtractDecodingStrategy["BASE64"] = "Base64";
    ExternalSecretSpecDataFromExtractDecodingStrategy["BASE64_URL"] = "Base64URL";
    ExternalSecretSpecDataFromExtractDecodingStrategy["NONE"] = "None";
})(ExternalSecretSpecDataFromExtractDecodingStrategy || (exports.ExternalSecretSpecDataFromExtractDecodingStrategy = ExternalSecretSpecDataFromExtractDecodingStrategy = {}));
var ExternalSecretSpecDataFromExtractMetadataPolicy;
(function (ExternalSecretSpecDataFromExtractMetadataPolicy) {
    ExternalSecretSpecDataFromExtractMetadataPolicy["NONE"] = "None";
    ExternalSecretSpecDataFromExtractMetadataPolicy["FETCH"] = "Fetch";
})(ExternalSecretSpecDataFromExtractMetadataPolicy || (exports.ExternalSecretSpecDataFromExtractMetadataPolicy = ExternalSecretSpecDataFromExtractMetadataPolicy = {}));
var ExternalSecretSpecDataFromExtractNullBytePolicy;
(function (ExternalSecretSpecDataFromExtractNullBytePolicy) {
    ExternalSecretSpecDataFromExtractNullBytePolicy["IGNORE"] = "Ignore";
    ExternalSecretSpecDataFromExtractNullBytePolicy["FAIL"] = "Fail";
})(ExternalSecretSpecDataFromExtractNullBytePolicy || (exports.ExternalSecretSpecDataFromExtractNullBytePolicy = ExternalSecretSpecDataFromExtractNullBytePolicy = {}));
var ExternalSecretSpecDataFromFindConversionStrategy;
(function (ExternalSecretSpecDataFromFindConversionStrategy) {
    ExternalSecretSpecDataFromFindConversionStrategy["DEFAULT"] = "Default";
    ExternalSecretSpecDataFromFindConversionStrategy["UNICODE"] = "Unicode";
})(ExternalSecretSpecDataFromFindConversionStrategy || (exports.ExternalSecretSpecDataFromFindConversionStrategy = ExternalSecretSpecDataFromFindConversionStrategy = {}));
var ExternalSecretSpecDataFromFindDecodingStrategy;
(function (ExternalSecretSpecDataFromFindDecodingStrategy) {
    ExternalSecretSpecDataFromFindDecodingStrategy["AUTO"] = "Auto";
    ExternalSecretSpecDataFromFindDecodingStrategy["BASE64"] = "Base64";
    ExternalSecretSpecDataFromFindDecodingStrategy["BASE64_URL"] = "Base64URL";
    ExternalSecretSpecDataFromFindDecodingStrategy["NONE"] = "None";
})(ExternalSecretSpecDataFromFindDecodingStrategy || (exports.ExternalSecretSpecDataFromFindDecodingStrategy = ExternalSecretSpecDataFromFindDecodingStrategy = {}));
function toJson_ExternalSecretSpecDataFromFindName(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'regexp': obj.regexp,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
var ExternalSecretSpecDataFromFindNullBytePolicy;
(function (ExternalSecretSpecDataFromFindNullBytePolicy) {
    ExternalSecretSpecDataFromFindNullBytePolicy["IGNORE"] = "Ignore";
    ExternalSecretSpecDataFromFindNullBytePolicy["FAIL"] = "Fail";
})(ExternalSecretSpecDataFromFindNullBytePolicy || (exports.ExternalSecretSpecDataFromFindNullBytePolicy = ExternalSecretSpecDataFromFindNullBytePolicy = {}));
function toJson_ExternalSecretSpecDataFromRewriteMerge(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'conflictPolicy': obj.conflictPolicy,
        'into': obj.into,
        'priority': obj.priority?.map(y => y),
        'priorityPolicy': obj.priorityPolicy,
        'strategy': obj.strategy,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_ExternalSecretSpecDataFromRewriteRegexp(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'source': obj.source,
        'target': obj.target,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_ExternalSecretSpecDataFromRewriteTransform(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'template': obj.template,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_ExternalSecretSpecDataFromSourceRefGeneratorRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'apiVersion': obj.apiVersion,
        'kind': obj.kind,
        'name': obj.name,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_ExternalSecretSpecDataFromSourceRefStoreRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'kind': obj.kind,
        'name': obj.name,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
var ExternalSecretSpecTargetTemplateEngineVersion;
(function (ExternalSecretSpecTargetTemplateEngineVersion) {
    ExternalSecretSpecTargetTemplateEngineVersion["V2"] = "v2";
})(ExternalSecretSpecTargetTemplateEngineVersion || (exports.ExternalSecretSpecTargetTemplateEngineVersion = ExternalSecretSpecTargetTemplateEngineVersion = {}));
var ExternalSecretSpecTargetTemplateMergePolicy;
(function (ExternalSecretSpecTargetTemplateMergePolicy) {
    ExternalSecretSpecTargetTemplateMergePolicy["REPLACE"] = "Replace";
    ExternalSecretSpecTargetTemplateMergePolicy["MERGE"] = "Merge";
})(ExternalSecretSpecTargetTemplateMergePolicy || (exports.ExternalSecretSpecTargetTemplateMergePolicy = ExternalSecretSpecTargetTemplateMergePolicy = {}));
function toJson_ExternalSecretSpecTargetTemplateMetadata(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'annotations': ((obj.annotations) === undefined) ? undefined : ((0, lean_serializers_1.mapDefinedEntries)(obj.annotations, (value) => value)),
        'finalizers': obj.finalizers?.map(y => y),
        'labels': ((obj.labels) === undefined) ? undefined : ((0, lean_serializers_1.mapDefinedEntries)(obj.labels, (value) => value)),
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_ExternalSecretSpecTargetTemplateTemplateFrom(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'configMap': toJson_ExternalSecretSpecTargetTemplateTemplateFromConfigMap(obj.configMap),
        'literal': obj.literal,
        'secret': toJson_ExternalSecretSpecTargetTemplateTemplateFromSecret(obj.secret),
        'target': obj.target,
        'valuesDecodingStrategy': obj.valuesDecodingStrategy,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
var ExternalSecretSpecDataSourceRefGeneratorRefKind;
(function (ExternalSecretSpecDataSourceRefGeneratorRefKind) {
    ExternalSecretSpecDataSourceRefGeneratorRefKind["ACR_ACCESS_TOKEN"] = "ACRAccessToken";
    ExternalSecretSpecDataSourceRefGeneratorRefKind["BEYONDTRUST_WORKLOAD_CREDENTIALS_DYNAMIC_SECRET"] = "BeyondtrustWorkloadCredentialsDynamicSecret";
    ExternalSecretSpecDataSourceRefGeneratorRefKind["CLUSTER_GENERATOR"] = "ClusterGenerator";
    ExternalSecretSpecDataSourceRefGeneratorRefKind["CLOUDSMITH_ACCESS_TOKEN"] = "CloudsmithAccessToken";
    ExternalSecretSpecDataSourceRefGeneratorRefKind["ECR_AUTHORIZATION_TOKEN"] = "ECRAuthorizationToken";
    ExternalSecretSpecDataSourceRefGeneratorRefKind["FAKE"] = "Fake";
    ExternalSecretSpecDataSourceRefGeneratorRefKind["GCR_ACCESS_TOKEN"] = "GCRAccessToken";
    ExternalSecretSpecDataSourceRefGeneratorRefKind["GITHUB_ACCESS_TOKEN"] = "GithubAccessToken";
    ExternalSecretSpecDataSourceRefGeneratorRefKind["GITLAB_DEPLOY_TOKEN"] = "GitlabDeployToken";
    ExternalSecretSpecDataSourceRefGeneratorRefKind["QUAY_ACCESS_TOKEN"] = "QuayAccessToken";
    ExternalSecretSpecDataSourceRefGeneratorRefKind["PASSWORD"] = "Password";
    ExternalSecretSpecDataSourceRefGeneratorRefKind["SSH_KEY"] = "SSHKey";
    ExternalSecretSpecDataSourceRefGeneratorRefKind["STS_SESSION_TOKEN"] = "STSSessionToken";
    ExternalSecretSpecDataSourceRefGeneratorRefKind["UUID"] = "UUID";
    ExternalSecretSpecDataSourceRefGeneratorRefKind["VAULT_DYNAMIC_SECRET"] = "VaultDynamicSecret";
    ExternalSecretSpecDataSourceRefGeneratorRefKind["WEBHOOK"] = "Webhook";
    ExternalSecretSpecDataSourceRefGeneratorRefKind["GRAFANA"] = "Grafana";
    ExternalSecretSpecDataSourceRefGeneratorRefKind["MFA"] = "MFA";
})(ExternalSecretSpecDataSourceRefGeneratorRefKind || (exports.ExternalSecretSpecDataSourceRefGeneratorRefKind = ExternalSecretSpecDataSourceRefGeneratorRefKind = {}));
var ExternalSecretSpecDataSourceRefStoreRefKind;
(function (ExternalSecretSpecDataSourceRefStoreRefKind) {
    ExternalSecretSpecDataSourceRefStoreRefKind["SECRET_STORE"] = "SecretStore";
    ExternalSecretSpecDataSourceRefStoreRefKind["CLUSTER_SECRET_STORE"] = "ClusterSecretStore";
})(ExternalSecretSpecDataSourceRefStoreRefKind || (exports.ExternalSecretSpecDataSourceRefStoreRefKind = ExternalSecretSpecDataSourceRefStoreRefKind = {}));
var ExternalSecretSpecDataFromRewriteMergeConflictPolicy;
(function (ExternalSecretSpecDataFromRewriteMergeConflictPolicy) {
    ExternalSecretSpecDataFromRewriteMergeConflictPolicy["IGNORE"] = "Ignore";
    ExternalSecretSpecDataFromRewriteMergeConflictPolicy["ERROR"] = "Error";
})(ExternalSecretSpecDataFromRewriteMergeConflictPolicy || (exports.ExternalSecretSpecDataFromRewriteMergeConflictPolicy = ExternalSecretSpecDataFromRewriteMergeConflictPolicy = {}));
var ExternalSecretSpecDataFromRewriteMergePriorityPolicy;
(function (ExternalSecretSpecDataFromRewriteMergePriorityPolicy) {
    ExternalSecretSpecDataFromRewriteMergePriorityPolicy["IGNORE_NOT_FOUND"] = "IgnoreNotFound";
    ExternalSecretSpecDataFromRewriteMergePriorityPolicy["STRICT"] = "Strict";
})(ExternalSecretSpecDataFromRewriteMergePriorityPolicy || (exports.ExternalSecretSpecDataFromRewriteMergePriorityPolicy = ExternalSecretSpecDataFromRewriteMergePriorityPolicy = {}));
var ExternalSecretSpecDataFromRewriteMergeStrategy;
(function (ExternalSecretSpecDataFromRewriteMergeStrategy) {
    ExternalSecretSpecDataFromRewriteMergeStrategy["EXTRACT"] = "Extract";
    ExternalSecretSpecDataFromRewriteMergeStrategy["JSON"] = "JSON";
})(ExternalSecretSpecDataFromRewriteMergeStrategy || (exports.ExternalSecretSpecDataFromRewriteMergeStrategy = ExternalSecretSpecDataFromRewriteMergeStrategy = {}));
var ExternalSecretSpecDataFromSourceRefGeneratorRefKind;
(function (ExternalSecretSpecDataFromSourceRefGeneratorRefKind) {
    ExternalSecretSpecDataFromSourceRefGeneratorRefKind["ACR_ACCESS_TOKEN"] = "ACRAccessToken";
    ExternalSecretSpecDataFromSourceRefGeneratorRefKind["BEYONDTRUST_WORKLOAD_CREDENTIALS_DYNAMIC_SECRET"] = "BeyondtrustWorkloadCredentialsDynamicSecret";
    ExternalSecretSpecDataFromSourceRefGeneratorRefKind["CLUSTER_GENERATOR"] = "ClusterGenerator";
    ExternalSecretSpecDataFromSourceRefGeneratorRefKind["CLOUDSMITH_ACCESS_TOKEN"] = "CloudsmithAccessToken";
    ExternalSecretSpecDataFromSourceRefGeneratorRefKind["ECR_AUTHORIZATION_TOKEN"] = "ECRAuthorizationToken";
    ExternalSecretSpecDataFromSourceRefGeneratorRefKind["FAKE"] = "Fake";
    ExternalSecretSpecDataFromSourceRefGeneratorRefKind["GCR_ACCESS_TOKEN"] = "GCRAccessToken";
    ExternalSecretSpecDataFromSourceRefGeneratorRefKind["GITHUB_ACCESS_TOKEN"] = "GithubAccessToken";
    ExternalSecretSpecDataFromSourceRefGeneratorRefKind["GITLAB_DEPLOY_TOKEN"] = "GitlabDeployToken";
    ExternalSecretSpecDataFromSourceRefGeneratorRefKind["QUAY_ACCESS_TOKEN"] = "QuayAccessToken";
    ExternalSecretSpecDataFromSourceRefGeneratorRefKind["PASSWORD"] = "Password";
    ExternalSecretSpecDataFromSourceRefGeneratorRefKind["SSH_KEY"] = "SSHKey";
    ExternalSecretSpecDataFromSourceRefGeneratorRefKind["STS_SESSION_TOKEN"] = "STSSessionToken";
    ExternalSecretSpecDataFromSourceRefGeneratorRefKind["UUID"] = "UUID";
    ExternalSecretSpecDataFromSourceRefGeneratorRefKind["VAULT_DYNAMIC_SECRET"] = "VaultDynamicSecret";
    ExternalSecretSpecDataFromSourceRefGeneratorRefKind["WEBHOOK"] = "Webhook";
    ExternalSecretSpecDataFromSourceRefGeneratorRefKind["GRAFANA"] = "Grafana";
    ExternalSecretSpecDataFromSourceRefGeneratorRefKind["MFA"] = "MFA";
})(ExternalSecretSpecDataFromSourceRefGeneratorRefKind || (exports.ExternalSecretSpecDataFromSourceRefGeneratorRefKind = ExternalSecretSpecDataFromSourceRefGeneratorRefKind = {}));
var ExternalSecretSpecDataFromSourceRefStoreRefKind;
(function (ExternalSecretSpecDataFromSourceRefStoreRefKind) {
    ExternalSecretSpecDataFromSourceRefStoreRefKind["SECRET_STORE"] = "SecretStore";
    ExternalSecretSpecDataFromSourceRefStoreRefKind["CLUSTER_SECRET_STORE"] = "ClusterSecretStore";
})(ExternalSecretSpecDataFromSourceRefStoreRefKind || (exports.ExternalSecretSpecDataFromSourceRefStoreRefKind = ExternalSecretSpecDataFromSourceRefStoreRefKind = {}));
function toJson_ExternalSecretSpecTargetTemplateTemplateFromConfigMap(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'items': obj.items?.map(y => toJson_ExternalSecretSpecTargetTemplateTemplateFromConfigMapItems(y)),
        'name': obj.name,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_ExternalSecretSpecTargetTemplateTemplateFromSecret(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'items': obj.items?.map(y => toJson_ExternalSecretSpecTargetTemplateTemplateFromSecretItems(y)),
        'name': obj.name,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
var ExternalSecretSpecTargetTemplateTemplateFromValuesDecodingStrategy;
(function (ExternalSecretSpecTargetTemplateTemplateFromValuesDecodingStrategy) {
    ExternalSecretSpecTargetTemplateTemplateFromValuesDecodingStrategy["AUTO"] = "Auto";
    ExternalSecretSpecTargetTemplateTemplateFromValuesDecodingStrategy["BASE64"] = "Base64";
    ExternalSecretSpecTargetTemplateTemplateFromValuesDecodingStrategy["BASE64_URL"] = "Base64URL";
    ExternalSecretSpecTargetTemplateTemplateFromValuesDecodingStrategy["NONE"] = "None";
})(ExternalSecretSpecTargetTemplateTemplateFromValuesDecodingStrategy || (exports.ExternalSecretSpecTargetTemplateTemplateFromValuesDecodingStrategy = ExternalSecretSpecTargetTemplateTemplateFromValuesDecodingStrategy = {}));
function toJson_ExternalSecretSpecTargetTemplateTemplateFromConfigMapItems(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'templateAs': obj.templateAs,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_ExternalSecretSpecTargetTemplateTemplateFromSecretItems(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'templateAs': obj.templateAs,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
var ExternalSecretSpecTargetTemplateTemplateFromConfigMapItemsTemplateAs;
(function (ExternalSecretSpecTargetTemplateTemplateFromConfigMapItemsTemplateAs) {
    ExternalSecretSpecTargetTemplateTemplateFromConfigMapItemsTemplateAs["VALUES"] = "Values";
    ExternalSecretSpecTargetTemplateTemplateFromConfigMapItemsTemplateAs["KEYS_AND_VALUES"] = "KeysAndValues";
})(ExternalSecretSpecTargetTemplateTemplateFromConfigMapItemsTemplateAs || (exports.ExternalSecretSpecTargetTemplateTemplateFromConfigMapItemsTemplateAs = ExternalSecretSpecTargetTemplateTemplateFromConfigMapItemsTemplateAs = {}));
var ExternalSecretSpecTargetTemplateTemplateFromSecretItemsTemplateAs;
(function (ExternalSecretSpecTargetTemplateTemplateFromSecretItemsTemplateAs) {
    ExternalSecretSpecTargetTemplateTemplateFromSecretItemsTemplateAs["VALUES"] = "Values";
    ExternalSecretSpecTargetTemplateTemplateFromSecretItemsTemplateAs["KEYS_AND_VALUES"] = "KeysAndValues";
})(ExternalSecretSpecTargetTemplateTemplateFromSecretItemsTemplateAs || (exports.ExternalSecretSpecTargetTemplateTemplateFromSecretItemsTemplateAs = ExternalSecretSpecTargetTemplateTemplateFromSecretItemsTemplateAs = {}));
class ExternalSecretV1Beta1 extends cdk8s_1.ApiObject {
    static GVK = {
        apiVersion: 'external-secrets.io/v1beta1',
        kind: 'ExternalSecret',
    };
    static manifest(props = {}) {
        return {
            ...ExternalSecretV1Beta1.GVK,
            ...toJson_ExternalSecretV1Beta1Props(props),
        };
    }
    constructor(scope, id, props = {}) {
        super(scope, id, {
            ...ExternalSecretV1Beta1.GVK,
            ...props,
        });
    }
    toJson() {
        const resolved = super.toJson();
        return {
            ...ExternalSecretV1Beta1.GVK,
            ...toJson_ExternalSecretV1Beta1Props(resolved),
        };
    }
}
exports.ExternalSecretV1Beta1 = ExternalSecretV1Beta1;
function toJson_ExternalSecretV1Beta1Props(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'metadata': obj.metadata,
        'spec': toJson_ExternalSecretV1Beta1Spec(obj.spec),
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_ExternalSecretV1Beta1Spec(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'data': obj.data?.map(y => toJson_ExternalSecretV1Beta1SpecData(y)),
        'dataFrom': obj.dataFrom?.map(y => toJson_ExternalSecretV1Beta1SpecDataFrom(y)),
        'refreshInterval': obj.refreshInterval,
        'refreshPolicy': obj.refreshPolicy,
        'secretStoreRef': toJson_ExternalSecretV1Beta1SpecSecretStoreRef(obj.secretStoreRef),
        'target': toJson_ExternalSecretV1Beta1SpecTarget(obj.target),
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_ExternalSecretV1Beta1SpecData(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'remoteRef': toJson_ExternalSecretV1Beta1SpecDataRemoteRef(obj.remoteRef),
        'secretKey': obj.secretKey,
        'sourceRef': toJson_ExternalSecretV1Beta1SpecDataSourceRef(obj.sourceRef),
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_ExternalSecretV1Beta1SpecDataFrom(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'extract': toJson_ExternalSecretV1Beta1SpecDataFromExtract(obj.extract),
        'find': toJson_ExternalSecretV1Beta1SpecDataFromFind(obj.find),
        'rewrite': obj.rewrite?.map(y => toJson_ExternalSecretV1Beta1SpecDataFromRewrite(y)),
        'sourceRef': toJson_ExternalSecretV1Beta1SpecDataFromSourceRef(obj.sourceRef),
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
var ExternalSecretV1Beta1SpecRefreshPolicy;
(function (ExternalSecretV1Beta1SpecRefreshPolicy) {
    ExternalSecretV1Beta1SpecRefreshPolicy["CREATED_ONCE"] = "CreatedOnce";
    ExternalSecretV1Beta1SpecRefreshPolicy["PERIODIC"] = "Periodic";
    ExternalSecretV1Beta1SpecRefreshPolicy["ON_CHANGE"] = "OnChange";
})(ExternalSecretV1Beta1SpecRefreshPolicy || (exports.ExternalSecretV1Beta1SpecRefreshPolicy = ExternalSecretV1Beta1SpecRefreshPolicy = {}));
function toJson_ExternalSecretV1Beta1SpecSecretStoreRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'kind': obj.kind,
        'name': obj.name,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_ExternalSecretV1Beta1SpecTarget(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'creationPolicy': obj.creationPolicy,
        'deletionPolicy': obj.deletionPolicy,
        'immutable': obj.immutable,
        'name': obj.name,
        'template': toJson_ExternalSecretV1Beta1SpecTargetTemplate(obj.template),
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_ExternalSecretV1Beta1SpecDataRemoteRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'conversionStrategy': obj.conversionStrategy,
        'decodingStrategy': obj.decodingStrategy,
        'key': obj.key,
        'metadataPolicy': obj.metadataPolicy,
        'property': obj.property,
        'version': obj.version,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_ExternalSecretV1Beta1SpecDataSourceRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'generatorRef': toJson_ExternalSecretV1Beta1SpecDataSourceRefGeneratorRef(obj.generatorRef),
        'storeRef': toJson_ExternalSecretV1Beta1SpecDataSourceRefStoreRef(obj.storeRef),
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_ExternalSecretV1Beta1SpecDataFromExtract(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'conversionStrategy': obj.conversionStrategy,
        'decodingStrategy': obj.decodingStrategy,
        'key': obj.key,
        'metadataPolicy': obj.metadataPolicy,
        'property': obj.property,
        'version': obj.version,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_ExternalSecretV1Beta1SpecDataFromFind(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'conversionStrategy': obj.conversionStrategy,
        'decodingStrategy': obj.decodingStrategy,
        'name': toJson_ExternalSecretV1Beta1SpecDataFromFindName(obj.name),
        'path': obj.path,
        'tags': ((obj.tags) === undefined) ? undefined : ((0, lean_serializers_1.mapDefinedEntries)(obj.tags, (value) => value)),
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_ExternalSecretV1Beta1SpecDataFromRewrite(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'regexp': toJson_ExternalSecretV1Beta1SpecDataFromRewriteRegexp(obj.regexp),
        'transform': toJson_ExternalSecretV1Beta1SpecDataFromRewriteTransform(obj.transform),
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_ExternalSecretV1Beta1SpecDataFromSourceRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'generatorRef': toJson_ExternalSecretV1Beta1SpecDataFromSourceRefGeneratorRef(obj.generatorRef),
        'storeRef': toJson_ExternalSecretV1Beta1SpecDataFromSourceRefStoreRef(obj.storeRef),
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
var ExternalSecretV1Beta1SpecSecretStoreRefKind;
(function (ExternalSecretV1Beta1SpecSecretStoreRefKind) {
    ExternalSecretV1Beta1SpecSecretStoreRefKind["SECRET_STORE"] = "SecretStore";
    ExternalSecretV1Beta1SpecSecretStoreRefKind["CLUSTER_SECRET_STORE"] = "ClusterSecretStore";
})(ExternalSecretV1Beta1SpecSecretStoreRefKind || (exports.ExternalSecretV1Beta1SpecSecretStoreRefKind = ExternalSecretV1Beta1SpecSecretStoreRefKind = {}));
var ExternalSecretV1Beta1SpecTargetCreationPolicy;
(function (ExternalSecretV1Beta1SpecTargetCreationPolicy) {
    ExternalSecretV1Beta1SpecTargetCreationPolicy["OWNER"] = "Owner";
    ExternalSecretV1Beta1SpecTargetCreationPolicy["ORPHAN"] = "Orphan";
    ExternalSecretV1Beta1SpecTargetCreationPolicy["MERGE"] = "Merge";
    ExternalSecretV1Beta1SpecTargetCreationPolicy["NONE"] = "None";
})(ExternalSecretV1Beta1SpecTargetCreationPolicy || (exports.ExternalSecretV1Beta1SpecTargetCreationPolicy = ExternalSecretV1Beta1SpecTargetCreationPolicy = {}));
var ExternalSecretV1Beta1SpecTargetDeletionPolicy;
(function (ExternalSecretV1Beta1SpecTargetDeletionPolicy) {
    ExternalSecretV1Beta1SpecTargetDeletionPolicy["DELETE"] = "Delete";
    ExternalSecretV1Beta1SpecTargetDeletionPolicy["MERGE"] = "Merge";
    ExternalSecretV1Beta1SpecTargetDeletionPolicy["RETAIN"] = "Retain";
})(ExternalSecretV1Beta1SpecTargetDeletionPolicy || (exports.ExternalSecretV1Beta1SpecTargetDeletionPolicy = ExternalSecretV1Beta1SpecTargetDeletionPolicy = {}));
function toJson_ExternalSecretV1Beta1SpecTargetTemplate(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'data': ((obj.data) === undefined) ? undefined : ((0, lean_serializers_1.mapDefinedEntries)(obj.data, (value) => value)),
        'engineVersion': obj.engineVersion,
        'mergePolicy': obj.mergePolicy,
        'metadata': toJson_ExternalSecretV1Beta1SpecTargetTemplateMetadata(obj.metadata),
        'templateFrom': obj.templateFrom?.map(y => toJson_ExternalSecretV1Beta1SpecTargetTemplateTemplateFrom(y)),
        'type': obj.type,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
var ExternalSecretV1Beta1SpecDataRemoteRefConversionStrategy;
(function (ExternalSecretV1Beta1SpecDataRemoteRefConversionStrategy) {
    ExternalSecretV1Beta1SpecDataRemoteRefConversionStrategy["DEFAULT"] = "Default";
    ExternalSecretV1Beta1SpecDataRemoteRefConversionStrategy["UNICODE"] = "Unicode";
})(ExternalSecretV1Beta1SpecDataRemoteRefConversionStrategy || (exports.ExternalSecretV1Beta1SpecDataRemoteRefConversionStrategy = ExternalSecretV1Beta1SpecDataRemoteRefConversionStrategy = {}));
var ExternalSecretV1Beta1SpecDataRemoteRefDecodingStrategy;
(function (ExternalSecretV1Beta1SpecDataRemoteRefDecodingStrategy) {
    ExternalSecretV1Beta1SpecDataRemoteRefDecodingStrategy["AUTO"] = "Auto";
    ExternalSecretV1Beta1SpecDataRemoteRefDecodingStrategy["BASE64"] = "Base64";
    ExternalSecretV1Beta1SpecDataRemoteRefDecodingStrategy["BASE64_URL"] = "Base64URL";
    ExternalSecretV1Beta1SpecDataRemoteRefDecodingStrategy["NONE"] = "None";
})(ExternalSecretV1Beta1SpecDataRemoteRefDecodingStrategy || (exports.ExternalSecretV1Beta1SpecDataRemoteRefDecodingStrategy = ExternalSecretV1Beta1SpecDataRemoteRefDecodingStrategy = {}));
var ExternalSecretV1Beta1SpecDataRemoteRefMetadataPolicy;
(function (ExternalSecretV1Beta1SpecDataRemoteRefMetadataPolicy) {
    ExternalSecretV1Beta1SpecDataRemoteRefMetadataPolicy["NONE"] = "None";
    ExternalSecretV1Beta1SpecDataRemoteRefMetadataPolicy["FETCH"] = "Fetch";
})(ExternalSecretV1Beta1SpecDataRemoteRefMetadataPolicy || (exports.ExternalSecretV1Beta1SpecDataRemoteRefMetadataPolicy = ExternalSecretV1Beta1SpecDataRemoteRefMetadataPolicy = {}));
function toJson_ExternalSecretV1Beta1SpecDataSourceRefGeneratorRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'apiVersion': obj.apiVersion,
        'kind': obj.kind,
        'name': obj.name,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_ExternalSecretV1Beta1SpecDataSourceRefStoreRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'kind': obj.kind,
        'name': obj.name,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
var ExternalSecretV1Beta1SpecDataFromExtractConversionStrategy;
(function (ExternalSecretV1Beta1SpecDataFromExtractConversionStrategy) {
    ExternalSecretV1Beta1SpecDataFromExtractConversionStrategy["DEFAULT"] = "Default";
    ExternalSecretV1Beta1SpecDataFromExtractConversionStrategy["UNICODE"] = "Unicode";
})(ExternalSecretV1Beta1SpecDataFromExtractConversionStrategy || (exports.ExternalSecretV1Beta1SpecDataFromExtractConversionStrategy = ExternalSecretV1Beta1SpecDataFromExtractConversionStrategy = {}));
var ExternalSecretV1Beta1SpecDataFromExtractDecodingStrategy;
(function (ExternalSecretV1Beta1SpecDataFromExtractDecodingStrategy) {
    ExternalSecretV1Beta1SpecDataFromExtractDecodingStrategy["AUTO"] = "Auto";
    ExternalSecretV1Beta1SpecDataFromExtractDecodingStrategy["BASE64"] = "Base64";
    ExternalSecretV1Beta1SpecDataFromExtractDecodingStrategy["BASE64_URL"] = "Base64URL";
    ExternalSecretV1Beta1SpecDataFromExtractDecodingStrategy["NONE"] = "None";
})(ExternalSecretV1Beta1SpecDataFromExtractDecodingStrategy || (exports.ExternalSecretV1Beta1SpecDataFromExtractDecodingStrategy = ExternalSecretV1Beta1SpecDataFromExtractDecodingStrategy = {}));
var ExternalSecretV1Beta1SpecDataFromExtractMetadataPolicy;
(function (ExternalSecretV1Beta1SpecDataFromExtractMetadataPolicy) {
    ExternalSecretV1Beta1SpecDataFromExtractMetadataPolicy["NONE"] = "None";
    ExternalSecretV1Beta1SpecDataFromExtractMetadataPolicy["FETCH"] = "Fetch";
})(ExternalSecretV1Beta1SpecDataFromExtractMetadataPolicy || (exports.ExternalSecretV1Beta1SpecDataFromExtractMetadataPolicy = ExternalSecretV1Beta1SpecDataFromExtractMetadataPolicy = {}));
var ExternalSecretV1Beta1SpecDataFromFindConversionStrategy;
(function (ExternalSecretV1Beta1SpecDataFromFindConversionStrategy) {
    ExternalSecretV1Beta1SpecDataFromFindConversionStrategy["DEFAULT"] = "Default";
    ExternalSecretV1Beta1SpecDataFromFindConversionStrategy["UNICODE"] = "Unicode";
})(ExternalSecretV1Beta1SpecDataFromFindConversionStrategy || (exports.ExternalSecretV1Beta1SpecDataFromFindConversionStrategy = ExternalSecretV1Beta1SpecDataFromFindConversionStrategy = {}));
var ExternalSecretV1Beta1SpecDataFromFindDecodingStrategy;
(function (ExternalSecretV1Beta1SpecDataFromFindDecodingStrategy) {
    ExternalSecretV1Beta1SpecDataFromFindDecodingStrategy["AUTO"] = "Auto";
    ExternalSecretV1Beta1SpecDataFromFindDecodingStrategy["BASE64"] = "Base64";
    ExternalSecretV1Beta1SpecDataFromFindDecodingStrategy["BASE64_URL"] = "Base64URL";
    ExternalSecretV1Beta1SpecDataFromFindDecodingStrategy["NONE"] = "None";
})(ExternalSecretV1Beta1SpecDataFromFindDecodingStrategy || (exports.ExternalSecretV1Beta1SpecDataFromFindDecodingStrategy = ExternalSecretV1Beta1SpecDataFromFindDecodingStrategy = {}));
function toJson_ExternalSecretV1Beta1SpecDataFromFindName(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'regexp': obj.regexp,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_ExternalSecretV1Beta1SpecDataFromRewriteRegexp(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'source': obj.source,
        'target': obj.target,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_ExternalSecretV1Beta1SpecDataFromRewriteTransform(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'template': obj.template,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_ExternalSecretV1Beta1SpecDataFromSourceRefGeneratorRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'apiVersion': obj.apiVersion,
        'kind': obj.kind,
        'name': obj.name,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_ExternalSecretV1Beta1SpecDataFromSourceRefStoreRef(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'kind': obj.kind,
        'name': obj.name,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
var ExternalSecretV1Beta1SpecTargetTemplateEngineVersion;
(function (ExternalSecretV1Beta1SpecTargetTemplateEngineVersion) {
    ExternalSecretV1Beta1SpecTargetTemplateEngineVersion["V2"] = "v2";
})(ExternalSecretV1Beta1SpecTargetTemplateEngineVersion || (exports.ExternalSecretV1Beta1SpecTargetTemplateEngineVersion = ExternalSecretV1Beta1SpecTargetTemplateEngineVersion = {}));
var ExternalSecretV1Beta1SpecTargetTemplateMergePolicy;
(function (ExternalSecretV1Beta1SpecTargetTemplateMergePolicy) {
    ExternalSecretV1Beta1SpecTargetTemplateMergePolicy["REPLACE"] = "Replace";
    ExternalSecretV1Beta1SpecTargetTemplateMergePolicy["MERGE"] = "Merge";
})(ExternalSecretV1Beta1SpecTargetTemplateMergePolicy || (exports.ExternalSecretV1Beta1SpecTargetTemplateMergePolicy = ExternalSecretV1Beta1SpecTargetTemplateMergePolicy = {}));
function toJson_ExternalSecretV1Beta1SpecTargetTemplateMetadata(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'annotations': ((obj.annotations) === undefined) ? undefined : ((0, lean_serializers_1.mapDefinedEntries)(obj.annotations, (value) => value)),
        'labels': ((obj.labels) === undefined) ? undefined : ((0, lean_serializers_1.mapDefinedEntries)(obj.labels, (value) => value)),
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_ExternalSecretV1Beta1SpecTargetTemplateTemplateFrom(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'configMap': toJson_ExternalSecretV1Beta1SpecTargetTemplateTemplateFromConfigMap(obj.configMap),
        'literal': obj.literal,
        'secret': toJson_ExternalSecretV1Beta1SpecTargetTemplateTemplateFromSecret(obj.secret),
        'target': obj.target,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
var ExternalSecretV1Beta1SpecDataSourceRefGeneratorRefKind;
(function (ExternalSecretV1Beta1SpecDataSourceRefGeneratorRefKind) {
    ExternalSecretV1Beta1SpecDataSourceRefGeneratorRefKind["ACR_ACCESS_TOKEN"] = "ACRAccessToken";
    ExternalSecretV1Beta1SpecDataSourceRefGeneratorRefKind["CLUSTER_GENERATOR"] = "ClusterGenerator";
    ExternalSecretV1Beta1SpecDataSourceRefGeneratorRefKind["ECR_AUTHORIZATION_TOKEN"] = "ECRAuthorizationToken";
    ExternalSecretV1Beta1SpecDataSourceRefGeneratorRefKind["FAKE"] = "Fake";
    ExternalSecretV1Beta1SpecDataSourceRefGeneratorRefKind["GCR_ACCESS_TOKEN"] = "GCRAccessToken";
    ExternalSecretV1Beta1SpecDataSourceRefGeneratorRefKind["GITHUB_ACCESS_TOKEN"] = "GithubAccessToken";
    ExternalSecretV1Beta1SpecDataSourceRefGeneratorRefKind["QUAY_ACCESS_TOKEN"] = "QuayAccessToken";
    ExternalSecretV1Beta1SpecDataSourceRefGeneratorRefKind["PASSWORD"] = "Password";
    ExternalSecretV1Beta1SpecDataSourceRefGeneratorRefKind["SSH_KEY"] = "SSHKey";
    ExternalSecretV1Beta1SpecDataSourceRefGeneratorRefKind["STS_SESSION_TOKEN"] = "STSSessionToken";
    ExternalSecretV1Beta1SpecDataSourceRefGeneratorRefKind["UUID"] = "UUID";
    ExternalSecretV1Beta1SpecDataSourceRefGeneratorRefKind["VAULT_DYNAMIC_SECRET"] = "VaultDynamicSecret";
    ExternalSecretV1Beta1SpecDataSourceRefGeneratorRefKind["WEBHOOK"] = "Webhook";
    ExternalSecretV1Beta1SpecDataSourceRefGeneratorRefKind["GRAFANA"] = "Grafana";
})(ExternalSecretV1Beta1SpecDataSourceRefGeneratorRefKind || (exports.ExternalSecretV1Beta1SpecDataSourceRefGeneratorRefKind = ExternalSecretV1Beta1SpecDataSourceRefGeneratorRefKind = {}));
var ExternalSecretV1Beta1SpecDataSourceRefStoreRefKind;
(function (ExternalSecretV1Beta1SpecDataSourceRefStoreRefKind) {
    ExternalSecretV1Beta1SpecDataSourceRefStoreRefKind["SECRET_STORE"] = "SecretStore";
    ExternalSecretV1Beta1SpecDataSourceRefStoreRefKind["CLUSTER_SECRET_STORE"] = "ClusterSecretStore";
})(ExternalSecretV1Beta1SpecDataSourceRefStoreRefKind || (exports.ExternalSecretV1Beta1SpecDataSourceRefStoreRefKind = ExternalSecretV1Beta1SpecDataSourceRefStoreRefKind = {}));
var ExternalSecretV1Beta1SpecDataFromSourceRefGeneratorRefKind;
(function (ExternalSecretV1Beta1SpecDataFromSourceRefGeneratorRefKind) {
    ExternalSecretV1Beta1SpecDataFromSourceRefGeneratorRefKind["ACR_ACCESS_TOKEN"] = "ACRAccessToken";
    ExternalSecretV1Beta1SpecDataFromSourceRefGeneratorRefKind["CLUSTER_GENERATOR"] = "ClusterGenerator";
    ExternalSecretV1Beta1SpecDataFromSourceRefGeneratorRefKind["ECR_AUTHORIZATION_TOKEN"] = "ECRAuthorizationToken";
    ExternalSecretV1Beta1SpecDataFromSourceRefGeneratorRefKind["FAKE"] = "Fake";
    ExternalSecretV1Beta1SpecDataFromSourceRefGeneratorRefKind["GCR_ACCESS_TOKEN"] = "GCRAccessToken";
    ExternalSecretV1Beta1SpecDataFromSourceRefGeneratorRefKind["GITHUB_ACCESS_TOKEN"] = "GithubAccessToken";
    ExternalSecretV1Beta1SpecDataFromSourceRefGeneratorRefKind["QUAY_ACCESS_TOKEN"] = "QuayAccessToken";
    ExternalSecretV1Beta1SpecDataFromSourceRefGeneratorRefKind["PASSWORD"] = "Password";
    ExternalSecretV1Beta1SpecDataFromSourceRefGeneratorRefKind["SSH_KEY"] = "SSHKey";
    ExternalSecretV1Beta1SpecDataFromSourceRefGeneratorRefKind["STS_SESSION_TOKEN"] = "STSSessionToken";
    ExternalSecretV1Beta1SpecDataFromSourceRefGeneratorRefKind["UUID"] = "UUID";
    ExternalSecretV1Beta1SpecDataFromSourceRefGeneratorRefKind["VAULT_DYNAMIC_SECRET"] = "VaultDynamicSecret";
    ExternalSecretV1Beta1SpecDataFromSourceRefGeneratorRefKind["WEBHOOK"] = "Webhook";
    ExternalSecretV1Beta1SpecDataFromSourceRefGeneratorRefKind["GRAFANA"] = "Grafana";
})(ExternalSecretV1Beta1SpecDataFromSourceRefGeneratorRefKind || (exports.ExternalSecretV1Beta1SpecDataFromSourceRefGeneratorRefKind = ExternalSecretV1Beta1SpecDataFromSourceRefGeneratorRefKind = {}));
var ExternalSecretV1Beta1SpecDataFromSourceRefStoreRefKind;
(function (ExternalSecretV1Beta1SpecDataFromSourceRefStoreRefKind) {
    ExternalSecretV1Beta1SpecDataFromSourceRefStoreRefKind["SECRET_STORE"] = "SecretStore";
    ExternalSecretV1Beta1SpecDataFromSourceRefStoreRefKind["CLUSTER_SECRET_STORE"] = "ClusterSecretStore";
})(ExternalSecretV1Beta1SpecDataFromSourceRefStoreRefKind || (exports.ExternalSecretV1Beta1SpecDataFromSourceRefStoreRefKind = ExternalSecretV1Beta1SpecDataFromSourceRefStoreRefKind = {}));
function toJson_ExternalSecretV1Beta1SpecTargetTemplateTemplateFromConfigMap(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'items': obj.items?.map(y => toJson_ExternalSecretV1Beta1SpecTargetTemplateTemplateFromConfigMapItems(y)),
        'name': obj.name,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_ExternalSecretV1Beta1SpecTargetTemplateTemplateFromSecret(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'items': obj.items?.map(y => toJson_ExternalSecretV1Beta1SpecTargetTemplateTemplateFromSecretItems(y)),
        'name': obj.name,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
var ExternalSecretV1Beta1SpecTargetTemplateTemplateFromTarget;
(function (ExternalSecretV1Beta1SpecTargetTemplateTemplateFromTarget) {
    ExternalSecretV1Beta1SpecTargetTemplateTemplateFromTarget["DATA"] = "Data";
    ExternalSecretV1Beta1SpecTargetTemplateTemplateFromTarget["ANNOTATIONS"] = "Annotations";
    ExternalSecretV1Beta1SpecTargetTemplateTemplateFromTarget["LABELS"] = "Labels";
})(ExternalSecretV1Beta1SpecTargetTemplateTemplateFromTarget || (exports.ExternalSecretV1Beta1SpecTargetTemplateTemplateFromTarget = ExternalSecretV1Beta1SpecTargetTemplateTemplateFromTarget = {}));
function toJson_ExternalSecretV1Beta1SpecTargetTemplateTemplateFromConfigMapItems(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'templateAs': obj.templateAs,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_ExternalSecretV1Beta1SpecTargetTemplateTemplateFromSecretItems(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'key': obj.key,
        'templateAs': obj.templateAs,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
var ExternalSecretV1Beta1SpecTargetTemplateTemplateFromConfigMapItemsTemplateAs;
(function (ExternalSecretV1Beta1SpecTargetTemplateTemplateFromConfigMapItemsTemplateAs) {
    ExternalSecretV1Beta1SpecTargetTemplateTemplateFromConfigMapItemsTemplateAs["VALUES"] = "Values";
    ExternalSecretV1Beta1SpecTargetTemplateTemplateFromConfigMapItemsTemplateAs["KEYS_AND_VALUES"] = "KeysAndValues";
})(ExternalSecretV1Beta1SpecTargetTemplateTemplateFromConfigMapItemsTemplateAs || (exports.ExternalSecretV1Beta1SpecTargetTemplateTemplateFromConfigMapItemsTemplateAs = ExternalSecretV1Beta1SpecTargetTemplateTemplateFromConfigMapItemsTemplateAs = {}));
var ExternalSecretV1Beta1SpecTargetTemplateTemplateFromSecretItemsTemplateAs;
(function (ExternalSecretV1Beta1SpecTargetTemplateTemplateFromSecretItemsTemplateAs) {
    ExternalSecretV1Beta1SpecTargetTemplateTemplateFromSecretItemsTemplateAs["VALUES"] = "Values";
    ExternalSecretV1Beta1SpecTargetTemplateTemplateFromSecretItemsTemplateAs["KEYS_AND_VALUES"] = "KeysAndValues";
})(ExternalSecretV1Beta1SpecTargetTemplateTemplateFromSecretItemsTemplateAs || (exports.ExternalSecretV1Beta1SpecTargetTemplateTemplateFromSecretItemsTemplateAs = ExternalSecretV1Beta1SpecTargetTemplateTemplateFromSecretItemsTemplateAs = {}));
