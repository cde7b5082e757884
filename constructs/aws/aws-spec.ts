import { z } from "zod";
import { commonEnvironmentShape, localStateSchema, texts } from "../../config/spec-common";

const s3StateSchema = z.strictObject({
  kind: z.literal("s3"),
  bucket: z.string(),
  region: z.string().optional(),
  key: z.string().optional(),
});

/** An AWS environment's spec: the common sections, its account, and state in S3 when it is shared. */
export const awsEnvironmentSchema = z.strictObject({
  ...commonEnvironmentShape,
  cloud: z.literal("aws"),
  // The account, and the sizes in AWS's vocabulary (the shared sections say how many, this block of what).
  aws: z.strictObject({
    accountId: z.string(),
    systemNodeInstanceTypes: texts.optional(),
    gpuInstanceFamilies: texts.optional(),
    databaseInstanceClass: z.string().optional(),
    nodeImageRelease: z.string().optional(),
  }),
  stateBackend: z.discriminatedUnion("kind", [localStateSchema, s3StateSchema]).optional(),
});

/**
 * An AWS environment's account, node image and sizes in AWS's own vocabulary (spec block `aws`), every
 * default applied: each size is checked against the catalogue of what the region offers.
 */
export interface AwsSettings {
  /** The AWS account the environment lives in; the provider refuses any other. */
  readonly accountId: string;
  /** EC2 instance types of the system node group. @default ["m6i.large"] (dev), ["m6i.xlarge"] (prod) */
  readonly systemNodeInstanceTypes: readonly string[];
  /** GPU instance families Karpenter may launch for the GPU pool. @default ["g5", "g6"] */
  readonly gpuInstanceFamilies: readonly string[];
  /** RDS instance class of the MLflow database. @default "db.t4g.medium" (dev), "db.r6g.large" (prod) */
  readonly databaseInstanceClass: string;
  /**
   * Release of the EKS-optimized Amazon Linux 2023 AMI the autoscaled nodes boot (`v<yyyymmdd>`, from
   * awslabs/amazon-eks-ami releases). Pinned: "latest" would replace every node whenever AWS publishes an
   * AMI. Raising it rolls the nodes gracefully, within the pools' disruption budgets.
   * @default DEFAULT_NODE_IMAGE_RELEASE (aws-kubernetes.ts)
   */
  readonly nodeImageRelease: string;
}

declare module "../../config/environment-spec" {
  interface CloudSettings {
    readonly aws: AwsSettings;
  }
  interface CloudStateBackends {
    /** State in an S3 bucket, locked with S3's own lockfile. */
    readonly s3: {
      readonly kind: "s3";
      /** Bucket holding the state; it must exist before the first deploy. */
      readonly bucket: string;
      /** Region of the state bucket. @default the environment's region */
      readonly region?: string;
      /** Object key. @default `mlops-platform/<env>/terraform.tfstate` */
      readonly key?: string;
    };
  }
}

/** The resolved `aws` settings of an AWS environment; a programming error on any other. */
export function awsSettingsOf(env: { readonly name: string; readonly aws?: AwsSettings }): AwsSettings {
  if (!env.aws)
    throw new Error(`environment "${env.name}" has no aws settings: it is not an AWS environment`);
  return env.aws;
}
