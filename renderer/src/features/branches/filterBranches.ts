import type { BranchNode, TownshipNode } from '../../../../shared/domain/views';

/** Ignores case and surrounding blanks, which people type by accident. */
export function normalizeQuery(query: string): string {
  return query.trim().toLocaleLowerCase();
}

/**
 * Townships that have a branch whose name contains the query, each with only those branches.
 * An empty query keeps everything.
 */
export function filterTownships(townships: TownshipNode[], query: string): TownshipNode[] {
  const needle = normalizeQuery(query);
  if (needle === '') return townships;
  return townships
    .map((t) => ({
      ...t,
      branches: t.branches.filter((b) => b.name.toLocaleLowerCase().includes(needle)),
    }))
    .filter((t) => t.branches.length > 0);
}

/** Splits a name around the first occurrence of the query, for highlighting. */
export function splitMatch(text: string, query: string): [string, string, string] | undefined {
  const needle = normalizeQuery(query);
  if (needle === '') return undefined;
  const at = text.toLocaleLowerCase().indexOf(needle);
  if (at < 0) return undefined;
  return [text.slice(0, at), text.slice(at, at + needle.length), text.slice(at + needle.length)];
}

export function townshipKey(id: string): string {
  return `township:${id}`;
}

export function branchKey(id: string): string {
  return `branch:${id}`;
}

export function countBranches(townships: TownshipNode[]): number {
  return townships.reduce((sum, t) => sum + t.branches.length, 0);
}

export interface LocatedBranch {
  branch: BranchNode;
  township: TownshipNode;
}

export function findBranch(townships: TownshipNode[], id: string): LocatedBranch | undefined {
  for (const township of townships) {
    const branch = township.branches.find((b) => b.id === id);
    if (branch) return { branch, township };
  }
  return undefined;
}
