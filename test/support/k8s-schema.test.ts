import { compileCrdSchema, customResourceKinds, validateManifest, validateManifests } from "./k8s-schema";

type Manifest = Record<string, unknown>;

/** One way to break a valid object: set or delete the value at `path`, then expect `expected` among the errors. */
type Breakage =
  | {
      readonly what: string;
      readonly set: readonly (string | number)[];
      readonly value: unknown;
      readonly expected: string;
    }
  | { readonly what: string; readonly remove: readonly (string | number)[]; readonly expected: string };

interface KindCase {
  readonly valid: Manifest;
  readonly broken: readonly Breakage[];
}

/** A deep copy of `manifest` with one breakage applied. */
function breakManifest(manifest: Manifest, breakage: Breakage): Manifest {
  const copy = structuredClone(manifest);
  const path = "set" in breakage ? breakage.set : breakage.remove;
  let parent: Record<string | number, unknown> = copy;
  for (const step of path.slice(0, -1)) {
    parent = parent[step] as Record<string | number, unknown>;
    if (typeof parent !== "object" || parent === null) {
      throw new Error(`test setup: ${path.join("/")} does not exist in the valid manifest`);
    }
  }
  const last = path[path.length - 1] as string | number;
  if ("set" in breakage) {
    parent[last] = breakage.value;
  } else {
    if (!(last in parent)) {
      throw new Error(`test setup: ${path.join("/")} does not exist in the valid manifest`);
    }
    delete parent[last];
  }
  return copy;
}

const podLabels = { app: "mlflow" };

/** A container with most of the fields charts set, so that core validation is exercised beyond the basics. */
const container = {
  name: "mlflow",
  image: "ghcr.io/mlflow/mlflow:v2.14.1",
  args: ["server", "--host", "0.0.0.0"],
  ports: [{ name: "http", containerPort: 5000, protocol: "TCP" }],
  env: [
    { name: "MLFLOW_S3_ENDPOINT_URL", value: "https://s3.eu-west-1.amazonaws.com" },
    { name: "DB_PASSWORD", valueFrom: { secretKeyRef: { name: "mlflow-db", key: "password" } } },
  ],
  resources: { requests: { cpu: "500m", memory: "1Gi" }, limits: { cpu: 2, memory: "4Gi" } },
  readinessProbe: { httpGet: { path: "/health", port: "http" }, periodSeconds: 10 },
  livenessProbe: { tcpSocket: { port: 5000 }, initialDelaySeconds: 30 },
  securityContext: {
    runAsNonRoot: true,
    allowPrivilegeEscalation: false,
    readOnlyRootFilesystem: true,
    capabilities: { drop: ["ALL"] },
    seccompProfile: { type: "RuntimeDefault" },
  },
  volumeMounts: [{ name: "tmp", mountPath: "/tmp" }],
};

