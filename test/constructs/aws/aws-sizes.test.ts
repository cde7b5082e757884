import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { supportedRegions } from "../../../config/regions";
import catalogue from "../../../constructs/aws/catalogue/aws-catalogue.json";
import {
  catalogueRegions,
  checkDbInstanceClass,
  checkGpuFamilies,
  checkInstanceType,
  closest,
  gpuFamilies,
  instanceTypeInfo,
} from "../../../constructs/aws/catalogue/aws-sizes";
import { CATALOGUE_FILE, locatePackages } from "../../../scripts/generate-aws-catalogue";
import { type Availability, describeIf } from "../../support/tool-availability";

describe("checkInstanceType", () => {
  test("accepts a type offered in the region", () => {
    expect(checkInstanceType("us-east-1", "m6i.large")).toBeUndefined();
    expect(checkInstanceType("us-west-2", "g5.xlarge")).toBeUndefined();
  });

  test("refuses a mistyped type, suggesting the closest", () => {
    expect(checkInstanceType("us-east-1", "m6i.larg")).toBe(
      'an EC2 instance type offered in us-east-1, such as "m6i.large" (did you mean "m6i.large"?)',
    );
  });

  test("names up to three suggestions when tied, those sharing the longest prefix first", () => {
    expect(checkInstanceType("us-east-1", "m6.large")).toBe(
      'an EC2 instance type offered in us-east-1, such as "m6i.large" (did you mean "m6a.large", "m6g.large" or "m6i.large"?)',
    );
  });

  test("refuses a type not offered in the region, naming where it is", () => {
    expect(checkInstanceType("us-east-1", "p5e.48xlarge")).toBe(
      'an EC2 instance type offered in us-east-1, such as "m6i.large" ("p5e.48xlarge" is offered in "ap-southeast-2", "eu-north-1", "eu-west-2", "us-east-2", "us-west-2", not in us-east-1)',
    );
  });

  test("suggests nothing when nothing is close, and refuses what is not a string", () => {
    expect(checkInstanceType("us-east-1", "huge")).toBe(
      'an EC2 instance type offered in us-east-1, such as "m6i.large"',
    );
    expect(checkInstanceType("us-east-1", 42)).toBe(
      'an EC2 instance type offered in us-east-1, such as "m6i.large"',
    );
  });

  test("says how to add a region the catalogue lacks", () => {
    expect(checkInstanceType("sa-east-1", "m6i.large")).toBe(
      'an EC2 instance type of a region in the AWS catalogue (it has no data for "sa-east-1": after adding a region to config/regions.ts, run npx tsx scripts/generate-aws-catalogue.ts)',
    );
  });
});

describe("gpuFamilies", () => {
  test("lists, sorted, the families with a whole NVIDIA GPU offered in the region", () => {
    const families = gpuFamilies("us-east-1");
    expect(families).toEqual(expect.arrayContaining(["g4dn", "g5", "g5g", "g6", "g6e", "p4d", "p5"]));
    expect([...families].sort()).toEqual(families);
  });

  test("leaves out AMD, Habana and fractional GPUs, and families without GPUs", () => {
    expect(instanceTypeInfo("g4ad.xlarge")?.gpuManufacturer).toBe("AMD");
    expect(instanceTypeInfo("dl1.24xlarge")?.gpuManufacturer).toBe("Habana");
    expect(instanceTypeInfo("g6f.large")).toMatchObject({ gpus: 0, gpuManufacturer: "NVIDIA" });
    for (const family of ["g4ad", "dl1", "g6f", "m5", "inf2", "trn1"]) {
      expect(gpuFamilies("us-east-1")).not.toContain(family);
    }
  });

  test("differs by region", () => {
    expect(gpuFamilies("us-east-1")).not.toContain("p5e");
    expect(gpuFamilies("us-west-2")).toContain("p5e");
  });
});

describe("checkGpuFamilies", () => {
  const usEast1 =
    '"g4dn", "g5", "g5g", "g6", "g6e", "g7e", "gr6", "p3dn", "p4d", "p4de", "p5", "p5en", "p6-b200"';

  test("accepts GPU families offered in the region", () => {
    expect(checkGpuFamilies("us-east-1", ["g5", "g6"])).toBeUndefined();
  });

  test("refuses a family without a GPU", () => {
    expect(checkGpuFamilies("us-east-1", ["g5", "m5"])).toBe(
      `a non-empty list of the NVIDIA GPU instance families offered in us-east-1: ${usEast1} ("m5" has no NVIDIA GPU)`,
    );
  });

  test("says why each refused family is refused", () => {
    expect(checkGpuFamilies("us-east-1", ["g5x", "g4ad", "g6f", "p5e", "zzz"])).toBe(
      `a non-empty list of the NVIDIA GPU instance families offered in us-east-1: ${usEast1} (` +
        '"g5x" is not an instance family, did you mean "g5" or "g5g"?; ' +
        '"g4ad" has no NVIDIA GPU; ' +
        '"g6f" has only fractions of an NVIDIA GPU; ' +
        '"p5e" is offered in "ap-southeast-2", "eu-north-1", "eu-west-2", "us-east-2", "us-west-2", not in us-east-1; ' +
        '"zzz" is not an instance family)',
    );
  });

  test("refuses an empty list", () => {
    expect(checkGpuFamilies("us-east-1", [])).toBe(
      `a non-empty list of the NVIDIA GPU instance families offered in us-east-1: ${usEast1}`,
    );
  });
});

