import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { DisclosureStatus } from '../../../contracts/api/disclosure';
import type { DisclosureTable } from './api';

// Pieces the 十公开 pages share: the status tag, and a table shown as posted (scrolls sideways on a
// phone inside its own box, so the page itself never does).

const COLORS: Record<string, string> = {
  draft: 'default',
  pending: 'processing',
  returned: 'warning',
  published: 'success',
  corrected: 'orange',
  withdrawn: 'default',
};

export function StatusTag({ status }: { status: DisclosureStatus }) {
  const { t } = useTranslation();
  return <Tag color={COLORS[status] ?? 'default'}>{t(`disclosure.statuses.${status}`)}</Tag>;
}

const cell = {
  border: '1px solid #8c8c8c',
  padding: '4px 8px',
  textAlign: 'left' as const,
  verticalAlign: 'top' as const,
};

export function TableView({ table, caption }: { table: DisclosureTable; caption: string }) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a sideways-scrolling region must be reachable by keyboard
    <section style={{ overflowX: 'auto', maxWidth: '100%' }} tabIndex={0} aria-label={caption}>
      <table style={{ borderCollapse: 'collapse', minWidth: '100%', fontSize: 14 }}>
        <caption style={{ position: 'absolute', left: -9999 }}>{caption}</caption>
        <thead>
          <tr>
            {table.columns.map((c, j) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: columns have no id of their own
              <th key={j} style={{ ...cell, whiteSpace: 'nowrap' }} scope="col">
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: rows have no id of their own
            <tr key={i}>
              {table.columns.map((_, j) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: cells have no id of their own
                <td key={j} style={cell}>
                  {row[j] ?? ''}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

export const day = (iso: string | null | undefined) => (iso ? iso.slice(0, 10) : '—');

/** This year and the four before, newest first. */
export const yearOptions = () => {
  const y = new Date().getFullYear();
  return [y + 1, y, y - 1, y - 2, y - 3];
};