const crdCases: Record<string, KindCase> = {
  InferenceService: {
    valid: {
      apiVersion: "serving.kserve.io/v1beta1",
      kind: "InferenceService",
      metadata: { name: "fraud-model", namespace: "mlops", labels: { app: "fraud-model" } },
      spec: {
        predictor: {
          minReplicas: 1,
          maxReplicas: 3,
          serviceAccountName: "kserve-sa",
          model: {
            modelFormat: { name: "sklearn" },
            storageUri: "s3://mlops-platform-prod-mlflow-artifacts/models/fraud/1",
            resources: {
              requests: { cpu: "500m", memory: "1Gi" },
              limits: { memory: "2Gi", "nvidia.com/gpu": 1 },
            },
          },
        },
      },
    },
    broken: [
      {
        what: "wrong type",
        set: ["spec", "predictor", "minReplicas"],
        value: "one",
        expected: "/spec/predictor/minReplicas: must be integer",
      },
      {
        what: "missing required field",
        remove: ["spec", "predictor"],
        expected: "/spec/predictor: required field is missing",
      },
      {
        what: "unknown field",
        set: ["spec", "predictor", "modle"],
        value: {},
        expected: "/spec/predictor/modle: unknown field",
      },
    ],
  },
  WorkflowTemplate: {
    valid: {
      apiVersion: "argoproj.io/v1alpha1",
      kind: "WorkflowTemplate",
      metadata: { name: "ml-training-pipeline", namespace: "argo" },
      spec: {
        entrypoint: "train",
        serviceAccountName: "argo-workflow",
        arguments: { parameters: [{ name: "dataset-url" }, { name: "model-name", value: "fraud" }] },
        templates: [
          {
            name: "train",
            inputs: { parameters: [{ name: "dataset-url" }, { name: "model-name" }] },
            container: {
              image: "python:3.12",
              command: ["python", "train.py"],
              args: ["--data", "{{inputs.parameters.dataset-url}}"],
              resources: { limits: { "nvidia.com/gpu": 1 } },
            },
          },
        ],
      },
    },
    broken: [
      {
        what: "wrong type",
        set: ["spec", "templates"],
        value: { name: "train" },
        expected: "/spec/templates: must be array",
      },
      {
        what: "missing required field",
        remove: ["spec", "arguments", "parameters", 0, "name"],
        expected: "/spec/arguments/parameters/0/name: required field is missing",
      },
      {
        what: "unknown field",
        set: ["spec", "templates", 0, "container", "imagePullPolicyy"],
        value: "Always",
        expected: "/spec/templates/0/container/imagePullPolicyy: unknown field",
      },
    ],
  },
  NodePool: {
    valid: {
      apiVersion: "karpenter.sh/v1",
      kind: "NodePool",
      metadata: { name: "gpu" },
      spec: {
        template: {
          metadata: { labels: { "nvidia.com/gpu.present": "true" } },
          spec: {
            nodeClassRef: { group: "karpenter.k8s.aws", kind: "EC2NodeClass", name: "gpu" },
            requirements: [
              { key: "karpenter.k8s.aws/instance-family", operator: "In", values: ["g5", "g6"] },
            ],
            taints: [{ key: "nvidia.com/gpu", effect: "NoSchedule" }],
            expireAfter: "720h",
          },
        },
        limits: { cpu: 64, "nvidia.com/gpu": 8 },
        disruption: { consolidationPolicy: "WhenEmpty", consolidateAfter: "5m" },
      },
    },
    broken: [
      {
        what: "wrong type",
        set: ["spec", "template", "spec", "requirements", 0, "operator"],
        value: "Maybe",
        expected:
          '/spec/template/spec/requirements/0/operator: must be one of "Gte", "Lte", "In", "NotIn", "Exists", "DoesNotExist", "Gt", "Lt"',
      },
      {
        what: "missing required field",
        remove: ["spec", "template", "spec", "nodeClassRef"],
        expected: "/spec/template/spec/nodeClassRef: required field is missing",
      },
      {
        what: "unknown field",
        set: ["spec", "template", "spec", "nodeClass"],
        value: "gpu",
        expected: "/spec/template/spec/nodeClass: unknown field",
      },
    ],
  },
  EC2NodeClass: {
    valid: {
      apiVersion: "karpenter.k8s.aws/v1",
      kind: "EC2NodeClass",
      metadata: { name: "gpu" },
      spec: {
        role: "KarpenterNodeRole-mlops-platform-prod",
        amiSelectorTerms: [{ alias: "al2023@latest" }],
        subnetSelectorTerms: [{ tags: { "karpenter.sh/discovery": "mlops-platform-prod" } }],
        securityGroupSelectorTerms: [{ tags: { "karpenter.sh/discovery": "mlops-platform-prod" } }],
        blockDeviceMappings: [
          { deviceName: "/dev/xvda", ebs: { volumeSize: "200Gi", volumeType: "gp3", encrypted: true } },
        ],
      },
    },
    broken: [
      {
        what: "wrong type",
        set: ["spec", "blockDeviceMappings", 0, "ebs", "encrypted"],
        value: "yes",
        expected: "/spec/blockDeviceMappings/0/ebs/encrypted: must be boolean",
      },
      {
        what: "missing required field",
        remove: ["spec", "subnetSelectorTerms"],
        expected: "/spec/subnetSelectorTerms: required field is missing",
      },
      { what: "unknown field", set: ["spec", "rolee"], value: "x", expected: "/spec/rolee: unknown field" },
    ],
  },
  PrometheusRule: {
    valid: {
      apiVersion: "monitoring.coreos.com/v1",
      kind: "PrometheusRule",
      metadata: { name: "mlflow-alerts", namespace: "monitoring", labels: { release: "prometheus" } },
      spec: {
        groups: [
          {
            name: "mlflow",
            rules: [
              {
                alert: "MlflowDown",
                expr: 'up{job="mlflow"} == 0',
                for: "5m",
                labels: { severity: "critical" },
                annotations: { summary: "MLflow is down" },
              },
            ],
          },
        ],
      },
    },
    broken: [
      {
        what: "wrong type",
        set: ["spec", "groups", 0, "rules", 0, "for"],
        value: 5,
        expected: "/spec/groups/0/rules/0/for: must be string",
      },
      {
        what: "missing required field",
        remove: ["spec", "groups", 0, "rules", 0, "expr"],
        expected: "/spec/groups/0/rules/0/expr: required field is missing",
      },
      {
        what: "unknown field",
        set: ["spec", "groups", 0, "rules", 0, "severity"],
        value: "critical",
        expected: "/spec/groups/0/rules/0/severity: unknown field",
      },
    ],
  },
  ServiceMonitor: {
    valid: {
      apiVersion: "monitoring.coreos.com/v1",
      kind: "ServiceMonitor",
      metadata: { name: "mlflow", namespace: "monitoring" },
      spec: {
        selector: { matchLabels: { app: "mlflow" } },
        namespaceSelector: { matchNames: ["mlflow"] },
        endpoints: [{ port: "http", path: "/metrics", interval: "30s" }],
      },
    },
    broken: [
      {
        what: "wrong type (pattern)",
        set: ["spec", "endpoints", 0, "interval"],
        value: "30 seconds",
        expected: "/spec/endpoints/0/interval: must match pattern",
      },
      {
        what: "missing required field",
        remove: ["spec", "selector"],
        expected: "/spec/selector: required field is missing",
      },
      {
        what: "unknown field",
        set: ["spec", "endpoints", 0, "portName"],
        value: "http",
        expected: "/spec/endpoints/0/portName: unknown field",
      },
    ],
  },
  ExternalSecret: {
    valid: {
      apiVersion: "external-secrets.io/v1",
      kind: "ExternalSecret",
      metadata: { name: "mlflow-db", namespace: "mlflow" },
      spec: {
        refreshInterval: "1h",
        secretStoreRef: { name: "aws-secrets-manager", kind: "SecretStore" },
        target: { name: "mlflow-db", creationPolicy: "Owner" },
        data: [
          {
            secretKey: "password",
            remoteRef: { key: "mlops-platform-prod-mlflow-db", property: "password" },
          },
        ],
      },
    },
    broken: [
      {
        what: "wrong type (enum)",
        set: ["spec", "target", "creationPolicy"],
        value: "Sometimes",
        expected: "/spec/target/creationPolicy: must be one of",
      },
      {
        what: "missing required field",
        remove: ["spec", "data", 0, "remoteRef"],
        expected: "/spec/data/0/remoteRef: required field is missing",
      },
      {
        what: "unknown field",
        set: ["spec", "secretStore"],
        value: { name: "x" },
        expected: "/spec/secretStore: unknown field",
      },
    ],
  },
  SecretStore: {
    valid: {
      apiVersion: "external-secrets.io/v1",
      kind: "SecretStore",
      metadata: { name: "aws-secrets-manager", namespace: "mlflow" },
      spec: {
        provider: {
          aws: {
            service: "SecretsManager",
            region: "eu-west-1",
            auth: { jwt: { serviceAccountRef: { name: "external-secrets" } } },
          },
        },
      },
    },
    broken: [
      {
        what: "wrong type",
        set: ["spec", "provider", "aws", "region"],
        value: 1,
        expected: "/spec/provider/aws/region: must be string",
      },
      {
        what: "missing required field",
        remove: ["spec", "provider", "aws", "service"],
        expected: "/spec/provider/aws/service: required field is missing",
      },
      {
        what: "unknown field",
        set: ["spec", "provider", "aws", "roleArn"],
        value: "arn:aws:iam::1:role/x",
        expected: "/spec/provider/aws/roleArn: unknown field",
      },
    ],
  },
  Application: {
    valid: {
      apiVersion: "argoproj.io/v1alpha1",
      kind: "Application",
      metadata: {
        name: "mlflow",
        namespace: "argocd",
        finalizers: ["resources-finalizer.argocd.argoproj.io"],
      },
      spec: {
        project: "mlops",
        source: {
          repoURL: "https://github.com/example/gitops.git",
          targetRevision: "main",
          path: "dist/prod/mlflow",
        },
        destination: { server: "https://kubernetes.default.svc", namespace: "mlflow" },
        syncPolicy: { automated: { prune: true, selfHeal: true }, syncOptions: ["CreateNamespace=true"] },
      },
    },
    broken: [
      {
        what: "wrong type",
        set: ["spec", "syncPolicy", "automated", "prune"],
        value: "yes",
        expected: "/spec/syncPolicy/automated/prune: must be boolean",
      },
      {
        what: "missing required field",
        remove: ["spec", "project"],
        expected: "/spec/project: required field is missing",
      },
      {
        what: "unknown field",
        set: ["spec", "syncPolicy", "automatic"],
        value: {},
        expected: "/spec/syncPolicy/automatic: unknown field",
      },
    ],
  },
  ScaledObject: {
    valid: {
      apiVersion: "keda.sh/v1alpha1",
      kind: "ScaledObject",
      metadata: { name: "fraud-model", namespace: "mlops" },
      spec: {
        scaleTargetRef: { name: "fraud-model-predictor" },
        minReplicaCount: 1,
        maxReplicaCount: 5,
        triggers: [
          {
            type: "prometheus",
            metadata: {
              serverAddress: "http://prometheus.monitoring:9090",
              query: "sum(rate(revision_request_count[1m]))",
              threshold: "100",
            },
          },
        ],
      },
    },
    broken: [
      {
        what: "wrong type (trigger metadata values are strings)",
        set: ["spec", "triggers", 0, "metadata", "threshold"],
        value: 100,
        expected: "/spec/triggers/0/metadata/threshold: must be string",
      },
      {
        what: "missing required field",
        remove: ["spec", "triggers"],
        expected: "/spec/triggers: required field is missing",
      },
      {
        what: "unknown field",
        set: ["spec", "minReplicas"],
        value: 1,
        expected: "/spec/minReplicas: unknown field",
      },
    ],
  },
};

