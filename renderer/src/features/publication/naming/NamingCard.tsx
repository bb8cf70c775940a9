import { CheckCircleOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Form, Input, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { NoticeView } from '../../../../../shared/domain/views/publication';
import { translateError } from '../../../i18n/translateError';
import { localDay } from '../days';
import { usePublicationWrite } from '../mutations';
import { useNamingPreview } from '../queries';
import { NamingHistory } from './NamingHistory';
import { NamingPlanView, type NamingNote } from './NamingPlanView';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * 命名: after the notice has ended, the document number and date, then who that naming names
 * (by level), who goes up to the city, and who is held and why — before anything is written.
 * A 降星 or a step beyond the rules is named once its reason is typed here.
 */
export function NamingCard({ notice, campaignId }: { notice: NoticeView; campaignId: string }) {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const [documentNumber, setDocumentNumber] = useState('');
  const [namedOn, setNamedOn] = useState(localDay());
  const [notes, setNotes] = useState<NamingNote[]>([]);
  const name = usePublicationWrite('publication.name');
  const after = DAY.test(namedOn) && namedOn > notice.endDay;
  const preview = useNamingPreview({ noticeId: notice.id, namedOn, notes }, after);
  const plan = preview.data;
  const count = (lists: { branchIds: string[] }[]) =>
    lists.reduce((n, l) => n + l.branchIds.length, 0);
  const named = plan ? count(plan.lists.county) : 0;
  const sentUp = plan ? count(plan.lists.city) : 0;
  const canName = after && documentNumber.trim() !== '' && named + sentUp > 0;

  const confirm = () => {
    void modal.confirm({
      title: t('publication.naming.confirmTitle'),
      content: t('publication.naming.confirmText', {
        document: documentNumber.trim(),
        count: named,
        city: sentUp,
      }),
      okText: t('publication.naming.confirmOk'),
      cancelText: t('common.cancel'),
      onOk: async () => {
        try {
          await name.mutateAsync({
            noticeId: notice.id,
            documentNumber: documentNumber.trim(),
            namedOn,
            notes,
          });
          void message.success(
            t('publication.naming.named', { count: named, document: documentNumber.trim() }),
          );
          setDocumentNumber('');
          setNotes([]);
        } catch (error) {
          void message.error(translateError(t, error));
        }
      },
    });
  };

  return (
    <Card title={t('publication.naming.title')} data-testid="naming">
      <Space orientation="vertical" size="middle" className="xp-publication-naming">
        <Form layout="inline">
          <Form.Item label={t('publication.naming.documentNumber')}>
            <Input
              value={documentNumber}
              onChange={(e) => setDocumentNumber(e.target.value)}
              placeholder={t('publication.naming.documentNumberHint')}
              maxLength={60}
              aria-label={t('publication.naming.documentNumber')}
              className="xp-publication-document"
            />
          </Form.Item>
          <Form.Item label={t('publication.naming.namedOn')}>
            <Input
              type="date"
              value={namedOn}
              onChange={(e) => setNamedOn(e.target.value)}
              aria-label={t('publication.naming.namedOn')}
            />
          </Form.Item>
          <Button
            type="primary"
            icon={<CheckCircleOutlined />}
            disabled={!canName}
            loading={name.isPending}
            onClick={confirm}
            data-testid="naming-open"
          >
            {t('publication.naming.name')}
          </Button>
        </Form>
        {!after ? (
          <Alert
            type="info"
            showIcon
            message={t('publication.naming.waiting', { end: notice.endDay })}
          />
        ) : plan ? (
          <NamingPlanView
            plan={plan}
            notice={notice}
            campaignId={campaignId}
            notes={notes}
            onNotes={setNotes}
          />
        ) : null}
        <NamingHistory notice={notice} campaignId={campaignId} />
      </Space>
    </Card>
  );
}
