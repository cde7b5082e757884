import type { App } from "cdk8s";
import type { PlatformEnvironment } from "../config";
import { AlertsChart } from "./alerts-chart";
import type { ClusterChartProps } from "./chart-props";
import { GpuCapacityChart } from "./gpu-capacity-chart";
import { MlflowChart } from "./mlflow-chart";
import { ModelServingChart } from "./model-serving-chart";
import { PlatformBaselineChart } from "./platform-baseline-chart";
import { PostgresBackupChart } from "./postgres-backup-chart";
import { TrainingPipelinesChart } from "./training-pipelines-chart";

/**
 * The cluster layer of one environment: every chart, each written to `dist/<env>/<chart>.k8s.yaml`.
 * The chart ids are file names in the GitOps repository: renaming one moves its file.
 */
export function buildClusterLayer(app: App, { environment, contract }: PlatformEnvironment): void {
  const props: ClusterChartProps = { environment, contract };
  new PlatformBaselineChart(app, "platform-baseline", props);
  new MlflowChart(app, "mlflow", props);
  new PostgresBackupChart(app, "postgres-backup", props);
  new ModelServingChart(app, "model-serving", props);
  new TrainingPipelinesChart(app, "training-pipelines", props);
  new GpuCapacityChart(app, "gpu-capacity", props);
  new AlertsChart(app, "alerts", props);
}
