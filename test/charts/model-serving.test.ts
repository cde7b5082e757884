import { Testing, Yaml } from "cdk8s";
import { GPU_POOL } from "../../charts/chart-props";
import { loadEnvironments } from "../../config";
import { ENVIRONMENT_SPECS } from "../../config/environments";
import { ModelService, type ModelServiceProps } from "../../constructs/k8s/model-service";
import { doubleQuantity } from "../../constructs/k8s/quantity";
import { clusterLayer, type Manifest } from "../support/cluster-layer";
import { validateManifests } from "../support/k8s-schema";

const ENVIRONMENTS = ["dev", "staging", "prod", "prod-dr"] as const;
const PLATFORMS = new Map(loadEnvironments().map((platform) => [platform.environment.name, platform]));
const GPU = { nodeLabels: GPU_POOL.nodeLabel, taint: GPU_POOL.taint, resource: GPU_POOL.resource };

const serving = (env: string): readonly Manifest[] => clusterLayer(env).chart("model-serving");
const isvc = (env: string, model: string): Manifest => clusterLayer(env).one("InferenceService", model);
const predictor = (env: string, model: string): Manifest => isvc(env, model).spec.predictor;
/** Every (environment, model) pair the shipped specs serve. */
const SERVED = ENVIRONMENTS.flatMap((env) =>
  (PLATFORMS.get(env)?.environment.models ?? []).map((model) => [env, model.name] as const),
);

describe("doubleQuantity", () => {
  test.each([
    ["500m", "1"],
    ["250m", "500m"],
    ["1", "2"],
    ["4", "8"],
    ["0.5", "1"],
    ["1.5", "3"],
    ["0.1", "200m"],
    ["512Mi", "1Gi"],
    ["768Mi", "1536Mi"],
    ["1Gi", "2Gi"],
    ["16Gi", "32Gi"],
    ["1.5Gi", "3Gi"],
    ["100Ki", "200Ki"],
    ["500M", "1G"],
    ["4G", "8G"],
    ["128974848", "257949696"],
  ])("%s doubles to %s", (quantity, doubled) => {
    expect(doubleQuantity(quantity)).toBe(doubled);
  });

  test.each(["", "abc", "-1", "1e3", "1Gb", "0.0001", "1.5m", " 1"])("refuses %j", (quantity) => {
    expect(() => doubleQuantity(quantity)).toThrow(/^doubleQuantity: got /);
  });

  test("says what it expected", () => {
    expect(() => doubleQuantity("2 cores")).toThrow(
      'doubleQuantity: got "2 cores"; expected a Kubernetes quantity such as "500m", "2", "1.5", "512Mi" or "4G" (no sign or exponent, at most three decimals)',
    );
  });
});

describe.each(ENVIRONMENTS)("model serving chart of %s", (env) => {
  const platform = PLATFORMS.get(env);
  if (!platform) throw new Error(`no environment ${env}`);
  const { environment, contract } = platform;

  test("one InferenceService per model of the spec, every object in mlops and valid against its schema", () => {
    expect(
      clusterLayer(env)
        .ofKind("InferenceService")
        .map((service: Manifest) => service.metadata.name)
        .sort(),
    ).toEqual(environment.models.map((model) => model.name).sort());
    expect(new Set(serving(env).map((object) => object.metadata.namespace))).toEqual(new Set(["mlops"]));
    expect(validateManifests(serving(env))).toEqual([]);
  });

  test("storage URIs, service accounts and their annotations are the contract's", () => {
    for (const names of contract.models) {
      expect(predictor(env, names.name).model.storageUri).toBe(names.storageUri);
      expect(predictor(env, names.name).serviceAccountName).toBe(names.serviceAccount);
      const account = clusterLayer(env).one("ServiceAccount", names.serviceAccount);
      expect(account.metadata.namespace).toBe("mlops");
      expect(account.metadata.annotations).toEqual(names.serviceAccountAnnotations);
      // The model server never calls the API server; the cloud identity has its own projected token.
      expect(account.automountServiceAccountToken).toBe(false);
    }
  });

  test("a canary only where the spec sets one", () => {
    for (const model of environment.models) {
      expect([model.name, predictor(env, model.name).canaryTrafficPercent]).toEqual([
        model.name,
        model.canaryTrafficPercent,
      ]);
    }
  });

  test("readable snapshot of the chart (YAML, as written to dist)", () => {
    expect(Yaml.stringify(...serving(env))).toMatchSnapshot();
  });
});

