import { LocalBackend, S3Backend, TerraformOutput, TerraformStack } from "cdktf";
import type { Construct } from "constructs";
import type { PlatformEnvironment } from "../config";
import { planSubnets } from "../config/network-layout";
import { CLOUD_PLATFORMS } from "./cloud-platforms";

/**
 * The cloud layer of one environment, named after it so that `cdktf deploy <env>` does what it says.
 * Outputs carry names and endpoints only: never a credential.
 */
export class PlatformStack extends TerraformStack {
  constructor(scope: Construct, platform: PlatformEnvironment) {
    const { environment: env, contract } = platform;
    super(scope, env.name);

    const factory = CLOUD_PLATFORMS[env.cloud];
    if (!factory) {
      const implemented = Object.keys(CLOUD_PLATFORMS)
        .map((cloud) => `"${cloud}"`)
        .join(", ");
      throw new Error(
        `environment "${env.name}", field cloud: got "${env.cloud}"; the cloud layer is implemented for ${implemented} only so far`,
      );
    }

    const backend = env.stateBackend;
    if (env.target?.kind === "emulator") {
      // Emulated resources must never be recorded in the environment's own state: keep it beside the output.
      new LocalBackend(this, { path: `../../${EMULATOR_STATE_FILE}` });
    } else if (backend.kind === "s3") {
      const s3 = new S3Backend(this, {
        bucket: backend.bucket,
        key: backend.key ?? `mlops-platform/${env.name}/terraform.tfstate`,
        region: backend.region ?? env.region,
        encrypt: true,
      });
      // Terraform's native S3 locking (no DynamoDB table); cdktf 0.21's typed config predates it.
      s3.addOverride("use_lockfile", true);
    } else {
      // Terraform runs in cdktf.out/stacks/<env>, which every synth replaces: keep state at the project root.
      new LocalBackend(this, { path: `../../../${localStateFile(env.name)}` });
    }

    const cloud = factory(this, "platform", {
      environment: env,
      contract,
      ...(platform.source && { source: platform.source }),
      subnets: planSubnets(env.network.vpcCidr, env.network.availabilityZones.length),
    });

    const outputs: Record<string, { value: string | number; description: string }> = {
      cluster_name: { value: cloud.cluster.name, description: "Kubernetes cluster name" },
      cluster_endpoint: { value: cloud.cluster.endpoint, description: "Kubernetes API server URL" },
      cluster_oidc_issuer_url: {
        value: cloud.cluster.oidcIssuerUrl,
        description: "Issuer of service-account tokens",
      },
      database_instance_id: { value: cloud.database.instanceId, description: "MLflow database instance" },
      database_address: { value: cloud.database.address, description: "MLflow database hostname" },
      database_port: { value: cloud.database.port, description: "MLflow database port" },
      database_credentials_secret: {
        value: cloud.database.credentialsSecretName,
        description: "Secret-manager entry with the database credentials (the password stays there)",
      },
      artifact_bucket: { value: cloud.artifactStore.bucketName, description: "MLflow artifact bucket" },
      artifact_uri: { value: cloud.artifactStore.uri, description: "MLflow artifact bucket URI" },
    };
    for (const workload of cloud.identities.workloadNames) {
      outputs[`identity_${workload.replace(/[^a-zA-Z0-9]/g, "_")}`] = {
        value: cloud.identities.principalOf(workload),
        description: `Cloud identity of the ${workload} service account`,
      };
    }
    for (const [name, output] of Object.entries(outputs)) {
      new TerraformOutput(this, name, {
        value: output.value,
        description: output.description,
        sensitive: false,
      });
    }
  }

  /**
   * cdktf resolves every token once before synthesis only to discover references between stacks. The
   * platform's stacks never reference each other (a recovery stack finds its source's data by name), so
   * that pass, a third of the stacks' synth time, is skipped. Every stack sets its backend itself.
   */
  override prepareStack(): void {}
}

/** File, relative to the synth output directory, holding the state of a stack that deploys to the emulator. */
export const EMULATOR_STATE_FILE = "terraform.tfstate";

/** File, relative to the project root, holding an environment's state when it uses the local backend. */
export function localStateFile(environment: string): string {
  return `terraform.${environment}.tfstate`;
}
