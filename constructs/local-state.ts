import { LocalBackend, type TerraformStack } from "cdktf";

/** File, relative to the project root, holding an environment's state when it uses the local backend. */
export function localStateFile(environment: string): string {
  return `terraform.${environment}.tfstate`;
}

/**
 * Keeps an environment's state in a local file at the project root (Terraform runs in
 * cdktf.out/stacks/<env>, which every synth replaces), and returns the line synth prints about it, naming
 * the cloud's shared backend (`sharedIn`, "S3") the spec can choose instead.
 */
export function useLocalState(stack: TerraformStack, environment: string, sharedIn: string): string {
  new LocalBackend(stack, { path: `../../../${localStateFile(environment)}` });
  return `${environment}: state kept LOCALLY in ${localStateFile(environment)}; set stateBackend in config/environments/${environment}.ts to share and lock it in ${sharedIn}`;
}
