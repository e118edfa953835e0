import { useCallback, useState } from 'react';
import { RequirementKind } from '../../lib/posting';
import { type ChecklistItem, RequirementState } from '../../lib/saved-posting';
import { type MessageKey, t } from '../../components/i18n';
import { UndoToast } from './undo-toast';
import { focusOnMount } from './focus-on-mount';
import { useDraft } from './use-draft';
import type { CvProfile } from '../../lib/cv/cv';
import { acceptedSuggestion, agrees, evidenceText } from '../../lib/match/posting-suggestions';
import type { Suggestion } from '../../lib/match/suggestion';

interface Props {
  items: ChecklistItem[];
  /** The CV's suggestion per item id; null when the user has no CV stored. */
  suggestions: Map<string, Suggestion> | null;
  /** A profile setting used as evidence, in words. */
  profileText: (field: keyof CvProfile) => string;
  /**
   * Changes are functions of the stored list, applied inside the write transaction, so two
   * quick edits (an evidence draft flushing while the state changes) never undo each other.
   */
  onChange: (change: (items: ChecklistItem[]) => ChecklistItem[]) => void;
  /** Evidence or notes typed into a requirement (saved so that closing the panel at once loses nothing). */
  onTyped: (itemId: string, field: 'evidence' | 'notes', text: string) => void;
}

const KINDS: [RequirementKind, MessageKey][] = [
  ['knockout', 'knockouts'],
  ['wish', 'wishes'],
  ['other', 'others'],
];

/** The requirements ticked off against the CV, grouped as knock-outs, wishes and other points. */
export function Checklist({ items, suggestions, profileText, onChange, onTyped }: Props) {
  const [removed, setRemoved] = useState<{ item: ChecklistItem; index: number } | null>(null);
  const dismiss = useCallback(() => setRemoved(null), []);
  const update = (id: string, patch: Partial<ChecklistItem>) => onChange((all) => all.map((i) => (i.id === id ? { ...i, ...patch } : i)));
  const remove = (id: string) => {
    const index = items.findIndex((i) => i.id === id);
    setRemoved({ item: items[index], index });
    onChange((all) => all.filter((i) => i.id !== id));
  };
  return (
    <section aria-label={t('checklist')}>
      {removed && (
        <UndoToast
          state="removed-requirement"
          message={t('removedRequirement')}
          onUndo={() => {
            onChange((all) => [...all.slice(0, removed.index), removed.item, ...all.slice(removed.index)]);
            setRemoved(null);
          }}
          onDone={dismiss}
        />
      )}
      {KINDS.map(([kind, heading]) => {
        const group = items.filter((i) => i.kind === kind);
        if (group.length === 0) return null;
        return (
          <div key={kind} className="group">
            <h3>{t(heading)}</h3>
            <ol className="checklist">
              {group.map((item) => (
                <Item
                  key={item.id}
                  item={item}
                  suggestion={suggestions?.get(item.id) ?? null}
                  profileText={profileText}
                  onUpdate={(patch) => update(item.id, patch)}
                  onTyped={(field, text) => onTyped(item.id, field, text)}
                  onRemove={() => remove(item.id)}
                />
              ))}
            </ol>
          </div>
        );
      })}
      <AddRequirement onAdd={(text, kind) => onChange((all) => [...all, newItem(text, kind)])} />
    </section>
  );
}

interface ItemProps {
  item: ChecklistItem;
  suggestion: Suggestion | null;
  profileText: (field: keyof CvProfile) => string;
  onUpdate: (p: Partial<ChecklistItem>) => void;
  onTyped: (field: 'evidence' | 'notes', text: string) => void;
  onRemove: () => void;
}

