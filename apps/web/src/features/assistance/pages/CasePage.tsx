import { ArrowLeftOutlined } from '@ant-design/icons';
import { Card, Col, Descriptions, Flex, Row, Skeleton, Tag, Typography } from 'antd';
import { Link, useParams } from 'react-router';
import { PageHeader } from '../../../components/PageHeader';
import { ErrorAlert } from '../../../lib/errors';
import { EMPTY } from '../../../lib/format';
import { useI18n } from '../../../lib/i18n';
import { useMajorName } from '../../jobs/components/MajorPicker';
import {
  useCase,
  useSubsidyRules,
  type AssistanceCase,
  type SubsidyApplication,
  type SubsidyRule,
} from '../api';
import { useCurrentUser } from '../../auth/api';
import { ConsentCard } from '../components/ConsentCard';
import { GapTags, StandardProgress } from '../components/GapTags';
import { LedgerCard } from '../components/LedgerCard';
import { PlanCard } from '../components/PlanCard';
import { SubsidyCard } from '../components/SubsidyCard';
import { TargetsCard } from '../components/TargetsCard';
import { TrainingCard } from '../components/TrainingCard';

/**
 * The case's subsidy as the subsidy card reads it. The case lists the applications only; the rule
 * of the graduate's cohort comes from the province's rules (the university's province: the staff
 * member's own), and the categories it pays that the graduate holds are the ones to apply under.
 * When the server sends the graduate's own view instead (rule and categories too), it is used as is.
 */
function useCaseSubsidy(c: AssistanceCase | undefined): {
  rule: SubsidyRule | null | undefined;
  eligible: string[];
  applications: SubsidyApplication[];
} {
  const me = useCurrentUser();
  const rules = useSubsidyRules(c && Array.isArray(c.subsidy) ? me.scope.provinceCode : null);
  if (!c) return { rule: undefined, eligible: [], applications: [] };
  if (!Array.isArray(c.subsidy))
    return {
      rule: c.subsidy.rule,
      eligible: c.subsidy.eligibleCategories,
      applications: c.subsidy.applications,
    };
  const approved = c.targets.filter((t) => t.status === 'approved').map((t) => t.category);
  // Unknown until the rules arrive (or when they cannot be read): the server decides on applying.
  const rule = rules.data
    ? (rules.data.find((r) => r.graduationYear === c.graduate.graduationYear) ?? null)
    : undefined;
  return {
    rule,
    eligible: rule ? approved.filter((category) => rule.categories.includes(category)) : approved,
    applications: c.subsidy,
  };
}

function Summary({ c }: { c: AssistanceCase }) {
  const { t } = useI18n();
  const g = c.graduate;
  const majorName = useMajorName(g.majorName ? undefined : g.majorCode);
  return (
    <Card size="small" data-testid="case-summary">
      <Flex vertical gap={12}>
        <Descriptions
          size="small"
          column={{ xs: 1, sm: 2, lg: 4 }}
          items={[
            { key: 'studentNo', label: t('graduate.studentNo'), children: g.studentNo },
            { key: 'college', label: t('graduate.college'), children: g.collegeName },
            {
              key: 'major',
              label: t('assistance.case.major'),
              children: g.majorName ?? majorName ?? g.majorCode ?? EMPTY,
            },
            { key: 'cohort', label: t('assistance.case.cohort'), children: g.graduationYear },
            {
              key: 'placed',
              label: t('assistance.case.placed'),
              children: (
                <Tag color={c.placed ? 'success' : 'warning'}>
                  {t(c.placed ? 'assistance.case.placedYes' : 'assistance.case.placedNo')}
                </Tag>
              ),
            },
          ]}
        />
        <Flex vertical gap={6}>
          <Typography.Text type="secondary">{t('assistance.case.gapsTitle')}</Typography.Text>
          <GapTags gaps={c.gaps} placed={c.placed} />
        </Flex>
      </Flex>
    </Card>
  );
}

/**
 * A graduate's case (帮扶档案) for their counsellor or career centre: who they are and what they
 * still lack under the standard, their identifications with the history (and applying on their
 * behalf), the 一人一策 editor, the ledger (adding entries, recording answers), consent recorded
 * from the signed form, the subsidy on their behalf and their training.
 */
export function CasePage() {
  const { t } = useI18n();
  const { id = '' } = useParams();
  const { data, isPending, error, refetch } = useCase(id);
  const subsidy = useCaseSubsidy(data);
  return (
    <>
      <Link to="/assistance/targets" style={{ display: 'inline-block', marginBottom: 8 }}>
        <ArrowLeftOutlined /> {t('assistance.case.back')}
      </Link>
      <PageHeader
        title={
          data ? t('assistance.case.title', { name: data.graduate.name }) : t('assistance.case.titleLoading')
        }
      />
      {error && <ErrorAlert error={error} onRetry={() => void refetch()} />}
      {isPending && <Skeleton active paragraph={{ rows: 14 }} />}
      {data && (
        <Flex vertical gap={16}>
          <Summary c={data} />
          <Row gutter={[16, 16]}>
            <Col xs={24} xl={12}>
              <Flex vertical gap={16}>
                <TargetsCard
                  subject={id}
                  targets={data.targets}
                  evidence={data.evidence}
                  events={data.targetEvents}
                />
                <PlanCard graduateId={id} plan={data.plan} />
                <ConsentCard subject={id} consent={data.consent} handover={data.handover} />
              </Flex>
            </Col>
            <Col xs={24} xl={12}>
              <Flex vertical gap={16}>
                <LedgerCard
                  subject={id}
                  services={data.services}
                  header={
                    <div style={{ marginBottom: 8 }}>
                      <StandardProgress
                        standard={data.standard}
                        gaps={data.gaps}
                        services={data.services}
                        placed={data.placed}
                      />
                    </div>
                  }
                />
                <SubsidyCard
                  subject={id}
                  rule={subsidy.rule}
                  eligibleCategories={subsidy.eligible}
                  applications={subsidy.applications}
                  evidence={data.evidence}
                />
                {data.enrolments.length > 0 && <TrainingCard enrolments={data.enrolments} />}
              </Flex>
            </Col>
          </Row>
        </Flex>
      )}
    </>
  );
}
