import {
  ApartmentOutlined,
  FlagOutlined,
  TeamOutlined,
  EnvironmentOutlined,
} from '@ant-design/icons';
import { Card, Col, Row, Statistic } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { CampaignOverview } from '../../../../shared/domain/views';

export interface OverviewStatsProps {
  overview: CampaignOverview;
}

export function OverviewStats({ overview }: OverviewStatsProps) {
  const { t } = useTranslation();
  const stats: { key: string; title: string; value: number; icon: ReactNode }[] = [
    {
      key: 'townships',
      title: t('overview.statTownships'),
      value: overview.townships,
      icon: <EnvironmentOutlined />,
    },
    {
      key: 'branches',
      title: t('overview.statBranches'),
      value: overview.branches,
      icon: <ApartmentOutlined />,
    },
    {
      key: 'evaluators',
      title: t('overview.statEvaluators'),
      value: overview.evaluators,
      icon: <TeamOutlined />,
    },
    {
      key: 'rounds',
      title: t('overview.statRounds'),
      value: overview.rounds.length,
      icon: <FlagOutlined />,
    },
  ];
  return (
    <Row gutter={[16, 16]}>
      {stats.map((s) => (
        <Col key={s.key} xs={12} lg={6}>
          <Card data-testid={`stat-${s.key}`}>
            <Statistic title={s.title} value={s.value} prefix={s.icon} />
          </Card>
        </Col>
      ))}
    </Row>
  );
}
