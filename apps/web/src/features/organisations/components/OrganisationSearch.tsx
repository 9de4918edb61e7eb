import { normalizeUscc } from '@jiuye/domain';
import { Input, Select } from 'antd';
import { useEffect, useState } from 'react';
import { useT } from '../../../lib/i18n';
import type { OrganisationKind } from '../api';
import { KIND_LABELS } from '../labels';

const KINDS: readonly OrganisationKind[] = ['employer', 'agency'];
// The server's limit for the search text.
const MAX_QUERY = 60;

interface OrganisationFilters {
  q?: string;
  kind?: OrganisationKind;
}

/**
 * The search text and kind from the URL, which holds them so a search survives reloads and can be
 * shared. Malformed values are dropped here because the server answers them with a 400 instead of a list.
 */
export function readOrganisationFilters(params: URLSearchParams): OrganisationFilters {
  const q = params.get('q')?.trim();
  return {
    q: q ? q.slice(0, MAX_QUERY) : undefined,
    kind: KINDS.find((value) => value === params.get('kind')),
  };
}

/** Writes the search text and kind back, leaving out what is not set. */
export function writeOrganisationFilters(params: URLSearchParams, filters: OrganisationFilters): void {
  if (filters.q) params.set('q', filters.q);
  if (filters.kind) params.set('kind', filters.kind);
}

/**
 * A pasted credit code often carries full-width characters or lower case, and the server matches codes
 * exactly; names are left as typed so a fragment still matches.
 */
function searchText(value: string): string | undefined {
  const trimmed = value.trim();
  const code = normalizeUscc(trimmed).replace(/\s+/g, '');
  return /^[0-9A-Z]{18}$/.test(code) ? code : trimmed || undefined;
}

/** Search by name or credit code; `q` is the search in effect (from the URL), shown again after navigation. */
export function OrganisationSearch({
  q,
  onSearch,
  width,
}: {
  q: string | undefined;
  onSearch: (q: string | undefined) => void;
  width: number | string;
}) {
  const t = useT();
  const [text, setText] = useState(q ?? '');
  useEffect(() => setText(q ?? ''), [q]);
  return (
    <Input.Search
      allowClear
      value={text}
      maxLength={MAX_QUERY}
      onChange={(event) => setText(event.target.value)}
      onSearch={(value) => onSearch(searchText(value))}
      placeholder={t('organisations.searchPlaceholder')}
      aria-label={t('organisations.searchPlaceholder')}
      style={{ width }}
    />
  );
}

/** 用人单位 / 人力资源服务机构, or both when cleared. */
export function KindFilter({
  value,
  onChange,
  width,
}: {
  value: OrganisationKind | undefined;
  onChange: (kind: OrganisationKind | undefined) => void;
  width: number | string;
}) {
  const t = useT();
  return (
    <Select<OrganisationKind>
      allowClear
      value={value}
      placeholder={t('organisations.kindFilter')}
      aria-label={t('organisations.kindFilter')}
      options={KINDS.map((kind) => ({ value: kind, label: t(KIND_LABELS[kind]) }))}
      onChange={onChange}
      style={{ width }}
    />
  );
}
