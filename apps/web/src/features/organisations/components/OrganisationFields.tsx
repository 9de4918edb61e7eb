import { normalizeUscc, validateMobile, validateUscc } from '@jiuye/domain';
import { isEmailAddress, ORGANISATION_LIMITS as L } from '@jiuye/domain/recruitment/organisation';
import { Col, Form, Input, Row, Select } from 'antd';
import { useI18n, useT } from '../../../lib/i18n';
import { IndustrySelect } from '../../reference/components/IndustrySelect';
import type { OrganisationKind } from '../api';
import { natureOptions, sizeOptions } from '../labels';
import { RegionCascader } from './RegionCascader';

/** Field names the server reports issues under; forms pass them to the issue mapper. */
export const PROFILE_FIELDS = [
  'name',
  'uscc',
  'nature',
  'industryCode',
  'regionCode',
  'size',
  'contactName',
  'contactPhone',
  'contactEmail',
  'introduction',
  'licenceNo',
] as const;

// Codes are copied from licences and chat messages with full-width characters, lower case and stray spaces.
const normalizeCode = (value: string | undefined) => normalizeUscc(value ?? '').replace(/\s+/g, '');

/** 统一社会信用代码, normalised as typed and checked like the server does (check digit included). */
export function UsccField() {
  const t = useT();
  return (
    <Form.Item
      name="uscc"
      label={t('organisations.uscc')}
      extra={t('organisations.usccHint')}
      normalize={normalizeCode}
      validateDebounce={300}
      rules={[
        { required: true, message: t('organisations.usccRequired') },
        {
          // The reason names the failing position, which a generic message could not.
          validator: async (_, value: string | undefined) => {
            if (!value) return;
            const check = validateUscc(normalizeUscc(value));
            if (!check.valid) throw new Error(check.reason ?? t('organisations.usccRequired'));
          },
        },
      ]}
    >
      <Input maxLength={40} autoComplete="off" spellCheck={false} style={{ fontFamily: 'monospace' }} />
    </Form.Item>
  );
}

/**
 * The registration data of an organisation, shared by the registration page and the profile editor.
 * The checks repeat the server's (same domain functions) so mistakes show while typing; the server
 * still decides, and its issues land on these fields.
 */
export function OrganisationFields({
  kind,
  phoneOptional = false,
  currentPhone,
}: {
  kind: OrganisationKind;
  /** Editing: the stored number is kept unless a new one is typed. */
  phoneOptional?: boolean;
  currentPhone?: string | null;
}) {
  const { t, lang } = useI18n();
  const half = { xs: 24, sm: 12 };
  return (
    <>
      <Form.Item
        name="name"
        label={t('organisations.name')}
        extra={t('orgForm.nameHint')}
        rules={[{ required: true, whitespace: true, message: t('organisations.nameRequired') }]}
      >
        <Input maxLength={L.nameMax} autoComplete="organization" />
      </Form.Item>
      <UsccField />
      <Row gutter={12}>
        <Col {...half}>
          <Form.Item
            name="nature"
            label={t('organisations.nature')}
            rules={[{ required: true, message: t('orgForm.natureRequired') }]}
          >
            <Select
              showSearch={{ optionFilterProp: 'label' }}
              options={natureOptions(lang)}
              placeholder={t('common.select')}
            />
          </Form.Item>
        </Col>
        <Col {...half}>
          <Form.Item
            name="size"
            label={t('orgForm.size')}
            rules={[{ required: true, message: t('orgForm.sizeRequired') }]}
          >
            <Select options={sizeOptions(lang)} placeholder={t('common.select')} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item
        name="industryCode"
        label={t('organisations.industry')}
        rules={[{ required: true, message: t('orgForm.industryRequired') }]}
      >
        <IndustrySelect placeholder={t('common.select')} />
      </Form.Item>
      <Form.Item
        name="regionCode"
        label={t('organisations.region')}
        extra={t('orgForm.regionHint')}
        rules={[{ required: true, message: t('orgForm.regionRequired') }]}
      >
        <RegionCascader />
      </Form.Item>
      {kind === 'agency' && (
        <Form.Item
          name="licenceNo"
          label={t('orgForm.licenceNo')}
          extra={t('orgForm.licenceHint')}
          rules={[{ required: true, whitespace: true, message: t('orgForm.licenceRequired') }]}
        >
          <Input maxLength={L.licenceMax} autoComplete="off" />
        </Form.Item>
      )}
      <Row gutter={12}>
        <Col {...half}>
          <Form.Item
            name="contactName"
            label={t('orgForm.contactName')}
            rules={[{ required: true, whitespace: true, message: t('orgForm.contactNameRequired') }]}
          >
            <Input maxLength={L.contactNameMax} autoComplete="name" />
          </Form.Item>
        </Col>
        <Col {...half}>
          <Form.Item
            name="contactPhone"
            label={t('orgForm.contactPhone')}
            extra={
              phoneOptional ? t('orgForm.phoneKeep', { phone: currentPhone ?? '—' }) : t('orgForm.phoneHint')
            }
            rules={[
              { required: !phoneOptional, message: t('orgForm.contactPhoneRequired') },
              {
                validator: async (_, value: string | undefined) => {
                  if (!value?.trim()) return;
                  const check = validateMobile(value);
                  if (!check.valid) throw new Error(check.reason ?? t('orgForm.contactPhoneRequired'));
                },
              },
            ]}
          >
            <Input inputMode="tel" autoComplete="tel" maxLength={20} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item
        name="contactEmail"
        label={t('orgForm.contactEmail')}
        rules={[
          { required: true, message: t('orgForm.contactEmailRequired') },
          {
            validator: async (_, value: string | undefined) => {
              if (value?.trim() && !isEmailAddress(value.trim()))
                throw new Error(t('orgForm.contactEmailFormat'));
            },
          },
        ]}
      >
        <Input inputMode="email" autoComplete="email" maxLength={L.emailMax} />
      </Form.Item>
      <Form.Item name="introduction" label={t('orgForm.introduction')}>
        <Input.TextArea
          rows={4}
          maxLength={L.introductionMax}
          showCount
          placeholder={t('orgForm.introductionPlaceholder')}
        />
      </Form.Item>
    </>
  );
}
