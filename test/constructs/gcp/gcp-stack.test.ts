import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { ENVIRONMENT_SPECS } from "../../../config/environments";
import { GPU_POOL } from "../../../constructs/k8s/gpu-pool";
import { clusterLayer, type Manifest } from "../../support/cluster-layer";
import { type Json, synthStack } from "../../support/terraform-json";
import { describeIf } from "../../support/tool-availability";

/** The GCP stacks' security and reliability settings, on the synthesized JSON. */

const dev = synthStack("gcp-dev");
const prod = synthStack("gcp-prod");
const dr = synthStack("gcp-prod-dr");

describe("GKE", () => {
  test.each([
    ["gcp-dev", dev],
    ["gcp-prod", prod],
  ])(
    "%s: private nodes, restricted endpoint, Workload Identity, Dataplane V2, CMEK Secrets, no default pool",
    (_name, stack) => {
      const cluster = stack.only("google_container_cluster");
      expect(cluster.private_cluster_config.enable_private_nodes).toBe(true);
      expect(cluster.private_cluster_config.enable_private_endpoint).toBe(true);
      const cidrs = cluster.master_authorized_networks_config.cidr_blocks.map(
        (block: Json) => block.cidr_block,
      );
      expect(cidrs).not.toContain("0.0.0.0/0");
      expect(cluster.master_authorized_networks_config.gcp_public_cidrs_access_enabled).toBe(false);
      expect(cluster.workload_identity_config.workload_pool).toMatch(
        /^mlops-platform-(dev|prod)-1\.svc\.id\.goog$/,
      );
      expect(cluster.datapath_provider).toBe("ADVANCED_DATAPATH");
      expect(cluster.networking_mode).toBe("VPC_NATIVE");
      expect(cluster.remove_default_node_pool).toBe(true);
      expect(cluster.enable_shielded_nodes).toBe(true);
      expect(cluster.database_encryption.state).toBe("ENCRYPTED");
      expect(cluster.database_encryption.key_name).toMatch(/google_kms_crypto_key\.[^.]+\.id/);
      expect(cluster.release_channel.channel).toBe("REGULAR");
      expect(cluster.monitoring_config.managed_prometheus.enabled).toBe(true);
      expect(cluster.logging_config.enable_components).toContain("WORKLOADS");
      expect(cluster.maintenance_policy.recurring_window.recurrence).toMatch(/^FREQ=WEEKLY/);
      expect(cluster.node_config.service_account).toMatch(/google_service_account\.[^.]+\.email/);
    },
  );

  test("regional with deletion protection in prod, zonal without in dev", () => {
    expect(prod.only("google_container_cluster")).toMatchObject({
      location: "us-central1",
      deletion_protection: true,
    });
    expect(prod.only("google_container_cluster").lifecycle.prevent_destroy).toBe(true);
    expect(dev.only("google_container_cluster")).toMatchObject({
      location: "us-central1-a",
      deletion_protection: false,
    });
  });

  test("node_locations: a zonal cluster lists only its additional zones, a regional one every zone", () => {
    // The provider's Read drops a zonal cluster's own zone from node_locations; listing it never plans clean.
    expect(dev.only("google_container_cluster").node_locations).toEqual(["us-central1-b"]);
    expect(prod.only("google_container_cluster").node_locations).toEqual([
      "us-central1-a",
      "us-central1-b",
      "us-central1-c",
    ]);
    const threeZones = ENVIRONMENT_SPECS.map((spec) =>
      spec.name === "gcp-dev" ? { ...spec, network: { ...spec.network, availabilityZoneCount: 3 } } : spec,
    );
    expect(synthStack("gcp-dev", threeZones).only("google_container_cluster").node_locations).toEqual([
      "us-central1-b",
      "us-central1-c",
    ]);
    // A pool's node_locations holds every zone it runs in, the cluster's own included (its Read keeps them all).
    for (const pool of dev.resourceList("google_container_node_pool")) {
      expect(pool.location).toBe("us-central1-a");
      expect(pool.node_locations).toEqual(["us-central1-a", "us-central1-b"]);
    }
  });

  test("GPU pools: from zero, GKE-installed drivers, the charts' label and taint, spot only where the tier allows", () => {
    const gpuPools = (stack: typeof dev) =>
      stack.where("google_container_node_pool", (pool) => pool.node_config.guest_accelerator !== undefined);
    expect(
      gpuPools(dev)
        .map((pool) => [pool.name, pool.node_config.spot])
        .sort(),
    ).toEqual([
      ["gpu-nvidia-l4", false],
      ["gpu-nvidia-l4-spot", true],
    ]);
    expect(gpuPools(prod).map((pool) => [pool.name, pool.node_config.spot])).toEqual([
      ["gpu-nvidia-l4", false],
    ]);
    for (const pool of [...gpuPools(dev), ...gpuPools(prod)]) {
      expect(pool.autoscaling.total_min_node_count).toBe(0);
      expect(pool.autoscaling.location_policy).toBe("ANY");
      expect(pool.node_config.guest_accelerator[0]).toMatchObject({
        type: "nvidia-l4",
        count: 1,
        gpu_driver_installation_config: { gpu_driver_version: "DEFAULT" },
      });
      expect(pool.node_config.labels).toEqual(GPU_POOL.nodeLabel);
      expect(pool.node_config.taint).toEqual([
        { key: GPU_POOL.taint.key, value: "present", effect: "NO_SCHEDULE" },
      ]);
      expect(pool.node_config.workload_metadata_config.mode).toBe("GKE_METADATA");
      expect(pool.node_config.shielded_instance_config.enable_secure_boot).toBe(true);
      expect(pool.lifecycle.ignore_changes).toContain("initial_node_count");
    }
    // gpu.maxGpus is shared by the pools: 4 in dev over two pools, 16 in prod over one.
    expect(gpuPools(dev).map((pool) => pool.autoscaling.total_max_node_count)).toEqual([2, 2]);
    expect(gpuPools(prod)[0].autoscaling.total_max_node_count).toBe(16);
  });

  test("the cluster waits for GKE's grant on its Secrets key, and the grant for the APIs", () => {
    const grant = prod.addressOf("google_kms_crypto_key_iam_member", (member) =>
      String(member.member).includes("container-engine-robot"),
    );
    expect(prod.only("google_container_cluster").depends_on).toContain(grant);
    const member = prod.where("google_kms_crypto_key_iam_member", (entry) =>
      String(entry.member).includes("container-engine-robot"),
    )[0];
    expect(
      member.depends_on.some((dependency: string) => dependency.startsWith("google_project_service.")),
    ).toBe(true);
  });

  test("the nodes run as a dedicated service account with the GKE node role only", () => {
    const role = prod.only("google_project_iam_member");
    expect(role.role).toBe("roles/container.defaultNodeServiceAccount");
    for (const pool of prod.resourceList("google_container_node_pool")) {
      expect(pool.node_config.service_account).toMatch(/google_service_account\.[^.]*node-sa[^.]*\.email/);
    }
  });

  test("GPU workloads of the charts select and tolerate exactly what the pools carry", () => {
    const pools = prod.where("google_container_node_pool", (pool) => pool.node_config.guest_accelerator);
    const serving: Manifest = clusterLayer("gcp-prod").one("InferenceService", "text-embedder");
    const predictor = serving.spec.predictor;
    for (const [key, value] of Object.entries(predictor.nodeSelector)) {
      expect(pools.every((pool) => pool.node_config.labels[key] === value)).toBe(true);
    }
    expect(predictor.tolerations).toContainEqual(
      expect.objectContaining({ key: "nvidia.com/gpu", effect: "NoSchedule" }),
    );
  });
});

