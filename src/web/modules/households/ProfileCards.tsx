import { Card, Descriptions, Empty, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { memberStatus } from '../../../contracts/registry/enums';
import { useCoded } from '../../app/components/use-coded';
import type { HouseholdProfile } from './api';

/** 网格与帮扶: the grids, the party members who contact the household, its own members and the helper cadre. */
export function GridCard({ profile }: { profile: HouseholdProfile }) {
  const { t } = useTranslation();
  const coded = useCoded();
  const { grid, smallGridUnit, contactMembers, partyMembers, helper } = profile;
  return (
    <Card
      title={`${t('households.grid')} · ${t('households.helper')}`}
      size="small"
      data-testid="profile-grid"
    >
      <Descriptions
        column={1}
        size="small"
        items={[
          {
            key: 'grid',
            label: t('households.grid'),
            children: grid ? (
              <Link to={`/grids/${grid.id}`}>{grid.name ?? grid.id}</Link>
            ) : (
              <Typography.Text type="secondary">{t('households.noGrid')}</Typography.Text>
            ),
          },
          {
            key: 'small',
            label: t('households.smallGrid'),
            children: smallGridUnit ? (
              <Link to={`/grids/${smallGridUnit.id}`}>{smallGridUnit.name ?? smallGridUnit.id}</Link>
            ) : (
              '—'
            ),
          },
          {
            key: 'contact',
            label: t('households.contactMember'),
            children: contactMembers.length
              ? contactMembers.map((c) => `${c.name}${c.branchName ? `（${c.branchName}）` : ''}`).join('、')
              : '—',
          },
          {
            key: 'party',
            label: t('households.partyMembers'),
            children: partyMembers.length
              ? partyMembers.map((m) => `${m.name}（${coded.label(memberStatus, m.status)}）`).join('、')
              : '—',
          },
          { key: 'helper', label: t('households.helper'), children: helper?.name ?? '—' },
        ]}
      />
    </Card>
  );
}

/** 迁移记录 of the household and its members (raw values: region codes and household ids). */
export function HistoryCard({ profile }: { profile: HouseholdProfile }) {
  const { t } = useTranslation();
  const names = new Map(profile.members.map((m) => [m.id, m.name]));
  const householdId = profile.household.id;
  // Moves name what they moved between: household numbers (linked), village and grid names.
  const value = (kind: string, v: string | null, label: string | null) => {
    if (!v) return '—';
    if (kind !== 'household') return label ?? v;
    if (v === householdId) return t('households.thisHousehold');
    return <Link to={`/households/${v}`}>{label ?? t('households.otherHousehold')}</Link>;
  };
  return (
    <Card title={t('households.history')} size="small" data-testid="profile-history">
      {profile.history.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('households.noHistory')} />
      ) : (
        <Timeline
          items={profile.history.map((h) => ({
            key: `${h.subjectId}-${h.kind}-${h.at}`,
            content: (
              <>
                <Typography.Text type="secondary">{h.at.slice(0, 10)}</Typography.Text>{' '}
                <b>
                  {h.subject === 'household' ? t('households.thisHousehold') : (names.get(h.subjectId) ?? '')}
                </b>{' '}
                {t(`households.historyKinds.${h.kind as 'household'}`, { defaultValue: h.kind })}：
                {value(h.kind, h.fromValue, h.fromLabel)} → {value(h.kind, h.toValue, h.toLabel)}
                {h.reason ? `（${h.reason}）` : ''}
              </>
            ),
          }))}
        />
      )}
    </Card>
  );
}

/** Visits and events: empty until their modules fill the view's slots. */
export function LaterCard({ title, testId }: { title: string; testId: string }) {
  const { t } = useTranslation();
  return (
    <Card title={title} size="small" data-testid={testId}>
      <Typography.Text type="secondary">{t('households.laterModule')}</Typography.Text>
    </Card>
  );
}
