import { Tag, Tooltip } from 'antd';
import { useT } from '../../../lib/i18n';

/** The red 屡次违规 mark: this organisation's ads were refused or taken down repeatedly within the window. */
export function RepeatOffenderTag({ offences, days }: { offences: number; days?: number }) {
  const t = useT();
  const detail = days
    ? t('review.offencesInWindow', { n: offences, days })
    : t('review.offences', { n: offences });
  return (
    <Tooltip title={detail}>
      <Tag color="red" data-testid="repeat-offender" style={{ marginInlineEnd: 0 }}>
        {t('review.repeatOffender')}
      </Tag>
    </Tooltip>
  );
}
