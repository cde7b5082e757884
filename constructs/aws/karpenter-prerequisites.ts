import { CloudwatchEventRule } from "@cdktf/provider-aws/lib/cloudwatch-event-rule";
import { CloudwatchEventTarget } from "@cdktf/provider-aws/lib/cloudwatch-event-target";
import { EksAccessEntry } from "@cdktf/provider-aws/lib/eks-access-entry";
import { IamInstanceProfile } from "@cdktf/provider-aws/lib/iam-instance-profile";
import { IamRole } from "@cdktf/provider-aws/lib/iam-role";
import { IamRolePolicyAttachment } from "@cdktf/provider-aws/lib/iam-role-policy-attachment";
import { SqsQueue } from "@cdktf/provider-aws/lib/sqs-queue";
import { SqsQueuePolicy } from "@cdktf/provider-aws/lib/sqs-queue-policy";
import { Construct } from "constructs";
import { suppressGuardrail } from "../../guardrails/suppressions";
import { WORKER_NODE_POLICIES } from "./eks-cluster";
import { managedPolicyArn, type PolicyStatement, policyDocument, serviceTrustPolicy } from "./iam-policy";
import { ServiceAccountRole } from "./service-account-role";

export interface KarpenterPrerequisitesProps {
  readonly clusterName: string;
  readonly clusterArn: string;
  readonly accountId: string;
  readonly region: string;
  readonly oidcProviderArn: string;
  readonly oidcIssuerUrl: string;
  /** Where the Karpenter controller runs. @default "karpenter" */
  readonly namespace?: string;
  /** @default "karpenter" */
  readonly serviceAccount?: string;
  /** Name of the controller's IAM role. */
  readonly controllerRoleName: string;
  /** Name of the role (and instance profile) Karpenter's nodes run as. */
  readonly nodeRoleName: string;
  /** Name of the SQS interruption queue. */
  readonly interruptionQueueName: string;
}

/**
 * EC2 events Karpenter reacts to by draining a node before AWS takes it away (the rules of upstream's v1.14
 * getting-started template, cloudformation.yaml).
 */
export const KARPENTER_INTERRUPTION_EVENTS: Readonly<
  Record<string, { source: string; detailType: string; ruleSuffix: string }>
> = {
  "spot-interruption": {
    source: "aws.ec2",
    detailType: "EC2 Spot Instance Interruption Warning",
    ruleSuffix: "spot",
  },
  "rebalance-recommendation": {
    source: "aws.ec2",
    detailType: "EC2 Instance Rebalance Recommendation",
    ruleSuffix: "rebalance",
  },
  "instance-state-change": {
    source: "aws.ec2",
    detailType: "EC2 Instance State-change Notification",
    ruleSuffix: "state-change",
  },
  "scheduled-change": { source: "aws.health", detailType: "AWS Health Event", ruleSuffix: "health" },
  "capacity-reservation-interruption": {
    source: "aws.ec2",
    detailType: "EC2 Capacity Reservation Instance Interruption Warning",
    ruleSuffix: "capacity-reservation",
  },
};

/** The EventBridge rule routing one kind of interruption event of a cluster. */
export function interruptionRuleName(clusterName: string, ruleSuffix: string): string {
  return `${clusterName}-karpenter-${ruleSuffix}`;
}

/** EventBridge rule names stop at 64 characters. */
const MAX_RULE_NAME = 64;

/**
 * The cloud side of autoscaled (GPU) capacity with Karpenter: the role its nodes run as (with an instance
 * profile and an EKS access entry so they can join), the controller's service-account role, and the SQS
 * queue fed by EventBridge with interruption events. NodePools and node classes are cluster objects.
 */
export class KarpenterPrerequisites extends Construct {
  readonly nodeRole: IamRole;
  readonly instanceProfile: IamInstanceProfile;
  readonly controllerRole: ServiceAccountRole;
  readonly interruptionQueue: SqsQueue;

