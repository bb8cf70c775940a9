import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import { isNoticeDays, noticePeriod } from '../../../../../shared/domain/publication/calendar';
import { useWorkingCalendar } from '../queries';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The notice's end day as the county's calendar computes it, while the dates are typed. */
export function PeriodPreview({
  countyId,
  startDay,
  workingDays,
}: {
  countyId: string;
  startDay: string | undefined;
  workingDays: number | undefined;
}) {
  const { t } = useTranslation();
  const calendar = useWorkingCalendar(countyId);
  if (!calendar.data || !startDay || !DAY.test(startDay)) return null;
  if (workingDays === undefined || !isNoticeDays(workingDays)) return null;
  const period = noticePeriod(startDay, workingDays, calendar.data.calendar);
  const warning = period.uncovered ? 'uncovered' : period.unverified ? 'unverified' : null;
  return (
    <Alert
      className="xp-publication-period"
      type={warning ? 'warning' : 'info'}
      showIcon
      data-testid="notice-period"
      message={t('publication.notice.endPreview', {
        start: period.start,
        end: period.end,
        days: workingDays,
      })}
      description={
        <>
          {period.daysOff > 0 && (
            <div>{t('publication.notice.daysOff', { count: period.daysOff })}</div>
          )}
          {warning && <div>{t(`publication.notice.${warning}`)}</div>}
        </>
      }
    />
  );
}
