import type { FormInstance } from 'antd';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from './api';

/** The text to show for an error: the server's Chinese message, or an English text for a known code. */
export const useErrorText = () => {
  const { t, i18n } = useTranslation();
  const english = i18n.language === 'en';
  return useCallback(
    (error: unknown): string => {
      if (!(error instanceof ApiError)) return t('errors.generic');
      if (!english) return error.message || t('errors.generic');
      const key = `errors.${error.code}`;
      if (i18n.exists(key)) return t(key as 'errors.generic');
      // Client-made fallbacks (HTTP_502 …) carry only a Chinese text.
      return error.code.startsWith('HTTP_') ? t('errors.generic') : error.message;
    },
    [t, i18n, english],
  );
};

// Server paths may be `username`, `body.username` or `body/username`: the last segment names the field.
const fieldName = (path: string): string => path.split(/[./]/).filter(Boolean).pop() ?? path;

/**
 * Puts the server's field errors onto the form. Returns true when at least one field was marked,
 * so the caller can skip the general message.
 */
export const applyFieldErrors = (form: FormInstance, error: unknown): boolean => {
  if (!(error instanceof ApiError) || !error.fields?.length) return false;
  const known = new Set(Object.keys(form.getFieldsValue() as object));
  const marks = error.fields
    .map((f) => ({ name: fieldName(f.path), errors: [f.message] }))
    .filter((f) => known.has(f.name));
  if (marks.length === 0) return false;
  form.setFields(marks);
  return true;
};
