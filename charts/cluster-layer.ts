import { ApiObject, type App, Chart } from "cdk8s";
import type { PlatformEnvironment } from "../config";
import { cloudOf } from "../constructs/clouds";
import { SYNC_WAVES } from "../constructs/k8s/add-ons/helm-add-on";
import { platformAddOns } from "./add-ons/platform-add-ons";
import { veleroAddOn } from "./add-ons/velero-add-on";
import { AlertsChart } from "./alerts-chart";
import type { ClusterChartProps } from "./chart-props";
import { ClusterBackupsChart } from "./cluster-backups-chart";
import { GitOpsChart } from "./gitops-chart";
import { GpuCapacityChart } from "./gpu-capacity-chart";
import { KnativeServingChart, needsKnative } from "./knative-serving-chart";
import { MlflowChart } from "./mlflow-chart";
import { ModelServingChart } from "./model-serving-chart";
import { PlatformBaselineChart } from "./platform-baseline-chart";
import { PostgresBackupChart } from "./postgres-backup-chart";
import { TrainingPipelinesChart } from "./training-pipelines-chart";

/**
 * Each chart's wave in the root Application: the platform's namespaces with the CRDs (the controllers of
 * the next wave, Argo Workflows', run in one of them); everything else once the controllers are up.
 */
const CHART_WAVES: Readonly<Record<string, number>> = {
  "platform-baseline": SYNC_WAVES.foundations,
  // Its KnativeServing needs the operator and istiod of the controllers' wave; the models need it.
  "knative-serving": SYNC_WAVES.runtimes,
};

/**
 * The cluster layer of one environment: every chart, each written to `dist/<env>/<chart>.k8s.yaml`, and
 * the `gitops` chart whose ArgoCD applications deliver them.
 * The chart ids are file names in the GitOps repository: renaming one moves its file.
 */
export function buildClusterLayer(app: App, { environment, contract }: PlatformEnvironment): void {
  const props: ClusterChartProps = { environment, contract };
  new PlatformBaselineChart(app, "platform-baseline", props);
  new MlflowChart(app, "mlflow", props);
  new PostgresBackupChart(app, "postgres-backup", props);
  new ClusterBackupsChart(app, "cluster-backups", props);
  if (needsKnative(props)) new KnativeServingChart(app, "knative-serving", props);
  new ModelServingChart(app, "model-serving", props);
  new TrainingPipelinesChart(app, "training-pipelines", props);
  new GpuCapacityChart(app, "gpu-capacity", props);
  new AlertsChart(app, "alerts", props);

  // Last: the ArgoCD applications that deliver every chart above, scoped to what they contain.
  const charts = app.node.children.filter((child): child is Chart => child instanceof Chart);
  const objects = charts.flatMap((chart) =>
    chart.node.findAll().filter((node): node is ApiObject => node instanceof ApiObject),
  );
  const namespaces = new Set(
    objects.map((object) => object.metadata.namespace).filter((namespace) => namespace !== undefined),
  );
  const clusterKinds = new Map(
    objects
      .filter((object) => object.metadata.namespace === undefined)
      // ArgoCD names the core API group "", where cdk8s says "core".
      .map((object) => {
        const group = object.apiGroup === "core" ? "" : object.apiGroup;
        return [`${group}/${object.kind}`, { group, kind: object.kind }];
      }),
  );
  const allowedNamespaces = [...namespaces].sort();
  new GitOpsChart(app, "gitops", {
    ...props,
    charts: charts.map((chart) => ({
      id: chart.node.id,
      namespace: mainNamespace(chart) ?? (allowedNamespaces[0] as string),
      wave: CHART_WAVES[chart.node.id] ?? SYNC_WAVES.platform,
    })),
    addOns: [
      ...platformAddOns(environment, contract),
      veleroAddOn(environment, contract),
      ...cloudOf(environment.cloud).cluster.addOns(environment, contract),
    ],
    namespaces: allowedNamespaces,
    clusterKinds: [...clusterKinds.keys()]
      .sort()
      .map((key) => clusterKinds.get(key) as { group: string; kind: string }),
    // The runbooks shift canary traffic with `kubectl patch`; self-heal must not undo it.
    operatorOwnedFields: {
      "model-serving": [
        {
          group: "serving.kserve.io",
          kind: "InferenceService",
          jsonPointers: ["/spec/predictor/canaryTrafficPercent"],
        },
      ],
    },
  });
}

/**
 * The namespace most of a chart's namespaced objects live in (ties: the first by name), or undefined
 * when it has none. Its application's destination names it, so the destination is one the project allows.
 */
function mainNamespace(chart: Chart): string | undefined {
  const counts = new Map<string, number>();
  for (const node of chart.node.findAll()) {
    const namespace = node instanceof ApiObject ? node.metadata.namespace : undefined;
    if (namespace !== undefined) counts.set(namespace, (counts.get(namespace) ?? 0) + 1);
  }
  // Ties go to the first name in code-point order (namespace names are ASCII; a locale-aware comparison
  // would load the platform's collation data for nothing).
  return [...counts.entries()].sort(
    ([a, countA], [b, countB]) => countB - countA || (a < b ? -1 : a > b ? 1 : 0),
  )[0]?.[0];
}
