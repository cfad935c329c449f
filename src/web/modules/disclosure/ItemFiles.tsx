import { DeleteOutlined, FileOutlined, UploadOutlined } from '@ant-design/icons';
import { App, Button, Flex, Image, Popconfirm, Upload } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AttachmentView } from '../../../contracts/api/attachments';
import { useErrorText } from '../../app/errors';
import { disclosureApi, useRefreshDisclosure } from './api';

/** The item's photos and PDFs; while it is a draft or returned, 上传 and 删除 (with confirmation). */
export function ItemFiles({
  itemId,
  title,
  files,
  editable,
}: {
  itemId: string;
  title: string;
  files: AttachmentView[];
  editable: boolean;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const refresh = useRefreshDisclosure();
  const run = async (work: () => Promise<unknown>) => {
    try {
      await work();
      await refresh();
    } catch (error) {
      message.error(errorText(error));
    }
  };
  return (
    <Flex wrap gap={8} align="center">
      <Image.PreviewGroup>
        {files.map((f, i) => (
          <Flex key={f.id} gap={4} align="center">
            {f.category === 'image' ? (
              <Image
                width={72}
                height={72}
                style={{ objectFit: 'cover', borderRadius: 4 }}
                src={disclosureApi.fileUrl(f.id, 'thumb')}
                preview={{ src: disclosureApi.fileUrl(f.id, 'full') }}
                alt={t('disclosure.public.photo', { title, n: i + 1 })}
              />
            ) : (
              <a
                href={disclosureApi.fileUrl(f.id, 'full')}
                target="_blank"
                rel="noreferrer"
                style={{ textDecoration: 'underline' }}
              >
                <FileOutlined /> {f.fileName}
              </a>
            )}
            {editable && (
              <Popconfirm
                title={t('disclosure.detail.removeFile')}
                onConfirm={() => run(() => disclosureApi.removeFile(f.id))}
              >
                <Button
                  size="small"
                  icon={<DeleteOutlined />}
                  aria-label={`${t('disclosure.detail.removeFile')} ${f.fileName}`}
                />
              </Popconfirm>
            )}
          </Flex>
        ))}
      </Image.PreviewGroup>
      {editable && (
        <Upload
          multiple
          accept="image/jpeg,image/png,image/webp,application/pdf,.docx,.xlsx"
          showUploadList={false}
          beforeUpload={(file, list) => {
            if (file === list[0]) void run(() => disclosureApi.addFiles(itemId, list as unknown as File[]));
            return false;
          }}
        >
          <Button icon={<UploadOutlined />} data-testid="disclosure-files-add">
            {t('disclosure.detail.addFiles')}
          </Button>
        </Upload>
      )}
    </Flex>
  );
}