describe("each served model", () => {
  test.each([
    // env, model, format, storage URI, minReplicas, maxReplicas, deployment mode
    [
      "dev",
      "demand-forecast",
      "xgboost",
      "s3://mlops-platform-dev-mlflow-artifacts/models/demand-forecast/",
      1,
      3,
      "Standard",
    ],
    [
      "dev",
      "my-model",
      "sklearn",
      "s3://mlops-platform-dev-mlflow-artifacts/models/my-model/",
      0,
      2,
      "Knative",
    ],
    [
      "staging",
      "demand-forecast",
      "xgboost",
      "s3://mlops-platform-staging-mlflow-artifacts/models/demand-forecast/",
      1,
      4,
      "Standard",
    ],
    [
      "staging",
      "my-model",
      "sklearn",
      "s3://mlops-platform-staging-mlflow-artifacts/models/my-model/",
      1,
      3,
      "Knative",
    ],
    [
      "prod",
      "demand-forecast",
      "xgboost",
      "s3://mlops-platform-prod-mlflow-artifacts/models/demand-forecast/",
      2,
      10,
      "Standard",
    ],
    [
      "prod",
      "my-model",
      "sklearn",
      "s3://mlops-platform-prod-mlflow-artifacts/models/my-model/",
      1,
      5,
      "Knative",
    ],
    [
      "prod",
      "text-embedder",
      "huggingface",
      "s3://mlops-platform-prod-mlflow-artifacts/models/text-embedder/",
      1,
      4,
      "Standard",
    ],
    // prod-dr serves prod's models from the replica of prod's bucket in us-west-2.
    [
      "prod-dr",
      "demand-forecast",
      "xgboost",
      "s3://mlops-platform-prod-mlflow-artifacts-us-west-2/models/demand-forecast/",
      2,
      10,
      "Standard",
    ],
    [
      "prod-dr",
      "my-model",
      "sklearn",
      "s3://mlops-platform-prod-mlflow-artifacts-us-west-2/models/my-model/",
      1,
      5,
      "Knative",
    ],
    [
      "prod-dr",
      "text-embedder",
      "huggingface",
      "s3://mlops-platform-prod-mlflow-artifacts-us-west-2/models/text-embedder/",
      1,
      4,
      "Standard",
    ],
  ])("%s %s: %s from %s, %i to %i replicas, %s mode", (env, model, format, uri, min, max, mode) => {
    const service = isvc(env, model);
    expect(service.metadata.namespace).toBe("mlops");
    expect(service.metadata.annotations["serving.kserve.io/deploymentMode"]).toBe(mode);
    expect(service.spec.predictor.model.modelFormat).toEqual({ name: format });
    expect(service.spec.predictor.model.storageUri).toBe(uri);
    expect([service.spec.predictor.minReplicas, service.spec.predictor.maxReplicas]).toEqual([min, max]);
  });

  test.each([
    // env, model, requests, limits (twice the requests)
    ["dev", "demand-forecast", { cpu: "500m", memory: "1Gi" }, { cpu: "1", memory: "2Gi" }],
    ["prod", "demand-forecast", { cpu: "1", memory: "2Gi" }, { cpu: "2", memory: "4Gi" }],
    ["prod", "my-model", { cpu: "500m", memory: "1Gi" }, { cpu: "1", memory: "2Gi" }],
    [
      "prod",
      "text-embedder",
      { cpu: "4", memory: "16Gi" },
      { cpu: "8", memory: "32Gi", "nvidia.com/gpu": 1 },
    ],
  ])("%s %s requests %j and is limited to twice that", (env, model, requests, limits) => {
    expect(predictor(env, model).model.resources).toEqual({ requests, limits });
  });

  test.each(["prod", "prod-dr"])(
    "%s text-embedder runs on the GPU pool: GPU limit, toleration, node selector",
    (env) => {
      const spec = predictor(env, "text-embedder");
      expect(spec.model.resources.limits["nvidia.com/gpu"]).toBe(1);
      expect(spec.nodeSelector).toEqual({ "mlops-platform.io/pool": "gpu" });
      expect(spec.tolerations).toEqual([{ key: "nvidia.com/gpu", operator: "Exists", effect: "NoSchedule" }]);
    },
  );

  test.each(SERVED.filter(([, model]) => model !== "text-embedder"))(
    "%s %s (no GPU) stays off the GPU pool",
    (env, model) => {
      const spec = predictor(env, model);
      expect(spec.nodeSelector).toBeUndefined();
      expect(spec.tolerations).toBeUndefined();
      expect(Object.keys(spec.model.resources.limits).sort()).toEqual(["cpu", "memory"]);
    },
  );

  test.each(SERVED)("%s %s: service account <name>-model bound to its own cloud role", (env, model) => {
    const account = clusterLayer(env).one("ServiceAccount", `${model}-model`);
    const accountId = env === "dev" ? "111111111111" : env === "staging" ? "222222222222" : "333333333333";
    expect(account.metadata.annotations).toEqual({
      "eks.amazonaws.com/role-arn": `arn:aws:iam::${accountId}:role/mlops-platform-${env}-model-${model}`,
    });
    expect(predictor(env, model).serviceAccountName).toBe(`${model}-model`);
  });

  test.each(SERVED)(
    "%s %s: restricted pod and container security contexts, writable /tmp only",
    (env, model) => {
      const spec = predictor(env, model);
      expect(spec.securityContext).toMatchObject({
        runAsNonRoot: true,
        seccompProfile: { type: "RuntimeDefault" },
      });
      expect(spec.model.securityContext).toMatchObject({
        runAsNonRoot: true,
        allowPrivilegeEscalation: false,
        privileged: false,
        readOnlyRootFilesystem: true,
        capabilities: { drop: ["ALL"] },
        seccompProfile: { type: "RuntimeDefault" },
      });
      expect(spec.model.volumeMounts).toEqual([{ name: "tmp", mountPath: "/tmp" }]);
      expect(spec.volumes).toEqual([{ name: "tmp", emptyDir: { sizeLimit: "2Gi" } }]);
    },
  );

  test.each(SERVED)("%s %s: critical models never scale to zero", (env, model) => {
    const resolved = PLATFORMS.get(env)?.environment.models.find((entry) => entry.name === model);
    if (resolved?.critical) expect(predictor(env, model).minReplicas).toBeGreaterThanOrEqual(1);
  });

  test.each(ENVIRONMENTS)("%s demand-forecast is critical and keeps a replica warm", (env) => {
    expect(PLATFORMS.get(env)?.environment.models.find((m) => m.name === "demand-forecast")?.critical).toBe(
      true,
    );
    expect(predictor(env, "demand-forecast").minReplicas).toBeGreaterThanOrEqual(1);
  });

  test.each(SERVED)(
    "%s %s: scaling follows the mode (Standard: HPA on 70%% CPU; Knative: Knative's autoscaler)",
    (env, model) => {
      const service = isvc(env, model);
      const spec = service.spec.predictor;
      if (service.metadata.annotations["serving.kserve.io/deploymentMode"] === "Standard") {
        expect(service.metadata.annotations["serving.kserve.io/autoscalerClass"]).toBe("hpa");
        expect([spec.scaleMetric, spec.scaleMetricType, spec.scaleTarget]).toEqual([
          "cpu",
          "Utilization",
          70,
        ]);
      } else {
        expect(service.metadata.annotations["serving.kserve.io/autoscalerClass"]).toBeUndefined();
        expect(spec.scaleMetric).toBeUndefined();
        expect(spec.scaleTarget).toBeUndefined();
      }
    },
  );

  test("staging my-model (Knative) sends 10% to its newest revision; no other model has a canary", () => {
    expect(predictor("staging", "my-model").canaryTrafficPercent).toBe(10);
    const withCanary = SERVED.filter(
      ([env, model]) => predictor(env, model).canaryTrafficPercent !== undefined,
    );
    expect(withCanary).toEqual([["staging", "my-model"]]);
  });
});

