import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config';

/** The ConfigError loadConfig throws for `env`, failing the test when there is none. */
const configErrorFor = (env: NodeJS.ProcessEnv): ConfigError => {
  try {
    loadConfig(env);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return error as ConfigError;
  }
  throw new Error(`loadConfig accepted ${JSON.stringify(env)}`);
};

describe('loadConfig', () => {
  it('falls back to defaults for an empty environment', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      PORT: 3000,
      HOST: '0.0.0.0',
      DATA_DIR: './data',
      DATABASE_URL: undefined,
      ZHENXING_SECRET_KEY: undefined,
      SESSION_IDLE_MINUTES: 30,
      DEMO: 'auto',
      LOG_LEVEL: 'info',
      TRUST_PROXY: false,
      COOKIE_SECURE: false,
      EVENTS_SWEEP_SECONDS: 60,
    });
    expect(config.dataDir).toBe(path.resolve('./data'));
  });

  it('treats empty variables as unset', () => {
    expect(loadConfig({ PORT: '', DATABASE_URL: '' })).toMatchObject({ PORT: 3000, DATABASE_URL: undefined });
  });

  it('reads numbers, booleans and URLs from strings', () => {
    const config = loadConfig({
      PORT: '8080',
      DATABASE_URL: 'postgresql://zx@db:5432/zhenxing',
      SESSION_IDLE_MINUTES: '60',
      TRUST_PROXY: 'yes',
      COOKIE_SECURE: '1',
      DATA_DIR: '/var/lib/zhenxing',
    });
    expect(config).toMatchObject({
      PORT: 8080,
      DATABASE_URL: 'postgresql://zx@db:5432/zhenxing',
      SESSION_IDLE_MINUTES: 60,
      TRUST_PROXY: true,
      COOKIE_SECURE: true,
      dataDir: '/var/lib/zhenxing',
    });
  });

  it('stops on PORT=abc with a Chinese message naming PORT', () => {
    const error = configErrorFor({ PORT: 'abc' });
    expect(error.message).toContain('配置有误');
    expect(error.message).toMatch(/PORT: 应为端口号/);
  });

  it('refuses a port outside 1–65535', () => {
    expect(configErrorFor({ PORT: '70000' }).message).toMatch(/PORT: .*[\u4e00-\u9fff]/);
    expect(configErrorFor({ PORT: '0' }).message).toContain('PORT');
  });

  it('refuses a DATABASE_URL that is not a PostgreSQL URL', () => {
    const error = configErrorFor({ DATABASE_URL: 'mysql://root@localhost/zx' });
    expect(error.message).toMatch(/DATABASE_URL: 应以 postgres:\/\/ 或 postgresql:\/\/ 开头/);
  });

  it('refuses a SESSION_IDLE_MINUTES that is not a number or out of range', () => {
    expect(configErrorFor({ SESSION_IDLE_MINUTES: 'half an hour' }).message).toMatch(
      /SESSION_IDLE_MINUTES: 应为分钟数/,
    );
    expect(configErrorFor({ SESSION_IDLE_MINUTES: '2' }).message).toContain('SESSION_IDLE_MINUTES');
    expect(configErrorFor({ SESSION_IDLE_MINUTES: '2000' }).message).toContain('SESSION_IDLE_MINUTES');
  });

  it('names every wrong variable at once', () => {
    const message = configErrorFor({ PORT: 'abc', DEMO: 'maybe', ZHENXING_SECRET_KEY: 'short' }).message;
    expect(message).toContain('PORT');
    expect(message).toMatch(/DEMO: 应为 auto 或 off/);
    expect(message).toContain('ZHENXING_SECRET_KEY');
  });
});
