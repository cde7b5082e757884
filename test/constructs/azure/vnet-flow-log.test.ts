import { LogAnalyticsWorkspace } from "@cdktf/provider-azurerm/lib/log-analytics-workspace";
import { VirtualNetwork } from "@cdktf/provider-azurerm/lib/virtual-network";
import { TerraformStack, Testing } from "cdktf";
import { type EnvironmentSpec, loadEnvironments } from "../../../config";
import { ENVIRONMENT_SPECS } from "../../../config/environments";
import { flowLogStorageAccountName } from "../../../constructs/azure/azure-names";
import { DiagnosticLogs } from "../../../constructs/azure/diagnostic-logs";
import { VnetFlowLog, type VnetFlowLogProps } from "../../../constructs/azure/vnet-flow-log";
import { suppressionsOn } from "../../../guardrails/suppressions";
import { PlatformStack } from "../../../stacks/platform-stack";
import { problemsOf } from "../../support/spec-problems";
import { type Json, synthStack, type TerraformJson } from "../../support/terraform-json";
import { TEST_TODAY } from "../../support/test-today";

const ref = (address: string, attribute = "id") => `\${${address}.${attribute}}`;

/** The shipped specs with azure-dev's `azure.networkWatcher` set. */
const withNetworkWatcher = (watcher: unknown) =>
  ENVIRONMENT_SPECS.map((spec) =>
    spec.name === "azure-dev" && spec.cloud === "azure"
      ? ({ ...spec, azure: { ...spec.azure, networkWatcher: watcher } } as unknown as EnvironmentSpec)
      : spec,
  );

