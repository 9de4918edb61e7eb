import { STANDARD_REQUIREMENTS, type ServiceStandard } from '@jiuye/domain/assistance/services';
import { Flex, Tag, Typography } from 'antd';
import { useI18n } from '../../../lib/i18n';
import type { Gap, Service } from '../api';
import { requirementName } from '../labels';

/** What a target still lacks under the standard, one tag each ("缺 岗位推荐 ×2"); nothing when none. */
export function GapTags({ gaps, placed }: { gaps: readonly Gap[]; placed: boolean }) {
  const { t, lang } = useI18n();
  if (placed) return <Tag color="success">{t('assistance.gaps.placed')}</Tag>;
  const missing = gaps.filter((g) => g.missing > 0);
  if (missing.length === 0) return <Tag color="success">{t('assistance.gaps.none')}</Tag>;
  return (
    <Flex gap={4} wrap data-testid="gap-tags">
      {missing.map((g) => (
        <Tag key={g.requirement} color="error" style={{ marginInlineEnd: 0 }}>
          {t('assistance.gaps.tag', { name: requirementName(g.requirement, lang), n: g.missing })}
        </Tag>
      ))}
    </Flex>
  );
}

/**
 * The standard requirement by requirement for one graduate: done / required, what is missing in
 * red. A placed graduate is outside the standard (it counts unplaced targets only).
 */
export function StandardProgress({
  standard,
  gaps,
  services,
  placed,
}: {
  standard: ServiceStandard;
  gaps: readonly Gap[];
  services: readonly Service[];
  placed: boolean;
}) {
  const { t, lang } = useI18n();
  if (placed)
    return (
      <Typography.Text type="secondary" data-testid="standard-progress">
        {t('assistance.gaps.placedHint')}
      </Typography.Text>
    );
  return (
    <Flex gap={6} wrap data-testid="standard-progress">
      {STANDARD_REQUIREMENTS.map((r) => {
        const gap = gaps.find((g) => g.requirement === r.key);
        const required = gap?.required ?? standard[r.key];
        const done =
          gap?.done ?? services.filter((s) => (r.kinds as readonly string[]).includes(s.kind)).length;
        const short = (gap?.missing ?? 0) > 0;
        return (
          <Tag
            key={r.key}
            color={short ? 'error' : 'success'}
            style={{ marginInlineEnd: 0 }}
            data-requirement={r.key}
            data-missing={gap?.missing ?? 0}
          >
            {requirementName(r.key, lang)} {done}/{required}
            {short && ` · ${t('assistance.gaps.missing', { n: gap?.missing ?? 0 })}`}
          </Tag>
        );
      })}
    </Flex>
  );
}
