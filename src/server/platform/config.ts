import path from 'node:path';
import { z } from 'zod';

const booleanish = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'], { message: '应为 true 或 false' })
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

const configSchema = z
  .object({
    PORT: z.coerce.number({ message: '应为端口号' }).int().min(1).max(65535).default(3000),
    HOST: z.string().min(1).default('0.0.0.0'),
    DATA_DIR: z.string().min(1).default('./data'),
    DATABASE_URL: z
      .string()
      .regex(/^postgres(ql)?:\/\//, '应以 postgres:// 或 postgresql:// 开头')
      .optional(),
    ZHENXING_SECRET_KEY: z
      .string()
      .refine(
        (v) => /^[0-9a-fA-F]{64}$/.test(v) || Buffer.from(v, 'base64').length === 32,
        '应为64位十六进制或32字节的Base64密钥',
      )
      .optional(),
    SESSION_IDLE_MINUTES: z.coerce.number({ message: '应为分钟数' }).int().min(5).max(1440).default(30),
    DEMO: z.enum(['auto', 'off'], { message: '应为 auto 或 off' }).default('auto'),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    TRUST_PROXY: booleanish.default(false),
    COOKIE_SECURE: booleanish.default(false),
    // Excel imports: a file with more data rows is refused while it is read (one county's
    // persons fit); after this many errors only the count goes on.
    IMPORT_MAX_ROWS: z.coerce.number({ message: '应为行数' }).int().min(1).default(600_000),
    IMPORT_MAX_ERRORS: z.coerce.number({ message: '应为错误条数' }).int().min(1).default(1000),
    // Photos (积分证据) go to an S3-compatible store (MinIO, OSS, COS, AWS) when a bucket is set,
    // otherwise under DATA_DIR/files.
    S3_ENDPOINT: z.url({ protocol: /^https?$/, message: '应为 http:// 或 https:// 开头的地址' }).optional(),
    S3_BUCKET: z
      .string()
      .regex(/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/, '应为 3–63 位小写字母、数字、点或连字符')
      .optional(),
    S3_ACCESS_KEY: z.string().min(1).optional(),
    S3_SECRET_KEY: z.string().min(1).optional(),
    // 超期预警与自动上报 of grid events: seconds between two sweeps of the deadlines; 0 runs none
    // (another instance on the same PostgreSQL database sweeps, or `npm run events:sweep` from cron).
    EVENTS_SWEEP_SECONDS: z.coerce.number({ message: '应为秒数' }).int().min(0).max(86_400).default(60),
    // The address printed under the QR codes of public pages (十公开 notice boards), e.g.
    // https://zx.example.gov.cn; without it the address the page was opened at is used.
    PUBLIC_BASE_URL: z
      .url({ protocol: /^https?$/, message: '应为 http:// 或 https:// 开头的地址' })
      .optional(),
    S3_REGION: z
      .string()
      .regex(/^[a-z0-9-]+$/, '应为区域名，如 us-east-1')
      .default('us-east-1'),
  })
  .superRefine((c, issue) => {
    const s3Keys = ['S3_ENDPOINT', 'S3_ACCESS_KEY', 'S3_SECRET_KEY'] as const;
    if (!c.S3_BUCKET) {
      for (const key of s3Keys)
        if (c[key]) issue.addIssue({ code: 'custom', path: [key], message: '已设置但缺少 S3_BUCKET' });
      return;
    }
    if (!c.S3_ACCESS_KEY !== !c.S3_SECRET_KEY)
      issue.addIssue({
        code: 'custom',
        path: [c.S3_ACCESS_KEY ? 'S3_SECRET_KEY' : 'S3_ACCESS_KEY'],
        message: 'S3_ACCESS_KEY 与 S3_SECRET_KEY 须同时设置',
      });
  });

export type Config = z.infer<typeof configSchema> & { dataDir: string };

export class ConfigError extends Error {}

/** Reads and validates the environment; a wrong value stops start-up with a readable message. */
export const loadConfig = (env: NodeJS.ProcessEnv = process.env): Config => {
  const relevant = Object.fromEntries(
    Object.keys(configSchema.shape).map((k) => [k, env[k] === '' ? undefined : env[k]]),
  );
  const result = configSchema.safeParse(relevant);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`配置有误 (invalid configuration):\n${lines.join('\n')}`);
  }
  return { ...result.data, dataDir: path.resolve(result.data.DATA_DIR) };
};
