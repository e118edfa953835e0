import { useState } from 'react';
import { readFieldInput } from '../../lib/library/field-input';
import { localDay } from '../../lib/parse/date';
import type { Corrections, CorrectableField } from '../../lib/saved-posting';
import { t } from '../i18n';

interface Props {
  field: CorrectableField;
  label: string;
  /** The value as shown. */
  shown: string;
  /** What the edit box starts with. */
  editText: string;
  /** The page text the value was read from. */
  evidence?: string;
  corrected: boolean;
  onCorrect: (c: Corrections) => void;
  onReset: () => void;
}

/** One fact with the page snippet it came from; editable, and marked when corrected. */
export function FieldRow({ field, label, shown, editText, evidence, corrected, onCorrect, onReset }: Props) {
  const [editing, setEditing] = useState(false);
  const [text, setText] = useState(editText);
  const [refused, setRefused] = useState(false);
  const save = () => {
    const result = readFieldInput(field, text, localDay());
    if (!result.ok) return setRefused(true);
    onCorrect(result.corrections);
    setRefused(false);
    setEditing(false);
  };
  return (
    <div className="field" data-field-row={field}>
      <dt>
        {label}
        {corrected && (
          <span className="badge" title={t('corrected')} data-corrected="true">
            ✎
          </span>
        )}
      </dt>
      <dd>
        {editing ? (
          <form
            onSubmit={(e) => {
              e.preventDefault();
              save();
            }}
          >
            <input autoFocus aria-label={label} value={text} onChange={(e) => setText(e.target.value)} aria-invalid={refused} />
            <button type="submit">{t('save')}</button>
            <button type="button" onClick={() => setEditing(false)}>
              {t('cancel')}
            </button>
            {refused && <p role="alert">{t('cannotRead', text)}</p>}
          </form>
        ) : (
          <>
            <span data-value>{shown}</span>{' '}
            <button type="button" className="link" onClick={() => (setText(editText), setEditing(true))} aria-label={`${t('edit')}: ${label}`}>
              {t('edit')}
            </button>
            {corrected && (
              <button type="button" className="link" onClick={onReset}>
                {t('resetToPage')}
              </button>
            )}
            {evidence && <div className="evidence muted">“{evidence}”</div>}
          </>
        )}
      </dd>
    </div>
  );
}
