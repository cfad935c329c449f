import { Alert, Button, Flex, Input, Rate, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../../../app/errors';
import { useEventChange } from './queries';

/** 评价: 1–5 stars for a closed report; 1–2 asks why and reopens it once on the server. */
export function RateForm({ eventId }: { eventId: string }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const change = useEventChange();
  const [rating, setRating] = useState(0);
  const [reason, setReason] = useState('');
  const needsReason = rating > 0 && rating <= 2;
  return (
    <Flex vertical gap={8} data-testid="event-rate">
      <Typography.Text strong>{t('eventsReport.rate')}</Typography.Text>
      <Rate
        value={rating}
        onChange={setRating}
        style={{ fontSize: 32 }}
        aria-label={t('eventsReport.rate')}
      />
      {rating > 0 && (
        <Input.TextArea
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          placeholder={t('eventsReport.rateReason')}
          aria-label={t('eventsReport.rateReason')}
          autoSize={{ minRows: 2, maxRows: 5 }}
          maxLength={500}
        />
      )}
      {change.isError && <Alert type="error" title={errorText(change.error)} />}
      <Button
        type="primary"
        size="large"
        disabled={rating === 0 || (needsReason && !reason.trim())}
        loading={change.isPending}
        onClick={() => change.mutate({ kind: 'rate', eventId, rating, reason: reason.trim() || undefined })}
        data-testid="event-rate-submit"
      >
        {t('eventsReport.rateSubmit')}
      </Button>
    </Flex>
  );
}
