import { Construct } from "constructs";
import {
  Ec2NodeClass,
  Ec2NodeClassSpecBlockDeviceMappingsEbsVolumeType,
  Ec2NodeClassSpecMetadataOptionsHttpEndpoint,
  Ec2NodeClassSpecMetadataOptionsHttpProtocolIPv6,
  Ec2NodeClassSpecMetadataOptionsHttpTokens,
} from "../../../imports/karpenter-ec2nodeclasses-karpenter.k8s.aws";

/** The tag the cloud layer puts on the private subnets and the cluster security group. */
export const DISCOVERY_TAG = "karpenter.sh/discovery";

export interface KarpenterNodeClassProps {
  /** Name of the EC2NodeClass, which NodePools reference. */
  readonly name: string;
  /** IAM role the nodes run as; Karpenter manages the instance profile for it. */
  readonly nodeRoleName: string;
  /** Value of the `karpenter.sh/discovery` tag: subnets and security groups are found by it. */
  readonly discoveryTagValue: string;
  /**
   * EKS-optimized Amazon Linux 2023 AMI release, as `al2023@v<yyyymmdd>` (Karpenter picks the NVIDIA
   * variant for GPU instances). Pinned: `al2023@latest` would replace every node whenever AWS publishes an AMI.
   */
  readonly amiAlias: string;
  /** Size of the encrypted root volume (images and ephemeral storage live there). @default 100 */
  readonly rootVolumeSizeGiB?: number;
  /** KMS key (ID, ARN or alias) encrypting the root volume. @default the account's default EBS key */
  readonly volumeKmsKeyId?: string;
  /** Tags on the instances, volumes and launch templates Karpenter creates. @default none */
  readonly tags?: Readonly<Record<string, string>>;
}

const NAME = /^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$/;
const IAM_ROLE_NAME = /^[\w+=,.@-]{1,64}$/;
const AL2023_ALIAS = /^al2023@v\d{8}$/;
/** Tags Karpenter sets itself and refuses in a node class. */
const RESERVED_TAG =
  /^(kubernetes\.io\/cluster\/|karpenter\.sh\/nodepool$|karpenter\.sh\/nodeclaim$|karpenter\.k8s\.aws\/ec2nodeclass$|eks:eks-cluster-name$)/;
const MIN_ROOT_GIB = 20;
const MAX_ROOT_GIB = 16_384;

/**
 * How Karpenter launches EC2 nodes for one kind of pool: in the cluster's private subnets and security
 * group (found by the discovery tag), as the node role of the cloud layer, on a pinned AL2023 AMI, with
 * IMDSv2 required at a hop limit of 1 (pods cannot borrow the node's credentials) and an encrypted root
 * volume. These settings are fixed: they are the platform's baseline, not options.
 */
export class KarpenterNodeClass extends Construct {
  /** The EC2NodeClass's name, for NodePools' `nodeClassRef`. */
  readonly name: string;
  readonly group = "karpenter.k8s.aws";
  readonly kind = "EC2NodeClass";

  constructor(scope: Construct, id: string, props: KarpenterNodeClassProps) {
    super(scope, id);
    const where = `KarpenterNodeClass "${props.name}"`;
    if (!NAME.test(props.name)) {
      throw new Error(
        `${where}: name is invalid; expected 1-63 lowercase letters, digits or hyphens, starting and ending with a letter or digit`,
      );
    }
    if (!IAM_ROLE_NAME.test(props.nodeRoleName)) {
      throw new Error(
        `${where}: nodeRoleName is ${JSON.stringify(props.nodeRoleName)}; expected an IAM role name of 1-64 characters (letters, digits and +=,.@_-)`,
      );
    }
    if (props.discoveryTagValue.trim() === "") {
      throw new Error(
        `${where}: discoveryTagValue is empty; expected the cluster name the subnets are tagged with`,
      );
    }
    const amiAlias = props.amiAlias;
    if (!AL2023_ALIAS.test(amiAlias)) {
      throw new Error(
        `${where}: amiAlias is ${JSON.stringify(amiAlias)}; expected a pinned Amazon Linux 2023 release such as "al2023@v20260714" ("latest" replaces every node whenever AWS publishes an AMI)`,
      );
    }
    const rootVolumeSizeGiB = props.rootVolumeSizeGiB ?? 100;
    if (
      !Number.isInteger(rootVolumeSizeGiB) ||
      rootVolumeSizeGiB < MIN_ROOT_GIB ||
      rootVolumeSizeGiB > MAX_ROOT_GIB
    ) {
      throw new Error(
        `${where}: rootVolumeSizeGiB is ${rootVolumeSizeGiB}; expected a whole number of GiB from ${MIN_ROOT_GIB} to ${MAX_ROOT_GIB}`,
      );
    }
    const reserved = Object.keys(props.tags ?? {}).filter((key) => RESERVED_TAG.test(key));
    if (reserved.length > 0) {
      throw new Error(
        `${where}: tags ${JSON.stringify(reserved)} are set by Karpenter itself; expected other tag keys`,
      );
    }

    this.name = props.name;
    const discovery = { [DISCOVERY_TAG]: props.discoveryTagValue };
    new Ec2NodeClass(this, "resource", {
      metadata: { name: props.name },
      spec: {
        role: props.nodeRoleName,
        amiSelectorTerms: [{ alias: amiAlias }],
        subnetSelectorTerms: [{ tags: discovery }],
        securityGroupSelectorTerms: [{ tags: discovery }],
        // Private subnets only; a public address would bypass the NAT and its flow logs.
        associatePublicIpAddress: false,
        metadataOptions: {
          httpEndpoint: Ec2NodeClassSpecMetadataOptionsHttpEndpoint.ENABLED,
          httpProtocolIPv6: Ec2NodeClassSpecMetadataOptionsHttpProtocolIPv6.DISABLED,
          httpPutResponseHopLimit: 1,
          httpTokens: Ec2NodeClassSpecMetadataOptionsHttpTokens.REQUIRED,
        },
        blockDeviceMappings: [
          {
            // The root device of the AL2023 AMIs, also the kubelet's root directory.
            deviceName: "/dev/xvda",
            rootVolume: true,
            ebs: {
              volumeSize: `${rootVolumeSizeGiB}Gi`,
              volumeType: Ec2NodeClassSpecBlockDeviceMappingsEbsVolumeType.GP3,
              encrypted: true,
              deleteOnTermination: true,
              ...(props.volumeKmsKeyId && { kmsKeyId: props.volumeKmsKeyId }),
            },
          },
        ],
        ...(props.tags && Object.keys(props.tags).length > 0 && { tags: { ...props.tags } }),
      },
    });
  }
}
