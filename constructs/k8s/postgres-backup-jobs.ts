import { Duration } from "cdk8s";
import * as k8s from "cdk8s-plus-28/lib/imports/k8s";
import { Construct } from "constructs";
import { isCronSchedule } from "../../config/cron-schedule";
import type { IDatabaseCredentials } from "./external-database-secret";
import {
  OBJECT_STORE_SHELL_ADAPTERS,
  type ObjectStore,
  type ObjectStoreShellAdapter,
  objectStoreKindList,
} from "./object-store";
import { readProjectFile } from "./project-files";
import {
  appLabels,
  restrictedContainerSecurityContext,
  restrictedPodSecurityContext,
} from "./workload-defaults";

/** Names the runbooks use: `kubectl create job --from=cronjob/<name>`, the request ConfigMap, the scripts. */
export const POSTGRES_BACKUP_NAMES = {
  backupCronJob: "postgres-backup",
  restoreCronJob: "postgres-restore",
  scriptsConfigMap: "postgres-backup-scripts",
  /** Created by an operator, never by the platform, to restore a named dump instead of the newest. */
  restoreRequestConfigMap: "postgres-restore-request",
  restoreKey: "RESTORE_KEY",
} as const;

/**
 * The scripts the jobs run, and the helpers both source from their own folder (so all of them share the
 * mount): key in the ConfigMap, and path in the project (their only copy). The object-store adapter the
 * scripts also source comes beside them (see backupScriptFiles).
 */
export const POSTGRES_BACKUP_SCRIPTS = {
  "postgres-backup.sh": "constructs/k8s/scripts/postgres-backup.sh",
  "postgres-restore.sh": "constructs/k8s/scripts/postgres-restore.sh",
  "postgres-dump-common.sh": "constructs/k8s/scripts/postgres-dump-common.sh",
} as const;

/** A schedule that never comes (February 31st): the restore CronJob exists only to create Jobs from. */
export const NEVER = "0 0 31 2 *";

/** The files of the scripts ConfigMap for a kind of store: the scripts and that store's adapter. */
export function backupScriptFiles(kind: ObjectStore["kind"]): Record<string, string> {
  const adapter = OBJECT_STORE_SHELL_ADAPTERS[kind].script;
  return { ...POSTGRES_BACKUP_SCRIPTS, [adapter.slice(adapter.lastIndexOf("/") + 1)]: adapter };
}

export interface BackupServiceAccount {
  readonly name: string;
  /** Annotations binding it to its cloud identity (which may write the backups prefix). @default none */
  readonly annotations?: Readonly<Record<string, string>>;
  /** Labels the jobs' pods need for the cloud to hand them that identity. @default none */
  readonly podLabels?: Readonly<Record<string, string>>;
}

export interface PostgresBackupJobsProps {
  readonly namespace: string;
  readonly serviceAccount: BackupServiceAccount;
  /** Secret with the database's connection settings (host, port, username, password, dbname). */
  readonly database: IDatabaseCredentials;
  /**
   * The object store the dumps go to: its kind selects the adapter the scripts source (OBJECT_STORE), the
   * image of the containers that reach it, and the adapter's settings.
   */
  readonly objectStore: ObjectStore;
  /** Key prefix of the dumps in the store, without slashes at either end. @default "backups/postgres" */
  readonly prefix?: string;
  /** When to back up: a five-field cron schedule, in UTC. */
  readonly schedule: string;
  /** Days a dump is kept; the newest is always kept. */
  readonly retentionDays: number;
  /** Suspend the scheduled backups (the restore path stays available). @default false */
  readonly suspended?: boolean;
  /** Retries of a failed backup (each a new pod). The restore never retries by itself. @default 2 */
  readonly backoffLimit?: number;
  /** Longest a backup or restore Job may run, retries included. @default Duration.hours(2) */
  readonly activeDeadline?: Duration;
  /** How late a missed scheduled backup may still start (e.g. after a controller outage). @default Duration.hours(1) */
  readonly startingDeadline?: Duration;
  /** Finished Jobs kept for inspection, of each outcome. @default 3 */
  readonly jobHistoryLimit?: number;
  /** Image with pg_dump and pg_restore of the database's major version (IMAGES.postgres has one per major). */
  readonly postgresImage: string;
  /**
   * Annotations on the backup and restore pods: the cloud's "do not evict me mid-run" for its node
   * autoscaler (a dump or restore cut short is redone from the start). @default none
   */
  readonly podAnnotations?: Readonly<Record<string, string>>;
}

