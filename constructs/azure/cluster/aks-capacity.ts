import type { Construct } from "constructs";
import type { Environment } from "../../../config/environment-spec";
import type { PlatformContract } from "../../../config/platform-contract";

/**
 * On AKS the node pools are cloud resources (the cloud layer's AksCluster), scaled by AKS's managed
 * cluster autoscaler when pods are pending: the cluster layer adds no node-pool objects.
 */
export function addAksCapacity(
  _scope: Construct,
  _platform: { environment: Environment; contract: PlatformContract },
): void {}
