import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { AzurermProvider } from "@cdktf/provider-azurerm/lib/provider";
import { ResourceGroup } from "@cdktf/provider-azurerm/lib/resource-group";
import { StorageAccount } from "@cdktf/provider-azurerm/lib/storage-account";
import { GoogleProvider } from "@cdktf/provider-google/lib/provider";
import { StorageBucket } from "@cdktf/provider-google/lib/storage-bucket";
import { TerraformStack, Testing } from "cdktf";
import {
  checkStack,
  formatFinding,
  ProviderSchemas,
  parseSchemaFileName,
  pinnedVersion,
  providerSchemaAvailability,
  providerSchemaDirectory,
  providerSchemas,
  qualifiedSource,
  type SchemaFinding,
  stackProviders,
} from "./provider-schema";
import { type Json, synthStack, tf } from "./terraform-json";
import { describeIf } from "./tool-availability";

/** The block at a Terraform address: `type.name`, `data.type.name` or `ephemeral.type.name`. */
function at(stack: Json, address: string): Json {
  const [first, ...rest] = address.split(".");
  const [section, type, name] =
    first === "data" || first === "ephemeral" ? [first, ...rest] : ["resource", first, ...rest];
  const body = stack[section as string]?.[type as string]?.[name as string];
  if (body === undefined) throw new Error(`test setup: no ${address} in the stack`);
  return body;
}

/** The findings of `stack` changed by `change` that the unchanged stack does not have. */
function newFindings(stack: Json, change: (copy: Json) => void, schemas?: ProviderSchemas): SchemaFinding[] {
  const before = new Set(checkStack(stack, schemas).map(formatFinding));
  const copy = structuredClone(stack);
  change(copy);
  return checkStack(copy, schemas).filter((finding) => !before.has(formatFinding(finding)));
}

function error(address: string, path: string, message: string): SchemaFinding {
  return { severity: "error", address, path, message };
}

function warning(address: string, path: string, message: string): SchemaFinding {
  return { severity: "warning", address, path, message };
}

function note(address: string, path: string, message: string): SchemaFinding {
  return { severity: "note", address, path, message };
}

