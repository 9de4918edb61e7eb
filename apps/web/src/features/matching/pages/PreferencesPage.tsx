import type { KeyFieldKey } from '@jiuye/domain/recruitment/vocabulary';
import { App, Button, Card, Checkbox, Flex, Form, InputNumber, Skeleton, Switch, Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { Link } from 'react-router';
import { PageHeader } from '../../../components/PageHeader';
import { ApiError } from '../../../lib/api';
import { ErrorAlert, issueField, useFormErrorHandler } from '../../../lib/errors';
import { formatDateTime } from '../../../lib/format';
import { useI18n } from '../../../lib/i18n';
import { KEY_FIELD_GROUPS, KEY_FIELDS, OCCUPATION_MAJOR_GROUPS, keyFieldName } from '../../jobs/labels';
import { useMyProfile } from '../../profile/api';
import {
  PREFERENCE_LIMITS as L,
  usePreferences,
  useSavePreferences,
  type Preferences,
  type PreferencesInput,
} from '../api';
import { DesiredRegionsPicker } from '../components/DesiredRegionsPicker';

const FIELDS = [
  'desiredRegions',
  'salaryExpectation',
  'desiredOccupations',
  'keyFieldOptIns',
  'useOrigin',
  'discoverable',
] as const satisfies readonly (keyof PreferencesInput)[];

interface FormValues {
  desiredRegions?: string[];
  salaryExpectation?: number | null;
  desiredOccupations?: string[];
  keyFieldOptIns?: KeyFieldKey[];
  useOrigin?: boolean;
  discoverable?: boolean;
}

const toValues = (p: Preferences): FormValues => ({
  desiredRegions: p.desiredRegions,
  salaryExpectation: p.salaryExpectation,
  desiredOccupations: p.desiredOccupations,
  keyFieldOptIns: p.keyFieldOptIns,
  useOrigin: p.useOrigin,
  discoverable: p.discoverable,
});

const toInput = (v: FormValues): PreferencesInput => ({
  desiredRegions: v.desiredRegions ?? [],
  salaryExpectation: v.salaryExpectation ?? null,
  desiredOccupations: v.desiredOccupations ?? [],
  keyFieldOptIns: v.keyFieldOptIns ?? [],
  useOrigin: v.useOrigin ?? false,
  discoverable: v.discoverable ?? false,
});

/** The regions the server refused, read from `desiredRegions.<i>` issues against what was sent. */
function refusedRegions(error: unknown, sent: readonly string[]): string[] {
  if (!(error instanceof ApiError)) return [];
  return error.issues.flatMap((issue) => {
    const match = /^desiredRegions\.(\d+)$/.exec(issueField(issue.path));
    const code = match ? sent[Number(match[1])] : undefined;
    return code ? [code] : [];
  });
}

/** 求职意向: what the recommendations rank by. */
export function PreferencesPage() {
  const { t, lang } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<FormValues>();
  const { data, isPending, error, refetch } = usePreferences();
  const profile = useMyProfile();
  const save = useSavePreferences();
  const onFormError = useFormErrorHandler(form, FIELDS);
  const [refused, setRefused] = useState<string[]>([]);

  useEffect(() => {
    if (data) form.setFieldsValue(toValues(data));
  }, [data, form]);

  const occupationOptions = useMemo(
    () => OCCUPATION_MAJOR_GROUPS.map((group) => ({ value: group.code, label: group.name })),
    [],
  );

  const submit = (values: FormValues) => {
    const input = toInput(values);
    setRefused([]);
    save.mutate(input, {
      onSuccess: () => void message.success(t('prefs.saved')),
      onError: (err) => {
        setRefused(refusedRegions(err, input.desiredRegions));
        onFormError(err);
      },
    });
  };

  const originName = profile.data?.originRegionName;

  return (
    <>
      <PageHeader
        title={t('prefs.title')}
        extra={
          <Link to="/">
            <Button>{t('prefs.seeRecommendations')}</Button>
          </Link>
        }
      />
      {error && <ErrorAlert error={error} onRetry={() => void refetch()} />}
      <Card>
        <Typography.Paragraph type="secondary">{t('prefs.intro')}</Typography.Paragraph>
        {isPending ? (
          <Skeleton active paragraph={{ rows: 8 }} />
        ) : (
          <Form<FormValues>
            form={form}
            layout="vertical"
            onFinish={submit}
            // A field edited after a refusal is no longer the one the server named.
            onValuesChange={(changed) => {
              if ('desiredRegions' in changed) setRefused([]);
            }}
            style={{ maxWidth: 760 }}
            data-testid="preferences-form"
          >
            <Form.Item
              name="desiredRegions"
              label={t('prefs.regions')}
              extra={t('prefs.regionsHint', { n: L.regions })}
            >
              <DesiredRegionsPicker
                names={data?.desiredRegionNames ?? []}
                max={L.regions}
                invalid={refused}
              />
            </Form.Item>
            <Form.Item name="salaryExpectation" label={t('prefs.salary')} extra={t('prefs.salaryHint')}>
              <InputNumber<number>
                min={1}
                max={10_000_000}
                step={500}
                precision={0}
                placeholder={t('prefs.salaryPlaceholder')}
                suffix={t('prefs.salaryUnit')}
                style={{ width: '100%', maxWidth: 260 }}
              />
            </Form.Item>
            <Form.Item
              name="desiredOccupations"
              label={t('prefs.occupations')}
              extra={t('prefs.occupationsHint', { n: L.occupations })}
            >
              <Checkbox.Group
                options={occupationOptions}
                style={{
                  display: 'grid',
                  gridTemplateColumns: 'repeat(auto-fill, minmax(min(100%, 300px), 1fr))',
                  gap: 6,
                }}
              />
            </Form.Item>
            <Form.Item name="keyFieldOptIns" label={t('prefs.keyFields')} extra={t('prefs.keyFieldsHint')}>
              <Checkbox.Group style={{ display: 'block' }}>
                {KEY_FIELD_GROUPS.map(({ group, label }) => (
                  <div key={group} style={{ marginBottom: 8 }}>
                    <Typography.Text
                      type="secondary"
                      style={{ display: 'block', fontSize: 12, marginBottom: 4 }}
                    >
                      {t(label)}
                    </Typography.Text>
                    <div
                      style={{
                        display: 'grid',
                        // Two columns still fit a 375 px phone.
                        gridTemplateColumns: 'repeat(auto-fill, minmax(130px, 1fr))',
                        gap: 6,
                      }}
                    >
                      {KEY_FIELDS.filter((field) => field.group === group).map((field) => (
                        <Checkbox key={field.key} value={field.key}>
                          {keyFieldName(field.key, lang)}
                        </Checkbox>
                      ))}
                    </div>
                  </div>
                ))}
              </Checkbox.Group>
            </Form.Item>
            <SwitchField
              name="useOrigin"
              label={t('prefs.useOrigin')}
              hint={t('prefs.useOriginHint')}
              note={
                profile.data &&
                (originName ? t('prefs.originIs', { name: originName }) : t('prefs.originUnknown'))
              }
            />
            <SwitchField
              name="discoverable"
              label={t('prefs.discoverable')}
              hint={t('prefs.discoverableHint')}
            />
            <Flex gap={12} align="center" wrap>
              <Button type="primary" htmlType="submit" loading={save.isPending}>
                {t('prefs.save')}
              </Button>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {data?.updatedAt
                  ? t('prefs.savedAt', { time: formatDateTime(data.updatedAt) })
                  : t('prefs.notSaved')}
              </Typography.Text>
            </Flex>
          </Form>
        )}
      </Card>
    </>
  );
}

/** A switch with its label beside it and the explanation underneath, readable at 375 px. */
function SwitchField({
  name,
  label,
  hint,
  note,
}: {
  name: 'useOrigin' | 'discoverable';
  label: string;
  hint: string;
  note?: string | false;
}) {
  const id = `prefs-${name}`;
  return (
    <Form.Item
      extra={
        <>
          {hint}
          {note && <div>{note}</div>}
        </>
      }
    >
      <Flex align="center" gap={8}>
        <Form.Item name={name} valuePropName="checked" noStyle>
          <Switch id={id} aria-label={label} />
        </Form.Item>
        <label htmlFor={id} style={{ cursor: 'pointer' }}>
          {label}
        </label>
      </Flex>
    </Form.Item>
  );
}