describe("VnetFlowLog in the shipped Azure stacks", () => {
  const stacks: Record<string, TerraformJson> = Object.fromEntries(
    ["azure-dev", "azure-prod", "azure-prod-dr"].map((name) => [name, synthStack(name)]),
  );

  test.each(Object.keys(stacks))("%s: one enabled VNet flow log of the environment's VNet", (name) => {
    const stack = stacks[name] as TerraformJson;
    const flowLog = stack.only("azurerm_network_watcher_flow_log");
    const vnet = stack.addressOf("azurerm_virtual_network", () => true);
    expect(flowLog).toMatchObject({
      name: `fl-vnet-mlops-platform-${name}`,
      enabled: true,
      version: 2,
      target_resource_id: ref(vnet),
      storage_account_id: ref(stack.addressOf("azurerm_storage_account", (a) => a.name.startsWith("fl"))),
      location: stack.only("azurerm_virtual_network").location,
    });
    // NSG flow logs can no longer be created: nothing targets an NSG.
    expect(flowLog.network_security_group_id).toBeUndefined();
  });

  test.each(Object.keys(stacks))(
    "%s: Traffic Analytics into the cluster's Log Analytics workspace",
    (name) => {
      const stack = stacks[name] as TerraformJson;
      const workspace = stack.addressOf("azurerm_log_analytics_workspace", () => true);
      expect(stack.only("azurerm_network_watcher_flow_log").traffic_analytics).toEqual({
        enabled: true,
        workspace_id: ref(workspace, "workspace_id"),
        workspace_region: ref(workspace, "location"),
        workspace_resource_id: ref(workspace),
        interval_in_minutes: name === "azure-dev" ? 60 : 10,
      });
    },
  );

  test("retention follows the tier's log retention: a month in dev, a year in prod", () => {
    const retention = (name: string) =>
      stacks[name]?.only("azurerm_network_watcher_flow_log").retention_policy;
    expect(retention("azure-dev")).toEqual({ enabled: true, days: 30 });
    expect(retention("azure-prod")).toEqual({ enabled: true, days: 365 });
    expect(retention("azure-prod-dr")).toEqual({ enabled: true, days: 365 });
  });

  test("by default it refers to the watcher Azure creates itself, NetworkWatcher_<region> in NetworkWatcherRG", () => {
    for (const [name, region] of [
      ["azure-dev", "eastus2"],
      ["azure-prod-dr", "centralus"],
    ] as const) {
      const stack = stacks[name] as TerraformJson;
      expect(stack.only("azurerm_network_watcher_flow_log")).toMatchObject({
        network_watcher_name: `NetworkWatcher_${region}`,
        resource_group_name: "NetworkWatcherRG",
      });
      expect(stack.resourceList("azurerm_network_watcher")).toEqual([]);
      expect(stack.dataSources("azurerm_network_watcher")).toEqual([]);
    }
  });

  test("it is created after the VNet, every subnet and every subnet's NSG association", () => {
    const stack = stacks["azure-prod"] as TerraformJson;
    const dependsOn: string[] = stack.only("azurerm_network_watcher_flow_log").depends_on;
    const addresses = (type: string) =>
      Object.keys(stack.resources(type)).map((resourceName) => `${type}.${resourceName}`);
    expect([...dependsOn].sort()).toEqual(
      [
        ...addresses("azurerm_virtual_network"),
        ...addresses("azurerm_subnet"),
        ...addresses("azurerm_subnet_network_security_group_association"),
      ].sort(),
    );
    expect(addresses("azurerm_subnet")).toHaveLength(4);
  });

  test("its storage account: standard, in the VNet's region, firewall closed but for trusted services", () => {
    const stack = stacks["azure-prod"] as TerraformJson;
    const [account] = stack.where(
      "azurerm_storage_account",
      (a) => a.name === flowLogStorageAccountName("azure-prod"),
    );
    expect(account).toMatchObject({
      account_kind: "StorageV2",
      account_tier: "Standard",
      account_replication_type: "ZRS",
      location: "eastus2",
      min_tls_version: "TLS1_2",
      https_traffic_only_enabled: true,
      allow_nested_items_to_be_public: false,
      shared_access_key_enabled: true,
      default_to_oauth_authentication: true,
      local_user_enabled: false,
      cross_tenant_replication_enabled: false,
      public_network_access_enabled: true,
      network_rules: { default_action: "Deny", bypass: ["AzureServices"] },
      blob_properties: {
        delete_retention_policy: { days: 7 },
        container_delete_retention_policy: { days: 7 },
      },
      lifecycle: { prevent_destroy: true },
    });
    expect(account.network_rules.ip_rules).toBeUndefined();
    expect(account.network_rules.virtual_network_subnet_ids).toBeUndefined();
    // The flow log's retention owns the account's lifecycle policy.
    const policies = stack.where("azurerm_storage_management_policy", (policy) =>
      JSON.stringify(policy).includes(stack.addressOf("azurerm_storage_account", (a) => a === account)),
    );
    expect(policies).toEqual([]);
    const devAccount = stacks["azure-dev"]?.where("azurerm_storage_account", (a) =>
      a.name.startsWith("fl"),
    )[0];
    expect(devAccount.lifecycle).toBeUndefined();
  });

  test("every environment's flow-log account has its own valid global name", () => {
    const names = ENVIRONMENT_SPECS.map((spec) => flowLogStorageAccountName(spec.name));
    for (const name of names) expect(name).toMatch(/^[a-z0-9]{3,24}$/);
    expect(new Set(names).size).toBe(names.length);
    expect(flowLogStorageAccountName("azure-prod")).toMatch(/^flazureprod[0-9a-f]{8}$/);
  });

  test.each(Object.keys(stacks))(
    "%s: Key Vault audit events, PostgreSQL logs and the artifact account's blob access logs go to the workspace",
    (name) => {
      const stack = stacks[name] as TerraformJson;
      const workspace = ref(stack.addressOf("azurerm_log_analytics_workspace", () => true));
      const settings = stack.resourceList("azurerm_monitor_diagnostic_setting");
      const byTarget = Object.fromEntries(settings.map((setting) => [setting.target_resource_id, setting]));
      expect(byTarget[ref(stack.addressOf("azurerm_key_vault", () => true))]).toEqual({
        name: "platform-log-analytics",
        target_resource_id: ref(stack.addressOf("azurerm_key_vault", () => true)),
        log_analytics_workspace_id: workspace,
        enabled_log: [{ category: "AuditEvent" }],
      });
      const server = ref(stack.addressOf("azurerm_postgresql_flexible_server", () => true));
      expect(byTarget[server]).toMatchObject({
        log_analytics_workspace_id: workspace,
        enabled_log: [{ category: "PostgreSQLLogs" }],
      });
      // The blob service of the account the environment serves from (its own, or the replica it adopts).
      const account = name.endsWith("-dr")
        ? `data.azurerm_storage_account.${Object.keys(stack.json.data.azurerm_storage_account).find((id) => id.includes("recovered-artifacts"))}`
        : `azurerm_storage_account.${Object.keys(stack.resources("azurerm_storage_account")).find((id) => id.includes("_artifacts_account_"))}`;
      expect(byTarget[`${ref(account)}/blobServices/default`]).toEqual({
        name: "platform-log-analytics",
        target_resource_id: `${ref(account)}/blobServices/default`,
        log_analytics_workspace_id: workspace,
        enabled_log: [
          { category: "StorageRead" },
          { category: "StorageWrite" },
          { category: "StorageDelete" },
        ],
      });
      expect(settings).toHaveLength(3);
    },
  );
});

