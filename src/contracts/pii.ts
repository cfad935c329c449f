// Masking as villages post it on paper: enough to recognise one's own record, not enough to misuse.

/** 451022199001011234 → 4510**********1234 */
export const maskIdNumber = (id: string): string =>
  id.length <= 8 ? '*'.repeat(id.length) : `${id.slice(0, 4)}${'*'.repeat(id.length - 8)}${id.slice(-4)}`;

/** 13812345678 → 138****5678 */
export const maskPhone = (phone: string): string =>
  phone.length < 7
    ? '*'.repeat(phone.length)
    : `${phone.slice(0, 3)}${'*'.repeat(phone.length - 7)}${phone.slice(-4)}`;

/** 张三丰 → 张*丰, 李四 → 李*: how names are shown on public boards. */
export const maskName = (name: string): string => {
  const chars = Array.from(name);
  if (chars.length <= 1) return name;
  if (chars.length === 2) return `${chars[0]}*`;
  return `${chars[0]}${'*'.repeat(chars.length - 2)}${chars[chars.length - 1]}`;
};

export const PHONE_PATTERN = /^1[3-9]\d{9}$/;
