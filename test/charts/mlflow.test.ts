import { spawnSync } from "node:child_process";
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Chart, Duration, Testing } from "cdk8s";
import { MLFLOW_SERVICE } from "../../charts/chart-props";
import { MLFLOW_CLIENT_NAMESPACES, MLFLOW_SECRET_STORE, MlflowChart } from "../../charts/mlflow-chart";
import { loadEnvironments, type PlatformEnvironment } from "../../config";
import { AwsSecretsManagerStore } from "../../constructs/aws/cluster/aws-secrets-manager-store";
import {
  ExternalDatabaseSecret,
  type ExternalDatabaseSecretProps,
} from "../../constructs/k8s/external-database-secret";
import {
  MlflowServer,
  type MlflowServerProps,
  SCHEMA_SCRIPT,
  waitForDatabaseScript,
} from "../../constructs/k8s/mlflow-server";
import {
  PodDisruptionBudget,
  type PodDisruptionBudgetProps,
} from "../../constructs/k8s/pod-disruption-budget";
import { type ClusterLayer, clusterLayer, type Manifest } from "../support/cluster-layer";
import { validateManifests } from "../support/k8s-schema";

const ENVIRONMENTS = ["dev", "staging", "prod", "prod-dr"] as const;
const REPLICATED = ["prod", "prod-dr"] as const;
const SINGLE = ["dev", "staging"] as const;
const PLATFORMS = new Map(loadEnvironments().map((platform) => [platform.environment.name, platform]));

function platform(name: string): PlatformEnvironment {
  const found = PLATFORMS.get(name);
  if (!found) throw new Error(`no environment ${name}`);
  return found;
}

const deployment = (layer: ClusterLayer): Manifest => layer.one("Deployment", "mlflow");
const podSpec = (layer: ClusterLayer): Manifest => deployment(layer).spec.template.spec;
const container = (layer: ClusterLayer, name: string): Manifest =>
  [...podSpec(layer).initContainers, ...podSpec(layer).containers].find((c: Manifest) => c.name === name);
const server = (layer: ClusterLayer): Manifest => container(layer, "mlflow");
const fromSecret = (name: string, key: string) => ({
  name,
  valueFrom: { secretKeyRef: { name: "mlflow-db", key } },
});

