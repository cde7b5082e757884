import { CloudwatchLogGroup } from "@cdktf/provider-aws/lib/cloudwatch-log-group";
import { Ec2Tag } from "@cdktf/provider-aws/lib/ec2-tag";
import { EksAddon } from "@cdktf/provider-aws/lib/eks-addon";
import { EksCluster as EksClusterResource } from "@cdktf/provider-aws/lib/eks-cluster";
import { EksNodeGroup } from "@cdktf/provider-aws/lib/eks-node-group";
import { IamOpenidConnectProvider } from "@cdktf/provider-aws/lib/iam-openid-connect-provider";
import { IamRole } from "@cdktf/provider-aws/lib/iam-role";
import { IamRolePolicyAttachment } from "@cdktf/provider-aws/lib/iam-role-policy-attachment";
import { LaunchTemplate } from "@cdktf/provider-aws/lib/launch-template";
import { Construct } from "constructs";
import type { KubernetesCluster } from "../cloud-platform";
import { managedPolicyArn, serviceTrustPolicy } from "./iam-policy";

/** Every control-plane log type EKS offers. */
export const EKS_CONTROL_PLANE_LOG_TYPES = [
  "api",
  "audit",
  "authenticator",
  "controllerManager",
  "scheduler",
] as const;

/** Add-ons every cluster runs. Left to EKS to pick the version that matches the cluster's. */
export const EKS_CORE_ADDONS = ["vpc-cni", "kube-proxy", "coredns"] as const;

/**
 * Add-on settings the platform relies on. The VPC CNI enforces NetworkPolicy objects only when its network
 * policy agent is turned on (EKS user guide, "Limit pod traffic with Kubernetes network policies":
 * configuration value `enableNetworkPolicy: "true"` of the vpc-cni add-on); without it every namespace's
 * default deny is silently ignored.
 */
export const EKS_ADDON_CONFIGURATION: Readonly<Partial<Record<(typeof EKS_CORE_ADDONS)[number], object>>> = {
  "vpc-cni": { enableNetworkPolicy: "true" },
};

export interface SystemNodeGroupProps {
  readonly instanceTypes: readonly string[];
  readonly minSize: number;
  readonly desiredSize: number;
  readonly maxSize: number;
  readonly diskSizeGiB: number;
}

export interface EksClusterProps {
  readonly name: string;
  /** Kubernetes minor version, e.g. "1.33". */
  readonly version: string;
  /** Private subnets for the control-plane interfaces and the system nodes. */
  readonly subnetIds: readonly string[];
  /**
   * CIDRs allowed to reach the public API endpoint. Empty keeps the endpoint private (reachable only
   * from inside the VPC). @default []
   */
  readonly publicAccessCidrs?: readonly string[];
  /** Range for Service IPs. */
  readonly serviceCidr: string;
  /** Customer-managed KMS key encrypting Kubernetes Secrets. */
  readonly secretsKeyArn: string;
  /** KMS key for the control-plane log group. */
  readonly logKeyArn: string;
  /** @default 90 */
  readonly logRetentionDays?: number;
  readonly systemNodes: SystemNodeGroupProps;
  /** Create the core EKS add-ons. @default true */
  readonly coreAddons?: boolean;
}

/**
 * An EKS cluster, private by default: secrets envelope-encrypted with a customer key, every control-plane
 * log type, an OIDC provider for service-account roles, and a managed system node group whose nodes
 * require IMDSv2 with a hop limit of 1 (pods cannot borrow the node's role) and accept no SSH.
 */
export class EksCluster extends Construct implements KubernetesCluster {
  readonly cluster: EksClusterResource;
  readonly oidcProvider: IamOpenidConnectProvider;
  readonly name: string;
  readonly endpoint: string;
  readonly oidcIssuerUrl: string;
  readonly arn: string;
  /** Security group EKS attaches to the control plane and managed nodes. */
  readonly clusterSecurityGroupId: string;

