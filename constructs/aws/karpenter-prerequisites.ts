import { CloudwatchEventRule } from "@cdktf/provider-aws/lib/cloudwatch-event-rule";
import { CloudwatchEventTarget } from "@cdktf/provider-aws/lib/cloudwatch-event-target";
import { EksAccessEntry } from "@cdktf/provider-aws/lib/eks-access-entry";
import { IamInstanceProfile } from "@cdktf/provider-aws/lib/iam-instance-profile";
import { IamRole } from "@cdktf/provider-aws/lib/iam-role";
import { IamRolePolicyAttachment } from "@cdktf/provider-aws/lib/iam-role-policy-attachment";
import { SqsQueue } from "@cdktf/provider-aws/lib/sqs-queue";
import { SqsQueuePolicy } from "@cdktf/provider-aws/lib/sqs-queue-policy";
import { Construct } from "constructs";
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

/** EC2 events Karpenter reacts to by draining a node before AWS takes it away. */
export const KARPENTER_INTERRUPTION_EVENTS: Readonly<Record<string, { source: string; detailType: string }>> =
  {
    "spot-interruption": { source: "aws.ec2", detailType: "EC2 Spot Instance Interruption Warning" },
    "rebalance-recommendation": { source: "aws.ec2", detailType: "EC2 Instance Rebalance Recommendation" },
    "instance-state-change": { source: "aws.ec2", detailType: "EC2 Instance State-change Notification" },
    "scheduled-change": { source: "aws.health", detailType: "AWS Health Event" },
  };

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
      const rule = new CloudwatchEventRule(this, `${name}-rule`, {
        name: `${cluster}-karpenter-${name}`,
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
  }
}

/**
 * What the controller may do: launch and tag instances only for this cluster, terminate only what it
 * launched, pass only its node role, read its queue, and read the catalogues it chooses instances from.
 */
function controllerStatements(
  props: KarpenterPrerequisitesProps,
  nodeRoleArn: string,
  queueArn: string,
): PolicyStatement[] {
  const { accountId, region, clusterName } = props;
  const ec2 = (type: string) => `arn:aws:ec2:${region}:${accountId}:${type}/*`;
  const ownedByCluster = { [`aws:RequestTag/kubernetes.io/cluster/${clusterName}`]: "owned" };
  const taggedForCluster = { [`aws:ResourceTag/kubernetes.io/cluster/${clusterName}`]: "owned" };
  const launched = [
    "fleet",
    "instance",
    "volume",
    "network-interface",
    "launch-template",
    "spot-instances-request",
  ].map(ec2);
  return [
    {
      Sid: "LaunchFromSharedResources",
      Effect: "Allow",
      Action: ["ec2:RunInstances", "ec2:CreateFleet"],
      Resource: [
        `arn:aws:ec2:${region}::image/*`,
        `arn:aws:ec2:${region}::snapshot/*`,
        ec2("security-group"),
        ec2("subnet"),
        ec2("capacity-reservation"),
      ],
    },
    {
      Sid: "LaunchOwnedResources",
      Effect: "Allow",
      Action: ["ec2:RunInstances", "ec2:CreateFleet", "ec2:CreateLaunchTemplate"],
      Resource: launched,
      Condition: {
        StringEquals: ownedByCluster,
        StringLike: { "aws:RequestTag/karpenter.sh/nodepool": "*" },
      },
    },
    {
      Sid: "TagOnLaunch",
      Effect: "Allow",
      Action: "ec2:CreateTags",
      Resource: launched,
      Condition: {
        StringEquals: {
          ...ownedByCluster,
          "ec2:CreateAction": ["RunInstances", "CreateFleet", "CreateLaunchTemplate"],
        },
      },
    },
    {
      Sid: "TagOwnedInstances",
      Effect: "Allow",
      Action: "ec2:CreateTags",
      Resource: ec2("instance"),
      Condition: {
        StringEquals: taggedForCluster,
        "ForAllValues:StringEquals": {
          "aws:TagKeys": ["eks:eks-cluster-name", "karpenter.sh/nodeclaim", "Name"],
        },
      },
    },
    {
      Sid: "TerminateOwnedResources",
      Effect: "Allow",
      Action: ["ec2:TerminateInstances", "ec2:DeleteLaunchTemplate"],
      Resource: [ec2("instance"), ec2("launch-template")],
      Condition: {
        StringEquals: taggedForCluster,
        StringLike: { "aws:ResourceTag/karpenter.sh/nodepool": "*" },
      },
    },
    {
      Sid: "ReadCatalogues",
      Effect: "Allow",
      Action: [
        "ec2:DescribeAvailabilityZones",
        "ec2:DescribeCapacityReservations",
        "ec2:DescribeImages",
        "ec2:DescribeInstances",
        "ec2:DescribeInstanceTypeOfferings",
        "ec2:DescribeInstanceTypes",
        "ec2:DescribeLaunchTemplates",
        "ec2:DescribeSecurityGroups",
        "ec2:DescribeSpotPriceHistory",
        "ec2:DescribeSubnets",
      ],
      Resource: "*",
      Condition: { StringEquals: { "aws:RequestedRegion": region } },
    },
    {
      Sid: "ReadAmiParameters",
      Effect: "Allow",
      Action: "ssm:GetParameter",
      Resource: `arn:aws:ssm:${region}::parameter/aws/service/*`,
    },
    { Sid: "ReadPrices", Effect: "Allow", Action: "pricing:GetProducts", Resource: "*" },
    {
      Sid: "ConsumeInterruptionQueue",
      Effect: "Allow",
      Action: ["sqs:DeleteMessage", "sqs:GetQueueUrl", "sqs:ReceiveMessage"],
      Resource: queueArn,
    },
    {
      Sid: "PassNodeRole",
      Effect: "Allow",
      Action: "iam:PassRole",
      Resource: nodeRoleArn,
      Condition: { StringEquals: { "iam:PassedToService": "ec2.amazonaws.com" } },
    },
    {
      Sid: "CreateOwnInstanceProfiles",
      Effect: "Allow",
      Action: ["iam:CreateInstanceProfile", "iam:TagInstanceProfile"],
      Resource: `arn:aws:iam::${accountId}:instance-profile/*`,
      Condition: { StringEquals: ownedByCluster },
    },
    {
      Sid: "ManageOwnInstanceProfiles",
      Effect: "Allow",
      Action: [
        "iam:AddRoleToInstanceProfile",
        "iam:RemoveRoleFromInstanceProfile",
        "iam:DeleteInstanceProfile",
        "iam:TagInstanceProfile",
      ],
      Resource: `arn:aws:iam::${accountId}:instance-profile/*`,
      Condition: { StringEquals: taggedForCluster },
    },
    {
      Sid: "ReadInstanceProfiles",
      Effect: "Allow",
      Action: "iam:GetInstanceProfile",
      Resource: `arn:aws:iam::${accountId}:instance-profile/*`,
    },
    { Sid: "ReadCluster", Effect: "Allow", Action: "eks:DescribeCluster", Resource: props.clusterArn },
  ];
}
