/** Small, exact IPv4 CIDR arithmetic: parsing, overlap and fixed-size subnetting. */

export interface Ipv4Cidr {
  /** Network address as an unsigned 32-bit integer. */
  readonly network: number;
  readonly prefixLength: number;
}

const CIDR_PATTERN = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})\/(\d{1,2})$/;

/** Parses "a.b.c.d/n"; returns undefined unless the text is a canonical CIDR (no host bits set). */
export function parseCidr(text: string): Ipv4Cidr | undefined {
  const match = CIDR_PATTERN.exec(text);
  if (!match) return undefined;
  const octets = match.slice(1, 5).map(Number);
  const prefixLength = Number(match[5]);
  if (octets.some((octet) => octet > 255) || prefixLength > 32) return undefined;
  const address = octets.reduce((value, octet) => value * 256 + octet, 0);
  const network = address - (address % blockSize(prefixLength));
  if (network !== address) return undefined;
  return { network, prefixLength };
}

export function formatCidr(cidr: Ipv4Cidr): string {
  const octets = [24, 16, 8, 0].map((shift) => Math.floor(cidr.network / 2 ** shift) % 256);
  return `${octets.join(".")}/${cidr.prefixLength}`;
}

export function cidrsOverlap(a: Ipv4Cidr, b: Ipv4Cidr): boolean {
  const aEnd = a.network + blockSize(a.prefixLength);
  const bEnd = b.network + blockSize(b.prefixLength);
  return a.network < bEnd && b.network < aEnd;
}

/** The index-th block of `cidr` split into blocks `extraBits` longer (like Terraform's cidrsubnet). */
export function subnet(cidr: Ipv4Cidr, extraBits: number, index: number): Ipv4Cidr {
  const prefixLength = cidr.prefixLength + extraBits;
  if (prefixLength > 32 || index < 0 || index >= 2 ** extraBits) {
    throw new RangeError(`cannot take block ${index} of /${prefixLength} from ${formatCidr(cidr)}`);
  }
  return { network: cidr.network + index * blockSize(prefixLength), prefixLength };
}

function blockSize(prefixLength: number): number {
  return 2 ** (32 - prefixLength);
}
