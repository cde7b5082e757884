import { Duration, Testing } from "cdk8s";
import { GPU_POOL } from "../../charts/chart-props";
import { GpuCapacityChart } from "../../charts/gpu-capacity-chart";
import { type EnvironmentSpec, loadEnvironments, type PlatformEnvironment } from "../../config";
import { ENVIRONMENT_SPECS } from "../../config/environments";
import { DEFAULT_NODE_IMAGE_RELEASE } from "../../constructs/aws/aws-kubernetes";
import {
  GENERAL_INSTANCE_FAMILIES,
  GENERAL_POOL_NAME,
} from "../../constructs/aws/cluster/karpenter-capacity";
import {
  KarpenterNodeClass,
  type KarpenterNodeClassProps,
} from "../../constructs/aws/cluster/karpenter-node-class";
import {
  KarpenterNodePool,
  type KarpenterNodePoolProps,
} from "../../constructs/aws/cluster/karpenter-node-pool";
import { type ClusterLayer, clusterLayer, type Manifest } from "../support/cluster-layer";
import { validateManifests } from "../support/k8s-schema";
import { synthStack } from "../support/terraform-json";

const ENVIRONMENTS = ["dev", "staging", "prod", "prod-dr"] as const;

/** What the specs and tier defaults give each environment's GPU pool (config/environments, tier-defaults). */
const GPU_POOLS = {
  dev: { families: ["g5", "g6"], capacityTypes: ["spot", "on-demand"], maxGpus: 4, maxCpu: 64 },
  staging: { families: ["g5", "g6"], capacityTypes: ["on-demand"], maxGpus: 8, maxCpu: 128 },
  prod: { families: ["g5", "g6"], capacityTypes: ["on-demand"], maxGpus: 16, maxCpu: 512 },
  "prod-dr": { families: ["g5", "g6"], capacityTypes: ["on-demand"], maxGpus: 16, maxCpu: 512 },
} as const;
const GENERAL_POOLS = {
  dev: { capacityTypes: ["spot", "on-demand"], maxCpu: 32 },
  staging: { capacityTypes: ["spot", "on-demand"], maxCpu: 32 },
  prod: { capacityTypes: ["on-demand"], maxCpu: 256 },
  "prod-dr": { capacityTypes: ["on-demand"], maxCpu: 256 },
} as const;

const requirement = (pool: Manifest, key: string) =>
  pool.spec.template.spec.requirements.find((entry: Manifest) => entry.key === key);

/** The layer of `name` built from specs where one environment's spec is changed. */
function layerWith(name: string, change: (spec: EnvironmentSpec) => EnvironmentSpec): ClusterLayer {
  return clusterLayer(
    name,
    ENVIRONMENT_SPECS.map((spec) => (spec.name === name ? change(spec) : spec)),
  );
}

