import { useQuery } from '@tanstack/react-query';
import { Button, Card, Flex, Input, InputNumber, Select, Space, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RegionPicker } from '../../app/components/RegionPicker';
import { ResponsiveTable } from '../../app/components/ResponsiveTable';
import { useErrorText } from '../../app/errors';
import { type FigureEntry, figuresApi } from './api';

// 指标目录 (docs/dashboards.md): what every figure means, and its value for a region and year.

type Row = FigureEntry & { value: number | null | undefined };

export default function FiguresPage() {
  const { t, i18n } = useTranslation();
  const errorText = useErrorText();
  const lang = i18n.language === 'en' ? 'en' : 'zh';
  const [search, setSearch] = useState('');
  const [module, setModule] = useState<string | undefined>();
  const [regionCode, setRegionCode] = useState<string | undefined>();
  // Unset: the server's this year in Beijing (figures/policy.ts), shown as it answers.
  const [year, setYear] = useState<number>();
  const catalogue = useQuery({ queryKey: ['figures'], queryFn: figuresApi.catalogue, staleTime: Infinity });
  const values = useQuery({
    queryKey: ['figures', 'values', regionCode ?? null, year ?? null],
    queryFn: () => figuresApi.values({ regionCode, year }),
  });

  const modules = useMemo(() => {
    const seen = new Map<string, string>();
    for (const f of catalogue.data?.items ?? []) seen.set(f.module, f.moduleLabel[lang]);
    return [...seen].map(([value, label]) => ({ value, label }));
  }, [catalogue.data, lang]);

  const rows: Row[] = useMemo(() => {
    const byKey = new Map(values.data?.values.map((v) => [v.key, v.value]));
    const words = search.trim().toLowerCase();
    return (catalogue.data?.items ?? [])
      .filter((f) => !module || f.module === module)
      .filter(
        (f) =>
          !words ||
          [f.label.zh, f.label.en, f.definition.zh, f.definition.en, f.key].some((s) =>
            s.toLowerCase().includes(words),
          ),
      )
      .map((f) => ({ ...f, value: byKey.get(f.key) }));
  }, [catalogue.data, values.data, module, search]);

  const columns: ColumnsType<Row> = [
    {
      key: 'label',
      title: t('figures.label'),
      render: (_, r) => <Typography.Text strong>{r.label[lang]}</Typography.Text>,
    },
    {
      key: 'value',
      title: t('figures.value'),
      align: 'right',
      sorter: (a, b) => (a.value ?? -Infinity) - (b.value ?? -Infinity),
      render: (_, r) =>
        r.value === undefined
          ? ''
          : r.value === null
            ? '—'
            : r.value.toLocaleString(lang === 'en' ? 'en-US' : 'zh-CN'),
    },
    { key: 'unit', title: t('figures.unit'), render: (_, r) => r.unit[lang] },
    { key: 'module', title: t('figures.module'), render: (_, r) => r.moduleLabel[lang] },
    {
      key: 'definition',
      title: t('figures.definition'),
      render: (_, r) => (
        <>
          {r.definition[lang]}
          {r.byQuarter && (
            <Tag color="green" style={{ marginInlineStart: 8 }}>
              {t('figures.byQuarter')}
            </Tag>
          )}
        </>
      ),
    },
    {
      key: 'key',
      title: t('figures.key'),
      render: (_, r) => <Typography.Text type="secondary">{r.key}</Typography.Text>,
    },
  ];

  const error = catalogue.error ?? values.error;
  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('figures.title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
        {t('figures.hint')}
      </Typography.Paragraph>
      <Card>
        <Flex wrap gap={8} style={{ marginBottom: 12 }}>
          <Input.Search
            allowClear
            placeholder={t('figures.search')}
            aria-label={t('figures.search')}
            style={{ width: 240 }}
            onSearch={setSearch}
            onChange={(e) => setSearch(e.target.value)}
            data-testid="figures-search"
          />
          <Select
            allowClear
            placeholder={t('figures.allModules')}
            aria-label={t('figures.module')}
            style={{ width: 160 }}
            options={modules}
            value={module}
            onChange={setModule}
            data-testid="figures-module"
          />
          <div style={{ width: 240 }}>
            <RegionPicker
              value={regionCode}
              onChange={setRegionCode}
              aria-label={t('figures.region')}
              data-testid="figures-region"
            />
          </div>
          <InputNumber
            min={2000}
            max={2100}
            value={year ?? values.data?.year}
            aria-label={t('figures.year')}
            addonAfter={t('figures.year')}
            onChange={(v) => v && setYear(v)}
            data-testid="figures-year"
          />
          <Button
            href={figuresApi.exportUrl({ regionCode, year: year ?? values.data?.year })}
            data-testid="figures-export"
          >
            {t('figures.export')}
          </Button>
        </Flex>
        {error && <Typography.Paragraph type="danger">{errorText(error)}</Typography.Paragraph>}
        {values.data && (
          <Typography.Paragraph type="secondary" data-testid="figures-values-of">
            {t('figures.valuesOf', { region: values.data.regionName, year: values.data.year })} ·{' '}
            {t('figures.count', { count: rows.length })}
          </Typography.Paragraph>
        )}
        <ResponsiveTable<Row>
          rowKey="key"
          size="small"
          loading={catalogue.isFetching || values.isFetching}
          columns={columns}
          phoneColumns={['label', 'value']}
          dataSource={rows}
          pagination={{ pageSize: 50, hideOnSinglePage: true }}
          locale={{ emptyText: t('figures.empty') }}
          data-testid="figures-table"
        />
      </Card>
    </Space>
  );
}
