import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { Chart, Duration, Testing, Yaml } from "cdk8s";
import { parseAllDocuments } from "yaml";
import { loadEnvironments, type PlatformEnvironment } from "../../config";
import { cloudOf } from "../../constructs/clouds";
import {
  OBJECT_STORE_KINDS,
  OBJECT_STORE_SHELL_ADAPTERS,
  type S3ObjectStore,
} from "../../constructs/k8s/object-store";
import {
  backupScriptFiles,
  NEVER,
  POSTGRES_BACKUP_NAMES,
  POSTGRES_BACKUP_SCRIPTS,
  PostgresBackupJobs,
  type PostgresBackupJobsProps,
} from "../../constructs/k8s/postgres-backup-jobs";
import { projectRoot } from "../../constructs/k8s/project-files";
import { IMAGES } from "../../constructs/k8s/workload-defaults";
import { type ClusterLayer, clusterLayer, type Manifest } from "../support/cluster-layer";
import { validateManifests } from "../support/k8s-schema";

const ENVIRONMENTS = ["dev", "staging", "prod", "prod-dr"] as const;
const ROOT = join(__dirname, "..", "..");
const PLATFORMS = new Map(loadEnvironments().map((platform) => [platform.environment.name, platform]));

function platform(name: string): PlatformEnvironment {
  const found = PLATFORMS.get(name);
  if (!found) throw new Error(`no environment ${name}`);
  return found;
}

const cronJob = (layer: ClusterLayer, name: string): Manifest => layer.one("CronJob", name);
const podSpec = (layer: ClusterLayer, name: string): Manifest =>
  cronJob(layer, name).spec.jobTemplate.spec.template.spec;
const containers = (layer: ClusterLayer, name: string): Manifest[] => [
  ...podSpec(layer, name).initContainers,
  ...podSpec(layer, name).containers,
];
const named = (layer: ClusterLayer, job: string, container: string): Manifest =>
  containers(layer, job).find((c) => c.name === container);
const envOf = (c: Manifest): Record<string, Manifest> =>
  Object.fromEntries(
    c.env.map((variable: Manifest) => [variable.name, variable.value ?? variable.valueFrom]),
  );
const fromSecret = (key: string) => ({ secretKeyRef: { name: "mlflow-db", key } });
const DATABASE_ENV = {
  PGHOST: fromSecret("host"),
  PGPORT: fromSecret("port"),
  PGUSER: fromSecret("username"),
  PGPASSWORD: fromSecret("password"),
  PGDATABASE: fromSecret("dbname"),
  PGSSLMODE: "require",
};

/** The chart with the scripts' text replaced by their size and digest: byte identity is tested on its own. */
function withScriptDigests(manifests: readonly Manifest[]): Manifest[] {
  return manifests.map((manifest) =>
    manifest.kind === "ConfigMap" && manifest.metadata.name === POSTGRES_BACKUP_NAMES.scriptsConfigMap
      ? {
          ...manifest,
          data: Object.fromEntries(
            Object.entries(manifest.data as Record<string, string>).map(([key, text]) => [
              key,
              `<${Buffer.byteLength(text)} bytes, sha256 ${createHash("sha256").update(text).digest("hex")}>`,
            ]),
          ),
        }
      : manifest,
  );
}

