import { readFileSync } from "node:fs";
import { join } from "node:path";
import { AZURE_GUARDRAILS } from "../../constructs/azure/guardrails";
import { TerraformGuardrails } from "../../guardrails/terraform-guardrails";
import {
  type Case,
  describeTerraformCases,
  type Json,
  type Resources,
  ref,
  ruleOf,
} from "./terraform-pack-cases";

const pool = (name: string): Json => ({
  name,
  vm_size: "Standard_D8ds_v5",
  zones: ["1", "2", "3"],
  auto_scaling_enabled: true,
  min_count: 3,
  max_count: 6,
  host_encryption_enabled: true,
});
const cluster = (change: (config: Json) => void = () => {}): Resources => {
  const config: Json = {
    name: "c",
    private_cluster_enabled: true,
    private_cluster_public_fqdn_enabled: false,
    local_account_disabled: true,
    role_based_access_control_enabled: true,
    azure_active_directory_role_based_access_control: { azure_rbac_enabled: true, tenant_id: "t" },
    oidc_issuer_enabled: true,
    workload_identity_enabled: true,
    network_profile: { network_plugin: "azure", network_policy: "cilium" },
    key_management_service: {
      key_vault_key_id: ref("azurerm_key_vault_key.k.id"),
      key_vault_network_access: "Private",
    },
    azure_policy_enabled: true,
    oms_agent: { log_analytics_workspace_id: ref("azurerm_log_analytics_workspace.l.id") },
    automatic_upgrade_channel: "patch",
    node_os_upgrade_channel: "NodeImage",
    sku_tier: "Standard",
    default_node_pool: { ...pool("system"), only_critical_addons_enabled: true, os_disk_type: "Ephemeral" },
  };
  change(config);
  return { azurerm_kubernetes_cluster: { c: config } };
};
const nodePool = (change: (config: Json) => void = () => {}): Resources => {
  const config: Json = { ...pool("gpu0"), kubernetes_cluster_id: ref("azurerm_kubernetes_cluster.c.id") };
  change(config);
  return { azurerm_kubernetes_cluster_node_pool: { p: config } };
};
const account = (change: (resources: Resources) => void = () => {}): Resources => {
  const all: Resources = {
    azurerm_storage_account: {
      a: {
        name: "a",
        account_kind: "StorageV2",
        account_replication_type: "ZRS",
        min_tls_version: "TLS1_2",
        https_traffic_only_enabled: true,
        allow_nested_items_to_be_public: false,
        shared_access_key_enabled: false,
        local_user_enabled: false,
        public_network_access_enabled: false,
        blob_properties: {
          versioning_enabled: true,
          delete_retention_policy: { days: 30 },
          container_delete_retention_policy: { days: 30 },
        },
      },
    },
    azurerm_private_endpoint: {
      a: {
        private_service_connection: {
          private_connection_resource_id: ref("azurerm_storage_account.a.id"),
          subresource_names: ["blob"],
        },
      },
    },
    azurerm_storage_object_replication: {
      a: {
        source_storage_account_id: ref("azurerm_storage_account.a.id"),
        destination_storage_account_id: ref("azurerm_storage_account.replica.id"),
      },
    },
    azurerm_monitor_diagnostic_setting: {
      a: {
        target_resource_id: `${ref("azurerm_storage_account.a.id")}/blobServices/default`,
        log_analytics_workspace_id: ref("azurerm_log_analytics_workspace.l.id"),
        enabled_log: [
          { category: "StorageRead" },
          { category: "StorageWrite" },
          { category: "StorageDelete" },
        ],
      },
    },
  };
  change(all);
  return all;
};
const storage = (change: (config: Json) => void): Resources =>
  account((all) => change((all.azurerm_storage_account as Json).a));
