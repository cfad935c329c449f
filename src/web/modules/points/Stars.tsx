import { useTranslation } from 'react-i18next';

/** 星级: filled and empty stars out of five, read aloud as "4 星". */
export function Stars({ n, size = 16 }: { n: number | null; size?: number | string }) {
  const { t } = useTranslation();
  if (n == null) return null;
  return (
    <span
      role="img"
      aria-label={t('points.starsLabel', { n })}
      style={{ color: '#ad6800', fontSize: size, letterSpacing: 1 }}
    >
      {'★'.repeat(n)}
      <span style={{ color: '#bfbfbf' }}>{'★'.repeat(Math.max(0, 5 - n))}</span>
    </span>
  );
}
