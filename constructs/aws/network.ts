import { CloudwatchLogGroup } from "@cdktf/provider-aws/lib/cloudwatch-log-group";
import { DefaultSecurityGroup } from "@cdktf/provider-aws/lib/default-security-group";
import { Eip } from "@cdktf/provider-aws/lib/eip";
import { FlowLog } from "@cdktf/provider-aws/lib/flow-log";
import { IamRole } from "@cdktf/provider-aws/lib/iam-role";
import { IamRolePolicy } from "@cdktf/provider-aws/lib/iam-role-policy";
import { InternetGateway } from "@cdktf/provider-aws/lib/internet-gateway";
import { NatGateway } from "@cdktf/provider-aws/lib/nat-gateway";
import { Route } from "@cdktf/provider-aws/lib/route";
import { RouteTable } from "@cdktf/provider-aws/lib/route-table";
import { RouteTableAssociation } from "@cdktf/provider-aws/lib/route-table-association";
import { Subnet } from "@cdktf/provider-aws/lib/subnet";
import { Vpc } from "@cdktf/provider-aws/lib/vpc";
import { Construct } from "constructs";
import { policyDocument, serviceTrustPolicy } from "./iam-policy";

export interface NetworkProps {
  /** Prefix of resource names, e.g. `mlops-platform-dev`. */
  readonly namePrefix: string;
  readonly vpcCidr: string;
  /** Availability zones, one subnet of each kind per zone; at least two. */
  readonly availabilityZones: readonly string[];
  /** One CIDR per zone for each subnet role, in zone order. */
  readonly subnets: {
    readonly public: readonly string[];
    readonly private: readonly string[];
    readonly database: readonly string[];
  };
  /** Cluster whose load balancers and Karpenter nodes use these subnets (discovery tags). */
  readonly clusterName: string;
  /** One NAT gateway for the VPC, or one per zone so a zone failure cannot cut egress. @default "single" */
  readonly natGateways?: "single" | "per-az";
  /** KMS key for the flow-log group. */
  readonly logKeyArn: string;
  /** @default 90 */
  readonly flowLogRetentionDays?: number;
}

/**
 * A VPC across two or more zones: public subnets (load balancers, NAT), private subnets (nodes and pods,
 * tagged for Karpenter discovery), database subnets with no internet route, flow logs of all traffic,
 * and the default security group stripped of every rule.
 */
export class Network extends Construct {
  readonly vpc: Vpc;
  readonly publicSubnetIds: string[];
  readonly privateSubnetIds: string[];
  readonly databaseSubnetIds: string[];