describe.each(ENVIRONMENTS)("postgres-backup chart of %s", (name) => {
  const layer = clusterLayer(name);
  const { environment, contract } = platform(name);

  test("every object lives in the mlflow namespace and validates against its schema", () => {
    const objects = layer.chart("postgres-backup");
    expect(new Set(objects.map((object) => object.metadata.namespace))).toEqual(new Set(["mlflow"]));
    expect(validateManifests(objects)).toEqual([]);
  });

  test("service account backup-sa, bound to the backup identity of the contract, runs both jobs", () => {
    const account = layer.one("ServiceAccount", "backup-sa");
    expect(account.metadata.namespace).toBe(contract.workloads.backup.namespace);
    expect(account.metadata.annotations).toEqual(contract.workloads.backup.serviceAccountAnnotations);
    expect(account.metadata.annotations["eks.amazonaws.com/role-arn"]).toMatch(
      /:role\/mlops-platform-.+-backup$/,
    );
    for (const job of ["postgres-backup", "postgres-restore"]) {
      expect(podSpec(layer, job).serviceAccountName).toBe("backup-sa");
      expect(podSpec(layer, job).automountServiceAccountToken).toBe(false);
    }
  });

  test("CronJob postgres-backup: the environment's schedule, one run at a time, bounded, with history", () => {
    const backup = cronJob(layer, "postgres-backup");
    expect(backup.metadata.namespace).toBe("mlflow");
    expect(backup.spec).toMatchObject({
      schedule: environment.backups.schedule,
      timeZone: "Etc/UTC",
      suspend: false,
      concurrencyPolicy: "Forbid",
      startingDeadlineSeconds: 3600,
      successfulJobsHistoryLimit: 3,
      failedJobsHistoryLimit: 3,
    });
    expect(backup.spec.jobTemplate.spec).toMatchObject({ backoffLimit: 2, activeDeadlineSeconds: 7200 });
    expect(podSpec(layer, "postgres-backup").restartPolicy).toBe("Never");
  });

  test("backup: pg_dump in the postgres image, then upload and prune in the aws-cli image, by the scripts", () => {
    const [dump, upload] = containers(layer, "postgres-backup");
    expect(podSpec(layer, "postgres-backup").initContainers.map((c: Manifest) => c.name)).toEqual(["dump"]);
    expect(dump).toMatchObject({ name: "dump", image: IMAGES.postgres["16"] });
    expect(dump.command).toEqual(["sh", "/scripts/postgres-backup.sh", "dump"]);
    expect(upload).toMatchObject({ name: "upload", image: IMAGES.awsCli });
    // `&&`: prune runs only after a verified upload, and any failure fails the Job.
    expect(upload.command).toEqual([
      "sh",
      "-c",
      "sh /scripts/postgres-backup.sh upload && sh /scripts/postgres-backup.sh prune",
    ]);
  });

  test("backup: dumps go to the contract's bucket and backups prefix, kept retentionDays days", () => {
    const upload = envOf(named(layer, "postgres-backup", "upload"));
    expect(upload).toEqual({
      OBJECT_STORE: "s3",
      BACKUP_BUCKET: contract.artifactStore.bucket,
      BACKUP_PREFIX: contract.artifactStore.prefixes.backups,
      RETENTION_DAYS: String(environment.backups.retentionDays),
      WORK_DIR: "/work",
      HOME: "/tmp",
    });
    expect(upload.BACKUP_PREFIX).toBe("backups/postgres");
  });

  test("database settings come from the mlflow-db Secret, never as literal values, with TLS required", () => {
    for (const [job, container] of [
      ["postgres-backup", "dump"],
      ["postgres-restore", "restore"],
    ] as const) {
      expect(envOf(named(layer, job, container))).toEqual({
        ...DATABASE_ENV,
        WORK_DIR: "/work",
        HOME: "/tmp",
      });
    }
    // The object-store containers get no database credentials at all.
    for (const [job, container] of [
      ["postgres-backup", "upload"],
      ["postgres-restore", "fetch"],
    ] as const) {
      expect(Object.keys(envOf(named(layer, job, container))).filter((key) => key.startsWith("PG"))).toEqual(
        [],
      );
    }
  });

  test("CronJob postgres-restore: suspended, never scheduled, no automatic retry", () => {
    const restore = cronJob(layer, "postgres-restore");
    expect(restore.metadata.namespace).toBe("mlflow");
    expect(restore.spec).toMatchObject({ suspend: true, schedule: NEVER, concurrencyPolicy: "Forbid" });
    expect(restore.spec.jobTemplate.spec).toMatchObject({ backoffLimit: 0, activeDeadlineSeconds: 7200 });
  });

  test("restore: fetch in the aws-cli image, then pg_restore in the postgres image, by the scripts", () => {
    const [fetch, restore] = containers(layer, "postgres-restore");
    expect(fetch).toMatchObject({ name: "fetch", image: IMAGES.awsCli });
    expect(fetch.command).toEqual(["sh", "/scripts/postgres-restore.sh", "fetch"]);
    expect(restore).toMatchObject({ name: "restore", image: IMAGES.postgres["16"] });
    expect(restore.command).toEqual(["sh", "/scripts/postgres-restore.sh", "restore"]);
    expect(envOf(fetch)).toEqual({
      OBJECT_STORE: "s3",
      BACKUP_BUCKET: contract.artifactStore.bucket,
      BACKUP_PREFIX: "backups/postgres",
      RESTORE_KEY: {
        configMapKeyRef: { name: "postgres-restore-request", key: "RESTORE_KEY", optional: true },
      },
      WORK_DIR: "/work",
      HOME: "/tmp",
    });
  });

  test("the restore request ConfigMap is optional and never created by the platform", () => {
    expect(layer.ofKind("ConfigMap", POSTGRES_BACKUP_NAMES.restoreRequestConfigMap)).toEqual([]);
  });

  test("both store containers select the S3 adapter, which the scripts ConfigMap carries", () => {
    for (const [job, container] of [
      ["postgres-backup", "upload"],
      ["postgres-restore", "fetch"],
    ] as const) {
      expect(envOf(named(layer, job, container)).OBJECT_STORE).toBe("s3");
    }
    expect(Object.keys(layer.one("ConfigMap", "postgres-backup-scripts").data)).toContain(
      "object-store-s3.sh",
    );
  });

  test("scripts ConfigMap, mounted read-only and executable at /scripts in both jobs", () => {
    const scripts = layer.one("ConfigMap", "postgres-backup-scripts");
    expect(scripts.metadata.namespace).toBe("mlflow");
    expect(Object.keys(scripts.data).sort()).toEqual([
      "object-store-s3.sh",
      "postgres-backup.sh",
      "postgres-dump-common.sh",
      "postgres-restore.sh",
    ]);
    for (const job of ["postgres-backup", "postgres-restore"]) {
      expect(podSpec(layer, job).volumes).toContainEqual({
        name: "scripts",
        configMap: { name: "postgres-backup-scripts", defaultMode: 0o555 },
      });
      for (const c of containers(layer, job)) {
        expect(c.volumeMounts).toContainEqual({ name: "scripts", mountPath: "/scripts", readOnly: true });
      }
    }
  });

  test("both containers of each pod share /work and /tmp emptyDirs, the same uid and an fsGroup", () => {
    for (const job of ["postgres-backup", "postgres-restore"]) {
      const spec = podSpec(layer, job);
      expect(spec.volumes).toContainEqual({ name: "work", emptyDir: {} });
      expect(spec.volumes).toContainEqual({ name: "tmp", emptyDir: {} });
      expect(spec.securityContext).toMatchObject({
        runAsNonRoot: true,
        fsGroup: expect.any(Number),
        seccompProfile: { type: "RuntimeDefault" },
      });
      const users = new Set(containers(layer, job).map((c) => c.securityContext.runAsUser));
      expect(users.size).toBe(1);
      for (const c of containers(layer, job)) {
        expect(c.volumeMounts).toContainEqual({ name: "work", mountPath: "/work" });
        expect(c.volumeMounts).toContainEqual({ name: "tmp", mountPath: "/tmp" });
        expect([c.name, c.securityContext]).toEqual([
          c.name,
          expect.objectContaining({
            runAsNonRoot: true,
            readOnlyRootFilesystem: true,
            allowPrivilegeEscalation: false,
            capabilities: { drop: ["ALL"] },
            seccompProfile: { type: "RuntimeDefault" },
          }),
        ]);
        expect(Object.keys(c.resources.requests).sort()).toEqual(["cpu", "memory"]);
        expect(Object.keys(c.resources.limits).sort()).toEqual(["cpu", "memory"]);
      }
    }
  });

  test("`kubectl create job --from=cronjob/...` gives a valid Job for both", () => {
    const jobs = ["postgres-backup", "postgres-restore"].map((job) => ({
      apiVersion: "batch/v1",
      kind: "Job",
      metadata: { name: `${job}-manual`, namespace: "mlflow" },
      spec: cronJob(layer, job).spec.jobTemplate.spec,
    }));
    expect(validateManifests(jobs)).toEqual([]);
  });

  test("network: out to the database subnets on the database port, and HTTPS outside the VPC", () => {
    for (const app of ["postgres-backup", "postgres-restore"]) {
      const policy = layer.one("NetworkPolicy", `${app}-allow`);
      expect(policy.metadata.namespace).toBe("mlflow");
      expect(policy.spec.podSelector).toEqual({ matchLabels: { app } });
      expect(cronJob(layer, app).spec.jobTemplate.spec.template.metadata.labels.app).toBe(app);
      expect(policy.spec.policyTypes).toEqual(["Egress"]);
      expect(policy.spec.egress).toEqual([
        {
          to: contract.network.databaseSubnetCidrs.map((cidr) => ({ ipBlock: { cidr } })),
          ports: [{ port: contract.database.port, protocol: "TCP" }],
        },
        {
          to: [{ ipBlock: { cidr: "0.0.0.0/0", except: [contract.network.vpcCidr] } }],
          ports: [{ port: 443, protocol: "TCP" }],
        },
      ]);
    }
  });

  test("matches its snapshot (scripts as digests)", () => {
    expect(withScriptDigests(clusterLayer(name).chart("postgres-backup"))).toMatchSnapshot();
  });
});