const coreCases: Record<string, KindCase> = {
  Deployment: {
    valid: {
      apiVersion: "apps/v1",
      kind: "Deployment",
      metadata: { name: "mlflow", namespace: "mlflow", labels: podLabels },
      spec: {
        replicas: 2,
        selector: { matchLabels: podLabels },
        strategy: { type: "RollingUpdate", rollingUpdate: { maxUnavailable: 0, maxSurge: "25%" } },
        template: {
          metadata: { labels: podLabels, annotations: { "prometheus.io/scrape": "true" } },
          spec: {
            serviceAccountName: "mlflow",
            securityContext: { runAsNonRoot: true, runAsUser: 1000, fsGroup: 1000 },
            containers: [container],
            volumes: [{ name: "tmp", emptyDir: { sizeLimit: "1Gi" } }],
            nodeSelector: { "kubernetes.io/os": "linux" },
            tolerations: [{ key: "nvidia.com/gpu", operator: "Exists", effect: "NoSchedule" }],
            topologySpreadConstraints: [
              {
                maxSkew: 1,
                topologyKey: "topology.kubernetes.io/zone",
                whenUnsatisfiable: "ScheduleAnyway",
                labelSelector: { matchLabels: podLabels },
              },
            ],
            affinity: {
              podAntiAffinity: {
                preferredDuringSchedulingIgnoredDuringExecution: [
                  {
                    weight: 100,
                    podAffinityTerm: {
                      topologyKey: "kubernetes.io/hostname",
                      labelSelector: { matchLabels: podLabels },
                    },
                  },
                ],
              },
            },
          },
        },
      },
    },
    broken: [
      {
        what: "wrong type",
        set: ["spec", "replicas"],
        value: "two",
        expected: "/spec/replicas: must be integer",
      },
      {
        what: "missing required field",
        remove: ["spec", "selector"],
        expected: "/spec/selector: required field is missing",
      },
      {
        what: "unknown field",
        set: ["spec", "template", "spec", "containers", 0, "imagee"],
        value: "x",
        expected: "/spec/template/spec/containers/0/imagee: unknown field",
      },
    ],
  },
  CronJob: {
    valid: {
      apiVersion: "batch/v1",
      kind: "CronJob",
      metadata: { name: "postgres-backup", namespace: "mlflow", labels: { app: "postgres-backup" } },
      spec: {
        schedule: "0 2 * * *",
        concurrencyPolicy: "Forbid",
        successfulJobsHistoryLimit: 3,
        jobTemplate: {
          spec: {
            backoffLimit: 2,
            template: {
              metadata: { labels: { app: "postgres-backup" } },
              spec: {
                serviceAccountName: "backup-sa",
                restartPolicy: "OnFailure",
                containers: [
                  {
                    name: "pg-dump",
                    image: "postgres:15",
                    command: ["/bin/sh", "-c", "pg_dump --format=custom > /backup/mlflow.dump"],
                    envFrom: [{ secretRef: { name: "mlflow-db" } }],
                  },
                ],
              },
            },
          },
        },
      },
    },
    broken: [
      { what: "wrong type", set: ["spec", "schedule"], value: 5, expected: "/spec/schedule: must be string" },
      {
        what: "missing required field",
        remove: ["spec", "jobTemplate"],
        expected: "/spec/jobTemplate: required field is missing",
      },
      {
        what: "unknown field",
        set: ["spec", "jobTemplate", "spec", "template", "spec", "containers", 0, "cmd"],
        value: ["x"],
        expected: "/spec/jobTemplate/spec/template/spec/containers/0/cmd: unknown field",
      },
    ],
  },
  PodDisruptionBudget: {
    valid: {
      apiVersion: "policy/v1",
      kind: "PodDisruptionBudget",
      metadata: { name: "mlflow", namespace: "mlflow" },
      spec: {
        minAvailable: 1,
        selector: {
          matchLabels: podLabels,
          matchExpressions: [{ key: "tier", operator: "In", values: ["web"] }],
        },
      },
    },
    broken: [
      {
        what: "wrong type (int-or-string)",
        set: ["spec", "minAvailable"],
        value: true,
        expected: "/spec/minAvailable: must be",
      },
      {
        what: "missing required field",
        remove: ["spec", "selector", "matchExpressions", 0, "operator"],
        expected: "/spec/selector/matchExpressions/0/operator: required field is missing",
      },
      {
        what: "unknown field",
        set: ["spec", "minAvaliable"],
        value: 1,
        expected: "/spec/minAvaliable: unknown field",
      },
    ],
  },
  HorizontalPodAutoscaler: {
    valid: {
      apiVersion: "autoscaling/v2",
      kind: "HorizontalPodAutoscaler",
      metadata: { name: "mlflow", namespace: "mlflow" },
      spec: {
        scaleTargetRef: { apiVersion: "apps/v1", kind: "Deployment", name: "mlflow" },
        minReplicas: 2,
        maxReplicas: 5,
        metrics: [
          {
            type: "Resource",
            resource: { name: "cpu", target: { type: "Utilization", averageUtilization: 70 } },
          },
        ],
        behavior: { scaleDown: { stabilizationWindowSeconds: 300 } },
      },
    },
    broken: [
      {
        what: "wrong type",
        set: ["spec", "maxReplicas"],
        value: "5",
        expected: "/spec/maxReplicas: must be integer",
      },
      {
        what: "missing required field",
        remove: ["spec", "maxReplicas"],
        expected: "/spec/maxReplicas: required field is missing",
      },
      {
        what: "unknown field",
        set: ["spec", "metrics", 0, "resource", "targetValue"],
        value: 70,
        expected: "/spec/metrics/0/resource/targetValue: unknown field",
      },
    ],
  },
  NetworkPolicy: {
    valid: {
      apiVersion: "networking.k8s.io/v1",
      kind: "NetworkPolicy",
      metadata: { name: "mlflow-ingress", namespace: "mlflow" },
      spec: {
        podSelector: { matchLabels: podLabels },
        policyTypes: ["Ingress"],
        ingress: [
          {
            from: [
              { namespaceSelector: { matchLabels: { "kubernetes.io/metadata.name": "mlops" } } },
              { ipBlock: { cidr: "10.0.0.0/16", except: ["10.0.1.0/24"] } },
            ],
            ports: [{ protocol: "TCP", port: 5000 }],
          },
        ],
      },
    },
    broken: [
      {
        what: "wrong type",
        set: ["spec", "ingress", 0, "ports", 0, "port"],
        value: true,
        expected: "/spec/ingress/0/ports/0/port: must be",
      },
      {
        what: "missing required field",
        remove: ["spec", "ingress", 0, "from", 1, "ipBlock", "cidr"],
        expected: "/spec/ingress/0/from/1/ipBlock/cidr: required field is missing",
      },
      {
        what: "unknown field",
        set: ["spec", "ingress", 0, "sources"],
        value: [],
        expected: "/spec/ingress/0/sources: unknown field",
      },
    ],
  },
};

