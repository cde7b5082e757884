/**
 * The object store that the cluster's payloads reach: the backup and restore scripts through a shell
 * adapter (`scripts/object-store-<kind>.sh`), the training steps through a Python adapter (in
 * training-steps.ts). Both select their adapter by the `OBJECT_STORE` environment variable, whose values
 * are the kinds below.
 *
 * Adding a store (Azure Blob as `azblob`): its kind here, a variant of `ObjectStore` with the
 * settings its adapter reads, an entry in `OBJECT_STORE_SHELL_ADAPTERS`, the adapter file, and a Python
 * adapter in training-steps.ts. The scripts' own logic does not change.
 */

/** The kinds of object store with adapters, as `OBJECT_STORE` names them. */
export const OBJECT_STORE_KINDS = ["s3", "azblob", "gcs"] as const;
export type ObjectStoreKind = (typeof OBJECT_STORE_KINDS)[number];

/** Amazon S3 through the aws CLI (`object-store-s3.sh`). */
export interface S3ObjectStore {
  readonly kind: "s3";
  /** Image of the containers that reach the store: one with the aws CLI, such as IMAGES.awsCli. */
  readonly image: string;
  /** Bucket name, without scheme. */
  readonly bucket: string;
  /**
   * More environment for the adapter (see the header of object-store-s3.sh), such as `BACKUP_KMS_KEY_ID`
   * or `AWS_REGION`. Never credentials: those come from the pod's cloud identity.
   * @default none: the bucket's default encryption, the region and credentials of the pod's identity
   */
  readonly env?: Readonly<Record<string, string>>;
}

/** Google Cloud Storage through the gcloud CLI (`object-store-gcs.sh`). */
export interface GcsObjectStore {
  readonly kind: "gcs";
  /** Image of the containers that reach the store: one with the gcloud CLI, such as IMAGES.googleCloudCli. */
  readonly image: string;
  /** Bucket name, without scheme. */
  readonly bucket: string;
  /**
   * More environment for the adapter (see the header of object-store-gcs.sh), such as `BACKUP_KMS_KEY`.
   * Never credentials: those come from the pod's workload identity.
   * @default none: the bucket's default encryption and the pod's identity
   */
  readonly env?: Readonly<Record<string, string>>;
}

/** Azure Blob Storage through the az CLI (`object-store-azblob.sh`), as the pod's workload identity. */
export interface AzureBlobObjectStore {
  readonly kind: "azblob";
  /** Image of the containers that reach the store: one with the az CLI, such as IMAGES.azureCli. */
  readonly image: string;
  /** Storage account name (3-24 lowercase letters and digits). */
  readonly account: string;
  /** Blob container in the account. */
  readonly container: string;
  /**
   * More environment for the adapter (see the header of object-store-azblob.sh), such as
   * `AZURE_STORAGE_BLOB_ENDPOINT`. Never credentials: those come from the pod's workload identity.
   * @default none: the account's public-cloud endpoint, the pod's workload identity
   */
  readonly env?: Readonly<Record<string, string>>;
}

/** An object store the backup jobs can keep dumps in: one variant per adapter. */
export type ObjectStore = S3ObjectStore | AzureBlobObjectStore | GcsObjectStore;

/** What is wrong with a setting of a store, in the words of the construct's validation message. */
export interface ObjectStoreProblem {
  /** The setting, under `objectStore.` */
  readonly setting: string;
  readonly value: unknown;
  readonly allowed: string;
}

/** How the backup jobs drive one kind of store. */
export interface ObjectStoreShellAdapter<S extends ObjectStore> {
  /** The adapter's path in the project; its key in the scripts ConfigMap is its file name. */
  readonly script: string;
  /** The problems of the store's settings (none when it is usable). */
  check(store: S): ObjectStoreProblem[];
  /** The environment the adapter reads its settings from (store.env comes on top of it). */
  settingsEnv(store: S): Record<string, string>;
}

/** An S3 bucket name: 3-63 lowercase letters, digits, dots or hyphens, starting and ending alphanumeric. */
export const S3_BUCKET_NAME = /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/;

/** A GCS bucket name without dots: 3-63 lowercase letters, digits, hyphens or underscores. */
export const GCS_BUCKET_NAME = /^[a-z0-9][a-z0-9_-]{1,61}[a-z0-9]$/;
/** A storage account name: 3-24 lowercase letters and digits. */
const STORAGE_ACCOUNT = /^[a-z0-9]{3,24}$/;
/** A blob container name: 3-63 lowercase letters, digits and single hyphens, starting and ending alphanumeric. */
const BLOB_CONTAINER = /^[a-z0-9](?!.*--)[a-z0-9-]{1,61}[a-z0-9]$/;

/** The one place a store kind meets its shell adapter. */
export const OBJECT_STORE_SHELL_ADAPTERS: {
  readonly [K in ObjectStoreKind]: ObjectStoreShellAdapter<Extract<ObjectStore, { kind: K }>>;
} = {
  s3: {
    script: "constructs/k8s/scripts/object-store-s3.sh",
    check: (store) =>
      S3_BUCKET_NAME.test(store.bucket)
        ? []
        : [
            {
              setting: "bucket",
              value: store.bucket,
              allowed: "a bucket name (3-63 lowercase letters, digits, dots, hyphens; no scheme)",
            },
          ],
    settingsEnv: (store) => ({ BACKUP_BUCKET: store.bucket }),
  },
  azblob: {
    script: "constructs/k8s/scripts/object-store-azblob.sh",
    check: (store) => [
      ...(STORAGE_ACCOUNT.test(store.account)
        ? []
        : [
            {
              setting: "account",
              value: store.account,
              allowed: "a storage account name (3-24 lowercase letters and digits)",
            },
          ]),
      ...(BLOB_CONTAINER.test(store.container)
        ? []
        : [
            {
              setting: "container",
              value: store.container,
              allowed: "a blob container name (3-63 lowercase letters, digits and single hyphens)",
            },
          ]),
    ],
    settingsEnv: (store) => ({ BACKUP_STORAGE_ACCOUNT: store.account, BACKUP_CONTAINER: store.container }),
  },
  gcs: {
    script: "constructs/k8s/scripts/object-store-gcs.sh",
    check: (store) =>
      GCS_BUCKET_NAME.test(store.bucket) && !store.bucket.startsWith("goog")
        ? []
        : [
            {
              setting: "bucket",
              value: store.bucket,
              allowed:
                "a GCS bucket name (3-63 lowercase letters, digits, dots, hyphens, underscores; no scheme)",
            },
          ],
    settingsEnv: (store) => ({ BACKUP_BUCKET: store.bucket }),
  },
};

/** Whether `kind` names a store with adapters (for values that bypass the types, such as parsed input). */
export function isObjectStoreKind(kind: unknown): kind is ObjectStoreKind {
  return (OBJECT_STORE_KINDS as readonly unknown[]).includes(kind);
}

/** The kinds with adapters, quoted, for validation messages: `"s3"`. */
export function objectStoreKindList(): string {
  return OBJECT_STORE_KINDS.map((kind) => JSON.stringify(kind)).join(", ");
}
