import type { TerraformResource, TerraformResources } from "./rule";

/** Whether an argument (any JSON) refers to `resource` ("${azurerm_storage_account.<name>.id}"). */
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

/** A nested block as the synthesized JSON holds it (an object, or a list of one): its first, or {}. */
// biome-ignore lint/suspicious/noExplicitAny: resource arguments are plain JSON of any shape.
export function blockOf(value: unknown): any {
  return [value ?? []].flat()[0] ?? {};
}