  constructor(scope: Construct, id: string, props: EksClusterProps) {
    super(scope, id);
    const publicAccessCidrs = props.publicAccessCidrs ?? [];
    if (publicAccessCidrs.includes("0.0.0.0/0")) {
      throw new Error(
        `EksCluster ${props.name}: publicAccessCidrs contains "0.0.0.0/0"; list the specific ranges that need access`,
      );
    }
    const nodes = props.systemNodes;
    if (!(nodes.minSize >= 1 && nodes.minSize <= nodes.desiredSize && nodes.desiredSize <= nodes.maxSize)) {
      throw new Error(
        `EksCluster ${props.name}: systemNodes sizes are min ${nodes.minSize}, desired ${nodes.desiredSize}, max ${nodes.maxSize}; expected 1 <= min <= desired <= max`,
      );
    }

    const clusterRole = new IamRole(this, "cluster-role", {
      name: eksRoleNames(props.name).cluster,
      assumeRolePolicy: serviceTrustPolicy("eks.amazonaws.com"),
    });
    const clusterPolicy = new IamRolePolicyAttachment(this, "cluster-policy", {
      role: clusterRole.name,
      policyArn: managedPolicyArn("AmazonEKSClusterPolicy"),
    });

    // Created before the cluster so EKS writes into a group with retention and encryption, not its own.
    const logGroup = new CloudwatchLogGroup(this, "control-plane-logs", {
      name: `/aws/eks/${props.name}/cluster`,
      retentionInDays: props.logRetentionDays ?? 90,
      kmsKeyId: props.logKeyArn,
    });

    this.cluster = new EksClusterResource(this, "cluster", {
      name: props.name,
      version: props.version,
      roleArn: clusterRole.arn,
      vpcConfig: {
        subnetIds: [...props.subnetIds],
        endpointPrivateAccess: true,
        endpointPublicAccess: publicAccessCidrs.length > 0,
        ...(publicAccessCidrs.length > 0 && { publicAccessCidrs: [...publicAccessCidrs] }),
      },
      kubernetesNetworkConfig: { serviceIpv4Cidr: props.serviceCidr, ipFamily: "ipv4" },
      encryptionConfig: { resources: ["secrets"], provider: { keyArn: props.secretsKeyArn } },
      enabledClusterLogTypes: [...EKS_CONTROL_PLANE_LOG_TYPES],
      accessConfig: { authenticationMode: "API", bootstrapClusterCreatorAdminPermissions: true },
      upgradePolicy: { supportType: "STANDARD" },
      dependsOn: [clusterPolicy, logGroup],
    });
    this.name = this.cluster.name;
    this.arn = this.cluster.arn;
    this.endpoint = this.cluster.endpoint;
    this.oidcIssuerUrl = this.cluster.identity.get(0).oidc.get(0).issuer;
    this.clusterSecurityGroupId = this.cluster.vpcConfig.clusterSecurityGroupId;

    // Karpenter finds the security group for its nodes by this tag.
    new Ec2Tag(this, "cluster-security-group-discovery-tag", {
      resourceId: this.clusterSecurityGroupId,
      key: "karpenter.sh/discovery",
      value: props.name,
    });

    this.oidcProvider = new IamOpenidConnectProvider(this, "oidc-provider", {
      url: this.oidcIssuerUrl,
      clientIdList: ["sts.amazonaws.com"],
      tags: { Name: `${props.name}-irsa` },
    });

    const nodeRole = new IamRole(this, "system-node-role", {
      name: eksRoleNames(props.name).systemNodes,
      assumeRolePolicy: serviceTrustPolicy("ec2.amazonaws.com"),
    });
    const nodePolicies = WORKER_NODE_POLICIES.map(
      (policy) =>
        new IamRolePolicyAttachment(this, `system-node-${policy}`, {
          role: nodeRole.name,
          policyArn: managedPolicyArn(policy),
        }),
    );

    const launchTemplate = new LaunchTemplate(this, "system-node-template", {
      name: `${props.name}-system`,
      description: "System nodes: IMDSv2 only, hop limit 1, encrypted root volume, no SSH key",
      updateDefaultVersion: true,
      metadataOptions: {
        httpEndpoint: "enabled",
        httpTokens: "required",
        httpPutResponseHopLimit: 1,
        instanceMetadataTags: "disabled",
      },
      blockDeviceMappings: [
        {
          deviceName: "/dev/xvda",
          ebs: {
            volumeSize: nodes.diskSizeGiB,
            volumeType: "gp3",
            encrypted: "true",
            deleteOnTermination: "true",
          },
        },
      ],
      tagSpecifications: [{ resourceType: "instance", tags: { Name: `${props.name}-system` } }],
    });

    const systemNodes = new EksNodeGroup(this, "system-nodes", {
      clusterName: this.cluster.name,
      nodeGroupName: "system",
      nodeRoleArn: nodeRole.arn,
      subnetIds: [...props.subnetIds],
      amiType: "AL2023_x86_64_STANDARD",
      capacityType: "ON_DEMAND",
      instanceTypes: [...nodes.instanceTypes],
      scalingConfig: { minSize: nodes.minSize, desiredSize: nodes.desiredSize, maxSize: nodes.maxSize },
      updateConfig: { maxUnavailable: 1 },
      launchTemplate: { id: launchTemplate.id, version: launchTemplate.latestVersion.toString() },
      labels: { "node-role.mlops-platform.io/system": "true" },
      dependsOn: nodePolicies,
    });

    if (props.coreAddons ?? true) {
      for (const addon of EKS_CORE_ADDONS) {
        new EksAddon(this, `addon-${addon}`, {
          clusterName: this.cluster.name,
          addonName: addon,
          ...(EKS_ADDON_CONFIGURATION[addon] && {
            configurationValues: JSON.stringify(EKS_ADDON_CONFIGURATION[addon]),
          }),
          resolveConflictsOnCreate: "OVERWRITE",
          resolveConflictsOnUpdate: "OVERWRITE",
          // CoreDNS needs nodes to become healthy; the others must exist before nodes join.
          ...(addon === "coredns" && { dependsOn: [systemNodes] }),
        });
      }
    }
  }
}

/**
 * Managed policies every EKS worker node needs (shared with Karpenter-launched nodes), as upstream's v1.14
 * template gives its node role: pulling images needs only AmazonEC2ContainerRegistryPullOnly.
 */
export const WORKER_NODE_POLICIES = [
  "AmazonEKSWorkerNodePolicy",
  "AmazonEKS_CNI_Policy",
  "AmazonEC2ContainerRegistryPullOnly",
  "AmazonSSMManagedInstanceCore",
] as const;

/** IAM roles the cluster construct creates for a cluster called `name`. */
export function eksRoleNames(name: string) {
  return { cluster: `${name}-cluster`, systemNodes: `${name}-system-node` } as const;
}
