import { CameraOutlined, DeleteOutlined } from '@ant-design/icons';
import { App, Button, Flex, Image, Popconfirm } from 'antd';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../../../app/errors';
import { type Milestone, projectsApi, useRefreshProjects } from './api';

/** The platform's limit of attachments on one record. */
const MAX_PHOTOS = 9;

/**
 * The photos of a milestone (platform attachments, kind project_milestone): thumbnails, and while
 * the project is open, 拍照 / 上传 (the phone's camera or gallery) and 删除 with a confirmation.
 */
export function MilestonePhotos({ milestone, editable }: { milestone: Milestone; editable: boolean }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const refresh = useRefreshProjects();
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  const items = milestone.photos;
  const add = async (files: File[]) => {
    if (!files.length) return;
    setBusy(true);
    try {
      await projectsApi.addPhotos(milestone.id, files);
      await refresh();
    } catch (error) {
      message.error(errorText(error));
    } finally {
      setBusy(false);
    }
  };
  const remove = async (id: string) => {
    try {
      await projectsApi.removePhoto(id);
      await refresh();
    } catch (error) {
      message.error(errorText(error));
    }
  };
  if (!editable && items.length === 0) return null;
  return (
    <Flex wrap gap={8} align="center" data-testid={`milestone-photos-${milestone.id}`}>
      <Image.PreviewGroup>
        {items.map((p, i) =>
          p.category === 'image' ? (
            <div key={p.id} style={{ position: 'relative' }}>
              <Image
                width={72}
                height={72}
                style={{ objectFit: 'cover', borderRadius: 4 }}
                src={projectsApi.fileUrl(p.id, 'thumb')}
                preview={{ src: projectsApi.fileUrl(p.id, 'full') }}
                alt={t('econProjects.milestones.photoAlt', { title: milestone.title, n: i + 1 })}
              />
              {editable && (
                <Popconfirm
                  title={t('econProjects.milestones.removeTitle')}
                  okText={t('econProjects.actions.ok')}
                  cancelText={t('econProjects.actions.cancel')}
                  onConfirm={() => remove(p.id)}
                >
                  <Button
                    size="small"
                    shape="circle"
                    icon={<DeleteOutlined />}
                    aria-label={t('econProjects.milestones.removePhoto')}
                    style={{ position: 'absolute', top: -8, right: -8 }}
                  />
                </Popconfirm>
              )}
            </div>
          ) : (
            <a key={p.id} href={projectsApi.fileUrl(p.id, 'full')} style={{ textDecoration: 'underline' }}>
              {p.fileName}
            </a>
          ),
        )}
      </Image.PreviewGroup>
      {editable && items.length < MAX_PHOTOS && (
        <>
          <Button
            icon={<CameraOutlined />}
            loading={busy}
            onClick={() => input.current?.click()}
            data-testid="milestone-photo-add"
          >
            {t('econProjects.milestones.addPhoto')}
          </Button>
          <input
            ref={input}
            type="file"
            accept="image/*"
            capture="environment"
            multiple
            hidden
            aria-label={t('econProjects.milestones.addPhoto')}
            data-testid="milestone-photo-input"
            onChange={(e) => {
              const picked = [...(e.target.files ?? [])];
              e.target.value = '';
              void add(picked);
            }}
          />
        </>
      )}
    </Flex>
  );
}
