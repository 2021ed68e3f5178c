import { useParams } from 'react-router';
import { useIndicators } from '@/api/reference';
import { LoadingState, ResourceError } from '@/components/query-state';
import { series as seriesStrings } from '@/lib/strings/series';
import { SeriesContent } from './series-content';
import '../series.css';
import { blockingError } from '@/api/query-problem';

const s = seriesStrings;

/** /indikatorer/:indicatorId – one indicator over time, for the chosen areas, with its targets. */
export function SeriesPage() {
  const { indicatorId = '' } = useParams();
  const indicators = useIndicators();
  if (indicators.isPending) return <LoadingState label={s.loading} />;
  if (!indicators.data) {
    return (
      <ResourceError
        error={blockingError(indicators)}
        onRetry={() => void indicators.refetch()}
        failedTitle={s.failedTitle}
      />
    );
  }
  const indicator = indicators.data.find((i) => i.id === indicatorId);
  if (!indicator) {
    return (
      <>
        <h1>{s.notFoundTitle}</h1>
        <p>{s.notFoundBody(indicatorId)}</p>
      </>
    );
  }
  // Keyed so that choices derived from one indicator never leak into the next.
  return <SeriesContent key={indicator.id} indicator={indicator} />;
}