describe.each(ENVIRONMENTS)("GPU capacity of %s (AWS: Karpenter)", (name) => {
  const layer = clusterLayer(name);
  const manifests = layer.chart("gpu-capacity");
  const gpu = layer.one("NodePool", GPU_POOL.name);
  const general = layer.one("NodePool", GENERAL_POOL_NAME);
  const expected = GPU_POOLS[name];
  const { contract } = loadEnvironments().find(
    (platform) => platform.environment.name === name,
  ) as PlatformEnvironment;

  test("holds exactly a GPU and a general NodePool, each with its own EC2NodeClass", () => {
    expect(manifests.map((manifest) => `${manifest.kind}/${manifest.metadata.name}`).sort()).toEqual([
      "EC2NodeClass/general",
      "EC2NodeClass/gpu",
      "NodePool/general",
      "NodePool/gpu",
    ]);
    for (const pool of [gpu, general]) {
      expect(pool.spec.template.spec.nodeClassRef).toEqual({
        group: "karpenter.k8s.aws",
        kind: "EC2NodeClass",
        name: pool.metadata.name,
      });
    }
  });

  test("every object validates against its CRD schema", () => {
    expect(validateManifests(manifests)).toEqual([]);
  });

  test("the GPU pool is bounded by the spec's GPUs and vCPUs", () => {
    expect(gpu.spec.limits).toEqual({ "nvidia.com/gpu": expected.maxGpus, cpu: expected.maxCpu });
  });

  test("the GPU pool launches only the spec's GPU families and capacity types, amd64 Linux", () => {
    expect(requirement(gpu, "karpenter.k8s.aws/instance-family")).toEqual({
      key: "karpenter.k8s.aws/instance-family",
      operator: "In",
      values: expected.families,
    });
    expect(requirement(gpu, "karpenter.sh/capacity-type")).toEqual({
      key: "karpenter.sh/capacity-type",
      operator: "In",
      values: expected.capacityTypes,
    });
    expect(requirement(gpu, "kubernetes.io/arch").values).toEqual(["amd64"]);
    expect(requirement(gpu, "kubernetes.io/os").values).toEqual(["linux"]);
  });

  test("GPU nodes carry the pool label and the nvidia.com/gpu NoSchedule taint", () => {
    expect(gpu.metadata.name).toBe("gpu");
    expect(gpu.spec.template.metadata.labels).toEqual({ "mlops-platform.io/pool": "gpu" });
    expect(gpu.spec.template.spec.taints).toEqual([{ key: "nvidia.com/gpu", effect: "NoSchedule" }]);
  });

  test("GPU nodes are consolidated only when empty, after a wait, one at a time", () => {
    expect(gpu.spec.disruption).toEqual({
      consolidationPolicy: "WhenEmpty",
      consolidateAfter: "10m",
      budgets: [{ nodes: "1" }],
    });
  });

  test("no termination grace period: a do-not-disrupt training pod is never force-deleted", () => {
    expect(gpu.spec.template.spec.terminationGracePeriod).toBeUndefined();
    expect(gpu.spec.template.spec.expireAfter).toBe("720h");
  });

  test("the general pool: general-purpose families, tier's capacity types, a CPU limit, no taint", () => {
    expect(requirement(general, "karpenter.k8s.aws/instance-family").values).toEqual([
      ...GENERAL_INSTANCE_FAMILIES,
    ]);
    expect(GENERAL_INSTANCE_FAMILIES.every((family) => family.startsWith("m"))).toBe(true);
    expect(requirement(general, "karpenter.sh/capacity-type").values).toEqual(
      GENERAL_POOLS[name].capacityTypes,
    );
    expect(general.spec.limits).toEqual({ cpu: GENERAL_POOLS[name].maxCpu });
    expect(general.spec.template.spec.taints).toBeUndefined();
    expect(general.spec.disruption.consolidationPolicy).toBe("WhenEmptyOrUnderutilized");
    expect(general.spec.disruption.consolidateAfter).toBe("5m");
  });

  test.each(["gpu", "general"])(
    "node class %s: the contract's node role, subnets and security groups by discovery tag",
    (className) => {
      const nodeClass = layer.one("EC2NodeClass", className);
      expect(nodeClass.spec.role).toBe(contract.addOns.settings.karpenterNodeRole);
      expect(nodeClass.spec.role).toBe(`mlops-platform-${name}-karpenter-node`);
      expect(nodeClass.spec.instanceProfile).toBeUndefined();
      const discovery = [{ tags: { "karpenter.sh/discovery": contract.clusterName } }];
      expect(nodeClass.spec.subnetSelectorTerms).toEqual(discovery);
      expect(nodeClass.spec.securityGroupSelectorTerms).toEqual(discovery);
      expect(nodeClass.spec.associatePublicIPAddress).toBe(false);
    },
  );

  test.each(["gpu", "general"])("node class %s: IMDSv2 required with hop limit 1", (className) => {
    expect(layer.one("EC2NodeClass", className).spec.metadataOptions).toEqual({
      httpEndpoint: "enabled",
      httpProtocolIPv6: "disabled",
      httpPutResponseHopLimit: 1,
      httpTokens: "required",
    });
  });

  test.each([
    ["gpu", "200Gi"],
    ["general", "100Gi"],
  ])("node class %s: an encrypted gp3 root volume of %s, on a pinned AL2023 AMI", (className, size) => {
    const nodeClass = layer.one("EC2NodeClass", className);
    expect(nodeClass.spec.blockDeviceMappings).toEqual([
      {
        deviceName: "/dev/xvda",
        rootVolume: true,
        ebs: { volumeSize: size, volumeType: "gp3", encrypted: true, deleteOnTermination: true },
      },
    ]);
    // A pinned release: "latest" would replace every node whenever AWS publishes an AMI.
    expect(nodeClass.spec.amiSelectorTerms).toEqual([{ alias: `al2023@${DEFAULT_NODE_IMAGE_RELEASE}` }]);
  });

  test("node classes tag what Karpenter launches for cost attribution", () => {
    expect(layer.one("EC2NodeClass", "gpu").spec.tags).toEqual({
      Project: "mlops-platform",
      Environment: name,
      ManagedBy: "karpenter",
    });
  });

  test("matches its snapshot", () => {
    expect(manifests).toMatchSnapshot();
  });
});

