import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Col, Row, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatCenti } from '../../../../shared/domain/points';
import type { RubricTemplateSummary } from '../../../../shared/domain/views';
import { useRubricTemplates } from '../rubric/queries';
import { QueryView } from '../../components/QueryView';
import { useCurrentLanguage } from '../../i18n/useCurrentLanguage';
import { localizedName } from '../rubric/localizedName';
import { CreateFromTemplateModal } from './CreateFromTemplateModal';

/** The built-in rubrics people start from, one card each. */
export function TemplateCards() {
  const { t } = useTranslation();
  const language = useCurrentLanguage();
  const templates = useRubricTemplates();
  const [chosen, setChosen] = useState<RubricTemplateSummary | null>(null);
  return (
    <Card title={t('rubricLibrary.templatesTitle')}>
      <QueryView query={templates} rows={3}>
        {(list) => (
          <Row gutter={[12, 12]} data-testid="rubric-templates">
            {list.map((template) => {
              const name = localizedName(
                { name: template.name, nameEn: template.nameEn },
                language,
              );
              return (
                <Col key={template.id} xs={24} md={12} xl={6}>
                  <Card
                    size="small"
                    type="inner"
                    className="xp-template-card"
                    data-testid={`template-${template.id}`}
                  >
                    <div className="xp-template-body">
                      <Typography.Text strong className="xp-template-name">
                        {name}
                      </Typography.Text>
                      <Space size={8} wrap>
                        <Tag color="blue">{t(`scheme.${template.scheme}`)}</Tag>
                        <Typography.Text type="secondary">
                          {t('rubric.maxValue', { max: formatCenti(template.max) })}
                        </Typography.Text>
                      </Space>
                      <Button
                        icon={<PlusOutlined />}
                        onClick={() => setChosen(template)}
                        aria-label={t('rubricLibrary.createFromAria', { name })}
                      >
                        {t('rubricLibrary.createFrom')}
                      </Button>
                    </div>
                  </Card>
                </Col>
              );
            })}
          </Row>
        )}
      </QueryView>
      <CreateFromTemplateModal template={chosen} onClose={() => setChosen(null)} />
    </Card>
  );
}
