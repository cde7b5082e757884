/**
 * Every add-on that runs pods in a namespace at Pod Security "restricted" gets pods the profile admits:
 * its chart's security contexts (the chart's defaults at the pinned version, from the shared chart files,
 * merged with the platform's values, plus what the chart's templates set by themselves) checked against
 * the profile's rules. There is no helm here to render the charts: where each chart takes its pods'
 * contexts from is listed below, with where that was read.
 */
import { ENVIRONMENT_SPECS } from "../../config/environments";
import { clusterLayer, type Manifest } from "../support/cluster-layer";
import { chartFiles, helmChartsAvailability } from "../support/shared-data";
import { describeIf } from "../support/tool-availability";

type Context = Record<string, unknown>;

/** One pod of a chart: the values paths of its pod and container security contexts. */
interface PodContexts {
  readonly pod: string;
  /** Values path of the pod's context. @default none: the pod gets none from values */
  readonly podContext?: string;
  readonly containerContexts: readonly string[];
  /** What the chart's templates put in each container's context whatever the values. @default none */
  readonly templateSets?: Context;
}

/**
 * The pods of each add-on chart and the values their contexts come from. Velero's, Karpenter's and the
 * Knative Operator's were read in their templates at the pinned versions; cert-manager's, External
 * Secrets', KEDA's, KServe's and Argo Workflows' follow their values.yaml's comments (templates not read
 * here). A chart in a restricted namespace that is not listed here fails the test.
 */
const CHART_PODS: Readonly<Record<string, readonly PodContexts[]>> = {
  // deploy/charts/cert-manager/templates/{deployment,webhook-deployment,cainjector-deployment,startupapicheck-job}.yaml
  "cert-manager": ["", "webhook.", "cainjector.", "startupapicheck."].map((prefix) => ({
    pod: prefix === "" ? "controller" : prefix.slice(0, -1),
    podContext: `${prefix}securityContext`,
    containerContexts: [`${prefix}containerSecurityContext`],
  })),
  // deploy/charts/external-secrets/templates/{deployment,webhook-deployment,cert-controller-deployment}.yaml
  "external-secrets": ["", "webhook.", "certController."].map((prefix) => ({
    pod: prefix === "" ? "controller" : prefix.slice(0, -1),
    podContext: `${prefix}podSecurityContext`,
    containerContexts: [`${prefix}securityContext`],
  })),
  // charts/karpenter/templates/deployment.yaml at v1.14.1: the controller's context is written in the
  // template; only its seccomp, AppArmor and SELinux profiles come from values.
  karpenter: [
    {
      pod: "controller",
      podContext: "podSecurityContext",
      containerContexts: ["controller.securityContext"],
      templateSets: {
        privileged: false,
        allowPrivilegeEscalation: false,
        runAsNonRoot: true,
        runAsUser: 65532,
        capabilities: { drop: ["ALL"] },
      },
    },
  ],
  // kedacore/charts keda/templates/{manager,metrics-server,webhooks}/deployment.yaml
  keda: ["operator", "metricServer", "webhooks"].map((pod) => ({
    pod,
    podContext: `podSecurityContext.${pod}`,
    containerContexts: [`securityContext.${pod}`],
  })),
  // charts/kserve-resources/templates/deployment.yaml; the storage initializer joins model pods in the
  // restricted `mlops` namespace, whose pod contexts the platform writes (model-serving chart).
  "kserve-resources": [
    {
      pod: "controller",
      podContext: "kserve.controller.securityContext",
      containerContexts: [
        "kserve.controller.containerSecurityContext",
        "kserve.controller.rbacProxy.securityContext",
      ],
    },
    {
      pod: "storage-initializer",
      containerContexts: ["kserve.storage.containerSecurityContext"],
      templateSets: { runAsNonRoot: true, seccompProfile: { type: "RuntimeDefault" } },
    },
  ],
  // charts/argo-workflows/templates/{controller,server}/*-deployment.yaml; the executor joins the
  // workflow pods, whose pod context the platform's WorkflowTemplate writes.
  "argo-workflows": [
    {
      pod: "controller",
      podContext: "controller.podSecurityContext",
      containerContexts: ["controller.securityContext"],
    },
    { pod: "server", podContext: "server.podSecurityContext", containerContexts: ["server.securityContext"] },
    {
      pod: "executor",
      containerContexts: ["executor.securityContext"],
      templateSets: { runAsNonRoot: true, seccompProfile: { type: "RuntimeDefault" } },
    },
  ],
  // charts/velero/templates/{deployment,upgrade-crds/upgrade-crds}.yaml at velero-12.1.0: both pods take
  // podSecurityContext and containerSecurityContext; the plugin init container its own entry's.
  velero: [
    {
      pod: "server",
      podContext: "podSecurityContext",
      containerContexts: ["containerSecurityContext", "initContainers.0.securityContext"],
    },
    {
      pod: "upgrade-crds",
      podContext: "podSecurityContext",
      containerContexts: ["containerSecurityContext"],
    },
  ],
  // config/charts/knative-operator/templates/operator.yaml at knative-v1.21.4: pod context from
  // `<component>.securityContext`; each container's from `<component>.containerSecurityContext`
  // (defaults: no escalation, read-only root, non-root) and `capabilities.drop: [ALL]` in the template.
  "knative-operator": ["knative_operator", "operator_webhook"].map((component) => ({
    pod: component,
    podContext: `knative_operator.${component}.securityContext`,
    containerContexts: [`knative_operator.${component}.containerSecurityContext`],
    templateSets: {
      allowPrivilegeEscalation: false,
      readOnlyRootFilesystem: true,
      runAsNonRoot: true,
      capabilities: { drop: ["ALL"] },
    },
  })),
};

