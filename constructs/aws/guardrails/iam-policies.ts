/** IAM policy documents as the AWS stacks write them (JSON strings), for the rules that read them. */
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
