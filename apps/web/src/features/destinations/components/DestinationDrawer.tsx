import { can } from '@jiuye/domain/permissions';
import { Alert, App, Button, Card, Drawer, Empty, Flex, Skeleton, Typography } from 'antd';
import { useState } from 'react';
import { ApiError } from '../../../lib/api';
import { ErrorAlert, ErrorDetails, useShowError } from '../../../lib/errors';
import { formatDateTime } from '../../../lib/format';
import { useI18n } from '../../../lib/i18n';
import { useIsPhone } from '../../../lib/responsive';
import { useCurrentUser } from '../../auth/api';
import { useDestination, useReview, type Decision, type DestinationView, type ReviewItem } from '../api';
import { DestinationStatusTag, reviewStatusOf } from '../labels';
import { BlockersAlert } from './BlockersAlert';
import { DecisionModal } from './DecisionModal';
import { DestinationHistory } from './DestinationHistory';
import { EditOnBehalfModal } from './EditOnBehalfModal';
import { EvidenceList } from './EvidenceList';
import { EvidenceUpload } from './EvidenceUpload';
import { RegistrationDetails } from './RegistrationDetails';

/** The graduate, the state of their registration, and the decisions the reviewer can take on it. */
function Summary({
  view,
  row,
  onDecide,
  onEdit,
}: {
  view: DestinationView;
  row: ReviewItem | undefined;
  onDecide: ((decision: Decision) => void) | null;
  onEdit: (() => void) | null;
}) {
  const { t } = useI18n();
  const r = view.registration;
  return (
    <Card size="small">
      <Flex vertical gap={8}>
        <Flex gap={8} align="center" wrap>
          <Typography.Text strong style={{ fontSize: 16 }} data-testid="destination-graduate">
            {view.name}
          </Typography.Text>
          <Typography.Text type="secondary">
            {t('destinationReview.cohort', { year: view.graduationYear })}
          </Typography.Text>
          {r && <DestinationStatusTag status={r.status} />}
        </Flex>
        {row && (
          <Typography.Text type="secondary" style={{ overflowWrap: 'anywhere' }}>
            {row.studentNo} · {row.collegeName}
          </Typography.Text>
        )}
        {r && (
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('destinations.versionNo', { n: r.version })} ·{' '}
            {t('destinations.updatedAt', { at: formatDateTime(r.updatedAt) })}
          </Typography.Text>
        )}
        {r?.status === 'returned' && r.returnReason && (
          <Typography.Text type="danger" style={{ overflowWrap: 'anywhere' }}>
            {t('destinations.returnReason', { reason: r.returnReason })}
          </Typography.Text>
        )}
        {r?.verificationNo && (
          <Typography.Text>
            {t('destinations.verificationNo')}
            <Typography.Text strong copyable style={{ fontFamily: 'monospace' }}>
              {r.verificationNo}
            </Typography.Text>
          </Typography.Text>
        )}
        {(onDecide || onEdit) && (
          <Flex gap={8} wrap>
            {onDecide && (
              <>
                <Button type="primary" onClick={() => onDecide('approve')} data-testid="approve">
                  {t('destinationReview.approve')}
                </Button>
                <Button danger onClick={() => onDecide('return')} data-testid="return">
                  {t('destinationReview.return')}
                </Button>
              </>
            )}
            {onEdit && (
              <Button onClick={onEdit} data-testid="edit-on-behalf">
                {t('destinationReview.edit')}
              </Button>
            )}
          </Flex>
        )}
      </Flex>
    </Card>
  );
}

/**
 * One graduate's registration for a reviewer: details, evidence (each opening is audited), what
 * blocks approval, the history, and approve / return at the reviewer's own stage. The career centre
 * also changes it and uploads evidence on the graduate's behalf.
 */
export function DestinationDrawer({
  graduateId,
  row,
  onClose,
}: {
  graduateId: string | null;
  /** The list row it was opened from, for the 学号 and college the registration itself does not carry. */
  row?: ReviewItem;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const me = useCurrentUser();
  const isPhone = useIsPhone();
  const { message } = App.useApp();
  const showError = useShowError();
  const view = useDestination(graduateId, graduateId !== null);
  const review = useReview(graduateId ?? '');
  const [decision, setDecision] = useState<Decision | null>(null);
  // A refusal (409: another stage, missing proof) stays on screen next to what it is about.
  const [refusal, setRefusal] = useState<unknown>(null);
  const [editing, setEditing] = useState(false);
  const v = view.data;
  const r = v?.registration;
  const mayDecide = !!r && r.status === reviewStatusOf(me.role);
  const mayEdit = !!v?.editable && can(me.role, 'destinations.edit');

  const decide = (reason: string | undefined) =>
    decision &&
    review.mutate(
      { decision, reason },
      {
        onSuccess: (next) => {
          setDecision(null);
          setRefusal(null);
          void message.success(
            t(decision === 'return' ? 'destinationReview.returned' : 'destinationReview.approved', {
              status: next.registration ? t(`destinations.status.${next.registration.status}`) : '',
            }),
          );
        },
        onError: (error) => {
          setDecision(null);
          if (error instanceof ApiError && (error.code === 'conflict' || error.code === 'validation_failed'))
            setRefusal(error);
          else showError(error);
        },
      },
    );

  return (
    <Drawer
      open={graduateId !== null}
      onClose={onClose}
      size={isPhone ? '100%' : 720}
      title={t('destinationReview.detailTitle')}
      destroyOnHidden
      afterOpenChange={(open) => !open && setRefusal(null)}
      data-testid="destination-drawer"
    >
      {view.error && <ErrorAlert error={view.error} onRetry={() => void view.refetch()} />}
      {!v && !view.error && <Skeleton active paragraph={{ rows: 10 }} />}
      {v && (
        <Flex vertical gap={16}>
          <Summary
            view={v}
            row={row}
            onDecide={mayDecide ? setDecision : null}
            onEdit={mayEdit ? () => setEditing(true) : null}
          />
          {refusal !== null && (
            <Alert
              type="error"
              showIcon
              closable={{ onClose: () => setRefusal(null) }}
              title={t('destinationReview.refused')}
              // The message already lists the blockers the issues repeat.
              description={<ErrorDetails error={refusal} title="" issues={[]} />}
              data-testid="review-refusal"
            />
          )}
          {r && r.status !== 'approved' && (
            <BlockersAlert blockers={v.blockers} title={t('destinationReview.blockersTitle')} />
          )}
          <Card size="small" title={t('destinations.formTitle')}>
            {r ? (
              <RegistrationDetails code={r.destinationCode} details={r.details} />
            ) : (
              <Empty
                image={Empty.PRESENTED_IMAGE_SIMPLE}
                description={t('destinationReview.notRegistered')}
              />
            )}
          </Card>
          <Card size="small" title={t('destinations.evidence.title')}>
            <Flex vertical gap={12}>
              <EvidenceList evidence={v.evidence} graduateId={v.graduateId} removable={false} />
              {mayEdit && r && (
                <EvidenceUpload
                  graduateId={v.graduateId}
                  destinationCode={r.destinationCode}
                  count={v.evidence.length}
                />
              )}
            </Flex>
          </Card>
          <Card size="small" title={t('destinations.history.title')}>
            <DestinationHistory events={v.events} versions={v.versions} />
          </Card>
        </Flex>
      )}
      <DecisionModal
        decision={decision}
        count={1}
        pending={review.isPending}
        onCancel={() => setDecision(null)}
        onConfirm={decide}
      />
      {editing && v && <EditOnBehalfModal view={v} onClose={() => setEditing(false)} />}
    </Drawer>
  );
}