describe("azure.networkWatcher", () => {
  test("create: true makes the stack create the watcher in the environment's resource group, and refer to it", () => {
    const stack = synthStack("azure-dev", withNetworkWatcher({ create: true }));
    const watcher = stack.only("azurerm_network_watcher");
    expect(watcher).toMatchObject({ name: "NetworkWatcher_eastus2", location: "eastus2" });
    expect(watcher.resource_group_name).toBe(
      ref(
        stack.addressOf("azurerm_resource_group", () => true),
        "name",
      ),
    );
    const address = stack.addressOf("azurerm_network_watcher", () => true);
    expect(stack.only("azurerm_network_watcher_flow_log")).toMatchObject({
      network_watcher_name: ref(address, "name"),
      resource_group_name: ref(address, "resource_group_name"),
    });
  });

  test("an organisation's own watcher is referred to by its name and group", () => {
    const stack = synthStack(
      "azure-dev",
      withNetworkWatcher({ name: "nw-platform-eastus2", resourceGroupName: "rg-network-watchers" }),
    );
    expect(stack.only("azurerm_network_watcher_flow_log")).toMatchObject({
      network_watcher_name: "nw-platform-eastus2",
      resource_group_name: "rg-network-watchers",
    });
    expect(stack.resourceList("azurerm_network_watcher")).toEqual([]);
  });

  test("names that Azure would refuse are reported with the field and what is allowed", () => {
    expect(
      problemsOf(withNetworkWatcher({ name: "watcher-", resourceGroupName: "rg.", create: "yes" })),
    ).toEqual([
      'environment "azure-dev", field azure.networkWatcher.create: got "yes"; expected true or false (unquoted: a string in quotes is not one)',
    ]);
    expect(problemsOf(withNetworkWatcher({ name: "watcher-", resourceGroupName: "rg." }))).toEqual([
      'environment "azure-dev", field azure.networkWatcher.name: got "watcher-"; expected a Network Watcher name: 1-80 letters, digits, underscores, periods or hyphens, starting with a letter or digit and ending with one or an underscore (Azure\'s own is "NetworkWatcher_<region>")',
      'environment "azure-dev", field azure.networkWatcher.resourceGroupName: got "rg."; expected a resource group name: 1-90 letters, digits, hyphens, underscores, periods or parentheses, not ending in a period (Azure\'s own is "NetworkWatcherRG")',
    ]);
    expect(problemsOf(withNetworkWatcher({ nmae: "x" }))[0]).toContain("field azure.networkWatcher.nmae");
  });
});