describe.each(ENVIRONMENTS)("mlflow chart of %s", (name) => {
  const layer = clusterLayer(name);
  const { environment, contract } = platform(name);

  test("every object lives in the mlflow namespace and validates against its schema", () => {
    const objects = layer.chart("mlflow");
    expect(new Set(objects.map((object) => object.metadata.namespace))).toEqual(new Set(["mlflow"]));
    expect(validateManifests(objects)).toEqual([]);
  });

  test("Deployment mlflow, its pods and its Service carry and select app=mlflow (runbook selectors)", () => {
    const mlflow = deployment(layer);
    expect(mlflow.metadata.namespace).toBe("mlflow");
    expect(mlflow.metadata.labels.app).toBe("mlflow");
    expect(mlflow.spec.selector.matchLabels).toEqual({ app: "mlflow" });
    expect(mlflow.spec.template.metadata.labels.app).toBe("mlflow");
    // `kubectl logs|exec` without -c reach the server container, not an init container.
    expect(mlflow.spec.template.metadata.annotations["kubectl.kubernetes.io/default-container"]).toBe(
      "mlflow",
    );
    const service = layer.one("Service", MLFLOW_SERVICE.name);
    expect(service.metadata.namespace).toBe(MLFLOW_SERVICE.namespace);
    expect(service.spec.selector).toEqual({ app: "mlflow" });
    expect(service.spec.ports).toEqual([{ name: "http", port: 5000, targetPort: "http", protocol: "TCP" }]);
    expect(server(layer).ports).toEqual([{ name: "http", containerPort: 5000, protocol: "TCP" }]);
  });

  test("runs as service account mlflow, bound to the cloud identity of the contract", () => {
    const account = layer.one("ServiceAccount", "mlflow");
    expect(account.metadata.namespace).toBe(contract.workloads.mlflow.namespace);
    expect(account.metadata.annotations).toEqual(contract.workloads.mlflow.serviceAccountAnnotations);
    expect(account.metadata.annotations["eks.amazonaws.com/role-arn"]).toMatch(
      new RegExp(`:role/${contract.workloads.mlflow.identityName}$`),
    );
    expect(podSpec(layer).serviceAccountName).toBe("mlflow");
  });

  test("SecretStore: AWS Secrets Manager in the contract's region, as the mlflow service account", () => {
    const store = layer.one("SecretStore", MLFLOW_SECRET_STORE);
    expect(store.apiVersion).toBe("external-secrets.io/v1");
    expect(store.metadata.namespace).toBe("mlflow");
    expect(store.spec.provider).toEqual({
      aws: {
        service: "SecretsManager",
        region: contract.region,
        auth: { jwt: { serviceAccountRef: { name: "mlflow" } } },
      },
    });
    expect(layer.ofKind("ClusterSecretStore")).toEqual([]);
  });

  test("ExternalSecret mlflow-db: the contract's secret, every JSON field and a templated uri, hourly", () => {
    const external = layer.one("ExternalSecret", "mlflow-db");
    expect(external.apiVersion).toBe("external-secrets.io/v1");
    expect(external.metadata.namespace).toBe("mlflow");
    expect(external.spec.refreshInterval).toBe("1h");
    expect(external.spec.secretStoreRef).toEqual({ kind: "SecretStore", name: MLFLOW_SECRET_STORE });
    expect(external.spec.dataFrom).toEqual([{ extract: { key: contract.database.credentialsSecretName } }]);
    expect(external.spec.target.name).toBe("mlflow-db");
    expect(external.spec.target.template.engineVersion).toBe("v2");
    expect(external.spec.target.template.data).toEqual({
      host: "{{ .host }}",
      port: "{{ .port }}",
      username: "{{ .username }}",
      password: "{{ .password }}",
      dbname: "{{ .dbname }}",
      uri: "postgresql://{{ .username }}:{{ .password }}@{{ .host }}:{{ .port }}/{{ .dbname }}?sslmode=require",
    });
  });

  test("no credential is ever a literal: no Secret object, templates hold only field references", () => {
    expect(layer.ofKind("Secret")).toEqual([]);
    const template = layer.one("ExternalSecret", "mlflow-db").spec.target.template.data;
    const withoutReferences = Object.fromEntries(
      Object.entries(template as Record<string, string>).map(([key, text]) => [
        key,
        text.replace(/\{\{ \.[a-z]+ \}\}/g, ""),
      ]),
    );
    expect(withoutReferences).toEqual({
      host: "",
      port: "",
      username: "",
      password: "",
      dbname: "",
      uri: "postgresql://:@:/?sslmode=require",
    });
    // Every database setting a container gets comes from the Secret, never as a value.
    for (const c of [...podSpec(layer).initContainers, ...podSpec(layer).containers]) {
      for (const variable of c.env ?? []) {
        if (/^(PG|MLFLOW_BACKEND)/.test(variable.name)) {
          expect(variable.value).toBeUndefined();
          expect(variable.valueFrom.secretKeyRef.name).toBe("mlflow-db");
        }
      }
    }
  });

  test("server arguments: serves and proxies artifacts to the contract's bucket, exposes metrics", () => {
    const mlflow = server(layer);
    const { artifactStore } = contract;
    expect(mlflow.command).toEqual(["mlflow"]);
    expect(mlflow.args).toEqual([
      "server",
      "--host",
      "0.0.0.0",
      "--port",
      "5000",
      "--workers",
      "2",
      "--serve-artifacts",
      "--artifacts-destination",
      `${artifactStore.uri}/${artifactStore.prefixes.mlflow}`,
      "--expose-prometheus",
      "/mlflow/metrics",
    ]);
    expect(`${artifactStore.uri}/mlflow`).toBe(`s3://${artifactStore.bucket}/mlflow`);
    // The backend store is the Secret's uri, read from the environment (never an argument).
    expect(mlflow.env).toContainEqual(fromSecret("MLFLOW_BACKEND_STORE_URI", "uri"));
    expect(mlflow.args.join(" ")).not.toMatch(/backend-store-uri|postgresql:/);
    // The metrics directory is a writable emptyDir.
    expect(mlflow.volumeMounts).toContainEqual({ name: "metrics", mountPath: "/mlflow/metrics" });
    expect(podSpec(layer).volumes).toContainEqual({ name: "metrics", emptyDir: {} });
  });

  test("init containers: a bounded pg_isready wait, then the schema migration, then the server", () => {
    const spec = podSpec(layer);
    expect(spec.initContainers.map((c: Manifest) => c.name)).toEqual(["wait-for-postgres", "db-upgrade"]);
    expect(spec.containers.map((c: Manifest) => c.name)).toEqual(["mlflow"]);

    const wait = container(layer, "wait-for-postgres");
    const script: string = wait.command[2];
    expect(wait.command.slice(0, 2)).toEqual(["sh", "-c"]);
    expect(script).toContain("until pg_isready --quiet --timeout=5; do");
    expect(script).toContain("deadline=$(( $(date +%s) + 300 ))");
    expect(script).toMatch(/-ge "\$deadline" \]; then\n.*\n\s+exit 1/);
    // pg_isready needs no password, so the wait never gets one.
    expect(wait.env).toEqual([
      fromSecret("PGHOST", "host"),
      fromSecret("PGPORT", "port"),
      fromSecret("PGUSER", "username"),
      fromSecret("PGDATABASE", "dbname"),
    ]);

    const upgrade = container(layer, "db-upgrade");
    expect(upgrade.image).toBe(server(layer).image);
    expect(upgrade.command).toEqual(["sh", "-c", SCHEMA_SCRIPT]);
    expect(upgrade.command[2]).toContain('exec mlflow db upgrade "$MLFLOW_BACKEND_STORE_URI"');
    expect(upgrade.env).toContainEqual(fromSecret("MLFLOW_BACKEND_STORE_URI", "uri"));
  });

  test("probes: startup, liveness and readiness on /health of the http port", () => {
    const mlflow = server(layer);
    for (const probe of [mlflow.startupProbe, mlflow.livenessProbe, mlflow.readinessProbe]) {
      expect(probe.httpGet).toEqual({ path: "/health", port: "http" });
      expect(probe.timeoutSeconds).toBeGreaterThan(0);
    }
    expect(mlflow.startupProbe.periodSeconds * mlflow.startupProbe.failureThreshold).toBe(120);
  });

  test("resources: requests from the environment, limits on every container", () => {
    const { cpu, memory } = environment.mlflow.resources;
    expect(server(layer).resources.requests).toEqual({ cpu, memory });
    expect(server(layer).resources.limits.memory).toBe(memory);
    expect(server(layer).resources.limits.cpu).toBe(name.startsWith("prod") ? "1000m" : "500m");
    for (const c of [...podSpec(layer).initContainers, ...podSpec(layer).containers]) {
      expect(Object.keys(c.resources).sort()).toEqual(["limits", "requests"]);
      expect(Object.keys(c.resources.limits).sort()).toEqual(["cpu", "memory"]);
    }
  });

  test("restricted security: non-root, read-only root, no capabilities, RuntimeDefault, pinned images", () => {
    const spec = podSpec(layer);
    expect(spec.securityContext).toMatchObject({
      runAsNonRoot: true,
      seccompProfile: { type: "RuntimeDefault" },
    });
    expect(spec.automountServiceAccountToken).toBe(false);
    for (const c of [...spec.initContainers, ...spec.containers]) {
      expect([c.name, c.securityContext]).toEqual([
        c.name,
        expect.objectContaining({
          runAsNonRoot: true,
          readOnlyRootFilesystem: true,
          allowPrivilegeEscalation: false,
          privileged: false,
          capabilities: { drop: ["ALL"] },
          seccompProfile: { type: "RuntimeDefault" },
        }),
      ]);
      expect(c.image).toMatch(/^[^:]+:[^:]+$/);
      expect(c.image).not.toMatch(/:latest$/);
    }
    // Everything MLflow writes goes to emptyDirs: /tmp for both MLflow containers.
    for (const c of [container(layer, "db-upgrade"), server(layer)]) {
      expect(c.volumeMounts).toContainEqual({ name: "tmp", mountPath: "/tmp" });
      expect(c.env).toContainEqual({ name: "HOME", value: "/tmp" });
    }
    expect(spec.volumes).toContainEqual({ name: "tmp", emptyDir: {} });
  });

  test("network: port 5000 from argo, mlops, monitoring and the ingress controller; out to the database and HTTPS", () => {
    const policy = layer.one("NetworkPolicy", "mlflow-allow");
    expect(policy.metadata.namespace).toBe("mlflow");
    expect(policy.spec.podSelector).toEqual({ matchLabels: { app: "mlflow" } });
    expect(policy.spec.ingress).toEqual([
      {
        from: ["argo", "mlops", "monitoring", "ingress-nginx"].map((namespace) => ({
          namespaceSelector: { matchLabels: { "kubernetes.io/metadata.name": namespace } },
        })),
        ports: [{ port: 5000, protocol: "TCP" }],
      },
    ]);
    expect([...MLFLOW_CLIENT_NAMESPACES]).toEqual(["argo", "mlops", "monitoring", "ingress-nginx"]);
    expect(policy.spec.egress).toEqual([
      {
        to: contract.network.databaseSubnetCidrs.map((cidr) => ({ ipBlock: { cidr } })),
        ports: [{ port: contract.database.port, protocol: "TCP" }],
      },
      {
        to: [{ ipBlock: { cidr: "0.0.0.0/0", except: [contract.network.vpcCidr] } }],
        ports: [{ port: 443, protocol: "TCP" }],
      },
    ]);
  });

  test("matches its snapshot", () => {
    expect(clusterLayer(name).chart("mlflow")).toMatchSnapshot();
  });
});

