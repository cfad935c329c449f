import {
  DownloadOutlined,
  GlobalOutlined,
  PrinterOutlined,
  ReloadOutlined,
  SettingOutlined,
} from '@ant-design/icons';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import {
  Breadcrumb,
  Button,
  Card,
  Col,
  Empty,
  Flex,
  InputNumber,
  Row,
  Space,
  Tag,
  Tooltip,
  Typography,
} from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { levelOfCode } from '../../../contracts/region-code';
import { useCurrentUser } from '../../app/auth';
import { type ChartData, EChart } from '../../app/components/EChart';
import { useErrorText } from '../../app/errors';
import { PRINT_CSS } from '../economy/views/print';
import { ArrangeDashboard } from './ArrangeDashboard';
import { type Dashboard, type DashboardFigure, dashboardApi } from './api';
import { DrillDrawer, type DrillTarget } from './DrillDrawer';
import { ChildView, useChildMap } from './maps/ChildView';

// 驾驶舱 (docs/dashboards.md): the chosen figures of a region for a year, each with the year before,
// a bar per township or village (a click opens that region's dashboard) and its categories; every
// number opens the records behind it. The region and year live in the address, so Back goes up.

const ARRANGERS = ['county_admin', 'township', 'region_admin'];
const MAP_KEEPERS = ['county_admin', 'township'];

export default function DashboardPage() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'zh';
  const errorText = useErrorText();
  const user = useCurrentUser();
  const [params, setParams] = useSearchParams();
  const navigate = useNavigate();
  const regionCode = params.get('region') ?? undefined;
  const yearParam = params.get('year');
  const year = yearParam ? Number(yearParam) : undefined;
  const [fresh, setFresh] = useState(0);
  const [drill, setDrill] = useState<DrillTarget | null>(null);
  const [arranging, setArranging] = useState(false);
  const board = useQuery({
    queryKey: ['figures', 'dashboard', regionCode ?? null, year ?? null, fresh],
    queryFn: () => dashboardApi.get({ regionCode, year, fresh: fresh ? '1' : undefined }),
    // The last view stays while the next region's loads (no blank page between levels).
    placeholderData: keepPreviousData,
  });
  const d = board.data;
  const childMap = useChildMap(d?.regionCode);
  const go = (next: { region?: string; year?: number }) => {
    const p = new URLSearchParams(params);
    if (next.region !== undefined) p.set('region', next.region);
    if (next.year !== undefined) p.set('year', String(next.year));
    setParams(p);
  };
  const number = (v: number) => v.toLocaleString(lang === 'en' ? 'en-US' : 'zh-CN');
  const time = d
    ? new Date(d.dataAt).toLocaleTimeString(lang === 'en' ? 'en-GB' : 'zh-CN', { hour12: false })
    : '';

  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <style>{PRINT_CSS}</style>
      <Flex wrap gap={8} align="center" justify="space-between">
        <Typography.Title level={3} style={{ margin: 0 }} data-testid="dashboard-title">
          {d ? `${d.regionName} ${t('dashboard.title')}` : t('dashboard.title')}
        </Typography.Title>
        <Flex wrap gap={8} align="center" className="no-print">
          <InputNumber
            min={2000}
            max={2100}
            value={year ?? d?.year}
            aria-label={t('dashboard.year')}
            addonAfter={t('dashboard.year')}
            onChange={(v) => v && go({ year: v })}
            style={{ width: 130 }}
            data-testid="dashboard-year"
          />
          {ARRANGERS.includes(user.role) && (
            <Button
              icon={<SettingOutlined />}
              onClick={() => setArranging(true)}
              data-testid="dashboard-arrange"
            >
              {t('dashboard.arrange')}
            </Button>
          )}
          {MAP_KEEPERS.includes(user.role) && (
            <Button
              icon={<GlobalOutlined />}
              onClick={() => navigate('/figure-maps')}
              data-testid="dashboard-maps"
            >
              {t('dashboard.maps')}
            </Button>
          )}
          <Button
            icon={<DownloadOutlined />}
            href={dashboardApi.exportUrl({ regionCode: d?.regionCode ?? regionCode, year: d?.year ?? year })}
            data-testid="dashboard-export"
          >
            {t('dashboard.export')}
          </Button>
          <Button icon={<PrinterOutlined />} onClick={() => window.print()}>
            {t('dashboard.print')}
          </Button>
        </Flex>
      </Flex>
      {d && (
        <Flex wrap gap={8} align="center" justify="space-between">
          <Breadcrumb
            data-testid="dashboard-path"
            items={d.path.map((r, i) => ({
              key: r.code,
              title:
                i < d.path.length - 1 ? (
                  <Typography.Link onClick={() => go({ region: r.code })}>{r.name}</Typography.Link>
                ) : (
                  r.name
                ),
            }))}
          />
          <Space size={4} wrap>
            <Tooltip title={t('dashboard.dataHint')}>
              <Typography.Text type="secondary" data-testid="dashboard-data-at">
                {t('dashboard.dataAt', { time })}
              </Typography.Text>
            </Tooltip>
            <Button
              size="small"
              type="link"
              className="no-print"
              icon={<ReloadOutlined />}
              loading={board.isFetching}
              onClick={() => setFresh((n) => n + 1)}
            >
              {t('dashboard.refresh')}
            </Button>
            <Tag>
              {t(
                `dashboard.layout${d.layout.from === 'own' ? 'Own' : d.layout.from === 'above' ? 'Above' : 'Standard'}`,
              )}
            </Tag>
          </Space>
        </Flex>
      )}
      {board.error && <Typography.Paragraph type="danger">{errorText(board.error)}</Typography.Paragraph>}
      {d && d.figures.length === 0 && <Empty description={t('dashboard.empty')} />}
      <Row gutter={[16, 16]}>
        {d?.figures.map((f) => (
          <Col key={f.key} xs={24} lg={12} xxl={8}>
            <FigureCard
              board={d}
              figure={f}
              lang={lang}
              number={number}
              childMap={childMap}
              onRegion={(code) => go({ region: code })}
              onDrill={(category) =>
                setDrill({ figure: f, regionCode: d.regionCode, year: d.year, category })
              }
            />
          </Col>
        ))}
      </Row>
      <DrillDrawer target={drill} onClose={() => setDrill(null)} />
      {d && arranging && (
        <ArrangeDashboard
          regionCode={d.regionCode}
          layout={d.layout}
          onClose={(changed) => {
            setArranging(false);
            if (changed) void board.refetch();
          }}
        />
      )}
    </Space>
  );
}

