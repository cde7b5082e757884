"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.Ec2NodeClassSpecBlockDeviceMappingsEbsVolumeType = exports.Ec2NodeClassSpecNetworkInterfacesInterfaceType = exports.Ec2NodeClassSpecMetadataOptionsHttpTokens = exports.Ec2NodeClassSpecMetadataOptionsHttpProtocolIPv6 = exports.Ec2NodeClassSpecMetadataOptionsHttpEndpoint = exports.Ec2NodeClassSpecCpuOptionsNestedVirtualization = exports.Ec2NodeClassSpecCapacityReservationSelectorTermsInstanceMatchCriteria = exports.Ec2NodeClassSpecInstanceStorePolicy = exports.Ec2NodeClassSpecAmiFamily = exports.Ec2NodeClass = void 0;
const lean_serializers_1 = require("./lean-serializers");
const cdk8s_1 = require("cdk8s");
class Ec2NodeClass extends cdk8s_1.ApiObject {
    static GVK = {
        apiVersion: 'karpenter.k8s.aws/v1',
        kind: 'EC2NodeClass',
    };
    static manifest(props = {}) {
        return {
            ...Ec2NodeClass.GVK,
            ...toJson_Ec2NodeClassProps(props),
        };
    }
    constructor(scope, id, props = {}) {
        super(scope, id, {
            ...Ec2NodeClass.GVK,
            ...props,
        });
    }
    toJson() {
        const resolved = super.toJson();
        return {
            ...Ec2NodeClass.GVK,
            ...toJson_Ec2NodeClassProps(resolved),
        };
    }
}
exports.Ec2NodeClass = Ec2NodeClass;
function toJson_Ec2NodeClassProps(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'metadata': obj.metadata,
        'spec': toJson_Ec2NodeClassSpec(obj.spec),
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_Ec2NodeClassSpec(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'amiFamily': obj.amiFamily,
        'amiSelectorTerms': obj.amiSelectorTerms?.map(y => toJson_Ec2NodeClassSpecAmiSelectorTerms(y)),
        'associatePublicIPAddress': obj.associatePublicIpAddress,
        'blockDeviceMappings': obj.blockDeviceMappings?.map(y => toJson_Ec2NodeClassSpecBlockDeviceMappings(y)),
        'capacityReservationSelectorTerms': obj.capacityReservationSelectorTerms?.map(y => toJson_Ec2NodeClassSpecCapacityReservationSelectorTerms(y)),
        'connectionTracking': toJson_Ec2NodeClassSpecConnectionTracking(obj.connectionTracking),
        'context': obj.context,
        'cpuOptions': toJson_Ec2NodeClassSpecCpuOptions(obj.cpuOptions),
        'detailedMonitoring': obj.detailedMonitoring,
        'instanceProfile': obj.instanceProfile,
        'instanceStorePolicy': obj.instanceStorePolicy,
        'ipPrefixCount': obj.ipPrefixCount,
        'kubelet': toJson_Ec2NodeClassSpecKubelet(obj.kubelet),
        'metadataOptions': toJson_Ec2NodeClassSpecMetadataOptions(obj.metadataOptions),
        'networkInterfaces': obj.networkInterfaces?.map(y => toJson_Ec2NodeClassSpecNetworkInterfaces(y)),
        'placementGroupSelector': toJson_Ec2NodeClassSpecPlacementGroupSelector(obj.placementGroupSelector),
        'role': obj.role,
        'securityGroupSelectorTerms': obj.securityGroupSelectorTerms?.map(y => toJson_Ec2NodeClassSpecSecurityGroupSelectorTerms(y)),
        'subnetSelectorTerms': obj.subnetSelectorTerms?.map(y => toJson_Ec2NodeClassSpecSubnetSelectorTerms(y)),
        'tags': ((obj.tags) === undefined) ? undefined : ((0, lean_serializers_1.mapDefinedEntries)(obj.tags, (value) => value)),
        'userData': obj.userData,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
var Ec2NodeClassSpecAmiFamily;
(function (Ec2NodeClassSpecAmiFamily) {
    Ec2NodeClassSpecAmiFamily["AL2"] = "AL2";
    Ec2NodeClassSpecAmiFamily["AL2023"] = "AL2023";
    Ec2NodeClassSpecAmiFamily["BOTTLEROCKET"] = "Bottlerocket";
    Ec2NodeClassSpecAmiFamily["CUSTOM"] = "Custom";
    Ec2NodeClassSpecAmiFamily["WINDOWS2019"] = "Windows2019";
    Ec2NodeClassSpecAmiFamily["WINDOWS2022"] = "Windows2022";
    Ec2NodeClassSpecAmiFamily["WINDOWS2025"] = "Windows2025";
})(Ec2NodeClassSpecAmiFamily || (exports.Ec2NodeClassSpecAmiFamily = Ec2NodeClassSpecAmiFamily = {}));
function toJson_Ec2NodeClassSpecAmiSelectorTerms(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'alias': obj.alias,
        'id': obj.id,
        'name': obj.name,
        'owner': obj.owner,
        'ssmParameter': obj.ssmParameter,
        'tags': ((obj.tags) === undefined) ? undefined : ((0, lean_serializers_1.mapDefinedEntries)(obj.tags, (value) => value)),
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_Ec2NodeClassSpecBlockDeviceMappings(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'deviceName': obj.deviceName,
        'ebs': toJson_Ec2NodeClassSpecBlockDeviceMappingsEbs(obj.ebs),
        'rootVolume': obj.rootVolume,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_Ec2NodeClassSpecCapacityReservationSelectorTerms(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'id': obj.id,
        'instanceMatchCriteria': obj.instanceMatchCriteria,
        'ownerID': obj.ownerId,
        'tags': ((obj.tags) === undefined) ? undefined : ((0, lean_serializers_1.mapDefinedEntries)(obj.tags, (value) => value)),
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_Ec2NodeClassSpecConnectionTracking(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'tcpEstablishedTimeout': obj.tcpEstablishedTimeout,
        'udpStreamTimeout': obj.udpStreamTimeout,
        'udpTimeout': obj.udpTimeout,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_Ec2NodeClassSpecCpuOptions(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'nestedVirtualization': obj.nestedVirtualization,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
var Ec2NodeClassSpecInstanceStorePolicy;
(function (Ec2NodeClassSpecInstanceStorePolicy) {
    Ec2NodeClassSpecInstanceStorePolicy["RAID0"] = "RAID0";
})(Ec2NodeClassSpecInstanceStorePolicy || (exports.Ec2NodeClassSpecInstanceStorePolicy = Ec2NodeClassSpecInstanceStorePolicy = {}));
function toJson_Ec2NodeClassSpecKubelet(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'clusterDNS': obj.clusterDns?.map(y => y),
        'cpuCFSQuota': obj.cpuCfsQuota,
        'evictionHard': ((obj.evictionHard) === undefined) ? undefined : ((0, lean_serializers_1.mapDefinedEntries)(obj.evictionHard, (value) => value)),
        'evictionMaxPodGracePeriod': obj.evictionMaxPodGracePeriod,
        'evictionSoft': ((obj.evictionSoft) === undefined) ? undefined : ((0, lean_serializers_1.mapDefinedEntries)(obj.evictionSoft, (value) => value)),
        'evictionSoftGracePeriod': ((obj.evictionSoftGracePeriod) === undefined) ? undefined : ((0, lean_serializers_1.mapDefinedEntries)(obj.evictionSoftGracePeriod, (value) => value)),
        'imageGCHighThresholdPercent': obj.imageGcHighThresholdPercent,
        'imageGCLowThresholdPercent': obj.imageGcLowThresholdPercent,
        'kubeReserved': ((obj.kubeReserved) === undefined) ? undefined : ((0, lean_serializers_1.mapDefinedEntries)(obj.kubeReserved, (value) => value)),
        'maxPods': obj.maxPods,
        'podsPerCore': obj.podsPerCore,
        'systemReserved': ((obj.systemReserved) === undefined) ? undefined : ((0, lean_serializers_1.mapDefinedEntries)(obj.systemReserved, (value) => value)),
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_Ec2NodeClassSpecMetadataOptions(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'httpEndpoint': obj.httpEndpoint,
        'httpProtocolIPv6': obj.httpProtocolIPv6,
        'httpPutResponseHopLimit': obj.httpPutResponseHopLimit,
        'httpTokens': obj.httpTokens,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_Ec2NodeClassSpecNetworkInterfaces(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'deviceIndex': obj.deviceIndex,
        'interfaceType': obj.interfaceType,
        'networkCardIndex': obj.networkCardIndex,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_Ec2NodeClassSpecPlacementGroupSelector(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'id': obj.id,
        'name': obj.name,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_Ec2NodeClassSpecSecurityGroupSelectorTerms(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'id': obj.id,
        'name': obj.name,
        'tags': ((obj.tags) === undefined) ? undefined : ((0, lean_serializers_1.mapDefinedEntries)(obj.tags, (value) => value)),
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_Ec2NodeClassSpecSubnetSelectorTerms(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'id': obj.id,
        'tags': ((obj.tags) === undefined) ? undefined : ((0, lean_serializers_1.mapDefinedEntries)(obj.tags, (value) => value)),
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
function toJson_Ec2NodeClassSpecBlockDeviceMappingsEbs(obj) {
    if (obj === undefined) {
        return undefined;
    }
    const result = {
        'deleteOnTermination': obj.deleteOnTermination,
        'encrypted': obj.encrypted,
        'iops': obj.iops,
        'kmsKeyID': obj.kmsKeyId,
        'snapshotID': obj.snapshotId,
        'throughput': obj.throughput,
        'volumeInitializationRate': obj.volumeInitializationRate,
        'volumeSize': obj.volumeSize,
        'volumeType': obj.volumeType,
    };
    return (0, lean_serializers_1.definedEntries)(result);
}
var Ec2NodeClassSpecCapacityReservationSelectorTermsInstanceMatchCriteria;
(function (Ec2NodeClassSpecCapacityReservationSelectorTermsInstanceMatchCriteria) {
    Ec2NodeClassSpecCapacityReservationSelectorTermsInstanceMatchCriteria["OPEN"] = "open";
    Ec2NodeClassSpecCapacityReservationSelectorTermsInstanceMatchCriteria["TARGETED"] = "targeted";
})(Ec2NodeClassSpecCapacityReservationSelectorTermsInstanceMatchCriteria || (exports.Ec2NodeClassSpecCapacityReservationSelectorTermsInstanceMatchCriteria = Ec2NodeClassSpecCapacityReservationSelectorTermsInstanceMatchCriteria = {}));
var Ec2NodeClassSpecCpuOptionsNestedVirtualization;
(function (Ec2NodeClassSpecCpuOptionsNestedVirtualization) {
    Ec2NodeClassSpecCpuOptionsNestedVirtualization["ENABLED"] = "enabled";
    Ec2NodeClassSpecCpuOptionsNestedVirtualization["DISABLED"] = "disabled";
})(Ec2NodeClassSpecCpuOptionsNestedVirtualization || (exports.Ec2NodeClassSpecCpuOptionsNestedVirtualization = Ec2NodeClassSpecCpuOptionsNestedVirtualization = {}));
var Ec2NodeClassSpecMetadataOptionsHttpEndpoint;
(function (Ec2NodeClassSpecMetadataOptionsHttpEndpoint) {
    Ec2NodeClassSpecMetadataOptionsHttpEndpoint["ENABLED"] = "enabled";
    Ec2NodeClassSpecMetadataOptionsHttpEndpoint["DISABLED"] = "disabled";
})(Ec2NodeClassSpecMetadataOptionsHttpEndpoint || (exports.Ec2NodeClassSpecMetadataOptionsHttpEndpoint = Ec2NodeClassSpecMetadataOptionsHttpEndpoint = {}));
var Ec2NodeClassSpecMetadataOptionsHttpProtocolIPv6;
(function (Ec2NodeClassSpecMetadataOptionsHttpProtocolIPv6) {
    Ec2NodeClassSpecMetadataOptionsHttpProtocolIPv6["ENABLED"] = "enabled";
    Ec2NodeClassSpecMetadataOptionsHttpProtocolIPv6["DISABLED"] = "disabled";
})(Ec2NodeClassSpecMetadataOptionsHttpProtocolIPv6 || (exports.Ec2NodeClassSpecMetadataOptionsHttpProtocolIPv6 = Ec2NodeClassSpecMetadataOptionsHttpProtocolIPv6 = {}));
var Ec2NodeClassSpecMetadataOptionsHttpTokens;
(function (Ec2NodeClassSpecMetadataOptionsHttpTokens) {
    Ec2NodeClassSpecMetadataOptionsHttpTokens["REQUIRED"] = "required";
    Ec2NodeClassSpecMetadataOptionsHttpTokens["OPTIONAL"] = "optional";
})(Ec2NodeClassSpecMetadataOptionsHttpTokens || (exports.Ec2NodeClassSpecMetadataOptionsHttpTokens = Ec2NodeClassSpecMetadataOptionsHttpTokens = {}));
var Ec2NodeClassSpecNetworkInterfacesInterfaceType;
(function (Ec2NodeClassSpecNetworkInterfacesInterfaceType) {
    Ec2NodeClassSpecNetworkInterfacesInterfaceType["INTERFACE"] = "interface";
    Ec2NodeClassSpecNetworkInterfacesInterfaceType["EFA_HYPHEN_ONLY"] = "efa-only";
})(Ec2NodeClassSpecNetworkInterfacesInterfaceType || (exports.Ec2NodeClassSpecNetworkInterfacesInterfaceType = Ec2NodeClassSpecNetworkInterfacesInterfaceType = {}));
var Ec2NodeClassSpecBlockDeviceMappingsEbsVolumeType;
(function (Ec2NodeClassSpecBlockDeviceMappingsEbsVolumeType) {
    Ec2NodeClassSpecBlockDeviceMappingsEbsVolumeType["STANDARD"] = "standard";
    Ec2NodeClassSpecBlockDeviceMappingsEbsVolumeType["IO1"] = "io1";
    Ec2NodeClassSpecBlockDeviceMappingsEbsVolumeType["IO2"] = "io2";
    Ec2NodeClassSpecBlockDeviceMappingsEbsVolumeType["GP2"] = "gp2";
    Ec2NodeClassSpecBlockDeviceMappingsEbsVolumeType["SC1"] = "sc1";
    Ec2NodeClassSpecBlockDeviceMappingsEbsVolumeType["ST1"] = "st1";
    Ec2NodeClassSpecBlockDeviceMappingsEbsVolumeType["GP3"] = "gp3";
})(Ec2NodeClassSpecBlockDeviceMappingsEbsVolumeType || (exports.Ec2NodeClassSpecBlockDeviceMappingsEbsVolumeType = Ec2NodeClassSpecBlockDeviceMappingsEbsVolumeType = {}));
