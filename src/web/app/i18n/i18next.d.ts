import 'i18next';
import type { messagesZh } from './index';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof messagesZh };
  }
}
