import { Duration } from "cdk8s";
import { Construct } from "constructs";
import {
  ServiceMonitor,
  ServiceMonitorSpecEndpointsScheme,
} from "../../imports/prometheus-servicemonitors-monitoring.coreos.com";
import { goDuration } from "./go-duration";

export interface ServiceMetricsMonitorProps {
  /** Name of the ServiceMonitor; also the `job` label of the series unless `jobLabel` says otherwise. */
  readonly name: string;
  /** Namespace of the monitor and of the Services it selects. */
  readonly namespace: string;
  /** Labels of the Service(s) to scrape. */
  readonly serviceLabels: Readonly<Record<string, string>>;
  /** Name of the Service port that serves the metrics. */
  readonly portName: string;
  /** Labels the Prometheus selects monitors by (kube-prometheus-stack: its release label). */
  readonly selectorLabels: Readonly<Record<string, string>>;
  /** @default "/metrics" */
  readonly path?: string;
  /** @default 30 seconds */
  readonly interval?: Duration;
}

/** IANA service names, as Kubernetes port names are: 1-15 lowercase letters, digits and inner hyphens. */
const PORT_NAME = /^(?=.*[a-z])[a-z0-9]([-a-z0-9]{0,13}[a-z0-9])?$/;

/**
 * A ServiceMonitor scraping one named port of the selected Services. The `job` label of the series is
 * the Service's name, which is what the platform's alert rules select on.
 */
export class ServiceMetricsMonitor extends Construct {
  constructor(scope: Construct, id: string, props: ServiceMetricsMonitorProps) {
    super(scope, id);
    const where = `ServiceMetricsMonitor ${props.namespace}/${props.name}`;
    if (Object.keys(props.serviceLabels).length === 0) {
      throw new Error(`${where}: serviceLabels is empty; it would scrape every Service of the namespace`);
    }
    if (Object.keys(props.selectorLabels).length === 0) {
      throw new Error(
        `${where}: selectorLabels is empty; expected the labels the Prometheus selects monitors by`,
      );
    }
    if (!PORT_NAME.test(props.portName)) {
      throw new Error(
        `${where}: portName is ${JSON.stringify(props.portName)}; expected a Service port name (1-15 lowercase letters, digits or hyphens)`,
      );
    }
    const path = props.path ?? "/metrics";
    if (!path.startsWith("/")) {
      throw new Error(
        `${where}: path is ${JSON.stringify(path)}; expected an absolute path such as "/metrics"`,
      );
    }

    new ServiceMonitor(this, "resource", {
      metadata: { name: props.name, namespace: props.namespace, labels: { ...props.selectorLabels } },
      spec: {
        selector: { matchLabels: { ...props.serviceLabels } },
        namespaceSelector: { matchNames: [props.namespace] },
        endpoints: [
          {
            port: props.portName,
            path,
            scheme: ServiceMonitorSpecEndpointsScheme.HTTP,
            interval: goDuration(props.interval ?? Duration.seconds(30), `${where}: interval`),
          },
        ],
      },
    });
  }
}
