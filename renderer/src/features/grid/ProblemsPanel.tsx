import { Card, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

export interface GridProblem {
  key: string;
  r: number;
  c: number;
  where: string;
  message: string;
}

export interface ProblemsPanelProps {
  problems: GridProblem[];
  onPick: (r: number, c: number) => void;
}

/** Every refused cell with its branch and item; picking one moves the grid there. */
export function ProblemsPanel({ problems, onPick }: ProblemsPanelProps) {
  const { t } = useTranslation();
  return (
    <Card
      size="small"
      className="xp-grid-problems"
      data-testid="grid-problems"
      title={t('grid.problems', { count: problems.length })}
    >
      {problems.length === 0 ? (
        <Typography.Text type="secondary">{t('grid.noProblems')}</Typography.Text>
      ) : (
        <ul className="xp-grid-problem-list">
          {problems.map((p) => (
            <li key={p.key}>
              <Typography.Link onClick={() => onPick(p.r, p.c)}>{p.where}</Typography.Link>
              <Typography.Text type="danger">{p.message}</Typography.Text>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