function Item({ item, suggestion, profileText, onUpdate, onTyped, onRemove }: ItemProps) {
  const evidence = useDraft(item.evidence, (v) => onTyped('evidence', v));
  const notes = useDraft(item.notes, (v) => onTyped('notes', v));
  const text = useDraft(item.text, (v) => v.trim() && onUpdate({ text: v.trim() }));
  const [editing, setEditing] = useState(false);
  return (
    <li className={`item ${item.state}`} data-requirement-id={item.id} data-state={item.state}>
      <div className="item-head">
        {item.code && <strong>{item.code} </strong>}
        {editing ? (
          <textarea
            // The Edit button puts the cursor in the text; Escape leaves it unchanged, Enter keeps it.
            ref={focusOnMount}
            aria-label={t('requirementText')}
            value={text.draft}
            onChange={(e) => text.change(e.target.value)}
            onBlur={() => (text.flush(), setEditing(false))}
            onKeyDown={(e) => {
              if (e.key === 'Escape') {
                text.cancel();
                setEditing(false);
              } else if (e.key === 'Enter' && !e.shiftKey) {
                e.preventDefault();
                text.flush();
                setEditing(false);
              }
            }}
          />
        ) : (
          <span className="item-text">{item.text}</span>
        )}
        {item.weight !== undefined && <span className="badge"> {t('weight', item.weight)}</span>}
        {item.goneFromPage && <span className="badge closed"> {t('goneFromPage')}</span>}
      </div>
      <div className="item-controls">
        <label>
          {t('state')}{' '}
          <select aria-label={t('state')} value={item.state} onChange={(e) => onUpdate({ state: RequirementState.parse(e.target.value) })}>
            {RequirementState.options.map((s) => (
              <option key={s} value={s}>
                {t(`state_${s.replace('-', '_') as 'open' | 'met' | 'partly' | 'not_met'}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('kind')}{' '}
          <select aria-label={t('kind')} value={item.kind} onChange={(e) => onUpdate({ kind: RequirementKind.parse(e.target.value) })}>
            <option value="knockout">{t('kind_knockout')}</option>
            <option value="wish">{t('kind_wish')}</option>
            <option value="other">{t('kind_other')}</option>
          </select>
        </label>
        <button type="button" className="link" onClick={() => setEditing(true)} data-action="edit-requirement">
          {t('edit')}
        </button>
        <button type="button" className="link" onClick={onRemove} data-action="remove-requirement">
          {t('remove')}
        </button>
      </div>
      {suggestion && (
        <CvSuggestion
          item={item}
          suggestion={suggestion}
          profileText={profileText}
          onAccept={() => {
            // The user's own evidence stays: the suggestion's lines are added under it.
            const accepted = acceptedSuggestion(suggestion, profileText);
            const mine = evidence.draft.trim();
            const text = mine && !mine.includes(accepted.evidence) ? `${mine}\n${accepted.evidence}` : mine || accepted.evidence;
            evidence.reset(text);
            onUpdate({ state: accepted.state, evidence: text });
          }}
        />
      )}
      <textarea
        className="evidence-input"
        aria-label={t('evidence')}
        placeholder={t('evidencePlaceholder')}
        value={evidence.draft}
        onChange={(e) => evidence.change(e.target.value)}
        onBlur={evidence.flush}
      />
      <textarea aria-label={t('notes')} placeholder={t('notes')} value={notes.draft} onChange={(e) => notes.change(e.target.value)} onBlur={notes.flush} rows={1} />
    </li>
  );
}

const STATE_KEY = { open: 'state_open', met: 'state_met', partly: 'state_partly', 'not-met': 'state_not_met' } as const;

/** The CV's suggestion beside the user's own state: theirs always wins; "Use this" copies the suggestion in. */
function CvSuggestion({ item, suggestion, profileText, onAccept }: { item: ChecklistItem; suggestion: Suggestion; profileText: (field: keyof CvProfile) => string; onAccept: () => void }) {
  const v = suggestion.verdict;
  return (
    <div className="suggestion" data-suggestion={v}>
      {t('suggestionFromCv')}: <span className={`verdict ${v}`}>{t(`verdict_${v}`)}</span>
      {suggestion.years !== null && <span data-field="suggestion-years"> · {suggestion.why}</span>}
      {suggestion.evidence.length > 0 && (
        <ul>
          {suggestion.evidence.map((e) => (
            <li key={e.text}>{evidenceText(e, profileText)}</li>
          ))}
        </ul>
      )}
      {item.state !== 'open' && (
        <div className="muted" data-field="my-state">
          {t('state')}: {t(STATE_KEY[item.state])} ({t('yourState')})
        </div>
      )}
      {!agrees(item, suggestion) && (
        <button type="button" className="link" data-action="use-suggestion" onClick={onAccept}>
          {t('useSuggestion')}
        </button>
      )}
    </div>
  );
}

function AddRequirement({ onAdd }: { onAdd: (text: string, kind: RequirementKind) => void }) {
  const [text, setText] = useState('');
  const [kind, setKind] = useState<RequirementKind>('knockout');
  return (
    <form
      className="add"
      onSubmit={(e) => {
        e.preventDefault();
        if (!text.trim()) return;
        onAdd(text.trim(), kind);
        setText('');
      }}
    >
      <input aria-label={t('addRequirement')} placeholder={t('addRequirement')} value={text} onChange={(e) => setText(e.target.value)} />
      <select aria-label={t('kind')} value={kind} onChange={(e) => setKind(RequirementKind.parse(e.target.value))}>
        <option value="knockout">{t('kind_knockout')}</option>
        <option value="wish">{t('kind_wish')}</option>
        <option value="other">{t('kind_other')}</option>
      </select>
      <button type="submit">{t('add')}</button>
    </form>
  );
}

function newItem(text: string, kind: RequirementKind): ChecklistItem {
  return { id: crypto.randomUUID(), kind, text, origin: 'user', state: 'open', evidence: '', notes: '' };
}
