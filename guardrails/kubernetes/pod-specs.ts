import type { KubernetesObject, KubernetesObjects } from "../rule";

/** The kinds whose objects run pods from a template (or are pods). */
export const WORKLOAD_KINDS = ["Deployment", "StatefulSet", "DaemonSet", "Job", "CronJob", "Pod"] as const;
/** Argo's kinds: every template with a container or script is a pod of its own. */
export const WORKFLOW_KINDS = [
  "Workflow",
  "WorkflowTemplate",
  "ClusterWorkflowTemplate",
  "CronWorkflow",
] as const;
/**
 * Workloads, KServe's InferenceService (its predictor is a pod spec the platform writes) and Argo's
 * workflows (the containers of their templates).
 */
export const POD_SPEC_KINDS = [...WORKLOAD_KINDS, "InferenceService", ...WORKFLOW_KINDS] as const;

function isWorkflow(object: KubernetesObject): boolean {
  return (WORKFLOW_KINDS as readonly string[]).includes(object.kind);
}

/** The workflow spec of an Argo object (a CronWorkflow's is under workflowSpec). */
function workflowSpecOf(object: KubernetesObject): Json {
  return (object.kind === "CronWorkflow" ? object.spec?.workflowSpec : object.spec) ?? {};
}
/** The kinds that run long-lived replicas. */
export const REPLICATED_KINDS = ["Deployment", "StatefulSet", "InferenceService"] as const;

// biome-ignore lint/suspicious/noExplicitAny: pod specs are plain JSON.
type Json = any;

/**
 * The pod spec an object runs, if it runs one (for an Argo workflow: its spec, whose securityContext
 * every step's pod gets).
 */
export function podSpecOf(object: KubernetesObject): Json | undefined {
  if (isWorkflow(object)) return workflowSpecOf(object);
  switch (object.kind) {
    case "Pod":
      return object.spec;
    case "CronJob":
      return object.spec?.jobTemplate?.spec?.template?.spec;
    case "InferenceService":
      return object.spec?.predictor;
    default:
      return object.spec?.template?.spec;
  }
}

/** The labels of the pods an object runs. */
export function podLabelsOf(object: KubernetesObject): Record<string, string> {
  if (object.kind === "Pod") return object.metadata?.labels ?? {};
  if (object.kind === "InferenceService") {
    // KServe labels every predictor pod with its InferenceService and component.
    return {
      ...(object.spec?.predictor?.labels ?? {}),
      "serving.kserve.io/inferenceservice": object.metadata?.name,
      component: "predictor",
    };
  }
  if (object.kind === "CronJob") return object.spec?.jobTemplate?.spec?.template?.metadata?.labels ?? {};
  if (isWorkflow(object)) return workflowSpecOf(object).podMetadata?.labels ?? {};
  return object.spec?.template?.metadata?.labels ?? {};
}

export interface NamedContainer {
  /** "container mlflow", "init container db-upgrade", "predictor model" */
  readonly label: string;
  readonly container: Json;
  readonly init: boolean;
}

/** Every container of an object's pod spec, init containers included. */
export function containersOf(object: KubernetesObject): NamedContainer[] {
  const spec = podSpecOf(object);
  if (spec === undefined) return [];
  if (isWorkflow(object)) return workflowContainers(spec);
  const found: NamedContainer[] = [];
  for (const container of spec.initContainers ?? []) {
    found.push({ label: `init container ${container.name}`, container, init: true });
  }
  for (const container of spec.containers ?? []) {
    found.push({ label: `container ${container.name}`, container, init: false });
  }
  if (object.kind === "InferenceService" && spec.model !== undefined) {
    found.push({ label: "predictor model", container: spec.model, init: false });
  }
  return found;
}

/** The containers of a workflow's templates: each step's main container (or script), init containers and sidecars. */
function workflowContainers(spec: Json): NamedContainer[] {
  const found: NamedContainer[] = [];
  for (const template of spec.templates ?? []) {
    for (const container of template.initContainers ?? []) {
      found.push({
        label: `template ${template.name} init container ${container.name}`,
        container,
        init: true,
      });
    }
    const main = template.container ?? template.script;
    if (main !== undefined) found.push({ label: `template ${template.name}`, container: main, init: false });
    for (const container of template.sidecars ?? []) {
      found.push({ label: `template ${template.name} sidecar ${container.name}`, container, init: false });
    }
  }
  return found;
}

/** The first container breaking `ok`, as a finding message, or undefined. */
export function firstFailing(
  object: KubernetesObject,
  ok: (container: Json, pod: Json) => boolean,
  what: string,
): string | undefined {
  const spec = podSpecOf(object);
  const failing = containersOf(object).filter(({ container }) => !ok(container, spec ?? {}));
  if (failing.length === 0) return undefined;
  return `${failing.map(({ label }) => label).join(", ")} ${what}`;
}

/** Whether a label selector (matchLabels and matchExpressions) selects pods labelled `labels`. */
export function selects(selector: Json, labels: Record<string, string>): boolean {
  if (selector === undefined || selector === null) return false;
  for (const [key, value] of Object.entries(selector.matchLabels ?? {})) {
    if (labels[key] !== value) return false;
  }
  for (const expression of selector.matchExpressions ?? []) {
    const value = labels[expression.key];
    const values: string[] = expression.values ?? [];
    if (expression.operator === "In" && (value === undefined || !values.includes(value))) return false;
    if (expression.operator === "NotIn" && value !== undefined && values.includes(value)) return false;
    if (expression.operator === "Exists" && value === undefined) return false;
    if (expression.operator === "DoesNotExist" && value !== undefined) return false;
  }
  return true;
}

/** The smallest number of replicas an object runs: its replicas, or its autoscaler's minimum. */
export function minimumReplicas(object: KubernetesObject, objects: KubernetesObjects): number {
  if (object.kind === "InferenceService") return object.spec?.predictor?.minReplicas ?? 1;
  const scaler = objects
    .ofKind("HorizontalPodAutoscaler")
    .find(
      (hpa) =>
        hpa.metadata?.namespace === object.metadata?.namespace &&
        hpa.spec?.scaleTargetRef?.kind === object.kind &&
        hpa.spec?.scaleTargetRef?.name === object.metadata?.name,
    );
  if (scaler) return scaler.spec?.minReplicas ?? 1;
  return object.spec?.replicas ?? 1;
}
