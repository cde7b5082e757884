import { ApiObject, ApiObjectMetadata, GroupVersionKind } from 'cdk8s';
import { Construct } from 'constructs';
export declare class Ec2NodeClass extends ApiObject {
    static readonly GVK: GroupVersionKind;
    static manifest(props?: Ec2NodeClassProps): any;
    constructor(scope: Construct, id: string, props?: Ec2NodeClassProps);
    toJson(): any;
}
export interface Ec2NodeClassProps {
    readonly metadata?: ApiObjectMetadata;
    readonly spec?: Ec2NodeClassSpec;
}
export interface Ec2NodeClassSpec {
    readonly amiFamily?: Ec2NodeClassSpecAmiFamily;
    readonly amiSelectorTerms: Ec2NodeClassSpecAmiSelectorTerms[];
    readonly associatePublicIpAddress?: boolean;
    readonly blockDeviceMappings?: Ec2NodeClassSpecBlockDeviceMappings[];
    readonly capacityReservationSelectorTerms?: Ec2NodeClassSpecCapacityReservationSelectorTerms[];
    readonly connectionTracking?: Ec2NodeClassSpecConnectionTracking;
    readonly context?: string;
    readonly cpuOptions?: Ec2NodeClassSpecCpuOptions;
    readonly detailedMonitoring?: boolean;
    readonly instanceProfile?: string;
    readonly instanceStorePolicy?: Ec2NodeClassSpecInstanceStorePolicy;
    readonly ipPrefixCount?: number;
    readonly kubelet?: Ec2NodeClassSpecKubelet;
    readonly metadataOptions?: Ec2NodeClassSpecMetadataOptions;
    readonly networkInterfaces?: Ec2NodeClassSpecNetworkInterfaces[];
    readonly placementGroupSelector?: Ec2NodeClassSpecPlacementGroupSelector;
    readonly role?: string;
    readonly securityGroupSelectorTerms: Ec2NodeClassSpecSecurityGroupSelectorTerms[];
    readonly subnetSelectorTerms: Ec2NodeClassSpecSubnetSelectorTerms[];
    readonly tags?: {
        [key: string]: string;
    };
    readonly userData?: string;
}
export declare enum Ec2NodeClassSpecAmiFamily {
    AL2 = "AL2",
    AL2023 = "AL2023",
    BOTTLEROCKET = "Bottlerocket",
    CUSTOM = "Custom",
    WINDOWS2019 = "Windows2019",
    WINDOWS2022 = "Windows2022",
    WINDOWS2025 = "Windows2025"
}
export interface Ec2NodeClassSpecAmiSelectorTerms {
    readonly alias?: string;
    readonly id?: string;
    readonly name?: string;
    readonly owner?: string;
    readonly ssmParameter?: string;
    readonly tags?: {
        [key: string]: string;
    };
}
export interface Ec2NodeClassSpecBlockDeviceMappings {
    readonly deviceName?: string;
    readonly ebs?: Ec2NodeClassSpecBlockDeviceMappingsEbs;
    readonly rootVolume?: boolean;
}
export interface Ec2NodeClassSpecCapacityReservationSelectorTerms {
    readonly id?: string;
    readonly instanceMatchCriteria?: Ec2NodeClassSpecCapacityReservationSelectorTermsInstanceMatchCriteria;
    readonly ownerId?: string;
    readonly tags?: {
        [key: string]: string;
    };
}
export interface Ec2NodeClassSpecConnectionTracking {
    readonly tcpEstablishedTimeout?: number;
    readonly udpStreamTimeout?: number;
    readonly udpTimeout?: number;
}
export interface Ec2NodeClassSpecCpuOptions {
    readonly nestedVirtualization?: Ec2NodeClassSpecCpuOptionsNestedVirtualization;
}
export declare enum Ec2NodeClassSpecInstanceStorePolicy {
    RAID0 = "RAID0"
}
export interface Ec2NodeClassSpecKubelet {
    readonly clusterDns?: string[];
    readonly cpuCfsQuota?: boolean;
    readonly evictionHard?: {
        [key: string]: string;
    };
    readonly evictionMaxPodGracePeriod?: number;
    readonly evictionSoft?: {
        [key: string]: string;
    };
    readonly evictionSoftGracePeriod?: {
        [key: string]: string;
    };
    readonly imageGcHighThresholdPercent?: number;
    readonly imageGcLowThresholdPercent?: number;
    readonly kubeReserved?: {
        [key: string]: string;
    };
    readonly maxPods?: number;
    readonly podsPerCore?: number;
    readonly systemReserved?: {
        [key: string]: string;
    };
}
export interface Ec2NodeClassSpecMetadataOptions {
    readonly httpEndpoint?: Ec2NodeClassSpecMetadataOptionsHttpEndpoint;
    readonly httpProtocolIPv6?: Ec2NodeClassSpecMetadataOptionsHttpProtocolIPv6;
    readonly httpPutResponseHopLimit?: number;
    readonly httpTokens?: Ec2NodeClassSpecMetadataOptionsHttpTokens;
}
export interface Ec2NodeClassSpecNetworkInterfaces {
    readonly deviceIndex: number;
    readonly interfaceType: Ec2NodeClassSpecNetworkInterfacesInterfaceType;
    readonly networkCardIndex: number;
}
export interface Ec2NodeClassSpecPlacementGroupSelector {
    readonly id?: string;
    readonly name?: string;
}
export interface Ec2NodeClassSpecSecurityGroupSelectorTerms {
    readonly id?: string;
    readonly name?: string;
    readonly tags?: {
        [key: string]: string;
    };
}
export interface Ec2NodeClassSpecSubnetSelectorTerms {
    readonly id?: string;
    readonly tags?: {
        [key: string]: string;
    };
}
export interface Ec2NodeClassSpecBlockDeviceMappingsEbs {
    readonly deleteOnTermination?: boolean;
    readonly encrypted?: boolean;
    readonly iops?: number;
    readonly kmsKeyId?: string;
    readonly snapshotId?: string;
    readonly throughput?: number;
    readonly volumeInitializationRate?: number;
    readonly volumeSize?: string;
    readonly volumeType?: Ec2NodeClassSpecBlockDeviceMappingsEbsVolumeType;
}
export declare enum Ec2NodeClassSpecCapacityReservationSelectorTermsInstanceMatchCriteria {
    OPEN = "open",
    TARGETED = "targeted"
}
export declare enum Ec2NodeClassSpecCpuOptionsNestedVirtualization {
    ENABLED = "enabled",
    DISABLED = "disabled"
}
export declare enum Ec2NodeClassSpecMetadataOptionsHttpEndpoint {
    ENABLED = "enabled",
    DISABLED = "disabled"
}
export declare enum Ec2NodeClassSpecMetadataOptionsHttpProtocolIPv6 {
    ENABLED = "enabled",
    DISABLED = "disabled"
}
export declare enum Ec2NodeClassSpecMetadataOptionsHttpTokens {
    REQUIRED = "required",
    OPTIONAL = "optional"
}
export declare enum Ec2NodeClassSpecNetworkInterfacesInterfaceType {
    INTERFACE = "interface",
    EFA_HYPHEN_ONLY = "efa-only"
}
export declare enum Ec2NodeClassSpecBlockDeviceMappingsEbsVolumeType {
    STANDARD = "standard",
    IO1 = "io1",
    IO2 = "io2",
    GP2 = "gp2",
    SC1 = "sc1",
    ST1 = "st1",
    GP3 = "gp3"
}
