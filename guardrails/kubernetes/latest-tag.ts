import type { KubernetesRule } from "../rule";
import { containersOf, POD_SPEC_KINDS } from "./pod-specs";

/** An image reference without a tag or digest, or tagged `latest`. */
function floating(image: string): boolean {
  if (image.includes("@sha256:")) return false;
  const lastSegment = image.slice(image.lastIndexOf("/") + 1);
  const colon = lastSegment.lastIndexOf(":");
  return colon < 0 || lastSegment.slice(colon + 1) === "latest";
}

/** kube-linter latest-tag: no `latest` or untagged images. */
export const latestTag: KubernetesRule = {
  id: "latest-tag",
  severity: "error",
  rationale: "a floating tag deploys whatever was pushed last: no review, no rollback, nodes disagree",
  fix: "pin every image to a released tag (and record it in docs/versions.md)",
  kinds: POD_SPEC_KINDS,
  check(object) {
    // A predictor without an image runs the serving runtime's own image, pinned by the KServe release.
    const failing = containersOf(object).filter(
      ({ container }) => typeof container.image === "string" && floating(container.image),
    );
    if (failing.length === 0) return undefined;
    return failing.map(({ label, container }) => `${label} runs "${container.image}"`).join(", ");
  },
};
