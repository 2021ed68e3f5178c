import type { Project } from '@/contract';
import { periodLabel } from '@/domain/period-label';
import { formatValue } from '@/lib/format';
import { strings } from '@/lib/strings';

const s = strings.plan;

/** Projects with their funding in kr., funder and period, as the plan states them. */
export function ProjectList({ projects, documentTitle }: { projects: readonly Project[]; documentTitle: string }) {
  return (
    <section aria-labelledby="plan-projects">
      <h2 id="plan-projects">{s.projects}</h2>
      {projects.length === 0 ? (
        <p className="muted">{s.none}</p>
      ) : (
        <ul className="project-list">
          {projects.map((project) => (
            <li key={project.id}>
              <h3>{project.title}</h3>
              <p>{project.description}</p>
              <dl className="project-facts">
                {project.period && (
                  <div>
                    <dt>{s.projectPeriod}</dt>
                    <dd>{periodLabel(project.period)}</dd>
                  </div>
                )}
                <div>
                  <dt>{s.funding}</dt>
                  <dd>
                    {project.funding.length === 0
                      ? s.noFunding
                      : project.funding
                          .map((f) =>
                            [
                              f.funder,
                              f.amountKr !== undefined ? formatValue(f.amountKr, 'kr') : undefined,
                              f.period ? periodLabel(f.period) : undefined,
                              f.note,
                            ]
                              .filter(Boolean)
                              .join(', '),
                          )
                          .join('; ')}
                  </dd>
                </div>
                {project.status && (
                  <div>
                    <dt>Status</dt>
                    <dd>{project.status}</dd>
                  </div>
                )}
              </dl>
              <p className="source-line">
                {strings.target.source}: {documentTitle}, {project.provenance.location}
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
