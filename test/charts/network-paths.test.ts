/**
 * Every connection the platform's workloads make, walked through the synthesized NetworkPolicies: the
 * pods the platform runs (MLflow, backups, the database probe, served models, training steps) and the
 * ones it expects in its namespaces (Argo Workflows' controller and server), each with every peer it must
 * reach or be reached by. A connection that no policy path allows is a workload that breaks on day one
 * once the CNI enforces the namespaces' default deny.
 */
import { ARGO_WORKFLOWS, MLFLOW_SERVICE, MONITORING } from "../../charts/chart-props";
import { loadEnvironments } from "../../config";
import { ENVIRONMENT_SPECS } from "../../config/environments";
import { POSTGRES_EXPORTER_PORT } from "../../constructs/k8s/postgres-exporter";
import { clusterLayer, type Manifest } from "../support/cluster-layer";
import { type Connection, type Destination, NetworkPolicies, type Pod } from "../support/network-policy";

/** A host address inside a CIDR ("10.30.192.0/24" -> "10.30.192.10"). */
function hostIn(cidr: string): string {
  const [address] = cidr.split("/");
  const octets = (address as string).split(".").map(Number);
  octets[3] = (octets[3] as number) + 10;
  return octets.join(".");
}

/** Public endpoints reached through NAT (any public address stands for them). */
const OBJECT_STORE: Destination = { kind: "address", ip: "52.216.8.10", what: "object store" };
const TOKEN_SERVICE: Destination = { kind: "address", ip: "54.239.28.85", what: "cloud token service" };
const DATASET_HOST: Destination = { kind: "address", ip: "151.101.1.69", what: "https dataset host" };

const pod = (namespace: string, labels: Record<string, string>): Pod => ({ namespace, labels });
const to = (target: Pod): Destination => ({ kind: "pod", ...target });

interface Path {
  readonly who: string;
  readonly from: Pod;
  readonly connection: Connection;
}

function podTemplateLabels(manifest: Manifest): Record<string, string> {
  const template =
    manifest.kind === "CronJob" ? manifest.spec.jobTemplate.spec.template : manifest.spec.template;
  return template.metadata.labels;
}