describe("checkDbInstanceClass", () => {
  test("accepts RDS for PostgreSQL classes offered in the region", () => {
    expect(checkDbInstanceClass("us-east-1", "db.r6g.large")).toBeUndefined();
    expect(checkDbInstanceClass("us-east-1", "db.t4g.medium")).toBeUndefined();
  });

  test("refuses a mistyped class, suggesting the closest", () => {
    expect(checkDbInstanceClass("us-east-1", "db.r6g.larg")).toBe(
      'an RDS for PostgreSQL DB instance class offered in us-east-1, such as "db.r6g.large" (did you mean "db.r6g.large"?)',
    );
  });

  test("refuses a class not offered in the region, naming where it is", () => {
    expect(checkDbInstanceClass("eu-north-1", "db.r6gd.large")).toMatch(
      /^an RDS for PostgreSQL DB instance class offered in eu-north-1, such as "db.r6g.large" \("db.r6gd.large" is offered in "ap-northeast-1", .*"us-east-1", .*not in eu-north-1\)$/,
    );
  });

  test("refuses Aurora's serverless class and an EC2 name without the db. prefix", () => {
    expect(checkDbInstanceClass("us-east-1", "db.serverless")).toBe(
      'an RDS for PostgreSQL DB instance class offered in us-east-1, such as "db.r6g.large"',
    );
    expect(checkDbInstanceClass("us-east-1", "r6g.large")).toBe(
      'an RDS for PostgreSQL DB instance class offered in us-east-1, such as "db.r6g.large"',
    );
  });
});

describe("closest", () => {
  test("allows 1 edit up to 4 characters and 2 above, and returns nothing farther", () => {
    expect(closest("g5x", ["g5", "g6e"])).toEqual(["g5"]);
    expect(closest("g5xx", ["g5"])).toEqual([]);
    expect(closest("m6i.lrg", ["m6i.large", "m6i.xlarge"])).toEqual(["m6i.large"]);
    expect(closest("m6i.lg", ["m6i.large"])).toEqual([]);
  });
});

describe("the catalogue", () => {
  test("has offerings for exactly the AWS regions the platform supports", () => {
    expect([...catalogueRegions()].sort()).toEqual([...supportedRegions("aws")].sort());
    expect(Object.keys(catalogue.dbInstanceClasses.regions).sort()).toEqual(
      [...supportedRegions("aws")].sort(),
    );
  });

  test("records where its data came from", () => {
    expect(catalogue.provenance).toMatchObject({
      command: "npx tsx scripts/generate-aws-catalogue.ts",
      packages: { botocore: "1.43.11", "cfn-lint": "1.51.0", moto: "5.2.1" },
    });
    expect(catalogue.dbInstanceClasses.source).toBe(
      "cfn-lint 1.51.0: cfnlint/data/schemas/extensions/aws_rds_dbinstance/dbinstanceclass_enum.json",
    );
  });

  test("describes every instance type it says a region offers", () => {
    for (const region of catalogueRegions()) {
      for (const [family, sizes] of Object.entries(catalogue.regions[region as "us-east-1"])) {
        if (sizes === "all") continue;
        for (const size of sizes) expect(instanceTypeInfo(`${family}.${size}`)).toBeDefined();
      }
    }
  });

  test("stays small", () => {
    expect(readFileSync(CATALOGUE_FILE).length).toBeLessThan(300_000);
  });
});

const projectRoot = join(__dirname, "..", "..", "..");

function packagesAvailability(): Availability {
  try {
    locatePackages();
    return { available: true, reason: "" };
  } catch (error) {
    return { available: false, reason: (error as Error).message };
  }
}

const packages = packagesAvailability();

describeIf(packages, { failUnderCi: true })("the committed catalogue", () => {
  test("is what scripts/generate-aws-catalogue.ts generates now from the packages on this machine", () => {
    const out = join(mkdtempSync(join(tmpdir(), "aws-catalogue-")), "aws-catalogue.json");
    try {
      execFileSync(
        join(projectRoot, "node_modules", ".bin", "tsx"),
        [join(projectRoot, "scripts", "generate-aws-catalogue.ts"), "--out", out],
        { cwd: projectRoot, stdio: "pipe" },
      );
      const generated = readFileSync(out, "utf8");
      const committed = readFileSync(CATALOGUE_FILE, "utf8");
      // On a difference, run `npx tsx scripts/generate-aws-catalogue.ts` and review the diff.
      expect(JSON.parse(committed)).toEqual(JSON.parse(generated));
      expect(committed === generated).toBe(true);
    } finally {
      rmSync(dirname(out), { recursive: true, force: true });
    }
  });
});
