import { readFileSync } from "node:fs";
import { join } from "node:path";
import { GCP_GUARDRAILS } from "../../constructs/gcp/guardrails";
import { TerraformGuardrails } from "../../guardrails/terraform-guardrails";
import {
  type Case,
  describeTerraformCases,
  findingsOf,
  type Json,
  type Resources,
  ref,
} from "./terraform-pack-cases";

const NODE_ACCOUNT = ref("google_service_account.nodes.email");

/** A node configuration that keeps every node rule; `change` breaks one thing. */
const nodeConfig = (change: (node: Json) => void = () => {}): Json => {
  const node: Json = {
    service_account: NODE_ACCOUNT,
    oauth_scopes: ["https://www.googleapis.com/auth/cloud-platform"],
    shielded_instance_config: { enable_integrity_monitoring: true, enable_secure_boot: true },
    workload_metadata_config: { mode: "GKE_METADATA" },
    metadata: { "disable-legacy-endpoints": "true" },
  };
  change(node);
  return node;
};

const cluster = (change: (config: Json) => void = () => {}): Resources => {
  const config: Json = {
    name: "c",
    location: "us-central1",
    node_locations: ["us-central1-a", "us-central1-b", "us-central1-c"],
    remove_default_node_pool: true,
    initial_node_count: 1,
    deletion_protection: true,
    enable_shielded_nodes: true,
    datapath_provider: "ADVANCED_DATAPATH",
    networking_mode: "VPC_NATIVE",
    ip_allocation_policy: { cluster_secondary_range_name: "pods", services_secondary_range_name: "services" },
    private_cluster_config: {
      enable_private_endpoint: true,
      enable_private_nodes: true,
      master_ipv4_cidr_block: "10.61.255.240/28",
    },
    master_authorized_networks_config: {
      cidr_blocks: [{ cidr_block: "10.61.0.0/16", display_name: "vpc" }],
      gcp_public_cidrs_access_enabled: false,
    },
    master_auth: { client_certificate_config: { issue_client_certificate: false } },
    workload_identity_config: { workload_pool: "p-1.svc.id.goog" },
    release_channel: { channel: "REGULAR" },
    database_encryption: { state: "ENCRYPTED", key_name: ref("google_kms_crypto_key.k.id") },
    logging_config: { enable_components: ["SYSTEM_COMPONENTS", "WORKLOADS", "APISERVER"] },
    monitoring_config: {
      enable_components: ["SYSTEM_COMPONENTS", "APISERVER"],
      managed_prometheus: { enabled: true },
    },
    node_config: nodeConfig(),
  };
  change(config);
  return { google_container_cluster: { c: config } };
};

const pool = (change: (config: Json) => void = () => {}): Resources => {
  const config: Json = {
    name: "system",
    cluster: ref("google_container_cluster.c.id"),
    location: "us-central1",
    autoscaling: { location_policy: "BALANCED", total_min_node_count: 3, total_max_node_count: 6 },
    management: { auto_repair: true, auto_upgrade: true },
    node_config: nodeConfig(),
  };
  change(config);
  return { ...cluster(), google_container_node_pool: { n: config } };
};

const database = (change: (config: Json) => void = () => {}): Resources => {
  const config: Json = {
    name: "db",
    database_version: "POSTGRES_16",
    deletion_protection: true,
    settings: {
      tier: "db-custom-2-8192",
      availability_type: "REGIONAL",
      deletion_protection_enabled: true,
      ip_configuration: {
        ipv4_enabled: false,
        private_network: ref("google_compute_network.v.id"),
        ssl_mode: "ENCRYPTED_ONLY",
      },
      backup_configuration: {
        enabled: true,
        point_in_time_recovery_enabled: true,
        transaction_log_retention_days: 7,
        backup_retention_settings: { retained_backups: 14, retention_unit: "COUNT" },
      },
      database_flags: ["log_connections", "log_disconnections", "log_lock_waits", "log_checkpoints"].map(
        (name) => ({ name, value: "on" }),
      ),
    },
  };
  change(config);
  return { google_sql_database_instance: { db: config } };
};