/** Every connection of every workload of one environment. */
function pathsOf(environment: string): Path[] {
  const layer = clusterLayer(environment);
  const platform = loadEnvironments().find((candidate) => candidate.environment.name === environment);
  if (!platform) throw new Error(`no environment ${environment}`);
  const { contract } = platform;
  const database: Destination = {
    kind: "address",
    ip: hostIn(contract.network.databaseSubnetCidrs[0] as string),
    what: "database",
  };
  const apiServer: Destination = {
    kind: "address",
    ip: (contract.network.apiServer.cidrs[0] as string).split("/")[0] as string,
    what: "Kubernetes API server",
  };
  const apiPort = contract.network.apiServer.port;
  // Where the cloud hands out credentials when not over public HTTPS (GKE's metadata server, and the node
  // address Dataplane V2 translates it to): every cidr on every port it names.
  const credentialEndpoints = (contract.network.credentialEndpoints?.cidrs ?? []).flatMap((cidr) =>
    (contract.network.credentialEndpoints?.ports ?? []).map((port) => ({
      ip: cidr.endsWith("/32") ? (cidr.split("/")[0] as string) : hostIn(cidr),
      port,
    })),
  );

  const mlflow = pod("mlflow", podTemplateLabels(layer.one("Deployment", MLFLOW_SERVICE.name)));
  const backup = pod("mlflow", podTemplateLabels(layer.one("CronJob", "postgres-backup")));
  const restore = pod("mlflow", podTemplateLabels(layer.one("CronJob", "postgres-restore")));
  const exporter = pod("mlflow", podTemplateLabels(layer.one("Deployment", "postgres-exporter")));
  const template = layer.one("WorkflowTemplate", "ml-training-pipeline");
  // Argo adds its own labels to every step pod; the template's podMetadata labels are the platform's.
  const trainingStep = pod("argo", {
    ...template.spec.podMetadata.labels,
    "workflows.argoproj.io/workflow": "ml-training-pipeline-x7k2p",
    "workflows.argoproj.io/completed": "false",
  });
  const controller = pod(ARGO_WORKFLOWS.namespace, {
    ...ARGO_WORKFLOWS.controllerPodLabels,
    "app.kubernetes.io/name": "argo-workflows-workflow-controller",
    "app.kubernetes.io/instance": "argo-workflows",
  });
  const argoServer = pod(ARGO_WORKFLOWS.namespace, {
    ...ARGO_WORKFLOWS.serverPodLabels,
    "app.kubernetes.io/name": "argo-workflows-server",
  });
  const prometheus = pod(MONITORING.namespace, {
    ...MONITORING.prometheusPodLabels,
    prometheus: "prometheus-kube-prometheus-prometheus",
  });
  const ingressController = pod("ingress-nginx", { "app.kubernetes.io/name": "ingress-nginx" });
  const gateway = pod("istio-system", { app: "istio-ingressgateway", istio: "ingressgateway" });
  const activator = pod("knative-serving", { app: "activator" });
  const dns = pod("kube-system", { "k8s-app": "kube-dns" });

  const paths: Path[] = [];
  const add = (who: string, from: Pod, target: Destination, port: number, protocol?: "UDP") =>
    paths.push({ who, from, connection: { to: target, port, ...(protocol && { protocol }) } });
  const addCredentials = (who: string, from: Pod) => {
    for (const { ip, port } of credentialEndpoints)
      add(
        `${who}: credentials at ${ip}:${port}`,
        from,
        { kind: "address", ip, what: "credential endpoint" },
        port,
      );
  };

  add("MLflow: database", mlflow, database, contract.database.port);
  add("MLflow: artifact store", mlflow, OBJECT_STORE, 443);
  add("MLflow: cloud identity", mlflow, TOKEN_SERVICE, 443);
  addCredentials("MLflow", mlflow);
  for (const [who, job] of [
    ["backup", backup],
    ["restore", restore],
  ] as const) {
    add(`${who}: database`, job, database, contract.database.port);
    add(`${who}: artifact store`, job, OBJECT_STORE, 443);
    add(`${who}: cloud identity`, job, TOKEN_SERVICE, 443);
    addCredentials(who, job);
  }
  add("postgres-exporter: database", exporter, database, contract.database.port);
  add("Prometheus: postgres-exporter", prometheus, to(exporter), POSTGRES_EXPORTER_PORT);
  add("Prometheus: MLflow /metrics", prometheus, to(mlflow), MLFLOW_SERVICE.port);
  add("ingress controller: MLflow", ingressController, to(mlflow), MLFLOW_SERVICE.port);

  add("training step: MLflow", trainingStep, to(mlflow), MLFLOW_SERVICE.port);
  add("training step: artifact store", trainingStep, OBJECT_STORE, 443);
  add("training step: cloud identity", trainingStep, TOKEN_SERVICE, 443);
  addCredentials("training step", trainingStep);
  add("training step: https dataset", trainingStep, DATASET_HOST, 443);
  add("training step executor: API server", trainingStep, apiServer, apiPort);
  add("Argo controller: API server", controller, apiServer, apiPort);
  add("Prometheus: Argo controller metrics", prometheus, to(controller), ARGO_WORKFLOWS.metricsPort);
  add("argo-server: API server", argoServer, apiServer, apiPort);

  for (const service of layer.ofKind("InferenceService")) {
    const name = service.metadata.name;
    const predictor = pod("mlops", {
      ...service.metadata.labels,
      "serving.kserve.io/inferenceservice": name,
      component: "predictor",
    });
    const knative = service.metadata.annotations["serving.kserve.io/deploymentMode"] === "Knative";
    add(`${name}: storage initializer downloads the model`, predictor, OBJECT_STORE, 443);
    add(`${name}: cloud identity`, predictor, TOKEN_SERVICE, 443);
    addCredentials(name, predictor);
    add(`Prometheus: ${name} model server`, prometheus, to(predictor), 8080);
    if (knative) {
      add(`gateway: ${name} queue-proxy`, gateway, to(predictor), 8012);
      add(`activator: ${name} queue-proxy`, activator, to(predictor), 8012);
      add(`autoscaler metrics: ${name}`, activator, to(predictor), 9090);
      add(`Prometheus: ${name} queue-proxy`, prometheus, to(predictor), 9091);
    } else {
      add(`gateway: ${name} model server`, gateway, to(predictor), 8080);
    }
  }

  // Every pod in the platform's namespaces resolves names.
  const everyPod = [mlflow, backup, restore, exporter, trainingStep, controller, argoServer];
  for (const source of everyPod) {
    add(`${JSON.stringify(source.labels)}: DNS`, source, to(dns), 53, "UDP");
    add(`${JSON.stringify(source.labels)}: DNS over TCP`, source, to(dns), 53);
  }
  return paths;
}

