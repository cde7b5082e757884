import type { EnvironmentSpec } from "../../../config";
import { ENVIRONMENT_SPECS } from "../../../config/environments";
import { synthStack } from "../../support/terraform-json";

describe("AksCluster", () => {
  const dev = synthStack("azure-dev");
  const prod = synthStack("azure-prod");
  const devAks = dev.only("azurerm_kubernetes_cluster");
  const prodAks = prod.only("azurerm_kubernetes_cluster");
  const pools = (stack: typeof dev) => stack.resourceList("azurerm_kubernetes_cluster_node_pool");
  const gpuPools = (stack: typeof dev) => pools(stack).filter((pool) => pool.name.startsWith("gpu"));

  test("is private, with API server VNet integration in its delegated subnet", () => {
    expect(devAks).toMatchObject({
      name: "mlops-platform-azure-dev",
      private_cluster_enabled: true,
      private_cluster_public_fqdn_enabled: false,
      kubernetes_version: "1.36",
    });
    expect(devAks.api_server_access_profile.virtual_network_integration_enabled).toBe(true);
    expect(devAks.api_server_access_profile.subnet_id).toMatch(/azurerm_subnet\..*apiserver-subnet.*\.id/);
    const subnet = dev.where("azurerm_subnet", (s) => s.name === "snet-apiserver")[0];
    expect(subnet.delegation[0].service_delegation.name).toBe("Microsoft.ContainerService/managedClusters");
  });

  test("issues OIDC tokens for workload identity; Entra ID with Azure RBAC, no local accounts", () => {
    expect(devAks).toMatchObject({
      oidc_issuer_enabled: true,
      workload_identity_enabled: true,
      local_account_disabled: true,
      role_based_access_control_enabled: true,
    });
    expect(devAks.azure_active_directory_role_based_access_control).toMatchObject({
      azure_rbac_enabled: true,
      tenant_id: "99999999-9999-4999-8999-999999999999",
    });
  });

  test("Azure CNI overlay with the Cilium data plane and network policy, pods outside the VNet", () => {
    expect(devAks.network_profile).toMatchObject({
      network_plugin: "azure",
      network_plugin_mode: "overlay",
      network_data_plane: "cilium",
      network_policy: "cilium",
      pod_cidr: "10.244.0.0/16",
      service_cidr: "172.20.0.0/16",
      dns_service_ip: "172.20.0.10",
    });
  });

  test("upgrades itself within weekly maintenance windows; monitored, policed, Secrets encrypted with the Key Vault key", () => {
    expect(devAks.automatic_upgrade_channel).toBe("patch");
    expect(devAks.node_os_upgrade_channel).toBe("NodeImage");
    for (const window of [devAks.maintenance_window_auto_upgrade, devAks.maintenance_window_node_os]) {
      expect(window).toMatchObject({ frequency: "Weekly", interval: 1, day_of_week: "Sunday", duration: 4 });
    }
    expect(devAks.oms_agent.log_analytics_workspace_id).toMatch(/azurerm_log_analytics_workspace\./);
    expect(devAks.azure_policy_enabled).toBe(true);
    expect(devAks.key_management_service.key_vault_key_id).toMatch(/azurerm_key_vault_key\..*\.id/);
    expect(devAks.key_management_service.key_vault_network_access).toBe("Private");
    // KEDA comes from its pinned chart, not AKS's add-on.
    expect(devAks.workload_autoscaler_profile.keda_enabled).toBe(false);
  });

  test("Standard tier and NAT gateway egress in prod; Free tier and load balancer egress in dev", () => {
    expect(prodAks.sku_tier).toBe("Standard");
    expect(prodAks.network_profile.outbound_type).toBe("userAssignedNATGateway");
    expect(prod.resourceList("azurerm_nat_gateway")).toHaveLength(1);
    expect(devAks.sku_tier).toBe("Free");
    expect(devAks.network_profile.outbound_type).toBe("loadBalancer");
    expect(dev.resourceList("azurerm_nat_gateway")).toHaveLength(0);
  });

  test("every node pool encrypts its temp disks and caches at the host, and none has an SSH key", () => {
    for (const stack of [dev, prod]) {
      const aks = stack.only("azurerm_kubernetes_cluster");
      expect(aks.default_node_pool.host_encryption_enabled).toBe(true);
      expect(aks.linux_profile).toBeUndefined();
      expect(pools(stack).length).toBeGreaterThan(1);
      for (const pool of pools(stack)) expect(pool.host_encryption_enabled).toBe(true);
    }
  });

  test("the system pool runs critical add-ons only, across the zones, autoscaled", () => {
    expect(prodAks.default_node_pool).toMatchObject({
      name: "system",
      only_critical_addons_enabled: true,
      zones: ["1", "2", "3"],
      auto_scaling_enabled: true,
      min_count: 3,
      node_count: 3,
      max_count: 6,
      vm_size: "Standard_D8ds_v5",
    });
    expect(devAks.default_node_pool.zones).toEqual(["1", "2"]);
  });

  test("the system pool is sized by cluster.systemNodes: created with desiredSize nodes, then the autoscaler's", () => {
    const sized = synthStack(
      "azure-dev",
      ENVIRONMENT_SPECS.map((spec) =>
        spec.name === "azure-dev"
          ? ({
              ...spec,
              cluster: { systemNodes: { minSize: 2, desiredSize: 4, maxSize: 7 } },
            } as EnvironmentSpec)
          : spec,
      ),
    ).only("azurerm_kubernetes_cluster");
    expect(sized.default_node_pool).toMatchObject({ min_count: 2, node_count: 4, max_count: 7 });
    expect(devAks.default_node_pool).toMatchObject({ min_count: 2, node_count: 2, max_count: 4 });
    expect(sized.lifecycle.ignore_changes).toEqual(["default_node_pool[0].node_count"]);
  });

  test("a general user pool, on-demand (pods without a spot toleration must land somewhere)", () => {
    const general = pools(dev).find((pool) => pool.name === "general");
    expect(general).toMatchObject({ mode: "User", auto_scaling_enabled: true, min_count: 1 });
    expect(general.priority).toBeUndefined();
  });

  test("GPU pools scale from zero, tainted and labelled like every cloud's GPU nodes, with the NVIDIA driver", () => {
    for (const stack of [dev, prod]) {
      const [gpu] = gpuPools(stack);
      expect(gpu).toMatchObject({
        mode: "User",
        auto_scaling_enabled: true,
        min_count: 0,
        node_labels: { "mlops-platform.io/pool": "gpu" },
        gpu_driver: "Install",
      });
      expect(gpu.node_taints[0]).toBe("nvidia.com/gpu=present:NoSchedule");
      expect(gpu.lifecycle.ignore_changes).toEqual(["node_count"]);
    }
    expect(gpuPools(dev)[0].vm_size).toBe("Standard_NC4as_T4_v3");
    expect(gpuPools(dev)[0].max_count).toBe(4);
    expect(gpuPools(prod)[0].max_count).toBe(16);
  });

  test("GPU nodes are spot (evicted, deleted) in dev and on-demand in prod", () => {
    expect(gpuPools(dev)[0]).toMatchObject({
      priority: "Spot",
      eviction_policy: "Delete",
      spot_max_price: -1,
    });
    expect(gpuPools(prod)[0].priority).toBeUndefined();
  });

  test("a spot pool declares the taint and label AKS adds to spot nodes; an on-demand pool has neither", () => {
    const [spot] = gpuPools(dev);
    expect(spot.node_taints).toEqual([
      "nvidia.com/gpu=present:NoSchedule",
      "kubernetes.azure.com/scalesetpriority=spot:NoSchedule",
    ]);
    expect(spot.node_labels).toEqual({
      "mlops-platform.io/pool": "gpu",
      "kubernetes.azure.com/scalesetpriority": "spot",
    });
    const [onDemand] = gpuPools(prod);
    expect(onDemand.node_taints).toEqual(["nvidia.com/gpu=present:NoSchedule"]);
    expect(onDemand.node_labels).toEqual({ "mlops-platform.io/pool": "gpu" });
  });

  test("no upgrade settings on a spot pool (AKS refuses max surge there); on-demand GPU pools surge by one", () => {
    const spotPools = dev.where("azurerm_kubernetes_cluster_node_pool", (pool) => pool.priority === "Spot");
    expect(spotPools.length).toBeGreaterThan(0);
    for (const pool of spotPools) expect(pool.upgrade_settings).toBeUndefined();
    expect(gpuPools(prod)[0].upgrade_settings).toEqual({ max_surge: "1", drain_timeout_in_minutes: 30 });
  });

  test("the control plane's identity may unwrap the KMS key and link the private vault to the cluster", () => {
    const identity = dev.addressOf("azurerm_user_assigned_identity", (id) =>
      id.name.endsWith("-control-plane"),
    );
    const onVault = dev
      .where(
        "azurerm_role_assignment",
        (role) =>
          role.principal_id === `\${${identity}.principal_id}` && /azurerm_key_vault\./.test(role.scope),
      )
      .map((role) => role.role_definition_name)
      .sort();
    expect(onVault).toEqual(["Key Vault Contributor", "Key Vault Crypto User"]);
  });

  test("prod's cluster waits for the node subnet's NAT gateway association; dev's has none to wait for", () => {
    const association = prod.addressOf("azurerm_subnet_nat_gateway_association", () => true);
    expect(prodAks.depends_on).toContain(association);
    expect(devAks.depends_on.some((dep: string) => dep.startsWith("azurerm_subnet_nat_gateway"))).toBe(false);
  });

  test("the autoscaler waits for slow GPU nodes and keeps them a while", () => {
    expect(devAks.auto_scaler_profile).toMatchObject({
      max_node_provisioning_time: "20m",
      scale_down_unneeded: "15m",
      expander: "least-waste",
    });
  });

  test("no GPU pool when gpu.maxGpus is 0", () => {
    const none = synthStack(
      "azure-dev",
      ENVIRONMENT_SPECS.map((spec) =>
        spec.name === "azure-dev"
          ? ({
              ...spec,
              gpu: { maxGpus: 0 },
              models: spec.models?.filter((model) => !model.gpus),
            } as EnvironmentSpec)
          : spec,
      ),
    );
    expect(gpuPools(none)).toHaveLength(0);
    expect(pools(none).map((pool) => pool.name)).toEqual(["general"]);
  });
});
