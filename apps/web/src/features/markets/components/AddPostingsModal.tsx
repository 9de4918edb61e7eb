import { Alert, Button, Checkbox, Empty, Flex, Input, List, Modal, Pagination, Spin, Typography } from 'antd';
import { useState } from 'react';
import { useShowError } from '../../../lib/errors';
import { formatCount } from '../../../lib/format';
import { useT } from '../../../lib/i18n';
import { useDebouncedValue } from '../../../lib/useDebouncedValue';
import { useJobSearch, type SearchCard } from '../../jobs/api';
import { formatSalary } from '../../jobs/labels';
import { MAX_JOB_QUERY } from '../../jobs/params';
import { useAddMarketPostings, type AddPostingsResult, type Market } from '../api';

const PAGE_SIZE = 10;
/** The server's limit per request. */
const MAX_SELECTED = 100;

/**
 * 添加岗位: search the published postings, tick several (across pages), add them at once; the
 * answer lists any that were skipped, with the server's reason.
 */
export function AddPostingsModal({
  market,
  open,
  onClose,
}: {
  market: Market;
  open: boolean;
  onClose: () => void;
}) {
  const t = useT();
  const showError = useShowError();
  const [text, setText] = useState('');
  const q = useDebouncedValue(text.trim(), 400);
  const [page, setPage] = useState(1);
  const [selected, setSelected] = useState<Map<string, string>>(new Map());
  const [result, setResult] = useState<{ outcome: AddPostingsResult; titles: Map<string, string> } | null>(
    null,
  );
  const search = useJobSearch(
    { q: q || undefined, sort: q ? 'relevance' : 'newest', page, pageSize: PAGE_SIZE },
    open,
  );
  const add = useAddMarketPostings();

  const toggle = (card: SearchCard, checked: boolean) =>
    setSelected((current) => {
      const next = new Map(current);
      if (checked) next.set(card.id, card.title);
      else next.delete(card.id);
      return next;
    });

  const close = () => {
    setSelected(new Map());
    setResult(null);
    setText('');
    setPage(1);
    onClose();
  };

  const submit = () =>
    add.mutate(
      { id: market.id, postingIds: [...selected.keys()] },
      {
        onSuccess: (outcome) => {
          setResult({ outcome, titles: selected });
          setSelected(new Map());
        },
        onError: showError,
      },
    );

  const items = search.data?.items ?? [];
  return (
    <Modal
      open={open}
      title={t('markets.addTitle', { name: market.name })}
      onCancel={close}
      width={720}
      footer={
        <Flex justify="space-between" align="center" gap={8} wrap>
          <Typography.Text type="secondary" data-testid="selected-count">
            {t('markets.selectedCount', { n: selected.size })}
          </Typography.Text>
          <Flex gap={8}>
            <Button onClick={close}>{t('common.close')}</Button>
            <Button
              type="primary"
              disabled={selected.size === 0}
              loading={add.isPending}
              onClick={submit}
              data-testid="add-selected"
            >
              {t('markets.addSelected', { n: selected.size })}
            </Button>
          </Flex>
        </Flex>
      }
    >
      {result && (
        <Alert
          data-testid="add-result"
          type={result.outcome.skipped.length > 0 ? 'warning' : 'success'}
          showIcon
          style={{ marginBottom: 12 }}
          title={t('markets.addedN', { n: result.outcome.added })}
          description={
            result.outcome.skipped.length > 0 && (
              <ul style={{ margin: 0, paddingInlineStart: 20 }}>
                {result.outcome.skipped.map((skip) => (
                  <li key={skip.postingId}>
                    {t('markets.skipped', {
                      title: result.titles.get(skip.postingId) ?? skip.postingId,
                      reason: skip.reason,
                    })}
                  </li>
                ))}
              </ul>
            )
          }
        />
      )}
      <Input.Search
        allowClear
        value={text}
        maxLength={MAX_JOB_QUERY}
        onChange={(event) => {
          setText(event.target.value);
          setPage(1);
        }}
        placeholder={t('markets.addSearchPlaceholder')}
        aria-label={t('markets.addSearchPlaceholder')}
        style={{ marginBottom: 12 }}
      />
      <Spin spinning={search.isFetching}>
        <List<SearchCard>
          data-testid="add-candidates"
          dataSource={items}
          locale={{ emptyText: <Empty description={t('search.empty')} /> }}
          renderItem={(card) => {
            const checked = selected.has(card.id);
            return (
              <List.Item style={{ paddingInline: 4 }}>
                <Checkbox
                  checked={checked}
                  disabled={!checked && selected.size >= MAX_SELECTED}
                  onChange={(event) => toggle(card, event.target.checked)}
                  style={{ minWidth: 0 }}
                >
                  <Flex vertical style={{ minWidth: 0 }}>
                    <Typography.Text strong style={{ overflowWrap: 'anywhere' }}>
                      {card.title}
                    </Typography.Text>
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {card.organisationName} · {formatSalary(t, card.salaryMin, card.salaryMax)}
                    </Typography.Text>
                  </Flex>
                </Checkbox>
              </List.Item>
            );
          }}
        />
      </Spin>
      {(search.data?.total ?? 0) > PAGE_SIZE && (
        <Pagination
          size="small"
          align="center"
          style={{ marginTop: 8 }}
          current={page}
          pageSize={PAGE_SIZE}
          total={search.data?.total ?? 0}
          showSizeChanger={false}
          showTotal={(total) =>
            t('search.total', { total: `${formatCount(total)}${search.data?.totalCapped ? '+' : ''}` })
          }
          onChange={setPage}
        />
      )}
    </Modal>
  );
}
