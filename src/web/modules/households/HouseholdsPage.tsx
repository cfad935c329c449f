import { PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Flex, Segmented, Tag, Typography } from 'antd';
import type { SorterResult } from 'antd/es/table/interface';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { HouseholdFilters as Filters, Household, Person } from '../../../contracts/api/households';
import { labourCapacity, leftBehind, povertyStatus, relation } from '../../../contracts/registry/enums';
import { can } from '../../../contracts/roles';
import { useCurrentUser } from '../../app/auth';
import { ExportButton } from '../../app/components/excel/ExportButton';
import { excelEndpoints, exportUrl } from '../../app/components/excel/excel-api';
import { ImportModal } from '../../app/components/excel/ImportModal';
import { ResponsiveTable } from '../../app/components/ResponsiveTable';
import { useCoded } from '../../app/components/use-coded';
import { useErrorText } from '../../app/errors';
import type { HouseholdQuery, PiiField } from './api';
import { HouseholdFilters } from './HouseholdFilters';
import { HouseholdFormModal } from './HouseholdFormModal';
import { PiiCell } from './PiiCell';
import { useHouseholds, usePersons, useRefreshHouseholds } from './queries';
import { RevealModal } from './RevealModal';

/** A masked number in a list cell (reveal is on the person, with a purpose). */
const Masked = ({ value }: { value: string | null }) =>
  value ? (
    <span style={{ fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' }}>{value}</span>
  ) : (
    <Typography.Text type="secondary">—</Typography.Text>
  );

const POVERTY_COLORS: Record<string, string> = { escaped: 'green', monitored: 'orange', general: 'default' };

/** 农户: households (or one row per person) of the caller's scope, searched and filtered on the server. */
export default function HouseholdsPage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const coded = useCoded();
  const errorText = useErrorText();
  const navigate = useNavigate();
  const [view, setView] = useState<'households' | 'persons'>('households');
  const [filters, setFilters] = useState<Filters>({});
  const [paging, setPaging] = useState({ page: 1, pageSize: 20 });
  const [sort, setSort] = useState<Pick<HouseholdQuery, 'sort' | 'order'>>({});
  const [creating, setCreating] = useState(false);
  const [importing, setImporting] = useState(false);
  const [revealing, setRevealing] = useState<{ person: Person; field: PiiField } | null>(null);
  const households = useHouseholds({ ...filters, ...paging, ...sort }, view === 'households');
  const persons = usePersons({ ...filters, ...paging }, view === 'persons');
  const refresh = useRefreshHouseholds();
  const current = view === 'households' ? households : persons;
  const filtered = Object.values(filters).some(Boolean);

  const patch = (p: Partial<Filters>) => {
    setFilters((f) => ({ ...f, ...p }));
    setPaging((s) => ({ ...s, page: 1 }));
  };
  const pagination = {
    current: current.data?.page ?? paging.page,
    pageSize: current.data?.pageSize ?? paging.pageSize,
    total: current.data?.total ?? 0,
    showSizeChanger: true,
    onChange: (page: number, pageSize: number) => setPaging({ page, pageSize }),
    showTotal: (total: number) => t('common.total', { total }),
  };
  const emptyText = <Empty description={filtered ? t('households.emptyFiltered') : t('households.empty')} />;

  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('households.title')}
        </Typography.Title>
        <Flex wrap gap={8}>
          {can(me.role, 'households.write') && (
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => setCreating(true)}
              data-testid="household-create"
            >
              {t('households.create')}
            </Button>
          )}
          {can(me.role, 'imports.run') && (
            <Button
              icon={<UploadOutlined />}
              onClick={() => setImporting(true)}
              data-testid="household-import"
            >
              {t('households.import')}
            </Button>
          )}
          <ExportButton
            url={(reveal) => exportUrl('/households', filters, reveal)}
            personal
            testId="household-export"
          />
        </Flex>
      </Flex>
      <Card>
        <Segmented
          value={view}
          onChange={(v) => {
            setView(v as typeof view);
            setPaging((s) => ({ ...s, page: 1 }));
          }}
          options={[
            { value: 'households', label: t('households.title') },
            { value: 'persons', label: t('households.members') },
          ]}
          style={{ marginBottom: 12 }}
          data-testid="household-view-switch"
        />
        <HouseholdFilters value={filters} onChange={patch} showDeleted={view === 'households'} />
        {current.isError && (
          <Typography.Paragraph type="danger">{errorText(current.error)}</Typography.Paragraph>
        )}
        {view === 'households' ? (
          <ResponsiveTable<Household>
            rowKey="id"
            size="middle"
            scroll={{ x: 'max-content' }}
            loading={households.isFetching}
            dataSource={households.data?.items ?? []}
            locale={{ emptyText }}
            pagination={pagination}
            onChange={(_, __, sorter) => {
              const s = (Array.isArray(sorter) ? sorter[0] : sorter) as SorterResult<Household>;
              setSort(
                s.order
                  ? {
                      sort: s.columnKey as HouseholdQuery['sort'],
                      order: s.order === 'ascend' ? 'asc' : 'desc',
                    }
                  : {},
              );
            }}
            onRow={(r) => ({
              onClick: () => navigate(`/households/${r.id}`),
              style: { cursor: 'pointer' },
            })}
            data-testid="household-table"
            columns={[
              {
                key: 'householdNo',
                title: t('households.householdNo'),
                sorter: true,
                render: (_, r) => (
                  <Link to={`/households/${r.id}`} onClick={(e) => e.stopPropagation()}>
                    {r.householdNo}
                  </Link>
                ),
              },
              {
                key: 'head',
                title: t('households.head'),
                render: (_, r) => (
                  <>
                    {r.headName ?? '—'} {r.deleted && <Tag color="red">{t('households.deleted')}</Tag>}
                    {r.matchedMembers?.map((m) => (
                      <Typography.Text key={m.name} type="secondary" style={{ display: 'block' }}>
                        {t('households.matchedMember', {
                          name: m.name,
                          relation: coded.label(relation, m.relation),
                        })}
                      </Typography.Text>
                    ))}
                  </>
                ),
              },
              {
                key: 'headIdNumber',
                title: t('households.headIdNumber'),
                render: (_, r) => <Masked value={r.headIdNumberMasked} />,
              },
              {
                key: 'headPhone',
                title: t('households.phone'),
                render: (_, r) => <Masked value={r.headPhoneMasked} />,
              },
              { key: 'village', title: t('households.village'), render: (_, r) => r.regionName },
              { key: 'memberCount', title: t('households.memberCount'), dataIndex: 'memberCount' },
              {
                key: 'povertyStatus',
                title: t('households.povertyStatus'),
                render: (_, r) => (
                  <Tag color={POVERTY_COLORS[r.povertyStatus]}>
                    {coded.label(povertyStatus, r.povertyStatus)}
                  </Tag>
                ),
              },
              {
                key: 'incomePerCapita',
                title: t('households.incomePerCapita'),
                sorter: true,
                align: 'right',
                render: (_, r) => r.incomePerCapita?.toLocaleString() ?? '—',
              },
              {
                key: 'relocated',
                title: t('households.relocated'),
                render: (_, r) => (r.relocated ? t('common.yes') : t('common.no')),
              },
              { key: 'helper', title: t('households.helperName'), render: (_, r) => r.helperName ?? '—' },
            ]}
          />
        ) : (
          <ResponsiveTable<Person>
            rowKey="id"
            size="middle"
            scroll={{ x: 'max-content' }}
            loading={persons.isFetching}
            dataSource={persons.data?.items ?? []}
            locale={{ emptyText }}
            pagination={pagination}
            data-testid="person-table"
            columns={[
              {
                key: 'name',
                title: t('households.name'),
                render: (_, p) =>
                  p.householdId ? <Link to={`/households/${p.householdId}`}>{p.name}</Link> : p.name,
              },
              {
                key: 'relation',
                title: t('households.relation'),
                render: (_, p) => coded.label(relation, p.relation),
              },
              {
                key: 'idNumber',
                title: t('households.idNumber'),
                render: (_, p) => (
                  <PiiCell
                    person={p}
                    field="idNumber"
                    onReveal={(person, field) => setRevealing({ person, field })}
                  />
                ),
              },
              {
                key: 'phone',
                title: t('households.phone'),
                render: (_, p) => (
                  <PiiCell
                    person={p}
                    field="phone"
                    onReveal={(person, field) => setRevealing({ person, field })}
                  />
                ),
              },
              { key: 'birthDate', title: t('households.birthDate'), render: (_, p) => p.birthDate ?? '—' },
              {
                key: 'labour',
                title: t('households.labour'),
                render: (_, p) => coded.label(labourCapacity, p.labour),
              },
              {
                key: 'leftBehind',
                title: t('households.leftBehind'),
                render: (_, p) => coded.label(leftBehind, p.leftBehind),
              },
            ]}
          />
        )}
      </Card>
      {creating && (
        <HouseholdFormModal
          onClose={() => setCreating(false)}
          onCreated={(h) => navigate(`/households/${h.id}`)}
        />
      )}
      {importing && (
        <ImportModal
          title={t('households.importTitle')}
          steps={t('households.importSteps')}
          endpoints={excelEndpoints('/households')}
          doneText={(c) =>
            t('households.doneCounts', { households: c.households ?? 0, persons: c.persons ?? 0 })
          }
          onDone={() => void refresh()}
          onClose={() => setImporting(false)}
        />
      )}
      {revealing && <RevealModal {...revealing} onClose={() => setRevealing(null)} />}
    </Flex>
  );
}
