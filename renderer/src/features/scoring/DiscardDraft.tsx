import { DeleteOutlined } from '@ant-design/icons';
import { App, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import type { SheetView } from '../../../../shared/domain/views';
import { call } from '../../api/client';
import { campaignHref } from '../../app/routes';
import { sectionHref } from '../../app/sessionState';
import { navigate, useRoute } from '../../app/useRoute';
import { translateError } from '../../i18n/translateError';

export interface DiscardDraftProps {
  sheet: SheetView;
  /** The sheet's latest version (saves may have finished since this render). */
  version: () => number;
  /** Holds entries: only a sheet in a round of the wrong kind may then be discarded. */
  misplaced: boolean;
}

/**
 * 丢弃草稿: removes a draft opened by accident (nothing entered), or a sheet filed in a round of
 * the wrong kind, after a confirmation. The branch's audit trail keeps what it held; then the
 * screen goes back where the sheet was opened from.
 */
export function DiscardDraft({ sheet, version, misplaced }: DiscardDraftProps) {
  const { t } = useTranslation();
  const { modal, message } = App.useApp();
  const route = useRoute();
  const entries = Object.keys(sheet.entries).length;

  const confirm = () => {
    modal.confirm({
      title: t('scoring.discardTitle', { branch: sheet.branchName }),
      content: misplaced
        ? t('scoring.discardMisplaced', { count: entries })
        : t('scoring.discardEmpty'),
      okText: t('scoring.discard'),
      okButtonProps: { danger: true },
      cancelText: t('common.cancel'),
      onOk: async () => {
        try {
          await call('sheets.discard', { sheetId: sheet.id, expectedVersion: version() });
          void message.success(t('scoring.discarded'));
          const from = route.name === 'sheet' ? route.from : null;
          navigate(from ? sectionHref(sheet.campaignId, from) : campaignHref(sheet.campaignId));
        } catch (error) {
          void message.error(t('common.actionFailed', { reason: translateError(t, error) }));
        }
      },
    });
  };

  return (
    <Button danger icon={<DeleteOutlined />} onClick={confirm} data-testid="discard-draft">
      {t('scoring.discard')}
    </Button>
  );
}
