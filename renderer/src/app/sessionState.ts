import { useCallback, useState } from 'react';
import type { CampaignSection } from './routes';
import { campaignHref, parseHash } from './routes';

/**
 * State a screen keeps for the rest of the session (its filters, the round picked): leaving for
 * a score sheet unmounts the screen, and coming back (or reloading) must show the same rows.
 * Kept in the tab's sessionStorage, as JSON: a new window or a restart starts clean, as a new
 * day's work should.
 */
const PREFIX = 'xingping.view.';

function read<T>(key: string): { found: true; value: T } | { found: false } {
  try {
    const text = window.sessionStorage.getItem(PREFIX + key);
    return text === null ? { found: false } : { found: true, value: JSON.parse(text) as T };
  } catch {
    return { found: false };
  }
}

function store(key: string, value: unknown): void {
  try {
    if (value === undefined) window.sessionStorage.removeItem(PREFIX + key);
    else window.sessionStorage.setItem(PREFIX + key, JSON.stringify(value));
  } catch {
    // Storage full or refused: the screen still works, it only forgets on leaving.
  }
}

export function useSessionState<T>(
  key: string,
  initial: T | (() => T),
): [T, (next: T | ((previous: T) => T)) => void] {
  const [value, setValue] = useState<T>(() => {
    const saved = read<T>(key);
    if (saved.found) return saved.value;
    return typeof initial === 'function' ? (initial as () => T)() : initial;
  });
  const update = useCallback(
    (next: T | ((previous: T) => T)) => {
      setValue((previous) => {
        const resolved = typeof next === 'function' ? (next as (previous: T) => T)(previous) : next;
        store(key, resolved);
        return resolved;
      });
    },
    [key],
  );
  return [value, update];
}

/**
 * The address each campaign screen was last left at, query included (the ranking keeps its
 * filters there, rewritten in place, so the address as it was when the user left is the one
 * to return to).
 */
const lastHrefs = new Map<string, string>();

function remember(url: string): void {
  const hash = new URL(url).hash;
  const route = parseHash(hash);
  if (route.name === 'campaign') lastHrefs.set(`${route.campaignId}/${route.section}`, hash);
}

if (typeof window !== 'undefined') {
  window.addEventListener('hashchange', (event) => remember(event.oldURL));
}

/** The way back to a campaign screen as it was left, else the screen itself. */
export function sectionHref(campaignId: string, section: CampaignSection): string {
  return lastHrefs.get(`${campaignId}/${section}`) ?? campaignHref(campaignId, section);
}
