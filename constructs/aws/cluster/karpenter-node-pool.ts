import { Duration } from "cdk8s";
import { Construct } from "constructs";
import {
  NodePool,
  NodePoolSpecDisruptionBudgetsReasons,
  NodePoolSpecDisruptionConsolidationPolicy,
  NodePoolSpecLimits,
  NodePoolSpecTemplateSpecRequirementsOperator,
  NodePoolSpecTemplateSpecTaintsEffect,
} from "../../../imports/karpenter-nodepools-karpenter.sh";
import { goDuration } from "../../k8s/go-duration";

export type KarpenterCapacityType = "on-demand" | "spot";
export type KarpenterArchitecture = "amd64" | "arm64";

/**
 * When Karpenter may remove or replace nodes to save money. "WhenEmpty" only removes nodes that run no
 * pods (besides DaemonSets): nothing running is ever evicted for consolidation.
 */
export type KarpenterConsolidationPolicy = "WhenEmpty" | "WhenEmptyOrUnderutilized";

export type KarpenterDisruptionReason = "Empty" | "Underutilized" | "Drifted";

export interface KarpenterDisruptionBudget {
  /** Nodes of the pool that may be disrupted at once: a count ("1") or a share ("10%"). */
  readonly nodes: string;
  /** The disruptions the budget applies to. @default every reason */
  readonly reasons?: readonly KarpenterDisruptionReason[];
}

export interface KarpenterTaint {
  readonly key: string;
  readonly effect: "NoSchedule" | "PreferNoSchedule" | "NoExecute";
  /** @default no value */
  readonly value?: string;
}

/** What a NodePool needs from its node class. */
export interface IKarpenterNodeClass {
  readonly name: string;
  readonly group: string;
  readonly kind: string;
}

export interface KarpenterNodePoolProps {
  /** Name of the NodePool (and of the `karpenter.sh/nodepool` label on its nodes). */
  readonly name: string;
  /** How the pool's nodes are launched. */
  readonly nodeClass: IKarpenterNodeClass;
  /** EC2 instance families the pool may launch, such as "g5" or "m7i". */
  readonly instanceFamilies: readonly string[];
  /** Purchase options, in no particular order: Karpenter prefers spot when both are allowed. */
  readonly capacityTypes: readonly KarpenterCapacityType[];
  /** CPU architectures. @default ["amd64"] */
  readonly architectures?: readonly KarpenterArchitecture[];
  /**
   * Upper bounds on the resources of all the pool's nodes together, such as `{ cpu: 64, "nvidia.com/gpu": 4 }`.
   * `cpu` is required: without it the pool could grow without bound.
   */
  readonly limits: Readonly<Record<string, number>>;
  readonly consolidationPolicy: KarpenterConsolidationPolicy;
  /** How long a node must stay empty (or underutilized) before it is consolidated. @default 5 minutes */
  readonly consolidateAfter?: Duration;
  /** How many nodes may be disrupted at once. @default [{ nodes: "10%" }] (Karpenter's own default) */
  readonly disruptionBudgets?: readonly KarpenterDisruptionBudget[];
  /**
   * Age at which a node is replaced (patches, leaks). A node is drained then, but pods annotated
   * `karpenter.sh/do-not-disrupt` keep it alive until they finish, as no termination grace period is set.
   * @default 30 days
   */
  readonly expireAfter?: Duration;
  /** Labels on the pool's nodes. @default none */
  readonly nodeLabels?: Readonly<Record<string, string>>;
  /** Taints on the pool's nodes. @default none */
  readonly taints?: readonly KarpenterTaint[];
}

