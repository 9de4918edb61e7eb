import { PROGRAMME_KINDS } from '@jiuye/domain/assistance/training';
import { App, DatePicker, Flex, Form, Input, InputNumber, Modal, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useNavigate } from 'react-router';
import { ApiError } from '../../../lib/api';
import { issueField, useShowError } from '../../../lib/errors';
import { useI18n } from '../../../lib/i18n';
import { useIsPhone } from '../../../lib/responsive';
import { useCreateProgramme, useUpdateProgramme, type Programme, type ProgrammeInput } from '../api';
import { kindName } from '../labels';

interface Values {
  name: string;
  kind: Programme['kind'];
  organiser: string;
  dates: [Dayjs, Dayjs];
  sessions: number;
  capacity: number;
  description?: string;
}

const DATE = 'YYYY-MM-DD';

function fieldOf(path: string): keyof Values | null {
  const head = issueField(path).split('.')[0] ?? '';
  if (head === 'startsOn' || head === 'endsOn') return 'dates';
  return ['name', 'kind', 'organiser', 'sessions', 'capacity', 'description'].includes(head)
    ? (head as keyof Values)
    : null;
}

/** 新建 / 编辑培训项目; every server issue lands on its field (the two dates are one range). */
export function ProgrammeFormModal({
  open,
  programme,
  onClose,
}: {
  open: boolean;
  /** null: a new programme (opened on its page once created). */
  programme: Programme | null;
  onClose: () => void;
}) {
  const { t, lang } = useI18n();
  const isPhone = useIsPhone();
  const goTo = useNavigate();
  const { message } = App.useApp();
  const showError = useShowError();
  const [form] = Form.useForm<Values>();
  const create = useCreateProgramme();
  const update = useUpdateProgramme(programme?.id ?? '');
  const pending = create.isPending || update.isPending;

  const onError = (error: unknown) => {
    if (!(error instanceof ApiError) || error.issues.length === 0) return showError(error);
    const byField = new Map<keyof Values, string[]>();
    let unplaced = false;
    for (const issue of error.issues) {
      const field = fieldOf(issue.path);
      if (field) byField.set(field, [...(byField.get(field) ?? []), issue.message]);
      else unplaced = true;
    }
    form.setFields([...byField].map(([name, errors]) => ({ name, errors })));
    if (unplaced) showError(error);
  };

  const submit = (v: Values) => {
    const body: ProgrammeInput = {
      name: v.name.trim(),
      kind: v.kind,
      organiser: v.organiser.trim(),
      startsOn: v.dates[0].format(DATE),
      endsOn: v.dates[1].format(DATE),
      sessions: v.sessions,
      capacity: v.capacity,
      description: v.description?.trim() ?? '',
    };
    if (programme)
      update.mutate(body, {
        onSuccess: () => {
          void message.success(t('training.saved'));
          onClose();
        },
        onError,
      });
    else
      create.mutate(body, {
        onSuccess: (created) => {
          void message.success(t('training.created'));
          onClose();
          void goTo(`/training/${created.id}`);
        },
        onError,
      });
  };

  const half = { flex: isPhone ? '1 1 100%' : '1 1 0', minWidth: 0 };
  return (
    <Modal
      open={open}
      title={t(programme ? 'training.editTitle' : 'training.createTitle')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={pending}
      destroyOnHidden
      width={640}
      data-testid="programme-modal"
    >
      <Form<Values>
        form={form}
        layout="vertical"
        preserve={false}
        disabled={pending}
        onFinish={submit}
        initialValues={
          programme
            ? {
                ...programme,
                dates: [dayjs(programme.startsOn, DATE), dayjs(programme.endsOn, DATE)],
              }
            : { kind: 'hongzhi', sessions: 10, capacity: 50 }
        }
      >
        <Form.Item
          name="name"
          label={t('training.field.name')}
          rules={[{ required: true, whitespace: true, message: t('training.nameRequired') }]}
        >
          <Input maxLength={100} showCount />
        </Form.Item>
        <Flex gap={12} wrap>
          <Form.Item name="kind" label={t('training.field.kind')} rules={[{ required: true }]} style={half}>
            <Select options={PROGRAMME_KINDS.map((k) => ({ value: k.key, label: kindName(k.key, lang) }))} />
          </Form.Item>
          <Form.Item
            name="organiser"
            label={t('training.field.organiser')}
            rules={[{ required: true, whitespace: true, message: t('training.organiserRequired') }]}
            style={half}
          >
            <Input maxLength={100} />
          </Form.Item>
        </Flex>
        <Form.Item
          name="dates"
          label={t('training.field.dates')}
          rules={[{ required: true, message: t('training.datesRequired') }]}
        >
          <DatePicker.RangePicker format={DATE} inputReadOnly={isPhone} style={{ width: '100%' }} />
        </Form.Item>
        <Flex gap={12} wrap>
          <Form.Item
            name="sessions"
            label={t('training.field.sessions')}
            extra={t('training.sessionsHint')}
            rules={[{ required: true, message: t('training.sessionsRequired') }]}
            style={half}
          >
            <InputNumber<number> min={1} max={200} precision={0} style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item
            name="capacity"
            label={t('training.field.capacity')}
            rules={[{ required: true, message: t('training.capacityRequired') }]}
            style={half}
          >
            <InputNumber<number> min={1} max={10000} precision={0} style={{ width: '100%' }} />
          </Form.Item>
        </Flex>
        <Form.Item name="description" label={t('training.field.description')}>
          <Input.TextArea maxLength={2000} showCount autoSize={{ minRows: 3, maxRows: 8 }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