describe.each(REPLICATED)("replicated MLflow in %s", (name) => {
  const layer = clusterLayer(name);
  const { environment } = platform(name);

  test("at least 2 replicas, by an autoscaler from replicas to maxReplicas (autoscaling/v2)", () => {
    expect(environment.mlflow.replicas).toBeGreaterThanOrEqual(2);
    const hpa = layer.one("HorizontalPodAutoscaler", "mlflow");
    expect(hpa.apiVersion).toBe("autoscaling/v2");
    expect(hpa.metadata.namespace).toBe("mlflow");
    expect(hpa.spec).toMatchObject({
      scaleTargetRef: { apiVersion: "apps/v1", kind: "Deployment", name: "mlflow" },
      minReplicas: environment.mlflow.replicas,
      maxReplicas: environment.mlflow.maxReplicas,
    });
    // The autoscaler owns the count: a count in Git would be reset by every GitOps sync.
    expect(deployment(layer).spec.replicas).toBeUndefined();
  });

  test("spread over zones (required) and nodes (preferred)", () => {
    const constraints = podSpec(layer).topologySpreadConstraints;
    expect(constraints.map((c: Manifest) => [c.topologyKey, c.whenUnsatisfiable])).toEqual([
      ["topology.kubernetes.io/zone", "DoNotSchedule"],
      ["kubernetes.io/hostname", "ScheduleAnyway"],
    ]);
    for (const constraint of constraints) {
      expect(constraint).toMatchObject({ maxSkew: 1, labelSelector: { matchLabels: { app: "mlflow" } } });
    }
  });

  test("a PodDisruptionBudget that lets one replica go at a time", () => {
    const budget = layer.one("PodDisruptionBudget", "mlflow");
    expect(budget.apiVersion).toBe("policy/v1");
    expect(budget.spec).toEqual({
      maxUnavailable: 1,
      selector: { matchLabels: { app: "mlflow" } },
      unhealthyPodEvictionPolicy: "AlwaysAllow",
    });
  });

  test("rolling updates never lower capacity", () => {
    expect(deployment(layer).spec.strategy).toEqual({
      type: "RollingUpdate",
      rollingUpdate: { maxSurge: 1, maxUnavailable: 0 },
    });
  });
});

