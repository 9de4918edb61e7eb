import { Select } from 'antd';
import type { CSSProperties } from 'react';
import { useT } from '../../../lib/i18n';
import { useRegions } from '../api';

interface Props {
  value?: string | null;
  onChange?: (code: string | undefined) => void;
  allowClear?: boolean;
  style?: CSSProperties;
  id?: string;
}

/** The 31 provinces (GB/T 2260), searchable by name or code. */
export function ProvinceSelect({ value, onChange, allowClear, style, id }: Props) {
  const t = useT();
  const { data, isLoading } = useRegions(null);
  return (
    <Select
      id={id}
      value={value ?? undefined}
      onChange={onChange}
      allowClear={allowClear}
      loading={isLoading}
      style={style}
      placeholder={t('common.select')}
      showSearch={{ optionFilterProp: ['label', 'value'] }}
      options={(data?.items ?? []).map((region) => ({ value: region.code, label: region.name }))}
    />
  );
}
