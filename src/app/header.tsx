import { useId } from 'react';
import { Link, useLocation, useMatch, useNavigate } from 'react-router';
import { usePlans } from '@/api/plans';
import { AREA_CHOICES, parseAreaChoice } from '@/domain/area-choice';
import { strings } from '@/lib/strings';
import { useAreaChoice } from '@/lib/use-area-choice';

/** The app bar: name, and the two choices that frame every page: area and plan. */
export function Header() {
  const [choice, setChoice] = useAreaChoice();
  const plans = usePlans();
  const navigate = useNavigate();
  const { search } = useLocation();
  const planMatch = useMatch('/planer/:planId');
  const packMatch = useMatch('/planer/:planId/moedepakke');
  const areaId = useId();
  const planId = useId();
  return (
    <header className="site-header">
      <div className="brand">
        <Link to={{ pathname: '/', search }} className="brand-name">
          {strings.app.name}
        </Link>
        <span className="tagline">{strings.app.tagline}</span>
      </div>
      <div className="choices">
        <div className="choice">
          <label htmlFor={areaId}>{strings.areaChoice.label}</label>
          <select id={areaId} value={choice} onChange={(e) => setChoice(parseAreaChoice(e.target.value))}>
            {AREA_CHOICES.map((c) => (
              <option key={c} value={c}>
                {strings.areaChoice.options[c]}
              </option>
            ))}
          </select>
        </div>
        <div className="choice">
          <label htmlFor={planId}>{strings.planChoice.label}</label>
          <select
            id={planId}
            value={(planMatch ?? packMatch)?.params.planId ?? ''}
            onChange={(e) => void navigate({ pathname: e.target.value ? `/planer/${e.target.value}` : '/', search })}
          >
            <option value="">{strings.planChoice.all}</option>
            {plans.data?.map((p) => (
              <option key={p.id} value={p.id}>
                {p.title}
              </option>
            ))}
          </select>
        </div>
      </div>
    </header>
  );
}
