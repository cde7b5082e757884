/**
 * Real Terraform offline in tests: the helpers live in tools/terraform.ts (the local deployment uses
 * them too); this adds what only tests need, an availability check that turns into a visible skip.
 */
import { AWS_PROVIDER, findProviderMirror, type MirroredProvider } from "../../tools/terraform";
import { type Availability, allOf, checkTools } from "./tool-availability";

export {
  AWS_PROVIDER,
  describeTerraformFailure,
  findProviderMirror,
  MIRROR_ENV_VAR,
  type MirroredProvider,
  type MirrorLookup,
  mirroredVersions,
  mirrorHolds,
  offlineTerraformEnv,
  type RunTerraformOptions,
  runTerraform,
  type TerraformResult,
  terraformPlatform,
} from "../../tools/terraform";

export interface TerraformAvailability extends Availability {
  /** The mirror directory; set whenever `available` is true. */
  readonly mirror: string | undefined;
}

/** Whether terraform is on PATH and a mirror holds `provider`: what offline init/validate/apply need. */
export function terraformAvailability(provider: MirroredProvider = AWS_PROVIDER): TerraformAvailability {
  const mirror = findProviderMirror(provider);
  const mirrorCheck: Availability = { available: mirror.directory !== undefined, reason: mirror.reason };
  return { ...allOf(checkTools(["terraform"]), mirrorCheck), mirror: mirror.directory };
}