const flagsWithout = (flag: string) =>
  database((c) => {
    c.settings.database_flags = c.settings.database_flags.filter((f: Json) => f.name !== flag);
  });

const bucket = (change: (config: Json) => void = () => {}): Resources => {
  const config: Json = {
    name: "b",
    location: "US",
    custom_placement_config: { data_locations: ["US-CENTRAL1", "US-EAST4"] },
    uniform_bucket_level_access: true,
    public_access_prevention: "enforced",
    versioning: { enabled: true },
    soft_delete_policy: { retention_duration_seconds: 2592000 },
    encryption: { default_kms_key_name: ref("google_kms_crypto_key.k.id") },
    logging: { log_bucket: "logs", log_object_prefix: "b/" },
  };
  change(config);
  return { google_storage_bucket: { b: config } };
};

const key = (change: (config: Json) => void = () => {}): Resources => {
  const config: Json = {
    name: "k",
    key_ring: ref("google_kms_key_ring.r.id"),
    rotation_period: "7776000s",
    lifecycle: { prevent_destroy: true },
  };
  change(config);
  return { google_kms_crypto_key: { k: config } };
};

const projectGrant = (role: string): Resources => ({
  google_project_iam_member: { g: { project: "p-1", role, member: `serviceAccount:${NODE_ACCOUNT}` } },
});

const workloadIdentity = (member: Json): Resources => ({
  google_service_account_iam_member: {
    w: {
      service_account_id: ref("google_service_account.mlflow.name"),
      role: "roles/iam.workloadIdentityUser",
      member,
    },
  },
});

const subnet = (change: (config: Json) => void = () => {}): Resources => {
  const config: Json = {
    name: "nodes",
    ip_cidr_range: "10.61.128.0/19",
    private_ip_google_access: true,
    log_config: {
      aggregation_interval: "INTERVAL_5_SEC",
      flow_sampling: 0.5,
      metadata: "INCLUDE_ALL_METADATA",
    },
  };
  change(config);
  return { google_compute_subnetwork: { s: config } };
};

/** Firewall rules as the stack writes them: health checks, internal traffic, and a final deny from anywhere. */
const firewall = (extra: Json = undefined): Resources => ({
  google_compute_firewall: {
    health: {
      direction: "INGRESS",
      allow: [{ protocol: "tcp" }],
      source_ranges: ["35.191.0.0/16", "130.211.0.0/22"],
    },
    deny: {
      direction: "INGRESS",
      deny: [{ protocol: "all" }],
      source_ranges: ["0.0.0.0/0"],
      priority: 65000,
    },
    ...(extra && { open: extra }),
  },
});

