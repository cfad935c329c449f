import { Progress, Tag } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { ProjectKind, ProjectStatus } from './api';

// Small pieces shared by the projects pages: tags, money and dates as people read them.

const STATUS_COLOR: Record<ProjectStatus, string> = {
  draft: 'default',
  committed: 'processing',
  evaluated: 'warning',
  closed: 'success',
};

export function ProjectStatusTag({ status }: { status: ProjectStatus }) {
  const { t } = useTranslation();
  return (
    <Tag color={STATUS_COLOR[status]} data-testid="project-status" style={{ marginInlineEnd: 0 }}>
      {t(`econProjects.statuses.${status}`)}
    </Tag>
  );
}

export function ProjectKindTag({ kind }: { kind: ProjectKind }) {
  const { t } = useTranslation();
  return (
    <Tag color={kind === 'led' ? 'red' : 'blue'} style={{ marginInlineEnd: 0 }}>
      {t(`econProjects.kinds.${kind}`)}
    </Tag>
  );
}

/** Milestones done of all, as a named bar (a11y: every Progress has a name). */
export function MilestoneProgress({ title, done, all }: { title: string; done?: number; all?: number }) {
  const { t } = useTranslation();
  if (!all) return <>—</>;
  return (
    <Progress
      percent={Math.round(((done ?? 0) / all) * 100)}
      size="small"
      format={() => t('econProjects.progressOf', { done: done ?? 0, all })}
      aria-label={t('econProjects.progressLabel', { title })}
      style={{ minWidth: 100, margin: 0 }}
    />
  );
}

/** Fen as 万元 with up to two decimals (budgets are large sums). */
export const wan = (fen: number | null | undefined): string =>
  fen === null || fen === undefined ? '—' : String(Math.round(fen / 100) / 10_000);

/** Fen as 元 with two decimals. */
export const yuan = (fen: number | null | undefined): string =>
  fen === null || fen === undefined ? '—' : (fen / 100).toLocaleString('zh-CN', { maximumFractionDigits: 2 });

/** 元 typed in a form as fen (integers). */
export const toFen = (yuanValue: number | null | undefined): number | undefined =>
  yuanValue === null || yuanValue === undefined ? undefined : Math.round(yuanValue * 100);

export const day = (iso: string | null | undefined): string => (iso ? dayjs(iso).format('YYYY-MM-DD') : '—');

/** The years offered by the pickers: this year and the four before, with next year for planning. */
export const yearOptions = (): number[] => {
  const now = dayjs().year();
  return [now + 1, now, now - 1, now - 2, now - 3, now - 4];
};

/** Writes are refused on a closed project; every form and button hides then. */
export const isClosed = (status: ProjectStatus): boolean => status === 'closed';