  constructor(scope: Construct, id: string, props: KarpenterPrerequisitesProps) {
    super(scope, id);
    const cluster = props.clusterName;

    this.nodeRole = new IamRole(this, "node-role", {
      name: props.nodeRoleName,
      assumeRolePolicy: serviceTrustPolicy("ec2.amazonaws.com"),
    });
    for (const policy of WORKER_NODE_POLICIES) {
      new IamRolePolicyAttachment(this, `node-${policy}`, {
        role: this.nodeRole.name,
        policyArn: managedPolicyArn(policy),
      });
    }
    this.instanceProfile = new IamInstanceProfile(this, "node-instance-profile", {
      name: props.nodeRoleName,
      role: this.nodeRole.name,
    });
    new EksAccessEntry(this, "node-access-entry", {
      clusterName: cluster,
      principalArn: this.nodeRole.arn,
      type: "EC2_LINUX",
    });

    this.interruptionQueue = new SqsQueue(this, "interruption-queue", {
      name: props.interruptionQueueName,
      messageRetentionSeconds: 300,
      sqsManagedSseEnabled: true,
    });
    new SqsQueuePolicy(this, "interruption-queue-policy", {
      queueUrl: this.interruptionQueue.url,
      policy: policyDocument([
        {
          Sid: "EventBridgeDeliversInterruptions",
          Effect: "Allow",
          Principal: { Service: ["events.amazonaws.com", "sqs.amazonaws.com"] },
          Action: "sqs:SendMessage",
          Resource: this.interruptionQueue.arn,
        },
        {
          Sid: "DenyInsecureTransport",
          Effect: "Deny",
          Principal: "*",
          Action: "sqs:*",
          Resource: this.interruptionQueue.arn,
          Condition: { Bool: { "aws:SecureTransport": false } },
        },
      ]),
    });
    for (const [name, event] of Object.entries(KARPENTER_INTERRUPTION_EVENTS)) {
      const ruleName = interruptionRuleName(cluster, event.ruleSuffix);
      if (ruleName.length > MAX_RULE_NAME) {
        throw new Error(
          `KarpenterPrerequisites ${cluster}: EventBridge rule name "${ruleName}" is ${ruleName.length} characters; expected at most ${MAX_RULE_NAME} (shorten the cluster name)`,
        );
      }
      const rule = new CloudwatchEventRule(this, `${name}-rule`, {
        name: ruleName,
        description: `Karpenter interruption handling: ${event.detailType}`,
        eventPattern: JSON.stringify({ source: [event.source], "detail-type": [event.detailType] }),
      });
      new CloudwatchEventTarget(this, `${name}-target`, {
        rule: rule.name,
        targetId: "karpenter-interruption-queue",
        arn: this.interruptionQueue.arn,
      });
    }

    this.controllerRole = new ServiceAccountRole(this, "controller", {
      roleName: props.controllerRoleName,
      oidcProviderArn: props.oidcProviderArn,
      oidcIssuerUrl: props.oidcIssuerUrl,
      namespace: props.namespace ?? "karpenter",
      serviceAccount: props.serviceAccount ?? "karpenter",
      statements: controllerStatements(props, this.nodeRole.arn, this.interruptionQueue.arn),
    });
    suppressGuardrail(
      this.controllerRole,
      "AwsSolutions-IAM5",
      "upstream's controller policy grants read-only calls (ec2:Describe*, pricing:GetProducts, iam:ListInstanceProfiles, arc-zonal-shift:GetManagedResource) on \"*\": those APIs take no resource-level permissions; every write is scoped to this cluster's tags and resources",
    );
  }
}

/**
 * The controller's permissions, statement by statement as upstream publishes them for v1.14
 * (aws/karpenter-provider-aws v1.14.1, website/content/en/docs/getting-started/getting-started-with-karpenter/
 * cloudformation.yaml: the NodeLifecycle, IAMIntegration, EKSIntegration, Interruption, ZonalShift and
 * ResourceDiscovery policies). Launch and tag only for this cluster, launch from its own launch templates
 * (by their tags), terminate only what it launched, pass only its node role, read its queue.
 */
