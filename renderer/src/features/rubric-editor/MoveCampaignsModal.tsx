import { CheckCircleFilled } from '@ant-design/icons';
import { Alert, Button, Modal, Table, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type {
  CampaignSummary,
  RubricVersionSummary,
  RubricView,
} from '../../../../shared/domain/views';
import { useSetCampaignRubric } from '../rubric/mutations';
import { useCurrentLanguage } from '../../i18n/useCurrentLanguage';
import { moveErrorText } from '../rubric/moveError';

/** What was just saved as a new version, and the campaigns still on the old one. */
export interface MoveOffer {
  from: RubricView;
  to: RubricVersionSummary;
  campaigns: CampaignSummary[];
}

export interface MoveCampaignsModalProps {
  offer: MoveOffer | null;
  onClose: () => void;
}

type Outcome = { ok: true } | { ok: false; reason: string };

/**
 * Offered after a frozen version was saved as a new one: campaigns stay on the version they were
 * scored under until moved, and a move is refused when a scored item would be lost.
 */
export function MoveCampaignsModal({ offer, onClose }: MoveCampaignsModalProps) {
  const { t } = useTranslation();
  const language = useCurrentLanguage();
  const setRubric = useSetCampaignRubric();
  const [outcomes, setOutcomes] = useState<Record<string, Outcome>>({});
  const [busy, setBusy] = useState<string | null>(null);

  const close = () => {
    setOutcomes({});
    onClose();
  };

  const move = (campaign: CampaignSummary) => {
    if (!offer) return;
    setBusy(campaign.id);
    setRubric.mutate(
      { campaignId: campaign.id, rubricVersionId: offer.to.id },
      {
        onSuccess: () => setOutcomes((o) => ({ ...o, [campaign.id]: { ok: true } })),
        onError: (error) =>
          setOutcomes((o) => ({
            ...o,
            [campaign.id]: {
              ok: false,
              reason: moveErrorText(t, error, offer.from.definition, language),
            },
          })),
        onSettled: () => setBusy(null),
      },
    );
  };

  const columns: TableColumnsType<CampaignSummary> = [
    {
      key: 'name',
      title: t('rubricEditor.colCampaign'),
      render: (_, campaign) => {
        const outcome = outcomes[campaign.id];
        return (
          <>
            <div>{campaign.name}</div>
            {outcome && !outcome.ok && (
              <Alert
                type="error"
                showIcon
                className="xp-move-error"
                title={outcome.reason}
                data-testid="move-error"
              />
            )}
          </>
        );
      },
    },
    { key: 'year', title: t('rubricEditor.colYear'), dataIndex: 'year', width: 70 },
    {
      key: 'action',
      width: 150,
      align: 'right',
      render: (_, campaign) =>
        outcomes[campaign.id]?.ok ? (
          <Typography.Text type="success" className="xp-nowrap">
            <CheckCircleFilled /> {t('rubricEditor.moved')}
          </Typography.Text>
        ) : (
          <Button
            size="small"
            loading={busy === campaign.id}
            disabled={busy !== null}
            onClick={() => move(campaign)}
          >
            {offer ? t('rubricEditor.moveTo', { version: offer.to.version }) : ''}
          </Button>
        ),
    },
  ];

  return (
    <Modal
      open={offer !== null && offer.campaigns.length > 0}
      title={offer ? t('rubricEditor.moveTitle', { version: offer.to.version }) : ''}
      onCancel={close}
      width={640}
      footer={
        <Button type="primary" onClick={close}>
          {t('rubricEditor.moveDone')}
        </Button>
      }
      destroyOnHidden
    >
      {offer && (
        <>
          <Typography.Paragraph>
            {t('rubricEditor.moveIntro', { from: offer.from.version, to: offer.to.version })}
          </Typography.Paragraph>
          <div data-testid="move-campaigns">
            <Table<CampaignSummary>
              rowKey="id"
              size="small"
              pagination={false}
              columns={columns}
              dataSource={offer.campaigns}
            />
          </div>
        </>
      )}
    </Modal>
  );
}
