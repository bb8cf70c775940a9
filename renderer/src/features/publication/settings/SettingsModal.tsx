import { Modal, Tabs } from 'antd';
import { useTranslation } from 'react-i18next';
import { CalendarEditor } from './CalendarEditor';
import { NamingSettingsForm } from './NamingSettingsForm';

/** The county's publication settings: its working-day calendar, naming authority and rules. */
export function SettingsModal({
  countyId,
  campaignId,
  onClose,
}: {
  countyId: string;
  campaignId: string;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Modal
      open
      title={t('publication.settings.title')}
      footer={null}
      onCancel={onClose}
      width={860}
      destroyOnHidden
    >
      <Tabs
        items={[
          {
            key: 'calendar',
            label: t('publication.calendar.title'),
            children: <CalendarEditor countyId={countyId} />,
          },
          {
            key: 'naming',
            label: t('publication.settings.namingTab'),
            children: <NamingSettingsForm countyId={countyId} campaignId={campaignId} />,
          },
        ]}
      />
    </Modal>
  );
}
