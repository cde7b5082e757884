import { TerraformStack, Testing } from "cdktf";
import { Network, type NetworkProps } from "../../../constructs/aws/network";
import { synthStack } from "../../support/terraform-json";

describe("Network", () => {
  const dev = synthStack("dev");
  const prod = synthStack("prod");

  test("the VPC takes the spec's range with DNS support", () => {
    expect(dev.only("aws_vpc")).toMatchObject({
      cidr_block: "10.10.0.0/16",
      enable_dns_hostnames: true,
      enable_dns_support: true,
    });
  });

  test.each([
    ["dev", dev, 2],
    ["prod", prod, 3],
  ])(
    "%s has one public, private and database subnet per zone over %i distinct zones",
    (_name, stack, zones) => {
      for (const role of ["public", "private", "database"]) {
        const subnets = stack.where("aws_subnet", (subnet) => subnet.tags.Name.includes(`-${role}-`));
        expect(subnets).toHaveLength(zones);
        expect(new Set(subnets.map((subnet) => subnet.availability_zone)).size).toBe(zones);
      }
    },
  );

  test("subnets carry the load-balancer and Karpenter discovery tags", () => {
    const subnets = dev.resourceList("aws_subnet");
    const publicSubnets = subnets.filter((subnet) => subnet.tags.Name.includes("-public-"));
    const privateSubnets = subnets.filter((subnet) => subnet.tags.Name.includes("-private-"));
    for (const subnet of publicSubnets) {
      expect(subnet.tags["kubernetes.io/role/elb"]).toBe("1");
      expect(subnet.map_public_ip_on_launch).toBe(false);
    }
    for (const subnet of privateSubnets) {
      expect(subnet.tags["kubernetes.io/role/internal-elb"]).toBe("1");
      expect(subnet.tags["karpenter.sh/discovery"]).toBe("mlops-platform-dev");
    }
  });

  test("dev shares one NAT gateway; prod has one per zone", () => {
    expect(dev.resourceList("aws_nat_gateway")).toHaveLength(1);
    expect(prod.resourceList("aws_nat_gateway")).toHaveLength(3);
  });

  test("database subnets have no route out of the VPC", () => {
    const table = dev.addressOf(
      "aws_route_table",
      (routes) => routes.tags.Name === "mlops-platform-dev-database",
    );
    expect(
      dev.where("aws_route", (route) => String(route.route_table_id).includes(`${table}.`)),
    ).toHaveLength(0);
    const associations = dev.where("aws_route_table_association", (association) =>
      String(association.route_table_id).includes(`${table}.`),
    );
    expect(associations).toHaveLength(2);
  });

  test("flow logs capture all traffic into an encrypted log group", () => {
    const flowLog = dev.only("aws_flow_log");
    expect(flowLog.traffic_type).toBe("ALL");
    const group = dev.where(
      "aws_cloudwatch_log_group",
      (logGroup) => logGroup.name === "/aws/vpc/mlops-platform-dev/flow-logs",
    );
    expect(group).toHaveLength(1);
    expect(group[0].kms_key_id).toMatch(/^\$\{aws_kms_key\..+\.arn\}$/);
    expect(flowLog.log_destination).toMatch(/^\$\{aws_cloudwatch_log_group\..+\.arn\}$/);
  });

  test("the default security group is closed: no ingress or egress rules", () => {
    const group = dev.only("aws_default_security_group");
    expect(group.ingress ?? []).toEqual([]);
    expect(group.egress ?? []).toEqual([]);
  });

  describe("rejects impossible layouts", () => {
    const props: NetworkProps = {
      namePrefix: "test",
      vpcCidr: "10.0.0.0/16",
      availabilityZones: ["us-east-1a", "us-east-1b"],
      subnets: {
        public: ["10.0.192.0/22", "10.0.196.0/22"],
        private: ["10.0.0.0/18", "10.0.64.0/18"],
        database: ["10.0.208.0/22", "10.0.212.0/22"],
      },
      clusterName: "test",
      logKeyArn: "arn:aws:kms:us-east-1:111111111111:key/test",
    };
    const build = (overrides: Partial<NetworkProps>) => () =>
      new Network(new TerraformStack(Testing.app(), "test"), "network", { ...props, ...overrides });

    test("throws when fewer than two zones are given", () => {
      expect(build({ availabilityZones: ["us-east-1a"] })).toThrow(
        "Network test: availabilityZones has 1 zone(s); expected at least 2",
      );
    });

    test("throws when a subnet role does not have one range per zone", () => {
      expect(build({ subnets: { ...props.subnets, database: ["10.0.208.0/22"] } })).toThrow(
        "Network test: subnets.database has 1 range(s); expected one per zone (2)",
      );
    });
  });
});
