import type { Scorm12Api } from '../../../src/domain/scorm';

/** A SCORM 1.2 API that records every call, keeps values, and can refuse chosen calls. */
export class FakeApi implements Scorm12Api {
  calls: string[] = [];
  values = new Map<string, string>();
  refuse = new Map<string, string>();
  lastError = '0';

  #answer(call: string, ok: boolean): string {
    const code = this.refuse.get(call);
    this.lastError = code ?? '0';
    return ok && code === undefined ? 'true' : 'false';
  }

  LMSInitialize(parameter: ''): string {
    this.calls.push(`LMSInitialize(${parameter})`);
    return this.#answer('LMSInitialize', true);
  }
  LMSFinish(parameter: ''): string {
    this.calls.push(`LMSFinish(${parameter})`);
    return this.#answer('LMSFinish', true);
  }
  LMSGetValue(element: string): string {
    this.calls.push(`LMSGetValue(${element})`);
    this.lastError = '0';
    return this.values.get(element) ?? '';
  }
  LMSSetValue(element: string, value: string): string {
    this.calls.push(`LMSSetValue(${element}, ${value})`);
    const answer = this.#answer(element, true);
    if (answer === 'true') this.values.set(element, value);
    return answer;
  }
  LMSCommit(parameter: ''): string {
    this.calls.push(`LMSCommit(${parameter})`);
    return this.#answer('LMSCommit', true);
  }
  LMSGetLastError(): string {
    return this.lastError;
  }
  LMSGetErrorString(code: string): string {
    return code === '0' ? 'No error' : `Error ${code}`;
  }
  LMSGetDiagnostic(code: string): string {
    return code;
  }
}