  constructor(scope: Construct, id: string, props: NetworkProps) {
    super(scope, id);
    const zones = props.availabilityZones;
    if (zones.length < 2) {
      throw new Error(
        `Network ${props.namePrefix}: availabilityZones has ${zones.length} zone(s); expected at least 2`,
      );
    }
    for (const role of ["public", "private", "database"] as const) {
      if (props.subnets[role].length !== zones.length) {
        throw new Error(
          `Network ${props.namePrefix}: subnets.${role} has ${props.subnets[role].length} range(s); expected one per zone (${zones.length})`,
        );
      }
    }
    const name = props.namePrefix;
    const discovery = { "karpenter.sh/discovery": props.clusterName };

    this.vpc = new Vpc(this, "vpc", {
      cidrBlock: props.vpcCidr,
      enableDnsHostnames: true,
      enableDnsSupport: true,
      tags: { Name: name },
    });

    // No rules at all: nothing may rely on the default group, every workload gets its own.
    new DefaultSecurityGroup(this, "default-security-group", {
      vpcId: this.vpc.id,
      tags: { Name: `${name}-default-closed` },
    });

    const internetGateway = new InternetGateway(this, "internet-gateway", {
      vpcId: this.vpc.id,
      tags: { Name: name },
    });
    const publicRoutes = new RouteTable(this, "public-routes", {
      vpcId: this.vpc.id,
      tags: { Name: `${name}-public` },
    });
    new Route(this, "public-default-route", {
      routeTableId: publicRoutes.id,
      destinationCidrBlock: "0.0.0.0/0",
      gatewayId: internetGateway.id,
    });

    const publicSubnets = zones.map((zone, index) => {
      const subnet = new Subnet(this, `public-${index}`, {
        vpcId: this.vpc.id,
        availabilityZone: zone,
        cidrBlock: props.subnets.public[index] as string,
        mapPublicIpOnLaunch: false,
        tags: { Name: `${name}-public-${zone}`, "kubernetes.io/role/elb": "1" },
      });
      new RouteTableAssociation(this, `public-${index}-routes`, {
        subnetId: subnet.id,
        routeTableId: publicRoutes.id,
      });
      return subnet;
    });

    const natCount = (props.natGateways ?? "single") === "per-az" ? zones.length : 1;
    const natGateways = publicSubnets.slice(0, natCount).map((subnet, index) => {
      const address = new Eip(this, `nat-${index}-address`, {
        domain: "vpc",
        tags: { Name: `${name}-nat-${index}` },
      });
      return new NatGateway(this, `nat-${index}`, {
        allocationId: address.id,
        subnetId: subnet.id,
        tags: { Name: `${name}-nat-${index}` },
        dependsOn: [internetGateway],
      });
    });

    const privateSubnets = zones.map((zone, index) => {
      const subnet = new Subnet(this, `private-${index}`, {
        vpcId: this.vpc.id,
        availabilityZone: zone,
        cidrBlock: props.subnets.private[index] as string,
        tags: { Name: `${name}-private-${zone}`, "kubernetes.io/role/internal-elb": "1", ...discovery },
      });
      const routes = new RouteTable(this, `private-${index}-routes`, {
        vpcId: this.vpc.id,
        tags: { Name: `${name}-private-${zone}` },
      });
      new Route(this, `private-${index}-default-route`, {
        routeTableId: routes.id,
        destinationCidrBlock: "0.0.0.0/0",
        natGatewayId: (natGateways[index] ?? natGateways[0])?.id,
      });
      new RouteTableAssociation(this, `private-${index}-association`, {
        subnetId: subnet.id,
        routeTableId: routes.id,
      });
      return subnet;
    });

    // The database subnets share one route table with only the local route: no path to the internet.
    const databaseRoutes = new RouteTable(this, "database-routes", {
      vpcId: this.vpc.id,
      tags: { Name: `${name}-database` },
    });
    const databaseSubnets = zones.map((zone, index) => {
      const subnet = new Subnet(this, `database-${index}`, {
        vpcId: this.vpc.id,
        availabilityZone: zone,
        cidrBlock: props.subnets.database[index] as string,
        tags: { Name: `${name}-database-${zone}` },
      });
      new RouteTableAssociation(this, `database-${index}-association`, {
        subnetId: subnet.id,
        routeTableId: databaseRoutes.id,
      });
      return subnet;
    });

    const flowLogGroup = new CloudwatchLogGroup(this, "flow-log-group", {
      name: `/aws/vpc/${name}/flow-logs`,
      retentionInDays: props.flowLogRetentionDays ?? 90,
      kmsKeyId: props.logKeyArn,
    });
    const flowLogRole = new IamRole(this, "flow-log-role", {
      name: `${name}-vpc-flow-logs`,
      assumeRolePolicy: serviceTrustPolicy("vpc-flow-logs.amazonaws.com"),
    });
    new IamRolePolicy(this, "flow-log-policy", {
      name: "write-flow-logs",
      role: flowLogRole.id,
      policy: policyDocument([
        {
          Effect: "Allow",
          Action: ["logs:CreateLogStream", "logs:PutLogEvents", "logs:DescribeLogStreams"],
          Resource: `${flowLogGroup.arn}:*`,
        },
      ]),
    });
    new FlowLog(this, "flow-log", {
      vpcId: this.vpc.id,
      trafficType: "ALL",
      logDestinationType: "cloud-watch-logs",
      logDestination: flowLogGroup.arn,
      iamRoleArn: flowLogRole.arn,
      maxAggregationInterval: 60,
      tags: { Name: `${name}-flow-logs` },
    });

    this.publicSubnetIds = publicSubnets.map((subnet) => subnet.id);
    this.privateSubnetIds = privateSubnets.map((subnet) => subnet.id);
    this.databaseSubnetIds = databaseSubnets.map((subnet) => subnet.id);
  }
}