describe.each([
  ["custom resource", crdCases],
  ["core kind", coreCases],
])("%s", (_family, cases) => {
  describe.each(Object.entries(cases))("%s", (_kind, { valid, broken }) => {
    const { apiVersion, kind } = valid as { apiVersion: string; kind: string };
    const name = (valid.metadata as { name: string }).name;

    it("accepts a valid object", () => {
      expect(validateManifest(valid)).toEqual([]);
    });

    it.each(broken.map((breakage) => [breakage.what, breakage] as const))("rejects %s", (_what, breakage) => {
      const errors = validateManifest(breakManifest(valid, breakage));
      // Every message names the object, then the JSON path and the reason.
      expect(errors).toContainEqual(
        expect.stringContaining(`${apiVersion} ${kind} "${name}": ${breakage.expected}`),
      );
    });
  });
});

describe("message format", () => {
  it("names apiVersion, kind, metadata.name, the JSON path and the reason, and nothing else", () => {
    const deployment = breakManifest(coreCases.Deployment?.valid as Manifest, {
      what: "",
      set: ["spec", "replicas"],
      value: "two",
      expected: "",
    });
    expect(validateManifest(deployment)).toEqual([
      'apps/v1 Deployment "mlflow": /spec/replicas: must be integer',
    ]);
  });

  it("reports every problem of an object, not only the first", () => {
    const rule = structuredClone(crdCases.PrometheusRule?.valid as Manifest);
    const spec = rule.spec as { groups: { rules: Record<string, unknown>[] }[] };
    const firstRule = spec.groups[0]?.rules[0] as Record<string, unknown>;
    firstRule.for = 5;
    firstRule.severity = "critical";
    expect(validateManifest(rule)).toEqual([
      'monitoring.coreos.com/v1 PrometheusRule "mlflow-alerts": /spec/groups/0/rules/0/severity: unknown field (not declared by the schema)',
      'monitoring.coreos.com/v1 PrometheusRule "mlflow-alerts": /spec/groups/0/rules/0/for: must be string',
    ]);
  });
});

