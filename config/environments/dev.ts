import type { EnvironmentSpec } from "../environment-spec";

export const dev: EnvironmentSpec = {
  name: "dev",
  cloud: "aws",
  region: "us-east-1",
  recoveryRegion: "us-west-2",
  tier: "dev",
  aws: { accountId: "111111111111" },
  network: { vpcCidr: "10.10.0.0/16" },
  models: [
    { name: "demand-forecast", format: "xgboost", critical: true },
    { name: "my-model", format: "sklearn", deploymentMode: "Knative", minReplicas: 0, maxReplicas: 2 },
  ],
};
