import { matchPath, pathFromHash, queryFromHash, type RouteParams } from './match';
import { routes, type RouteDefinition } from './routes';

/** Hash-based routing: works after a reload on any static server, with no server rewrite rules. */
class Router {
  #hash = $state(typeof location === 'undefined' ? '' : location.hash);

  constructor() {
    if (typeof window !== 'undefined') {
      window.addEventListener('hashchange', () => {
        this.#hash = location.hash;
      });
    }
  }

  get path(): string {
    return pathFromHash(this.#hash);
  }

  get query(): URLSearchParams {
    return queryFromHash(this.#hash);
  }

  get match(): { route: RouteDefinition; params: RouteParams } | undefined {
    const path = this.path;
    for (const route of routes) {
      const params = matchPath(route.path, path);
      if (params) return { route, params };
    }
    return undefined;
  }

  navigate(path: string, options: { replace?: boolean } = {}): void {
    const target = `#${path}`;
    if (options.replace) {
      history.replaceState(history.state, '', target);
      this.#hash = target;
    } else {
      location.hash = path;
    }
  }
}

export const router = new Router();
