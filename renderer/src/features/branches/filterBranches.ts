import { pinyin } from 'pinyin-pro';
import type { BranchNode, TownshipNode } from '../../../../shared/domain/views';

/** Ignores case and surrounding blanks, which people type by accident. */
export function normalizeQuery(query: string): string {
  return query.trim().toLocaleLowerCase();
}

/** Branch id → pinyin initials of its name, one letter per character ("新华村" → "xhc"). */
export type InitialsIndex = ReadonlyMap<string, string>;

/** Initials of a name, one per character; other characters stand for themselves. */
export function nameInitials(name: string): string {
  return pinyin(name, { pattern: 'first', toneType: 'none', type: 'array' })
    .join('')
    .toLocaleLowerCase();
}

/** Built once per tree load: pinyin conversion is far too slow to redo on every keystroke. */
export function buildInitialsIndex(townships: TownshipNode[]): InitialsIndex {
  const index = new Map<string, string>();
  for (const township of townships) {
    for (const branch of township.branches) index.set(branch.id, nameInitials(branch.name));
  }
  return index;
}

function matches(branch: BranchNode, needle: string, index: InitialsIndex): boolean {
  if (branch.name.toLocaleLowerCase().includes(needle)) return true;
  return index.get(branch.id)?.includes(needle.replace(/\s+/g, '')) ?? false;
}

/** Archived branches are only listed when asked for; they take no new work. */
export function visibleTownships(townships: TownshipNode[], showArchived: boolean): TownshipNode[] {
  if (showArchived) return townships;
  return townships.map((t) => ({ ...t, branches: t.branches.filter((b) => !b.archived) }));
}

/**
 * Townships that have a branch whose name contains the query, or whose pinyin initials do,
 * each with only those branches. An empty query keeps everything, empty townships included.
 */
export function filterTownships(
  townships: TownshipNode[],
  query: string,
  index: InitialsIndex = new Map(),
): TownshipNode[] {
  const needle = normalizeQuery(query);
  if (needle === '') return townships;
  return townships
    .map((t) => ({ ...t, branches: t.branches.filter((b) => matches(b, needle, index)) }))
    .filter((t) => t.branches.length > 0);
}

/**
 * Splits a name around the first occurrence of the query, for highlighting; when only the
 * initials match, around the characters those initials belong to.
 */
export function splitMatch(
  text: string,
  query: string,
  initials?: string,
): [string, string, string] | undefined {
  const needle = normalizeQuery(query);
  if (needle === '') return undefined;
  const at = text.toLocaleLowerCase().indexOf(needle);
  if (at >= 0) {
    return [text.slice(0, at), text.slice(at, at + needle.length), text.slice(at + needle.length)];
  }
  const chars = Array.from(text);
  const compact = needle.replace(/\s+/g, '');
  const from = initials?.indexOf(compact) ?? -1;
  // Only when every character has exactly one initial can positions be mapped back.
  if (from < 0 || initials?.length !== chars.length) return undefined;
  const to = from + compact.length;
  return [chars.slice(0, from).join(''), chars.slice(from, to).join(''), chars.slice(to).join('')];
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
