import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

/** A time as the county reads it: 2026-12-06 09:30. */
export const when = (iso: string | null | undefined) =>
  iso
    ? new Date(iso).toLocaleString('zh-CN', {
        timeZone: 'Asia/Shanghai',
        hour12: false,
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
        hour: '2-digit',
        minute: '2-digit',
      })
    : '—';

/** The open stage's deadline, red when it has passed. */
export function DueTag({ event }: { event: { stageDueAt: string | null; overdue: boolean } }) {
  const { t } = useTranslation();
  if (!event.stageDueAt) return <>—</>;
  return (
    <span>
      {when(event.stageDueAt)}
      {event.overdue && (
        <Tag color="error" style={{ marginInlineStart: 4 }} data-testid="overdue-flag">
          {t('eventsHandle.overdue')}
        </Tag>
      )}
    </span>
  );
}
