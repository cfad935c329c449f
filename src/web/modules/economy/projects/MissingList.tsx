import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Empty, Flex, Select, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import { ResponsiveTable } from '../../../app/components/ResponsiveTable';
import { useErrorText } from '../../../app/errors';
import { type MissingRow, projectsApi } from './api';
import { yearOptions } from './shared';

/** 未领办: the county, townships and villages in scope whose secretary leads no project this year. */
export function MissingList({
  year,
  setYear,
  onStart,
}: {
  year: number;
  setYear: (y: number) => void;
  onStart?: (row: { regionCode: string; regionName: string }) => void;
}) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const missing = useQuery({
    queryKey: ['econProjects', 'missing', year],
    queryFn: () => projectsApi.missing({ year }),
  });
  const items = missing.data?.items ?? [];
  const columns: ColumnsType<MissingRow> = [
    { key: 'region', title: t('econProjects.missing.region'), dataIndex: 'name' },
    {
      key: 'level',
      title: t('econProjects.missing.level'),
      render: (_, r) => t(`econProjects.levels.${r.level}`),
    },
    { key: 'township', title: t('econProjects.missing.township'), render: (_, r) => r.townshipName ?? '—' },
    ...(onStart
      ? [
          {
            key: 'actions',
            title: '',
            render: (_: unknown, r: MissingRow) => (
              <Button
                size="small"
                onClick={() => onStart({ regionCode: r.regionCode, regionName: r.name })}
                data-testid={`missing-start-${r.regionCode}`}
              >
                {t('econProjects.missing.start')}
              </Button>
            ),
          },
        ]
      : []),
  ];
  return (
    <Flex vertical gap={12}>
      <Flex wrap gap={8} align="center">
        <Select
          aria-label={t('econProjects.filters.year')}
          value={year}
          onChange={setYear}
          options={yearOptions().map((y) => ({ value: y, label: t('econProjects.yearOf', { year: y }) }))}
          style={{ width: 110 }}
        />
        <Typography.Text>{t('econProjects.missing.intro', { year })}</Typography.Text>
        {missing.isSuccess && (
          <Typography.Text strong data-testid="missing-count">
            {t('econProjects.missing.count', { n: missing.data.total })}
          </Typography.Text>
        )}
      </Flex>
      {missing.isError && <Alert type="error" showIcon message={errorText(missing.error)} />}
      <ResponsiveTable<MissingRow>
        rowKey="regionCode"
        size="small"
        loading={missing.isFetching}
        columns={columns}
        phoneColumns={['region', 'actions']}
        dataSource={items}
        locale={{ emptyText: <Empty description={t('econProjects.missing.none', { year })} /> }}
        pagination={{ pageSize: 50, hideOnSinglePage: true, showSizeChanger: false }}
        data-testid="missing-table"
      />
    </Flex>
  );
}
