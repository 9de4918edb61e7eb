import { Descriptions } from 'antd';
import type { ReactNode } from 'react';
import { EMPTY } from '../../../lib/format';
import { useI18n, type MessageKey } from '../../../lib/i18n';
import { industryName, natureName, occupationName } from '../../jobs/labels';
import type { DestinationDetails } from '../api';
import { FORM_FIELDS, type DetailField } from '../fields';
import { codeLabel, notPlacedName } from '../labels';
import { RegionName } from './RegionName';

/** The form's label, except where a read-back needs a shorter one. */
function readLabel(field: DetailField, labelKey: MessageKey, online: boolean): MessageKey {
  if (field === 'name' && online) return 'destinations.field.shopName';
  // The form's label is the whole pledge the graduate ticks.
  if (field === 'statementSigned') return 'destinations.field.statement';
  return labelKey;
}

/** A registration read back field by field, labelled as the form labels them. */
export function RegistrationDetails({ code, details }: { code: string; details: DestinationDetails }) {
  const { t, lang } = useI18n();
  const values = details as unknown as Record<DetailField, string | number | boolean | undefined>;
  const online = details.form === 'business' && details.online;

  const show = (field: DetailField): ReactNode => {
    const value = values[field];
    if (value === undefined || value === '') return EMPTY;
    switch (field) {
      case 'nature':
        return natureName(String(value), lang);
      case 'industryCode':
        return industryName(String(value), lang);
      case 'occupationCode':
        return occupationName(String(value));
      case 'regionCode':
        return <RegionName code={String(value)} />;
      case 'monthlyPay':
        return t('destinations.payValue', { n: Number(value).toLocaleString('en-US') });
      case 'online':
        return value ? t('common.yes') : t('common.no');
      case 'statementSigned':
        return value ? t('destinations.statementSigned') : t('destinations.statementNotSigned');
      case 'label':
        return notPlacedName(String(value), lang);
      case 'uscc':
      case 'name':
      case 'unitName':
      case 'programme':
      case 'work':
      case 'institution':
      case 'country':
      case 'contractDate':
      case 'startDate':
      case 'enlistmentDate':
        return String(value);
    }
  };

  return (
    <Descriptions
      size="small"
      column={{ xs: 1, sm: 2 }}
      data-testid="registration-details"
      items={[
        { key: 'code', label: t('destinations.field.code'), children: codeLabel(code, lang), span: 'filled' },
        ...FORM_FIELDS[details.form].map(([field, labelKey]) => ({
          key: field,
          label: t(readLabel(field, labelKey, online)),
          children: <span style={{ overflowWrap: 'anywhere' }}>{show(field)}</span>,
        })),
      ]}
    />
  );
}
