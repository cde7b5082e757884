/**
 * GCP sizes checked at synth. No offline catalogue of Compute Engine machine types, accelerators or Cloud
 * SQL tiers exists on the build machines, so names are checked against GCP's documented naming patterns
 * and the accelerator-to-machine pairing GKE requires (see docs/versions.md): a misspelt or impossible
 * size is refused here, while whether a zone of the region has capacity for it is GCP's to say at apply.
 */

import type { Environment } from "../../config/environment-spec";
import type { GcpGpuPool } from "./gcp-spec";

/** One GPU type GKE attaches: the machine types that take it and how many GPUs each comes with. */
interface AcceleratorShape {
  /** The GPU, as messages name it. */
  readonly gpu: string;
  /** Machine types that take it, with their GPU count (accelerator-optimized types have it built in). */
  readonly machineTypes: Readonly<Record<string, number>> | "n1";
}

/** Counts of T4s an N1 machine can take. */
const N1_GPU_COUNTS = [1, 2, 4] as const;

/** Accelerator types by their Compute Engine name, with the machine types GKE pairs them with. */
export const GCP_ACCELERATORS: Readonly<Record<string, AcceleratorShape>> = {
  "nvidia-tesla-t4": { gpu: "NVIDIA T4", machineTypes: "n1" },
  "nvidia-l4": {
    gpu: "NVIDIA L4",
    machineTypes: {
      "g2-standard-4": 1,
      "g2-standard-8": 1,
      "g2-standard-12": 1,
      "g2-standard-16": 1,
      "g2-standard-32": 1,
      "g2-standard-24": 2,
      "g2-standard-48": 4,
      "g2-standard-96": 8,
    },
  },
  "nvidia-tesla-a100": {
    gpu: "NVIDIA A100 40GB",
    machineTypes: {
      "a2-highgpu-1g": 1,
      "a2-highgpu-2g": 2,
      "a2-highgpu-4g": 4,
      "a2-highgpu-8g": 8,
      "a2-megagpu-16g": 16,
    },
  },
  "nvidia-a100-80gb": {
    gpu: "NVIDIA A100 80GB",
    machineTypes: { "a2-ultragpu-1g": 1, "a2-ultragpu-2g": 2, "a2-ultragpu-4g": 4, "a2-ultragpu-8g": 8 },
  },
  "nvidia-h100-80gb": {
    gpu: "NVIDIA H100 80GB",
    machineTypes: { "a3-highgpu-1g": 1, "a3-highgpu-2g": 2, "a3-highgpu-4g": 4, "a3-highgpu-8g": 8 },
  },
  "nvidia-h100-mega-80gb": { gpu: "NVIDIA H100 80GB Mega", machineTypes: { "a3-megagpu-8g": 8 } },
};

/** General-purpose and compute-optimized predefined machine types: `<family>-<class>-<vCPUs>`. */
const MACHINE_TYPE = /^(e2|n1|n2|n2d|n4|c2|c2d|c3|c3d|c4|t2d)-(standard|highmem|highcpu)-(\d+)$/;
const N1_TYPE = /^n1-(standard|highmem|highcpu)-(\d+)$/;

/** Cloud SQL Enterprise custom tiers: `db-custom-<vCPUs>-<memory MiB>`. */
const CUSTOM_TIER = /^db-custom-(\d+)-(\d+)$/;
/** Cloud SQL Enterprise Plus tiers. */
const PERF_OPTIMIZED_TIER = /^db-perf-optimized-N-(2|4|8|16|32|48|64|80|96|128)$/;

/** The "expected ..." text for a machine type of the system pool, or undefined when it is one. */
export function checkMachineType(type: string): string | undefined {
  if (MACHINE_TYPE.test(type) && Number(MACHINE_TYPE.exec(type)?.[3]) >= 2) return undefined;
  return 'a predefined Compute Engine machine type of at least 2 vCPUs, <family>-<standard|highmem|highcpu>-<vCPUs> with family e2, n1, n2, n2d, n4, c2, c2d, c3, c3d, c4 or t2d, such as "e2-standard-4"';
}

