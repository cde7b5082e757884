"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.ScheduleSpecTemplateHooksResourcesPreExecOnError = exports.ScheduleSpecTemplateHooksResourcesPostExecOnError = exports.Schedule = void 0;
const lean_serializers_1 = require("./lean-serializers");
const cdk8s_1 = require("cdk8s");
class Schedule extends cdk8s_1.ApiObject {
    static GVK = {
        apiVersion: 'velero.io/v1',
        kind: 'Schedule',
    };
    static manifest(props = {}) {
        return {
            ...Schedule.GVK,
            ...toJson_ScheduleProps(props),
        };
    }
    constructor(scope, id, props = {}) {
        super(scope, id, {
            ...Schedule.GVK,
            ...props,
        });
    }
    toJson() {
        const resolved = super.toJson();
        return {
            ...Schedule.GVK,
            ...toJson_ScheduleProps(resolved),
        };
    }
}
exports.Schedule = Schedule;
function toJson_ScheduleProps(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'metadata': obj.metadata,
        'spec': toJson_ScheduleSpec(obj.spec),
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_ScheduleSpec(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'paused': obj.paused,
        'schedule': obj.schedule,
        'skipImmediately': obj.skipImmediately,
        'template': toJson_ScheduleSpecTemplate(obj.template),
        'useOwnerReferencesInBackup': obj.useOwnerReferencesInBackup,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_ScheduleSpecTemplate(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'csiSnapshotTimeout': obj.csiSnapshotTimeout,
        'datamover': obj.datamover,
        'defaultVolumesToFsBackup': obj.defaultVolumesToFsBackup,
        'defaultVolumesToRestic': obj.defaultVolumesToRestic,
        'excludedClusterScopedResources': obj.excludedClusterScopedResources?.map(y => y),
        'excludedNamespaceScopedResources': obj.excludedNamespaceScopedResources?.map(y => y),
        'excludedNamespaces': obj.excludedNamespaces?.map(y => y),
        'excludedResources': obj.excludedResources?.map(y => y),
        'hooks': toJson_ScheduleSpecTemplateHooks(obj.hooks),
        'includeClusterResources': obj.includeClusterResources,
        'includedClusterScopedResources': obj.includedClusterScopedResources?.map(y => y),
        'includedNamespaceScopedResources': obj.includedNamespaceScopedResources?.map(y => y),
        'includedNamespaces': obj.includedNamespaces?.map(y => y),
        'includedResources': obj.includedResources?.map(y => y),
        'itemOperationTimeout': obj.itemOperationTimeout,
        'labelSelector': toJson_ScheduleSpecTemplateLabelSelector(obj.labelSelector),
        'metadata': toJson_ScheduleSpecTemplateMetadata(obj.metadata),
        'orLabelSelectors': obj.orLabelSelectors?.map(y => toJson_ScheduleSpecTemplateOrLabelSelectors(y)),
        'orderedResources': ((obj.orderedResources) === undefined) ? undefined : ((0, lean_serializers_1.mapDefinedEntries)(obj.orderedResources, (value) => value)),
        'resourcePolicy': toJson_ScheduleSpecTemplateResourcePolicy(obj.resourcePolicy),
        'snapshotMoveData': obj.snapshotMoveData,
        'snapshotVolumes': obj.snapshotVolumes,
        'storageLocation': obj.storageLocation,
        'ttl': obj.ttl,
        'uploaderConfig': toJson_ScheduleSpecTemplateUploaderConfig(obj.uploaderConfig),
        'volumeGroupSnapshotLabelKey': obj.volumeGroupSnapshotLabelKey,
        'volumeSnapshotLocations': obj.volumeSnapshotLocations?.map(y => y),
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_ScheduleSpecTemplateHooks(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'resources': obj.resources?.map(y => toJson_ScheduleSpecTemplateHooksResources(y)),
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_ScheduleSpecTemplateLabelSelector(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'matchExpressions': obj.matchExpressions?.map(y => toJson_ScheduleSpecTemplateLabelSelectorMatchExpressions(y)),
        'matchLabels': ((obj.matchLabels) === undefined) ? undefined : ((0, lean_serializers_1.mapDefinedEntries)(obj.matchLabels, (value) => value)),
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_ScheduleSpecTemplateMetadata(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'labels': ((obj.labels) === undefined) ? undefined : ((0, lean_serializers_1.mapDefinedEntries)(obj.labels, (value) => value)),
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_ScheduleSpecTemplateOrLabelSelectors(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'matchExpressions': obj.matchExpressions?.map(y => toJson_ScheduleSpecTemplateOrLabelSelectorsMatchExpressions(y)),
        'matchLabels': ((obj.matchLabels) === undefined) ? undefined : ((0, lean_serializers_1.mapDefinedEntries)(obj.matchLabels, (value) => value)),
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_ScheduleSpecTemplateResourcePolicy(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'apiGroup': obj.apiGroup,
        'kind': obj.kind,
        'name': obj.name,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_ScheduleSpecTemplateUploaderConfig(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'parallelFilesUpload': obj.parallelFilesUpload,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_ScheduleSpecTemplateHooksResources(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'excludedNamespaces': obj.excludedNamespaces?.map(y => y),
        'excludedResources': obj.excludedResources?.map(y => y),
        'includedNamespaces': obj.includedNamespaces?.map(y => y),
        'includedResources': obj.includedResources?.map(y => y),
        'labelSelector': toJson_ScheduleSpecTemplateHooksResourcesLabelSelector(obj.labelSelector),
        'name': obj.name,
        'post': obj.post?.map(y => toJson_ScheduleSpecTemplateHooksResourcesPost(y)),
        'pre': obj.pre?.map(y => toJson_ScheduleSpecTemplateHooksResourcesPre(y)),
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_ScheduleSpecTemplateLabelSelectorMatchExpressions(obj) {
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
function toJson_ScheduleSpecTemplateOrLabelSelectorsMatchExpressions(obj) {
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
function toJson_ScheduleSpecTemplateHooksResourcesLabelSelector(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'matchExpressions': obj.matchExpressions?.map(y => toJson_ScheduleSpecTemplateHooksResourcesLabelSelectorMatchExpressions(y)),
        'matchLabels': ((obj.matchLabels) === undefined) ? undefined : ((0, lean_serializers_1.mapDefinedEntries)(obj.matchLabels, (value) => value)),
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_ScheduleSpecTemplateHooksResourcesPost(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'exec': toJson_ScheduleSpecTemplateHooksResourcesPostExec(obj.exec),
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_ScheduleSpecTemplateHooksResourcesPre(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'exec': toJson_ScheduleSpecTemplateHooksResourcesPreExec(obj.exec),
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_ScheduleSpecTemplateHooksResourcesLabelSelectorMatchExpressions(obj) {
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
function toJson_ScheduleSpecTemplateHooksResourcesPostExec(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'command': obj.command?.map(y => y),
        'container': obj.container,
        'onError': obj.onError,
        'timeout': obj.timeout,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_ScheduleSpecTemplateHooksResourcesPreExec(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'command': obj.command?.map(y => y),
        'container': obj.container,
        'onError': obj.onError,
        'timeout': obj.timeout,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
var ScheduleSpecTemplateHooksResourcesPostExecOnError;
(function (ScheduleSpecTemplateHooksResourcesPostExecOnError) {
    ScheduleSpecTemplateHooksResourcesPostExecOnError["CONTINUE"] = "Continue";
    ScheduleSpecTemplateHooksResourcesPostExecOnError["FAIL"] = "Fail";
})(ScheduleSpecTemplateHooksResourcesPostExecOnError || (exports.ScheduleSpecTemplateHooksResourcesPostExecOnError = ScheduleSpecTemplateHooksResourcesPostExecOnError = {}));
var ScheduleSpecTemplateHooksResourcesPreExecOnError;
(function (ScheduleSpecTemplateHooksResourcesPreExecOnError) {
    ScheduleSpecTemplateHooksResourcesPreExecOnError["CONTINUE"] = "Continue";
    ScheduleSpecTemplateHooksResourcesPreExecOnError["FAIL"] = "Fail";
})(ScheduleSpecTemplateHooksResourcesPreExecOnError || (exports.ScheduleSpecTemplateHooksResourcesPreExecOnError = ScheduleSpecTemplateHooksResourcesPreExecOnError = {}));
