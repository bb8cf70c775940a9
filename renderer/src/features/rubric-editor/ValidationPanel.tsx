import { CheckCircleFilled, CloseCircleFilled } from '@ant-design/icons';
import { Badge, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

export interface ProblemEntry {
  key: string;
  text: string;
  /** Where it is, for people: the code or path the validator named. */
  at: string;
  onPick: () => void;
}

export interface ValidationPanelProps {
  problems: ProblemEntry[];
}

/** Every problem that keeps the rubric from being saved; clicking one selects its node. */
export function ValidationPanel({ problems }: ValidationPanelProps) {
  const { t } = useTranslation();
  return (
    <section
      className="xp-validation"
      aria-label={t('rubricEditor.validationTitle')}
      data-testid="validation-panel"
    >
      <div className="xp-validation-head">
        <Typography.Text strong>{t('rubricEditor.validationTitle')}</Typography.Text>
        {problems.length === 0 ? (
          <Typography.Text type="success" data-testid="validation-ok">
            <CheckCircleFilled /> {t('rubricEditor.validationOk')}
          </Typography.Text>
        ) : (
          <Badge count={problems.length} overflowCount={999} data-testid="validation-count" />
        )}
      </div>
      {problems.length > 0 && (
        <ul className="xp-validation-list">
          {problems.map((problem) => (
            <li key={problem.key}>
              <button type="button" className="xp-validation-item" onClick={problem.onPick}>
                <CloseCircleFilled className="xp-validation-icon" />
                <span className="xp-validation-at">{problem.at}</span>
                <span>{problem.text}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