const CASES: Record<string, Case> = {
  CKV_GCP_64: {
    pass: pool(),
    fail: pool((p) => (p.network_config = { enable_private_nodes: false })),
    resource: "google_container_node_pool.n",
    message: "gives its nodes external addresses (network_config.enable_private_nodes = false)",
  },
  CKV_GCP_18: {
    pass: cluster((c) => {
      c.private_cluster_config.enable_private_endpoint = false;
      c.master_authorized_networks_config.cidr_blocks = [{ cidr_block: "203.0.113.0/24" }];
    }),
    fail: cluster((c) => {
      c.private_cluster_config.enable_private_endpoint = false;
      c.master_authorized_networks_config.cidr_blocks = [{ cidr_block: "0.0.0.0/0" }];
    }),
    resource: "google_container_cluster.c",
    message: "has a public API endpoint open to 0.0.0.0/0",
  },
  "platform-gke-workload-identity": {
    pass: cluster(),
    fail: cluster((c) => delete c.workload_identity_config),
    resource: "google_container_cluster.c",
    message: "does not enable Workload Identity (no workload_identity_config.workload_pool)",
  },
  CKV_GCP_70: {
    pass: cluster(),
    fail: cluster((c) => (c.release_channel = { channel: "UNSPECIFIED" })),
    resource: "google_container_cluster.c",
    message: "is enrolled in no release channel",
  },
  CKV_GCP_12: {
    pass: cluster((c) => {
      delete c.datapath_provider;
      c.network_policy = { enabled: true, provider: "CALICO" };
    }),
    fail: cluster((c) => delete c.datapath_provider),
    resource: "google_container_cluster.c",
    message: "does not enforce NetworkPolicies (neither Dataplane V2 nor network_policy.enabled)",
  },
  CKV_GCP_123: {
    pass: cluster(),
    fail: cluster((c) => (c.remove_default_node_pool = false)),
    resource: "google_container_cluster.c",
    message: "keeps the default node pool",
  },
  CKV_GCP_71: {
    pass: cluster((c) => delete c.enable_shielded_nodes),
    fail: cluster((c) => (c.enable_shielded_nodes = false)),
    resource: "google_container_cluster.c",
    message: "turns shielded nodes off (enable_shielded_nodes = false)",
  },
  "platform-gke-secrets-encryption": {
    pass: cluster(),
    fail: cluster((c) => (c.database_encryption = { state: "DECRYPTED" })),
    resource: "google_container_cluster.c",
    message: "does not encrypt Kubernetes Secrets with a Cloud KMS key",
  },
  "platform-gke-deletion-protection": {
    pass: cluster((c) => delete c.deletion_protection),
    fail: cluster((c) => (c.deletion_protection = false)),
    resource: "google_container_cluster.c",
    message: "has no deletion protection",
  },
  CKV_GCP_7: {
    pass: cluster((c) => (c.enable_legacy_abac = false)),
    fail: cluster((c) => (c.enable_legacy_abac = true)),
    resource: "google_container_cluster.c",
    message: "enables legacy ABAC authorization",
  },
  CKV_GCP_13: {
    pass: cluster((c) => delete c.master_auth),
    fail: cluster((c) => (c.master_auth.client_certificate_config.issue_client_certificate = true)),
    resource: "google_container_cluster.c",
    message: "issues a client certificate",
  },
  CKV_GCP_1: {
    pass: cluster((c) => delete c.logging_config),
    fail: cluster((c) => (c.logging_config.enable_components = ["SYSTEM_COMPONENTS"])),
    resource: "google_container_cluster.c",
    message: "does not log WORKLOADS",
  },
  CKV_GCP_8: {
    pass: cluster(),
    fail: cluster((c) => (c.monitoring_service = "none")),
    resource: "google_container_cluster.c",
    message: 'sends no metrics to Cloud Monitoring (monitoring_service = "none")',
  },
  CKV2_GCP_19: {
    pass: cluster(),
    fail: cluster((c) => (c.enable_kubernetes_alpha = true)),
    resource: "google_container_cluster.c",
    message: "is an alpha cluster (enable_kubernetes_alpha)",
  },
  CKV_GCP_23: {
    pass: cluster(),
    fail: cluster((c) => delete c.ip_allocation_policy),
    resource: "google_container_cluster.c",
    message: "is not VPC-native (no ip_allocation_policy)",
  },
  "platform-gke-regional": {
    pass: cluster(),
    fail: cluster((c) => (c.location = "us-central1-a")),
    resource: "google_container_cluster.c",
    message: "has a zonal control plane (location us-central1-a)",
  },
  CKV_GCP_69: {
    pass: pool(),
    fail: pool((p) => (p.node_config.workload_metadata_config = { mode: "GCE_METADATA" })),
    resource: "google_container_node_pool.n",
    message:
      "lets pods reach the VM's metadata server: workload_metadata_config.mode is not GKE_METADATA (its nodes)",
  },
  CKV_GCP_68: {
    pass: pool(),
    fail: cluster(
      (c) =>
        (c.node_pool = [
          { name: "inline", node_config: nodeConfig((n) => delete n.shielded_instance_config) },
        ]),
    ),
    resource: "google_container_cluster.c",
    message: "boots its nodes without secure boot (node_pool inline)",
  },
  CKV_GCP_72: {
    pass: pool((p) => delete p.node_config.shielded_instance_config.enable_integrity_monitoring),
    fail: cluster((c) => (c.node_config.shielded_instance_config.enable_integrity_monitoring = false)),
    resource: "google_container_cluster.c",
    message: "turns integrity monitoring off (the default pool)",
  },
  CKV_GCP_9: {
    pass: pool((p) => delete p.management),
    fail: pool((p) => (p.management.auto_repair = false)),
    resource: "google_container_node_pool.n",
    message: "does not repair its nodes (management.auto_repair = false)",
  },
  CKV_GCP_10: {
    pass: pool(),
    fail: pool((p) => (p.management.auto_upgrade = false)),
    resource: "google_container_node_pool.n",
    message: "does not upgrade its nodes (management.auto_upgrade = false)",
  },
  CKV2_GCP_1: {
    pass: pool(),
    fail: pool((p) => (p.node_config.service_account = "123456789-compute@developer.gserviceaccount.com")),
    resource: "google_container_node_pool.n",
    message: "runs its nodes as the Compute Engine default service account (its nodes)",
  },
  "platform-gke-node-no-ssh-keys": {
    pass: pool(),
    fail: pool((p) => (p.node_config.metadata["ssh-keys"] = "ops:ssh-ed25519 AAAA ops")),
    resource: "google_container_node_pool.n",
    message: "puts SSH keys in its node metadata (its nodes)",
  },
  "platform-gke-general-pool-high-availability": {
    pass: pool((p) => {
      // A GPU pool scales from zero: its taint keeps it out of the rule.
      p.autoscaling.total_min_node_count = 0;
      p.node_config.taint = [{ key: "nvidia.com/gpu", value: "present", effect: "NO_SCHEDULE" }];
    }),
    fail: pool((p) => {
      delete p.autoscaling.total_min_node_count;
      p.autoscaling.min_node_count = 1;
      p.node_locations = ["us-central1-a"];
    }),
    resource: "google_container_node_pool.n",
    message: "may shrink to 1 node",
  },
  CKV_GCP_60: {
    pass: database(),
    fail: database((c) => delete c.settings.ip_configuration.ipv4_enabled),
    resource: "google_sql_database_instance.db",
    message: "has a public IPv4 address (ip_configuration.ipv4_enabled is not false)",
  },
  CKV_GCP_6: {
    pass: database(),
    fail: database((c) => (c.settings.ip_configuration.ssl_mode = "ALLOW_UNENCRYPTED_AND_ENCRYPTED")),
    resource: "google_sql_database_instance.db",
    message: "accepts connections without TLS (ssl_mode ALLOW_UNENCRYPTED_AND_ENCRYPTED)",
  },
  CKV_GCP_14: {
    pass: database(),
    fail: database((c) => (c.settings.backup_configuration.enabled = false)),
    resource: "google_sql_database_instance.db",
    message: "takes no automated backups",
  },
  "platform-cloud-sql-point-in-time-recovery": {
    pass: database(),
    fail: database((c) => (c.settings.backup_configuration.backup_retention_settings.retained_backups = 3)),
    resource: "google_sql_database_instance.db",
    message: "keeps 3 backups (point-in-time recovery needs at least 7 days)",
  },
  "platform-cloud-sql-regional": {
    pass: database(),
    fail: database((c) => (c.settings.availability_type = "ZONAL")),
    resource: "google_sql_database_instance.db",
    message: "runs in a single zone (availability_type is not REGIONAL)",
  },
  "platform-cloud-sql-deletion-protection": {
    pass: database(),
    fail: database((c) => delete c.settings.deletion_protection_enabled),
    resource: "google_sql_database_instance.db",
    message: "can be deleted through the API and console (settings.deletion_protection_enabled is not true)",
  },
  CKV_GCP_51: {
    pass: database(),
    fail: flagsWithout("log_checkpoints"),
    resource: "google_sql_database_instance.db",
    message: "does not set the database flag log_checkpoints = on",
  },
  CKV_GCP_52: {
    pass: database(),
    fail: flagsWithout("log_connections"),
    resource: "google_sql_database_instance.db",
    message: "does not set the database flag log_connections = on",
  },
  CKV_GCP_53: {
    pass: database(),
    fail: flagsWithout("log_disconnections"),
    resource: "google_sql_database_instance.db",
    message: "does not set the database flag log_disconnections = on",
  },
  CKV_GCP_54: {
    pass: database(),
    fail: database((c) => (c.settings.database_flags[2] = { name: "log_lock_waits", value: "off" })),
    resource: "google_sql_database_instance.db",
    message: "does not set the database flag log_lock_waits = on",
  },
  CKV_GCP_55: {
    pass: database((c) => c.settings.database_flags.push({ name: "log_min_messages", value: "error" })),
    fail: database((c) => c.settings.database_flags.push({ name: "log_min_messages", value: "debug1" })),
    resource: "google_sql_database_instance.db",
    message: 'sets log_min_messages to "debug1", below warning',
  },
  CKV_GCP_29: {
    pass: bucket(),
    fail: bucket((c) => (c.uniform_bucket_level_access = false)),
    resource: "google_storage_bucket.b",
    message: "allows object ACLs (uniform_bucket_level_access is not true)",
  },
  CKV_GCP_114: {
    pass: bucket(),
    fail: bucket((c) => (c.public_access_prevention = "inherited")),
    resource: "google_storage_bucket.b",
    message: "does not enforce public access prevention",
  },
  CKV_GCP_62: {
    pass: bucket(),
    fail: bucket((c) => delete c.logging),
    resource: "google_storage_bucket.b",
    message: "does not log requests (no usage logs)",
  },
  CKV_GCP_63: {
    pass: bucket(),
    fail: bucket((c) => (c.logging.log_bucket = "b")),
    resource: "google_storage_bucket.b",
    message: "writes its usage logs into itself",
  },
  CKV_GCP_78: {
    pass: bucket(),
    fail: bucket((c) => delete c.versioning),
    resource: "google_storage_bucket.b",
    message: "does not keep object versions",
  },
  "platform-gcs-soft-delete": {
    pass: bucket((c) => delete c.soft_delete_policy),
    fail: bucket((c) => (c.soft_delete_policy.retention_duration_seconds = 0)),
    resource: "google_storage_bucket.b",
    message: "turns soft delete off",
  },
  "platform-gcs-cmek": {
    pass: bucket(),
    fail: bucket((c) => delete c.encryption),
    resource: "google_storage_bucket.b",
    message: "is not encrypted by default with a Cloud KMS key",
  },
  "platform-gcs-dual-region": {
    pass: bucket((c) => delete c.custom_placement_config),
    fail: bucket((c) => {
      delete c.custom_placement_config;
      c.location = "US-CENTRAL1";
    }),
    resource: "google_storage_bucket.b",
    message: "keeps its objects in one region (US-CENTRAL1)",
  },
  CKV_GCP_28: {
    pass: {
      google_storage_bucket_iam_member: {
        m: { bucket: "b", role: "roles/storage.objectViewer", member: `serviceAccount:${NODE_ACCOUNT}` },
      },
    },
    fail: {
      google_storage_bucket_iam_binding: {
        m: { bucket: "b", role: "roles/storage.objectViewer", members: ["user:ops@example.com", "allUsers"] },
      },
    },
    resource: "google_storage_bucket_iam_binding.m",
    message: "grants roles/storage.objectViewer to allUsers",
  },
  CKV_GCP_43: {
    pass: key(),
    fail: key((c) => (c.rotation_period = "31536000s")),
    resource: "google_kms_crypto_key.k",
    message: "rotates every 365 days, more than 90",
  },
  CKV_GCP_82: {
    pass: key(),
    fail: key((c) => delete c.lifecycle),
    resource: "google_kms_crypto_key.k",
    message: "can be destroyed by a plan (no lifecycle.prevent_destroy)",
  },
  CKV_GCP_117: {
    pass: projectGrant("roles/container.defaultNodeServiceAccount"),
    fail: projectGrant("roles/editor"),
    resource: "google_project_iam_member.g",
    message: "grants the basic role roles/editor on the project",
  },
  CKV_GCP_49: {
    pass: projectGrant("roles/container.defaultNodeServiceAccount"),
    fail: projectGrant("roles/iam.serviceAccountTokenCreator"),
    resource: "google_project_iam_member.g",
    message:
      "grants roles/iam.serviceAccountTokenCreator on the whole project: every service account can be impersonated",
  },
  "platform-gcp-resource-level-data-roles": {
    pass: projectGrant("roles/container.defaultNodeServiceAccount"),
    fail: projectGrant("roles/secretmanager.secretAccessor"),
    resource: "google_project_iam_member.g",
    message: "grants roles/secretmanager.secretAccessor on the whole project instead of on the resource",
  },
  "platform-gke-workload-identity-one-service-account": {
    pass: workloadIdentity("serviceAccount:p-1.svc.id.goog[mlflow/mlflow]"),
    fail: workloadIdentity(
      "principalSet://iam.googleapis.com/projects/123/locations/global/workloadIdentityPools/p-1.svc.id.goog/namespace/mlflow",
    ),
    resource: "google_service_account_iam_member.w",
    message:
      "can be used by more than one Kubernetes service account (principalSet://iam.googleapis.com/projects/123/locations/global/workloadIdentityPools/p-1.svc.id.goog/namespace/mlflow)",
  },
  CKV2_GCP_3: {
    pass: { google_service_account: { sa: { account_id: "mlflow" } } },
    fail: {
      google_service_account_key: { k: { service_account_id: ref("google_service_account.sa.name") } },
    },
    resource: "google_service_account_key.k",
    message: "is a long-lived service-account key",
  },
  CKV_GCP_26: {
    pass: subnet(),
    fail: subnet((c) => delete c.log_config),
    resource: "google_compute_subnetwork.s",
    message: "has no flow logs (no log_config)",
  },
  CKV_GCP_74: {
    pass: subnet(),
    fail: subnet((c) => (c.private_ip_google_access = false)),
    resource: "google_compute_subnetwork.s",
    message: "has no Private Google Access",
  },
  CKV_GCP_2: {
    pass: firewall({
      direction: "INGRESS",
      allow: [{ protocol: "tcp", ports: ["22"] }],
      source_ranges: ["35.235.240.0/20"],
    }),
    fail: firewall({
      direction: "INGRESS",
      allow: [{ protocol: "tcp", ports: ["20-30"] }],
      source_ranges: ["0.0.0.0/0"],
    }),
    resource: "google_compute_firewall.open",
    message: "allows SSH (port 22) from 0.0.0.0/0",
  },
  CKV_GCP_3: {
    pass: firewall({
      direction: "INGRESS",
      allow: [{ protocol: "tcp", ports: ["443"] }],
      source_ranges: ["0.0.0.0/0"],
    }),
    fail: firewall({
      direction: "INGRESS",
      allow: [{ protocol: "tcp", ports: ["3389"] }],
      source_ranges: ["0.0.0.0/0"],
    }),
    resource: "google_compute_firewall.open",
    message: "allows RDP (port 3389) from 0.0.0.0/0",
  },
  CKV2_GCP_12: {
    pass: firewall({ direction: "EGRESS", allow: [{ protocol: "all" }], destination_ranges: ["0.0.0.0/0"] }),
    fail: firewall({ direction: "INGRESS", allow: [{ protocol: "udp" }], source_ranges: ["::/0"] }),
    resource: "google_compute_firewall.open",
    message: "allows every port from 0.0.0.0/0",
  },
};

