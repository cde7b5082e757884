import { parseArgs } from "node:util";
import { publishClusterLayer } from "../tools/gitops/publish";

const USAGE = "usage: npm run gitops -- --repo <gitops checkout> [--env <name>]... [--push]";

/**
 * `npm run gitops -- --repo <checkout> [--env <name>]... [--push]`: publishes the synthesized cluster
 * layer into a GitOps repository checkout (tools/gitops/publish.ts), one commit, optionally pushed.
 */
function main(argv: readonly string[]): void {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv);
  } catch (error) {
    throw new Error(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    console.log(USAGE);
    return;
  }
  if (positionals.length > 0) {
    throw new Error(
      `unexpected argument ${positionals.join(" ")}: name each environment with its own --env\n${USAGE}`,
    );
  }
  if (!values.repo)
    throw new Error(`--repo is required: the GitOps repository checkout to publish into\n${USAGE}`);
  const environments = (values.env ?? []).flatMap((value) => value.split(",")).filter((name) => name !== "");
  const result = publishClusterLayer({
    repo: values.repo,
    ...(environments.length > 0 && { environments }),
    push: values.push === true,
  });
  for (const note of result.notes) console.log(note);
}

function parse(argv: readonly string[]) {
  return parseArgs({
    args: [...argv],
    options: {
      repo: { type: "string" },
      env: { type: "string", multiple: true },
      push: { type: "boolean" },
      help: { type: "boolean", short: "h" },
    },
    allowPositionals: true,
    strict: true,
  });
}

try {
  main(process.argv.slice(2));
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