const vault = (change: (resources: Resources) => void = () => {}): Resources => {
  const all: Resources = {
    azurerm_key_vault: {
      v: {
        name: "v",
        purge_protection_enabled: true,
        soft_delete_retention_days: 90,
        rbac_authorization_enabled: true,
        public_network_access_enabled: false,
      },
    },
    azurerm_private_endpoint: {
      v: {
        private_service_connection: {
          private_connection_resource_id: ref("azurerm_key_vault.v.id"),
          subresource_names: ["vault"],
        },
      },
    },
    azurerm_monitor_diagnostic_setting: {
      v: {
        name: "platform-log-analytics",
        target_resource_id: ref("azurerm_key_vault.v.id"),
        log_analytics_workspace_id: ref("azurerm_log_analytics_workspace.l.id"),
        enabled_log: [{ category: "AuditEvent" }],
      },
    },
  };
  change(all);
  return all;
};
const keyVault = (change: (config: Json) => void): Resources =>
  vault((all) => change((all.azurerm_key_vault as Json).v));
const server = (change: (resources: Resources) => void = () => {}): Resources => {
  const serverId = ref("azurerm_postgresql_flexible_server.db.id");
  const all: Resources = {
    azurerm_postgresql_flexible_server: {
      db: {
        name: "db",
        public_network_access_enabled: false,
        delegated_subnet_id: ref("azurerm_subnet.database.id"),
        backup_retention_days: 14,
        geo_redundant_backup_enabled: true,
        high_availability: { mode: "ZoneRedundant", standby_availability_zone: "2" },
        lifecycle: { prevent_destroy: true },
      },
    },
    azurerm_postgresql_flexible_server_configuration: {
      tls: { server_id: serverId, name: "require_secure_transport", value: "on" },
    },
    azurerm_management_lock: { db: { scope: serverId, lock_level: "CanNotDelete" } },
    azurerm_monitor_diagnostic_setting: {
      db: {
        name: "platform-log-analytics",
        target_resource_id: serverId,
        log_analytics_workspace_id: ref("azurerm_log_analytics_workspace.l.id"),
        enabled_log: [{ category: "PostgreSQLLogs" }],
      },
    },
  };
  change(all);
  return all;
};
const database = (change: (config: Json) => void): Resources =>
  server((all) => change((all.azurerm_postgresql_flexible_server as Json).db));
const credential = (change: (config: Json) => void = () => {}): Resources => {
  const config: Json = {
    name: "mlflow-mlflow",
    parent_id: ref("azurerm_user_assigned_identity.i.id"),
    issuer: ref("azurerm_kubernetes_cluster.c.oidc_issuer_url"),
    subject: "system:serviceaccount:mlflow:mlflow",
    audience: ["api://AzureADTokenExchange"],
  };
  change(config);
  return { azurerm_federated_identity_credential: { f: config } };
};
const grant = (change: (config: Json) => void = () => {}): Resources => {
  const config: Json = {
    scope: ref("azurerm_storage_account.a.id"),
    role_definition_name: "Storage Blob Data Reader",
    principal_id: ref("azurerm_user_assigned_identity.i.principal_id"),
  };
  change(config);
  return { azurerm_role_assignment: { r: config } };
};
const subnet = (change: (resources: Resources) => void = () => {}): Resources => {
  const all: Resources = {
    azurerm_subnet: { s: { name: "snet-nodes", address_prefixes: ["10.0.0.0/22"] } },
    azurerm_network_security_group: { s: { name: "nsg-nodes" } },
    azurerm_subnet_network_security_group_association: {
      s: {
        subnet_id: ref("azurerm_subnet.s.id"),
        network_security_group_id: ref("azurerm_network_security_group.s.id"),
      },
    },
  };
  change(all);
  return all;
};
const flowLog = (change: (config: Json) => void = () => {}): Resources => {
  const config: Json = {
    name: "fl-vnet",
    network_watcher_name: "NetworkWatcher_eastus2",
    resource_group_name: "NetworkWatcherRG",
    target_resource_id: ref("azurerm_virtual_network.v.id"),
    storage_account_id: ref("azurerm_storage_account.fl.id"),
    enabled: true,
    version: 2,
    retention_policy: { enabled: true, days: 365 },
    traffic_analytics: {
      enabled: true,
      workspace_id: ref("azurerm_log_analytics_workspace.l.workspace_id"),
      workspace_region: "eastus2",
      workspace_resource_id: ref("azurerm_log_analytics_workspace.l.id"),
      interval_in_minutes: 10,
    },
  };
  change(config);
  return {
    azurerm_virtual_network: { v: { name: "vnet", address_space: ["10.0.0.0/16"] } },
    azurerm_network_watcher_flow_log: { f: config },
  };
};
const inbound = (source: string): Json => ({
  name: "https-in",
  priority: 100,
  direction: "Inbound",
  access: "Allow",
  protocol: "Tcp",
  source_port_range: "*",
  destination_port_range: "443",
  source_address_prefix: source,
  destination_address_prefix: "*",
});