const WORK_DIR = "/work";
const SCRIPTS_DIR = "/scripts";
const TMP_DIR = "/tmp";
const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
/** Variables the jobs set themselves in the store containers (an adapter's settings come on top). */
const JOB_ENV = ["OBJECT_STORE", "BACKUP_PREFIX", "RETENTION_DAYS", "RESTORE_KEY", "WORK_DIR", "HOME"];
const PREFIX = /^[A-Za-z0-9!_.*'()-]+(\/[A-Za-z0-9!_.*'()-]+)*$/;

/**
 * Backups of a PostgreSQL database into an object store, and the matching restore path:
 * - CronJob `postgres-backup`: pg_dump (custom format, compressed, verified) in an init container, then
 *   upload to `<prefix>/mlflow-<UTC timestamp>.dump` and pruning of dumps older than the retention.
 * - CronJob `postgres-restore`, suspended: never runs by itself; `kubectl create job --from=cronjob/...`
 *   restores the newest dump, or the one named by the optional ConfigMap `postgres-restore-request`.
 * - ConfigMap `postgres-backup-scripts`: the scripts they run, their shared helpers and the adapter of the
 *   object store, verbatim from constructs/k8s/scripts.
 * The scripts do the work and fail loudly (non-zero exit, nothing partial uploaded or restored); this
 * construct only wires their environment, volumes and identities.
 */
export class PostgresBackupJobs extends Construct {
  /** Labels of the backup pods (for network policies). */
  readonly backupPodSelector: Readonly<Record<string, string>>;
  /** Labels of the restore pods (for network policies). */
  readonly restorePodSelector: Readonly<Record<string, string>>;

