import { DownloadOutlined, PlusOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import {
  App,
  Button,
  Card,
  Flex,
  Form,
  Input,
  InputNumber,
  Modal,
  Popconfirm,
  Radio,
  Select,
  Space,
  Table,
  Tag,
  Typography,
} from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../../app/auth';
import { RegionPicker } from '../../app/components/RegionPicker';
import { ResponsiveTable } from '../../app/components/ResponsiveTable';
import { useErrorText } from '../../app/errors';
import { type FigureReport, type ReportBody, reportsApi } from './api';
import { useFigureOptions } from './figure-options';

// 一表通 (docs/dashboards.md): the standard reports and those a county or township defines, each
// generated for a region and year from the records (a preview here, the sheet as Excel).

const DEFINERS = ['county_admin', 'township', 'region_admin'];

export default function ReportsPage() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'zh';
  const { message } = App.useApp();
  const errorText = useErrorText();
  const user = useCurrentUser();
  const queryClient = useQueryClient();
  const [regionCode, setRegionCode] = useState<string | undefined>();
  // Unset: the server's this year in Beijing (figures/policy.ts figureYear); the sheet names it.
  const [year, setYear] = useState<number>();
  // Unset: the whole year; a quarter generates the quarterly returns (季度报表).
  const [quarter, setQuarter] = useState<number>();
  const [editing, setEditing] = useState<FigureReport | 'new' | null>(null);
  const [preview, setPreview] = useState<FigureReport | null>(null);
  const reports = useQuery({ queryKey: ['figures', 'reports'], queryFn: reportsApi.list });
  const mayDefine = DEFINERS.includes(user.role);
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['figures', 'reports'] });

  const columns: ColumnsType<FigureReport> = [
    {
      key: 'name',
      title: t('figureReports.name'),
      render: (_, r) => (
        <Space orientation="vertical" size={0}>
          <Typography.Text strong>{r.name}</Typography.Text>
          {r.note && <Typography.Text type="secondary">{r.note}</Typography.Text>}
        </Space>
      ),
    },
    {
      key: 'rows',
      title: t('figureReports.rows'),
      render: (_, r) => t(`figureReports.rowLevels.${r.rowLevel}`),
    },
    {
      key: 'figures',
      title: t('figureReports.figures'),
      render: (_, r) => t('figureReports.figureCount', { count: r.keys.length }),
    },
    {
      key: 'kind',
      title: t('figureReports.kind'),
      render: (_, r) =>
        r.standard ? (
          <Tag color="blue">{t('figureReports.standard')}</Tag>
        ) : (
          <Tag>{t('figureReports.own')}</Tag>
        ),
    },
    {
      key: 'actions',
      title: '',
      render: (_, r) => (
        <Flex wrap gap={4}>
          <Button size="small" onClick={() => setPreview(r)} data-testid={`report-preview-${r.id}`}>
            {t('figureReports.preview')}
          </Button>
          <Button
            size="small"
            icon={<DownloadOutlined />}
            href={reportsApi.sheetUrl(r.id, { regionCode, year, quarter })}
            data-testid={`report-download-${r.id}`}
          >
            {t('figureReports.download')}
          </Button>
          {!r.standard && mayDefine && (
            <>
              <Button size="small" onClick={() => setEditing(r)}>
                {t('figureReports.edit')}
              </Button>
              <Popconfirm
                title={t('figureReports.deleteConfirm', { name: r.name })}
                onConfirm={async () => {
                  try {
                    await reportsApi.remove(r.id);
                    message.success(t('figureReports.deleted'));
                    await refresh();
                  } catch (error) {
                    message.error(errorText(error));
                  }
                }}
              >
                <Button size="small" danger>
                  {t('figureReports.delete')}
                </Button>
              </Popconfirm>
            </>
          )}
        </Flex>
      ),
    },
  ];

  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('figureReports.title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
        {t('figureReports.hint')}
      </Typography.Paragraph>
      <Card>
        <Flex wrap gap={8} style={{ marginBottom: 12 }}>
          <div style={{ width: 240 }}>
            <RegionPicker
              value={regionCode}
              onChange={setRegionCode}
              aria-label={t('figureReports.region')}
            />
          </div>
          <InputNumber
            min={2000}
            max={2100}
            value={year}
            placeholder={t('figureReports.thisYear')}
            aria-label={t('figureReports.year')}
            addonAfter={t('figureReports.year')}
            onChange={(v) => v && setYear(v)}
          />
          <Select<number>
            style={{ width: 120 }}
            value={quarter ?? 0}
            aria-label={t('figureReports.period')}
            onChange={(v) => setQuarter(v || undefined)}
            options={[
              { value: 0, label: t('figureReports.wholeYear') },
              ...([1, 2, 3, 4] as const).map((q) => ({ value: q, label: t(`figureReports.quarters.q${q}`) })),
            ]}
            data-testid="report-quarter"
          />
          {mayDefine && (
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => setEditing('new')}
              data-testid="report-create"
            >
              {t('figureReports.create')}
            </Button>
          )}
        </Flex>
        {quarter && (
          <Typography.Paragraph type="secondary" style={{ marginTop: 0 }}>
            {t('figureReports.quarterHint')}
          </Typography.Paragraph>
        )}
        {reports.error && (
          <Typography.Paragraph type="danger">{errorText(reports.error)}</Typography.Paragraph>
        )}
        <ResponsiveTable<FigureReport>
          rowKey="id"
          size="small"
          loading={reports.isFetching}
          columns={columns}
          phoneColumns={['name', 'actions']}
          dataSource={reports.data?.items ?? []}
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          locale={{ emptyText: t('figureReports.empty') }}
          data-testid="reports-table"
        />
      </Card>
      {editing && (
        <ReportForm
          report={editing === 'new' ? null : editing}
          lang={lang}
          onClose={async (saved) => {
            setEditing(null);
            if (saved) await refresh();
          }}
        />
      )}
      {preview && (
        <SheetPreview
          report={preview}
          regionCode={regionCode}
          year={year}
          quarter={quarter}
          onClose={() => setPreview(null)}
        />
      )}
    </Space>
  );
}

