import type { TerraformResource } from "../../../guardrails/rule";

const ANYWHERE = ["0.0.0.0/0", "::/0"];

/** One allow block of a firewall rule: its protocol and ports (none listed: every port). */
interface Allow {
  readonly protocol: string;
  readonly ports?: readonly string[];
}

/** The allow blocks of an enabled ingress rule that admits any address; [] for every other rule. */
export function openToAnywhere({ config }: TerraformResource): readonly Allow[] {
  if (config.disabled === true || (config.direction ?? "INGRESS") !== "INGRESS") return [];
  const sources: string[] = config.source_ranges ?? [];
  if (!sources.some((source) => ANYWHERE.includes(source))) return [];
  return [config.allow ?? []].flat();
}

/** Whether an allow block admits every port: protocol "all", or TCP or UDP without ports. */
export function allPorts(allow: Allow): boolean {
  return (
    allow.protocol === "all" ||
    ((allow.protocol === "tcp" || allow.protocol === "udp") && (allow.ports ?? []).length === 0)
  );
}

/** Whether an allow block admits TCP `port` ("22", "20-30", or no ports: all of them). */
export function admitsTcpPort(allow: Allow, port: number): boolean {
  if (allow.protocol === "all") return true;
  if (allow.protocol !== "tcp") return false;
  const ports = allow.ports ?? [];
  if (ports.length === 0) return true;
  return ports.some((range) => {
    const [from = Number.NaN, to = from] = range.split("-").map(Number);
    return from <= port && port <= to;
  });
}
