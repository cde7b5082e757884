import { accessLogBucketName } from "../../config/names";
import { serviceAccountId } from "../../constructs/gcp/gcp-names";
import { clusterLayer, type Manifest } from "../support/cluster-layer";
import { type Json, synthStack } from "../support/terraform-json";

/**
 * The contract between the layers on GCP, checked from both ends: every Google service account a chart's
 * service account is annotated with is one its stack creates and binds to exactly that Kubernetes service
 * account; every secret an ExternalSecret reads is a Secret Manager secret of the stack; every bucket the
 * charts use is the environment's (a recovery environment: its source's dual-region bucket).
 */

const ENVIRONMENTS = ["gcp-dev", "gcp-prod", "gcp-prod-dr"];
const ANNOTATION = "iam.gke.io/gcp-service-account";

function strings(value: Json): string[] {
  if (typeof value === "string") return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === "object") return Object.values(value).flatMap(strings);
  return [];
}

describe.each(ENVIRONMENTS)("the %s charts name only what its stack creates", (name) => {
  const stack = synthStack(name);
  const layer = clusterLayer(name);
  const projectId = stack.json.provider.google[0].project;
  const accounts = new Map(
    stack.resourceList("google_service_account").map((account) => [account.account_id, account]),
  );
  // The charts' service accounts, and those an add-on's chart makes from its values (Velero's server).
  const addOnAccounts: Manifest[] = layer.ofKind("Application").flatMap((application) => {
    const server = application.spec.source.helm?.valuesObject?.serviceAccount?.server;
    return server
      ? [
          {
            metadata: {
              name: server.name,
              namespace: application.spec.destination.namespace,
              annotations: server.annotations,
            },
          },
        ]
      : [];
  });
  const annotated: Manifest[] = [...layer.ofKind("ServiceAccount"), ...addOnAccounts].filter(
    (account) => account.metadata.annotations?.[ANNOTATION],
  );

  test("every annotated service account names a Google service account of this stack bound to exactly it", () => {
    expect(annotated.length).toBeGreaterThanOrEqual(3);
    const bindings = stack.resourceList("google_service_account_iam_member");
    for (const account of annotated) {
      const email: string = account.metadata.annotations[ANNOTATION];
      const [, id, project] =
        /^([a-z][-a-z0-9]+)@([a-z][-a-z0-9]+)\.iam\.gserviceaccount\.com$/.exec(email) ?? [];
      expect([email, project]).toEqual([email, projectId]);
      expect([email, accounts.has(id as string)]).toEqual([email, true]);
      const address = stack.addressOf("google_service_account", (candidate) => candidate.account_id === id);
      const bound = bindings.filter(
        (binding) =>
          binding.service_account_id === `\${${address}.name}` &&
          binding.role === "roles/iam.workloadIdentityUser",
      );
      expect(bound.map((binding) => binding.member)).toEqual([
        `serviceAccount:${projectId}.svc.id.goog[${account.metadata.namespace}/${account.metadata.name}]`,
      ]);
    }
  });

  test("every Google workload service account is used by a chart (none is left unbound)", () => {
    const used = new Set(annotated.map((account) => account.metadata.annotations[ANNOTATION].split("@")[0]));
    const workloads = [...accounts.keys()].filter(
      (id) => id !== serviceAccountId(`mlops-platform-${name}-nodes`),
    );
    expect(workloads.sort()).toEqual([...used].sort());
  });

  test("every secret an ExternalSecret reads is a Secret Manager secret of this stack, in its project", () => {
    const secrets = new Set(
      stack.resourceList("google_secret_manager_secret").map((secret) => secret.secret_id),
    );
    const keys = layer
      .ofKind("ExternalSecret")
      .flatMap((external: Manifest) =>
        (external.spec.dataFrom ?? []).map((entry: Json) => entry.extract?.key),
      );
    expect(keys.length).toBeGreaterThan(0);
    for (const key of keys) expect([key, secrets.has(key)]).toEqual([key, true]);
    for (const store of layer.ofKind("SecretStore")) {
      expect(store.spec.provider.gcpsm.projectID).toBe(projectId);
      expect(store.spec.provider.gcpsm.auth.workloadIdentity.serviceAccountRef.name).toBe("mlflow");
    }
  });

  test("every gs:// bucket and BACKUP_BUCKET of the charts is the environment's artifact bucket", () => {
    // The usage-log bucket is the stack's own business: GCS writes into it, no chart names it.
    const logBucket = accessLogBucketName(name);
    const logBucketRefs = Object.entries(stack.resources("google_storage_bucket"))
      .filter(([, bucket]) => bucket.name === logBucket)
      .map(([id]) => `\${google_storage_bucket.${id}.name}`);
    const isLogBucket = (bucket: string) => bucket === logBucket || logBucketRefs.includes(bucket);
    const own = stack.resourceList("google_storage_bucket").map((bucket) => bucket.name as string);
    const grants = stack.resourceList("google_storage_bucket_iam_member");
    const granted = grants.map((grant) => grant.bucket as string);
    const expected =
      name === "gcp-prod-dr"
        ? "mlops-platform-gcp-prod-mlflow-artifacts"
        : `mlops-platform-${name}-mlflow-artifacts`;
    expect(own.filter(isLogBucket)).toEqual(name === "gcp-prod-dr" ? [] : [logBucket]);
    expect(
      grants.filter((grant) => isLogBucket(grant.bucket)).map((grant) => [grant.role, grant.member]),
    ).toEqual(
      name === "gcp-prod-dr"
        ? []
        : [["roles/storage.objectCreator", "group:cloud-storage-analytics@google.com"]],
    );
    expect(new Set([...own, ...granted].filter((bucket) => !isLogBucket(bucket)))).toEqual(
      new Set([expected]),
    );
    const used = new Set<string>();
    for (const value of layer.all.flatMap(strings)) {
      for (const match of value.matchAll(/gs:\/\/([a-z0-9._-]+)/g)) used.add(match[1] as string);
    }
    expect([...used]).toEqual([expected]);
    const backup = layer.one("CronJob", "postgres-backup");
    const variables = backup.spec.jobTemplate.spec.template.spec.containers.flatMap(
      (container: Json) => container.env ?? [],
    );
    expect(variables).toContainEqual({ name: "BACKUP_BUCKET", value: expected });
    expect(variables).toContainEqual({ name: "OBJECT_STORE", value: "gcs" });
  });
});
