import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Form, Input, InputNumber, Space, Switch, Tag, Typography } from 'antd';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WorkingCalendar } from '../../../../../shared/domain/publication/calendar';
import { call } from '../../../api/client';
import { QueryView } from '../../../components/QueryView';
import { translateError } from '../../../i18n/translateError';
import { publicationKeys, useWorkingCalendar } from '../queries';

/**
 * 工作日历: per year, the official holidays (放假) and the make-up working days (调休上班) that
 * 公示 periods are counted over, and whether the year was checked against the official notice.
 * The server checks every date and says which year and entry is wrong.
 */
export function CalendarEditor({ countyId }: { countyId: string }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const client = useQueryClient();
  const calendar = useWorkingCalendar(countyId);
  const [newYear, setNewYear] = useState<number | null>(null);
  const save = useMutation({
    mutationFn: (value: WorkingCalendar | null) =>
      call('publication.setCalendar', { countyId, calendar: value }),
    onSuccess: () => void client.invalidateQueries({ queryKey: publicationKeys.all }),
  });
  const run = async (value: WorkingCalendar | null) => {
    try {
      await save.mutateAsync(value);
      void message.success(t('publication.settings.saved'));
    } catch (error) {
      void message.error(translateError(t, error));
    }
  };
  return (
    <QueryView query={calendar}>
      {(view) => (
        <Form<WorkingCalendar>
          key={JSON.stringify(view.calendar)}
          layout="vertical"
          initialValues={view.calendar}
          onFinish={(value) => void run(value)}
          data-testid="calendar-editor"
        >
          <Typography.Paragraph type="secondary">
            {view.shipped ? t('publication.calendar.shipped') : t('publication.calendar.edited')}
          </Typography.Paragraph>
          <Form.List name="years">
            {(years, { add, remove }) => (
              <Space orientation="vertical" size="middle" className="xp-publication-naming">
                {years.map((year) => (
                  <YearCard key={year.key} name={year.name} onRemove={() => remove(year.name)} />
                ))}
                <Space>
                  <InputNumber
                    min={2000}
                    max={2100}
                    precision={0}
                    value={newYear}
                    onChange={(v) => setNewYear(v)}
                    aria-label={t('publication.calendar.year')}
                    placeholder={t('publication.calendar.year')}
                  />
                  <Button
                    icon={<PlusOutlined />}
                    disabled={newYear === null}
                    onClick={() => {
                      add({ year: newYear, verified: false, holidays: [], workdays: [] });
                      setNewYear(null);
                    }}
                  >
                    {t('publication.calendar.addYear')}
                  </Button>
                </Space>
              </Space>
            )}
          </Form.List>
          <Space className="xp-publication-list-title">
            <Button type="primary" htmlType="submit" loading={save.isPending}>
              {t('publication.settings.save')}
            </Button>
            <Button onClick={() => void run(null)} disabled={view.shipped}>
              {t('publication.calendar.reset')}
            </Button>
          </Space>
        </Form>
      )}
    </QueryView>
  );
}

function YearCard({ name, onRemove }: { name: number; onRemove: () => void }) {
  const { t } = useTranslation();
  const year = Form.useWatch(['years', name, 'year']) as number | undefined;
  const verified = Form.useWatch(['years', name, 'verified']) as boolean | undefined;
  return (
    <Card
      size="small"
      title={
        <Space>
          {t('publication.calendar.yearTitle', { year: year ?? '' })}
          {!verified && <Tag color="orange">{t('publication.calendar.unverified')}</Tag>}
        </Space>
      }
      extra={
        <Space>
          <Form.Item name={[name, 'verified']} valuePropName="checked" noStyle>
            <Switch aria-label={t('publication.calendar.verified')} />
          </Form.Item>
          <Typography.Text>{t('publication.calendar.verified')}</Typography.Text>
          <Button size="small" icon={<DeleteOutlined />} onClick={onRemove}>
            {t('publication.calendar.removeYear')}
          </Button>
        </Space>
      }
    >
      <Form.Item name={[name, 'year']} hidden>
        <InputNumber />
      </Form.Item>
      <Typography.Text strong>{t('publication.calendar.holidays')}</Typography.Text>
      <DayRows
        name={[name, 'holidays']}
        dates={['from', 'to']}
        addLabel={t('publication.calendar.addHoliday')}
        testId="holiday-row"
      />
      <div className="xp-publication-list-title">
        <Typography.Text strong>{t('publication.calendar.workdays')}</Typography.Text>
      </div>
      <DayRows
        name={[name, 'workdays']}
        dates={['date']}
        addLabel={t('publication.calendar.addWorkday')}
        testId="workday-row"
      />
    </Card>
  );
}

/** Rows of named days (a holiday from–to, or one make-up working day), added and removed. */
function DayRows({
  name,
  dates,
  addLabel,
  testId,
}: {
  name: (string | number)[];
  dates: readonly ('from' | 'to' | 'date')[];
  addLabel: string;
  testId: string;
}) {
  const { t } = useTranslation();
  return (
    <Form.List name={name}>
      {(rows, { add, remove }) => (
        <>
          {rows.map((row) => (
            <Space key={row.key} className="xp-publication-calendar-row" data-testid={testId}>
              <Form.Item name={[row.name, 'name']} noStyle>
                <Input placeholder={t('publication.calendar.name')} maxLength={40} />
              </Form.Item>
              {dates.map((field) => (
                <Form.Item key={field} name={[row.name, field]} noStyle>
                  <Input type="date" aria-label={t(`publication.calendar.${field}`)} />
                </Form.Item>
              ))}
              <Button size="small" icon={<DeleteOutlined />} onClick={() => remove(row.name)} />
            </Space>
          ))}
          <Button
            size="small"
            icon={<PlusOutlined />}
            onClick={() => add(Object.fromEntries([['name', ''], ...dates.map((d) => [d, ''])]))}
          >
            {addLabel}
          </Button>
        </>
      )}
    </Form.List>
  );
}
