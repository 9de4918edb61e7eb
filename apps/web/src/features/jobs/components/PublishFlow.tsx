import { App, Button, Checkbox, Flex, List, Modal, Typography } from 'antd';
import { useState, type ReactNode } from 'react';
import { Link } from 'react-router';
import { ApiError, type ApiIssue } from '../../../lib/api';
import { errorTitle, ErrorDetails, issueField } from '../../../lib/errors';
import { useI18n, type Translate } from '../../../lib/i18n';
import type { Finding } from '../../compliance/api';
import { sortFindings } from '../../compliance/components/FindingList';
import { SeverityTag } from '../../compliance/components/Tags';
import { categoryLabel } from '../../compliance/labels';
import { POSTING_FIELD_LABELS } from '../labels';
import { usePublishJob, type Posting } from '../api';

/** The server names fields by their API names; a reader wants the labels the form shows. */
export function localIssues(error: unknown, t: Translate): ApiIssue[] | undefined {
  if (!(error instanceof ApiError)) return undefined;
  return error.issues.map((issue) => {
    const field = issueField(issue.path);
    const label = (
      POSTING_FIELD_LABELS as Record<
        string,
        (typeof POSTING_FIELD_LABELS)[keyof typeof POSTING_FIELD_LABELS] | undefined
      >
    )[field];
    return { path: label ? t(label) : issue.path, message: issue.message };
  });
}

function FindingLine({ finding }: { finding: Finding }) {
  const { t, lang } = useI18n();
  return (
    <Flex vertical gap={2} style={{ minWidth: 0 }}>
      <Flex align="center" wrap gap={4}>
        <SeverityTag severity={finding.severity} />
        <Typography.Text strong>{categoryLabel(finding.category, lang, t)}</Typography.Text>
        {finding.excerpt && (
          <Typography.Text style={{ overflowWrap: 'anywhere' }}>「{finding.excerpt}」</Typography.Text>
        )}
      </Flex>
      <Typography.Text type="secondary">{finding.suggestion}</Typography.Text>
    </Flex>
  );
}

/** Every warning must be ticked before the employer can confirm; the acknowledgement is recorded. */
function AcknowledgeModal({
  posting,
  pending,
  onConfirm,
  onCancel,
}: {
  posting: Posting | null;
  pending: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  const [ticked, setTicked] = useState<ReadonlySet<number>>(new Set());
  const warnings = (posting?.compliance.findings ?? []).filter((finding) => finding.severity === 'warn');
  const allTicked = warnings.length > 0 && warnings.every((_, index) => ticked.has(index));
  const toggle = (index: number, on: boolean) =>
    setTicked((previous) => {
      const next = new Set(previous);
      if (on) next.add(index);
      else next.delete(index);
      return next;
    });
  return (
    <Modal
      open={posting !== null}
      title={t('jobs.ack.title')}
      onCancel={onCancel}
      afterOpenChange={(open) => !open && setTicked(new Set())}
      destroyOnHidden
      width={600}
      footer={
        <Flex justify="end" gap={8} wrap>
          <Button onClick={onCancel}>{t('common.cancel')}</Button>
          <Button type="primary" disabled={!allTicked} loading={pending} onClick={onConfirm}>
            {t('jobs.ack.confirm')}
          </Button>
        </Flex>
      }
    >
      <Typography.Paragraph>{t('jobs.ack.intro', { n: warnings.length })}</Typography.Paragraph>
      <List
        data-testid="ack-list"
        bordered
        dataSource={warnings}
        renderItem={(finding, index) => (
          <List.Item>
            <Flex vertical gap={8} style={{ width: '100%' }}>
              <FindingLine finding={finding} />
              <Checkbox checked={ticked.has(index)} onChange={(event) => toggle(index, event.target.checked)}>
                {t('jobs.ack.checkbox')}
              </Checkbox>
            </Flex>
          </List.Item>
        )}
      />
      <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0 }}>
        {t('jobs.ack.review')}
      </Typography.Paragraph>
    </Modal>
  );
}

