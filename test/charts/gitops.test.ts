import { Testing } from "cdk8s";
import { ENVIRONMENT_SPECS } from "../../config/environments";
import { ArgoCdApplication } from "../../constructs/k8s/argocd-application";
import { ArgoCdProject } from "../../constructs/k8s/argocd-project";
import { argoCdRefusals } from "../support/argocd-permissions";
import { clusterLayer } from "../support/cluster-layer";
import { problemsOf } from "../support/spec-problems";

/** The Applications that deliver a chart file of the environment's folder (the others are add-ons). */
function chartApplications(layer: ReturnType<typeof clusterLayer>) {
  return layer.ofKind("Application").filter((application) => application.spec.source.directory !== undefined);
}

describe("GitOps delivery", () => {
  const layer = clusterLayer("prod");
  const applications = chartApplications(layer);
  const charts = [...layer.charts.keys()].filter((chart) => chart !== "gitops");

  test("one auto-syncing, self-healing, pruning application per chart file of the environment's folder", () => {
    expect(applications.map((application) => application.spec.source.directory.include).sort()).toEqual(
      charts.map((chart) => `${chart}.k8s.yaml`).sort(),
    );
    for (const application of applications) {
      expect(application.spec.source).toMatchObject({
        repoURL: "https://github.com/mlops-platform/mlops-platform.git",
        targetRevision: "main",
        path: "dist/prod",
      });
      expect(application.spec.syncPolicy.automated).toEqual({ prune: true, selfHeal: true });
      expect(application.spec.project).toBe("mlops-platform");
      expect(application.metadata.finalizers).toBeUndefined();
    }
  });

  test.each(ENVIRONMENT_SPECS.map((spec) => spec.name))(
    "%s: Argo CD accepts every application and every object it delivers under the project",
    (environment) => {
      const environmentLayer = clusterLayer(environment);
      const project = environmentLayer.one("AppProject", "mlops-platform");
      const refusals = chartApplications(environmentLayer).flatMap((application) => {
        const chart = String(application.spec.source.directory.include).replace(/\.k8s\.yaml$/, "");
        return argoCdRefusals(project, application, environmentLayer.chart(chart));
      });
      expect(refusals).toEqual([]);
    },
  );

  test("an application without a destination namespace is refused by the project", () => {
    const project = layer.one("AppProject", "mlops-platform");
    const application = structuredClone(applications[0]);
    delete application.spec.destination.namespace;
    expect(argoCdRefusals(project, application, [])).toEqual([
      `${application.metadata.name}: application destination {https://kubernetes.default.svc } do not match any of the allowed destinations in project mlops-platform`,
    ]);
  });

  test("ArgoCD leaves the canary share of an InferenceService to the operator, and only that", () => {
    const serving = applications.find(
      (application) => application.metadata.name === "mlops-platform-model-serving",
    );
    expect(serving.spec.ignoreDifferences).toEqual([
      {
        group: "serving.kserve.io",
        kind: "InferenceService",
        jsonPointers: ["/spec/predictor/canaryTrafficPercent"],
      },
    ]);
    expect(serving.spec.syncPolicy.syncOptions).toContain("RespectIgnoreDifferences=true");
    const others = applications.filter((application) => application !== serving);
    for (const application of others) expect(application.spec.ignoreDifferences).toBeUndefined();
  });

  test("inside the baseline's application, the namespaces come first", () => {
    for (const namespace of layer.ofKind("Namespace")) {
      expect(namespace.metadata.annotations["argocd.argoproj.io/sync-wave"]).toBe("-1");
    }
  });

  test("the project allows only the repository, the namespaces and the cluster-scoped kinds the charts use", () => {
    const project = layer.one("AppProject", "mlops-platform");
    expect(project.spec.sourceRepos).toEqual(["https://github.com/mlops-platform/mlops-platform.git"]);
    const usedNamespaces = new Set(
      layer.all
        .filter(
          (manifest) =>
            manifest.metadata.namespace &&
            manifest.kind !== "Application" &&
            manifest.kind !== "AppProject" &&
            manifest.metadata.namespace !== "argocd",
        )
        .map((manifest) => manifest.metadata.namespace),
    );
    expect(
      project.spec.destinations.map((destination: { namespace: string }) => destination.namespace),
    ).toEqual([...usedNamespaces].sort());
    expect(project.spec.clusterResourceWhitelist).toContainEqual({ group: "", kind: "Namespace" });
  });

  test("the repository, revision and folder come from the environment spec", () => {
    const specs = ENVIRONMENT_SPECS.map((spec) =>
      spec.name === "dev"
        ? {
            ...spec,
            gitops: {
              repositoryUrl: "git@example.com:acme/platform-gitops.git",
              revision: "release",
              path: "clusters/dev",
            },
          }
        : spec,
    );
    const application = chartApplications(clusterLayer("dev", specs))[0];
    expect(application.spec.source).toMatchObject({
      repoURL: "git@example.com:acme/platform-gitops.git",
      targetRevision: "release",
      path: "clusters/dev",
    });
  });

  test("throws when the GitOps folder escapes the repository", () => {
    expect(problemsOf([{ ...ENVIRONMENT_SPECS[0], gitops: { path: "../elsewhere" } } as never])).toEqual([
      'environment "dev", field gitops.path: got "../elsewhere"; expected a relative folder in the repository, such as "dist/prod"',
    ]);
  });

  test("throws when an application would deliver something other than one file of its folder", () => {
    const chart = Testing.chart();
    expect(
      () =>
        new ArgoCdApplication(chart, "app", {
          name: "x",
          project: "p",
          repositoryUrl: "https://r",
          revision: "main",
          path: "dist/dev",
          file: "../x.yaml",
          destinationNamespace: "mlflow",
          wave: 3,
        }),
    ).toThrow('ArgoCdApplication x: file is "../x.yaml"; expected a YAML file name inside path');
    expect(
      () =>
        new ArgoCdApplication(chart, "app-without-namespace", {
          name: "y",
          project: "p",
          repositoryUrl: "https://r",
          revision: "main",
          path: "dist/dev",
          file: "y.yaml",
          destinationNamespace: "",
        }),
    ).toThrow('ArgoCdApplication y: destinationNamespace is ""; expected a namespace name (RFC 1123 label)');
    expect(
      () =>
        new ArgoCdProject(chart, "project", {
          name: "p",
          description: "",
          repositoryUrls: ["https://r"],
          namespaces: [],
          clusterKinds: [],
        }),
    ).toThrow("ArgoCdProject p: namespaces is empty; expected the namespaces its applications deploy into");
  });
});
