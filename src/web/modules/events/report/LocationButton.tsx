import { EnvironmentOutlined } from '@ant-design/icons';
import { Button, Flex, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

export interface Spot {
  lat: number;
  lng: number;
}

/** 添加位置: asks the phone only when tapped; the browser gives WGS84 coordinates. */
export function LocationButton({
  value,
  onChange,
}: {
  value: Spot | null;
  onChange: (s: Spot | null) => void;
}) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState<string | null>(null);
  const locate = () => {
    if (!navigator.geolocation) {
      setFailed('—');
      return;
    }
    setBusy(true);
    setFailed(null);
    navigator.geolocation.getCurrentPosition(
      (p) => {
        setBusy(false);
        onChange({
          lat: Math.round(p.coords.latitude * 1e6) / 1e6,
          lng: Math.round(p.coords.longitude * 1e6) / 1e6,
        });
      },
      (e) => {
        setBusy(false);
        setFailed(e.message || String(e.code));
      },
      { enableHighAccuracy: true, timeout: 15_000, maximumAge: 60_000 },
    );
  };
  if (value)
    return (
      <Flex gap={8} align="center" wrap>
        <Typography.Text data-testid="report-location">
          <EnvironmentOutlined /> {t('eventsReport.locationAdded')} ({value.lat.toFixed(5)},{' '}
          {value.lng.toFixed(5)})
        </Typography.Text>
        <Button size="small" onClick={() => onChange(null)}>
          {t('eventsReport.removeLocation')}
        </Button>
      </Flex>
    );
  return (
    <Flex vertical gap={4}>
      <Button
        icon={<EnvironmentOutlined />}
        loading={busy}
        onClick={locate}
        data-testid="report-add-location"
      >
        {busy ? t('eventsReport.locating') : t('eventsReport.addLocation')}
      </Button>
      {failed && (
        <Typography.Text type="danger">
          {t('eventsReport.locationFailed', { reason: failed })}
        </Typography.Text>
      )}
    </Flex>
  );
}