describe("schema files and provider names", () => {
  test.each([
    ["aws-5.100.0.json", { provider: "aws", version: "5.100.0" }],
    ["google-beta-6.50.0.json", { provider: "google-beta", version: "6.50.0" }],
    ["example-1.0.0-rc.1.json", { provider: "example", version: "1.0.0-rc.1" }],
    ["schema.json", undefined],
    ["aws.json", undefined],
  ])("%s names %j", (file, expected) => {
    expect(parseSchemaFileName(file)).toEqual(expected);
  });

  test.each([
    ["aws", "registry.terraform.io/hashicorp/aws"],
    ["hashicorp/azurerm", "registry.terraform.io/hashicorp/azurerm"],
    ["Acme/Widget", "registry.terraform.io/acme/widget"],
    ["example.com/acme/widget", "example.com/acme/widget"],
  ])("source %s is %s", (source, expected) => {
    expect(qualifiedSource(source)).toBe(expected);
  });

  test.each([
    ["5.100.0", "5.100.0"],
    ["= 5.100.0", "5.100.0"],
    ["~> 5.100", undefined],
    [">= 5.0, < 6.0", undefined],
    [undefined, undefined],
  ])("version constraint %s pins %s", (constraint, expected) => {
    expect(pinnedVersion(constraint)).toBe(expected);
  });

  test("the directory is $MLOPS_PROVIDER_SCHEMAS, else ../shared/provider-schemas beside the project", () => {
    const projectRoot = resolve(__dirname, "../..");
    expect(providerSchemaDirectory({})).toBe(join(dirname(projectRoot), "shared", "provider-schemas"));
    expect(providerSchemaDirectory({ MLOPS_PROVIDER_SCHEMAS: "/data/schemas" })).toBe("/data/schemas");
  });

  test("a missing or empty directory is unavailable, with the reason", () => {
    const empty = mkdtempSync(join(tmpdir(), "provider-schemas-empty-"));
    try {
      const how = "set MLOPS_PROVIDER_SCHEMAS to a directory of `terraform providers schema -json` files";
      expect(providerSchemaAvailability(join(empty, "absent"))).toEqual({
        available: false,
        reason: `no provider schemas: ${join(empty, "absent")} is not a directory (${how})`,
      });
      expect(providerSchemaAvailability(empty)).toEqual({
        available: false,
        reason: `no provider schemas: ${empty} holds no .json file (${how})`,
      });
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });
});

// ---------------------------------------------------------------------------------------------------------------
// Hand-written schemas: the shapes the shared schemas do not have (nested attributes, map and group blocks,
// object and tuple types), the user-produced format, and how files are picked.
// ---------------------------------------------------------------------------------------------------------------

const exampleSchema = {
  format_version: "1.0",
  provider_schemas: {
    "registry.terraform.io/hashicorp/example": {
      provider: {
        version: 0,
        block: { attributes: { region: { type: "string", optional: true } } },
      },
      resource_schemas: {
        example_thing: {
          version: 0,
          block: {
            attributes: {
              id: { type: "string", computed: true },
              name: { type: "string", required: true },
              size: { type: "number", optional: true },
              enabled: { type: "bool", optional: true },
              labels: { type: ["map", "string"], optional: true },
              ports: { type: ["list", "number"], optional: true },
              endpoint: { type: ["object", { host: "string", port: "number" }], optional: true },
              pair: { type: ["tuple", ["string", "number"]], optional: true },
              anything: { type: "dynamic", optional: true },
              legacy: { type: "string", optional: true, deprecated: true },
              settings: {
                nested_type: {
                  nesting_mode: "single",
                  attributes: {
                    mode: { type: "string", required: true },
                    level: { type: "number", optional: true },
                  },
                },
                optional: true,
              },
              rules: {
                nested_type: {
                  nesting_mode: "list",
                  attributes: { name: { type: "string", required: true } },
                  min_items: 1,
                  max_items: 2,
                },
                optional: true,
              },
              weights: {
                nested_type: {
                  nesting_mode: "map",
                  attributes: { weight: { type: "number", optional: true } },
                },
                optional: true,
              },
            },
            block_types: {
              network: {
                nesting_mode: "single",
                block: { attributes: { subnet: { type: "string", required: true } } },
              },
              listener: {
                nesting_mode: "set",
                block: { attributes: { port: { type: "number", required: true } } },
              },
              disk: {
                nesting_mode: "list",
                block: { attributes: { size: { type: "number", required: true } } },
                min_items: 1,
                max_items: 3,
              },
              tag: {
                nesting_mode: "map",
                block: { attributes: { value: { type: "string", optional: true } } },
              },
              placement: {
                nesting_mode: "group",
                block: { attributes: { zone: { type: "string", optional: true } } },
              },
              old: {
                nesting_mode: "list",
                block: { attributes: { value: { type: "string", optional: true } }, deprecated: true },
              },
            },
          },
        },
      },
      data_source_schemas: {
        example_lookup: {
          version: 0,
          block: {
            attributes: {
              key: { type: "string", required: true },
              value: { type: "string", computed: true },
            },
          },
        },
      },
      ephemeral_resource_schemas: {
        example_token: {
          version: 0,
          block: {
            attributes: {
              scope: { type: "string", optional: true },
              token: { type: "string", computed: true, sensitive: true },
            },
          },
        },
      },
    },
  },
};

/** What `terraform providers schema -json` prints for a configuration with two providers: descriptions kept. */
const userProducedSchema = {
  format_version: "1.0",
  provider_schemas: {
    "registry.terraform.io/acme/widget": {
      provider: { version: 0, block: { description_kind: "plain" } },
      resource_schemas: {
        widget_part: {
          version: 1,
          block: {
            attributes: {
              name: {
                type: "string",
                description: 'The part\'s name, e.g. "gear {1}" \\ [sic]',
                description_kind: "markdown",
                required: true,
              },
            },
            description: "A part. Unicode: \u00e9\u2713",
            description_kind: "plain",
          },
        },
      },
      data_source_schemas: {},
      ephemeral_resource_schemas: {},
      resource_identity_schemas: {},
      functions: {},
    },
    "registry.terraform.io/hashicorp/extra": {
      provider: { version: 0, block: { description_kind: "plain" } },
      resource_schemas: {},
      data_source_schemas: {},
    },
  },
};

describe("checkStack with hand-written schemas", () => {
  let directory = "";
  const schemas = (): ProviderSchemas => providerSchemas(directory);
  const THING = "example_thing.t";

  /** A valid stack with one example_thing. */
  function exampleStack(thing: Json = {}): Json {
    return {
      terraform: { required_providers: { example: { source: "hashicorp/example", version: "1.2.3" } } },
      provider: { example: [{ region: "north" }] },
      resource: { example_thing: { t: { name: "n", disk: [{ size: 10 }], ...thing } } },
    };
  }

  function findings(stack: Json): SchemaFinding[] {
    return checkStack(stack, schemas());
  }

  beforeAll(() => {
    directory = mkdtempSync(join(tmpdir(), "provider-schemas-"));
    writeFileSync(join(directory, "example-1.2.3.json"), JSON.stringify(exampleSchema));
    // Pretty-printed, as the CLI prints it.
    writeFileSync(join(directory, "schema.json"), JSON.stringify(userProducedSchema, null, 2));
  });

  afterAll(() => {
    rmSync(directory, { recursive: true, force: true });
  });

  test("a valid stack has no finding", () => {
    expect(findings(exampleStack())).toEqual([]);
  });

  test("reads only the files of the providers a stack uses", () => {
    const fresh = new ProviderSchemas(directory);
    checkStack(exampleStack(), fresh);
    expect(fresh.loadedFiles()).toEqual(["example-1.2.3.json"]);
  });

  test.each<[string, Json, SchemaFinding[]]>([
    [
      "a nested attribute's unknown argument",
      { settings: { mode: "fast", levle: 2 } },
      [
        error(
          THING,
          "settings.levle",
          'unknown argument or block "levle" (did you mean "level"?); expected an argument (level, mode)',
        ),
      ],
    ],
    [
      "a nested attribute's missing argument",
      { settings: {} },
      [error(THING, "settings.mode", 'missing required argument "mode" (string)')],
    ],
    [
      "a nested attribute of the wrong shape",
      { settings: [{ mode: "fast" }] },
      [error(THING, "settings", "wrong type: expected object, got array")],
    ],
    [
      "too many elements in a nested list attribute",
      { rules: [{ name: "a" }, { name: "b" }, { name: "c" }] },
      [error(THING, "rules", 'too many elements in "rules": got 3, expected between 1 and 2')],
    ],
    [
      "too few elements in a nested list attribute",
      { rules: [] },
      [error(THING, "rules", 'too few elements in "rules": got 0, expected between 1 and 2')],
    ],
    [
      "a wrong type inside a nested map attribute",
      { weights: { a: { weight: 1 }, b: { weight: "heavy" } } },
      [error(THING, 'weights["b"].weight', 'wrong type: expected number, got string "heavy"')],
    ],
    [
      "an object missing an attribute of its type",
      { endpoint: { host: "h" } },
      [
        error(
          THING,
          "endpoint",
          'wrong type: attribute "port" is required by object({host=string, port=number})',
        ),
      ],
    ],
    [
      "an object attribute its type does not declare (Terraform drops it)",
      { endpoint: { host: "h", port: 80, prot: "tcp" } },
      [
        warning(
          THING,
          "endpoint.prot",
          'attribute "prot" is not part of object({host=string, port=number}); Terraform drops it',
        ),
      ],
    ],
    [
      "a tuple of the wrong length",
      { pair: ["a"] },
      [error(THING, "pair", "wrong type: expected tuple([string, number]), got array")],
    ],
    [
      "a list element of the wrong type",
      { ports: [80, "http", true] },
      [
        error(THING, "ports[1]", 'wrong type: expected number, got string "http"'),
        error(THING, "ports[2]", "wrong type: expected number, got bool true"),
      ],
    ],
    [
      "a map given a list",
      { labels: ["a"] },
      [error(THING, "labels", "wrong type: expected map(string), got array")],
    ],
    [
      "a misspelled argument in a map block",
      { tag: { env: { value: "x" }, team: { valu: "y" } } },
      [
        error(
          THING,
          'tag["team"].valu',
          'unknown argument or block "valu" (did you mean "value"?); expected an argument (value)',
        ),
      ],
    ],
    [
      "a wrong type in a set block",
      { listener: [{ port: 80 }, { port: "http" }] },
      [error(THING, "listener[1].port", 'wrong type: expected number, got string "http"')],
    ],
    [
      "two single blocks",
      { network: [{ subnet: "a" }, { subnet: "b" }] },
      [error(THING, "network", 'too many "network" blocks: got 2, expected at most 1')],
    ],
    [
      "a group block's misspelled argument",
      { placement: { zon: "a" } },
      [
        error(
          THING,
          "placement.zon",
          'unknown argument or block "zon" (did you mean "zone"?); expected an argument (zone)',
        ),
      ],
    ],
    [
      "a block given as a string",
      { network: "subnet-1" },
      [
        error(
          THING,
          "network",
          'expected "network" as a block (an object) or a list of blocks, got string "subnet-1"',
        ),
      ],
    ],
    [
      "four blocks where three at most are allowed",
      { disk: [{ size: 1 }, { size: 2 }, { size: 3 }, { size: 4 }] },
      [error(THING, "disk", 'too many "disk" blocks: got 4, expected between 1 and 3')],
    ],
    [
      "a required block missing",
      { disk: [] },
      [error(THING, "disk", 'missing required block "disk"; expected between 1 and 3')],
    ],
    [
      "a deprecated argument and a deprecated block",
      { legacy: "x", old: [{ value: "y" }] },
      [
        warning(THING, "legacy", 'argument "legacy" is deprecated'),
        warning(THING, "old", 'block "old" is deprecated'),
      ],
    ],
    [
      "a misspelled block in dynamic",
      { dynamic: { listenr: { for_each: tf("var.ports"), content: { port: tf("listenr.value") } } } },
      [
        error(
          THING,
          "dynamic.listenr",
          'unknown block "listenr" in dynamic (did you mean "listener"?); expected a block (disk, listener, network, old, placement, tag)',
        ),
      ],
    ],
    [
      "a misspelled argument in a dynamic block's content",
      { dynamic: { listener: { for_each: tf("var.ports"), content: { prt: tf("listener.value") } } } },
      [
        error(
          THING,
          "dynamic.listener.content.prt",
          'unknown argument or block "prt" (did you mean "port"?); expected an argument (port)',
        ),
        error(THING, "dynamic.listener.content.port", 'missing required argument "port" (number)'),
      ],
    ],
  ])("finds %s", (_what, thing, expected) => {
    expect(findings(exampleStack(thing))).toEqual(expected);
  });

  test("accepts what Terraform accepts: conversions, expressions, single blocks as objects or one-element lists, dynamic blocks", () => {
    const accepted: Json[] = [
      {
        size: "12",
        enabled: "true",
        labels: { a: 1, b: false },
        ports: ["80"],
        anything: [{ any: "thing" }],
      },
      {
        size: tf("var.size"),
        ports: tf("var.ports"),
        endpoint: tf("local.endpoint"),
        settings: tf("local.settings"),
      },
      { rules: [tf("local.first_rule")], weights: { a: tf("local.weight") }, pair: ["a", "1"] },
      { network: { subnet: "a" }, placement: [{ zone: "z" }], tag: { env: { value: "x" } } },
      { disk: [], dynamic: { disk: { for_each: tf("var.disks"), content: { size: tf("disk.value") } } } },
      { size: null, endpoint: { host: "h", port: 1 }, "//": { note: "a comment" } },
    ];
    expect(accepted.flatMap((thing) => findings(exampleStack(thing)))).toEqual([]);
  });

  test("checks data sources, ephemeral resources and provider blocks", () => {
    const stack = exampleStack();
    stack.data = { example_lookup: { l: { kee: "k" } } };
    stack.ephemeral = { example_token: { e: { token: "secret" } } };
    stack.provider.example.push({ alias: "south", regoin: "south" });
    expect(findings(stack)).toEqual([
      error(
        "provider.example.south",
        "regoin",
        'unknown argument or block "regoin" (did you mean "region"?); expected an argument (region)',
      ),
      error(
        "data.example_lookup.l",
        "kee",
        'unknown argument or block "kee" (did you mean "key"?); expected an argument (key)',
      ),
      error("data.example_lookup.l", "key", 'missing required argument "key" (string)'),
      error(
        "ephemeral.example_token.e",
        "token",
        'argument "token" is computed by the provider and cannot be set',
      ),
    ]);
  });

  test("an unknown type: by kind, with the nearest name", () => {
    const stack = exampleStack();
    stack.resource.example_thin = { x: {} };
    stack.resource.example_lookup = { y: { key: "k" } };
    stack.data = { example_thing: { z: {} } };
    stack.ephemeral = { example_tokens: { e: {} } };
    expect(findings(stack)).toEqual([
      error(
        "example_thin.x",
        "",
        'hashicorp/example 1.2.3 has no resource type "example_thin" (did you mean "example_thing"?)',
      ),
      error(
        "example_lookup.y",
        "",
        'hashicorp/example 1.2.3 has no resource type "example_lookup" (it has a data source of that name)',
      ),
      error(
        "data.example_thing.z",
        "",
        'hashicorp/example 1.2.3 has no data source "example_thing" (it has a resource type of that name)',
      ),
      error(
        "ephemeral.example_tokens.e",
        "",
        'hashicorp/example 1.2.3 has no ephemeral resource type "example_tokens" (did you mean "example_token"?)',
      ),
    ]);
  });

  test("a provider without a schema is one error, whatever uses it", () => {
    const stack = exampleStack();
    stack.resource.tls_private_key = { a: { algorithm: "RSA" }, b: { algorithm: "ED25519" } };
    expect(findings(stack)).toEqual([
      error(
        "terraform.required_providers.tls",
        "source",
        `no schema for registry.terraform.io/hashicorp/tls in ${directory} (files: example-1.2.3.json, schema.json); add \`terraform providers schema -json\` output as tls-<version>.json`,
      ),
    ]);
  });

  test("a pinned version other than the schema's is an error; a range is a note", () => {
    const stack = exampleStack();
    stack.terraform.required_providers.example.version = "1.2.4";
    const ranged = exampleStack();
    ranged.terraform.required_providers.example.version = "~> 1.2";
    expect([...findings(stack), ...findings(ranged)]).toEqual([
      error(
        "terraform.required_providers.example",
        "version",
        "pins 1.2.4, but the schema found is example-1.2.3.json (1.2.3); add the output of `terraform providers schema -json` for 1.2.4 as example-1.2.4.json",
      ),
      note(
        "terraform.required_providers.example",
        "version",
        'version constraint "~> 1.2" is not one exact version; checked against hashicorp/example 1.2.3',
      ),
    ]);
  });

  test("reads `terraform providers schema -json` output under any name, for the providers named files lack", () => {
    const stack = {
      terraform: { required_providers: { widget: { source: "acme/widget", version: "0.4.0" } } },
      resource: { widget_part: { ok: { name: "gear" }, bad: { nme: "cog" } } },
    };
    const fresh = new ProviderSchemas(directory);
    expect(checkStack(stack, fresh)).toEqual([
      note(
        "terraform.required_providers.widget",
        "version",
        "checked against schema.json, whose name does not say which version it describes",
      ),
      error(
        "widget_part.bad",
        "nme",
        'unknown argument or block "nme" (did you mean "name"?); expected an argument (name)',
      ),
      error("widget_part.bad", "name", 'missing required argument "name" (string)'),
    ]);
    expect(fresh.loadedFiles()).toEqual(["schema.json"]);
    expect(stackProviders(stack)).toEqual([
      { localName: "widget", source: "registry.terraform.io/acme/widget", version: "0.4.0" },
    ]);
  });

  test("picks the pinned version's file, else the newest (by number, not by text)", () => {
    const versions = mkdtempSync(join(tmpdir(), "provider-schemas-versions-"));
    try {
      for (const version of ["1.2.3", "1.10.0", "1.9.0"]) {
        writeFileSync(join(versions, `example-${version}.json`), JSON.stringify(exampleSchema));
      }
      const picked = (version?: string) => {
        const schema = new ProviderSchemas(versions).provider(
          "registry.terraform.io/hashicorp/example",
          version,
        );
        return typeof schema === "string" ? schema : schema.label;
      };
      expect([picked("1.2.3"), picked("1.9.0"), picked(), picked("2.0.0")]).toEqual([
        "hashicorp/example 1.2.3",
        "hashicorp/example 1.9.0",
        "hashicorp/example 1.10.0",
        "hashicorp/example 1.10.0",
      ]);
    } finally {
      rmSync(versions, { recursive: true, force: true });
    }
  });

  test("a file that is not a provider schema is refused, naming it", () => {
    const broken = mkdtempSync(join(tmpdir(), "provider-schemas-broken-"));
    try {
      writeFileSync(
        join(broken, "aws-5.100.0.json"),
        '{"provider_schemas": {"registry.terraform.io/hashicorp/aws": {',
      );
      writeFileSync(join(broken, "google-6.50.0.json"), '{"resource_schemas": {}}');
      const schemas = new ProviderSchemas(broken);
      expect(() => schemas.provider("registry.terraform.io/hashicorp/aws")).toThrow(
        `${join(broken, "aws-5.100.0.json")}: invalid JSON at byte 62: expected a member name, found the end of the data`,
      );
      expect(() => schemas.provider("registry.terraform.io/hashicorp/google")).toThrow(
        `${join(broken, "google-6.50.0.json")}: not \`terraform providers schema -json\` output (expected "format_version" and a "provider_schemas" object)`,
      );
    } finally {
      rmSync(broken, { recursive: true, force: true });
    }
  });
});

// ---------------------------------------------------------------------------------------------------------------
// The shared schemas, on the platform's own stacks broken one way at a time
// ---------------------------------------------------------------------------------------------------------------

const VERSIONING = "aws_s3_bucket_versioning.platform_artifacts_versioning_22B21ABB";
const BUCKET = "aws_s3_bucket.platform_artifacts_bucket_D310FD5A";
const LIFECYCLE = "aws_s3_bucket_lifecycle_configuration.platform_artifacts_lifecycle_F459DDCB";
const DATABASE = "aws_db_instance.platform_database_instance_2B7B8E03";
const CLUSTER = "aws_eks_cluster.platform_cluster_7D72E0C2";
const ROLE = "aws_iam_role.platform_cluster_cluster-role_D5B247E0";
const PASSWORD = "ephemeral.aws_secretsmanager_random_password.mlops_platform_prod_mlflow_password";
const BACKUPS_ARN = "data.aws_ssm_parameter.platform_database_replicated-backups-arn_3D5ED7AF";

interface Breakage {
  readonly what: string;
  readonly stack: "prod" | "prod-dr";
  readonly change: (stack: Json) => void;
  readonly expected: readonly SchemaFinding[];
}

const breakages: readonly Breakage[] = [
  {
    what: "an unknown argument",
    stack: "prod",
    change: (stack) => {
      at(stack, VERSIONING).expected_bucket_ownr = "333333333333";
    },
    expected: [
      error(
        VERSIONING,
        "expected_bucket_ownr",
        'unknown argument or block "expected_bucket_ownr" (did you mean "expected_bucket_owner"?); expected an argument (bucket, expected_bucket_owner, id, mfa) or a block (versioning_configuration)',
      ),
    ],
  },
  {
    what: "a misspelled argument of a nested block",
    stack: "prod-dr",
    change: (stack) => {
      const restore = at(stack, DATABASE).restore_to_point_in_time;
      restore.use_latest_restorable_tme = restore.use_latest_restorable_time;
      delete restore.use_latest_restorable_time;
    },
    expected: [
      error(
        DATABASE,
        "restore_to_point_in_time[0].use_latest_restorable_tme",
        'unknown argument or block "use_latest_restorable_tme" (did you mean "use_latest_restorable_time"?); expected an argument (restore_time, source_db_instance_automated_backups_arn, source_db_instance_identifier, source_dbi_resource_id, use_latest_restorable_time)',
      ),
    ],
  },
  {
    what: "a misspelled argument two blocks deep",
    stack: "prod",
    change: (stack) => {
      const filter = at(stack, LIFECYCLE).rule[1].filter[0];
      filter.prefx = filter.prefix;
      delete filter.prefix;
    },
    expected: [
      error(
        LIFECYCLE,
        "rule[1].filter[0].prefx",
        'unknown argument or block "prefx" (did you mean "prefix"?); expected an argument (object_size_greater_than, object_size_less_than, prefix) or a block (and, tag)',
      ),
    ],
  },
  {
    what: "a missing required argument",
    stack: "prod",
    change: (stack) => {
      delete at(stack, VERSIONING).bucket;
    },
    expected: [error(VERSIONING, "bucket", 'missing required argument "bucket" (string)')],
  },
  {
    what: "a missing required block",
    stack: "prod",
    change: (stack) => {
      delete at(stack, VERSIONING).versioning_configuration;
    },
    expected: [
      error(
        VERSIONING,
        "versioning_configuration",
        'missing required block "versioning_configuration"; expected exactly 1',
      ),
    ],
  },
  {
    what: "two blocks where max_items is 1",
    stack: "prod",
    change: (stack) => {
      const cluster = at(stack, CLUSTER);
      cluster.vpc_config = [cluster.vpc_config, cluster.vpc_config];
    },
    expected: [error(CLUSTER, "vpc_config", 'too many "vpc_config" blocks: got 2, expected exactly 1')],
  },
  {
    what: "a value for a computed-only attribute",
    stack: "prod",
    change: (stack) => {
      at(stack, BUCKET).arn = "arn:aws:s3:::mlops-platform-prod-mlflow-artifacts";
    },
    expected: [error(BUCKET, "arn", 'argument "arn" is computed by the provider and cannot be set')],
  },
  {
    what: "an object where a string is expected",
    stack: "prod",
    change: (stack) => {
      at(stack, DATABASE).engine = { name: "postgres" };
    },
    expected: [error(DATABASE, "engine", "wrong type: expected string, got object")],
  },
  {
    what: "a string that is no number, a string that is no bool, an object in a set of strings",
    stack: "prod",
    change: (stack) => {
      const database = at(stack, DATABASE);
      database.allocated_storage = "a lot";
      database.storage_encrypted = "yes";
      database.vpc_security_group_ids = [{ id: "sg-1" }];
    },
    expected: [
      error(DATABASE, "allocated_storage", 'wrong type: expected number, got string "a lot"'),
      error(DATABASE, "storage_encrypted", 'wrong type: expected bool, got string "yes"'),
      error(DATABASE, "vpc_security_group_ids[0]", "wrong type: expected string, got object"),
    ],
  },
  {
    what: "an unknown resource type",
    stack: "prod",
    change: (stack) => {
      stack.resource.aws_s3_bukket = { logs: { bucket: "mlops-platform-prod-logs" } };
    },
    expected: [
      error(
        "aws_s3_bukket.logs",
        "",
        'hashicorp/aws 5.100.0 has no resource type "aws_s3_bukket" (did you mean "aws_s3_bucket"?)',
      ),
    ],
  },
  {
    what: "an unknown argument of a data source",
    stack: "prod-dr",
    change: (stack) => {
      at(stack, BACKUPS_ARN).with_decription = true;
    },
    expected: [
      error(
        BACKUPS_ARN,
        "with_decription",
        'unknown argument or block "with_decription" (did you mean "with_decryption"?); expected an argument (id, name, with_decryption)',
      ),
    ],
  },
  {
    what: "a computed-only attribute and a wrong type in the ephemeral password",
    stack: "prod",
    change: (stack) => {
      const password = at(stack, PASSWORD);
      password.random_password = "hunter2";
      password.password_length = "forty";
    },
    expected: [
      error(PASSWORD, "password_length", 'wrong type: expected number, got string "forty"'),
      error(
        PASSWORD,
        "random_password",
        'argument "random_password" is computed by the provider and cannot be set',
      ),
    ],
  },
  {
    what: "a misspelled argument in a provider block's nested block",
    stack: "prod",
    change: (stack) => {
      const defaultTags = stack.provider.aws[1].default_tags[0];
      defaultTags.tag = defaultTags.tags;
      delete defaultTags.tags;
    },
    expected: [
      error(
        "provider.aws.recovery",
        "default_tags[0].tag",
        'unknown argument or block "tag" (did you mean "tags"?); expected an argument (tags)',
      ),
    ],
  },
  {
    what: "deprecated arguments and blocks, as warnings",
    stack: "prod",
    change: (stack) => {
      at(stack, BUCKET).acl = "private";
      at(stack, ROLE).inline_policy = [{ name: "inline", policy: "{}" }];
    },
    expected: [
      warning(ROLE, "inline_policy", 'block "inline_policy" is deprecated'),
      warning(BUCKET, "acl", 'argument "acl" is deprecated'),
    ],
  },
  {
    what: "a pinned provider version the schema is not for",
    stack: "prod",
    change: (stack) => {
      stack.terraform.required_providers.aws.version = "5.101.0";
    },
    expected: [
      error(
        "terraform.required_providers.aws",
        "version",
        "pins 5.101.0, but the schema found is aws-5.100.0.json (5.100.0); add the output of `terraform providers schema -json` for 5.101.0 as aws-5.101.0.json",
      ),
    ],
  },
];

describeIf(providerSchemaAvailability(), { failUnderCi: true })(
  "checkStack with the shared provider schemas",
  () => {
    test("prod uses only the aws provider, and only its schema file is read", () => {
      const fresh = new ProviderSchemas(providerSchemaDirectory());
      const prod = synthStack("prod").json;
      expect(stackProviders(prod)).toEqual([
        { localName: "aws", source: "registry.terraform.io/hashicorp/aws", version: "5.100.0" },
      ]);
      checkStack(prod, fresh);
      expect(fresh.loadedFiles()).toEqual(["aws-5.100.0.json"]);
    });

    test.each(breakages)("finds $what", ({ stack, change, expected }) => {
      expect(newFindings(synthStack(stack).json, change)).toEqual(expected);
    });

    test("expressions are references of any type, and literals that Terraform converts are accepted", () => {
      const added = newFindings(synthStack("prod").json, (stack) => {
        const database = at(stack, DATABASE);
        database.allocated_storage = tf("var.allocated_storage");
        database.vpc_security_group_ids = tf("aws_security_group.extra[*].id");
        database.engine = "%{if var.aurora}aurora-postgresql%{else}postgres%{endif}";
        database.max_allocated_storage = "500";
        database.multi_az = "true";
        database.engine_version = 16;
        database.port = tf("local.port");
        at(stack, ROLE).tags = tf("local.tags");
        at(stack, CLUSTER).enabled_cluster_log_types = ["api", tf("local.extra_log_type")];
      });
      expect(added).toEqual([]);
    });

    test("meta-arguments and // comments are allowed, at the top and inside blocks", () => {
      const added = newFindings(synthStack("prod").json, (stack) => {
        const database = at(stack, DATABASE);
        Object.assign(database, {
          count: 1,
          provider: "aws.recovery",
          depends_on: [CLUSTER],
          lifecycle: { create_before_destroy: true, ignore_changes: ["engine_version"] },
          connection: { type: "ssh", host: tf("self.address") },
          provisioner: [{ "local-exec": { command: "true" } }],
          "//": { metadata: { path: "prod/platform/database/instance" } },
        });
        at(stack, VERSIONING).for_each = tf("toset(var.buckets)");
        at(stack, CLUSTER).vpc_config["//"] = "a comment in a block";
        stack.provider.aws[0]["//"] = "a comment in a provider block";
      });
      expect(added).toEqual([]);
    });
  },
);

describeIf(providerSchemaAvailability(), { failUnderCi: true })(
  "checkStack on Azure and GCP resources synthesized by their cdktf bindings",
  () => {
    const app = Testing.app({ stackTraces: false });
    let stacks = 0;
    const STORAGE = "azurerm_storage_account.artifacts";
    const GCS = "google_storage_bucket.artifacts";

    function azureStack(): Json {
      const stack = new TerraformStack(app, `azure-${++stacks}`);
      new AzurermProvider(stack, "azurerm", { features: [{}] });
      const group = new ResourceGroup(stack, "group", {
        name: "rg-mlops-platform-dev",
        location: "westeurope",
      });
      new StorageAccount(stack, "artifacts", {
        name: "mlopsplatformdev",
        resourceGroupName: group.name,
        location: group.location,
        accountTier: "Standard",
        accountReplicationType: "ZRS",
        minTlsVersion: "TLS1_2",
        blobProperties: { versioningEnabled: true, deleteRetentionPolicy: { days: 7 } },
      });
      return JSON.parse(Testing.synth(stack));
    }

    function googleStack(): Json {
      const stack = new TerraformStack(app, `google-${++stacks}`);
      new GoogleProvider(stack, "google", { project: "mlops-platform-dev", region: "europe-west1" });
      new StorageBucket(stack, "artifacts", {
        name: "mlops-platform-dev-mlflow-artifacts",
        location: "EU",
        uniformBucketLevelAccess: true,
        versioning: { enabled: true },
        lifecycleRule: [{ action: { type: "Delete" }, condition: { age: 30, withState: "ARCHIVED" } }],
      });
      return JSON.parse(Testing.synth(stack));
    }

    test("valid stacks have no finding but the note that their provider blocks are not checked", () => {
      expect([...checkStack(azureStack()), ...checkStack(googleStack())]).toEqual([
        note(
          "provider.azurerm",
          "",
          "not checked: hashicorp/azurerm 4.55.0 has no provider configuration schema in azurerm-4.55.0.json",
        ),
        note(
          "provider.google",
          "",
          "not checked: hashicorp/google 6.50.0 has no provider configuration schema in google-6.50.0.json",
        ),
      ]);
    });

    test("finds a misspelled azurerm nested argument and a missing required one", () => {
      const added = newFindings(azureStack(), (stack) => {
        const account = at(stack, STORAGE);
        account.blob_properties.versioning_enable = account.blob_properties.versioning_enabled;
        delete account.blob_properties.versioning_enabled;
        delete account.account_tier;
      });
      expect(added).toEqual([
        error(
          STORAGE,
          "blob_properties[0].versioning_enable",
          'unknown argument or block "versioning_enable" (did you mean "versioning_enabled"?); expected an argument (change_feed_enabled, change_feed_retention_in_days, default_service_version, last_access_time_enabled, versioning_enabled) or a block (container_delete_retention_policy, cors_rule, delete_retention_policy, restore_policy)',
        ),
        error(STORAGE, "account_tier", 'missing required argument "account_tier" (string)'),
      ]);
    });

    test("finds a google lifecycle rule without its required action, and a bool that is not one", () => {
      const added = newFindings(googleStack(), (stack) => {
        const bucket = at(stack, GCS);
        delete bucket.lifecycle_rule[0].action;
        bucket.versioning.enabled = "yes";
      });
      expect(added).toEqual([
        error(GCS, "lifecycle_rule[0].action", 'missing required block "action"; expected exactly 1'),
        error(GCS, "versioning[0].enabled", 'wrong type: expected bool, got string "yes"'),
      ]);
    });
  },
);
