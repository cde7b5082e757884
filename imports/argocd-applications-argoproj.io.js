"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.ApplicationSpecSourceHydratorDrySourceKustomizeReplicasCount = exports.ApplicationOperationSyncSourcesKustomizeReplicasCount = exports.ApplicationOperationSyncSourceKustomizeReplicasCount = exports.ApplicationSpecSourcesKustomizeReplicasCount = exports.ApplicationSpecSourceKustomizeReplicasCount = exports.Application = void 0;
const lean_serializers_1 = require("./lean-serializers");
const cdk8s_1 = require("cdk8s");
class Application extends cdk8s_1.ApiObject {
    static GVK = {
        apiVersion: 'argoproj.io/v1alpha1',
        kind: 'Application',
    };
    static manifest(props) {
        return {
            ...Application.GVK,
            ...toJson_ApplicationProps(props),
        };
    }
    constructor(scope, id, props) {
        super(scope, id, {
            ...Application.GVK,
            ...props,
        });
    }
    toJson() {
        const resolved = super.toJson();
        return {
            ...Application.GVK,
            ...toJson_ApplicationProps(resolved),
        };
    }
}
exports.Application = Application;
function toJson_ApplicationProps(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'metadata': obj.metadata,
        'operation': toJson_ApplicationOperation(obj.operation),
        'spec': toJson_ApplicationSpec(obj.spec),
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_ApplicationOperation(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'info': obj.info?.map(y => toJson_ApplicationOperationInfo(y)),
        'initiatedBy': toJson_ApplicationOperationInitiatedBy(obj.initiatedBy),
        'retry': toJson_ApplicationOperationRetry(obj.retry),
        'sync': toJson_ApplicationOperationSync(obj.sync),
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_ApplicationSpec(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'destination': toJson_ApplicationSpecDestination(obj.destination),
        'ignoreDifferences': obj.ignoreDifferences?.map(y => toJson_ApplicationSpecIgnoreDifferences(y)),
        'info': obj.info?.map(y => toJson_ApplicationSpecInfo(y)),
        'project': obj.project,
        'revisionHistoryLimit': obj.revisionHistoryLimit,
        'source': toJson_ApplicationSpecSource(obj.source),
        'sourceHydrator': toJson_ApplicationSpecSourceHydrator(obj.sourceHydrator),
        'sources': obj.sources?.map(y => toJson_ApplicationSpecSources(y)),
        'syncPolicy': toJson_ApplicationSpecSyncPolicy(obj.syncPolicy),
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_ApplicationOperationInfo(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'name': obj.name,
        'value': obj.value,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_ApplicationOperationInitiatedBy(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'automated': obj.automated,
        'username': obj.username,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_ApplicationOperationRetry(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'backoff': toJson_ApplicationOperationRetryBackoff(obj.backoff),
        'limit': obj.limit,
        'refresh': obj.refresh,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_ApplicationOperationSync(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'autoHealAttemptsCount': obj.autoHealAttemptsCount,
        'dryRun': obj.dryRun,
        'manifests': obj.manifests?.map(y => y),
        'prune': obj.prune,
        'resources': obj.resources?.map(y => toJson_ApplicationOperationSyncResources(y)),
        'revision': obj.revision,
        'revisions': obj.revisions?.map(y => y),
        'source': toJson_ApplicationOperationSyncSource(obj.source),
        'sources': obj.sources?.map(y => toJson_ApplicationOperationSyncSources(y)),
        'syncOptions': obj.syncOptions?.map(y => y),
        'syncStrategy': toJson_ApplicationOperationSyncSyncStrategy(obj.syncStrategy),
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_ApplicationSpecDestination(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'name': obj.name,
        'namespace': obj.namespace,
        'server': obj.server,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_ApplicationSpecIgnoreDifferences(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'group': obj.group,
        'jqPathExpressions': obj.jqPathExpressions?.map(y => y),
        'jsonPointers': obj.jsonPointers?.map(y => y),
        'kind': obj.kind,
        'managedFieldsManagers': obj.managedFieldsManagers?.map(y => y),
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_ApplicationSpecInfo(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'name': obj.name,
        'value': obj.value,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_ApplicationSpecSource(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'chart': obj.chart,
        'directory': toJson_ApplicationSpecSourceDirectory(obj.directory),
        'helm': toJson_ApplicationSpecSourceHelm(obj.helm),
        'kustomize': toJson_ApplicationSpecSourceKustomize(obj.kustomize),
        'name': obj.name,
        'path': obj.path,
        'plugin': toJson_ApplicationSpecSourcePlugin(obj.plugin),
        'ref': obj.ref,
        'repoURL': obj.repoUrl,
        'tagPrefix': obj.tagPrefix,
        'targetRevision': obj.targetRevision,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_ApplicationSpecSourceHydrator(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'drySource': toJson_ApplicationSpecSourceHydratorDrySource(obj.drySource),
        'hydrateTo': toJson_ApplicationSpecSourceHydratorHydrateTo(obj.hydrateTo),
        'syncSource': toJson_ApplicationSpecSourceHydratorSyncSource(obj.syncSource),
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_ApplicationSpecSources(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'chart': obj.chart,
        'directory': toJson_ApplicationSpecSourcesDirectory(obj.directory),
        'helm': toJson_ApplicationSpecSourcesHelm(obj.helm),
        'kustomize': toJson_ApplicationSpecSourcesKustomize(obj.kustomize),
        'name': obj.name,
        'path': obj.path,
        'plugin': toJson_ApplicationSpecSourcesPlugin(obj.plugin),
        'ref': obj.ref,
        'repoURL': obj.repoUrl,
        'tagPrefix': obj.tagPrefix,
        'targetRevision': obj.targetRevision,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_ApplicationSpecSyncPolicy(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'automated': toJson_ApplicationSpecSyncPolicyAutomated(obj.automated),
        'managedNamespaceMetadata': toJson_ApplicationSpecSyncPolicyManagedNamespaceMetadata(obj.managedNamespaceMetadata),
        'retry': toJson_ApplicationSpecSyncPolicyRetry(obj.retry),
        'syncOptions': obj.syncOptions?.map(y => y),
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_ApplicationOperationRetryBackoff(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'duration': obj.duration,
        'factor': obj.factor,
        'maxDuration': obj.maxDuration,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_ApplicationOperationSyncResources(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'group': obj.group,
        'kind': obj.kind,
        'name': obj.name,
        'namespace': obj.namespace,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_ApplicationOperationSyncSource(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'chart': obj.chart,
        'directory': toJson_ApplicationOperationSyncSourceDirectory(obj.directory),
        'helm': toJson_ApplicationOperationSyncSourceHelm(obj.helm),
        'kustomize': toJson_ApplicationOperationSyncSourceKustomize(obj.kustomize),
        'name': obj.name,
        'path': obj.path,
        'plugin': toJson_ApplicationOperationSyncSourcePlugin(obj.plugin),
        'ref': obj.ref,
        'repoURL': obj.repoUrl,
        'tagPrefix': obj.tagPrefix,
        'targetRevision': obj.targetRevision,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_ApplicationOperationSyncSources(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'chart': obj.chart,
        'directory': toJson_ApplicationOperationSyncSourcesDirectory(obj.directory),
        'helm': toJson_ApplicationOperationSyncSourcesHelm(obj.helm),
        'kustomize': toJson_ApplicationOperationSyncSourcesKustomize(obj.kustomize),
        'name': obj.name,
        'path': obj.path,
        'plugin': toJson_ApplicationOperationSyncSourcesPlugin(obj.plugin),
        'ref': obj.ref,
        'repoURL': obj.repoUrl,
        'tagPrefix': obj.tagPrefix,
        'targetRevision': obj.targetRevision,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_ApplicationOperationSyncSyncStrategy(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'apply': toJson_ApplicationOperationSyncSyncStrategyApply(obj.apply),
        'hook': toJson_ApplicationOperationSyncSyncStrategyHook(obj.hook),
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_ApplicationSpecSourceDirectory(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'exclude': obj.exclude,
        'include': obj.include,
        'jsonnet': toJson_ApplicationSpecSourceDirectoryJsonnet(obj.jsonnet),
        'recurse': obj.recurse,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_ApplicationSpecSourceHelm(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'apiVersions': obj.apiVersions?.map(y => y),
        'fileParameters': obj.fileParameters?.map(y => toJson_ApplicationSpecSourceHelmFileParameters(y)),
        'ignoreMissingValueFiles': obj.ignoreMissingValueFiles,
        'kubeVersion': obj.kubeVersion,
        'namespace': obj.namespace,
        'parameters': obj.parameters?.map(y => toJson_ApplicationSpecSourceHelmParameters(y)),
        'passCredentials': obj.passCredentials,
        'releaseName': obj.releaseName,
        'skipCrds': obj.skipCrds,
        'skipSchemaValidation': obj.skipSchemaValidation,
        'skipTests': obj.skipTests,
        'valueFiles': obj.valueFiles?.map(y => y),
        'values': obj.values,
        'valuesObject': obj.valuesObject,
        'version': obj.version,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_ApplicationSpecSourceKustomize(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'apiVersions': obj.apiVersions?.map(y => y),
        'commonAnnotations': ((obj.commonAnnotations) === undefined) ? undefined : ((0, lean_serializers_1.mapDefinedEntries)(obj.commonAnnotations, (value) => value)),
        'commonAnnotationsEnvsubst': obj.commonAnnotationsEnvsubst,
        'commonLabels': ((obj.commonLabels) === undefined) ? undefined : ((0, lean_serializers_1.mapDefinedEntries)(obj.commonLabels, (value) => value)),
        'components': obj.components?.map(y => y),
        'forceCommonAnnotations': obj.forceCommonAnnotations,
        'forceCommonLabels': obj.forceCommonLabels,
        'ignoreMissingComponents': obj.ignoreMissingComponents,
        'images': obj.images?.map(y => y),
        'kubeVersion': obj.kubeVersion,
        'labelIncludeTemplates': obj.labelIncludeTemplates,
        'labelWithoutSelector': obj.labelWithoutSelector,
        'namePrefix': obj.namePrefix,
        'nameSuffix': obj.nameSuffix,
        'namespace': obj.namespace,
        'patches': obj.patches?.map(y => toJson_ApplicationSpecSourceKustomizePatches(y)),
        'replicas': obj.replicas?.map(y => toJson_ApplicationSpecSourceKustomizeReplicas(y)),
        'version': obj.version,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_ApplicationSpecSourcePlugin(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'env': obj.env?.map(y => toJson_ApplicationSpecSourcePluginEnv(y)),
        'name': obj.name,
        'parameters': obj.parameters?.map(y => toJson_ApplicationSpecSourcePluginParameters(y)),
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_ApplicationSpecSourceHydratorDrySource(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'directory': toJson_ApplicationSpecSourceHydratorDrySourceDirectory(obj.directory),
        'helm': toJson_ApplicationSpecSourceHydratorDrySourceHelm(obj.helm),
        'kustomize': toJson_ApplicationSpecSourceHydratorDrySourceKustomize(obj.kustomize),
        'path': obj.path,
        'plugin': toJson_ApplicationSpecSourceHydratorDrySourcePlugin(obj.plugin),
        'repoURL': obj.repoUrl,
        'targetRevision': obj.targetRevision,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_ApplicationSpecSourceHydratorHydrateTo(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'targetBranch': obj.targetBranch,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_ApplicationSpecSourceHydratorSyncSource(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'path': obj.path,
        'repoURL': obj.repoUrl,
        'targetBranch': obj.targetBranch,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_ApplicationSpecSourcesDirectory(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'exclude': obj.exclude,
        'include': obj.include,
        'jsonnet': toJson_ApplicationSpecSourcesDirectoryJsonnet(obj.jsonnet),
        'recurse': obj.recurse,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_ApplicationSpecSourcesHelm(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'apiVersions': obj.apiVersions?.map(y => y),
        'fileParameters': obj.fileParameters?.map(y => toJson_ApplicationSpecSourcesHelmFileParameters(y)),
        'ignoreMissingValueFiles': obj.ignoreMissingValueFiles,
        'kubeVersion': obj.kubeVersion,
        'namespace': obj.namespace,
        'parameters': obj.parameters?.map(y => toJson_ApplicationSpecSourcesHelmParameters(y)),
        'passCredentials': obj.passCredentials,
        'releaseName': obj.releaseName,
        'skipCrds': obj.skipCrds,
        'skipSchemaValidation': obj.skipSchemaValidation,
        'skipTests': obj.skipTests,
        'valueFiles': obj.valueFiles?.map(y => y),
        'values': obj.values,
        'valuesObject': obj.valuesObject,
        'version': obj.version,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_ApplicationSpecSourcesKustomize(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'apiVersions': obj.apiVersions?.map(y => y),
        'commonAnnotations': ((obj.commonAnnotations) === undefined) ? undefined : ((0, lean_serializers_1.mapDefinedEntries)(obj.commonAnnotations, (value) => value)),
        'commonAnnotationsEnvsubst': obj.commonAnnotationsEnvsubst,
        'commonLabels': ((obj.commonLabels) === undefined) ? undefined : ((0, lean_serializers_1.mapDefinedEntries)(obj.commonLabels, (value) => value)),
        'components': obj.components?.map(y => y),
        'forceCommonAnnotations': obj.forceCommonAnnotations,
        'forceCommonLabels': obj.forceCommonLabels,
        'ignoreMissingComponents': obj.ignoreMissingComponents,
        'images': obj.images?.map(y => y),
        'kubeVersion': obj.kubeVersion,
        'labelIncludeTemplates': obj.labelIncludeTemplates,
        'labelWithoutSelector': obj.labelWithoutSelector,
        'namePrefix': obj.namePrefix,
        'nameSuffix': obj.nameSuffix,
        'namespace': obj.namespace,
        'patches': obj.patches?.map(y => toJson_ApplicationSpecSourcesKustomizePatches(y)),
        'replicas': obj.replicas?.map(y => toJson_ApplicationSpecSourcesKustomizeReplicas(y)),
        'version': obj.version,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_ApplicationSpecSourcesPlugin(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'env': obj.env?.map(y => toJson_ApplicationSpecSourcesPluginEnv(y)),
        'name': obj.name,
        'parameters': obj.parameters?.map(y => toJson_ApplicationSpecSourcesPluginParameters(y)),
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_ApplicationSpecSyncPolicyAutomated(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'allowEmpty': obj.allowEmpty,
        'enabled': obj.enabled,
        'prune': obj.prune,
        'selfHeal': obj.selfHeal,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_ApplicationSpecSyncPolicyManagedNamespaceMetadata(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'annotations': ((obj.annotations) === undefined) ? undefined : ((0, lean_serializers_1.mapDefinedEntries)(obj.annotations, (value) => value)),
        'labels': ((obj.labels) === undefined) ? undefined : ((0, lean_serializers_1.mapDefinedEntries)(obj.labels, (value) => value)),
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_ApplicationSpecSyncPolicyRetry(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'backoff': toJson_ApplicationSpecSyncPolicyRetryBackoff(obj.backoff),
        'limit': obj.limit,
        'refresh': obj.refresh,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_ApplicationOperationSyncSourceDirectory(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'exclude': obj.exclude,
        'include': obj.include,
        'jsonnet': toJson_ApplicationOperationSyncSourceDirectoryJsonnet(obj.jsonnet),
        'recurse': obj.recurse,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_ApplicationOperationSyncSourceHelm(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'apiVersions': obj.apiVersions?.map(y => y),
        'fileParameters': obj.fileParameters?.map(y => toJson_ApplicationOperationSyncSourceHelmFileParameters(y)),
        'ignoreMissingValueFiles': obj.ignoreMissingValueFiles,
        'kubeVersion': obj.kubeVersion,
        'namespace': obj.namespace,
        'parameters': obj.parameters?.map(y => toJson_ApplicationOperationSyncSourceHelmParameters(y)),
        'passCredentials': obj.passCredentials,
        'releaseName': obj.releaseName,
        'skipCrds': obj.skipCrds,
        'skipSchemaValidation': obj.skipSchemaValidation,
        'skipTests': obj.skipTests,
        'valueFiles': obj.valueFiles?.map(y => y),
        'values': obj.values,
        'valuesObject': obj.valuesObject,
        'version': obj.version,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_ApplicationOperationSyncSourceKustomize(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'apiVersions': obj.apiVersions?.map(y => y),
        'commonAnnotations': ((obj.commonAnnotations) === undefined) ? undefined : ((0, lean_serializers_1.mapDefinedEntries)(obj.commonAnnotations, (value) => value)),
        'commonAnnotationsEnvsubst': obj.commonAnnotationsEnvsubst,
        'commonLabels': ((obj.commonLabels) === undefined) ? undefined : ((0, lean_serializers_1.mapDefinedEntries)(obj.commonLabels, (value) => value)),
        'components': obj.components?.map(y => y),
        'forceCommonAnnotations': obj.forceCommonAnnotations,
        'forceCommonLabels': obj.forceCommonLabels,
        'ignoreMissingComponents': obj.ignoreMissingComponents,
        'images': obj.images?.map(y => y),
        'kubeVersion': obj.kubeVersion,
        'labelIncludeTemplates': obj.labelIncludeTemplates,
        'labelWithoutSelector': obj.labelWithoutSelector,
        'namePrefix': obj.namePrefix,
        'nameSuffix': obj.nameSuffix,
        'namespace': obj.namespace,
        'patches': obj.patches?.map(y => toJson_ApplicationOperationSyncSourceKustomizePatches(y)),
        'replicas': obj.replicas?.map(y => toJson_ApplicationOperationSyncSourceKustomizeReplicas(y)),
        'version': obj.version,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_ApplicationOperationSyncSourcePlugin(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'env': obj.env?.map(y => toJson_ApplicationOperationSyncSourcePluginEnv(y)),
        'name': obj.name,
        'parameters': obj.parameters?.map(y => toJson_ApplicationOperationSyncSourcePluginParameters(y)),
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_ApplicationOperationSyncSourcesDirectory(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'exclude': obj.exclude,
        'include': obj.include,
        'jsonnet': toJson_ApplicationOperationSyncSourcesDirectoryJsonnet(obj.jsonnet),
        'recurse': obj.recurse,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_ApplicationOperationSyncSourcesHelm(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'apiVersions': obj.apiVersions?.map(y => y),
        'fileParameters': obj.fileParameters?.map(y => toJson_ApplicationOperationSyncSourcesHelmFileParameters(y)),
        'ignoreMissingValueFiles': obj.ignoreMissingValueFiles,
        'kubeVersion': obj.kubeVersion,
        'namespace': obj.namespace,
        'parameters': obj.parameters?.map(y => toJson_ApplicationOperationSyncSourcesHelmParameters(y)),
        'passCredentials': obj.passCredentials,
        'releaseName': obj.releaseName,
        'skipCrds': obj.skipCrds,
        'skipSchemaValidation': obj.skipSchemaValidation,
        'skipTests': obj.skipTests,
        'valueFiles': obj.valueFiles?.map(y => y),
        'values': obj.values,
        'valuesObject': obj.valuesObject,
        'version': obj.version,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_ApplicationOperationSyncSourcesKustomize(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'apiVersions': obj.apiVersions?.map(y => y),
        'commonAnnotations': ((obj.commonAnnotations) === undefined) ? undefined : ((0, lean_serializers_1.mapDefinedEntries)(obj.commonAnnotations, (value) => value)),
        'commonAnnotationsEnvsubst': obj.commonAnnotationsEnvsubst,
        'commonLabels': ((obj.commonLabels) === undefined) ? undefined : ((0, lean_serializers_1.mapDefinedEntries)(obj.commonLabels, (value) => value)),
        'components': obj.components?.map(y => y),
        'forceCommonAnnotations': obj.forceCommonAnnotations,
        'forceCommonLabels': obj.forceCommonLabels,
        'ignoreMissingComponents': obj.ignoreMissingComponents,
        'images': obj.images?.map(y => y),
        'kubeVersion': obj.kubeVersion,
        'labelIncludeTemplates': obj.labelIncludeTemplates,
        'labelWithoutSelector': obj.labelWithoutSelector,
        'namePrefix': obj.namePrefix,
        'nameSuffix': obj.nameSuffix,
        'namespace': obj.namespace,
        'patches': obj.patches?.map(y => toJson_ApplicationOperationSyncSourcesKustomizePatches(y)),
        'replicas': obj.replicas?.map(y => toJson_ApplicationOperationSyncSourcesKustomizeReplicas(y)),
        'version': obj.version,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_ApplicationOperationSyncSourcesPlugin(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'env': obj.env?.map(y => toJson_ApplicationOperationSyncSourcesPluginEnv(y)),
        'name': obj.name,
        'parameters': obj.parameters?.map(y => toJson_ApplicationOperationSyncSourcesPluginParameters(y)),
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_ApplicationOperationSyncSyncStrategyApply(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'force': obj.force,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_ApplicationOperationSyncSyncStrategyHook(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'force': obj.force,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_ApplicationSpecSourceDirectoryJsonnet(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'extVars': obj.extVars?.map(y => toJson_ApplicationSpecSourceDirectoryJsonnetExtVars(y)),
        'libs': obj.libs?.map(y => y),
        'tlas': obj.tlas?.map(y => toJson_ApplicationSpecSourceDirectoryJsonnetTlas(y)),
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_ApplicationSpecSourceHelmFileParameters(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'name': obj.name,
        'path': obj.path,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_ApplicationSpecSourceHelmParameters(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'forceString': obj.forceString,
        'name': obj.name,
        'value': obj.value,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_ApplicationSpecSourceKustomizePatches(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'options': ((obj.options) === undefined) ? undefined : ((0, lean_serializers_1.mapDefinedEntries)(obj.options, (value) => value)),
        'patch': obj.patch,
        'path': obj.path,
        'target': toJson_ApplicationSpecSourceKustomizePatchesTarget(obj.target),
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_ApplicationSpecSourceKustomizeReplicas(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'count': obj.count?.value,
        'name': obj.name,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_ApplicationSpecSourcePluginEnv(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'name': obj.name,
        'value': obj.value,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_ApplicationSpecSourcePluginParameters(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'array': obj.array?.map(y => y),
        'map': ((obj.map) === undefined) ? undefined : ((0, lean_serializers_1.mapDefinedEntries)(obj.map, (value) => value)),
        'name': obj.name,
        'string': obj.string,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_ApplicationSpecSourceHydratorDrySourceDirectory(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'exclude': obj.exclude,
        'include': obj.include,
        'jsonnet': toJson_ApplicationSpecSourceHydratorDrySourceDirectoryJsonnet(obj.jsonnet),
        'recurse': obj.recurse,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_ApplicationSpecSourceHydratorDrySourceHelm(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'apiVersions': obj.apiVersions?.map(y => y),
        'fileParameters': obj.fileParameters?.map(y => toJson_ApplicationSpecSourceHydratorDrySourceHelmFileParameters(y)),
        'ignoreMissingValueFiles': obj.ignoreMissingValueFiles,
        'kubeVersion': obj.kubeVersion,
        'namespace': obj.namespace,
        'parameters': obj.parameters?.map(y => toJson_ApplicationSpecSourceHydratorDrySourceHelmParameters(y)),
        'passCredentials': obj.passCredentials,
        'releaseName': obj.releaseName,
        'skipCrds': obj.skipCrds,
        'skipSchemaValidation': obj.skipSchemaValidation,
        'skipTests': obj.skipTests,
        'valueFiles': obj.valueFiles?.map(y => y),
        'values': obj.values,
        'valuesObject': obj.valuesObject,
        'version': obj.version,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_ApplicationSpecSourceHydratorDrySourceKustomize(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'apiVersions': obj.apiVersions?.map(y => y),
        'commonAnnotations': ((obj.commonAnnotations) === undefined) ? undefined : ((0, lean_serializers_1.mapDefinedEntries)(obj.commonAnnotations, (value) => value)),
        'commonAnnotationsEnvsubst': obj.commonAnnotationsEnvsubst,
        'commonLabels': ((obj.commonLabels) === undefined) ? undefined : ((0, lean_serializers_1.mapDefinedEntries)(obj.commonLabels, (value) => value)),
        'components': obj.components?.map(y => y),
        'forceCommonAnnotations': obj.forceCommonAnnotations,
        'forceCommonLabels': obj.forceCommonLabels,
        'ignoreMissingComponents': obj.ignoreMissingComponents,
        'images': obj.images?.map(y => y),
        'kubeVersion': obj.kubeVersion,
        'labelIncludeTemplates': obj.labelIncludeTemplates,
        'labelWithoutSelector': obj.labelWithoutSelector,
        'namePrefix': obj.namePrefix,
        'nameSuffix': obj.nameSuffix,
        'namespace': obj.namespace,
        'patches': obj.patches?.map(y => toJson_ApplicationSpecSourceHydratorDrySourceKustomizePatches(y)),
        'replicas': obj.replicas?.map(y => toJson_ApplicationSpecSourceHydratorDrySourceKustomizeReplicas(y)),
        'version': obj.version,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_ApplicationSpecSourceHydratorDrySourcePlugin(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'env': obj.env?.map(y => toJson_ApplicationSpecSourceHydratorDrySourcePluginEnv(y)),
        'name': obj.name,
        'parameters': obj.parameters?.map(y => toJson_ApplicationSpecSourceHydratorDrySourcePluginParameters(y)),
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_ApplicationSpecSourcesDirectoryJsonnet(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'extVars': obj.extVars?.map(y => toJson_ApplicationSpecSourcesDirectoryJsonnetExtVars(y)),
        'libs': obj.libs?.map(y => y),
        'tlas': obj.tlas?.map(y => toJson_ApplicationSpecSourcesDirectoryJsonnetTlas(y)),
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_ApplicationSpecSourcesHelmFileParameters(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'name': obj.name,
        'path': obj.path,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_ApplicationSpecSourcesHelmParameters(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'forceString': obj.forceString,
        'name': obj.name,
        'value': obj.value,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_ApplicationSpecSourcesKustomizePatches(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'options': ((obj.options) === undefined) ? undefined : ((0, lean_serializers_1.mapDefinedEntries)(obj.options, (value) => value)),
        'patch': obj.patch,
        'path': obj.path,
        'target': toJson_ApplicationSpecSourcesKustomizePatchesTarget(obj.target),
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_ApplicationSpecSourcesKustomizeReplicas(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'count': obj.count?.value,
        'name': obj.name,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_ApplicationSpecSourcesPluginEnv(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'name': obj.name,
        'value': obj.value,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_ApplicationSpecSourcesPluginParameters(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'array': obj.array?.map(y => y),
        'map': ((obj.map) === undefined) ? undefined : ((0, lean_serializers_1.mapDefinedEntries)(obj.map, (value) => value)),
        'name': obj.name,
        'string': obj.string,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_ApplicationSpecSyncPolicyRetryBackoff(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'duration': obj.duration,
        'factor': obj.factor,
        'maxDuration': obj.maxDuration,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_ApplicationOperationSyncSourceDirectoryJsonnet(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'extVars': obj.extVars?.map(y => toJson_ApplicationOperationSyncSourceDirectoryJsonnetExtVars(y)),
        'libs': obj.libs?.map(y => y),
        'tlas': obj.tlas?.map(y => toJson_ApplicationOperationSyncSourceDirectoryJsonnetTlas(y)),
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_ApplicationOperationSyncSourceHelmFileParameters(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'name': obj.name,
        'path': obj.path,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_ApplicationOperationSyncSourceHelmParameters(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'forceString': obj.forceString,
        'name': obj.name,
        'value': obj.value,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_ApplicationOperationSyncSourceKustomizePatches(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'options': ((obj.options) === undefined) ? undefined : ((0, lean_serializers_1.mapDefinedEntries)(obj.options, (value) => value)),
        'patch': obj.patch,
        'path': obj.path,
        'target': toJson_ApplicationOperationSyncSourceKustomizePatchesTarget(obj.target),
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_ApplicationOperationSyncSourceKustomizeReplicas(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'count': obj.count?.value,
        'name': obj.name,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_ApplicationOperationSyncSourcePluginEnv(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'name': obj.name,
        'value': obj.value,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_ApplicationOperationSyncSourcePluginParameters(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'array': obj.array?.map(y => y),
        'map': ((obj.map) === undefined) ? undefined : ((0, lean_serializers_1.mapDefinedEntries)(obj.map, (value) => value)),
        'name': obj.name,
        'string': obj.string,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_ApplicationOperationSyncSourcesDirectoryJsonnet(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'extVars': obj.extVars?.map(y => toJson_ApplicationOperationSyncSourcesDirectoryJsonnetExtVars(y)),
        'libs': obj.libs?.map(y => y),
        'tlas': obj.tlas?.map(y => toJson_ApplicationOperationSyncSourcesDirectoryJsonnetTlas(y)),
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_ApplicationOperationSyncSourcesHelmFileParameters(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'name': obj.name,
        'path': obj.path,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_ApplicationOperationSyncSourcesHelmParameters(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'forceString': obj.forceString,
        'name': obj.name,
        'value': obj.value,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_ApplicationOperationSyncSourcesKustomizePatches(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'options': ((obj.options) === undefined) ? undefined : ((0, lean_serializers_1.mapDefinedEntries)(obj.options, (value) => value)),
        'patch': obj.patch,
        'path': obj.path,
        'target': toJson_ApplicationOperationSyncSourcesKustomizePatchesTarget(obj.target),
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_ApplicationOperationSyncSourcesKustomizeReplicas(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'count': obj.count?.value,
        'name': obj.name,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_ApplicationOperationSyncSourcesPluginEnv(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'name': obj.name,
        'value': obj.value,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_ApplicationOperationSyncSourcesPluginParameters(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'array': obj.array?.map(y => y),
        'map': ((obj.map) === undefined) ? undefined : ((0, lean_serializers_1.mapDefinedEntries)(obj.map, (value) => value)),
        'name': obj.name,
        'string': obj.string,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_ApplicationSpecSourceDirectoryJsonnetExtVars(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'code': obj.code,
        'name': obj.name,
        'value': obj.value,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_ApplicationSpecSourceDirectoryJsonnetTlas(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'code': obj.code,
        'name': obj.name,
        'value': obj.value,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_ApplicationSpecSourceKustomizePatchesTarget(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'annotationSelector': obj.annotationSelector,
        'group': obj.group,
        'kind': obj.kind,
        'labelSelector': obj.labelSelector,
        'name': obj.name,
        'namespace': obj.namespace,
        'version': obj.version,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
class ApplicationSpecSourceKustomizeReplicasCount {
    value;
    static fromNumber(value) {
        return new ApplicationSpecSourceKustomizeReplicasCount(value);
    }
    static fromString(value) {
        return new ApplicationSpecSourceKustomizeReplicasCount(value);
    }
    constructor(value) {
        this.value = value;
    }
}
exports.ApplicationSpecSourceKustomizeReplicasCount = ApplicationSpecSourceKustomizeReplicasCount;
function toJson_ApplicationSpecSourceHydratorDrySourceDirectoryJsonnet(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'extVars': obj.extVars?.map(y => toJson_ApplicationSpecSourceHydratorDrySourceDirectoryJsonnetExtVars(y)),
        'libs': obj.libs?.map(y => y),
        'tlas': obj.tlas?.map(y => toJson_ApplicationSpecSourceHydratorDrySourceDirectoryJsonnetTlas(y)),
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_ApplicationSpecSourceHydratorDrySourceHelmFileParameters(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'name': obj.name,
        'path': obj.path,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_ApplicationSpecSourceHydratorDrySourceHelmParameters(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'forceString': obj.forceString,
        'name': obj.name,
        'value': obj.value,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_ApplicationSpecSourceHydratorDrySourceKustomizePatches(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'options': ((obj.options) === undefined) ? undefined : ((0, lean_serializers_1.mapDefinedEntries)(obj.options, (value) => value)),
        'patch': obj.patch,
        'path': obj.path,
        'target': toJson_ApplicationSpecSourceHydratorDrySourceKustomizePatchesTarget(obj.target),
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_ApplicationSpecSourceHydratorDrySourceKustomizeReplicas(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'count': obj.count?.value,
        'name': obj.name,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_ApplicationSpecSourceHydratorDrySourcePluginEnv(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'name': obj.name,
        'value': obj.value,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_ApplicationSpecSourceHydratorDrySourcePluginParameters(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'array': obj.array?.map(y => y),
        'map': ((obj.map) === undefined) ? undefined : ((0, lean_serializers_1.mapDefinedEntries)(obj.map, (value) => value)),
        'name': obj.name,
        'string': obj.string,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_ApplicationSpecSourcesDirectoryJsonnetExtVars(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'code': obj.code,
        'name': obj.name,
        'value': obj.value,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_ApplicationSpecSourcesDirectoryJsonnetTlas(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'code': obj.code,
        'name': obj.name,
        'value': obj.value,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_ApplicationSpecSourcesKustomizePatchesTarget(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'annotationSelector': obj.annotationSelector,
        'group': obj.group,
        'kind': obj.kind,
        'labelSelector': obj.labelSelector,
        'name': obj.name,
        'namespace': obj.namespace,
        'version': obj.version,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
class ApplicationSpecSourcesKustomizeReplicasCount {
    value;
    static fromNumber(value) {
        return new ApplicationSpecSourcesKustomizeReplicasCount(value);
    }
    static fromString(value) {
        return new ApplicationSpecSourcesKustomizeReplicasCount(value);
    }
    constructor(value) {
        this.value = value;
    }
}
exports.ApplicationSpecSourcesKustomizeReplicasCount = ApplicationSpecSourcesKustomizeReplicasCount;
function toJson_ApplicationOperationSyncSourceDirectoryJsonnetExtVars(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'code': obj.code,
        'name': obj.name,
        'value': obj.value,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_ApplicationOperationSyncSourceDirectoryJsonnetTlas(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'code': obj.code,
        'name': obj.name,
        'value': obj.value,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_ApplicationOperationSyncSourceKustomizePatchesTarget(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'annotationSelector': obj.annotationSelector,
        'group': obj.group,
        'kind': obj.kind,
        'labelSelector': obj.labelSelector,
        'name': obj.name,
        'namespace': obj.namespace,
        'version': obj.version,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
class ApplicationOperationSyncSourceKustomizeReplicasCount {
    value;
    static fromNumber(value) {
        return new ApplicationOperationSyncSourceKustomizeReplicasCount(value);
    }
    static fromString(value) {
        return new ApplicationOperationSyncSourceKustomizeReplicasCount(value);
    }
    constructor(value) {
        this.value = value;
    }
}
exports.ApplicationOperationSyncSourceKustomizeReplicasCount = ApplicationOperationSyncSourceKustomizeReplicasCount;
function toJson_ApplicationOperationSyncSourcesDirectoryJsonnetExtVars(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'code': obj.code,
        'name': obj.name,
        'value': obj.value,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_ApplicationOperationSyncSourcesDirectoryJsonnetTlas(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'code': obj.code,
        'name': obj.name,
        'value': obj.value,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_ApplicationOperationSyncSourcesKustomizePatchesTarget(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'annotationSelector': obj.annotationSelector,
        'group': obj.group,
        'kind': obj.kind,
        'labelSelector': obj.labelSelector,
        'name': obj.name,
        'namespace': obj.namespace,
        'version': obj.version,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
class ApplicationOperationSyncSourcesKustomizeReplicasCount {
    value;
    static fromNumber(value) {
        return new ApplicationOperationSyncSourcesKustomizeReplicasCount(value);
    }
    static fromString(value) {
        return new ApplicationOperationSyncSourcesKustomizeReplicasCount(value);
    }
    constructor(value) {
        this.value = value;
    }
}
exports.ApplicationOperationSyncSourcesKustomizeReplicasCount = ApplicationOperationSyncSourcesKustomizeReplicasCount;
function toJson_ApplicationSpecSourceHydratorDrySourceDirectoryJsonnetExtVars(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'code': obj.code,
        'name': obj.name,
        'value': obj.value,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_ApplicationSpecSourceHydratorDrySourceDirectoryJsonnetTlas(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'code': obj.code,
        'name': obj.name,
        'value': obj.value,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_ApplicationSpecSourceHydratorDrySourceKustomizePatchesTarget(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'annotationSelector': obj.annotationSelector,
        'group': obj.group,
        'kind': obj.kind,
        'labelSelector': obj.labelSelector,
        'name': obj.name,
        'namespace': obj.namespace,
        'version': obj.version,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
class ApplicationSpecSourceHydratorDrySourceKustomizeReplicasCount {
    value;
    static fromNumber(value) {
        return new ApplicationSpecSourceHydratorDrySourceKustomizeReplicasCount(value);
    }
    static fromString(value) {
        return new ApplicationSpecSourceHydratorDrySourceKustomizeReplicasCount(value);
    }
    constructor(value) {
        this.value = value;
    }
}
exports.ApplicationSpecSourceHydratorDrySourceKustomizeReplicasCount = ApplicationSpecSourceHydratorDrySourceKustomizeReplicasCount;
