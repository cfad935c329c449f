import type { DisclosureStatus } from '../../../contracts/api/disclosure';
import { levelOfCode } from '../../../contracts/region-code';
import { can } from '../../../contracts/roles';
import type { Actor } from '../../platform/context';

// Who may do what with a disclosure (十公开), as pure functions. Scope (the caller's region) is
// checked where the record is loaded (platform/scope.ts); these decide the rest.

type Who = Pick<Actor, 'role'>;

/** Draft, edit and submit the village's items: the village's secretary and staff (村两委, 驻村干部). */
export const mayDraft = (a: Who): boolean => can(a.role, 'disclosure.draft');

/** Approve (publish) or return with a reason: the township, or the county. */
export const mayApprove = (a: Who): boolean => can(a.role, 'disclosure.approve');

/** Edit the county's catalogue of kinds (名称、频次、说明). */
export const mayEditKinds = (a: Who): boolean => can(a.role, 'disclosure.catalogue');

/** Items belong to a village: a draft names a village-level region. */
export const isVillage = (regionCode: string): boolean => levelOfCode(regionCode) === 'village';

/** What is not yet public may still change: a draft or a returned item. */
export const isOpen = (status: DisclosureStatus): boolean => status === 'draft' || status === 'returned';

export const mayEdit = (a: Who, item: { status: DisclosureStatus }): boolean =>
  mayDraft(a) && isOpen(item.status);

/** Only what never left the village may be deleted (a draft or a returned item); published never. */
export const mayDelete = (a: Who, item: { status: DisclosureStatus }): boolean => mayEdit(a, item);

/**
 * A correction (更正) or withdrawal (撤回) starts from the current published version, and only one
 * may be under way per item at a time.
 */
export const mayCorrect = (a: Who, item: { status: DisclosureStatus }, openVersion: boolean): boolean =>
  mayDraft(a) && item.status === 'published' && !openVersion;

/** Where a published version stands once a later one is approved. */
export const supersededStatus = (change: 'correction' | 'withdrawal'): DisclosureStatus =>
  change === 'withdrawal' ? 'withdrawn' : 'corrected';

/** The public page shows these, never a draft, a pending or a returned item. */
export const PUBLIC_STATUSES = [
  'published',
  'corrected',
  'withdrawn',
] as const satisfies readonly DisclosureStatus[];
