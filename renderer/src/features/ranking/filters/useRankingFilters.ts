import { useCallback, useEffect, useState } from 'react';
import type { RankingFilters } from './rankingFilters';
import { parseFilters, serializeFilters } from './rankingFilters';

function splitHash(): [string, string] {
  const hash = window.location.hash;
  const at = hash.indexOf('?');
  return at < 0 ? [hash, ''] : [hash.slice(0, at), hash.slice(at + 1)];
}

/**
 * Filter state mirrored into the hash query (`#/campaigns/…/ranking?town=…`), so a reload or a
 * copied link shows the same rows. It replaces the history entry instead of adding one: a typed
 * search should not take twenty presses of Back to leave.
 */
export function useRankingFilters(): [RankingFilters, (patch: Partial<RankingFilters>) => void] {
  const [filters, setFilters] = useState(() => parseFilters(splitHash()[1]));

  useEffect(() => {
    // A link to the bare screen (the side menu) or Back resets to what the address says.
    const onHashChange = () => setFilters(parseFilters(splitHash()[1]));
    window.addEventListener('hashchange', onHashChange);
    return () => window.removeEventListener('hashchange', onHashChange);
  }, []);

  useEffect(() => {
    const [path, query] = splitHash();
    const next = serializeFilters(filters);
    if (next !== query) {
      window.history.replaceState(window.history.state, '', next ? `${path}?${next}` : path);
    }
  }, [filters]);

  const update = useCallback((patch: Partial<RankingFilters>) => {
    setFilters((previous) => ({ ...previous, ...patch }));
  }, []);

  return [filters, update];
}
