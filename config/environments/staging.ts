import type { EnvironmentSpec } from "../environment-spec";

/** Dev-tier sizing, but shaped like prod where rehearsing changes matters: three zones, on-demand GPUs. */
export const staging: EnvironmentSpec = {
  name: "staging",
  cloud: "aws",
  region: "us-east-1",
  recoveryRegion: "us-west-2",
  tier: "dev",
  aws: { accountId: "222222222222" },
  network: { vpcCidr: "10.20.0.0/16", availabilityZoneCount: 3 },
  gpu: { capacityTypes: ["on-demand"], maxGpus: 8, maxCpu: 128 },
  database: { backupRetentionDays: 14 },
  models: [
    { name: "demand-forecast", format: "xgboost", critical: true, maxReplicas: 4 },
    { name: "my-model", format: "sklearn", deploymentMode: "Knative", canaryTrafficPercent: 10 },
  ],
};
