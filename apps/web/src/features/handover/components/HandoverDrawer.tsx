import { EyeOutlined, PhoneOutlined } from '@ant-design/icons';
import { DEGREE_LEVELS } from '@jiuye/domain/reference/degree-levels';
import {
  Button,
  Card,
  Descriptions,
  Drawer,
  Empty,
  Flex,
  Popconfirm,
  Skeleton,
  Tag,
  Timeline,
  Typography,
} from 'antd';
import { useState } from 'react';
import { ErrorAlert, useShowError } from '../../../lib/errors';
import { EMPTY, formatDateTime } from '../../../lib/format';
import { useI18n, type Lang, type Translate } from '../../../lib/i18n';
import { useIsPhone } from '../../../lib/responsive';
import { useHandover, useRevealPhone, type Followup, type HandoverDetail } from '../api';
import { followupKindName, GoalDue, HandoverStateTag, outcomeName } from '../labels';
import { FollowupForm } from './FollowupForm';

/** A degree by key or by its Chinese name (the hand-over list sends 本科), in the UI's language. */
export function degreeName(key: string, lang: Lang): string {
  const d = DEGREE_LEVELS.find((x) => x.key === key || x.nameZh === key);
  return d ? (lang === 'en' ? d.nameEn : d.nameZh) : key;
}

export function genderName(gender: string, t: Translate): string {
  return gender === 'male' ? t('monitoring.male') : gender === 'female' ? t('monitoring.female') : gender;
}

/** The phone, masked; the office may reveal it (the reveal is audited, and says so before). */
function Phone({ item, reveals }: { item: HandoverDetail; reveals: boolean }) {
  const { t } = useI18n();
  const showError = useShowError();
  const reveal = useRevealPhone();
  const [phone, setPhone] = useState<string | null>(null);
  if (!item.phone) return <>{EMPTY}</>;
  if (phone)
    return (
      <Flex gap={8} align="center" wrap>
        <Typography.Text copyable data-testid="revealed-phone">
          {phone}
        </Typography.Text>
        <Button size="small" icon={<PhoneOutlined />} href={`tel:${phone}`}>
          {t('handover.call')}
        </Button>
      </Flex>
    );
  return (
    <Flex gap={8} align="center" wrap>
      <span>{item.phone}</span>
      {reveals && (
        <Popconfirm
          title={t('handover.revealTitle')}
          description={t('handover.revealAudit')}
          okText={t('handover.reveal')}
          cancelText={t('common.cancel')}
          onConfirm={() =>
            reveal.mutateAsync(item.graduateId).then(
              (r) => setPhone(r.phone ?? EMPTY),
              (e: unknown) => showError(e),
            )
          }
        >
          <Button size="small" icon={<EyeOutlined />} loading={reveal.isPending} data-testid="reveal-phone">
            {t('handover.reveal')}
          </Button>
        </Popconfirm>
      )}
    </Flex>
  );
}

function FollowupTimeline({ followups }: { followups: Followup[] }) {
  const { t, lang } = useI18n();
  if (followups.length === 0)
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('handover.noFollowups')} />;
  const sorted = [...followups].sort(
    (a, b) => b.on.localeCompare(a.on) || b.createdAt.localeCompare(a.createdAt),
  );
  return (
    <Timeline
      data-testid="followup-timeline"
      items={sorted.map((f) => ({
        key: f.id,
        color: f.kind === 'outcome' ? 'green' : f.kind === 'contact' && f.reached === false ? 'gray' : 'blue',
        content: (
          <>
            <Flex gap={6} wrap align="center">
              <Typography.Text strong>{followupKindName(f.kind, lang)}</Typography.Text>
              {f.kind === 'contact' && f.reached !== null && (
                <Tag color={f.reached ? 'success' : 'default'} style={{ marginInlineEnd: 0 }}>
                  {t(f.reached ? 'handover.reachedYes' : 'handover.reachedNo')}
                </Tag>
              )}
              {f.outcome && (
                <Tag color="green" style={{ marginInlineEnd: 0 }}>
                  {outcomeName(f.outcome, lang)}
                </Tag>
              )}
            </Flex>
            {f.note && <div style={{ overflowWrap: 'anywhere', whiteSpace: 'pre-wrap' }}>{f.note}</div>}
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {f.on} · {f.actorName} · {t('handover.recordedAt', { at: formatDateTime(f.createdAt) })}
            </Typography.Text>
          </>
        ),
      }))}
    />
  );
}

/**
 * One graduate handed over: who they are (phone masked, revealed on request and audited), the
 * six-month goal's due date, every follow-up, and for the office a form to add one.
 */
export function HandoverDrawer({
  graduateId,
  followUp,
  onClose,
}: {
  graduateId: string | null;
  /** The HR&SS office: reveals the phone and records follow-ups. */
  followUp: boolean;
  onClose: () => void;
}) {
  const { t, lang } = useI18n();
  const isPhone = useIsPhone();
  const detail = useHandover(graduateId);
  const d = detail.data;
  const yesNo = (v: boolean | null) => (v === null ? EMPTY : t(v ? 'common.yes' : 'common.no'));
  return (
    <Drawer
      open={graduateId !== null}
      onClose={onClose}
      size={isPhone ? '100%' : 640}
      title={t('handover.detailTitle')}
      destroyOnHidden
      data-testid="handover-drawer"
    >
      {detail.error && <ErrorAlert error={detail.error} onRetry={() => void detail.refetch()} />}
      {!d && !detail.error && <Skeleton active paragraph={{ rows: 10 }} />}
      {d && (
        <Flex vertical gap={16}>
          <Flex gap={8} align="center" wrap>
            <Typography.Text strong style={{ fontSize: 16 }} data-testid="handover-name">
              {d.name}
            </Typography.Text>
            <HandoverStateTag item={d} />
          </Flex>
          <Descriptions
            size="small"
            bordered
            column={1}
            items={[
              {
                key: 'who',
                label: t('handover.who'),
                children: [genderName(d.gender, t), d.universityName, d.majorName, degreeName(d.degree, lang)]
                  .filter(Boolean)
                  .join(' · '),
              },
              { key: 'phone', label: t('graduate.phone'), children: <Phone item={d} reveals={followUp} /> },
              { key: 'region', label: t('handover.region'), children: `${d.regionName}（${d.regionCode}）` },
              { key: 'wantsJob', label: t('handover.wantsJob'), children: yesNo(d.wantsJob) },
              { key: 'handedOverOn', label: t('handover.handedOverOn'), children: d.handedOverOn },
              { key: 'goal', label: t('handover.goalDueOn'), children: <GoalDue item={d} /> },
              {
                key: 'firstContact',
                label: t('handover.firstContactOn'),
                children: d.firstContactOn ?? EMPTY,
              },
              {
                key: 'outcome',
                label: t('handover.outcome'),
                children: d.outcome ? `${outcomeName(d.outcome, lang)}（${d.outcomeOn ?? EMPTY}）` : EMPTY,
              },
            ]}
          />
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('handover.goalDefinition')}
          </Typography.Text>
          {followUp && (
            <Card size="small" title={t('handover.addFollowup')}>
              <FollowupForm item={d} />
            </Card>
          )}
          <Card size="small" title={t('handover.followups')}>
            <FollowupTimeline followups={d.followups} />
          </Card>
        </Flex>
      )}
    </Drawer>
  );
}
