/** "profile:hourlyRate" evidence in words: the setting and its value ("My hourly rate (€, excl. VAT): 95"). */
import type { CvProfile } from '../lib/cv/cv';
import { type MessageKey, t } from './i18n';

const LABEL: Record<keyof CvProfile, MessageKey> = { hourlyRate: 'settingRate', hoursPerWeek: 'settingHours', availableFrom: 'settingAvailable', region: 'settingRegion' };

export function profileEvidence(settings: CvProfile): (field: keyof CvProfile) => string {
  return (field) => `${t(LABEL[field])}: ${settings[field] ?? t('unknown')}`;
}