describe("GPU capacity and the rest of the platform", () => {
  test("the node role and the discovery tags are the ones the AWS stack creates", () => {
    const stack = synthStack("prod");
    const nodeClass = clusterLayer("prod").one("EC2NodeClass", "gpu");
    expect(stack.where("aws_iam_role", (role) => role.name === nodeClass.spec.role)).toHaveLength(1);
    const discoveryValue = nodeClass.spec.subnetSelectorTerms[0].tags["karpenter.sh/discovery"];
    const taggedSubnets = stack.where(
      "aws_subnet",
      (subnet) => subnet.tags?.["karpenter.sh/discovery"] === discoveryValue,
    );
    expect(taggedSubnets.length).toBeGreaterThanOrEqual(3);
    expect(
      stack.where(
        "aws_ec2_tag",
        (tag) => tag.key === "karpenter.sh/discovery" && tag.value === discoveryValue,
      ),
    ).toHaveLength(1);
  });

  test("training pods carry the do-not-disrupt annotation that WhenEmpty consolidation relies on", () => {
    const template = clusterLayer("prod").one("WorkflowTemplate", "ml-training-pipeline");
    expect(template.spec.podMetadata.annotations).toMatchObject({ "karpenter.sh/do-not-disrupt": "true" });
  });

  test("only pods that tolerate the GPU taint can land on the GPU pool", () => {
    const gpuModels = clusterLayer("prod")
      .ofKind("InferenceService")
      .filter((service) => JSON.stringify(service.spec).includes(GPU_POOL.resource));
    expect(gpuModels.length).toBeGreaterThan(0);
    for (const service of gpuModels) {
      expect(service.spec.predictor.tolerations).toEqual(
        expect.arrayContaining([expect.objectContaining({ key: GPU_POOL.taint.key, effect: "NoSchedule" })]),
      );
    }
  });
});

describe("GPU capacity follows the spec", () => {
  test("no GPU pool (and no GPU node class) when gpu.maxGpus is 0; the general pool stays", () => {
    const layer = layerWith("dev", (spec) => ({ ...spec, gpu: { maxGpus: 0 } }));
    expect(layer.ofKind("NodePool", "gpu")).toEqual([]);
    expect(layer.ofKind("EC2NodeClass", "gpu")).toEqual([]);
    expect(layer.ofKind("NodePool", "general")).toHaveLength(1);
  });

  test("families, capacity types and limits of the spec reach the GPU pool", () => {
    const layer = layerWith("staging", (spec) => ({
      ...spec,
      aws: { accountId: "222222222222", gpuInstanceFamilies: ["g6e", "p5"] },
      gpu: { capacityTypes: ["spot"], maxGpus: 24, maxCpu: 384 },
    }));
    const gpu = layer.one("NodePool", "gpu");
    expect(requirement(gpu, "karpenter.k8s.aws/instance-family").values).toEqual(["g6e", "p5"]);
    expect(requirement(gpu, "karpenter.sh/capacity-type").values).toEqual(["spot"]);
    expect(gpu.spec.limits).toEqual({ "nvidia.com/gpu": 24, cpu: 384 });
  });

  test("the spec's extra tags reach the instances", () => {
    const layer = layerWith("dev", (spec) => ({ ...spec, tags: { CostCenter: "ml-42" } }));
    expect(layer.one("EC2NodeClass", "gpu").spec.tags).toMatchObject({ CostCenter: "ml-42" });
  });

  test("the capacity objects are the environment's cloud's (Karpenter on AWS)", () => {
    const platform = loadEnvironments().find(
      (candidate) => candidate.environment.name === "dev",
    ) as PlatformEnvironment;
    const props = {
      environment: { ...platform.environment, cloud: "onprem" as never },
      contract: platform.contract,
    };
    expect(() => new GpuCapacityChart(Testing.app(), "gpu-capacity", props)).toThrow(
      'no cloud "onprem" is registered (registered: aws, azure, gcp); see constructs/clouds.ts',
    );
  });
});

