import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { SaveState } from './useSheetEditor';

function clock(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}`;
}

/** 未保存 / 保存中 / 已保存 hh:mm:ss, always visible so nobody wonders whether input is kept. */
export function SaveIndicator({ save }: { save: SaveState }) {
  const { t } = useTranslation();
  const text = (() => {
    switch (save.status) {
      case 'clean':
        return save.savedAt
          ? t('scoring.saved', { time: clock(save.savedAt) })
          : t('scoring.noChanges');
      case 'saved':
        return t('scoring.saved', { time: clock(save.savedAt ?? new Date()) });
      case 'dirty':
        return t('scoring.unsaved');
      case 'saving':
        return t('scoring.saving');
      case 'conflict':
        return t('scoring.conflictShort');
      case 'error':
        return t('scoring.saveFailed');
    }
  })();
  const type =
    save.status === 'conflict' || save.status === 'error'
      ? 'danger'
      : save.status === 'dirty'
        ? 'warning'
        : 'secondary';
  return (
    <Typography.Text type={type} data-testid="save-state" aria-live="polite">
      {text}
    </Typography.Text>
  );
}
