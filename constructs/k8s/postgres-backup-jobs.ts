import { Duration } from "cdk8s";
import { k8s } from "cdk8s-plus-28";
import { Construct } from "constructs";
import { isCronSchedule } from "../../config/check-workloads";
import type { IDatabaseCredentials } from "./external-database-secret";
import { readProjectFile } from "./project-files";
import {
  appLabels,
  IMAGES,
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
 * The scripts the jobs run, and the helpers both source from their own folder (so all three share the
 * mount): key in the ConfigMap, and path in the project (their only copy).
 */
export const POSTGRES_BACKUP_SCRIPTS = {
  "postgres-backup.sh": "constructs/k8s/scripts/postgres-backup.sh",
  "postgres-restore.sh": "constructs/k8s/scripts/postgres-restore.sh",
  "postgres-dump-common.sh": "constructs/k8s/scripts/postgres-dump-common.sh",
} as const;

/** A schedule that never comes (February 31st): the restore CronJob exists only to create Jobs from. */
export const NEVER = "0 0 31 2 *";

export interface BackupServiceAccount {
  readonly name: string;
  /** Annotations binding it to its cloud identity (which may write the backups prefix). @default none */
  readonly annotations?: Readonly<Record<string, string>>;
}

export interface PostgresBackupJobsProps {
  readonly namespace: string;
  readonly serviceAccount: BackupServiceAccount;
  /** Secret with the database's connection settings (host, port, username, password, dbname). */
  readonly database: IDatabaseCredentials;
  /** Bucket the dumps go to, without scheme. */
  readonly bucket: string;
  /** Key prefix of the dumps in the bucket, without slashes at either end. @default "backups/postgres" */
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
  /** Image with the aws CLI. @default IMAGES.awsCli */
  readonly awsCliImage?: string;
}

const WORK_DIR = "/work";
const SCRIPTS_DIR = "/scripts";
const TMP_DIR = "/tmp";
const BUCKET = /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/;
const PREFIX = /^[A-Za-z0-9!_.*'()-]+(\/[A-Za-z0-9!_.*'()-]+)*$/;

/**
 * Backups of a PostgreSQL database into an object store, and the matching restore path:
 * - CronJob `postgres-backup`: pg_dump (custom format, compressed, verified) in an init container, then
 *   upload to `<prefix>/mlflow-<UTC timestamp>.dump` and pruning of dumps older than the retention.
 * - CronJob `postgres-restore`, suspended: never runs by itself; `kubectl create job --from=cronjob/...`
 *   restores the newest dump, or the one named by the optional ConfigMap `postgres-restore-request`.
 * - ConfigMap `postgres-backup-scripts`: the scripts they run and their shared helpers, verbatim from
 *   constructs/k8s/scripts.
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
    if (!BUCKET.test(props.bucket))
      fail(
        "bucket",
        props.bucket,
        "a bucket name (3-63 lowercase letters, digits, dots, hyphens; no scheme)",
      );
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
    const awsCliImage = props.awsCliImage ?? IMAGES.awsCli;

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
        Object.entries(POSTGRES_BACKUP_SCRIPTS).map(([key, path]) => [key, readProjectFile(path)]),
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
    // HOME: the aws CLI keeps its cache under it, and the root filesystem is read-only.
    const scratchEnv = [value("WORK_DIR", WORK_DIR), value("HOME", TMP_DIR)];
    const storeEnv = [value("BACKUP_BUCKET", props.bucket), value("BACKUP_PREFIX", prefix)];
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
                  labels,
                  annotations: { "kubectl.kubernetes.io/default-container": spec.mainContainer.name },
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
        awsCliImage,
        [
          "sh",
          "-c",
          `sh ${scriptPath("postgres-backup.sh")} upload && sh ${scriptPath("postgres-backup.sh")} prune`,
        ],
        [...storeEnv, value("RETENTION_DAYS", String(props.retentionDays)), ...scratchEnv],
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
        awsCliImage,
        ["sh", scriptPath("postgres-restore.sh"), "fetch"],
        [
          ...storeEnv,
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
