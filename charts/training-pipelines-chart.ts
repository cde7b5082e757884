import { Chart } from "cdk8s";
import type { Construct } from "constructs";
import { cloudOf } from "../constructs/clouds";
import { credentialEgress } from "../constructs/k8s/credential-egress";
import { gpuPlacementOf } from "../constructs/k8s/gpu-pool";
import { NetworkAllow, type Peer } from "../constructs/k8s/network-allow";
import { ScheduledTraining } from "../constructs/k8s/scheduled-training";
import { TrainingPipeline } from "../constructs/k8s/training-pipeline";
import { ARGO_WORKFLOWS, type ClusterChartProps, MLFLOW_SERVICE, MONITORING } from "./chart-props";

/** The ml-training-pipeline WorkflowTemplate and, where the environment asks for it, scheduled retraining. */
export class TrainingPipelinesChart extends Chart {
  constructor(scope: Construct, id: string, { environment, contract }: ClusterChartProps) {
    super(scope, id, { disableResourceNameHashes: true });
    const identity = contract.workloads.training;
    const pipeline = new TrainingPipeline(this, "pipeline", {
      name: "ml-training-pipeline",
      namespace: identity.namespace,
      serviceAccountName: identity.serviceAccount,
      serviceAccountAnnotations: identity.serviceAccountAnnotations,
      extraEgress: credentialEgress(contract.network),
      identityPodLabels: identity.podLabels,
      mlflow: {
        trackingUri: MLFLOW_SERVICE.url,
        namespace: MLFLOW_SERVICE.namespace,
        // MLflow's pods carry `app: mlflow` (what the runbooks select on).
        podLabels: { app: MLFLOW_SERVICE.name },
        port: MLFLOW_SERVICE.port,
      },
      objectStoreKind: cloudOf(contract.cloud).cluster.objectStore.kind,
      artifactStoreUri: contract.artifactStore.uri,
      modelsPrefix: contract.artifactStore.prefixes.models,
      servedModelFormats: Object.fromEntries(environment.models.map((model) => [model.name, model.format])),
      // gpu.maxGpus 0 means no GPU pool: the train step then runs on CPU (the template's annotation says so).
      ...(environment.gpu.maxGpus > 0 && {
        gpuPool: gpuPlacementOf(cloudOf(environment.cloud).cluster.gpuNodeTaints?.(environment) ?? []),
      }),
      // A run's pods keep their node until they end: the cloud's node autoscaler is told so.
      podAnnotations: cloudOf(contract.cloud).cluster.podDisruptionAnnotations(),
    });

    // The namespace's default deny also covers Argo Workflows' own pods: the controller and argo-server
    // watch and write workflows through the API server, and Prometheus scrapes the controller.
    const apiServer = contract.network.apiServer;
    const toApiServer = {
      to: apiServer.cidrs.map((cidr): Peer => ({ cidr })),
      ports: [{ port: apiServer.port }],
    };
    new NetworkAllow(this, "workflow-controller-network", {
      namespace: ARGO_WORKFLOWS.namespace,
      name: "argo-workflows-workflow-controller-allow",
      podLabels: ARGO_WORKFLOWS.controllerPodLabels,
      ingress: [
        {
          from: [{ namespace: MONITORING.namespace, podLabels: MONITORING.prometheusPodLabels }],
          ports: [{ port: ARGO_WORKFLOWS.metricsPort }],
        },
      ],
      egress: [toApiServer],
    });
    // Reached with `kubectl port-forward`, which enters the pod's own network namespace.
    new NetworkAllow(this, "argo-server-network", {
      namespace: ARGO_WORKFLOWS.namespace,
      name: "argo-workflows-server-allow",
      podLabels: ARGO_WORKFLOWS.serverPodLabels,
      egress: [toApiServer],
    });

    const { retrainSchedule, retrainModel, retrainDatasetUrl } = environment.training;
    if (retrainSchedule !== undefined) {
      // The environment's validation requires the model and dataset whenever a schedule is set.
      new ScheduledTraining(this, "scheduled", {
        namespace: identity.namespace,
        workflowTemplateName: pipeline.name,
        schedule: retrainSchedule,
        suspended: environment.failedOverTo !== undefined,
        parameters: { "dataset-url": retrainDatasetUrl ?? "", "model-name": retrainModel ?? "" },
      });
    }
  }
}
