import { Button, Card, Flex, Input, message, Switch, Tag, Typography } from 'antd';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChecklistEntryView } from '../../../../contracts/api/assess-checklist';

interface Props {
  entry: ChecklistEntryView;
  editable: boolean;
  busy: boolean;
  /** Resolves true when saved (a failure is shown by the page). */
  onSave: (body: { done?: boolean; note?: string | null }) => Promise<boolean>;
  onEvidence: (files: File[]) => Promise<boolean>;
}

/** One item of a village's checklist on a phone: switch, note and evidence; record items read only. */
export function EntryCard({ entry, editable, busy, onSave, onEvidence }: Props) {
  const { t } = useTranslation();
  const [note, setNote] = useState(entry.note ?? '');
  const picker = useRef<HTMLInputElement>(null);
  const changed = note.trim() !== (entry.note ?? '');
  const saveNote = async () => {
    if (await onSave({ note: note.trim() || null })) message.success(t('assessChecklist.saved'));
  };
  return (
    <Card size="small" data-testid={`checklist-entry-${entry.code}`}>
      <Flex justify="space-between" align="start" gap={8}>
        <div style={{ minWidth: 0 }}>
          <Typography.Text strong>
            {entry.code} {entry.name}
          </Typography.Text>
          {entry.evidence && (
            <Typography.Paragraph type="secondary" style={{ margin: 0, fontSize: 13 }}>
              {t('assessChecklist.evidence', { text: entry.evidence })}
            </Typography.Paragraph>
          )}
        </div>
        <Flex vertical align="center" gap={2}>
          <Switch
            checked={entry.done}
            disabled={!editable || entry.fromRecords || busy}
            aria-label={`${entry.code} ${entry.name}`}
            onChange={(done) => onSave({ done })}
            data-testid={`checklist-switch-${entry.code}`}
          />
          <Typography.Text style={{ fontSize: 12 }}>
            {entry.done ? t('assessChecklist.done') : t('assessChecklist.notDone')}
          </Typography.Text>
        </Flex>
      </Flex>
      {entry.fromRecords && (
        <Flex vertical gap={2} style={{ marginTop: 6 }}>
          <span>
            <Tag color="blue">{t('assessChecklist.fromRecords')}</Tag>
            <Typography.Text type="secondary" style={{ fontSize: 13 }}>
              {t('assessChecklist.recordHint')}
            </Typography.Text>
          </span>
          {entry.sourceRule && (
            <Typography.Text style={{ fontSize: 13 }}>
              {t('assessChecklist.recordRule', { rule: entry.sourceRule })}
            </Typography.Text>
          )}
          <Typography.Text style={{ fontSize: 13 }} data-testid={`checklist-record-${entry.code}`}>
            {entry.recordValue == null
              ? t('assessChecklist.recordNever')
              : t('assessChecklist.recordValue', { value: entry.recordValue })}
          </Typography.Text>
        </Flex>
      )}
      <Flex vertical gap={6} style={{ marginTop: 8 }}>
        <Input.TextArea
          value={note}
          disabled={!editable}
          maxLength={500}
          autoSize={{ minRows: 1, maxRows: 4 }}
          placeholder={t('assessChecklist.notePlaceholder')}
          aria-label={`${entry.code} ${t('assessChecklist.note')}`}
          onChange={(e) => setNote(e.target.value)}
        />
        <Flex wrap gap={8} align="center">
          {editable && changed && (
            <Button size="small" type="primary" loading={busy} onClick={saveNote}>
              {t('assessChecklist.saveNote')}
            </Button>
          )}
          <Typography.Text type="secondary" style={{ fontSize: 13 }}>
            {t('assessChecklist.evidenceCount', { count: entry.evidenceCount })}
          </Typography.Text>
          {editable && (
            <>
              <input
                ref={picker}
                type="file"
                accept="image/jpeg,image/png,image/webp,application/pdf"
                multiple
                style={{ display: 'none' }}
                data-testid={`checklist-evidence-${entry.code}`}
                onChange={async (e) => {
                  const files = [...(e.target.files ?? [])];
                  e.target.value = '';
                  if (files.length) await onEvidence(files);
                }}
              />
              <Button size="small" loading={busy} onClick={() => picker.current?.click()}>
                {t('assessChecklist.addEvidence')}
              </Button>
            </>
          )}
        </Flex>
      </Flex>
    </Card>
  );
}
