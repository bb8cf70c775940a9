import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import type { MethodInput } from '../../../../shared/api';
import { call } from '../../api/client';
import { queryKeys } from '../../api/queryKeys';

/** Keys of the score sheet screen; all start with `sheets`. */
export const sheetKeys = {
  all: ['sheets'] as const,
  open: (roundId: string, branchId: string, evaluatorId: string | null) =>
    ['sheets', 'open', roundId, branchId, evaluatorId ?? 'self'] as const,
  audit: (branchId: string) => ['sheets', 'audit', branchId] as const,
};

/** Opens (creating a draft if needed) one evaluator's sheet; the screen then owns its state. */
export function useOpenSheet(input: MethodInput<'sheets.open'>, enabled: boolean) {
  return useQuery({
    queryKey: sheetKeys.open(input.roundId, input.branchId, input.evaluatorId),
    queryFn: () => call('sheets.open', input),
    enabled,
    // The screen keeps the sheet in local state; a background refetch would fight autosave.
    staleTime: Infinity,
    // Forgotten once the screen closes: coming back must read the current version, not a cached one.
    gcTime: 0,
    refetchOnWindowFocus: false,
  });
}

export function useBranchAudit(branchId: string, enabled: boolean) {
  return useQuery({
    queryKey: sheetKeys.audit(branchId),
    queryFn: () => call('audit.forBranch', { branchId }),
    enabled,
    // Read afresh each time the drawer opens: every save adds entries.
    staleTime: 0,
  });
}

export function getSheet(sheetId: string) {
  return call('sheets.get', { sheetId });
}

export function saveScores(input: MethodInput<'scores.save'>) {
  return call('scores.save', input);
}

export function submitSheet(input: MethodInput<'sheets.submit'>) {
  return call('sheets.submit', input);
}

export function reopenSheet(input: MethodInput<'sheets.reopen'>) {
  return call('sheets.reopen', input);
}

/**
 * Scoring changes the campaign's counts and ranking; they are refreshed once when the sheet
 * screen closes rather than after every autosave.
 */
export function useRefreshCampaignOnLeave(campaignId: string): void {
  const client = useQueryClient();
  useEffect(
    () => () => void client.invalidateQueries({ queryKey: queryKeys.campaign(campaignId) }),
    [client, campaignId],
  );
}
