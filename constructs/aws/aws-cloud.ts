import { LocalBackend, S3Backend } from "cdktf";
import { isLoopbackEndpoint } from "../../config/deployment-target";
import type { Environment } from "../../config/environment-spec";
import { formatCidr, parseCidr } from "../../config/ipv4-cidr";
import type { Cloud } from "../cloud";
import { nvidiaDevicePluginAddOn } from "../k8s/add-ons/nvidia-device-plugin";
import { S3_BUCKET_NAME } from "../k8s/object-store";
import { IMAGES } from "../k8s/workload-defaults";
import { useLocalState } from "../local-state";
import {
  DEFAULT_NODE_IMAGE_RELEASE,
  EKS_KUBERNETES,
  KARPENTER_DO_NOT_DISRUPT,
  NODE_IMAGE_RELEASE,
} from "./aws-kubernetes";
import { awsDerivedNames, type DerivedName, nameTooLong } from "./aws-names";
import { awsPlatform } from "./aws-platform";
import { type AwsSettings, awsEnvironmentSchema } from "./aws-spec";
import { planSubnets } from "./aws-subnet-layout";
import { AWS_TIER_SIZES } from "./aws-tier-sizes";
import { checkDbInstanceClass, checkGpuFamilies, checkInstanceType } from "./catalogue/aws-sizes";
import { AwsSecretsManagerStore } from "./cluster/aws-secrets-manager-store";
import { KARPENTER, karpenterAddOns, karpenterNames } from "./cluster/karpenter-addon";
import { addKarpenterCapacity } from "./cluster/karpenter-capacity";
import { AWS_GUARDRAILS } from "./guardrails";

/**
 * Regions the platform runs in on AWS, with their zone letters, so an environment's availability zones are
 * known at synth without asking the cloud.
 */
const REGION_ZONES: Readonly<Record<string, string>> = {
  "us-east-1": "abcdef",
  "us-east-2": "abc",
  "us-west-2": "abcd",
  "ca-central-1": "abd",
  "eu-west-1": "abc",
  "eu-west-2": "abc",
  "eu-central-1": "abc",
  "eu-north-1": "abc",
  "ap-southeast-1": "abc",
  "ap-southeast-2": "abc",
  "ap-northeast-1": "acd",
  "ap-south-1": "abc",
};

const ACCOUNT_ID = /^\d{12}$/;

/** IAM roles for service accounts: the annotation the EKS pod identity webhook reads. */
function irsaAnnotations(env: Environment, roleName: string): Record<string, string> {
  return { "eks.amazonaws.com/role-arn": `arn:aws:iam::${env.aws?.accountId}:role/${roleName}` };
}

/** File, relative to the synth output directory, holding the state of a stack that deploys to the emulator. */
export const EMULATOR_STATE_FILE = "terraform.tfstate";

const regions = Object.fromEntries(
  Object.entries(REGION_ZONES).map(([region, letters]) => [
    region,
    [...letters].map((letter) => `${region}${letter}`),
  ]),
);

