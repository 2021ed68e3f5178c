import type { Plan, Project } from '@/contract';
import { periodLabel } from '@/domain/period-label';
import { formatValue } from '@/lib/format';
import { targetGroups as targetGroupStrings } from '@/lib/strings/target-groups';
import { TermText } from './term-text';
import { ScrollRegion } from '@/components/scroll-region';

const s = targetGroupStrings.page;

/** Projects aimed at the målgruppe, with who pays, how much (kr.) and for when. */
export function GroupProjects({ projects }: { projects: readonly { project: Project; plan: Plan }[] }) {
  return (
    <section aria-labelledby="tg-projects">
      <h2 id="tg-projects">{s.projectsTitle}</h2>
      {projects.length === 0 ? (
        <p>{s.noProjects}</p>
      ) : (
        <ul className="tg-projects">
          {projects.map(({ project, plan }) => (
            <li key={`${plan.id}-${project.id}`}>
              <article aria-labelledby={`tg-project-${plan.id}-${project.id}`}>
                <h3 id={`tg-project-${plan.id}-${project.id}`}>{project.title}</h3>
                <p className="muted">
                  {plan.title}
                  {project.period && ` · ${s.projectPeriod}: ${periodLabel(project.period)}`}
                  {project.status && ` · ${s.projectStatus}: ${project.status}`}
                </p>
                <p>
                  <TermText text={project.description} />
                </p>
                {project.funding.length === 0 ? (
                  <p className="muted">{s.noFunding}</p>
                ) : (
                  <ScrollRegion label={project.title}>
                    <table className="tg-funding">
                      <caption className="visually-hidden">{project.title}</caption>
                      <thead>
                        <tr>
                          {s.fundingColumns.map((c) => (
                            <th scope="col" key={c}>
                              {c}
                            </th>
                          ))}
                        </tr>
                      </thead>
                      <tbody>
                        {project.funding.map((f, i) => (
                          <tr key={i}>
                            <td>{f.funder}</td>
                            <td className="numeric">
                              {f.amountKr === undefined ? '–' : formatValue(f.amountKr, 'kr')}
                            </td>
                            <td>{f.period ? periodLabel(f.period) : '–'}</td>
                            <td>{f.note ?? ''}</td>
                          </tr>
                        ))}
                      </tbody>
                    </table>
                  </ScrollRegion>
                )}
                <p className="source-line">
                  {s.source}: {plan.title}, {project.provenance.location}
                </p>
              </article>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
