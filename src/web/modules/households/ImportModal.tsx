import { DownloadOutlined, InboxOutlined } from '@ant-design/icons';
import { Alert, Button, Flex, Modal, Progress, Result, Typography, Upload } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportJobView } from '../../../contracts/api/imports';
import { useCurrentUser } from '../../app/auth';
import { householdsApi } from './api';
import { useImportJob, useRefreshHouseholds } from './queries';

/** 导入: template → upload → progress (polled) → counts, or the error count and the annotated file. */
export function ImportModal({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const [jobId, setJobId] = useState<string | null>(null);
  const [uploadError, setUploadError] = useState<string | null>(null);
  const [uploading, setUploading] = useState(false);
  const job = useImportJob(jobId);
  const refresh = useRefreshHouseholds();
  const status = job.data?.status;

  useEffect(() => {
    if (status === 'done') void refresh();
  }, [status, refresh]);

  const restart = () => {
    setJobId(null);
    setUploadError(null);
  };

  return (
    <Modal
      open
      title={t('households.importTitle')}
      onCancel={onClose}
      footer={
        <Button type="primary" onClick={onClose}>
          {t('common.close')}
        </Button>
      }
      destroyOnHidden
    >
      <Flex vertical gap={16} data-testid="import-dialog">
        <Typography.Paragraph style={{ margin: 0 }}>{t('households.importSteps')}</Typography.Paragraph>
        <div>
          <Button
            icon={<DownloadOutlined />}
            href={householdsApi.templateUrl()}
            data-testid="import-template"
          >
            {t('households.downloadTemplate')}
          </Button>
        </div>
        {!jobId ? (
          <Upload.Dragger
            name="file"
            accept=".xlsx"
            action={householdsApi.importUrl()}
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
            <p className="ant-upload-text">{t('households.uploadHint')}</p>
            <p className="ant-upload-hint">{t('households.uploadLimit')}</p>
          </Upload.Dragger>
        ) : (
          <JobStatus job={job.data} onRestart={restart} />
        )}
        {uploadError && <Alert type="error" showIcon title={uploadError} data-testid="import-upload-error" />}
      </Flex>
    </Modal>
  );
}

function JobStatus({ job, onRestart }: { job?: ImportJobView; onRestart: () => void }) {
  const { t } = useTranslation();
  if (!job || job.status === 'validating' || job.status === 'importing') {
    const percent = job?.totalRows ? Math.round((job.processedRows / job.totalRows) * 100) : 0;
    return (
      <div data-testid="import-progress">
        <Typography.Text>{t(`households.status.${job?.status ?? 'validating'}`)}</Typography.Text>
        <Progress percent={percent} status="active" />
        {job?.totalRows ? (
          <Typography.Text type="secondary">
            {t('households.progress', { processed: job.processedRows, total: job.totalRows })}
          </Typography.Text>
        ) : null}
      </div>
    );
  }
  const again = (
    <Button key="again" onClick={onRestart} data-testid="import-again">
      {t('households.importAgain')}
    </Button>
  );
  if (job.status === 'done') {
    return (
      <Result
        status="success"
        title={t('households.status.done')}
        subTitle={t('households.doneCounts', {
          households: job.summary?.households ?? 0,
          persons: job.summary?.persons ?? 0,
        })}
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
            ? t('households.errorCount', { count: job.errorCount })
            : t(`households.status.${job.status}`)
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
            href={householdsApi.errorFileUrl(job.id)}
            data-testid="import-error-file"
          >
            {t('households.downloadErrors')}
          </Button>
        )}
        {again}
      </Flex>
    </Flex>
  );
}
