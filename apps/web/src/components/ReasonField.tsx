import { Form, Input } from 'antd';

/**
 * A written reason (a decision's, a report's) under the form field `reason`. Blank space does not
 * count, and a reason shorter than `limits.min` is refused before the server has to.
 */
export function ReasonField({
  label,
  extra,
  required,
  requiredMessage,
  tooShortMessage,
  placeholder,
  limits,
}: {
  label: string;
  extra?: string;
  required: boolean;
  requiredMessage: string;
  tooShortMessage: string;
  placeholder: string;
  limits: { min: number; max: number };
}) {
  return (
    <Form.Item
      name="reason"
      label={label}
      extra={extra}
      rules={[
        { required, whitespace: true, message: requiredMessage },
        {
          validator: async (_, value: string | undefined) => {
            const length = value?.trim().length ?? 0;
            if (length > 0 && length < limits.min) throw new Error(tooShortMessage);
          },
        },
      ]}
    >
      <Input.TextArea rows={4} maxLength={limits.max} showCount placeholder={placeholder} />
    </Form.Item>
  );
}