describe("Cloud SQL", () => {
  test("private IP only, TLS only, PITR, regional and protected in prod", () => {
    const instance = prod.only("google_sql_database_instance");
    expect(instance.name).toBe("mlops-platform-gcp-prod-mlflow");
    expect(instance.database_version).toBe("POSTGRES_16");
    expect(instance.settings.ip_configuration).toMatchObject({
      ipv4_enabled: false,
      ssl_mode: "ENCRYPTED_ONLY",
    });
    expect(instance.settings.backup_configuration).toMatchObject({
      enabled: true,
      point_in_time_recovery_enabled: true,
      location: "us",
      backup_retention_settings: { retained_backups: 14, retention_unit: "COUNT" },
    });
    expect(instance.settings.availability_type).toBe("REGIONAL");
    expect(instance.deletion_protection).toBe(true);
    expect(instance.settings.deletion_protection_enabled).toBe(true);
    expect(instance.lifecycle.prevent_destroy).toBe(true);
    expect(instance.settings.insights_config.query_insights_enabled).toBe(true);
    expect(instance.settings.maintenance_window).toMatchObject({ day: 7, hour: 4 });
    expect(dev.only("google_sql_database_instance").settings.availability_type).toBe("ZONAL");
  });

  test("PostgreSQL logs connections, disconnections, lock waits and checkpoints, in every environment", () => {
    for (const stack of [dev, prod, dr]) {
      expect(stack.only("google_sql_database_instance").settings.database_flags).toEqual([
        { name: "log_connections", value: "on" },
        { name: "log_disconnections", value: "on" },
        { name: "log_lock_waits", value: "on" },
        { name: "log_checkpoints", value: "on" },
      ]);
    }
  });

  test("the password comes from an ephemeral random_password through write-only arguments only", () => {
    for (const stack of [dev, prod, dr]) {
      const ephemeral = Object.values(stack.json.ephemeral.random_password) as Json[];
      expect(ephemeral).toEqual([expect.objectContaining({ length: 40, special: false })]);
      expect(stack.json.terraform.required_providers.random).toEqual({
        source: "hashicorp/random",
        version: "3.7.2",
      });
      const user = stack.only("google_sql_user");
      expect(user.password).toBeUndefined();
      expect(user.password_wo).toMatch(/^\$\{ephemeral\.random_password\.[a-z0-9_]+\.result\}$/);
      const version = stack.only("google_secret_manager_secret_version");
      expect(version.secret_data).toBeUndefined();
      expect(version.secret_data_wo).toContain("ephemeral.random_password.");
      const text = JSON.stringify(stack.json);
      // Nowhere else: not in an output, not in a non-write-only argument.
      expect(text.match(/ephemeral\.random_password\.[a-z0-9_]+\.result/g)?.length).toBe(2);
    }
  });
});

