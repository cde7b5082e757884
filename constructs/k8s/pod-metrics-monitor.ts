import { Duration } from "cdk8s";
import { Construct } from "constructs";
import {
  PodMonitor,
  PodMonitorSpecPodMetricsEndpointsRelabelingsAction as RelabelAction,
} from "../../imports/prometheus-podmonitors-monitoring.coreos.com";
import { goDuration } from "./go-duration";

/** One thing to scrape in each selected pod. Give `portName`, or `container` and `port`. */
export interface PodMetricsEndpoint {
  /** A container port name the pods declare. @default not used (see `container`) */
  readonly portName?: string;
  /**
   * A container to scrape at `port` on the pod's IP, whether or not it declares that port (KServe's
   * Standard mode does not declare the model server's port).
   * @default not used (see `portName`)
   */
  readonly container?: string;
  /** @default not used (see `container`) */
  readonly port?: number;
  /** @default "/metrics" */
  readonly path?: string;
}

export interface PodMetricsMonitorProps {
  readonly name: string;
  /** Namespace of the monitor and of the pods it selects. */
  readonly namespace: string;
  /** Pods that carry this label are scraped. */
  readonly podLabel: string;
  /** Scrape only the pods that carry `podLabel` with this value. @default any value */
  readonly podLabelValue?: string;
  /** The Prometheus label that receives the value of `podLabel`, so rules can group by it. */
  readonly targetLabel: string;
  readonly endpoints: readonly PodMetricsEndpoint[];
  /** Labels the Prometheus selects monitors by (kube-prometheus-stack: its release label). */
  readonly selectorLabels: Readonly<Record<string, string>>;
  /** @default 30 seconds */
  readonly interval?: Duration;
}

const PROMETHEUS_LABEL = /^[a-zA-Z_][a-zA-Z0-9_]*$/;
const PORT_NAME = /^(?=.*[a-z])[a-z0-9]([-a-z0-9]{0,13}[a-z0-9])?$/;

/**
 * A PodMonitor (monitoring.coreos.com/v1). It scrapes pods by one of their labels and copies that label's
 * value onto every series, so alerts can name the workload.
 */
export class PodMetricsMonitor extends Construct {
  constructor(scope: Construct, id: string, props: PodMetricsMonitorProps) {
    super(scope, id);
    const where = `PodMetricsMonitor ${props.namespace}/${props.name}`;
    if (!PROMETHEUS_LABEL.test(props.targetLabel)) {
      throw new Error(
        `${where}: targetLabel is ${JSON.stringify(props.targetLabel)}; expected a Prometheus label name (letters, digits, underscores)`,
      );
    }
    if (props.podLabel.trim() === "") {
      throw new Error(`${where}: podLabel is empty; expected the label key that marks the pods to scrape`);
    }
    if (Object.keys(props.selectorLabels).length === 0) {
      throw new Error(
        `${where}: selectorLabels is empty; expected the labels the Prometheus selects monitors by`,
      );
    }
    if (props.endpoints.length === 0) {
      throw new Error(`${where}: endpoints is empty; expected at least one endpoint to scrape`);
    }
    const interval = goDuration(props.interval ?? Duration.seconds(30), `${where}: interval`);
    // Prometheus exposes a pod label as __meta_kubernetes_pod_label_<key with every other character as _>.
    const podLabelMeta = `__meta_kubernetes_pod_label_${props.podLabel.replace(/[^a-zA-Z0-9_]/g, "_")}`;
    const copyPodLabel = {
      sourceLabels: [podLabelMeta],
      targetLabel: props.targetLabel,
      action: RelabelAction.REPLACE,
    };

    const endpoints = props.endpoints.map((endpoint, index) => {
      const at = `${where}: endpoints[${index}]`;
      const byName = endpoint.portName !== undefined;
      const byContainer = endpoint.container !== undefined || endpoint.port !== undefined;
      if (byName === byContainer) {
        throw new Error(
          `${at}: give either portName, or container and port; got ${JSON.stringify(endpoint)}`,
        );
      }
      const path = endpoint.path ?? "/metrics";
      if (!path.startsWith("/")) {
        throw new Error(
          `${at}: path is ${JSON.stringify(path)}; expected an absolute path such as "/metrics"`,
        );
      }
      if (byName) {
        if (!PORT_NAME.test(endpoint.portName as string)) {
          throw new Error(
            `${at}: portName is ${JSON.stringify(endpoint.portName)}; expected a container port name (1-15 lowercase letters, digits or hyphens)`,
          );
        }
        return { port: endpoint.portName, path, interval, relabelings: [copyPodLabel] };
      }
      const port = endpoint.port;
      if (!endpoint.container || port === undefined || !Number.isInteger(port) || port < 1 || port > 65535) {
        throw new Error(
          `${at}: container ${JSON.stringify(endpoint.container)} and port ${port}; expected a container name and a port from 1 to 65535`,
        );
      }
      return {
        path,
        interval,
        relabelings: [
          // One target per container (and per declared port): keep the one container asked for ...
          {
            sourceLabels: ["__meta_kubernetes_pod_container_name"],
            regex: endpoint.container,
            action: RelabelAction.KEEP,
          },
          // ... and scrape it at the given port, declared or not (IPv4 pod addresses).
          {
            sourceLabels: ["__meta_kubernetes_pod_ip"],
            regex: "(.+)",
            replacement: `$1:${port}`,
            targetLabel: "__address__",
            action: RelabelAction.REPLACE,
          },
          copyPodLabel,
        ],
      };
    });

    new PodMonitor(this, "resource", {
      metadata: { name: props.name, namespace: props.namespace, labels: { ...props.selectorLabels } },
      spec: {
        selector:
          props.podLabelValue === undefined
            ? { matchExpressions: [{ key: props.podLabel, operator: "Exists" }] }
            : { matchLabels: { [props.podLabel]: props.podLabelValue } },
        namespaceSelector: { matchNames: [props.namespace] },
        podMetricsEndpoints: endpoints,
      },
    });
  }
}
