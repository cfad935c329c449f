// 控制字符 (control characters, U+0000–U+001F and U+007F) are never meant in what a person types:
// a NUL byte breaks PostgreSQL text, the others are invisible. They are refused as input errors
// wherever text enters (every route's query, path and JSON body, multipart fields and file names,
// Excel cells), with the field named in Chinese. Tab, line feed and carriage return are allowed in
// long free text only (remarks, descriptions, reasons): a field is long text when its schema
// allows at least LONG_TEXT_MIN_LENGTH characters (an Excel column when its spec says
// `longText: true`).

/** A string field that allows this many characters or more is long free text (tab and newline allowed). */
export const LONG_TEXT_MIN_LENGTH = 500;

const isControl = (code: number) => code <= 0x1f || code === 0x7f;
const isLineSpace = (code: number) => code === 0x09 || code === 0x0a || code === 0x0d;

/** The 1-based position (in characters) of the first control character not allowed here, or null. */
export const controlCharPosition = (value: string, longText = false): number | null => {
  let position = 0;
  for (const char of value) {
    position++;
    const code = char.codePointAt(0)!;
    if (isControl(code) && !(longText && isLineSpace(code))) return position;
  }
  return null;
};

/** The value without the control characters that are not allowed here. */
export const withoutControlChars = (value: string, longText = false): string =>
  [...value]
    .filter((c) => !isControl(c.codePointAt(0)!) || (longText && isLineSpace(c.codePointAt(0)!)))
    .join('');

/** 「搜索关键词」包含不可见的控制字符（位置 3），请删除后重试 */
export const controlCharMessage = (label: string, position: number): string =>
  `「${label}」包含不可见的控制字符（位置 ${position}），请删除后重试`;

/**
 * Chinese names of parameters that recur across routes, used when a field's schema has no
 * `title` of its own (`z.string().meta({ title: '…' })` takes precedence).
 */
export const FIELD_LABELS: Record<string, string> = {
  q: '搜索关键词',
  username: '用户名',
  password: '密码',
  currentPassword: '当前密码',
  newPassword: '新密码',
  initialPassword: '初始密码',
  resetPassword: '重置密码',
  displayName: '姓名',
  name: '名称',
  id: '编号',
  regionCode: '区划代码',
  scopeCode: '管辖区划',
  countyCode: '县级代码',
  code: '代码',
  action: '操作类型',
  entity: '对象类型',
  actor: '操作人',
  from: '开始日期',
  to: '结束日期',
  idNumber: '身份证号',
  phone: '手机号',
  householdNo: '户编号',
  address: '家庭住址',
  note: '备注',
  reason: '理由',
  comment: '意见',
  purpose: '用途',
  sort: '排序字段',
  order: '排序方向',
  page: '页码',
  pageSize: '每页条数',
  status: '状态',
  role: '角色',
  file: '文件',
  files: '文件',
};