describe("envelope", () => {
  it("rejects an apiVersion and kind that are neither a CRD kind nor a core kind", () => {
    expect(
      validateManifest({ apiVersion: "example.com/v1", kind: "Widget", metadata: { name: "w" } }),
    ).toEqual([
      'example.com/v1 Widget "w": /: unknown kind example.com/v1 Widget: neither an extracted CRD schema nor a kubernetes-models kind',
    ]);
  });

  it("rejects a core group with a kind it does not have, and a type that is not a top-level kind", () => {
    expect(validateManifest({ apiVersion: "apps/v1", kind: "Deploymnet", metadata: { name: "x" } })).toEqual([
      expect.stringContaining("unknown kind apps/v1 Deploymnet"),
    ]);
    expect(
      validateManifest({ apiVersion: "apps/v1", kind: "DeploymentSpec", metadata: { name: "x" } }),
    ).toEqual([expect.stringContaining("unknown kind apps/v1 DeploymentSpec")]);
  });

  it("does not let an apiVersion reach outside kubernetes-models", () => {
    expect(validateManifest({ apiVersion: "../v1", kind: "Namespace", metadata: { name: "x" } })).toEqual([
      expect.stringContaining("unknown kind ../v1 Namespace"),
    ]);
  });

  it("rejects a CRD version that is not served, and names the served ones", () => {
    const externalSecret = {
      ...(crdCases.ExternalSecret?.valid as Manifest),
      apiVersion: "external-secrets.io/v1beta1",
    };
    expect(validateManifest(externalSecret)).toEqual([
      expect.stringContaining("unknown kind external-secrets.io/v1beta1 ExternalSecret"),
    ]);
    expect(validateManifest(externalSecret)[0]).toContain("(served versions of this kind: v1)");
  });

  it("rejects objects without apiVersion and kind, and non-objects", () => {
    expect(validateManifest({ metadata: { name: "x" } })).toEqual([
      'undefined undefined "x": /: apiVersion and kind must be strings',
    ]);
    expect(validateManifest("kind: Deployment")).toEqual([
      "<unidentified object>: /: must be an object with apiVersion and kind, got string",
    ]);
  });

  it("requires metadata.name, for core kinds and custom resources alike", () => {
    expect(validateManifest({ apiVersion: "v1", kind: "ConfigMap", metadata: {} })).toEqual([
      'v1 ConfigMap "<no name>": /metadata/name: must be a non-empty string',
    ]);
    expect(validateManifest({ apiVersion: "v1", kind: "Namespace" })).toContainEqual(
      expect.stringContaining("/metadata: required field is missing"),
    );
    const rule = { ...(crdCases.PrometheusRule?.valid as Manifest), metadata: { namespace: "monitoring" } };
    expect(validateManifest(rule)).toEqual([
      'monitoring.coreos.com/v1 PrometheusRule "<no name>": /metadata/name: must be a non-empty string',
    ]);
  });

  it("rejects unknown metadata fields (a misspelt `label`) in custom resources and core kinds", () => {
    const rule = {
      ...(crdCases.PrometheusRule?.valid as Manifest),
      metadata: { name: "r", label: { a: "b" } },
    };
    expect(validateManifest(rule)).toEqual([expect.stringContaining('"r": /metadata/label: unknown field')]);
    const configMap = { apiVersion: "v1", kind: "ConfigMap", metadata: { name: "c", label: { a: "b" } } };
    expect(validateManifest(configMap)).toEqual([
      expect.stringContaining('"c": /metadata/label: unknown field'),
    ]);
  });

  it("validates many objects at once and keeps their order", () => {
    const objects = [
      crdCases.InferenceService?.valid,
      { apiVersion: "v1", kind: "ConfigMap", metadata: { name: "a" }, data: 1 },
      { apiVersion: "example.com/v1", kind: "Widget", metadata: { name: "b" } },
      coreCases.Deployment?.valid,
      { ...(crdCases.NodePool?.valid as Manifest), spec: {} },
    ];
    expect(validateManifests(objects)).toEqual([
      expect.stringContaining('v1 ConfigMap "a": /data: must be object'),
      expect.stringContaining('example.com/v1 Widget "b": /: unknown kind'),
      expect.stringContaining('karpenter.sh/v1 NodePool "gpu": /spec/template: required field is missing'),
    ]);
  });
});

