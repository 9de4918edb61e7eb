import type { Role, Scope } from '@jiuye/domain/roles';
import { App, Form, Input, Radio, Select } from 'antd';
import { FormModal } from '../../../components/FormModal';
import { useFormErrorHandler } from '../../../lib/errors';
import { useI18n, type MessageKey } from '../../../lib/i18n';
import { NewPasswordField } from '../../auth/components/AccountFields';
import { roleLabel } from '../../auth/roles';
import { OrganisationSelect } from '../../organisations/components/OrganisationSelect';
import { ProvinceSelect } from '../../reference/components/ProvinceSelect';
import { UniversitySelect } from '../../reference/components/UniversitySelect';
import { useColleges } from '../../roster/api';
import { useCreateUser } from '../api';
import { ROLE_SCOPES, type ScopeKind } from '@jiuye/domain/roles';
import { CREATABLE_ROLES } from '../scopes';

interface CreateForm {
  username: string;
  displayName: string;
  password: string;
  role: Role;
  scope: {
    kind: ScopeKind;
    provinceCode?: string;
    universityCode?: string;
    collegeId?: string;
    organisationId?: string;
  };
}

type ScopeField = 'provinceCode' | 'universityCode' | 'collegeId' | 'organisationId';

/** The identifiers each scope kind needs; anything else is left out of the request. */
const SCOPE_FIELDS: Record<ScopeKind, readonly ScopeField[]> = {
  self: [],
  organisation: ['organisationId'],
  college: ['universityCode', 'collegeId'],
  university: ['universityCode'],
  province: ['provinceCode'],
  national: [],
};

const BASE_FIELDS = ['username', 'displayName', 'password', 'role', 'scope.kind'] as const;

function CollegeSelect({
  universityCode,
  value,
  onChange,
  id,
}: {
  universityCode: string | undefined;
  value?: string;
  onChange?: (id: string | undefined) => void;
  id?: string;
}) {
  const { t } = useI18n();
  const { data, isFetching } = useColleges(universityCode ?? null, Boolean(universityCode));
  return (
    <Select
      id={id}
      value={value}
      onChange={onChange}
      disabled={!universityCode}
      loading={isFetching}
      placeholder={universityCode ? t('common.select') : t('roster.collegeNeedsUniversity')}
      showSearch={{ optionFilterProp: 'label' }}
      options={(data?.items ?? []).map((college) => ({ value: college.id, label: college.name }))}
    />
  );
}

function scopeKindLabel(kind: ScopeKind): MessageKey {
  return `scopeKind.${kind}`;
}

/** New staff/organisation account; the scope inputs follow the chosen role. */
export function CreateUserModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t, lang } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<CreateForm>();
  const create = useCreateUser();
  const role = Form.useWatch('role', form);
  const kind = Form.useWatch(['scope', 'kind'], form);
  const universityCode = Form.useWatch(['scope', 'universityCode'], form);
  const scopeFields = kind ? SCOPE_FIELDS[kind] : [];
  const onError = useFormErrorHandler(form, [
    ...BASE_FIELDS,
    ...scopeFields.map((field) => `scope.${field}`),
  ]);

  const onFinish = (values: CreateForm) => {
    const scope: Scope = { kind: values.scope.kind };
    for (const field of SCOPE_FIELDS[values.scope.kind]) scope[field] = values.scope[field];
    create.mutate(
      { ...values, username: values.username.trim(), displayName: values.displayName.trim(), scope },
      {
        onSuccess: () => {
          void message.success(t('users.created'));
          onClose();
        },
        onError,
      },
    );
  };

  const required = (label: MessageKey) => [{ required: true, message: t(label) }];

  return (
    <FormModal
      open={open}
      title={t('users.create')}
      form={form}
      pending={create.isPending}
      onClose={onClose}
      width={560}
    >
      <Form<CreateForm>
        form={form}
        layout="vertical"
        onFinish={onFinish}
        preserve={false}
        onValuesChange={(changed: Partial<CreateForm>) => {
          // A new role may need a different kind of scope; stale ids from the old one must not be sent.
          if (changed.role) form.setFieldValue('scope', { kind: ROLE_SCOPES[changed.role][0] });
          if (changed.scope?.kind) form.setFieldValue('scope', { kind: changed.scope.kind });
          if (changed.scope && 'universityCode' in changed.scope)
            form.setFieldValue(['scope', 'collegeId'], undefined);
        }}
      >
        <Form.Item name="username" label={t('auth.username')} rules={required('auth.usernameRequired')}>
          <Input autoComplete="off" />
        </Form.Item>
        <Form.Item
          name="displayName"
          label={t('users.displayName')}
          rules={required('users.displayNameRequired')}
        >
          <Input autoComplete="off" />
        </Form.Item>
        <NewPasswordField />
        <Form.Item name="role" label={t('users.role')} rules={required('users.roleRequired')}>
          <Select
            placeholder={t('common.select')}
            options={CREATABLE_ROLES.map((value) => ({ value, label: roleLabel(value, lang) }))}
          />
        </Form.Item>
        {role && ROLE_SCOPES[role].length > 1 && (
          <Form.Item
            name={['scope', 'kind']}
            label={t('users.scopeKind')}
            rules={required('users.scopeKindRequired')}
          >
            <Radio.Group
              options={ROLE_SCOPES[role].map((value) => ({ value, label: t(scopeKindLabel(value)) }))}
            />
          </Form.Item>
        )}
        {role && ROLE_SCOPES[role].length === 1 && (
          <Form.Item name={['scope', 'kind']} hidden>
            <Input />
          </Form.Item>
        )}
        {scopeFields.includes('provinceCode') && (
          <Form.Item
            name={['scope', 'provinceCode']}
            label={t('users.province')}
            rules={required('users.provinceRequired')}
          >
            <ProvinceSelect />
          </Form.Item>
        )}
        {scopeFields.includes('universityCode') && (
          <Form.Item
            name={['scope', 'universityCode']}
            label={t('users.university')}
            rules={required('users.universityRequired')}
          >
            <UniversitySelect />
          </Form.Item>
        )}
        {scopeFields.includes('collegeId') && (
          <Form.Item
            name={['scope', 'collegeId']}
            label={t('users.college')}
            rules={required('users.collegeRequired')}
          >
            <CollegeSelect universityCode={universityCode} />
          </Form.Item>
        )}
        {scopeFields.includes('organisationId') && (
          <Form.Item
            name={['scope', 'organisationId']}
            label={t('users.organisation')}
            rules={required('users.organisationRequired')}
          >
            <OrganisationSelect kind={role === 'agency' ? 'agency' : 'employer'} />
          </Form.Item>
        )}
      </Form>
    </FormModal>
  );
}
