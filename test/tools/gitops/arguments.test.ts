import { parseGitopsArguments, USAGE } from "../../../tools/gitops/arguments";

describe("npm run gitops: its command line", () => {
  test("--repo, repeated or comma-separated --env, --push", () => {
    expect(parseGitopsArguments(["--repo", "../gitops"])).toEqual({ repo: "../gitops", push: false });
    expect(
      parseGitopsArguments(["--repo=../gitops", "--env", "dev", "--env", "prod,staging", "--push"]),
    ).toEqual({
      repo: "../gitops",
      environments: ["dev", "prod", "staging"],
      push: true,
    });
    expect(parseGitopsArguments(["--help"])).toBeUndefined();
  });

  test("what it cannot read is refused with the usage", () => {
    expect(() => parseGitopsArguments([])).toThrow(
      `--repo is required: the GitOps repository checkout to publish into\n${USAGE}`,
    );
    expect(() => parseGitopsArguments(["--repo", "x", "--env", "dev", "prod"])).toThrow(
      `unexpected argument "prod": name each environment with its own --env\n${USAGE}`,
    );
    expect(() => parseGitopsArguments(["--repo", "x", "--force"])).toThrow(
      /Unknown option '--force'[\s\S]*usage:/,
    );
  });
});
