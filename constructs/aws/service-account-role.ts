import { IamRole } from "@cdktf/provider-aws/lib/iam-role";
import { IamRolePolicy } from "@cdktf/provider-aws/lib/iam-role-policy";
import { Fn } from "cdktf";
import { Construct } from "constructs";
import { type PolicyStatement, policyDocument } from "./iam-policy";

export interface ServiceAccountRoleProps {
  readonly roleName: string;
  /** ARN of the cluster's IAM OIDC provider. */
  readonly oidcProviderArn: string;
  /** Issuer URL of the cluster (with or without https://). */
  readonly oidcIssuerUrl: string;
  readonly namespace: string;
  readonly serviceAccount: string;
  /** Inline permissions; keep them to what the workload needs. */
  readonly statements: readonly PolicyStatement[];
}

const KUBERNETES_NAME = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;

/**
 * An IAM role for one Kubernetes service account (IRSA): only tokens issued by this cluster for exactly
 * `system:serviceaccount:<namespace>:<serviceAccount>`, with the STS audience, may assume it.
 */
export class ServiceAccountRole extends Construct {
  readonly role: IamRole;
  readonly arn: string;

  constructor(scope: Construct, id: string, props: ServiceAccountRoleProps) {
    super(scope, id);
    for (const field of ["namespace", "serviceAccount"] as const) {
      if (!KUBERNETES_NAME.test(props[field]) || props[field].length > 63) {
        throw new Error(
          `ServiceAccountRole ${props.roleName}: ${field} is "${props[field]}"; expected a Kubernetes name (RFC 1123 label)`,
        );
      }
    }
    if (props.statements.length === 0) {
      throw new Error(
        `ServiceAccountRole ${props.roleName}: statements is empty; a workload role must grant something`,
      );
    }
    const issuer = Fn.replace(props.oidcIssuerUrl, "https://", "");
    this.role = new IamRole(this, "role", {
      name: props.roleName,
      description: `Assumed by service account ${props.namespace}/${props.serviceAccount}`,
      maxSessionDuration: 3600,
      assumeRolePolicy: policyDocument([
        {
          Effect: "Allow",
          Principal: { Federated: props.oidcProviderArn },
          Action: "sts:AssumeRoleWithWebIdentity",
          Condition: {
            StringEquals: {
              [`${issuer}:sub`]: `system:serviceaccount:${props.namespace}:${props.serviceAccount}`,
              [`${issuer}:aud`]: "sts.amazonaws.com",
            },
          },
        },
      ]),
    });
    new IamRolePolicy(this, "policy", {
      name: "workload",
      role: this.role.id,
      policy: policyDocument(props.statements),
    });
    this.arn = this.role.arn;
  }
}
