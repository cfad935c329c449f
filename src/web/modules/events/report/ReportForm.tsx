import { Alert, Flex, Input, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ReportCategory } from '../../../../contracts/api/events-report';
import { LocationButton, type Spot } from './LocationButton';
import { PhotoPicker } from './PhotoPicker';

export interface Draft {
  description: string;
  address: string;
  photos: File[];
  spot: Spot | null;
}

export const emptyDraft: Draft = { description: '', address: '', photos: [], spot: null };

/** What is missing before the report can go: the text, a photo or a place when the category asks. */
export const draftProblem = (c: ReportCategory, d: Draft): string | null => {
  if (d.description.trim().length < 4) return 'eventsReport.describe';
  if (c.requiredFields.includes('photo') && d.photos.length === 0) return 'eventsReport.photoRequired';
  if (c.requiredFields.includes('location') && !d.spot && !d.address.trim())
    return 'eventsReport.locationRequired';
  return null;
};

/** The text (a big box that voice input can fill), photos, and an optional place. */
export function ReportForm({
  category,
  draft,
  onChange,
}: {
  category: ReportCategory;
  draft: Draft;
  onChange: (d: Draft) => void;
}) {
  const { t } = useTranslation();
  const set = (patch: Partial<Draft>) => onChange({ ...draft, ...patch });
  return (
    <Flex vertical gap={12}>
      {category.urgent && (
        <Alert type="error" showIcon title={t('eventsReport.urgent')} data-testid="report-urgent" />
      )}
      <label htmlFor="report-description">
        <Typography.Text strong>{t('eventsReport.describe')}</Typography.Text>
      </label>
      <Input.TextArea
        id="report-description"
        value={draft.description}
        onChange={(e) => set({ description: e.target.value })}
        placeholder={t('eventsReport.describeHint')}
        autoSize={{ minRows: 4, maxRows: 10 }}
        maxLength={2000}
        showCount
        enterKeyHint="done"
        style={{ fontSize: 17 }}
        data-testid="report-description"
      />
      <Typography.Text strong>
        {t('eventsReport.photos')}
        {category.requiredFields.includes('photo') && (
          <Typography.Text type="danger"> （{t('eventsReport.photoRequired')}）</Typography.Text>
        )}
      </Typography.Text>
      <PhotoPicker photos={draft.photos} onChange={(photos) => set({ photos })} />
      <Typography.Text strong>{t('eventsReport.location')}</Typography.Text>
      <LocationButton value={draft.spot} onChange={(spot) => set({ spot })} />
      <Input
        value={draft.address}
        onChange={(e) => set({ address: e.target.value })}
        placeholder={t('eventsReport.address')}
        aria-label={t('eventsReport.address')}
        maxLength={200}
        data-testid="report-address"
      />
    </Flex>
  );
}
