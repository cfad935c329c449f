import type { ErrorCode } from '../../contracts/errors';

export interface FieldError {
  path: string;
  message: string;
}

/** A failure a user can cause; the error handler turns it into `{ code, message, fields }`. */
export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode,
    message: string,
    readonly fields?: FieldError[],
  ) {
    super(message);
  }
}

export class NotFound extends AppError {
  constructor(message = '记录不存在或无权访问') {
    super(404, 'NOT_FOUND', message);
  }
}

export class Forbidden extends AppError {
  constructor(message = '没有权限执行此操作') {
    super(403, 'FORBIDDEN', message);
  }
}

export class Conflict extends AppError {
  constructor(message: string, fields?: FieldError[]) {
    super(409, 'CONFLICT', message, fields);
  }
}

export class Invalid extends AppError {
  constructor(message: string, fields?: FieldError[]) {
    super(422, 'VALIDATION', message, fields);
  }
}

export class Unauthenticated extends AppError {
  constructor(message = '请先登录') {
    super(401, 'UNAUTHENTICATED', message);
  }
}

/** Invalid for one field: `invalidField('scopeCode', '区划不在您的管辖范围内')`. */
export const invalidField = (path: string, message: string): Invalid =>
  new Invalid(message, [{ path, message }]);
