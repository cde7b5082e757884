import { cidrsOverlap, formatCidr, parseCidr, subnet } from "../../config/ipv4-cidr";

describe("IPv4 CIDR arithmetic", () => {
  test("parses canonical blocks and formats them back", () => {
    for (const text of ["10.0.0.0/8", "10.20.0.0/16", "192.168.4.0/22", "0.0.0.0/0", "203.0.113.7/32"]) {
      const parsed = parseCidr(text);
      expect(parsed).toBeDefined();
      expect(formatCidr(parsed as NonNullable<typeof parsed>)).toBe(text);
    }
  });

  test("rejects malformed blocks, out-of-range octets and host bits", () => {
    for (const text of [
      "10.0.0/16",
      "10.0.0.0",
      "10.0.0.0/33",
      "256.0.0.0/8",
      "10.0.0.1/16",
      "a.b.c.d/8",
      " 10.0.0.0/16",
    ]) {
      expect(parseCidr(text)).toBeUndefined();
    }
  });

  test("detects overlap, including containment and adjacency", () => {
    const block = (text: string) => parseCidr(text) as NonNullable<ReturnType<typeof parseCidr>>;
    expect(cidrsOverlap(block("10.0.0.0/16"), block("10.0.128.0/17"))).toBe(true);
    expect(cidrsOverlap(block("10.0.128.0/17"), block("10.0.0.0/16"))).toBe(true);
    expect(cidrsOverlap(block("10.0.0.0/16"), block("10.1.0.0/16"))).toBe(false);
    expect(cidrsOverlap(block("10.0.0.0/24"), block("10.0.1.0/24"))).toBe(false);
    expect(cidrsOverlap(block("0.0.0.0/0"), block("172.20.0.0/16"))).toBe(true);
  });

  test("takes numbered sub-blocks like Terraform's cidrsubnet", () => {
    const vpc = parseCidr("10.10.0.0/16") as NonNullable<ReturnType<typeof parseCidr>>;
    expect(formatCidr(subnet(vpc, 2, 0))).toBe("10.10.0.0/18");
    expect(formatCidr(subnet(vpc, 2, 3))).toBe("10.10.192.0/18");
    expect(formatCidr(subnet(vpc, 8, 255))).toBe("10.10.255.0/24");
    expect(() => subnet(vpc, 2, 4)).toThrow("cannot take block 4 of /18 from 10.10.0.0/16");
  });
});
