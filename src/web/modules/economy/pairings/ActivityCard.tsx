import { DeleteOutlined } from '@ant-design/icons';
import { App, Button, Card, Flex, Image, Popconfirm, Typography } from 'antd';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../../../app/errors';
import { type ActivityView, pairingsApi } from './api';

// One 帮带活动 on a phone: date, title, what was done and its photos (a tap opens them full
// size); the weak village's side uploads photos from the camera and removes them.

interface Props {
  activity: ActivityView;
  editable: boolean;
  /** Refetches the pairing after a change. */
  onChanged: () => Promise<unknown>;
}

export function ActivityCard({ activity, editable, onChanged }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const picker = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  const run = async (work: () => Promise<unknown>, done?: string) => {
    setBusy(true);
    try {
      await work();
      await onChanged();
      if (done) message.success(done);
    } catch (error) {
      message.error(errorText(error));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Card size="small" data-testid={`activity-${activity.id}`}>
      <Flex justify="space-between" align="start" gap={8}>
        <div style={{ minWidth: 0 }}>
          <Typography.Text strong>{activity.title}</Typography.Text>
          <div>
            <Typography.Text type="secondary" style={{ fontSize: 13 }}>
              {activity.happenedOn} · {t('econPairings.photoCount', { count: activity.photos.length })}
            </Typography.Text>
          </div>
        </div>
        {editable && (
          <Popconfirm
            title={t('econPairings.deleteActivityConfirm')}
            okText={t('econPairings.delete')}
            cancelText={t('common.cancel')}
            onConfirm={() =>
              run(() => pairingsApi.removeActivity(activity.id), t('econPairings.activityDeleted'))
            }
          >
            <Button
              size="small"
              type="text"
              danger
              icon={<DeleteOutlined />}
              aria-label={t('econPairings.deleteActivity')}
            />
          </Popconfirm>
        )}
      </Flex>
      {activity.detail && (
        <Typography.Paragraph style={{ margin: '6px 0 0', whiteSpace: 'pre-wrap' }}>
          {activity.detail}
        </Typography.Paragraph>
      )}
      {activity.photos.length > 0 && (
        <Image.PreviewGroup>
          <Flex wrap gap={8} style={{ marginTop: 8 }}>
            {activity.photos.map((p) => (
              <Flex key={p.id} vertical align="center" gap={2}>
                <Image
                  width={72}
                  height={72}
                  style={{ objectFit: 'cover', borderRadius: 4 }}
                  src={pairingsApi.photoUrl(p.id, 'thumb')}
                  preview={{ src: pairingsApi.photoUrl(p.id, 'full') }}
                  alt={t('econPairings.photoAlt', { title: activity.title })}
                />
                {editable && (
                  <Popconfirm
                    title={t('econPairings.removePhotoConfirm')}
                    okText={t('econPairings.delete')}
                    cancelText={t('common.cancel')}
                    onConfirm={() => run(() => pairingsApi.removePhoto(p.id))}
                  >
                    <Button size="small" type="link" danger>
                      {t('econPairings.removePhoto')}
                    </Button>
                  </Popconfirm>
                )}
              </Flex>
            ))}
          </Flex>
        </Image.PreviewGroup>
      )}
      {editable && (
        <>
          <input
            ref={picker}
            type="file"
            accept="image/jpeg,image/png,image/webp"
            multiple
            style={{ display: 'none' }}
            data-testid={`activity-photos-${activity.id}`}
            onChange={async (e) => {
              const files = [...(e.target.files ?? [])];
              e.target.value = '';
              if (files.length)
                await run(() => pairingsApi.addPhotos(activity.id, files), t('econPairings.photosAdded'));
            }}
          />
          <Button
            size="small"
            style={{ marginTop: 8 }}
            loading={busy}
            onClick={() => picker.current?.click()}
          >
            {t('econPairings.addPhotos')}
          </Button>
        </>
      )}
    </Card>
  );
}
