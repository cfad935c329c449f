import { FullscreenOutlined } from '@ant-design/icons';
import { Button, DatePicker, Flex, Segmented, Typography, theme } from 'antd';
import dayjs from 'dayjs';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../../app/auth';
import { RegionPicker } from '../../app/components/RegionPicker';
import { BoardWall } from './BoardWall';
import { ownVillage } from './shared';

/** 党员先锋墙 (by year, stars) and 善治笑脸墙 (by month, faces), for a phone or the village's big screen. */
export default function BoardsPage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const { token } = theme.useToken();
  const own = ownVillage(me.scopeCode);
  const [village, setVillage] = useState<string | undefined>(own);
  const [kind, setKind] = useState<'vanguard' | 'smile'>('vanguard');
  const [date, setDate] = useState(dayjs());
  const wall = useRef<HTMLDivElement>(null);
  const period = date.format(kind === 'vanguard' ? 'YYYY' : 'YYYY-MM');

  return (
    <Flex vertical gap={12}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('points.boardsTitle')}
      </Typography.Title>
      <Flex wrap gap={8} align="center">
        <Segmented
          value={kind}
          onChange={(v) => setKind(v as 'vanguard' | 'smile')}
          options={[
            { value: 'vanguard', label: t('points.vanguard') },
            { value: 'smile', label: t('points.smile') },
          ]}
          data-testid="board-kind"
        />
        <DatePicker
          picker={kind === 'vanguard' ? 'year' : 'month'}
          value={date}
          allowClear={false}
          inputReadOnly
          onChange={(d) => d && setDate(d)}
          style={{ width: 130 }}
        />
        {!own && (
          <div style={{ width: 240, maxWidth: '100%' }}>
            <RegionPicker value={village} onChange={setVillage} allowedLevels={['village']} />
          </div>
        )}
        <Button
          icon={<FullscreenOutlined />}
          disabled={!village}
          onClick={() => void wall.current?.requestFullscreen?.()}
        >
          {t('points.bigScreen')}
        </Button>
      </Flex>
      <div ref={wall} style={{ overflow: 'auto', background: token.colorBgContainer }}>
        {village ? (
          <BoardWall kind={kind} villageCode={village} period={period} />
        ) : (
          <Typography.Text type="secondary">{t('points.pickVillage')}</Typography.Text>
        )}
      </div>
    </Flex>
  );
}
