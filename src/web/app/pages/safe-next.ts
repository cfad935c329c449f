/** Only same-site paths are followed after login, so a crafted link cannot send users elsewhere. */
export const safeNext = (next: string | null): string =>
  next?.startsWith('/') && !next.startsWith('//') && !next.startsWith('/login') ? next : '/';
