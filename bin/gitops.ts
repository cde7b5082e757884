import { InvalidEnvironmentError } from "../config";
import { parseGitopsArguments, USAGE } from "../tools/gitops/arguments";
import { publishClusterLayer } from "../tools/gitops/publish";

/**
 * `npm run gitops -- --repo <checkout> [--env <name>]... [--push]`: publishes the synthesized cluster
 * layer into a GitOps repository checkout (tools/gitops/publish.ts), one commit, optionally pushed.
 */
try {
  const options = parseGitopsArguments(process.argv.slice(2));
  if (options === undefined) console.log(USAGE);
  else for (const note of publishClusterLayer(options).notes) console.log(note);
} catch (error) {
  const message = error instanceof Error ? error.message : String(error);
  console.error(error instanceof InvalidEnvironmentError ? `nothing was written: ${message}` : message);
  process.exit(1);
}