describe("the GCP pack", () => {
  describeTerraformCases(GCP_GUARDRAILS, "gcp", CASES);

  test("prod-tier rules do not apply in the dev tier", () => {
    const guard = new TerraformGuardrails(GCP_GUARDRAILS.terraform, {
      environment: "fixture",
      cloud: "gcp",
      tier: "dev",
    });
    const zonal = {
      ...cluster((c) => {
        c.location = "us-central1-a";
        c.deletion_protection = false;
      }),
      ...database((c) => {
        c.settings.availability_type = "ZONAL";
        c.settings.deletion_protection_enabled = false;
      }),
      ...bucket((c) => {
        delete c.custom_placement_config;
        c.location = "US-CENTRAL1";
      }),
    };
    const result = guard.check("fixture", "cdk.tf.json", { resource: zonal });
    expect(result.findings).toEqual([]);
    for (const id of [
      "platform-gke-regional",
      "platform-gke-deletion-protection",
      "platform-cloud-sql-regional",
      "platform-cloud-sql-deletion-protection",
      "platform-gcs-dual-region",
    ]) {
      expect(result.applicableRules).not.toContain(id);
    }
    expect(result.applicableRules).toContain("CKV_GCP_60");
  });

  test("a node rule names each pool that breaks it: the default pool and the inline ones", () => {
    const guard = new TerraformGuardrails(GCP_GUARDRAILS.terraform, {
      environment: "fixture",
      cloud: "gcp",
      tier: "dev",
    });
    const resources = cluster((c) => {
      delete c.node_config;
      c.node_pool = [{ name: "gpu", node_config: nodeConfig((n) => delete n.service_account) }];
    });
    const findings = guard.check("fixture", "cdk.tf.json", { resource: resources }).findings;
    expect(findings.filter((finding) => finding.rule === "CKV2_GCP_1").map(({ message }) => message)).toEqual(
      ["runs its nodes as the Compute Engine default service account (the default pool, node_pool gpu)"],
    );
  });

  test("a pool of a zonal cluster counts the cluster's own zone beside its node_locations", () => {
    const zonal = (nodeLocations: string[]): Resources => {
      const resources = pool((p) => {
        p.location = "us-central1-a";
        p.autoscaling.total_min_node_count = 2;
      });
      const clusters = resources.google_container_cluster as Record<string, Json>;
      (clusters.c as Json).location = "us-central1-a";
      (clusters.c as Json).node_locations = nodeLocations;
      return resources;
    };
    const rule = "platform-gke-general-pool-high-availability";
    expect(findingsOf(GCP_GUARDRAILS, "gcp", rule, zonal(["us-central1-b"]))).toEqual([]);
    expect(findingsOf(GCP_GUARDRAILS, "gcp", rule, zonal([])).map(({ message }) => message)).toEqual([
      "runs in one zone",
    ]);
  });

  test("the control plane: the IP endpoint may be off, the DNS endpoint may not take external traffic", () => {
    const findings = (change: (config: Json) => void) =>
      new TerraformGuardrails(GCP_GUARDRAILS.terraform, { environment: "fixture", cloud: "gcp", tier: "dev" })
        .check("fixture", "cdk.tf.json", { resource: cluster(change) })
        .findings.filter((finding) => finding.rule === "CKV_GCP_18")
        .map(({ message }) => message);
    const publicEndpoint = (c: Json) => {
      c.private_cluster_config.enable_private_endpoint = false;
      delete c.master_authorized_networks_config;
    };
    expect(findings(publicEndpoint)).toEqual([
      "has a public API endpoint open to 0.0.0.0/0 (no master_authorized_networks_config)",
    ]);
    expect(
      findings((c) => {
        publicEndpoint(c);
        c.control_plane_endpoints_config = { ip_endpoints_config: { enabled: false } };
      }),
    ).toEqual([]);
    expect(
      findings((c) => {
        c.control_plane_endpoints_config = { dns_endpoint_config: { allow_external_traffic: true } };
      }),
    ).toEqual(["has a DNS endpoint reachable from any network (dns_endpoint_config.allow_external_traffic)"]);
  });

  test("CKV_GCP_62 exempts the bucket that receives the logs; CKV_GCP_63 reads references too", () => {
    const withTarget = (logBucket: unknown): Resources => ({
      google_storage_bucket: {
        ...(bucket((c) => (c.logging.log_bucket = logBucket)).google_storage_bucket as Json),
        logs: { name: "logs" },
      },
    });
    expect(findingsOf(GCP_GUARDRAILS, "gcp", "CKV_GCP_62", withTarget("logs"))).toEqual([]);
    expect(
      findingsOf(GCP_GUARDRAILS, "gcp", "CKV_GCP_62", withTarget(ref("google_storage_bucket.logs.name"))),
    ).toEqual([]);
    expect(
      findingsOf(GCP_GUARDRAILS, "gcp", "CKV_GCP_62", withTarget("elsewhere")).map(
        ({ resource }) => resource,
      ),
    ).toEqual(["google_storage_bucket.logs"]);
    const selfByReference = bucket((c) => (c.logging.log_bucket = ref("google_storage_bucket.b.name")));
    expect(
      findingsOf(GCP_GUARDRAILS, "gcp", "CKV_GCP_63", selfByReference).map(({ message }) => message),
    ).toEqual(["writes its usage logs into itself"]);
  });

  test("a firewall rule's SSH check reads port ranges and portless TCP, and ignores deny rules", () => {
    const ssh = (allow: Json, extra: Json = {}) =>
      new TerraformGuardrails(GCP_GUARDRAILS.terraform, { environment: "fixture", cloud: "gcp", tier: "dev" })
        .check("fixture", "cdk.tf.json", {
          resource: { google_compute_firewall: { f: { allow, source_ranges: ["0.0.0.0/0"], ...extra } } },
        })
        .findings.filter((finding) => finding.rule === "CKV_GCP_2").length;
    expect(ssh([{ protocol: "tcp" }])).toBe(1);
    expect(ssh([{ protocol: "tcp", ports: ["80", "1-1024"] }])).toBe(1);
    expect(ssh([{ protocol: "tcp", ports: ["23-1024"] }])).toBe(0);
    expect(ssh([{ protocol: "udp", ports: ["22"] }])).toBe(0);
    expect(ssh([{ protocol: "tcp" }], { disabled: true })).toBe(0);
  });
});

