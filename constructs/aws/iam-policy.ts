/** IAM policy documents as typed values, rendered to JSON (cdktf tokens inside strings resolve at synth). */

export interface PolicyStatement {
  readonly Sid?: string;
  readonly Effect: "Allow" | "Deny";
  readonly Principal?: "*" | Readonly<Record<string, string | readonly string[]>>;
  readonly Action: string | readonly string[];
  readonly Resource?: string | readonly string[];
  readonly Condition?: Readonly<
    Record<string, Readonly<Record<string, string | readonly string[] | boolean>>>
  >;
}

export function policyDocument(statements: readonly PolicyStatement[]): string {
  return JSON.stringify({ Version: "2012-10-17", Statement: statements });
}

/** Trust policy letting an AWS service assume a role. */
export function serviceTrustPolicy(...services: string[]): string {
  return policyDocument([
    {
      Effect: "Allow",
      Principal: { Service: services.length === 1 ? (services[0] as string) : services },
      Action: "sts:AssumeRole",
    },
  ]);
}

export function managedPolicyArn(name: string): string {
  return `arn:aws:iam::aws:policy/${name}`;
}
