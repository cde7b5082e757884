import { ENVIRONMENT_SPECS } from "../../../config/environments";
import { KARPENTER_INTERRUPTION_EVENTS } from "../../../constructs/aws/karpenter-prerequisites";
import { policy, synthStack } from "../../support/terraform-json";

describe("KarpenterPrerequisites", () => {
  const dev = synthStack("dev");
  const nodeRoleAddress = dev.addressOf(
    "aws_iam_role",
    (role) => role.name === "mlops-platform-dev-karpenter-node",
  );
  const queueAddress = dev.addressOf(
    "aws_sqs_queue",
    (queue) => queue.name === "mlops-platform-dev-karpenter-interruptions",
  );

  test("nodes run as a role EC2 assumes, with the worker policies, an instance profile and an access entry", () => {
    const role = dev.resources("aws_iam_role")[nodeRoleAddress.split(".")[1] as string];
    expect(policy(role.assume_role_policy).Statement[0]).toMatchObject({
      Principal: { Service: "ec2.amazonaws.com" },
      Action: "sts:AssumeRole",
    });
    const attached = dev
      .where(
        "aws_iam_role_policy_attachment",
        (attachment) => attachment.role === `\${${nodeRoleAddress}.name}`,
      )
      .map((attachment) => attachment.policy_arn.replace("arn:aws:iam::aws:policy/", ""))
      .sort();
    expect(attached).toEqual([
      "AmazonEC2ContainerRegistryPullOnly",
      "AmazonEKSWorkerNodePolicy",
      "AmazonEKS_CNI_Policy",
      "AmazonSSMManagedInstanceCore",
    ]);
    expect(dev.only("aws_iam_instance_profile").role).toBe(`\${${nodeRoleAddress}.name}`);
    expect(dev.only("aws_eks_access_entry")).toMatchObject({
      type: "EC2_LINUX",
      principal_arn: `\${${nodeRoleAddress}.arn}`,
    });
  });

  test("an encrypted SQS queue receives the interruption events EventBridge routes to it", () => {
    expect(dev.only("aws_sqs_queue")).toMatchObject({
      message_retention_seconds: 300,
      sqs_managed_sse_enabled: true,
    });
    const rules = dev
      .resourceList("aws_cloudwatch_event_rule")
      .map((rule) => JSON.parse(rule.event_pattern)["detail-type"][0]);
    expect(rules.sort()).toEqual(
      Object.values(KARPENTER_INTERRUPTION_EVENTS)
        .map((event) => event.detailType)
        .sort(),
    );
    for (const target of dev.resourceList("aws_cloudwatch_event_target"))
      expect(target.arn).toBe(`\${${queueAddress}.arn}`);
    const queuePolicy = policy(dev.only("aws_sqs_queue_policy").policy);
    expect(queuePolicy.Statement[0].Principal.Service).toContain("events.amazonaws.com");
    expect(queuePolicy.Statement[1]).toMatchObject({
      Effect: "Deny",
      Condition: { Bool: { "aws:SecureTransport": false } },
    });
  });

  test("interruption rule names fit EventBridge's 64 characters for the longest environment name", () => {
    const longest = ENVIRONMENT_SPECS.map((spec) =>
      spec.name === "dev" ? { ...spec, name: "abcdefghijklmnopqr" } : spec,
    );
    const names = synthStack("abcdefghijklmnopqr", longest)
      .resourceList("aws_cloudwatch_event_rule")
      .map((rule) => rule.name as string);
    expect(names).toHaveLength(5);
    for (const name of names) expect(name.length).toBeLessThanOrEqual(64);
    expect(names).toContain("mlops-platform-abcdefghijklmnopqr-karpenter-capacity-reservation");
  });

  test("the controller role is trusted only by karpenter/karpenter and may pass only the node role", () => {
    const controller = dev.where("aws_iam_role", (role) => role.name === "mlops-platform-dev-karpenter")[0];
    const trust = policy(controller.assume_role_policy).Statement[0];
    expect(trust.Action).toBe("sts:AssumeRoleWithWebIdentity");
    expect(Object.entries(trust.Condition.StringEquals)).toEqual([
      [
        expect.stringMatching(/^\$\{replace\(aws_eks_cluster\..+\.issuer, 'https:\/\/', ''\)\}:sub$/),
        "system:serviceaccount:karpenter:karpenter",
      ],
      [
        expect.stringMatching(/^\$\{replace\(aws_eks_cluster\..+\.issuer, 'https:\/\/', ''\)\}:aud$/),
        "sts.amazonaws.com",
      ],
    ]);
    const controllerAddress = dev.addressOf(
      "aws_iam_role",
      (role) => role.name === "mlops-platform-dev-karpenter",
    );
    const permissions = policy(
      dev.where("aws_iam_role_policy", (rolePolicy) => rolePolicy.role === `\${${controllerAddress}.id}`)[0]
        .policy,
    );
    const passRole = permissions.Statement.find((statement) => statement.Action === "iam:PassRole");
    expect(passRole.Resource).toBe(`\${${nodeRoleAddress}.arn}`);
    const queue = permissions.Statement.find(
      (statement) => statement.Sid === "AllowInterruptionQueueActions",
    );
    expect(queue.Resource).toBe(`\${${queueAddress}.arn}`);
    const terminate = permissions.Statement.find((statement) => statement.Sid === "AllowScopedDeletion");
    expect(terminate.Condition).toEqual({
      StringEquals: { "aws:ResourceTag/kubernetes.io/cluster/mlops-platform-dev": "owned" },
      StringLike: { "aws:ResourceTag/karpenter.sh/nodepool": "*" },
    });
  });

  describe("the controller policy follows upstream's v1.14 policies statement by statement", () => {
    const controllerAddress = dev.addressOf(
      "aws_iam_role",
      (role) => role.name === "mlops-platform-dev-karpenter",
    );
    const document = dev.where(
      "aws_iam_role_policy",
      (rolePolicy) => rolePolicy.role === `\${${controllerAddress}.id}`,
    )[0].policy;
    const statements = policy(document).Statement;
    const statement = (sid: string) => statements.find((candidate) => candidate.Sid === sid);

    test("every statement of the six upstream policies, and nothing else", () => {
      expect(statements.map((candidate) => candidate.Sid)).toEqual([
        "AllowScopedEC2InstanceAccessActions",
        "AllowScopedEC2LaunchTemplateAccessActions",
        "AllowScopedEC2InstanceActionsWithTags",
        "AllowScopedResourceCreationTagging",
        "AllowScopedResourceTagging",
        "AllowScopedDeletion",
        "AllowPassingInstanceRole",
        "AllowScopedInstanceProfileCreationActions",
        "AllowScopedInstanceProfileTagActions",
        "AllowScopedInstanceProfileActions",
        "AllowAPIServerEndpointDiscovery",
        "AllowInterruptionQueueActions",
        "AllowZonalShiftStatusReadOnly",
        "AllowRegionalReadActions",
        "AllowSSMReadActions",
        "AllowPricingReadActions",
        "AllowUnscopedInstanceProfileListAction",
        "AllowInstanceProfileReadActions",
      ]);
      // An inline policy of a role may hold 10,240 characters (IAM quotas).
      expect(document.length).toBeLessThan(10_240);
    });

    test("CreateFleet may use the cluster's own launch templates, found by their existing tags", () => {
      expect(statement("AllowScopedEC2LaunchTemplateAccessActions")).toEqual({
        Sid: "AllowScopedEC2LaunchTemplateAccessActions",
        Effect: "Allow",
        Action: ["ec2:RunInstances", "ec2:CreateFleet"],
        Resource: "arn:aws:ec2:us-east-1:*:launch-template/*",
        Condition: {
          StringEquals: { "aws:ResourceTag/kubernetes.io/cluster/mlops-platform-dev": "owned" },
          StringLike: { "aws:ResourceTag/karpenter.sh/nodepool": "*" },
        },
      });
      expect(statement("AllowScopedEC2InstanceAccessActions").Resource).toEqual(
        expect.arrayContaining([
          "arn:aws:ec2:us-east-1:*:capacity-reservation/*",
          "arn:aws:ec2:us-east-1:*:placement-group/*",
        ]),
      );
    });

    test("instance profiles: listed anywhere, created and changed only with this cluster's tags", () => {
      expect(statement("AllowUnscopedInstanceProfileListAction")).toMatchObject({
        Action: "iam:ListInstanceProfiles",
        Resource: "*",
      });
      expect(statement("AllowScopedInstanceProfileCreationActions").Condition.StringEquals).toEqual({
        "aws:RequestTag/kubernetes.io/cluster/mlops-platform-dev": "owned",
        "aws:RequestTag/eks:eks-cluster-name": "mlops-platform-dev",
        "aws:RequestTag/topology.kubernetes.io/region": "us-east-1",
      });
    });

    test("zonal shift status of this cluster only", () => {
      expect(statement("AllowZonalShiftStatusReadOnly").Condition).toEqual({
        StringEquals: {
          "arc-zonal-shift:ResourceIdentifier": expect.stringMatching(
            /^arn:aws:eks:us-east-1:111111111111:cluster\/mlops-platform-dev$/,
          ),
        },
      });
    });
  });
});
