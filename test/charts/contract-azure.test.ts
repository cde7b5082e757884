import { readRecordedOutputs } from "../../config/recorded-outputs";
import { clusterLayer, type Manifest } from "../support/cluster-layer";
import { type Json, synthStack } from "../support/terraform-json";

/**
 * The contract between the layers on Azure, checked from both ends: every managed identity a service
 * account names (by the client id recorded from the stack's outputs) is one the stack creates, with a
 * federated credential for exactly that service account; every Key Vault and secret, storage account and
 * container the charts use is one the stacks create (for the recovery environment, the replica its
 * source's stack keeps in its region).
 */

const ENVIRONMENTS = ["azure-dev", "azure-prod", "azure-prod-dr"];
const CLIENT_ID = "azure.workload.identity/client-id";
const USE_LABEL = "azure.workload.identity/use";

/** Every string in a manifest. */
function strings(value: Json): string[] {
  if (typeof value === "string") return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === "object") return Object.values(value).flatMap(strings);
  return [];
}

/** `${type.address.attribute}` -> "type.address". */
function addressOf(reference: string): string {
  const match = reference.match(/^\$\{([a-z_]+\.[^.}]+)\.[a-z_]+\}$/);
  if (!match) throw new Error(`not a reference: ${reference}`);
  return match[1] as string;
}

describe.each(ENVIRONMENTS)("the %s charts name only what the Azure stacks create", (name) => {
  const stack = synthStack(name);
  const layer = clusterLayer(name);
  const recorded = readRecordedOutputs(name)?.outputs ?? {};

  test("every service account's client id is a managed identity of this stack whose federated credential trusts exactly it", () => {
    const accounts: Manifest[] = layer
      .ofKind("ServiceAccount")
      .filter((sa) => sa.metadata.annotations?.[CLIENT_ID]);
    expect(accounts.length).toBeGreaterThanOrEqual(5);
    const credentials = stack.resourceList("azurerm_federated_identity_credential");
    for (const account of accounts) {
      const clientId = account.metadata.annotations[CLIENT_ID];
      const output = Object.entries(recorded).find(([, value]) => value === clientId)?.[0];
      expect([account.metadata.name, output]).toEqual([
        account.metadata.name,
        expect.stringMatching(/^identity_/),
      ]);
      const identity = addressOf(stack.outputs[output as string].value);
      expect(identity).toMatch(/^azurerm_user_assigned_identity\./);
      const trusting = credentials.filter((credential: Json) => addressOf(credential.parent_id) === identity);
      expect(trusting.map((credential: Json) => credential.subject)).toEqual([
        `system:serviceaccount:${account.metadata.namespace}:${account.metadata.name}`,
      ]);
      expect(account.metadata.annotations["azure.workload.identity/tenant-id"]).toBe(
        stack.only("azurerm_key_vault").tenant_id,
      );
    }
  });

  test("the pods of those service accounts carry the workload identity label", () => {
    const bound = new Set(
      layer
        .ofKind("ServiceAccount")
        .filter((sa) => sa.metadata.annotations?.[CLIENT_ID])
        .map((sa) => `${sa.metadata.namespace}/${sa.metadata.name}`),
    );
    const pods: { namespace: string; serviceAccount?: string; labels?: Record<string, string> }[] = [
      ...layer.ofKind("Deployment").map((d) => ({
        namespace: d.metadata.namespace,
        serviceAccount: d.spec.template.spec.serviceAccountName,
        labels: d.spec.template.metadata.labels,
      })),
      ...layer.ofKind("CronJob").map((c) => ({
        namespace: c.metadata.namespace,
        serviceAccount: c.spec.jobTemplate.spec.template.spec.serviceAccountName,
        labels: c.spec.jobTemplate.spec.template.metadata.labels,
      })),
      ...layer.ofKind("WorkflowTemplate").map((w) => ({
        namespace: w.metadata.namespace,
        serviceAccount: w.spec.serviceAccountName,
        labels: w.spec.podMetadata?.labels,
      })),
      ...layer.ofKind("InferenceService").map((i) => ({
        namespace: i.metadata.namespace,
        serviceAccount: i.spec.predictor.serviceAccountName,
        labels: i.metadata.labels,
      })),
    ];
    const withIdentity = pods.filter((pod) => bound.has(`${pod.namespace}/${pod.serviceAccount}`));
    expect(withIdentity.length).toBeGreaterThanOrEqual(5);
    for (const pod of withIdentity)
      expect([pod.serviceAccount, pod.labels?.[USE_LABEL]]).toEqual([pod.serviceAccount, "true"]);
  });

  test("every Key Vault and secret the External Secrets stores read is this stack's", () => {
    const vault = stack.only("azurerm_key_vault").name;
    const stores = layer.ofKind("SecretStore");
    expect(stores.length).toBeGreaterThan(0);
    for (const store of stores)
      expect(store.spec.provider.azurekv.vaultUrl).toBe(`https://${vault}.vault.azure.net`);
    const secrets = new Set(
      stack.resourceList("azurerm_key_vault_secret").map((secret: Json) => secret.name),
    );
    const keys = layer
      .ofKind("ExternalSecret")
      .flatMap((external: Manifest) => [
        ...(external.spec.data ?? []).map((entry: Json) => entry.remoteRef.key),
        ...(external.spec.dataFrom ?? []).map((entry: Json) => entry.extract?.key).filter(Boolean),
      ]);
    expect(keys.length).toBeGreaterThan(0);
    for (const key of keys) expect([key, secrets.has(key)]).toEqual([key, true]);
  });

  test("every storage account and container the charts use is one a stack creates, and the only one", () => {
    const used = new Set<string>();
    for (const value of layer.all.flatMap(strings)) {
      for (const match of value.matchAll(/wasbs:\/\/([a-z0-9-]+)@([a-z0-9]+)\.blob\.core\.windows\.net/g))
        used.add(`${match[2]}/${match[1]}`);
      for (const match of value.matchAll(/https:\/\/([a-z0-9]+)\.blob\.core\.windows\.net\/([a-z0-9-]+)/g))
        used.add(`${match[1]}/${match[2]}`);
    }
    const variables = layer.all.flatMap((manifest) => strings(manifest.spec ?? {}));
    expect(variables).toContain("azblob");
    const creator = name === "azure-prod-dr" ? synthStack("azure-prod") : stack;
    const accounts = new Set(
      creator.resourceList("azurerm_storage_account").map((account: Json) => account.name),
    );
    const containers = new Set(
      creator.resourceList("azurerm_storage_container").map((container: Json) => container.name),
    );
    expect(used.size).toBe(1);
    for (const entry of used) {
      const [account, container] = entry.split("/");
      expect([account, accounts.has(account as string)]).toEqual([account, true]);
      expect(containers.has(container as string)).toBe(true);
    }
    if (name === "azure-prod-dr") {
      // The recovery stack reads that very account.
      expect(stack.dataSources("azurerm_storage_account").map((account: Json) => account.name)).toEqual(
        [...used].map((entry) => entry.split("/")[0]),
      );
    }
  });
});
