import { ROLE_LABELS, type Role } from '@jiuye/domain/roles';
import { EMPTY } from '../../lib/format';
import type { Lang, Translate } from '../../lib/i18n';
import type { NamedScope } from './api';

/** The role's name in the UI language. */
export function roleLabel(role: Role, lang: Lang): string {
  return ROLE_LABELS[role][lang === 'en' ? 'en' : 'zh'];
}

/** A human name for where a user's authority reaches, falling back to codes when names are missing. */
export function scopeName(scope: NamedScope, t: Translate): string {
  const join = (...parts: (string | null | undefined)[]) => parts.filter(Boolean).join(' · ') || EMPTY;
  switch (scope.kind) {
    case 'national':
      return t('scope.national');
    case 'province':
      return join(scope.provinceName ?? scope.provinceCode);
    case 'university':
      return join(scope.universityName ?? scope.universityCode);
    case 'college':
      return join(scope.universityName ?? scope.universityCode, scope.collegeName ?? scope.collegeId);
    case 'organisation':
      return join(scope.organisationName ?? scope.organisationId);
    case 'self':
      return join(scope.universityName ?? scope.universityCode);
  }
}
