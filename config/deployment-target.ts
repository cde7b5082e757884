/**
 * Where an environment's cloud layer is deployed. The shipped environment files never name a target:
 * every environment deploys to its cloud unless a tool (the local deployment, `npm run deploy:local`)
 * chooses another one when it synthesizes.
 */
export type DeploymentTarget =
  /** The environment's real cloud account. */
  | { readonly kind: "cloud" }
  /**
   * An AWS API emulator (moto_server) on this machine. The stack keeps every resource the emulator can
   * create, talks only to the emulator, and keeps its Terraform state beside the synthesized stack.
   */
  | {
      readonly kind: "emulator";
      /** Base URL of the emulator: plain http on a loopback address with a port, e.g. "http://127.0.0.1:5000". */
      readonly endpoint: string;
    };

export type DeploymentTargetKind = DeploymentTarget["kind"];

export const DEPLOYMENT_TARGET_KINDS: readonly DeploymentTargetKind[] = ["cloud", "emulator"];

/** The target of an environment that names none. */
export const CLOUD_TARGET: DeploymentTarget = { kind: "cloud" };

// Loopback only: an emulator endpoint must never send the stack's requests (or state) off this machine.
const LOOPBACK_ENDPOINT = /^http:\/\/(127\.0\.0\.1|localhost):(\d{1,5})\/?$/;

/** Whether `endpoint` is an http URL on 127.0.0.1 or localhost with a port from 1 to 65535. */
export function isLoopbackEndpoint(endpoint: unknown): boolean {
  if (typeof endpoint !== "string") return false;
  const port = LOOPBACK_ENDPOINT.exec(endpoint)?.[2];
  return port !== undefined && Number(port) >= 1 && Number(port) <= 65535;
}