describe("the scripts ConfigMap", () => {
  const scripts = clusterLayer("prod").one("ConfigMap", "postgres-backup-scripts");
  const files = backupScriptFiles("s3");
  const folder = join("constructs", "k8s", "scripts");

  test.each(Object.entries(files))("carries %s byte for byte", (key, path) => {
    const file = readFileSync(join(ROOT, path));
    expect(Buffer.from(scripts.data[key], "utf8").equals(file)).toBe(true);
  });

  // The scripts source postgres-dump-common.sh and the store's adapter from their own folder: both must be
  // mounted beside them. Other stores' adapters stay out (adding one changes no other cloud's output).
  test("holds the scripts, their helpers and the adapter of the store, so what the scripts source sits beside them", () => {
    expect(Object.keys(scripts.data).sort()).toEqual(Object.keys(files).sort());
    for (const [key, path] of Object.entries(files)) expect(path).toBe(`${folder}/${key}`);
  });

  test("every file of constructs/k8s/scripts is a script or the adapter of a store kind, and every kind has one", () => {
    const adapters = Object.values(OBJECT_STORE_SHELL_ADAPTERS).map((adapter) => adapter.script);
    expect(
      readdirSync(join(ROOT, folder))
        .map((file) => `${folder}/${file}`)
        .sort(),
    ).toEqual([...Object.values(POSTGRES_BACKUP_SCRIPTS), ...adapters].sort());
    expect(Object.keys(OBJECT_STORE_SHELL_ADAPTERS)).toEqual([...OBJECT_STORE_KINDS]);
    for (const kind of OBJECT_STORE_KINDS) {
      expect(OBJECT_STORE_SHELL_ADAPTERS[kind].script).toBe(`${folder}/object-store-${kind}.sh`);
    }
  });

  test("keeps them byte for byte through the YAML written to dist/", () => {
    const [parsed] = parseAllDocuments(Yaml.stringify(scripts)).map((document) => document.toJS());
    for (const [key, path] of Object.entries(files)) {
      expect(Buffer.from(parsed.data[key], "utf8").equals(readFileSync(join(ROOT, path)))).toBe(true);
    }
  });
});

