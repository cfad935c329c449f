import type { Readable } from 'node:stream';
import type { FastifyReply } from 'fastify';
import { attachmentName, XLSX_TYPE } from '../../../platform/excel/stream';

/** Sends an export as `<name>-<day>.xlsx`. */
export const sendXlsx = (reply: FastifyReply, name: string, file: { stream: Readable }) =>
  reply
    .type(XLSX_TYPE)
    .header('content-disposition', attachmentName(`${name}-${new Date().toISOString().slice(0, 10)}.xlsx`))
    .send(file.stream);
