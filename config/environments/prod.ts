import type { EnvironmentSpec } from "../environment-spec";

export const prod: EnvironmentSpec = {
  name: "prod",
  cloud: "aws",
  region: "us-east-1",
  recoveryRegion: "us-west-2",
  tier: "prod",
  aws: { accountId: "333333333333" },
  network: { vpcCidr: "10.30.0.0/16" },
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
  // Weekly retraining of the scikit-learn model (the template cannot produce xgboost's format). Each run
  // publishes a new version under models/my-model/v<N>/; serving moves to it when its path says so.
  training: {
    retrainSchedule: "0 4 * * 1",
    retrainModel: "my-model",
    retrainDatasetUrl: "s3://mlops-platform-prod-mlflow-artifacts/datasets/my-model/latest.csv",
  },
};