describe("projectRoot", () => {
  test("finds the project root from source and from the bundle cache in node_modules", () => {
    expect(projectRoot()).toBe(ROOT);
    expect(projectRoot(join(ROOT, "node_modules", ".cache", "mlops-platform"))).toBe(ROOT);
  });

  test("throws when no folder above holds the project", () => {
    expect(() => projectRoot("/")).toThrow(
      new Error('projectRoot: no folder at or above "/" holds both package.json and constructs/k8s/scripts'),
    );
  });
});

// ---------------------------------------------------------------------------------------------------------
// The construct: what it refuses, with the exact message.
// ---------------------------------------------------------------------------------------------------------

describe("PostgresBackupJobs", () => {
  const s3Store: S3ObjectStore = { kind: "s3", image: "amazon/aws-cli:2.36.7", bucket: "my-bucket" };
  const base: PostgresBackupJobsProps = {
    namespace: "mlflow",
    serviceAccount: { name: "backup-sa" },
    postgresImage: "postgres:16.15-alpine3.24",
    database: {
      name: "mlflow-db",
      namespace: "mlflow",
      keys: {
        host: "host",
        port: "port",
        username: "username",
        password: "password",
        database: "dbname",
        uri: "uri",
      },
    },
    objectStore: s3Store,
    schedule: "17 2 * * *",
    retentionDays: 14,
  };
  const build = (props: Partial<PostgresBackupJobsProps>) => {
    const chart = new Chart(Testing.app(), "test");
    new PostgresBackupJobs(chart, "jobs", { ...base, ...props });
    return chart.toJson();
  };

  test("renders with its defaults", () => {
    expect(build({}).map((object) => `${object.kind}/${object.metadata.name}`)).toEqual([
      "ServiceAccount/backup-sa",
      "ConfigMap/postgres-backup-scripts",
      "CronJob/postgres-backup",
      "CronJob/postgres-restore",
    ]);
  });

  test.each([["every day at 2"], ["17 2 * *"], ["61 2 * * *"], [""]])(
    "throws when the schedule is %j",
    (schedule) => {
      expect(() => build({ schedule })).toThrow(
        new Error(
          `PostgresBackupJobs mlflow: schedule is ${JSON.stringify(schedule)}; expected a cron schedule of five fields (minute hour day-of-month month day-of-week), such as "17 2 * * *"`,
        ),
      );
    },
  );

  test("throws when retentionDays is not a positive whole number", () => {
    expect(() => build({ retentionDays: 0 })).toThrow(
      new Error("PostgresBackupJobs mlflow: retentionDays is 0; expected a whole number of days, at least 1"),
    );
    expect(() => build({ retentionDays: 1.5 })).toThrow(
      new Error(
        "PostgresBackupJobs mlflow: retentionDays is 1.5; expected a whole number of days, at least 1",
      ),
    );
  });

  test("throws when the database Secret is in another namespace", () => {
    expect(() => build({ database: { ...base.database, namespace: "argo" } })).toThrow(
      new Error(
        'PostgresBackupJobs mlflow: database.namespace is "argo"; expected "mlflow": pods read Secrets of their own namespace only',
      ),
    );
  });

  test("throws when the bucket is a URI or the prefix could reach the bucket root", () => {
    expect(() => build({ objectStore: { ...s3Store, bucket: "s3://my-bucket" } })).toThrow(
      new Error(
        'PostgresBackupJobs mlflow: objectStore.bucket is "s3://my-bucket"; expected a bucket name (3-63 lowercase letters, digits, dots, hyphens; no scheme)',
      ),
    );
    expect(() => build({ prefix: "/backups/" })).toThrow(
      new Error(
        'PostgresBackupJobs mlflow: prefix is "/backups/"; expected a key prefix without slashes at either end, such as "backups/postgres"',
      ),
    );
  });

  test("throws when the object store is of a kind without an adapter", () => {
    const swift = { kind: "swift", image: "openstack/cli", bucket: "my-bucket" };
    expect(() => build({ objectStore: swift as unknown as PostgresBackupJobsProps["objectStore"] })).toThrow(
      new Error(
        'PostgresBackupJobs mlflow: objectStore.kind is "swift"; expected one of "s3", "azblob", "gcs" (a store with an adapter, constructs/k8s/scripts/object-store-<kind>.sh)',
      ),
    );
  });

  test("throws when the store has no image", () => {
    expect(() => build({ objectStore: { ...s3Store, image: "" } })).toThrow(
      new Error(
        `PostgresBackupJobs mlflow: objectStore.image is ""; expected an image with the store's command-line tool`,
      ),
    );
  });

  test("passes the store's extra environment to both store containers, after its own settings", () => {
    const objects = build({
      objectStore: {
        ...s3Store,
        env: { BACKUP_KMS_KEY_ID: "alias/backups", AWS_REGION: "us-east-1" },
      },
    });
    const storeContainers = objects
      .filter((object) => object.kind === "CronJob")
      .flatMap((object) => {
        const spec = object.spec.jobTemplate.spec.template.spec;
        return [...spec.initContainers, ...spec.containers];
      })
      .filter((c) => c.name === "upload" || c.name === "fetch");
    expect(storeContainers.map((c) => [c.name, c.image])).toEqual([
      ["upload", "amazon/aws-cli:2.36.7"],
      ["fetch", "amazon/aws-cli:2.36.7"],
    ]);
    for (const c of storeContainers) {
      expect(c.env.slice(0, 5)).toEqual([
        { name: "OBJECT_STORE", value: "s3" },
        { name: "BACKUP_BUCKET", value: "my-bucket" },
        { name: "BACKUP_KMS_KEY_ID", value: "alias/backups" },
        { name: "AWS_REGION", value: "us-east-1" },
        { name: "BACKUP_PREFIX", value: "backups/postgres" },
      ]);
    }
  });

  test.each([["OBJECT_STORE"], ["BACKUP_BUCKET"], ["WORK_DIR"], ["PGPASSWORD"], ["not a name"]])(
    "throws when the store's extra environment sets %j",
    (name) => {
      expect(() => build({ objectStore: { ...s3Store, env: { [name]: "x" } } })).toThrow(
        new Error(
          `PostgresBackupJobs mlflow: objectStore.env key is ${JSON.stringify(name)}; expected an environment variable name that is neither one the jobs set (BACKUP_BUCKET, BACKUP_PREFIX, HOME, OBJECT_STORE, RESTORE_KEY, RETENTION_DAYS, WORK_DIR) nor a PG* database setting`,
        ),
      );
    },
  );

  test("throws when a deadline is too short to work", () => {
    expect(() => build({ startingDeadline: Duration.seconds(5) })).toThrow(
      new Error(
        'PostgresBackupJobs mlflow: startingDeadline is "5s"; expected a whole number of seconds, at least 10',
      ),
    );
    expect(() => build({ activeDeadline: Duration.seconds(30) })).toThrow(
      new Error(
        'PostgresBackupJobs mlflow: activeDeadline is "30s"; expected a whole number of seconds, at least 60',
      ),
    );
  });
});

describe("the cloud's object store", () => {
  test("AWS: S3 through the aws CLI image, in the contract's artifact bucket", () => {
    const { contract } = platform("prod");
    const store = cloudOf("aws").cluster.objectStore;
    expect(store.kind).toBe("s3");
    expect(store.backupStore(contract)).toEqual({
      kind: "s3",
      image: IMAGES.awsCli,
      bucket: contract.artifactStore.bucket,
    });
  });
});
