/**
 * Whether two repository URLs name the same repository, as git users write them. Two URLs are the same
 * repository when they name the same host and the same path on it, whatever the form:
 * - the scheme does not count: `https://`, `http://`, `ssh://`, `git://` and the scp-like `git@host:path`
 *   are different ways to reach one repository;
 * - user names, passwords and ports do not count (`git@`, `ssh://git@host:22/`, `https://host:443/`):
 *   ssh and https usually reach one server on different ports;
 * - the host is compared without case; a trailing `.git` and trailing slashes are dropped from the path;
 * - the path is compared with case: many servers (GitLab, Gitea, plain ssh) tell `Org/Repo` from `org/repo`.
 * Anything else (a local path, `file://`) is compared as written, after dropping a trailing `.git` and `/`.
 * Forms a server spells differently (Azure DevOps' `_git/` https path against its `v3/` ssh path) are
 * not recognised as the same repository.
 */
export function repositoryIdentity(url: string): string {
  const trimmed = url.trim();
  const withScheme = /^(?:https?|ssh|git|git\+ssh|ssh\+git):\/\/(?:[^@/]*@)?([^/:]+)(?::\d*)?(\/.*)?$/i.exec(
    trimmed,
  );
  if (withScheme) return identity(withScheme[1] as string, withScheme[2] ?? "");
  // scp-like: [user@]host:path, with no slash before the colon (git's own rule for telling it from a path).
  const scpLike = /^(?:[^@/]+@)?([^/:]+):(?!\/\/)(.*)$/.exec(trimmed);
  if (scpLike && !trimmed.startsWith("/")) return identity(scpLike[1] as string, scpLike[2] as string);
  return stripPath(trimmed);
}

/** Whether `a` and `b` name the same repository (see repositoryIdentity). */
export function sameRepository(a: string, b: string): boolean {
  return repositoryIdentity(a) === repositoryIdentity(b);
}

function identity(host: string, path: string): string {
  return `${host.toLowerCase()}/${stripPath(path).replace(/^\/+/, "")}`;
}

function stripPath(path: string): string {
  return path
    .replace(/\/+$/, "")
    .replace(/\.git$/, "")
    .replace(/\/+$/, "");
}
