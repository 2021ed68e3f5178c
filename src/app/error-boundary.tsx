import { Component, type ReactNode } from 'react';
import { ErrorPanel } from './route-error';

type State = { error: unknown };

/** Last line of defence outside the router: a render error never leaves a blank page. */
export class AppErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: unknown): State {
    return { error };
  }

  override render() {
    return this.state.error ? <ErrorPanel error={this.state.error} /> : this.props.children;
  }
}
