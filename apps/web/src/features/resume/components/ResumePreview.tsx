import { LockOutlined, SafetyCertificateOutlined } from '@ant-design/icons';
import { Alert, Divider, Flex, Tag, Typography, theme } from 'antd';
import type { ReactNode } from 'react';
import { EMPTY } from '../../../lib/format';
import { useT } from '../../../lib/i18n';
import type { ResumeView } from '../api';

const TEXT = { whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' } as const;

function Section({ title, children }: { title: string; children: ReactNode }) {
  const { token } = theme.useToken();
  return (
    <section style={{ marginTop: 16 }}>
      <Typography.Title level={5} style={{ color: token.colorPrimary, margin: 0 }}>
        {title}
      </Typography.Title>
      <Divider style={{ margin: '6px 0 10px' }} />
      {children}
    </section>
  );
}

/** A bold line with a period or date on the right, wrapping under it on a phone. */
function EntryLine({ title, right }: { title: string; right: string }) {
  return (
    <Flex justify="space-between" gap={8} wrap>
      <Typography.Text strong style={{ overflowWrap: 'anywhere', minWidth: 0 }}>
        {title}
      </Typography.Text>
      <Typography.Text type="secondary" style={{ whiteSpace: 'nowrap' }}>
        {right}
      </Typography.Text>
    </Flex>
  );
}

/** Internships or projects, each with its period and description; left out when there are none. */
function PeriodSection({
  title,
  entries,
}: {
  title: string;
  entries: { title: string; period: string; description?: string | null }[];
}) {
  if (entries.length === 0) return null;
  return (
    <Section title={title}>
      <Flex vertical gap={10}>
        {entries.map((entry, i) => (
          <div key={i}>
            <EntryLine title={entry.title} right={entry.period} />
            {entry.description && (
              <Typography.Paragraph style={{ ...TEXT, margin: '2px 0 0' }}>
                {entry.description}
              </Typography.Paragraph>
            )}
          </div>
        ))}
      </Flex>
    </Section>
  );
}

/** Awards or certificates: a name and the month obtained; left out when there are none. */
function DatedSection({ title, entries }: { title: string; entries: { name: string; date: string }[] }) {
  if (entries.length === 0) return null;
  return (
    <Section title={title}>
      {entries.map((entry, i) => (
        <EntryLine key={i} title={entry.name} right={entry.date} />
      ))}
    </Section>
  );
}

/**
 * The résumé laid out like its PDF: for the graduate's preview and inside the employer's drawer
 * (where name and contact arrive already masked until the interview invitation).
 */
export function ResumePreview({ resume }: { resume: ResumeView }) {
  const t = useT();
  const { person, education, content } = resume;
  const period = (p: { start: string; end: string | null }) => `${p.start} – ${p.end ?? t('resume.present')}`;
  const contact = [person.phone, person.email].filter(Boolean).join(' · ');

  return (
    <article data-testid="resume-preview" style={{ maxWidth: 820 }}>
      <Typography.Title level={3} style={{ margin: 0 }} data-testid="resume-name">
        {person.name}
      </Typography.Title>
      {contact && <Typography.Text type="secondary">{contact}</Typography.Text>}
      {person.masked && (
        <Alert
          type="info"
          showIcon
          icon={<LockOutlined />}
          title={t('resume.maskedNotice')}
          style={{ marginTop: 8 }}
        />
      )}
      {content.objective && (
        <Typography.Paragraph style={{ margin: '8px 0 0' }}>
          {t('resume.field.objective')}：{content.objective}
        </Typography.Paragraph>
      )}

      <Section title={t('resume.section.education')}>
        <EntryLine
          title={`${education.universityName} · ${education.collegeName}`}
          right={t('resume.cohort', { year: education.graduationYear })}
        />
        <Flex wrap gap={8} align="center" style={{ marginTop: 2 }}>
          <Typography.Text>
            {education.majorName ?? education.majorCode} · {education.degreeName}
          </Typography.Text>
          <Tag color="green" icon={<SafetyCertificateOutlined />}>
            {t('resume.verified')}
          </Tag>
        </Flex>
      </Section>

      <PeriodSection
        title={t('resume.section.internships')}
        entries={content.internships.map((item) => ({
          title: `${item.organisation} · ${item.role}`,
          period: period(item),
          description: item.description,
        }))}
      />

      <PeriodSection
        title={t('resume.section.projects')}
        entries={content.projects.map((item) => ({
          title: item.role ? `${item.name} · ${item.role}` : item.name,
          period: period(item),
          description: item.description,
        }))}
      />

      {content.skills.length > 0 && (
        <Section title={t('resume.section.skills')}>
          <Flex wrap gap={6}>
            {content.skills.map((skill) => (
              <Tag key={skill} style={{ marginInlineEnd: 0 }}>
                {skill}
              </Tag>
            ))}
          </Flex>
        </Section>
      )}

      <DatedSection title={t('resume.section.awards')} entries={content.awards} />

      <DatedSection title={t('resume.section.certificates')} entries={content.certificates} />

      <Section title={t('resume.section.selfIntroduction')}>
        <Typography.Paragraph style={{ ...TEXT, margin: 0 }}>
          {content.selfIntroduction || EMPTY}
        </Typography.Paragraph>
      </Section>
    </article>
  );
}
