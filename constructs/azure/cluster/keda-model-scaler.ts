import { Construct } from "constructs";
import { ScaledObject } from "../../../imports/keda-scaledobjects-keda.sh";
import type { ScaledModel } from "../../cloud";

/**
 * Prometheus of the cluster layer: kube-prometheus-stack released as "prometheus" in `monitoring` (its
 * Prometheus Service is `<release>-kube-prometheus-prometheus`, port 9090).
 */
export const PROMETHEUS_URL =
  "http://prometheus-kube-prometheus-prometheus.monitoring.svc.cluster.local:9090";

export interface KedaModelScalerProps extends ScaledModel {
  /** Requests per second one replica should take before another is added. @default 5 */
  readonly requestsPerReplica?: number;
  /** Seconds without requests before the last replica goes (only when minReplicas is 0). @default 600 */
  readonly idleSeconds?: number;
  /** @default PROMETHEUS_URL */
  readonly prometheusUrl?: string;
}

/**
 * A KEDA ScaledObject for one "Standard"-mode GPU model server: it scales the predictor Deployment
 * (`<name>-predictor`) on the request rate the Istio ingress gateway reports for the predictor's Service,
 * from zero when the model allows it. Pending GPU pods are what makes AKS's cluster autoscaler add GPU
 * nodes. In Standard mode there is no activator: while a model is at zero, its first requests fail (503)
 * until a replica is ready, and those requests are what wakes it.
 */
export class KedaModelScaler extends Construct {
  readonly name: string;

  constructor(scope: Construct, id: string, props: KedaModelScalerProps) {
    super(scope, id);
    const where = `KedaModelScaler ${props.namespace}/${props.name}`;
    const perReplica = props.requestsPerReplica ?? 5;
    const idle = props.idleSeconds ?? 600;
    if (
      !Number.isInteger(props.minReplicas) ||
      props.minReplicas < 0 ||
      props.minReplicas > props.maxReplicas
    ) {
      throw new Error(
        `${where}: minReplicas is ${props.minReplicas}; expected an integer from 0 to maxReplicas (${props.maxReplicas})`,
      );
    }
    if (!(perReplica > 0))
      throw new Error(`${where}: requestsPerReplica is ${perReplica}; expected a positive number`);
    if (!Number.isInteger(idle) || idle < 60)
      throw new Error(`${where}: idleSeconds is ${idle}; expected an integer of at least 60`);
    const predictor = `${props.name}-predictor`;
    this.name = predictor;
    new ScaledObject(this, "scaled-object", {
      metadata: { name: predictor, namespace: props.namespace, labels: { ...props.labels } },
      spec: {
        scaleTargetRef: { apiVersion: "apps/v1", kind: "Deployment", name: predictor },
        minReplicaCount: props.minReplicas,
        maxReplicaCount: props.maxReplicas,
        pollingInterval: 15,
        cooldownPeriod: idle,
        triggers: [
          {
            type: "prometheus",
            metricType: "AverageValue",
            metadata: {
              serverAddress: props.prometheusUrl ?? PROMETHEUS_URL,
              query: `sum(rate(istio_requests_total{reporter="source", destination_service_namespace="${props.namespace}", destination_service_name="${predictor}"}[1m]))`,
              threshold: String(perReplica),
              // Any request wakes a model at zero.
              activationThreshold: "0",
            },
          },
        ],
      },
    });
  }
}
