import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Flex, Tag, Typography, theme } from 'antd';
import { useState, type ReactNode } from 'react';
import { Link } from 'react-router';
import { useI18n } from '../../../lib/i18n';
import type { ResponseInput, Service, Subject } from '../api';
import { ResponseTag, serviceKindName } from '../labels';
import { AddServiceModal } from './AddServiceModal';
import { RespondModal } from './RespondModal';

/** One ledger entry: kind, day, who, what (posting, programme, note) and the graduate's answer. */
function Entry({ service, actions }: { service: Service; actions: ReactNode }) {
  const { t, lang } = useI18n();
  const { token } = theme.useToken();
  return (
    <li
      data-testid="service"
      data-kind={service.kind}
      data-response={service.response}
      style={{ padding: '10px 0', borderBottom: `1px solid ${token.colorSplit}` }}
    >
      <Flex vertical gap={4}>
        <Flex gap={8} align="center" wrap justify="space-between">
          <Flex gap={8} align="center" wrap>
            <Tag color="processing" style={{ marginInlineEnd: 0 }}>
              {serviceKindName(service.kind, lang)}
            </Tag>
            <Typography.Text type="secondary">{service.serviceOn}</Typography.Text>
            <Typography.Text type="secondary">{service.actorName}</Typography.Text>
          </Flex>
          <ResponseTag response={service.response} />
        </Flex>
        {service.posting && (
          <Typography.Text style={{ overflowWrap: 'anywhere' }}>
            {t('assistance.ledger.postingLabel')}
            <Link to={`/jobs/${service.posting.id}`}>{service.posting.title}</Link>
            <Typography.Text type="secondary"> · {service.posting.organisationName}</Typography.Text>
          </Typography.Text>
        )}
        {service.programme && (
          <Typography.Text style={{ overflowWrap: 'anywhere' }}>
            {t('assistance.ledger.programmeLabel')}
            {service.programme.name}
          </Typography.Text>
        )}
        {service.note && (
          <Typography.Text style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
            {service.note}
          </Typography.Text>
        )}
        {service.responseNote && (
          <Typography.Text type="secondary" style={{ overflowWrap: 'anywhere' }}>
            {t('assistance.ledger.responseNote', { note: service.responseNote })}
          </Typography.Text>
        )}
        {actions}
      </Flex>
    </li>
  );
}

/**
 * The service ledger, newest first. The graduate accepts or declines what is waiting for their
 * answer; a counsellor or career centre adds entries and records answers given by phone.
 * `header` sits above the list (the case page puts the standard's progress there).
 */
export function LedgerCard({
  subject,
  services,
  header,
}: {
  subject: Subject;
  services: readonly Service[];
  header?: ReactNode;
}) {
  const { t } = useI18n();
  const [adding, setAdding] = useState(false);
  const [answering, setAnswering] = useState<{
    service: Service;
    response?: ResponseInput['response'];
  } | null>(null);
  const sorted = [...services].sort((a, b) => b.serviceOn.localeCompare(a.serviceOn));
  const actionsFor = (service: Service) => {
    if (subject === null)
      return (
        service.response === 'pending' && (
          <Flex gap={8}>
            <Button
              size="small"
              type="primary"
              onClick={() => setAnswering({ service, response: 'accepted' })}
              data-testid="accept-service"
            >
              {t('assistance.ledger.accept')}
            </Button>
            <Button
              size="small"
              onClick={() => setAnswering({ service, response: 'declined' })}
              data-testid="decline-service"
            >
              {t('assistance.ledger.decline')}
            </Button>
          </Flex>
        )
      );
    return (
      (service.response === 'pending' || service.response === 'unreachable') && (
        <div>
          <Button size="small" onClick={() => setAnswering({ service })} data-testid="record-response">
            {t('assistance.ledger.recordResponse')}
          </Button>
        </div>
      )
    );
  };
  return (
    <Card
      size="small"
      title={t('assistance.ledger.title', { n: services.length })}
      data-testid="ledger-card"
      extra={
        subject !== null && (
          <Button
            size="small"
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => setAdding(true)}
            data-testid="add-service"
          >
            {t('assistance.ledger.add')}
          </Button>
        )
      }
    >
      {header}
      {sorted.length === 0 ? (
        <Empty
          image={Empty.PRESENTED_IMAGE_SIMPLE}
          description={t(subject === null ? 'assistance.ledger.empty' : 'assistance.ledger.emptyStaff')}
        />
      ) : (
        <ul style={{ listStyle: 'none', margin: 0, padding: 0 }} aria-label={t('assistance.ledger.list')}>
          {sorted.map((service) => (
            <Entry key={service.id} service={service} actions={actionsFor(service)} />
          ))}
        </ul>
      )}
      {subject !== null && (
        <AddServiceModal graduateId={subject} open={adding} onClose={() => setAdding(false)} />
      )}
      <RespondModal
        subject={subject}
        service={answering?.service ?? null}
        response={answering?.response}
        onClose={() => setAnswering(null)}
      />
    </Card>
  );
}