/** Charts that run no pods of their own (CRDs, cluster-scoped runtimes). */
const NO_PODS = new Set(["karpenter-crd", "kserve-crd", "kserve-runtime-configs"]);

function isObject(value: unknown): value is Context {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function merge(defaults: unknown, values: unknown): unknown {
  if (!isObject(defaults) || !isObject(values)) return values === undefined ? defaults : values;
  const merged: Context = { ...defaults };
  for (const [key, value] of Object.entries(values)) merged[key] = merge(defaults[key], value);
  return merged;
}

function at(values: unknown, path: string): Context {
  let here: unknown = values;
  for (const key of path.split("."))
    here = Array.isArray(here) ? here[Number(key)] : isObject(here) ? here[key] : undefined;
  return isObject(here) ? here : {};
}

/** What the restricted profile refuses in one container, given its pod's context; empty when admitted. */
function restrictedProblems(podContext: Context, container: Context): string[] {
  const problems: string[] = [];
  // An empty section renders as nothing (the charts' `with`): the pod's setting then applies.
  const rendered = Object.fromEntries(
    Object.entries(container).filter(([, value]) => !(isObject(value) && Object.keys(value).length === 0)),
  );
  const effective = { ...podContext, ...rendered };
  if (container.privileged === true) problems.push("privileged");
  if (container.allowPrivilegeEscalation !== false) problems.push("allowPrivilegeEscalation is not false");
  const drop = (isObject(container.capabilities) ? container.capabilities.drop : undefined) as unknown;
  if (!Array.isArray(drop) || !drop.includes("ALL")) problems.push("capabilities.drop lacks ALL");
  const add = isObject(container.capabilities) ? container.capabilities.add : undefined;
  if (Array.isArray(add) && add.some((capability) => capability !== "NET_BIND_SERVICE"))
    problems.push(`capabilities.add ${JSON.stringify(add)}`);
  if (effective.runAsNonRoot !== true) problems.push("runAsNonRoot is not true");
  if (effective.runAsUser === 0) problems.push("runAsUser 0");
  const seccomp = isObject(effective.seccompProfile) ? effective.seccompProfile.type : undefined;
  if (seccomp !== "RuntimeDefault" && seccomp !== "Localhost")
    problems.push("no RuntimeDefault or Localhost seccomp profile");
  return problems;
}

/** The Pod Security level of each namespace: the add-on that creates it, or the platform's Namespace. */
function namespaceLevels(env: string): Map<string, string> {
  const layer = clusterLayer(env);
  const levels = new Map<string, string>();
  for (const namespace of layer.ofKind("Namespace")) {
    const level = namespace.metadata.labels?.["pod-security.kubernetes.io/enforce"];
    if (level) levels.set(namespace.metadata.name, level);
  }
  for (const application of layer.ofKind("Application")) {
    const level =
      application.spec.syncPolicy?.managedNamespaceMetadata?.labels?.["pod-security.kubernetes.io/enforce"];
    if (level) levels.set(application.spec.destination.namespace, level);
  }
  return levels;
}

const RESTRICTED_ADD_ONS = ENVIRONMENT_SPECS.flatMap((spec) => {
  const levels = namespaceLevels(spec.name);
  return clusterLayer(spec.name)
    .ofKind("Application")
    .filter((application: Manifest) => application.spec.source.chart !== undefined)
    .filter((application: Manifest) => levels.get(application.spec.destination.namespace) === "restricted")
    .map((application: Manifest) => ({ environment: spec.name, application }));
});

describe("the restricted profile's rules, on one container", () => {
  const pod = { runAsNonRoot: true, seccompProfile: { type: "RuntimeDefault" } };
  const container = { allowPrivilegeEscalation: false, capabilities: { drop: ["ALL"] } };

  test("a compliant container is admitted", () => {
    expect(restrictedProblems(pod, container)).toEqual([]);
  });

  test("each missing setting is named", () => {
    expect(restrictedProblems({}, {})).toEqual([
      "allowPrivilegeEscalation is not false",
      "capabilities.drop lacks ALL",
      "runAsNonRoot is not true",
      "no RuntimeDefault or Localhost seccomp profile",
    ]);
    expect(restrictedProblems({ ...pod, runAsUser: 0 }, { ...container, privileged: true })).toEqual([
      "privileged",
      "runAsUser 0",
    ]);
  });
});

describeIf(helmChartsAvailability(), { failUnderCi: true })("add-ons in restricted namespaces", () => {
  test("Velero and the Knative Operator are among them", () => {
    const charts = new Set(RESTRICTED_ADD_ONS.map(({ application }) => application.spec.source.chart));
    expect(charts).toContain("velero");
    expect(charts).toContain("knative-operator");
  });

  test.each(
    RESTRICTED_ADD_ONS.map((entry) => [`${entry.environment}: ${entry.application.metadata.name}`, entry]),
  )("%s: every pod of its chart is admitted by the restricted profile", (_label, { application }) => {
    const { chart, targetRevision } = application.spec.source;
    if (NO_PODS.has(chart)) return;
    const pods = CHART_PODS[chart];
    expect({ chart, listed: pods !== undefined }).toEqual({ chart, listed: true });
    const values = merge(
      chartFiles(chart, targetRevision)?.values ?? {},
      application.spec.source.helm.valuesObject ?? {},
    );
    const problems = (pods ?? []).flatMap((pod) =>
      pod.containerContexts.flatMap((path) =>
        restrictedProblems(pod.podContext ? at(values, pod.podContext) : {}, {
          ...at(values, path),
          ...pod.templateSets,
        }).map((problem) => `${pod.pod} (${path}): ${problem}`),
      ),
    );
    expect(problems).toEqual([]);
  });

  test("Velero runs as its image's numeric user, with a read-only root filesystem", () => {
    const values = clusterLayer("azure-prod").one("Application", "add-on-velero").spec.source.helm
      .valuesObject;
    expect(values.podSecurityContext).toMatchObject({
      runAsUser: 1002,
      runAsGroup: 1000,
      runAsNonRoot: true,
    });
    expect(values.containerSecurityContext.readOnlyRootFilesystem).toBe(true);
    expect(values.initContainers[0].securityContext.readOnlyRootFilesystem).toBe(true);
  });
});
