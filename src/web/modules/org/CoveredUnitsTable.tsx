import { App, Button, Flex, Input, Popconfirm } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CoveredUnit } from '../../../contracts/api/org';
import { coveredUnitType } from '../../../contracts/registry/enums';
import { ResponsiveTable } from '../../app/components/ResponsiveTable';
import { useCoded } from '../../app/components/use-coded';
import { useErrorText } from '../../app/errors';
import type { UnitQuery } from './api';
import { useDeleteUnit, useUnits } from './queries';

/** The units behind the coverage rates, searchable, with edit and delete for roles that may write. */
export function CoveredUnitsTable({
  writable,
  onEdit,
}: {
  writable: boolean;
  onEdit: (u: CoveredUnit) => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const coded = useCoded();
  const [query, setQuery] = useState<UnitQuery>({ page: 1, pageSize: 10 });
  const units = useUnits(query);
  const remove = useDeleteUnit();
  return (
    <Flex vertical gap={8} style={{ marginTop: 16 }}>
      <Input.Search
        allowClear
        placeholder={t('org.searchUnits')}
        aria-label={t('org.searchUnits')}
        style={{ maxWidth: 320 }}
        onSearch={(q) => setQuery((prev) => ({ ...prev, q: q.trim() || undefined, page: 1 }))}
      />
      <ResponsiveTable<CoveredUnit>
        rowKey="id"
        size="small"
        scroll={{ x: 'max-content' }}
        loading={units.isFetching}
        dataSource={units.data?.items ?? []}
        data-testid="unit-table"
        pagination={{
          current: units.data?.page ?? 1,
          pageSize: units.data?.pageSize ?? 10,
          total: units.data?.total ?? 0,
          onChange: (page, pageSize) => setQuery((prev) => ({ ...prev, page, pageSize })),
          showTotal: (total) => t('common.total', { total }),
        }}
        columns={[
          { key: 'name', title: t('org.unitName'), dataIndex: 'name' },
          {
            key: 'type',
            title: t('org.unitType'),
            render: (_, u) => coded.label(coveredUnitType, u.unitType),
          },
          { key: 'region', title: t('org.region'), dataIndex: 'regionName' },
          { key: 'employees', title: t('org.employees'), render: (_, u) => u.employees ?? '—' },
          { key: 'org', title: t('org.coveringOrg'), render: (_, u) => u.partyOrgName ?? '—' },
          { key: 'instructor', title: t('org.instructor'), render: (_, u) => u.instructorName ?? '—' },
          ...(writable
            ? [
                {
                  key: 'actions',
                  title: t('org.actions'),
                  render: (_: unknown, u: CoveredUnit) => (
                    <Flex gap={4}>
                      <Button size="small" type="link" onClick={() => onEdit(u)} data-testid="unit-edit">
                        {t('org.edit')}
                      </Button>
                      <Popconfirm
                        title={t('org.deleteUnitConfirm', { name: u.name })}
                        okText={t('org.delete')}
                        cancelText={t('common.cancel')}
                        onConfirm={() =>
                          remove.mutate(u.id, {
                            onSuccess: () => message.success(t('org.deleted')),
                            onError: (e) => message.error(errorText(e)),
                          })
                        }
                      >
                        <Button size="small" type="link" danger>
                          {t('org.delete')}
                        </Button>
                      </Popconfirm>
                    </Flex>
                  ),
                },
              ]
            : []),
        ]}
      />
    </Flex>
  );
}
