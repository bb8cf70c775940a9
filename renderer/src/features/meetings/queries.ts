import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { call } from '../../api/client';
import { rankingKeys } from '../ranking/queries';

export const meetingKeys = {
  list: (campaignId: string) => ['campaigns', campaignId, 'meetings'] as const,
  one: (id: string) => ['meetings', id] as const,
  simulation: (id: string, itemId: string, level: number) =>
    ['meetings', id, 'simulate', itemId, level] as const,
};

export function useMeetings(campaignId: string) {
  return useQuery({
    queryKey: meetingKeys.list(campaignId),
    queryFn: () => call('meetings.list', { campaignId }),
  });
}

export function useMeeting(id: string) {
  return useQuery({ queryKey: meetingKeys.one(id), queryFn: () => call('meetings.get', { id }) });
}

/** Read-only: "if this branch is rated N★, who else moves?"; null level asks nothing. */
export function useSimulation(id: string, itemId: string | null, level: number | null) {
  return useQuery({
    queryKey: meetingKeys.simulation(id, itemId ?? '', level ?? -1),
    queryFn: () => call('meetings.simulate', { id, itemId: itemId ?? '', level: level ?? 0 }),
    enabled: itemId !== null && level !== null,
  });
}

/**
 * Re-reads the meeting whenever main says it changed (the operator in another window, or this
 * one): the projector follows the operator's advance through this within a second. The
 * campaign's ranking is re-read too: a 退回复核 reopens sheets and changes it.
 */
export function useMeetingFollow(id: string, campaignId: string | undefined): void {
  const client = useQueryClient();
  useEffect(
    () =>
      window.xingping.events.subscribe('meeting.changed', (event) => {
        if (event.meetingId !== id) return;
        void client.invalidateQueries({ queryKey: meetingKeys.one(id) });
        void client.invalidateQueries({ queryKey: ['meetings', id, 'simulate'] });
        if (campaignId) void client.invalidateQueries({ queryKey: rankingKeys.all(campaignId) });
      }),
    [client, id, campaignId],
  );
}
