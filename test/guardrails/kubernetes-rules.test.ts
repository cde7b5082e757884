import { KUBERNETES_RULES } from "../../guardrails/kubernetes";
import type { KubernetesRule } from "../../guardrails/rule";
import { clusterFindings } from "./cluster-findings";

// biome-ignore lint/suspicious/noExplicitAny: fixtures are plain JSON.
type Json = any;

const container = (name: string): Json => ({
  name,
  image: "ghcr.io/example/app:v1.2.3",
  resources: { requests: { cpu: "100m", memory: "128Mi" }, limits: { cpu: "200m", memory: "256Mi" } },
  securityContext: {
    allowPrivilegeEscalation: false,
    privileged: false,
    readOnlyRootFilesystem: true,
    capabilities: { drop: ["ALL"] },
  },
  readinessProbe: { httpGet: { path: "/ready", port: 8080 } },
  livenessProbe: { httpGet: { path: "/health", port: 8080 } },
});

/** A Deployment keeping every rule (with its PDB and NetworkPolicy beside it). */
function deployment(change: (spec: Json, object: Json) => void = () => {}): Json {
  const object: Json = {
    apiVersion: "apps/v1",
    kind: "Deployment",
    metadata: { name: "web", namespace: "apps" },
    spec: {
      replicas: 2,
      selector: { matchLabels: { app: "web" } },
      template: {
        metadata: { labels: { app: "web" } },
        spec: {
          securityContext: {
            runAsNonRoot: true,
            runAsUser: 1000,
            seccompProfile: { type: "RuntimeDefault" },
          },
          topologySpreadConstraints: [
            {
              topologyKey: "topology.kubernetes.io/zone",
              maxSkew: 1,
              whenUnsatisfiable: "DoNotSchedule",
              labelSelector: { matchLabels: { app: "web" } },
            },
          ],
          containers: [container("web")],
        },
      },
    },
  };
  change(object.spec.template.spec, object);
  return object;
}

const pdb: Json = {
  apiVersion: "policy/v1",
  kind: "PodDisruptionBudget",
  metadata: { name: "web", namespace: "apps" },
  spec: { maxUnavailable: 1, selector: { matchLabels: { app: "web" } } },
};
const denyAll: Json = {
  apiVersion: "networking.k8s.io/v1",
  kind: "NetworkPolicy",
  metadata: { name: "default-deny", namespace: "apps" },
  spec: { podSelector: {}, policyTypes: ["Ingress", "Egress"] },
};
const neighbours = [pdb, denyAll];

interface Case {
  readonly pass: readonly Json[];
  readonly fail: readonly Json[];
  /** The finding on the first object of `fail`. */
  readonly resource: string;
  readonly message: string;
}

