import type { StatusResult } from '@/domain/status';
import type { Unit } from '@/domain/units';
import { formatValue } from '@/lib/format';
import { strings } from '@/lib/strings';

const t = strings.targetStatus;

function distanceText(result: StatusResult, unit: Unit): string | undefined {
  if (result.distance === undefined) return undefined;
  if (result.distance === 0) return t.distance.exact;
  const amount = formatValue(Math.abs(result.distance), result.distanceUnit ?? unit);
  return result.distance > 0 ? t.distance.over(amount) : t.distance.under(amount);
}

/** A status as symbol and word (print may be black and white), with what it rests on. */
export function StatusCell({ result, unit }: { result: StatusResult; unit: Unit }) {
  const distance = distanceText(result, unit);
  return (
    <>
      <span className="mp-status" data-status={result.status}>
        <span className="mp-symbol" aria-hidden="true">
          {t.icon[result.status]}
        </span>{' '}
        <span className="mp-status-word">{t.label[result.status]}</span>
      </span>
      {distance && <span className="mp-detail">{distance}</span>}
      {result.partial && <span className="mp-detail mp-partial">{t.partial}</span>}
      {result.projection && (
        <span className="mp-detail">
          {t.projected(formatValue(result.projection.value, unit), result.projection.method)}
        </span>
      )}
      {/* The reason is in the row's sentence; the notes say what the sentence leaves out. */}
      {result.notes.map((note) => (
        <span key={note} className="mp-detail mp-note">
          {note}
        </span>
      ))}
    </>
  );
}
