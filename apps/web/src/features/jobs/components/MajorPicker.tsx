import { Select } from 'antd';
import { useMemo, useState } from 'react';
import { useT } from '../../../lib/i18n';
import { useDebouncedValue } from '../../../lib/useDebouncedValue';
import { useMajors, type Major } from '../../reference/api';
import type { NamedCode } from '../api';
import { usePickedNames, type MultiPickerProps } from './pickedNames';

interface MajorOption {
  value: string;
  label: string;
}

/** Majors matching the typed text, plus their classes (专业类) when `classes` is set. */
function optionsOf(majors: readonly Major[], classes: boolean, t: ReturnType<typeof useT>): MajorOption[] {
  const out = new Map<string, MajorOption>();
  if (classes) {
    for (const major of majors) {
      if (major.classCode && major.className && !out.has(major.classCode))
        out.set(major.classCode, {
          value: major.classCode,
          label: t('search.majorClass', { name: major.className }),
        });
    }
  }
  for (const major of majors) {
    if (!out.has(major.code))
      out.set(major.code, { value: major.code, label: `${major.name}（${major.code}）` });
  }
  return [...out.values()];
}

function useMajorOptions(classes: boolean, known: readonly NamedCode[]) {
  const t = useT();
  const [text, setText] = useState('');
  const q = useDebouncedValue(text.trim(), 300);
  const majors = useMajors({ q }, q.length > 0);
  const options = useMemo(() => {
    const found = q ? optionsOf(majors.data?.items ?? [], classes, t) : [];
    // Values already chosen stay labelled even when they are not among the current hits.
    const chosen = known
      .filter((major) => !found.some((option) => option.value === major.code))
      .map((major) => ({ value: major.code, label: major.name }));
    return [...found, ...chosen];
  }, [q, majors.data, classes, t, known]);
  return { options, setText, loading: majors.isFetching };
}

/** The graduate's major for the search filter: one major or a whole class of majors. */
export function MajorFilterPicker({
  value,
  name,
  onChange,
  id,
}: {
  value?: string;
  /** The chosen major's name when known. */
  name?: string;
  onChange: (code: string | undefined, name?: string) => void;
  id?: string;
}) {
  const t = useT();
  const known = useMemo(() => (value ? [{ code: value, name: name ?? value }] : []), [value, name]);
  const { options, setText, loading } = useMajorOptions(true, known);
  return (
    <Select<string, MajorOption>
      id={id}
      showSearch={{ filterOption: false, onSearch: setText }}
      allowClear
      value={value}
      options={options}
      loading={loading}
      placeholder={t('search.majorPlaceholder')}
      aria-label={t('search.filter.major')}
      notFoundContent={null}
      onChange={(code, option) =>
        onChange(code, Array.isArray(option) ? undefined : (option?.label ?? undefined))
      }
      style={{ width: '100%' }}
    />
  );
}

/** Majors a posting asks for (several); empty is 专业不限, which the form offers as its own switch. */
export function MajorMultiPicker({ value = [], onChange, names, id, disabled, max }: MultiPickerProps) {
  const t = useT();
  const { nameOf, remember } = usePickedNames(names);
  const known = useMemo(() => value.map((code) => ({ code, name: nameOf(code) })), [value, nameOf]);
  const { options, setText, loading } = useMajorOptions(false, known);
  return (
    <Select<string[], MajorOption>
      id={id}
      mode="multiple"
      disabled={disabled}
      showSearch={{ filterOption: false, onSearch: setText }}
      value={value}
      options={options}
      loading={loading}
      maxCount={max}
      placeholder={t('jobs.majorsPlaceholder')}
      notFoundContent={null}
      onChange={(codes, selected) => {
        const list = Array.isArray(selected) ? selected : [];
        remember(list.map((option) => ({ code: option.value, name: option.label })));
        onChange?.(codes);
      }}
      style={{ width: '100%' }}
    />
  );
}

/** The name of a major or major class code (for a filter that arrived by link). */
export function useMajorName(code: string | undefined): string | undefined {
  const t = useT();
  const majors = useMajors({ q: code ?? '' }, Boolean(code));
  if (!code) return undefined;
  const items = majors.data?.items ?? [];
  const major = items.find((item) => item.code === code);
  if (major) return major.name;
  const inClass = items.find((item) => item.classCode === code);
  return inClass?.className ? t('search.majorClass', { name: inClass.className }) : undefined;
}
