import { ORGANISATION_SIZES, UNIT_NATURES } from '@jiuye/domain/recruitment/vocabulary';
import type { ReviewDecision } from '@jiuye/domain/recruitment/organisation';
import type { Lang, MessageKey } from '../../lib/i18n';
import type { OrganisationKind, OrganisationVerification } from './api';

/** 单位性质 choices: the keys the server stores, named from the shared vocabulary in either language. */
export function natureOptions(lang: Lang) {
  return UNIT_NATURES.map((n) => ({ value: n.key, label: lang === 'en' ? n.nameEn : n.name }));
}

/** Older or imported records may hold a nature outside the list; those are shown as stored. */
export function natureLabel(lang: Lang, nature: string | null): string | null {
  if (!nature) return null;
  const known = UNIT_NATURES.find((n) => n.key === nature);
  return known ? (lang === 'en' ? known.nameEn : known.name) : nature;
}

export function sizeOptions(lang: Lang) {
  return ORGANISATION_SIZES.map((s) => ({ value: s.key, label: lang === 'en' ? s.nameEn : s.name }));
}

export function sizeLabel(lang: Lang, size: string | null): string | null {
  const known = ORGANISATION_SIZES.find((s) => s.key === size);
  return known ? (lang === 'en' ? known.nameEn : known.name) : size;
}

export const KIND_LABELS: Record<OrganisationKind, MessageKey> = {
  employer: 'organisations.kind.employer',
  agency: 'organisations.kind.agency',
};

export const STATUS_LABELS: Record<OrganisationVerification, { label: MessageKey; color: string }> = {
  verified: { label: 'organisations.status.verified', color: 'green' },
  pending: { label: 'organisations.status.pending', color: 'gold' },
  needs_info: { label: 'organisations.status.needs_info', color: 'orange' },
  rejected: { label: 'organisations.status.rejected', color: 'red' },
};

export const DECISION_LABELS: Record<ReviewDecision, { label: MessageKey; color: string }> = {
  approve: { label: 'verify.decision.approve', color: 'green' },
  reject: { label: 'verify.decision.reject', color: 'red' },
  request_info: { label: 'verify.decision.request_info', color: 'orange' },
  resubmit: { label: 'verify.decision.resubmit', color: 'blue' },
};
