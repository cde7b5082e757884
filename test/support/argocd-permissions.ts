import type { Manifest } from "./cluster-layer";

/**
 * What Argo CD checks before it syncs an application of a project, as the tests need it: the
 * destination (server and namespace) must match one of the project's destinations, every namespaced
 * object must land in a permitted namespace, and every cluster-scoped kind must be whitelisted. An empty
 * destination namespace is matched like any other value (Argo CD 3.x), so it fails a project that lists
 * only named namespaces.
 */
export function argoCdRefusals(
  project: Manifest,
  application: Manifest,
  objects: readonly Manifest[],
): string[] {
  const refusals: string[] = [];
  const destinations: { server?: string; namespace?: string }[] = project.spec.destinations ?? [];
  const permitted = (server: string, namespace: string) =>
    destinations.some(
      (destination) =>
        globMatch(destination.server ?? "", server) && globMatch(destination.namespace ?? "", namespace),
    );
  const server = application.spec.destination?.server ?? "";
  const destinationNamespace = application.spec.destination?.namespace ?? "";
  const name = application.metadata.name;
  if (!permitted(server, destinationNamespace)) {
    refusals.push(
      `${name}: application destination {${server} ${destinationNamespace}} do not match any of the allowed destinations in project ${project.metadata.name}`,
    );
  }
  if (
    !(project.spec.sourceRepos ?? []).some((repo: string) => globMatch(repo, application.spec.source.repoURL))
  ) {
    refusals.push(`${name}: repository ${application.spec.source.repoURL} is not permitted in project`);
  }
  const whitelist: { group: string; kind: string }[] = project.spec.clusterResourceWhitelist ?? [];
  for (const object of objects) {
    const group = String(object.apiVersion).includes("/") ? String(object.apiVersion).split("/")[0] : "";
    const label = `${object.kind}/${object.metadata.name}`;
    if (object.metadata.namespace === undefined) {
      if (!whitelist.some((entry) => globMatch(entry.group, group) && globMatch(entry.kind, object.kind))) {
        refusals.push(`${name}: ${label}: resource ${group}:${object.kind} is not permitted in project`);
      }
    } else if (!permitted(server, object.metadata.namespace)) {
      refusals.push(`${name}: ${label}: namespace ${object.metadata.namespace} is not permitted in project`);
    }
  }
  return refusals;
}

/** Argo CD's glob: `*` matches any run of characters; everything else literally. */
function globMatch(pattern: string, value: string): boolean {
  const regex = new RegExp(`^${pattern.split("*").map(escapeRegExp).join(".*")}$`);
  return regex.test(value);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.+?^${}()|[\]\\]/g, "\\$&");
}