const CASES: Record<string, Case> = {
  CKV_AZURE_115: {
    pass: cluster(),
    fail: cluster((c) => (c.private_cluster_enabled = false)),
    resource: "azurerm_kubernetes_cluster.c",
    message: "has a public API server (private_cluster_enabled is not true)",
  },
  CKV_AZURE_141: {
    pass: cluster(),
    fail: cluster((c) => delete c.local_account_disabled),
    resource: "azurerm_kubernetes_cluster.c",
    message: "keeps its local admin account (local_account_disabled is not true)",
  },
  "platform-aks-entra-id-rbac": {
    pass: cluster(),
    fail: cluster((c) => (c.azure_active_directory_role_based_access_control.azure_rbac_enabled = false)),
    resource: "azurerm_kubernetes_cluster.c",
    message: "does not authorize with Entra ID and Azure RBAC (azure_rbac_enabled is not true)",
  },
  "platform-aks-workload-identity": {
    pass: cluster(),
    fail: cluster((c) => delete c.workload_identity_enabled),
    resource: "azurerm_kubernetes_cluster.c",
    message: "does not enable workload_identity_enabled",
  },
  CKV_AZURE_7: {
    pass: cluster(),
    fail: cluster((c) => delete c.network_profile.network_policy),
    resource: "azurerm_kubernetes_cluster.c",
    message: "enforces no NetworkPolicy (network_profile.network_policy is not set)",
  },
  "platform-aks-kms-etcd-encryption": {
    pass: cluster(),
    fail: cluster((c) => (c.key_management_service.key_vault_network_access = "Public")),
    resource: "azurerm_kubernetes_cluster.c",
    message: 'reaches its KMS key vault over the public network (key_vault_network_access is not "Private")',
  },
  CKV_AZURE_116: {
    pass: cluster(),
    fail: cluster((c) => (c.azure_policy_enabled = false)),
    resource: "azurerm_kubernetes_cluster.c",
    message: "runs without the Azure Policy add-on",
  },
  CKV_AZURE_4: {
    pass: cluster(),
    fail: cluster((c) => delete c.oms_agent),
    resource: "azurerm_kubernetes_cluster.c",
    message: "sends no logs to Azure Monitor (no oms_agent workspace)",
  },
  CKV_AZURE_171: {
    pass: cluster(),
    fail: cluster((c) => (c.node_os_upgrade_channel = "None")),
    resource: "azurerm_kubernetes_cluster.c",
    message: 'leaves node images unpatched (node_os_upgrade_channel is "None")',
  },
  CKV_AZURE_170: {
    pass: cluster(),
    fail: cluster((c) => (c.sku_tier = "Free")),
    resource: "azurerm_kubernetes_cluster.c",
    message: "runs the Free tier, without an uptime SLA",
  },
  CKV_AZURE_232: {
    pass: cluster(),
    fail: cluster((c) => delete c.default_node_pool.only_critical_addons_enabled),
    resource: "azurerm_kubernetes_cluster.c",
    message: "lets any pod run on its system pool (only_critical_addons_enabled is not true)",
  },
  "platform-aks-system-pool-high-availability": {
    pass: cluster(),
    fail: cluster((c) => (c.default_node_pool.zones = ["1"])),
    resource: "azurerm_kubernetes_cluster.c",
    message: "runs its system pool in 1 zone",
  },
  CKV_AZURE_227: {
    pass: { ...cluster(), ...nodePool() },
    fail: { ...cluster(), ...nodePool((p) => delete p.host_encryption_enabled) },
    resource: "azurerm_kubernetes_cluster_node_pool.p",
    message:
      "does not encrypt the temp disks and caches of node pool gpu0 (host_encryption_enabled is not true)",
  },
  CKV_AZURE_143: {
    pass: { ...cluster(), ...nodePool((p) => (p.node_public_ip_enabled = false)) },
    fail: { ...cluster((c) => (c.default_node_pool.node_public_ip_enabled = true)), ...nodePool() },
    resource: "azurerm_kubernetes_cluster.c",
    message: "gives the nodes of pool system public addresses",
  },
  "platform-aks-no-ssh": {
    pass: cluster(),
    fail: cluster(
      (c) => (c.linux_profile = { admin_username: "ops", ssh_key: { key_data: "ssh-rsa AAAA" } }),
    ),
    resource: "azurerm_kubernetes_cluster.c",
    message: "installs an SSH key on its nodes (linux_profile is set)",
  },
  CKV_AZURE_226: {
    pass: cluster(),
    fail: cluster((c) => (c.default_node_pool.os_disk_type = "Managed")),
    resource: "azurerm_kubernetes_cluster.c",
    message: 'keeps its system nodes\' OS disks as managed disks (os_disk_type is not "Ephemeral")',
  },
  "platform-log-analytics-retention": {
    pass: { azurerm_log_analytics_workspace: { l: { sku: "PerGB2018", retention_in_days: 365 } } },
    fail: { azurerm_log_analytics_workspace: { l: { sku: "PerGB2018", retention_in_days: 90 } } },
    resource: "azurerm_log_analytics_workspace.l",
    message: "keeps logs 90 days, less than a year",
  },
  CKV_AZURE_44: {
    pass: account(),
    fail: storage((a) => (a.min_tls_version = "TLS1_0")),
    resource: "azurerm_storage_account.a",
    message: "accepts TLS older than 1.2 (min_tls_version is TLS1_0)",
  },
  CKV_AZURE_3: {
    pass: storage((a) => delete a.https_traffic_only_enabled),
    fail: storage((a) => (a.https_traffic_only_enabled = false)),
    resource: "azurerm_storage_account.a",
    message: "accepts plain HTTP (https_traffic_only_enabled is false)",
  },
  CKV_AZURE_190: {
    pass: account(),
    fail: storage((a) => delete a.allow_nested_items_to_be_public),
    resource: "azurerm_storage_account.a",
    message: "allows public containers and blobs (allow_nested_items_to_be_public is not false)",
  },
  CKV2_AZURE_40: {
    pass: account(),
    fail: storage((a) => (a.shared_access_key_enabled = true)),
    resource: "azurerm_storage_account.a",
    message: "accepts Shared Key authorization (shared_access_key_enabled is not false)",
  },
  CKV_AZURE_59: {
    pass: account(),
    fail: storage((a) => delete a.public_network_access_enabled),
    resource: "azurerm_storage_account.a",
    message: "is reachable from public networks (public_network_access_enabled is not false)",
  },
  CKV2_AZURE_33: {
    pass: account(),
    fail: account((all) => delete all.azurerm_private_endpoint),
    resource: "azurerm_storage_account.a",
    message: "has no private endpoint",
  },
  "platform-storage-blob-versioning": {
    pass: account(),
    fail: storage((a) => (a.blob_properties.versioning_enabled = false)),
    resource: "azurerm_storage_account.a",
    message: "does not keep blob versions",
  },
  CKV2_AZURE_38: {
    pass: account(),
    fail: storage((a) => delete a.blob_properties.container_delete_retention_policy),
    resource: "azurerm_storage_account.a",
    message: "does not keep deleted items 7 days or more (container_delete_retention_policy)",
  },
  CKV_AZURE_206: {
    pass: storage((a) => (a.account_replication_type = "GZRS")),
    fail: account((all) => delete all.azurerm_storage_object_replication),
    resource: "azurerm_storage_account.a",
    message: "keeps no copy in another region (ZRS, no object replication)",
  },
  "platform-storage-zone-redundant": {
    pass: account(),
    fail: storage((a) => (a.account_replication_type = "LRS")),
    resource: "azurerm_storage_account.a",
    message: "keeps its data in one zone (account_replication_type LRS)",
  },
  CKV_AZURE_244: {
    pass: account(),
    fail: storage((a) => delete a.local_user_enabled),
    resource: "azurerm_storage_account.a",
    message: "allows local users (local_user_enabled is not false)",
  },
  CKV_AZURE_34: {
    pass: { azurerm_storage_container: { c: { name: "mlflow", container_access_type: "private" } } },
    fail: { azurerm_storage_container: { c: { name: "mlflow", container_access_type: "blob" } } },
    resource: "azurerm_storage_container.c",
    message: 'serves its blobs anonymously (container_access_type is "blob")',
  },
  CKV_AZURE_42: {
    pass: vault(),
    fail: keyVault((v) => (v.purge_protection_enabled = false)),
    resource: "azurerm_key_vault.v",
    message: "can be purged before its soft-delete window ends (no purge protection)",
  },
  "platform-key-vault-rbac-authorization": {
    pass: keyVault((v) => {
      delete v.rbac_authorization_enabled;
      v.enable_rbac_authorization = true;
    }),
    fail: keyVault((v) => delete v.rbac_authorization_enabled),
    resource: "azurerm_key_vault.v",
    message: "authorizes with access policies, not Azure RBAC",
  },
  CKV_AZURE_189: {
    pass: vault(),
    fail: keyVault((v) => (v.public_network_access_enabled = true)),
    resource: "azurerm_key_vault.v",
    message: "is reachable from public networks (public_network_access_enabled is not false)",
  },
  CKV2_AZURE_32: {
    pass: vault(),
    fail: vault((all) => delete all.azurerm_private_endpoint),
    resource: "azurerm_key_vault.v",
    message: "has no private endpoint",
  },
  "platform-key-vault-key-rotation": {
    pass: {
      azurerm_key_vault_key: {
        k: { rotation_policy: { expire_after: "P2Y", automatic: { time_after_creation: "P1Y" } } },
      },
    },
    fail: { azurerm_key_vault_key: { k: { rotation_policy: { expire_after: "P2Y" } } } },
    resource: "azurerm_key_vault_key.k",
    message: "does not rotate automatically",
  },
  "platform-postgres-private-access": {
    pass: server(),
    fail: database((db) => delete db.public_network_access_enabled),
    resource: "azurerm_postgresql_flexible_server.db",
    message: "is reachable from public networks (public_network_access_enabled is not false)",
  },
  "platform-postgres-require-secure-transport": {
    pass: server(),
    fail: server((all) => ((all.azurerm_postgresql_flexible_server_configuration as Json).tls.value = "off")),
    resource: "azurerm_postgresql_flexible_server.db",
    message: 'accepts clear-text connections (require_secure_transport is "off")',
  },
  "platform-postgres-backup-retention": {
    pass: database((db) => delete db.backup_retention_days),
    fail: database((db) => (db.backup_retention_days = 3)),
    resource: "azurerm_postgresql_flexible_server.db",
    message: "keeps backups 3 days (point-in-time recovery needs at least 7)",
  },
  CKV_AZURE_136: {
    pass: server(),
    fail: database((db) => (db.geo_redundant_backup_enabled = false)),
    resource: "azurerm_postgresql_flexible_server.db",
    message: "keeps its backups in one region (geo_redundant_backup_enabled is not true)",
  },
  "platform-postgres-zone-redundant-ha": {
    pass: server(),
    fail: database((db) => (db.high_availability.mode = "SameZone")),
    resource: "azurerm_postgresql_flexible_server.db",
    message: 'has no standby in another zone (high_availability mode is "SameZone")',
  },
  "platform-postgres-deletion-protection": {
    pass: server(),
    fail: server((all) => delete all.azurerm_management_lock),
    resource: "azurerm_postgresql_flexible_server.db",
    message: "has no CanNotDelete management lock",
  },
  "platform-federated-credential-one-service-account": {
    pass: credential(),
    fail: credential((f) => (f.subject = "system:serviceaccount:mlflow:*")),
    resource: "azurerm_federated_identity_credential.f",
    message: 'trusts "system:serviceaccount:mlflow:*", not one service account',
  },
  "platform-role-assignment-no-broad-role": {
    pass: grant(),
    fail: grant((r) => {
      delete r.role_definition_name;
      r.role_definition_id =
        "/subscriptions/s/providers/Microsoft.Authorization/roleDefinitions/b24988ac-6180-42a0-ab88-20f7382dd24c";
    }),
    resource: "azurerm_role_assignment.r",
    message: "grants the broad built-in role Contributor",
  },
  "platform-role-assignment-narrow-scope": {
    pass: grant(),
    fail: grant((r) => (r.scope = "/subscriptions/33333333-3333-4333-8333-333333333333")),
    resource: "azurerm_role_assignment.r",
    message:
      "is scoped to a subscription or management group (/subscriptions/33333333-3333-4333-8333-333333333333)",
  },
  "platform-nsg-no-inbound-from-internet": {
    pass: { azurerm_network_security_group: { n: { name: "nsg", security_rule: [inbound("10.0.0.0/16")] } } },
    fail: { azurerm_network_security_group: { n: { name: "nsg", security_rule: [inbound("Internet")] } } },
    resource: "azurerm_network_security_group.n",
    message: "allows inbound traffic from the internet (https-in)",
  },
  "platform-vnet-flow-logs": {
    pass: flowLog(),
    fail: flowLog((f) => (f.enabled = false)),
    resource: "azurerm_virtual_network.v",
    message: "has no enabled VNet flow log",
  },
  CKV_AZURE_12: {
    // As checkov: 0 days keeps the logs for good.
    pass: flowLog((f) => (f.retention_policy.days = 0)),
    fail: flowLog((f) => (f.retention_policy.days = 30)),
    resource: "azurerm_network_watcher_flow_log.f",
    message: "keeps flow logs 30 days, less than 90",
  },
  "platform-flow-log-traffic-analytics": {
    pass: flowLog(),
    fail: flowLog((f) => delete f.traffic_analytics),
    resource: "azurerm_network_watcher_flow_log.f",
    message: "sends its flows to no Log Analytics workspace (traffic_analytics is not enabled)",
  },
  "platform-key-vault-audit-logs": {
    pass: vault(),
    fail: vault(
      (all) =>
        ((all.azurerm_monitor_diagnostic_setting as Json).v.enabled_log = [
          { category: "AzurePolicyEvaluationDetails" },
        ]),
    ),
    resource: "azurerm_key_vault.v",
    message: "keeps no audit log (no diagnostic setting sends AuditEvent)",
  },
  CKV2_AZURE_21: {
    pass: account(),
    fail: account(
      (all) =>
        ((all.azurerm_monitor_diagnostic_setting as Json).a.enabled_log = [{ category: "StorageWrite" }]),
    ),
    resource: "azurerm_storage_account.a",
    message:
      "logs no blob access for StorageRead, StorageDelete (no diagnostic setting on its blob service sends them)",
  },
  "platform-postgres-server-logs": {
    pass: server(),
    fail: server((all) => delete all.azurerm_monitor_diagnostic_setting),
    resource: "azurerm_postgresql_flexible_server.db",
    message: "keeps its server log only on the server (no diagnostic setting sends PostgreSQLLogs)",
  },
  CKV2_AZURE_31: {
    pass: subnet(),
    fail: subnet((all) => delete all.azurerm_subnet_network_security_group_association),
    resource: "azurerm_subnet.s",
    message: "has no network security group",
  },
};

