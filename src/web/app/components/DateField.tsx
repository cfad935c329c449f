import { Flex, Form, Input } from 'antd';
import type { TFunction } from 'i18next';
import type { CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';

/** The one shape of a date typed into a form: 2024-07-01. */
export const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

/** The form rule for a date field, with the shared message. */
export const dateRule = (t: TFunction) => ({ pattern: DATE_PATTERN, message: t('common.dateInvalid') });

export type DateFieldProps = {
  name: string;
  label: string;
  required?: boolean;
  testId?: string;
  style?: CSSProperties;
};

/** A date as YYYY-MM-DD (the browser's date input), optionally required. */
export function DateField({ name, label, required, testId, style }: DateFieldProps) {
  const { t } = useTranslation();
  const rules = [dateRule(t)];
  return (
    <Form.Item
      name={name}
      label={label}
      rules={required ? [{ required: true, message: t('common.required') }, ...rules] : rules}
      style={style}
    >
      <Input type="date" data-testid={testId} />
    </Form.Item>
  );
}

const half: CSSProperties = { flex: '1 1 140px' };

/** A start and an end date side by side (stacked on a phone); the end may be left out. */
export function DateRangeFields({ start, end }: { start: DateFieldProps; end?: DateFieldProps }) {
  return (
    <Flex gap={8} wrap>
      <DateField {...start} style={half} />
      {end && <DateField {...end} style={half} />}
    </Flex>
  );
}