describe("disruption budgets", () => {
  test.each(SERVED)(
    "%s %s (2+ replicas possible) has one that evicts one predictor pod at a time",
    (env, model) => {
      const budget = clusterLayer(env).one("PodDisruptionBudget", `${model}-predictor-pdb`);
      expect(budget.metadata.namespace).toBe("mlops");
      expect(budget.spec).toEqual({
        maxUnavailable: 1,
        selector: { matchLabels: { "serving.kserve.io/inferenceservice": model, component: "predictor" } },
        unhealthyPodEvictionPolicy: "AlwaysAllow",
      });
    },
  );

  test("a model that never runs two replicas gets none", () => {
    const chart = Testing.chart();
    new ModelService(chart, "solo", { ...baseProps(), name: "solo", minReplicas: 1, maxReplicas: 1 });
    expect(Testing.synth(chart).filter((object) => object.kind === "PodDisruptionBudget")).toEqual([]);
  });

  test("a Knative model that scales to zero still gets one (dev my-model, 0 to 2)", () => {
    expect(clusterLayer("dev").one("PodDisruptionBudget", "my-model-predictor-pdb").spec.maxUnavailable).toBe(
      1,
    );
  });
});

describe("spread of the predictors", () => {
  test.each(SERVED)(
    "%s %s (2+ replicas possible) spreads its pods over zones and nodes, preferred",
    (env, model) => {
      const selector = {
        matchLabels: { "serving.kserve.io/inferenceservice": model, component: "predictor" },
      };
      expect(
        predictor(env, model).topologySpreadConstraints.map((constraint: Manifest) => [
          constraint.topologyKey,
          constraint.whenUnsatisfiable,
          constraint.labelSelector,
        ]),
      ).toEqual([
        ["topology.kubernetes.io/zone", "ScheduleAnyway", selector],
        ["kubernetes.io/hostname", "ScheduleAnyway", selector],
      ]);
    },
  );

  test("a model that never runs two replicas is not spread", () => {
    const chart = Testing.chart();
    new ModelService(chart, "solo", { ...baseProps(), name: "solo", minReplicas: 1, maxReplicas: 1 });
    const [service] = Testing.synth(chart).filter((object) => object.kind === "InferenceService");
    expect(service.spec.predictor.topologySpreadConstraints).toBeUndefined();
  });
});