describe.each(SINGLE)("single-replica MLflow in %s", (name) => {
  const layer = clusterLayer(name);

  test("has a fixed count of 1, and no budget, autoscaler or spread constraints", () => {
    expect(platform(name).environment.mlflow.replicas).toBe(1);
    expect(deployment(layer).spec.replicas).toBe(1);
    expect(layer.ofKind("PodDisruptionBudget").filter((b) => b.metadata.namespace === "mlflow")).toEqual([]);
    expect(layer.ofKind("HorizontalPodAutoscaler").filter((h) => h.metadata.namespace === "mlflow")).toEqual(
      [],
    );
    expect(podSpec(layer).topologySpreadConstraints).toBeUndefined();
  });
});

test.each(ENVIRONMENTS)("no PodDisruptionBudget of %s blocks every eviction", (name) => {
  const layer = clusterLayer(name);
  for (const budget of layer.ofKind("PodDisruptionBudget")) {
    expect([budget.metadata.name, budget.spec.maxUnavailable]).not.toEqual([budget.metadata.name, 0]);
    expect([budget.metadata.name, budget.spec.maxUnavailable]).not.toEqual([budget.metadata.name, "0%"]);
    if (budget.spec.minAvailable !== undefined) expect(budget.spec.minAvailable).not.toBe("100%");
  }
  const mlflowBudget = layer.ofKind("PodDisruptionBudget", "mlflow")[0];
  if (mlflowBudget?.spec.minAvailable !== undefined) {
    expect(mlflowBudget.spec.minAvailable).toBeLessThan(platform(name).environment.mlflow.replicas);
  }
});

