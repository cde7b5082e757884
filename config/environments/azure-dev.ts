import type { EnvironmentSpec } from "../environment-spec";

/** Development on Azure: dev-tier sizes, spot GPU nodes, one region. */
export const azureDev: EnvironmentSpec = {
  name: "azure-dev",
  cloud: "azure",
  region: "eastus2",
  recoveryRegion: "centralus",
  tier: "dev",
  // Example ids: replace them with your subscription's and tenant's.
  azure: {
    subscriptionId: "11111111-1111-4111-8111-111111111111",
    tenantId: "99999999-9999-4999-8999-999999999999",
  },
  network: { vpcCidr: "10.40.0.0/16" },
  models: [
    { name: "demand-forecast", format: "xgboost", critical: true },
    { name: "my-model", format: "sklearn", minReplicas: 1, maxReplicas: 2 },
    // Scales from zero with KEDA: its first request starts a spot GPU node.
    {
      name: "text-embedder",
      format: "huggingface",
      gpus: 1,
      minReplicas: 0,
      maxReplicas: 2,
      resources: { cpu: "2", memory: "8Gi" },
    },
  ],
};