  constructor(scope: Construct, id: string, props: PostgresBackupJobsProps) {
    super(scope, id);
    const prefix = props.prefix ?? "backups/postgres";
    const backoffLimit = props.backoffLimit ?? 2;
    const activeDeadlineSeconds = (props.activeDeadline ?? Duration.hours(2)).toSeconds();
    const startingDeadlineSeconds = (props.startingDeadline ?? Duration.hours(1)).toSeconds();
    const historyLimit = props.jobHistoryLimit ?? 3;
    const { namespace, database } = props;

    const fail = (prop: string, value: unknown, allowed: string): never => {
      throw new Error(
        `PostgresBackupJobs ${namespace}: ${prop} is ${JSON.stringify(value)}; expected ${allowed}`,
      );
    };
    if (!isCronSchedule(props.schedule)) {
      fail(
        "schedule",
        props.schedule,
        'a cron schedule of five fields (minute hour day-of-month month day-of-week), such as "17 2 * * *"',
      );
    }
    if (!Number.isInteger(props.retentionDays) || props.retentionDays < 1) {
      fail("retentionDays", props.retentionDays, "a whole number of days, at least 1");
    }
    const store = props.objectStore;
    const storeEnv = objectStoreEnv(store, fail);
    if (!PREFIX.test(prefix)) {
      fail("prefix", prefix, 'a key prefix without slashes at either end, such as "backups/postgres"');
    }
    if (database.namespace !== namespace) {
      fail(
        "database.namespace",
        database.namespace,
        `"${namespace}": pods read Secrets of their own namespace only`,
      );
    }
    if (!Number.isInteger(backoffLimit) || backoffLimit < 0 || backoffLimit > 10) {
      fail("backoffLimit", backoffLimit, "an integer from 0 to 10");
    }
    if (!Number.isInteger(activeDeadlineSeconds) || activeDeadlineSeconds < 60) {
      fail("activeDeadline", `${activeDeadlineSeconds}s`, "a whole number of seconds, at least 60");
    }
    // The CronJob controller looks every 10 seconds: a shorter deadline could skip every run.
    if (!Number.isInteger(startingDeadlineSeconds) || startingDeadlineSeconds < 10) {
      fail("startingDeadline", `${startingDeadlineSeconds}s`, "a whole number of seconds, at least 10");
    }
    if (!Number.isInteger(historyLimit) || historyLimit < 1) {
      fail("jobHistoryLimit", historyLimit, "an integer of at least 1 (failed Jobs must stay inspectable)");
    }

    const names = POSTGRES_BACKUP_NAMES;
    this.backupPodSelector = { app: names.backupCronJob };
    this.restorePodSelector = { app: names.restoreCronJob };
    const postgresImage = props.postgresImage;

    new k8s.KubeServiceAccount(this, "service-account", {
      metadata: {
        name: props.serviceAccount.name,
        namespace,
        labels: appLabels(names.backupCronJob, "database-backup"),
        ...(props.serviceAccount.annotations && { annotations: { ...props.serviceAccount.annotations } }),
      },
      // The jobs never call the Kubernetes API; the cloud token is projected separately.
      automountServiceAccountToken: false,
    });

    new k8s.KubeConfigMap(this, "scripts", {
      metadata: {
        name: names.scriptsConfigMap,
        namespace,
        labels: appLabels(names.backupCronJob, "scripts"),
      },
      data: Object.fromEntries(
        Object.entries(backupScriptFiles(store.kind)).map(([key, path]) => [key, readProjectFile(path)]),
      ),
    });

    const secretEnv = (name: string, key: string): k8s.EnvVar => ({
      name,
      valueFrom: { secretKeyRef: { name: database.name, key } },
    });
    const value = (name: string, text: string): k8s.EnvVar => ({ name, value: text });
    // libpq reads these; TLS is required, as the database enforces.
    const databaseEnv = [
      secretEnv("PGHOST", database.keys.host),
      secretEnv("PGPORT", database.keys.port),
      secretEnv("PGUSER", database.keys.username),
      secretEnv("PGPASSWORD", database.keys.password),
      secretEnv("PGDATABASE", database.keys.database),
      value("PGSSLMODE", "require"),
    ];
    // HOME: the stores' CLIs keep their caches and settings under it, and the root filesystem is read-only.
    const scratchEnv = [value("WORK_DIR", WORK_DIR), value("HOME", TMP_DIR)];
    const objectStoreEnvVars = [
      ...Object.entries(storeEnv).map(([name, text]) => value(name, text)),
      value("BACKUP_PREFIX", prefix),
    ];
    const scriptPath = (file: keyof typeof POSTGRES_BACKUP_SCRIPTS) => `${SCRIPTS_DIR}/${file}`;

    const container = (
      name: string,
      image: string,
      command: string[],
      env: k8s.EnvVar[],
      memoryLimit: string,
    ): k8s.Container => ({
      name,
      image,
      command,
      env,
      resources: {
        requests: { cpu: k8s.Quantity.fromString("100m"), memory: k8s.Quantity.fromString("256Mi") },
        limits: { cpu: k8s.Quantity.fromString("1000m"), memory: k8s.Quantity.fromString(memoryLimit) },
      },
      // Same uid in both containers (and the pod's fsGroup): the dump written by one is readable by the other.
      securityContext: restrictedContainerSecurityContext() as k8s.SecurityContext,
      volumeMounts: [
        { name: "scripts", mountPath: SCRIPTS_DIR, readOnly: true },
        { name: "work", mountPath: WORK_DIR },
        { name: "tmp", mountPath: TMP_DIR },
      ],
    });

    const cronJob = (
      id: string,
      app: string,
      spec: {
        schedule: string;
        suspend: boolean;
        backoffLimit: number;
        initContainer: k8s.Container;
        mainContainer: k8s.Container;
      },
    ) => {
      const labels = appLabels(app, "database-backup");
      new k8s.KubeCronJob(this, id, {
        metadata: { name: app, namespace, labels },
        spec: {
          schedule: spec.schedule,
          timeZone: "Etc/UTC",
          suspend: spec.suspend,
          // Two dumps or restores at once would race on the same database and keys.
          concurrencyPolicy: "Forbid",
          startingDeadlineSeconds,
          successfulJobsHistoryLimit: historyLimit,
          failedJobsHistoryLimit: historyLimit,
          jobTemplate: {
            metadata: { labels },
            spec: {
              backoffLimit: spec.backoffLimit,
              activeDeadlineSeconds,
              template: {
                metadata: {
                  labels: { ...props.serviceAccount.podLabels, ...labels },
                  annotations: {
                    ...props.podAnnotations,
                    "kubectl.kubernetes.io/default-container": spec.mainContainer.name,
                  },
                },
                spec: {
                  serviceAccountName: props.serviceAccount.name,
                  automountServiceAccountToken: false,
                  enableServiceLinks: false,
                  // A failed pod stays for `kubectl logs`; the Job's backoff makes a new one.
                  restartPolicy: "Never",
                  securityContext: restrictedPodSecurityContext() as k8s.PodSecurityContext,
                  initContainers: [spec.initContainer],
                  containers: [spec.mainContainer],
                  volumes: [
                    {
                      name: "scripts",
                      configMap: { name: names.scriptsConfigMap, defaultMode: 0o555 },
                    },
                    { name: "work", emptyDir: {} },
                    { name: "tmp", emptyDir: {} },
                  ],
                },
              },
            },
          },
        },
      });
    };

    cronJob("backup", names.backupCronJob, {
      schedule: props.schedule,
      suspend: props.suspended ?? false,
      backoffLimit,
      initContainer: container(
        "dump",
        postgresImage,
        ["sh", scriptPath("postgres-backup.sh"), "dump"],
        [...databaseEnv, ...scratchEnv],
        "1Gi",
      ),
      mainContainer: container(
        "upload",
        store.image,
        [
          "sh",
          "-c",
          `sh ${scriptPath("postgres-backup.sh")} upload && sh ${scriptPath("postgres-backup.sh")} prune`,
        ],
        [...objectStoreEnvVars, value("RETENTION_DAYS", String(props.retentionDays)), ...scratchEnv],
        "512Mi",
      ),
    });

    cronJob("restore", names.restoreCronJob, {
      schedule: NEVER,
      suspend: true,
      // A failed restore has rolled back; whether to try again is the operator's call.
      backoffLimit: 0,
      initContainer: container(
        "fetch",
        store.image,
        ["sh", scriptPath("postgres-restore.sh"), "fetch"],
        [
          ...objectStoreEnvVars,
          // Unset (no ConfigMap, the platform's default): the newest dump.
          {
            name: names.restoreKey,
            valueFrom: {
              configMapKeyRef: { name: names.restoreRequestConfigMap, key: names.restoreKey, optional: true },
            },
          },
          ...scratchEnv,
        ],
        "512Mi",
      ),
      mainContainer: container(
        "restore",
        postgresImage,
        ["sh", scriptPath("postgres-restore.sh"), "restore"],
        [...databaseEnv, ...scratchEnv],
        "1Gi",
      ),
    });
  }
}