/** The stack's bucket named `name`. */
function bucketNamed(stack: typeof dev, name: string): Json {
  const [bucket, ...others] = stack.where("google_storage_bucket", (each) => each.name === name);
  expect(others).toEqual([]);
  return bucket;
}
const artifactBucket = (stack: typeof dev, env: string) =>
  bucketNamed(stack, `mlops-platform-${env}-mlflow-artifacts`);
const logBucket = (stack: typeof dev, env: string) => bucketNamed(stack, `mlops-platform-${env}-access-logs`);

describe("GCS", () => {
  test("uniform access, public access prevented, versioned, soft delete, lifecycle, CMEK", () => {
    for (const [stack, env] of [
      [dev, "gcp-dev"],
      [prod, "gcp-prod"],
    ] as const) {
      const bucket = artifactBucket(stack, env);
      expect(bucket).toMatchObject({
        uniform_bucket_level_access: true,
        public_access_prevention: "enforced",
        versioning: { enabled: true },
        force_destroy: false,
      });
      expect(bucket.soft_delete_policy.retention_duration_seconds).toBeGreaterThanOrEqual(7 * 86_400);
      expect(bucket.lifecycle_rule.map((rule: Json) => rule.action.type).sort()).toEqual([
        "AbortIncompleteMultipartUpload",
        "Delete",
      ]);
      expect(bucket.encryption.default_kms_key_name).toMatch(/google_kms_crypto_key\./);
    }
  });

  test("prod: a dual-region bucket over the region and the recovery region; dev: one region", () => {
    expect(artifactBucket(prod, "gcp-prod")).toMatchObject({
      location: "US",
      custom_placement_config: { data_locations: ["US-CENTRAL1", "US-EAST4"] },
    });
    expect(artifactBucket(dev, "gcp-dev").location).toBe("US-CENTRAL1");
  });

  describe("usage logs", () => {
    const logAddress = (stack: typeof dev, env: string) =>
      stack.addressOf(
        "google_storage_bucket",
        (bucket) => bucket.name === `mlops-platform-${env}-access-logs`,
      );

    test("the artifact bucket logs to the environment's log bucket, under its own name, never to itself", () => {
      for (const [stack, env] of [
        [dev, "gcp-dev"],
        [prod, "gcp-prod"],
      ] as const) {
        expect(artifactBucket(stack, env).logging).toEqual({
          log_bucket: `\${${logAddress(stack, env)}.name}`,
          log_object_prefix: `mlops-platform-${env}-mlflow-artifacts/`,
        });
        expect(logBucket(stack, env).logging).toBeUndefined();
      }
    });

    test("the log bucket: same location and key, uniform access, public access prevented, versioned, soft delete", () => {
      const logs = logBucket(prod, "gcp-prod");
      const artifacts = artifactBucket(prod, "gcp-prod");
      expect(logs).toMatchObject({
        location: artifacts.location,
        custom_placement_config: artifacts.custom_placement_config,
        rpo: "DEFAULT",
        uniform_bucket_level_access: true,
        public_access_prevention: "enforced",
        versioning: { enabled: true },
        soft_delete_policy: { retention_duration_seconds: 7 * 86_400 },
        encryption: artifacts.encryption,
      });
      expect(logBucket(dev, "gcp-dev").location).toBe("US-CENTRAL1");
    });

    test("logs are deleted after artifacts.accessLogRetentionDays (30 dev, 365 prod), replaced ones after 7 days", () => {
      const rules = (days: number) => [
        { action: { type: "Delete" }, condition: { age: days, with_state: "LIVE" } },
        { action: { type: "Delete" }, condition: { days_since_noncurrent_time: 7, with_state: "ARCHIVED" } },
      ];
      expect(logBucket(dev, "gcp-dev").lifecycle_rule).toEqual(rules(30));
      expect(logBucket(prod, "gcp-prod").lifecycle_rule).toEqual(rules(365));
    });

    test("only GCS's analytics group may write, and only create objects", () => {
      for (const [stack, env] of [
        [dev, "gcp-dev"],
        [prod, "gcp-prod"],
      ] as const) {
        const grants = stack.where(
          "google_storage_bucket_iam_member",
          (grant) => grant.bucket === `\${${logAddress(stack, env)}.name}`,
        );
        expect(grants).toEqual([
          {
            bucket: `\${${logAddress(stack, env)}.name}`,
            role: "roles/storage.objectCreator",
            member: "group:cloud-storage-analytics@google.com",
          },
        ]);
      }
    });

    test("deletion protection: emptied on destroy without it (dev), refused with it (prod)", () => {
      expect(logBucket(dev, "gcp-dev")).toMatchObject({ force_destroy: true });
      expect(logBucket(dev, "gcp-dev").lifecycle).toBeUndefined();
      expect(logBucket(prod, "gcp-prod")).toMatchObject({
        force_destroy: false,
        lifecycle: { prevent_destroy: true },
      });
    });
  });

  test("the recovery environment creates no bucket: it is granted gcp-prod's dual-region bucket", () => {
    expect(dr.resourceList("google_storage_bucket")).toEqual([]);
    const buckets = new Set(dr.resourceList("google_storage_bucket_iam_member").map((grant) => grant.bucket));
    expect([...buckets]).toEqual(["mlops-platform-gcp-prod-mlflow-artifacts"]);
  });
});

