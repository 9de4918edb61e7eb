import { Breadcrumb, Button } from 'antd';
import { useI18n } from '../../../lib/i18n';
import { useOverview } from '../api';
import { scopeLabel } from '../labels';

/** A scope's name, from its overview (already cached for the steps the user came through). */
function ScopeName({ scope, year }: { scope: string | undefined; year: number }) {
  const { t, lang } = useI18n();
  const { data } = useOverview(scope, year);
  return <>{data ? scopeLabel(data.scope, data.scopeName, lang, t) : '…'}</>;
}

/**
 * Where the dashboard stands: the user's own scope, then each scope drilled into (全国 → 省 → 学校 →
 * 院系). Every step but the last goes back up to it.
 */
export function ScopeBreadcrumb({
  trail,
  year,
  onNavigate,
}: {
  trail: readonly string[];
  year: number;
  /** Called with the trail kept: [] is the user's own scope. */
  onNavigate: (trail: string[]) => void;
}) {
  const { t } = useI18n();
  const steps: (string | undefined)[] = [undefined, ...trail];
  return (
    <nav aria-label={t('monitoring.scopePath')} data-testid="scope-breadcrumb">
      <Breadcrumb
        items={steps.map((scope, i) => {
          const name = <ScopeName scope={scope} year={year} />;
          const last = i === steps.length - 1;
          return {
            key: scope ?? 'home',
            title: last ? (
              <span aria-current="location" style={{ fontWeight: 600 }}>
                {name}
              </span>
            ) : (
              <Button
                type="link"
                size="small"
                style={{ padding: 0, height: 'auto' }}
                onClick={() => onNavigate(trail.slice(0, i))}
              >
                {name}
              </Button>
            ),
          };
        })}
      />
    </nav>
  );
}
