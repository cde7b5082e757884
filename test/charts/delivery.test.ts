/**
 * From the synthesized output alone: the bootstrap's root Application, the Applications it syncs (the
 * `gitops` file), in wave order, and what each one brings, checked against what the platform's objects
 * need before they can be applied (their CRDs, their namespaces) and what the runbooks look for.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Testing } from "cdk8s";
import { RootChart } from "../../charts/bootstrap";
import { loadEnvironments } from "../../config";
import { ENVIRONMENT_SPECS } from "../../config/environments";
import { SYNC_WAVES } from "../../constructs/k8s/add-ons/helm-add-on";
import { clusterLayer, type Manifest } from "../support/cluster-layer";
import { crdAvailability, upstreamCrdKinds } from "../support/shared-data";
import { TEST_TODAY } from "../support/test-today";
import { describeIf } from "../support/tool-availability";

const ENVIRONMENTS = ENVIRONMENT_SPECS.map((spec) => spec.name);

function rootOf(name: string): Manifest[] {
  const platform = loadEnvironments(ENVIRONMENT_SPECS, {}, { today: TEST_TODAY }).find(
    ({ environment }) => environment.name === name,
  );
  if (!platform) throw new Error(`no environment ${name}`);
  return new RootChart(Testing.app(), "root", platform.environment).toJson();
}

function wave(application: Manifest): number {
  return Number(application.metadata.annotations?.["argocd.argoproj.io/sync-wave"] ?? 0);
}

/** `group/Kind` of a manifest ("" group for the core API). */
function kindOf(manifest: Manifest): string {
  const apiVersion = String(manifest.apiVersion);
  return `${apiVersion.includes("/") ? apiVersion.split("/")[0] : ""}/${manifest.kind}`;
}

/** Kinds of the Kubernetes API itself (core, apps, policy, *.k8s.io, ...): no CRD needed. */
function isBuiltIn(kind: string): boolean {
  const group = kind.split("/")[0] as string;
  return !group.includes(".") || group.endsWith(".k8s.io");
}

/** What an Application brings: the kinds whose CRDs it installs and the namespace it creates. */
interface Delivery {
  readonly application: Manifest;
  readonly wave: number;
  /** The platform's objects it applies (none for an add-on: those come from its chart). */
  readonly objects: readonly Manifest[];
  readonly crds: readonly string[];
  readonly namespaces: readonly string[];
}

/**
 * CRDs the shared set lacks, with the upstream project whose chart installs them: the Knative Operator's
 * (its chart carries the operator's CRDs; test/schemas/README.md names the file and tag).
 */
const OTHER_UPSTREAM_KINDS: Readonly<Record<string, string>> = {
  "operator.knative.dev/KnativeServing": "knative-operator",
};

let upstreamKinds: Map<string, string> | undefined;

/** The kinds whose CRDs a chart installs, by the upstream CRD files of its project. */
function crdsOfChart(chart: string): string[] {
  upstreamKinds ??= new Map([...upstreamCrdKinds(), ...Object.entries(OTHER_UPSTREAM_KINDS)]);
  return [...upstreamKinds].filter(([, project]) => CRD_CHARTS[project] === chart).map(([kind]) => kind);
}

/** The environment's deliveries, walked from the root Application through the file it syncs. */
function deliveries(name: string): Delivery[] {
  const layer = clusterLayer(name);
  const [root] = rootOf(name).filter((manifest) => manifest.kind === "Application");
  const synced = layer.chart(String(root.spec.source.directory.include).replace(/\.k8s\.yaml$/, ""));
  return synced
    .filter((manifest) => manifest.kind === "Application")
    .map((application) => {
      const file = application.spec.source.directory?.include as string | undefined;
      const objects = file ? layer.chart(file.replace(/\.k8s\.yaml$/, "")) : [];
      const createsNamespace = (application.spec.syncPolicy.syncOptions as string[]).includes(
        "CreateNamespace=true",
      );
      return {
        application,
        wave: wave(application),
        objects,
        // Read from the upstream CRD files only when asked (the suite that needs them may be skipped).
        get crds() {
          return file ? [] : crdsOfChart(application.spec.source.chart);
        },
        namespaces: [
          ...objects.filter((object) => object.kind === "Namespace").map((object) => object.metadata.name),
          ...(createsNamespace ? [application.spec.destination.namespace] : []),
        ],
      };
    })
    .sort(
      (a, b) => a.wave - b.wave || a.application.metadata.name.localeCompare(b.application.metadata.name),
    );
}