/**
 * The store containers' environment for `store`: OBJECT_STORE, the adapter's settings, then `store.env`.
 * Refuses a kind without an adapter, bad settings, and extra variables that would replace the jobs' own or
 * carry database settings (the store containers get none).
 */
function objectStoreEnv(
  store: ObjectStore,
  fail: (prop: string, value: unknown, allowed: string) => never,
): Record<string, string> {
  const adapter = (
    OBJECT_STORE_SHELL_ADAPTERS as Record<string, ObjectStoreShellAdapter<ObjectStore> | undefined>
  )[store.kind];
  if (adapter === undefined) {
    return fail(
      "objectStore.kind",
      store.kind,
      `one of ${objectStoreKindList()} (a store with an adapter, constructs/k8s/scripts/object-store-<kind>.sh)`,
    );
  }
  const [problem] = adapter.check(store);
  if (problem) fail(`objectStore.${problem.setting}`, problem.value, problem.allowed);
  if (!store.image) fail("objectStore.image", store.image, "an image with the store's command-line tool");
  const settings = adapter.settingsEnv(store);
  const taken = [...JOB_ENV, ...Object.keys(settings)];
  for (const name of Object.keys(store.env ?? {})) {
    if (!ENV_NAME.test(name) || taken.includes(name) || name.startsWith("PG")) {
      fail(
        "objectStore.env key",
        name,
        `an environment variable name that is neither one the jobs set (${[...taken].sort().join(", ")}) nor a PG* database setting`,
      );
    }
  }
  return { OBJECT_STORE: store.kind, ...settings, ...store.env };
}
