import { UploadOutlined } from '@ant-design/icons';
import {
  App,
  Button,
  Card,
  Empty,
  Flex,
  Form,
  Image,
  Input,
  List,
  Modal,
  Tag,
  Typography,
  Upload,
  type UploadFile,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MeasureInput, WeakDetail } from '../../../../contracts/api/assess-weak';
import { DateField } from '../../../app/components/DateField';
import { useErrorText } from '../../../app/errors';
import { useWeakMutation, weakApi } from './api';

// 整顿措施: each with its owner, deadline, done note and photos; its owner (or the village, the
// township) marks it done with a note and photos.

type Measure = WeakDetail['measures'][number];

export function Photos({ photos }: { photos: Measure['photos'] }) {
  if (photos.length === 0) return null;
  return (
    <Image.PreviewGroup>
      <Flex gap={4} wrap>
        {photos.map((p) =>
          p.category === 'image' ? (
            <Image
              key={p.id}
              width={64}
              height={64}
              style={{ objectFit: 'cover' }}
              src={weakApi.fileUrl(p.id, 'thumb')}
              preview={{ src: weakApi.fileUrl(p.id, 'full') }}
              alt={p.fileName}
            />
          ) : (
            <a key={p.id} href={weakApi.fileUrl(p.id, 'full')} style={{ textDecoration: 'underline' }}>
              {p.fileName}
            </a>
          ),
        )}
      </Flex>
    </Image.PreviewGroup>
  );
}

export function FilesField({
  files,
  setFiles,
}: {
  files: UploadFile[];
  setFiles: (f: UploadFile[]) => void;
}) {
  const { t } = useTranslation();
  return (
    <Form.Item label={t('assessWeak.measures.photos')}>
      <Upload
        multiple
        accept="image/*,application/pdf"
        fileList={files}
        beforeUpload={() => false}
        onChange={({ fileList }) => setFiles(fileList)}
        listType="picture"
      >
        <Button icon={<UploadOutlined />}>{t('assessWeak.measures.photos')}</Button>
      </Upload>
    </Form.Item>
  );
}

const raw = (files: UploadFile[]) =>
  files.map((f) => f.originFileObj).filter((f): f is NonNullable<typeof f> => !!f);

export function MeasuresCard({ weak }: { weak: WeakDetail }) {
  const { t } = useTranslation();
  const [done, setDone] = useState<Measure | null>(null);
  const [adding, setAdding] = useState(false);
  return (
    <Card
      size="small"
      title={t('assessWeak.measures.title')}
      extra={
        weak.mayAddMeasure && (
          <Button size="small" onClick={() => setAdding(true)}>
            {t('assessWeak.measures.add')}
          </Button>
        )
      }
    >
      {weak.measures.length === 0 ? (
        <Empty description={t('assessWeak.measures.empty')} />
      ) : (
        <List
          dataSource={weak.measures}
          renderItem={(m) => (
            <List.Item
              data-testid="weak-measure"
              actions={
                m.mayMarkDone
                  ? [
                      <Button
                        key="done"
                        type="primary"
                        size="small"
                        onClick={() => setDone(m)}
                        data-testid="weak-measure-done"
                      >
                        {t('assessWeak.measures.markDone')}
                      </Button>,
                    ]
                  : []
              }
            >
              <Flex vertical gap={4} style={{ minWidth: 0 }}>
                {m.slot && <Typography.Text strong>{m.slot}</Typography.Text>}
                <Typography.Text>{m.text}</Typography.Text>
                <Flex gap={6} wrap>
                  <Typography.Text type="secondary">
                    {t('assessWeak.measures.owner')} {m.ownerName} · {t('assessWeak.measures.deadline')}{' '}
                    {m.deadline}
                  </Typography.Text>
                  {m.status === 'done' ? (
                    <Tag color="success">{t('assessWeak.measures.done')}</Tag>
                  ) : (
                    m.overdue && <Tag color="error">{t('assessWeak.measures.overdue')}</Tag>
                  )}
                </Flex>
                {m.doneNote && <Typography.Text type="secondary">{m.doneNote}</Typography.Text>}
                <Photos photos={m.photos} />
              </Flex>
            </List.Item>
          )}
        />
      )}
      {done && <DoneModal measure={done} onClose={() => setDone(null)} />}
      {adding && <AddMeasureModal weakId={weak.id} onClose={() => setAdding(false)} />}
    </Card>
  );
}

function DoneModal({ measure, onClose }: { measure: Measure; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const [files, setFiles] = useState<UploadFile[]>([]);
  const save = useWeakMutation(async (note: string) => {
    if (files.length) await weakApi.addFiles('weak_measure', measure.id, raw(files));
    return weakApi.measureDone(measure.id, note);
  });
  return (
    <Modal open title={t('assessWeak.measures.markDone')} footer={null} onCancel={onClose} destroyOnHidden>
      <Form
        layout="vertical"
        onFinish={(v: { note: string }) =>
          save.mutate(v.note, { onSuccess: onClose, onError: (e) => void message.error(errorText(e)) })
        }
      >
        <Typography.Paragraph>{measure.text}</Typography.Paragraph>
        <Form.Item
          name="note"
          label={t('assessWeak.measures.note')}
          rules={[{ required: true, message: t('common.required') }]}
        >
          <Input.TextArea rows={3} maxLength={1000} data-testid="weak-done-note" />
        </Form.Item>
        <FilesField files={files} setFiles={setFiles} />
        <Button
          type="primary"
          htmlType="submit"
          block
          loading={save.isPending}
          data-testid="weak-done-submit"
        >
          {t('assessWeak.actions.submit')}
        </Button>
      </Form>
    </Modal>
  );
}

function AddMeasureModal({ weakId, onClose }: { weakId: string; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const add = useWeakMutation((m: MeasureInput) => weakApi.addMeasure(weakId, m));
  const required = [{ required: true, message: t('common.required') }];
  return (
    <Modal open title={t('assessWeak.measures.add')} footer={null} onCancel={onClose} destroyOnHidden>
      <Form
        layout="vertical"
        onFinish={(v: MeasureInput) =>
          add.mutate(v, { onSuccess: onClose, onError: (e) => void message.error(errorText(e)) })
        }
      >
        <Form.Item name="text" label={t('assessWeak.measures.title')} rules={required}>
          <Input.TextArea rows={2} maxLength={500} />
        </Form.Item>
        <Form.Item name="ownerName" label={t('assessWeak.measures.owner')} rules={required}>
          <Input maxLength={40} />
        </Form.Item>
        <DateField name="deadline" label={t('assessWeak.measures.deadline')} required />
        <Button type="primary" htmlType="submit" block loading={add.isPending}>
          {t('assessWeak.actions.submit')}
        </Button>
      </Form>
    </Modal>
  );
}
