import type { EnvironmentSpec } from "../environment-spec";

/** Development on GCP: a zonal GKE control plane, spot GPUs, one Cloud SQL zone. */
export const gcpDev: EnvironmentSpec = {
  name: "gcp-dev",
  cloud: "gcp",
  region: "us-central1",
  recoveryRegion: "us-east4",
  tier: "dev",
  gcp: { projectId: "mlops-platform-dev-1" },
  network: { vpcCidr: "10.60.0.0/16" },
  models: [
    { name: "demand-forecast", format: "xgboost", critical: true },
    { name: "my-model", format: "sklearn", deploymentMode: "Knative", minReplicas: 0, maxReplicas: 2 },
  ],
};