describe("VnetFlowLog and DiagnosticLogs props", () => {
  const scope = () => {
    const stack = new TerraformStack(Testing.app({ stackTraces: false }), "fixture");
    const vnet = new VirtualNetwork(stack, "vnet", {
      name: "vnet",
      resourceGroupName: "rg",
      location: "eastus2",
      addressSpace: ["10.0.0.0/16"],
    });
    const workspace = new LogAnalyticsWorkspace(stack, "logs", {
      name: "logs",
      resourceGroupName: "rg",
      location: "eastus2",
    });
    return { stack, vnet, workspace };
  };
  const props = (fixture: ReturnType<typeof scope>, change: Partial<VnetFlowLogProps> = {}) => ({
    name: "fl-vnet",
    vnet: fixture.vnet,
    location: "eastus2",
    networkWatcher: { name: "NetworkWatcher_eastus2", resourceGroupName: "NetworkWatcherRG", create: false },
    resourceGroupName: "rg",
    storageAccountName: "flfixture0001",
    retentionDays: 30,
    trafficAnalytics: { workspace: fixture.workspace },
    tags: {},
    ...change,
  });

  test("Traffic Analytics defaults to the hourly interval", () => {
    const fixture = scope();
    new VnetFlowLog(fixture.stack, "flow-log", props(fixture));
    const json: Json = JSON.parse(Testing.synth(fixture.stack));
    const [flowLog] = Object.values(json.resource.azurerm_network_watcher_flow_log) as Json[];
    expect(flowLog.traffic_analytics.interval_in_minutes).toBe(60);
    expect(flowLog.depends_on).toEqual(["azurerm_virtual_network.vnet"]);
  });

  test.each([
    [
      0,
      'retentionDays is 0; expected a whole number from 1 to 365 (0, Azure\'s "forever", is refused: flow logs are pruned)',
    ],
    [
      400,
      'retentionDays is 400; expected a whole number from 1 to 365 (0, Azure\'s "forever", is refused: flow logs are pruned)',
    ],
    [
      7.5,
      'retentionDays is 7.5; expected a whole number from 1 to 365 (0, Azure\'s "forever", is refused: flow logs are pruned)',
    ],
  ])("refuses retentionDays %s", (days, message) => {
    const fixture = scope();
    expect(() => new VnetFlowLog(fixture.stack, "flow-log", props(fixture, { retentionDays: days }))).toThrow(
      `VnetFlowLog fl-vnet: ${message}`,
    );
  });

  test("refuses an interval Traffic Analytics does not offer, and a storage account name Azure refuses", () => {
    const fixture = scope();
    const interval = { workspace: fixture.workspace, intervalMinutes: 15 as 10 };
    expect(() => new VnetFlowLog(fixture.stack, "a", props(fixture, { trafficAnalytics: interval }))).toThrow(
      "VnetFlowLog fl-vnet: trafficAnalytics.intervalMinutes is 15; expected 10 or 60 (the intervals Traffic Analytics offers)",
    );
    expect(
      () => new VnetFlowLog(fixture.stack, "b", props(fixture, { storageAccountName: "Flow-Logs" })),
    ).toThrow(
      'VnetFlowLog fl-vnet: storageAccountName is "Flow-Logs"; expected 3-24 lowercase letters and digits',
    );
  });

  test("DiagnosticLogs refuses no categories and repeated ones", () => {
    const fixture = scope();
    for (const categories of [[], ["AuditEvent", "AuditEvent"]]) {
      expect(
        () =>
          new DiagnosticLogs(fixture.stack, `logs-${categories.length}`, {
            targetResourceId: "/subscriptions/s/resourceGroups/rg/providers/Microsoft.KeyVault/vaults/v",
            workspaceId: fixture.workspace.id,
            categories,
          }),
      ).toThrow(
        `DiagnosticLogs fixture/logs-${categories.length}: categories is ${JSON.stringify(categories)}; expected one or more distinct log categories of the resource type`,
      );
    }
  });
});

describe("the flow-log account's suppressions", () => {
  const suppressedOnFlowLogAccount = (name: string) => {
    const platform = loadEnvironments(ENVIRONMENT_SPECS, {}, { today: TEST_TODAY }).find(
      ({ environment }) => environment.name === name,
    );
    const stack = new PlatformStack(
      Testing.app({ stackTraces: false }),
      platform as NonNullable<typeof platform>,
    );
    const account = stack.node.findAll().find((node) => node.node.path.endsWith("/flow-log/storage"));
    return suppressionsOn(account as NonNullable<typeof account>);
  };

  test("the rules flow logs cannot keep are suppressed on the account itself, each with its reason", () => {
    const dev = suppressedOnFlowLogAccount("azure-dev");
    expect(dev.map(({ rule }) => rule).sort()).toEqual(
      [
        "CKV2_AZURE_21",
        "CKV2_AZURE_33",
        "CKV2_AZURE_40",
        "CKV_AZURE_59",
        "platform-storage-blob-versioning",
      ].sort(),
    );
    expect(dev.find(({ rule }) => rule === "CKV2_AZURE_40")?.reason).toContain("account key");
    expect(dev.find(({ rule }) => rule === "CKV_AZURE_59")?.reason).toContain("trusted-services exception");
    // Geo-replication is a prod-tier rule: only there is it suppressed.
    expect(suppressedOnFlowLogAccount("azure-prod").map(({ rule }) => rule)).toContain("CKV_AZURE_206");
  });
});
