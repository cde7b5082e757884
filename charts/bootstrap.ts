import { join } from "node:path";
import { App, Chart, Yaml, YamlOutputType } from "cdk8s";
import * as k8s from "cdk8s-plus-28/lib/imports/k8s";
import type { Construct } from "constructs";
import type { Environment } from "../config/environment-spec";
import { ArgoCdApplication } from "../constructs/k8s/argocd-application";
import { RESTRICTED_NAMESPACE_LABELS } from "../constructs/k8s/platform-namespace";
import { ARGO_CD, argoCdValues, PLATFORM_CHARTS } from "./add-ons/platform-add-ons";
import { addRootProject, GITOPS_PROJECTS, ROOT_APPLICATION } from "./gitops-chart";
import type { OutputFiles } from "./output-files";

/** The folder, inside an environment's output, of what is applied once to a new cluster. */
export const BOOTSTRAP_FOLDER = "bootstrap";

/** The one command that takes an empty cluster to ArgoCD syncing the environment (README, bootstrap). */
export function bootstrapCommand(environment: string): string {
  return `sh dist/${environment}/${BOOTSTRAP_FOLDER}/bootstrap.sh`;
}

/** ArgoCD's namespace, at the restricted Pod Security level its chart's pods meet. */
export class ArgoCdNamespaceChart extends Chart {
  constructor(scope: Construct, id: string) {
    super(scope, id, { disableResourceNameHashes: true });
    new k8s.KubeNamespace(this, "argocd-namespace", {
      metadata: { name: ARGO_CD.namespace, labels: { ...RESTRICTED_NAMESPACE_LABELS } },
    });
  }
}

/**
 * The root of an environment's delivery: the root Application with its project, which syncs the `gitops`
 * chart's file and through it every add-on and chart, in waves.
 */
export class RootChart extends Chart {
  constructor(scope: Construct, id: string, environment: Environment) {
    super(scope, id, { disableResourceNameHashes: true });
    addRootProject(this, environment);
    new ArgoCdApplication(this, "root", {
      name: ROOT_APPLICATION.name,
      project: GITOPS_PROJECTS.root,
      repositoryUrl: environment.gitops.repositoryUrl,
      revision: environment.gitops.revision,
      path: environment.gitops.path,
      file: ROOT_APPLICATION.file,
      destinationNamespace: ARGO_CD.namespace,
    });
  }
}

/**
 * Writes `<outdir>/bootstrap/`: ArgoCD's namespace, the root chart, ArgoCD's values (the same its own Application sets later)
 * and `bootstrap.sh`, which installs ArgoCD from its pinned chart and applies the root. After it, everything,
 * ArgoCD included, comes from Git; the script is safe to run again (helm upgrade --install, server-side
 * apply), and a recovery environment is bootstrapped the same way.
 */
export function writeBootstrap(outdir: string, environment: Environment, files: OutputFiles): void {
  const folder = join(outdir, BOOTSTRAP_FOLDER);
  const app = new App({
    outdir: folder,
    outputFileExtension: ".k8s.yaml",
    yamlOutputType: YamlOutputType.FILE_PER_CHART,
  });
  new ArgoCdNamespaceChart(app, "namespace");
  new RootChart(app, "root", environment);
  files.collectingYaml(() => app.synth());
  files.add(join(folder, "argocd-values.yaml"), Yaml.stringify(argoCdValues()));
  const chart = PLATFORM_CHARTS.argoCd;
  files.add(
    join(folder, "bootstrap.sh"),
    `#!/bin/sh
# Takes a new, empty cluster of environment "${environment.name}" to ArgoCD syncing it from Git:
# ArgoCD from its pinned chart with the platform's values, then the root Application. From then on
# ArgoCD manages everything, itself included. Run once, with kubectl and helm pointed at the cluster.
set -eu
cd "$(dirname "$0")"
kubectl apply --server-side -f namespace.k8s.yaml
helm upgrade --install ${ARGO_CD.releaseName} ${chart.chart} --repo ${chart.repoUrl} --version ${chart.version} \\
  --namespace ${ARGO_CD.namespace} --values argocd-values.yaml --wait --timeout 10m
kubectl apply --server-side -f root.k8s.yaml
`,
    0o755,
  );
}