const CASES: Record<string, Case> = {
  "pss-restricted-enforced": {
    pass: [
      {
        apiVersion: "v1",
        kind: "Namespace",
        metadata: { name: "apps", labels: { "pod-security.kubernetes.io/enforce": "restricted" } },
      },
    ],
    fail: [
      {
        apiVersion: "v1",
        kind: "Namespace",
        metadata: { name: "apps", labels: { "pod-security.kubernetes.io/enforce": "baseline" } },
      },
    ],
    resource: "Namespace apps",
    message: 'enforces level "baseline", not "restricted"',
  },
  "privilege-escalation-container": {
    pass: [deployment(), ...neighbours],
    fail: [
      deployment((spec) => delete spec.containers[0].securityContext.allowPrivilegeEscalation),
      ...neighbours,
    ],
    resource: "Deployment apps/web",
    message:
      "container web may escalate privileges (allowPrivilegeEscalation is not false, or privileged is true)",
  },
  "run-as-non-root": {
    pass: [deployment(), ...neighbours],
    fail: [deployment((spec) => (spec.containers[0].securityContext.runAsUser = 0)), ...neighbours],
    resource: "Deployment apps/web",
    message: "container web may run as root (runAsNonRoot is not true, or runAsUser is 0)",
  },
  "pss-restricted-seccomp": {
    pass: [deployment(), ...neighbours],
    fail: [deployment((spec) => delete spec.securityContext.seccompProfile), ...neighbours],
    resource: "Deployment apps/web",
    message: "container web runs without a RuntimeDefault or Localhost seccomp profile",
  },
  "pss-restricted-capabilities": {
    pass: [deployment(), ...neighbours],
    fail: [
      deployment((spec) => (spec.containers[0].securityContext.capabilities.add = ["NET_ADMIN"])),
      ...neighbours,
    ],
    resource: "Deployment apps/web",
    message: "container web does not drop ALL capabilities (or adds one other than NET_BIND_SERVICE)",
  },
  "no-read-only-root-fs": {
    pass: [deployment(), ...neighbours],
    fail: [
      deployment(
        (spec) =>
          (spec.initContainers = [
            {
              ...container("setup"),
              securityContext: { ...container("setup").securityContext, readOnlyRootFilesystem: false },
            },
          ]),
      ),
      ...neighbours,
    ],
    resource: "Deployment apps/web",
    message: "init container setup has a writable root filesystem",
  },
  "unset-cpu-requirements": {
    pass: [deployment(), ...neighbours],
    fail: [deployment((spec) => delete spec.containers[0].resources.limits.cpu), ...neighbours],
    resource: "Deployment apps/web",
    message: "container web has no CPU request or limit",
  },
  "unset-memory-requirements": {
    pass: [deployment(), ...neighbours],
    fail: [deployment((spec) => delete spec.containers[0].resources.requests.memory), ...neighbours],
    resource: "Deployment apps/web",
    message: "container web has no memory request or limit",
  },
  "latest-tag": {
    pass: [deployment((spec) => (spec.containers[0].image = "registry:5000/app@sha256:0123")), ...neighbours],
    fail: [deployment((spec) => (spec.containers[0].image = "registry:5000/app")), ...neighbours],
    resource: "Deployment apps/web",
    message: 'container web runs "registry:5000/app"',
  },
  "no-readiness-probe": {
    pass: [deployment(), ...neighbours],
    fail: [deployment((spec) => delete spec.containers[0].readinessProbe), ...neighbours],
    resource: "Deployment apps/web",
    message: "container web has no readiness probe",
  },
  "no-liveness-probe": {
    pass: [deployment(), ...neighbours],
    fail: [deployment((spec) => delete spec.containers[0].livenessProbe), ...neighbours],
    resource: "Deployment apps/web",
    message: "container web has no liveness probe",
  },
  CKV_K8S_38: {
    pass: [
      {
        apiVersion: "v1",
        kind: "ServiceAccount",
        metadata: { name: "web", namespace: "apps" },
        automountServiceAccountToken: false,
      },
    ],
    fail: [{ apiVersion: "v1", kind: "ServiceAccount", metadata: { name: "web", namespace: "apps" } }],
    resource: "ServiceAccount apps/web",
    message: "mounts its token into every pod that uses it",
  },
  "platform-replicated-workload-pdb": {
    pass: [deployment(), ...neighbours],
    fail: [
      deployment(),
      { ...pdb, spec: { ...pdb.spec, selector: { matchLabels: { app: "other" } } } },
      denyAll,
    ],
    resource: "Deployment apps/web",
    message: "runs more than one replica and no PodDisruptionBudget selects its pods",
  },
  "no-anti-affinity": {
    pass: [deployment(), ...neighbours],
    fail: [deployment((spec) => delete spec.topologySpreadConstraints), ...neighbours],
    resource: "Deployment apps/web",
    message: "runs more than one replica without topology spread constraints or pod anti-affinity",
  },
  "dangling-horizontalpodautoscaler": {
    pass: [
      {
        apiVersion: "autoscaling/v2",
        kind: "HorizontalPodAutoscaler",
        metadata: { name: "web", namespace: "apps" },
        spec: { scaleTargetRef: { apiVersion: "apps/v1", kind: "Deployment", name: "web" }, maxReplicas: 3 },
      },
      deployment(),
      ...neighbours,
    ],
    fail: [
      {
        apiVersion: "autoscaling/v2",
        kind: "HorizontalPodAutoscaler",
        metadata: { name: "web", namespace: "apps" },
        spec: { scaleTargetRef: { apiVersion: "apps/v1", kind: "Deployment", name: "wbe" }, maxReplicas: 3 },
      },
      deployment(),
      ...neighbours,
    ],
    resource: "HorizontalPodAutoscaler apps/web",
    message:
      'targets Deployment "wbe", which the cluster layer does not create in its namespace (nor KServe for one of its InferenceServices)',
  },
  "non-isolated-pod": {
    pass: [deployment(), ...neighbours],
    fail: [deployment(), pdb, { ...denyAll, metadata: { name: "default-deny", namespace: "other" } }],
    resource: "Deployment apps/web",
    message: "no NetworkPolicy selects its pods",
  },
};