describe("core kinds", () => {
  const minimal: Manifest[] = [
    {
      apiVersion: "v1",
      kind: "Namespace",
      metadata: { name: "mlflow", labels: { "pod-security.kubernetes.io/enforce": "restricted" } },
    },
    { apiVersion: "v1", kind: "ConfigMap", metadata: { name: "c" }, data: { "config.yaml": "a: 1" } },
    {
      apiVersion: "v1",
      kind: "Secret",
      metadata: { name: "s" },
      type: "Opaque",
      data: { password: "c2VjcmV0" },
    },
    {
      apiVersion: "v1",
      kind: "Service",
      metadata: { name: "mlflow" },
      spec: { selector: podLabels, ports: [{ name: "http", port: 80, targetPort: "http" }] },
    },
    {
      apiVersion: "v1",
      kind: "ServiceAccount",
      metadata: {
        name: "backup-sa",
        annotations: { "eks.amazonaws.com/role-arn": "arn:aws:iam::1:role/backup" },
      },
    },
    {
      apiVersion: "batch/v1",
      kind: "Job",
      metadata: { name: "restore" },
      spec: {
        template: { spec: { restartPolicy: "Never", containers: [{ name: "r", image: "postgres:15" }] } },
      },
    },
    {
      apiVersion: "rbac.authorization.k8s.io/v1",
      kind: "Role",
      metadata: { name: "reader" },
      rules: [{ apiGroups: [""], resources: ["pods"], verbs: ["get", "list"] }],
    },
    {
      apiVersion: "rbac.authorization.k8s.io/v1",
      kind: "RoleBinding",
      metadata: { name: "reader" },
      roleRef: { apiGroup: "rbac.authorization.k8s.io", kind: "Role", name: "reader" },
      subjects: [{ kind: "ServiceAccount", name: "backup-sa", namespace: "mlflow" }],
    },
    {
      apiVersion: "rbac.authorization.k8s.io/v1",
      kind: "ClusterRole",
      metadata: { name: "reader" },
      rules: [{ nonResourceURLs: ["/metrics"], verbs: ["get"] }],
    },
    {
      apiVersion: "rbac.authorization.k8s.io/v1",
      kind: "ClusterRoleBinding",
      metadata: { name: "reader" },
      roleRef: { apiGroup: "rbac.authorization.k8s.io", kind: "ClusterRole", name: "reader" },
      subjects: [{ kind: "ServiceAccount", name: "backup-sa", namespace: "mlflow" }],
    },
  ];

  minimal.push({
    apiVersion: "storage.k8s.io/v1",
    kind: "StorageClass",
    metadata: { name: "gp3" },
    provisioner: "ebs.csi.aws.com",
    parameters: { type: "gp3", encrypted: "true" },
    volumeBindingMode: "WaitForFirstConsumer",
  });

  it.each(minimal.map((object) => [`${object.apiVersion} ${object.kind}`, object] as const))(
    "accepts a valid %s",
    (_title, object) => {
      expect(validateManifest(object)).toEqual([]);
    },
  );

  it("rejects an unknown field at the top level of a core kind", () => {
    expect(
      validateManifest({ apiVersion: "v1", kind: "ConfigMap", metadata: { name: "c" }, spec: {} }),
    ).toEqual(['v1 ConfigMap "c": /spec: unknown field (not declared by the schema)']);
  });

  it("accepts any keys in maps and free-form fields", () => {
    const secret = {
      apiVersion: "v1",
      kind: "Secret",
      metadata: {
        name: "s",
        labels: { "app.kubernetes.io/name": "mlflow" },
        // FieldsV1 is free-form in the Kubernetes schema.
        managedFields: [{ manager: "kubectl", operation: "Apply", fieldsV1: { "f:data": { "f:x": {} } } }],
      },
      stringData: { "any key/with slash": "value" },
    };
    expect(validateManifest(secret)).toEqual([]);
  });

  it("checks formats (base64 in Secret data)", () => {
    const secret = {
      apiVersion: "v1",
      kind: "Secret",
      metadata: { name: "s" },
      data: { password: "not base64!" },
    };
    expect(validateManifest(secret)).toEqual([
      expect.stringContaining('"s": /data/password: must match format "byte"'),
    ]);
  });
});