describe("network allows of the predictors", () => {
  const policy = (env: string, model: string): Manifest =>
    clusterLayer(env).one("NetworkPolicy", `${model}-predictor-allow`);
  const from = (namespace: string) => ({
    namespaceSelector: { matchLabels: { "kubernetes.io/metadata.name": namespace } },
  });

  test("Standard mode: inference on 8080 from the gateway namespace, metrics on 8080 from monitoring, HTTPS out", () => {
    expect(policy("prod", "demand-forecast").spec).toEqual({
      podSelector: {
        matchLabels: { "serving.kserve.io/inferenceservice": "demand-forecast", component: "predictor" },
      },
      policyTypes: ["Ingress", "Egress"],
      ingress: [
        { from: [from("istio-system")], ports: [{ port: 8080, protocol: "TCP" }] },
        { from: [from("monitoring")], ports: [{ port: 8080, protocol: "TCP" }] },
      ],
      egress: [{ to: [{ ipBlock: { cidr: "0.0.0.0/0" } }], ports: [{ port: 443, protocol: "TCP" }] }],
    });
  });

  test("Knative mode: requests through the queue-proxy (8012) from the gateway and the activator", () => {
    expect(policy("staging", "my-model").spec.ingress).toEqual([
      { from: [from("istio-system"), from("knative-serving")], ports: [{ port: 8012, protocol: "TCP" }] },
      { from: [from("knative-serving")], ports: [{ port: 9090, protocol: "TCP" }] },
      {
        from: [from("monitoring")],
        ports: [
          { port: 8080, protocol: "TCP" },
          { port: 9091, protocol: "TCP" },
        ],
      },
    ]);
  });

  test.each(SERVED)("%s %s has one, selecting exactly its predictor pods", (env, model) => {
    expect(policy(env, model).spec.podSelector.matchLabels).toEqual({
      "serving.kserve.io/inferenceservice": model,
      component: "predictor",
    });
  });
});

describe("runbook commands find what the chart creates", () => {
  test("`kubectl get inferenceservice -n mlops` lists every model", () => {
    for (const env of ENVIRONMENTS)
      for (const service of clusterLayer(env).ofKind("InferenceService"))
        expect(service.metadata.namespace).toBe("mlops");
  });

  test("`kubectl describe hpa demand-forecast-predictor -n mlops`: demand-forecast is Standard with an HPA", () => {
    for (const env of ENVIRONMENTS) {
      expect(isvc(env, "demand-forecast").metadata.annotations).toMatchObject({
        "serving.kserve.io/deploymentMode": "Standard",
        "serving.kserve.io/autoscalerClass": "hpa",
      });
    }
  });

  test("`kubectl patch inferenceservice my-model ... canaryTrafficPercent`: my-model is Knative everywhere", () => {
    for (const env of ENVIRONMENTS) {
      expect(isvc(env, "my-model").metadata.annotations["serving.kserve.io/deploymentMode"]).toBe("Knative");
    }
  });

  test("`kubectl get pods -l serving.kserve.io/inferenceservice=<name>`: budgets and policies select that label", () => {
    for (const env of ENVIRONMENTS)
      for (const object of serving(env).filter((o) =>
        ["PodDisruptionBudget", "NetworkPolicy"].includes(o.kind),
      )) {
        const labels = object.spec.selector?.matchLabels ?? object.spec.podSelector.matchLabels;
        expect(Object.keys(labels)).toContain("serving.kserve.io/inferenceservice");
      }
  });
});

