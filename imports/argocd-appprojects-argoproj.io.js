"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.AppProject = void 0;
const lean_serializers_1 = require("./lean-serializers");
const cdk8s_1 = require("cdk8s");
class AppProject extends cdk8s_1.ApiObject {
    static GVK = {
        apiVersion: 'argoproj.io/v1alpha1',
        kind: 'AppProject',
    };
    static manifest(props) {
        return {
            ...AppProject.GVK,
            ...toJson_AppProjectProps(props),
        };
    }
    constructor(scope, id, props) {
        super(scope, id, {
            ...AppProject.GVK,
            ...props,
        });
    }
    toJson() {
        const resolved = super.toJson();
        return {
            ...AppProject.GVK,
            ...toJson_AppProjectProps(resolved),
        };
    }
}
exports.AppProject = AppProject;
function toJson_AppProjectProps(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'metadata': obj.metadata,
        'spec': toJson_AppProjectSpec(obj.spec),
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_AppProjectSpec(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'clusterResourceBlacklist': obj.clusterResourceBlacklist?.map(y => toJson_AppProjectSpecClusterResourceBlacklist(y)),
        'clusterResourceWhitelist': obj.clusterResourceWhitelist?.map(y => toJson_AppProjectSpecClusterResourceWhitelist(y)),
        'description': obj.description,
        'destinationServiceAccounts': obj.destinationServiceAccounts?.map(y => toJson_AppProjectSpecDestinationServiceAccounts(y)),
        'destinations': obj.destinations?.map(y => toJson_AppProjectSpecDestinations(y)),
        'namespaceResourceBlacklist': obj.namespaceResourceBlacklist?.map(y => toJson_AppProjectSpecNamespaceResourceBlacklist(y)),
        'namespaceResourceWhitelist': obj.namespaceResourceWhitelist?.map(y => toJson_AppProjectSpecNamespaceResourceWhitelist(y)),
        'orphanedResources': toJson_AppProjectSpecOrphanedResources(obj.orphanedResources),
        'permitOnlyProjectScopedClusters': obj.permitOnlyProjectScopedClusters,
        'roles': obj.roles?.map(y => toJson_AppProjectSpecRoles(y)),
        'signatureKeys': obj.signatureKeys?.map(y => toJson_AppProjectSpecSignatureKeys(y)),
        'sourceIntegrity': toJson_AppProjectSpecSourceIntegrity(obj.sourceIntegrity),
        'sourceNamespaces': obj.sourceNamespaces?.map(y => y),
        'sourceRepos': obj.sourceRepos?.map(y => y),
        'syncWindows': obj.syncWindows?.map(y => toJson_AppProjectSpecSyncWindows(y)),
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_AppProjectSpecClusterResourceBlacklist(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'group': obj.group,
        'kind': obj.kind,
        'name': obj.name,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_AppProjectSpecClusterResourceWhitelist(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'group': obj.group,
        'kind': obj.kind,
        'name': obj.name,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_AppProjectSpecDestinationServiceAccounts(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'defaultServiceAccount': obj.defaultServiceAccount,
        'namespace': obj.namespace,
        'server': obj.server,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_AppProjectSpecDestinations(obj) {
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
function toJson_AppProjectSpecNamespaceResourceBlacklist(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'group': obj.group,
        'kind': obj.kind,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_AppProjectSpecNamespaceResourceWhitelist(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'group': obj.group,
        'kind': obj.kind,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_AppProjectSpecOrphanedResources(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'ignore': obj.ignore?.map(y => toJson_AppProjectSpecOrphanedResourcesIgnore(y)),
        'warn': obj.warn,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_AppProjectSpecRoles(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'description': obj.description,
        'groups': obj.groups?.map(y => y),
        'jwtTokens': obj.jwtTokens?.map(y => toJson_AppProjectSpecRolesJwtTokens(y)),
        'name': obj.name,
        'policies': obj.policies?.map(y => y),
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_AppProjectSpecSignatureKeys(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'keyID': obj.keyId,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_AppProjectSpecSourceIntegrity(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'git': toJson_AppProjectSpecSourceIntegrityGit(obj.git),
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_AppProjectSpecSyncWindows(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'andOperator': obj.andOperator,
        'applications': obj.applications?.map(y => y),
        'clusters': obj.clusters?.map(y => y),
        'description': obj.description,
        'duration': obj.duration,
        'kind': obj.kind,
        'manualSync': obj.manualSync,
        'namespaces': obj.namespaces?.map(y => y),
        'schedule': obj.schedule,
        'syncOverrun': obj.syncOverrun,
        'timeZone': obj.timeZone,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_AppProjectSpecOrphanedResourcesIgnore(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'group': obj.group,
        'kind': obj.kind,
        'name': obj.name,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_AppProjectSpecRolesJwtTokens(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'exp': obj.exp,
        'iat': obj.iat,
        'id': obj.id,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_AppProjectSpecSourceIntegrityGit(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'policies': obj.policies?.map(y => toJson_AppProjectSpecSourceIntegrityGitPolicies(y)),
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_AppProjectSpecSourceIntegrityGitPolicies(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'gpg': toJson_AppProjectSpecSourceIntegrityGitPoliciesGpg(obj.gpg),
        'repos': obj.repos?.map(y => toJson_AppProjectSpecSourceIntegrityGitPoliciesRepos(y)),
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_AppProjectSpecSourceIntegrityGitPoliciesGpg(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'keys': obj.keys?.map(y => y),
        'mode': obj.mode,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_AppProjectSpecSourceIntegrityGitPoliciesRepos(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'url': obj.url,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
