import { PostingStatus } from '../../lib/saved-posting';
import { t } from '../../components/i18n';

/** The posting statuses as <option>s, in the order a bid goes through them. */
export function StatusOptions() {
  return (
    <>
      {PostingStatus.options.map((s) => (
        <option key={s} value={s}>
          {t(`status_${s}`)}
        </option>
      ))}
    </>
  );
}
