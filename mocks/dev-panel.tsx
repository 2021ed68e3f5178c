import { useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { chooseScenario } from './browser';
import { getScenario, isScenario, SCENARIOS } from './scenarios';

/** Development only: switch the mocked API's scenario without touching code. */
export function DevPanel() {
  const queryClient = useQueryClient();
  const [scenario, setScenario] = useState(getScenario);
  const id = useId();
  return (
    <aside className="dev-panel" aria-label="Udviklerpanel">
      <label htmlFor={id}>Mock-scenarie</label>
      <select
        id={id}
        value={scenario}
        onChange={(event) => {
          const next = event.target.value;
          if (!isScenario(next)) return;
          chooseScenario(next);
          setScenario(next);
          void queryClient.resetQueries();
        }}
      >
        {Object.entries(SCENARIOS).map(([key, label]) => (
          <option key={key} value={key}>
            {label}
          </option>
        ))}
      </select>
    </aside>
  );
}
