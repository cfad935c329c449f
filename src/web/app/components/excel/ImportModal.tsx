import { DownloadOutlined, InboxOutlined } from '@ant-design/icons';
import { Alert, Button, Flex, Modal, Progress, Result, Typography, Upload } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportJobView } from '../../../../contracts/api/imports';
import { useCurrentUser } from '../../auth';
import { type ExcelEndpoints, errorFileUrl, useImportJob } from './excel-api';

export interface ImportModalProps {
  /** The dialog title, e.g. 从 Excel 导入党员. */
  title: string;
  /** One sentence on what a row is. */
  steps: string;
  endpoints: ExcelEndpoints;
  /** "已导入 12 户、30 人": the job's counts in words. */
  doneText: (counts: Record<string, number>) => string;
  /** Called once when the import has committed (refresh the lists). */
  onDone?: () => void;
  onClose: () => void;
  /**
   * Where the job is polled and its annotated file fetched, for an import whose users may not
   * open /api/import-jobs (a department's list: the module serves its own job routes).
   */
  jobs?: ImportJobSource;
}

export interface ImportJobSource {
  useJob: (jobId: string | null) => { data?: ImportJobView };
  errorFileUrl: (jobId: string) => string;
}

/**
 * 导入, the same for every registry: template → upload → progress (polled) → counts, or the
 * error count and the annotated file.
 */
export function ImportModal({ title, steps, endpoints, doneText, onDone, onClose, jobs }: ImportModalProps) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const [jobId, setJobId] = useState<string | null>(null);
  const [uploadError, setUploadError] = useState<string | null>(null);
  const [uploading, setUploading] = useState(false);
  const job = (jobs?.useJob ?? useImportJob)(jobId);
  const status = job.data?.status;
  // The latest callback, called once per finished job (callers pass a new function each render).
  const doneRef = useRef(onDone);
  doneRef.current = onDone;

  useEffect(() => {
    if (status === 'done') doneRef.current?.();
  }, [status]);

  const restart = () => {
    setJobId(null);
    setUploadError(null);
  };

  return (
    <Modal
      open
      title={title}
      onCancel={onClose}
      footer={
        <Button type="primary" onClick={onClose}>
          {t('common.close')}
        </Button>
      }
      destroyOnHidden
    >
      <Flex vertical gap={16} data-testid="import-dialog">
        <Typography.Paragraph style={{ margin: 0 }}>{steps}</Typography.Paragraph>
        <div>
          <Button icon={<DownloadOutlined />} href={endpoints.templateUrl} data-testid="import-template">
            {t('excel.downloadTemplate')}
          </Button>
        </div>
        {!jobId ? (
          <Upload.Dragger
            name="file"
            accept=".xlsx"
            action={endpoints.importUrl}
            headers={{ 'x-csrf-token': me.csrfToken }}
            withCredentials
            multiple={false}
            showUploadList={false}
            disabled={uploading}
            onChange={({ file }) => {
              if (file.status === 'uploading') {
                setUploading(true);
                setUploadError(null);
              } else if (file.status === 'done') {
                setUploading(false);
                setJobId((file.response as ImportJobView).id);
              } else if (file.status === 'error') {
                setUploading(false);
                const body = file.response as { message?: string } | undefined;
                setUploadError(body?.message ?? t('errors.generic'));
              }
            }}
            data-testid="import-upload"
          >
            <p className="ant-upload-drag-icon">
              <InboxOutlined />
            </p>
            <p className="ant-upload-text">{t('excel.uploadHint')}</p>
            <p className="ant-upload-hint">{t('excel.uploadLimit')}</p>
          </Upload.Dragger>
        ) : (
          <JobStatus
            job={job.data}
            onRestart={restart}
            doneText={doneText}
            errorFile={jobs?.errorFileUrl ?? errorFileUrl}
          />
        )}
        {uploadError && <Alert type="error" showIcon title={uploadError} data-testid="import-upload-error" />}
      </Flex>
    </Modal>
  );
}

function JobStatus({
  job,
  onRestart,
  doneText,
  errorFile,
}: {
  job?: ImportJobView;
  onRestart: () => void;
  doneText: ImportModalProps['doneText'];
  errorFile: (jobId: string) => string;
}) {
  const { t } = useTranslation();
  if (!job || job.status === 'validating' || job.status === 'importing') {
    const percent = job?.totalRows ? Math.round((job.processedRows / job.totalRows) * 100) : 0;
    return (
      <div data-testid="import-progress">
        <Typography.Text>{t(`excel.status.${job?.status ?? 'validating'}`)}</Typography.Text>
        <Progress percent={percent} status="active" />
        {job?.totalRows ? (
          <Typography.Text type="secondary">
            {t('excel.progress', { processed: job.processedRows, total: job.totalRows })}
          </Typography.Text>
        ) : null}
      </div>
    );
  }
  const again = (
    <Button key="again" onClick={onRestart} data-testid="import-again">
      {t('excel.importAgain')}
    </Button>
  );
  if (job.status === 'done') {
    return (
      <Result
        status="success"
        title={t('excel.status.done')}
        subTitle={doneText(job.summary ?? {})}
        extra={again}
        data-testid="import-done"
      />
    );
  }
  return (
    <Flex vertical gap={12} data-testid="import-rejected">
      <Alert
        type="error"
        showIcon
        title={
          job.errorCount > 0
            ? t('excel.errorCount', { count: job.errorCount })
            : t(`excel.status.${job.status}`)
        }
        description={job.message ?? undefined}
      />
      {job.errors.length > 0 && (
        <ul style={{ margin: 0, paddingInlineStart: 20, maxHeight: 160, overflow: 'auto' }}>
          {job.errors.map((e) => (
            <li key={e}>{e}</li>
          ))}
        </ul>
      )}
      <Flex wrap gap={8}>
        {job.hasErrorFile && (
          <Button
            type="primary"
            danger
            icon={<DownloadOutlined />}
            href={errorFile(job.id)}
            data-testid="import-error-file"
          >
            {t('excel.downloadErrors')}
          </Button>
        )}
        {again}
      </Flex>
    </Flex>
  );
}
