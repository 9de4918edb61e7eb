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

      {content.internships.length > 0 && (
        <Section title={t('resume.section.internships')}>
          <Flex vertical gap={10}>
            {content.internships.map((item, i) => (
              <div key={i}>
                <EntryLine title={`${item.organisation} · ${item.role}`} right={period(item)} />
                {item.description && (
                  <Typography.Paragraph style={{ ...TEXT, margin: '2px 0 0' }}>
                    {item.description}
                  </Typography.Paragraph>
                )}
              </div>
            ))}
          </Flex>
        </Section>
      )}

      {content.projects.length > 0 && (
        <Section title={t('resume.section.projects')}>
          <Flex vertical gap={10}>
            {content.projects.map((item, i) => (
              <div key={i}>
                <EntryLine
                  title={item.role ? `${item.name} · ${item.role}` : item.name}
                  right={period(item)}
                />
                {item.description && (
                  <Typography.Paragraph style={{ ...TEXT, margin: '2px 0 0' }}>
                    {item.description}
                  </Typography.Paragraph>
                )}
              </div>
            ))}
          </Flex>
        </Section>
      )}

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

      {content.awards.length > 0 && (
        <Section title={t('resume.section.awards')}>
          {content.awards.map((item, i) => (
            <EntryLine key={i} title={item.name} right={item.date} />
          ))}
        </Section>
      )}

      {content.certificates.length > 0 && (
        <Section title={t('resume.section.certificates')}>
          {content.certificates.map((item, i) => (
            <EntryLine key={i} title={item.name} right={item.date} />
          ))}
        </Section>
      )}

      <Section title={t('resume.section.selfIntroduction')}>
        <Typography.Paragraph style={{ ...TEXT, margin: 0 }}>
          {content.selfIntroduction || EMPTY}
        </Typography.Paragraph>
      </Section>
    </article>
  );
}