// ---------------------------------------------------------------------------------------------------------
// Constructs: what they refuse, with the exact message.
// ---------------------------------------------------------------------------------------------------------

const DATABASE = {
  name: "mlflow-db",
  namespace: "mlflow",
  keys: {
    host: "host",
    port: "port",
    username: "username",
    password: "password",
    database: "dbname",
    uri: "uri",
  },
};

/** Matches the whole message, not a part of it. */
const exact = (message: string) => new Error(message);

function render(build: (chart: Chart) => void): Manifest[] {
  const chart = new Chart(Testing.app(), "test");
  build(chart);
  return chart.toJson();
}

describe("PodDisruptionBudget", () => {
  const base: PodDisruptionBudgetProps = {
    namespace: "mlflow",
    name: "mlflow",
    selector: { app: "mlflow" },
    replicas: 2,
  };
  const budget = (props: Partial<PodDisruptionBudgetProps>) =>
    render((chart) => new PodDisruptionBudget(chart, "budget", { ...base, ...props }))[0];

  test("lets one pod go at a time by default, and evicts unhealthy pods", () => {
    expect(budget({}).spec).toEqual({
      maxUnavailable: 1,
      selector: { matchLabels: { app: "mlflow" } },
      unhealthyPodEvictionPolicy: "AlwaysAllow",
    });
  });

  test("accepts a minAvailable that leaves a replica evictable", () => {
    expect(budget({ replicas: 3, minAvailable: 2 }).spec.minAvailable).toBe(2);
    expect(budget({ replicas: 2, minAvailable: "50%" }).spec.minAvailable).toBe("50%");
    expect(budget({ replicas: 4, maxUnavailable: "25%" }).spec.maxUnavailable).toBe("25%");
  });

  test("throws when maxUnavailable is 0", () => {
    expect(() => budget({ maxUnavailable: 0 })).toThrow(
      exact(
        "PodDisruptionBudget mlflow/mlflow: maxUnavailable 0 would block every eviction (node drains and cluster upgrades would hang); expected an integer of at least 1 or a percentage above 0%",
      ),
    );
  });

  test('throws when maxUnavailable is "0%"', () => {
    expect(() => budget({ maxUnavailable: "0%" })).toThrow(
      exact(
        'PodDisruptionBudget mlflow/mlflow: maxUnavailable "0%" would block every eviction (node drains and cluster upgrades would hang); expected an integer of at least 1 or a percentage above 0%',
      ),
    );
  });

  test("throws when minAvailable equals the replicas", () => {
    expect(() => budget({ minAvailable: 2 })).toThrow(
      exact(
        "PodDisruptionBudget mlflow/mlflow: minAvailable 2 keeps 2 of 2 replicas up and would block every eviction; expected at most 1 (replicas - 1), or a percentage that leaves at least one replica evictable",
      ),
    );
  });

  test("throws when a minAvailable percentage rounds up to every replica", () => {
    expect(() => budget({ minAvailable: "60%" })).toThrow(
      exact(
        'PodDisruptionBudget mlflow/mlflow: minAvailable "60%" keeps 2 of 2 replicas up and would block every eviction; expected at most 1 (replicas - 1), or a percentage that leaves at least one replica evictable',
      ),
    );
  });

  test("throws when both budgets are given, or replicas is below 1, or the selector is empty", () => {
    expect(() => budget({ maxUnavailable: 1, minAvailable: 1 })).toThrow(
      exact(
        "PodDisruptionBudget mlflow/mlflow: got maxUnavailable 1 and minAvailable 1; set only one of them",
      ),
    );
    expect(() => budget({ replicas: 0 })).toThrow(
      exact("PodDisruptionBudget mlflow/mlflow: replicas must be an integer of at least 1, got 0"),
    );
    expect(() => budget({ selector: {} })).toThrow(
      exact(
        "PodDisruptionBudget mlflow/mlflow: selector is empty; it would select every pod of the namespace",
      ),
    );
    expect(() => budget({ maxUnavailable: "150%" })).toThrow(
      exact(
        'PodDisruptionBudget mlflow/mlflow: maxUnavailable must be a whole number of pods or a percentage from "0%" to "100%", got "150%"',
      ),
    );
  });
});

