/**
 * A strict little XML well-formedness check for the tests (Node has no DOMParser): one root,
 * tags that nest and close, quoted attributes without duplicates, no raw `<` or stray `&` in text
 * or attribute values. Returns the elements with their attributes, in document order.
 */
export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  parent: string | undefined;
  text: string;
}

const NAME = '[A-Za-z_][\\w.:-]*';
const ENTITY = /&(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);/g;

function checkText(text: string, where: string): void {
  if (text.includes('<')) throw new Error(`raw < in ${where}`);
  if (text.replace(ENTITY, '').includes('&')) throw new Error(`stray & in ${where}`);
}

function decode(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

export function parseXml(xml: string): XmlElement[] {
  let rest = xml.replace(/^<\?xml[^?]*\?>\s*/, '');
  if (xml === rest) throw new Error('no XML declaration');
  const stack: XmlElement[] = [];
  const elements: XmlElement[] = [];
  let roots = 0;
  const tag = new RegExp(`^<(/?)(${NAME})((?:\\s+${NAME}\\s*=\\s*"[^"]*")*)\\s*(/?)>`);
  while (rest.length > 0) {
    const lt = rest.indexOf('<');
    const text = lt === -1 ? rest : rest.slice(0, lt);
    checkText(text, 'text');
    if (stack.length === 0 && text.trim() !== '') throw new Error('text outside the root');
    const top = stack[stack.length - 1];
    if (top) top.text += decode(text);
    if (lt === -1) break;
    rest = rest.slice(lt);
    const match = tag.exec(rest);
    if (!match) throw new Error(`malformed tag near: ${rest.slice(0, 40)}`);
    const [whole, closing, name = '', attrs = '', selfClosing] = match;
    rest = rest.slice(whole.length);
    if (closing) {
      const open = stack.pop();
      if (open?.name !== name) throw new Error(`</${name}> closes <${open?.name ?? 'nothing'}>`);
      continue;
    }
    const attributes: Record<string, string> = {};
    for (const [, key = '', value = ''] of attrs.matchAll(new RegExp(`(${NAME})\\s*=\\s*"([^"]*)"`, 'g'))) {
      if (key in attributes) throw new Error(`duplicate attribute ${key} on <${name}>`);
      checkText(value, `attribute ${key}`);
      attributes[key] = decode(value);
    }
    if (stack.length === 0) roots++;
    if (roots > 1) throw new Error('more than one root element');
    const element: XmlElement = { name, attributes, parent: stack[stack.length - 1]?.name, text: '' };
    elements.push(element);
    if (!selfClosing) stack.push(element);
  }
  if (stack.length > 0) throw new Error(`<${stack[stack.length - 1]?.name}> is never closed`);
  if (roots !== 1) throw new Error('no root element');
  return elements;
}
