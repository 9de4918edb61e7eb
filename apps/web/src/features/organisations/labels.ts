import type { MessageKey, Translate } from '../../lib/i18n';
import type { OrganisationKind, OrganisationVerification } from './api';

/**
 * The 单位性质 values the form offers. The server stores the Chinese term itself (the same words the
 * employment-statistics forms use), so the key only supplies an English rendering.
 */
export const NATURES = [
  { value: '机关', label: 'organisations.nature.government' },
  { value: '事业单位', label: 'organisations.nature.institution' },
  { value: '国有企业', label: 'organisations.nature.stateOwned' },
  { value: '民营企业', label: 'organisations.nature.private' },
  { value: '三资企业', label: 'organisations.nature.foreign' },
  { value: '社会组织', label: 'organisations.nature.social' },
  { value: '人力资源服务机构', label: 'organisations.nature.hrAgency' },
] as const satisfies readonly { value: string; label: MessageKey }[];

/** Older or imported records may hold a nature outside the list; those are shown as stored. */
export function natureLabel(t: Translate, nature: string | null): string | null {
  if (!nature) return null;
  const known = NATURES.find((entry) => entry.value === nature);
  return known ? t(known.label) : nature;
}

export const KIND_LABELS: Record<OrganisationKind, MessageKey> = {
  employer: 'organisations.kind.employer',
  agency: 'organisations.kind.agency',
};

export const STATUS_LABELS: Record<OrganisationVerification, MessageKey> = {
  verified: 'organisations.status.verified',
  pending: 'organisations.status.pending',
  rejected: 'organisations.status.rejected',
};