describe("MlflowServer", () => {
  const base: MlflowServerProps = {
    namespace: "mlflow",
    serviceAccount: { name: "mlflow" },
    database: DATABASE,
    artifactsDestination: "s3://bucket/mlflow",
    postgresImage: "postgres:16.15-alpine3.24",
  };
  const build = (props: Partial<MlflowServerProps>) =>
    render((chart) => new MlflowServer(chart, "server", { ...base, ...props }));

  test("defaults to one replica with no budget or autoscaler", () => {
    const objects = build({});
    expect(objects.map((object) => object.kind)).toEqual(["ServiceAccount", "Service", "Deployment"]);
    expect(objects[2].spec.replicas).toBe(1);
  });

  test("throws when replicas is below 1", () => {
    expect(() => build({ replicas: 0 })).toThrow(
      exact("MlflowServer mlflow/mlflow: replicas is 0; expected an integer of at least 1"),
    );
  });

  test("throws when maxReplicas is below replicas", () => {
    expect(() => build({ replicas: 3, maxReplicas: 2 })).toThrow(
      exact("MlflowServer mlflow/mlflow: maxReplicas is 2; expected an integer of at least replicas (3)"),
    );
  });

  test("throws when the artifact destination has no scheme", () => {
    expect(() => build({ artifactsDestination: "bucket/mlflow" })).toThrow(
      exact(
        'MlflowServer mlflow/mlflow: artifactsDestination is "bucket/mlflow"; expected a URI with a scheme, such as s3://bucket/mlflow',
      ),
    );
  });

  test("throws when a resource quantity is malformed", () => {
    expect(() => build({ resources: { cpu: "half", memory: "1Gi" } })).toThrow(
      exact(
        'MlflowServer mlflow/mlflow: resources.cpu is "half"; expected a CPU quantity such as "500m" or "2"',
      ),
    );
    expect(() => build({ resources: { cpu: "1", memory: "1GB" } })).toThrow(
      exact(
        'MlflowServer mlflow/mlflow: resources.memory is "1GB"; expected a memory quantity such as "512Mi" or "2Gi"',
      ),
    );
  });

  test("throws when the database wait is too short to mean anything", () => {
    expect(() => build({ databaseWaitTimeout: Duration.seconds(5) })).toThrow(
      exact(
        'MlflowServer mlflow/mlflow: databaseWaitTimeout is "5s"; expected a whole number of seconds, at least 10',
      ),
    );
  });

  test("throws when the database Secret is in another namespace", () => {
    expect(() => build({ database: { ...DATABASE, namespace: "argo" } })).toThrow(
      exact(
        'MlflowServer mlflow/mlflow: database.namespace is "argo"; expected "mlflow": pods read Secrets of their own namespace only',
      ),
    );
  });

  test("doubles the CPU request for the limit, in millicores", () => {
    const limits = (cpu: string) =>
      build({ resources: { cpu, memory: "1Gi" } })[2].spec.template.spec.containers[0].resources.limits;
    expect(limits("250m")).toEqual({ cpu: "500m", memory: "1Gi" });
    expect(limits("1.5")).toEqual({ cpu: "3000m", memory: "1Gi" });
  });
});