describe("KarpenterNodePool", () => {
  const nodeClass = { name: "gpu", group: "karpenter.k8s.aws", kind: "EC2NodeClass" };
  const valid: KarpenterNodePoolProps = {
    name: "gpu",
    nodeClass,
    instanceFamilies: ["g5"],
    capacityTypes: ["on-demand"],
    limits: { cpu: 64, "nvidia.com/gpu": 4 },
    consolidationPolicy: "WhenEmpty",
  };
  const build = (changes: Partial<KarpenterNodePoolProps>) => {
    const chart = Testing.chart();
    new KarpenterNodePool(chart, "pool", { ...valid, ...changes });
    return chart.toJson()[0];
  };

  test("defaults: amd64, 5 minutes before consolidation, Karpenter's 10% budget, 30-day expiry", () => {
    const pool = build({});
    expect(requirement(pool, "kubernetes.io/arch").values).toEqual(["amd64"]);
    expect(pool.spec.disruption).toEqual({
      consolidationPolicy: "WhenEmpty",
      consolidateAfter: "5m",
      budgets: [{ nodes: "10%" }],
    });
    expect(pool.spec.template.spec.expireAfter).toBe("720h");
    expect(pool.spec.template.metadata).toBeUndefined();
  });

  test("budgets with reasons, taints with values and durations render as Karpenter reads them", () => {
    const pool = build({
      disruptionBudgets: [{ nodes: "2", reasons: ["Empty", "Drifted"] }],
      taints: [{ key: "example.com/dedicated", value: "training", effect: "NoExecute" }],
      consolidateAfter: Duration.seconds(90),
      expireAfter: Duration.hours(36),
    });
    expect(pool.spec.disruption.budgets).toEqual([{ nodes: "2", reasons: ["Empty", "Drifted"] }]);
    expect(pool.spec.template.spec.taints).toEqual([
      { key: "example.com/dedicated", value: "training", effect: "NoExecute" },
    ]);
    expect(pool.spec.disruption.consolidateAfter).toBe("90s");
    expect(pool.spec.template.spec.expireAfter).toBe("36h");
  });

  test.each<[string, Partial<KarpenterNodePoolProps>, string]>([
    [
      "there is no instance family",
      { instanceFamilies: [] },
      'KarpenterNodePool "gpu": instanceFamilies is []; expected a non-empty list, without duplicates, of EC2 instance families such as "g5"',
    ],
    [
      "an instance family is listed twice",
      { instanceFamilies: ["g5", "g5"] },
      'KarpenterNodePool "gpu": instanceFamilies is ["g5","g5"]; expected a non-empty list, without duplicates, of EC2 instance families such as "g5"',
    ],
    [
      "there is no capacity type",
      { capacityTypes: [] },
      'KarpenterNodePool "gpu": capacityTypes is []; expected a non-empty list, without duplicates, of "on-demand" and/or "spot"',
    ],
    [
      "a capacity type is unknown",
      { capacityTypes: ["reserved" as "spot"] },
      'KarpenterNodePool "gpu": capacityTypes is ["reserved"]; expected a non-empty list, without duplicates, of "on-demand" and/or "spot"',
    ],
    [
      "the limits have no cpu",
      { limits: { "nvidia.com/gpu": 4 } },
      'KarpenterNodePool "gpu": limits has no "cpu"; expected a CPU bound so the pool cannot grow without limit',
    ],
    [
      "a limit is 0",
      { limits: { cpu: 64, "nvidia.com/gpu": 0 } },
      'KarpenterNodePool "gpu": limits["nvidia.com/gpu"] is 0; expected a positive integer',
    ],
    [
      "a limit is not a whole number",
      { limits: { cpu: 1.5 } },
      'KarpenterNodePool "gpu": limits["cpu"] is 1.5; expected a positive integer',
    ],
    [
      "a Graviton family is listed for amd64 only",
      { instanceFamilies: ["g5", "g5g"] },
      'KarpenterNodePool "gpu": instanceFamilies ["g5g"] are Graviton (arm64) but architectures is ["amd64"]; add "arm64" or remove them',
    ],
    [
      "a disruption budget is malformed",
      { disruptionBudgets: [{ nodes: "one" }] },
      'KarpenterNodePool "gpu": disruptionBudgets nodes is "one"; expected a count such as "1" or a percentage from "0%" to "100%"',
    ],
    [
      "there is no disruption budget",
      { disruptionBudgets: [] },
      'KarpenterNodePool "gpu": disruptionBudgets is empty; expected at least one budget such as { nodes: "1" }',
    ],
    [
      "a node label uses a domain Karpenter reserves",
      { nodeLabels: { "karpenter.sh/capacity-type": "spot" } },
      'KarpenterNodePool "gpu": nodeLabels {"karpenter.sh/capacity-type":"spot"} is not allowed; expected a valid label outside the karpenter.sh, karpenter.k8s.aws and kubernetes.io/hostname keys',
    ],
    [
      "the name is not a Kubernetes name",
      { name: "GPU pool" },
      'KarpenterNodePool "GPU pool": name is invalid; expected 1-63 lowercase letters, digits or hyphens, starting and ending with a letter or digit',
    ],
    [
      "consolidateAfter has a fraction of a second",
      { consolidateAfter: Duration.millis(1500) },
      'KarpenterNodePool "gpu": consolidateAfter is 1.5 seconds; expected a whole number of seconds, 0 or more',
    ],
  ])("throws when %s", (_case, changes, message) => {
    expect(() => build(changes)).toThrow(message);
  });
});

