import { App, Button, Flex } from 'antd';
import { Link } from 'react-router';
import { useShowError } from '../../../lib/errors';
import { useT } from '../../../lib/i18n';
import { useCloseJob, type Posting } from '../api';

/**
 * 编辑 / 发布 / 推荐人选 / 关闭 for one of the employer's postings, offered only where the state
 * allows it.
 */
export function PostingActions({
  posting,
  onPublish,
  publishing,
  onSuggest,
}: {
  posting: Posting;
  onPublish: (posting: Posting) => void;
  publishing: boolean;
  /** Opens the suggested graduates of a published posting. */
  onSuggest?: (posting: Posting) => void;
}) {
  const t = useT();
  const { modal, message } = App.useApp();
  const close = useCloseJob();
  const showError = useShowError();
  const mayPublish = posting.status === 'draft' || posting.status === 'closed';

  const confirmClose = () =>
    modal.confirm({
      title: t('jobs.closeConfirmTitle', { title: posting.title }),
      content: t('jobs.closeConfirm'),
      okText: t('jobs.action.close'),
      cancelText: t('common.cancel'),
      onOk: () =>
        close.mutateAsync(posting.id).then(
          () => void message.success(t('jobs.closedMessage')),
          (error: unknown) => showError(error),
        ),
    });

  return (
    <Flex wrap gap={4}>
      <Link
        to={`/postings/${encodeURIComponent(posting.id)}/edit`}
        aria-label={t('jobs.editLabel', { title: posting.title })}
      >
        <Button size="small">{t('jobs.action.edit')}</Button>
      </Link>
      {mayPublish && (
        <Button
          size="small"
          type="primary"
          loading={publishing}
          onClick={() => onPublish(posting)}
          aria-label={t('jobs.publishLabel', { title: posting.title })}
        >
          {t('jobs.action.publish')}
        </Button>
      )}
      {posting.status === 'published' && onSuggest && (
        <Button
          size="small"
          onClick={() => onSuggest(posting)}
          aria-label={t('suggested.actionLabel', { title: posting.title })}
        >
          {t('suggested.action')}
        </Button>
      )}
      {posting.status === 'published' && (
        <Button
          size="small"
          danger
          onClick={confirmClose}
          aria-label={t('jobs.closeLabel', { title: posting.title })}
        >
          {t('jobs.action.close')}
        </Button>
      )}
    </Flex>
  );
}