/**
 * Which chart installs the CRDs of each upstream project (../shared/crds/<project>): the project's CRD
 * chart where it has one, else its controller's chart.
 */
const CRD_CHARTS: Readonly<Record<string, string>> = {
  "argo-cd": "argo-cd",
  "argo-workflows": "argo-workflows",
  "cert-manager": "cert-manager",
  "external-secrets": "external-secrets",
  karpenter: "karpenter-crd",
  keda: "keda",
  kserve: "kserve-crd",
  "prometheus-operator": "kube-prometheus-stack",
  velero: "velero",
  "knative-operator": "knative-operator",
};

describe("delivery from an empty cluster: the root Application and its waves", () => {
  test.each(ENVIRONMENTS)(
    "%s: the bootstrap's root syncs the gitops file of the environment's folder",
    (name) => {
      const layer = clusterLayer(name);
      const root = rootOf(name).find((manifest) => manifest.kind === "Application");
      const gitopsApplications = layer.chart("gitops").filter((manifest) => manifest.kind === "Application");
      expect(root.spec.source).toEqual({
        repoURL: gitopsApplications[0].spec.source.repoURL ?? root.spec.source.repoURL,
        targetRevision: root.spec.source.targetRevision,
        path: `dist/${name}`,
        directory: { include: "gitops.k8s.yaml" },
      });
      expect(root.spec.syncPolicy.automated).toEqual({ prune: true, selfHeal: true });
      // The root's project is the one in the gitops file, which the root then keeps.
      const rootProject = rootOf(name).find((manifest) => manifest.kind === "AppProject");
      expect(layer.one("AppProject", rootProject.metadata.name)).toEqual(rootProject);
    },
  );

  test.each(ENVIRONMENTS)("%s: every namespace exists by the wave that deploys into it", (name) => {
    const all = deliveries(name);
    const namespaceWave = new Map<string, number>([["argocd", -1]]); // the bootstrap's
    for (const delivery of all) {
      for (const namespace of delivery.namespaces) {
        namespaceWave.set(namespace, Math.min(namespaceWave.get(namespace) ?? Infinity, delivery.wave));
      }
    }
    const problems: string[] = [];
    for (const delivery of all) {
      const targets = new Set<string>([
        delivery.application.spec.destination.namespace,
        ...delivery.objects.flatMap((object) =>
          object.metadata.namespace ? [object.metadata.namespace] : [],
        ),
      ]);
      for (const namespace of targets) {
        const created = namespaceWave.get(namespace);
        // Its own Namespace objects come first inside one Application (wave -1 within it).
        const own = delivery.namespaces.includes(namespace);
        if (
          created === undefined ||
          (created > delivery.wave && !own) ||
          (created === delivery.wave && !own && created > 0)
        ) {
          problems.push(
            `${delivery.application.metadata.name} (wave ${delivery.wave}) deploys into ${namespace}, ${created === undefined ? "which nothing creates" : `created in wave ${created}`}`,
          );
        }
      }
    }
    expect(problems).toEqual([]);
  });

  test.each(ENVIRONMENTS)("%s: the waves: foundations, controllers, runtimes, then the platform", (name) => {
    const byName = new Map(
      deliveries(name).map((delivery) => [delivery.application.metadata.name, delivery.wave]),
    );
    expect(byName.get("add-on-cert-manager")).toBe(SYNC_WAVES.foundations);
    expect(byName.get("add-on-kserve-crd")).toBe(SYNC_WAVES.foundations);
    expect(byName.get("mlops-platform-platform-baseline")).toBe(SYNC_WAVES.foundations);
    for (const controller of [
      "external-secrets",
      "kube-prometheus-stack",
      "kserve-resources",
      "argo-workflows",
    ])
      expect(byName.get(`add-on-${controller}`)).toBe(SYNC_WAVES.controllers);
    expect(byName.get("add-on-kserve-runtime-configs")).toBe(SYNC_WAVES.runtimes);
    for (const chart of [
      "mlflow",
      "postgres-backup",
      "model-serving",
      "training-pipelines",
      "gpu-capacity",
      "alerts",
    ])
      expect(byName.get(`mlops-platform-${chart}`)).toBe(SYNC_WAVES.platform);
  });

  test.each(ENVIRONMENTS)("%s: what the runbooks look for is there", (name) => {
    const addOns = new Map(
      deliveries(name)
        .filter((delivery) => delivery.application.spec.source.chart !== undefined)
        .map((delivery) => [delivery.application.spec.source.chart, delivery.application.spec]),
    );
    const release = (chart: string) => ({
      namespace: addOns.get(chart)?.destination.namespace,
      release: addOns.get(chart)?.source.helm.releaseName,
    });
    // kubectl logs -n argocd -l app.kubernetes.io/name=argocd-server; svc/argocd-server
    expect(release("argo-cd")).toEqual({ namespace: "argocd", release: "argocd" });
    // svc/prometheus-grafana, svc/prometheus-kube-prometheus-prometheus in monitoring
    expect(release("kube-prometheus-stack")).toEqual({ namespace: "monitoring", release: "prometheus" });
    // deployment argo-workflows-workflow-controller -n argo, -l app=workflow-controller
    expect(release("argo-workflows")).toEqual({ namespace: "argo", release: "argo-workflows" });
  });

  test.each(ENVIRONMENTS)(
    "%s: the Grafana Secret and Service the runbooks name are the release's, the ones ArgoCD leaves alone",
    (name) => {
      const runbook = readFileSync(join(__dirname, "../../docs/runbooks.md"), "utf8");
      const secrets = [...runbook.matchAll(/kubectl get secret -n (\S+) (\S+) /g)].map((match) => [
        match[1],
        match[2],
      ]);
      const services = [...runbook.matchAll(/kubectl port-forward -n (\S+) svc\/(\S*grafana\S*) /g)].map(
        (match) => [match[1], match[2]],
      );
      const application = clusterLayer(name).one("Application", "add-on-kube-prometheus-stack");
      const grafana = `${application.spec.source.helm.releaseName}-grafana`;
      const namespace = application.spec.destination.namespace;
      expect(secrets).toContainEqual([namespace, grafana]);
      expect(services).toEqual([[namespace, grafana]]);
      const ignored = (application.spec.ignoreDifferences as Manifest[]).map((entry) => [
        entry.kind,
        entry.namespace,
        entry.name,
      ]);
      expect(ignored).toEqual([
        ["Secret", namespace, grafana],
        ["Deployment", namespace, grafana],
      ]);
    },
  );

  test.each(ENVIRONMENTS)(
    "%s: the restore procedure pauses the root before the Application it manages",
    (name) => {
      const runbook = readFileSync(join(__dirname, "../../docs/runbooks.md"), "utf8");
      const paused = [...runbook.matchAll(/argocd app set (\S+) --sync-policy none/g)].map(
        (match) => match[1],
      );
      const [root] = rootOf(name).filter((manifest) => manifest.kind === "Application");
      const children = deliveries(name).map((delivery) => delivery.application.metadata.name);
      expect(paused[0]).toBe(root.metadata.name);
      // A child paused while its self-healing root still syncs gets its automated policy back at once.
      for (const application of paused.slice(1)) expect(children).toContain(application);
      expect(root.spec.syncPolicy.automated.selfHeal).toBe(true);
      expect(paused.length).toBeGreaterThan(1);
    },
  );

  test.each(ENVIRONMENTS)("%s: ArgoCD waits on each child's health, so the waves hold", (name) => {
    const argoCd = deliveries(name).find(
      (delivery) => delivery.application.metadata.name === "add-on-argo-cd",
    );
    const health =
      argoCd?.application.spec.source.helm.valuesObject.configs.cm[
        "resource.customizations.health.argoproj.io_Application"
      ];
    expect(health).toContain("obj.status.health.status");
    expect(health).toContain('obj.status.sync.status ~= "Synced"');
  });
});

describeIf(crdAvailability(), { failUnderCi: true })("delivery order against the upstream CRDs", () => {
  test.each(ENVIRONMENTS)("%s: every custom object's CRD comes in an earlier wave", (name) => {
    const all = deliveries(name);
    const crdWave = new Map<string, number>();
    for (const delivery of all) for (const crd of delivery.crds) crdWave.set(crd, delivery.wave);
    const problems: string[] = [];
    for (const delivery of all) {
      for (const object of delivery.objects) {
        const kind = kindOf(object);
        if (isBuiltIn(kind)) continue;
        const provided = crdWave.get(kind);
        if (provided === undefined || provided >= delivery.wave) {
          problems.push(
            `${delivery.application.metadata.name} (wave ${delivery.wave}): ${kind} ${object.metadata.name} needs its CRD ${provided === undefined ? "from no add-on" : `from wave ${provided}`}`,
          );
        }
      }
    }
    expect(problems).toEqual([]);
  });
});
