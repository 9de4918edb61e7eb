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
  placeholder?: string;
  'aria-label'?: string;
}

// Scopes and universities carry the 2-digit province prefix; the region list gives full 6-digit GB/T 2260 codes.
const provinceCode = (regionCode: string) => regionCode.slice(0, 2);

/** Province picker whose value is the 2-digit province code used by scopes (e.g. `42` for 湖北省). */
export function ProvinceSelect({ value, onChange, allowClear, style, id, placeholder, ...rest }: Props) {
  const t = useT();
  const { data, isLoading } = useRegions(null);
  return (
    <Select
      {...rest}
      id={id}
      value={value ?? undefined}
      onChange={onChange}
      allowClear={allowClear}
      loading={isLoading}
      style={style}
      placeholder={placeholder ?? t('common.select')}
      showSearch={{ optionFilterProp: ['label', 'value'] }}
      options={(data?.items ?? []).map((region) => ({
        value: provinceCode(region.code),
        label: region.name,
      }))}
    />
  );
}
