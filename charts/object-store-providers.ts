import type { CloudName } from "../config/environment-spec";
import type { PlatformContract } from "../config/platform-contract";
import type { ObjectStore, ObjectStoreKind } from "../constructs/k8s/object-store";
import { IMAGES } from "../constructs/k8s/workload-defaults";

/**
 * The seam for the payloads' object-store access: per cloud, the adapter kind the backup scripts and the
 * training steps select, and the store the backup jobs keep dumps in.
 *
 * - Azure (to come): `azblob`, an azure-cli image, the contract's storage account and container.
 * - GCP (to come): `gcs`, a google-cloud-cli image, the contract's bucket.
 */
export interface ObjectStoreProvider {
  /** The adapter kind both payloads select (their OBJECT_STORE). */
  readonly kind: ObjectStoreKind;
  /** The artifact store of the contract, as the backup jobs reach it. */
  backupStore(contract: PlatformContract): ObjectStore;
}

/** S3 through the aws CLI, in the environment's artifact bucket. */
export const s3ObjectStore: ObjectStoreProvider = {
  kind: "s3",
  backupStore: (contract) => ({ kind: "s3", image: IMAGES.awsCli, bucket: contract.artifactStore.bucket }),
};

/** The one place a cloud's object store is chosen. */
export const OBJECT_STORE_PROVIDERS: Readonly<Record<CloudName, ObjectStoreProvider | undefined>> = {
  aws: s3ObjectStore,
  azure: undefined,
  gcp: undefined,
};

/** The provider of `cloud`, or an error naming the cloud and what exists. */
export function objectStoreProvider(cloud: CloudName): ObjectStoreProvider {
  const provider = OBJECT_STORE_PROVIDERS[cloud];
  if (!provider) {
    const implemented = Object.entries(OBJECT_STORE_PROVIDERS)
      .filter(([, candidate]) => candidate !== undefined)
      .map(([name]) => `"${name}"`)
      .join(", ");
    throw new Error(
      `object store: cloud "${cloud}" has no object-store provider yet (implemented: ${implemented}); add one to OBJECT_STORE_PROVIDERS in charts/object-store-providers.ts, with its adapters (constructs/k8s/object-store.ts)`,
    );
  }
  return provider;
}
