import { ApiObject } from "cdk8s";
import { Construct } from "constructs";
import { z } from "zod";
import { commonEnvironmentShape, localStateSchema } from "../../config/spec-common";
import type { Cloud } from "../../constructs/cloud";

/** A cloud that exists only in the tests: the interface implemented with nothing behind it. */
export const scratchCloud = {
  name: "scratch",
  specSchema: z.strictObject({
    ...commonEnvironmentShape,
    cloud: z.literal("scratch"),
    stateBackend: localStateSchema.optional(),
  }),
  regions: { "lab-north": ["lab-north-1", "lab-north-2"], "lab-south": ["lab-south-1", "lab-south-2"] },
  unreadSharedFields: {},
  check() {},
  kubernetes: {
    service: "Scratch Kubernetes",
    standardSupportEnds: { "1.35": "2099-12-31" },
    defaultVersion: "1.35",
    pastSupport: "the lab retires it",
  },
  naming: {
    bucketUris: (bucket) => ({
      mlflow: `scratch+mlflow://${bucket}`,
      kserve: `scratch://${bucket}`,
      // Its payloads speak S3 (an S3-compatible store).
      cli: `s3://${bucket}`,
    }),
    // The identity's client id is assigned by the scratch cloud at apply: recorded after deploy.
    serviceAccountAnnotations: (_env, identity, recorded) => ({
      "scratch.example/identity": identity,
      "scratch.example/client-id": recorded?.identity_client_id ?? "",
    }),
    clusterAddOns: () => ({ identities: {}, settings: {} }),
    workloadPodLabels: () => ({ "scratch.example/use-identity": "true" }),
    network: (env) => ({
      vpcCidr: env.network.vpcCidr,
      podCidrs: ["100.64.0.0/16"],
      databaseSubnetCidrs: ["10.99.250.0/24"],
      apiServer: { cidrs: ["10.99.0.1/32"], port: 6443 },
    }),
  },
  platform: (scope, id, { contract }) => {
    new Construct(scope, id);
    return {
      cluster: {
        name: `scratch-cluster-${contract.clusterName}`,
        endpoint: "https://lab",
        oidcIssuerUrl: "https://lab/oidc",
      },
      database: {
        instanceId: contract.database.instanceId,
        address: "db.lab",
        port: contract.database.port,
        credentialsSecretName: contract.database.credentialsSecretName,
      },
      artifactStore: { bucketName: contract.artifactStore.bucket, uri: contract.artifactStore.uri },
      identities: { workloadNames: [], principalOf: (workload) => workload },
    };
  },
  resolveSettings: () => ({}),
  stateBackend: (_stack, env) => `${env.name}: state nowhere (scratch cloud)`,
  recordedOutputs: () => ["identity_client_id"],
  cluster: {
    secretStore: (scope, id, options) => {
      new ApiObject(scope, id, {
        apiVersion: "scratch.example/v1",
        kind: "ScratchSecretStore",
        metadata: { name: options.name, namespace: options.namespace },
      });
      return { storeName: options.name, storeKind: "SecretStore", namespace: options.namespace };
    },
    objectStore: {
      kind: "s3",
      backupStore: (contract) => ({
        kind: "s3",
        image: "scratch/cli:1",
        bucket: contract.artifactStore.bucket,
      }),
    },
    addOns: () => [],
    velero: () => ({ provider: "scratch", pluginImage: "scratch/velero-plugin:1", config: {} }),
    podDisruptionAnnotations: () => ({ "scratch.example/keep": "true" }),
    unscrapedComponents: [],
    addCapacity: (scope, { environment }) => {
      new ApiObject(scope, "pool", {
        apiVersion: "scratch.example/v1",
        kind: "ScratchNodePool",
        metadata: { name: `${environment.name}-gpu` },
      });
    },
  },
} satisfies Cloud;