const NAME = /^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$/;
const INSTANCE_FAMILY = /^[a-z][a-z0-9-]*$/;
/** Graviton families carry a "g" right after the generation: m7g, c7gn, g5g, r8gd. */
const GRAVITON_FAMILY = /^[a-z]+\d+g/;
const BUDGET_NODES = /^((100|[0-9]{1,2})%|[0-9]+)$/;
const LABEL_KEY =
  /^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*\/)?[A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?$/;
const LABEL_VALUE = /^(([A-Za-z0-9][-A-Za-z0-9_.]{0,61})?[A-Za-z0-9])?$/;
/** Label domains Karpenter reserves for the labels it sets itself. */
const RESERVED_LABEL = /^([^/]*\.)?(karpenter\.sh|karpenter\.k8s\.aws)\/|^kubernetes\.io\/hostname$/;
const CAPACITY_TYPES: readonly KarpenterCapacityType[] = ["on-demand", "spot"];
// The generated binding's enums, keyed by the plain strings of the public props.
const CONSOLIDATION_POLICIES: Readonly<
  Record<KarpenterConsolidationPolicy, NodePoolSpecDisruptionConsolidationPolicy>
> = {
  WhenEmpty: NodePoolSpecDisruptionConsolidationPolicy.WHEN_EMPTY,
  WhenEmptyOrUnderutilized: NodePoolSpecDisruptionConsolidationPolicy.WHEN_EMPTY_OR_UNDERUTILIZED,
};
const DISRUPTION_REASONS: Readonly<Record<KarpenterDisruptionReason, NodePoolSpecDisruptionBudgetsReasons>> =
  {
    Empty: NodePoolSpecDisruptionBudgetsReasons.EMPTY,
    Underutilized: NodePoolSpecDisruptionBudgetsReasons.UNDERUTILIZED,
    Drifted: NodePoolSpecDisruptionBudgetsReasons.DRIFTED,
  };
const TAINT_EFFECTS: Readonly<Record<KarpenterTaint["effect"], NodePoolSpecTemplateSpecTaintsEffect>> = {
  NoSchedule: NodePoolSpecTemplateSpecTaintsEffect.NO_SCHEDULE,
  PreferNoSchedule: NodePoolSpecTemplateSpecTaintsEffect.PREFER_NO_SCHEDULE,
  NoExecute: NodePoolSpecTemplateSpecTaintsEffect.NO_EXECUTE,
};
const ARCHITECTURES: readonly KarpenterArchitecture[] = ["amd64", "arm64"];

/**
 * A Karpenter NodePool: which instances it may launch, how far it may grow (limits are mandatory), and
 * when it may take nodes away. Requirements always pin instance family, capacity type, architecture and
 * Linux, so the pool never launches something its workloads cannot run on.
 */
export class KarpenterNodePool extends Construct {
  readonly name: string;

  constructor(scope: Construct, id: string, props: KarpenterNodePoolProps) {
    super(scope, id);
    const where = `KarpenterNodePool "${props.name}"`;
    if (!NAME.test(props.name)) {
      throw new Error(
        `${where}: name is invalid; expected 1-63 lowercase letters, digits or hyphens, starting and ending with a letter or digit`,
      );
    }
    const architectures = props.architectures ?? ["amd64"];
    checkList(
      where,
      "instanceFamilies",
      props.instanceFamilies,
      'EC2 instance families such as "g5"',
      (family) => INSTANCE_FAMILY.test(family),
    );
    checkList(where, "capacityTypes", props.capacityTypes, `"on-demand" and/or "spot"`, (type) =>
      CAPACITY_TYPES.includes(type),
    );
    checkList(where, "architectures", architectures, `"amd64" and/or "arm64"`, (arch) =>
      ARCHITECTURES.includes(arch),
    );
    const graviton = props.instanceFamilies.filter((family) => GRAVITON_FAMILY.test(family));
    if (graviton.length > 0 && !architectures.includes("arm64")) {
      throw new Error(
        `${where}: instanceFamilies ${JSON.stringify(graviton)} are Graviton (arm64) but architectures is ${JSON.stringify(architectures)}; add "arm64" or remove them`,
      );
    }
    if (props.limits.cpu === undefined) {
      throw new Error(
        `${where}: limits has no "cpu"; expected a CPU bound so the pool cannot grow without limit`,
      );
    }
    for (const [resource, value] of Object.entries(props.limits)) {
      if (!Number.isInteger(value) || value < 1) {
        throw new Error(
          `${where}: limits[${JSON.stringify(resource)}] is ${value}; expected a positive integer`,
        );
      }
    }
    const budgets = props.disruptionBudgets ?? [{ nodes: "10%" }];
    if (budgets.length === 0) {
      throw new Error(
        `${where}: disruptionBudgets is empty; expected at least one budget such as { nodes: "1" }`,
      );
    }
    for (const budget of budgets) {
      if (!BUDGET_NODES.test(budget.nodes)) {
        throw new Error(
          `${where}: disruptionBudgets nodes is ${JSON.stringify(budget.nodes)}; expected a count such as "1" or a percentage from "0%" to "100%"`,
        );
      }
    }
    for (const [key, value] of Object.entries(props.nodeLabels ?? {})) {
      if (!LABEL_KEY.test(key) || !LABEL_VALUE.test(value) || RESERVED_LABEL.test(key)) {
        throw new Error(
          `${where}: nodeLabels ${JSON.stringify({ [key]: value })} is not allowed; expected a valid label outside the karpenter.sh, karpenter.k8s.aws and kubernetes.io/hostname keys`,
        );
      }
    }
    for (const taint of props.taints ?? []) {
      if (!LABEL_KEY.test(taint.key)) {
        throw new Error(
          `${where}: taint key ${JSON.stringify(taint.key)} is invalid; expected a label-style key`,
        );
      }
    }

    this.name = props.name;
    const consolidateAfter = goDuration(
      props.consolidateAfter ?? Duration.minutes(5),
      `${where}: consolidateAfter`,
    );
    const expireAfter = goDuration(props.expireAfter ?? Duration.days(30), `${where}: expireAfter`);
    const requirement = (key: string, values: readonly string[]) => ({
      key,
      operator: NodePoolSpecTemplateSpecRequirementsOperator.IN,
      values: [...values],
    });

    new NodePool(this, "resource", {
      metadata: { name: props.name },
      spec: {
        template: {
          ...(props.nodeLabels && { metadata: { labels: { ...props.nodeLabels } } }),
          spec: {
            nodeClassRef: {
              group: props.nodeClass.group,
              kind: props.nodeClass.kind,
              name: props.nodeClass.name,
            },
            requirements: [
              requirement("karpenter.k8s.aws/instance-family", props.instanceFamilies),
              requirement("karpenter.sh/capacity-type", props.capacityTypes),
              requirement("kubernetes.io/arch", architectures),
              requirement("kubernetes.io/os", ["linux"]),
            ],
            ...(props.taints?.length && {
              taints: props.taints.map((taint) => ({
                key: taint.key,
                effect: TAINT_EFFECTS[taint.effect],
                ...(taint.value !== undefined && { value: taint.value }),
              })),
            }),
            expireAfter,
          },
        },
        limits: Object.fromEntries(
          Object.entries(props.limits).map(([resource, value]) => [
            resource,
            NodePoolSpecLimits.fromNumber(value),
          ]),
        ),
        disruption: {
          consolidationPolicy: CONSOLIDATION_POLICIES[props.consolidationPolicy],
          consolidateAfter,
          budgets: budgets.map((budget) => ({
            nodes: budget.nodes,
            ...(budget.reasons && {
              reasons: budget.reasons.map((reason) => DISRUPTION_REASONS[reason]),
            }),
          })),
        },
      },
    });
  }
}

/** A non-empty list without duplicates whose every item passes `valid`. */
function checkList<T>(
  where: string,
  prop: string,
  items: readonly T[],
  allowed: string,
  valid: (item: T) => boolean,
): void {
  const invalid = items.filter((item) => !valid(item));
  const duplicates = items.filter((item, index) => items.indexOf(item) !== index);
  if (items.length === 0 || invalid.length > 0 || duplicates.length > 0) {
    throw new Error(
      `${where}: ${prop} is ${JSON.stringify(items)}; expected a non-empty list, without duplicates, of ${allowed}`,
    );
  }
}