/** The GPUs per node of an accelerator on a machine type, or the "expected ..." text when it does not fit. */
export function gpusPerNode(
  acceleratorType: string,
  machineType: string,
  requested: number | undefined,
):
  | { count: number }
  | { problem: { field: "acceleratorType" | "machineType" | "acceleratorCount"; allowed: string } } {
  const shape = GCP_ACCELERATORS[acceleratorType];
  if (!shape) {
    return {
      problem: {
        field: "acceleratorType",
        allowed: `a GPU accelerator type GKE attaches: ${Object.keys(GCP_ACCELERATORS)
          .map((name) => `"${name}"`)
          .join(", ")}`,
      },
    };
  }
  if (shape.machineTypes === "n1") {
    if (!N1_TYPE.test(machineType)) {
      return {
        problem: {
          field: "machineType",
          allowed: `an N1 machine type such as "n1-standard-8" (${shape.gpu} GPUs attach to N1 machines only)`,
        },
      };
    }
    const count = requested ?? 1;
    if (!(N1_GPU_COUNTS as readonly number[]).includes(count)) {
      return { problem: { field: "acceleratorCount", allowed: `1, 2 or 4 ${shape.gpu} GPUs per N1 node` } };
    }
    return { count };
  }
  const builtIn = shape.machineTypes[machineType];
  if (builtIn === undefined) {
    return {
      problem: {
        field: "machineType",
        allowed: `a machine type that comes with ${shape.gpu} GPUs: ${Object.keys(shape.machineTypes)
          .map((name) => `"${name}"`)
          .join(", ")}`,
      },
    };
  }
  if (requested !== undefined && requested !== builtIn) {
    return {
      problem: {
        field: "acceleratorCount",
        allowed: `${builtIn}, the number of ${shape.gpu} GPUs machine type ${machineType} comes with (or leave it out)`,
      },
    };
  }
  return { count: builtIn };
}

/** The "expected ..." text for a Cloud SQL tier of an edition, or undefined when it is one. */
export function checkDatabaseTier(
  tier: string,
  edition: "ENTERPRISE" | "ENTERPRISE_PLUS",
): string | undefined {
  if (edition === "ENTERPRISE_PLUS") {
    return PERF_OPTIMIZED_TIER.test(tier)
      ? undefined
      : 'a Cloud SQL Enterprise Plus tier db-perf-optimized-N-<vCPUs> (2, 4, 8, 16, 32, 48, 64, 80, 96 or 128), such as "db-perf-optimized-N-4"';
  }
  const allowed =
    'a Cloud SQL Enterprise custom tier db-custom-<vCPUs>-<memory MiB>: 1 or an even number of vCPUs up to 96, memory a multiple of 256 MiB from 3840 MiB and from 0.9 to 6.5 GiB per vCPU, such as "db-custom-2-8192" (shared-core tiers have no SLA)';
  const match = CUSTOM_TIER.exec(tier);
  if (!match) return allowed;
  const vcpus = Number(match[1]);
  const memoryMiB = Number(match[2]);
  const validCpus = vcpus === 1 || (vcpus % 2 === 0 && vcpus >= 2 && vcpus <= 96);
  const validMemory =
    memoryMiB % 256 === 0 &&
    memoryMiB >= 3840 &&
    memoryMiB >= Math.ceil(0.9 * 1024 * vcpus) &&
    memoryMiB <= 6.5 * 1024 * vcpus;
  return validCpus && validMemory ? undefined : allowed;
}

/**
 * The most nodes one GPU pool may grow to: gpu.maxGpus shared equally by every GPU pool (one per
 * accelerator type and capacity type), so that together they never exceed it.
 */
export function maxNodesOfPool(env: Environment, pool: GcpGpuPool): number {
  const pools = (env.gcp?.gpuPools.length ?? 1) * new Set(env.gpu.capacityTypes).size;
  return Math.floor(env.gpu.maxGpus / pools / pool.acceleratorCount);
}