describe("ModelService validation", () => {
  const build = (overrides: Partial<ModelServiceProps>) => () =>
    new ModelService(Testing.chart(), "model", { ...baseProps(), ...overrides });

  test("throws when a canary is set in a mode that ignores it", () => {
    expect(build({ deploymentMode: "Standard", canaryTrafficPercent: 10 })).toThrow(
      'ModelService "demand-forecast": canaryTrafficPercent got 10; expected no canary in deploymentMode "Standard": KServe honours canaryTrafficPercent only in "Knative" mode',
    );
  });

  test("throws when minReplicas is above maxReplicas", () => {
    expect(build({ minReplicas: 5, maxReplicas: 3 })).toThrow(
      'ModelService "demand-forecast": minReplicas got 5; expected at most maxReplicas (3)',
    );
  });

  test("throws when a GPU model is given no GPU pool", () => {
    expect(build({ gpus: 1, gpuPool: undefined })).toThrow(
      'ModelService "demand-forecast": gpus got 1; expected 0: no gpuPool was given (the environment has no GPU pool)',
    );
  });

  test.each(["Demand_Forecast", "1model", "model-", "a".repeat(37), ""])(
    "throws when the name %j is not a valid Kubernetes name",
    (name) => {
      expect(build({ name })).toThrow(
        `ModelService "${name}": name got ${JSON.stringify(name)}; expected a DNS-1035 label of 1-36 lowercase letters, digits or hyphens, starting with a letter and ending with a letter or digit (KServe and Knative derive names up to 27 characters longer from it)`,
      );
    },
  );

  test("throws when a critical model may scale to zero", () => {
    expect(build({ critical: true, deploymentMode: "Knative", minReplicas: 0 })).toThrow(
      'ModelService "demand-forecast": minReplicas got 0; expected at least 1 for a critical model (a cold start would break its latency objective)',
    );
  });

  test("throws when a Standard model may scale to zero (only Knative does)", () => {
    expect(build({ deploymentMode: "Standard", minReplicas: 0 })).toThrow(
      'ModelService "demand-forecast": minReplicas got 0; expected at least 1 in deploymentMode "Standard" (only "Knative" mode scales to zero)',
    );
  });

  test("throws when the canary share is not a percentage", () => {
    expect(build({ deploymentMode: "Knative", canaryTrafficPercent: 120 })).toThrow(
      'ModelService "demand-forecast": canaryTrafficPercent got 120; expected an integer percentage from 0 to 100',
    );
  });

  test("throws when a resource is not a quantity it can double", () => {
    expect(build({ resources: { cpu: "two", memory: "1Gi" } })).toThrow(
      'ModelService "demand-forecast": resources.cpu got "two"; expected a Kubernetes quantity such as "500m" or "1Gi"',
    );
  });

  test("accepts a valid GPU model with a pool, and a Knative canary", () => {
    expect(build({ gpus: 2, gpuPool: GPU })).not.toThrow();
    expect(build({ deploymentMode: "Knative", canaryTrafficPercent: 0, minReplicas: 0 })).not.toThrow();
  });

  test("the defaults: 1 to 3 replicas, 500m/1Gi requested, Standard mode", () => {
    const chart = Testing.chart();
    new ModelService(chart, "m", { ...baseProps(), name: "m" });
    const service = Testing.synth(chart).find((object) => object.kind === "InferenceService");
    expect(service.metadata.annotations["serving.kserve.io/deploymentMode"]).toBe("Standard");
    expect([service.spec.predictor.minReplicas, service.spec.predictor.maxReplicas]).toEqual([1, 3]);
    expect(service.spec.predictor.model.resources.requests).toEqual({ cpu: "500m", memory: "1Gi" });
  });

  test("an environment without a GPU pool cannot declare a GPU model (refused before any chart is built)", () => {
    const specs = ENVIRONMENT_SPECS.map((spec) =>
      spec.name === "prod" ? { ...spec, gpu: { maxGpus: 0 } } : spec,
    );
    expect(() => clusterLayer("prod", specs)).toThrow(/models\[2\]\.gpus.*this environment has no GPU pool/);
  });
});

function baseProps(): ModelServiceProps {
  return {
    name: "demand-forecast",
    namespace: "mlops",
    format: "xgboost",
    storageUri: "s3://bucket/models/demand-forecast",
    serviceAccountName: "demand-forecast-model",
  };
}
