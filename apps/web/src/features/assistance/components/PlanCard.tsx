import { CheckOutlined, DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { shanghaiDate } from '@jiuye/domain/dates';
import { App, Button, Card, DatePicker, Flex, Form, Input, Select, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useFormErrorHandler, useShowError } from '../../../lib/errors';
import { useI18n } from '../../../lib/i18n';
import { useIsPhone } from '../../../lib/responsive';
import { useCurrentUser } from '../../auth/api';
import { useCounsellors, useSavePlan, type Plan, type PlanInput } from '../api';
import { PlanView } from './PlanView';

const GOALS_MAX = 1000;
const TITLE_MAX = 200;
const ACTIONS_MAX = 30;

interface Values {
  goals: string;
  counsellorId?: string | null;
  actions: { title: string; dueOn?: string; doneOn?: string | null }[];
}

const FIELDS = ['goals', 'counsellorId', 'actions'] as const;

/** The plan as the API takes it back (the whole plan is replaced on every save). */
function toInput(plan: Plan): PlanInput {
  return {
    goals: plan.goals,
    counsellorId: plan.counsellor?.id ?? null,
    actions: plan.actions.map((a) => ({ title: a.title, dueOn: a.dueOn, doneOn: a.doneOn })),
  };
}

/** A YYYY-MM-DD value in a date picker; the form keeps the string the API takes. */
const dateProps = {
  getValueProps: (value?: string | null) => ({ value: value ? dayjs(value) : undefined }),
  normalize: (value: Dayjs | null) => value?.format('YYYY-MM-DD') ?? null,
};

function PlanForm({
  graduateId,
  plan,
  onDone,
}: {
  graduateId: string;
  plan: Plan | null;
  onDone: () => void;
}) {
  const { t } = useI18n();
  const me = useCurrentUser();
  const isPhone = useIsPhone();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const save = useSavePlan(graduateId);
  const counsellors = useCounsellors();
  const onError = useFormErrorHandler(form, FIELDS);
  const today = shanghaiDate(new Date());
  const initial: Values = plan
    ? toInput(plan)
    : { goals: '', counsellorId: me.role === 'counsellor' ? me.id : null, actions: [] };
  const known = counsellors.data ?? [];
  // The plan's counsellor stays choosable even when the list (one college) does not hold them.
  const options = [
    ...known.map((c) => ({ value: c.id, label: `${c.name} · ${c.collegeName}` })),
    ...(plan?.counsellor && !known.some((c) => c.id === plan.counsellor?.id)
      ? [{ value: plan.counsellor.id, label: plan.counsellor.name }]
      : []),
  ];

  return (
    <Form<Values>
      // Named so its field ids (note, …) do not clash with another form on the page.
      name="plan"
      form={form}
      layout="vertical"
      initialValues={initial}
      data-testid="plan-form"
      onFinish={(values) =>
        save.mutate(
          {
            goals: values.goals.trim(),
            counsellorId: values.counsellorId ?? null,
            actions: (values.actions ?? []).map((a) => ({
              title: a.title.trim(),
              dueOn: a.dueOn ?? '',
              doneOn: a.doneOn ?? null,
            })),
          },
          {
            onSuccess: () => {
              void message.success(t('assistance.plan.saved'));
              onDone();
            },
            onError,
          },
        )
      }
    >
      <Form.Item
        name="goals"
        label={t('assistance.plan.goals')}
        rules={[{ required: true, whitespace: true, message: t('assistance.plan.goalsRequired') }]}
      >
        <Input.TextArea
          rows={3}
          maxLength={GOALS_MAX}
          showCount
          placeholder={t('assistance.plan.goalsPlaceholder')}
        />
      </Form.Item>
      <Form.Item name="counsellorId" label={t('assistance.plan.counsellorField')}>
        <Select
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          loading={counsellors.isFetching}
          options={options}
          placeholder={t('assistance.plan.counsellorPlaceholder')}
        />
      </Form.Item>
      <Typography.Text strong>{t('assistance.plan.actions')}</Typography.Text>
      <Form.List name="actions">
        {(fields, { add, remove }) => (
          <Flex vertical gap={8} style={{ marginTop: 8, marginBottom: 16 }}>
            {fields.map((field, index) => (
              <Card
                size="small"
                key={field.key}
                data-testid="plan-action-edit"
                styles={{ body: { paddingBottom: 0 } }}
              >
                <Form.Item
                  name={[field.name, 'title']}
                  label={t('assistance.plan.actionTitle', { n: index + 1 })}
                  rules={[
                    { required: true, whitespace: true, message: t('assistance.plan.actionTitleRequired') },
                  ]}
                  style={{ marginBottom: 8 }}
                >
                  <Input maxLength={TITLE_MAX} placeholder={t('assistance.plan.actionPlaceholder')} />
                </Form.Item>
                <Flex gap={8} align="flex-start">
                  <Form.Item
                    name={[field.name, 'dueOn']}
                    label={t('assistance.plan.due')}
                    rules={[{ required: true, message: t('assistance.plan.dueRequired') }]}
                    style={{ flex: '1 1 0', minWidth: 0, marginBottom: 8 }}
                    {...dateProps}
                  >
                    <DatePicker style={{ width: '100%' }} inputReadOnly={isPhone} />
                  </Form.Item>
                  <Form.Item
                    name={[field.name, 'doneOn']}
                    label={t('assistance.plan.done')}
                    style={{ flex: '1 1 0', minWidth: 0, marginBottom: 8 }}
                    {...dateProps}
                  >
                    <DatePicker
                      style={{ width: '100%' }}
                      inputReadOnly={isPhone}
                      placeholder={t('assistance.plan.notDone')}
                      disabledDate={(day) => day.format('YYYY-MM-DD') > today}
                    />
                  </Form.Item>
                  <Form.Item label=" " style={{ marginBottom: 8 }}>
                    <Button
                      type="text"
                      danger
                      icon={<DeleteOutlined />}
                      onClick={() => remove(field.name)}
                      aria-label={t('assistance.plan.removeAction', { n: index + 1 })}
                    />
                  </Form.Item>
                </Flex>
              </Card>
            ))}
            <Button
              type="dashed"
              icon={<PlusOutlined />}
              disabled={fields.length >= ACTIONS_MAX}
              onClick={() => add({ title: '', dueOn: undefined, doneOn: null })}
              data-testid="add-action"
            >
              {t('assistance.plan.addAction')}
            </Button>
          </Flex>
        )}
      </Form.List>
      <Flex gap={8}>
        <Button type="primary" htmlType="submit" loading={save.isPending} data-testid="save-plan">
          {t('assistance.plan.save')}
        </Button>
        <Button onClick={onDone}>{t('common.cancel')}</Button>
      </Flex>
    </Form>
  );
}

/**
 * 一人一策 for a counsellor or career centre: read it, mark an action done in one click, or edit
 * the whole plan (goals, counsellor in charge, actions added and removed).
 */
export function PlanCard({ graduateId, plan }: { graduateId: string; plan: Plan | null }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const showError = useShowError();
  const save = useSavePlan(graduateId);
  const [editing, setEditing] = useState(false);
  const today = shanghaiDate(new Date());

  const markDone = (index: number) => {
    if (!plan) return;
    const input = toInput(plan);
    input.actions = input.actions.map((a, i) => (i === index ? { ...a, doneOn: today } : a));
    save.mutate(input, {
      onSuccess: () => void message.success(t('assistance.plan.markedDone')),
      onError: showError,
    });
  };

  return (
    <Card
      size="small"
      title={t('assistance.plan.title')}
      data-testid="plan-card"
      extra={
        !editing && (
          <Button
            size="small"
            icon={plan ? <EditOutlined /> : <PlusOutlined />}
            onClick={() => setEditing(true)}
            data-testid="edit-plan"
          >
            {t(plan ? 'assistance.plan.edit' : 'assistance.plan.create')}
          </Button>
        )
      }
    >
      {editing ? (
        <PlanForm graduateId={graduateId} plan={plan} onDone={() => setEditing(false)} />
      ) : (
        <PlanView
          plan={plan}
          emptyText={t('assistance.plan.emptyStaff')}
          actionExtra={(action, index) => (
            <Button
              size="small"
              icon={<CheckOutlined />}
              loading={save.isPending && save.variables?.actions[index]?.doneOn === today}
              disabled={save.isPending}
              onClick={() => markDone(index)}
              aria-label={t('assistance.plan.markDoneLabel', { title: action.title })}
            >
              {t('assistance.plan.markDone')}
            </Button>
          )}
        />
      )}
    </Card>
  );
}