describe("the GCP pack's documentation", () => {
  const doc = readFileSync(join(__dirname, "..", "..", "docs", "guardrails.md"), "utf8");
  const readme = readFileSync(join(__dirname, "..", "..", "README.md"), "utf8");

  test("docs/guardrails.md lists every rule of the GCP pack, and only those, with its tiers", () => {
    const start = doc.indexOf("## The GCP pack");
    const end = doc.indexOf("\n## ", start + 1);
    const rows = [...doc.slice(start, end < 0 ? undefined : end).matchAll(/^\| `([^`]+)` +\| (\w+) +\|/gm)];
    expect(start).toBeGreaterThan(0);
    expect(rows.map((row) => row[1]).sort()).toEqual(GCP_GUARDRAILS.terraform.map(({ id }) => id).sort());
    for (const [, id, tiers] of rows) {
      const rule = GCP_GUARDRAILS.terraform.find((candidate) => candidate.id === id);
      expect([id, tiers]).toEqual([id, rule?.tiers?.join(", ") ?? "all"]);
    }
  });

  test("the pack list and the README give the rule counts the pack has", () => {
    const rules = GCP_GUARDRAILS.terraform.length;
    const prodTier = GCP_GUARDRAILS.terraform.filter((rule) => rule.tiers?.includes("prod")).length;
    expect(doc).toContain(`**GCP pack** (${rules} rules over the stacks, \`constructs/gcp/guardrails/\`)`);
    expect(readme).toMatch(
      new RegExp(
        `\\| GCP +\\| ${rules} +\\| every resource of every GCP stack \\(prod-tier rules: ${prodTier}\\)`,
      ),
    );
  });
});
