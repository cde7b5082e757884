import * as k8s from "cdk8s-plus-28/lib/imports/k8s";
import { Construct } from "constructs";

/** A replica count (`2`) or a share of the replicas (`"50%"`), as a PodDisruptionBudget takes them. */
export type ReplicaBudget = number | `${number}%`;

export interface PodDisruptionBudgetProps {
  readonly namespace: string;
  readonly name: string;
  /** Labels selecting the workload's pods (its Deployment's selector). */
  readonly selector: Readonly<Record<string, string>>;
  /**
   * The fewest replicas the workload runs: its fixed count, or its autoscaler's minimum. The budget is
   * checked against this worst case.
   */
  readonly replicas: number;
  /**
   * Pods that may be down at once during voluntary disruptions (drains, upgrades, consolidation).
   * Give this or `minAvailable`, not both.
   * @default 1 when `minAvailable` is not given
   */
  readonly maxUnavailable?: ReplicaBudget;
  /**
   * Pods that must stay up during voluntary disruptions. Must leave at least one replica evictable.
   * @default not set (maxUnavailable applies)
   */
  readonly minAvailable?: ReplicaBudget;
  /** Labels of the PodDisruptionBudget object. @default none */
  readonly labels?: Readonly<Record<string, string>>;
}

/**
 * A PodDisruptionBudget that can never block every eviction. A budget allowing zero disruptions
 * (`maxUnavailable: 0`, or `minAvailable` equal to the replicas) stalls node drains and cluster upgrades
 * forever, so it is refused here, at synth time, with the numbers that make it so.
 */
export class PodDisruptionBudget extends Construct {
  constructor(scope: Construct, id: string, props: PodDisruptionBudgetProps) {
    super(scope, id);
    const where = `PodDisruptionBudget ${props.namespace}/${props.name}`;
    if (!Number.isInteger(props.replicas) || props.replicas < 1) {
      throw new Error(`${where}: replicas must be an integer of at least 1, got ${props.replicas}`);
    }
    if (props.maxUnavailable !== undefined && props.minAvailable !== undefined) {
      throw new Error(
        `${where}: got maxUnavailable ${JSON.stringify(props.maxUnavailable)} and minAvailable ${JSON.stringify(props.minAvailable)}; set only one of them`,
      );
    }
    if (Object.keys(props.selector).length === 0) {
      throw new Error(`${where}: selector is empty; it would select every pod of the namespace`);
    }

    let budget: { maxUnavailable?: k8s.IntOrString; minAvailable?: k8s.IntOrString };
    if (props.minAvailable !== undefined) {
      const kept = podsOf(props.minAvailable, props.replicas, `${where}: minAvailable`);
      if (kept >= props.replicas) {
        throw new Error(
          `${where}: minAvailable ${JSON.stringify(props.minAvailable)} keeps ${kept} of ${props.replicas} replicas up and would block every eviction; expected at most ${props.replicas - 1} (replicas - 1), or a percentage that leaves at least one replica evictable`,
        );
      }
      budget = { minAvailable: intOrString(props.minAvailable) };
    } else {
      const maxUnavailable = props.maxUnavailable ?? 1;
      const evictable = podsOf(maxUnavailable, props.replicas, `${where}: maxUnavailable`);
      if (evictable < 1) {
        throw new Error(
          `${where}: maxUnavailable ${JSON.stringify(maxUnavailable)} would block every eviction (node drains and cluster upgrades would hang); expected an integer of at least 1 or a percentage above 0%`,
        );
      }
      budget = { maxUnavailable: intOrString(maxUnavailable) };
    }

    new k8s.KubePodDisruptionBudget(this, "budget", {
      metadata: {
        name: props.name,
        namespace: props.namespace,
        ...(props.labels && { labels: { ...props.labels } }),
      },
      spec: {
        selector: { matchLabels: { ...props.selector } },
        ...budget,
        // A crash-looping pod must never hold up a drain: it serves nothing anyway.
        unhealthyPodEvictionPolicy: "AlwaysAllow",
      },
    });
  }
}

/** Pods a budget value stands for at `replicas` (Kubernetes rounds percentages up). */
function podsOf(value: ReplicaBudget, replicas: number, what: string): number {
  if (typeof value === "number") {
    if (!Number.isInteger(value) || value < 0) {
      throw new Error(`${what} must be a whole number of pods of 0 or more, got ${value}`);
    }
    return value;
  }
  const match = /^(\d{1,3})%$/.exec(value);
  const percent = match ? Number(match[1]) : Number.NaN;
  if (!(percent >= 0 && percent <= 100)) {
    throw new Error(
      `${what} must be a whole number of pods or a percentage from "0%" to "100%", got "${value}"`,
    );
  }
  return Math.ceil((replicas * percent) / 100);
}

function intOrString(value: ReplicaBudget): k8s.IntOrString {
  return typeof value === "number" ? k8s.IntOrString.fromNumber(value) : k8s.IntOrString.fromString(value);
}