describe("Kubernetes schema extensions, in the extracted CRDs", () => {
  const rule = (
    edit: (ruleObject: Record<string, unknown>, group: Record<string, unknown>) => void,
  ): Manifest => {
    const copy = structuredClone(crdCases.PrometheusRule?.valid as Manifest);
    const group = (copy.spec as { groups: Record<string, unknown>[] }).groups[0] as Record<string, unknown>;
    edit((group.rules as Record<string, unknown>[])[0] as Record<string, unknown>, group);
    return copy;
  };

  it("x-kubernetes-int-or-string accepts an integer or a string, and nothing else", () => {
    expect(validateManifest(rule((r) => (r.expr = 1)))).toEqual([]);
    expect(validateManifest(rule((r) => (r.expr = "vector(1)")))).toEqual([]);
    expect(validateManifest(rule((r) => (r.expr = true)))).toEqual([
      'monitoring.coreos.com/v1 PrometheusRule "mlflow-alerts": /spec/groups/0/rules/0/expr: must be integer or string',
    ]);
    expect(validateManifest(rule((r) => (r.expr = 1.5)))).toHaveLength(1);
  });

  it("x-kubernetes-list-type: map rejects two entries with the same key", () => {
    const duplicated = structuredClone(crdCases.PrometheusRule?.valid as Manifest);
    const spec = duplicated.spec as { groups: unknown[] };
    spec.groups.push(structuredClone(spec.groups[0]));
    expect(validateManifest(duplicated)).toEqual([
      'monitoring.coreos.com/v1 PrometheusRule "mlflow-alerts": /spec/groups: must not repeat an entry: entries 0 and 1 have the same name',
    ]);
  });

  it("x-kubernetes-list-type: set rejects duplicate items", () => {
    const nodePool = structuredClone(crdCases.NodePool?.valid as Manifest);
    (nodePool.spec as Record<string, unknown>).disruption = {
      consolidateAfter: "5m",
      budgets: [{ nodes: "10%", reasons: ["Empty", "Empty"] }],
    };
    expect(validateManifest(nodePool)).toEqual([
      expect.stringContaining('"gpu": /spec/disruption/budgets/0/reasons: must NOT have duplicate items'),
    ]);
  });

  it("x-kubernetes-preserve-unknown-fields accepts any content", () => {
    const application = structuredClone(crdCases.Application?.valid as Manifest);
    const source = (application.spec as { source: Record<string, unknown> }).source;
    source.helm = { valuesObject: { replicaCount: 2, nested: { anything: [1, "two", { three: true }] } } };
    expect(validateManifest(application)).toEqual([]);
  });

  it("Go regular expressions with a (?i) flag are matched case-insensitively", () => {
    expect(validateManifest(rule((_r, g) => (g.partial_response_strategy = "ABORT")))).toEqual([]);
    expect(validateManifest(rule((_r, g) => (g.partial_response_strategy = "warn")))).toEqual([]);
    expect(validateManifest(rule((_r, g) => (g.partial_response_strategy = "ignore")))).toEqual([
      expect.stringContaining("/spec/groups/0/partial_response_strategy: must match pattern"),
    ]);
  });

  it("format int32 rejects integers out of range", () => {
    const scaledObject = structuredClone(crdCases.ScaledObject?.valid as Manifest);
    (scaledObject.spec as Record<string, unknown>).maxReplicaCount = 2 ** 31;
    expect(validateManifest(scaledObject)).toEqual([
      expect.stringContaining('"fraud-model": /spec/maxReplicaCount: must match format "int32"'),
    ]);
  });

  it("formats byte and date-time are checked", () => {
    const secretStore = structuredClone(crdCases.SecretStore?.valid as Manifest);
    (secretStore.spec as { provider: Record<string, unknown> }).provider = {
      gitlab: { caBundle: "not base64!", auth: { SecretRef: { accessToken: { name: "t", key: "k" } } } },
    };
    expect(validateManifest(secretStore)).toContainEqual(
      expect.stringContaining('/spec/provider/gitlab/caBundle: must match format "byte"'),
    );
    const externalSecret = structuredClone(crdCases.ExternalSecret?.valid as Manifest);
    externalSecret.status = { refreshTime: "yesterday" };
    expect(validateManifest(externalSecret)).toEqual([
      expect.stringContaining('/status/refreshTime: must match format "date-time"'),
    ]);
  });

  it("nullable accepts null", () => {
    const externalSecret = structuredClone(crdCases.ExternalSecret?.valid as Manifest);
    externalSecret.status = { refreshTime: null };
    expect(validateManifest(externalSecret)).toEqual([]);
  });

  it("objects without declared fields are closed: the API server would prune what is put there", () => {
    const inferenceService = structuredClone(crdCases.InferenceService?.valid as Manifest);
    const predictor = (inferenceService.spec as { predictor: Record<string, unknown> }).predictor;
    predictor.volumes = [
      {
        name: "scratch",
        ephemeral: {
          volumeClaimTemplate: {
            metadata: { labels: { app: "fraud-model" } },
            spec: { accessModes: ["ReadWriteOnce"], resources: { requests: { storage: "10Gi" } } },
          },
        },
      },
    ];
    expect(validateManifest(inferenceService)).toEqual([
      expect.stringContaining(
        "/spec/predictor/volumes/0/ephemeral/volumeClaimTemplate/metadata/labels: unknown field",
      ),
    ]);
  });

  it("every extracted CRD schema compiles", () => {
    const kinds = customResourceKinds();
    expect(kinds.length).toBeGreaterThanOrEqual(32);
    for (const id of kinds) {
      const slash = id.lastIndexOf("/");
      const errors = validateManifest({
        apiVersion: id.slice(0, slash),
        kind: id.slice(slash + 1),
        metadata: { name: "x" },
      });
      expect(errors.filter((error) => error.includes("unknown kind"))).toEqual([]);
    }
  });
});