describe("KarpenterNodeClass", () => {
  const valid: KarpenterNodeClassProps = {
    name: "gpu",
    nodeRoleName: "mlops-platform-dev-karpenter-node",
    discoveryTagValue: "mlops-platform-dev",
    amiAlias: "al2023@v20260714",
  };
  const build = (changes: Partial<KarpenterNodeClassProps>) => {
    const chart = Testing.chart();
    new KarpenterNodeClass(chart, "class", { ...valid, ...changes });
    return chart.toJson()[0];
  };

  test("defaults: a 100 GiB root volume on the default key, no tags", () => {
    const nodeClass = build({});
    expect(nodeClass.spec.blockDeviceMappings[0].ebs).toEqual({
      volumeSize: "100Gi",
      volumeType: "gp3",
      encrypted: true,
      deleteOnTermination: true,
    });
    expect(nodeClass.spec.tags).toBeUndefined();
  });

  test("a customer KMS key encrypts the root volume when given", () => {
    expect(build({ volumeKmsKeyId: "alias/nodes" }).spec.blockDeviceMappings[0].ebs.kmsKeyID).toBe(
      "alias/nodes",
    );
  });

  test.each<[string, Partial<KarpenterNodeClassProps>, string]>([
    [
      "the AMI alias is not Amazon Linux 2023",
      { amiAlias: "bottlerocket@v1.40.0" },
      `KarpenterNodeClass "gpu": amiAlias is "bottlerocket@v1.40.0"; expected a pinned Amazon Linux 2023 release such as "al2023@v20260714" ("latest" replaces every node whenever AWS publishes an AMI)`,
    ],
    [
      "the AMI alias follows every new release",
      { amiAlias: "al2023@latest" },
      `KarpenterNodeClass "gpu": amiAlias is "al2023@latest"; expected a pinned Amazon Linux 2023 release such as "al2023@v20260714" ("latest" replaces every node whenever AWS publishes an AMI)`,
    ],
    [
      "the root volume is too small for a node",
      { rootVolumeSizeGiB: 10 },
      'KarpenterNodeClass "gpu": rootVolumeSizeGiB is 10; expected a whole number of GiB from 20 to 16384',
    ],
    [
      "the node role name is not an IAM role name",
      { nodeRoleName: "arn:aws:iam::111111111111:role/nodes" },
      'KarpenterNodeClass "gpu": nodeRoleName is "arn:aws:iam::111111111111:role/nodes"; expected an IAM role name of 1-64 characters (letters, digits and +=,.@_-)',
    ],
    [
      "the discovery tag value is empty",
      { discoveryTagValue: " " },
      'KarpenterNodeClass "gpu": discoveryTagValue is empty; expected the cluster name the subnets are tagged with',
    ],
    [
      "a tag is one Karpenter sets itself",
      { tags: { "kubernetes.io/cluster/mlops-platform-dev": "owned" } },
      'KarpenterNodeClass "gpu": tags ["kubernetes.io/cluster/mlops-platform-dev"] are set by Karpenter itself; expected other tag keys',
    ],
  ])("throws when %s", (_case, changes, message) => {
    expect(() => build(changes)).toThrow(message);
  });
});
