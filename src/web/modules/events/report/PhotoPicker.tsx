import { CameraOutlined, CloseOutlined } from '@ant-design/icons';
import { Button, Flex } from 'antd';
import { useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';

export const MAX_PHOTOS = 9;

/** 拍照: the phone's camera (capture) or its gallery; thumbnails with a remove button each. */
export function PhotoPicker({ photos, onChange }: { photos: File[]; onChange: (photos: File[]) => void }) {
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  const urls = useMemo(() => photos.map((p) => URL.createObjectURL(p)), [photos]);
  useEffect(
    () => () => {
      for (const u of urls) URL.revokeObjectURL(u);
    },
    [urls],
  );
  return (
    <Flex wrap gap={8} align="center">
      {urls.map((url, i) => (
        <div key={url} style={{ position: 'relative' }}>
          <img
            src={url}
            alt={t('eventsReport.photoAlt', { n: i + 1 })}
            width={72}
            height={72}
            style={{ objectFit: 'cover', borderRadius: 4, display: 'block' }}
          />
          <Button
            size="small"
            shape="circle"
            icon={<CloseOutlined />}
            aria-label={t('eventsReport.removePhoto')}
            onClick={() => onChange(photos.filter((_, j) => j !== i))}
            style={{ position: 'absolute', top: -8, right: -8 }}
          />
        </div>
      ))}
      {photos.length < MAX_PHOTOS && (
        <Button
          icon={<CameraOutlined />}
          size="large"
          onClick={() => input.current?.click()}
          data-testid="report-add-photo"
        >
          {t('eventsReport.addPhoto')}
        </Button>
      )}
      <input
        ref={input}
        type="file"
        accept="image/*"
        capture="environment"
        multiple
        hidden
        data-testid="report-photo-input"
        onChange={(e) => {
          const picked = [...(e.target.files ?? [])];
          e.target.value = '';
          onChange([...photos, ...picked].slice(0, MAX_PHOTOS));
        }}
      />
    </Flex>
  );
}
