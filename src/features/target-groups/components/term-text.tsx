import { createContext, useContext } from 'react';
import { splitTerms, type GlossaryEntry } from '../page/glossary';

/** The glossary entries of the page being shown; TermText links the terms it finds to them. */
export const GlossaryContext = createContext<readonly GlossaryEntry[]>([]);

/** Text with each defined term linked to its definition further down the page. */
export function TermText({ text }: { text: string }) {
  const entries = useContext(GlossaryContext);
  return (
    <>
      {splitTerms(text, entries).map((part, i) =>
        typeof part === 'string' ? (
          part
        ) : (
          <a key={i} href={`#${part.entryId}`} className="term">
            {part.text}
          </a>
        ),
      )}
    </>
  );
}
