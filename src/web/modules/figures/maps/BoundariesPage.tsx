import { DeleteOutlined, UploadOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Empty, Flex, Popconfirm, Space, Typography, Upload } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ApiError } from '../../../app/api';
import { useCurrentUser } from '../../../app/auth';
import { RegionPicker } from '../../../app/components/RegionPicker';
import { ResponsiveTable } from '../../../app/components/ResponsiveTable';
import { useErrorText } from '../../../app/errors';
import { type BoundaryMap, type BoundaryUploadResult, mapsApi } from './api';
import { RegionMap } from './RegionMap';

// 区划边界 (docs/dashboards.md "Maps"): a county (or township) uploads the GeoJSON boundaries of
// the regions below it, sees which matched and which are missing, or the server's Chinese account
// of what is wrong (第 N 个区域 …), previews the stored map and removes it.

const KEEPERS = ['county_admin', 'township'];

type Outcome = { ok: BoundaryUploadResult } | { error: unknown };

export default function BoundariesPage() {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const queryClient = useQueryClient();
  const user = useCurrentUser();
  const keeper = KEEPERS.includes(user.role);
  const [regionCode, setRegionCode] = useState<string>(user.scopeCode);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [busy, setBusy] = useState(false);
  const list = useQuery({ queryKey: ['figures', 'maps'], queryFn: mapsApi.list });
  const current = list.data?.items.find((m) => m.regionCode === regionCode);
  const geo = useQuery({
    queryKey: ['figures', 'maps', regionCode, current?.updatedAt],
    queryFn: () => mapsApi.get(regionCode),
    enabled: !!current,
  });

  const upload = async (file: File) => {
    setBusy(true);
    setOutcome(null);
    try {
      const ok = await mapsApi.upload(regionCode, await file.text());
      setOutcome({ ok });
      await queryClient.invalidateQueries({ queryKey: ['figures', 'maps'] });
    } catch (error) {
      setOutcome({ error });
    } finally {
      setBusy(false);
    }
  };
  const remove = async (map: BoundaryMap) => {
    try {
      await mapsApi.remove(map.regionCode);
      message.success(t('figureMaps.deleted'));
      setOutcome(null);
      await queryClient.invalidateQueries({ queryKey: ['figures', 'maps'] });
    } catch (error) {
      message.error(errorText(error));
    }
  };

  const columns: ColumnsType<BoundaryMap> = [
    {
      key: 'name',
      title: t('figureMaps.regionName'),
      render: (_, m) => (
        <Typography.Link onClick={() => setRegionCode(m.regionCode)}>{m.regionName}</Typography.Link>
      ),
    },
    { key: 'count', title: t('figureMaps.featureCount'), dataIndex: 'featureCount', align: 'right' },
    {
      key: 'updated',
      title: t('figureMaps.updatedAt'),
      render: (_, m) => new Date(m.updatedAt).toLocaleString(i18n.language === 'en' ? 'en-GB' : 'zh-CN'),
    },
    {
      key: 'actions',
      title: t('common.actions'),
      render: (_, m) => (
        <Space size={4} wrap>
          <Link to={`/dashboard?region=${m.regionCode}`}>{t('figureMaps.openDashboard')}</Link>
          {keeper && (
            <Popconfirm
              title={t('figureMaps.deleteConfirm', { name: m.regionName })}
              okText={t('common.ok')}
              cancelText={t('common.cancel')}
              onConfirm={() => remove(m)}
            >
              <Button
                size="small"
                type="link"
                danger
                icon={<DeleteOutlined />}
                data-testid={`maps-delete-${m.regionCode}`}
              >
                {t('figureMaps.delete')}
              </Button>
            </Popconfirm>
          )}
        </Space>
      ),
    },
  ];

  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('figureMaps.title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
        {t('figureMaps.hint')}
      </Typography.Paragraph>
      <Card size="small">
        <Flex wrap gap={12} align="center">
          <div style={{ minWidth: 240, flex: '1 1 240px', maxWidth: 420 }}>
            <RegionPicker
              value={regionCode}
              onChange={(code) => {
                if (code) setRegionCode(code);
                setOutcome(null);
              }}
              allowedLevels={['county', 'township']}
              aria-label={t('figureMaps.regionHint')}
              data-testid="maps-region"
            />
          </div>
          {keeper && (
            <Upload
              accept=".json,.geojson,application/json,application/geo+json"
              showUploadList={false}
              maxCount={1}
              beforeUpload={(file) => {
                void upload(file);
                return false;
              }}
            >
              <Button type="primary" icon={<UploadOutlined />} loading={busy} data-testid="maps-upload">
                {busy ? t('figureMaps.uploading') : t('figureMaps.upload')}
              </Button>
            </Upload>
          )}
        </Flex>
        <Outcome outcome={outcome} errorText={errorText} />
      </Card>
      <Card size="small" title={t('figureMaps.maps')}>
        <ResponsiveTable<BoundaryMap>
          rowKey="regionCode"
          size="small"
          loading={list.isLoading}
          columns={columns}
          dataSource={list.data?.items ?? []}
          pagination={false}
          locale={{ emptyText: <Empty description={t('figureMaps.none')} /> }}
          data-testid="maps-list"
        />
      </Card>
      <Card
        size="small"
        title={current ? t('figureMaps.previewTitle', { name: current.regionName }) : t('figureMaps.preview')}
      >
        {current && geo.data ? (
          <RegionMap
            regionCode={regionCode}
            geo={geo.data}
            title={t('figureMaps.previewTitle', { name: current.regionName })}
            testId="maps-preview"
          />
        ) : (
          <Empty description={t('figureMaps.noMap')} />
        )}
      </Card>
    </Space>
  );
}

function Outcome({ outcome, errorText }: { outcome: Outcome | null; errorText: (e: unknown) => string }) {
  const { t } = useTranslation();
  if (!outcome) return null;
  if ('ok' in outcome) {
    const { matched, missing } = outcome.ok;
    return (
      <Space orientation="vertical" style={{ width: '100%', marginTop: 12 }} data-testid="maps-result">
        <Alert type="success" showIcon message={t('figureMaps.matched', { count: matched })} />
        {missing.length > 0 && (
          <Alert
            type="warning"
            showIcon
            message={t('figureMaps.missing', { count: missing.length, names: missing.join('、') })}
          />
        )}
      </Space>
    );
  }
  const { error } = outcome;
  // The server's account of the file is Chinese, naming the feature: shown as it is in both languages.
  const text = error instanceof ApiError ? error.message : errorText(error);
  const more = error instanceof ApiError ? (error.fields ?? []).slice(1, 10) : [];
  return (
    <Alert
      style={{ marginTop: 12 }}
      type="error"
      showIcon
      role="alert"
      data-testid="maps-error"
      message={t('figureMaps.refused')}
      description={
        <>
          <div>{text}</div>
          {more.length > 0 && (
            <ul style={{ margin: '4px 0 0', paddingInlineStart: 20 }}>
              {more.map((f) => (
                <li key={f.path}>{f.message}</li>
              ))}
            </ul>
          )}
        </>
      }
    />
  );
}
