import { CameraOutlined, CloseOutlined } from '@ant-design/icons';
import { App, Button, Flex, Form, Input, Modal } from 'antd';
import dayjs from 'dayjs';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DateRangeFields } from '../../../app/components/DateField';
import { applyFieldErrors, useErrorText } from '../../../app/errors';
import { projectsApi, useRefreshProjects } from './api';

type Values = { title: string; dueOn?: string; doneOn?: string; note?: string };
const MAX_PHOTOS = 9;

/**
 * 记录进度 on a phone: what was done, when, a note and photos taken there and then. The milestone
 * is written first, then its photos are uploaded to it.
 */
export function MilestoneModal({
  projectId,
  knownIds,
  onClose,
}: {
  projectId: string;
  /** The milestones shown now: the new one is the id the answer adds. */
  knownIds: readonly string[];
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const refresh = useRefreshProjects();
  const [form] = Form.useForm<Values>();
  const [photos, setPhotos] = useState<File[]>([]);
  const [busy, setBusy] = useState(false);
  // Written already when only the photos failed: a second 保存 uploads them, never a second milestone.
  const [createdId, setCreatedId] = useState<string | null>(null);
  const submit = async () => {
    const v = await form.validateFields();
    setBusy(true);
    try {
      let id = createdId;
      if (!id) {
        const project = await projectsApi.addMilestone(projectId, {
          title: v.title.trim(),
          dueOn: v.dueOn || undefined,
          note: v.note?.trim() || undefined,
        });
        const known = new Set(knownIds);
        id = project.milestones.find((m) => !known.has(m.id))?.id ?? null;
        if (!id) throw new Error('milestone not in the answer');
        setCreatedId(id);
        if (v.doneOn) await projectsApi.markDone(id, { doneOn: v.doneOn });
      }
      if (photos.length) await projectsApi.addPhotos(id, photos);
      message.success(t('econProjects.milestones.saved'));
      await refresh();
      onClose();
    } catch (error) {
      if (!applyFieldErrors(form, error)) message.error(errorText(error));
      await refresh();
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal
      open
      title={t('econProjects.milestones.formTitle')}
      okButtonProps={{ 'data-testid': 'milestone-save' } as never}
      confirmLoading={busy}
      onOk={() => void submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" initialValues={{ doneOn: dayjs().format('YYYY-MM-DD') }}>
        <Form.Item
          name="title"
          label={t('econProjects.milestones.name')}
          rules={[{ required: true, whitespace: true, message: t('econProjects.form.required') }]}
        >
          <Input
            maxLength={100}
            placeholder={t('econProjects.milestones.namePlaceholder')}
            data-testid="milestone-title"
          />
        </Form.Item>
        <DateRangeFields
          start={{ name: 'doneOn', label: t('econProjects.milestones.doneOn'), testId: 'milestone-done-on' }}
          end={{ name: 'dueOn', label: t('econProjects.milestones.dueOn') }}
        />
        <Form.Item name="note" label={t('econProjects.milestones.note')}>
          <Input.TextArea rows={3} maxLength={1000} data-testid="milestone-note" />
        </Form.Item>
        <Form.Item label={t('econProjects.milestones.photos')}>
          <PhotoPicker photos={photos} onChange={setPhotos} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** 拍照: the phone's camera (capture) or its gallery; thumbnails with a remove button each. */
function PhotoPicker({ photos, onChange }: { photos: File[]; onChange: (photos: File[]) => void }) {
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
            alt={t('econProjects.milestones.photoAlt', { title: '', n: i + 1 }).trim()}
            width={72}
            height={72}
            style={{ objectFit: 'cover', borderRadius: 4, display: 'block' }}
          />
          <Button
            size="small"
            shape="circle"
            icon={<CloseOutlined />}
            aria-label={t('econProjects.milestones.removePhoto')}
            onClick={() => onChange(photos.filter((_, j) => j !== i))}
            style={{ position: 'absolute', top: -8, right: -8 }}
          />
        </div>
      ))}
      {photos.length < MAX_PHOTOS && (
        <Button icon={<CameraOutlined />} size="large" onClick={() => input.current?.click()}>
          {t('econProjects.milestones.addPhoto')}
        </Button>
      )}
      <input
        ref={input}
        type="file"
        accept="image/*"
        capture="environment"
        multiple
        hidden
        aria-label={t('econProjects.milestones.addPhoto')}
        data-testid="milestone-new-photo-input"
        onChange={(e) => {
          const picked = [...(e.target.files ?? [])];
          e.target.value = '';
          onChange([...photos, ...picked].slice(0, MAX_PHOTOS));
        }}
      />
    </Flex>
  );
}