describe("workload identities", () => {
  test("each Google service account is bound to exactly its Kubernetes service account", () => {
    const bindings = prod
      .resourceList("google_service_account_iam_member")
      .filter((binding) => binding.role === "roles/iam.workloadIdentityUser");
    const members = bindings.map((binding) => binding.member).sort();
    expect(members).toEqual(
      [
        "serviceAccount:mlops-platform-prod-1.svc.id.goog[argo/ml-training]",
        "serviceAccount:mlops-platform-prod-1.svc.id.goog[mlflow/backup-sa]",
        "serviceAccount:mlops-platform-prod-1.svc.id.goog[mlflow/mlflow]",
        "serviceAccount:mlops-platform-prod-1.svc.id.goog[mlops/demand-forecast-model]",
        "serviceAccount:mlops-platform-prod-1.svc.id.goog[mlops/my-model-model]",
        "serviceAccount:mlops-platform-prod-1.svc.id.goog[mlops/text-embedder-model]",
        "serviceAccount:mlops-platform-prod-1.svc.id.goog[velero/velero]",
      ].sort(),
    );
    for (const binding of bindings) expect(binding.member).toMatch(/\.svc\.id\.goog\[/);
  });

  test("Velero's service account may sign blobs as itself, on itself only (its plugin's signed URLs)", () => {
    for (const stack of [dev, prod, dr]) {
      const others = stack
        .resourceList("google_service_account_iam_member")
        .filter((binding) => binding.role !== "roles/iam.workloadIdentityUser");
      expect(others).toHaveLength(1);
      const [grant] = others;
      expect(grant.role).toBe("roles/iam.serviceAccountTokenCreator");
      const velero = /^\$\{google_service_account\.platform_workload-identities_velero-sa_[0-9A-F]{8}\./;
      expect(grant.service_account_id).toMatch(velero);
      expect(grant.service_account_id).toMatch(/\.name\}$/);
      // The member is the same account: it signs as itself, not as any other.
      expect(grant.member).toBe(`serviceAccount:${grant.service_account_id.replace(/\.name\}$/, ".email}")}`);
      const projectRoles = stack.resourceList("google_project_iam_member").map((grant) => grant.role);
      expect(projectRoles).not.toContain("roles/iam.serviceAccountTokenCreator");
    }
  });

  test("bucket grants are conditioned on the workload's prefixes; only MLflow and backups read the secret", () => {
    const grants = prod.where("google_storage_bucket_iam_member", (grant) =>
      String(grant.member).startsWith("serviceAccount:"),
    );
    expect(grants.length).toBe(prod.resourceList("google_storage_bucket_iam_member").length - 1);
    for (const grant of grants) expect(grant.condition.expression).toContain("/objects/");
    const models = grants.filter((grant) =>
      grant.condition.expression.includes("/objects/models/text-embedder/"),
    );
    expect(models.map((grant) => grant.role)).toEqual(["roles/storage.objectViewer"]);
    const readers = prod.resourceList("google_secret_manager_secret_iam_member");
    expect(readers.map((reader) => reader.role)).toEqual([
      "roles/secretmanager.secretAccessor",
      "roles/secretmanager.secretAccessor",
    ]);
  });

  test("every service account id fits GCP's 6-30 characters", () => {
    for (const stack of [dev, prod, dr]) {
      for (const account of stack.resourceList("google_service_account")) {
        expect(account.account_id).toMatch(/^[a-z][-a-z0-9]{4,28}[a-z0-9]$/);
      }
    }
  });
});

describe("network and project", () => {
  test("custom-mode VPC, secondary ranges, flow logs, Private Google Access, NAT, Private Service Access", () => {
    expect(prod.only("google_compute_network").auto_create_subnetworks).toBe(false);
    const subnet = prod.only("google_compute_subnetwork");
    expect(subnet).toMatchObject({ ip_cidr_range: "10.61.128.0/19", private_ip_google_access: true });
    expect(subnet.secondary_ip_range.map((range: Json) => range.range_name)).toEqual(["pods", "services"]);
    expect(subnet.log_config.metadata).toBe("INCLUDE_ALL_METADATA");
    expect(prod.only("google_compute_router_nat").source_subnetwork_ip_ranges_to_nat).toBe(
      "LIST_OF_SUBNETWORKS",
    );
    expect(prod.only("google_compute_global_address")).toMatchObject({
      purpose: "VPC_PEERING",
      prefix_length: 19,
    });
    expect(prod.only("google_service_networking_connection").service).toBe(
      "servicenetworking.googleapis.com",
    );
  });

  test("every resource's labels are the provider's default labels, spelled alike", () => {
    const defaults = prod.json.provider.google[0].default_labels;
    expect(defaults).toEqual({ project: "mlops-platform", environment: "gcp-prod", "managed-by": "cdktf" });
    expect(artifactBucket(prod, "gcp-prod").labels).toEqual(defaults);
    expect(logBucket(prod, "gcp-prod").labels).toEqual(defaults);
  });

  test("the APIs are enabled by the stack and never disabled on destroy", () => {
    const services = prod.resourceList("google_project_service");
    expect(services.map((service) => service.service)).toEqual(
      expect.arrayContaining([
        "container.googleapis.com",
        "iamcredentials.googleapis.com",
        "sts.googleapis.com",
      ]),
    );
    for (const service of services) expect(service.disable_on_destroy).toBe(false);
  });
});

const RUNBOOKS = join(__dirname, "../../../../shared/runbooks");

describeIf(
  existsSync(RUNBOOKS)
    ? { available: true, reason: "" }
    : { available: false, reason: `no runbooks: ${RUNBOOKS} is not a directory` },
  { failUnderCi: true },
)("the runbooks", () => {
  test("the runbook's GCP command names an instance the stack creates, with its environment's name", () => {
    const runbooks = RUNBOOKS;
    const command = readdirSync(runbooks)
      .map((file) => readFileSync(join(runbooks, file), "utf8"))
      .map((text) =>
        /gcloud sql backups create \\\s*\n\s*--instance=(mlops-platform-)[a-z0-9-]+(-mlflow)/.exec(text),
      )
      .find((match) => match !== null);
    expect(command).toBeDefined();
    const instance = `${command?.[1]}gcp-prod${command?.[2]}`;
    expect(prod.only("google_sql_database_instance").name).toBe(instance);
  });
});
