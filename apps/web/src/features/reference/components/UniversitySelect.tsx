import { Select } from 'antd';
import { useState, type CSSProperties } from 'react';
import { useT } from '../../../lib/i18n';
import { useDebouncedValue } from '../../../lib/useDebouncedValue';
import { useUniversities } from '../api';

interface Props {
  value?: string | null;
  onChange?: (code: string | undefined) => void;
  /** Limits the choice to one province (province-scoped officials). */
  provinceCode?: string | null;
  placeholder?: string;
  allowClear?: boolean;
  style?: CSSProperties;
  id?: string;
  'aria-label'?: string;
}

/** Searchable university picker backed by the server, since the full list (~2,900 schools) is too long to ship. */
export function UniversitySelect({
  value,
  onChange,
  provinceCode,
  placeholder,
  allowClear,
  style,
  ...rest
}: Props) {
  const t = useT();
  const [search, setSearch] = useState('');
  const q = useDebouncedValue(search.trim());
  const { data, isFetching } = useUniversities({ q: q || undefined, province: provinceCode ?? undefined });
  // Remembers the label of the chosen school so it stays readable after the search text changes.
  const [chosenLabel, setChosenLabel] = useState<{ code: string; label: string } | null>(null);

  const options = (data?.items ?? []).map((university) => ({
    value: university.code,
    label: `${university.name}（${university.code}）`,
  }));
  if (value && !options.some((option) => option.value === value)) {
    options.unshift({ value, label: chosenLabel?.code === value ? chosenLabel.label : value });
  }

  return (
    <Select
      {...rest}
      value={value ?? undefined}
      options={options}
      placeholder={placeholder ?? t('university.placeholder')}
      allowClear={allowClear}
      loading={isFetching}
      style={style}
      showSearch={{ filterOption: false, onSearch: setSearch, searchValue: search }}
      notFoundContent={isFetching ? t('common.loading') : t('university.noMatch')}
      onChange={(code: string | undefined, option) => {
        if (code && option && !Array.isArray(option) && typeof option.label === 'string') {
          setChosenLabel({ code, label: option.label });
        }
        setSearch('');
        onChange?.(code);
      }}
    />
  );
}
