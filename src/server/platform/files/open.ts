import path from 'node:path';
import type { Config } from '../config';
import { LocalFileStore } from './local-store';
import { S3FileStore } from './s3-store';
import type { FileStore } from './store';

/** The S3-compatible store when S3_BUCKET is set, otherwise DATA_DIR/files. */
export const openFileStore = (config: Config): FileStore =>
  config.S3_BUCKET
    ? new S3FileStore({
        bucket: config.S3_BUCKET,
        endpoint: config.S3_ENDPOINT,
        region: config.S3_REGION,
        accessKey: config.S3_ACCESS_KEY,
        secretKey: config.S3_SECRET_KEY,
      })
    : new LocalFileStore(path.join(config.dataDir, 'files'));
