import { targetGroups as targetGroupStrings } from '@/lib/strings/target-groups';
import type { GlossaryEntry } from '../page/glossary';

const s = targetGroupStrings.page;

/** The definitions the page's text uses, each with the plan that gives it and where. */
export function GlossarySection({ entries }: { entries: readonly GlossaryEntry[] }) {
  if (entries.length === 0) return null;
  return (
    <section aria-labelledby="tg-glossary">
      <h2 id="tg-glossary">{s.glossaryTitle}</h2>
      <p className="muted">{s.glossaryIntro}</p>
      <dl className="tg-glossary">
        {entries.map((e) => (
          <div key={e.id} id={e.id} tabIndex={-1}>
            <dt>
              <dfn>{e.term}</dfn>
            </dt>
            {e.definitions.map((d, i) => (
              <dd key={i}>
                {d.text}{' '}
                <span className="source-line">
                  ({s.definedIn(d.planTitle)}, {d.provenance.location})
                </span>
              </dd>
            ))}
          </div>
        ))}
      </dl>
    </section>
  );
}
