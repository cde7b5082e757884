import { MAX_ZONES } from "../../config/environment-spec";
import { formatCidr, parseCidr, subnet } from "../../config/ipv4-cidr";

/** Subnet ranges of one AWS environment's VPC, one per availability zone and role. */
export interface SubnetLayout {
  /** Load balancers and NAT gateways. */
  readonly public: readonly string[];
  /** Nodes and pods; the largest ranges, since pods take VPC addresses. */
  readonly private: readonly string[];
  /** The database subnet group; no route to the internet. */
  readonly database: readonly string[];
}

/**
 * Splits an AWS VPC range, with a slot reserved for each of MAX_ZONES zones so that adding a zone never
 * moves existing subnets: three quarters for private subnets (one quarter per zone), and the last quarter
 * cut into sixteenths for public and database subnets. Deterministic, so the same spec always gives the
 * same ranges.
 */
export function planSubnets(vpcCidr: string, zoneCount: number): SubnetLayout {
  const vpc = parseCidr(vpcCidr);
  if (!vpc) throw new Error(`planSubnets: "${vpcCidr}" is not a canonical IPv4 CIDR`);
  if (zoneCount < 1 || zoneCount > MAX_ZONES)
    throw new Error(`planSubnets: zoneCount ${zoneCount} outside 1..3`);
  const zones = [...Array(zoneCount).keys()];
  const shared = subnet(vpc, 2, 3);
  return {
    private: zones.map((zone) => formatCidr(subnet(vpc, 2, zone))),
    public: zones.map((zone) => formatCidr(subnet(shared, 4, zone))),
    database: zones.map((zone) => formatCidr(subnet(shared, 4, 4 + zone))),
  };
}
