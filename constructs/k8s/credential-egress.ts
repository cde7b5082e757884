import type { NetworkContract } from "../../config/platform-contract";
import type { Peer, PortRule } from "./network-allow";

/**
 * The egress rule a workload with a cloud identity needs to fetch its credentials, when the cloud names
 * such endpoints (GKE's metadata server); none otherwise.
 */
export function credentialEgress(
  network: NetworkContract,
): { readonly to: readonly Peer[]; readonly ports: readonly PortRule[] }[] {
  const endpoints = network.credentialEndpoints;
  if (!endpoints) return [];
  return [
    {
      to: endpoints.cidrs.map((cidr): Peer => ({ cidr })),
      ports: endpoints.ports.map((port): PortRule => ({ port })),
    },
  ];
}