describe("Kubernetes schema extensions, on hand-written schemas", () => {
  const paths = (validate: ReturnType<typeof compileCrdSchema>, data: unknown): string[] =>
    validate(data) ? [] : (validate.errors ?? []).map((error) => `${error.instancePath} ${error.message}`);

  it("x-kubernetes-embedded-resource requires apiVersion and kind and allows metadata", () => {
    const validate = compileCrdSchema({
      type: "object",
      properties: {
        spec: {
          type: "object",
          properties: {
            template: {
              type: "object",
              "x-kubernetes-embedded-resource": true,
              properties: { spec: { type: "object", "x-kubernetes-preserve-unknown-fields": true } },
            },
          },
        },
      },
    });
    const ok = {
      metadata: { name: "x" },
      spec: { template: { apiVersion: "v1", kind: "Pod", metadata: {}, spec: {} } },
    };
    expect(paths(validate, ok)).toEqual([]);
    expect(paths(validate, { metadata: { name: "x" }, spec: { template: { spec: {} } } })).toEqual([
      "/spec/template must have required property 'apiVersion'",
      "/spec/template must have required property 'kind'",
    ]);
  });

  it("nullable with enum accepts null; anyOf branches are not closed", () => {
    const validate = compileCrdSchema({
      type: "object",
      properties: {
        spec: {
          type: "object",
          properties: {
            mode: { type: "string", enum: ["a", "b"], nullable: true },
            limit: { type: "integer", minimum: 1 },
            window: { type: "integer" },
          },
          anyOf: [{ required: ["limit"] }, { properties: { window: { minimum: 5 } }, required: ["window"] }],
        },
      },
    });
    expect(paths(validate, { spec: { mode: null, limit: 2 } })).toEqual([]);
    expect(paths(validate, { spec: { limit: 2, window: 10 } })).toEqual([]);
    expect(paths(validate, { spec: { mode: "c", limit: 2 } })).toEqual([
      "/spec/mode must be equal to one of the allowed values",
    ]);
  });

  it("refuses schema keywords it does not know, rather than ignoring them", () => {
    expect(() =>
      compileCrdSchema({ type: "object", properties: { spec: { type: "string", const: "x" } } }),
    ).toThrow('example.com/v1/Example /spec: unsupported schema keyword "const"');
  });
});
