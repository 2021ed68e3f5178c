import { useId, useRef } from 'react';
import { Link, useLocation, useMatch } from 'react-router';
import { usePlans } from '@/api/plans';
import { AREA_CHOICES, parseAreaChoice } from '@/domain/area-choice';
import { HEADER_ID } from '@/lib/first-screen';
import { planPath } from '@/lib/routes';
import { strings } from '@/lib/strings';
import { useAreaChoice } from '@/lib/use-area-choice';

/**
 * The app bar: name, the area choice that filters every page, and the plans
 * as a list of links behind a button. Choosing a plan is following a link,
 * never a side effect of changing a select (WCAG 3.2.2).
 */
export function Header() {
  const [choice, setChoice] = useAreaChoice();
  const plans = usePlans();
  const { search } = useLocation();
  const planMatch = useMatch('/planer/:planId/*');
  const menu = useRef<HTMLDetailsElement>(null);
  const areaId = useId();
  const current = plans.data?.find((p) => p.id === planMatch?.params.planId);
  return (
    <header className="site-header" id={HEADER_ID}>
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
        <details className="plan-menu" ref={menu}>
          <summary>
            <span className="plan-menu-label">{strings.planChoice.label}</span>
            <span className="plan-menu-current">{current?.title ?? strings.planChoice.all}</span>
          </summary>
          <ul role="list">
            <li>
              <Link to={{ pathname: '/', search }} onClick={() => menu.current?.removeAttribute('open')}>
                {strings.planChoice.all}
              </Link>
            </li>
            {plans.data?.map((p) => (
              <li key={p.id}>
                <Link
                  to={{ pathname: planPath(p.id), search }}
                  aria-current={p.id === current?.id ? 'page' : undefined}
                  onClick={() => menu.current?.removeAttribute('open')}
                >
                  {p.title}
                </Link>
              </li>
            ))}
          </ul>
        </details>
      </div>
    </header>
  );
}
