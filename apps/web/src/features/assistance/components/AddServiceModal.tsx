import { SERVICE_KINDS, SERVICE_NOTE_MAX, type ServiceKind } from '@jiuye/domain/assistance/services';
import { shanghaiDate } from '@jiuye/domain/dates';
import { can } from '@jiuye/domain/permissions';
import { App, DatePicker, Form, Input, Select, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { FormModal } from '../../../components/FormModal';
import { useFormErrorHandler } from '../../../lib/errors';
import { useI18n } from '../../../lib/i18n';
import { useIsPhone } from '../../../lib/responsive';
import { useCurrentUser } from '../../auth/api';
import { useGraduateRecommendations } from '../../matching/api';
import { useAddService, useOpenProgrammes } from '../api';

interface Values {
  kind?: ServiceKind;
  serviceOn?: string;
  postingId?: string;
  programmeId?: string;
  note?: string;
}

const FIELDS = ['kind', 'serviceOn', 'postingId', 'programmeId', 'note'] as const;
// Recommendations to choose a referral from: the best 20 are plenty to pick one.
const RECOMMENDATIONS = 20;

/**
 * 添加服务记录: what was done, on which day (not in the future), and a note. A job referral names a
 * posting picked from the graduate's matching recommendations; a training offer a programme (the
 * career centre lists them) or says what in the note; a traineeship says where in the note.
 */
export function AddServiceModal({
  graduateId,
  open,
  onClose,
}: {
  graduateId: string;
  open: boolean;
  onClose: () => void;
}) {
  const { t, lang } = useI18n();
  const me = useCurrentUser();
  const isPhone = useIsPhone();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const add = useAddService(graduateId);
  const onError = useFormErrorHandler(form, FIELDS);
  const kind = Form.useWatch('kind', form);
  const programmeId = Form.useWatch('programmeId', form);
  const today = shanghaiDate(new Date());
  const recommendations = useGraduateRecommendations(
    open && kind === 'job_referral' ? graduateId : null,
    RECOMMENDATIONS,
  );
  const listsProgrammes = can(me.role, 'training.manage');
  const programmes = useOpenProgrammes(open && kind === 'training_offer' && listsProgrammes);
  const noteRequired = kind === 'traineeship_offer' || (kind === 'training_offer' && !programmeId);

  return (
    <FormModal
      open={open}
      title={t('assistance.ledger.addTitle')}
      form={form}
      pending={add.isPending}
      onClose={onClose}
      okText={t('assistance.ledger.addOk')}
    >
      <Form<Values>
        // Named so its field ids (note, …) do not clash with another form on the page.
        name="serviceEntry"
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={{ serviceOn: today }}
        data-testid="add-service-form"
        onFinish={(values) =>
          add.mutate(
            {
              kind: values.kind!,
              serviceOn: values.serviceOn ?? today,
              note: values.note?.trim() || undefined,
              postingId: values.kind === 'job_referral' ? values.postingId : undefined,
              programmeId: values.kind === 'training_offer' ? values.programmeId : undefined,
            },
            {
              onSuccess: () => {
                void message.success(t('assistance.ledger.added'));
                onClose();
              },
              onError,
            },
          )
        }
      >
        <Form.Item
          name="kind"
          label={t('assistance.ledger.kind')}
          rules={[{ required: true, message: t('assistance.ledger.kindRequired') }]}
        >
          <Select
            placeholder={t('common.select')}
            options={SERVICE_KINDS.map((k) => ({ value: k.key, label: lang === 'en' ? k.nameEn : k.name }))}
          />
        </Form.Item>
        <Form.Item
          name="serviceOn"
          label={t('assistance.ledger.serviceOn')}
          rules={[{ required: true, message: t('assistance.ledger.serviceOnRequired') }]}
          getValueProps={(value?: string) => ({ value: value ? dayjs(value) : undefined })}
          normalize={(value: Dayjs | null) => value?.format('YYYY-MM-DD')}
        >
          <DatePicker
            style={{ width: '100%' }}
            inputReadOnly={isPhone}
            disabledDate={(day) => day.format('YYYY-MM-DD') > today}
          />
        </Form.Item>
        {kind === 'job_referral' && (
          <Form.Item
            name="postingId"
            label={t('assistance.ledger.posting')}
            extra={t('assistance.ledger.postingHint')}
            rules={[{ required: true, message: t('assistance.ledger.postingRequired') }]}
          >
            <Select
              showSearch={{ optionFilterProp: 'label' }}
              loading={recommendations.isFetching}
              placeholder={t('assistance.ledger.postingPlaceholder')}
              notFoundContent={
                recommendations.isFetching ? undefined : (
                  <Typography.Text type="secondary">
                    {recommendations.error
                      ? t('assistance.ledger.postingError')
                      : t('assistance.ledger.postingNone')}
                  </Typography.Text>
                )
              }
              options={(recommendations.data?.items ?? []).map((r) => ({
                value: r.posting.id,
                label: `${r.posting.title} · ${r.posting.organisationName}`,
              }))}
              data-testid="posting-select"
            />
          </Form.Item>
        )}
        {kind === 'training_offer' && listsProgrammes && (
          <Form.Item
            name="programmeId"
            label={t('assistance.ledger.programme')}
            extra={t('assistance.ledger.programmeHint')}
          >
            <Select
              allowClear
              showSearch={{ optionFilterProp: 'label' }}
              loading={programmes.isFetching}
              placeholder={t('assistance.ledger.programmePlaceholder')}
              options={(programmes.data ?? []).map((p) => ({ value: p.id, label: p.name }))}
            />
          </Form.Item>
        )}
        <Form.Item
          name="note"
          label={t('assistance.ledger.note')}
          rules={
            noteRequired
              ? [
                  {
                    required: true,
                    whitespace: true,
                    message: t(
                      kind === 'traineeship_offer'
                        ? 'assistance.ledger.noteTraineeship'
                        : 'assistance.ledger.noteTraining',
                    ),
                  },
                ]
              : []
          }
        >
          <Input.TextArea
            rows={3}
            maxLength={SERVICE_NOTE_MAX}
            showCount
            placeholder={t('assistance.ledger.notePlaceholder')}
          />
        </Form.Item>
      </Form>
    </FormModal>
  );
}