describe("ExternalDatabaseSecret", () => {
  const store = { storeName: "store", storeKind: "SecretStore" as const, namespace: "mlflow" };
  const base: ExternalDatabaseSecretProps = {
    namespace: "mlflow",
    name: "mlflow-db",
    secretStore: store,
    remoteSecretName: "mlops-platform-dev-mlflow-db",
    remoteKeys: {
      host: "host",
      port: "port",
      username: "username",
      password: "password",
      database: "dbname",
    },
  };
  const build = (props: Partial<ExternalDatabaseSecretProps>) =>
    render((chart) => new ExternalDatabaseSecret(chart, "secret", { ...base, ...props }));

  test("throws when a namespaced store lives in another namespace", () => {
    expect(() => build({ secretStore: { ...store, namespace: "argo" } })).toThrow(
      exact(
        'ExternalDatabaseSecret mlflow/mlflow-db: secretStore "store" is a SecretStore in namespace "argo"; a namespaced store serves only its own namespace, expected one in "mlflow" or a ClusterSecretStore',
      ),
    );
  });

  test("throws when the sslmode would allow an unencrypted connection", () => {
    expect(() => build({ sslMode: "disable" as never })).toThrow(
      exact(
        'ExternalDatabaseSecret mlflow/mlflow-db: sslMode is "disable"; expected one that requires TLS: "require", "verify-ca", "verify-full"',
      ),
    );
  });

  test("throws when a remote field cannot be read by the template", () => {
    expect(() => build({ remoteKeys: { ...base.remoteKeys, database: "db-name" } })).toThrow(
      exact(
        'ExternalDatabaseSecret mlflow/mlflow-db: remoteKeys.database is "db-name"; expected a field name of letters, digits and underscores, not starting with a digit (the URL template reads it as {{ .db-name }})',
      ),
    );
  });

  test("writes other refresh intervals as Go durations", () => {
    expect(build({ refreshInterval: Duration.minutes(30) })[0].spec.refreshInterval).toBe("30m");
  });
});

describe("secret store providers", () => {
  test("AWS builds a SecretStore; its region is checked", () => {
    expect(() =>
      render(
        (chart) =>
          new AwsSecretsManagerStore(chart, "store", {
            namespace: "mlflow",
            name: "store",
            region: "useast1",
            serviceAccount: "mlflow",
          }),
      ),
    ).toThrow(
      exact(
        'AwsSecretsManagerStore mlflow/store: region is "useast1"; expected an AWS region such as "us-east-1"',
      ),
    );
  });

  test("the chart takes its store from the registry by the contract's cloud", () => {
    const { environment, contract } = platform("dev");
    expect(
      () =>
        new MlflowChart(Testing.app(), "mlflow", {
          environment,
          contract: { ...contract, cloud: "onprem" as never },
        }),
    ).toThrow('no cloud "onprem" is registered (registered: aws, azure, gcp); see constructs/clouds.ts');
  });
});

// ---------------------------------------------------------------------------------------------------------
// The init containers' shell scripts, run by sh against stand-ins for python, mlflow, pg_isready, date, sleep.
// ---------------------------------------------------------------------------------------------------------