/** The platform on AWS: EKS with Karpenter, RDS, S3, IAM roles for service accounts, Secrets Manager. */
export const awsCloud = {
  name: "aws",
  specSchema: awsEnvironmentSchema,
  regions,
  kubernetes: EKS_KUBERNETES,
  guardrails: AWS_GUARDRAILS,
  // The EKS stack and Karpenter's pools read every shared field.
  unreadSharedFields: {},

  resolveSettings(spec, tier) {
    const block = (spec as { aws?: Partial<AwsSettings> }).aws ?? {};
    return {
      aws: {
        ...AWS_TIER_SIZES[tier],
        accountId: "",
        nodeImageRelease: DEFAULT_NODE_IMAGE_RELEASE,
        ...block,
      } as AwsSettings,
    };
  },

  check(env, report) {
    // Each spec field once, for the name it makes that overflows most.
    const worst = new Map<string, DerivedName>();
    for (const derived of awsDerivedNames(env)) {
      const over = derived.name.length - derived.limit;
      const current = worst.get(derived.field);
      if (over > 0 && (!current || over > current.name.length - current.limit))
        worst.set(derived.field, derived);
    }
    for (const derived of worst.values())
      report(derived.field, derived.value, nameTooLong(derived) as string);
    // Sizes against the catalogue of what the region offers (an unsupported region is reported once, as
    // the region).
    if (env.region in regions) {
      const sizes = env.aws as AwsSettings;
      if (sizes.systemNodeInstanceTypes.length === 0) {
        report("aws.systemNodeInstanceTypes", sizes.systemNodeInstanceTypes, "at least one instance type");
      }
      sizes.systemNodeInstanceTypes.forEach((type, index) => {
        const expected = checkInstanceType(env.region, type);
        if (expected !== undefined) report(`aws.systemNodeInstanceTypes[${index}]`, type, expected);
      });
      const families = checkGpuFamilies(env.region, sizes.gpuInstanceFamilies);
      if (families !== undefined) report("aws.gpuInstanceFamilies", sizes.gpuInstanceFamilies, families);
      const dbClass = checkDbInstanceClass(env.region, sizes.databaseInstanceClass);
      if (dbClass !== undefined) report("aws.databaseInstanceClass", sizes.databaseInstanceClass, dbClass);
    }
    if (!NODE_IMAGE_RELEASE.test(env.aws?.nodeImageRelease ?? "")) {
      report(
        "aws.nodeImageRelease",
        env.aws?.nodeImageRelease,
        `an EKS AL2023 AMI release such as "${DEFAULT_NODE_IMAGE_RELEASE}" (a pinned release: "latest" would replace every node whenever AWS publishes one)`,
      );
    }
    if (!ACCOUNT_ID.test(env.aws?.accountId ?? "")) {
      report(
        "aws.accountId",
        env.aws?.accountId,
        "the 12-digit id of the AWS account the environment deploys to",
      );
    }
    const backend = env.stateBackend;
    if (backend.kind === "s3") {
      if (!S3_BUCKET_NAME.test(backend.bucket ?? "")) {
        report(
          "stateBackend.bucket",
          backend.bucket,
          "an S3 bucket name: 3-63 lowercase letters, digits, dots or hyphens",
        );
      }
      if (backend.region !== undefined && !(backend.region in regions)) {
        report(
          "stateBackend.region",
          backend.region,
          `one of the aws regions: ${Object.keys(regions)
            .map((region) => `"${region}"`)
            .join(", ")}`,
        );
      }
    }
    const target = env.target;
    if (target?.kind === "emulator" && !isLoopbackEndpoint(target.endpoint)) {
      report(
        "target.endpoint",
        target.endpoint,
        'an http URL on 127.0.0.1 or localhost with a port from 1 to 65535, such as "http://127.0.0.1:5000"',
      );
    }
  },

  naming: {
    network: (env) => ({
      vpcCidr: env.network.vpcCidr,
      // The VPC CNI gives pods the VPC's own addresses.
      podCidrs: [env.network.vpcCidr],
      databaseSubnetCidrs: planSubnets(env.network.vpcCidr, env.network.availabilityZones.length).database,
      // The VPC CNI's policy agent filters on the pod's veth, before the Service's DNAT
      // (aws/amazon-network-policy-controller-k8s, pkg/resolvers/endpoints.go): the API server is the
      // `kubernetes` Service's cluster IP, the first host of the service range.
      apiServer: { cidrs: [`${firstHost(env.network.serviceCidr)}/32`], port: 443 },
    }),
    clusterAddOns: (env, prefix) => {
      const names = karpenterNames(prefix);
      const controllerRole = names.controllerRole;
      return {
        identities: {
          [KARPENTER.addOn]: {
            namespace: KARPENTER.namespace,
            serviceAccount: KARPENTER.serviceAccount,
            identityName: controllerRole,
            serviceAccountAnnotations: irsaAnnotations(env, controllerRole),
            podLabels: {},
          },
        },
        settings: {
          [KARPENTER.nodeRoleSetting]: names.nodeRole,
          [KARPENTER.interruptionQueueSetting]: names.interruptionQueue,
        },
      };
    },
    // MLflow, KServe and the AWS tools all read s3://.
    bucketUris: (bucket) => ({ mlflow: `s3://${bucket}`, kserve: `s3://${bucket}`, cli: `s3://${bucket}` }),
    serviceAccountAnnotations: irsaAnnotations,
    // IRSA needs only the service account's annotation.
    workloadPodLabels: () => ({}),
  },

  platform: awsPlatform,

  stateLocation(env) {
    const backend = env.stateBackend;
    if (env.target?.kind === "emulator" || backend.kind !== "s3") return undefined;
    const key = s3StateKey(env.name, backend.key);
    return { uri: `s3://${backend.bucket}/${key}`, field: "stateBackend.key", value: key };
  },

  stateBackend(stack, env) {
    const backend = env.stateBackend;
    if (env.target?.kind === "emulator") {
      // Emulated resources must never be recorded in the environment's own state: keep it beside the output.
      new LocalBackend(stack, { path: `../../${EMULATOR_STATE_FILE}` });
      return `${env.name}: deploys to the AWS emulator at ${env.target.endpoint}; state kept in ${EMULATOR_STATE_FILE} in the output directory`;
    }
    if (backend.kind === "s3") {
      const s3 = new S3Backend(stack, {
        bucket: backend.bucket,
        key: s3StateKey(env.name, backend.key),
        region: backend.region ?? env.region,
        encrypt: true,
      });
      // Terraform's native S3 locking (no DynamoDB table); cdktf 0.21's typed config predates it.
      s3.addOverride("use_lockfile", true);
      return `${env.name}: state in s3://${backend.bucket} (encrypted, S3 lockfile)`;
    }
    return useLocalState(stack, env.name, "S3");
  },

  cluster: {
    secretStore: (scope, id, options) => new AwsSecretsManagerStore(scope, id, options),
    addCapacity: addKarpenterCapacity,
    // Velero's AWS plugin reads S3 as the pod's IAM role (IRSA); v1.14.x pairs with Velero 1.18.
    velero: (_env, contract) => ({
      provider: "aws",
      pluginImage: "velero/velero-plugin-for-aws:v1.14.2",
      config: { region: contract.region },
    }),
    // Karpenter consolidates nodes: it leaves those of annotated pods alone until they finish.
    podDisruptionAnnotations: () => KARPENTER_DO_NOT_DISRUPT,
    // EKS hosts the control plane (no scheduler, controller manager or etcd metrics for in-cluster
    // scrapers), and its kube-proxy add-on serves metrics on kube-proxy's default 127.0.0.1:10249 only.
    unscrapedComponents: ["kubeControllerManager", "kubeScheduler", "kubeEtcd", "kubeProxy"],
    // Karpenter, and NVIDIA's device plugin: EKS's AL2023 NVIDIA AMIs carry the driver, not the plugin.
    addOns: (_env, contract) => [...karpenterAddOns(contract), nvidiaDevicePluginAddOn()],
    // S3 through the aws CLI, in the environment's artifact bucket.
    objectStore: {
      kind: "s3",
      backupStore: (contract) => ({
        kind: "s3",
        image: IMAGES.awsCli,
        bucket: contract.artifactStore.bucket,
      }),
    },
  },
} satisfies Cloud;

/** The first host address of a range ("172.20.0.0/16" -> "172.20.0.1"). */
function firstHost(cidr: string): string {
  const range = parseCidr(cidr);
  if (!range) throw new Error(`awsCloud: "${cidr}" is not a canonical IPv4 CIDR`);
  return formatCidr({ network: range.network + 1, prefixLength: 32 }).replace(/\/32$/, "");
}

/** The object key of an environment's state in its S3 bucket. */
function s3StateKey(environment: string, key: string | undefined): string {
  return key ?? `mlops-platform/${environment}/terraform.tfstate`;
}
