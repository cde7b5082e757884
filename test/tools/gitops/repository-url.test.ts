import { repositoryIdentity, sameRepository } from "../../../tools/gitops/repository-url";

describe("repository URLs: which forms name the same repository", () => {
  test.each([
    ["https://github.com/org/gitops.git", "github.com/org/gitops"],
    ["https://github.com/org/gitops", "github.com/org/gitops"],
    ["https://github.com/org/gitops/", "github.com/org/gitops"],
    ["https://user:token@GitHub.com:443/org/gitops.git", "github.com/org/gitops"],
    ["http://github.com/org/gitops", "github.com/org/gitops"],
    ["git@github.com:org/gitops.git", "github.com/org/gitops"],
    ["github.com:org/gitops", "github.com/org/gitops"],
    ["ssh://git@github.com/org/gitops.git", "github.com/org/gitops"],
    ["ssh://git@github.com:22/org/gitops", "github.com/org/gitops"],
    ["git://github.com/org/gitops.git", "github.com/org/gitops"],
    ["/srv/git/gitops.git", "/srv/git/gitops"],
    ["file:///srv/git/gitops.git", "file:///srv/git/gitops"],
  ])("%s is %s", (url, identity) => {
    expect(repositoryIdentity(url)).toBe(identity);
  });

  test("https and ssh forms of one host and path are the same repository", () => {
    expect(
      sameRepository("https://gitlab.example.com/team/gitops.git", "git@gitlab.example.com:team/gitops"),
    ).toBe(true);
    expect(
      sameRepository(
        "ssh://git@gitlab.example.com:2222/team/gitops.git",
        "https://gitlab.example.com/team/gitops",
      ),
    ).toBe(true);
  });

  test("another path, another host or another case of the path is another repository", () => {
    expect(sameRepository("https://github.com/org/gitops", "https://github.com/org/gitops-dr")).toBe(false);
    expect(sameRepository("https://github.com/org/gitops", "https://gitlab.com/org/gitops")).toBe(false);
    expect(sameRepository("https://github.com/org/gitops", "https://github.com/Org/GitOps")).toBe(false);
    expect(sameRepository("https://github.com/org/gitops", "https://github.com/other/org/gitops")).toBe(
      false,
    );
  });
});
