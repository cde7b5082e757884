import { parseArgs } from "node:util";
import type { PublishOptions } from "./publish";

export const USAGE = "usage: npm run gitops -- --repo <gitops checkout> [--env <name>]... [--push]";

/**
 * The command line of `npm run gitops`: `--repo <checkout>` (required), `--env <name>` (repeatable, or
 * comma-separated), `--push`, `--help`. Returns undefined for `--help`; throws a message ending with the
 * usage for anything else it cannot read.
 */
export function parseGitopsArguments(argv: readonly string[]): PublishOptions | undefined {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv);
  } catch (error) {
    throw new Error(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
  }
  const { values, positionals } = parsed;
  if (values.help) return undefined;
  if (positionals.length > 0) {
    throw new Error(
      `unexpected argument ${positionals.map((value) => JSON.stringify(value)).join(" ")}: name each environment with its own --env\n${USAGE}`,
    );
  }
  if (!values.repo)
    throw new Error(`--repo is required: the GitOps repository checkout to publish into\n${USAGE}`);
  const environments = (values.env ?? []).flatMap((value) => value.split(",")).filter((name) => name !== "");
  return {
    repo: values.repo,
    ...(environments.length > 0 && { environments }),
    push: values.push === true,
  };
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
