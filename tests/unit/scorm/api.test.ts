import { describe, expect, it } from 'vitest';
import { findScormApi, isScorm12Api, MAX_API_DEPTH, type ApiHost } from '../../../src/domain/scorm';
import { FakeApi } from './fake-api';

interface FakeWindow {
  parent: FakeWindow | null;
  opener: FakeWindow | null;
  API?: unknown;
}

/** A window whose own `parent` is itself, as the top window of a browser is. */
function topWindow(api?: unknown): FakeWindow {
  const win: FakeWindow = { parent: null, opener: null, ...(api ? { API: api } : {}) };
  win.parent = win;
  return win;
}

function frameIn(parent: FakeWindow): FakeWindow {
  return { parent, opener: null };
}

describe('finding the LMS API', () => {
  it('finds the API on the content window itself and on a parent frames up', () => {
    const api = new FakeApi();
    expect(findScormApi(topWindow(api))).toBe(api);
    const lms = topWindow(api);
    const nested = frameIn(frameIn(frameIn(lms)));
    expect(findScormApi(nested)).toBe(api);
  });

  it('takes the nearest API when several frames have one', () => {
    const far = new FakeApi();
    const near = new FakeApi();
    const middle: FakeWindow = { ...frameIn(topWindow(far)), API: near };
    expect(findScormApi(frameIn(middle))).toBe(near);
  });

  it('looks through the opener when the content runs in a window the LMS opened', () => {
    const api = new FakeApi();
    const lmsFrame = frameIn(topWindow(api));
    const popup = topWindow();
    popup.opener = lmsFrame;
    expect(findScormApi(popup)).toBe(api);
  });

  it('gives up beyond the depth the spec allows, and without any API', () => {
    const api = new FakeApi();
    let deep = topWindow(api);
    for (let i = 0; i <= MAX_API_DEPTH; i++) deep = frameIn(deep);
    expect(findScormApi(deep)).toBeUndefined();
    expect(findScormApi(frameIn(topWindow()))).toBeUndefined();
  });

  it('ignores objects that are not an API, and windows of another origin that throw', () => {
    const notApi = { LMSInitialize: () => 'true' };
    expect(isScorm12Api(notApi)).toBe(false);
    expect(findScormApi(frameIn(topWindow(notApi)))).toBeUndefined();

    const api = new FakeApi();
    const foreign = {
      get API(): unknown {
        throw new DOMException('Blocked a frame', 'SecurityError');
      },
      get parent(): ApiHost {
        throw new DOMException('Blocked a frame', 'SecurityError');
      },
      opener: null,
    };
    const content: ApiHost = { parent: foreign, opener: frameIn(topWindow(api)) };
    expect(findScormApi(content)).toBe(api);
  });
});
