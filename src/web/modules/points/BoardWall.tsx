import { Empty, Spin, Typography, theme } from 'antd';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../../app/errors';
import { useBoard } from './queries';
import { Stars } from './Stars';

const FACES = { smile: '😊', neutral: '😐', sad: '🙁' } as const;

/**
 * The wall itself: a grid of tiles that grows with the screen (clamp on the viewport width), so
 * the same page reads on a phone and on the big screen in the village hall.
 */
export function BoardWall({
  kind,
  villageCode,
  period,
}: {
  kind: 'vanguard' | 'smile';
  villageCode: string;
  period: string;
}) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const errorText = useErrorText();
  const board = useBoard(kind, villageCode, period);
  if (board.isLoading) return <Spin />;
  if (board.isError) return <Typography.Text type="danger">{errorText(board.error)}</Typography.Text>;
  const data = board.data;
  if (!data) return null;
  return (
    <div
      style={{ background: token.colorBgContainer, padding: 'clamp(8px, 2vw, 32px)' }}
      data-testid="board-wall"
    >
      <Typography.Title
        level={2}
        style={{ textAlign: 'center', fontSize: 'clamp(20px, 3vw, 56px)', marginTop: 0 }}
      >
        {data.villageName}
        {kind === 'vanguard' ? t('points.vanguard') : t('points.smile')} · {data.period}
      </Typography.Title>
      {kind === 'vanguard' && (
        <Typography.Paragraph type="secondary" style={{ textAlign: 'center' }} data-testid="stars-rule">
          {t('points.starsRule')}
        </Typography.Paragraph>
      )}
      {data.items.length === 0 ? (
        <Empty description={t('points.boardEmpty')} />
      ) : (
        <div
          style={{
            display: 'grid',
            gridTemplateColumns: 'repeat(auto-fill, minmax(clamp(104px, 14vw, 260px), 1fr))',
            gap: 'clamp(8px, 1.2vw, 24px)',
          }}
        >
          {data.items
            .map((item, place) => ({ ...item, place }))
            .map((item) => (
              <div
                key={item.place}
                style={{
                  border: `1px solid ${token.colorBorderSecondary}`,
                  borderRadius: 8,
                  padding: 'clamp(8px, 1vw, 20px)',
                  textAlign: 'center',
                  fontSize: 'clamp(14px, 1.6vw, 32px)',
                }}
              >
                {kind === 'smile' && item.smile && (
                  <div
                    role="img"
                    aria-label={t(`points.faces.${item.smile}`)}
                    style={{ fontSize: '2.2em', lineHeight: 1.2 }}
                  >
                    {FACES[item.smile]}
                  </div>
                )}
                <div style={{ fontWeight: 600 }}>{item.maskedName}</div>
                {kind === 'vanguard' ? (
                  <>
                    <Stars n={item.stars} size="1.1em" />
                    <div>{t('points.scoreOf', { score: item.score ?? 100 + item.total })}</div>
                  </>
                ) : (
                  <div>{t('points.pointsOf', { total: item.total })}</div>
                )}
              </div>
            ))}
        </div>
      )}
    </div>
  );
}
