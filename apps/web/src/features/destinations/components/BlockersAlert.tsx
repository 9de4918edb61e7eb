import { Alert } from 'antd';

/**
 * Why a registration cannot be approved yet, as the server words it (missing proof and which to
 * upload, internship certificates offered as proof, pay under the local minimum wage).
 */
export function BlockersAlert({ blockers, title }: { blockers: readonly string[]; title: string }) {
  if (blockers.length === 0) return null;
  return (
    <Alert
      type="warning"
      showIcon
      title={title}
      data-testid="destination-blockers"
      description={
        <ul style={{ margin: 0, paddingInlineStart: 20 }}>
          {blockers.map((blocker) => (
            <li key={blocker}>{blocker}</li>
          ))}
        </ul>
      }
    />
  );
}
