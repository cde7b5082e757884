import type { EnvironmentSpec } from "../environment-spec";

/**
 * Production on Azure in eastus2: zone-redundant HA database with geo-redundant backups (kept in the
 * paired region, centralus), artifacts replicated to an account in centralus, where azure-prod-dr rebuilds it.
 */
export const azureProd: EnvironmentSpec = {
  name: "azure-prod",
  cloud: "azure",
  region: "eastus2",
  recoveryRegion: "centralus",
  tier: "prod",
  // Example ids: replace them with your subscription's and tenant's.
  azure: {
    subscriptionId: "33333333-3333-4333-8333-333333333333",
    tenantId: "99999999-9999-4999-8999-999999999999",
  },
  network: { vpcCidr: "10.41.0.0/16" },
  models: [
    {
      name: "demand-forecast",
      format: "xgboost",
      critical: true,
      minReplicas: 2,
      maxReplicas: 10,
      resources: { cpu: "1", memory: "2Gi" },
    },
    {
      name: "text-embedder",
      format: "huggingface",
      gpus: 1,
      minReplicas: 1,
      maxReplicas: 4,
      resources: { cpu: "4", memory: "16Gi" },
    },
  ],
};
