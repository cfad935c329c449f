// Record kinds of the disclosure module (workflow history, attachments, audit entities).
export const DISCLOSURE_KIND = 'disclosure_item';
export const KIND_KIND = 'disclosure_kind';
