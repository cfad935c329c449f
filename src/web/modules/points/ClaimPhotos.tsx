import { Flex, Image } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ClaimView } from '../../../contracts/api/points';
import { pointsApi } from './api';

/** A claim's photos as thumbnails; a tap opens them full size, one after another. */
export function ClaimPhotos({ photos, size = 72 }: { photos: ClaimView['evidence']; size?: number }) {
  const { t } = useTranslation();
  if (photos.length === 0) return null;
  return (
    <Image.PreviewGroup>
      <Flex wrap gap={8} style={{ marginTop: 8 }}>
        {photos.map((e) => (
          <Image
            key={e.id}
            width={size}
            height={size}
            style={{ objectFit: 'cover', borderRadius: 4 }}
            src={pointsApi.evidenceUrl(e.id, 'thumb')}
            preview={{ src: pointsApi.evidenceUrl(e.id, 'full') }}
            alt={t('points.evidence')}
          />
        ))}
      </Flex>
    </Image.PreviewGroup>
  );
}
