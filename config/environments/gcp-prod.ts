import type { EnvironmentSpec } from "../environment-spec";

/** Production on GCP: regional GKE and Cloud SQL, artifacts in a us-central1 + us-east4 dual-region bucket. */
export const gcpProd: EnvironmentSpec = {
  name: "gcp-prod",
  cloud: "gcp",
  region: "us-central1",
  recoveryRegion: "us-east4",
  tier: "prod",
  gcp: { projectId: "mlops-platform-prod-1" },
  network: { vpcCidr: "10.61.0.0/16" },
  models: [
    {
      name: "demand-forecast",
      format: "xgboost",
      critical: true,
      minReplicas: 2,
      maxReplicas: 10,
      resources: { cpu: "1", memory: "2Gi" },
    },
    { name: "my-model", format: "sklearn", deploymentMode: "Knative", minReplicas: 1, maxReplicas: 5 },
    {
      name: "text-embedder",
      format: "huggingface",
      gpus: 1,
      minReplicas: 1,
      maxReplicas: 4,
      resources: { cpu: "4", memory: "16Gi" },
    },
  ],
  training: {
    retrainSchedule: "0 4 * * 1",
    retrainModel: "my-model",
    retrainDatasetUrl: "gs://mlops-platform-gcp-prod-mlflow-artifacts/datasets/my-model/latest.csv",
  },
};
