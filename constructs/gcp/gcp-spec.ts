import { z } from "zod";
import { commonEnvironmentShape, localStateSchema, texts } from "../../config/spec-common";

const gcsStateSchema = z.strictObject({
  kind: z.literal("gcs"),
  bucket: z.string(),
  prefix: z.string().optional(),
});

const gpuPoolSchema = z.strictObject({
  acceleratorType: z.string(),
  machineType: z.string(),
  acceleratorCount: z.number().int().optional(),
  timeSharingMaxClients: z.number().int().optional(),
});

/** A GCP environment's spec: the common sections, its project, and state in GCS when it is shared. */
export const gcpEnvironmentSchema = z.strictObject({
  ...commonEnvironmentShape,
  cloud: z.literal("gcp"),
  // The project, and the sizes in GCP's vocabulary (the shared sections say how many, this block of what).
  gcp: z.strictObject({
    projectId: z.string(),
    projectNumber: z.string().optional(),
    systemMachineTypes: texts.optional(),
    gpuPools: z.array(gpuPoolSchema).optional(),
    databaseTier: z.string().optional(),
    databaseEdition: z.enum(["ENTERPRISE", "ENTERPRISE_PLUS"]).optional(),
    turboReplication: z.boolean().optional(),
    nodeAutoProvisioning: z.boolean().optional(),
  }),
  stateBackend: z.discriminatedUnion("kind", [localStateSchema, gcsStateSchema]).optional(),
});

/** One GPU node pool: an accelerator type on a machine type that takes it. */
export interface GcpGpuPool {
  /** GCP accelerator type, such as "nvidia-l4" or "nvidia-tesla-t4" (gcp-sizes.ts lists them). */
  readonly acceleratorType: string;
  /** Compute Engine machine type of the pool's nodes, such as "g2-standard-8". */
  readonly machineType: string;
  /**
   * GPUs per node. @default the count the machine type comes with (accelerator-optimized types), else 1
   */
  readonly acceleratorCount: number;
  /**
   * Share each GPU between this many containers (GKE GPU time-sharing). @default undefined (one container
   * per GPU)
   */
  readonly timeSharingMaxClients?: number;
}

/**
 * A GCP environment's project and sizes in GCP's own vocabulary (spec block `gcp`), every default
 * applied: each size is checked against GCP's documented names (gcp-sizes.ts).
 */
export interface GcpSettings {
  /** The project the environment lives in (6-30 lowercase letters, digits, hyphens). */
  readonly projectId: string;
  /** The project's number, when known: only used in messages and outputs. @default undefined */
  readonly projectNumber?: string;
  /** Machine types of the system node pool. @default ["e2-standard-4"] (dev), ["n2-standard-4"] (prod) */
  readonly systemMachineTypes: readonly string[];
  /** GPU node pools. @default one nvidia-l4 pool on g2-standard-8 */
  readonly gpuPools: readonly GcpGpuPool[];
  /** Cloud SQL machine tier. @default "db-custom-1-3840" (dev), "db-custom-2-8192" (prod) */
  readonly databaseTier: string;
  /** Cloud SQL edition. @default "ENTERPRISE" */
  readonly databaseEdition: "ENTERPRISE" | "ENTERPRISE_PLUS";
  /** Turbo replication of the prod tier's dual-region bucket (15-minute RPO, at a price). @default false */
  readonly turboReplication: boolean;
  /**
   * GKE node auto-provisioning with CPU, memory and GPU limits from the `gpu` section, beside the
   * declared pools. @default false
   */
  readonly nodeAutoProvisioning: boolean;
}

declare module "../../config/environment-spec" {
  interface CloudSettings {
    readonly gcp: GcpSettings;
  }
  interface CloudStateBackends {
    /** State in a GCS bucket (versioned, locked by GCS itself). */
    readonly gcs: {
      readonly kind: "gcs";
      /** Bucket holding the state; it must exist before the first deploy. */
      readonly bucket: string;
      /** Object prefix. @default `mlops-platform/<env>` */
      readonly prefix?: string;
    };
  }
}

/** The resolved `gcp` settings of a GCP environment; a programming error on any other. */
export function gcpSettingsOf(env: { readonly name: string; readonly gcp?: GcpSettings }): GcpSettings {
  if (!env.gcp) throw new Error(`environment "${env.name}" has no gcp settings: it is not a GCP environment`);
  return env.gcp;
}
