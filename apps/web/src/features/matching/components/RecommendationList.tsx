import { BulbOutlined } from '@ant-design/icons';
import { Flex, Tag, Tooltip } from 'antd';
import type { ReactNode } from 'react';
import { useT, type MessageKey, type Translate } from '../../../lib/i18n';
import { JobCard } from '../../jobs/components/JobCard';
import type { MatchReason, MissingKey, Recommendation } from '../api';

// Matched skills are written after the label; past a few the tag would outgrow a phone card, so the
// rest wait in the tooltip (which holds them all).
const SHOWN_ITEMS = 3;

const MISSING_LABEL: Record<MissingKey, MessageKey> = {
  regions: 'recs.missing.regions',
  salary: 'recs.missing.salary',
  occupations: 'recs.missing.occupations',
  skills: 'recs.missing.skills',
};

/** "意向地区、期望月薪": what is missing, named in the reader's language. */
export function missingText(t: Translate, missing: readonly MissingKey[]): string {
  return missing.map((key) => t(MISSING_LABEL[key])).join(t('common.listSeparator'));
}

function ReasonTag({ reason }: { reason: MatchReason }) {
  const t = useT();
  const items = reason.items ?? [];
  const shown = items.slice(0, SHOWN_ITEMS).join('、') + (items.length > SHOWN_ITEMS ? '…' : '');
  const tag = (
    <Tag color="blue" style={{ marginInlineEnd: 0, whiteSpace: 'normal' }} data-testid="match-reason">
      {items.length > 0 ? t('recs.reasonItems', { label: reason.label, items: shown }) : reason.label}
    </Tag>
  );
  return items.length > 0 ? <Tooltip title={items.join('、')}>{tag}</Tooltip> : tag;
}

/** The model's reasons for one posting, strongest first (the server's order). */
export function ReasonTags({ reasons }: { reasons: readonly MatchReason[] }) {
  const t = useT();
  if (reasons.length === 0) return null;
  return (
    <Flex
      wrap
      gap={4}
      align="center"
      style={{ marginTop: 6 }}
      role="list"
      aria-label={t('recs.reasons')}
      data-testid="match-reasons"
    >
      <BulbOutlined aria-hidden style={{ color: '#1677ff' }} />
      {reasons.map((reason) => (
        <span role="listitem" key={reason.label}>
          <ReasonTag reason={reason} />
        </span>
      ))}
    </Flex>
  );
}

/** Recommended postings as job cards with their reasons; two columns where there is room. */
export function RecommendationList({
  items,
  action,
  testId = 'recommendations',
}: {
  items: readonly Recommendation[];
  action?: (item: Recommendation) => ReactNode;
  testId?: string;
}) {
  return (
    <ul
      data-testid={testId}
      style={{
        listStyle: 'none',
        margin: 0,
        padding: 0,
        display: 'grid',
        gap: 12,
        gridTemplateColumns: 'repeat(auto-fill, minmax(min(100%, 340px), 1fr))',
      }}
    >
      {items.map((item) => (
        <li key={item.posting.id} data-testid="recommendation">
          <JobCard posting={item.posting} action={action?.(item)}>
            <ReasonTags reasons={item.reasons} />
          </JobCard>
        </li>
      ))}
    </ul>
  );
}
