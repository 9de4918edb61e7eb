import { EVIDENCE_MAX_FILES, proofKindsFor } from '@jiuye/domain/destinations/review';
import { Alert, App, Button, Card, Col, Flex, Form, Row, Skeleton, Typography } from 'antd';
import { useState } from 'react';
import { PageHeader } from '../../../components/PageHeader';
import { ErrorAlert } from '../../../lib/errors';
import { useI18n } from '../../../lib/i18n';
import {
  useDestination,
  useOfferDraft,
  useSaveDestination,
  type DestinationInput,
  type DestinationView,
} from '../api';
import {
  DestinationForm,
  useDestinationErrorHandler,
  type DestinationFormValues,
} from '../components/DestinationForm';
import { DestinationHistory } from '../components/DestinationHistory';
import { EvidenceList } from '../components/EvidenceList';
import { EvidenceUpload } from '../components/EvidenceUpload';
import { RegistrationDetails } from '../components/RegistrationDetails';
import { StatusCard } from '../components/StatusCard';
import { evidenceKindName } from '../labels';

/**
 * The form for the graduate's own registration (before the deadline), starting from `initial`. Keyed
 * by version by its parent, so a saved version (trimmed and normalised by the server) is what the
 * fields show afterwards.
 */
function RegistrationEditor({ view, initial }: { view: DestinationView; initial: DestinationInput | null }) {
  const { t } = useI18n();
  const { message, modal } = App.useApp();
  const [form] = Form.useForm<DestinationFormValues>();
  const save = useSaveDestination(null);
  const onError = useDestinationErrorHandler(form);
  const r = view.registration;

  const submit = (input: DestinationInput) => {
    const send = () =>
      save.mutate(input, {
        onSuccess: () => void message.success(t(r ? 'destinations.savedAgain' : 'destinations.saved')),
        onError,
      });
    // Changing an approved registration voids its verification number until it is approved again.
    if (r?.status === 'approved')
      modal.confirm({
        title: t('destinations.changeApprovedTitle'),
        content: t('destinations.changeApprovedText'),
        okText: t('destinations.changeApprovedOk'),
        cancelText: t('common.cancel'),
        onOk: send,
      });
    else send();
  };

  return (
    <DestinationForm form={form} initial={initial} onSubmit={submit} testId="destination-form">
      <Flex gap={12} align="center" wrap>
        <Button type="primary" htmlType="submit" loading={save.isPending} data-testid="destination-submit">
          {t(r ? 'destinations.resubmit' : 'destinations.submit')}
        </Button>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('destinations.submitHint')}
        </Typography.Text>
      </Flex>
    </DestinationForm>
  );
}

/** The registration: a form until the deadline, read-only after it. */
function RegistrationCard({ view }: { view: DestinationView }) {
  const { t } = useI18n();
  const r = view.registration;
  return (
    <Card size="small" title={t('destinations.formTitle')}>
      {view.editable ? (
        <EditableRegistration view={view} />
      ) : r ? (
        // Past the deadline the graduate reads what is registered; changes go through the career centre.
        <RegistrationDetails code={r.destinationCode} details={r.details} />
      ) : (
        <Typography.Text type="secondary">{t('destinations.notRegisteredClosed')}</Typography.Text>
      )}
    </Card>
  );
}

/**
 * The form before the deadline. Before a first save, an offer the graduate signed on the platform
 * can fill it in (the graduate still checks and completes it).
 */
function EditableRegistration({ view }: { view: DestinationView }) {
  const { t } = useI18n();
  const r = view.registration;
  const draft = useOfferDraft(!r);
  const [fromDraft, setFromDraft] = useState(false);
  const offer = draft.data;
  const initial = r
    ? { destinationCode: r.destinationCode, details: r.details }
    : fromDraft && offer
      ? { destinationCode: offer.destinationCode, details: offer.details }
      : null;
  return (
    <>
      {!r && offer && !fromDraft && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          title={t('destinations.draft.title', {
            name: offer.details.form === 'unit' ? offer.details.name : '',
          })}
          description={
            <Flex vertical gap={8} align="flex-start">
              <span>{t('destinations.draft.hint')}</span>
              <Button size="small" onClick={() => setFromDraft(true)} data-testid="use-offer-draft">
                {t('destinations.draft.use')}
              </Button>
            </Flex>
          }
        />
      )}
      {/* Remounted for a new version or the draft, so the fields start from it. */}
      <RegistrationEditor key={r?.version ?? (fromDraft ? 'draft' : 'new')} view={view} initial={initial} />
    </>
  );
}

/** The graduate's proof: what the destination needs, the files kept, and the upload. */
function EvidenceCard({ view }: { view: DestinationView }) {
  const { t, lang } = useI18n();
  const r = view.registration;
  const proof = r ? proofKindsFor(r.destinationCode) : [];
  const approved = r?.status === 'approved';
  return (
    <Card
      size="small"
      title={t('destinations.evidence.titleCount', { n: view.evidence.length, max: EVIDENCE_MAX_FILES })}
    >
      {r ? (
        <Flex vertical gap={12}>
          <Typography.Text type="secondary">
            {proof.length === 0
              ? t('destinations.evidence.noProofNeeded')
              : t(
                  proof.length === 1
                    ? 'destinations.evidence.proofHint'
                    : 'destinations.evidence.proofHintAny',
                  {
                    kinds: proof.map((k) => evidenceKindName(k, lang)).join(t('common.listSeparator')),
                  },
                )}
          </Typography.Text>
          <EvidenceList evidence={view.evidence} graduateId={null} removable={view.editable && !approved} />
          {approved && view.evidence.length > 0 && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('destinations.evidence.keptAfterApproval')}
            </Typography.Text>
          )}
          {view.editable && (
            <EvidenceUpload
              graduateId={null}
              destinationCode={r.destinationCode}
              count={view.evidence.length}
            />
          )}
        </Flex>
      ) : (
        // Evidence belongs to a registration: there is nothing to list or attach it to yet.
        <Typography.Text type="secondary">{t('destinations.evidence.saveFirst')}</Typography.Text>
      )}
    </Card>
  );
}

/** 毕业去向登记: the graduate registers where they went, proves it, and follows the review. */
export function MyDestinationPage() {
  const { t } = useI18n();
  const { data, isPending, error, refetch } = useDestination(null);
  return (
    <>
      <PageHeader title={t('nav.myDestination')} />
      {error && <ErrorAlert error={error} onRetry={() => void refetch()} />}
      {isPending && <Skeleton active paragraph={{ rows: 12 }} />}
      {data && (
        <Flex vertical gap={16}>
          <StatusCard view={data} />
          <Row gutter={[16, 16]}>
            <Col xs={24} xl={14}>
              <RegistrationCard view={data} />
            </Col>
            <Col xs={24} xl={10}>
              <Flex vertical gap={16}>
                <EvidenceCard view={data} />
                {data.registration && (
                  <Card size="small" title={t('destinations.history.title')}>
                    <DestinationHistory events={data.events} versions={data.versions} />
                  </Card>
                )}
              </Flex>
            </Col>
          </Row>
        </Flex>
      )}
    </>
  );
}
