import { Alert, Button, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { translateError } from '../../i18n/translateError';
import type { GridSaveState as State } from './useGridEditor';

export interface GridSaveStateProps {
  save: State;
  onReload: () => void;
}

/** Always visible, so nobody wonders whether what they typed is kept. */
export function GridSaveState({ save, onReload }: GridSaveStateProps) {
  const { t } = useTranslation();
  if (save.status === 'conflict' || save.status === 'error') {
    return (
      <Alert
        type="error"
        showIcon
        data-testid="grid-save-state"
        title={
          save.status === 'conflict'
            ? t('grid.conflict')
            : t('grid.error', { message: save.error ? translateError(t, save.error) : '' })
        }
        action={
          <Button size="small" onClick={onReload}>
            {t('grid.reload')}
          </Button>
        }
      />
    );
  }
  const type = save.status === 'dirty' ? 'warning' : 'secondary';
  return (
    <Typography.Text type={type} data-testid="grid-save-state" aria-live="polite">
      {t(`grid.${save.status}`)}
    </Typography.Text>
  );
}
