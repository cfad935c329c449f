import fs from 'node:fs';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import fastifyMultipart from '@fastify/multipart';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { AppError, Invalid } from '../errors';
import { assertCleanPart } from '../http/text-input';

export const MAX_UPLOAD_MB = 100;

/** Multipart uploads for the plugin that calls it (files stream to disk; nothing buffered whole). */
export const registerUploads = (app: FastifyInstance) =>
  app.register(fastifyMultipart, { limits: { fileSize: MAX_UPLOAD_MB * 1024 * 1024, files: 1, fields: 5 } });

const tooLarge = () => new AppError(413, 'PAYLOAD_TOO_LARGE', `文件超过${MAX_UPLOAD_MB} MB 上限，请分批导入`);

/** Where a job's files lie: the upload and the annotated error copy. */
export const jobFiles = (dataDir: string, jobId: string) => {
  const dir = path.join(dataDir, 'imports');
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  return { upload: path.join(dir, `${jobId}.xlsx`), errors: path.join(dir, `${jobId}-errors.xlsx`) };
};

/** Saves the one uploaded .xlsx file to `target`; Chinese errors for a missing, wrong or too large file. */
export const saveUpload = async (req: FastifyRequest, target: string): Promise<{ fileName: string }> => {
  if (!req.isMultipart()) throw new Invalid('请以表单方式上传 Excel 文件（.xlsx）');
  let part: Awaited<ReturnType<FastifyRequest['file']>>;
  try {
    part = await req.file();
  } catch (error) {
    if ((error as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') throw tooLarge();
    throw new Invalid('上传内容无法解析，请重新选择文件');
  }
  if (!part) throw new Invalid('请选择要导入的 Excel 文件');
  assertCleanPart(part);
  if (!/\.xlsx$/i.test(part.filename)) {
    part.file.resume();
    throw new Invalid('只支持 .xlsx 格式（WPS/Excel 中“另存为 Excel 工作簿”）');
  }
  try {
    await pipeline(part.file, fs.createWriteStream(target));
  } catch (error) {
    fs.rmSync(target, { force: true });
    if ((error as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') throw tooLarge();
    throw error;
  }
  if (part.file.truncated) {
    fs.rmSync(target, { force: true });
    throw tooLarge();
  }
  return { fileName: part.filename };
};