/** The findings of rule `id` on `resources` in the prod tier (what describeTerraformCases runs). */
const findings = (id: string, resources: Resources) =>
  new TerraformGuardrails([ruleOf(AZURE_GUARDRAILS, id)], {
    environment: "fixture",
    cloud: "azure",
    tier: "prod",
  })
    .check("fixture", "cdk.tf.json", { resource: resources })
    .findings.map(({ resource, message }) => [resource, message]);

describe("the Azure pack", () => {
  describeTerraformCases(AZURE_GUARDRAILS, "azure", CASES);

  test("prod-tier rules do not apply in the dev tier", () => {
    const prodOnly = AZURE_GUARDRAILS.terraform
      .filter((rule) => rule.tiers?.includes("prod"))
      .map(({ id }) => id);
    expect(prodOnly.sort()).toEqual(
      [
        "CKV_AZURE_12",
        "CKV_AZURE_136",
        "CKV_AZURE_170",
        "CKV_AZURE_206",
        "platform-aks-system-pool-high-availability",
        "platform-log-analytics-retention",
        "platform-postgres-deletion-protection",
        "platform-postgres-zone-redundant-ha",
        "platform-storage-zone-redundant",
      ].sort(),
    );
    // A dev-tier stack: Free tier, one zone, a single server with local backups, no lock, a local account.
    const devDatabase = database((db) => {
      db.geo_redundant_backup_enabled = false;
      delete db.high_availability;
      delete db.lifecycle;
    });
    const devStorage = storage((a) => (a.account_replication_type = "LRS"));
    const devStack = {
      ...cluster((c) => {
        c.sku_tier = "Free";
        c.default_node_pool.zones = ["1"];
      }),
      ...devDatabase,
      ...devStorage,
      // The server's and the account's diagnostic settings, both.
      azurerm_monitor_diagnostic_setting: {
        ...(devDatabase.azurerm_monitor_diagnostic_setting as Json),
        ...(devStorage.azurerm_monitor_diagnostic_setting as Json),
      },
      azurerm_log_analytics_workspace: { l: { retention_in_days: 30 } },
      // A dev tier keeps its flow logs a month.
      ...flowLog((f) => (f.retention_policy.days = 30)),
    };
    delete (devStack as Json).azurerm_management_lock;
    delete (devStack as Json).azurerm_storage_object_replication;
    const dev = new TerraformGuardrails(AZURE_GUARDRAILS.terraform, {
      environment: "fixture",
      cloud: "azure",
      tier: "dev",
    }).check("fixture", "cdk.tf.json", { resource: devStack });
    expect(dev.findings).toEqual([]);
    for (const id of prodOnly) expect(dev.applicableRules).not.toContain(id);
    expect(dev.applicableRules).toContain("CKV_AZURE_115");
    const prod = new TerraformGuardrails(AZURE_GUARDRAILS.terraform, {
      environment: "fixture",
      cloud: "azure",
      tier: "prod",
    }).check("fixture", "cdk.tf.json", { resource: devStack });
    expect(prod.findings.map(({ rule }) => rule).sort()).toEqual(prodOnly.sort());
  });

  test("a node pool is judged on its own settings, the cluster on its default pool's", () => {
    expect(
      findings("CKV_AZURE_227", {
        ...cluster((c) => delete c.default_node_pool.host_encryption_enabled),
        ...nodePool(),
      }),
    ).toEqual([
      [
        "azurerm_kubernetes_cluster.c",
        "does not encrypt the temp disks and caches of node pool system (host_encryption_enabled is not true)",
      ],
    ]);
  });

  test("a standalone security rule open to the internet is found as an inline one is", () => {
    expect(
      findings("platform-nsg-no-inbound-from-internet", {
        azurerm_network_security_rule: { r: { ...inbound("*"), name: "any-in" } },
      }),
    ).toEqual([["azurerm_network_security_rule.r", "allows inbound traffic from the internet (any-in)"]]);
  });

  test("role assignments on a whole resource group are refused, like those on a subscription", () => {
    expect(
      findings(
        "platform-role-assignment-narrow-scope",
        grant((r) => (r.scope = ref("azurerm_resource_group.g.id"))),
      ),
    ).toEqual([
      [
        "azurerm_role_assignment.r",
        `is scoped to a whole resource group (${ref("azurerm_resource_group.g.id")})`,
      ],
    ]);
  });

  test("CKV_AZURE_12 fails a disabled flow log and one without a retention policy, as checkov", () => {
    expect(
      findings(
        "CKV_AZURE_12",
        flowLog((f) => (f.enabled = false)),
      ),
    ).toEqual([["azurerm_network_watcher_flow_log.f", "is not enabled"]]);
    expect(
      findings(
        "CKV_AZURE_12",
        flowLog((f) => (f.retention_policy.enabled = false)),
      ),
    ).toEqual([["azurerm_network_watcher_flow_log.f", "has no retention policy"]]);
    expect(
      findings(
        "CKV_AZURE_12",
        flowLog((f) => (f.retention_policy.days = 90)),
      ),
    ).toEqual([]);
  });

  test("a VNet is covered only by a flow log that targets it", () => {
    const other = flowLog((f) => (f.target_resource_id = ref("azurerm_virtual_network.other.id")));
    expect(findings("platform-vnet-flow-logs", other)).toEqual([
      ["azurerm_virtual_network.v", "has no enabled VNet flow log"],
    ]);
  });

  test("a diagnostic setting counts only with a destination, and only for the resource it targets", () => {
    const noDestination = vault(
      (all) => delete (all.azurerm_monitor_diagnostic_setting as Json).v.log_analytics_workspace_id,
    );
    const otherVault = vault(
      (all) =>
        ((all.azurerm_monitor_diagnostic_setting as Json).v.target_resource_id = ref(
          "azurerm_key_vault.other.id",
        )),
    );
    for (const resources of [noDestination, otherVault]) {
      expect(findings("platform-key-vault-audit-logs", resources)).toEqual([
        ["azurerm_key_vault.v", "keeps no audit log (no diagnostic setting sends AuditEvent)"],
      ]);
    }
    const toStorage = server((all) => {
      const setting = (all.azurerm_monitor_diagnostic_setting as Json).db;
      delete setting.log_analytics_workspace_id;
      setting.storage_account_id = ref("azurerm_storage_account.logs.id");
    });
    expect(findings("platform-postgres-server-logs", toStorage)).toEqual([]);
  });

  test("blob access logs count only from a setting on the account's blob service that sends them somewhere", () => {
    const onTheAccount = account(
      (all) =>
        ((all.azurerm_monitor_diagnostic_setting as Json).a.target_resource_id = ref(
          "azurerm_storage_account.a.id",
        )),
    );
    const nowhere = account(
      (all) => delete (all.azurerm_monitor_diagnostic_setting as Json).a.log_analytics_workspace_id,
    );
    const otherAccount = account(
      (all) =>
        ((all.azurerm_monitor_diagnostic_setting as Json).a.target_resource_id =
          `${ref("azurerm_storage_account.other.id")}/blobServices/default`),
    );
    for (const resources of [onTheAccount, nowhere, otherAccount]) {
      expect(findings("CKV2_AZURE_21", resources)).toEqual([
        [
          "azurerm_storage_account.a",
          "logs no blob access for StorageRead, StorageWrite, StorageDelete (no diagnostic setting on its blob service sends them)",
        ],
      ]);
    }
  });

  test("a federated credential must carry exactly the AKS token audience", () => {
    expect(
      findings(
        "platform-federated-credential-one-service-account",
        credential((f) => f.audience.push("api://other")),
      ),
    ).toEqual([
      [
        "azurerm_federated_identity_credential.f",
        'accepts the audiences ["api://AzureADTokenExchange","api://other"], not exactly "api://AzureADTokenExchange"',
      ],
    ]);
  });
});

