import { Select, type SelectProps } from 'antd';
import { useI18n } from '../../../lib/i18n';
import { useIndustries } from '../api';

/** 行业 picker (GB/T 4754 门类); the code leads the label, since it is what statistics group by. */
export function IndustrySelect(props: Omit<SelectProps<string>, 'options' | 'loading' | 'showSearch'>) {
  const { lang } = useI18n();
  const industries = useIndustries();
  return (
    <Select<string>
      {...props}
      showSearch={{ optionFilterProp: 'label' }}
      loading={industries.isLoading}
      options={(industries.data?.items ?? []).map((industry) => ({
        value: industry.code,
        label: `${industry.code} ${lang === 'en' && industry.nameEn ? industry.nameEn : industry.name}`,
      }))}
    />
  );
}
