import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { loadSettings, updateSettings } from '../../lib/db/settings';
import type { ReminderSettings as Preferences } from '../../lib/reminders/schedule';
import { db } from '../../components/db';
import { t } from '../../components/i18n';

const LEAD_CHOICES = [7, 3, 2, 1];

/** Opt-in deadline reminders: which lead times. Saved as soon as a box changes; the background reschedules. */
export function ReminderSettings() {
  const settings = useLiveQuery(() => loadSettings(db), []);
  // What the user just ticked, shown at once (a controlled box would otherwise spring back
  // until the database answers); the stored value takes over once it is written.
  // `base`: the stored value when the box was ticked; any newer stored value wins.
  const [ticked, setTicked] = useState<{ value: Preferences; base: string } | null>(null);
  if (!settings) return null;
  const stored = JSON.stringify(settings.reminders);
  const prefs = ticked && ticked.base === stored ? ticked.value : settings.reminders;
  const change = (next: Partial<Preferences>) => {
    const reminders = { ...prefs, ...next };
    setTicked({ value: reminders, base: stored });
    void updateSettings(db, (s) => ({ ...s, reminders })).catch(() => setTicked(null));
  };
  return (
    <section aria-labelledby="reminders-title" className="settings-section">
      <h3 id="reminders-title">{t('remindersTitle')}</h3>
      <label className="check">
        <input type="checkbox" checked={prefs.enabled} onChange={(e) => change({ enabled: e.target.checked })} data-field="reminders-enabled" />
        {t('remindersEnabled')}
      </label>
      <fieldset disabled={!prefs.enabled} className="lead-times">
        {LEAD_CHOICES.map((days) => (
          <label className="check" key={days}>
            <input
              type="checkbox"
              checked={prefs.leadDays.includes(days)}
              onChange={(e) => change({ leadDays: e.target.checked ? [...prefs.leadDays, days].sort((a, b) => b - a) : prefs.leadDays.filter((d) => d !== days) })}
              data-lead={days}
            />
            {days === 1 ? t('remindersLeadOne') : t('remindersLead', days)}
          </label>
        ))}
        <label className="check">
          <input type="checkbox" checked={prefs.morningOf} onChange={(e) => change({ morningOf: e.target.checked })} data-field="reminders-morning" />
          {t('remindersMorning')}
        </label>
      </fieldset>
    </section>
  );
}
