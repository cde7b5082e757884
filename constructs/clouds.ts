import { awsCloud } from "./aws/aws-cloud";
import { azureCloud } from "./azure/azure-cloud";
import type { Cloud } from "./cloud";
import { gcpCloud } from "./gcp/gcp-cloud";

/**
 * The one place clouds are registered: adding a cloud is its folder under constructs/ and one entry in
 * this list. The spec schema (and the EnvironmentSpec type) is the union of the entries' schemas, and
 * everything that depends on the cloud asks `cloudOf(env.cloud)`.
 */
export const CLOUD_LIST = [awsCloud, azureCloud, gcpCloud] as const;

const registry = new Map<string, Cloud>(CLOUD_LIST.map((cloud) => [cloud.name, cloud]));

/** The registered clouds by name. */
export const CLOUDS: ReadonlyMap<string, Cloud> = registry;

/** The registered cloud called `name`; a programming error otherwise (specs are checked before). */
export function cloudOf(name: string): Cloud {
  const cloud = registry.get(name);
  if (!cloud) {
    throw new Error(
      `no cloud "${name}" is registered (registered: ${[...registry.keys()].join(", ")}); see constructs/clouds.ts`,
    );
  }
  return cloud;
}
