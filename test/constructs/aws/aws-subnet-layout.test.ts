import { cidrsOverlap, parseCidr } from "../../../config/ipv4-cidr";
import { planSubnets } from "../../../constructs/aws/aws-subnet-layout";

const block = (text: string) => parseCidr(text) as NonNullable<ReturnType<typeof parseCidr>>;

describe("subnet layout", () => {
  test("gives each zone a large private range and small public and database ranges", () => {
    expect(planSubnets("10.10.0.0/16", 3)).toEqual({
      private: ["10.10.0.0/18", "10.10.64.0/18", "10.10.128.0/18"],
      public: ["10.10.192.0/22", "10.10.196.0/22", "10.10.200.0/22"],
      database: ["10.10.208.0/22", "10.10.212.0/22", "10.10.216.0/22"],
    });
  });

  test("adding a zone keeps every existing subnet where it was", () => {
    const two = planSubnets("10.20.0.0/16", 2);
    const three = planSubnets("10.20.0.0/16", 3);
    for (const role of ["private", "public", "database"] as const) {
      expect(three[role].slice(0, 2)).toEqual(two[role]);
    }
  });

  test.each(["10.0.0.0/16", "172.16.0.0/18", "192.168.0.0/20"])(
    "subnets of %s lie inside it and never overlap",
    (vpc) => {
      const layout = planSubnets(vpc, 3);
      const all = [...layout.private, ...layout.public, ...layout.database].map(block);
      all.forEach((subnet, index) => {
        expect(cidrsOverlap(subnet, block(vpc))).toBe(true);
        expect(subnet.prefixLength).toBeGreaterThan(block(vpc).prefixLength);
        for (const other of all.slice(index + 1)) expect(cidrsOverlap(subnet, other)).toBe(false);
      });
    },
  );

  test("refuses impossible zone counts", () => {
    expect(() => planSubnets("10.0.0.0/16", 4)).toThrow("planSubnets: zoneCount 4 outside 1..3");
  });
});
