import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App } from 'antd';
import { useTranslation } from 'react-i18next';
import type { MethodInput, MethodName } from '../../../../shared/api';
import type { MeetingView } from '../../../../shared/domain/views/meetings';
import { call } from '../../api/client';
import { queryKeys } from '../../api/queryKeys';
import { translateError } from '../../i18n/translateError';
import { meetingKeys } from './queries';

/** The meeting methods that change a meeting and answer with its new view. */
export type MeetingAction = Extract<
  MethodName,
  | 'meetings.rollCall'
  | 'meetings.start'
  | 'meetings.reorder'
  | 'meetings.orderByRecusal'
  | 'meetings.advance'
  | 'meetings.declareRecusal'
  | 'meetings.decide'
  | 'meetings.setShowNames'
  | 'meetings.close'
  | 'meetings.reopen'
  | 'meetings.project'
>;

/**
 * One mutation per action: the answer replaces the cached view at once (the projector gets it
 * through the `meeting.changed` event); a refusal is shown with its translated reason.
 */
export function useMeetingAction<M extends MeetingAction>(method: M) {
  const client = useQueryClient();
  const { message } = App.useApp();
  const { t } = useTranslation();
  return useMutation({
    mutationFn: (input: MethodInput<M>) => call(method, input) as Promise<MeetingView>,
    onSuccess: (view) => {
      client.setQueryData(meetingKeys.one(view.id), view);
      // A decision changes the ranking's 评审结果 column, and a 退回复核 reopens sheets: the
      // whole campaign is read again. Other actions change only the meetings list.
      const changed =
        method === 'meetings.decide'
          ? queryKeys.campaign(view.campaignId)
          : meetingKeys.list(view.campaignId);
      void client.invalidateQueries({ queryKey: changed });
    },
    onError: (error) => {
      void message.error(t('common.actionFailed', { reason: translateError(t, error) }));
    },
  });
}

export function useCreateMeeting(campaignId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: MethodInput<'meetings.create'>) => call('meetings.create', input),
    onSuccess: (view) => {
      client.setQueryData(meetingKeys.one(view.id), view);
      return client.invalidateQueries({ queryKey: meetingKeys.list(campaignId) });
    },
  });
}
