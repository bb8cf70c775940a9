import { App, Button, Card, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useStartEmpty } from './mutations';
import { useLanguage } from '../../i18n/useLanguage';
import { translateError } from '../../i18n/translateError';

/** "Start with an empty database", confirmed first: the user may still hope for a backup. */
export function StartEmptyChoice() {
  const { t } = useTranslation();
  const { modal, message } = App.useApp();
  const startEmpty = useStartEmpty();
  // Saved into the new database, so the language chosen on this screen is kept.
  const [language, setLanguage] = useLanguage();

  const confirm = () => {
    modal.confirm({
      title: t('recovery.confirmTitle'),
      content: t('recovery.confirmText'),
      okText: t('recovery.confirmOk'),
      cancelText: t('common.cancel'),
      focusable: { autoFocusButton: 'cancel' },
      onOk: async () => {
        try {
          await startEmpty.mutateAsync();
          setLanguage(language);
        } catch (error) {
          void message.error(t('recovery.startFailed', { reason: translateError(t, error) }));
        }
      },
    });
  };

  return (
    <Card title={t('recovery.emptyTitle')}>
      <Typography.Paragraph>{t('recovery.emptyText')}</Typography.Paragraph>
      <Button type="primary" onClick={confirm} loading={startEmpty.isPending}>
        {t('recovery.emptyButton')}
      </Button>
    </Card>
  );
}