function controllerStatements(
  props: KarpenterPrerequisitesProps,
  nodeRoleArn: string,
  queueArn: string,
): PolicyStatement[] {
  const { accountId, region, clusterName } = props;
  const ec2 = (type: string) => `arn:aws:ec2:${region}:*:${type}/*`;
  const instanceProfiles = `arn:aws:iam::${accountId}:instance-profile/*`;
  const clusterArn = `arn:aws:eks:${region}:${accountId}:cluster/${clusterName}`;
  const clusterTag = `kubernetes.io/cluster/${clusterName}`;
  const launched = [
    "fleet",
    "instance",
    "volume",
    "network-interface",
    "launch-template",
    "spot-instances-request",
  ].map(ec2);
  const requestsClusterTags = {
    [`aws:RequestTag/${clusterTag}`]: "owned",
    "aws:RequestTag/eks:eks-cluster-name": clusterName,
  };
  const ownedNodePoolResource = {
    StringEquals: { [`aws:ResourceTag/${clusterTag}`]: "owned" },
    StringLike: { "aws:ResourceTag/karpenter.sh/nodepool": "*" },
  };
  const profileOfThisCluster = {
    [`aws:ResourceTag/${clusterTag}`]: "owned",
    "aws:ResourceTag/topology.kubernetes.io/region": region,
  };
  const profileRequestTags = {
    ...requestsClusterTags,
    "aws:RequestTag/topology.kubernetes.io/region": region,
  };
  return [
    // NodeLifecyclePolicy
    {
      Sid: "AllowScopedEC2InstanceAccessActions",
      Effect: "Allow",
      Action: ["ec2:RunInstances", "ec2:CreateFleet"],
      Resource: [
        `arn:aws:ec2:${region}::image/*`,
        `arn:aws:ec2:${region}::snapshot/*`,
        ec2("security-group"),
        ec2("subnet"),
        ec2("capacity-reservation"),
        ec2("placement-group"),
      ],
    },
    {
      Sid: "AllowScopedEC2LaunchTemplateAccessActions",
      Effect: "Allow",
      Action: ["ec2:RunInstances", "ec2:CreateFleet"],
      Resource: ec2("launch-template"),
      Condition: ownedNodePoolResource,
    },
    {
      Sid: "AllowScopedEC2InstanceActionsWithTags",
      Effect: "Allow",
      Action: ["ec2:RunInstances", "ec2:CreateFleet", "ec2:CreateLaunchTemplate"],
      Resource: launched,
      Condition: {
        StringEquals: requestsClusterTags,
        StringLike: { "aws:RequestTag/karpenter.sh/nodepool": "*" },
      },
    },
    {
      Sid: "AllowScopedResourceCreationTagging",
      Effect: "Allow",
      Action: "ec2:CreateTags",
      Resource: launched,
      Condition: {
        StringEquals: {
          ...requestsClusterTags,
          "ec2:CreateAction": ["RunInstances", "CreateFleet", "CreateLaunchTemplate"],
        },
        StringLike: { "aws:RequestTag/karpenter.sh/nodepool": "*" },
      },
    },
    {
      Sid: "AllowScopedResourceTagging",
      Effect: "Allow",
      Action: "ec2:CreateTags",
      Resource: ec2("instance"),
      Condition: {
        ...ownedNodePoolResource,
        StringEqualsIfExists: { "aws:RequestTag/eks:eks-cluster-name": clusterName },
        "ForAllValues:StringEquals": {
          "aws:TagKeys": ["eks:eks-cluster-name", "karpenter.sh/nodeclaim", "Name"],
        },
      },
    },
    {
      Sid: "AllowScopedDeletion",
      Effect: "Allow",
      Action: ["ec2:TerminateInstances", "ec2:DeleteLaunchTemplate"],
      Resource: [ec2("instance"), ec2("launch-template")],
      Condition: ownedNodePoolResource,
    },
    // IAMIntegrationPolicy
    {
      Sid: "AllowPassingInstanceRole",
      Effect: "Allow",
      Action: "iam:PassRole",
      Resource: nodeRoleArn,
      Condition: { StringEquals: { "iam:PassedToService": ["ec2.amazonaws.com", "ec2.amazonaws.com.cn"] } },
    },
    {
      Sid: "AllowScopedInstanceProfileCreationActions",
      Effect: "Allow",
      Action: ["iam:CreateInstanceProfile"],
      Resource: instanceProfiles,
      Condition: {
        StringEquals: profileRequestTags,
        StringLike: { "aws:RequestTag/karpenter.k8s.aws/ec2nodeclass": "*" },
      },
    },
    {
      Sid: "AllowScopedInstanceProfileTagActions",
      Effect: "Allow",
      Action: ["iam:TagInstanceProfile"],
      Resource: instanceProfiles,
      Condition: {
        StringEquals: { ...profileOfThisCluster, ...profileRequestTags },
        StringLike: {
          "aws:ResourceTag/karpenter.k8s.aws/ec2nodeclass": "*",
          "aws:RequestTag/karpenter.k8s.aws/ec2nodeclass": "*",
        },
      },
    },
    {
      Sid: "AllowScopedInstanceProfileActions",
      Effect: "Allow",
      Action: [
        "iam:AddRoleToInstanceProfile",
        "iam:RemoveRoleFromInstanceProfile",
        "iam:DeleteInstanceProfile",
      ],
      Resource: instanceProfiles,
      Condition: {
        StringEquals: profileOfThisCluster,
        StringLike: { "aws:ResourceTag/karpenter.k8s.aws/ec2nodeclass": "*" },
      },
    },
    // EKSIntegrationPolicy
    {
      Sid: "AllowAPIServerEndpointDiscovery",
      Effect: "Allow",
      Action: "eks:DescribeCluster",
      Resource: clusterArn,
    },
    // InterruptionPolicy
    {
      Sid: "AllowInterruptionQueueActions",
      Effect: "Allow",
      Action: ["sqs:DeleteMessage", "sqs:GetQueueUrl", "sqs:ReceiveMessage"],
      Resource: queueArn,
    },
    // ZonalShiftPolicy
    {
      Sid: "AllowZonalShiftStatusReadOnly",
      Effect: "Allow",
      Action: ["arc-zonal-shift:GetManagedResource"],
      Resource: "*",
      Condition: { StringEquals: { "arc-zonal-shift:ResourceIdentifier": clusterArn } },
    },
    // ResourceDiscoveryPolicy
    {
      Sid: "AllowRegionalReadActions",
      Effect: "Allow",
      Action: [
        "ec2:DescribeCapacityReservations",
        "ec2:DescribeImages",
        "ec2:DescribeInstances",
        "ec2:DescribeInstanceStatus",
        "ec2:DescribeInstanceTypeOfferings",
        "ec2:DescribeInstanceTypes",
        "ec2:DescribeLaunchTemplates",
        "ec2:DescribePlacementGroups",
        "ec2:DescribeSecurityGroups",
        "ec2:DescribeSpotPriceHistory",
        "ec2:DescribeSubnets",
      ],
      Resource: "*",
      Condition: { StringEquals: { "aws:RequestedRegion": region } },
    },
    {
      Sid: "AllowSSMReadActions",
      Effect: "Allow",
      Action: "ssm:GetParameter",
      Resource: `arn:aws:ssm:${region}::parameter/aws/service/*`,
    },
    { Sid: "AllowPricingReadActions", Effect: "Allow", Action: "pricing:GetProducts", Resource: "*" },
    {
      Sid: "AllowUnscopedInstanceProfileListAction",
      Effect: "Allow",
      Action: "iam:ListInstanceProfiles",
      Resource: "*",
    },
    {
      Sid: "AllowInstanceProfileReadActions",
      Effect: "Allow",
      Action: "iam:GetInstanceProfile",
      Resource: instanceProfiles,
    },
  ];
}
