import { Select } from 'antd';
import { useState } from 'react';
import { useT } from '../../../lib/i18n';
import { useDebouncedValue } from '../../../lib/useDebouncedValue';
import { useOrganisations, type OrganisationKind } from '../api';

interface Props {
  value?: string;
  onChange?: (id: string | undefined) => void;
  kind?: OrganisationKind;
  id?: string;
}

/** Server-searched organisation picker showing name and USCC, since names repeat across regions. */
export function OrganisationSelect({ value, onChange, kind, id }: Props) {
  const t = useT();
  const [search, setSearch] = useState('');
  const q = useDebouncedValue(search.trim());
  const { data, isFetching } = useOrganisations({ q: q || undefined, kind });
  const [chosen, setChosen] = useState<{ id: string; label: string } | null>(null);
  const options = (data?.items ?? []).map((organisation) => ({
    value: organisation.id,
    label: `${organisation.name}（${organisation.uscc}）`,
  }));
  if (value && !options.some((option) => option.value === value)) {
    options.unshift({ value, label: chosen?.id === value ? chosen.label : value });
  }
  return (
    <Select
      id={id}
      value={value}
      options={options}
      loading={isFetching}
      placeholder={t('organisation.placeholder')}
      showSearch={{ filterOption: false, onSearch: setSearch, searchValue: search }}
      notFoundContent={isFetching ? t('common.loading') : t('organisation.noMatch')}
      onChange={(next: string | undefined, option) => {
        if (next && option && !Array.isArray(option) && typeof option.label === 'string') {
          setChosen({ id: next, label: option.label });
        }
        setSearch('');
        onChange?.(next);
      }}
    />
  );
}
