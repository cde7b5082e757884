/**
 * Azure sizes checked by pattern against the families the platform supports: Azure publishes no offline
 * catalogue of VM sizes per region the way the AWS SDK's models carry one, so a size that is well formed
 * but not offered in the region is found at apply (SkuNotAvailable), not here.
 */

/** A general-purpose VM size of the D family (`Standard_D4ds_v5`, `Standard_D8as_v6`). */
const GENERAL_VM_SIZE = /^Standard_D\d+[a-z]*_v[3-6]$/;
/** An NVIDIA GPU VM size of the NC or ND families (`Standard_NC4as_T4_v3`, `Standard_ND96asr_v4`). */
const GPU_VM_SIZE = /^Standard_N[CD]\d+[a-z]*(_[A-Z]\d+[a-z]*)?_v[2-6]$/;
/** A PostgreSQL Flexible Server SKU: Burstable B, General Purpose D or Memory Optimized E sizes. */
const POSTGRES_SKU =
  /^(B_Standard_B\d+(s|ms)|GP_Standard_D\d+(s|ds|ads)_v[3-5]|MO_Standard_E\d+(s|ds|ads)_v[3-5])$/;

/** The "expected ..." text when `size` is not a general-purpose VM size, or undefined. */
export function checkGeneralVmSize(size: string): string | undefined {
  return GENERAL_VM_SIZE.test(size)
    ? undefined
    : 'a general-purpose Azure VM size of the D family, such as "Standard_D4ds_v5"';
}

/** The "expected ..." text when `size` is not an NVIDIA GPU VM size, or undefined. */
export function checkGpuVmSize(size: string): string | undefined {
  return GPU_VM_SIZE.test(size)
    ? undefined
    : 'an NVIDIA GPU VM size of the NC or ND families, such as "Standard_NC4as_T4_v3" or "Standard_NC24ads_A100_v4"';
}

/** The "expected ..." text when `sku` is not a Flexible Server SKU usable with `highAvailability`, or undefined. */
export function checkPostgresSku(sku: string, highAvailability: boolean): string | undefined {
  if (!POSTGRES_SKU.test(sku)) {
    return 'a PostgreSQL Flexible Server SKU such as "B_Standard_B2s", "GP_Standard_D4ds_v5" or "MO_Standard_E4ds_v5"';
  }
  if (highAvailability && sku.startsWith("B_")) {
    return 'a General Purpose or Memory Optimized SKU (such as "GP_Standard_D4ds_v5"): zone-redundant high availability (database.multiAz) is not offered on Burstable servers';
  }
  return undefined;
}
