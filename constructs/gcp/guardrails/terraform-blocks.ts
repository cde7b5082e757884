// biome-ignore lint/suspicious/noExplicitAny: resource arguments are plain JSON of any shape.
type Json = any;

/** A nested block as the synthesized JSON holds it (an object, or a list of one): its first, or {}. */
export function blockOf(value: unknown): Json {
  return [value ?? []].flat()[0] ?? {};
}
