/**
 * The whole environment spec: the union, on `cloud`, of the registered clouds' spec schemas (each built
 * from the common sections in spec-common.ts), and the type derived from it.
 */
import { z } from "zod";
import { CLOUD_LIST } from "../constructs/clouds";

// Zod compiles a fast parser for an object schema (generated code) the first time it parses one; a synth
// parses a few specs once, so generating and compiling that code cost more than it saved (about 15 ms
// of every synth). Interpreted parsing gives the same results, and runs no generated code.
z.config({ jitless: true });

type DeepReadonly<T> = T extends (infer Item)[]
  ? readonly DeepReadonly<Item>[]
  : T extends object
    ? { readonly [Key in keyof T]: DeepReadonly<T[Key]> }
    : T;

/** What a platform engineer writes for one environment: one of the registered clouds' spec schemas. */
export type EnvironmentSpec = DeepReadonly<z.input<(typeof CLOUD_LIST)[number]["specSchema"]>>;

let schema: z.ZodType | undefined;

/** Every environment spec: one shape per registered cloud, told apart by `cloud` (built once). */
export function environmentSpecSchema(): z.ZodType {
  if (!schema) {
    const [first, ...others] = CLOUD_LIST.map((cloud) => cloud.specSchema);
    schema = z.discriminatedUnion("cloud", [first as (typeof CLOUD_LIST)[number]["specSchema"], ...others]);
  }
  return schema;
}

/** The clouds the schema knows: the registered ones. */
export const SPEC_CLOUDS: readonly string[] = CLOUD_LIST.map((cloud) => cloud.name);
