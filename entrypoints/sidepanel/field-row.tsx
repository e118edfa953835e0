import { useState } from 'react';
import { readFieldInput } from '../../lib/library/field-input';
import { localDay } from '../../lib/parse/date';
import type { Corrections, CorrectableField } from '../../lib/saved-posting';
import { t } from '../../components/i18n';
import { focusOnMount } from './focus-on-mount';

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
  const [refused, setRefused] = useState<'unreadable' | 'required' | null>(null);
  const save = () => {
    const result = readFieldInput(field, text, localDay());
    if (!result.ok) return setRefused(result.why);
    onCorrect(result.corrections);
    setRefused(null);
    setEditing(false);
  };
  const cancel = () => {
    setRefused(null);
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
            <input
              ref={focusOnMount}
              aria-label={label}
              value={text}
              onChange={(e) => setText(e.target.value)}
              onKeyDown={(e) => e.key === 'Escape' && (e.preventDefault(), cancel())}
              aria-invalid={refused !== null}
            />
            <button type="submit" data-action="save-field">{t('save')}</button>
            <button type="button" onClick={cancel} data-action="cancel-field">
              {t('cancel')}
            </button>
            {refused && <p role="alert">{refused === 'required' ? t('fieldRequired', label) : t('cannotRead', text)}</p>}
          </form>
        ) : (
          <>
            <span data-value>{shown}</span>{' '}
            <button type="button" className="link" onClick={() => (setText(editText), setEditing(true))} aria-label={`${t('edit')}: ${label}`} data-action="edit-field">
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