/** Why a blocked posting cannot go out, with a way to the form that fixes it. */
function BlockedModal({
  posting,
  onClose,
  editLink,
}: {
  posting: Posting | null;
  onClose: () => void;
  editLink: boolean;
}) {
  const { t } = useI18n();
  const blocking = (posting?.compliance.findings ?? []).filter((finding) => finding.severity === 'block');
  return (
    <Modal
      open={posting !== null}
      title={t('jobs.blocked.title')}
      onCancel={onClose}
      destroyOnHidden
      width={600}
      footer={
        <Flex justify="end" gap={8} wrap>
          <Button onClick={onClose}>{t('common.close')}</Button>
          {editLink && posting && (
            <Link to={`/postings/${encodeURIComponent(posting.id)}/edit`}>
              <Button type="primary">{t('jobs.blocked.edit')}</Button>
            </Link>
          )}
        </Flex>
      }
    >
      <div data-testid="blocked-explanation">
        <Typography.Paragraph>{t('jobs.blocked.intro', { n: blocking.length })}</Typography.Paragraph>
        <List
          bordered
          dataSource={sortFindings(blocking)}
          renderItem={(finding) => (
            <List.Item>
              <FindingLine finding={finding} />
            </List.Item>
          )}
        />
      </div>
    </Modal>
  );
}

/**
 * Publishing as the law wants it: a blocked ad is explained, not sent; warnings are acknowledged one by one;
 * a refusal from the server (unverified organisation, already published, …) is shown with all its issues.
 * `start` takes the posting as saved, whose check is the one the server will apply.
 */
export function usePublishFlow({
  onPublished,
  editLink = true,
}: { onPublished?: (posting: Posting) => void; editLink?: boolean } = {}): {
  start: (posting: Posting) => void;
  pending: boolean;
  dialogs: ReactNode;
} {
  const { t } = useI18n();
  const { message } = App.useApp();
  const publish = usePublishJob();
  const [blocked, setBlocked] = useState<Posting | null>(null);
  const [acknowledging, setAcknowledging] = useState<Posting | null>(null);
  const [refusal, setRefusal] = useState<unknown>(null);

  const send = (posting: Posting, acknowledgeWarnings: boolean) =>
    publish.mutate(
      { id: posting.id, acknowledgeWarnings },
      {
        onSuccess: (published) => {
          setAcknowledging(null);
          void message.success(t('jobs.publishedMessage', { title: published.title }));
          onPublished?.(published);
        },
        onError: (error) => {
          setAcknowledging(null);
          setRefusal(error);
        },
      },
    );

  const start = (posting: Posting) => {
    switch (posting.compliance.verdict) {
      case 'block':
        setBlocked(posting);
        return;
      case 'warn':
        setAcknowledging(posting);
        return;
      case 'pass':
        send(posting, false);
        return;
    }
  };

  const dialogs = (
    <>
      <BlockedModal posting={blocked} onClose={() => setBlocked(null)} editLink={editLink} />
      <AcknowledgeModal
        posting={acknowledging}
        pending={publish.isPending}
        onConfirm={() => acknowledging && send(acknowledging, true)}
        onCancel={() => setAcknowledging(null)}
      />
      <Modal
        open={refusal !== null}
        title={t('jobs.publishRefused')}
        onCancel={() => setRefusal(null)}
        footer={
          <Button type="primary" onClick={() => setRefusal(null)}>
            {t('common.close')}
          </Button>
        }
      >
        <div data-testid="publish-refusal">
          <Typography.Paragraph strong>{errorTitle(t, refusal)}</Typography.Paragraph>
          <ErrorDetails error={refusal} title={errorTitle(t, refusal)} issues={localIssues(refusal, t)} />
        </div>
      </Modal>
    </>
  );

  return { start, pending: publish.isPending, dialogs };
}