describe("docs and README on the Azure pack", () => {
  const root = join(__dirname, "..", "..");
  const doc = readFileSync(join(root, "docs", "guardrails.md"), "utf8");
  const readme = readFileSync(join(root, "README.md"), "utf8");
  const ids = AZURE_GUARDRAILS.terraform.map(({ id }) => id);
  const start = doc.indexOf("## The Azure pack");
  const end = doc.indexOf("\n## ", start + 1);
  const section = doc.slice(start, end < 0 ? undefined : end);

  test("docs/guardrails.md lists every rule of the Azure pack, and only those", () => {
    const documented = [...section.matchAll(/^\| `([^`]+)` +\|/gm)].map((match) => match[1]);
    expect(start).toBeGreaterThan(0);
    expect(documented.sort()).toEqual([...ids].sort());
  });

  test("docs/guardrails.md gives each rule's tiers and resource types as the rule has them", () => {
    for (const rule of AZURE_GUARDRAILS.terraform) {
      const row = section.split("\n").find((line) => line.startsWith(`| \`${rule.id}\` `)) ?? "";
      const [, , tiers, types] = row.split("|").map((cell) => cell.trim());
      expect([rule.id, tiers]).toEqual([rule.id, rule.tiers ? rule.tiers.join(", ") : "all"]);
      expect([rule.id, types]).toEqual([rule.id, rule.resourceTypes.map((type) => `\`${type}\``).join(", ")]);
    }
  });

  test("the pack list and README give the rule counts the pack has", () => {
    expect(doc).toContain(`**Azure pack** (${ids.length} rules over the stacks`);
    const prodTier = AZURE_GUARDRAILS.terraform.filter((rule) => rule.tiers?.includes("prod")).length;
    expect(readme).toMatch(
      new RegExp(`\\| Azure +\\| ${ids.length} +\\| .*\\(prod-tier rules: ${prodTier}\\)`),
    );
  });
});
