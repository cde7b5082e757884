import { Construct } from "constructs";
import { Application } from "../../imports/argocd-applications-argoproj.io";
import type { HelmAddOn } from "./add-ons/helm-add-on";
import { applicationMetadata, syncPolicy } from "./argocd-application";
import { IN_CLUSTER } from "./argocd-project";

export interface ArgoCdHelmApplicationProps {
  readonly name: string;
  readonly project: string;
  readonly addOn: HelmAddOn;
  /** @default "argocd" */
  readonly argoCdNamespace?: string;
}

/** One add-on's pinned upstream chart delivered by ArgoCD, with the platform's values inline. */
export class ArgoCdHelmApplication extends Construct {
  constructor(scope: Construct, id: string, props: ArgoCdHelmApplicationProps) {
    super(scope, id);
    const { addOn } = props;
    const generated = addOn.generatedFields ?? [];
    if (addOn.chart.repoUrl.startsWith("oci://")) {
      throw new Error(
        `ArgoCdHelmApplication ${props.name}: chart.repoUrl is "${addOn.chart.repoUrl}"; expected an https:// Helm repository or an OCI registry path without "oci://" (ArgoCD's Helm source form)`,
      );
    }
    new Application(this, "application", {
      metadata: applicationMetadata(props.name, addOn.wave, props.argoCdNamespace),
      spec: {
        project: props.project,
        source: {
          repoUrl: addOn.chart.repoUrl,
          chart: addOn.chart.chart,
          targetRevision: addOn.chart.version,
          helm: {
            releaseName: addOn.releaseName,
            ...(addOn.values && Object.keys(addOn.values).length > 0 && { valuesObject: addOn.values }),
            ...(addOn.skipCrds && { skipCrds: true }),
          },
        },
        destination: { server: IN_CLUSTER, namespace: addOn.namespace },
        ...(generated.length > 0 && {
          ignoreDifferences: generated.map((field) => ({
            group: field.group,
            kind: field.kind,
            name: field.name,
            namespace: addOn.namespace,
            jsonPointers: [...field.jsonPointers],
          })),
        }),
        syncPolicy: syncPolicy({
          ...(addOn.createNamespace && { createNamespace: addOn.createNamespace }),
          // Without it a sync would still write the newly rendered values over the live ones.
          extraOptions: generated.length > 0 ? ["RespectIgnoreDifferences=true"] : [],
        }),
      },
    });
  }
}