describe.each(ENVIRONMENT_SPECS.map((spec) => spec.name))("network paths of %s", (environment) => {
  const policies = new NetworkPolicies(clusterLayer(environment).all);
  const paths = pathsOf(environment);

  test("every connection a workload needs has a policy path", () => {
    const refused = paths
      .map(({ who, from, connection }) => {
        const refusal = policies.refusal(from, connection);
        return refusal && `${who}: ${refusal}`;
      })
      .filter((line) => line !== undefined);
    expect(refused).toEqual([]);
  });
});

describe("the policies stay closed", () => {
  const layer = clusterLayer("prod");
  const policies = new NetworkPolicies(layer.all);
  const contract = loadEnvironments().find((candidate) => candidate.environment.name === "prod")?.contract;
  const database: Destination = {
    kind: "address",
    ip: hostIn(contract?.network.databaseSubnetCidrs[0] as string),
    what: "database",
  };
  const trainingStep = pod("argo", { app: "ml-training-pipeline" });
  const controller = pod("argo", { app: "workflow-controller" });
  const predictor = pod("mlops", {
    "serving.kserve.io/inferenceservice": "demand-forecast",
    component: "predictor",
  });
  const mlflow = pod("mlflow", podTemplateLabels(layer.one("Deployment", "mlflow")));

  test("training steps cannot reach the database, models cannot call MLflow's neighbours", () => {
    expect(policies.refusal(trainingStep, { to: database, port: 5432 })).toMatch(
      /^egress from argo\/\{app=ml-training-pipeline\} to database \(.+\):5432\/TCP matches no rule of argo\/default-deny-all/,
    );
    expect(policies.refusal(predictor, { to: database, port: 5432 })).toBeDefined();
    expect(policies.refusal(controller, { to: { kind: "pod", ...mlflow }, port: 5000 })).toBeDefined();
  });

  test("a pod the platform does not know is denied everything but DNS", () => {
    const stranger = pod("argo", { app: "something-else" });
    expect(
      policies.refusal(stranger, { to: { kind: "address", ip: "52.216.8.10", what: "x" }, port: 443 }),
    ).toBe(
      "egress from argo/{app=something-else} to x (52.216.8.10):443/TCP matches no rule of argo/default-deny-all, argo/allow-dns",
    );
    expect(
      policies.refusal(stranger, {
        to: { kind: "pod", namespace: "kube-system", labels: { "k8s-app": "kube-dns" } },
        port: 53,
        protocol: "UDP",
      }),
    ).toBeUndefined();
  });

  test("Argo's controller is unreachable but for Prometheus on its metrics port", () => {
    const gateway = pod("istio-system", { app: "istio-ingressgateway" });
    expect(policies.refusal(gateway, { to: { kind: "pod", ...controller }, port: 9090 })).toBe(
      "ingress to argo/{app=workflow-controller}:9090/TCP from istio-system/{app=istio-ingressgateway} matches no rule of argo/default-deny-all, argo/argo-workflows-workflow-controller-allow",
    );
  });
});

describe("credential endpoints", () => {
  test("GCP workloads reach the GKE metadata server and its node address; AWS names none", () => {
    const contracts = new Map(
      loadEnvironments().map(({ environment, contract }) => [environment.name, contract]),
    );
    expect(contracts.get("gcp-prod")?.network.credentialEndpoints).toEqual({
      cidrs: ["169.254.169.254/32", "10.61.128.0/19"],
      ports: [80, 988],
    });
    expect(contracts.get("prod")?.network.credentialEndpoints).toBeUndefined();
    const policies = new NetworkPolicies(clusterLayer("gcp-prod").all);
    const node = { kind: "address", ip: "10.61.128.10", what: "node" } as const;
    const stranger = pod("mlflow", { app: "something-else" });
    expect(policies.refusal(stranger, { to: node, port: 988 })).toBeDefined();
  });
});