function FigureCard({
  board,
  figure: f,
  lang,
  number,
  childMap,
  onRegion,
  onDrill,
}: {
  board: Dashboard;
  figure: DashboardFigure;
  lang: 'zh' | 'en';
  number: (v: number) => string;
  childMap: ReturnType<typeof useChildMap>;
  onRegion: (code: string) => void;
  onDrill: (category?: string) => void;
}) {
  const { t } = useTranslation();
  const unit = f.unit[lang];
  const childLevel = board.children[0] ? levelOfCode(board.children[0].code) : null;
  const byChild: ChartData | null = useMemo(
    () =>
      f.byChild && board.children.length > 1
        ? {
            kind: 'bar',
            horizontal: true,
            categories: board.children.map((c) => c.name),
            series: [{ name: f.label[lang], values: f.byChild }],
          }
        : null,
    [f, board.children, lang],
  );
  const byCategory: ChartData | null = useMemo(
    () =>
      f.byCategory.length > 1
        ? {
            kind: 'bar',
            horizontal: true,
            categories: f.byCategory.map((c) => c.label[lang]),
            series: [{ name: f.label[lang], values: f.byCategory.map((c) => c.value), color: '#2f7d4f' }],
          }
        : null,
    [f, lang],
  );
  const delta = f.value != null && f.previous != null ? Math.round((f.value - f.previous) * 100) / 100 : null;
  return (
    <Card
      size="small"
      data-testid={`dashboard-card-${f.key}`}
      title={
        <Tooltip title={f.definition[lang]}>
          <span>{f.label[lang]}</span>
        </Tooltip>
      }
      style={{ height: '100%' }}
    >
      <Flex align="baseline" gap={8} wrap>
        {f.value == null ? (
          <Typography.Text type="secondary">{t('dashboard.notKept')}</Typography.Text>
        ) : f.drillable ? (
          <Button
            type="link"
            style={{ padding: 0, fontSize: 28, fontWeight: 600, height: 'auto' }}
            onClick={() => onDrill()}
            aria-label={`${f.label[lang]} ${number(f.value)} ${unit}，${t('dashboard.openRecords')}`}
            data-testid={`dashboard-value-${f.key}`}
          >
            {number(f.value)}
          </Button>
        ) : (
          <Typography.Text strong style={{ fontSize: 28 }} data-testid={`dashboard-value-${f.key}`}>
            {number(f.value)}
          </Typography.Text>
        )}
        <Typography.Text>{unit}</Typography.Text>
        <Typography.Text type="secondary">
          {!f.perYear
            ? t('dashboard.noPrevious')
            : delta != null
              ? t('dashboard.previous', { delta: `${delta >= 0 ? '+' : ''}${number(delta)}` })
              : ''}
        </Typography.Text>
      </Flex>
      <Typography.Paragraph
        type="secondary"
        style={{ fontSize: 12, margin: '4px 0 0' }}
        ellipsis={{ rows: 2 }}
      >
        {f.definition[lang]}
      </Typography.Paragraph>
      {byChild && childLevel && (
        <ChildView
          map={childMap}
          label={f.label[lang]}
          title={t('dashboard.byChildMap', {
            level: t(`dashboard.levels.${childLevel}`),
            label: f.label[lang],
          })}
          regions={board.children}
          values={f.byChild ?? []}
          format={number}
          onPick={onRegion}
          testId={`dashboard-chart-${f.key}`}
          bars={
            <EChart
              title={t('dashboard.byChild', {
                level: t(`dashboard.levels.${childLevel}`),
                label: f.label[lang],
              })}
              data={byChild}
              height={Math.max(160, board.children.length * 22 + 60)}
              format={number}
              onPick={(pick) => onRegion(board.children[pick.categoryIndex].code)}
              testId={`dashboard-chart-${f.key}`}
            />
          }
        />
      )}
      {byCategory && (
        <EChart
          title={t('dashboard.byCategory', { label: f.label[lang] })}
          data={byCategory}
          height={Math.max(140, f.byCategory.length * 24 + 60)}
          format={number}
          onPick={f.drillable ? (pick) => onDrill(f.byCategory[pick.categoryIndex].key) : undefined}
          testId={`dashboard-categories-${f.key}`}
        />
      )}
    </Card>
  );
}
