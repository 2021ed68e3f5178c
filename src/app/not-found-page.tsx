import { Link } from 'react-router';
import { strings } from '@/lib/strings';

export function NotFoundPage() {
  return (
    <>
      <h1>{strings.notFound.title}</h1>
      <p>{strings.notFound.body}</p>
      <p>
        <Link to="/">{strings.notFound.back}</Link>
      </p>
    </>
  );
}
