/** One topology spread constraint, in the shape every binding (core, KServe) accepts. */
export interface SpreadConstraint {
  readonly topologyKey: string;
  readonly whenUnsatisfiable: string;
  readonly maxSkew: number;
  readonly labelSelector: { readonly matchLabels: Record<string, string> };
  readonly matchLabelKeys: string[];
  readonly nodeTaintsPolicy: string;
}

/**
 * Replicas in different zones and on different nodes (preferred: required would leave scale-ups pending
 * whenever one node is full). Zones are required unless `zones` says otherwise: a zone outage must leave
 * one serving. Only replicas of the same revision count, and tainted nodes the pods cannot run on (GPU
 * nodes) are not counted as empty domains.
 * @param zones @default "DoNotSchedule"
 */
export function spreadOverZonesAndNodes(
  selector: Readonly<Record<string, string>>,
  zones: "DoNotSchedule" | "ScheduleAnyway" = "DoNotSchedule",
): SpreadConstraint[] {
  return [
    ["topology.kubernetes.io/zone", zones],
    ["kubernetes.io/hostname", "ScheduleAnyway"],
  ].map(([topologyKey, whenUnsatisfiable]) => ({
    topologyKey: topologyKey as string,
    whenUnsatisfiable: whenUnsatisfiable as string,
    maxSkew: 1,
    labelSelector: { matchLabels: { ...selector } },
    matchLabelKeys: ["pod-template-hash"],
    nodeTaintsPolicy: "Honor",
  }));
}
