import { Component, Suspense, type ReactNode } from 'react';
import { retryFailedScreens, ScreenLoadError } from './lazy-screen.js';
import { ScreenLoading } from './ScreenLoading.js';

type Props = { children: ReactNode };
type State = { error: unknown };

/**
 * Around each screen: the loading state while its code arrives, and if that fails, a message with
 * a retry. Other errors are not this boundary's business: they go on up as before.
 */
export class ScreenBoundary extends Component<Props, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: unknown): State {
    return { error };
  }

  private readonly retry = () => {
    retryFailedScreens();
    this.setState({ error: null });
  };

  override render() {
    const { error } = this.state;
    if (error && !(error instanceof ScreenLoadError)) throw error;
    if (error) {
      return (
        <div className="screen screen-loading" role="alert">
          <h1>This screen could not be loaded</h1>
          <p>Part of the app did not arrive. Your answers and settings are safe.</p>
          <button type="button" className="button button--primary" onClick={this.retry}>
            Try again
          </button>
        </div>
      );
    }
    return <Suspense fallback={<ScreenLoading />}>{this.props.children}</Suspense>;
  }
}