function ReportForm({
  report,
  lang,
  onClose,
}: {
  report: FigureReport | null;
  lang: 'zh' | 'en';
  onClose: (saved: boolean) => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const [form] = Form.useForm<ReportBody>();
  const [busy, setBusy] = useState(false);
  const { options, loading: catalogueLoading } = useFigureOptions(lang);
  const save = async () => {
    const body = await form.validateFields();
    setBusy(true);
    try {
      if (report) await reportsApi.update(report.id, body);
      else await reportsApi.create(body);
      message.success(t('figureReports.saved'));
      onClose(true);
    } catch (error) {
      message.error(errorText(error));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal
      open
      title={report ? report.name : t('figureReports.create')}
      onCancel={() => onClose(false)}
      onOk={save}
      okText={t('figureReports.save')}
      cancelText={t('figureReports.cancel')}
      confirmLoading={busy}
      okButtonProps={{ 'data-testid': 'report-save' } as Record<string, string>}
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={
          report
            ? {
                name: report.name,
                rowLevel: report.rowLevel,
                keys: report.keys,
                note: report.note ?? undefined,
              }
            : { rowLevel: 'village', keys: [] }
        }
      >
        <Form.Item
          name="name"
          label={t('figureReports.name')}
          rules={[{ required: true, message: t('figureReports.nameRequired') }, { max: 60 }]}
        >
          <Input placeholder={t('figureReports.namePlaceholder')} data-testid="report-name" />
        </Form.Item>
        <Form.Item name="rowLevel" label={t('figureReports.rows')}>
          <Radio.Group
            options={[
              { value: 'township', label: t('figureReports.rowLevels.township') },
              { value: 'village', label: t('figureReports.rowLevels.village') },
            ]}
          />
        </Form.Item>
        <Form.Item
          name="keys"
          label={t('figureReports.figures')}
          rules={[{ required: true, message: t('figureReports.keysRequired') }]}
        >
          <Select
            mode="multiple"
            options={options}
            optionFilterProp="label"
            aria-label={t('figureReports.figures')}
            loading={catalogueLoading}
            data-testid="report-keys"
          />
        </Form.Item>
        <Form.Item name="note" label={t('figureReports.note')}>
          <Input.TextArea rows={2} maxLength={500} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function SheetPreview({
  report,
  regionCode,
  year,
  quarter,
  onClose,
}: {
  report: FigureReport;
  regionCode?: string;
  year?: number;
  quarter?: number;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const sheet = useQuery({
    queryKey: ['figures', 'report-sheet', report.id, regionCode ?? null, year ?? null, quarter ?? null],
    queryFn: () => reportsApi.sheet(report.id, { regionCode, year, quarter }),
  });
  const data = sheet.data;
  const rows = data
    ? [
        ...data.rows,
        { code: data.regionCode, name: `${data.regionName}${t('figureReports.total')}`, values: data.total },
      ]
    : [];
  return (
    <Modal
      open
      width="90vw"
      title={
        data
          ? `${data.regionName}${data.name}（${data.year}${data.quarter ? ` ${t(`figureReports.quarters.q${data.quarter as 1 | 2 | 3 | 4}`)}` : ''}）`
          : report.name
      }
      onCancel={onClose}
      footer={null}
    >
      {sheet.error && <Typography.Paragraph type="danger">{errorText(sheet.error)}</Typography.Paragraph>}
      <Table
        rowKey="code"
        size="small"
        loading={sheet.isFetching}
        dataSource={rows}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        scroll={{ x: 'max-content' }}
        columns={[
          { key: 'name', title: t('figureReports.region'), dataIndex: 'name', fixed: 'left' },
          ...(data?.columns ?? []).map((c: { key: string; label: string; unit: string }, i: number) => ({
            key: c.key,
            title: `${c.label}（${c.unit}）`,
            align: 'right' as const,
            render: (_: unknown, r: (typeof rows)[number]) =>
              r.values[i] == null ? '—' : r.values[i].toLocaleString('zh-CN'),
          })),
        ]}
        data-testid="report-sheet"
      />
    </Modal>
  );
}
