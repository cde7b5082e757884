import { TerraformStack, Testing } from "cdktf";
import type { EnvironmentSpec } from "../../../config";
import { ENVIRONMENT_SPECS } from "../../../config/environments";
import {
  EKS_CONTROL_PLANE_LOG_TYPES,
  EksCluster,
  type EksClusterProps,
} from "../../../constructs/aws/eks-cluster";
import { synthStack } from "../../support/terraform-json";

describe("EksCluster", () => {
  const dev = synthStack("dev");
  const prod = synthStack("prod");

  test("runs the version the spec pins", () => {
    expect(dev.only("aws_eks_cluster").version).toBe("1.35");
    const pinned = ENVIRONMENT_SPECS.map((spec) =>
      spec.name === "dev" ? { ...spec, cluster: { version: "1.34" } } : spec,
    );
    expect(synthStack("dev", pinned).only("aws_eks_cluster").version).toBe("1.34");
  });

  test("the API endpoint is private by default", () => {
    expect(dev.only("aws_eks_cluster").vpc_config).toMatchObject({
      endpoint_private_access: true,
      endpoint_public_access: false,
    });
    expect(dev.only("aws_eks_cluster").vpc_config.public_access_cidrs).toBeUndefined();
  });

  test("the public endpoint opens only to the CIDRs the spec lists", () => {
    const specs: EnvironmentSpec[] = ENVIRONMENT_SPECS.map((spec) =>
      spec.name === "dev" ? { ...spec, cluster: { publicAccessCidrs: ["203.0.113.0/24"] } } : spec,
    );
    expect(synthStack("dev", specs).only("aws_eks_cluster").vpc_config).toMatchObject({
      endpoint_private_access: true,
      endpoint_public_access: true,
      public_access_cidrs: ["203.0.113.0/24"],
    });
  });

  test("secrets are encrypted with a customer-managed key that rotates", () => {
    const encryption = dev.only("aws_eks_cluster").encryption_config;
    expect(encryption.resources).toEqual(["secrets"]);
    const keyAddress = dev.addressOf("aws_kms_key", (key) => key.description.includes("Kubernetes Secrets"));
    expect(encryption.provider.key_arn).toBe(`\${${keyAddress}.arn}`);
    expect(
      dev.where("aws_kms_key", (key) => key.description.includes("Kubernetes Secrets"))[0]
        .enable_key_rotation,
    ).toBe(true);
  });

  test("every control-plane log type goes to a log group with retention and encryption", () => {
    expect(dev.only("aws_eks_cluster").enabled_cluster_log_types).toEqual([...EKS_CONTROL_PLANE_LOG_TYPES]);
    expect(EKS_CONTROL_PLANE_LOG_TYPES).toEqual([
      "api",
      "audit",
      "authenticator",
      "controllerManager",
      "scheduler",
    ]);
    const group = dev.where(
      "aws_cloudwatch_log_group",
      (logGroup) => logGroup.name === "/aws/eks/mlops-platform-dev/cluster",
    )[0];
    expect(group.retention_in_days).toBe(30);
    expect(group.kms_key_id).toMatch(/^\$\{aws_kms_key\./);
    expect(
      prod.where("aws_cloudwatch_log_group", (logGroup) => logGroup.name.startsWith("/aws/eks/"))[0]
        .retention_in_days,
    ).toBe(365);
  });

  test("an OIDC provider trusts the cluster's issuer for the STS audience", () => {
    const provider = dev.only("aws_iam_openid_connect_provider");
    expect(provider.url).toMatch(/^\$\{aws_eks_cluster\..+\.identity\[0\]\.oidc\[0\]\.issuer\}$/);
    expect(provider.client_id_list).toEqual(["sts.amazonaws.com"]);
  });

  test("system nodes require IMDSv2 with hop limit 1, encrypt their disk and accept no SSH", () => {
    const template = dev.only("aws_launch_template");
    expect(template.metadata_options).toMatchObject({
      http_tokens: "required",
      http_put_response_hop_limit: 1,
    });
    expect(template.key_name).toBeUndefined();
    expect(template.block_device_mappings[0].ebs.encrypted).toBe("true");
    const nodes = dev.only("aws_eks_node_group");
    expect(nodes.remote_access).toBeUndefined();
    expect(nodes.launch_template.version).toMatch(/^\$\{aws_launch_template\..+\.latest_version\}$/);
    expect(nodes.scaling_config).toEqual({ min_size: 2, desired_size: 2, max_size: 4 });
    expect(prod.only("aws_eks_node_group").scaling_config).toEqual({
      min_size: 3,
      desired_size: 3,
      max_size: 6,
    });
  });

  test("the core add-ons are managed, CoreDNS after the nodes", () => {
    const addons = dev.resourceList("aws_eks_addon");
    expect(addons.map((addon) => addon.addon_name).sort()).toEqual(["coredns", "kube-proxy", "vpc-cni"]);
    // The namespaces' default-deny policies exist only if the VPC CNI's network policy agent enforces them.
    const cni = addons.find((addon) => addon.addon_name === "vpc-cni");
    expect(JSON.parse(cni.configuration_values)).toEqual({ enableNetworkPolicy: "true" });
    const coredns = addons.find((addon) => addon.addon_name === "coredns");
    expect(coredns.depends_on).toEqual([expect.stringMatching(/^aws_eks_node_group\./)]);
  });

  test("the cluster security group carries the Karpenter discovery tag", () => {
    expect(dev.only("aws_ec2_tag")).toMatchObject({
      key: "karpenter.sh/discovery",
      value: "mlops-platform-dev",
    });
  });

  describe("rejects unsafe or impossible settings", () => {
    const props: EksClusterProps = {
      name: "test",
      version: "1.33",
      subnetIds: ["subnet-a", "subnet-b"],
      serviceCidr: "172.20.0.0/16",
      secretsKeyArn: "arn:aws:kms:us-east-1:111111111111:key/a",
      logKeyArn: "arn:aws:kms:us-east-1:111111111111:key/b",
      systemNodes: { instanceTypes: ["m6i.large"], minSize: 2, desiredSize: 2, maxSize: 3, diskSizeGiB: 50 },
    };
    const build = (overrides: Partial<EksClusterProps>) => () =>
      new EksCluster(new TerraformStack(Testing.app(), "test"), "cluster", { ...props, ...overrides });

    test("throws when the public endpoint is opened to the whole internet", () => {
      expect(build({ publicAccessCidrs: ["0.0.0.0/0"] })).toThrow(
        'EksCluster test: publicAccessCidrs contains "0.0.0.0/0"; list the specific ranges that need access',
      );
    });

    test("throws when node group sizes are out of order", () => {
      expect(build({ systemNodes: { ...props.systemNodes, minSize: 4 } })).toThrow(
        "EksCluster test: systemNodes sizes are min 4, desired 2, max 3; expected 1 <= min <= desired <= max",
      );
    });
  });
});