describe("init container scripts", () => {
  let bin: string;
  const log = () => readFileSync(join(bin, "log"), "utf8");
  const stub = (name: string, body: string) => {
    writeFileSync(join(bin, name), `#!/bin/sh\n${body}\n`);
    chmodSync(join(bin, name), 0o755);
  };
  const run = (script: string, env: Record<string, string>) =>
    spawnSync("sh", ["-c", script], {
      encoding: "utf8",
      env: { PATH: `${bin}:${process.env.PATH}`, STUBS: bin, ...env },
    });

  beforeEach(() => {
    bin = mkdtempSync(join(tmpdir(), "mlflow-init-"));
    writeFileSync(join(bin, "log"), "");
    // python: answers the table count, or records an initialisation.
    stub(
      "python",
      [
        'case "$2" in',
        // biome-ignore lint/suspicious/noTemplateCurlyInString: a shell parameter expansion, not a template
        '  *get_table_names*) [ -z "${TABLES_FAIL:-}" ] || exit 1; echo "$TABLES" ;;',
        '  *_initialize_tables*) echo "initialize $MLFLOW_BACKEND_STORE_URI" >>"$STUBS/log" ;;',
        "esac",
      ].join("\n"),
    );
    stub("mlflow", 'echo "mlflow $*" >>"$STUBS/log"');
    // date +%s: a clock that moves a minute per call; sleep: returns at once.
    stub(
      "date",
      'n=$(cat "$STUBS/clock" 2>/dev/null || echo 0); echo $((n + 1)) >"$STUBS/clock"; echo $((1000 + 60 * n))',
    );
    stub("sleep", ":");
    // pg_isready: ready from the READY_AFTER-th call on.
    stub(
      "pg_isready",
      'n=$(( $(cat "$STUBS/polls" 2>/dev/null || echo 0) + 1 )); echo $n >"$STUBS/polls"; [ "$n" -ge "$READY_AFTER" ]',
    );
  });
  afterEach(() => rmSync(bin, { recursive: true, force: true }));

  const URI = "postgresql://u:p@db:5432/mlflow?sslmode=require";

  test("db-upgrade migrates an existing schema with mlflow db upgrade", () => {
    const result = run(SCHEMA_SCRIPT, { TABLES: "31", MLFLOW_BACKEND_STORE_URI: URI });
    expect(result.status).toBe(0);
    expect(log()).toBe(`mlflow db upgrade ${URI}\n`);
  });

  test("db-upgrade initialises an empty database instead (mlflow 2.x cannot migrate one)", () => {
    const result = run(SCHEMA_SCRIPT, { TABLES: "0", MLFLOW_BACKEND_STORE_URI: URI });
    expect(result.status).toBe(0);
    expect(log()).toBe(`initialize ${URI}\n`);
  });

  test("db-upgrade fails, touching nothing, when the database cannot be inspected", () => {
    const result = run(SCHEMA_SCRIPT, { TABLES_FAIL: "1", MLFLOW_BACKEND_STORE_URI: URI });
    expect(result.status).not.toBe(0);
    expect(log()).toBe("");
  });

  test("wait-for-postgres returns once pg_isready succeeds", () => {
    const result = run(waitForDatabaseScript(300), { READY_AFTER: "3", PGHOST: "db", PGPORT: "5432" });
    expect(result.status).toBe(0);
    expect(result.stdout).toContain("wait-for-postgres: db:5432 accepts connections");
    expect(readFileSync(join(bin, "polls"), "utf8").trim()).toBe("3");
  });

  test("wait-for-postgres gives up at its deadline with exit 1 and says why", () => {
    const result = run(waitForDatabaseScript(300), { READY_AFTER: "1000", PGHOST: "db", PGPORT: "5432" });
    expect(result.status).toBe(1);
    expect(result.stderr).toBe("wait-for-postgres: db:5432 did not accept connections within 300 seconds\n");
    // Polled at minutes 0 to 4 of the stand-in clock; at minute 5 the 300 seconds are up.
    expect(readFileSync(join(bin, "polls"), "utf8").trim()).toBe("5");
  });
});
