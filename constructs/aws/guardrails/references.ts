import type { TerraformResource, TerraformResources } from "../../../guardrails/rule";

/** Whether an argument (any JSON) refers to `resource` ("${aws_s3_bucket.<name>.id}"). */
export function refersTo(value: unknown, resource: TerraformResource): boolean {
  return JSON.stringify(value ?? null).includes(`\${${resource.address}.`);
}

/** The resources of `type` whose `argument` refers to `resource`. */
export function referring(
  stack: TerraformResources,
  type: string,
  argument: string,
  resource: TerraformResource,
): readonly TerraformResource[] {
  return stack.ofType(type).filter((other) => refersTo(other.config[argument], resource));
}

export interface PolicyStatement {
  readonly Sid?: string;
  readonly Effect?: string;
  readonly Principal?: unknown;
  readonly Action?: string | readonly string[];
  readonly Resource?: string | readonly string[];
  readonly Condition?: Record<string, Record<string, unknown>>;
}

/** The statements of an IAM policy document held as a JSON string (how the stacks write them). */
export function statementsOf(policy: unknown): readonly PolicyStatement[] {
  if (typeof policy !== "string") return [];
  try {
    const document = JSON.parse(policy) as { Statement?: PolicyStatement | PolicyStatement[] };
    if (document.Statement === undefined) return [];
    return Array.isArray(document.Statement) ? document.Statement : [document.Statement];
  } catch {
    return [];
  }
}

export function asList(value: string | readonly string[] | undefined): readonly string[] {
  if (value === undefined) return [];
  return typeof value === "string" ? [value] : value;
}
