import { Form } from 'antd';
import type { ReactNode } from 'react';

export interface FieldProps {
  label: ReactNode;
  /** id of the control, so clicking the label focuses it and tests find it by label. */
  htmlFor?: string;
  help?: ReactNode;
  children: ReactNode;
}

/**
 * A labelled control. The editor's inputs are controlled by the definition itself rather than
 * by an antd form store, so Form.Item is used for layout only (no `name`).
 */
export function Field({ label, htmlFor, help, children }: FieldProps) {
  return (
    <Form.Item label={label} htmlFor={htmlFor} help={help} className="xp-editor-field">
      {children}
    </Form.Item>
  );
}