function rule(id: string): KubernetesRule {
  const found = KUBERNETES_RULES.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no rule ${id}`);
  return found;
}

const findings = clusterFindings;

describe("the Kubernetes pack", () => {
  test("every rule has a passing and a failing fixture, and every fixture a rule", () => {
    expect(Object.keys(CASES).sort()).toEqual(KUBERNETES_RULES.map(({ id }) => id).sort());
  });

  test.each(Object.keys(CASES))("%s: the passing fixture has no finding", (id) => {
    expect(findings([rule(id)], (CASES[id] as Case).pass)).toEqual([]);
  });

  test.each(Object.keys(CASES))("%s: the failing fixture has exactly the expected finding", (id) => {
    const { fail, resource, message } = CASES[id] as Case;
    const found = rule(id);
    expect(findings([found], fail)).toEqual([
      { rule: id, severity: found.severity, resource, message, fix: found.fix },
    ]);
  });

  test("a ScaledObject may target the Deployment KServe makes of a Standard-mode InferenceService only", () => {
    const service = (mode: string) => ({
      apiVersion: "serving.kserve.io/v1beta1",
      kind: "InferenceService",
      metadata: {
        name: "gpu-model",
        namespace: "mlops",
        annotations: { "serving.kserve.io/deploymentMode": mode },
      },
      spec: {},
    });
    const scaler = {
      apiVersion: "keda.sh/v1alpha1",
      kind: "ScaledObject",
      metadata: { name: "gpu-model-predictor", namespace: "mlops" },
      spec: { scaleTargetRef: { name: "gpu-model-predictor" } },
    };
    expect(findings([rule("dangling-horizontalpodautoscaler")], [scaler, service("Standard")])).toEqual([]);
    expect(
      findings([rule("dangling-horizontalpodautoscaler")], [scaler, service("Knative")]).map(
        ({ resource }) => resource,
      ),
    ).toEqual(["ScaledObject mlops/gpu-model-predictor"]);
  });

  test("every rule gives its rationale and fix in one line", () => {
    for (const { id, rationale, fix } of KUBERNETES_RULES) {
      expect([id, rationale.includes("\n"), fix.includes("\n"), rationale.length > 10]).toEqual([
        id,
        false,
        false,
        true,
      ]);
    }
  });

  test("a workload of one replica needs neither a disruption budget nor a spread", () => {
    const single = deployment((_spec, object) => {
      object.spec.replicas = 1;
      delete object.spec.template.spec.topologySpreadConstraints;
    });
    expect(
      findings([rule("platform-replicated-workload-pdb"), rule("no-anti-affinity")], [single, denyAll]),
    ).toEqual([]);
  });

  test("an autoscaler's minimum decides whether a workload is replicated", () => {
    const scaled = deployment((_spec, object) => delete object.spec.replicas);
    const hpa = {
      apiVersion: "autoscaling/v2",
      kind: "HorizontalPodAutoscaler",
      metadata: { name: "web", namespace: "apps" },
      spec: {
        scaleTargetRef: { apiVersion: "apps/v1", kind: "Deployment", name: "web" },
        minReplicas: 2,
        maxReplicas: 4,
      },
    };
    expect(
      findings([rule("platform-replicated-workload-pdb")], [scaled, hpa, denyAll]).map(
        (finding) => finding.message,
      ),
    ).toEqual(["runs more than one replica and no PodDisruptionBudget selects its pods"]);
  });
});

describe("the containers of Argo workflows", () => {
  const template = (readOnly: boolean): Json => ({
    apiVersion: "argoproj.io/v1alpha1",
    kind: "WorkflowTemplate",
    metadata: { name: "train", namespace: "apps" },
    spec: {
      entrypoint: "main",
      podMetadata: { labels: { app: "train" } },
      securityContext: { runAsNonRoot: true, runAsUser: 1000, seccompProfile: { type: "RuntimeDefault" } },
      templates: [
        { name: "main", steps: [[{ name: "fit", template: "fit" }]] },
        {
          name: "fit",
          script: {
            ...container("fit"),
            source: "print(1)",
            securityContext: { ...container("fit").securityContext, readOnlyRootFilesystem: readOnly },
          },
        },
      ],
    },
  });

  test("are checked by the container rules, the workflow's securityContext standing for every step's pod", () => {
    const containerRules = KUBERNETES_RULES.filter((candidate) =>
      candidate.kinds.includes("WorkflowTemplate"),
    );
    expect(findings(containerRules, [template(true), denyAll])).toEqual([]);
    expect(findings(containerRules, [template(false), denyAll])).toEqual([
      {
        rule: "no-read-only-root-fs",
        severity: "error",
        resource: "WorkflowTemplate apps/train",
        message: "template fit has a writable root filesystem",
        fix: rule("no-read-only-root-fs").fix,
      },
    ]);
  });
});
