import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ObjectionStep } from '../../../../../shared/domain/publication/objection';
import type { NoticeView, ObjectionView } from '../../../../../shared/domain/views/publication';
import { QueryView } from '../../../components/QueryView';
import { useObjections } from '../queries';
import { useLevelLabel } from '../useLevelLabel';
import { effectText } from './effectText';
import { ObjectionFiles } from './ObjectionFiles';
import { RegisterObjectionModal } from './RegisterObjectionModal';
import { StepModal } from './StepModal';

const STAGE_COLORS = {
  received: 'gold',
  accepted: 'processing',
  rejected: 'default',
  investigating: 'processing',
  concluded: 'processing',
  handled: 'cyan',
  closed: 'success',
} as const;

/**
 * 异议登记: every objection against a branch on the notice, its stage and what it means for
 * naming; each row offers the steps its stage allows (受理 → 调查核实 → 结论 → 处理 → 反馈).
 */
export function ObjectionRegister({
  notice,
  campaignId,
}: {
  notice: NoticeView;
  campaignId: string;
}) {
  const { t } = useTranslation();
  const objections = useObjections(notice.id);
  const levelLabel = useLevelLabel(campaignId);
  const [registering, setRegistering] = useState(false);
  const [stepping, setStepping] = useState<{
    objection: ObjectionView;
    kind: ObjectionStep['kind'];
  } | null>(null);
  const names = new Map(notice.entries.map((e) => [e.branchId, e]));
  const branchName = (id: string) => names.get(id)?.branchName ?? id;

  return (
    <Card
      title={t('publication.objection.title')}
      data-testid="objections"
      extra={
        <Button icon={<PlusOutlined />} onClick={() => setRegistering(true)}>
          {t('publication.objection.register')}
        </Button>
      }
    >
      <QueryView query={objections}>
        {(list) => (
          <>
            {list.some((o) => o.effect.kind === 'rereview') && (
              <Alert
                type="info"
                showIcon
                className="xp-publication-period"
                message={t('publication.objection.rereviewHint')}
              />
            )}
            <Table<ObjectionView>
              rowKey="id"
              size="small"
              dataSource={list}
              pagination={false}
              locale={{ emptyText: t('publication.objection.empty') }}
              expandable={{
                expandedRowRender: (o) => (
                  <Space orientation="vertical" className="xp-publication-naming">
                    <Typography.Paragraph className="xp-publication-content">
                      {o.content}
                    </Typography.Paragraph>
                    <ObjectionFiles objectionId={o.id} />
                  </Space>
                ),
              }}
              columns={[
                {
                  key: 'received',
                  title: t('publication.objection.receivedAt'),
                  render: (_, o) => (
                    <Space size={4}>
                      {o.receivedAt.replace('T', ' ')}
                      {o.late && <Tag color="orange">{t('publication.objection.late')}</Tag>}
                    </Space>
                  ),
                },
                {
                  key: 'target',
                  title: t('publication.objection.target'),
                  render: (_, o) => branchName(o.branchId),
                },
                {
                  key: 'from',
                  title: t('publication.objection.from'),
                  render: (_, o) => (
                    <Space size={4} wrap>
                      {t(`publication.objection.fromKinds.${o.fromKind}`)}
                      {o.fromName}
                      {!o.realName && <Tag>{t('publication.objection.anonymous')}</Tag>}
                      <Typography.Text type="secondary">
                        {t(`publication.objection.channels.${o.channel}`)}
                      </Typography.Text>
                    </Space>
                  ),
                },
                {
                  key: 'stage',
                  title: t('publication.objection.stage'),
                  render: (_, o) => (
                    <Tag color={STAGE_COLORS[o.state.stage]} data-testid="objection-stage">
                      {t(`publication.objection.stages.${o.state.stage}`)}
                    </Tag>
                  ),
                },
                {
                  key: 'effect',
                  title: t('publication.objection.effect'),
                  render: (_, o) => effectText(t, o.effect, levelLabel),
                },
                {
                  key: 'actions',
                  title: t('publication.objection.actions'),
                  render: (_, o) => (
                    <Space size={4} wrap>
                      {o.next.map((kind) => (
                        <Button
                          key={kind}
                          size="small"
                          onClick={() => setStepping({ objection: o, kind })}
                        >
                          {t(`publication.objection.steps.${kind}`)}
                        </Button>
                      ))}
                    </Space>
                  ),
                },
              ]}
            />
          </>
        )}
      </QueryView>
      {registering && (
        <RegisterObjectionModal notice={notice} onClose={() => setRegistering(false)} />
      )}
      {stepping && (
        <StepModal
          objection={stepping.objection}
          kind={stepping.kind}
          branchName={branchName(stepping.objection.branchId)}
          currentLevel={names.get(stepping.objection.branchId)?.proposedLevel ?? 0}
          onClose={() => setStepping(null)}
        />
      )}
    </Card>
  );
}
