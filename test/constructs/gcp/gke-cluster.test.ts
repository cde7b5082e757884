import { TerraformStack, Testing } from "cdktf";
import { GkeCluster, type GkeClusterProps } from "../../../constructs/gcp/gke-cluster";
import type { Json } from "../../support/terraform-json";

const props: GkeClusterProps = {
  name: "mlops-platform-test",
  projectId: "mlops-platform-test-1",
  location: "us-central1-a",
  nodeLocations: ["us-central1-a"],
  version: "1.35",
  networkId: "network",
  subnetworkId: "subnetwork",
  controlPlaneCidr: "10.0.255.240/28",
  vpcCidr: "10.0.0.0/16",
  publicAccessCidrs: [],
  secretsKeyId: "key",
  deletionProtection: false,
  nodeServiceAccountEmail: "nodes@mlops-platform-test-1.iam.gserviceaccount.com",
  labels: {},
};

function clusterOf(overrides: Partial<GkeClusterProps>): Json {
  const stack = new TerraformStack(Testing.app(), "test");
  new GkeCluster(stack, "cluster", { ...props, ...overrides });
  return Object.values(JSON.parse(Testing.synth(stack)).resource.google_container_cluster)[0];
}

describe("GkeCluster", () => {
  test("a zonal cluster whose nodes are all in its own zone omits node_locations (the provider stores none)", () => {
    expect(clusterOf({}).node_locations).toBeUndefined();
  });

  test("a zonal cluster lists its other zones, a regional one every zone given", () => {
    const zones = ["us-central1-a", "us-central1-b", "us-central1-c"];
    expect(clusterOf({ nodeLocations: zones }).node_locations).toEqual(["us-central1-b", "us-central1-c"]);
    expect(clusterOf({ location: "us-central1", nodeLocations: zones }).node_locations).toEqual(zones);
  });
});
