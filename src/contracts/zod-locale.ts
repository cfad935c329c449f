import { z } from 'zod';

// Validation messages in Chinese wherever a schema does not give its own.
z.config(z.locales.zhCN());
